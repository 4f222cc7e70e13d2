package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.cli.CliHarness;
import org.ovop.till.core.catalog.Gender;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo manager keeps the catalogue and the staff from the back office, headless: a new group
 * with a member, a product that shows in the table and gets its labels, and a cashier who can then
 * sign in. The tabs in Russian and French have no untranslated words.
 */
class BackOfficeCatalogueScreenTest extends TillScreenTest {
  @TempDir Path dir;
  Path db;
  TillServices services;

  @BeforeEach
  void theDemoBoutique() throws Exception {
    db = dir.resolve("till.db");
    assertThat(new CliHarness(db).exit("demo")).isZero();
    services = openTill(db);
  }

  @Test
  void aManagerAddsAGroupAMemberAProductItsLabelsAndACashierWhoThenSignsIn() throws Exception {
    signIn("2580");
    openOffice();

    tab("tab-groups");
    write("#group-code", "IK-09");
    write("#group-name", "Ак-Терек");
    write("#group-village", "Ак-Терек");
    write("#group-levy", "1.5");
    click("#group-add");
    waitFor(() -> text("#groups-message").contains("IK-09"));
    var groups = (TableView<?>) node("#groups-table");
    waitFor(() -> groups.getSelectionModel().getSelectedItem() != null);
    assertThat(groups.getSelectionModel().getSelectedItem().toString()).contains("code=IK-09");
    write("#member-name", "Айпери Осмонова");
    @SuppressWarnings("unchecked")
    var gender = (ComboBox<Gender>) node("#member-gender");
    robot.interact(() -> gender.setValue(Gender.F));
    write("#member-phone", "+996700000001");
    click("#member-add");
    var members = (TableView<?>) node("#members-table");
    waitFor(() -> members.getItems().size() == 1);
    assertThat(members.getItems().get(0).toString()).contains("Айпери Осмонова").contains("F");

    tab("tab-products");
    @SuppressWarnings("unchecked")
    var group = (ComboBox<String>) node("#product-group");
    waitFor(() -> group.getItems().contains("IK-09"));
    robot.interact(() -> group.setValue("IK-09"));
    write("#product-sku", "FELT-009");
    write("#product-name", "Войлочная юрта");
    write("#product-price", "12.345");
    write("#product-terms-value", "25");
    click("#product-add");
    waitFor(() -> !text("#products-message").isEmpty());
    assertThat(text("#products-message")).isEqualTo("«12.345» — это не сумма.");
    robot.interact(
        () -> ((TextInputControl) robot.lookup("#product-price").query()).setText("1200"));
    // A certificate day that does not exist is one sentence, with the day's field to correct; it
    // is not moved to the end of February, and the product is not added without its certificate.
    var certified = ((javafx.scene.control.DatePicker) node("#product-certified")).getEditor();
    robot.clickOn(certified).write("31.02.2030");
    click("#product-add");
    waitFor(() -> !text("#products-message").startsWith("«12.345»"));
    assertThat(text("#products-message")).isEqualTo("«31.02.2030» — не дата.");
    assertThat(certified.isFocused()).isTrue();
    assertThat(certified.getSelectedText()).isEqualTo("31.02.2030");
    // Typed as many people type a day, and taken as typed when the key is clicked.
    robot.write("1.3.2030");
    click("#product-add");
    waitFor(
        () -> text("#products-message").contains("FELT-009"),
        () -> text("#products-message") + " / price " + text("#product-price"));
    assertThat(text("#products-message")).startsWith("Добавлен FELT-009 Войлочная юрта");
    var products = (TableView<?>) node("#products-table");
    waitFor(
        () ->
            products.getSelectionModel().getSelectedItem() != null
                && products.getSelectionModel().getSelectedItem().toString().contains("FELT-009"));
    var added = (ProductsModel.Row) products.getSelectionModel().getSelectedItem();
    assertThat(added.product().certificate().validUntil())
        .isEqualTo(java.time.LocalDate.of(2030, 3, 1));
    write("#products-search", "felt-009");
    waitFor(
        () -> products.getItems().size() == 1,
        () -> text("#products-search") + " → " + products.getItems().size() + " rows");
    // The table writes the day as it was typed, the screen's way, and the price as the counter.
    waitFor(() -> shown(products).contains("01.03.2030"), () -> shown(products).toString());
    assertThat(shown(products)).anyMatch(t -> t.replace('\u00a0', ' ').equals("1 200,00"));
    robot.interact(() -> products.getSelectionModel().select(0));
    robot.interact(() -> ((TextInputControl) robot.lookup("#label-copies").query()).setText("3"));
    click("#print-labels");
    waitFor(() -> text("#products-message").contains(".pdf"));
    Path labels;
    try (var files = Files.list(dir.resolve("labels"))) {
      labels =
          files.filter(f -> f.getFileName().toString().startsWith("FELT-009")).findFirst().get();
    }
    assertThat(text("#products-message")).contains(labels.toString());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(labels.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text.split("Войлочная юрта", -1)).hasSize(4); // three labels
    }

