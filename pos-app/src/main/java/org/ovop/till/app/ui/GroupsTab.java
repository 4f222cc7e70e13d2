package org.ovop.till.app.ui;

import java.util.List;
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
import javafx.util.StringConverter;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;

/** Producer groups and, for the chosen one, its members; a form for each. */
final class GroupsTab {
  private final Session s;
  private final GroupsModel model;
  private final Label message = new Label();
  private final TableView<ProducerGroup> groups = new TableView<>();
  private final TableView<Member> members = new TableView<>();

  GroupsTab(Session s) {
    this.s = s;
    this.model = new GroupsModel(s.services, s.texts, () -> s.cashier);
  }

  Tab tab() {
    message.setId("groups-message");
    message.setWrapText(true);
    groups.setId("groups-table");
    groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    groups.getColumns().add(wide(CounterView.column(s.t("groups.code"), ProducerGroup::code), 65));
    groups.getColumns().add(wide(CounterView.column(s.t("groups.name"), ProducerGroup::name), 200));
    groups
        .getColumns()
        .add(wide(CounterView.column(s.t("groups.region"), g -> orDash(g.region())), 215));
    groups
        .getColumns()
        .add(wide(CounterView.column(s.t("groups.village"), g -> orDash(g.village())), 110));
    groups.getColumns().add(wide(CounterView.figures(s.t("groups.levy"), model::levy), 75));
    groups
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> loadMembers(now));

    members.setId("members-table");
    members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    members.setPlaceholder(Forms.placeholder(s.t("groups.members.none")));
    groups.setPlaceholder(Forms.placeholder(s.t("groups.none")));
    members.getColumns().add(wide(CounterView.column(s.t("groups.member"), Member::name), 150));
    members
        .getColumns()
        .add(wide(CounterView.column(s.t("groups.gender"), m -> model.gender(m.gender())), 80));
    members
        .getColumns()
        .add(wide(CounterView.column(s.t("groups.phone"), m -> orDash(m.phone())), 130));
    // The groups take the room their names and regions need; a group's members are a few names.
    members.setPrefWidth(360);
    members.setMinWidth(330);

    javafx.scene.layout.StackPane tables = new javafx.scene.layout.StackPane();
    arrange(tables, true);
    tables
        .widthProperty()
        .addListener((o, was, now) -> arrange(tables, now.doubleValue() >= SIDE_BY_SIDE));
    VBox box = new VBox(10, groupForm(), tables, memberForm(), message);
    VBox.setVgrow(tables, Priority.ALWAYS);
    box.setPadding(new Insets(12));
    loadGroups(null);
    Tab tab = new Tab(s.t("groups.tab"), box);
    tab.setId("tab-groups");
    return tab;
  }

  /**
   * The width from which the members table stands beside the groups table: what both need whole
   * (the tab is 1076 pixels wide in the window's usual 1100, 1000 on a 1024-pixel screen).
   */
  private static final double SIDE_BY_SIDE = 1040;

  /** Whether the members table stands beside the groups table, else under it. */
  private Boolean beside;

  /**
   * The members beside the groups where there is room, under them on a narrower screen (a 1024 ×
   * 768 counter screen): beside them there, the groups' regions and villages were cut short.
   */
  private void arrange(javafx.scene.layout.StackPane tables, boolean roomy) {
    if (Boolean.valueOf(roomy).equals(beside)) {
      return;
    }
    beside = roomy;
    members.setMaxWidth(roomy ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : Double.MAX_VALUE);
    members.setMaxHeight(roomy ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : 190);
    javafx.scene.layout.Pane both =
        roomy ? new HBox(12, grow(groups), members) : new VBox(10, groups, members);
    VBox.setVgrow(groups, Priority.ALWAYS);
    tables.getChildren().setAll(both);
  }

  private HBox groupForm() {
    TextField code = field("group-code", "groups.code", 7);
    TextField name = field("group-name", "groups.name", 16);
    TextField region = field("group-region", "groups.region", 8);
    TextField village = field("group-village", "groups.village", 8);
    TextField levy = field("group-levy", "groups.levy.prompt", 8);
    Button add =
        CounterView.button(
            "group-add",
            s.t("groups.add"),
            () ->
                s.background.run(
                    () ->
                        model.addGroup(
                            code.getText(),
                            name.getText(),
                            region.getText(),
                            village.getText(),
                            levy.getText()),
                    reply -> {
                      if (reply.isDone()) {
                        say(false, s.t("groups.added", reply.value().code(), reply.value().name()));
                        List.of(code, name, region, village, levy).forEach(TextField::clear);
                        loadGroups(reply.value().code());
                      } else {
                        say(true, reply.problem());
                      }
                    },
                    m -> say(true, m)));
    add.getStyleClass().add("accent");
    return new HBox(8, code, name, region, village, levy, add);
  }

  private VBox memberForm() {
    TextField name = field("member-name", "groups.member", 16);
    ComboBox<Gender> gender = new ComboBox<>(FXCollections.observableArrayList(Gender.values()));
    gender.setId("member-gender");
    gender.setPromptText(s.t("groups.gender"));
    gender.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Gender g) {
            return g == null ? "" : model.gender(g);
          }

          @Override
          public Gender fromString(String text) {
            return null;
          }
        });
    TextField phone = field("member-phone", "groups.phone", 12);
    Button add =
        CounterView.button(
            "member-add",
            s.t("groups.member.add"),
            () -> {
              ProducerGroup group = groups.getSelectionModel().getSelectedItem();
              s.background.run(
                  () -> model.addMember(group, name.getText(), gender.getValue(), phone.getText()),
                  reply -> {
                    if (reply.isDone()) {
                      say(false, s.t("groups.member.added", reply.value().name(), group.code()));
                      name.clear();
                      phone.clear();
                      gender.setValue(null);
                      loadMembers(group);
                    } else {
                      say(true, reply.problem());
                    }
                  },
                  m -> say(true, m));
            });
    // The words above the fields, not beside them: in Swahili they took the fields' room and were
    // cut to "kilichochagu...".
    return new VBox(6, new Label(s.t("groups.member.new")), new HBox(8, name, gender, phone, add));
  }

  private void loadGroups(String choose) {
    s.background.run(
        model::groups,
        all -> {
          groups.setItems(FXCollections.observableArrayList(all));
          all.stream()
              .filter(g -> g.code().equals(choose))
              .findFirst()
              .ifPresent(g -> groups.getSelectionModel().select(g));
        },
        m -> say(true, m));
  }

  private void loadMembers(ProducerGroup group) {
    s.background.run(
        () -> model.members(group),
        all -> members.setItems(FXCollections.observableArrayList(all)),
        m -> say(true, m));
  }

  private TextField field(String id, String prompt, int columns) {
    return Forms.field(s, id, prompt, columns);
  }

  private void say(boolean problem, String sentence) {
    Forms.say(message, problem, sentence);
  }

  private static <T extends javafx.scene.layout.Region> T grow(T node) {
    HBox.setHgrow(node, Priority.ALWAYS);
    return node;
  }

  static <T> javafx.scene.control.TableColumn<T, String> wide(
      javafx.scene.control.TableColumn<T, String> c, double width) {
    c.setPrefWidth(width);
    return c;
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
