package org.ovop.till.printing.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterTransport;
import org.ovop.till.printing.transport.PrinterUris;
import org.ovop.till.printing.transport.TcpTransport;

class PrintQueueTest {
  @Test
  void aFaultKeepsTheJobWithItsReasonAndTheCounterIsNeverBlocked() throws Exception {
    AtomicBoolean paperIn = new AtomicBoolean(false);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrinterTransport printer =
        new PrinterTransport() {
          @Override
          public void write(byte[] bytes) throws PrinterFault {
            if (!paperIn.get()) {
              throw new PrinterFault("The printer is out of paper.");
            }
            printed.writeBytes(bytes);
          }

          @Override
          public String describe() {
            return "test";
          }
        };
    try (PrintQueue queue = new PrintQueue(() -> printer, Clock.systemUTC())) {
      long start = System.nanoTime();
      var job = queue.enqueue("T1-000001", new byte[] {1, 2, 3});
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(100);
      waitUntil(() -> queue.jobs().get(0).state() == PrintQueue.State.FAILED);
      assertThat(queue.jobs().get(0).reason()).isEqualTo("The printer is out of paper.");
      paperIn.set(true);
      assertThat(queue.retry(job.id())).isTrue();
      waitUntil(() -> queue.jobs().get(0).state() == PrintQueue.State.PRINTED);
      assertThat(printed.toByteArray()).containsExactly(1, 2, 3);
      queue.reprint(job.id());
      waitUntil(
          () ->
              queue.jobs().size() == 2 && queue.jobs().get(1).state() == PrintQueue.State.PRINTED);
      assertThat(printed.toByteArray()).containsExactly(1, 2, 3, 1, 2, 3);
    }
  }

