package org.ovop.till.printing.layout;

import java.util.Map;

/** The words printed on receipts and slips, in the store's language. */
final class Words {
  private static final Map<String, Map<String, String>> ALL =
      Map.of(
          "en",
              Map.ofEntries(
                  Map.entry("receipt", "Receipt"),
                  Map.entry("refund", "Refund"),
                  Map.entry("of", "of receipt"),
                  Map.entry("till", "Till"),
                  Map.entry("cashier", "Cashier"),
                  Map.entry("total", "TOTAL"),
                  Map.entry("discount", "discount"),
                  Map.entry("listprice", "catalogue price"),
                  Map.entry("vat", "incl. VAT"),
                  Map.entry("rounding", "Cash rounding"),
                  Map.entry("due", "Due"),
                  Map.entry("cash", "Cash"),
                  Map.entry("card", "Card"),
                  Map.entry("mobile", "Mobile money"),
                  Map.entry("noservice", "service not named"),
                  Map.entry("bank", "Bank transfer"),
                  Map.entry("change", "Change"),
                  Map.entry("thanks", "Thank you for supporting village producers!"),
                  Map.entry("given", "Given back"),
                  Map.entry("x", "X REPORT"),
                  Map.entry("z", "Z REPORT"),
                  Map.entry("sales", "Sales"),
                  Map.entry("refunds", "Refunds"),
                  Map.entry("cashsales", "Cash sales"),
                  Map.entry("cashrefunds", "Cash refunds"),
                  Map.entry("cashinout", "Cash in/out"),
                  Map.entry("colon", ":"),
                  Map.entry("float", "Float"),
                  Map.entry("payouts", "Producer payouts"),
                  Map.entry("expected", "Expected cash"),
                  Map.entry("counted", "Counted"),
                  Map.entry("overshort", "Over/short"),
                  Map.entry("payout", "PAYOUT"),
                  Map.entry("group", "Group"),
                  Map.entry("settlement", "Settlement"),
                  Map.entry("method", "Paid by"),
                  Map.entry("reference", "Reference"),
                  Map.entry("signature", "Signature"),
                  Map.entry("received", "Received by"),
                  Map.entry("note", "CONSIGNMENT NOTE"),
                  Map.entry("return", "RETURN NOTE"),
                  Map.entry("bestbefore", "Best before")),
          "ru",
              Map.ofEntries(
                  Map.entry("receipt", "Чек"),
                  Map.entry("refund", "Возврат"),
                  Map.entry("of", "по чеку"),
                  Map.entry("till", "Касса"),
                  Map.entry("cashier", "Кассир"),
                  Map.entry("total", "ИТОГО"),
                  Map.entry("discount", "скидка"),
                  Map.entry("listprice", "цена по каталогу"),
                  Map.entry("vat", "в т.ч. НДС"),
                  Map.entry("rounding", "Округление"),
                  Map.entry("due", "К оплате"),
                  Map.entry("cash", "Наличные"),
                  Map.entry("card", "Карта"),
                  Map.entry("mobile", "Мобильный платёж"),
                  Map.entry("noservice", "сервис не указан"),
                  Map.entry("bank", "Банковский перевод"),
                  Map.entry("change", "Сдача"),
                  Map.entry("thanks", "Спасибо, что поддерживаете сельских мастеров!"),
                  Map.entry("given", "Возвращено"),
                  Map.entry("x", "X-ОТЧЁТ"),
                  Map.entry("z", "Z-ОТЧЁТ"),
                  Map.entry("sales", "Продажи"),
                  Map.entry("refunds", "Возвраты"),
                  Map.entry("cashsales", "Продажи наличными"),
                  Map.entry("cashrefunds", "Возвраты наличными"),
                  Map.entry("cashinout", "Внесение/изъятие"),
                  Map.entry("colon", ":"),
                  Map.entry("float", "Размен"),
                  Map.entry("payouts", "Выплаты производителям"),
                  Map.entry("expected", "Должно быть"),
                  Map.entry("counted", "Пересчитано"),
                  Map.entry("overshort", "Излишек/недостача"),
                  Map.entry("payout", "ВЫПЛАТА"),
                  Map.entry("group", "Группа"),
                  Map.entry("settlement", "Расчёт"),
                  Map.entry("method", "Способ"),
                  Map.entry("reference", "Номер"),
                  Map.entry("signature", "Подпись"),
                  Map.entry("received", "Получил"),
                  Map.entry("note", "НАКЛАДНАЯ НА КОНСИГНАЦИЮ"),
                  Map.entry("return", "ВОЗВРАТ ПРОИЗВОДИТЕЛЮ"),
                  Map.entry("bestbefore", "Годен до")),
          "fr",
              Map.ofEntries(
                  Map.entry("receipt", "Ticket"),
                  Map.entry("refund", "Remboursement"),
                  Map.entry("of", "du ticket"),
                  Map.entry("till", "Caisse"),
                  Map.entry("cashier", "Caissier"),
                  Map.entry("total", "TOTAL"),
                  Map.entry("discount", "remise"),
                  Map.entry("listprice", "prix catalogue"),
                  Map.entry("vat", "dont TVA"),
                  Map.entry("rounding", "Arrondi espèces"),
                  Map.entry("due", "À payer"),
                  Map.entry("cash", "Espèces"),
                  Map.entry("card", "Carte"),
                  Map.entry("mobile", "Mobile money"),
                  Map.entry("noservice", "service non précisé"),
                  Map.entry("bank", "Virement bancaire"),
                  Map.entry("change", "Monnaie"),
                  Map.entry("thanks", "Merci de soutenir les producteurs des villages !"),
                  Map.entry("given", "Remboursé"),
                  Map.entry("x", "RAPPORT X"),
                  Map.entry("z", "RAPPORT Z"),
                  Map.entry("sales", "Ventes"),
                  Map.entry("refunds", "Remboursements"),
                  Map.entry("cashsales", "Ventes en espèces"),
                  Map.entry("cashrefunds", "Remboursements en espèces"),
                  Map.entry("cashinout", "Apports/retraits"),
                  Map.entry("colon", " :"),
                  Map.entry("float", "Fond de caisse"),
                  Map.entry("payouts", "Paiements producteurs"),
                  Map.entry("expected", "Espèces attendues"),
                  Map.entry("counted", "Compté"),
                  Map.entry("overshort", "Écart"),
                  Map.entry("payout", "PAIEMENT"),
                  Map.entry("group", "Groupement"),
                  Map.entry("settlement", "Règlement"),
                  Map.entry("method", "Payé par"),
                  Map.entry("reference", "Référence"),
                  Map.entry("signature", "Signature"),
                  Map.entry("received", "Reçu par"),
                  Map.entry("note", "BON DE DÉPÔT"),
                  Map.entry("return", "BON DE RETOUR"),
                  Map.entry("bestbefore", "À consommer avant")),
          "sw",
              Map.ofEntries(
                  Map.entry("receipt", "Risiti"),
                  Map.entry("refund", "Rejesho"),
                  Map.entry("of", "ya risiti"),
                  Map.entry("till", "Kaunta"),
                  Map.entry("cashier", "Keshia"),
                  Map.entry("total", "JUMLA"),
                  Map.entry("discount", "punguzo"),
                  Map.entry("listprice", "bei ya orodha"),
                  Map.entry("vat", "pamoja na VAT"),
                  Map.entry("rounding", "Ukadiriaji"),
                  Map.entry("due", "Inadaiwa"),
                  Map.entry("cash", "Taslimu"),
                  Map.entry("card", "Kadi"),
                  Map.entry("mobile", "Pesa kwa simu"),
                  Map.entry("noservice", "huduma haikutajwa"),
                  Map.entry("bank", "Benki"),
                  Map.entry("change", "Chenji"),
                  Map.entry("thanks", "Asante kwa kuwaunga mkono wazalishaji wa vijijini!"),
                  Map.entry("given", "Imerudishwa"),
                  Map.entry("x", "RIPOTI X"),
                  Map.entry("z", "RIPOTI Z"),
                  Map.entry("sales", "Mauzo"),
                  Map.entry("refunds", "Marejesho"),
                  Map.entry("cashsales", "Mauzo ya taslimu"),
                  Map.entry("cashrefunds", "Marejesho ya taslimu"),
                  Map.entry("cashinout", "Kuweka/kutoa pesa"),
                  Map.entry("colon", ":"),
                  Map.entry("float", "Chenji ya mwanzo"),
                  Map.entry("payouts", "Malipo kwa wazalishaji"),
                  Map.entry("expected", "Inatarajiwa"),
                  Map.entry("counted", "Imehesabiwa"),
                  Map.entry("overshort", "Ziada/upungufu"),
                  Map.entry("payout", "MALIPO"),
                  Map.entry("group", "Kikundi"),
                  Map.entry("settlement", "Malipo"),
                  Map.entry("method", "Njia"),
                  Map.entry("reference", "Namba"),
                  Map.entry("signature", "Sahihi"),
                  Map.entry("received", "Imepokelewa na"),
                  Map.entry("note", "HATI YA MZIGO"),
                  Map.entry("return", "HATI YA KURUDISHA"),
                  Map.entry("bestbefore", "Tumia kabla ya")));

  private final Map<String, String> words;

  Words(String language) {
    this.words = ALL.getOrDefault(printedIn(language), ALL.get("en"));
  }

  /**
   * The language a store's papers are printed in: Russian for Kyrgyz and Uzbek stores, whose people
   * read it and whose own words no receipt carries yet; the store's own otherwise.
   */
  static String printedIn(String language) {
    return "uz".equals(language) || "ky".equals(language) ? "ru" : language;
  }

  String get(String key) {
    return words.getOrDefault(key, ALL.get("en").get(key));
  }

  /** A word and its colon as the language writes them: "Caissier :" in French. */
  String label(String key) {
    return get(key) + get("colon");
  }

  static java.util.Set<String> languages() {
    return ALL.keySet();
  }

  static java.util.Set<String> keys(String language) {
    return ALL.get(language).keySet();
  }
}
