package org.ovop.till.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ovop.till.app.ui.ProductsModel.Row;
import org.ovop.till.app.ui.ProductsModel.TermsKind;

/**
 * The products: search, add, new terms, and price labels for the chosen one. Expired certificates
 * stand out, since such a product cannot be received or sold without a manager.
 */
final class ProductsTab {
  private final Session s;
  private final ProductsModel model;
  private final Label message = new Label();
  private final TableView<Row> table = new TableView<>();
  private final TextField search = new TextField();
  private List<Row> all = List.of();
  private Runnable loadGroups = () -> {};

  ProductsTab(Session s) {
    this.s = s;
    this.model =
        new ProductsModel(s.services, s.texts, s.store, () -> s.cashier, s.printQueue, s.profile);
  }

  Tab tab() {
    message.setId("products-message");
    message.setWrapText(true);
    search.setId("products-search");
    Forms.prompt(search, s.t("products.search"));
    search.setPrefColumnCount(40);
    search.textProperty().addListener((o, was, now) -> show());

    table.setId("products-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(Forms.placeholder(s.t("products.none")));
    table
        .getColumns()
        .add(
            GroupsTab.wide(
                CounterView.column(s.t("office.sku"), (Row r) -> r.product().sku()), 95));
    table
        .getColumns()
        .add(
            GroupsTab.wide(
                CounterView.yielding(s.t("counter.item"), (Row r) -> r.product().name()), 330));
    table.getColumns().add(GroupsTab.wide(CounterView.column(s.t("office.group"), Row::group), 75));
    table
        .getColumns()
        .add(
            GroupsTab.wide(
                CounterView.figures(model.priceHeader(), (Row r) -> model.price(r.product())),
                100));
    table
        .getColumns()
        .add(
            GroupsTab.wide(
                CounterView.column(s.t("products.terms"), (Row r) -> model.terms(r.terms())), 180));
    table
        .getColumns()
        .add(
            GroupsTab.wide(
                CounterView.column(s.t("products.barcode"), (Row r) -> r.product().barcode()),
                145));
    table.getColumns().add(certificateColumn());
    VBox.setVgrow(table, Priority.ALWAYS);

    VBox box = new VBox(10, addForm(), new HBox(8, search), table, chosenForm(), message);
    box.setPadding(new Insets(12));
    load(null);
    Tab tab = new Tab(s.t("products.tab"), box);
    tab.setId("tab-products");
    // A group added on the groups tab a moment ago must be there to choose.
    tab.setOnSelectionChanged(
        e -> {
          if (((Tab) e.getSource()).isSelected()) { // the tab in the office, see BackOfficeView
            loadGroups.run();
          }
        });
    loadGroups.run();
    return tab;
  }

  /** The certificate's last day, in a warning style once it is past. */
  private TableColumn<Row, String> certificateColumn() {
    TableColumn<Row, String> c =
        CounterView.column(s.t("products.certified"), (Row r) -> model.certificate(r.product()));
    c.setPrefWidth(140);
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                Row row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                boolean expired = row != null && model.isExpired(row.product());
                setStyle(
                    expired
                        // Red on amber, not bold: bold is wider than the width the column
                        // keeps for its longest day, and cut "31/01/2025 — ex…".
                        ? "-fx-text-fill: -color-danger-fg;"
                            + " -fx-background-color: -color-warning-subtle;"
                        : "");
                getStyleClass().remove("expired");
                if (expired) {
                  getStyleClass().add("expired");
                }
              }
            });
    return c;
  }

  private VBox addForm() {
    TextField sku = field("product-sku", "office.sku", 8);
    TextField name = field("product-name", "products.name", 16);
    ComboBox<String> group = new ComboBox<>();
    group.setId("product-group");
    group.setPromptText(s.t("office.group"));
    loadGroups =
        () ->
            s.background.run(
                () -> s.services.database().read(b -> b.catalog().groups()),
                gs -> Forms.groups(group, gs),
                m -> say(true, m));
    TextField price = field("product-price", "products.price", 7);
    ComboBox<TermsKind> kind = termsKind("product-terms-kind");
    TextField termsValue = field("product-terms-value", "products.terms.value", 8);
    TextField barcode = field("product-barcode", "products.barcode.prompt", 16);
    DatePicker until = new DatePicker();
    until.setId("product-certified");
    until.setConverter(Dates.converter(s));
    until.setPromptText(s.t("products.certified"));
    until.setPrefWidth(190);
    Button add =
        CounterView.button(
            "product-add",
            s.t("products.add"),
            () -> {
              var chosenGroup = group.getValue();
              var chosenKind = kind.getValue();
              var certified = Dates.typed(until, s);
              if (certified.problem() != null) {
                say(true, certified.problem());
                return;
              }
              var day = certified.day();
              s.background.run(
                  () ->
                      model.add(
                          sku.getText(),
                          name.getText(),
                          chosenGroup,
                          price.getText(),
                          chosenKind,
                          termsValue.getText(),
                          barcode.getText(),
                          day),
                  reply -> {
                    if (reply.isDone()) {
                      var p = reply.value();
                      say(false, s.t("products.added", p.sku(), p.name(), p.barcode()));
                      List.of(sku, name, price, termsValue, barcode).forEach(TextField::clear);
                      until.setValue(null);
                      load(p.sku());
                    } else {
                      say(true, reply.problem());
                    }
                  },
                  m -> say(true, m));
            });
    add.getStyleClass().add("accent");
    return new VBox(
        8,
        new HBox(8, sku, name, group, price),
        new HBox(8, kind, termsValue, barcode, until, add));
  }

  /** What can be done to the chosen product: new terms from today, and its labels. */
  private VBox chosenForm() {
    ComboBox<TermsKind> kind = termsKind("new-terms-kind");
    TextField value = field("new-terms-value", "products.terms.value", 8);
    Button change =
        CounterView.button(
            "change-terms",
            s.t("products.terms.change"),
            () -> {
              Row row = table.getSelectionModel().getSelectedItem();
              var chosenKind = kind.getValue();
              s.background.run(
                  () -> model.changeTerms(row, chosenKind, value.getText()),
                  reply -> {
                    if (reply.isDone()) {
                      say(
                          false,
                          s.t(
                              "products.terms.changed",
                              row.product().sku(),
                              model.terms(reply.value().terms())));
                      value.clear();
                      load(row.product().sku());
                    } else {
                      say(true, reply.problem());
                    }
                  },
                  m -> say(true, m));
            });
    TextField copies = field("label-copies", "products.copies", 4);
    copies.setText("1");
    CheckBox sheet = new CheckBox(s.t("products.labels.sheet"));
    sheet.setId("labels-sheet");
    sheet.setSelected(true);
    CheckBox thermal = new CheckBox(s.t("products.labels.printer"));
    thermal.setId("labels-printer");
    Path folder = s.services.papersFolder().resolve("labels");
    Button print =
        CounterView.button(
            "print-labels",
            s.t("products.labels.print"),
            () -> {
              Row row = table.getSelectionModel().getSelectedItem();
              boolean toSheet = sheet.isSelected();
              boolean toPrinter = thermal.isSelected();
              String typed = copies.getText();
              s.background.run(
                  () -> model.printLabels(row, typed, toSheet, toPrinter, folder),
                  reply -> {
                    if (!reply.isDone()) {
                      say(true, reply.problem());
                      return;
                    }
                    var done = reply.value();
                    String where =
                        done.pdf() != null && done.job() != null
                            ? s.t("products.labels.both", done.pdf(), done.job())
                            : done.pdf() != null
                                ? s.t("products.labels.pdf", done.pdf())
                                : s.t("products.labels.queued", done.job());
                    say(false, s.t("products.labels.done", done.labels(), where));
                  },
                  m -> say(true, m));
            });
    HBox terms = Forms.line(8, new Label(s.t("products.chosen")), kind, value, change);
    HBox labels = Forms.line(8, new Label(s.t("products.copies")), copies, sheet, thermal, print);
    return new VBox(8, terms, labels);
  }

  private ComboBox<TermsKind> termsKind(String id) {
    ComboBox<TermsKind> kind =
        new ComboBox<>(FXCollections.observableArrayList(TermsKind.values()));
    kind.setId(id);
    kind.setValue(TermsKind.CONSIGNMENT);
    kind.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TermsKind k) {
            return k == null
                ? ""
                : s.t("products.terms." + k.name().toLowerCase(java.util.Locale.ROOT));
          }

          @Override
          public TermsKind fromString(String text) {
            return null;
          }
        });
    return kind;
  }

  private void load(String choose) {
    s.background.run(
        model::rows,
        rows -> {
          all = rows;
          show();
          keepColumnsWhole();
          table.getItems().stream()
              .filter(r -> r.product().sku().equals(choose))
              .findFirst()
              .ifPresent(
                  r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                  });
        },
        m -> say(true, m));
  }

  private void show() {
    table.setItems(FXCollections.observableArrayList(ProductsModel.search(all, search.getText())));
  }

  /**
   * Every column but the name stays wide enough for what it holds: seven columns do not always fit
   * the window, and a cut barcode or price cannot be read, where a cut name is in its tooltip.
   * Measured once a load, when the rows arrive.
   */
  private void keepColumnsWhole() {
    for (int i = 0; i < table.getColumns().size(); i++) {
      if (i != NAME_COLUMN) {
        // Every column of this table is one of strings (CounterView.column).
        @SuppressWarnings("unchecked")
        var column = (TableColumn<Row, String>) table.getColumns().get(i);
        CounterView.wholeFor(column, all);
      }
    }
  }

  /** The column that gives up its width when the window is narrow (see {@link #show}). */
  private static final int NAME_COLUMN = 1;

  private TextField field(String id, String prompt, int columns) {
    return Forms.field(s, id, prompt, columns);
  }

  private void say(boolean problem, String sentence) {
    Forms.say(message, problem, sentence);
  }
}
