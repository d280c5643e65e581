package dev.govern.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import dev.govern.format.Validators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipelines {@code govern init} writes: valid for GitHub and GitLab by their own schemas, and
 * every govern command line in them works on a new repo in Git whose target branch is
 * {@code origin/main}.
 */
class PipelinesTest {
  private static final Pattern COMMAND = Pattern.compile("java -jar \\S*govern\\.jar ([^>|\\n]+)");
  private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  @TempDir Path dir;

  @Test
  void theGithubWorkflowIsValidByTheWorkflowSchema() {
    assertThat(Validators.yamlErrors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/github-workflow.json")),
        text("github-workflow.yml"))).isEmpty();
  }

  @Test
  void theGitlabPipelineIsValidByGitlabsSchema() {
    assertThat(Validators.yamlErrors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/gitlab-ci.json")),
        text("gitlab-ci.yml"))).isEmpty();
  }

  @Test
  void theSchemasCatchABrokenPipeline() {
    assertThat(Validators.yamlErrors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/github-workflow.json")),
        text("github-workflow.yml").replace("runs-on:", "run-on:"))).isNotEmpty();
    assertThat(Validators.yamlErrors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/gitlab-ci.json")),
        text("gitlab-ci.yml").replace("when: always", "when: sometimes"))).isNotEmpty();
  }

  @Test
  void everyGovernCommandOfBothPipelinesRunsOnANewRepo() throws Exception {
    Scaffold.create(dir, Starter.files(), Scaffold.REAL_DISK);
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent me = new PersonIdent("Ada Author", "ada@example.com");
      git.commit().setMessage("New governance repo").setAuthor(me).setCommitter(me).setSign(false).call();
      RefUpdate origin = git.getRepository().updateRef("refs/remotes/origin/main");
      origin.setNewObjectId(git.getRepository().resolve("HEAD"));
      origin.update();
    }
    List<List<String>> commands = new ArrayList<>();
    for (String pipeline : Pipelines.FILES.keySet()) {
      commands.addAll(commands(text(pipeline)));
    }

    assertThat(commands).extracting(c -> c.get(0)).contains("check", "diff", "build");
    assertThat(commands).anyMatch(c -> c.contains("--against")).anyMatch(c -> c.contains("sarif"))
        .anyMatch(c -> c.contains("markdown"));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      int out = args.indexOf("--out");
      if (out >= 0) {
        args.set(out + 1, dir.resolve(args.get(out + 1)).toString());
      }
      args.addAll(List.of("--data", dir.resolve("data").toString()));
      StringWriter err = new StringWriter();
      int code = GovernCommand.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
          new PrintWriter(err), Map.of("SOURCE_DATE_EPOCH", "1764028800"));
      assertThat(code).as(String.join(" ", command) + "\n" + err).isZero();
    }
  }

  /** The govern command lines of a pipeline, with the CI's target-branch variables as {@code main}. */
  static List<List<String>> commands(String pipeline) {
    List<List<String>> found = new ArrayList<>();
    Matcher m = COMMAND.matcher(pipeline);
    while (m.find()) {
      String line = m.group(1).replace("${{ github.base_ref }}", "main").replace("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main");
      List<String> words = new ArrayList<>();
      Matcher w = WORD.matcher(line);
      while (w.find()) {
        words.add(w.group(1) != null ? w.group(1) : w.group(2));
      }
      found.add(words);
    }
    return found;
  }

  private static String text(String pipeline) {
    return new String(Pipelines.bundled(pipeline), StandardCharsets.UTF_8);
  }
}
