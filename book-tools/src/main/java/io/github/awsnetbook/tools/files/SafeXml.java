package io.github.awsnetbook.tools.files;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the build reads XML: no DOCTYPE, so no external entity can pull a file or a URL into
 * a book and no entity expansion can blow up the memory.
 */
public final class SafeXml {

  private SafeXml() {}

  /** A StAX factory that neither reads DTDs nor resolves external entities. */
  public static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    refuseExternalAccess(factory, XMLConstants.ACCESS_EXTERNAL_DTD);
    refuseExternalAccess(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA);
    return factory;
  }

  private static void refuseExternalAccess(XMLInputFactory factory, String property) {
    try {
      factory.setProperty(property, "");
    } catch (IllegalArgumentException notSupported) {
      // Another StAX implementation: SUPPORT_DTD=false and the DOCTYPE refusal still hold.
    }
  }

  /**
   * Reads the whole document and returns its first problem: a DOCTYPE, or malformed XML, with its
   * line and column.
   */
  public static Optional<Diagnostic> check(Path file, String xml) {
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.DTD) {
          return Optional.of(
              at(
                  file,
                  reader.getLocation(),
                  "a DOCTYPE declaration is not allowed (it could pull in files or expand"
                      + " entities); remove it",
                  "safety/xml-doctype"));
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      return Optional.of(
          at(
              file,
              e.getLocation(),
              "malformed XML: " + reason(e) + "; fix the markup",
              "safety/malformed-xml"));
    }
  }

  private static Diagnostic at(Path file, Location location, String message, String rule) {
    int line = location == null ? 1 : Math.max(1, location.getLineNumber());
    int column = location == null ? 1 : Math.max(1, location.getColumnNumber());
    return Diagnostic.error(file, line, column, message).withRule(rule);
  }

  private static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    return message
        .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")
        .strip();
  }
}
