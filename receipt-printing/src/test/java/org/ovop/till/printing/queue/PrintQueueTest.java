package org.ovop.till.printing.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
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
