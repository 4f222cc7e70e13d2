package org.ovop.till.app.durability;

import java.time.Clock;
import java.util.List;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;

/**
 * A child process that sells without end on a demo database and acknowledges each sale on stdout
 * only after the service returned, that is, after the commit. The crash test kills it mid-stream.
 */
public final class SaleStream {
  private SaleStream() {}

  public static void main(String[] args) {
    String db = args[0];
    String cashierPin = args[1];
    String tillId = args.length > 2 ? args[2] : "T1";
    int count = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
    try (TillServices till = TillServices.open(db, tillId, Clock.systemUTC(), false)) {
      var cashier = till.staff().signIn(cashierPin).value();
      List<String> codes = List.of("SBT-001", "HONEY-02", "DRY-002", "FELT-005", "JAM-001");
      if (!tillId.equals("T1")) {
        till.shifts().open(cashier, 0).value();
      }
      for (int n = 0; n < count; n++) {
        var items =
            List.of(
                new Counter.Item(codes.get(n % codes.size()), 1 + n % 3, Percent.ZERO),
                new Counter.Item(codes.get((n + 1) % codes.size()), 1, Percent.ZERO),
                new Counter.Item(codes.get((n + 2) % codes.size()), 2, Percent.ZERO));
        var sale =
            till.counter()
                .sell(
                    cashier, items, List.of(new Tender(TenderMethod.CASH, 100_000_00, null)), null)
                .value()
                .sale();
        System.out.println("ACK " + sale.number() + " " + sale.total());
        System.out.flush();
      }
    }
  }
}
