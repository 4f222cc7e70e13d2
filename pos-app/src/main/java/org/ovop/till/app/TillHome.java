package org.ovop.till.app;

import java.nio.file.Path;

/**
 * The till's own folder, {@code ~/.ovop-till}: the default database, the papers of a shop kept on a
 * server, and the till's copy of SQLite's native library.
 */
public final class TillHome {
  private TillHome() {}

  public static Path folder() {
    return Path.of(System.getProperty("user.home"), ".ovop-till");
  }
}
