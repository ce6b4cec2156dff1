package io.github.awsnetbook.tools.handouts;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.publishing.AtomicFiles;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the handout bundle from the published books: {@code <name>/} with the landing page, one
 * folder per locale, the PDFs named by series, article and locale, the licences and {@code
 * SHA256SUMS}; and {@code <name>.zip} of that folder.
 */
public final class HandoutBundle {

  static final String LICENCES = "licences";
  private static final Pattern CSP =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\\s*");

  private final BundleRequest request;

  public HandoutBundle(BundleRequest request) {
    this.request = request;
  }

  /** Builds the folder beside its place, renames it in, then writes the zip of it. */
  public void assemble() {
    List<String> sourceFirst = new ArrayList<>(List.of(request.sourceLang()));
    request.locales().stream()
        .filter(l -> !l.equals(request.sourceLang()))
        .forEach(sourceFirst::add);
    List<Edition> editions =
        sourceFirst.stream().map(lang -> Edition.read(lang, request.moduleTarget(lang))).toList();
    String article =
        Articles.slug(
            BookLayout.sourceDirOf(request.root(), request.sourceLang()).resolve("chapters"));
    Path staging = request.output().resolve("." + request.name() + ".tmp");
    try {
      AtomicFiles.deleteTree(staging);
      Files.createDirectories(staging);
      write(staging, editions, article);
      AtomicFiles.write(
          staging.resolve(Checksums.FILE_NAME),
          Checksums.of(staging).getBytes(StandardCharsets.UTF_8));
      setModes(staging);
      AtomicFiles.replaceFolder(staging, request.folder());
      AtomicFiles.write(
          request.zip(), ReproducibleZip.of(request.folder(), request.name(), request.timestamp()));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } finally {
      deleteQuietly(staging);
    }
  }

  private void write(Path bundle, List<Edition> editions, String article) throws IOException {
    List<LandingPage.Entry> entries = new ArrayList<>();
    for (Edition edition : editions) {
      copyTree(edition.htmlFolder(), bundle.resolve(edition.lang()));
      String pdfName = edition.bundledPdfName(article);
      Files.copy(edition.pdf(), bundle.resolve(pdfName));
      entries.add(new LandingPage.Entry(edition, pdfName, Files.size(edition.pdf())));
    }
    List<String> licences = writeLicences(bundle, editions);
    String policy = contentSecurityPolicy();
    WebFonts fonts = new WebFonts(request.fonts());
    String fontLink = fonts.faces().isEmpty() ? "" : fonts.headLinks();
    String page = LandingPage.html(entries, policy + fontLink, licences);
    for (Map.Entry<String, byte[]> file : fonts.filesFor(page).entrySet()) {
      AtomicFiles.write(bundle.resolve(file.getKey()), file.getValue());
    }
    AtomicFiles.write(bundle.resolve("index.html"), page.getBytes(StandardCharsets.UTF_8));
    Files.copy(request.stylesheet(), bundle.resolve("landing.css"));
  }

  /** The font's licence, and each book's colophon: the terms the content is published under. */
  private List<String> writeLicences(Path bundle, List<Edition> editions) throws IOException {
    Path folder = Files.createDirectories(bundle.resolve(LICENCES));
    List<String> names = new ArrayList<>();
    String font = LICENCES + "/" + request.fontLicence().getFileName();
    Files.copy(request.fontLicence(), bundle.resolve(font));
    names.add(font);
    for (Edition edition : editions) {
      if (!edition.colophon().isEmpty()) {
        String name = "content-" + edition.lang() + ".txt";
        AtomicFiles.write(
            folder.resolve(name), edition.colophon().getBytes(StandardCharsets.UTF_8));
        names.add(LICENCES + "/" + name);
      }
    }
    return names;
  }

  /** The theme's Content-Security-Policy, the same the books carry. */
  private String contentSecurityPolicy() throws IOException {
    Matcher csp = CSP.matcher(Files.readString(request.docinfo(), StandardCharsets.UTF_8));
    if (!csp.find()) {
      throw new IllegalStateException(
          request.docinfo()
              + " has no Content-Security-Policy meta element; the landing page needs"
              + " the books' policy");
    }
    return csp.group().strip() + "\n";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    for (Path path : ReproducibleZip.sortedTree(from)) {
      Path target = to.resolve(ReproducibleZip.relativeName(from, path));
      if (Files.isDirectory(path)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(path, target);
      }
    }
  }

  /** 0644 files and 0755 folders, whatever the umask or the copied files had. */
  private static void setModes(Path root) throws IOException {
    AtomicFiles.setMode(root, AtomicFiles.FOLDER_MODE);
    for (Path path : ReproducibleZip.sortedTree(root)) {
      AtomicFiles.setMode(
          path, Files.isDirectory(path) ? AtomicFiles.FOLDER_MODE : AtomicFiles.FILE_MODE);
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      AtomicFiles.deleteTree(folder);
    } catch (IOException e) {
      // A leftover staging folder is deleted by the next run; the bundle itself is complete.
    }
  }
}
