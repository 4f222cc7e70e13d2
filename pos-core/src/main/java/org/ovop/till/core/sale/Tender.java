package org.ovop.till.core.sale;

/**
 * One payment on a document, in minor units. Mobile money carries its transaction reference and,
 * where the store names its services, the service that carried it ("Wave", "Orange Money"), so that
 * each wallet's takings can be checked against that wallet's own statement. Null where none was
 * recorded: every tender before services were, and a command line that said only {@code mobile} in
 * a store with several.
 */
public record Tender(TenderMethod method, long amount, String reference, String service) {
  public Tender {
    if (amount < 0) {
      throw new IllegalArgumentException("a tender is never negative");
    }
    service = service == null || service.isBlank() ? null : service.strip();
    if (service != null && method != TenderMethod.MOBILE) {
      throw new IllegalArgumentException("only mobile money names a service");
    }
  }

  /** A tender with no service: cash, card, or mobile money in a store that names none. */
  public Tender(TenderMethod method, long amount, String reference) {
    this(method, amount, reference, null);
  }

  /** The same payment carried by a named service. */
  public Tender by(String service) {
    return new Tender(method, amount, reference, service);
  }
}
