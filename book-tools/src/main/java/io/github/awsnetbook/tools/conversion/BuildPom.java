package io.github.awsnetbook.tools.conversion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The root {@code pom.xml} as the build's own settings: its properties and the configuration of its
 * managed plugins' executions, with {@code ${…}} resolved as Maven would for one content module. A
 * caller that runs the build's steps outside Maven (the live preview) takes their arguments from
 * here, so that the two cannot drift apart.
 */
public final class BuildPom {

  private static final String BOOK_PLUGIN = "book-maven-plugin";

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private final Element project;
  private final Map<String, String> properties;

  private BuildPom(Element project, Map<String, String> properties) {
    this.project = project;
    this.properties = properties;
  }

  /**
   * Reads {@code root/pom.xml} (no DTD, no entity) with the properties Maven gives the module of
   * locale {@code lang} whose build folder is {@code buildDir}.
   */
  public static BuildPom read(Path root, String lang, Path buildDir) {
    Element project = parse(root.resolve("pom.xml"));
    Map<String, String> properties = new LinkedHashMap<>();
    Element declared = child(project, "properties").orElseThrow();
    for (Element property : children(declared)) {
      properties.put(property.getTagName(), property.getTextContent().strip());
    }
    Path module = root.toAbsolutePath().normalize().resolve("content-" + lang);
    properties.put(
        "maven.multiModuleProjectDirectory", root.toAbsolutePath().normalize().toString());
    properties.put("project.basedir", module.toString());
    properties.put("project.build.directory", buildDir.toAbsolutePath().normalize().toString());
    properties.put("project.version", text(project, "version"));
    properties.put("book.lang", lang);
    return new BuildPom(project, properties);
  }

  /** A property, resolved. */
  public String property(String name) {
    String value = properties.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the root pom.xml has no property " + name);
    }
    return resolve(value);
  }

  /** {@code value} with every {@code ${name}} replaced by the property's resolved value. */
  public String resolve(String value) {
    Matcher matcher = PROPERTY.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(property(matcher.group(1))));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  /**
   * The managed plugin's {@code <configuration>} merged as Maven merges it for an execution: the
   * plugin's elements, overridden by the execution's (attributes are merged one by one).
   */
  public Element pluginConfiguration(String artifactId) {
    return child(plugin(artifactId), "configuration").orElseThrow();
  }

  /** The {@code <configuration>} of one execution of a managed plugin. */
  public Element executionConfiguration(String artifactId, String executionId) {
    Element executions = child(plugin(artifactId), "executions").orElseThrow();
    for (Element execution : children(executions)) {
      if (executionId.equals(text(execution, "id"))) {
        return child(execution, "configuration").orElseThrow();
      }
    }
    throw new IllegalArgumentException(
        "the root pom.xml has no execution " + executionId + " of " + artifactId);
  }

  /** A setting of the book's Maven plugin (book-maven-plugin), resolved. */
  public String bookPluginSetting(String name) {
    String value = text(pluginConfiguration(BOOK_PLUGIN), name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("the root pom.xml sets no " + name + " of " + BOOK_PLUGIN);
    }
    return resolve(value);
  }

  /** The font faces of the book's Maven plugin: each weight and its file. */
  public Map<Integer, String> bookPluginFontFaces() {
    Map<Integer, String> faces = new LinkedHashMap<>();
    Element fontFaces = child(pluginConfiguration(BOOK_PLUGIN), "fontFaces").orElseThrow();
    for (Element face : children(fontFaces)) {
      faces.put(Integer.parseInt(resolve(text(face, "weight"))), resolve(text(face, "file")));
    }
    return faces;
  }

  /** The elements of {@code parent}'s child {@code name}, by tag, values resolved. */
  public Map<String, String> resolvedChildren(Element parent, String name) {
    Map<String, String> values = new LinkedHashMap<>();
    child(parent, name)
        .ifPresent(
            element ->
                children(element)
                    .forEach(
                        child ->
                            values.put(
                                child.getTagName(), resolve(child.getTextContent().strip()))));
    return values;
  }

  private Element plugin(String artifactId) {
    Element build = child(project, "build").orElseThrow();
    Element plugins =
        child(child(build, "pluginManagement").orElseThrow(), "plugins").orElseThrow();
    for (Element plugin : children(plugins)) {
      if (artifactId.equals(text(plugin, "artifactId"))) {
        return plugin;
      }
    }
    throw new IllegalArgumentException("the root pom.xml manages no plugin " + artifactId);
  }

  /** The text of the child {@code name}, or the empty string. */
  public static String text(Element parent, String name) {
    return child(parent, name).map(element -> element.getTextContent().strip()).orElse("");
  }

  public static Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
  }

  public static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static Element parse(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
    }
  }
}
