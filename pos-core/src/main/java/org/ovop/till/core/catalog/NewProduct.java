package org.ovop.till.core.catalog;

import java.time.LocalDate;
import org.ovop.till.core.money.Percent;

/**
 * A product as a manager describes it, already parsed. A null barcode asks for an in-store EAN-13.
 */
public record NewProduct(
    String sku,
    String name,
    String groupCode,
    long price,
    Terms terms,
    String barcode,
    String certificateNo,
    LocalDate certifiedUntil,
    Percent taxRate) {}
