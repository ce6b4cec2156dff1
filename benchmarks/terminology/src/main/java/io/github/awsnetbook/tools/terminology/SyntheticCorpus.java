package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.terminology.SyntheticTerms.SyntheticConcept;
import io.github.awsnetbook.tools.terminology.SyntheticTerms.TermPair;
import io.github.awsnetbook.tools.terminology.SyntheticTerms.Variant;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic corpus for {@link TerminologyBenchmark}: AsciiDoc files of mixed Japanese and English
 * prose that use the synthetic terms, preferred and deprecated, and the traps where a plain
 * substring search and the book's matcher part ways.
 *
 * <p>A file's content depends only on the seed and its number, and a file cut short is the start of
 * the full one: the 10 MB corpus is the first ten files of the 20 MB one, and the 2.5 MB corpus is
 * two of them and half of the third.
 */
final class SyntheticCorpus {

  /** How a term is written at one place of the corpus. */
  enum Form {
    PREFERRED,
    DEPRECATED,
    /** A deprecated term after a letter of its own script: スーパーXサーバ, myEdge Packet Gateway. */
    AFTER_LETTER,
    /** A deprecated term before a letter of its own script: Xサーバラック, Edge Packet Gateway2. */
    BEFORE_LETTER,
    /** A deprecated term in half-width katakana or full-width Latin letters. */
    OTHER_WIDTH,
    /** A deprecated term between U+3000, or one written with an ASCII space for its U+3000. */
    IDEOGRAPHIC_SPACE,
    /** A deprecated term in inline code, which is not prose. */
    INLINE_CODE,
    /** A deprecated English term with a plural ending. */
    PLURAL
  }

  private static final List<String> JAPANESE_SENTENCES =
      List.of(
          "{J}を使うと、{J}への通信を制御できます。",
          "{J}と{J}は同じリージョンに置きます。",
          "この構成では、{J}が{J}の前段に入ります。",
          "{J}の設定を変える前に、{J}のログを確かめてください。",
          "障害時には{J}から{J}へ自動で切り替わります。",
          "{J}（英語では {E}）は、{J}の一種です。",
          "{E} を経由して{J}に接続します。",
          "{J}の数が増えると、{E} の料金も増えます。",
          "まず{J}を作成し、次に{J}を関連付けます。",
          "{J}は{J}と違い、状態を持ちません。");
  private static final List<String> ENGLISH_SENTENCES =
      List.of(
          "Put the {E} in front of the {E} to filter traffic.",
          "The {E} forwards each request to the {E} in the same Region.",
          "Before you change the {E}, check the logs of the {E}.",
          "One {E} and two {E}s share the address range.",
          "In Japanese the {E} is called {J}, as the console shows.",
          "When the {E} fails, traffic moves to the {E} within seconds.",
          "The {E} does not keep state, unlike the {E}.",
          "Create the {E} first; then attach the {E} to it.");

  /** Characters outside the BMP before a term: UTF-16 columns and code point columns differ. */
  private static final List<String> ASTRAL_OPENINGS = List.of("𠮷田さんの𩸽の例では、", "🐟 Note: ");

  private static final Pattern SLOT = Pattern.compile("\\{([JE])\\}(s?)");

  /** Full-width katakana and their half-width forms, one list entry per character. */
  private static final String HALF_WIDTH_SOURCE =
      "ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノ" + "ハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロワヲンヴー・";

  private static final List<String> HALF_WIDTH_TARGET =
      List.of(
          "ｧ", "ｱ", "ｨ", "ｲ", "ｩ", "ｳ", "ｪ", "ｴ", "ｫ", "ｵ", "ｶ", "ｶﾞ", "ｷ", "ｷﾞ", "ｸ", "ｸﾞ", "ｹ",
          "ｹﾞ", "ｺ", "ｺﾞ", "ｻ", "ｻﾞ", "ｼ", "ｼﾞ", "ｽ", "ｽﾞ", "ｾ", "ｾﾞ", "ｿ", "ｿﾞ", "ﾀ", "ﾀﾞ", "ﾁ",
          "ﾁﾞ", "ｯ", "ﾂ", "ﾂﾞ", "ﾃ", "ﾃﾞ", "ﾄ", "ﾄﾞ", "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ", "ﾊ", "ﾊﾞ", "ﾊﾟ", "ﾋ",
          "ﾋﾞ", "ﾋﾟ", "ﾌ", "ﾌﾞ", "ﾌﾟ", "ﾍ", "ﾍﾞ", "ﾍﾟ", "ﾎ", "ﾎﾞ", "ﾎﾟ", "ﾏ", "ﾐ", "ﾑ", "ﾒ", "ﾓ",
          "ｬ", "ﾔ", "ｭ", "ﾕ", "ｮ", "ﾖ", "ﾗ", "ﾘ", "ﾙ", "ﾚ", "ﾛ", "ﾜ", "ｦ", "ﾝ", "ｳﾞ", "ｰ", "･");

  private final List<SyntheticConcept> concepts;
  private final Random random;
  private final Map<Form, Integer> forms = new EnumMap<>(Form.class);

  private SyntheticCorpus(List<SyntheticConcept> concepts, Random random) {
    this.concepts = concepts;
    this.random = random;
  }

