package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.files.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Every image of the book is of a size a reader's device survives, read from the image's header
 * before anything decodes it: a PNG of 30,000 × 30,000 pixels compresses to under 1 MB and decodes
 * to 3.6 GB, which no phone's browser and no PDF engine can hold.
 *
 * <p>The limits: at most {@value #MAX_SIDE} pixels on a side and {@value #MAX_PIXELS} pixels in all
 * (16 megapixels, 64 MiB once decoded at four bytes a pixel). A full A4 page at 300 dpi (2,480 ×
 * 3,508, 8.7 megapixels) and a figure the width of a 4K screen fit; browsers and phones decode
 * images of this size without running out of memory.
 */
public final class ImageDimensions {

  /** The most pixels on a side. */
  public static final int MAX_SIDE = 8192;

  /** The most pixels in all: 4,096 × 4,096. */
  public static final long MAX_PIXELS = 16_777_216L;

  /** The rule of an image over the limits, or one whose size cannot be read. */
  public static final String RULE = "safety/image-size";

  /** An image's size in pixels (an SVG's in its own units) and its format, as its header says. */
  record Size(double width, double height, String format) {
    double pixels() {
      return width * height;
    }
  }

  private static final Set<String> SVG_UNITLESS = Set.of("", "px");
  private static final Pattern LENGTH =
      Pattern.compile("^\\s*([0-9]*\\.?[0-9]+(?:[eE][+-]?\\d+)?)\\s*([a-z%]*)\\s*$");

  private ImageDimensions() {}

  /**
   * A problem for each {@code image::} of {@code items} whose file (in {@code assets/images} or
   * {@code assets/figures}) is over the limits, at the macro's place; targets that name no such
   * file are left to {@link ImageTargets}. Each file is read once.
   */
  public static List<Diagnostic> check(Path root, List<RawContent.Item> items) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<Path, Optional<String>> verdicts = new HashMap<>();
    for (RawContent.Item item : items) {
      if (item.kind() != RawContent.Kind.IMAGE) {
        continue;
      }
      fileOf(root, item.text())
          .flatMap(file -> verdicts.computeIfAbsent(file, ImageDimensions::problem))
          .ifPresent(
              message ->
                  problems.add(
                      Diagnostic.error(item.file(), item.line(), item.column(), message)
                          .withRule(RULE)));
    }
    return problems;
  }

  /** What is wrong with the size of {@code file}, if anything. */
  static Optional<String> problem(Path file) {
    String name = file.getFileName().toString();
    Size size;
    try {
      Optional<Size> read = size(file);
      if (read.isEmpty()) {
        return Optional.of(
            "the image "
                + name
                + " is in no format whose size the build can read from its header (PNG, JPEG,"
                + " GIF, WebP, SVG …); save it as PNG, JPEG or SVG");
      }
      size = read.get();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.of(
          "the header of the image "
              + name
              + " cannot be read ("
              + unreadable.getMessage()
              + "); save the image again as PNG, JPEG or SVG");
    }
    if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || size.pixels() > MAX_PIXELS) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "the image %s is %s × %s pixels (%s, %.1f megapixels): over the book's limit of"
                  + " %,d pixels on a side and %.1f megapixels, which a phone's browser or the PDF"
                  + " engine cannot decode; scale it down (a figure needs at most 2,560 pixels"
                  + " across)",
              name,
              whole(size.width()),
              whole(size.height()),
              size.format(),
              size.pixels() / 1e6,
              MAX_SIDE,
              MAX_PIXELS / 1e6));
    }
    return Optional.empty();
  }

  /** The size its header gives; empty for a format the build cannot read. */
  static Optional<Size> size(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return svgSize(file);
    }
    byte[] head = head(file, 30);
    if (head.length >= 30 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
      return webpSize(head);
    }
    try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
      if (stream == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        // Seek forward only, metadata ignored: the reader reads the header up to the size.
        reader.setInput(stream, true, true);
        return Optional.of(
            new Size(
                reader.getWidth(0),
                reader.getHeight(0),
                reader.getFormatName().toUpperCase(Locale.ROOT)));
      } finally {
        reader.dispose();
      }
    }
  }

  /** WebP's three forms: lossy (VP8), lossless (VP8L) and extended (VP8X). */
  private static Optional<Size> webpSize(byte[] head) {
    ByteBuffer bytes = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    String chunk = ascii(head, 12, 4);
    return switch (chunk) {
      case "VP8 " ->
          Optional.of(new Size(bytes.getShort(26) & 0x3fff, bytes.getShort(28) & 0x3fff, "WebP"));
      case "VP8L" -> {
        int bits = bytes.getInt(21);
        yield Optional.of(new Size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, "WebP"));
      }
      case "VP8X" -> Optional.of(new Size((uint24(head, 24)) + 1, (uint24(head, 27)) + 1, "WebP"));
      default -> Optional.empty();
    };
  }

  /**
   * An SVG's size: its {@code width} and {@code height} where they are pixels (or have no unit),
   * else its {@code viewBox}; a drawing with neither is of no fixed size and passes.
   */
  private static Optional<Size> svgSize(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT) {
          Optional<Double> width = pixels(reader.getAttributeValue(null, "width"));
          Optional<Double> height = pixels(reader.getAttributeValue(null, "height"));
          if (width.isPresent() && height.isPresent()) {
            return Optional.of(new Size(width.get(), height.get(), "SVG"));
          }
          String viewBox = reader.getAttributeValue(null, "viewBox");
          if (viewBox != null) {
            String[] box = viewBox.strip().split("[\\s,]+");
            if (box.length == 4) {
              return Optional.of(
                  new Size(Double.parseDouble(box[2]), Double.parseDouble(box[3]), "SVG"));
            }
          }
          return Optional.of(new Size(0, 0, "SVG"));
        }
      }
      return Optional.of(new Size(0, 0, "SVG"));
    } catch (XMLStreamException malformed) {
      // SafeXml reports a malformed drawing at its place.
      return Optional.of(new Size(0, 0, "SVG"));
    }
  }

  private static Optional<Double> pixels(String length) {
    if (length == null) {
      return Optional.empty();
    }
    Matcher number = LENGTH.matcher(length);
    return number.matches() && SVG_UNITLESS.contains(number.group(2))
        ? Optional.of(Double.parseDouble(number.group(1)))
        : Optional.empty();
  }

  /** The file an image target names in the image folders, inside the repository; empty if none. */
  private static Optional<Path> fileOf(Path root, String target) {
    if (target.isEmpty() || target.contains(":") || target.contains("{")) {
      return Optional.empty();
    }
    try {
      Path relative = Path.of(target).normalize();
      if (relative.isAbsolute() || relative.startsWith("..")) {
        return Optional.empty();
      }
      for (String folder : ImageTargets.IMAGE_FOLDERS) {
        Path candidate = root.resolve(folder).resolve(relative);
        if (Files.isRegularFile(candidate) && RepositoryFiles.outside(root, candidate).isEmpty()) {
          return Optional.of(candidate);
        }
      }
    } catch (java.nio.file.InvalidPathException notAPath) {
      // ImageTargets reports it.
    }
    return Optional.empty();
  }

  private static byte[] head(Path file, int length) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(length);
    }
  }

  private static String ascii(byte[] bytes, int from, int length) {
    return new String(bytes, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static int uint24(byte[] bytes, int at) {
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16;
  }

  private static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
