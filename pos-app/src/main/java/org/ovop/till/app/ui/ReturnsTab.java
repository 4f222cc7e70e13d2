package org.ovop.till.app.ui;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ovop.till.core.report.ReportFigures;
import org.ovop.till.core.stock.StockKeeping;

/**
 * Returns and aging: units on the shelf per group by age, so a manager sees what to send back, then
 * the group's products with their oldest lot, the lines chosen to return, and the note.
 */
final class ReturnsTab {
  private final Session s;
  private final ReturnsViewModel model;
  private final TableView<ReportFigures.AgeBands> aging = new TableView<>();
  private final ComboBox<String> group = new ComboBox<>();
  private final TableView<ReturnsViewModel.ShelfLine> shelf = new TableView<>();
  private final TableView<StockKeeping.ReturnItem> lines = new TableView<>();
  private final TextField qty = new TextField();
  private final Label result = new Label();
  private Button recordKey;
  private ReturnsViewModel.Shelf loaded =
      new ReturnsViewModel.Shelf(java.util.List.of(), java.util.List.of(), java.util.List.of());

  ReturnsTab(Session s) {
    this.s = s;
    this.model = new ReturnsViewModel(s);
  }

  Tab tab() {
    aging.setId("aging-table");
    aging.setPrefHeight(255);
    aging.setMinHeight(255);
    var named =
        CounterView.column(
            s.t("office.group"), (ReportFigures.AgeBands b) -> loaded.named(b.group()));
    named.setPrefWidth(260);
    aging.getColumns().add(named);
    aging.getColumns().add(number(s.t("returns.days30"), ReportFigures.AgeBands::upTo30));
    aging.getColumns().add(number(s.t("returns.days60"), ReportFigures.AgeBands::upTo60));
    aging.getColumns().add(number(s.t("returns.days90"), ReportFigures.AgeBands::upTo90));
    aging.getColumns().add(number(s.t("returns.over90"), ReportFigures.AgeBands::over90));
    aging.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

    group.setId("return-group");
    group.setPromptText(s.t("office.group"));
    group.setOnAction(e -> showGroup(group.getValue()));

    shelf.setId("return-shelf");
    shelf.getColumns().add(CounterView.column(s.t("office.sku"), ReturnsViewModel.ShelfLine::sku));
    var name = CounterView.column(s.t("counter.item"), ReturnsViewModel.ShelfLine::name);
    name.setPrefWidth(300);
    shelf.getColumns().add(name);
    shelf.getColumns().add(number(s.t("office.onhand"), ReturnsViewModel.ShelfLine::onHand));
    shelf.getColumns().add(number(s.t("returns.oldest"), ReturnsViewModel.ShelfLine::oldestDays));
    var days = Dates.converter(s);
    shelf
        .getColumns()
        .add(
            CounterView.column(
                s.t("intake.bestbefore"),
                (ReturnsViewModel.ShelfLine l) -> days.toString(l.soonestBestBefore())));

    lines.setId("return-lines");
    lines.getColumns().add(CounterView.column(s.t("office.sku"), StockKeeping.ReturnItem::sku));
    lines.getColumns().add(number(s.t("counter.qty"), StockKeeping.ReturnItem::quantity));
    lines.setPrefWidth(260);
    lines.setPlaceholder(Forms.placeholder(s.t("returns.nothing")));
    shelf.setPlaceholder(Forms.placeholder(s.t("returns.choosegroup")));
    aging.setPlaceholder(Forms.placeholder(s.t("returns.empty")));
    shelf.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

    qty.setId("return-qty");
    Forms.prompt(qty, s.t("counter.qty"));
    qty.setPrefColumnCount(5);
    qty.setOnAction(e -> add());
    Button add = CounterView.button("return-add", s.t("office.add"), this::add);
    Button clear =
        CounterView.button(
            "return-clear",
            s.t("returns.clear"),
            () -> {
              model.clear();
              showLines();
            });
    Button record = CounterView.button("return-record", s.t("returns.record"), this::record);
    recordKey = record;
    record.getStyleClass().add("accent");
    result.setId("return-result");
    result.setWrapText(true);

    HBox.setHgrow(shelf, Priority.ALWAYS);
    HBox tables = new HBox(10, shelf, lines);
    VBox.setVgrow(tables, Priority.ALWAYS);
    VBox box =
        new VBox(
            10,
            new Label(s.t("returns.aging")),
            aging,
            new HBox(8, group, qty, add, clear, record),
            tables,
            result);
    box.setPadding(new Insets(12));
    reload();
    Tab tab = new Tab(s.t("returns.tab"), box);
    tab.setId("tab-returns");
    // Chosen again, the shelf and its ages are read again (a count or a delivery on another tab
    // changed them); the group and the lines chosen to return stay as they were.
    tab.setOnSelectionChanged(
        e -> {
          if (((Tab) e.getSource()).isSelected()) { // the tab in the office, see BackOfficeView
            reload();
          }
        });
    return tab;
  }

  private static <T> javafx.scene.control.TableColumn<T, String> number(
      String title, java.util.function.ToLongFunction<T> value) {
    return CounterView.figures(title, (T t) -> Long.toString(value.applyAsLong(t)));
  }

  private void reload() {
    s.background.run(
        model::shelf,
        outcome -> {
          if (!outcome.isDone()) {
            Forms.say(result, true, model.refusal(outcome.refusal()));
            return;
          }
          loaded = outcome.value();
          aging.setItems(FXCollections.observableArrayList(loaded.bands()));
          Forms.groups(group, loaded.onShelf()); // keeps the group chosen
          if (group.getValue() != null && !loaded.groups().contains(group.getValue())) {
            group.setValue(null); // its shelf is empty now
          }
          showGroup(group.getValue());
        },
        why -> Forms.say(result, true, why));
  }

  private void showGroup(String code) {
    model.group(code);
    shelf.setItems(
        FXCollections.observableArrayList(code == null ? java.util.List.of() : loaded.of(code)));
    showLines();
  }

  private void showLines() {
    lines.setItems(FXCollections.observableArrayList(model.chosen()));
  }

  private void add() {
    var error = model.add(shelf.getSelectionModel().getSelectedItem(), qty.getText());
    if (error.isPresent()) {
      Forms.say(result, true, error.get());
      return;
    }
    result.setText("");
    qty.clear();
    showLines();
  }

  private void record() {
    recordKey.setDisable(true); // until the answer, as a delivery's Receive
    s.background.run(
        model::record,
        outcome -> {
          recordKey.setDisable(false);
          if (outcome.isDone()) {
            Forms.say(result, false, model.recorded(outcome.value()));
            reload();
          } else {
            Forms.say(result, true, model.refusal(outcome.refusal()));
          }
          showLines();
        },
        why -> {
          recordKey.setDisable(false);
          Forms.say(result, true, why);
        });
  }
}
