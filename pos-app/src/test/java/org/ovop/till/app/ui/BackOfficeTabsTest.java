package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.cli.CliHarness;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The back office's returns, reports, settings and settlement papers, driven headless by the demo
 * manager (PIN 2580) in the real window. With {@code -Doffice.shots=FOLDER} it also photographs the
 * tabs in Russian and French.
 */
class BackOfficeTabsTest extends TillScreenTest {
  @TempDir Path dir;
  Path db;
  CliHarness cli;
  TillServices services;

  @BeforeEach
  void demoShopWithAnOpenShift() throws Exception {
    db = dir.resolve("till.db");
    cli = new CliHarness(db);
    assertThat(cli.exit("demo")).isZero();
    assertThat(cli.exit("shift", "open", "--by", "1470", "--float", "2000")).isZero();
    services = openTill(db);
  }

  @Test
  void everyTableOfEveryTabSpeaksTheShopsLanguageAndShowsItsWholeHeadersInEveryLanguage() {
    signIn("2580");
    List<String> problems = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      speak(language);
      onEveryOfficeTab(
          tab -> {
            if (tab == tab.getTabPane().getTabs().get(0)) {
              problems.addAll(titlesOutOfSight(language, tab.getTabPane()));
            }
            problems.addAll(tablesOf(language + " " + tab.getText(), tab.getContent()));
            problems.addAll(wordsOffTheirLine(language + " " + tab.getText(), tab.getContent()));
            problems.addAll(wordsCut(language + " " + tab.getText(), tab.getContent()));
          });
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A shop taking two wallets offers each as a way to pay a group, which widens the list box; the
   * payout row must still show its words whole at 1024 px in every language.
   */
  @Test
  void thePayoutRowOfAStoreTakingTwoWalletsShowsItsWordsWholeInEveryLanguage() throws Exception {
    services = demoTaking(db, "Orange Money / Wave");
    signIn("2580");
    List<String> problems = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      speak(language);
      onEveryOfficeTab(
          tab -> {
            if ("tab-settlements".equals(tab.getId())) {
              problems.addAll(wordsCut(language + " " + tab.getText(), tab.getContent()));
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theOfficeBuildsOnlyTheTabItOpensOnAndEachOtherWhenFirstChosen() {
    openOffice("tab-stock");
    var tabs = (TabPane) node("#office-tabs");
    // The titles are all there to choose from; only the stock tab has been built.
    assertThat(onFx(() -> tabs.getTabs().stream().map(t -> t.getContent() != null).toList()))
        .containsExactly(true, false, false, false, false, false, false, false, false, false);
    assertThat(onFx(() -> tabs.getTabs().stream().map(javafx.scene.control.Tab::getText).toList()))
        .containsExactly(
            "Остатки",
            "Расчёты",
            "Отчёты",
            "Поставки",
            "Принтер",
            "Группы",
            "Товары",
            "Пользователи",
            "Возвраты",
            "Настройки");
    select(tabs, "tab-settlements");
    assertThat(robot.lookup("#settle-until").tryQuery()).isPresent();
  }

  @Test
  void theCashRoundingIsExplainedInTheStoresOwnMoney() {
    openOffice("tab-settings");
    waitFor(
        () ->
            robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(
                    l -> l.getText() != null && l.getText().startsWith("в младших единицах")));
    var hint =
        robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
            .map(javafx.scene.control.Label::getText)
            .filter(t -> t != null && t.startsWith("в младших единицах"))
            .findFirst()
            .orElseThrow();
    // The demo shop sells in som: its cash is usually rounded to whole som.
    assertThat(hint.replace('\u00a0', ' '))
        .isEqualTo("в младших единицах KGS: 1 — без округления, 100 — шагами по 1,00 KGS");
    // Uzbek prints receipts but has no screen words yet: said beside the choice.
    assertThat(text("#settings-language-note")).isEmpty();
    javafx.scene.control.ComboBox<String> language = robot.lookup("#settings-language").query();
    robot.interact(() -> language.setValue("uz"));
    assertThat(text("#settings-language-note"))
        .startsWith("Чеки и документы — на языке «")
        .endsWith("экраны на нём пока не переведены и останутся на английском.");
    robot.interact(() -> language.setValue("fr"));
    assertThat(text("#settings-language-note")).isEmpty();
  }

  @Test
  void theStockAndReturnsTabsReadTheShelfAgainWhenChosenAgain() {
    openOffice("tab-stock");
    var stock = (TableView<?>) node("#stock-table");
    waitFor(() -> onHand(stock, "SBT-001").equals("40"), () -> onHand(stock, "SBT-001"));
    var tabs = (TabPane) node("#office-tabs");
    select(tabs, "tab-returns");
    var aging = (TableView<?>) node("#aging-table");
    waitFor(() -> !aging.getItems().isEmpty());
    String before = String.valueOf(aging.getItems());
    // A delivery received meanwhile (here by the command line, as from another till).
    assertThat(cli.exit("intake", "--group", "IK-03", "--by", "2580", "--item", "SBT-001:5"))
        .as(cli.lastErr())
        .isZero();
    select(tabs, "tab-stock");
    waitFor(() -> onHand(stock, "SBT-001").equals("45"), () -> onHand(stock, "SBT-001"));
    select(tabs, "tab-returns");
    waitFor(() -> !String.valueOf(aging.getItems()).equals(before), () -> before);
  }

  @Test
  void aDeliveryAndAReturnHalfTypedOutliveAVisitToAnotherTab() {
    openOffice("tab-intake");
    var tabs = (TabPane) node("#office-tabs");
    javafx.scene.control.ComboBox<String> group = robot.lookup("#intake-group").query();
    waitFor(() -> !group.getItems().isEmpty());
    robot.interact(() -> group.getSelectionModel().select("IK-03"));
    robot.clickOn(node("#intake-sku")).write("SBT-001").type(javafx.scene.input.KeyCode.ENTER);
    robot.write("4").type(javafx.scene.input.KeyCode.ENTER);
    var delivery = (TableView<?>) node("#intake-table");
    waitFor(() -> delivery.getItems().size() == 1, () -> text("#intake-result"));
    select(tabs, "tab-returns");
    javafx.scene.control.ComboBox<String> returning = robot.lookup("#return-group").query();
    waitFor(() -> returning.getItems().contains("IK-03"));
    robot.interact(() -> returning.getSelectionModel().select("IK-03"));
    var shelf = (TableView<?>) node("#return-shelf");
    waitFor(() -> !shelf.getItems().isEmpty());
    robot.interact(() -> shelf.getSelectionModel().select(0));
    robot.interact(() -> ((javafx.scene.control.TextField) node("#return-qty")).setText("1"));
    click("#return-add");
    var back = (TableView<?>) node("#return-lines");
    waitFor(() -> back.getItems().size() == 1, () -> text("#return-result"));
    // A group joins meanwhile (at another till, say). Away and back to each: both tabs read
    // their lists again, and keep what was typed.
    assertThat(
            cli.exit(
                "group",
                "add",
                "--by",
                "2580",
                "--code",
                "IK-09",
                "--name",
                "Кош-Кёл",
                "--region",
                "Нарын"))
        .as(cli.lastErr())
        .isZero();
    select(tabs, "tab-intake");
    WaitForAsyncUtils.waitForFxEvents();
    select(tabs, "tab-returns");
    WaitForAsyncUtils.waitForFxEvents();
    select(tabs, "tab-intake");
    WaitForAsyncUtils.waitForFxEvents();
    waitFor(() -> group.getItems().contains("IK-09"), () -> group.getItems().toString());
    assertThat(delivery.getItems()).hasSize(1);
    assertThat(group.getValue()).isEqualTo("IK-03");
    select(tabs, "tab-returns");
    waitFor(() -> !shelf.getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(back.getItems()).hasSize(1);
    assertThat(returning.getValue()).isEqualTo("IK-03");
  }

  /** The on-hand figure the stock list shows for a product. */
  private static String onHand(TableView<?> stock, String sku) {
    return onFx(
        () -> {
          for (int i = 0; i < stock.getItems().size(); i++) {
            if (stock.getItems().get(i).toString().contains("sku=" + sku + ",")) {
              return String.valueOf(stock.getColumns().get(3).getCellData(i));
            }
          }
          return "none";
        });
  }

  @Test
  void settlementsPayoutsPapersAndAnExpiredCertificateAreShownWholeInEveryLanguage() {
    // A product whose certificate has lapsed: its day is written in the warning style.
    assertThat(
            cli.exit(
                "product",
                "add",
                "--by",
                "2580",
                "--sku",
                "OLD-01",
                "--name",
                "Мёд прошлогодний",
                "--group",
                "IK-02",
                "--price",
                "300",
                "--terms",
                "consignment:20",
                "--certified-until",
                "2025-01-31"))
        .as(cli.lastErr())
        .isZero();
    signIn("2580");
    List<String> problems = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      // A sale for the group with the longest name, settled in this language: a new settlement.
      assertThat(cli.exit("sell", "--by", "1470", "--item", "SBT-001:25", "--pay", "cash:11250"))
          .as(cli.lastErr())
          .isZero();
      speak(language);
      click("#office-button");
      waitFor(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
      select((TabPane) node("#office-tabs"), "tab-settlements");
      var until = (javafx.scene.control.DatePicker) node("#settle-until");
      robot.interact(
          () ->
              until.setValue(
                  java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).plusDays(1)));
      click("#settle");
      var table = (TableView<?>) node("#settlement-table");
      waitFor(() -> !table.getItems().isEmpty(), () -> text("#office-status"));
      WaitForAsyncUtils.waitForFxEvents();
      var tabs = (TabPane) node("#office-tabs");
      problems.addAll(
          tablesOf(
              language + " settlements", tabs.getSelectionModel().getSelectedItem().getContent()));
      // Paid in cash: its slip goes to the printer tab, its payout to the report.
      robot.interact(() -> table.getSelectionModel().select(0));
      click("#pay-settlement");
      waitFor(() -> text("#office-status").contains("ST-T1-"), () -> text("#office-status"));
      String paid = text("#office-status");
      click("#print-slip");
      waitFor(() -> !text("#office-status").equals(paid), () -> text("#office-status"));
      select(tabs, "tab-reports");
      click("#payouts-show");
      var payouts = (TableView<?>) node("#payouts-table");
      waitFor(() -> !payouts.getItems().isEmpty(), () -> text("#payouts-message"));
      for (String other : List.of("tab-reports", "tab-printer", "tab-products")) {
        select(tabs, other);
        WaitForAsyncUtils.waitForFxEvents();
        var tab = tabs.getSelectionModel().getSelectedItem();
        waitFor(
            () ->
                robot.from(tab.getContent()).lookup(".table-view").queryAll().stream()
                    .map(t -> (TableView<?>) t)
                    .filter(TillScreenTest::uncovered)
                    .noneMatch(t -> t.getItems().isEmpty()),
            () -> other + " still loading");
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(tablesOf(language + " " + tab.getText(), tab.getContent()));
      }
      click("#back");
      waitFor(() -> robot.lookup("#office-button").tryQuery().isPresent());
    }
    assertThat(problems).isEmpty();
  }

  /**
   * What is wrong with the tables shown under a node: an empty table that would show JavaFX's "No
   * content in table" in the computer's language rather than the shop's, a column header cut short
   * ("Арти…") or a cell ("Облепиха Иссык-…"), cells that do not stand under their header, and
   * figures not right-aligned.
   */
  private List<String> tablesOf(String where, javafx.scene.Node content) {
    List<String> problems = new ArrayList<>();
    for (var found : robot.from(content).lookup(".table-view").queryAll()) {
      TableView<?> table = (TableView<?>) found;
      if (!uncovered(table)) {
        continue;
      }
      if (table.getPlaceholder() == null) {
        problems.add(where + ": #" + table.getId() + " has no placeholder");
      }
      misalignedCells(table).forEach(m -> problems.add(where + ": #" + table.getId() + " " + m));
      columnsPastTheEdge(table).forEach(c -> problems.add(where + ": #" + table.getId() + " " + c));
      figuresNotRightAligned(table)
          .forEach(f -> problems.add(where + ": #" + table.getId() + " figure left: " + f));
      for (var cell : robot.from(table).lookup(".table-cell").queryAll()) {
        if (cell instanceof javafx.scene.control.Labeled words
            && uncovered(words)
            && words.getText() != null
            && !words.getText().isEmpty()
            && words.lookup(".text") instanceof javafx.scene.text.Text drawn
            && !drawn.getText().equals(words.getText())
            // A long name may give up its width if its tooltip shows it whole.
            && !(words.getTooltip() != null
                && words.getTooltip().getText().equals(words.getText()))) {
          problems.add(
              where + ": #" + table.getId() + " cell \"" + words.getText() + "\" cut short");
        }
      }
      for (var header : robot.from(table).lookup(".column-header .label").queryAll()) {
        var label = (javafx.scene.control.Labeled) header;
        if (label.lookup(".text") instanceof javafx.scene.text.Text drawn
            && !drawn.getText().equals(label.getText())) {
          problems.add(where + ": #" + table.getId() + " shows \"" + drawn.getText() + "\"");
        }
      }
    }
    return problems;
  }

  /**
   * The titles of the back office's tabs that a manager does not see when it opens at the till's
   * size: JavaFX hides those that do not fit behind a small ▾ menu at the end of the strip, where
   * "Настройки" went unnoticed.
   */
  private List<String> titlesOutOfSight(String language, TabPane tabs) {
    double end = tabs.localToScene(tabs.getLayoutBounds()).getMaxX();
    for (var menu : robot.from(tabs).lookup(".control-buttons-tab").queryAll()) {
      if (uncovered(menu)
          && robot.from(menu).lookup(".tab-down-button").queryAll().stream()
              .anyMatch(TillScreenTest::uncovered)) {
        end = Math.min(end, menu.localToScene(menu.getLayoutBounds()).getMinX());
      }
    }
    List<String> problems = new ArrayList<>();
    for (var header : robot.from(tabs).lookup(".tab-header-area .tab").queryAll()) {
      var title = header.lookup(".tab-label");
      double right = header.localToScene(header.getLayoutBounds()).getMaxX();
      if (right > end + 0.5) {
        problems.add(
            language
                + " office: the tab \""
                + (title instanceof javafx.scene.control.Labeled l ? l.getText() : header)
                + "\" ends at "
                + Math.round(right)
                + ", out of sight after "
                + Math.round(end));
      }
    }
    return problems;
  }

  @Test
  void everyRowOfTheStockListIsOneFixedHeight() {
    openOffice("tab-stock");
    var table = (TableView<?>) node("#stock-table");
    waitFor(() -> table.getItems().size() > 20);
    WaitForAsyncUtils.waitForFxEvents();
    List<Double> heights =
        robot.from(table).lookup(".table-row-cell").queryAll().stream()
            .filter(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getItem() != null)
            .map(n -> n.getLayoutBounds().getHeight())
            .distinct()
            .toList();
    assertThat(heights).hasSize(1);
    // The headless platform styles every row in time; on the desktop (GTK) the rows laid out
    // before their style were 24px among 42px ones. A fixed row height rules that out anywhere.
    assertThat(table.getFixedCellSize()).isEqualTo(heights.get(0));
    assertThat(misalignedCells(table)).isEmpty();
  }

  /**
   * Words in a row of a form that stand above or below the field beside them: a plain HBox put
   * "Продажи до" at the top of its row, a few pixels above the date it names.
   */
  private static List<String> wordsOffTheirLine(String where, javafx.scene.Node content) {
    return onFx(
        () -> {
          List<String> off = new ArrayList<>();
          for (var n : content.lookupAll(".label")) {
            if (!(n instanceof javafx.scene.control.Label words)
                || !(words.getParent() instanceof javafx.scene.layout.HBox row)
                || words.getText().isEmpty()
                || !uncovered(words)) {
              continue;
            }
            row.getChildren().stream()
                .filter(
                    f ->
                        f instanceof javafx.scene.control.TextInputControl
                            || f instanceof javafx.scene.control.ComboBoxBase<?>)
                .findFirst()
                .ifPresent(
                    field -> {
                      double by =
                          words.localToScene(words.getLayoutBounds()).getCenterY()
                              - field.localToScene(field.getLayoutBounds()).getCenterY();
                      if (Math.abs(by) > 2) {
                        off.add(
                            String.format(
                                "%s: \"%s\" %.0f px off the line of #%s",
                                where, words.getText(), by, field.getId()));
                      }
                    });
          }
          return off;
        });
  }

  /**
   * Columns that end past the table's right edge, where only a sideways scroll reaches them: the
   * payouts report showed "К выпл" with the rest of its column cut off by the table's border.
   */
  private List<String> columnsPastTheEdge(TableView<?> table) {
    return onFx(
        () -> {
          double edge =
              table.localToScene(table.getLayoutBounds()).getMaxX() - table.getInsets().getRight();
          List<String> past = new ArrayList<>();
          for (var h : table.lookupAll(".column-header")) {
            if (h instanceof javafx.scene.control.skin.TableColumnHeader header
                && header.getTableColumn() != null
                && header.isVisible()) {
              double right = header.localToScene(header.getLayoutBounds()).getMaxX();
              if (right > edge + 2) { // a pixel into the border cuts no word
                past.add(
                    String.format(
                        "column %s ends at %.0f, past the table's edge at %.0f",
                        header.getTableColumn().getText(), right, edge));
              }
            }
          }
          return past;
        });
  }

  /**
   * Cells that do not start under their column's header: on the desktop, rows of a fixed height
   * kept the column widths they were first laid out with, and once the scroll bar appeared the
   * group and stock columns stood 20px left of their headers.
   */
  private List<String> misalignedCells(TableView<?> table) {
    return onFx(
        () -> {
          List<String> off = new ArrayList<>();
          java.util.Map<Object, Double> headerX = new java.util.HashMap<>();
          for (var h : table.lookupAll(".column-header")) {
            if (h instanceof javafx.scene.control.skin.TableColumnHeader header
                && header.getTableColumn() != null) {
              headerX.put(header.getTableColumn(), header.localToScene(0, 0).getX());
            }
          }
          for (var c : table.lookupAll(".table-cell")) {
            if (c instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.isVisible()
                && cell.getTableRow() != null
                && cell.getTableRow().getItem() != null) {
              Double x = headerX.get(cell.getTableColumn());
              double at = cell.localToScene(0, 0).getX();
              if (x != null && Math.abs(x - at) > 1) {
                off.add(
                    String.format(
                        "row %d, %s: cell at %.0f, header at %.0f",
                        cell.getIndex(), cell.getTableColumn().getText(), at, x));
              }
            }
          }
          return off;
        });
  }

  @Test
  void aManagerReturnsUnsoldOilToItsGroupAndSeesTheNote() {
    openOffice("tab-returns");
    var aging = (TableView<?>) node("#aging-table");
    waitFor(() -> aging.getItems().size() == 5);
    chooseGroup("IK-03");
    // Groups are shown by name too, as managers know them: in the aging table and the chooser.
    waitFor(
        () -> shown(aging).contains("IK-03 Облепиха Иссык-Куля"), () -> shown(aging).toString());
    waitFor(() -> shown(combo("#return-group")).contains("IK-03 Облепиха Иссык-Куля"));
    var shelf = (TableView<?>) node("#return-shelf");
    waitFor(() -> !shelf.getItems().isEmpty());
    select(shelf, "sku=SBT-001");
    type("#return-qty", "0");
    click("#return-add");
    waitFor(() -> !text("#return-result").isEmpty());
    assertThat(text("#return-result"))
        .isEqualTo("Количество должно быть целым числом больше нуля, а не «0».");
    type("#return-qty", "41");
    click("#return-add");
    click("#return-record");
    waitFor(() -> text("#return-result").contains("SBT-001"));
    assertThat(text("#return-result"))
        .isEqualTo("На полке только 40 шт. SBT-001 для возврата производителю.");
    // A refusal in red, as everywhere else (it was in the plain text of a note made).
    assertThat(styles("#return-result")).contains("error-line");
    click("#return-clear");
    select(shelf, "sku=SBT-001");
    type("#return-qty", "3");
    click("#return-add");
    click("#return-record");
    waitFor(() -> text("#return-result").contains("RN-T1-000001"));
    assertThat(text("#return-result"))
        .isEqualTo(
            "Накладная возврата RN-T1-000001: 3 шт. возвращено группе IK-03 Облепиха Иссык-Куля; накладная печатается.");
    assertThat(styles("#return-result")).contains("ok-line");
    printed("RN-T1-000001");
    assertThat(window().session().paper.get()).isNotNull();
    assertThat(cli.exit("--json", "stock", "--group", "IK-03")).isZero();
    assertThat(cli.lastOut())
        .contains(
            "\"sku\":\"SBT-001\",\"name\":\"Облепиховое масло 50 мл\",\"group\":\"IK-03\",\"on_hand\":37");
    shot("returns-ru");
  }

  /**
   * A month with nothing sold yet, net of refunds, is said in a sentence: its chart of bars all at
   * zero had no scale and drew the group codes on top of one another at its corner.
   */
  @Test
  void aMonthWithNothingSoldYetSaysSoAndTheChartComesBackWithTheFirstSale() {
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    assertThat(
            cli.exit(
                "refund",
                "--by",
                "1470",
                "--manager-pin",
                "2580",
                "--receipt",
                "T1-000001",
                "--item",
                "FELT-003",
                "--pay",
                "card"))
        .isZero();
    openOffice("tab-reports");
    waitFor(() -> node("#sales-chart-none").isVisible());
    assertThat(text("#sales-chart-none"))
        .isEqualTo("В этом месяце продаж пока нет (за вычетом возвратов).");
    assertThat(node("#sales-chart").isVisible()).isFalse();
    // Nothing paid out yet either: said once, with no empty table, axis or blank circle under it.
    waitFor(() -> !node("#payouts-chart").isVisible() && !node("#gender-chart").isVisible());
    assertThat(text("#women-share")).isEqualTo("За этот период выплат не было.");
    assertThat(node("#payouts-table").isVisible()).isFalse();

    assertThat(cli.exit("sell", "--by", "1470", "--item", "HONEY-01", "--pay", "card:650"))
        .isZero();
    TabPane tabs = (TabPane) node("#office-tabs");
    select(tabs, "tab-stock");
    select(tabs, "tab-reports");
    waitFor(() -> node("#sales-chart").isVisible());
    assertThat(node("#sales-chart-none").isVisible()).isFalse();
  }

  @Test
  void theReportsForThisMonthShowPayoutsByGroupAndTheWomensShare() {
    paidFeltAndHoney();
    openOffice("tab-reports");
    waitFor(() -> text("#women-share").contains("79,8"));
    assertThat(text("#women-share").replace('\u00a0', ' '))
        .isEqualTo("Доля женщин: 79,8 % выплат (5 331,20 KGS из 6 681,20 KGS).");
    var table = robot.lookup("#payouts-table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(2);
    var pie = robot.lookup("#gender-chart").queryAs(javafx.scene.chart.PieChart.class);
    assertThat(pie.isVisible()).isTrue();
    assertThat(node("#payouts-chart").isVisible()).isTrue();
    assertThat(pie.getData())
        .extracting(d -> d.getName().replace('\u00a0', ' '))
        .containsExactly("Женщины · 5 331,20 KGS · 79,8 %", "Мужчины · 1 350,00 KGS · 20,2 %");
    // The charts' figures are written as the screen writes them ("7 000", not "7,000").
    for (String chart : List.of("#sales-chart", "#payouts-chart")) {
      var axis =
          (javafx.scene.chart.NumberAxis)
              robot.lookup(chart).queryAs(javafx.scene.chart.XYChart.class).getYAxis();
      // What the axis draws: a Text per tick, once it has been laid out for the figures (the
      // tab is built when chosen, so the ticks of its first, empty layout may still stand).
      java.util.function.Supplier<List<String>> drawn =
          () ->
              onFx(
                  () ->
                      axis.getChildrenUnmodifiable().stream()
                          .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                          .map(n -> ((javafx.scene.text.Text) n).getText())
                          .toList());
      waitFor(
          () ->
              onFx(() -> axis.getUpperBound() >= 1000)
                  && drawn.get().stream().anyMatch(l -> l.matches("\\d[\\s\u00a0\u202f]\\d{3}")),
          () -> chart + " " + axis.getUpperBound() + " " + drawn.get());
      var labels = drawn.get();
      assertThat(labels).as(chart).contains("0").noneMatch(l -> l.contains(",") || l.contains("."));
      assertThat(labels).as(chart).anyMatch(l -> l.matches("\\d[\\s\u00a0\u202f]\\d{3}"));
    }
    // Each group's code stands under its own bar, not all of them at the axis's left end.
    var groups =
        (javafx.scene.chart.CategoryAxis)
            robot.lookup("#sales-chart").queryAs(javafx.scene.chart.XYChart.class).getXAxis();
    java.util.function.Supplier<List<String>> misplaced =
        () ->
            onFx(
                () ->
                    groups.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                        .map(n -> (javafx.scene.text.Text) n)
                        .filter(
                            t ->
                                Math.abs(
                                        t.getBoundsInParent().getCenterX()
                                            - groups.getDisplayPosition(t.getText()))
                                    > 2)
                        .map(
                            t -> t.getText() + "@" + Math.round(t.getBoundsInParent().getCenterX()))
                        .toList());
    waitFor(
        () -> onFx(() -> groups.getCategories().size() >= 2) && misplaced.get().isEmpty(),
        () -> "labels away from their bars: " + misplaced.get());
    var bars = robot.lookup("#payouts-chart").queryAs(javafx.scene.chart.BarChart.class);
    assertThat(((javafx.scene.chart.XYChart.Series<?, ?>) bars.getData().get(0)).getData())
        .hasSize(2);
    // A period that ends before it starts is one sentence, and the figures stay.
    var to = robot.lookup("#payouts-to").queryAs(javafx.scene.control.DatePicker.class);
    robot.interact(() -> to.setValue(java.time.LocalDate.of(2020, 1, 1)));
    click("#payouts-show");
    waitFor(() -> text("#payouts-message").startsWith("Период заканчивается (01.01.2020)"));
    // A first day that is no day is one sentence too; the figures still stay.
    var from = robot.lookup("#payouts-from").queryAs(javafx.scene.control.DatePicker.class);
    robot.interact(from.getEditor()::clear);
    robot.clickOn(from.getEditor()).write("31.13.2026");
    click("#payouts-show");
    waitFor(() -> text("#payouts-message").equals("«31.13.2026» — не дата."));
    assertThat(table.getItems()).hasSize(2);
    assertThat(untranslated(node("#women-share").getScene().getRoot())).isEmpty();
    shot("reports-ru");
  }

  @Test
  void savingFrenchInSettingsTurnsTheBackOfficeFrench() {
    openOffice("tab-settings");
    waitFor(() -> !text("#settings-name").isEmpty());
    assertThat(text("#settings-currency")).isEqualTo("KGS");
    assertThat(text("#settings-currency-note")).contains("till init");
    assertThat(text("#settings-profile-about")).isEqualTo("80 мм, ESC/POS, кодовые страницы Epson");
    shot("settings-ru");
    type("#settings-rounding", "0");
    click("#settings-save");
    waitFor(() -> text("#settings-result").contains("«0»"));
    type("#settings-rounding", "100");
    robot.interact(() -> combo("#settings-language").getSelectionModel().select("fr"));
    click("#settings-save");
    waitFor(() -> text("#office-status").equals("Réglages enregistrés."));
    var tabs = (TabPane) node("#office-tabs");
    assertThat(tabs.getTabs()).extracting(t -> t.getText()).contains("Retours", "Réglages");
    assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-settings");
    assertThat(untranslated(tabs.getScene().getRoot())).isEmpty();
    assertThat(services.store().value().language()).isEqualTo("fr");
    shot("settings-fr");
    select(tabs, "tab-returns");
    waitFor(() -> ((TableView<?>) node("#aging-table")).getItems().size() == 5);
    shot("returns-fr");
    select(tabs, "tab-reports");
    waitFor(() -> text("#women-share").equals("Rien n'a été versé sur cette période."));
    shot("reports-fr");
  }

  @Test
  void theMobileMoneyNameSavedInSettingsIsOnThePayKeyAndThePayPanel() {
    openOffice("tab-settings");
    waitFor(() -> !text("#settings-name").isEmpty());
    assertThat(text("#settings-mobile-money")).isEmpty();
    type("#settings-mobile-money", "O!Деньги, Элсом, MBank и другие");
    click("#settings-save");
    waitFor(() -> text("#settings-result").contains("не более 24"));
    assertThat(services.store().value().mobileMoney()).isEmpty();
    type("#settings-mobile-money", "O!Деньги");
    click("#settings-save");
    waitFor(() -> services.store().value().mobileMoney().equals("O!Деньги"));
    click("#back");
    waitFor(() -> robot.lookup("#pay-mobile").tryQuery().isPresent());
    assertThat(text("#pay-mobile")).isEqualTo("O!Деньги (F12)");
    scan("SBT-001");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("450,00"));
    click("#pay-mobile");
    waitFor(() -> robot.lookup("#pay-title").tryQuery().isPresent());
    assertThat(text("#pay-title").replace('\u00a0', ' ')).isEqualTo("O!Деньги: 450,00 KGS");
  }

  @Test
  void aTestPrintReachesTheVirtualPrinterAndABadAddressIsOneSentence() {
    openOffice("tab-settings");
    waitFor(() -> text("#settings-uri").equals("virtual:"));
    type("#settings-uri", "lp0");
    click("#settings-test-print");
    waitFor(() -> !text("#settings-test-result").isEmpty());
    assertThat(text("#settings-test-result")).startsWith("«lp0» — не адрес принтера");
    type("#settings-uri", "virtual:");
    click("#settings-test-print");
    waitFor(
        () ->
            text("#settings-test-result")
                .equals("Тестовая страница показана на экране кассы: принтер не настроен."));
    var session = window().session();
    assertThat(session.paper.get()).isNotNull();
    assertThat(session.printQueue.jobs())
        .extracting(j -> j.name() + " " + j.state())
        .containsExactly("TEST PRINTED");
  }

  @Test
  void afterPayingTheSlipPrintsAndTheStatementsFirstPageShows() {
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    openOffice("tab-settlements");
    var until = robot.lookup("#settle-until").queryAs(javafx.scene.control.DatePicker.class);
    robot.interact(() -> until.setValue(OfficeFixture.today().plusDays(1)));
    click("#settle");
    var table = robot.lookup("#settlement-table").queryAs(TableView.class);
    waitFor(() -> !table.getItems().isEmpty());
    robot.interact(() -> table.getSelectionModel().select(0));
    click("#print-slip");
    waitFor(() -> text("#office-status").startsWith("Нужно указать"));
    click("#pay-settlement");
    waitFor(() -> text("#office-status").contains("ST-T1-000001"));
    click("#print-slip");
    waitFor(() -> text("#office-status").equals("Расписка ST-T1-000001 отправлена на принтер."));
    printed("ST-T1-000001");
    click("#statement-preview");
    var page = robot.lookup("#statement-image").queryAs(javafx.scene.image.ImageView.class);
    waitFor(() -> page.getImage() != null);
    assertThat(page.getImage().getHeight()).isGreaterThan(page.getImage().getWidth());
    assertThat(text("#office-status")).isEqualTo("Выписка ST-T1-000001, первая страница.");
    shot("settlements-ru");
  }

  /**
   * The day typed in a picker is the day used, even when the key is clicked without the picker
   * committing it first (it kept the day it showed before, so a settlement could run to another day
   * than the one on screen); a day that is no day, or none, is one sentence and settles nothing.
   */
  @Test
  void theDayTypedIsTheDaySettledAndADayThatIsNoneSettlesNothing() {
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    // One jar of oil: its group's share is under the demo's minimum payout of 500,00.
    assertThat(cli.exit("sell", "--by", "1470", "--item", "SBT-001", "--pay", "card:450")).isZero();
    openOffice("tab-settlements");
    var until = robot.lookup("#settle-until").queryAs(javafx.scene.control.DatePicker.class);
    var field = until.getEditor();
    var table = robot.lookup("#settlement-table").queryAs(TableView.class);
    for (String[] wrong :
        new String[][] {
          {"31.02.2027", "«31.02.2027» — не дата."}, {"", "Нужно указать: Продажи до."}
        }) {
      robot.interact(field::clear);
      robot.clickOn(field).write(wrong[0]);
      click("#settle");
      waitFor(() -> text("#office-status").equals(wrong[1]), () -> text("#office-status"));
      assertThat(styles("#office-status")).contains("error-line");
      assertThat(table.getItems()).isEmpty();
    }
    assertThat(field.isFocused()).isTrue();
    java.util.Optional<?> none =
        services.database().read(b -> b.settlements().byId("ST-T1-000001"));
    assertThat(none).isEmpty();
    // Until today: today's sales are not in it, and the empty table says so after the preview.
    var today =
        OfficeFixture.today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    robot.interact(field::clear);
    robot.clickOn(field).write(today);
    click("#settle-preview");
    waitFor(() -> text("#office-status").startsWith("Предпросмотр"), () -> text("#office-status"));
    assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
        .isEqualTo("До " + today + " рассчитывать нечего.");
    // Tomorrow, typed without leading zeros: the month's sale is settled, up to that day.
    var tomorrow = OfficeFixture.today().plusDays(1);
    robot.interact(field::clear);
    robot
        .clickOn(field)
        .write(
            tomorrow.getDayOfMonth() + "." + tomorrow.getMonthValue() + "." + tomorrow.getYear());
    click("#settle");
    waitFor(() -> table.getItems().size() == 1, () -> text("#office-status"));
    assertThat(text("#office-status")).isEqualTo("Рассчитано: 1, ждут групп: 1.");
    // The group left waiting is named, with what it would get and why it waits.
    assertThat(text("#settle-waiting").replace('\u00a0', ' '))
        .startsWith("IK-03 Облепиха Иссык-Куля ждёт: ")
        .endsWith(
            " KGS меньше минимальной выплаты 500,00 KGS; сумма копится до следующего расчёта.");
    assertThat(styles("#office-status")).contains("ok-line").doesNotContain("error-line");
    assertThat(field.getText())
        .isEqualTo(tomorrow.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(until.getValue()).isEqualTo(tomorrow);
    // The header's sentence was said of this tab and does not follow the manager to another.
    select((TabPane) node("#office-tabs"), "tab-returns");
    assertThat(text("#office-status")).isEmpty();
  }

  private void paidFeltAndHoney() {
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    assertThat(cli.exit("sell", "--by", "1470", "--item", "HONEY-01:3", "--pay", "card:1950"))
        .isZero();
    assertThat(
            cli.exit(
                "settle", "--by", "2580", "--until", OfficeFixture.today().plusDays(1).toString()))
        .isZero();
    for (String st : List.of("ST-T1-000001", "ST-T1-000002")) {
      assertThat(cli.exit("pay", "--by", "2580", "--settlement", st, "--method", "cash"))
          .as(cli.lastErr())
          .isZero();
    }
  }

  /** Signs the manager in, opens the back office and the tab with this id. */
  private void openOffice(String tabId) {
    signIn("2580");
    click("#office-button");
    waitFor(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
    select((TabPane) node("#office-tabs"), tabId);
  }

  private void select(TabPane tabs, String tabId) {
    var tab =
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
    robot.interact(() -> tabs.getSelectionModel().select(tab));
  }

  private void select(TableView<?> table, String row) {
    waitFor(() -> table.getItems().stream().anyMatch(i -> i.toString().contains(row)));
    int at = 0;
    for (int i = 0; i < table.getItems().size(); i++) {
      if (table.getItems().get(i).toString().contains(row)) {
        at = i;
      }
    }
    int chosen = at;
    robot.interact(() -> table.getSelectionModel().select(chosen));
  }

  @SuppressWarnings("unchecked")
  private ComboBox<String> combo(String id) {
    return (ComboBox<String>) node(id);
  }

  private void chooseGroup(String code) {
    var group = combo("#return-group");
    waitFor(() -> group.getItems().contains(code));
    robot.interact(() -> group.getSelectionModel().select(code));
  }

  private void type(String id, String value) {
    var field = (TextField) node(id);
    robot.interact(() -> field.setText(value));
  }

  /** A picture of the window for a person to look at, when a folder is given. */
  private void shot(String name) {
    String folder = System.getProperty("office.shots");
    if (folder == null) {
      return;
    }
    WaitForAsyncUtils.waitForFxEvents();
    var scene = node("#office-tabs").getScene();
    var image = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
    robot.interact(() -> image.set(scene.snapshot(null)));
    try {
      javax.imageio.ImageIO.write(
          javafx.embed.swing.SwingFXUtils.fromFXImage(image.get(), null),
          "png",
          Path.of(folder, name + ".png").toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