    tab("tab-users");
    write("#user-name", "Чолпон Бекова");
    write("#user-pin", "4821");
    write("#user-pin-again", "4821");
    click("#user-add");
    waitFor(() -> text("#users-message").contains("Чолпон Бекова"));
    var users = (TableView<?>) node("#users-table");
    waitFor(() -> users.getItems().toString().contains("Чолпон Бекова"));

    click("#back");
    click("#signout-button");
    signIn("4821");
    waitFor(() -> text("#cashier").contains("Чолпон Бекова"));
  }

  @Test
  void theTabsInRussianAndFrenchHaveNoUntranslatedWords() throws Exception {
    CliHarness cli = new CliHarness(db);
    assertThat(
            cli.exit(
                "product",
                "add",
                "--sku",
                "JAM-OLD",
                "--name",
                "Джем прошлогодний",
                "--group",
                "IK-04",
                "--price",
                "150",
                "--terms",
                "consignment:25",
                "--certified-until",
                "2025-01-31",
                "--by",
                "2580"))
        .as(cli.lastErr())
        .isZero();
    signIn("2580");
    for (String lang : List.of("ru", "fr")) {
      click("#language-" + lang);
      waitFor(() -> robot.lookup("#cashier").tryQuery().isPresent());
      openOffice();
      for (String tab : List.of("tab-groups", "tab-products", "tab-users")) {
        tab(tab);
        WaitForAsyncUtils.waitForFxEvents();
        if (tab.equals("tab-groups")) {
          var groups = (TableView<?>) node("#groups-table");
          waitFor(() -> !groups.getItems().isEmpty());
          robot.interact(() -> groups.getSelectionModel().select(0));
        }
        if (tab.equals("tab-products")) {
          // One group's shelf, with the product whose certificate has run out.
          robot.interact(
              () -> ((TextInputControl) robot.lookup("#products-search").query()).setText("IK-04"));
          var products = (TableView<?>) node("#products-table");
          waitFor(() -> products.getItems().toString().contains("JAM-OLD"));
          // Its certificate cell is drawn in the warning style.
          waitFor(() -> !robot.lookup(".expired").queryAll().isEmpty());
          assertThat(robot.lookup(".expired").queryAll())
              .allMatch(
                  n ->
                      ((Labeled) n)
                          .getText()
                          .startsWith(lang.equals("ru") ? "31.01.2025" : "31/01/2025"));
        }
        Parent root = robot.lookup("#office-tabs").query().getScene().getRoot();
        assertThat(untranslated(root)).as(lang + " " + tab).isEmpty();
        picture(lang + "-" + tab);
      }
      click("#back");
    }
  }

  /**
   * A PNG of the window, for a person to look at: kept in {@code -Dscreens.dir} when given, else in
   * the test's folder.
   */
  private void picture(String name) throws Exception {
    Path folder = Path.of(System.getProperty("screens.dir", dir.toString()));
    Files.createDirectories(folder);
    // Let the background loads fill the tables first.
    Thread.sleep(600);
    WaitForAsyncUtils.waitForFxEvents();
    var image =
        WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#office-tabs").query().getScene().snapshot(null))
            .get(10, TimeUnit.SECONDS);
    javax.imageio.ImageIO.write(
        javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
        "png",
        folder.resolve(name + ".png").toFile());
  }

  private void openOffice() {
    click("#office-button");
    waitFor(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
  }

  private void tab(String id) {
    var tabs = (TabPane) node("#office-tabs");
    var tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    robot.interact(() -> tabs.getSelectionModel().select(tab));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void write(String id, String text) {
    robot.clickOn(node(id)).write(text);
  }
}