  /**
   * Writes {@code bytes} of corpus into {@code folder}, in files of {@code fileBytes} (the last one
   * shorter), each ending after the paragraph that reaches its size; returns how often each form
   * was written.
   */
  static Map<Form, Integer> write(
      List<SyntheticConcept> concepts, long seed, Path folder, long bytes, long fileBytes)
      throws IOException {
    Files.createDirectories(folder);
    Map<Form, Integer> total = new EnumMap<>(Form.class);
    int files = (int) ((bytes + fileBytes - 1) / fileBytes);
    for (int number = 1; number <= files; number++) {
      long size = Math.min(fileBytes, bytes - (number - 1) * fileBytes);
      SyntheticCorpus file = new SyntheticCorpus(concepts, new Random(seed * 1_000 + number));
      file.writeFile(folder.resolve(String.format("part-%02d.adoc", number)), number, size);
      file.forms.forEach((form, count) -> total.merge(form, count, Integer::sum));
    }
    return total;
  }

  private void writeFile(Path file, int number, long size) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      long written = write(out, "= 合成コーパス part-" + number + "\n:lang: ja\n");
      for (int section = 1; written < size; section++) {
        written += write(out, section(number, section));
        for (int block = 0; block < 8 && written < size; block++) {
          written += write(out, block());
        }
      }
    }
  }

  private static long write(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    return bytes.length;
  }

  private String section(int file, int section) {
    String title = random.nextBoolean() ? "{J}と{E}" : "{E} の構成";
    return String.format("\n[#s-%02d-%04d]\n== %d. %s\n", file, section, section, fill(title));
  }

  /** A paragraph mostly; sometimes a listing, a comment or a paragraph indented with U+3000. */
  private String block() {
    int kind = random.nextInt(100);
    StringBuilder block = new StringBuilder("\n");
    if (kind < 4) {
      block
          .append("----\n$ aws configure set target ")
          .append(deprecatedJapanese())
          .append("\n# ")
          .append(pick().en().deprecated())
          .append("\n----\n");
    } else if (kind < 8) {
      SyntheticConcept concept = pick();
      block
          .append("// メモ: ")
          .append(concept.ja().deprecated())
          .append(" は ")
          .append(concept.ja().preferred())
          .append(" に直す\n");
    } else {
      int lines = 2 + random.nextInt(4);
      for (int i = 0; i < lines; i++) {
        block.append(kind < 12 && i == 0 ? "\u3000" : "").append(sentence()).append('\n');
      }
    }
    return block.toString();
  }

  private String sentence() {
    boolean japanese = random.nextInt(10) < 6;
    List<String> templates = japanese ? JAPANESE_SENTENCES : ENGLISH_SENTENCES;
    String opening = random.nextInt(100) < 3 ? ASTRAL_OPENINGS.get(japanese ? 0 : 1) : "";
    // Inline code opens with a space; at the start of a line that would make a literal paragraph.
    String text = opening + fill(templates.get(random.nextInt(templates.size())));
    return text.replaceFirst("^ +", "");
  }

  /** The template with a term in each slot; {@code {E}s} is a plural slot. */
  private String fill(String template) {
    Matcher slot = SLOT.matcher(template);
    StringBuilder text = new StringBuilder();
    while (slot.find()) {
      boolean japanese = slot.group(1).equals("J");
      boolean plural = !slot.group(2).isEmpty();
      slot.appendReplacement(text, Matcher.quoteReplacement(term(japanese, plural)));
    }
    slot.appendTail(text);
    return text.toString();
  }

  /** A term of a random concept: preferred 55 %, deprecated 25 %, a trap 20 %. */
  private String term(boolean japanese, boolean plural) {
    SyntheticConcept concept = pick();
    TermPair pair = japanese ? concept.ja() : concept.en();
    int roll = random.nextInt(100);
    Form form =
        roll < 55
            ? Form.PREFERRED
            : roll < 80
                ? Form.DEPRECATED
                : Form.values()[2 + random.nextInt(Form.values().length - 2)];
    if (form == Form.PLURAL && (japanese || plural)) {
      form = Form.DEPRECATED;
    }
    forms.merge(form, 1, Integer::sum);
    String written = written(pair, japanese, form);
    return plural ? written + "s" : written;
  }

  private String written(TermPair pair, boolean japanese, Form form) {
    String deprecated = pair.deprecated();
    return switch (form) {
      case PREFERRED -> pair.preferred();
      case DEPRECATED -> deprecated;
      case AFTER_LETTER -> (japanese ? "スーパー" : "my") + deprecated;
      case BEFORE_LETTER -> deprecated + (japanese ? "ラック" : "2");
      case OTHER_WIDTH -> japanese ? halfWidth(deprecated) : fullWidth(deprecated);
      case IDEOGRAPHIC_SPACE ->
          pair.variant() == Variant.IDEOGRAPHIC_SPACE
              ? deprecated.replace('\u3000', ' ')
              : "\u3000" + deprecated + "\u3000";
      case INLINE_CODE -> " `" + deprecated + "` ";
      case PLURAL -> deprecated + "s";
    };
  }

  private String deprecatedJapanese() {
    return pick().ja().deprecated();
  }

  private SyntheticConcept pick() {
    return concepts.get(random.nextInt(concepts.size()));
  }

  /** ASCII letters and digits as their full-width forms (U+FF01 onwards); spaces stay. */
  static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      wide.append(Character.isLetterOrDigit(c) && c < 0x80 ? (char) (c + 0xFEE0) : c);
    }
    return wide.toString();
  }

  /** Katakana, the long vowel mark and the middle dot in half-width; U+3000 stays. */
  static String halfWidth(String text) {
    StringBuilder narrow = new StringBuilder(text.length() + 4);
    for (char c : text.toCharArray()) {
      int at = HALF_WIDTH_SOURCE.indexOf(c);
      if (at >= 0) {
        narrow.append(HALF_WIDTH_TARGET.get(at));
      } else {
        narrow.append(c);
      }
    }
    return narrow.toString();
  }
}
