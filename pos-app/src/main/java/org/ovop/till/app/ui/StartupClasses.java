package org.ovop.till.app.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, ahead of time, the classes the window needs on its way to the counter (its screens,
 * JavaFX's controls, skins and CSS), on the thread that opened the database once that is done.
 * Until the counter shows, the FX thread works alone on one core while the other is idle; a class
 * already loaded there costs the FX thread only a lookup. Classes are loaded, not initialised:
 * their static initialisers still run on the thread that first uses them, so the order the toolkit
 * expects is kept and no two threads wait on each other's initialisation.
 *
 * <p>The list, {@code startup-classes.txt}, is made by {@code bench/run --record-startup-classes}
 * from a real start. A name that no longer exists is skipped; a class missing from the list is
 * loaded when first used, as without the list. Either way only speed is at stake.
 */
final class StartupClasses {
  static final String LIST = "startup-classes.txt";

  private StartupClasses() {}

  /**
   * Loads every listed class it can; returns how many it found. {@code -Dtill.preload=false} turns
   * it off, so a recording of what the till loads is not what the old list made it load.
   */
  static int preload() {
    if (!Boolean.parseBoolean(System.getProperty("till.preload", "true"))) {
      return 0;
    }
    ClassLoader loader = StartupClasses.class.getClassLoader();
    int found = 0;
    try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
      if (in == null) {
        return 0;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String name; (name = lines.readLine()) != null; ) {
        if (name.isBlank() || name.startsWith("#")) {
          continue;
        }
        try {
          Class.forName(name, false, loader);
          found++;
        } catch (ClassNotFoundException | LinkageError gone) {
          // Renamed or removed since the list was made: it is loaded (or not) when used.
        }
      }
    } catch (IOException unreadable) {
      // Only speed is lost.
    }
    return found;
  }
}
