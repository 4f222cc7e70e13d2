package org.ovop.till.core.money;

import java.math.BigInteger;

/**
 * The one place where money is divided. Every rule in the shop rounds half-up, meaning half away
 * from zero, so a refund of a negative figure mirrors the sale of a positive one exactly.
 */
public final class Rounding {
  private static final long BASIS_POINTS = 10_000;

  private Rounding() {}

  /** {@code numerator / denominator} rounded half away from zero; exact for any long inputs. */
  public static long halfUp(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("division by zero");
    }
    BigInteger[] qr =
        BigInteger.valueOf(numerator).divideAndRemainder(BigInteger.valueOf(denominator));
    BigInteger q = qr[0];
    BigInteger twiceRemainder = qr[1].abs().shiftLeft(1);
    if (twiceRemainder.compareTo(BigInteger.valueOf(denominator).abs()) >= 0) {
      q = q.add(BigInteger.valueOf(Long.signum(numerator) * Long.signum(denominator)));
    }
    return q.longValueExact();
  }

  /** {@code amount × (part / whole)} rounded half-up, without overflow in the product. */
  public static long proportion(long amount, long part, long whole) {
    BigInteger product = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part));
    BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(whole));
    BigInteger q = qr[0];
    if (qr[1].abs().shiftLeft(1).compareTo(BigInteger.valueOf(whole).abs()) >= 0) {
      q = q.add(BigInteger.valueOf(product.signum() * Long.signum(whole)));
    }
    return q.longValueExact();
  }

  /** {@code amount × basisPoints / 10 000} rounded half-up: a percentage of an amount. */
  public static long percentOf(long amount, int basisPoints) {
    return proportion(amount, basisPoints, BASIS_POINTS);
  }
}
