package dev.govern.publish.pdf;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** PKCS#12 keystores with self-signed certificates, made in the test as a signer would with keytool. */
public final class TestKeys {
  public static final String PASSWORD = "correct horse battery staple";

  /** The key types govern signs with. */
  public enum Type {
    RSA("RSA", 2048, "SHA256withRSA"),
    EC("EC", 256, "SHA256withECDSA"),
    ED25519("Ed25519", 0, "Ed25519");

    final String algorithm;
    final int size;
    final String certificateSignature;

    Type(String algorithm, int size, String certificateSignature) {
      this.algorithm = algorithm;
      this.size = size;
      this.certificateSignature = certificateSignature;
    }
  }

  private TestKeys() {}

  /**
   * A keystore holding one key per alias, each certified for {@code CN=<alias>, O=Example} from
   * {@code from} to {@code to}.
   */
  public static Path keystore(Path file, Type type, Instant from, Instant to, String... aliases) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    for (String alias : aliases) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(type.algorithm);
      if (type.size > 0) {
        generator.initialize(type.size);
      }
      KeyPair pair = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=" + alias + ", O=Example");
      X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
          BigInteger.valueOf(alias.hashCode() & 0x7fffffff), Date.from(from), Date.from(to), subject, pair.getPublic())
          .build(new JcaContentSignerBuilder(type.certificateSignature).build(pair.getPrivate())));
      store.setKeyEntry(alias, pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert});
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }

  /** A keystore with one key valid from 2020 to 2040. */
  public static Path keystore(Path file, Type type, String alias) throws Exception {
    return keystore(file, type, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"), alias);
  }
}
