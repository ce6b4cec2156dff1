package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * What the PDF engine says while it prints one page. Its own logger is silenced: it would print
 * every screen-only CSS rule it skips. Warnings about the page itself (a font, a link) are kept and
 * shown; the stylesheet parser's notes about rules meant for screens are not. A resource the engine
 * could not load (an image, a stylesheet, a font, a drawing's reference) is a failure, whatever
 * level the engine gives it: the PDF would go out without it.
 */
final class EngineMessages implements Consumer<Diagnostic> {

  private static final String STYLESHEET_PARSER = "com.openhtmltopdf.css-parse";

  /** The engine's messages (LogMessageId names) that say a resource of the page was not loaded. */
  static final Set<String> NOT_LOADED =
      Set.of(
          "CSS_PARSE_COULDNT_PARSE_STYLESHEET_AT_URI",
          "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI",
          "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND",
          "EXCEPTION_COULD_NOT_LOAD_EMBEDDED_FILE",
          "EXCEPTION_COULD_NOT_LOAD_FONT",
          "EXCEPTION_COULD_NOT_LOAD_FONT_FACE",
          "EXCEPTION_FAILED_TO_LOAD_BACKGROUND_IMAGE_AT_URI",
          "EXCEPTION_IO_PROBLEM_FOR_URI",
          "EXCEPTION_ITEM_AT_URI_NOT_FOUND",
          "EXCEPTION_SVG_COULD_NOT_DRAW",
          "EXCEPTION_SVG_EXTERNAL_RESOURCE_NOT_ALLOWED",
          "EXCEPTION_URI_SYNTAX_WHILE_LOADING_EXTERNAL_SVG_RESOURCE",
          "EXCEPTION_URI_WITH_BASE_URI_INVALID",
          "INIT_FONT_COULD_NOT_BE_LOADED",
          "LOAD_COULD_NOT_LOAD_EMBEDDED_FILE",
          "LOAD_COULD_NOT_READ_URI_AT_URL_MAY_BE_RELATIVE",
          "LOAD_EMBEDDED_DATA_URI_MUST_BE_ENCODED_IN_BASE64",
          "LOAD_PAGE_DOES_NOT_EXIST_FOR_PDF_IN_IMG_TAG",
          "LOAD_RESOURCE_ACCESS_REJECTED",
          "LOAD_SVG_IMAGE_HAS_NO_USABLE_SIZE",
          "LOAD_SVG_IMAGE_WITHOUT_SVG_DRAWER",
          "LOAD_UNABLE_TO_LOAD_CSS_FROM_URI",
          "LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI",
          "LOAD_URI_RESOLVER_REJECTED_LOADING_AT_URI",
          "LOAD_URI_RESOLVER_REJECTED_RESOLVING_CSS_IMPORT_AT_URI",
          "LOAD_URI_RESOLVER_REJECTED_RESOLVING_URI_AT_URI_IN_CSS_STYLESHEET");

  /** One message: its text, the resource it names (a URI, "" if none), whether it is a failure. */
  record Message(String text, String resource, boolean notLoaded) {}

  private final List<Message> messages = new ArrayList<>();

  EngineMessages() {
    XRLog.setLoggerImpl(new Silent());
  }

  @Override
  public void accept(Diagnostic diagnostic) {
    String id = diagnostic.getLogMessageId().getEnum().name();
    boolean notLoaded = NOT_LOADED.contains(id);
    boolean warning =
        diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
            && !STYLESHEET_PARSER.equals(diagnostic.getLogMessageId().getWhere());
    if (notLoaded || warning) {
      messages.add(new Message(text(diagnostic), resource(diagnostic), notLoaded));
    }
  }

  /** The messages about the page, each once, in the order first seen. */
  List<Message> messages() {
    return messages.stream().distinct().toList();
  }

  /** The engine's message, with the first line of the error behind it where there is one. */
  private static String text(Diagnostic diagnostic) {
    String text = diagnostic.getFormattedMessage();
    for (Throwable error = diagnostic.getError(); error != null; error = error.getCause()) {
      String reason = error.getMessage();
      if (reason != null && !reason.isBlank() && !reason.equals("null")) {
        return text + " (" + reason.lines().findFirst().orElse("").strip() + ")";
      }
    }
    return text;
  }

  /** The first argument that is a URI or a path: the resource a message is about. */
  private static String resource(Diagnostic diagnostic) {
    Object[] args = diagnostic.getArgs();
    if (args == null) {
      return "";
    }
    for (Object arg : args) {
      if (arg instanceof String text && !text.isBlank() && !text.contains(" ")) {
        return text;
      }
    }
    return "";
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
