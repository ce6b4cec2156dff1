import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.pipeline.BookSettings;
import io.github.awsnetbook.tools.preview.PreviewServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live preview's latency (run by benchmarks/preview-latency.sh, not a test): starts the preview
 * of the English book of a copy of the repository, waits until its first page and PDF are done,
 * then saves the chapter SAVES times with a new word in its first paragraph and measures, from the
 * moment the write returned, until the served page has the word (HTML) and until the PDF of that
 * build is in place (PDF). Prints each save and the medians against the goals of 1 s and 3 s.
 *
 * <p>Usage: {@code java -cp CLASSPATH PreviewLatency.java ROOT SAVES}
 */
public final class PreviewLatency {

  private static final String CHAPTER = "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(\\d+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    int saves = Integer.parseInt(args[1]);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    long started = System.nanoTime();
    // The settings exec:exec@preview passes from the root pom's book.* properties.
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
    PreviewServer preview =
        PreviewServer.start(settings, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    String base = "http://127.0.0.1:" + preview.port();
    // As a translator who opens the page and reads before the first save: the first PDF is done
    // and the preview has warmed Asciidoctor up.
    while (status(base, "pdf") < 1 || status(base, "warmUps") < 3) {
      Thread.sleep(50);
    }
    System.out.printf(
        "first build, PDF and warm-up (cold JRuby): %.1f s%n", (System.nanoTime() - started) / 1e9);
    Path chapter = root.resolve(CHAPTER);
    String original = Files.readString(chapter, StandardCharsets.UTF_8);
    List<Double> html = new ArrayList<>();
    List<Double> pdf = new ArrayList<>();
    for (int save = 1; save <= saves + 1; save++) {
      String word = "Benchmark" + save + "x" + System.nanoTime();
      Files.writeString(
          chapter, original.replaceFirst("This is the last part", "This is " + word + " part"));
      long written = System.nanoTime();
      // The small status is polled, not the page, so that polling takes little from the rebuild;
      // the page of a new good build is then fetched to see that it has the word.
      long build = status(base, "html");
      while (true) {
        long served = status(base, "html");
        if (served > build) {
          build = served;
          if (get(base + "/en/index.html").contains(word)) {
            break;
          }
        }
        Thread.sleep(5);
      }
      double htmlSeconds = (System.nanoTime() - written) / 1e9;
      while (status(base, "pdf") < build) {
        Thread.sleep(20);
      }
      double pdfSeconds = (System.nanoTime() - written) / 1e9;
      // The first save warms the rebuild's own code paths; it is shown, not counted.
      System.out.printf(
          "save %d%s: HTML %.2f s, PDF %.2f s%n",
          save, save == 1 ? " (warm-up, not counted)" : "", htmlSeconds, pdfSeconds);
      if (save > 1) {
        html.add(htmlSeconds);
        pdf.add(pdfSeconds);
      }
      Thread.sleep(1000);
    }
    Files.writeString(chapter, original);
    preview.close();
    System.out.printf(
        "median of %d saves: HTML %.2f s (goal 1 s: %s), PDF %.2f s (goal 3 s: %s)%n",
        saves,
        median(html),
        median(html) <= 1 ? "met" : "missed",
        median(pdf),
        median(pdf) <= 3 ? "met" : "missed");
    System.out.println("the preview's own log of the saves:");
    log.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(
            line -> line.contains("build ") || line.contains("PDF of") || line.contains("warmed"))
        .forEach(line -> System.out.println("  " + line));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long status(String base, String field) throws Exception {
    Matcher matcher = NUMBER.matcher(get(base + "/_preview/status"));
    while (matcher.find()) {
      if (matcher.group(1).equals(field)) {
        return Long.parseLong(matcher.group(2));
      }
    }
    throw new IllegalStateException("no " + field + " in the status");
  }

  private static String get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }
}
