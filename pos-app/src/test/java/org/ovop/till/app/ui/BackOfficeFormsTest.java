package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.cli.CliHarness;
import org.ovop.till.app.ui.ProductsModel.Row;
import org.ovop.till.app.ui.ProductsModel.TermsKind;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.queue.PrintQueue;
import org.ovop.till.printing.transport.PrinterTransport;

/**
 * The back office's groups, products and users forms, without the toolkit: what a manager types is
 * checked first, then the same services as the command line decide, and every answer is a sentence.
 */
class BackOfficeFormsTest {
  @TempDir Path dir;
  TillServices services;
  StoreProfile store;
  User manager;
  Texts english = new Texts(Locale.ENGLISH);
  Texts russian = new Texts(Locale.forLanguageTag("ru"));
  ByteArrayOutputStream paper = new ByteArrayOutputStream();
  PrintQueue queue;

  @BeforeEach
  void theDemoBoutique() {
    Path db = dir.resolve("till.db");
    assertThat(new CliHarness(db).exit("demo")).isZero();
    services = TillServices.open(db.toString(), "T1", Clock.systemUTC(), false);
    store = services.store().value();
    manager = services.staff().signIn("2580").value();
    queue =
        new PrintQueue(
            () ->
                new PrinterTransport() {
                  @Override
                  public void write(byte[] bytes) {
                    synchronized (paper) {
                      paper.writeBytes(bytes);
                    }
                  }

                  @Override
                  public String describe() {
                    return "test paper";
                  }
                },
            Clock.systemUTC());
  }

  @AfterEach
  void close() {
    queue.close();
    services.close();
  }

  GroupsModel groups(Texts texts, User by) {
    return new GroupsModel(services, texts, () -> by);
  }

  ProductsModel products(Texts texts) {
    return new ProductsModel(
        services, texts, store, () -> manager, queue, PrinterProfile.standard());
  }

  UsersModel users(Texts texts, User by) {
    return new UsersModel(services, texts, store, () -> by);
  }

  @Test
  void aGroupWithoutANameIsOneSentenceAndNothingIsAdded() {
    var reply = groups(english, manager).addGroup("IK-09", "  ", null, null, null);
    assertThat(reply.isDone()).isFalse();
    assertThat(reply.problem()).isEqualTo("Type the group's name.");
    assertThat(groups(english, manager).groups())
        .extracting(ProducerGroup::code)
        .doesNotContain("IK-09");
  }

  @Test
  void anApostropheReadsOnceInTextsWithOrWithoutArguments() {
    Texts french = new Texts(Locale.forLanguageTag("fr"));
    assertThat(french.get("products.error.choose"))
        .isEqualTo("Choisissez d'abord un produit dans le tableau.");
    assertThat(french.get("counter.printer")).isEqualTo("Imprimante (à l'écran)");
    assertThat(french.get("users.locked.until", "10:45")).isEqualTo("oui, jusqu'à 10:45");
  }

  @Test
  void aLevyThatIsNotAPercentageIsCaughtBeforeTheService() {
    assertThat(groups(english, manager).addGroup("IK-09", "Ак-Терек", null, null, "2,5").problem())
        .isEqualTo("2,5 is not a percentage.");
    // In Russian a comma is the decimal sign, as the screens write percentages.
    var russian = new Texts(Locale.forLanguageTag("ru"));
    assertThat(groups(russian, manager).addGroup("IK-09", "Ак-Терек", null, null, "2,5").isDone())
        .isTrue();
  }

  @Test
  void aGroupCodeTakenAlreadyIsTheServicesRefusalInTheScreensLanguage() {
    assertThat(groups(english, manager).addGroup("IK-01", "Again", null, null, null).problem())
        .isEqualTo("A producer group with code IK-01 already exists.");
    assertThat(
            groups(new Texts(Locale.forLanguageTag("fr")), manager)
                .addGroup("IK-01", "Encore", null, null, null)
                .problem())
        .isEqualTo("Un groupement de producteurs de code IK-01 existe déjà.");
  }

  @Test
  void aCashierCannotKeepTheCatalogueBecauseTheServiceSaysSo() {
    User cashier = services.staff().signIn("1470").value();
    assertThat(groups(english, cashier).addGroup("IK-09", "Ак-Терек", null, null, null).problem())
        .isEqualTo("This needs a manager; Бакыт Садыкова is a cashier.");
  }

