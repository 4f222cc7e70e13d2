package org.ovop.till.printing.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A raw printer device file such as {@code /dev/usb/lp0} (the kernel's usblp driver). A write to a
 * printer that stopped can block forever, so it runs on its own thread and is abandoned after the
 * timeout.
 */
public final class FileTransport implements PrinterTransport {
  private final Path device;
  private final long timeoutMillis;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "printer-file");
            t.setDaemon(true);
            return t;
          });

  public FileTransport(Path device, long timeoutMillis) {
    this.device = device;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void write(byte[] bytes) throws PrinterFault {
    if (!Files.exists(device)) {
      throw new PrinterFault(PrinterFault.Kind.ABSENT, device.toString(), null);
    }
    Future<?> done =
        writer.submit(
            () -> {
              try (OutputStream out =
                  Files.newOutputStream(
                      device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(bytes);
                out.flush();
              }
              return null;
            });
    try {
      done.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      done.cancel(true);
      throw new PrinterFault(
          PrinterFault.Kind.SLOW, device.toString(), PrinterFault.seconds(timeoutMillis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PrinterFault(PrinterFault.Kind.INTERRUPTED, device.toString(), null, e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      throw new PrinterFault(
          PrinterFault.Kind.REFUSED,
          device.toString(),
          cause instanceof IOException io ? io.getMessage() : String.valueOf(cause),
          cause);
    }
  }

  @Override
  public String describe() {
    return "file:" + device;
  }

  @Override
  public void close() {
    writer.shutdownNow();
  }
}
