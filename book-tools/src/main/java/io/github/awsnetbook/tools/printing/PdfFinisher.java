package io.github.awsnetbook.tools.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What the engine leaves to do: text that extracts as the page wrote it, the document's own date
 * instead of the clock's (in the document information and the XMP metadata alike, as PDF/A
 * requires), a file identifier derived from the content, and the table of contents tagged as a TOC.
 */
final class PdfFinisher {

  private PdfFinisher() {}

  static byte[] finish(
      byte[] printed,
      LocalDate date,
      Set<Integer> pageCodePoints,
      List<Path> fonts,
      ParsedFonts faces)
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(printed)) {
      ExtractableText.useCodePointsOfThePage(pdf, pageCodePoints, fonts, faces);
      Calendar day = calendar(date);
      pdf.getDocumentInformation().setCreationDate(day);
      pdf.getDocumentInformation().setModificationDate(day);
      setXmpDates(pdf, day);
      tagTableOfContents(pdf.getDocumentCatalog().getStructureTreeRoot());
      removeEmptyGroups(pdf.getDocumentCatalog().getStructureTreeRoot());
      // The file identifier is derived from the finished content (saved once with a blank one),
      // so that the same sources give the same bytes.
      setFileIdentifier(pdf, new byte[16]);
      setFileIdentifier(pdf, sha256(save(pdf), 16));
      return CrossReferenceStream.listingItself(save(pdf));
    }
  }

  private static void setFileIdentifier(PDDocument pdf, byte[] id) {
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    pdf.save(out);
    return out.toByteArray();
  }

  private static Calendar calendar(LocalDate date) {
    GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    day.clear();
    day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    return day;
  }

  private static void setXmpDates(PDDocument pdf, Calendar day) throws IOException {
    PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
    if (stream == null) {
      throw new IllegalStateException("the printed PDF has no XMP metadata");
    }
    try {
      XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreateDate(day);
      basic.setModifyDate(day);
      basic.setMetadataDate(day);
      ByteArrayOutputStream serialized = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, serialized, true);
      stream.importXMPMetadata(serialized.toByteArray());
    } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
      throw new IOException("the printed PDF's XMP metadata cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The engine tags every list as a list; the one marked as the table of contents becomes a TOC,
   * its items TOCI, and the mark, which the engine put into the alternate description, goes.
   */
  private static void tagTableOfContents(PDStructureNode node) {
    if (node == null) {
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (PrintPage.TOC_MARK.equals(element.getAlternateDescription())) {
          element.setAlternateDescription(null);
          retagAsToc(element);
        } else {
          tagTableOfContents(element);
        }
      }
    }
  }

  /**
   * Structure elements that group nothing: the engine tags a table's head and foot though the table
   * has neither, and a section whose blocks, floated side by side (the parallel edition's pairs),
   * it tags outside it. A screen reader announces each ("section", "table header") with nothing in
   * it. An element with no content, no annotation and no element inside is one of those: it goes.
   */
  private static void removeEmptyGroups(PDStructureNode node) {
    if (node == null) {
      return;
    }
    for (Object kid : new java.util.ArrayList<>(node.getKids())) {
      if (kid instanceof PDStructureElement element) {
        removeEmptyGroups(element);
        if (element.getKids().isEmpty() && EMPTY_GROUPS.contains(element.getStructureType())) {
          node.removeKid(element);
        }
      }
    }
  }

  /**
   * Grouping elements that mean nothing without content (not a Link, which its annotation needs).
   */
  private static final Set<String> EMPTY_GROUPS =
      Set.of("Sect", "Div", "Part", "Art", "THead", "TFoot", "TBody", "Span", "NonStruct");

  private static void retagAsToc(PDStructureElement list) {
    list.setStructureType("TOC");
    list.getCOSObject().removeItem(COSName.A);
    for (Object kid : list.getKids()) {
      if (kid instanceof PDStructureElement item && "LI".equals(item.getStructureType())) {
        item.setStructureType("TOCI");
        for (Object part : item.getKids()) {
          if (part instanceof PDStructureElement body && "LBody".equals(body.getStructureType())) {
            body.setStructureType("NonStruct");
            for (Object inner : body.getKids()) {
              if (inner instanceof PDStructureElement nested
                  && "L".equals(nested.getStructureType())) {
                retagAsToc(nested);
              }
            }
          }
        }
      }
    }
  }

  private static byte[] sha256(byte[] bytes, int length) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      byte[] prefix = new byte[length];
      System.arraycopy(digest, 0, prefix, 0, length);
      return prefix;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
