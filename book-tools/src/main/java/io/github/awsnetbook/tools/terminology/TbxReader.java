package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.files.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TBX v3 (ISO 30042:2019) termbase of the TBX-Basic dialect into a {@link Termbase}.
 *
 * <p>What it reads: {@code conceptEntry id}, per {@code langSec xml:lang} one {@code descrip
 * type="definition"} (alone, or in a {@code descripGrp} with the {@code admin type="source"}s that
 * name its sources by their IDs in the books' list of sources), and per {@code termSec} the {@code
 * term} and its {@code termNote}s {@code administrativeStatus}, {@code partOfSpeech}, {@code
 * termType} and {@code pronunciation} (the reading, in hiragana), and a {@code note} reading
 * exactly {@code case-insensitive}. Other data categories are skipped.
 *
 * <p>A termbase is data, never code: a DOCTYPE (which could declare entities that read local files
 * or expand without end) is refused rather than ignored, and nothing outside the file is loaded.
 */
public final class TbxReader {

  /** The namespace of TBX v3 ({@code urn:iso:std:iso:30042:ed-2}). */
  public static final String TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";

  /** The note on a {@code termSec} that makes its term match in any letter case. */
  public static final String CASE_INSENSITIVE_NOTE = "case-insensitive";

  /** The ID of an entry of the books' list of sources (_sources.adoc), as a definition cites it. */
  static final java.util.regex.Pattern SOURCE_ID =
      java.util.regex.Pattern.compile("src-[a-z0-9]+(?:-[a-z0-9]+)*");

  private final String shownPath;

  private TbxReader(String shownPath) {
    this.shownPath = shownPath;
  }

  /** Reads {@code file}; messages name it relative to {@code root}. */
  public static Termbase read(Path root, Path file) {
    return read(root, root, file);
  }

  /** Reads {@code file}, which must really lie (links followed) inside {@code repository}. */
  private static Termbase read(Path root, Path repository, Path file) {
    try {
      RepositoryFiles.realPathInside(repository, file);
    } catch (RepositoryFiles.OutsideRepositoryException e) {
      throw new TerminologyException(e.diagnostic(), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new TbxReader(Places.shown(root, file)).parse(file, in);
    } catch (NoSuchFileException e) {
      throw new TerminologyException(
          Diagnostic.error(
              Places.relative(root, file),
              0,
              0,
              "there is no termbase here; give the path of the .tbx file"),
          e);
    } catch (IOException e) {
      throw new TerminologyException(
          Diagnostic.error(
              Places.relative(root, file),
              0,
              0,
              "cannot read the termbase: " + e.getMessage() + "; check that the file is readable"),
          e);
    }
  }

  /** Reads {@code file}; messages name it as given. */
  public static Termbase read(Path file) {
    return read(Path.of("").toAbsolutePath(), file.toAbsolutePath().getParent(), file);
  }

  private Termbase parse(Path file, InputStream in) {
    XMLStreamReader xml = null;
    try {
      xml = factory().createXMLStreamReader(in, "UTF-8");
      return new Parse(xml).document(file);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new TerminologyException(
          at(
              at,
              "malformed XML: "
                  + parserMessage(e)
                  + "; write well-formed TBX (every element closed, & written as &amp;)"),
          e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // The outcome is already decided; closing only frees the parser.
        }
      }
    }
  }

