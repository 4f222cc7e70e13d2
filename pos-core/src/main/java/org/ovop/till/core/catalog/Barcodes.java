package org.ovop.till.core.catalog;

/**
 * Barcode rules for the shelf. GS1 codes (EAN-8, UPC-A, EAN-13, GTIN-14) carry a mod-10 check
 * digit; products without one get an in-store EAN-13 with prefix 2, which GS1 keeps for restricted
 * circulation so it never collides with a real product's code.
 */
public final class Barcodes {
  private Barcodes() {}

  /** The GS1 check digit for the digits before it. */
  public static int checkDigit(String digitsWithoutCheck) {
    int sum = 0;
    int len = digitsWithoutCheck.length();
    for (int i = 0; i < len; i++) {
      int d = digitsWithoutCheck.charAt(len - 1 - i) - '0';
      sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (10 - sum % 10) % 10;
  }

  /** True for an all-digit GS1 code of 8, 12, 13 or 14 digits whose check digit is right. */
  public static boolean isValidGs1(String code) {
    if (code == null || !code.matches("\\d{8}|\\d{12,14}")) {
      return false;
    }
    int expected = checkDigit(code.substring(0, code.length() - 1));
    return code.charAt(code.length() - 1) - '0' == expected;
  }

  /** True for an EAN-13 code with a correct check digit. */
  public static boolean isEan13(String code) {
    return code != null && code.length() == 13 && isValidGs1(code);
  }

  /**
   * A code a label can carry: a valid GS1 number, or printable ASCII without spaces for Code 128
   * (but not all digits, since a digit-only code with a wrong check digit is a typing mistake).
   */
  public static boolean isUsable(String code) {
    if (code == null || code.isEmpty() || code.length() > 32) {
      return false;
    }
    if (code.chars().allMatch(Character::isDigit)) {
      return isValidGs1(code);
    }
    return code.chars().allMatch(c -> c > 32 && c < 127);
  }

  /** The in-store EAN-13 for a sequence number: "2", 11 digits, check digit. */
  public static String inStoreEan13(long sequence) {
    if (sequence < 0 || sequence > 99_999_999_999L) {
      throw new IllegalArgumentException("in-store barcode sequence out of range: " + sequence);
    }
    String body = "2" + String.format(java.util.Locale.ROOT, "%011d", sequence);
    return body + checkDigit(body);
  }
}
