package org.ovop.till.printing.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A network printer on raw TCP (port 9100). Connecting and writing are both bounded: a printer that
 * accepts but never reads (paper out, cover open) fills its window and the write stops; after the
 * timeout the job fails with a reason instead of hanging the queue.
 */
public final class TcpTransport implements PrinterTransport {
  private final String host;
  private final int port;
  private final int timeoutMillis;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "printer-tcp");
            t.setDaemon(true);
            return t;
          });

  public TcpTransport(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void write(byte[] bytes) throws PrinterFault {
    Socket socket = new Socket();
    Future<?> done =
        writer.submit(
            () -> {
              socket.connect(new InetSocketAddress(host, port), timeoutMillis);
              socket.setSoTimeout(timeoutMillis);
              OutputStream out = socket.getOutputStream();
              out.write(bytes);
              out.flush();
              socket.shutdownOutput();
              return null;
            });
    try {
      done.get(timeoutMillis + 500L, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new PrinterFault(PrinterFault.Kind.SLOW, name(), PrinterFault.seconds(timeoutMillis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PrinterFault(PrinterFault.Kind.INTERRUPTED, name(), null, e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof SocketTimeoutException || c instanceof java.net.ConnectException) {
        String why =
            c instanceof SocketTimeoutException
                ? "no answer within " + PrinterFault.seconds(timeoutMillis) + " s"
                : "connection refused";
        throw new PrinterFault(PrinterFault.Kind.UNREACHABLE, name(), why, c);
      }
      throw new PrinterFault(PrinterFault.Kind.REFUSED, name(), String.valueOf(c.getMessage()), c);
    } finally {
      closeQuietly(socket);
    }
  }

  /** DLE EOT 4: the paper sensor; one byte back, or unknown when the printer stays silent. */
  @Override
  public PrinterStatus status() throws PrinterFault {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), timeoutMillis);
      s.setSoTimeout(timeoutMillis);
      s.getOutputStream().write(new byte[] {0x10, 0x04, 0x04});
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      int b = in.read();
      if (b < 0) {
        return PrinterStatus.UNKNOWN;
      }
      return (b & 0x60) != 0
          ? PrinterStatus.PAPER_OUT
          : (b & 0x0C) != 0 ? PrinterStatus.PAPER_NEAR_END : PrinterStatus.READY;
    } catch (SocketTimeoutException e) {
      return PrinterStatus.UNKNOWN;
    } catch (IOException e) {
      throw new PrinterFault(PrinterFault.Kind.UNREACHABLE, name(), e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "tcp://" + host + ":" + port;
  }

  /** The printer as a person names it on the network. */
  private String name() {
    return host + ":" + port;
  }

  @Override
  public void close() {
    writer.shutdownNow();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // the job's outcome is already known
    }
  }
}
