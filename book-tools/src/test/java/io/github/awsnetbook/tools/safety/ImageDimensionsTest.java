package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Image sizes, read from the header before anything decodes the image. */
class ImageDimensionsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path temp;

  @Test
  void aPngOf30000By30000PixelsUnder1MbIsAnErrorAtTheImageMacroThatUsesIt() throws IOException {
    Path root = temp.resolve("repository");
    write(root, "content-en/src/docs/asciidoc/index.adoc", "= Title\n\ninclude::ch.adoc[]\n");
    write(
        root,
        "content-en/src/docs/asciidoc/ch.adoc",
        "== One\n\nText.\n\nSee image:bomb.png[A bomb] here.\n");
    Path bomb = root.resolve("assets/images/bomb.png");
    Files.createDirectories(bomb.getParent());
    Files.write(bomb, png(30_000, 30_000));
    assertTrue(Files.size(bomb) < 1_000_000, "the bomb is " + Files.size(bomb) + " bytes");

    long start = System.nanoTime();
    List<Diagnostic> problems =
        CheckSources.check(
                new CheckSources.Request(root, "en", "en", List.of(root.resolve("assets"))),
                ASCIIDOCTOR.models())
            .problems()
            .stream()
            .filter(problem -> ImageDimensions.RULE.equals(problem.ruleId()))
            .toList();
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "decoded, not read from the header");

    assertEquals(1, problems.size(), problems.toString());
    Diagnostic problem = problems.get(0);
    assertEquals(Path.of("content-en/src/docs/asciidoc/ch.adoc"), problem.file());
    assertEquals(5, problem.line());
    assertEquals(5, problem.column());
    assertTrue(problem.isError());
    assertTrue(problem.message().contains("bomb.png is 30,000 × 30,000 pixels"), problem.message());
    assertTrue(problem.message().contains("900.0 megapixels"), problem.message());
    assertTrue(problem.message().contains("scale it down"), problem.message());
    assertTrue(problem.message().contains("limit of 8,192 pixels on a side"), problem.message());
  }

  @Test
  void theSizeComesFromTheHeaderWithoutDecodingThePixels() throws IOException {
    byte[] whole = png(100, 50);
    // The image data cut off after the header: decoding would fail, reading the size does not.
    Path truncated = temp.resolve("truncated.png");
    Files.write(truncated, java.util.Arrays.copyOf(whole, 8 + 25 + 12));
    assertEquals(
        Optional.of(new ImageDimensions.Size(100, 50, "PNG")), ImageDimensions.size(truncated));
  }

  @Test
  void theLimitsAreOnASideAndOnThePixelsInAll() throws IOException {
    assertEquals(Optional.empty(), problemOf("ok.png", png(4096, 4096)));
    assertEquals(Optional.empty(), problemOf("wide.png", png(8192, 16)));
    assertTrue(problemOf("wider.png", png(8193, 16)).orElseThrow().contains("8,193 × 16"));
    assertTrue(problemOf("big.png", png(4097, 4096)).orElseThrow().contains("16.8 megapixels"));
  }

  @Test
  void jpegGifAndWebpAreReadFromTheirHeaders() throws IOException {
    assertEquals(new ImageDimensions.Size(30, 20, "JPEG"), sizeOf("a.jpg", encoded("jpg", 30, 20)));
    assertEquals(new ImageDimensions.Size(30, 20, "GIF"), sizeOf("a.gif", encoded("gif", 30, 20)));
    assertEquals(
        new ImageDimensions.Size(20_000, 300, "WebP"), sizeOf("x.webp", webpExtended(20_000, 300)));
    assertEquals(
        new ImageDimensions.Size(640, 480, "WebP"), sizeOf("l.webp", webpLossless(640, 480)));
    assertTrue(
        problemOf("x.webp", webpExtended(20_000, 300)).orElseThrow().contains("20,000 × 300"));
  }

  @Test
  void anSvgIsMeasuredByItsPixelSizeOrElseItsViewBox() throws IOException {
    String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" ";
    assertTrue(problemOf("a.svg", svg(open + "width=\"30000\" height=\"30000px\"/>")).isPresent());
    assertTrue(
        problemOf("b.svg", svg(open + "width=\"100%\" viewBox=\"0 0 40000 10\"/>")).isPresent());
    assertEquals(Optional.empty(), problemOf("c.svg", svg(open + "viewBox=\"0 0 800 400\"/>")));
    assertEquals(Optional.empty(), problemOf("d.svg", svg(open + "/>")));
  }

  @Test
  void aFileOfNoImageFormatIsAnError() throws IOException {
    assertTrue(
        problemOf("fake.png", "not an image".getBytes(StandardCharsets.UTF_8))
            .orElseThrow()
            .contains("no format"));
  }

  private Optional<String> problemOf(String name, byte[] bytes) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, bytes);
    return ImageDimensions.problem(file);
  }

  private ImageDimensions.Size sizeOf(String name, byte[] bytes) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, bytes);
    return ImageDimensions.size(file).orElseThrow();
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static byte[] svg(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encoded(String format, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  /** A valid black-and-white PNG of any size: all zero rows, deflated, streamed. */
  static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(width).putInt(height).put((byte) 1).put((byte) 0).put((byte) 0);
    header.put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (OutputStream deflated = new DeflaterOutputStream(data)) {
      byte[] row = new byte[1 + (width + 7) / 8];
      for (int y = 0; y < height; y++) {
        deflated.write(row);
      }
    }
    chunk(out, "IDAT", data.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    DataOutputStream chunk = new DataOutputStream(out);
    chunk.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    chunk.write(name);
    chunk.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    chunk.writeInt((int) crc.getValue());
  }

  private static byte[] webpExtended(int width, int height) {
    ByteBuffer webp = riff("VP8X", 10);
    webp.put(20, (byte) 0);
    putUint24(webp, 24, width - 1);
    putUint24(webp, 27, height - 1);
    return webp.array();
  }

  private static byte[] webpLossless(int width, int height) {
    ByteBuffer webp = riff("VP8L", 10);
    webp.put(20, (byte) 0x2f);
    webp.putInt(21, (width - 1) | (height - 1) << 14);
    return webp.array();
  }

  private static ByteBuffer riff(String chunk, int size) {
    ByteBuffer webp = ByteBuffer.allocate(20 + size).order(ByteOrder.LITTLE_ENDIAN);
    webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + size);
    webp.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    webp.put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(size);
    return webp;
  }

  private static void putUint24(ByteBuffer buffer, int at, int value) {
    buffer.put(at, (byte) value).put(at + 1, (byte) (value >> 8)).put(at + 2, (byte) (value >> 16));
  }
}
