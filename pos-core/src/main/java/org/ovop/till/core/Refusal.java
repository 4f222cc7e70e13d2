package org.ovop.till.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why something was not done, as one sentence a cashier or manager can act on. The reason is a
 * stable key (screens translate it through resource bundles); the English template is the default.
 */
public record Refusal(Reason reason, List<String> args) {

  public static Refusal of(Reason reason, Object... args) {
    return new Refusal(reason, Arrays.stream(args).map(String::valueOf).toList());
  }

  public String message() {
    return String.format(Locale.ROOT, reason.template, args.toArray());
  }

  @Override
  public String toString() {
    return message();
  }

  /** Every refusal the shop's rules can give. */
  public enum Reason {
    STORE_NOT_SET_UP("This database has no store yet: run `till init` or `till demo` first."),
    CURRENCY_LOCKED("The store already has sales in %s; its currency cannot change to %s."),
    UNKNOWN_CURRENCY("%s is not an ISO 4217 currency code."),
    BAD_AMOUNT("'%s' is not an amount in %s (at most %s decimals)."),
    BAD_PERCENT("'%s' is not a percentage between 0 and 100."),
    BAD_QUANTITY("The quantity must be a whole number above zero, not '%s'."),
    BAD_PRICE("A price must be more than zero, not %s."),
    BAD_DATE("'%s' is not a date of the form YYYY-MM-DD."),
    BAD_TERMS("'%s' is not producer terms: write consignment:PCT or buyback:AMOUNT."),
    BAD_BARCODE(
        "'%s' is not a usable barcode: use 8 to 14 digits with a correct check digit, or letters and digits for Code 128."),
    BAD_GENDER("Gender must be F, M or X, not '%s'."),
    BAD_TIME_ZONE("'%s' is not a time zone such as Asia/Bishkek."),
    BAD_MOBILE_MONEY(
        "A mobile money service is named in at most %s characters on one line (M-Pesa, Wave),"
            + " not '%s'."),
    BAD_LANGUAGE("The language must be one of en, ru, fr, sw, ky, uz, not '%s'."),
    BAD_CODE("'%s' is not a usable code: use letters, digits, '-' or '_' (1 to 32)."),
    MISSING("%s is required."),
    UNKNOWN_PRODUCT("No product has the barcode or SKU %s."),
    UNKNOWN_GROUP("There is no producer group with code %s."),
    UNKNOWN_MEMBER("Group %s has no member named %s."),
    UNKNOWN_RECEIPT("There is no receipt numbered %s."),
    DUPLICATE_GROUP("A producer group with code %s already exists."),
    DUPLICATE_MEMBER("Group %s already has a member named %s."),
    DUPLICATE_SKU("A product with SKU %s already exists."),
    DUPLICATE_BARCODE("Barcode %s already belongs to product %s."),
    DUPLICATE_USER("A user named %s already exists."),
    NOT_CERTIFIED("%s has no brand certificate; a manager must approve it, with a reason."),
    CERTIFICATE_EXPIRED(
        "The brand certificate of %s expired on %s; a manager must approve it, with a reason."),
    NOT_IN_GROUP("Product %s belongs to group %s, not %s."),
    EMPTY_SALE("A sale needs at least one item."),
    NO_TENDER("Say how the customer pays: cash, card or mobile."),
    TOO_LITTLE_PAID("%s is due but only %s was paid."),
    NON_CASH_OVERPAID(
        "Card and mobile payments cannot exceed what is due (%s); only cash gives change."),
    MOBILE_NEEDS_REFERENCE("A mobile money payment needs its transaction reference."),
    UNKNOWN_MOBILE_SERVICE("'%s' is not a mobile money service this store takes: %s."),
    NO_MOBILE_SERVICES(
        "This store names no mobile money service, so '%s' cannot be one: write mobile alone."),
    MOBILE_SERVICE_NEEDED("Say which service the customer paid with: %s."),
    BAD_TENDER("'%s' is not a payment: write cash:AMOUNT, card:AMOUNT or mobile:AMOUNT:REF."),
    BAD_TENDER_OR_WALLET(
        "'%s' is not a payment: write cash:AMOUNT, card:AMOUNT or mobile:AMOUNT:REF, or in place"
            + " of mobile a wallet this store takes (%s)."),
    BAD_REFUND_TENDER(
        "'%s' is not a way to give money back: write cash, card, mobile:REF or as-paid."),
    BAD_REFUND_TENDER_OR_WALLET(
        "'%s' is not a way to give money back: write cash, card, mobile:REF or as-paid, or in"
            + " place of mobile a wallet this store takes (%s)."),
    DISCOUNT_NEEDS_MANAGER(
        "A discount of %s%% is above the cashier limit of %s%%; a manager must approve it."),
    PRICE_NEEDS_MANAGER(
        "Selling %s at %s instead of its price of %s needs a manager's approval, with a reason."),
    NOT_A_SALE("%s is a refund, not a sale; refund against the original receipt."),
    NOT_ON_RECEIPT("Receipt %s has no item %s."),
    REFUND_TOO_MANY("Only %s of %s on receipt %s can still be refunded."),
    NOTHING_TO_RETURN("Only %s of %s are on hand to return to the producer."),
    NOT_ON_HAND("Only %s of %s are on hand to write off."),
    DAMAGE_NEEDS_REASON("Say what happened to the goods written off: the reason is kept."),
    NO_OPEN_SHIFT("No shift is open on till %s: open one first."),
    SHIFT_ALREADY_OPEN("A shift is already open on till %s, opened by %s."),
    NO_CASH_AMOUNT("Cash put in or taken out must be more than nothing, not %s."),
    DRAWER_HOLDS_LESS("The drawer should hold only %s, so %s cannot be taken out of it."),
    NOT_YOUR_SHIFT("The shift on till %s belongs to %s; only they or a manager can close it."),
    BAD_PIN("A PIN is 4 to 8 digits."),
    WRONG_PIN("That PIN is not right."),
    PIN_TAKEN("That PIN is already used by someone else; choose another."),
    LOCKED_OUT("Too many wrong PINs: PIN entry on till %s is locked until %s."),
    NEEDS_ROLE("This needs a %s; %s is a %s."),
    MANAGER_PIN_NEEDED("This needs a manager's PIN and a reason."),
    REASON_NEEDED("Say why: a manager override needs a reason."),
    FIRST_USER_ONLY("Only the first user of a new store can be added without a PIN."),
    NUMBER_TOO_LARGE("%s is too large."),
    IMPORT_REJECTED("Nothing was imported: %s row(s) are wrong.%n%s"),
    BAD_CSV_HEADER("The first line must be the header %s, not '%s'."),
    BAD_CSV_ROW("%s"),
    UNKNOWN_SETTLEMENT("There is no settlement %s."),
    ALREADY_PAID("Settlement %s was already paid on %s by %s (%s); a payout is recorded once."),
    PAID_IS_FINAL("Settlement %s is paid; a paid settlement is final."),
    SETTLEMENT_CANCELLED("Settlement %s was cancelled; settle the group again."),
    PAYOUT_NEEDS_REFERENCE("A %s payout needs its reference (--ref)."),
    BAD_PAYOUT_METHOD("'%s' is not a payout method: write cash, mobile or bank."),
    BAD_PAYOUT_METHOD_OR_WALLET(
        "'%s' is not a payout method: write cash, mobile or bank, or a wallet this store takes"
            + " (%s)."),
    BAD_PERIOD("The period ends (%s) before it starts (%s)."),
    DUPLICATE_ITEM("%s is listed twice; give one line per product."),
    BAD_BY("Give the PIN of the person doing this with --by or TILL_PIN.");

    private final String template;

    Reason(String template) {
      this.template = template;
    }

    public String template() {
      return template;
    }
  }
}
