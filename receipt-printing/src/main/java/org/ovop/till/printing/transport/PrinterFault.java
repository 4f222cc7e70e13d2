package org.ovop.till.printing.transport;

/**
 * A printer that cannot print now, with the reason in one sentence (unplugged, paper out...).
 *
 * <p>The message is that sentence in English, for the command line and the log. The screens speak
 * the shop's language, so the fault also carries its {@link Trouble}: what kind of fault, which
 * printer, and the system's own detail, from which each screen writes the sentence in its words.
 */
public final class PrinterFault extends Exception {
  /** What went wrong, in the words a cashier can act on. */
  public enum Kind {
    /** No such device: it is not plugged in, or switched off. */
    ABSENT("The printer %1$s is not there: is it plugged in and switched on?"),
    /** It was there, and went while the till was talking to it. */
    UNPLUGGED("The printer %1$s was unplugged."),
    /** It stopped taking data: mostly paper out or the cover open. */
    SLOW("The printer %1$s did not take the data within %2$s s: check paper and cover."),
    /** A network printer that does not answer. */
    UNREACHABLE("The printer %1$s cannot be reached: is it on and on the network? (%2$s)"),
    /** The device answered with an error. */
    REFUSED("The printer %1$s refused the data: %2$s"),
    /** Another program holds it, or it is not a printer the till can drive. */
    UNUSABLE("The printer %1$s cannot be used: %2$s"),
    /** The address saved in the settings is not one. */
    NOT_AN_ADDRESS("'%1$s' is not a printer address: %2$s."),
    /** javax.usb could not start on this computer. */
    NO_USB("USB cannot be used on this computer: %2$s"),
    INTERRUPTED("Printing was interrupted."),
    /**
     * Not the printer's fault: the till closed (or stopped) with the paper still waiting, so it may
     * or may not have come out.
     */
    TILL_CLOSED("The till was closed before this was printed."),
    /** Anything else; the detail is the whole sentence. */
    OTHER("%2$s");

    private final String english;

    Kind(String english) {
      this.english = english;
    }
  }

  /**
   * A fault as data: its kind, the printer as a person names it ("/dev/usb/lp0", "10.0.0.5:9100",
   * "USB"), and the detail (seconds waited, or the system's words).
   */
  public record Trouble(Kind kind, String printer, String detail) {
    public Trouble {
      printer = printer == null ? "" : printer;
      detail = detail == null ? "" : detail;
    }

    /** The sentence in English. */
    public String sentence() {
      return String.format(java.util.Locale.ROOT, kind.english, printer, detail);
    }
  }

  private final transient Trouble trouble;

  public PrinterFault(Kind kind, String printer, String detail) {
    this(new Trouble(kind, printer, detail), null);
  }

  public PrinterFault(Kind kind, String printer, String detail, Throwable cause) {
    this(new Trouble(kind, printer, detail), cause);
  }

  /** A fault known only by its sentence (a fake printer in a test, a driver's own words). */
  public PrinterFault(String sentence) {
    this(new Trouble(Kind.OTHER, "", sentence), null);
  }

  public PrinterFault(String sentence, Throwable cause) {
    this(new Trouble(Kind.OTHER, "", sentence), cause);
  }

  private PrinterFault(Trouble trouble, Throwable cause) {
    super(trouble.sentence(), cause);
    this.trouble = trouble;
  }

  public Trouble trouble() {
    return trouble;
  }

  /** Seconds as a person reads them: "5", or "0.3" for less than a whole one. */
  public static String seconds(long millis) {
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }
}
