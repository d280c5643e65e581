package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The signature added by {@code build --sign}: archival, accessible and reproducible. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfSignerTest {
  private static final Instant AT = Instant.parse("2026-11-25T00:00:00Z");
  private byte[] unsigned;

  @BeforeAll
  void render() throws Exception {
    unsigned = PdfTesting.renderSample().pdf();
  }

  private static PdfSigner signer(Path dir, TestKeys.Type type) throws Exception {
    Path keystore = TestKeys.keystore(dir.resolve(type + ".p12"), type, "Governance Office");
    return PdfSigner.load(keystore, TestKeys.PASSWORD.toCharArray(), null);
  }

  @ParameterizedTest
  @EnumSource(TestKeys.Type.class)
  void theSameReportSignedWithTheSameKeyIsTheSameFile(TestKeys.Type type, @TempDir Path dir) throws Exception {
    PdfSigner signer = signer(dir, type);

    assertThat(signer.sign(unsigned, AT)).isEqualTo(signer.sign(unsigned, AT));
  }

  @Test
  void theSignedFileKeepsEveryByteOfTheUnsignedOne(@TempDir Path dir) throws Exception {
    byte[] signed = signer(dir, TestKeys.Type.RSA).sign(unsigned, AT);

    assertThat(signed).startsWith(unsigned);
  }

  @Test
  void aSignedReportIsStillPdfAAndPdfUa(@TempDir Path dir) throws Exception {
    byte[] signed = signer(dir, TestKeys.Type.EC).sign(unsigned, AT);

    assertThat(PdfTesting.veraPdfFailures(signed, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PdfTesting.veraPdfFailures(signed, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void theSignatureIsPadesWithTheReportDateAndANamedTaggedField(@TempDir Path dir) throws Exception {
    byte[] signed = signer(dir, TestKeys.Type.RSA).sign(unsigned, AT);

    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getName()).isEqualTo("Governance Office");
      assertThat(signature.getSignDate().toInstant()).isEqualTo(AT);
      PDSignatureField field = doc.getSignatureFields().get(0);
      assertThat(field.getAlternateFieldName()).isNotBlank();
      PDAnnotationWidget widget = field.getWidgets().get(0);
      Object value = doc.getDocumentCatalog().getStructureTreeRoot().getParentTree().getValue(widget.getStructParent());
      PDStructureElement form = new PDStructureElement((COSDictionary) ((COSObjectable) value).getCOSObject());
      assertThat(form.getStructureType()).isEqualTo("Form");
      assertThat(form.getKids()).singleElement().isInstanceOf(PDObjectReference.class);
      assertThat(widget.getPage().getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
    }
  }

  @Test
  void aWrongPasswordIsSaidWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path keystore = TestKeys.keystore(dir.resolve("k.p12"), TestKeys.Type.RSA, "Governance Office");

    assertThatThrownBy(() -> PdfSigner.load(keystore, "wrong".toCharArray(), null))
        .isInstanceOf(PdfException.class).hasMessageEndingWith("cannot open the keystore (a wrong password, or not a"
            + " PKCS#12 file)");
  }

  @Test
  void severalKeysNeedAnAliasAndTheMessageListsThem(@TempDir Path dir) throws Exception {
    Path keystore = TestKeys.keystore(dir.resolve("k.p12"), TestKeys.Type.EC, Instant.parse("2020-01-01T00:00:00Z"),
        Instant.parse("2040-01-01T00:00:00Z"), "audit", "ciso");

    assertThatThrownBy(() -> PdfSigner.load(keystore, TestKeys.PASSWORD.toCharArray(), null))
        .hasMessageContaining("holds 2 keys (audit, ciso); name one with --sign-alias");
    assertThat(PdfSigner.load(keystore, TestKeys.PASSWORD.toCharArray(), "ciso").signerName()).isEqualTo("ciso");
  }

  @Test
  void aCertificateNotValidAtTheReportDateIsSaid(@TempDir Path dir) throws Exception {
    Path keystore = TestKeys.keystore(dir.resolve("k.p12"), TestKeys.Type.RSA, Instant.parse("2027-01-01T00:00:00Z"),
        Instant.parse("2028-01-01T00:00:00Z"), "Later");
    PdfSigner signer = PdfSigner.load(keystore, TestKeys.PASSWORD.toCharArray(), null);

    assertThat(signer.validityProblem(AT)).contains("valid from 2027-01-01T00:00:00Z");
    assertThat(signer.validityProblem(Instant.parse("2027-06-01T00:00:00Z"))).isNull();
  }
}
