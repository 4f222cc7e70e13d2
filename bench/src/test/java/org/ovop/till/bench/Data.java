package org.ovop.till.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.ovop.till.core.catalog.Barcodes;

/**
 * Generates big catalogues and sales histories straight into a migrated database with plain JDBC
 * (going through the services would take hours for a million lines); sizes are made, not shipped.
 */
final class Data {
  private Data() {}

  static Connection open(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA foreign_keys=ON");
      s.execute("PRAGMA busy_timeout=10000");
    }
    return c;
  }

  /** Groups G0000.., products with in-store EAN-13 codes, users, one shift. */
  static void catalogue(Path file, int groups, int products) throws SQLException {
    try (Connection c = open(file)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO store (id, name, currency, cash_rounding, language, time_zone, min_payout,"
                + " cashier_discount_limit_bp, created_at)"
                + " VALUES (1,'Bench','KGS',100,'ru','Asia/Bishkek',0,1000,0)");
        s.execute(
            "INSERT INTO app_user (id, name, role, pin_hash, created_at)"
                + " VALUES ('u1','Bench admin','admin','x',0)");
        s.execute(
            "INSERT INTO shift (id, till, cashier_id, opened_at, opening_float)"
                + " VALUES ('s1','T1','u1',0,0)");
      }
      try (PreparedStatement g =
          c.prepareStatement(
              "INSERT INTO producer_group (id, code, name, region, village, levy_bp, "
                  + "created_at) VALUES (?,?,?,NULL,NULL,0,0)")) {
        for (int i = 0; i < groups; i++) {
          g.setString(1, "g" + i);
          g.setString(2, String.format("G%04d", i));
          g.setString(3, "Group " + i);
          g.addBatch();
        }
        g.executeBatch();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO product (id, sku, barcode, name, group_id, price, "
                  + "tax_rate_bp, certificate_no, certified_until, created_at)"
                  + " VALUES (?,?,?,?,?,?,1200,NULL,'2030-01-01',0)")) {
        for (int i = 0; i < products; i++) {
          p.setString(1, "p" + i);
          p.setString(2, "SKU-" + i);
          p.setString(3, Barcodes.inStoreEan13(i + 1));
          p.setString(4, "Товар номер " + i);
          p.setString(5, "g" + (i % groups));
          p.setLong(6, 100_00 + i % 5000);
          p.addBatch();
          if (i % 10_000 == 9_999) {
            p.executeBatch();
          }
        }
        p.executeBatch();
      }
      c.commit();
    }
  }

  /**
   * Sales of the products in October 2026, three lines each, consignment 25 %: a month to settle.
   */
  static void sales(Path file, int lines, int products, int groups, long seed) throws SQLException {
    Random r = new Random(seed);
    long start = java.time.Instant.parse("2026-10-01T03:00:00Z").toEpochMilli();
    long month = 30L * 24 * 3600 * 1000;
    try (Connection c = open(file)) {
      c.setAutoCommit(false);
      try (PreparedStatement sale =
              c.prepareStatement(
                  "INSERT INTO sale (number, till, seq, kind, refund_of, at, shift_id, "
                      + "cashier_id, approved_by, total, due, paid, change_given, rounding)"
                      + " VALUES (?,?,?,'SALE',NULL,?,'s1','u1',NULL,?,?,?,0,0)");
          PreparedStatement line =
              c.prepareStatement(
                  "INSERT INTO sale_line (id, sale_number, line_no, product_id, group_id, "
                      + "sku, name, quantity, unit_price, discount_bp, gross, discount, amount, "
                      + "tax_rate_bp, terms_kind, commission_bp, buyback_price, producer_share, "
                      + "commission, refund_of_line)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,0,?,0,?,0,'consignment',2500,0,?,?,NULL)")) {
        // Three lines a sale, the last sale taking what is left: exactly the lines asked for.
        int sales = (lines + 2) / 3;
        for (int s = 1; s <= sales; s++) {
          String number = String.format("T1-%07d", s);
          long total = 0;
          int ofThisSale = Math.min(3, lines - 3 * (s - 1));
          for (int k = 1; k <= ofThisSale; k++) {
            int p = r.nextInt(products);
            long price = 100_00 + p % 5000;
            long commission = (price * 2500 + 5000) / 10000;
            total += price;
            line.setString(1, number + "-" + k);
            line.setString(2, number);
            line.setInt(3, k);
            line.setString(4, "p" + p);
            line.setString(5, "g" + (p % groups));
            line.setString(6, "SKU-" + p);
            line.setString(7, "Товар номер " + p);
            line.setLong(8, 1);
            line.setLong(9, price);
            line.setLong(10, price);
            line.setLong(11, price);
            line.setLong(12, price - commission);
            line.setLong(13, commission);
            line.addBatch();
          }
          sale.setString(1, number);
          sale.setString(2, "T1");
          sale.setLong(3, s);
          sale.setLong(4, start + (month * s) / sales);
          sale.setLong(5, total);
          sale.setLong(6, total);
          sale.setLong(7, total);
          sale.addBatch();
          if (s % 5000 == 0) {
            sale.executeBatch();
            line.executeBatch();
          }
        }
        sale.executeBatch();
        line.executeBatch();
      }
      c.commit();
    }
  }
}
