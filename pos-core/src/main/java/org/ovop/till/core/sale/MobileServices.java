package org.ovop.till.core.sale;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.store.StoreProfile;

/**
 * Which mobile money service carried each mobile payment, in the store's own spelling. A store that
 * takes one service (M-Pesa) has it written on every mobile tender without anyone choosing; a store
 * that takes several (Wave and Orange Money) has the one the cashier chose. A mobile tender that
 * names none there keeps none: the command line's {@code mobile:AMOUNT:REF} means what it always
 * meant.
 */
public final class MobileServices {
  private MobileServices() {}

  /** The tenders with their services spelled as the store spells them, or why not. */
  public static Outcome<List<Tender>> named(StoreProfile store, List<Tender> tenders) {
    List<String> services = store.mobileServices();
    List<Tender> named = new ArrayList<>(tenders.size());
    for (Tender t : tenders) {
      if (t.method() != TenderMethod.MOBILE) {
        named.add(t);
      } else if (t.service() != null) {
        var known = store.mobileService(t.service());
        if (known.isEmpty()) {
          return services.isEmpty()
              ? Outcome.refused(Reason.NO_MOBILE_SERVICES, t.service())
              : Outcome.refused(
                  Reason.UNKNOWN_MOBILE_SERVICE, t.service(), String.join(", ", services));
        }
        named.add(t.by(known.get()));
      } else {
        named.add(services.size() == 1 ? t.by(services.get(0)) : t);
      }
    }
    return Outcome.done(List.copyOf(named));
  }
}
