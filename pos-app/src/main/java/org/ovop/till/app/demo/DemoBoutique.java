package org.ovop.till.app.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.stock.StockKeeping.IntakeItem;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * A believable OVOP boutique on the shore of Issyk-Kul: five producer groups, their members (women
 * and men), thirty certified products with Russian names, a first delivery of each, and three
 * users. It goes only into a new database, so it never mixes with a real shop's books.
 */
public final class DemoBoutique {
  /** A demo user and the PIN printed for the person trying the till. */
  public record DemoUser(String name, Role role, String pin) {}

  /** What was seeded. */
  public record Seeded(
      StoreProfile store,
      List<DemoUser> users,
      int groups,
      int members,
      int products,
      List<String> notes) {}

  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("Айгуль Токтогулова", Role.ADMIN, "9630"),
          new DemoUser("Нурлан Абдыкеримов", Role.MANAGER, "2580"),
          new DemoUser("Бакыт Садыкова", Role.CASHIER, "1470"));

  private record G(String code, String name, String region, String village, int levyBp) {}

  private record M(String group, String name, Gender gender, String phone) {}

  private record P(
      String sku,
      String name,
      String group,
      long price,
      String terms,
      int delivered,
      String member) {}

  /**
   * How many days the food of the demo keeps from its delivery: its lots get best-before days, the
   * juice one close enough to be listed as due by the aging report. Felt, soap and cream get none.
   */
  private static final java.util.Map<String, Integer> KEEPS_DAYS =
      java.util.Map.ofEntries(
          java.util.Map.entry("HONEY-01", 540),
          java.util.Map.entry("HONEY-02", 540),
          java.util.Map.entry("HONEY-04", 365),
          java.util.Map.entry("SBT-001", 365),
          java.util.Map.entry("SBT-002", 365),
          java.util.Map.entry("SBT-003", 270),
          java.util.Map.entry("SBT-006", 20),
          java.util.Map.entry("JAM-001", 270),
          java.util.Map.entry("JAM-002", 270),
          java.util.Map.entry("JAM-003", 270),
          java.util.Map.entry("DRY-001", 180),
          java.util.Map.entry("DRY-002", 180),
          java.util.Map.entry("DRY-003", 180));

  private static final List<G> GROUPS =
      List.of(
          new G("IK-01", "Алтын Кол", "Иссык-Кульская область", "Кызыл-Суу", 200),
          new G("IK-02", "Бал-Тоо", "Иссык-Кульская область", "Тюп", 0),
          new G("IK-03", "Облепиха Иссык-Куля", "Иссык-Кульская область", "Ананьево", 100),
          new G("IK-04", "Жемиш-Ата", "Иссык-Кульская область", "Барскоон", 0),
          new G("NR-01", "Кочкор Кийиз", "Нарынская область", "Кочкор", 150));

  private static final List<M> MEMBERS =
      List.of(
          new M("IK-01", "Гүлнара Өмүрбекова", Gender.F, "+996700112233"),
          new M("IK-01", "Жылдыз Асанова", Gender.F, "+996555410020"),
          new M("IK-01", "Марат Исаков", Gender.M, null),
          new M("IK-02", "Бекболот Жээнбеков", Gender.M, "+996772300400"),
          new M("IK-02", "Айнура Маматова", Gender.F, null),
          new M("IK-03", "Светлана Ким", Gender.F, "+996709876543"),
          new M("IK-03", "Чолпон Бакирова", Gender.F, null),
          new M("IK-04", "Эркин Турдубаев", Gender.M, null),
          new M("IK-04", "Назгүл Сыдыкова", Gender.F, "+996558123456"),
          new M("NR-01", "Айпери Токторова", Gender.F, null),
          new M("NR-01", "Самара Кадырова", Gender.X, null));

  private static final List<P> PRODUCTS =
      List.of(
          new P(
              "FELT-001",
              "Войлочная игрушка «Снежный барс»",
              "IK-01",
              1_200_00,
              "consignment:25",
              12,
              "Гүлнара Өмүрбекова"),
          new P(
              "FELT-002",
              "Войлочные тапочки, р. 38",
              "IK-01",
              1_500_00,
              "consignment:25",
              10,
              "Жылдыз Асанова"),
          new P(
              "FELT-003",
              "Шырдак малый 60×90",
              "IK-01",
              6_800_00,
              "consignment:20",
              3,
              "Гүлнара Өмүрбекова"),
          new P(
              "FELT-004",
              "Войлочная сумка с орнаментом",
              "IK-01",
              2_400_00,
              "consignment:25",
              6,
              "Марат Исаков"),
          new P("FELT-005", "Брелок «Юрта»", "IK-01", 250_00, "buyback:150", 40, null),
          new P(
              "FELT-006",
              "Шарф из крашеной шерсти",
              "IK-01",
              1_900_00,
              "consignment:25",
              8,
              "Жылдыз Асанова"),
          new P(
              "HONEY-01",
              "Мёд эспарцетовый 500 г",
              "IK-02",
              650_00,
              "buyback:450",
              30,
              "Бекболот Жээнбеков"),
          new P(
              "HONEY-02",
              "Мёд горный 250 г",
              "IK-02",
              380_00,
              "buyback:260",
              36,
              "Айнура Маматова"),
          new P(
              "HONEY-03",
              "Мёд белый киргизский 1 кг",
              "IK-02",
              1_150_00,
              "buyback:800",
              12,
              "Бекболот Жээнбеков"),
          new P("HONEY-04", "Мёд с облепихой 300 г", "IK-02", 520_00, "consignment:30", 18, null),
          new P(
              "HONEY-05",
              "Пчелиная перга 100 г",
              "IK-02",
              700_00,
              "consignment:30",
              10,
              "Айнура Маматова"),
          new P(
              "SBT-001",
              "Облепиховое масло 50 мл",
              "IK-03",
              450_00,
              "consignment:30",
              40,
              "Светлана Ким"),
          new P(
              "SBT-002",
              "Облепиховое масло 100 мл",
              "IK-03",
              800_00,
              "consignment:30",
              24,
              "Светлана Ким"),
          new P(
              "SBT-003",
              "Варенье облепиховое 330 г",
              "IK-03",
              350_00,
              "buyback:230",
              30,
              "Чолпон Бакирова"),
          new P("SBT-004", "Крем с облепихой 50 мл", "IK-03", 550_00, "consignment:30", 15, null),
          new P(
              "SBT-005",
              "Мыло облепиховое ручной работы",
              "IK-03",
              220_00,
              "consignment:30",
              50,
              "Чолпон Бакирова"),
          new P("SBT-006", "Сок облепиховый 0,5 л", "IK-03", 300_00, "buyback:190", 24, null),
          new P(
              "JAM-001",
              "Варенье абрикосовое 330 г",
              "IK-04",
              320_00,
              "buyback:210",
              30,
              "Назгүл Сыдыкова"),
          new P(
              "JAM-002",
              "Джем из чёрной смородины 330 г",
              "IK-04",
              340_00,
              "buyback:220",
              20,
              "Назгүл Сыдыкова"),
          new P(
              "JAM-003",
              "Варенье из лесной малины 250 г",
              "IK-04",
              390_00,
              "consignment:30",
              18,
              null),
          new P(
              "DRY-001",
              "Курага сушёная 250 г",
              "IK-04",
              280_00,
              "buyback:180",
              40,
              "Эркин Турдубаев"),
          new P(
              "DRY-002",
              "Яблоки сушёные иссык-кульские 200 г",
              "IK-04",
              180_00,
              "buyback:110",
              45,
              "Эркин Турдубаев"),
          new P("DRY-003", "Шиповник сушёный 150 г", "IK-04", 160_00, "consignment:30", 30, null),
          new P(
              "DRY-004",
              "Чай травяной «Жайлоо» 50 г",
              "IK-04",
              240_00,
              "consignment:30",
              30,
              "Назгүл Сыдыкова"),
          new P(
              "NR-001",
              "Ала-кийиз 100×150",
              "NR-01",
              9_500_00,
              "consignment:20",
              2,
              "Айпери Токторова"),
          new P(
              "NR-002",
              "Войлочная шапка «Калпак»",
              "NR-01",
              1_800_00,
              "consignment:25",
              8,
              "Самара Кадырова"),
          new P(
              "NR-003",
              "Войлочные подставки, 6 шт.",
              "NR-01",
              650_00,
              "consignment:25",
              15,
              "Айпери Токторова"),
          new P(
              "NR-004",
              "Войлочный чехол для телефона",
              "NR-01",
              550_00,
              "consignment:25",
              20,
              null),
          new P(
              "NR-005",
              "Кукла в национальном костюме",
              "NR-01",
              1_400_00,
              "consignment:25",
              10,
              "Самара Кадырова"),
          new P(
              "NR-006",
              "Тушкийиз настенный малый",
              "NR-01",
              4_200_00,
              "consignment:20",
              2,
              "Айпери Токторова"));

  private DemoBoutique() {}

  /** Seeds a new database; refuses one that already has a store with a catalogue. */
  public static Outcome<Seeded> seed(TillServices s) {
    if (s.setup().profile().isPresent()
        && !s.database().read(b -> b.catalog().products()).isEmpty()) {
      return Outcome.refused(
          Refusal.of(
              Refusal.Reason.BAD_CSV_ROW,
              "This database already has a shop in it; the demo boutique goes only into a new database (use --db with a new file)."));
    }
    StoreProfile profile =
        new StoreProfile(
            "OVOP+1 Каракол",
            Currency.getInstance("KGS"),
            new CashRounding(100),
            "ru",
            ZoneId.of("Asia/Bishkek"),
            500_00,
            new Percent(1000));
    return s.setup().configure(profile).then(store -> seedCatalogue(s, store));
  }

  private static Outcome<Seeded> seedCatalogue(TillServices s, StoreProfile store) {
    User admin = null;
    for (DemoUser u : USERS) {
      Outcome<User> added = s.staff().add(admin, u.name(), u.role(), u.pin());
      if (!added.isDone()) {
        return Outcome.refused(added.refusal());
      }
      if (admin == null) {
        admin = added.value();
      }
    }
    for (G g : GROUPS) {
      var r =
          s.catalog()
              .addGroup(
                  admin, g.code(), g.name(), g.region(), g.village(), new Percent(g.levyBp()));
      if (!r.isDone()) {
        return Outcome.refused(r.refusal());
      }
    }
    for (M m : MEMBERS) {
      var r = s.catalog().addMember(admin, m.group(), m.name(), m.gender(), m.phone());
      if (!r.isDone()) {
        return Outcome.refused(r.refusal());
      }
    }
    LocalDate today = s.clock().instant().atZone(store.zone()).toLocalDate();
    for (P p : PRODUCTS) {
      Terms terms = Terms.parse(p.terms(), store.currency()).orElseThrow();
      var r =
          s.catalog()
              .addProduct(
                  admin,
                  new NewProduct(
                      p.sku(),
                      p.name(),
                      p.group(),
                      p.price(),
                      terms,
                      null,
                      "KG-OVOP-" + p.sku(),
                      today.plusYears(1).withDayOfMonth(1),
                      new Percent(1200)));
      if (!r.isDone()) {
        return Outcome.refused(r.refusal());
      }
    }
    List<String> notes = new ArrayList<>();
    for (G g : GROUPS) {
      List<IntakeItem> items =
          PRODUCTS.stream()
              .filter(p -> p.group().equals(g.code()))
              .map(
                  p ->
                      new IntakeItem(
                          p.sku(),
                          p.delivered(),
                          p.member(),
                          KEEPS_DAYS.containsKey(p.sku())
                              ? today.plusDays(KEEPS_DAYS.get(p.sku()))
                              : null))
              .toList();
      var note = s.stock().receive(admin, g.code(), items, null);
      if (!note.isDone()) {
        return Outcome.refused(note.refusal());
      }
      notes.add(note.value().number());
    }
    return Outcome.done(
        new Seeded(store, USERS, GROUPS.size(), MEMBERS.size(), PRODUCTS.size(), notes));
  }
}
