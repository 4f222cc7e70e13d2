package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.Refusal;

class IntakeViewModelTest {
  @TempDir Path dir;
  OfficeFixture shop;

  @BeforeEach
  void demoShopAsTheManager() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER);
  }

  @AfterEach
  void close() {
    shop.close();
  }

  private String onHand(String sku) {
    assertThat(shop.cli.exit("--json", "stock", "--group", "IK-03")).isZero();
    var m =
        java.util.regex.Pattern.compile("\"sku\":\"" + sku + "\",[^}]*\"on_hand\":(-?\\d+)")
            .matcher(shop.cli.lastOut());
    return m.find() ? m.group(1) : "none";
  }

  @Test
  void labelsThatCannotBeWrittenDoNotHideADeliveryAlreadyRecorded() throws Exception {
    // The labels folder is a file: the sheet cannot be written there.
    Path notAFolder = Files.createFile(dir.resolve("labels"));
    var model = new IntakeViewModel(shop.session, notAFolder);
    model.group("IK-03");
    assertThat(model.add("SBT-001", "4", null, "").isDone()).isTrue();
    var received = model.receive("", "");
    assertThat(received.isDone()).as(String.valueOf(received)).isTrue();
    assertThat(received.value().labelsWritten()).isFalse();
    assertThat(model.received(received.value()))
        .isEqualTo(
            "Поставка CN-T1-000006: 4 шт. от группы IK-03 принята; накладная печатается, но"
                + " ценники не записаны в "
                + notAFolder.resolve("CN-T1-000006.pdf")
                + ": напечатайте их на вкладке «Товары».");
    assertThat(onHand("SBT-001")).isEqualTo("44");
    // Nothing is left to receive twice.
    assertThat(model.lines()).isEmpty();
    assertThat(model.receive("", "").refusal().reason()).isEqualTo(Refusal.Reason.MISSING);
    assertThat(onHand("SBT-001")).isEqualTo("44");
  }

  @Test
  void aDayPastOrUnreadableIsRefusedAndTheSameProductWithAnotherDayIsAnotherLot() {
    var model = new IntakeViewModel(shop.session, dir.resolve("labels"));
    model.group("IK-03");
    var today = OfficeFixture.today();
    var converter = Dates.converter(shop.session);
    var past = model.add("SBT-001", "4", null, converter.toString(today.minusDays(1)));
    assertThat(past.wrong()).isEqualTo(IntakeViewModel.Field.BEST_BEFORE);
    assertThat(past.problem())
        .startsWith("Срок годности ")
        .endsWith("уже прошёл: такой товар не принимают.");
    assertThat(model.add("SBT-001", "4", null, "31/31/2027").problem())
        .isEqualTo("«31/31/2027» — не дата.");
    // A day that does not exist is not moved to the end of the month.
    assertThat(model.add("SBT-001", "4", null, "31.02.2027").problem())
        .isEqualTo("«31.02.2027» — не дата.");
    // Today is still good; ISO days are read too.
    LocalDate later = today.plusMonths(3);
    assertThat(model.add("SBT-001", "4", null, converter.toString(today)).isDone()).isTrue();
    assertThat(model.add("SBT-001", "2", null, later.toString()).isDone()).isTrue();
    var lines = model.add("SBT-001", "1", null, converter.toString(later)).lines();
    assertThat(lines)
        .extracting(l -> l.quantity() + "@" + l.bestBefore())
        .containsExactly("4@" + today, "3@" + later);
    var received = model.receive("", "");
    assertThat(received.isDone()).isTrue();
    assertThat(received.value().labelsWritten()).isTrue();
    assertThat(received.value().note().lots())
        .extracting(l -> l.lot().quantity() + "@" + l.lot().bestBefore())
        .containsExactly("4@" + today, "3@" + later);
  }

  @Test
  void anExpiredCertificateIsSaidWithItsDayAndNeedsAManagerWhoGivesAReason() {
    assertThat(
            shop.cli.exit(
                "product",
                "add",
                "--sku",
                "SBT-010",
                "--name",
                "Облепиховое варенье",
                "--group",
                "IK-03",
                "--price",
                "250",
                "--terms",
                "consignment:20",
                "--certified-until",
                "2026-01-31",
                "--by",
                OfficeFixture.MANAGER))
        .as(shop.cli.lastErr())
        .isZero();
    var model = new IntakeViewModel(shop.session, dir.resolve("labels"));
    model.group("IK-03");
    var added = model.add("SBT-010", "5", null, "");
    assertThat(added.isDone()).isTrue();
    assertThat(added.warning())
        .isEqualTo(
            "Сертификат бренда товара SBT-010 истёк 31.01.2026; нужно разрешение менеджера с"
                + " причиной.");
    assertThat(added.lines().get(0).certificate()).isEqualTo("истёк 31.01.2026");
    assertThat(model.needsApproval()).isTrue();
    // A cashier's PIN is no manager's; a manager without a reason is no approval.
    assertThat(model.receive(OfficeFixture.CASHIER, "Продлевается").refusal().reason())
        .isEqualTo(Refusal.Reason.NEEDS_ROLE);
    assertThat(model.receive(OfficeFixture.MANAGER, " ").refusal().reason())
        .isEqualTo(Refusal.Reason.REASON_NEEDED);
    assertThat(onHand("SBT-010")).isEqualTo("0");
    var received = model.receive(OfficeFixture.MANAGER, "Продлевается");
    assertThat(received.isDone()).isTrue();
    assertThat(onHand("SBT-010")).isEqualTo("5");
    // Taking the uncertified line out makes the approval unnecessary again.
    model.add("SBT-010", "1", null, "");
    model.add("SBT-001", "1", null, "");
    model.remove(model.lines().get(0));
    assertThat(model.needsApproval()).isFalse();
    assertThat(model.receive("", "").isDone()).isTrue();
  }
}
