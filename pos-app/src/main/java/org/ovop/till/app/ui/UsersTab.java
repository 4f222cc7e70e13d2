package org.ovop.till.app.ui;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/** Who works the till, and a form to add someone, acting for the signed-in manager. */
final class UsersTab {
  private final Session s;
  private final UsersModel model;
  private final Label message = new Label();
  private final TableView<User> table = new TableView<>();
  private UsersModel.Roster roster =
      new UsersModel.Roster(java.util.List.of(), java.util.Optional.empty());

  UsersTab(Session s) {
    this.s = s;
    this.model = new UsersModel(s.services, s.texts, s.store, () -> s.cashier);
  }

  Tab tab() {
    message.setId("users-message");
    message.setWrapText(true);
    table.setId("users-table");
    table.setPlaceholder(Forms.placeholder(s.t("users.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().add(GroupsTab.wide(CounterView.column(s.t("users.name"), User::name), 360));
    table.getColumns().add(GroupsTab.wide(CounterView.column(s.t("users.role"), model::role), 200));
    table
        .getColumns()
        .add(
            GroupsTab.wide(
                CounterView.column(s.t("users.locked"), (User u) -> model.locked(roster)), 200));
    VBox.setVgrow(table, Priority.ALWAYS);

    TextField who = new TextField();
    who.setId("user-name");
    Forms.prompt(who, s.t("users.name"));
    who.setPrefColumnCount(16);
    ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
    role.setId("user-role");
    role.setValue(Role.CASHIER);
    role.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Role r) {
            return r == null ? "" : s.t("role." + r.code());
          }

          @Override
          public Role fromString(String text) {
            return null;
          }
        });
    PasswordField pin = new PasswordField();
    pin.setId("user-pin");
    Forms.prompt(pin, s.t("users.pin"));
    pin.setPrefColumnCount(12);
    PasswordField again = new PasswordField();
    again.setId("user-pin-again");
    Forms.prompt(again, s.t("users.pin.again"));
    again.setPrefColumnCount(12);
    Button add =
        CounterView.button(
            "user-add",
            s.t("users.add"),
            () -> {
              String typedName = who.getText();
              Role chosen = role.getValue();
              String p1 = pin.getText();
              String p2 = again.getText();
              s.background.run(
                  () -> model.add(typedName, chosen, p1, p2),
                  reply -> {
                    pin.clear();
                    again.clear();
                    if (reply.isDone()) {
                      say(
                          false,
                          s.t("users.added", model.role(reply.value()), reply.value().name()));
                      who.clear();
                      load();
                    } else {
                      say(true, reply.problem());
                    }
                  },
                  m -> say(true, m));
            });
    add.getStyleClass().add("accent");
    Label note = new Label(s.t("users.note"));
    note.setWrapText(true);
    VBox box = new VBox(10, new HBox(8, who, role, pin, again, add), table, note, message);
    box.setPadding(new Insets(12));
    load();
    Tab tab = new Tab(s.t("users.tab"), box);
    tab.setId("tab-users");
    return tab;
  }

  private void load() {
    s.background.run(
        model::roster,
        r -> {
          roster = r;
          table.setItems(FXCollections.observableArrayList(r.users()));
        },
        m -> say(true, m));
  }

  private void say(boolean problem, String sentence) {
    Forms.say(message, problem, sentence);
  }
}
