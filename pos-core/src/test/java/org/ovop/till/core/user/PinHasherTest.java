package org.ovop.till.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The PIN hash is PBKDF2-HMAC-SHA256 byte for byte: every PIN stored before (by the JDK's own
 * PBKDF2) must still sign in, and a stored value nobody can read must refuse, not fail.
 */
class PinHasherTest {
  private static byte[] jdk(String pin, byte[] salt, int rounds) throws Exception {
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(pin.toCharArray(), salt, rounds, 256))
        .getEncoded();
  }

  @Test
  void derivesWhatTheJdkDerivesForManyPinsSaltsAndRoundCounts() throws Exception {
    Random random = new Random(20261123);
    for (int i = 0; i < 300; i++) {
      // PINs of 4-8 digits as the till takes them; now and then a key longer than HMAC's block
      // (which HMAC hashes first) and non-ASCII text, so every branch of the key handling runs.
      String pin =
          switch (i % 10) {
            case 0 -> "ключ-".repeat(1 + random.nextInt(20));
            default -> String.valueOf(random.nextLong(1_000L, 100_000_000L));
          };
      byte[] salt = new byte[1 + random.nextInt(40)];
      random.nextBytes(salt);
      int rounds = 1 + random.nextInt(i < 10 ? 5_000 : 300);
      assertThat(PinHasher.derive(pin, salt, rounds))
          .as("PIN %s, %d-byte salt, %d rounds", pin, salt.length, rounds)
          .isEqualTo(jdk(pin, salt, rounds));
    }
  }

  @Test
  void matchesThePublishedPbkdf2Sha256Vector() {
    // RFC 7914, section 11: P = "passwd", S = "salt", c = 1 (the first 32 of its 64 bytes).
    assertThat(HexFormat.of().formatHex(PinHasher.derive("passwd", "salt".getBytes(), 1)))
        .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  }

  @Test
  void aPinStoredByTheJdksPbkdf2StillSignsIn() throws Exception {
    byte[] salt = new byte[16];
    new Random(7).nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String stored =
        "pbkdf2-sha256$120000$"
            + b64.encodeToString(salt)
            + "$"
            + b64.encodeToString(jdk("1470", salt, 120_000));
    PinHasher hasher = PinHasher.standard();
    assertThat(hasher.matches("1470", stored)).isTrue();
    assertThat(hasher.matches("1471", stored)).isFalse();
  }

  @Test
  void aFreshHashMatchesItsPinOnlyAndSaltsDiffer() {
    PinHasher hasher = new PinHasher(1_000);
    String first = hasher.hash("2580");
    String second = hasher.hash("2580");
    assertThat(first).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(second);
    assertThat(hasher.matches("2580", first)).isTrue();
    assertThat(hasher.matches("2580", second)).isTrue();
    assertThat(hasher.matches("0852", first)).isFalse();
    assertThat(hasher.matches(null, first)).isFalse();
  }

  @Test
  void anUnreadableStoredValueMatchesNoPin() {
    PinHasher hasher = new PinHasher(1_000);
    String good = hasher.hash("2580");
    String[] parts = good.split("\\$");
    for (String damaged :
        new String[] {
          "",
          "plain-2580",
          "pbkdf2-sha256$abc$" + parts[2] + "$" + parts[3],
          "pbkdf2-sha256$0$" + parts[2] + "$" + parts[3],
          "pbkdf2-sha256$-5$" + parts[2] + "$" + parts[3],
          "pbkdf2-sha256$1000$not*base64$" + parts[3],
          "pbkdf2-sha256$1000$" + parts[2] + "$%%%",
          "md5$1000$" + parts[2] + "$" + parts[3],
        }) {
      assertThat(hasher.matches("2580", damaged)).as(damaged).isFalse();
    }
  }
}
