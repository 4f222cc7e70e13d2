package org.ovop.till.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each PIN check costs the full PBKDF2 rounds and sign-in stops at the first match, so the order of
 * the checks decides how long a cashier waits at the counter.
 */
class SignInOrderTest {
  private final User admin = new User("a", "Admin", Role.ADMIN, "x");
  private final User manager = new User("m", "Manager", Role.MANAGER, "x");
  private final User aida = new User("c1", "Aida", Role.CASHIER, "x");
  private final User bakyt = new User("c2", "Bakyt", Role.CASHIER, "x");
  private final List<User> byCreation = List.of(admin, manager, aida, bakyt);

  @Test
  void atTheCounterCashiersComeFirstThenManagersThenAdmins() {
    assertThat(Staff.likelyFirst(byCreation, Optional.empty(), Role.CASHIER))
        .containsExactly(aida, bakyt, manager, admin);
  }

  @Test
  void theCashierOnShiftAtThisTillComesBeforeEveryone() {
    assertThat(Staff.likelyFirst(byCreation, Optional.of("c2"), Role.CASHIER))
        .containsExactly(bakyt, aida, manager, admin);
  }

  @Test
  void anApprovalChecksManagersFirst() {
    assertThat(Staff.likelyFirst(byCreation, Optional.empty(), Role.MANAGER))
        .containsExactly(manager, admin, aida, bakyt);
  }

  @Test
  void theOrderNeitherDropsNorRepeatsAnyone() {
    assertThat(Staff.likelyFirst(byCreation, Optional.of("nobody"), Role.ADMIN))
        .containsExactlyInAnyOrderElementsOf(byCreation)
        .first()
        .isEqualTo(admin);
  }
}
