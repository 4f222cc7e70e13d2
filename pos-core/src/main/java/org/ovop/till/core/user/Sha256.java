package org.ovop.till.core.user;

/**
 * SHA-256 (FIPS 180-4) kept in 32-bit words, for the PIN hash's rounds only; everything else uses
 * the JDK's {@code MessageDigest}. A PBKDF2 round hashes two one-block messages of known shape, so
 * on words it needs neither byte conversion, nor a digest object copied per block, nor the JDK's
 * general-purpose update path. What that saves is not the hashing itself but the start of a fresh
 * JVM, where the till signs its first cashier in and every {@code --by} PIN command runs: one
 * 120,000-round hash cost the process 0.49–0.53 s of CPU through the JDK's path, most of it the JIT
 * compiling that path, and costs 0.22–0.25 s on words, whose one small loop compiles quickly. The
 * bytes are the JDK's, checked against it.
 */
final class Sha256 {
  private Sha256() {}

  /** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
  private static final int[] K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  };

  /**
   * The state before any block: the fractions of the square roots of the first 8 primes, in 32
   * bits.
   */
  private static final int[] INITIAL = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  };

  static final int BLOCK_BYTES = 64;

  /** A 32-byte digest as words, the size of a PBKDF2 block. */
  static final int DIGEST_WORDS = 8;

  /**
   * The digest of {@code message} hashed after {@code before} (a state that has already taken
   * {@code bytesBefore} bytes, a whole number of blocks), as eight words.
   */
  static int[] digest(int[] before, long bytesBefore, byte[] message) {
    int[] state = before.clone();
    long total = bytesBefore + message.length;
    // The message, 0x80, zeros, and the length in bits as the last 8 bytes of the last block.
    int blocks = (message.length + 1 + 8 + BLOCK_BYTES - 1) / BLOCK_BYTES;
    byte[] padded = new byte[blocks * BLOCK_BYTES];
    System.arraycopy(message, 0, padded, 0, message.length);
    padded[message.length] = (byte) 0x80;
    long bits = total * 8;
    for (int i = 0; i < 8; i++) {
      padded[padded.length - 1 - i] = (byte) (bits >>> (8 * i));
    }
    int[] w = new int[64];
    for (int b = 0; b < blocks; b++) {
      compress(state, padded, b * BLOCK_BYTES, w);
    }
    return state;
  }

  /** The state after hashing one whole block from the start (an HMAC key pad). */
  static int[] afterBlock(byte[] block) {
    if (block.length != BLOCK_BYTES) {
      throw new IllegalArgumentException("a SHA-256 block is 64 bytes, not " + block.length);
    }
    int[] state = INITIAL.clone();
    compress(state, block, 0, new int[64]);
    return state;
  }

  /** The digest of a message from the start, as the JDK's {@code digest} gives it. */
  static byte[] digest(byte[] message) {
    return bytes(digest(INITIAL, 0, message));
  }

  /**
   * {@code into} := the digest of the 32 bytes {@code message} hashed after {@code before}, which
   * has taken exactly one block: a PBKDF2 round's inner or outer hash, one block with its padding
   * written in words. {@code w} is scratch space of 64 words.
   */
  static void digestOfDigestAfterBlock(int[] before, int[] message, int[] into, int[] w) {
    System.arraycopy(message, 0, w, 0, DIGEST_WORDS);
    w[8] = 0x80000000;
    for (int i = 9; i < 15; i++) {
      w[i] = 0;
    }
    w[15] = (BLOCK_BYTES + 4 * DIGEST_WORDS) * 8; // the length in bits: key pad + digest
    System.arraycopy(before, 0, into, 0, DIGEST_WORDS);
    compress(into, w);
  }

  /** The 64 bytes of {@code bytes} from {@code at}, big-endian words, into the state. */
  private static void compress(int[] state, byte[] bytes, int at, int[] w) {
    for (int i = 0; i < 16; i++) {
      int b = at + 4 * i;
      w[i] =
          (bytes[b] & 0xff) << 24
              | (bytes[b + 1] & 0xff) << 16
              | (bytes[b + 2] & 0xff) << 8
              | (bytes[b + 3] & 0xff);
    }
    compress(state, w);
  }

  /** One block (the first 16 of {@code w}'s 64 words, which it overwrites) into the state. */
  static void compress(int[] state, int[] w) {
    for (int t = 16; t < 64; t++) {
      int x = w[t - 15];
      int y = w[t - 2];
      int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
      int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    int e = state[4];
    int f = state[5];
    int g = state[6];
    int h = state[7];
    for (int t = 0; t < 64; t++) {
      int sum1 =
          Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
      int choice = (e & f) ^ (~e & g);
      int t1 = h + sum1 + choice + K[t] + w[t];
      int sum0 =
          Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
      int majority = (a & b) ^ (a & c) ^ (b & c);
      int t2 = sum0 + majority;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }

  /** Words as the digest's big-endian bytes. */
  static byte[] bytes(int[] words) {
    byte[] out = new byte[4 * words.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (words[i / 4] >>> (24 - 8 * (i % 4)));
    }
    return out;
  }
}
