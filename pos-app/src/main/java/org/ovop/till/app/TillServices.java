package org.ovop.till.app;

import java.time.Clock;
import java.util.Optional;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.catalog.CatalogService;
import org.ovop.till.core.report.Reports;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.settle.Settlements;
import org.ovop.till.core.shift.Shifts;
import org.ovop.till.core.stock.StockKeeping;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.store.StoreSetup;
import org.ovop.till.core.user.PinHasher;
import org.ovop.till.core.user.Staff;
import org.ovop.till.db.LedgerCheck;
import org.ovop.till.db.LedgerVerifier;
import org.ovop.till.db.SqliteLibrary;
import org.ovop.till.db.TillDatabase;

/**
 * The composition root: one database, one clock, one till id, and the shop's services wired over
 * them. The command line and the window both start here, so they run the very same rules.
 */
public final class TillServices implements AutoCloseable {
  private final TillDatabase database;
  private final Clock clock;
  private final String till;
  private final StoreSetup setup;
  private final Staff staff;
  private final CatalogService catalog;
  private final StockKeeping stock;
  private final Counter counter;
  private final Refunds refunds;
  private final Shifts shifts;
  private final Settlements settlements;
  private final Reports reports;

  private TillServices(TillDatabase database, Clock clock, String till) {
    this.database = database;
    this.clock = clock;
    this.till = till;
    this.setup = new StoreSetup(database, clock);
    this.staff = new Staff(database, clock, till, PinHasher.standard());
    this.catalog = new CatalogService(database, clock, till);
    this.stock = new StockKeeping(database, clock, till);
    this.counter = new Counter(database, clock, till);
    this.refunds = new Refunds(database, clock, till);
    this.shifts = new Shifts(database, clock, till);
    this.settlements = new Settlements(database, clock, till);
    this.reports = new Reports(database, clock);
  }

  /**
   * Opens the database at a location (a SQLite path or a {@code jdbc:postgresql:} URL).
   *
   * @param create whether a missing SQLite file may be created (only {@code init} and {@code demo})
   */
  public static TillServices open(String location, String till, Clock clock, boolean create) {
    if (!TillDatabase.isServer(location)) {
      SqliteLibrary.keepIn(TillHome.folder().resolve("native"));
    }
    return new TillServices(TillDatabase.open(location, create), clock, till);
  }

  /**
   * The sentence for a failure that is no refusal (a bug, most likely), as the command line and the
   * window both say it; nothing was changed, since every use case runs in one transaction.
   */
  public static String unexpected(Exception e) {
    return "The till hit an unexpected problem and changed nothing: " + e;
  }

  /** The store's settings, or the refusal that tells the person to set one up first. */
  public Outcome<StoreProfile> store() {
    Optional<StoreProfile> profile = setup.profile();
    return profile.isPresent()
        ? Outcome.done(profile.get())
        : Outcome.refused(Refusal.of(Refusal.Reason.STORE_NOT_SET_UP));
  }

  public LedgerCheck verify() {
    return new LedgerVerifier(database).check();
  }

  public TillDatabase database() {
    return database;
  }

  /**
   * Where this shop's papers are kept (statements, label sheets, the print queue): beside the
   * SQLite file, so they stay with its books, or in the till's own folder for a server.
   */
  public java.nio.file.Path papersFolder() {
    String where = database.location();
    return TillDatabase.isServer(where)
        ? TillHome.folder()
        : java.nio.file.Path.of(where).toAbsolutePath().getParent();
  }

  public Clock clock() {
    return clock;
  }

  public String till() {
    return till;
  }

  public StoreSetup setup() {
    return setup;
  }

  public Staff staff() {
    return staff;
  }

  public CatalogService catalog() {
    return catalog;
  }

  public StockKeeping stock() {
    return stock;
  }

  public Counter counter() {
    return counter;
  }

  public Refunds refunds() {
    return refunds;
  }

  public Shifts shifts() {
    return shifts;
  }

  public Reports reports() {
    return reports;
  }

  public Settlements settlements() {
    return settlements;
  }

  @Override
  public void close() {
    database.close();
  }
}
