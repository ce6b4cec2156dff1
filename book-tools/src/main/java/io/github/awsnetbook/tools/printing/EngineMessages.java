package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * What the PDF engine says while it prints one page. Its own logger is silenced: it would print
 * every screen-only CSS rule it skips. Warnings about the page itself (a font, an image, a link)
 * are kept and shown; the stylesheet parser's notes about rules meant for screens are not.
 */
final class EngineMessages implements Consumer<Diagnostic> {

  private static final String STYLESHEET_PARSER = "com.openhtmltopdf.css-parse";

  private final List<String> warnings = new ArrayList<>();

  EngineMessages() {
    XRLog.setLoggerImpl(new Silent());
  }

  @Override
  public void accept(Diagnostic diagnostic) {
    if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
        && !STYLESHEET_PARSER.equals(diagnostic.getLogMessageId().getWhere())) {
      warnings.add(diagnostic.getFormattedMessage());
    }
  }

  /** The warnings about the page, each once, in the order first seen. */
  List<String> warnings() {
    return warnings.stream().distinct().toList();
  }

  private static final class Silent implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }
}
