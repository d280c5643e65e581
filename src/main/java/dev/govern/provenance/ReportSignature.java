package dev.govern.provenance;

import dev.govern.publish.pdf.PdfSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A signature found in a received report, checked: whether its CMS signature is sound over the
 * bytes it names, whether those bytes are the whole file, and who signed. Whether the signer is to
 * be trusted is the reader's judgement: govern names the certificate and leaves trust to them.
 *
 * @param name the signer's name as the signature dictionary states it (what readers show)
 * @param signer the certificate's common name, then its whole subject in brackets; null when the signature has none that matches
 * @param issuer the certificate's issuer; null likewise
 * @param fingerprint the certificate's SHA-256, in hex, so that it can be compared with one known
 * @param signedAt the signing time stated in the signature dictionary; null when absent
 * @param coversWholeFile whether the signed byte range runs from the first byte to the last, with
 *     only the signature itself left out
 * @param signedLength where the signed revision ends
 * @param value the signature value (the CMS object) as the file holds it, padding included
 * @param problem why the signature does not hold, in words for people; null when it holds
 */
public record ReportSignature(String name, String signer, String issuer, String fingerprint, Instant signedAt,
    boolean coversWholeFile, long signedLength, byte[] value, String problem) {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  public boolean holds() {
    return problem == null;
  }

  /** Checks one signature of a PDF file. */
  static ReportSignature check(PDSignature signature, byte[] pdf) {
    Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    String name = signature.getName();
    int[] range = signature.getByteRange();
    if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
        || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
      return new ReportSignature(name, null, null, null, signedAt, false, 0, new byte[0], "its byte range is malformed");
    }
    long end = (long) range[2] + range[3];
    boolean whole = end == pdf.length;
    byte[] contents;
    try {
      contents = signature.getContents(pdf);
    } catch (IOException e) {
      return new ReportSignature(name, null, null, null, signedAt, whole, end, new byte[0],
          "its value cannot be read: " + e.getMessage());
    }
    try {
      byte[] signed = signature.getSignedContent(pdf);
      // The value is padded with zeros to the room reserved for it: read the one object it starts with.
      ContentInfo info0;
      try (ASN1InputStream in = new ASN1InputStream(contents)) {
        info0 = ContentInfo.getInstance(in.readObject());
      }
      if (info0 == null) {
        throw new CMSException("empty signature value");
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info0);
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return new ReportSignature(name, null, null, null, signedAt, whole, end, contents,
            "it has " + signers.size() + " signers where one is expected");
      }
      SignerInformation info = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
      if (matches.isEmpty()) {
        return new ReportSignature(name, null, null, null, signedAt, whole, end, contents,
            "it does not carry the certificate it was made with");
      }
      X509CertificateHolder holder = matches.iterator().next();
      X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
      String subject = PdfSigner.commonName(cert) + " (" + cert.getSubjectX500Principal().getName() + ")";
      String issuer = cert.getIssuerX500Principal().getName();
      String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
      String problem = null;
      if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder))) {
        problem = "the signature does not match the signed bytes: the file was changed after it was signed";
      } else if (signedAt != null && (Date.from(signedAt).before(cert.getNotBefore())
          || Date.from(signedAt).after(cert.getNotAfter()))) {
        problem = "it was made at " + signedAt + ", outside its certificate's validity (" + cert.getNotBefore().toInstant()
            + " to " + cert.getNotAfter().toInstant() + ")";
      }
      return new ReportSignature(name, subject, issuer, fingerprint, signedAt, whole, end, contents, problem);
    } catch (CMSException e) {
      return new ReportSignature(name, null, null, null, signedAt, whole, end, contents,
          "the signature does not match the signed bytes, or is not a CMS signature: " + e.getMessage());
    } catch (IOException | CertificateException | NoSuchAlgorithmException | OperatorCreationException e) {
      return new ReportSignature(name, null, null, null, signedAt, whole, end, contents, "it cannot be read: " + e.getMessage());
    }
  }
}
