package org.ovop.till.app.ui;

import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ovop.till.core.report.ReportFigures;

/** In the reports tab: payouts per group and the women's share of them for a chosen period. */
final class PayoutReportPane {
  private final Session s;
  private final PayoutReportViewModel model;
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final TableView<ReportFigures.GroupPayout> table = new TableView<>();
  private final BarChart<String, Number> byGroup =
      new BarChart<>(new CategoryAxis(), new NumberAxis());
  private final PieChart byGender = new PieChart();
  private final Label women = new Label();
  private final Label message = new Label();

  PayoutReportPane(Session s) {
    this.s = s;
    this.model = new PayoutReportViewModel(s);
  }

  Node node() {
    Forms.figures((NumberAxis) byGroup.getYAxis(), s.texts.locale());
    LocalDate[] month = model.thisMonth();
    from.setValue(month[0]);
    to.setValue(month[1]);
    from.setId("payouts-from");
    to.setId("payouts-to");
    Button show = CounterView.button("payouts-show", s.t("payouts.show"), this::show);
    show.getStyleClass().add("accent");
    message.setId("payouts-message");
    women.setId("women-share");
    women.getStyleClass().add("title-4");

    table.setId("payouts-table");
    var code = CounterView.column(s.t("office.group"), ReportFigures.GroupPayout::group);
    code.setPrefWidth(70);
    // The name gives way first, whole in its tooltip; code, count and payout keep their longest
    // texts ("3 682 X…" and "GIE Fe…" were cut in French).
    var name = CounterView.yielding(s.t("payouts.name"), ReportFigures.GroupPayout::name);
    name.setPrefWidth(160);
    var count =
        CounterView.figures(
            s.t("payouts.count"),
            (ReportFigures.GroupPayout g) -> Integer.toString(g.settlements()));
    count.setPrefWidth(70);
    var paid =
        CounterView.figures(
            s.t("office.payout"), (ReportFigures.GroupPayout g) -> s.money(g.payout()));
    paid.setPrefWidth(130);
    table.getColumns().addAll(java.util.List.of(code, name, count, paid));
    table.setPrefWidth(400);
    // Never narrower than its columns' titles (and a scroll bar): squeezed by the charts beside it,
    // the table cut "К выплате" off at its edge in Russian.
    table.setMinWidth(
        table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getMinWidth).sum()
            + 20);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(Forms.placeholder(s.t("payouts.none")));
    from.setConverter(Dates.converter(s));
    to.setConverter(Dates.converter(s));

    byGroup.setId("payouts-chart");
    byGroup.setTitle(s.t("payouts.chart", s.store.currency().getCurrencyCode()));
    byGroup.setLegendVisible(false);
    byGroup.setAnimated(false);
    byGender.setId("gender-chart");
    byGender.setTitle(s.t("payouts.gender"));
    // Slice labels get cut off at this size; the legend says each slice's amount and percent.
    byGender.setLabelsVisible(false);
    byGender.setLegendVisible(true);
    byGender.setLegendSide(javafx.geometry.Side.BOTTOM);
    byGender.setAnimated(false);
    for (var chart : new javafx.scene.layout.Region[] {table, byGroup, byGender}) {
      chart.setPrefHeight(300);
      HBox.setHgrow(chart, Priority.ALWAYS);
    }
    byGroup.setPrefWidth(330);
    byGender.setPrefWidth(360);

    HBox period =
        Forms.line(
            8,
            fixed(new Label(s.t("payouts.title"))),
            fixed(new Label(s.t("payouts.from"))),
            from,
            fixed(new Label(s.t("payouts.to"))),
            to,
            show);
    message.setWrapText(true);
    VBox box = new VBox(8, period, message, women, new HBox(10, table, byGroup, byGender));
    box.setPadding(new Insets(8, 0, 0, 0));
    show();
    return box;
  }

  private static Label fixed(Label l) {
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  void show() {
    LocalDate[] period = new LocalDate[2];
    DatePicker[] pickers = {from, to};
    for (int i = 0; i < 2; i++) {
      var typed = Dates.typed(pickers[i], s);
      if (typed.problem() != null) {
        message.setText(typed.problem());
        return;
      }
      period[i] = typed.day();
    }
    LocalDate first = period[0];
    LocalDate last = period[1];
    var wrong = model.check(first, last);
    if (wrong.isPresent()) {
      message.setText(wrong.get());
      return;
    }
    message.setText("");
    s.background.run(
        () -> model.load(first, last),
        outcome -> {
          if (!outcome.isDone()) {
            message.setText(s.texts.refusal(outcome.refusal()));
            return;
          }
          var r = outcome.value();
          table.setItems(FXCollections.observableArrayList(r.groups()));
          keepWhole(r.groups());
          XYChart.Series<String, Number> series = new XYChart.Series<>();
          r.groups()
              .forEach(
                  g ->
                      series.getData().add(new XYChart.Data<>(g.group(), model.major(g.payout()))));
          byGroup.getData().setAll(java.util.List.of(series));
          var slices = FXCollections.<PieChart.Data>observableArrayList();
          for (var x : r.shares()) {
            if (x.payout() > 0) {
              slices.add(new PieChart.Data(model.label(x), model.major(x.payout())));
            }
          }
          byGender.setData(slices);
          // A period with no payouts is said once, in the line above; an empty table saying it
          // again, an empty axis of 0 to 150 and a blank circle would add nothing to it.
          boolean any = !r.groups().isEmpty();
          for (var chart : new javafx.scene.Node[] {table, byGroup, byGender}) {
            chart.setVisible(any);
            chart.setManaged(any);
          }
          women.setText(model.womenShare(r));
        },
        message::setText);
  }

  /** Code, count and payout as wide as their longest texts; the table at least as wide as them. */
  private void keepWhole(java.util.List<ReportFigures.GroupPayout> rows) {
    for (var c : table.getColumns()) {
      if (c.getStyleClass().contains("figures") || c == table.getColumns().get(0)) {
        @SuppressWarnings("unchecked") // every column here is one of strings (CounterView.column)
        var strings = (javafx.scene.control.TableColumn<ReportFigures.GroupPayout, String>) c;
        CounterView.wholeFor(strings, rows);
      }
    }
    table.setMinWidth(
        table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getMinWidth).sum()
            + 20);
  }
}
