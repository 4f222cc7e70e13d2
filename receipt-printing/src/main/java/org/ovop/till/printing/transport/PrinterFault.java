package org.ovop.till.printing.transport;

/** A printer that cannot print now, with the reason in one sentence (unplugged, paper out...). */
public final class PrinterFault extends Exception {
  public PrinterFault(String sentence) {
    super(sentence);
  }

  public PrinterFault(String sentence, Throwable cause) {
    super(sentence, cause);
  }
}