  @Test
  void aNewGroupGetsMembersWithTheirGender() {
    GroupsModel model = groups(english, manager);
    ProducerGroup g = model.addGroup("IK-09", "Ак-Терек", "Иссык-Куль", "Ак-Терек", "1.5").value();
    assertThat(model.levy(g)).isEqualTo("1.5 %");
    assertThat(groups(new Texts(java.util.Locale.forLanguageTag("ru")), manager).levy(g))
        .as("in the screen's digits")
        .isEqualTo("1,5 %");
    assertThat(model.addMember(g, "Айпери Осмонова", null, null).problem())
        .isEqualTo("Choose the member's gender: F, M or X.");
    assertThat(model.addMember(null, "Айпери Осмонова", Gender.F, null).problem())
        .isEqualTo("Choose a producer group first.");
    assertThat(model.addMember(g, "Айпери Осмонова", Gender.F, "+996700000001").isDone()).isTrue();
    assertThat(model.addMember(g, "Айпери Осмонова", Gender.F, null).problem())
        .isEqualTo("Group IK-09 already has a member named Айпери Осмонова.");
    assertThat(model.members(g))
        .extracting(m -> m.name() + " " + model.gender(m.gender()) + " " + m.phone())
        .containsExactly("Айпери Осмонова woman (F) +996700000001");
  }

  @Test
  void aPriceWithMoreDecimalsThanTheCurrencyIsRefusedAsTyped() {
    var reply =
        products(english)
            .add("JAM-09", "Джем", "IK-04", "12.345", TermsKind.CONSIGNMENT, "25", null, null);
    assertThat(reply.problem()).isEqualTo("'12.345' is not an amount.");
  }

  @Test
  void aProductNeedsANameAndTermsThatAreTerms() {
    ProductsModel model = products(english);
    assertThat(
            model
                .add("JAM-09", " ", "IK-04", "120", TermsKind.CONSIGNMENT, "25", null, null)
                .problem())
        .isEqualTo("Type the product's name.");
    assertThat(
            model
                .add("JAM-09", "Джем", "IK-04", "120", TermsKind.CONSIGNMENT, "125", null, null)
                .problem())
        .isEqualTo("125 is not a percentage.");
    assertThat(
            model
                .add("JAM-09", "Джем", "IK-04", "120", TermsKind.BUYBACK, "-5", null, null)
                .problem())
        .isEqualTo("'-5' is not an amount.");
  }

  @Test
  void aSkuTakenAlreadyIsRefusedByTheService() {
    var reply =
        products(english)
            .add("SBT-001", "Again", "IK-03", "100", TermsKind.CONSIGNMENT, "25", null, null);
    assertThat(reply.problem()).isEqualTo("A product with SKU SBT-001 already exists.");
  }

  @Test
  void aProductWithoutABarcodeGetsAnInStoreEan13AndShowsItsTermsAndPrice() {
    ProductsModel model = products(english);
    var added =
        model.add(
            "JAM-09", "Джем из облепихи", "IK-03", "1350", TermsKind.BUYBACK, "200", "", null);
    assertThat(added.problem()).isNull();
    assertThat(added.value().barcode()).matches("2\\d{12}");
    Row row = ProductsModel.search(model.rows(), "jam-09").get(0);
    assertThat(row.group()).isEqualTo("IK-03");
    // The store is Russian, the screen English: amounts are written as the screen reads them
    // when typed (as at the counter), not "1 350,00" beside a field that would refuse it.
    assertThat(model.price(row.product())).isEqualTo("1,350.00");
    assertThat(model.priceHeader()).isEqualTo("Price, KGS");
    assertThat(model.terms(row.terms())).isEqualTo("buy-back 200.00");
    assertThat(products(russian).price(row.product()).replace('\u00a0', ' ')).isEqualTo("1 350,00");
    assertThat(model.certificate(row.product())).isEqualTo("—");
    assertThat(model.terms(ProductsModel.search(model.rows(), "FELT-003").get(0).terms()))
        .isEqualTo("consignment 20 %");
  }

  @Test
  void aCertificatePastItsDayIsShownAsExpired() {
    ProductsModel model = products(english);
    LocalDate yesterday = model.today().minusDays(1);
    model.add("JAM-10", "Старый джем", "IK-04", "90", TermsKind.CONSIGNMENT, "25", null, yesterday);
    model.add(
        "JAM-11", "Новый джем", "IK-04", "90", TermsKind.CONSIGNMENT, "25", null, model.today());
    Row old = ProductsModel.search(model.rows(), "JAM-10").get(0);
    Row fresh = ProductsModel.search(model.rows(), "JAM-11").get(0);
    assertThat(model.isExpired(old.product())).isTrue();
    // Days as the English screen writes and reads them (M/d/yy).
    var en = java.time.format.DateTimeFormatter.ofPattern("M/d/yy");
    assertThat(model.certificate(old.product())).isEqualTo(yesterday.format(en) + " — expired");
    assertThat(model.isExpired(fresh.product())).isFalse();
    assertThat(model.certificate(fresh.product())).isEqualTo(model.today().format(en));
  }

