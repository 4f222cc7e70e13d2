package org.ovop.till.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.settle.Settlements;
import org.ovop.till.printing.statement.StatementPdf;

/**
 * For managers: stock on the shelf, settlements with statements and payouts, and sales by group.
 */
final class BackOfficeView {
  private final BorderPane root = new BorderPane();
  private final Session s;
  private final Label status = new Label();

  /** After a settlement or its preview: the groups left waiting, each with its reason. */
  private final Label waiting = new Label();

  private TabPane tabs;

  BackOfficeView(Session s, TillWindow window) {
    this.s = s;
    // Only the tab the office opens on is built at once; each other tab is built when first
    // chosen. Built all together, the ten took 0.7 s on the FX thread at a manager's first visit
    // (the settlements' date picker and the report's charts most), then their first styling:
    // two to three seconds between the click and the office, with nothing to show for it.
    TabPane tabs =
        new TabPane(
            new StockTab(s).tab(),
            later("tab-settlements", "office.settlements", this::settlementTab),
            later("tab-reports", "office.reports", this::reportTab),
            later(
                "tab-intake",
                "office.intake",
                () -> new IntakeTab(s, statementsFolder().resolveSibling("labels")).tab()),
            later("tab-printer", "office.printer", this::printerTab),
            later("tab-groups", "groups.tab", () -> new GroupsTab(s).tab()),
            later("tab-products", "products.tab", () -> new ProductsTab(s).tab()),
            later("tab-users", "users.tab", () -> new UsersTab(s).tab()),
            later("tab-returns", "returns.tab", () -> new ReturnsTab(s).tab()),
            later(
                "tab-settings",
                "settings.tab",
                () -> new SettingsTab(s, () -> reopenAfterSaving(window)).tab()));
    this.tabs = tabs;
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("office-tabs");
    // The header's sentence belongs to the tab it was said on: "Предпросмотр: расчётов 0" still
    // stood over the returns tab after moving there.
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> status.setText(""));
    Button back = CounterView.button("back", s.t("common.back"), window::signedIn);
    Label title = new Label(s.t("office.title"));
    title.getStyleClass().add("title-2");
    status.setId("office-status");
    // A long sentence wraps in the room left; it squeezed the title to "Упр…" and the way back
    // to "…" before.
    title.setMinWidth(Region.USE_PREF_SIZE);
    back.setMinWidth(Region.USE_PREF_SIZE);
    status.setWrapText(true);
    status.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
    HBox top = new HBox(12, title, back, status);
    top.setPadding(new Insets(10, 14, 10, 14));
    root.setTop(top);
    root.setCenter(tabs);
  }

  /**
   * A tab whose title is shown at once and whose content is built the first time it is chosen: the
   * built tab's content and its own handler of being chosen move into this one (so handlers ask the
   * event's tab, not their own, whether it is chosen).
   */
  private Tab later(String id, String titleKey, java.util.function.Supplier<Tab> build) {
    Tab shell = new Tab(s.t(titleKey));
    shell.setId(id);
    shell
        .selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (now && shell.getContent() == null) {
                Tab built = build.get();
                shell.setContent(built.getContent());
                shell.setOnSelectionChanged(built.getOnSelectionChanged());
              }
            });
    return shell;
  }

  /** A sentence of news in the header, such as a settlement made, in the success style. */
  private void news(String sentence) {
    Forms.say(status, false, sentence);
  }

  /** A sentence in the header saying why nothing was done, in the problem style. */
  private void problem(String sentence) {
    Forms.say(status, true, sentence);
  }

  /** Settings change the words and the printer: the back office is built again, on settings. */
  private void reopenAfterSaving(TillWindow window) {
    BackOfficeView again = new BackOfficeView(s, window);
    again.tabs.getTabs().stream()
        .filter(t -> "tab-settings".equals(t.getId()))
        .forEach(t -> again.tabs.getSelectionModel().select(t));
    Forms.say(again.status, false, s.t("settings.saved"));
    window.show(again.root());
  }

  /**
   * The printer panel: where papers go, the queue with each job's time, state and the reason of a
   * fault, a retry, a way to drop a paper nobody needs, and a test print. Without a printer the
   * paper appears on the counter's screen.
   */
  private Tab printerTab() {
    TableView<org.ovop.till.printing.queue.PrintQueue.Job> jobs = new TableView<>();
    jobs.setId("print-jobs");
    jobs.setPlaceholder(Forms.placeholder(s.t("office.jobs.empty")));
    jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    var at =
        CounterView.column(
            s.t("office.job.at"),
            (org.ovop.till.printing.queue.PrintQueue.Job j) ->
                Dates.moment(j.at(), s.store.zone(), s.texts.locale()));
    var paper =
        CounterView.yielding(
            s.t("office.job"), (org.ovop.till.printing.queue.PrintQueue.Job j) -> j.name());
    paper.setPrefWidth(260);
    var state =
        CounterView.column(
            s.t("office.state"),
            (org.ovop.till.printing.queue.PrintQueue.Job j) ->
                s.t("office.state." + j.state().name()));
    jobs.getColumns().addAll(List.of(at, paper, state));
    // When and the state whole ("24/11/202…" was cut), sized before the table is shown: every
    // time has the shape of this one (the widest digits), and the states are few.
    CounterView.wideEnoughFor(
        at,
        List.of(
            Dates.moment(
                java.time.LocalDateTime.of(2000, 12, 28, 22, 28).atZone(s.store.zone()).toInstant(),
                s.store.zone(),
                s.texts.locale())));
    CounterView.wideEnoughFor(
        state,
        java.util.Arrays.stream(org.ovop.till.printing.queue.PrintQueue.State.values())
            .map(st -> s.t("office.state." + st.name()))
            .toList());
    var reason =
        CounterView.yielding(
            s.t("office.reason"),
            (org.ovop.till.printing.queue.PrintQueue.Job j) -> s.printerTrouble(j));
    reason.setPrefWidth(420);
    jobs.getColumns().add(reason);
    // A job changes as it prints: the chosen papers stay chosen through the refresh.
    Runnable refresh =
        () -> {
          var chosen =
              jobs.getSelectionModel().getSelectedItems().stream()
                  .map(org.ovop.till.printing.queue.PrintQueue.Job::id)
                  .collect(java.util.stream.Collectors.toSet());
          jobs.setItems(FXCollections.observableArrayList(s.printQueue.jobs()));
          jobs.getItems().stream()
              .filter(j -> chosen.contains(j.id()))
              .forEach(j -> jobs.getSelectionModel().select(j));
        };
    refresh.run();
    s.printQueue.onChange(j -> javafx.application.Platform.runLater(refresh));
    // Several papers may wait after a morning without paper: they are chosen together (Ctrl+A
    // takes them all) and printed again or removed in one go.
    jobs.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
    Button retry =
        CounterView.button(
            "retry-job",
            s.t("office.retry"),
            () -> onChosen(jobs, s.printQueue::retry, "office.retried", "office.retry.only"));
    Button drop =
        CounterView.button(
            "drop-job",
            s.t("office.drop"),
            () -> onChosen(jobs, s.printQueue::drop, "office.dropped", "office.drop.only"));
    Button test =
        CounterView.button(
            "test-print",
            s.t("office.testprint"),
            () ->
                s.printQueue.enqueue(
                    "TEST",
                    org.ovop.till.printing.escpos.EscPosEncoder.encode(
                        org.ovop.till.printing.document.PrintDocument.builder("TEST")
                            .title(s.store.name())
                            .centered(s.profile.name() + " · " + s.profile.description())
                            .text("АБВГД абвгд · àéèç € · Kyrgyz: ң ө ү")
                            .barcode(
                                org.ovop.till.printing.document.PrintDocument.Symbology.CODE128,
                                "TEST-1234")
                            .cut()
                            .build(),
                        s.profile)));
    Label where =
        new Label(
            s.printsOnScreen()
                ? s.t("office.printer.virtual", s.profile.name())
                : s.t("office.printer.set", s.printerUri, s.profile.name()));
    where.setId("printer-where");
    where.setWrapText(true);
    VBox box = new VBox(10, where, new HBox(8, test, retry, drop), jobs);
    // A kept paper that could not be read back is said here, not only in the log.
    if (!s.printQueue.unreadable().isEmpty()) {
      Label unreadable = new Label();
      unreadable.setId("printer-unreadable");
      unreadable.setWrapText(true);
      Forms.say(
          unreadable,
          true,
          s.t(
              "office.jobs.unreadable",
              s.printQueue.unreadable().size(),
              s.printQueue.folder().map(Object::toString).orElse("")));
      box.getChildren().add(1, unreadable);
    }
    box.setPadding(new Insets(12));
    Tab tab = new Tab(s.t("office.printer"), box);
    tab.setId("tab-printer");
    return tab;
  }

  /**
   * Prints again or removes the chosen papers, and says which it did; only failed papers can be, so
   * when none of the chosen could, it says which were not.
   */
  private void onChosen(
      TableView<org.ovop.till.printing.queue.PrintQueue.Job> jobs,
      java.util.function.Predicate<String> act,
      String doneKey,
      String onlyKey) {
    var chosen = List.copyOf(jobs.getSelectionModel().getSelectedItems());
    if (chosen.isEmpty()) {
      problem(s.t("office.job.choose"));
      return;
    }
    List<String> done = new java.util.ArrayList<>();
    List<String> not = new java.util.ArrayList<>();
    for (var job : chosen) {
      (act.test(job.id()) ? done : not).add(job.name());
    }
    if (done.isEmpty()) {
      problem(s.t(onlyKey, String.join(", ", not)));
    } else {
      news(s.t(doneKey, String.join(", ", done)));
    }
  }

  private Tab settlementTab() {
    DatePicker until =
        new DatePicker(
            LocalDate.now(s.services.clock().withZone(s.store.zone())).withDayOfMonth(1));
    until.setId("settle-until");
    until.setConverter(Dates.converter(s));
    TableView<Settlements.Proposed> table = new TableView<>();
    table.setId("settlement-table");
    table.setPlaceholder(Forms.placeholder(s.t("office.settle.empty")));
    var number =
        CounterView.column(
            s.t("office.settlement"),
            (Settlements.Proposed p) -> p.settlement().id() == null ? "—" : p.settlement().id());
    // The group's name gives up room first, whole in a tooltip; the settlement's number, its lines
    // and the payout keep the width of their longest texts ("ST-T1-0…" and "1,270.2…" were cut).
    var group =
        CounterView.yielding(
            s.t("office.group"),
            (Settlements.Proposed p) -> p.group().code() + " " + p.group().name());
    group.setPrefWidth(320);
    var lines =
        CounterView.figures(
            s.t("office.lines"),
            (Settlements.Proposed p) -> Integer.toString(p.settlement().lines()));
    var payout =
        CounterView.figures(
            s.t("office.payout"), (Settlements.Proposed p) -> s.money(p.settlement().payout()));
    table.getColumns().addAll(List.of(number, group, lines, payout));
    table
        .itemsProperty()
        .addListener(
            (o, was, now) ->
                List.of(number, lines, payout).forEach(c -> CounterView.wholeFor(c, now)));
    Button preview =
        CounterView.button(
            "settle-preview", s.t("office.preview"), () -> settle(until, true, table));
    Button settle =
        CounterView.button("settle", s.t("office.settle"), () -> settle(until, false, table));
    settle.getStyleClass().add("accent");
    // How the money leaves: cash from the drawer, or mobile money and bank with the transfer's
    // reference (a Kenyan group is paid by M-Pesa; only the command line could record that), each
    // wallet by its name where the store takes several.
    javafx.scene.control.ComboBox<PayoutWay> method =
        new javafx.scene.control.ComboBox<>(
            FXCollections.observableArrayList(PayoutWay.of(s.store)));
    method.setId("payout-method");
    method.getSelectionModel().selectFirst();
    method.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(PayoutWay way) {
            return way == null ? "" : way.inWords(s.store, s.texts);
          }

          @Override
          public PayoutWay fromString(String text) {
            return null; // chosen from the list, never typed
          }
        });
    javafx.scene.control.TextField reference =
        Forms.field(s, "payout-reference", "office.payout.reference", 18);
    reference
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> method.getValue().method() == PayoutMethod.CASH, method.valueProperty()));
    Button payCash =
        CounterView.button(
            "pay-settlement",
            s.t("office.pay"),
            () -> payAndPrint(table, method.getValue(), reference));
    // After paying: the slip the producer signs, and the statement's first page on screen.
    SettlementPapers papers = new SettlementPapers(s);
    javafx.scene.image.ImageView page = new javafx.scene.image.ImageView();
    page.setId("statement-image");
    page.setPreserveRatio(true);
    page.setFitWidth(520);
    Button slip =
        CounterView.button(
            "print-slip",
            s.t("settlements.slip"),
            () ->
                chosen(table)
                    .ifPresent(
                        id ->
                            s.background.run(
                                () -> papers.printSlip(id),
                                o ->
                                    Forms.say(
                                        status,
                                        !o.isDone(),
                                        o.isDone()
                                            ? s.t("settlements.slip.sent", o.value())
                                            : s.texts.refusal(o.refusal())),
                                this::problem)));
    Button show =
        CounterView.button(
            "statement-preview",
            s.t("settlements.preview"),
            () ->
                chosen(table)
                    .ifPresent(
                        id -> {
                          news(s.t("settlements.drawing"));
                          s.background.run(
                              () -> papers.preview(id),
                              o -> {
                                if (o.isDone()) {
                                  page.setImage(
                                      javafx.embed.swing.SwingFXUtils.toFXImage(o.value(), null));
                                  news(s.t("settlements.previewed", id));
                                } else {
                                  problem(s.texts.refusal(o.refusal()));
                                }
                              },
                              this::problem);
                        }));
    javafx.scene.control.ScrollPane pageView = new javafx.scene.control.ScrollPane(page);
    pageView.setPrefWidth(540);
    // The statement's page takes its room only once there is one to show; until then the table
    // has the whole width.
    pageView.visibleProperty().bind(page.imageProperty().isNotNull());
    pageView.managedProperty().bind(pageView.visibleProperty());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    javafx.scene.layout.HBox.setHgrow(table, javafx.scene.layout.Priority.ALWAYS);
    HBox period = Forms.line(8, new Label(s.t("office.until")), until, preview, settle);
    // Each wallet a store takes widens the list of ways; where the row no longer fits, the button
    // goes under it rather than every word in it being cut ("Payer le groupement ch...").
    var pay = Forms.wrappingLine(8, new Label(s.t("office.pay.how")), method, reference, payCash);
    // The statement shown belongs to the settlement it was drawn for; another chosen, it goes.
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> page.setImage(null));
    // What is still owed is there to pay when the tab opens: a settlement made one day is often
    // paid when the producer comes in on another, and once the tab was left it could only be
    // found again at the command line.
    s.background.run(
        () -> s.services.settlements().unpaid(),
        unpaid -> {
          if (table.getItems().isEmpty() && !unpaid.isEmpty()) {
            table.setItems(FXCollections.observableArrayList(unpaid));
            Forms.say(waiting, false, s.t("office.unpaid", unpaid.size()));
          }
        },
        this::problem);
    waiting.setId("settle-waiting");
    waiting.setWrapText(true);
    VBox box =
        new VBox(10, period, pay, new HBox(8, slip, show), waiting, new HBox(10, table, pageView));
    box.setPadding(new Insets(12));
    Tab tab = new Tab(s.t("office.settlements"), box);
    tab.setId("tab-settlements");
    return tab;
  }

  /** The chosen settlement's id, or a sentence asking to choose one. */
  private java.util.Optional<String> chosen(TableView<Settlements.Proposed> table) {
    var p = table.getSelectionModel().getSelectedItem();
    if (p == null || p.settlement().id() == null) {
      problem(s.t("office.choose"));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(p.settlement().id());
  }

  private void settle(DatePicker picker, boolean dryRun, TableView<Settlements.Proposed> table) {
    var typed = Dates.typed(picker, s);
    if (typed.problem() != null || typed.day() == null) {
      problem(
          typed.problem() != null
              ? typed.problem()
              : s.texts.refusal(Refusal.of(Refusal.Reason.MISSING, s.t("office.until"))));
      return;
    }
    LocalDate until = typed.day();
    s.background.run(
        () -> s.services.settlements().settle(s.cashier, until, null, dryRun),
        outcome -> {
          if (outcome instanceof Outcome.Done<Settlements.Run> d) {
            table.setItems(FXCollections.observableArrayList(d.value().made()));
            // An empty table after a run says so, rather than still inviting a first preview.
            table.setPlaceholder(
                Forms.placeholder(
                    s.t("office.settle.nothing", picker.getConverter().toString(until))));
            waiting.setText(waitingText(d.value().waiting()));
            news(
                s.t(
                    dryRun ? "office.previewed" : "office.settled",
                    d.value().made().size(),
                    d.value().waiting().size()));
          } else {
            problem(s.texts.refusal(outcome.refusal()));
          }
        },
        this::problem);
  }

  /**
   * The groups a run left waiting, a line each with what they would get and why they wait: a
   * manager asked why a group got nothing had only "ждут групп: 1" to go on.
   */
  private String waitingText(List<Settlements.Waiting> left) {
    StringBuilder b = new StringBuilder();
    for (var w : left) {
      if (b.length() > 0) {
        b.append('\n');
      }
      String group = w.group().code() + " " + w.group().name();
      b.append(
          w.payout() <= 0
              ? s.t("office.waiting.refunds", group)
              : s.t(
                  "office.waiting.minimum",
                  group,
                  s.money(w.payout()),
                  s.money(s.store.minPayout())));
    }
    return b.toString();
  }

  /** Pays the chosen settlement from the drawer and writes its statement next to the database. */
  private void payAndPrint(
      TableView<Settlements.Proposed> table,
      PayoutWay way,
      javafx.scene.control.TextField reference) {
    var chosen = table.getSelectionModel().getSelectedItem();
    if (chosen == null || chosen.settlement().id() == null) {
      problem(s.t("office.choose"));
      return;
    }
    String id = chosen.settlement().id();
    String ref =
        way.method() == PayoutMethod.CASH || reference.getText().isBlank()
            ? null
            : reference.getText().strip();
    s.background.run(
        () ->
            s.services
                .settlements()
                .pay(s.cashier, id, way.method(), way.service(), ref)
                .then(p -> s.services.settlements().statement(id))
                .map(
                    st -> {
                      Path folder = statementsFolder();
                      try {
                        Files.createDirectories(folder);
                        Path file = folder.resolve(id + ".pdf");
                        Files.write(file, StatementPdf.render(st));
                        return file;
                      } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    }),
        outcome -> {
          if (outcome.isDone()) {
            reference.clear(); // a transfer's reference belongs to one payout
            news(s.t("office.paid", id, outcome.value()));
            // "Not yet paid: 1" stayed under the news that it was paid.
            s.background.run(
                () -> s.services.settlements().unpaid(),
                unpaid ->
                    Forms.say(
                        waiting,
                        false,
                        unpaid.isEmpty() ? "" : s.t("office.unpaid", unpaid.size())),
                this::problem);
          } else {
            problem(s.texts.refusal(outcome.refusal()));
          }
        },
        this::problem);
  }

  /** Statements go beside the database file, so a shop's papers stay with its books. */
  private Path statementsFolder() {
    return s.services.papersFolder().resolve("statements");
  }

  private Tab reportTab() {
    CategoryAxis x = new CategoryAxis();
    NumberAxis y = new NumberAxis();
    Forms.figures(y, s.texts.locale());
    BarChart<String, Number> chart = new BarChart<>(x, y);
    chart.setId("sales-chart");
    chart.setTitle(s.t("office.chart", s.store.currency().getCurrencyCode()));
    chart.setLegendVisible(false);
    // Not animated, as the payouts chart is not: the series is replaced each time the tab is
    // chosen, and with the axis animating the group codes were left on top of one another at its
    // left end while the bars stood in their places.
    chart.setAnimated(false);
    x.setAnimated(false);
    // A month with nothing sold yet (every first morning) is said, not drawn: a chart of bars
    // that are all zero has no scale, and drew its group codes on top of one another.
    Label nothingSold = new Label(s.t("office.chart.none"));
    nothingSold.setId("sales-chart-none");
    nothingSold.getStyleClass().add("title-4");
    nothingSold.setVisible(false);
    // Read when the tab is built and again each time it is chosen: a payout made on the
    // settlements tab, or a sale at the counter, is in the figures when a manager comes back.
    Runnable loadChart = () -> loadSalesChart(chart, nothingSold);
    loadChart.run();
    chart.setPrefHeight(240);
    PayoutReportPane payouts = new PayoutReportPane(s);
    VBox box = new VBox(new javafx.scene.layout.StackPane(chart, nothingSold), payouts.node());
    box.setPadding(new Insets(0, 12, 12, 12));
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
    scroll.setFitToWidth(true);
    Tab tab = new Tab(s.t("office.reports"), scroll);
    tab.setId("tab-reports");
    tab.setOnSelectionChanged(
        e -> {
          if (((Tab) e.getSource()).isSelected()) {
            loadChart.run();
            payouts.show();
          }
        });
    return tab;
  }

  /** This month's sales by group, net of refunds, as the chart's one series. */
  private void loadSalesChart(BarChart<String, Number> chart, Label nothingSold) {
    LocalDate today = LocalDate.now(s.services.clock().withZone(s.store.zone()));
    s.background.run(
        () -> {
          List<Sale> sales =
              s.services
                  .database()
                  .read(
                      b ->
                          b.sales()
                              .between(
                                  today.withDayOfMonth(1).atStartOfDay(s.store.zone()).toInstant(),
                                  today.plusDays(1).atStartOfDay(s.store.zone()).toInstant()));
          Map<String, String> codes = new TreeMap<>();
          s.services
              .database()
              .read(b -> b.catalog().groups())
              .forEach(g -> codes.put(g.id(), g.code()));
          Map<String, Long> byGroup = new TreeMap<>();
          codes.values().forEach(c -> byGroup.put(c, 0L));
          for (Sale sale : sales) {
            for (var l : sale.lines()) {
              byGroup.merge(
                  codes.get(l.groupId()),
                  sale.kind() == SaleKind.SALE ? l.amount() : -l.amount(),
                  Long::sum);
            }
          }
          return byGroup;
        },
        byGroup -> {
          boolean none = byGroup.values().stream().allMatch(v -> v == 0);
          chart.setVisible(!none);
          nothingSold.setVisible(none);
          XYChart.Series<String, Number> series = new XYChart.Series<>();
          int digits = s.store.currency().getDefaultFractionDigits();
          byGroup.forEach(
              (g, v) ->
                  series
                      .getData()
                      .add(new XYChart.Data<>(g, v / Math.pow(10, Math.max(0, digits)))));
          chart.getData().setAll(List.of(series));
        },
        this::problem);
  }

  Parent root() {
    return root;
  }
}
