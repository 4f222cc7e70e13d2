package org.ovop.till.app.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * The people who work the till, and adding one as {@code till user add} does, acting for the
 * signed-in manager or admin: the staff service decides who may make whom.
 */
final class UsersModel {
  /** The users, and until when PIN entry on this till is locked (empty when it is open). */
  record Roster(List<User> users, Optional<Instant> lockedUntil) {}

  private final TillServices services;
  private final Texts texts;
  private final StoreProfile store;
  private final Supplier<User> manager;

  UsersModel(TillServices services, Texts texts, StoreProfile store, Supplier<User> manager) {
    this.services = services;
    this.texts = texts;
    this.store = store;
    this.manager = manager;
  }

  Roster roster() {
    return new Roster(services.staff().users(), services.staff().pinEntryLockedUntil());
  }

  String role(User u) {
    return texts.get("role." + u.role().code());
  }

  /**
   * "no" or "until 10:45": a lock after wrong PINs holds PIN entry on this till, so it holds for
   * everyone here.
   */
  String locked(Roster r) {
    return r.lockedUntil()
        .map(
            t ->
                texts.get(
                    "users.locked.until",
                    DateTimeFormatter.ofPattern("HH:mm").withZone(store.zone()).format(t)))
        .orElseGet(() -> texts.get("users.locked.no"));
  }

  FormReply<User> add(String name, Role role, String pin, String pinAgain) {
    if (GroupsModel.isBlank(name)) {
      return FormReply.problem(texts.get("users.error.name"));
    }
    if (role == null) {
      return FormReply.problem(texts.get("users.error.role"));
    }
    if (pin == null || !pin.matches("\\d{4,8}")) {
      return FormReply.problem(texts.get("users.error.pin"));
    }
    if (!pin.equals(pinAgain)) {
      return FormReply.problem(texts.get("users.error.again"));
    }
    Outcome<User> added = services.staff().add(manager.get(), name.strip(), role, pin);
    return added.isDone()
        ? FormReply.done(added.value())
        : FormReply.problem(texts.refusal(added.refusal()));
  }
}
