package io.github.awsnetbook.tools.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.pipeline.BookSettings;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview of a temporary copy of the repository's English book, started once for the class
 * on a free port: the served page and the page on disk, a save, a broken save and its fix, and what
 * the preview writes. The tests build on each other's saves, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewServerTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final String CHAPTER = "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String FIRST_WORDS = "This is the last part of our series";
  private static final String EDITED_WORDS = "This is the very last part of our series";

  @TempDir static Path temp;
  private static Path root;
  private static PreviewServer preview;
  private static final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private static Map<String, String> filesBefore;
  private static String original;

  @BeforeAll
  static void startOnACopy() throws IOException, InterruptedException {
    root = temp.resolve("repository");
    for (String part :
        List.of("assets", "theme", "terminology", "content-ja/src", "content-en/src")) {
      copy(REPOSITORY.resolve(part), root.resolve(part));
    }
    // A published book of an earlier build, which the preview must leave alone.
    copy(
        REPOSITORY.resolve("theme/html/docinfo.html"), root.resolve("content-en/target/html/en/x"));
    original = Files.readString(root.resolve(CHAPTER), StandardCharsets.UTF_8);
    assertTrue(original.contains(FIRST_WORDS), "the chapter has changed: update the test");
    filesBefore = files(root);
    BookLayout layout =
        new BookLayout(root, "en", "ja", List.of("ja", "en"), BookLayout.previewDirOf(root, "en"));
    BookSettings settings =
        BookSettings.of(
            layout,
            "aws-network-{lang}.pdf",
            BookSettings.fontFaces(
                layout.fontsDir(),
                "Noto Sans JP Book",
                "400=NotoSansJP-Regular.ttf 700=NotoSansJP-Bold.ttf"),
            LocalDate.of(2026, 12, 7));
    preview =
        PreviewServer.start(
            settings, 0, new PrintStream(terminal, true, StandardCharsets.UTF_8), 0);
    HttpRequest request = HttpRequest.newBuilder(url(PageInjection.EVENTS_PATH)).build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(events::add));
    assertEquals("retry: 500", events.poll(10, TimeUnit.SECONDS));
  }

  @AfterAll
  static void stop() {
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  @Order(1)
  void theServedPageLinksTheReloadScriptAndItsCspAllowsThatScriptAlone() throws Exception {
    Document page = Jsoup.parse(get("/en/index.html").body());
    List<Element> scripts = page.select("script");
    assertEquals(1, scripts.size());
    assertEquals(PageInjection.SCRIPT_PATH, scripts.get(0).attr("src"));
    assertEquals(
        "script-src http://127.0.0.1:" + preview.port() + PageInjection.SCRIPT_PATH,
        directive(page, "script-src"));
    HttpResponse<String> script = get(PageInjection.SCRIPT_PATH);
    assertEquals(200, script.statusCode());
    assertTrue(script.body().contains("new EventSource('" + PageInjection.EVENTS_PATH + "')"));
    assertTrue(page.text().contains(FIRST_WORDS));
  }

  @Test
  @Order(2)
  void thePageOnDiskKeepsThePublishedCspAndHasNoScript() throws IOException {
    Document onDisk = Jsoup.parse(Files.readString(servedFolder().resolve("index.html")));
    assertTrue(onDisk.select("script").isEmpty());
    assertEquals("script-src 'none'", directive(onDisk, "script-src"));
    assertTrue(onDisk.getElementById(PageInjection.BANNER_ID) == null);
  }

  @Test
  @Order(3)
  void aSaveReloadsThePageWithTheNewText() throws Exception {
    write(original.replace(FIRST_WORDS, EDITED_WORDS));
    nextReload();
    Document page = Jsoup.parse(get("/en/index.html").body());
    assertTrue(page.text().contains(EDITED_WORDS));
    assertTrue(page.getElementById(PageInjection.BANNER_ID) == null);
  }

  @Test
  @Order(4)
  void aBrokenSaveShowsItsErrorAtItsLineOverTheLastGoodPage() throws Exception {
    String edited = original.replace(FIRST_WORDS, EDITED_WORDS);
    String broken = edited + "\ninclude::no-such-chapter.adoc[]\n";
    int line = (int) broken.lines().count();
    write(broken.replace(EDITED_WORDS, "Words of the broken save"));
    nextReload();
    Document page = Jsoup.parse(get("/en/index.html").body());
    Element banner = page.getElementById(PageInjection.BANNER_ID);
    assertNotNull(banner, "no error banner");
    String place = CHAPTER + ":" + line + ":1: error: ";
    assertTrue(banner.text().contains(place), banner.text());
    assertTrue(banner.text().contains("include file not found"), banner.text());
    assertFalse(banner.text().contains(root.toString()), "a path not relative to the repository");
    assertTrue(page.text().contains(EDITED_WORDS), "not the last good page");
    assertFalse(page.text().contains("Words of the broken save"));
    assertTrue(terminal.toString(StandardCharsets.UTF_8).contains(place));
  }

  @Test
  @Order(5)
  void fixingTheFileClearsTheBanner() throws Exception {
    write(original);
    nextReload();
    Document page = Jsoup.parse(get("/en/index.html").body());
    assertTrue(page.getElementById(PageInjection.BANNER_ID) == null);
    assertTrue(page.text().contains(FIRST_WORDS));
  }

  @Test
  @Order(6)
  void aSaveWithAWarningShowsItFoldedOverTheNewPage() throws Exception {
    // Two admitted forms of one concept in one book: the terminology check warns, the build passes.
    String warned = "A VPC peering connection, or peering connection, joins two VPCs. ";
    write(original.replace(FIRST_WORDS, warned + FIRST_WORDS));
    nextReload();
    Document page = Jsoup.parse(get("/en/index.html").body());
    Element warnings = page.getElementById(PageInjection.WARNINGS_ID);
    assertNotNull(warnings, "no warnings; terminal:\n" + terminal);
    assertTrue(page.getElementById(PageInjection.BANNER_ID) == null, "a warning is no error");
    assertTrue(warnings.text().contains(CHAPTER + ":"), warnings.text());
    assertTrue(warnings.text().contains("\"peering connection\""), warnings.text());
    assertTrue(warnings.text().contains("[terminology/inconsistent-admitted-forms]"));
    assertTrue(page.text().contains(warned.strip()), "not the new page");
    assertTrue(status("warnings") >= 1);
    assertEquals(0, status("errors"));

    write(original);
    nextReload();
    assertNull(Jsoup.parse(get("/en/index.html").body()).getElementById(PageInjection.WARNINGS_ID));
  }

  @Test
  @Order(7)
  void thePreviewWritesNothingButItsOwnFolder() throws IOException {
    Map<String, String> after = files(root);
    after.keySet().removeIf(path -> path.startsWith("content-en/target/preview/"));
    assertEquals(filesBefore, after);
  }

  @Test
  @Order(8)
  void thePdfOfTheLastGoodPageIsServed() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (status("pdf") < status("html") && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    HttpResponse<byte[]> pdf =
        http.send(
            HttpRequest.newBuilder(url("/pdf/aws-network-en.pdf")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  @Order(9)
  void onlyRequestsNamingTheLoopbackAtItsPortAreAnswered() throws IOException {
    int port = preview.port();
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)) {
      assertEquals(200, rawStatus("GET /en/index.html HTTP/1.1\r\nHost: " + host + "\r\n"), host);
    }
    // What a page of another site sends once it has rebound its name to 127.0.0.1.
    for (String host :
        List.of(
            "evil.example:" + port,
            "evil.example",
            "127.0.0.1.evil.example:" + port,
            "localhost:" + (port == 65535 ? 1 : port + 1),
            "127.0.0.1")) {
      assertEquals(403, rawStatus("GET /en/index.html HTTP/1.1\r\nHost: " + host + "\r\n"), host);
      assertEquals(403, rawStatus("GET /_preview/status HTTP/1.1\r\nHost: " + host + "\r\n"));
      assertEquals(403, rawStatus("GET /pdf/ HTTP/1.1\r\nHost: " + host + "\r\n"));
    }
    assertEquals(403, rawStatus("GET /en/index.html HTTP/1.0\r\n"), "no Host at all");
    assertEquals(
        403,
        rawStatus(
            "GET /en/index.html HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nHost: evil.example\r\n"),
        "two Host headers");
    assertEquals(
        403,
        rawStatus(
            "GET http://evil.example/en/index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"),
        "an absolute request to another host");
  }

  /** Sends a request as written, on a socket of its own, and returns the response's status. */
  private static int rawStatus(String requestHead) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.port())) {
      socket.setSoTimeout(10_000);
      String request = requestHead + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader response =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String statusLine = response.readLine();
      assertNotNull(statusLine, "no response to " + requestHead);
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  @Test
  @Order(10)
  void aSaveThatIsNotUtf8ShowsItsErrorAtItsPlaceNotACrash() throws Exception {
    // Found by the fuzz test: the checks after the source check parsed the file anyway, and
    // Asciidoctor's parse stopped with JRuby's ArgumentError instead of the error at its place.
    byte[] head = (original + "\nBad bytes: ").getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(head, head.length + 2);
    broken[head.length] = (byte) 0xff;
    broken[head.length + 1] = '\n';
    Files.write(root.resolve(CHAPTER), broken);
    int line = (int) (original + "\nBad bytes: ").lines().count();
    nextReload();
    Element banner =
        Jsoup.parse(get("/en/index.html").body()).getElementById(PageInjection.BANNER_ID);
    assertNotNull(banner, "no error banner; terminal:\n" + terminal);
    assertTrue(banner.text().contains(CHAPTER + ":" + line + ":"), banner.text());
    assertTrue(banner.text().contains("[safety/not-utf8]"), banner.text());
    assertFalse(terminal.toString(StandardCharsets.UTF_8).contains("the rebuild failed"));

    write(original);
    nextReload();
    assertNull(Jsoup.parse(get("/en/index.html").body()).getElementById(PageInjection.BANNER_ID));
  }

  private static long status(String field) throws IOException, InterruptedException {
    Matcher number =
        Pattern.compile("\"" + field + "\":(\\d+)").matcher(get("/_preview/status").body());
    assertTrue(number.find(), field);
    return Long.parseLong(number.group(1));
  }

  private static void write(String chapter) throws IOException {
    Files.writeString(root.resolve(CHAPTER), chapter, StandardCharsets.UTF_8);
  }

  /** Waits for the next reload event and returns its build number. */
  private static long nextReload() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = events.poll(1, TimeUnit.SECONDS);
      if ("event: reload".equals(line)) {
        String data = events.poll(1, TimeUnit.SECONDS);
        return Long.parseLong(data.substring("data: ".length()));
      }
    }
    throw new AssertionError("no reload event within 60 s; terminal:\n" + terminal);
  }

  private static Path servedFolder() throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("content-en/target/preview"))) {
      Path latest =
          list.filter(path -> path.getFileName().toString().startsWith("html-"))
              .max((a, b) -> Long.compare(number(a), number(b)))
              .orElseThrow();
      return latest.resolve("en");
    }
  }

  private static long number(Path folder) {
    return Long.parseLong(folder.getFileName().toString().substring("html-".length()));
  }

  private static String directive(Document page, String name) {
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    return Stream.of(csp.split(";"))
        .map(String::strip)
        .filter(directive -> directive.startsWith(name + " "))
        .findFirst()
        .orElse("");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(url(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static URI url(String path) {
    return URI.create("http://127.0.0.1:" + preview.port() + path);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /** Every file under the folder, by relative path, with its SHA-256. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), sha256(file));
      }
    }
    return files;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
