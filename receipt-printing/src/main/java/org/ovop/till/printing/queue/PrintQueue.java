package org.ovop.till.printing.queue;

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
 * and {@link #reprint} queues a fresh copy of any job.
 */
public final class PrintQueue implements AutoCloseable {
  /** Where a job stands. */
  public enum State {
    WAITING,
    PRINTING,
    PRINTED,
    FAILED
  }

  /** A paper to print: its name (the receipt number), its bytes, and what became of it. */
  public record Job(String id, String name, byte[] bytes, State state, String reason, Instant at) {
    Job with(State s, String why) {
      return new Job(id, name, bytes, s, why, at);
    }
  }

  private final Supplier<PrinterTransport> printer;
  private final Clock clock;
  private final List<Job> jobs = new ArrayList<>();
  private final BlockingQueue<String> work = new LinkedBlockingQueue<>();
  private final List<Consumer<Job>> listeners = new CopyOnWriteArrayList<>();
  private final Thread worker;
  private volatile boolean running = true;

  public PrintQueue(Supplier<PrinterTransport> printer, Clock clock) {
    this.printer = printer;
    this.clock = clock;
    this.worker = new Thread(this::work, "print-queue");
    this.worker.setDaemon(true);
    this.worker.start();
  }

  /** Queues a paper and returns at once. */
  public Job enqueue(String name, byte[] bytes) {
    Job job =
        new Job(UUID.randomUUID().toString(), name, bytes, State.WAITING, null, clock.instant());
    synchronized (jobs) {
      jobs.add(job);
    }
    work.add(job.id());
    notify(job);
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

  /** A fresh copy of a job (a customer asks for the receipt again). */
  public Optional<Job> reprint(String jobId) {
    return find(jobId).map(j -> enqueue(j.name(), j.bytes()));
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
        replace(job.with(State.PRINTED, null));
      } catch (PrinterFault fault) {
        replace(job.with(State.FAILED, fault.getMessage()));
      } catch (RuntimeException bug) {
        replace(job.with(State.FAILED, "The printer could not print this: " + bug.getMessage()));
      }
    }
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
  }
}
