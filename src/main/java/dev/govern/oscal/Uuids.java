package dev.govern.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name gives the same UUID on every export,
 * so exported documents diff cleanly. OSCAL accepts only versions 4 and 5, so the JDK's version 3
 * ({@link UUID#nameUUIDFromBytes}) will not do.
 */
final class Uuids {
  /** govern's namespace: itself a version 5 UUID of "govern" in the RFC's URL namespace. */
  static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "govern");

  private Uuids() {}

  /** The UUID of {@code name} (e.g. "control/TM-001") within one organisation's export. */
  static UUID of(String organisation, String name) {
    return v5(NAMESPACE, organisation + "\n" + name);
  }

  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
