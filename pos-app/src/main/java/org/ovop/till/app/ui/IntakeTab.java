package org.ovop.till.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A delivery from a producer group: the group, then each product scanned or typed with its
 * quantity, the member who made it and its best-before day, each checked as it is added; then the
 * delivery is received, its consignment note printed and its price labels written. A line without a
 * valid brand certificate opens the manager's PIN and reason under the form. Keyboard first: a
 * scanned code and Enter go to the quantity, the quantity and Enter add the line.
 */
final class IntakeTab {
  private final Session s;
  private final IntakeViewModel model;
  private final ComboBox<String> group = new ComboBox<>();
  private final TextField code = new TextField();
  private final TextField qty = new TextField();
  private final ComboBox<String> member = new ComboBox<>();
  private final DatePicker bestBefore = new DatePicker();
  private final PasswordField managerPin = new PasswordField();
  private final TextField reason = new TextField();
  private final HBox approval = new HBox(8);
  private Button receiveKey;
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
    bestBefore.setId("intake-best-before");
    bestBefore.setConverter(Dates.converter(s));
    bestBefore.setPromptText(s.t("intake.bestbefore"));
    Forms.fitToPrompt(bestBefore.getEditor()); // "À consommer avant" is wider than a day
    // The picker takes Enter for itself (it commits the typed day and the editor's action never
    // fires), so the line is added from a filter; with the calendar open, Enter picks a day there.
    bestBefore.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && !bestBefore.isShowing()) {
            add();
          }
        });
    managerPin.setId("intake-manager-pin");
    Forms.prompt(managerPin, s.t("refund.managerpin"));
    reason.setId("intake-reason");
    Forms.prompt(reason, s.t("refund.reason"));
    reason.setPrefColumnCount(24);
    reason.setOnAction(e -> receive());
    approval.getChildren().addAll(new Label(s.t("intake.approve")), managerPin, reason);
    approval.setId("intake-approval");
    approval.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    showApproval(false);
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
    table
        .getColumns()
        .add(
            CounterView.column(
                s.t("intake.bestbefore"),
                (IntakeViewModel.Line l) -> bestBefore.getConverter().toString(l.bestBefore())));
    table
        .getColumns()
        .add(CounterView.column(s.t("intake.certificate"), IntakeViewModel.Line::certificate));
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
    receiveKey = receive;

    loadGroups();
    VBox box =
        new VBox(
            10,
            // The group on a line of its own: a delivery comes from one group, chosen first, and
            // its name shown whole.
            group,
            Forms.line(8, code, qty, member, bestBefore, add),
            result,
            table,
            approval,
            Forms.line(8, receive, remove));
    box.setPadding(new Insets(12));
    Tab tab = new Tab(s.t("office.intake"), box);
    tab.setId("tab-intake");
    // A group added on the groups tab a moment ago must be there to choose (the chosen one stays).
    tab.setOnSelectionChanged(
        e -> {
          if (((Tab) e.getSource()).isSelected()) {
            loadGroups();
          }
        });
    return tab;
  }

  private void loadGroups() {
    s.background.run(
        model::groups, groups -> Forms.groups(group, groups), why -> Forms.say(result, true, why));
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
    String typedDay = bestBefore.getEditor().getText();
    s.background.run(
        () -> model.add(typedCode, typedQty, who, typedDay),
        reply -> {
          if (reply.isDone()) {
            show(reply.lines());
            code.clear();
            qty.clear();
            // The next product of the parcel seldom shares the day; a day left here would be given
            // to it unseen. Nor the member: scanned, typed and Enter, the next line was credited
            // to the woman of the line before, and with it her payout and the gender report.
            bestBefore.setValue(null);
            bestBefore.getEditor().clear();
            member.getSelectionModel().selectFirst(); // the group as a whole
            if (reply.warning() == null) {
              result.setText("");
            } else {
              Forms.say(result, true, reply.warning());
            }
            code.requestFocus();
          } else {
            Forms.say(result, true, reply.problem());
            // Where it is wrong, with what was typed selected: the next scan replaces a wrong code
            // rather than landing in the quantity.
            switch (reply.wrong()) {
              case GROUP -> group.requestFocus();
              case MEMBER -> member.requestFocus();
              case BEST_BEFORE -> {
                bestBefore.getEditor().requestFocus();
                bestBefore.getEditor().selectAll();
              }
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
    String pin = managerPin.getText();
    String because = reason.getText();
    // Until the answer: a second press found the delivery already received and said so in red
    // over the green sentence of the first.
    receiveKey.setDisable(true);
    s.background.run(
        () -> model.receive(pin, because),
        outcome -> {
          receiveKey.setDisable(false);
          if (outcome.isDone()) {
            show(List.of());
            managerPin.clear();
            reason.clear();
            Forms.say(result, !outcome.value().labelsWritten(), model.received(outcome.value()));
          } else {
            Forms.say(result, true, s.texts.refusal(outcome.refusal()));
            switch (outcome.refusal().reason()) {
              case REASON_NEEDED -> reason.requestFocus();
              case MANAGER_PIN_NEEDED, WRONG_PIN, NEEDS_ROLE, LOCKED_OUT -> {
                managerPin.requestFocus();
                managerPin.selectAll();
              }
              default -> {}
            }
          }
        },
        why -> {
          receiveKey.setDisable(false);
          Forms.say(result, true, why);
        });
  }

  private void show(List<IntakeViewModel.Line> lines) {
    table.setItems(FXCollections.observableArrayList(lines));
    showApproval(lines.stream().anyMatch(IntakeViewModel.Line::needsApproval));
  }

  /** The manager's PIN and reason take room only while a line needs them. */
  private void showApproval(boolean needed) {
    approval.setVisible(needed);
    approval.setManaged(needed);
    if (!needed) {
      managerPin.clear();
      reason.clear();
    }
  }
}
