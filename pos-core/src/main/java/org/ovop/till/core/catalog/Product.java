package org.ovop.till.core.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.ovop.till.core.money.Percent;

/**
 * A product on the shelf. The price is tax-inclusive, in minor units. Terms are kept apart because
 * they are effective-dated ({@link TermsHistory}).
 */
public record Product(
    String id,
    String sku,
    String barcode,
    String name,
    String groupId,
    long price,
    Percent taxRate,
    Certificate certificate) {

  public Optional<Certificate> certification() {
    return Optional.ofNullable(certificate);
  }

  public boolean isCertifiedOn(LocalDate day) {
    return certificate != null && certificate.isValidOn(day);
  }
}
