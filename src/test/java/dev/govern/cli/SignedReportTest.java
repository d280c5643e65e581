package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.TestRepo;
import dev.govern.publish.pdf.PdfSigner;
import dev.govern.publish.pdf.TestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --sign} and what {@code verify} says of a signed report, genuine or tampered with. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedReportTest {
  private TestRepo repo;
  private Path keystore;
  private byte[] signed;
  private Path work;

  private static Map<String, String> env(String variable, String password) {
    Map<String, String> env = new HashMap<>(Cli.ENV);
    env.put(variable, password);
    return env;
  }

  @BeforeAll
  void buildASignedReport(@TempDir Path dir) throws Exception {
    work = dir;
    repo = TestRepo.minimal(dir.resolve("repo"));
    repo.commit("Governance data");
    keystore = TestKeys.keystore(dir.resolve("signer.p12"), TestKeys.Type.RSA, "Governance Office");
    Cli.Result build = Cli.runWith(env("GOVERN_SIGN_PASSWORD", TestKeys.PASSWORD), "build", "--data",
        repo.data().toString(), "--sign", keystore.toString());
    assertThat(build.code()).as(build.all()).isZero();
    assertThat(build.out()).contains("governance-report.pdf signed by Governance Office");
    signed = Files.readAllBytes(repo.dir().resolve("site/governance-report.pdf"));
  }

  private Cli.Result verify(byte[] report) throws Exception {
    Path file = Files.createTempFile(work, "received", ".pdf");
    Files.write(file, report);
    return Cli.run("verify", file.toString(), "--data", repo.data().toString());
  }

  @Test
  void aSignedReportVerifiesAndNamesItsSignerAndCertificate() throws Exception {
    Cli.Result r = verify(signed);

    assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Signature: signed by Governance Office (").contains("CN=Governance Office")
        .contains(") at 2025-11-25T00:00:00Z")
        .containsPattern("SHA-256 fingerprint [0-9a-f]{64}")
        .contains("identical, byte for byte, to the report rebuilt from commit").contains("with the signature above");
  }

  @Test
  void signingAgainGivesTheSameFile(@TempDir Path out) throws Exception {
    Cli.Result build = Cli.runWith(env("GOVERN_SIGN_PASSWORD", TestKeys.PASSWORD), "build", "--data",
        repo.data().toString(), "--sign", keystore.toString(), "--out", out.resolve("site").toString());

    assertThat(build.code()).as(build.all()).isZero();
    assertThat(Files.readAllBytes(out.resolve("site/governance-report.pdf"))).isEqualTo(signed);
  }

  @Test
  void anUpdateAppendedAfterTheSignatureFails() throws Exception {
    Cli.Result r = verify(VerifyCommandTest.withUpdateAppended(signed));

    assertThat(r.code()).isEqualTo(ExitCodes.DIFFERS);
    assertThat(r.out()).contains("changed after it was signed");
  }

  @Test
  void aByteChangedInsideTheSignedPartFails() throws Exception {
    byte[] tampered = signed.clone();
    int at = indexOf(tampered, "/Title") + 1;
    tampered[at] = (byte) 't';

    Cli.Result r = verify(tampered);

    assertThat(r.code()).isEqualTo(ExitCodes.DIFFERS);
    assertThat(r.out()).contains("the signature does not hold");
  }

  @Test
  void aForgedReportSignedWithAnotherKeyFailsThoughItsSignatureHolds() throws Exception {
    // The unsigned part saved again with other data, then signed by someone else: a sound signature
    // over the wrong content.
    byte[] unsigned = java.util.Arrays.copyOf(signed, indexOfLast(signed, "%%EOF") + 6);
    byte[] forged;
    try (PDDocument doc = Loader.loadPDF(unsigned)) {
      doc.getDocumentInformation().setSubject("All controls implemented");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      forged = out.toByteArray();
    }
    Path other = TestKeys.keystore(work.resolve("other.p12"), TestKeys.Type.EC, "Someone Else");
    byte[] resigned = PdfSigner.load(other, TestKeys.PASSWORD.toCharArray(), null)
        .sign(forged, Instant.parse("2025-11-25T00:00:00Z"));

    Cli.Result r = verify(resigned);

    assertThat(r.out()).contains("signed by Someone Else (");
    assertThat(r.code()).isEqualTo(ExitCodes.DIFFERS);
  }

  @Test
  void thePasswordComesOnlyFromTheEnvironment() {
    Cli.Result none = Cli.run("build", "--data", repo.data().toString(), "--sign", keystore.toString(), "--out",
        work.resolve("none").toString());
    Cli.Result named = Cli.runWith(env("AUDIT_KEY_PASSWORD", TestKeys.PASSWORD), "build", "--data",
        repo.data().toString(), "--sign", keystore.toString(), "--sign-password-env", "AUDIT_KEY_PASSWORD", "--out",
        work.resolve("named").toString());

    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("set the keystore's password in the environment variable GOVERN_SIGN_PASSWORD");
    assertThat(named.code()).as(named.all()).isZero();
  }

  @Test
  void aWrongPasswordAndSigningWithoutThePdfAreRefused() {
    Cli.Result wrong = Cli.runWith(env("GOVERN_SIGN_PASSWORD", "wrong"), "build", "--data", repo.data().toString(),
        "--sign", keystore.toString(), "--out", work.resolve("wrong").toString());
    Cli.Result noPdf = Cli.runWith(env("GOVERN_SIGN_PASSWORD", TestKeys.PASSWORD), "build", "--data",
        repo.data().toString(), "--sign", keystore.toString(), "--no-pdf", "--out", work.resolve("nopdf").toString());

    assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("cannot open the keystore").doesNotContain("Exception");
    assertThat(noPdf.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(work.resolve("wrong"))).isFalse();
  }

  private static int indexOf(byte[] haystack, String needle) {
    return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(needle);
  }

  private static int indexOfLast(byte[] haystack, String needle) {
    String s = new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1);
    return s.lastIndexOf(needle, s.lastIndexOf(needle) - 1);
  }
}
