package org.ovop.till.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library is loaded from. Left alone, sqlite-jdbc copies the 1 MB library out
 * of its jar into the temp folder on every start and reads the copy back byte by byte to compare
 * it: a third of opening the database (about a tenth of a second of the till's start on a small
 * machine, and of every command), and a file left in the temp folder by each run that is killed.
 * The till keeps one copy per sqlite-jdbc version and platform in a folder of its own and has
 * sqlite-jdbc load that one.
 */
public final class SqliteLibrary {
  private SqliteLibrary() {}

  /** The JVM properties sqlite-jdbc loads its library from, before copying one out of its jar. */
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";

  private static final String NAME_PROPERTY = "org.sqlite.lib.name";

  /**
   * Keeps the library under {@code folder} and points sqlite-jdbc at it; call before the first
   * database opens. Whatever goes wrong here (a read-only home, a full disk, a platform without a
   * library in the jar) leaves sqlite-jdbc to load the library its own way; and should the kept
   * copy not load (a home mounted without execution rights), sqlite-jdbc falls back to its own copy
   * by itself.
   *
   * @return the library file now used, or empty when sqlite-jdbc is left to its own way
   */
  public static Optional<Path> keepIn(Path folder) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return Optional.empty(); // whoever set it knows where their library is
    }
    try {
      String name = LibraryLoaderUtil.getNativeLibName();
      URL inJar =
          SQLiteJDBCLoader.class.getResource(
              LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
      if (inJar == null) {
        return Optional.empty();
      }
      Path dir =
          folder
              .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
              .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
      Path kept = dir.resolve(name);
      if (!isCopyOf(kept, inJar)) {
        Files.createDirectories(dir);
        // Written beside and moved into place, so a till killed mid-copy leaves no half library
        // that the next start would take for whole.
        Path part = Files.createTempFile(dir, name, ".part");
        try (InputStream in = inJar.openStream()) {
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
          Files.move(
              part, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(part);
        }
      }
      System.setProperty(PATH_PROPERTY, dir.toString());
      System.setProperty(NAME_PROPERTY, name);
      return Optional.of(kept);
    } catch (IOException | RuntimeException cannotKeep) {
      return Optional.empty();
    }
  }

  /**
   * A kept copy is the jar's library when its size is the same: copies are only ever moved into
   * place whole, and the folder names the sqlite-jdbc version, so a new version gets a new folder.
   * Comparing the bytes would cost what keeping a copy saves.
   */
  private static boolean isCopyOf(Path kept, URL inJar) throws IOException {
    return Files.isRegularFile(kept)
        && Files.size(kept) == inJar.openConnection().getContentLengthLong();
  }
}