  @Test
  void searchFindsBySkuNameBarcodeOrGroupInAnyCase() {
    ProductsModel model = products(english);
    var rows = model.rows();
    assertThat(ProductsModel.search(rows, "sbt-001"))
        .extracting(r -> r.product().sku())
        .containsExactly("SBT-001");
    String barcode = ProductsModel.search(rows, "SBT-001").get(0).product().barcode();
    assertThat(ProductsModel.search(rows, barcode)).hasSize(1);
    assertThat(ProductsModel.search(rows, "ik-02"))
        .isNotEmpty()
        .allMatch(r -> r.group().equals("IK-02"));
    assertThat(ProductsModel.search(rows, "")).hasSameSizeAs(rows);
  }

  @Test
  void newTermsApplyFromNowAndShowInTheTable() {
    ProductsModel model = products(english);
    Row felt = ProductsModel.search(model.rows(), "FELT-003").get(0);
    assertThat(model.changeTerms(felt, TermsKind.CONSIGNMENT, "30.5").isDone()).isTrue();
    assertThat(model.terms(ProductsModel.search(model.rows(), "FELT-003").get(0).terms()))
        .isEqualTo("consignment 30.5 %");
    assertThat(
            products(new Texts(Locale.forLanguageTag("fr")))
                .terms(ProductsModel.search(model.rows(), "FELT-003").get(0).terms()))
        .as("in the screen's digits")
        .contains("30,5 %");
    assertThat(model.changeTerms(null, TermsKind.CONSIGNMENT, "30").problem())
        .isEqualTo("Choose a product in the table first.");
  }

  @Test
  void labelsGoToAnA4SheetAndThroughThePrintQueue() throws Exception {
    ProductsModel model = products(english);
    Row oil = ProductsModel.search(model.rows(), "SBT-001").get(0);
    assertThat(model.printLabels(oil, "0", true, false, dir.resolve("labels")).problem())
        .isEqualTo("'0' is not a number of copies: type 1 to 1,000.");
    assertThat(model.printLabels(oil, "2", false, false, dir.resolve("labels")).problem())
        .isEqualTo("Choose the A4 sheet, the label printer, or both.");
    var printed = model.printLabels(oil, "3", true, true, dir.resolve("labels")).value();
    assertThat(printed.labels()).isEqualTo(3);
    assertThat(printed.pdf()).exists().hasParent(dir.resolve("labels"));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(printed.pdf()))) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text.split("Облепиховое масло 50 мл", -1)).hasSize(4);
    }
    assertThat(printed.job()).isEqualTo("LABELS-SBT-001");
    org.testfx.util.WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> queue.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.PRINTED));
    // Three labels, each cut on its own: three paper cuts (GS V) on the paper.
    String bytes;
    synchronized (paper) {
      bytes = paper.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    assertThat(bytes.split("\u001dV", -1)).hasSize(4);
  }

  @Test
  void aBadPinOrTwoDifferentPinsAreCaughtBeforeTheService() {
    UsersModel model = users(english, manager);
    assertThat(model.add("Чолпон", Role.CASHIER, "12a4", "12a4").problem())
        .isEqualTo("A PIN is 4 to 8 digits.");
    assertThat(model.add("Чолпон", Role.CASHIER, "123", "123").problem())
        .isEqualTo("A PIN is 4 to 8 digits.");
    assertThat(model.add("Чолпон", Role.CASHIER, "4821", "4812").problem())
        .isEqualTo("The two PINs are not the same; type them again.");
    assertThat(model.add(" ", Role.CASHIER, "4821", "4821").problem())
        .isEqualTo("Type the person's name.");
    assertThat(model.roster().users()).extracting(User::name).doesNotContain("Чолпон");
  }

  @Test
  void aManagerCannotMakeAnAdminButCanMakeACashierWhoThenSignsIn() {
    UsersModel model = users(new Texts(Locale.forLanguageTag("ru")), manager);
    assertThat(model.add("Чолпон", Role.ADMIN, "4821", "4821").problem())
        .isEqualTo("Нужен администратор; Нурлан Абдыкеримов — менеджер.");
    assertThat(model.add("Чолпон", Role.CASHIER, "1470", "1470").problem())
        .isEqualTo("Этот PIN-код уже занят другим сотрудником; выберите другой.");
    User added = model.add("Чолпон", Role.CASHIER, "4821", "4821").value();
    assertThat(model.role(added)).isEqualTo("кассир");
    assertThat(services.staff().signIn("4821").value().name()).isEqualTo("Чолпон");
  }

  @Test
  void wrongPinsLockPinEntryOnThisTillForEveryone() {
    UsersModel model = users(english, manager);
    assertThat(model.locked(model.roster())).isEqualTo("no");
    for (int i = 0; i < 5; i++) {
      services.staff().signIn("0000");
    }
    var roster = model.roster();
    assertThat(roster.lockedUntil()).isPresent();
    assertThat(model.locked(roster)).matches("yes, until \\d\\d:\\d\\d");
  }
}
