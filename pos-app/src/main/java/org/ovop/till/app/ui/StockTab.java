package org.ovop.till.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ovop.till.core.stock.StockKeeping;

/**
 * What is on the shelf, product by product, a count that records any difference, and goods written
 * off as broken or spoiled with what happened. A manager counts with the scanner in one hand: scan
 * the item (or type a few letters of it), type how many are on the shelf, Enter, and the next scan
 * goes straight into the find field again. A shop of two thousand products is not counted by
 * scrolling a table.
 */
final class StockTab {
  private final Session s;
  private final ObservableList<StockKeeping.OnHand> all = FXCollections.observableArrayList();
  private final FilteredList<StockKeeping.OnHand> shown = new FilteredList<>(all);
  private final TableView<StockKeeping.OnHand> table = new TableView<>(shown);
  private final TextField find = new TextField();
  private final TextField counted = new TextField();
  private final TextField damaged = new TextField();
  private final TextField damageWhy = new TextField();
  private final Label result = new Label();

  /** What the empty table says: nothing on the shelves yet, or nothing matching what was typed. */
  private final Label empty;

  StockTab(Session s) {
    this.s = s;
    // Until the shelf is read, the table says so: "nothing on the shelves yet" for the moment
    // the office takes to open would send a manager to receive a delivery that is there.
    this.empty = Forms.placeholder(s.t("office.stock.reading"));
  }

