package org.ovop.till.core.user;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PINs as PBKDF2-HMAC-SHA256 with a random salt per user. The iteration count is stored with the
 * hash ({@code pbkdf2-sha256$N$salt$hash}) so it can grow without breaking old PINs.
 */
public final class PinHasher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final int iterations;

  /**
   * @param iterations PBKDF2 rounds for new hashes; tests may use fewer to stay fast
   */
  public PinHasher(int iterations) {
    this.iterations = iterations;
  }

  public static PinHasher standard() {
    return new PinHasher(120_000);
  }

  public static boolean isWellFormed(String pin) {
    return pin != null && pin.matches("\\d{4,8}");
  }

  public String hash(String pin) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] dk = derive(pin, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha256$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(dk);
  }

  public boolean matches(String pin, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256") || pin == null) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(pin, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String pin, byte[] salt, int rounds) {
    try {
      PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, rounds, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
    }
  }
}