  /** The build's safe factory (no DTD, no external entity), coalescing text for term content. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = SafeXml.factory();
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** The parser's own words, without the position it prefixes (the message gives it). */
  private static String parserMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    String words = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
  }

  /** An error at the parser's place; the whole file where the parser has none. */
  private Diagnostic at(Location at, String what) {
    Path file = Path.of(shownPath);
    if (at == null) {
      return Diagnostic.error(file, 0, 0, what);
    }
    return Diagnostic.error(
        file, Math.max(at.getLineNumber(), 1), Math.max(at.getColumnNumber(), 1), what);
  }

  private TerminologyException error(XMLStreamReader xml, String what) {
    return new TerminologyException(at(xml.getLocation(), what));
  }

  /** One pass over the document; the state of the entry being read. */
  private final class Parse {
    private final XMLStreamReader xml;
    private final List<Concept> concepts = new ArrayList<>();
    private final Set<String> conceptIds = new HashSet<>();
    private String sourceLanguage = "";

    private String conceptId;
    private Map<String, String> definitions;
    private Map<String, List<String>> definitionSources;
    private boolean inDefinitionGroup;
    private List<Term> terms;
    private String language;
    private TermDraft draft;

    Parse(XMLStreamReader xml) {
      this.xml = xml;
    }

    Termbase document(Path file) throws XMLStreamException {
      boolean sawRoot = false;
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw error(xml, "DOCTYPE declarations are not allowed in the termbase; remove it");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw error(
                  xml,
                  "entity reference &"
                      + xml.getLocalName()
                      + "; is not allowed in the termbase;"
                      + " write the character itself");
          case XMLStreamConstants.START_ELEMENT -> {
            if (!sawRoot) {
              root();
              sawRoot = true;
            } else {
              start();
            }
          }
          case XMLStreamConstants.END_ELEMENT -> end();
          default -> {
            // Text between structural elements, comments and processing instructions.
          }
        }
      }
      return new Termbase(file, sourceLanguage, concepts);
    }

    private void root() {
      if (!"tbx".equals(xml.getLocalName()) || !TBX_NAMESPACE.equals(xml.getNamespaceURI())) {
        throw error(
            xml,
            "the root element is <"
                + xml.getName()
                + ">, not a TBX v3 document;"
                + " write <tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ja\" xmlns=\""
                + TBX_NAMESPACE
                + "\">");
      }
      sourceLanguage = xmlLang();
    }

    private void start() throws XMLStreamException {
      if (!TBX_NAMESPACE.equals(xml.getNamespaceURI())) {
        return;
      }
      switch (xml.getLocalName()) {
        case "conceptEntry" -> startConcept();
        case "langSec" -> startLanguage();
        case "termSec" -> startTerm();
        case "descripGrp" -> inDefinitionGroup = language != null && draft == null;
        case "descrip" -> descrip();
        case "admin" -> admin();
        case "term" -> requireDraft("term").text(text(), xml.getLocation().getLineNumber());
        case "termNote" -> termNote();
        case "note" -> note();
        default -> {
          // Header, body and the data categories this reader does not use.
        }
      }
    }

    private void end() {
      if (!TBX_NAMESPACE.equals(xml.getNamespaceURI())) {
        return;
      }
      switch (xml.getLocalName()) {
        case "conceptEntry" -> {
          concepts.add(new Concept(conceptId, definitions, terms, definitionSources));
          conceptId = null;
        }
        case "langSec" -> language = null;
        case "descripGrp" -> inDefinitionGroup = false;
        case "termSec" -> {
          terms.add(draft.build());
          draft = null;
        }
        default -> {
          // Nothing to finish.
        }
      }
    }

    private void startConcept() {
      String id = xml.getAttributeValue(null, "id");
      if (id == null || id.isBlank()) {
        throw error(xml, "conceptEntry without an id; write <conceptEntry id=\"name-of-concept\">");
      }
      if (!conceptIds.add(id)) {
        throw error(
            xml,
            "a second conceptEntry with id \"" + id + "\";" + " give every concept its own id");
      }
      conceptId = id;
      definitions = new LinkedHashMap<>();
      definitionSources = new LinkedHashMap<>();
      terms = new ArrayList<>();
    }

    private void startLanguage() {
      if (conceptId == null) {
        throw error(xml, "langSec outside a conceptEntry; put it inside <conceptEntry>");
      }
      language = xmlLang();
      if (language.isEmpty()) {
        throw error(xml, "langSec without xml:lang; write <langSec xml:lang=\"ja\"> or \"en\"");
      }
    }

    private void startTerm() {
      if (language == null) {
        throw error(xml, "termSec outside a langSec; put it inside <langSec xml:lang=\"…\">");
      }
      draft = new TermDraft(conceptId, language, xml.getLocation());
    }

    private void descrip() throws XMLStreamException {
      String type = xml.getAttributeValue(null, "type");
      if (!"definition".equals(type)) {
        text();
        return;
      }
      if (language == null || draft != null) {
        throw error(
            xml,
            "a definition belongs to a langSec, one per language;"
                + " put <descrip type=\"definition\"> directly inside <langSec>");
      }
      if (definitions.containsKey(language)) {
        throw error(
            xml,
            "a second definition for \""
                + language
                + "\" in concept \""
                + conceptId
                + "\"; keep one definition per language");
      }
      definitions.put(language, collapse(text()));
    }

    /**
     * TBX-Basic's source of a definition: {@code <admin type="source">} in the {@code descripGrp}
     * that holds the definition, naming an entry of the books' list of sources by its ID.
     */
    private void admin() throws XMLStreamException {
      String type = xml.getAttributeValue(null, "type");
      Location at = xml.getLocation();
      String value = text().strip();
      if (!"source".equals(type)) {
        return;
      }
      if (!inDefinitionGroup || !definitions.containsKey(language)) {
        throw located(
            at,
            "a source belongs to a definition; put <admin type=\"source\"> after the"
                + " <descrip type=\"definition\"> in the same <descripGrp> of the langSec");
      }
      if (!SOURCE_ID.matcher(value).matches()) {
        throw located(
            at,
            "source \""
                + value
                + "\" is not the ID of an entry of the list of sources; write its ID, such as"
                + " src-vpc-what-is (see _sources.adoc)");
      }
      definitionSources.computeIfAbsent(language, key -> new ArrayList<>()).add(value);
    }

    private void termNote() throws XMLStreamException {
      TermDraft term = requireDraft("termNote");
      String type = String.valueOf(xml.getAttributeValue(null, "type"));
      Location at = xml.getLocation();
      String value = text().strip();
      switch (type) {
        case "administrativeStatus" ->
            term.status =
                TermStatus.fromTbx(value)
                    .orElseThrow(
                        () ->
                            located(
                                at,
                                "unknown administrativeStatus \""
                                    + value
                                    + "\"; write preferredTerm-admn-sts, admittedTerm-admn-sts or"
                                    + " deprecatedTerm-admn-sts"));
        case "termType" ->
            term.type =
                TermType.fromTbx(value)
                    .orElseThrow(
                        () ->
                            located(
                                at,
                                "unknown termType \""
                                    + value
                                    + "\"; write fullForm, acronym,"
                                    + " abbreviation, shortForm, variant or phrase"));
        case "partOfSpeech" -> term.partOfSpeech = value;
        case "pronunciation" -> term.reading = reading(value, at);
        default -> {
          // TBX-Basic's other term notes (geographicalUsage …) do not change matching.
        }
      }
    }

    private void note() throws XMLStreamException {
      String value = text().strip();
      if (draft != null && CASE_INSENSITIVE_NOTE.equals(value)) {
        draft.caseSensitive = false;
      }
    }

    private String reading(String value, Location at) {
      boolean hiragana =
          value
              .codePoints()
              .allMatch(
                  cp -> (cp >= 0x3041 && cp <= 0x309F) || cp == 'ー' || cp == ' ' || cp == '・');
      if (value.isEmpty() || !hiragana) {
        throw located(
            at,
            "the reading \""
                + value
                + "\" is not hiragana; write the reading of"
                + " the term in hiragana, as <termNote type=\"pronunciation\">げーとうぇい</termNote>");
      }
      return value;
    }

    private TermDraft requireDraft(String element) {
      if (draft == null) {
        throw error(xml, element + " outside a termSec; put it inside <termSec>");
      }
      return draft;
    }

    private String text() throws XMLStreamException {
      return xml.getElementText();
    }

    private String xmlLang() {
      String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
      return lang == null ? "" : lang.strip();
    }

    private TerminologyException located(Location at, String what) {
      return new TerminologyException(at(at, what));
    }

    /** A termSec being read; its fields fill in as its children arrive. */
    private final class TermDraft {
      private final String conceptId;
      private final String language;
      private final Location at;
      private String text;
      private int line;
      private TermStatus status;
      private TermType type = TermType.FULL_FORM;
      private String partOfSpeech = "noun";
      private String reading = "";
      private boolean caseSensitive = true;

      TermDraft(String conceptId, String language, Location at) {
        this.conceptId = conceptId;
        this.language = language;
        this.at = at;
      }

      void text(String value, int lineOfTerm) {
        text = value.strip();
        line = lineOfTerm;
      }

      Term build() {
        if (text == null || text.isEmpty()) {
          throw located(at, "termSec without a term; write <term>…</term>");
        }
        if (status == null) {
          throw located(
              at,
              "term \""
                  + text
                  + "\" has no administrativeStatus; add <termNote"
                  + " type=\"administrativeStatus\">preferredTerm-admn-sts</termNote> (or"
                  + " admitted…, deprecated…)");
        }
        if ("ja".equals(language) && status == TermStatus.PREFERRED && reading.isEmpty()) {
          throw located(
              at,
              "preferred Japanese term \""
                  + text
                  + "\" has no reading; add"
                  + " <termNote type=\"pronunciation\"> with its reading in hiragana");
        }
        return new Term(
            conceptId, language, text, status, type, partOfSpeech, reading, caseSensitive, line);
      }
    }
  }

  /**
   * One line: a line break between Latin words becomes a space, one between Japanese characters
   * nothing (as in the book's own source lines).
   */
  private static String collapse(String text) {
    String[] lines = text.strip().split("\\s*\\n\\s*");
    StringBuilder joined = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      char before = joined.charAt(joined.length() - 1);
      char after = lines[i].charAt(0);
      if (before < 0x3000 || after < 0x3000) {
        joined.append(' ');
      }
      joined.append(lines[i]);
    }
    return joined.toString();
  }
}
