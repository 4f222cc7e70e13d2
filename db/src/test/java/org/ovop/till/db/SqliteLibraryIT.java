package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till's kept copy of SQLite's native library. A JVM loads the library once, so each case runs
 * in a JVM of its own with an empty temp folder of its own: what sqlite-jdbc would copy there
 * shows.
 */
class SqliteLibraryIT {
  @TempDir Path dir;

  /** The child: keeps the library under args[0] (unless told not to), then opens a database. */
  public static void main(String[] args) throws Exception {
    if (!args[0].equals("-")) {
      System.out.println("KEPT " + SqliteLibrary.keepIn(Path.of(args[0])).orElse(null));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1]);
        ResultSet rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
      rs.next();
      System.out.println("SQLITE " + rs.getString(1));
      // sqlite-jdbc's own copies live in the temp folder while the JVM runs (a clean exit deletes
      // them, a killed run leaves them).
      try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        System.out.println(
            "COPIES IN TEMP "
                + temp.filter(f -> f.getFileName().toString().startsWith("sqlite-")).count());
      }
    }
  }

  private List<String> child(String keepIn, String... jvmFlags) throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Djava.io.tmpdir=" + tmp);
    cmd.addAll(List.of(jvmFlags));
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            SqliteLibraryIT.class.getName(),
            keepIn,
            dir.resolve("shop.db").toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(said).isZero();
    return said.lines().toList();
  }

  private static Path kept(List<String> said) {
    return Path.of(
        said.stream().filter(l -> l.startsWith("KEPT ")).findFirst().orElseThrow().substring(5));
  }

  @Test
  void theFirstStartKeepsACopyAndEveryStartLoadsItWithoutCopyingAgain() throws Exception {
    Path home = dir.resolve("native");
    List<String> first = child(home.toString());
    Path library = kept(first);
    assertThat(library).startsWith(home).isRegularFile();
    assertThat(library.toString()).contains("sqlite-jdbc-");
    assertThat(first).anyMatch(l -> l.startsWith("SQLITE 3."));
    assertThat(first).contains("COPIES IN TEMP 0");
    long size = Files.size(library);
    var written = Files.getLastModifiedTime(library);

    List<String> second = child(home.toString());
    assertThat(kept(second)).isEqualTo(library);
    assertThat(second).anyMatch(l -> l.startsWith("SQLITE 3."));
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
    assertThat(Files.size(library)).isEqualTo(size);
    // Nothing but the kept copy: no half-written part files beside it.
    try (Stream<Path> beside = Files.list(library.getParent())) {
      assertThat(beside).containsExactly(library);
    }
  }

  @Test
  void aHalfWrittenCopyIsReplacedByAWholeOne() throws Exception {
    Path home = dir.resolve("native");
    Path library = kept(child(home.toString()));
    long whole = Files.size(library);
    Files.write(library, new byte[1000]);

    List<String> again = child(home.toString());
    assertThat(again).anyMatch(l -> l.startsWith("SQLITE 3."));
    assertThat(Files.size(library)).isEqualTo(whole);
  }

  @Test
  void aKeptCopyThatWillNotLoadLeavesSqliteJdbcToItsOwnCopy() throws Exception {
    Path home = dir.resolve("native");
    Path library = kept(child(home.toString()));
    // Damaged in place at the same size (so it is taken for whole): loading it fails, and
    // sqlite-jdbc then copies its own library out of the jar as it would without the till.
    Files.write(library, new byte[(int) Files.size(library)]);

    List<String> said = child(home.toString());
    assertThat(said)
        .anyMatch(l -> l.startsWith("SQLITE 3."))
        .anyMatch(l -> l.startsWith("COPIES IN TEMP ") && !l.endsWith(" 0"));
  }

  @Test
  void aLibraryFolderChosenByWhoeverStartsTheTillIsLeftAlone() throws Exception {
    Path home = dir.resolve("native");
    Path library = kept(child(home.toString()));
    List<String> said =
        child(
            dir.resolve("other-home").toString(),
            "-Dorg.sqlite.lib.path=" + library.getParent(),
            "-Dorg.sqlite.lib.name=" + library.getFileName());
    assertThat(said).contains("KEPT null").anyMatch(l -> l.startsWith("SQLITE 3."));
    assertThat(dir.resolve("other-home")).doesNotExist();
  }

  @Test
  void withoutAKeptCopySqliteJdbcCopiesItsLibraryIntoTheTempFolderAtEveryStart() throws Exception {
    assertThat(child("-")).anyMatch(l -> l.startsWith("COPIES IN TEMP ") && !l.endsWith(" 0"));
    assertThat(child(dir.resolve("native").toString())).contains("COPIES IN TEMP 0");
  }
}
