package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.store.StoreProfile;

/**
 * One way a manager can pay a group out, as the office offers them: cash, each mobile money wallet
 * the store takes (Wave and Orange Money are two choices in Dakar, since the slip must say which
 * one the money went to), or a bank transfer. A store with one wallet, or none named, offers mobile
 * money once; the core writes its only wallet on the payout.
 */
record PayoutWay(PayoutMethod method, String service) {

  static List<PayoutWay> of(StoreProfile store) {
    List<PayoutWay> ways = new ArrayList<>();
    ways.add(new PayoutWay(PayoutMethod.CASH, null));
    List<String> wallets = store.mobileServices();
    if (wallets.size() > 1) {
      wallets.forEach(w -> ways.add(new PayoutWay(PayoutMethod.MOBILE, w)));
    } else {
      ways.add(new PayoutWay(PayoutMethod.MOBILE, null));
    }
    ways.add(new PayoutWay(PayoutMethod.BANK, null));
    return List.copyOf(ways);
  }

  /** "наличными", "par mobile money (Wave)": the way inside the sentence the manager reads. */
  String inWords(StoreProfile store, Texts texts) {
    return store.methodInWords(method.code(), service, texts.get("method." + method.code()));
  }
}