  @Test
  void aHangingPrinterFailsTheJobAfterTheTimeoutNotTheSale() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    PrinterTransport hangs =
        new PrinterTransport() {
          @Override
          public void write(byte[] bytes) throws PrinterFault {
            try {
              if (!never.await(300, TimeUnit.MILLISECONDS)) {
                throw new PrinterFault("The printer did not take the receipt within 0.3 s.");
              }
            } catch (InterruptedException e) {
              throw new PrinterFault("interrupted", e);
            }
          }

          @Override
          public String describe() {
            return "hangs";
          }
        };
    try (PrintQueue queue = new PrintQueue(() -> hangs, Clock.systemUTC())) {
      queue.enqueue("a", new byte[] {1});
      queue.enqueue("b", new byte[] {2});
      waitUntil(() -> queue.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.FAILED));
      assertThat(queue.jobs())
          .extracting(PrintQueue.Job::reason)
          .allMatch(r -> r.contains("0.3 s"));
    }
  }

  @Test
  void aNetworkPrinterGetsTheBytesAndASilentOneTimesOut() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      AtomicReference<byte[]> got = new AtomicReference<>();
      Thread t =
          new Thread(
              () -> {
                try (Socket s = server.accept();
                    InputStream in = s.getInputStream()) {
                  got.set(in.readAllBytes());
                } catch (Exception ignored) {
                  // the assertion below says what went wrong
                }
              });
      t.start();
      var a = PrinterUris.parse("tcp://127.0.0.1:" + server.getLocalPort()).orElseThrow();
      try (PrinterTransport tcp = PrinterUris.openSimple(a, 2000)) {
        tcp.write("ESC/POS".getBytes());
      }
      t.join(5000);
      assertThat(got.get()).isEqualTo("ESC/POS".getBytes());
    }
    // A port nobody listens on: refused, with a sentence.
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    TcpTransport nobody = new TcpTransport("127.0.0.1", closed, 1000);
    long start = System.nanoTime();
    try {
      nobody.write(new byte[] {1});
      throw new AssertionError("a closed port cannot print");
    } catch (PrinterFault f) {
      assertThat(f.getMessage()).contains("127.0.0.1").contains("refused");
      assertThat(f.trouble().kind()).isEqualTo(PrinterFault.Kind.UNREACHABLE);
      assertThat(f.trouble().printer()).isEqualTo("127.0.0.1:" + closed);
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
  }

  @Test
  void printerAddressesAreReadOrRefused() {
    assertThat(PrinterUris.parse("usb:0416:5011").orElseThrow().vendor()).isEqualTo(0x0416);
    assertThat(PrinterUris.parse("tcp://10.0.0.5").orElseThrow().port()).isEqualTo(9100);
    assertThat(PrinterUris.parse("file:/dev/usb/lp0").orElseThrow().path())
        .isEqualTo("/dev/usb/lp0");
    assertThat(PrinterUris.parse("virtual:")).isPresent();
    assertThat(PrinterUris.parse("usb:xyz")).isEmpty();
    assertThat(PrinterUris.parse("tcp://host:99999")).isEmpty();
    assertThat(PrinterUris.parse("lpt1")).isEmpty();
  }

  /**
   * The till stops (a power cut, a crash, the window closed) with papers unprinted: they are there
   * again at the next start, each with its reason, and print only when a person asks.
   */
  @Test
  void papersNotPrintedAreStillWaitingAfterARestart(@TempDir Path spool) throws Exception {
    AtomicReference<String> mode = new AtomicReference<>("prints");
    CountDownLatch hold = new CountDownLatch(1);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrinterTransport printer =
        new PrinterTransport() {
          @Override
          public void write(byte[] bytes) throws PrinterFault {
            switch (mode.get()) {
              case "absent" ->
                  throw new PrinterFault(PrinterFault.Kind.ABSENT, "/dev/usb/lp0", null);
              case "hangs" -> {
                try {
                  hold.await();
                } catch (InterruptedException e) {
                  throw new PrinterFault(PrinterFault.Kind.INTERRUPTED, "/dev/usb/lp0", null, e);
                }
              }
              default -> printed.writeBytes(bytes);
            }
          }

          @Override
          public String describe() {
            return "file:/dev/usb/lp0";
          }
        };
    byte[] second = "Чек T1-000002".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (PrintQueue before = new PrintQueue(() -> printer, Clock.systemUTC(), spool)) {
      before.enqueue("T1-000001", new byte[] {1});
      waitUntil(() -> before.jobs().get(0).state() == PrintQueue.State.PRINTED);
      mode.set("absent");
      before.enqueue("T1-000002", second);
      waitUntil(() -> before.jobs().get(1).state() == PrintQueue.State.FAILED);
      mode.set("hangs");
      before.enqueue("T1-000003", new byte[] {3});
      waitUntil(() -> before.jobs().get(2).state() == PrintQueue.State.PRINTING);
      // Queued within the same millisecond or two: they must still come back in this order.
      for (int n = 4; n <= 30; n++) {
        before.enqueue(String.format("T1-%06d", n), new byte[] {(byte) n});
      }
    }
    mode.set("prints");
    printed.reset();

    try (PrintQueue after = new PrintQueue(() -> printer, Clock.systemUTC(), spool)) {
      List<PrintQueue.Job> back = after.jobs();
      assertThat(back)
          .extracting(PrintQueue.Job::name)
          .as("the printed one is gone, the others are back in order")
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(2, 30)
                  .mapToObj(n -> String.format("T1-%06d", n))
                  .toList());
      assertThat(back).allMatch(j -> j.state() == PrintQueue.State.FAILED);
      assertThat(back.get(0).bytes()).isEqualTo(second);
      assertThat(back.get(0).trouble())
          .isEqualTo(new PrinterFault.Trouble(PrinterFault.Kind.ABSENT, "/dev/usb/lp0", null));
      assertThat(back.get(1).trouble().kind()).isEqualTo(PrinterFault.Kind.TILL_CLOSED);
      assertThat(back.get(2).reason()).isEqualTo("The till was closed before this was printed.");
      Thread.sleep(300);
      assertThat(printed.size()).as("no paper moves at start unasked").isZero();

      back.forEach(j -> after.retry(j.id()));
      waitUntil(() -> after.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.PRINTED));
      ByteArrayOutputStream inOrder = new ByteArrayOutputStream();
      inOrder.writeBytes(second);
      for (int n = 3; n <= 30; n++) {
        inOrder.write(n);
      }
      assertThat(printed.toByteArray()).isEqualTo(inOrder.toByteArray());
    }
    try (PrintQueue again = new PrintQueue(() -> printer, Clock.systemUTC(), spool)) {
      assertThat(again.jobs()).as("all printed, nothing waits").isEmpty();
    }
    try (var left = Files.list(spool)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aDroppedPaperIsGoneForGoodAndAnUnreadableOneIsSetAside(@TempDir Path spool)
      throws Exception {
    PrinterTransport absent = absentUsbPrinter();
    Files.createDirectories(spool);
    Files.write(spool.resolve("torn.job"), new byte[] {0x4F, 0x56});
    try (PrintQueue queue = new PrintQueue(() -> absent, Clock.systemUTC(), spool)) {
      assertThat(queue.jobs()).isEmpty();
      assertThat(spool.resolve("torn.job.unreadable")).exists();
      assertThat(queue.unreadable()).as("said, not only logged").containsExactly("torn.job");
      assertThat(queue.folder()).contains(spool);
      var kept = queue.enqueue("ST-T1-000001", new byte[] {7});
      var dropped = queue.enqueue("T1-000009", new byte[] {9});
      waitUntil(() -> queue.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.FAILED));
      assertThat(queue.drop(dropped.id())).isTrue();
      assertThat(queue.drop(dropped.id())).as("only once").isFalse();
      assertThat(queue.drop("no such job")).isFalse();
      assertThat(queue.jobs()).extracting(PrintQueue.Job::id).containsExactly(kept.id());
    }
    try (PrintQueue after = new PrintQueue(() -> absent, Clock.systemUTC(), spool)) {
      assertThat(after.jobs()).extracting(PrintQueue.Job::name).containsExactly("ST-T1-000001");
    }
  }

  /**
   * A screen shows the last state it heard of: it must hear a job's states in the order they
   * happened, even when the printer fails at once on the queue's own thread.
   */
  @Test
  void listenersHearEachJobsStatesInTheOrderTheyHappened() throws Exception {
    PrinterTransport absent = absentUsbPrinter();
    java.util.Map<String, List<PrintQueue.State>> heard =
        new java.util.concurrent.ConcurrentHashMap<>();
    try (PrintQueue queue = new PrintQueue(() -> absent, Clock.systemUTC())) {
      queue.onChange(
          j -> {
            if (j.state() == PrintQueue.State.WAITING) {
              // A screen's listener takes its time (it hands the job to the FX thread).
              try {
                Thread.sleep(2);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            heard
                .computeIfAbsent(j.id(), id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(j.state());
          });
      for (int i = 0; i < 100; i++) {
        queue.enqueue("T1-" + i, new byte[] {1});
      }
      waitUntil(() -> queue.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.FAILED));
      waitUntil(() -> heard.values().stream().allMatch(states -> states.size() == 3));
    }
    assertThat(heard).hasSize(100);
    assertThat(heard.values())
        .allSatisfy(
            states ->
                assertThat(states)
                    .containsExactly(
                        PrintQueue.State.WAITING,
                        PrintQueue.State.PRINTING,
                        PrintQueue.State.FAILED));
  }

  /** A USB printer that is not plugged in: every write fails at once. */
  private static PrinterTransport absentUsbPrinter() {
    return new PrinterTransport() {
      @Override
      public void write(byte[] bytes) throws PrinterFault {
        throw new PrinterFault(PrinterFault.Kind.ABSENT, "USB", null);
      }

      @Override
      public String describe() {
        return "usb:";
      }
    };
  }

  private static void waitUntil(java.util.function.BooleanSupplier c) throws InterruptedException {
    long end = System.currentTimeMillis() + 5000;
    while (!c.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(10);
    }
  }
}
