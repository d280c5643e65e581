package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.bundle.Bundle;
import dev.govern.git.GitInfo;
import dev.govern.render.ChangeHistory;
import dev.govern.load.DataFiles;
import dev.govern.provenance.DataSnapshot;
import dev.govern.provenance.Provenance;
import java.io.IOException;
import java.util.Map;
import dev.govern.model.Governance;
import dev.govern.format.CheckText;
import dev.govern.format.Refusal;
import dev.govern.format.Words;
import dev.govern.publish.PublishException;
import dev.govern.publish.SiteBuild;
import dev.govern.publish.pdf.PdfException;
import dev.govern.publish.pdf.PdfSigner;
import dev.govern.render.RenderException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern build}: the compliance site (and the PDF) from the checked data. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the internal compliance site, with the PDF report inside it, from the checked data."
        + " The previous site stays in place until the new one is complete.")
final class BuildCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the site (default: site/ beside the data folder). Only a folder govern created is replaced.")
  Path out;

  @Option(names = "--no-pdf", description = "Skip the PDF report.")
  boolean noPdf;

  @Option(names = "--since", paramLabel = "REV",
      description = "Add \"Changes since REV\" (e.g. the tag of the last audit) to the site and the PDF."
          + " Default: report.since in governance.yaml.")
  String since;

  @Option(names = "--sign", paramLabel = "KEYSTORE",
      description = "Sign the PDF (PAdES baseline B) with the key in this PKCS#12 keystore; the keystore's password"
          + " is read from the environment variable --sign-password-env names, never from the command line.")
  Path sign;

  @Option(names = "--sign-alias", paramLabel = "ALIAS",
      description = "The key to sign with, when the keystore holds several.")
  String signAlias;

  @Option(names = "--sign-password-env", paramLabel = "VAR", defaultValue = "GOVERN_SIGN_PASSWORD",
      description = "The environment variable holding the keystore's password (default: ${DEFAULT-VALUE}).")
  String signPasswordEnv;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    if (!data.present(spec.commandLine().getErr(), "build")) {
      return ExitCodes.USAGE;
    }
    PdfSigner signer = null;
    if (sign != null) {
      if (noPdf) {
        err.println("govern build: --sign signs the PDF, and --no-pdf leaves it out: use one of them");
        return ExitCodes.USAGE;
      }
      String password = parent.env.get(signPasswordEnv);
      if (password == null) {
        err.println("govern build: --sign " + sign + ": set the keystore's password in the environment variable "
            + signPasswordEnv + " (passwords are never taken from the command line, where others can read them)");
        return ExitCodes.USAGE;
      }
      try {
        signer = PdfSigner.load(sign, password.toCharArray(), signAlias);
      } catch (PdfException e) {
        err.println("govern build: --sign " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    Workspace ws;
    try {
      ws = Workspace.open(data, parent.env, !noPdf);
    } catch (Workspace.RootRefused e) {
      err.print(Refusal.message("govern build: " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (ws.hasErrors() || ws.governance().isEmpty()) {
      err.print(Refusal.errors(ws.problems()));
      err.flush();
      return ExitCodes.DATA_PROBLEMS;
    }
    err.print(CheckText.problems(ws.problems().stream().filter(p -> !p.isError()).toList()));
    Governance g = ws.governance().get();
    Path target = out != null ? out : ws.root().resolve("site");
    String sinceRevision = since != null ? since : g.report().since();
    ChangeHistory history = new OutputHistory(data.data, err, "govern build")
        .of(g, sinceRevision, ws.git().map(GitInfo::commit).orElse(null));
    DataSnapshot snapshot;
    try {
      snapshot = DataSnapshot.of(DataFiles.folder(ws.dataDir(), ws.root()));
    } catch (IOException e) {
      err.print(Refusal.message("govern build: cannot read " + ws.dataDir() + ": " + e.getMessage()));
      return ExitCodes.BUILD_FAILED;
    }
    Provenance provenance = provenance(ws, parent.env, snapshot, history, sinceRevision);
    SiteBuild.Options options = new SiteBuild.Options(ws.root(), ws.dataDir(), target, !noPdf, ws.asOf(),
        ws.git().map(GitInfo::shortCommit).orElse(null), ws.git().map(GitInfo::dirty).orElse(false),
        ws.documentDate(parent.env), history, provenance, snapshot, signer);
    try {
      SiteBuild.Result result = SiteBuild.run(g, options);
      result.warnings().forEach(w -> err.print(Refusal.message(w)));
      stdout.print(Refusal.message("Built " + Words.plural(result.pages(), "page") + (result.pdf() ? " and " + SiteBuild.PDF_NAME : "")
          + (signer != null ? " signed by " + signer.signerName() : "")
          + " in " + target + " (as of " + ws.asOf() + "; " + Words.summary(ws.count(true), ws.count(false))
          + (result.warnings().isEmpty() ? "" : ", " + Words.plural(result.warnings().size(), "build warning")) + ")"));
      stdout.flush();
      return ExitCodes.OK;
    } catch (RenderException | PublishException e) {
      err.print(Refusal.message("govern build: " + e.getMessage()));
      err.println(Visible.escape("The previous site, if any, was left as it was."));
      return ExitCodes.BUILD_FAILED;
    }
  }

  /**
   * Where a report's data came from, as its cover, document control and XMP state it: the same for
   * a build and for the PDF {@code govern serve} makes.
   *
   * @param data the data folder's files as they were loaded
   * @param since the "changes since" revision asked for; stated only when the report lists changes
   */
  static Provenance provenance(Workspace ws, Map<String, String> env, DataSnapshot data, ChangeHistory history,
      String since) {
    return new Provenance(ws.git().map(GitInfo::commit).orElse(null), ws.git().map(GitInfo::dirty).orElse(false),
        ws.asOf().date(), ws.asOf().source(), ws.documentDate(env), Bundle.version(), data.digest(),
        history.diff() == null ? null : since);
  }
}
