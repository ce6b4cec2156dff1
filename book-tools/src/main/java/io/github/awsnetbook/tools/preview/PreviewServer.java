package io.github.awsnetbook.tools.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.awsnetbook.tools.commandline.Options;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.pipeline.BookSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The translator's live preview of one locale: builds the book once, serves it on 127.0.0.1, and
 * rebuilds it after every save in the locale's source folder, the source locale's, or the shared
 * {@code assets/}, {@code theme/} and {@code terminology/} (see {@link LiveBook}); the open page
 * reloads itself, and the errors of a failed save show in a banner over the last good page and in
 * the terminal.
 *
 * <p>Usage: {@code PreviewServer --root DIR --lang LANG …} with the build's settings (see {@link
 * #main}; Maven's {@code exec:exec@preview} passes them) and {@code --port PORT} (8000 by default,
 * 0 for any free port). Paths served: {@code /<lang>/index.html} (the page), {@code /pdf/} (its
 * PDF), {@code /<other>/} (another locale's published page, if built), and under {@code /_preview/}
 * the reload script, its event stream and {@code status} (as JSON: the numbers of the last build,
 * of the last good page and of the last PDF, the errors of the last build, how many times the page
 * was served and how many pages listen for reloads).
 */
public final class PreviewServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "woff2", "font/woff2",
          "ttf", "font/ttf",
          "pdf", "application/pdf",
          "epub", "application/epub+zip",
          "txt", "text/plain; charset=utf-8");

  private static final int WARM_UP_RUNS = 3;

  private final LiveBook book;
  private final int warmUpRuns;
  private final PrintStream terminal;
  private final EventStream events = new EventStream();
  private final ExecutorService builder = Executors.newSingleThreadExecutor(daemon("builder"));
  private final ExecutorService printer = Executors.newSingleThreadExecutor(daemon("printer"));
  private final AtomicBoolean buildPending = new AtomicBoolean();
  private final AtomicBoolean printPending = new AtomicBoolean();
  private final Set<Path> changes = ConcurrentHashMap.newKeySet();
  private final HttpServer server;
  private volatile LiveBook.Build last;
  private volatile LiveBook.Build lastGood;
  private volatile long printed;
  private volatile long printing = Long.MAX_VALUE;
  private volatile int warmUps;
  private final AtomicLong pagesServed = new AtomicLong();
  private SourceWatcher watcher;

  private PreviewServer(LiveBook book, int port, PrintStream terminal, int warmUpRuns)
      throws IOException {
    this.book = book;
    this.warmUpRuns = warmUpRuns;
    this.terminal = terminal;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newCachedThreadPool(daemon("http")));
    server.createContext("/", this::serve);
  }

  /**
   * Starts the preview with the settings Maven gives the build (exec:exec@preview in the root pom
   * passes the same {@code book.*} properties the book's goal reads): {@code --root DIR --lang LANG
   * --source-lang LANG --locales "ja en" --pdf-name PATTERN --font-family NAME --font-faces
   * "400=FILE 700=FILE" --output-timestamp ISO [--port PORT]}.
   */
  public static void main(String[] args) throws InterruptedException {
    Options options =
        Options.parse(
            Set.of(
                "--root",
                "--lang",
                "--source-lang",
                "--locales",
                "--pdf-name",
                "--font-family",
                "--font-faces",
                "--output-timestamp",
                "--port"),
            args);
    Path root = Path.of(options.value("--root", ".")).toAbsolutePath().normalize();
    String lang = required(options, "--lang", "en");
    BookLayout layout =
        new BookLayout(
            root,
            lang,
            required(options, "--source-lang", "ja"),
            LocaleLinks.parse(required(options, "--locales", "\"ja en\"")),
            BookLayout.previewDirOf(root, lang));
    BookSettings settings =
        BookSettings.of(
            layout,
            required(options, "--pdf-name", "aws-network-{lang}.pdf"),
            BookSettings.fontFaces(
                layout.fontsDir(),
                required(options, "--font-family", "\"Noto Sans JP Book\""),
                required(options, "--font-faces", "\"400=NotoSansJP-Regular.ttf\"")),
            BookSettings.dateOf(required(options, "--output-timestamp", "2026-12-07T00:00:00Z")));
    int port = Integer.parseInt(options.value("--port", "8000"));
    PreviewServer preview = start(settings, port, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(preview::close));
    Thread.currentThread().join();
  }

  private static String required(Options options, String name, String example) {
    return options
        .value(name)
        .orElseThrow(() -> new IllegalArgumentException(name + " is required, as " + example));
  }

  /** Builds the book once, then serves and watches it until closed, warmed up. */
  public static PreviewServer start(BookSettings settings, int port, PrintStream terminal) {
    return start(settings, port, terminal, WARM_UP_RUNS);
  }

  /**
   * Builds the book of {@code settings} (whose layout's build folder is the preview's own) once,
   * then serves and watches it until closed; {@code warmUps} conversions into a scratch folder
   * follow the first build until the first save (tests ask for none).
   */
  public static PreviewServer start(
      BookSettings settings, int port, PrintStream terminal, int warmUps) {
    BookLayout layout = settings.layout();
    if (!Files.isDirectory(layout.sourceDir())) {
      throw new IllegalArgumentException("no locale folder " + layout.sourceDir());
    }
    Path buildDir = layout.buildDir();
    LiveBook book = new LiveBook(settings, new ConsoleReporter(layout.root(), terminal));
    try {
      Files.createDirectories(buildDir);
      book.forgetBefore(Long.MAX_VALUE);
      PreviewServer preview = new PreviewServer(book, port, terminal, warmUps);
      preview.rebuildNow();
      if (warmUps > 0) {
        preview.builder.execute(preview::warmUp);
      }
      preview.server.start();
      preview.watcher = new SourceWatcher(watched(layout), preview::requestRebuild);
      terminal.println(
          "preview " + layout.lang() + ": serving " + preview.pageUrl() + " (Ctrl-C to stop)");
      return preview;
    } catch (IOException e) {
      book.close();
      throw new UncheckedIOException("cannot start the preview", e);
    }
  }

  /**
   * The locale's folder, the source locale's (a translation is checked against it), and the shared
   * folders.
   */
  private static List<Path> watched(BookLayout layout) {
    return Stream.of(
            layout.sourceDir(),
            layout.sourceLocaleDir(),
            layout.assetsDir(),
            layout.themeDir(),
            layout.termbaseDir())
        .distinct()
        .toList();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String pageUrl() {
    return "http://127.0.0.1:" + port() + "/" + book.layout().lang() + "/index.html";
  }

  /** Queues one rebuild; changes during a rebuild queue the next one, a burst only one. */
  void requestRebuild(Set<Path> changed) {
    changes.addAll(changed);
    if (buildPending.compareAndSet(false, true)) {
      builder.execute(
          () -> {
            buildPending.set(false);
            rebuildNow();
          });
    }
  }

  private void rebuildNow() {
    long start = System.nanoTime();
    Set<Path> changed = Set.copyOf(changes);
    changes.removeAll(changed);
    LiveBook.Build build;
    try {
      build = book.rebuild(changed);
    } catch (RuntimeException e) {
      terminal.println("preview: the rebuild failed: " + e);
      return;
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    build.problems().forEach(problem -> terminal.println(problem));
    if (!build.failed()) {
      lastGood = build;
      book.forgetBefore(Math.min(build.number(), printing));
    }
    last = build;
    terminal.println(
        "preview "
            + book.layout().lang()
            + ": build "
            + build.number()
            + (build.failed() ? " FAILED, serving the last good page" : " served")
            + " in "
            + took
            + " ms ("
            + build.millis().entrySet().stream()
                .map(step -> step.getKey() + " " + step.getValue())
                .collect(Collectors.joining(", "))
            + ")");
    events.send("reload", Long.toString(build.number()));
    if (!build.failed()) {
      requestPrint();
    }
  }

  /**
   * A few conversions into a scratch folder while nobody has saved yet, so that the first saves
   * find Asciidoctor's code compiled; a save stops it.
   */
  private void warmUp() {
    long millis = 0;
    int runs = 0;
    while (runs < warmUpRuns && changes.isEmpty() && !buildPending.get()) {
      millis = book.warmUp();
      runs++;
      warmUps = runs;
    }
    terminal.println(
        "preview "
            + book.layout().lang()
            + ": warmed up ("
            + runs
            + " conversions, the last in "
            + millis
            + " ms)");
  }

  private void requestPrint() {
    if (printPending.compareAndSet(false, true)) {
      printer.execute(
          () -> {
            printPending.set(false);
            printNow();
          });
    }
  }

  private void printNow() {
    LiveBook.Build build = lastGood;
    printing = build.number();
    long start = System.nanoTime();
    try {
      Path pdf = book.printPdf(build);
      printed = build.number();
      terminal.println(
          "preview "
              + book.layout().lang()
              + ": PDF of build "
              + build.number()
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms: "
              + pdf);
      events.send("pdf", Long.toString(build.number()));
      start = System.nanoTime();
      Path epub = book.writeEpub(build, pdf);
      terminal.println(
          "preview "
              + book.layout().lang()
              + ": EPUB of build "
              + build.number()
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms: "
              + epub);
    } catch (RuntimeException e) {
      // A newer page may have replaced this one while it was printed; that page is printed next.
      if (lastGood == build) {
        terminal.println("preview: printing the PDF failed: " + e.getMessage());
      }
    } finally {
      printing = Long.MAX_VALUE;
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!namesThisPreview(exchange)) {
      respond(
          exchange,
          403,
          "text/plain; charset=utf-8",
          ("the preview answers only http://127.0.0.1:"
                  + port()
                  + "/, http://localhost:"
                  + port()
                  + "/ and http://[::1]:"
                  + port()
                  + "/")
              .getBytes(StandardCharsets.UTF_8));
    } else if (!exchange.getRequestMethod().equals("GET")
        && !exchange.getRequestMethod().equals("HEAD")) {
      respond(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes());
    } else if (path.equals(PageInjection.EVENTS_PATH)) {
      events.open(exchange);
    } else if (path.equals(PageInjection.SCRIPT_PATH)) {
      respond(
          exchange,
          200,
          "text/javascript; charset=utf-8",
          PageInjection.SCRIPT.getBytes(StandardCharsets.UTF_8));
    } else if (path.equals("/_preview/status")) {
      respond(exchange, 200, "application/json", status().getBytes(StandardCharsets.UTF_8));
    } else if (path.equals("/")) {
      exchange.getResponseHeaders().set("Location", "/" + book.layout().lang() + "/index.html");
      respond(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
    } else {
      serveFile(exchange, path);
    }
  }

  private void serveFile(HttpExchange exchange, String path) throws IOException {
    String lang = book.layout().lang();
    String[] parts = path.substring(1).split("/", 2);
    String rest = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "index.html";
    Optional<Path> base = folderOf(parts[0]);
    Path file = base.map(folder -> folder.resolve(rest).normalize()).orElse(null);
    if (parts[0].equals(lang) && rest.equals("index.html") && lastGood == null) {
      page(exchange, PageInjection.emptyPage(lang));
    } else if (file == null || !file.startsWith(base.get()) || !Files.isRegularFile(file)) {
      respond(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes());
    } else if (parts[0].equals(lang) && rest.endsWith(".html")) {
      page(exchange, Files.readString(file, StandardCharsets.UTF_8));
    } else {
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "");
      respond(exchange, 200, type.isEmpty() ? "application/octet-stream" : type, read(file));
    }
  }

  private void page(HttpExchange exchange, String html) throws IOException {
    LiveBook.Build build = last;
    List<Diagnostic> problems = build == null ? List.of() : build.problems();
    String served = PageInjection.serve(html, origin(exchange), problems);
    pagesServed.incrementAndGet();
    respond(exchange, 200, TYPES.get("html"), served.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether the request's one {@code Host} header (and its authority, when the request line gives
   * an absolute URI) names the preview on the loopback: anything else may be a page of another site
   * that rebound its name to 127.0.0.1.
   */
  private boolean namesThisPreview(HttpExchange exchange) {
    LoopbackHost loopback = new LoopbackHost(port());
    List<String> hosts = exchange.getRequestHeaders().get("Host");
    String authority = exchange.getRequestURI().getRawAuthority();
    return hosts != null
        && hosts.size() == 1
        && loopback.allows(hosts.get(0))
        && (authority == null || loopback.allows(authority));
  }

  /** The folder a first path segment names: this locale's last good page, its PDF, or another's. */
  private Optional<Path> folderOf(String segment) {
    BookLayout layout = book.layout();
    LiveBook.Build good = lastGood;
    if (segment.equals(layout.lang())) {
      return Optional.ofNullable(good).map(LiveBook.Build::html);
    }
    if (segment.equals("pdf")) {
      return Optional.of(book.pdfFolder());
    }
    if (layout.locales().contains(segment)) {
      Path published = BookLayout.targetOf(layout.root(), segment).resolve("html").resolve(segment);
      return Files.isDirectory(published) ? Optional.of(published) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The origin the page was asked for, as its CSP must name the script: the Host header where it is
   * a plain host and port, else the address the server listens on.
   */
  private String origin(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
      host = "127.0.0.1:" + port();
    }
    return "http://" + host;
  }

  private String status() {
    LiveBook.Build build = last;
    LiveBook.Build good = lastGood;
    return "{\"build\":"
        + (build == null ? 0 : build.number())
        + ",\"html\":"
        + (good == null ? 0 : good.number())
        + ",\"pdf\":"
        + printed
        + ",\"errors\":"
        + (build == null ? 0 : build.errors().size())
        + ",\"warnings\":"
        + (build == null ? 0 : build.problems().size() - build.errors().size())
        + ",\"pagesServed\":"
        + pagesServed.get()
        + ",\"openPages\":"
        + events.size()
        + ",\"warmUps\":"
        + warmUps
        + "}";
  }

  private static byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, "preview-" + name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    events.closeAll();
    server.stop(0);
    builder.shutdownNow();
    printer.shutdownNow();
    book.close();
  }
}