  Tab tab() {
    table.setId("stock-table");
    table.setPlaceholder(empty);
    // The name takes the room left; code, group and on-hand keep their headers readable.
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table
        .getColumns()
        .add(CounterView.column(s.t("office.sku"), (StockKeeping.OnHand o) -> o.product().sku()));
    var name =
        CounterView.column(s.t("counter.item"), (StockKeeping.OnHand o) -> o.product().name());
    name.setPrefWidth(340);
    table.getColumns().add(name);
    // The group as managers know it, by its name too (the products and returns tabs do the same).
    var group =
        CounterView.column(
            s.t("office.group"),
            (StockKeeping.OnHand o) -> o.group().code() + " " + o.group().name());
    group.setPrefWidth(240);
    table.getColumns().add(group);
    table
        .getColumns()
        .add(
            CounterView.figures(
                s.t("office.onhand"), (StockKeeping.OnHand o) -> Long.toString(o.onHand())));

    find.setId("stock-find");
    Forms.prompt(find, s.t("office.stock.find"));
    find.setPrefColumnCount(24);
    find.textProperty().addListener((o, was, now) -> narrow(now));
    find.setOnAction(e -> choose(find.getText()));

    counted.setId("counted-qty");
    Forms.prompt(counted, s.t("office.counted"));
    counted.setPrefColumnCount(10);
    counted.setOnAction(e -> record());
    Button record = CounterView.button("record-count", s.t("office.count"), this::record);

    // Goods broken or spoiled in the shop are written off with what happened, on their own sheet:
    // found missing at the next count, they would only have been a variance.
    damaged.setId("damaged-qty");
    Forms.prompt(damaged, s.t("office.damaged"));
    damaged.setPrefColumnCount(14);
    damageWhy.setId("damaged-reason");
    Forms.prompt(damageWhy, s.t("office.damaged.reason"));
    damageWhy.setPrefColumnCount(24);
    damageWhy.setOnAction(e -> writeOff());
    Button writeOff = CounterView.button("write-off", s.t("office.writeoff"), this::writeOff);

    result.setId("count-result");
    result.setWrapText(true);
    // No empty line's room between the fields and the table until there is something to say.
    result.managedProperty().bind(result.textProperty().isNotEmpty());

    load(null);
    VBox box =
        new VBox(
            10,
            new HBox(8, find, counted, record),
            new HBox(8, damaged, damageWhy, writeOff),
            result,
            table);
    VBox.setVgrow(table, Priority.ALWAYS);
    box.setPadding(new Insets(12));
    Tab tab = new Tab(s.t("office.stock"), box);
    tab.setId("tab-stock");
    // The scanner types wherever the keyboard is: on this tab, that is the find field, from the
    // moment the back office opens on it or the tab is chosen again. Chosen again, the shelf is
    // read again too: a delivery received on the next tab, or a sale at another till, changed it.
    // Only when chosen *again*: the office selects this tab as it opens, which would read the
    // shelf a second time right after the read above.
    boolean[] left = {false};
    tab.setOnSelectionChanged(
        e -> {
          if (!tab.isSelected()) {
            left[0] = true;
          } else if (left[0]) {
            var chosen = table.getSelectionModel().getSelectedItem();
            load(chosen == null ? null : chosen.product().sku());
            javafx.application.Platform.runLater(find::requestFocus);
          }
        });
    find.sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null && tab.isSelected()) {
                javafx.application.Platform.runLater(find::requestFocus);
              }
            });
    return tab;
  }

  /** Rows whose code, barcode, name or group hold every word typed, in any case. */
  static List<StockKeeping.OnHand> matching(
      List<StockKeeping.OnHand> rows, String typed, Locale locale) {
    return rows.stream().filter(holdsAll(typed, locale)).toList();
  }

  /** The row a scanner's code names: its barcode, or its SKU as a person types it. */
  static Optional<StockKeeping.OnHand> named(List<StockKeeping.OnHand> rows, String code) {
    String c = code.strip();
    return rows.stream()
        .filter(r -> c.equals(r.product().barcode()) || c.equalsIgnoreCase(r.product().sku()))
        .findFirst();
  }

  private static java.util.function.Predicate<StockKeeping.OnHand> holdsAll(
      String typed, Locale locale) {
    String[] words = typed.strip().toLowerCase(locale).split("\\s+");
    return r -> {
      String text =
          String.join(
                  " ",
                  r.product().sku(),
                  java.util.Objects.toString(r.product().barcode(), ""),
                  r.product().name(),
                  r.group().code(),
                  r.group().name())
              .toLowerCase(locale);
      for (String w : words) {
        if (!text.contains(w)) {
          return false;
        }
      }
      return true;
    };
  }

  private void narrow(String typed) {
    shown.setPredicate(typed.isBlank() ? null : holdsAll(typed, s.texts.locale()));
    empty.setText(
        typed.isBlank() ? s.t("office.stock.empty") : s.t("office.stock.none", typed.strip()));
  }

  /**
   * Enter in the find field: a scanned code or the one row left is chosen and the count field takes
   * the keyboard; otherwise it says what stops it, and nothing is chosen.
   */
  private void choose(String typed) {
    if (typed.isBlank()) {
      return;
    }
    Optional<StockKeeping.OnHand> one = named(all, typed);
    if (one.isEmpty() && shown.size() == 1) {
      one = Optional.of(shown.get(0));
    }
    if (one.isPresent()) {
      select(one.get().product().sku());
      // A number typed before this product was chosen was not counted for it: Enter must not
      // record it against this one.
      counted.clear();
      counted.requestFocus();
      Forms.say(result, false, s.t("office.stock.chosen", one.get().product().name()));
    } else if (shown.isEmpty()) {
      Forms.say(result, true, s.t("office.stock.none", typed.strip()));
    } else {
      Forms.say(result, true, s.t("office.stock.several", shown.size()));
    }
  }

  private void record() {
    var line = table.getSelectionModel().getSelectedItem();
    if (line == null) {
      Forms.say(result, true, s.t("office.count.choose"));
      find.requestFocus();
      return;
    }
    long n;
    try {
      n = Long.parseLong(counted.getText().strip());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 0) {
      Forms.say(
          result,
          true,
          counted.getText().isBlank()
              ? s.t("office.counted.empty", line.product().name())
              : s.t("error.quantity", counted.getText()));
      counted.requestFocus();
      return;
    }
    var item = new StockKeeping.CountItem(line.product().sku(), n);
    s.background.run(
        () -> s.services.stock().count(s.cashier, List.of(item)),
        outcome -> {
          if (outcome.isDone()) {
            var c = outcome.value().lines().get(0);
            Forms.say(
                result,
                false,
                s.t(
                    "office.counted.done",
                    outcome.value().number(),
                    c.product().name() + " (" + c.product().sku() + ")",
                    c.counted(),
                    c.expected(),
                    (c.variance() > 0 ? "+" : "") + c.variance()));
            counted.clear();
            find.clear();
            find.requestFocus();
            load(c.product().sku());
          } else {
            Forms.say(result, true, s.texts.refusal(outcome.refusal()));
          }
        },
        why -> Forms.say(result, true, why));
  }

  /** Writes off the chosen product's broken or spoiled units, with what happened. */
  private void writeOff() {
    var line = table.getSelectionModel().getSelectedItem();
    if (line == null) {
      Forms.say(result, true, s.t("office.writeoff.choose"));
      find.requestFocus();
      return;
    }
    long n;
    try {
      n = Long.parseLong(damaged.getText().strip());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n <= 0) {
      Forms.say(
          result,
          true,
          damaged.getText().isBlank()
              ? s.t("office.damaged.empty", line.product().name())
              : s.t("error.quantity", damaged.getText()));
      damaged.requestFocus();
      return;
    }
    var item = new StockKeeping.DamagedItem(line.product().sku(), n);
    String why = damageWhy.getText();
    s.background.run(
        () -> s.services.stock().writeOffDamaged(s.cashier, List.of(item), why),
        outcome -> {
          if (outcome.isDone()) {
            var sheet = outcome.value();
            var l = sheet.lines().get(0);
            Forms.say(
                result,
                false,
                s.t(
                    "office.writeoff.done",
                    sheet.number(),
                    l.quantity(),
                    l.product().name() + " (" + l.product().sku() + ")",
                    sheet.reason()));
            damaged.clear();
            damageWhy.clear();
            find.clear();
            find.requestFocus();
            load(l.product().sku());
          } else {
            Forms.say(result, true, s.texts.refusal(outcome.refusal()));
          }
        },
        problem -> Forms.say(result, true, problem));
  }

  /** Reads the shelf again, keeping the row just counted chosen and in sight. */
  private void load(String keep) {
    s.background.run(
        () -> s.services.stock().onHand(null),
        outcome -> {
          if (outcome.isDone()) {
            all.setAll(outcome.value());
            narrow(find.getText());
            if (keep != null) {
              select(keep);
            }
          } else {
            Forms.say(result, true, s.texts.refusal(outcome.refusal()));
          }
        },
        why -> Forms.say(result, true, why));
  }

  private void select(String sku) {
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).product().sku().equals(sku)) {
        table.getSelectionModel().select(i);
        table.scrollTo(Math.max(0, i - 3));
        return;
      }
    }
  }
}
