package org.ovop.till.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.ovop.till.core.Books;
import org.ovop.till.core.LedgerUnavailableException;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Transactions;
import org.ovop.till.db.books.JooqBooks;
import org.ovop.till.db.books.Statements;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The till's database: one SQLite file (the default, offline) or a PostgreSQL server shared by
 * several tills. Opening it migrates the schema; every use case then runs through {@link
 * #transactions()}. One connection serves the whole process: a till does one thing at a time, and
 * SQLite allows a single writer anyway.
 */
public final class TillDatabase implements Transactions, AutoCloseable {
  /** How long a write waits for another till holding the SQLite file before giving up. */
  static final int DEFAULT_BUSY_TIMEOUT_MS = 10_000;

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes();

  /**
   * The bundled SQLite migrations (db/migration/common and db/migration/sqlite): version and
   * Flyway's checksum of the script. A file whose history holds exactly these, each applied once
   * and successfully, is up to date and opens without Flyway, whose start-up costs a till a good
   * part of a second; any other file (new, behind, ahead, changed scripts, a failed step) goes
   * through Flyway as always. A test keeps this list equal to what Flyway finds in the jar.
   */
  static final Map<String, Integer> SQLITE_MIGRATIONS =
      Map.ofEntries(
          Map.entry("1", 16629437),
          Map.entry("1.1", -1165934677),
          Map.entry("2", -2143421105),
          Map.entry("2.1", -611770180),
          Map.entry("3", 2062611420),
          Map.entry("4", 225177851),
          Map.entry("5", -872620390),
          Map.entry("5.1", -177822625),
          Map.entry("6", 205849576),
          Map.entry("7", -1048872882),
          Map.entry("8", 728588525),
          Map.entry("9", -1939126264));

  private final String location;
  private final SQLDialect dialect;
  private final Connection connection;
  private volatile DSLContext db;
  private final Statements statements;
  private final JooqBooks books;
  private final Object lock = new Object();

  private TillDatabase(String location, SQLDialect dialect, Connection connection) {
    this.location = location;
    this.dialect = dialect;
    this.connection = connection;
    this.statements = new Statements(connection);
    // The books hold no data of their own, only the connection, so one set serves every
    // transaction; each use case still reads the committed rows afresh.
    this.books = new JooqBooks(this::dsl, statements);
  }

  /** True for a {@code jdbc:postgresql:} location, false for a SQLite file path. */
  public static boolean isServer(String location) {
    return location.startsWith("jdbc:postgresql:");
  }

  /** Whether a SQLite file exists at the location (a server always "exists"). */
  public static boolean exists(String location) {
    return isServer(location) || Files.isRegularFile(Path.of(location));
  }

  /**
   * Opens the database, creating the SQLite file when {@code create} is true, and brings its schema
   * up to date.
   *
   * @throws LedgerUnavailableException with a sentence for people when it cannot be used
   */
  public static TillDatabase open(String location, boolean create) {
    return isServer(location) ? openServer(location) : openFile(Path.of(location), create);
  }

  private static TillDatabase openFile(Path file, boolean create) {
    boolean upToDate = false;
    if (!Files.exists(file)) {
      if (!create) {
        throw new LedgerUnavailableException(
            "There is no till database at "
                + file
                + "; create one with `till init` or `till demo`.",
            null);
      }
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new LedgerUnavailableException(
            "Cannot create the folder for the database " + file + ": " + e.getMessage(), e);
      }
    } else {
      refuseIfNotSqlite(file);
      upToDate = refuseIfForeign(file);
    }
    SQLiteDataSource source = sqliteSource(file);
    try {
      if (!upToDate) {
        migrate(source, "sqlite");
      }
      return new TillDatabase(file.toString(), SQLDialect.SQLITE, source.getConnection());
    } catch (SQLException | RuntimeException e) {
      throw unavailable(file.toString(), e);
    }
  }

  private static void refuseIfNotSqlite(Path file) {
    byte[] head = new byte[SQLITE_HEADER.length];
    try (InputStream in = Files.newInputStream(file)) {
      int read = in.readNBytes(head, 0, head.length);
      // An empty file is what SQLite itself makes for a new database; anything else must be one.
      if (read > 0 && (read < head.length || !Arrays.equals(head, SQLITE_HEADER))) {
        throw new LedgerUnavailableException(
            file + " is not a till database (or it is damaged); restore it from a backup.", null);
      }
    } catch (IOException e) {
      throw new LedgerUnavailableException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a SQLite file that holds another program's tables. It is looked at through a plain
   * connection first: the till's own settings would switch the file to WAL, and Flyway would only
   * refuse after that, so the other program's file was changed before the refusal.
   *
   * @return whether the till's schema in the file is already up to date
   */
  private static boolean refuseIfForeign(Path file) {
    boolean anyTable = false;
    boolean history = false;
    SQLiteConfig plain = new SQLiteConfig();
    plain.setBusyTimeout(busyTimeoutMs());
    try (Connection c = plain.createConnection("jdbc:sqlite:" + file)) {
      try (var s = c.createStatement();
          var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        while (rs.next()) {
          anyTable = true;
          history |= "flyway_schema_history".equalsIgnoreCase(rs.getString(1));
        }
      }
      if (anyTable && !history) {
        throw new LedgerUnavailableException(foreignText(file.toString()), null);
      }
      return history && appliedMigrations(c).equals(SQLITE_MIGRATIONS);
    } catch (SQLException e) {
      throw unavailable(file.toString(), e);
    }
  }

  /**
   * The versions in Flyway's history with their checksums, or nothing when any step failed, has no
   * version or repeats: Flyway must then judge the file.
   */
  private static Map<String, Integer> appliedMigrations(Connection c) throws SQLException {
    Map<String, Integer> applied = new HashMap<>();
    try (var s = c.createStatement();
        var rs = s.executeQuery("SELECT version, checksum, success FROM flyway_schema_history")) {
      while (rs.next()) {
        String version = rs.getString(1);
        int checksum = rs.getInt(2);
        boolean unknown = rs.wasNull();
        if (!rs.getBoolean(3)
            || version == null
            || unknown
            || applied.put(version, checksum) != null) {
          return Map.of();
        }
      }
    }
    return applied;
  }

  private static int busyTimeoutMs() {
    return Integer.getInteger("till.busyTimeoutMs", DEFAULT_BUSY_TIMEOUT_MS);
  }

  private static String foreignText(String where) {
    return where
        + " holds the data of another program, not a till database; give the till its own file.";
  }

  static SQLiteDataSource sqliteSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL with synchronous=FULL: a committed sale survives a power cut before anything prints.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(busyTimeoutMs());
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  private static TillDatabase openServer(String url) {
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
          .load()
          .migrate();
      Connection c = DriverManager.getConnection(url);
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      return new TillDatabase(url, SQLDialect.POSTGRES, c);
    } catch (SQLException | RuntimeException e) {
      throw unavailable(redact(url), e);
    }
  }

  private static void migrate(DataSource source, String vendor) {
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
  }

  public String location() {
    return isServer(location) ? redact(location) : location;
  }

  public SQLDialect dialect() {
    return dialect;
  }

  /**
   * jOOQ over the connection, built on first use. What the counter runs from start to sale goes
   * through {@link Statements}; loading and starting jOOQ (about a thousand classes) is left to the
   * first report or back-office query, so the till's window does not wait for it.
   */
  DSLContext dsl() {
    DSLContext built = db;
    if (built == null) {
      synchronized (lock) {
        built = db;
        if (built == null) {
          built =
              DSL.using(
                  connection,
                  dialect,
                  new Settings().withExecuteLogging(false).withRenderSchema(false));
          db = built;
        }
      }
    }
    return built;
  }

  /** The books over this connection, for checks that already run in {@link #readDsl}. */
  JooqBooks books() {
    return books;
  }

  @Override
  public <T> Outcome<T> write(Function<Books, Outcome<T>> work) {
    return inTransaction(true, work);
  }

  @Override
  public <T> T read(Function<Books, T> work) {
    return inTransaction(false, books -> Outcome.done(work.apply(books))).value();
  }

  /** Runs work with jOOQ inside one transaction; used by the verifier and reports. */
  <T> T readDsl(Function<DSLContext, T> work) {
    return inTransaction(false, books -> Outcome.done(work.apply(dsl()))).value();
  }

  /** How often a PostgreSQL transaction that lost a race with another till is run again. */
  static final int SERVER_ATTEMPTS = 10;

  private <T> Outcome<T> inTransaction(boolean write, Function<Books, Outcome<T>> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(write, work);
      } catch (LedgerUnavailableException e) {
        // On PostgreSQL (SERIALIZABLE) two tills selling at once make one of them fail with a
        // serialization failure instead of waiting as SQLite's BEGIN IMMEDIATE does. Its
        // transaction changed nothing, and a use case is a function of the books it reads, so it
        // is run again on the data now committed. Without this, concurrent tills lost sales.
        if (dialect != SQLDialect.POSTGRES || attempt >= SERVER_ATTEMPTS || !lostARace(e)) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** SQLSTATE 40001 (serialization failure) or 40P01 (deadlock): retrying is the remedy. */
  private static boolean lostARace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private <T> Outcome<T> attempt(boolean write, Function<Books, Outcome<T>> work) {
    synchronized (lock) {
      begin(write);
      boolean committed = false;
      try {
        Outcome<T> outcome = work.apply(books);
        if (outcome instanceof Outcome.Done<T> && write) {
          commit();
          committed = true;
        }
        return outcome;
      } catch (org.jooq.exception.DataAccessException e) {
        throw unavailable(location(), e);
      } finally {
        if (!committed) {
          rollbackQuietly();
        }
      }
    }
  }

  private void begin(boolean write) {
    try {
      if (dialect == SQLDialect.SQLITE) {
        // IMMEDIATE takes the write lock up front, so two tills never both read the last receipt
        // number and then collide; a reader starts a plain snapshot.
        statements.run(write ? "BEGIN IMMEDIATE" : "BEGIN");
      }
    } catch (org.jooq.exception.DataAccessException e) {
      throw unavailable(location(), e);
    }
  }

  private void commit() {
    try {
      if (dialect == SQLDialect.SQLITE) {
        statements.run("COMMIT");
      } else {
        connection.commit();
      }
    } catch (SQLException | org.jooq.exception.DataAccessException e) {
      throw unavailable(location(), e);
    }
  }

  private void rollbackQuietly() {
    try {
      if (dialect == SQLDialect.SQLITE) {
        // After a failed COMMIT or a refusal; SQLite answers an error when none is open.
        statements.run("ROLLBACK");
      } else {
        connection.rollback();
      }
    } catch (SQLException | org.jooq.exception.DataAccessException ignored) {
      // Nothing was committed; a failed rollback leaves nothing behind either.
    }
  }

  /**
   * A consistent copy of the live database: SQLite's {@code VACUUM INTO} reads one snapshot while
   * tills keep selling.
   */
  public void backup(Path out) {
    if (dialect != SQLDialect.SQLITE) {
      throw new LedgerUnavailableException(
          "Back up a PostgreSQL server with pg_dump; `till backup` copies SQLite files.", null);
    }
    if (Files.exists(out)) {
      throw new LedgerUnavailableException(out + " already exists; choose a new file name.", null);
    }
    synchronized (lock) {
      // SQLite refuses VACUUM ("SQL statements in progress") while this connection keeps a
      // prepared insert that has run, even one finished and reset; kept ones are compiled again.
      statements.close();
      try (var s = connection.createStatement()) {
        s.execute("VACUUM INTO '" + out.toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new LedgerUnavailableException(
            "Cannot write the backup " + out + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void close() {
    statements.close();
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing releases the file; there is nothing left to save.
    }
  }

  static LedgerUnavailableException unavailable(String where, Throwable e) {
    String text = String.valueOf(causeText(e));
    if (text.contains("SQLITE_BUSY") || text.contains("database is locked") || lostARace(e)) {
      return new LedgerUnavailableException(
          LedgerUnavailableException.Trouble.BUSY,
          where,
          "The database " + where + " is busy with another till; nothing was changed, try again.",
          e);
    }
    // A damaged file answers SQLITE_CORRUPT ("disk image is malformed"); people need the same
    // advice as for a file that is no database at all, not SQLite's words.
    if (text.contains("SQLITE_NOTADB")
        || text.contains("not a database")
        || text.contains("SQLITE_CORRUPT")
        || text.contains("malformed")) {
      return new LedgerUnavailableException(
          LedgerUnavailableException.Trouble.DAMAGED,
          where,
          where + " is not a till database (or it is damaged); restore it from a backup.",
          e);
    }
    // Flyway refuses a file that has tables but no migration history: another program's database.
    if (text.contains("non-empty schema") && text.contains("no schema history")) {
      return new LedgerUnavailableException(foreignText(where), e);
    }
    if (text.contains("SQLITE_READONLY") || text.contains("readonly")) {
      return new LedgerUnavailableException(
          LedgerUnavailableException.Trouble.READ_ONLY,
          where,
          "The database " + where + " cannot be written.",
          e);
    }
    if (text.contains("append-only")) {
      return new LedgerUnavailableException(
          LedgerUnavailableException.Trouble.APPEND_ONLY,
          where,
          "The ledger refused to change a recorded row (" + firstLine(text) + ").",
          e);
    }
    return new LedgerUnavailableException(
        "The database " + where + " cannot be used: " + firstLine(text), e);
  }

  private static String causeText(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }
}
