package org.ovop.till.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.demo.DemoBoutique;
import org.ovop.till.app.printing.Printing;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.user.User;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.queue.PrintQueue;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterTransport;
import org.ovop.till.printing.transport.TcpTransport;

/**
 * Printer faults at the counter, injected in the transports: each sale is committed before its
 * receipt is queued, the job waits with a reason a cashier can read, the counter's call returns at
 * once, and the receipt prints again once the fault is cleared.
 */
class PrinterFaultsIT {
  /** What the cashier may wait for a sale and its queued receipt, on a slow shared machine. */
  private static final Duration COUNTER_NEVER_WAITS = Duration.ofMillis(1500);

  @TempDir Path dir;

  @Test
  void anUnpluggedPrinterCostsNoSale() throws Exception {
    sellThrough(
        "unplugged",
        () -> failing("The printer usb:0416:5011 is unplugged; plug it in and print again."),
        "unplugged");
  }

  @Test
  void paperOutCostsNoSale() throws Exception {
    sellThrough(
        "paper-out", () -> failing("The printer is out of paper; load paper."), "out of paper");
  }

  @Test
  void aPrinterThatBreaksUnexpectedlyCostsNoSale() throws Exception {
    sellThrough(
        "bug",
        () ->
            new Fake() {
              @Override
              public void write(byte[] bytes) {
                throw new IllegalStateException("driver fell over");
              }
            },
        "could not print");
  }

  @Test
  void aNetworkPrinterThatNeverReadsTimesOutAndCostsNoSale() throws Exception {
    // Accepts the connection and never reads: the write fills the socket buffers and hangs until
    // the transport's own time limit. A receipt is far smaller than the buffers, so the test sends
    // what a full morning of receipts would be by writing a big job first.
    try (ServerSocket silent = new ServerSocket(0, 1)) {
      List<Socket> held = new ArrayList<>();
      Thread accepter =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      accepter.setDaemon(true);
      accepter.start();
      int port = silent.getLocalPort();
      sellThrough(
          "hangs",
          () ->
              new Fake() {
                private final TcpTransport tcp = new TcpTransport("127.0.0.1", port, 700);

                @Override
                public void write(byte[] bytes) throws PrinterFault {
                  byte[] stuck = new byte[32 << 20];
                  System.arraycopy(bytes, 0, stuck, 0, bytes.length);
                  tcp.write(stuck);
                }
              },
          "0.7 s");
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void aPrinterThatIsNotThereAtAllCostsNoSale() throws Exception {
    int nobody;
    try (ServerSocket s = new ServerSocket(0)) {
      nobody = s.getLocalPort();
    }
    sellThrough(
        "refused",
        () ->
            new Fake() {
              private final TcpTransport tcp = new TcpTransport("127.0.0.1", nobody, 700);

              @Override
              public void write(byte[] bytes) throws PrinterFault {
                tcp.write(bytes);
              }
            },
        "refused");
  }

  /**
   * Sells three receipts at a till whose printer fails as given, then clears the fault and prints
   * them again.
   */
  private void sellThrough(String name, Supplier<PrinterTransport> broken, String reasonSays)
      throws Exception {
    Path file = dir.resolve(name + ".db");
    List<byte[]> paper = new ArrayList<>();
    boolean[] fixed = {false};
    PrinterTransport working =
        new Fake() {
          @Override
          public void write(byte[] bytes) {
            synchronized (paper) {
              paper.add(bytes);
            }
          }
        };
    try (TillServices till = TillServices.open(file.toString(), "T1", Clock.systemUTC(), true);
        PrintQueue queue = new PrintQueue(() -> fixed[0] ? working : broken.get(), till.clock())) {
      DemoBoutique.seed(till).value();
      User cashier = till.staff().signIn("1470").value();
      till.shifts().open(cashier, 0).value();
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        Sale sale =
            till.counter()
                .sell(
                    cashier,
                    List.of(new Counter.Item("SBT-001", 1, Percent.ZERO)),
                    List.of(new Tender(TenderMethod.CASH, 1_000_00, null)),
                    null)
                .value()
                .sale();
        // The sale is in the ledger before anything is printed.
        java.util.Optional<Sale> recorded =
            till.database().read(b -> b.sales().byNumber(sale.number()));
        assertThat(recorded).isPresent();
        queue.enqueue(sale.number(), Printing.receipt(till, sale, PrinterProfile.standard()));
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .as("selling and queueing the receipt with a %s printer", name)
            .isLessThan(COUNTER_NEVER_WAITS);
        numbers.add(sale.number());
      }
      waitUntil(
          () -> queue.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.FAILED), queue);
      assertThat(queue.jobs()).extracting(PrintQueue.Job::name).containsExactlyElementsOf(numbers);
      assertThat(queue.jobs())
          .extracting(PrintQueue.Job::reason)
          .allMatch(r -> r.contains(reasonSays));
      assertThat(till.verify().ok()).as("the ledger after printer faults").isTrue();

      // Paper loaded, cable back in: the waiting receipts print, in order, each once.
      fixed[0] = true;
      queue.jobs().forEach(j -> queue.retry(j.id()));
      waitUntil(
          () -> queue.jobs().stream().allMatch(j -> j.state() == PrintQueue.State.PRINTED), queue);
      synchronized (paper) {
        assertThat(paper).hasSize(3);
        for (int i = 0; i < 3; i++) {
          assertThat(new String(paper.get(i), java.nio.charset.StandardCharsets.ISO_8859_1))
              .contains(numbers.get(i));
        }
      }
    }
  }

  private static PrinterTransport failing(String sentence) {
    return new Fake() {
      @Override
      public void write(byte[] bytes) throws PrinterFault {
        throw new PrinterFault(sentence);
      }
    };
  }

  private abstract static class Fake implements PrinterTransport {
    @Override
    public String describe() {
      return "test printer";
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier done, PrintQueue queue)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the print queue did not settle: " + queue.jobs());
      }
      Thread.sleep(20);
    }
  }
}
