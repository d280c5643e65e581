package dev.govern.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a report PDF (PAdES baseline B: a detached CAdES signature in an incremental update) with a
 * key from a PKCS#12 keystore, so that the same report signed with the same key is the same file:
 * the signing time is the report's date, never the clock, and every signature algorithm used is
 * deterministic (RSA PKCS#1 v1.5, ECDSA with the nonce derived from key and message as in RFC 6979,
 * Ed25519). The signature is invisible but, as PDF/UA asks, its field is named and tagged.
 */
public final class PdfSigner {
  /** Room for the CMS signature with a certificate chain of a few certificates. */
  private static final int SIGNATURE_SIZE = 32 * 1024;

  /** BouncyCastle for deterministic ECDSA, used directly rather than installed for the whole JVM. */
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private final PrivateKey key;
  private final List<X509Certificate> chain;

  private PdfSigner(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain;
  }

  /**
   * The signing key in a PKCS#12 keystore.
   *
   * @param alias the key's alias; null for the only key in the keystore
   * @throws PdfException for people: no such file, a wrong password, no key or several, a key type
   *     govern cannot sign with
   */
  public static PdfSigner load(Path keystore, char[] password, String alias) throws PdfException {
    KeyStore store;
    try (InputStream in = Files.newInputStream(keystore)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new PdfException(keystore + ": no such file");
    } catch (IOException e) {
      // PKCS#12 reports a wrong password as an IOException whose cause is an UnrecoverableKeyException.
      throw new PdfException(keystore + ": cannot open the keystore (a wrong password, or not a PKCS#12 file)");
    } catch (GeneralSecurityException e) {
      throw new PdfException(keystore + ": cannot read the keystore: " + e.getMessage());
    }
    try {
      List<String> keys = new ArrayList<>();
      for (String a : Collections.list(store.aliases())) {
        if (store.isKeyEntry(a)) {
          keys.add(a);
        }
      }
      Collections.sort(keys);
      String chosen = alias;
      if (chosen == null) {
        if (keys.size() != 1) {
          throw new PdfException(keystore + ": " + (keys.isEmpty() ? "holds no private key"
              : "holds " + keys.size() + " keys (" + String.join(", ", keys) + "); name one with --sign-alias"));
        }
        chosen = keys.get(0);
      } else if (!keys.contains(chosen)) {
        throw new PdfException(keystore + ": no key with the alias '" + alias + "' (keys: " + String.join(", ", keys) + ")");
      }
      if (!(store.getKey(chosen, password) instanceof PrivateKey privateKey)) {
        throw new PdfException(keystore + ": the entry '" + chosen + "' is not a private key");
      }
      Certificate[] certificates = store.getCertificateChain(chosen);
      if (certificates == null || certificates.length == 0) {
        throw new PdfException(keystore + ": the key '" + chosen + "' has no certificate");
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : certificates) {
        chain.add((X509Certificate) c);
      }
      algorithm(privateKey);
      return new PdfSigner(privateKey, List.copyOf(chain));
    } catch (GeneralSecurityException e) {
      throw new PdfException(keystore + ": cannot read the key: " + e.getMessage());
    }
  }

  /** The signer's name as readers show it: the certificate's common name, else its whole subject. */
  public String signerName() {
    return commonName(chain.get(0));
  }

  /** A sentence for the person signing when the certificate is not valid at the signing time; null when it is. */
  public String validityProblem(Instant signingTime) {
    X509Certificate c = chain.get(0);
    Date at = Date.from(signingTime);
    if (at.before(c.getNotBefore()) || at.after(c.getNotAfter())) {
      return "the signing certificate of " + signerName() + " is valid from " + c.getNotBefore().toInstant() + " to "
          + c.getNotAfter().toInstant() + ", but the report is signed at its date, " + signingTime
          + ": readers will say the signature was made outside the certificate's validity";
    }
    return null;
  }

