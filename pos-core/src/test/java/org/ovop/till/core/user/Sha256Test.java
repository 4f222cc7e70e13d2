package org.ovop.till.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The PIN hash's own SHA-256 gives the JDK's bytes, for every length the padding treats apart. */
class Sha256Test {
  private static byte[] jdk(byte[]... parts) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    for (byte[] p : parts) {
      d.update(p);
    }
    return d.digest();
  }

  @Test
  void matchesFipsVectors() {
    // FIPS 180-4 examples: "abc", the empty message, and the 448-bit two-block message.
    assertThat(hex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hex(Sha256.digest(new byte[0])))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(
            hex(
                Sha256.digest(
                    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                        .getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  @Test
  void everyMessageLengthUpToFiveBlocksHashesAsTheJdks() throws Exception {
    // Lengths 55, 56, 63 and 64 are where the padding and the length field change blocks.
    Random random = new Random(180_4);
    for (int length = 0; length <= 5 * 64; length++) {
      byte[] message = new byte[length];
      random.nextBytes(message);
      assertThat(Sha256.digest(message)).as("%d bytes", length).isEqualTo(jdk(message));
    }
  }

  @Test
  void aMessageHashedAfterAKeyPadBlockIsTheDigestOfBoth() throws Exception {
    Random random = new Random(8018);
    for (int length = 0; length <= 130; length++) {
      byte[] pad = new byte[64];
      byte[] message = new byte[length];
      random.nextBytes(pad);
      random.nextBytes(message);
      int[] afterPad = Sha256.afterBlock(pad);
      assertThat(Sha256.bytes(Sha256.digest(afterPad, 64, message)))
          .as("%d bytes after a pad", length)
          .isEqualTo(jdk(pad, message));
    }
  }

  @Test
  void aRoundsDigestOfADigestIsTheJdksToo() throws Exception {
    Random random = new Random(120_000);
    int[] scratch = new int[64];
    for (int i = 0; i < 50; i++) {
      byte[] pad = new byte[64];
      byte[] previous = new byte[32];
      random.nextBytes(pad);
      random.nextBytes(previous);
      int[] words = new int[8];
      for (int w = 0; w < 8; w++) {
        words[w] = java.nio.ByteBuffer.wrap(previous, 4 * w, 4).getInt();
      }
      int[] into = new int[8];
      Sha256.digestOfDigestAfterBlock(Sha256.afterBlock(pad), words, into, scratch);
      assertThat(Sha256.bytes(into)).isEqualTo(jdk(pad, previous));
    }
  }

  @Test
  void aKeyPadMustBeOneWholeBlock() {
    assertThatThrownBy(() -> Sha256.afterBlock(new byte[63]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 bytes");
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
