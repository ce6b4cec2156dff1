package io.github.awsnetbook.tools.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Adds what Asciidoctor PDF leaves out of a book: the document language (so that screen readers and
 * text extraction treat Japanese as Japanese) and a title shown in the viewer's title bar.
 */
final class PdfFinisher {

  private PdfFinisher() {}

  /** Returns the finished PDF's bytes. */
  static byte[] finish(Path pdfFile, String lang) throws IOException {
    byte[] original = Files.readAllBytes(pdfFile);
    try (PDDocument pdf = Loader.loadPDF(original)) {
      pdf.getDocumentCatalog().setLanguage(lang);
      PDViewerPreferences preferences =
          new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
      preferences.setDisplayDocTitle(true);
      pdf.getDocumentCatalog().setViewerPreferences(preferences);
      // PDFBox would otherwise derive the file identifier from the clock; derived from the
      // content instead, the same sources give the same bytes.
      byte[] id = sha256(original, 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 1024);
      pdf.save(out);
      return out.toByteArray();
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
