package org.ovop.till.app.printing;

import java.util.Optional;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.User;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.layout.Layouts;

/** The till's papers as printer bytes, from the ledger's records. */
public final class Printing {
  private Printing() {}

  /**
   * The receipt of a sale or refund, encoded for a profile; empty when there is no such receipt.
   */
  public static Optional<byte[]> receipt(TillServices till, String number, PrinterProfile profile) {
    StoreProfile store = till.store().value();
    return till.database()
        .read(b -> b.sales().byNumber(number))
        .map(
            sale ->
                EscPosEncoder.encode(Layouts.receipt(sale, store, cashier(till, sale)), profile));
  }

  public static byte[] receipt(TillServices till, Sale sale, PrinterProfile profile) {
    return EscPosEncoder.encode(
        Layouts.receipt(sale, till.store().value(), cashier(till, sale)), profile);
  }

  private static String cashier(TillServices till, Sale sale) {
    return till.staff().users().stream()
        .filter(u -> u.id().equals(sale.cashierId()))
        .map(User::name)
        .findFirst()
        .orElse("");
  }
}
