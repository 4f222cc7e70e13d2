package org.ovop.till.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A delivery from a producer group: the group, then each product scanned or typed with its quantity
 * and the member who made it, each checked as it is added; then the delivery is received, its
 * consignment note printed and its price labels written. Keyboard first: a scanned code and Enter
 * go to the quantity, the quantity and Enter add the line.
 */
final class IntakeTab {
  private final Session s;
  private final IntakeViewModel model;
  private final ComboBox<String> group = new ComboBox<>();
  private final TextField code = new TextField();
  private final TextField qty = new TextField();
  private final ComboBox<String> member = new ComboBox<>();
  private final TableView<IntakeViewModel.Line> table = new TableView<>();
  private final Label result = new Label();

  IntakeTab(Session s, Path labelsFolder) {
    this.s = s;
    this.model = new IntakeViewModel(s, labelsFolder);
  }

  Tab tab() {
    group.setId("intake-group");
    group.setPromptText(s.t("office.group")); // an empty list box did not say what it chooses
    group.setOnAction(e -> chooseGroup(group.getValue()));
    code.setId("intake-sku");
    Forms.prompt(code, s.t("intake.code"));
    code.setOnAction(e -> qty.requestFocus());
    qty.setId("intake-qty");
    Forms.prompt(qty, s.t("counter.qty"));
    qty.setPrefColumnCount(4);
    qty.setOnAction(e -> add());
    member.setId("intake-member");
    member.setPromptText(s.t("office.member"));
    Button add = CounterView.button("intake-add", s.t("office.add"), this::add);
    result.setId("intake-result");
    result.setWrapText(true);

    table.setId("intake-table");
    table.setPlaceholder(Forms.placeholder(s.t("office.intake.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(CounterView.column(s.t("office.sku"), IntakeViewModel.Line::sku));
    var name = CounterView.column(s.t("counter.item"), IntakeViewModel.Line::name);
    name.setPrefWidth(360);
    table.getColumns().add(name);
    table
        .getColumns()
        .add(
            CounterView.figures(
                s.t("counter.qty"), (IntakeViewModel.Line l) -> Long.toString(l.quantity())));
    table
        .getColumns()
        .add(
            CounterView.column(
                s.t("office.member"),
                (IntakeViewModel.Line l) -> l.member() == null ? "" : l.member()));
    VBox.setVgrow(table, Priority.ALWAYS);
    Button remove =
        CounterView.button(
            "intake-remove",
            s.t("intake.remove"),
            () -> {
              var chosen = table.getSelectionModel().getSelectedItem();
              if (chosen == null) {
                Forms.say(result, true, s.t("intake.choose"));
              } else {
                show(model.remove(chosen));
                result.setText("");
              }
            });
    Button receive = CounterView.button("intake-receive", s.t("office.receive"), this::receive);
    receive.getStyleClass().add("accent");

    s.background.run(
        model::groups,
        codes -> group.getItems().setAll(codes),
        why -> Forms.say(result, true, why));
    VBox box =
        new VBox(
            10,
            Forms.line(8, group, code, qty, member, add),
            result,
            table,
            Forms.line(8, receive, remove));
    box.setPadding(new Insets(12));
    Tab tab = new Tab(s.t("office.intake"), box);
    tab.setId("tab-intake");
    return tab;
  }

  /** Another group: its members to choose from, and an empty delivery. */
  private void chooseGroup(String code) {
    show(model.group(code));
    result.setText("");
    member.getItems().clear();
    if (code == null) {
      return;
    }
    s.background.run(
        () -> model.members(code),
        names -> {
          // The first choice names no member: most deliveries come from the group as a whole.
          member.getItems().setAll(s.t("intake.nomember"));
          member.getItems().addAll(names);
        },
        why -> Forms.say(result, true, why));
  }

  private String chosenMember() {
    String m = member.getValue();
    return m == null || m.equals(s.t("intake.nomember")) ? null : m;
  }

  private void add() {
    String typedCode = code.getText();
    String typedQty = qty.getText();
    String who = chosenMember();
    s.background.run(
        () -> model.add(typedCode, typedQty, who),
        reply -> {
          if (reply.isDone()) {
            show(reply.lines());
            code.clear();
            qty.clear();
            result.setText("");
            code.requestFocus();
          } else {
            Forms.say(result, true, reply.problem());
            // Where it is wrong, with what was typed selected: the next scan replaces a wrong code
            // rather than landing in the quantity.
            switch (reply.wrong()) {
              case GROUP -> group.requestFocus();
              case MEMBER -> member.requestFocus();
              case QUANTITY -> {
                qty.requestFocus();
                qty.selectAll();
              }
              case CODE -> {
                code.requestFocus();
                code.selectAll();
              }
            }
          }
        },
        why -> Forms.say(result, true, why));
  }

  private void receive() {
    s.background.run(
        model::receive,
        outcome -> {
          if (outcome.isDone()) {
            show(List.of());
            Forms.say(result, false, model.received(outcome.value()));
          } else {
            Forms.say(result, true, s.texts.refusal(outcome.refusal()));
          }
        },
        why -> Forms.say(result, true, why));
  }

  private void show(List<IntakeViewModel.Line> lines) {
    table.setItems(FXCollections.observableArrayList(lines));
  }
}
