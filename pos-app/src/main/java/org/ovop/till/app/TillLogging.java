package org.ovop.till.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The till's logging: warnings and errors only, one line each on stderr, since the command line
 * prints its answers on stdout, and the same lines with their time in {@link #file()}, since a till
 * started from a desktop icon has no terminal and support asks for the log. Set up in code (found
 * by logback through META-INF/services) rather than by a logback.xml, whose XML reader costs every
 * start of the till about 400 classes.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class TillLogging extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(new OneLine(false));
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    LogFile file = new LogFile(file());
    file.setContext(context);
    file.setName("FILE");
    file.start();
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    context.getLogger("org.jooq").setLevel(Level.WARN);
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    root.addAppender(file);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The till's log file, in its own folder. */
  public static java.nio.file.Path file() {
    return TillHome.folder().resolve("till.log");
  }

  /**
   * The log file, opened for appending at the first line written: most runs write none, and a start
   * of the till need not touch the disk for it (logback's own file appender opens at start).
   */
  static final class LogFile extends AppenderBase<ILoggingEvent> {
    private final java.nio.file.Path path;
    private final OneLine layout = new OneLine(true);
    private java.io.Writer out;

    LogFile(java.nio.file.Path path) {
      this.path = path;
    }

    @Override
    protected void append(ILoggingEvent event) { // AppenderBase calls it one event at a time
      try {
        if (out == null) {
          java.nio.file.Files.createDirectories(path.getParent());
          out =
              java.nio.file.Files.newBufferedWriter(
                  path,
                  java.nio.charset.StandardCharsets.UTF_8,
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.APPEND);
        }
        out.write(layout.doLayout(event));
        out.flush();
      } catch (java.io.IOException e) {
        addError("The till's log " + path + " cannot be written", e);
      }
    }

    @Override
    public void stop() {
      super.stop();
      if (out != null) {
        try {
          out.close();
        } catch (java.io.IOException e) {
          addError("The till's log " + path + " did not close", e);
        }
      }
    }
  }

  /**
   * "WARN org.flywaydb.core.Flyway: message", then the stack trace if there is one. Written by
   * hand: logback's pattern layout registers some fifty converters on first use, a tenth of a
   * second of every start of the till, for a line that seldom prints.
   */
  static final class OneLine extends LayoutBase<ILoggingEvent> {
    private final boolean stamped;

    OneLine(boolean stamped) {
      this.stamped = stamped;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder line = new StringBuilder();
      if (stamped) {
        line.append(java.time.Instant.ofEpochMilli(event.getTimeStamp())).append(' ');
      }
      line.append(event.getLevel())
          .append(' ')
          .append(event.getLoggerName())
          .append(": ")
          .append(event.getFormattedMessage())
          .append(System.lineSeparator());
      IThrowableProxy thrown = event.getThrowableProxy();
      if (thrown != null) {
        line.append(ThrowableProxyUtil.asString(thrown)).append(System.lineSeparator());
      }
      return line.toString();
    }
  }
}
