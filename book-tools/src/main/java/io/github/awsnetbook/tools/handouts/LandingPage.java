package io.github.awsnetbook.tools.handouts;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.markup.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The bundle's {@code index.html}: one entry per locale, in that locale's language (its name from
 * ICU in itself, the book's title and description, links to the HTML book and the PDF), and the
 * checksums and licences. The page has no words of its own to translate: everything on it comes
 * from the books or from ICU.
 */
final class LandingPage {

  /** One locale's entry: the book, and the PDF's and the EPUB's names and sizes in the bundle. */
  record Entry(Edition edition, String pdfName, long pdfBytes, String epubName, long epubBytes) {}

  /**
   * One parallel edition: the source's and the translation's books, its folder in the bundle, its
   * PDF's name and size, and where its pairing fell back to a coarser level.
   */
  record Parallel(
      Edition source,
      Edition translation,
      String folder,
      String pdfName,
      long pdfBytes,
      List<String> coarser) {
    Parallel {
      coarser = List.copyOf(coarser);
    }
  }

  private LandingPage() {}

  /**
   * The page. {@code headExtras} are the theme's head elements (the Content-Security-Policy) and
   * the font stylesheet's link; the first entry is the source locale, whose language the page
   * declares.
   */
  static Document page(
      List<Entry> entries,
      List<Parallel> parallels,
      List<Element> headExtras,
      List<String> licences) {
    Edition source = entries.get(0).edition();
    String title =
        entries.stream().map(e -> e.edition().seriesTitle()).collect(Collectors.joining(" / "));
    Document page = Markup.newHtml();
    Element html = page.selectFirst("html").attr("lang", source.lang());
    page.insertChildren(1, new TextNode("\n"));
    page.appendChild(new TextNode("\n"));
    html.prependChild(new TextNode("\n"));
    Element head = page.head();
    head.after(new TextNode("\n"));
    head.appendChild(new TextNode("\n"));
    line(head, new Element("meta").attr("charset", "UTF-8"));
    line(
        head,
        new Element("meta")
            .attr("name", "viewport")
            .attr("content", "width=device-width, initial-scale=1.0"));
    line(head, new Element("title").text(title));
    line(
        head,
        new Element("meta").attr("name", "description").attr("content", source.description()));
    line(head, LocaleLinks.openGraph("og:title", title));
    line(head, LocaleLinks.openGraph("og:description", source.description()));
    line(head, LocaleLinks.openGraph("og:type", "website"));
    openGraphLocales(entries).forEach(meta -> line(head, meta));
    alternates(entries).forEach(link -> line(head, link));
    headExtras.forEach(extra -> line(head, extra));
    line(
        head,
        new Element("link")
            .attr("rel", "icon")
            .attr("href", source.lang() + "/images/logo.svg")
            .attr("type", "image/svg+xml"));
    line(head, new Element("link").attr("rel", "stylesheet").attr("href", "landing.css"));
    Element body = page.body();
    body.after(new TextNode("\n"));
    body.appendChild(new TextNode("\n"));
    Element header = line(body, new Element("header").addClass("landing-header"));
    header.appendChild(new TextNode("\n"));
    line(header, titles(entries));
    Element main = line(body, new Element("main"));
    main.appendChild(new TextNode("\n"));
    Element editions = line(main, new Element("ul").addClass("editions"));
    editions.appendChild(new TextNode("\n"));
    entries.forEach(entry -> line(editions, entry(entry)));
    if (!parallels.isEmpty()) {
      Element list = line(main, new Element("ul").addClass("editions").addClass("parallel"));
      list.appendChild(new TextNode("\n"));
      parallels.forEach(parallel -> line(list, parallel(parallel)));
    }
    Element footer = line(body, new Element("footer").addClass("landing-footer"));
    footer.appendChild(new TextNode("\n"));
    Element files = line(footer, new Element("ul"));
    files.appendChild(new TextNode("\n"));
    line(files, textFile(Checksums.FILE_NAME));
    licences.forEach(licence -> line(files, textFile(licence)));
    return page;
  }

  /** Appends {@code child} to {@code parent}, then a line break; returns the child. */
  private static Element line(Element parent, Element child) {
    parent.appendChild(child);
    parent.appendChild(new TextNode("\n"));
    return child;
  }

  private static Element textFile(String name) {
    Element item = new Element("li");
    item.appendElement("a").attr("href", name).attr("type", "text/plain").text(name);
    return item;
  }

  private static Element entry(Entry entry) {
    Edition book = entry.edition();
    String lang = book.lang();
    Element item = new Element("li").attr("lang", lang);
    item.appendChild(new TextNode("\n"));
    line(item, new Element("h2").addClass("language").text(LocaleLinks.nativeName(lang)));
    Element title = line(item, new Element("p").addClass("book-title"));
    title
        .appendElement("a")
        .attr("href", lang + "/index.html")
        .attr("hreflang", lang)
        .text(book.title());
    line(item, new Element("p").addClass("description").text(book.description()));
    Element pdf = line(item, new Element("p").addClass("pdf"));
    pdf.appendElement("a")
        .attr("href", entry.pdfName())
        .attr("type", "application/pdf")
        .attr("hreflang", lang)
        .text(entry.pdfName());
    pdf.appendText(" ");
    pdf.appendElement("span").addClass("size").text("(" + size(entry.pdfBytes(), lang) + ")");
    Element epub = line(item, new Element("p").addClass("epub"));
    epub.appendElement("a")
        .attr("href", entry.epubName())
        .attr("type", "application/epub+zip")
        .attr("hreflang", lang)
        .text(entry.epubName());
    epub.appendText(" ");
    epub.appendElement("span").addClass("size").text("(" + size(entry.epubBytes(), lang) + ")");
    return item;
  }

  /**
   * A parallel edition's entry: the two languages, each named in itself, and the two titles, each
   * in its language, linking to the page; the PDF with its size. No word of the page's own.
   */
  private static Element parallel(Parallel parallel) {
    Element item = new Element("li");
    item.appendChild(new TextNode("\n"));
    Element languages = line(item, new Element("h2").addClass("language"));
    Element title = line(item, new Element("p").addClass("book-title"));
    Element link = title.appendElement("a").attr("href", parallel.folder() + "/index.html");
    for (Edition book : List.of(parallel.source(), parallel.translation())) {
      if (languages.childNodeSize() > 0) {
        languages.appendText(" ");
        languages.appendElement("span").addClass("separator").attr("aria-hidden", "true").text("/");
        languages.appendText(" ");
        link.appendElement("br");
      }
      languages
          .appendElement("span")
          .attr("lang", book.lang())
          .text(LocaleLinks.nativeName(book.lang()));
      link.appendElement("span").attr("lang", book.lang()).text(book.title());
    }
    Element pdf = line(item, new Element("p").addClass("pdf"));
    pdf.appendElement("a")
        .attr("href", parallel.pdfName())
        .attr("type", "application/pdf")
        .text(parallel.pdfName());
    pdf.appendText(" ");
    String lang = parallel.source().lang();
    pdf.appendElement("span")
        .addClass("size")
        .attr("lang", lang)
        .text("(" + size(parallel.pdfBytes(), lang) + ")");
    return item;
  }

  /** The size as that locale writes it, in kilobytes or megabytes (1000-based, as ICU's units). */
  static String size(long bytes, String lang) {
    MeasureFormat format =
        MeasureFormat.getInstance(ULocale.forLanguageTag(lang), MeasureFormat.FormatWidth.SHORT);
    if (bytes >= 1_000_000) {
      double megabytes = Math.round(bytes / 100_000.0) / 10.0;
      return format.format(new Measure(megabytes, MeasureUnit.MEGABYTE));
    }
    // CLDR's short Japanese unit is "KB"; the SI symbol of kilo is a lower-case k, as the English
    // one writes it ("186 kB"), and 1000-based is what the number is.
    return format
        .format(new Measure(Math.max(1, Math.round(bytes / 1000.0)), MeasureUnit.KILOBYTE))
        .replace("KB", "kB");
  }

  private static Element titles(List<Entry> entries) {
    Element heading = new Element("h1");
    for (Entry entry : entries) {
      if (heading.childNodeSize() > 0) {
        heading.appendText(" ");
        heading.appendElement("span").addClass("separator").attr("aria-hidden", "true").text("/");
        heading.appendText(" ");
      }
      heading
          .appendElement("span")
          .attr("lang", entry.edition().lang())
          .text(entry.edition().seriesTitle());
    }
    return heading;
  }

  private static List<Element> alternates(List<Entry> entries) {
    List<Element> links = new ArrayList<>();
    for (Entry entry : entries) {
      String lang = entry.edition().lang();
      links.add(LocaleLinks.alternate(lang, lang + "/index.html"));
    }
    links.add(LocaleLinks.alternate("x-default", "index.html"));
    return links;
  }

  private static List<Element> openGraphLocales(List<Entry> entries) {
    String source = entries.get(0).edition().lang();
    String all = entries.stream().map(e -> e.edition().lang()).collect(Collectors.joining(" "));
    return LocaleLinks.of(source, all, "index.html").openGraphLocales();
  }
}
