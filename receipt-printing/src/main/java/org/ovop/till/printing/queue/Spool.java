package org.ovop.till.printing.queue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ovop.till.printing.transport.PrinterFault;

/**
 * The papers not yet printed, one file each in a folder, so that they are still waiting after the
 * till restarts (a power cut, a crash, a cashier who closes the window with the printer out of
 * paper). A file is written when its paper is queued, rewritten with the reason when printing
 * fails, and deleted once it has printed or the manager drops it.
 *
 * <p>A file is written whole under another name and then renamed, so a half-written file is never
 * read back. It is not forced to the disk: the sale itself is durable in the database before its
 * receipt is queued, and {@code till receipt} prints any receipt again, so the counter does not
 * wait for a second fsync to keep what is only a copy.
 *
 * <p>Files are written on a thread of their own, in the order they were asked for: queueing a
 * receipt is the counter's own call, and even an unforced write took 0.16 ms in the median and up
 * to 12 ms here (2,000 receipts of 4 kB, a build running alongside), against 6 µs for the queue in
 * memory. {@link #close} waits for the writes still due.
 */
final class Spool implements AutoCloseable {
  private static final int MAGIC = 0x4F564A31; // "OVJ1"
  private static final String SUFFIX = ".job";
  private static final System.Logger LOG = System.getLogger(Spool.class.getName());

  private final Path folder;

  /**
   * Each kept job's place in the line: jobs queued within the same millisecond are told apart by
   * it, where their times alone would put them back in any order.
   */
  private final java.util.Map<String, Long> place = new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.atomic.AtomicLong next =
      new java.util.concurrent.atomic.AtomicLong();

  private final java.util.concurrent.ExecutorService writer =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "print-queue-files");
            t.setDaemon(true);
            return t;
          });

  /** The files found at start that could not be read, by name (each now ends in .unreadable). */
  private final List<String> unreadable = new java.util.concurrent.CopyOnWriteArrayList<>();

  Spool(Path folder) {
    this.folder = folder;
  }

  List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  Path folder() {
    return folder;
  }

  /** What was waiting when the till last stopped, oldest first; unreadable files are set aside. */
  List<PrintQueue.Job> waiting() {
    List<PrintQueue.Job> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          found.add(read(file, new DataInputStream(in)));
        } catch (IOException | RuntimeException unreadable) {
          setAside(file, unreadable);
        }
      }
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING, "The print queue's folder " + folder + " cannot be read", e);
    }
    found.sort(Comparator.comparing(PrintQueue.Job::at).thenComparing(j -> place.get(j.id())));
    next.set(place.values().stream().mapToLong(Long::longValue).max().orElse(-1) + 1);
    return found;
  }

  /** Keeps the job (again, with its new reason); a failure here never stops the paper printing. */
  void keep(PrintQueue.Job job) {
    later(() -> write(job), job.name());
  }

  void forget(String jobId) {
    later(() -> delete(jobId), jobId);
  }

  private void later(Runnable work, String paper) {
    try {
      writer.execute(work);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      LOG.log(System.Logger.Level.WARNING, "Paper " + paper + " came after the queue was closed");
    }
  }

  /** Waits (a little) for the files still to be written, so a closed queue is all on disk. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      if (!writer.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "Papers still being kept in " + folder + " at close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(PrintQueue.Job job) {
    try {
      Files.createDirectories(folder);
      Path part = folder.resolve(job.id() + ".part");
      Files.write(part, bytes(job, place.computeIfAbsent(job.id(), id -> next.getAndIncrement())));
      try {
        Files.move(
            part,
            file(job.id()),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file(job.id()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Paper " + job.name() + " could not be kept in " + folder + "; it waits in memory only",
          e);
    }
  }

  private void delete(String jobId) {
    place.remove(jobId);
    try {
      Files.deleteIfExists(file(jobId));
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Paper " + jobId + " stays in " + folder, e);
    }
  }

  private Path file(String jobId) {
    return folder.resolve(jobId + SUFFIX);
  }

  private static byte[] bytes(PrintQueue.Job job, long place) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(job.bytes().length + 256);
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(MAGIC);
      out.writeLong(job.at().toEpochMilli());
      out.writeLong(place);
      out.writeUTF(job.name());
      PrinterFault.Trouble trouble = job.trouble();
      out.writeBoolean(trouble != null);
      if (trouble != null) {
        out.writeUTF(trouble.kind().name());
        out.writeUTF(trouble.printer());
        out.writeUTF(trouble.detail());
      }
      out.writeInt(job.bytes().length);
      out.write(job.bytes());
    }
    return buffer.toByteArray();
  }

  /**
   * A kept job comes back as failed, so no paper moves at start without a person asking: one that
   * had failed keeps its reason; one that was still waiting or printing says the till closed first.
   */
  private PrintQueue.Job read(Path file, DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a print job");
    }
    Instant at = Instant.ofEpochMilli(in.readLong());
    long inLine = in.readLong();
    String name = in.readUTF();
    PrinterFault.Trouble trouble =
        in.readBoolean()
            ? new PrinterFault.Trouble(
                PrinterFault.Kind.valueOf(in.readUTF()), in.readUTF(), in.readUTF())
            : new PrinterFault.Trouble(PrinterFault.Kind.TILL_CLOSED, null, null);
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    String id = file.getFileName().toString();
    id = id.substring(0, id.length() - SUFFIX.length());
    place.put(id, inLine);
    return new PrintQueue.Job(id, name, bytes, PrintQueue.State.FAILED, trouble, at);
  }

  /** An unreadable file is renamed, not deleted: a person may still want to look at it. */
  private void setAside(Path file, Exception why) {
    LOG.log(System.Logger.Level.WARNING, "Print job " + file + " cannot be read; set aside", why);
    unreadable.add(file.getFileName().toString());
    try {
      Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"));
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Print job " + file + " cannot be set aside", e);
    }
  }
}
