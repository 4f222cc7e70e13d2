package org.ovop.till.printing.statement;

import java.util.Map;

/**
 * The words of a producer's statement in the store's language. Uzbek falls back to Russian, which
 * Uzbek shops also use; any other language to English.
 */
final class StatementText {
  private static final Map<String, Map<String, String>> WORDS =
      Map.of(
          "en",
          Map.ofEntries(
              Map.entry("title", "Producer statement"),
              Map.entry("settlement", "Settlement"),
              Map.entry("group", "Producer group"),
              Map.entry("period", "Sales up to"),
              Map.entry("settled", "Settled on"),
              Map.entry("by", "by"),
              Map.entry("date", "Date"),
              Map.entry("receipt", "Receipt"),
              Map.entry("item", "Item"),
              Map.entry("qty", "Qty"),
              Map.entry("price", "Price"),
              Map.entry("amount", "Amount"),
              Map.entry("share", "Your share"),
              Map.entry("refund", "refund"),
              Map.entry("discount", "discount"),
              Map.entry("listprice", "catalogue price"),
              Map.entry("member", "Member"),
              Map.entry("no_member", "Group (no member named)"),
              Map.entry("subtotal", "Subtotal"),
              Map.entry("sales", "Shares of sales"),
              Map.entry("refunds", "Shares of refunds"),
              Map.entry("net", "Net"),
              Map.entry("levy", "Cooperative levy"),
              Map.entry("payout", "Payout"),
              Map.entry("paid", "Paid"),
              Map.entry("not_paid", "Not paid yet."),
              Map.entry("cancelled", "CANCELLED: these lines wait for the next settlement."),
              Map.entry("reference", "reference"),
              Map.entry("sign_store", "Paid by (store)"),
              Map.entry("sign_group", "Received by (group)"),
              Map.entry("signature", "Signature"),
              Map.entry("page", "Page"),
              Map.entry("of", "of"),
              Map.entry("colon", ":"),
              Map.entry("cash", "cash"),
              Map.entry("mobile", "mobile money"),
              Map.entry("bank", "bank transfer")),
          "ru",
          Map.ofEntries(
              Map.entry("title", "Отчёт для производителя"),
              Map.entry("settlement", "Расчёт"),
              Map.entry("group", "Группа производителей"),
              // "по" the last day sold, inclusive: "до" is what the settlements tab says of the
              // day after, so one cutoff read as two days ("до 25.11" there, "до 24.11" here).
              Map.entry("period", "Продажи по"),
              Map.entry("settled", "Рассчитано"),
              Map.entry("by", "кем"),
              Map.entry("date", "Дата"),
              Map.entry("receipt", "Чек"),
              Map.entry("item", "Товар"),
              Map.entry("qty", "Кол."),
              Map.entry("price", "Цена"),
              Map.entry("amount", "Сумма"),
              Map.entry("share", "Ваша доля"),
              Map.entry("refund", "возврат"),
              Map.entry("discount", "скидка"),
              Map.entry("listprice", "цена по каталогу"),
              Map.entry("member", "Участник"),
              Map.entry("no_member", "Группа (участник не указан)"),
              Map.entry("subtotal", "Итого"),
              Map.entry("sales", "Доля от продаж"),
              Map.entry("refunds", "Доля от возвратов"),
              Map.entry("net", "Нетто"),
              Map.entry("levy", "Взнос кооператива"),
              Map.entry("payout", "К выплате"),
              Map.entry("paid", "Выплачено"),
              Map.entry("not_paid", "Ещё не выплачено."),
              Map.entry("cancelled", "ОТМЕНЁН: эти строки войдут в следующий расчёт."),
              Map.entry("reference", "номер"),
              Map.entry("sign_store", "Выплатил (магазин)"),
              Map.entry("sign_group", "Получил (группа)"),
              Map.entry("signature", "Подпись"),
              Map.entry("page", "Стр."),
              Map.entry("of", "из"),
              Map.entry("colon", ":"),
              Map.entry("cash", "наличными"),
              Map.entry("mobile", "мобильным платежом"),
              Map.entry("bank", "банковским переводом")),
          "ky",
          Map.ofEntries(
              Map.entry("title", "Өндүрүүчүгө отчёт"),
              Map.entry("settlement", "Эсептешүү"),
              Map.entry("group", "Өндүрүүчүлөр тобу"),
              Map.entry("period", "Сатуулар"),
              Map.entry("settled", "Эсептелди"),
              Map.entry("by", "ким"),
              Map.entry("date", "Күнү"),
              Map.entry("receipt", "Чек"),
              Map.entry("item", "Товар"),
              Map.entry("qty", "Саны"),
              Map.entry("price", "Баасы"),
              Map.entry("amount", "Суммасы"),
              Map.entry("share", "Сиздин үлүш"),
              Map.entry("refund", "кайтаруу"),
              Map.entry("discount", "арзандатуу"),
              Map.entry("listprice", "каталог баасы"),
              Map.entry("member", "Мүчө"),
              Map.entry("no_member", "Топ (мүчө көрсөтүлгөн эмес)"),
              Map.entry("subtotal", "Жыйынтык"),
              Map.entry("sales", "Сатуудан үлүш"),
              Map.entry("refunds", "Кайтаруудан үлүш"),
              Map.entry("net", "Таза"),
              Map.entry("levy", "Кооператив төгүмү"),
              Map.entry("payout", "Төлөнөт"),
              Map.entry("paid", "Төлөндү"),
              Map.entry("not_paid", "Азырынча төлөнгөн жок."),
              Map.entry("cancelled", "ЖОККО ЧЫГАРЫЛДЫ: бул саптар кийинки эсептешүүгө кирет."),
              Map.entry("reference", "номери"),
              Map.entry("sign_store", "Төлөдү (дүкөн)"),
              Map.entry("sign_group", "Алды (топ)"),
              Map.entry("signature", "Кол тамга"),
              Map.entry("page", "Бет"),
              Map.entry("of", "/"),
              Map.entry("colon", ":"),
              Map.entry("cash", "накталай"),
              Map.entry("mobile", "мобилдик төлөм"),
              Map.entry("bank", "банк аркылуу")),
          "fr",
          Map.ofEntries(
              Map.entry("title", "Relevé du producteur"),
              Map.entry("settlement", "Règlement"),
              Map.entry("group", "Groupement de producteurs"),
              Map.entry("period", "Ventes jusqu'au"),
              Map.entry("settled", "Réglé le"),
              Map.entry("by", "par"),
              Map.entry("date", "Date"),
              Map.entry("receipt", "Ticket"),
              Map.entry("item", "Article"),
              Map.entry("qty", "Qté"),
              Map.entry("price", "Prix"),
              Map.entry("amount", "Montant"),
              Map.entry("share", "Votre part"),
              Map.entry("refund", "remboursement"),
              Map.entry("discount", "remise"),
              Map.entry("listprice", "prix catalogue"),
              Map.entry("member", "Membre"),
              Map.entry("no_member", "Groupement (aucun membre nommé)"),
              Map.entry("subtotal", "Sous-total"),
              Map.entry("sales", "Parts des ventes"),
              Map.entry("refunds", "Parts des remboursements"),
              Map.entry("net", "Net"),
              Map.entry("levy", "Cotisation coopérative"),
              Map.entry("payout", "À payer"),
              Map.entry("paid", "Payé"),
              Map.entry("not_paid", "Pas encore payé."),
              Map.entry("cancelled", "ANNULÉ : ces lignes attendent le prochain règlement."),
              Map.entry("reference", "référence"),
              Map.entry("sign_store", "Payé par (boutique)"),
              Map.entry("sign_group", "Reçu par (groupement)"),
              Map.entry("signature", "Signature"),
              Map.entry("page", "Page"),
              Map.entry("of", "sur"),
              Map.entry("colon", " :"),
              Map.entry("cash", "en espèces"),
              Map.entry("mobile", "par mobile money"),
              Map.entry("bank", "par virement")),
          "sw",
          Map.ofEntries(
              Map.entry("title", "Taarifa ya mzalishaji"),
              Map.entry("settlement", "Malipo"),
              Map.entry("group", "Kikundi cha wazalishaji"),
              Map.entry("period", "Mauzo hadi"),
              Map.entry("settled", "Imehesabiwa"),
              Map.entry("by", "na"),
              Map.entry("date", "Tarehe"),
              Map.entry("receipt", "Risiti"),
              Map.entry("item", "Bidhaa"),
              Map.entry("qty", "Idadi"),
              Map.entry("price", "Bei"),
              Map.entry("amount", "Kiasi"),
              Map.entry("share", "Sehemu yako"),
              Map.entry("refund", "rejesho"),
              Map.entry("discount", "punguzo"),
              Map.entry("listprice", "bei ya orodha"),
              Map.entry("member", "Mwanachama"),
              Map.entry("no_member", "Kikundi (hakuna mwanachama)"),
              Map.entry("subtotal", "Jumla ndogo"),
              Map.entry("sales", "Sehemu ya mauzo"),
              Map.entry("refunds", "Sehemu ya marejesho"),
              Map.entry("net", "Halisi"),
              Map.entry("levy", "Ada ya ushirika"),
              Map.entry("payout", "Malipo"),
              Map.entry("paid", "Imelipwa"),
              Map.entry("not_paid", "Bado haijalipwa."),
              Map.entry("cancelled", "IMEFUTWA: mistari hii inasubiri malipo yajayo."),
              Map.entry("reference", "namba"),
              Map.entry("sign_store", "Imelipwa na (duka)"),
              Map.entry("sign_group", "Imepokelewa na (kikundi)"),
              Map.entry("signature", "Sahihi"),
              Map.entry("page", "Ukurasa"),
              Map.entry("of", "kati ya"),
              Map.entry("colon", ":"),
              Map.entry("cash", "taslimu"),
              Map.entry("mobile", "kwa pesa za simu"),
              Map.entry("bank", "kwa benki")));

  private final Map<String, String> words;

  StatementText(String language) {
    String lang = "uz".equals(language) ? "ru" : language;
    this.words = WORDS.getOrDefault(lang, WORDS.get("en"));
  }

  String get(String key) {
    return words.getOrDefault(key, WORDS.get("en").get(key));
  }

  /**
   * A word followed by its colon, as the language writes it: French puts a space before it ("Membre
   * : ").
   */
  String label(String key) {
    return get(key) + get("colon");
  }

  static java.util.Set<String> languages() {
    return WORDS.keySet();
  }

  static java.util.Set<String> keys() {
    return WORDS.get("en").keySet();
  }

  static Map<String, String> of(String language) {
    return WORDS.get(language);
  }
}
