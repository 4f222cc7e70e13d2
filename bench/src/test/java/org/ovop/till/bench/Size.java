package org.ovop.till.bench;

/**
 * How much work each benchmark does. FULL ({@code bench/run}) and QUICK ({@code bench/run --quick})
 * are the sizes the README's figures come from. TINY is for BenchSmokeTest only: it checks that
 * every benchmark still runs and does its work within a normal build, so its figures mean nothing.
 */
enum Size {
  FULL,
  QUICK,
  TINY;

  /** sale-commit: measured sales on each side. */
  int sales() {
    return pick(600, 150, 20);
  }

  /**
   * sale-commit: unmeasured sales on each side first, so the medians compare steady selling once
   * the JIT has compiled both sides, not the interpreter.
   */
  int warmUpSales() {
    return pick(300, 300, 5);
  }

  /** barcode-lookup and settlement: products in the generated catalogue. */
  int products() {
    return pick(100_000, 100_000, 1_000);
  }

  /** barcode-lookup: lookups on each side. */
  int lookups() {
    return pick(20_000, 5_000, 200);
  }

  /** receipt-encode: measured receipts on each side. */
  int receipts() {
    return pick(10_000, 3_000, 20);
  }

  /**
   * receipt-encode: unmeasured receipts on each side first. Both encoders keep getting faster until
   * some 40,000 receipts have gone through them (the JIT still compiling their layout and writing
   * paths; README, "Receipt-encode"), so fewer would measure the compiler's progress, not the code.
   */
  int warmUpReceipts() {
    return pick(50_000, 50_000, 40);
  }

  /** settlement and memory: producer groups in the month. */
  int groups() {
    return pick(200, 40, 3);
  }

  /** settlement and memory: sale lines in the month (three per sale). */
  int lines() {
    // TINY is not a multiple of three, so the smoke test sees a last sale with fewer lines.
    return pick(1_000_000, 150_000, 301);
  }

  /** settlement: runs on fresh copies of the month, floor and ours each. */
  int settlements() {
    return pick(3, 3, 1);
  }

  /** startup: runs of the till and of the bare window each. */
  int startups() {
    return pick(5, 3, 1);
  }

  private int pick(int full, int quick, int tiny) {
    return switch (this) {
      case FULL -> full;
      case QUICK -> quick;
      case TINY -> tiny;
    };
  }
}
