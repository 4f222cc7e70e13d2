package org.ovop.till.core.sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    List<Tender> named = new ArrayList<>(tenders.size());
    for (Tender t : tenders) {
      if (t.method() != TenderMethod.MOBILE) {
        named.add(t);
        continue;
      }
      var service = service(store, t.service());
      if (!service.isDone()) {
        return Outcome.refused(service.refusal());
      }
      named.add(service.value().map(t::by).orElse(t));
    }
    return Outcome.done(List.copyOf(named));
  }

  /**
   * The service that carried one mobile money payment (a sale's, a refund's or a producer's payout)
   * in the store's spelling: the one {@code typed}, the store's only one where nothing was typed,
   * or none where the store takes several and nobody said which. Refused when the store takes no
   * such service.
   */
  public static Outcome<Optional<String>> service(StoreProfile store, String typed) {
    List<String> services = store.mobileServices();
    if (typed == null || typed.isBlank()) {
      return Outcome.done(
          services.size() == 1 ? Optional.of(services.get(0)) : Optional.<String>empty());
    }
    var known = store.mobileService(typed);
    if (known.isPresent()) {
      return Outcome.done(known);
    }
    return services.isEmpty()
        ? Outcome.refused(Reason.NO_MOBILE_SERVICES, typed.strip())
        : Outcome.refused(
            Reason.UNKNOWN_MOBILE_SERVICE, typed.strip(), String.join(", ", services));
  }
}
