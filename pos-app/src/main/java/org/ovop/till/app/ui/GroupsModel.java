package org.ovop.till.app.ui;

import java.util.List;
import java.util.function.Supplier;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.user.User;

/**
 * Producer groups and their members, kept by a manager through the catalogue service that {@code
 * till group add} and {@code till member add} use. Checks what was typed before asking the service;
 * every answer is one sentence in the screen's language.
 */
final class GroupsModel {
  private final TillServices services;
  private final Texts texts;
  private final Supplier<User> manager;

  GroupsModel(TillServices services, Texts texts, Supplier<User> manager) {
    this.services = services;
    this.texts = texts;
    this.manager = manager;
  }

  List<ProducerGroup> groups() {
    return services.database().read(b -> b.catalog().groups());
  }

  List<Member> members(ProducerGroup group) {
    return group == null
        ? List.of()
        : services.database().read(b -> b.catalog().members(group.id()));
  }

  FormReply<ProducerGroup> addGroup(
      String code, String name, String region, String village, String levy) {
    if (isBlank(code)) {
      return FormReply.problem(texts.get("groups.error.code"));
    }
    if (isBlank(name)) {
      return FormReply.problem(texts.get("groups.error.name"));
    }
    Percent levyRate = Percent.ZERO;
    if (!isBlank(levy)) {
      var parsed = Percent.parseTyped(levy, texts.locale());
      if (parsed.isEmpty()) {
        return FormReply.problem(texts.get("error.percent", levy.strip()));
      }
      levyRate = parsed.get();
    }
    return reply(
        services
            .catalog()
            .addGroup(manager.get(), code.strip(), name.strip(), region, village, levyRate));
  }

  FormReply<Member> addMember(ProducerGroup group, String name, Gender gender, String phone) {
    if (group == null) {
      return FormReply.problem(texts.get("groups.error.choose"));
    }
    if (isBlank(name)) {
      return FormReply.problem(texts.get("groups.error.member"));
    }
    if (gender == null) {
      return FormReply.problem(texts.get("groups.error.gender"));
    }
    return reply(
        services.catalog().addMember(manager.get(), group.code(), name.strip(), gender, phone));
  }

  /** "1,5 %" or "—": the levy as the table shows it, in the screen's digits. */
  String levy(ProducerGroup g) {
    return g.levy().isZero() ? "—" : g.levy().figure(texts.locale()) + " %";
  }

  String gender(Gender g) {
    return texts.get("groups.gender." + g.name());
  }

  private <T> FormReply<T> reply(Outcome<T> outcome) {
    return outcome.isDone()
        ? FormReply.done(outcome.value())
        : FormReply.problem(texts.refusal(outcome.refusal()));
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