  /**
   * The PDF with the signature appended as an incremental update: every byte of {@code pdf} is
   * kept, so the unsigned report can still be compared byte for byte.
   */
  public byte[] sign(byte[] pdf, Instant signingTime) throws PdfException {
    return appendSignature(pdf, signerName(), signingTime, this::cms);
  }

  /**
   * The update {@link #sign} appends, made again with a signature value that was already made:
   * {@code govern verify} rebuilds a signed report this way, so that the whole received file,
   * signature update included, is compared byte for byte and nothing else can hide in the update.
   *
   * @param name the signer's name as the signature dictionary states it
   * @param cms the signature value as the received file holds it
   */
  public static byte[] withSignature(byte[] pdf, String name, Instant signingTime, byte[] cms) throws PdfException {
    return appendSignature(pdf, name, signingTime, content -> cms);
  }

  /** Makes the CMS signature of the signed bytes. */
  private interface CmsMaker {
    byte[] make(byte[] content) throws PdfException;
  }

  private static byte[] appendSignature(byte[] pdf, String name, Instant signingTime, CmsMaker maker)
      throws PdfException {
    try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
      signature.setName(name);
      signature.setSignDate(calendar(signingTime));
      options.setPreferredSignatureSize(SIGNATURE_SIZE);
      doc.addSignature(signature, options);
      tagSignatureField(doc, signature);
      // The trailer's second ID changes with every revision; PDFBox derives it from the clock
      // unless given a document id: take one from the unsigned file, so the update is reproducible.
      doc.setDocumentId(ByteBuffer.wrap(sha256(pdf)).getLong());

      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 3);
      ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
      byte[] cms = maker.make(external.getContent().readAllBytes());
      if (cms.length > SIGNATURE_SIZE) {
        throw new PdfException("the signature is " + cms.length + " bytes, more than the " + SIGNATURE_SIZE
            + " reserved (a very long certificate chain?)");
      }
      external.setSignature(cms);
      return out.toByteArray();
    } catch (IOException e) {
      throw new PdfException("cannot sign the PDF: " + e.getMessage(), e);
    }
  }

  /**
   * The CMS SignedData over the signed bytes, as PAdES baseline B has it: content type, message
   * digest and the signing certificate (ESS signing-certificate-v2) signed; no signing-time
   * attribute, as the time is the signature dictionary's {@code /M}; the chain included.
   */
  private byte[] cms(byte[] content) throws PdfException {
    try {
      X509Certificate cert = chain.get(0);
      X509CertificateHolder holder = new JcaX509CertificateHolder(cert);
      byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
      ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash,
          new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
          new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
      CMSAttributeTableGenerator signed = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
          return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
      };
      ContentSigner signer = contentSigner(key);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
          new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
          .setSignedAttributeGenerator(signed).build(signer, cert));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
      throw new PdfException("cannot make the signature: " + e.getMessage(), e);
    }
  }

  /**
   * The signer of the CMS. For EC keys BouncyCastle's deterministic ECDSA (nonce from RFC 6979),
   * which its content-signer builder does not name, under the plain ecdsa-with-SHA256 identifier:
   * the signature is an ordinary ECDSA signature that any verifier accepts.
   */
  private static ContentSigner contentSigner(PrivateKey key)
      throws PdfException, OperatorCreationException, GeneralSecurityException {
    String algorithm = algorithm(key);
    if (!algorithm.equals("SHA256withECDDSA")) {
      return new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key);
    }
    Signature signature = Signature.getInstance(algorithm, BC);
    signature.initSign(key);
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    return new ContentSigner() {
      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
      }

      @Override
      public java.io.OutputStream getOutputStream() {
        return signed;
      }

      @Override
      public byte[] getSignature() {
        try {
          signature.update(signed.toByteArray());
          return signature.sign();
        } catch (java.security.SignatureException e) {
          throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
      }
    };
  }

  private static String algorithm(PrivateKey key) throws PdfException {
    return switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC", "ECDSA" -> "SHA256withECDDSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      default -> throw new PdfException("cannot sign with a " + key.getAlgorithm()
          + " key: use an RSA, EC or Ed25519 key");
    };
  }

  /**
   * PDF/UA wants every annotation in the structure tree and a field people can name: the
   * signature's widget goes under a Form element of the document with an alternate name, the page
   * gets a tab order, and everything changed is marked for the incremental update.
   */
  private static void tagSignatureField(PDDocument doc, PDSignature signature) throws IOException {
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    PDSignatureField field = null;
    for (PDField f : form.getFields()) {
      if (f instanceof PDSignatureField s && s.getCOSObject().getCOSDictionary(COSName.V) == signature.getCOSObject()) {
        field = s;
      }
    }
    if (field == null) {
      throw new IOException("the signature field was not created");
    }
    field.setPartialName("Report signature");
    field.setAlternateFieldName("Digital signature of this report");
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setPrinted(true);
    widget.setLocked(true);
    PDPage page = widget.getPage() != null ? widget.getPage() : doc.getPage(0);
    page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);

    PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    PDStructureElement parent = documentElement(root);
    PDStructureElement element = new PDStructureElement(StandardStructureTypes.FORM, parent);
    element.setPage(page);
    element.setAlternateDescription("Digital signature of this report");
    PDObjectReference ref = new PDObjectReference();
    ref.setReferencedObject(widget);
    ref.setPage(page);
    element.appendKid(ref);
    parent.appendKid(element);
    int key = root.getParentTreeNextKey() < 0 ? 0 : root.getParentTreeNextKey();
    widget.setStructParent(key);
    addToParentTree(root, key, element.getCOSObject());
    root.setParentTreeNextKey(key + 1);

    markUpdated(root.getCOSObject(), parent.getCOSObject(), element.getCOSObject(), page.getCOSObject(),
        widget.getCOSObject(), form.getCOSObject(), doc.getDocumentCatalog().getCOSObject());
  }

  /** The Document element under the root, where the report's content is; the root's first element otherwise. */
  private static PDStructureElement documentElement(PDStructureTreeRoot root) throws IOException {
    for (Object kid : root.getKids()) {
      if (kid instanceof PDStructureElement e) {
        return e;
      }
    }
    throw new IOException("the structure tree has no element to add the signature field to");
  }

  /** Adds {@code key → element} to the parent tree's last leaf, keeping its limits right. */
  private static void addToParentTree(PDStructureTreeRoot root, int key, COSDictionary element) throws IOException {
    COSDictionary node = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
    if (node == null) {
      node = new COSDictionary();
      node.setItem(COSName.NUMS, new COSArray());
      root.getCOSObject().setItem(COSName.PARENT_TREE, node);
    }
    while (node.getCOSArray(COSName.NUMS) == null) {
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids == null || kids.size() == 0) {
        throw new IOException("the structure parent tree has neither numbers nor kids");
      }
      widenLimits(node, key);
      node = (COSDictionary) kids.getObject(kids.size() - 1);
    }
    COSArray nums = node.getCOSArray(COSName.NUMS);
    nums.add(COSInteger.get(key));
    nums.add(element);
    widenLimits(node, key);
    markUpdated(node, nums);
  }

  private static void widenLimits(COSDictionary node, int key) {
    COSArray limits = node.getCOSArray(COSName.LIMITS);
    if (limits != null && limits.size() == 2) {
      limits.set(1, COSInteger.get(key));
      markUpdated(node, limits);
    }
  }

  private static void markUpdated(COSBase... objects) {
    for (COSBase o : objects) {
      if (o instanceof COSUpdateInfo u) {
        u.setNeedToBeUpdated(true);
      }
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static Calendar calendar(Instant t) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.setTimeInMillis(t.toEpochMilli());
    return c;
  }

  /** A certificate's common name, else its whole subject: the name people know a signer by. */
  public static String commonName(X509Certificate cert) {
    X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
    RDN[] cn = subject.getRDNs(BCStyle.CN);
    return cn.length > 0 ? IETFUtils.valueToString(cn[0].getFirst().getValue()) : subject.toString();
  }
}
