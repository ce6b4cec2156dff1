package io.github.awsnetbook.tools.markup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/** The one way the build parses and serializes its HTML and XML documents. */
public final class Markup {

  private Markup() {}

  /**
   * An HTML page, its links resolved against {@code baseUri}, set to serialize as the build does.
   */
  public static Document parseHtml(String html, String baseUri) {
    return withBuildSettings(Jsoup.parse(html, baseUri), Document.OutputSettings.Syntax.html);
  }

  /** A new, empty HTML page (a doctype, head and body), set to serialize as the build does. */
  public static Document newHtml() {
    Document page = Document.createShell("");
    page.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
    return withBuildSettings(page, Document.OutputSettings.Syntax.html);
  }

  /** An XML document (an SVG drawing, a termbase), set to serialize as the build does. */
  public static Document parseXml(String xml) {
    return withBuildSettings(
        Parser.xmlParser().parseInput(xml, ""), Document.OutputSettings.Syntax.xml);
  }

  /** A new XML document with the declaration {@code <?xml version="1.0" encoding="UTF-8"?>}. */
  public static Document newXml() {
    Document document = new Document("");
    // Elements appended to it keep their names' case, as XML's names are case-sensitive.
    document.parser(Parser.xmlParser());
    XmlDeclaration declaration = new XmlDeclaration("xml", false);
    declaration.attr("version", "1.0").attr("encoding", "UTF-8");
    document.appendChild(declaration);
    return withBuildSettings(document, Document.OutputSettings.Syntax.xml);
  }

  /**
   * A new XHTML document (an EPUB's content document): an XML declaration, then the nodes appended
   * to it, serialized as XML with only the entities XML defines.
   */
  public static Document newXhtml() {
    Document document = newXml();
    document.outputSettings().escapeMode(Entities.EscapeMode.xhtml);
    return document;
  }

  /** The document's bytes: UTF-8, as its output settings (the build's) serialize it. */
  public static byte[] bytes(Document document) {
    return document.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The nodes of an XML document that a page takes in: all but the XML declaration, without the
   * white space before the first and after the last.
   */
  public static List<Node> content(Document xml) {
    List<Node> nodes =
        xml.childNodes().stream().filter(node -> !(node instanceof XmlDeclaration)).toList();
    int first = 0;
    int last = nodes.size();
    while (first < last && isBlank(nodes.get(first))) {
      first++;
    }
    while (last > first && isBlank(nodes.get(last - 1))) {
      last--;
    }
    return nodes.subList(first, last);
  }

  /**
   * Every text of a node as a reader's browser decodes it: text, the data of style and script
   * elements, comments and attribute values, in document order.
   */
  public static String allText(Node root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof org.jsoup.nodes.Element element) {
            element.attributes().forEach(attribute -> text.append(attribute.getValue()));
          }
          if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
          } else if (node instanceof DataNode data) {
            text.append(data.getWholeData());
          } else if (node instanceof Comment comment) {
            text.append(comment.getData());
          }
        },
        root);
    return text.toString();
  }

  /** The text of an element's text nodes, joined as written (what stripping its tags leaves). */
  public static String textOf(Node element) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
          }
        },
        element);
    return text.toString();
  }

  private static boolean isBlank(Node node) {
    return node instanceof TextNode text && text.isBlank();
  }

  private static Document withBuildSettings(
      Document document, Document.OutputSettings.Syntax syntax) {
    document
        .outputSettings()
        .syntax(syntax)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    return document;
  }
}
