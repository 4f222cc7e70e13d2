package org.ovop.till.core.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

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

  /**
   * Whether the PIN is the one hashed. A stored value that cannot be read (damaged, or of another
   * scheme) matches no PIN, so one bad row does not stop every other user signing in.
   */
  public boolean matches(String pin, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256") || pin == null) {
      return false;
    }
    try {
      int rounds = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return rounds > 0 && MessageDigest.isEqual(expected, derive(pin, salt, rounds));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  /**
   * PBKDF2-HMAC-SHA256 for one 32-byte block (RFC 8018), the same bytes as the JDK's
   * PBKDF2WithHmacSHA256. HMAC hashes a key pad block before each message; the JDK's HMAC hashes
   * both pads again in every round, four SHA-256 blocks per round where two are needed. Here each
   * pad is hashed once and its state reused, so a sign-in (120,000 rounds, on the counter's
   * critical path and in every {@code --by PIN} command) does half the work; and the rounds run on
   * SHA-256 words ({@link Sha256}), which a fresh JVM compiles far sooner than the JDK's digest
   * path. The cost to someone guessing PINs is unchanged: their tools skip the repeated pads too.
   */
  static byte[] derive(String pin, byte[] salt, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("PBKDF2 needs at least one round, not " + rounds);
    }
    byte[] key = pin.getBytes(StandardCharsets.UTF_8);
    if (key.length > Sha256.BLOCK_BYTES) {
      key = Sha256.digest(key); // HMAC's rule for a key longer than a block
    }
    byte[] innerPad = new byte[Sha256.BLOCK_BYTES];
    byte[] outerPad = new byte[Sha256.BLOCK_BYTES];
    for (int i = 0; i < Sha256.BLOCK_BYTES; i++) {
      byte k = i < key.length ? key[i] : 0;
      innerPad[i] = (byte) (k ^ 0x36);
      outerPad[i] = (byte) (k ^ 0x5c);
    }
    int[] inner = Sha256.afterBlock(innerPad);
    int[] outer = Sha256.afterBlock(outerPad);
    // U1 = HMAC(pin, salt || INT(1)); Un = HMAC(pin, Un-1); the key is U1 ^ U2 ^ ... ^ Uc.
    byte[] saltAndBlockNumber = Arrays.copyOf(salt, salt.length + 4);
    saltAndBlockNumber[salt.length + 3] = 1;
    int[] u =
        Sha256.digest(
            outer,
            Sha256.BLOCK_BYTES,
            Sha256.bytes(Sha256.digest(inner, Sha256.BLOCK_BYTES, saltAndBlockNumber)));
    int[] derived = u.clone();
    int[] innerDigest = new int[Sha256.DIGEST_WORDS];
    int[] scratch = new int[64];
    for (int round = 1; round < rounds; round++) {
      Sha256.digestOfDigestAfterBlock(inner, u, innerDigest, scratch);
      Sha256.digestOfDigestAfterBlock(outer, innerDigest, u, scratch);
      for (int i = 0; i < Sha256.DIGEST_WORDS; i++) {
        derived[i] ^= u[i];
      }
    }
    return Sha256.bytes(derived);
  }
}
