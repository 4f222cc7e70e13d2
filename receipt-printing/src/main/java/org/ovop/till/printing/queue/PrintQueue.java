package org.ovop.till.printing.queue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterTransport;

/**
 * Receipts wait here after their sale is committed; one worker prints them in order. Adding a job
 * never blocks the counter. A fault (unplugged, timeout, paper out) keeps the job with its reason
 * while later jobs still get their try; {@link #retry} prints it again once the fault is cleared,
 * {@link #reprint} queues a fresh copy of any job, and {@link #drop} lets go of one nobody needs.
 *
 * <p>Given a folder, the queue keeps there every paper not yet printed (see {@link Spool}): after a
 * restart those come back as failed jobs, each with its reason, and print when a person retries
 * them.
 */
public final class PrintQueue implements AutoCloseable {
  /** Where a job stands. */
  public enum State {
    WAITING,
    PRINTING,
    PRINTED,
    FAILED
  }

  /**
   * A paper to print: its name (the receipt number), its bytes, what became of it and, when it
   * failed, why.
   */
  public record Job(
      String id, String name, byte[] bytes, State state, PrinterFault.Trouble trouble, Instant at) {
    Job with(State s, PrinterFault.Trouble why) {
      return new Job(id, name, bytes, s, why, at);
    }

    /** Why it failed, as its English sentence; screens write {@link #trouble} in their words. */
    public String reason() {
      return trouble == null ? null : trouble.sentence();
    }
  }

  private final Supplier<PrinterTransport> printer;
  private final Clock clock;
  private final List<Job> jobs = new ArrayList<>();
  private final BlockingQueue<String> work = new LinkedBlockingQueue<>();
  private final List<Consumer<Job>> listeners = new CopyOnWriteArrayList<>();
  private final Spool spool;
  private final Thread worker;
  private volatile boolean running = true;

  /** A queue in memory only (the command line prints at once, and tests). */
  public PrintQueue(Supplier<PrinterTransport> printer, Clock clock) {
    this(printer, clock, null);
  }

  /**
   * @param spool the folder where papers wait until printed, or null to keep them in memory only
   */
  public PrintQueue(Supplier<PrinterTransport> printer, Clock clock, Path spool) {
    this.printer = printer;
    this.clock = clock;
    this.spool = spool == null ? null : new Spool(spool);
    if (this.spool != null) {
      jobs.addAll(this.spool.waiting());
    }
    this.worker = new Thread(this::work, "print-queue");
    this.worker.setDaemon(true);
    this.worker.start();
  }

  /** Queues a paper and returns at once. */
  public Job enqueue(String name, byte[] bytes) {
    Job job =
        new Job(UUID.randomUUID().toString(), name, bytes, State.WAITING, null, clock.instant());
    if (spool != null) {
      spool.keep(job);
    }
    synchronized (jobs) {
      jobs.add(job);
    }
    // Announced before the worker can take it, so listeners hear WAITING before PRINTING: the
    // counter shows the last state it heard, and once showed a failed receipt as waiting.
    notify(job);
    work.add(job.id());
    return job;
  }

  /** Tries a failed job again (after paper was loaded, say). */
  public boolean retry(String jobId) {
    Optional<Job> job = find(jobId);
    if (job.isEmpty() || job.get().state() != State.FAILED) {
      return false;
    }
    replace(job.get().with(State.WAITING, null));
    work.add(jobId);
    return true;
  }

  /**
   * Lets go of a failed job nobody needs any more (the customer left without the receipt, which
   * {@code till receipt} can still print): it leaves the queue and its folder.
   */
  public boolean drop(String jobId) {
    boolean dropped;
    Optional<Job> job;
    synchronized (jobs) {
      job = find(jobId);
      dropped = job.isPresent() && job.get().state() == State.FAILED && jobs.remove(job.get());
    }
    if (dropped) {
      if (spool != null) {
        spool.forget(jobId);
      }
      notify(job.get());
    }
    return dropped;
  }

  /** A fresh copy of a job (a customer asks for the receipt again). */
  public Optional<Job> reprint(String jobId) {
    return find(jobId).map(j -> enqueue(j.name(), j.bytes()));
  }

  /**
   * The kept papers that could not be read back at start (a torn or foreign file): set aside in the
   * folder under their name and ".unreadable", for a person to look at. Empty without a folder.
   */
  public List<String> unreadable() {
    return spool == null ? List.of() : spool.unreadable();
  }

  /** Where papers are kept until printed, if anywhere. */
  public Optional<Path> folder() {
    return spool == null ? Optional.empty() : Optional.of(spool.folder());
  }

  public List<Job> jobs() {
    synchronized (jobs) {
      return List.copyOf(jobs);
    }
  }

  public void onChange(Consumer<Job> listener) {
    listeners.add(listener);
  }

  private void work() {
    while (running) {
      String id;
      try {
        id = work.take();
      } catch (InterruptedException e) {
        return;
      }
      Optional<Job> found = find(id);
      if (found.isEmpty() || found.get().state() != State.WAITING) {
        continue;
      }
      Job job = found.get();
      replace(job.with(State.PRINTING, null));
      try {
        printer.get().write(job.bytes());
        if (spool != null) {
          spool.forget(id);
        }
        replace(job.with(State.PRINTED, null));
      } catch (PrinterFault fault) {
        failed(job, fault.trouble());
      } catch (RuntimeException bug) {
        failed(
            job,
            new PrinterFault.Trouble(
                PrinterFault.Kind.OTHER,
                null,
                "The printer could not print this: " + bug.getMessage()));
      }
    }
  }

  private void failed(Job job, PrinterFault.Trouble why) {
    Job failed = job.with(State.FAILED, why);
    // A job cut short by closing the queue keeps its file as it was, so the next start says the
    // till closed first rather than that printing was interrupted.
    if (spool != null && running) {
      spool.keep(failed);
    }
    replace(failed);
  }

  private Optional<Job> find(String id) {
    synchronized (jobs) {
      return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }
  }

  private void replace(Job job) {
    synchronized (jobs) {
      for (int i = 0; i < jobs.size(); i++) {
        if (jobs.get(i).id().equals(job.id())) {
          jobs.set(i, job);
        }
      }
    }
    notify(job);
  }

  private void notify(Job job) {
    for (Consumer<Job> l : listeners) {
      try {
        l.accept(job);
      } catch (RuntimeException ignored) {
        // a screen that fails to show a job must not stop printing
      }
    }
  }

  @Override
  public void close() {
    running = false;
    worker.interrupt();
    if (spool != null) {
      spool.close();
    }
  }
}
