package io.github.awsnetbook.tools.newlocale;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Asciidoctor's own translation of its built-in labels into one language: the attribute entries of
 * {@code data/locale/attributes-<lang>.adoc} of the asciidoctor gem that AsciidoctorJ carries, read
 * from the jar the build converts with (the same version, nothing fetched).
 *
 * @param file the file's path in the jar, for the translator to look it up
 * @param values each label the file defines, its value as written (a reference such as {@code
 *     {appendix-caption}} kept); labels the file leaves commented out ({@code //:part-signifier:
 *     ???}) or defines only conditionally are not among them
 */
public record AsciidoctorLabels(String file, Map<String, String> values) {

  private static final Pattern LOCALE_FILE =
      Pattern.compile("gems/asciidoctor-[^/]+/data/locale/attributes-([A-Za-z_]+)\\.adoc");
  private static final Pattern ENTRY = Pattern.compile("^:([\\w-]+):[ \\t]*(.*)$");

  public AsciidoctorLabels {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The labels of the closest language Asciidoctor has a file for, if any. */
  public static Optional<AsciidoctorLabels> forLocale(ULocale locale) {
    try (JarFile jar = new JarFile(asciidoctorJar().toFile())) {
      Map<String, JarEntry> files = new LinkedHashMap<>();
      jar.stream()
          .forEach(
              entry -> {
                Matcher name = LOCALE_FILE.matcher(entry.getName());
                if (name.matches()) {
                  files.put(name.group(1), entry);
                }
              });
      for (String candidate : candidates(locale)) {
        JarEntry entry = files.get(candidate);
        if (entry != null) {
          String text =
              new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          return Optional.of(new AsciidoctorLabels(entry.getName(), parse(text)));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Asciidoctor's locale files", e);
    }
  }

  /**
   * The file names to try, most specific first, as Asciidoctor names them ({@code pt_BR}, {@code
   * sr_Latn}, {@code zh_CN}): the region or script the tag gives, the language alone, then the
   * region and script the language most likely has (zh is zh_Hans_CN, so zh_CN).
   */
  static List<String> candidates(ULocale locale) {
    String language = locale.getLanguage();
    ULocale likely = ULocale.addLikelySubtags(locale);
    LinkedHashSet<String> names = new LinkedHashSet<>();
    if (!locale.getCountry().isEmpty()) {
      names.add(language + "_" + locale.getCountry());
    }
    if (!locale.getScript().isEmpty()) {
      names.add(language + "_" + locale.getScript());
    }
    names.add(language);
    names.add(language + "_" + likely.getCountry());
    names.add(language + "_" + likely.getScript());
    return new ArrayList<>(names);
  }

  /**
   * The unconditional attribute entries of the file. Asciidoctor writes these files one entry a
   * line, with {@code //} comments and {@code ifdef::} lines for labels of other doctypes, which
   * are not the book's.
   */
  static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    text.lines()
        .map(ENTRY::matcher)
        .filter(Matcher::matches)
        .forEach(entry -> values.put(entry.group(1), entry.group(2).strip()));
    return values;
  }

  /** The AsciidoctorJ jar on the class path, which carries the asciidoctor gem. */
  private static Path asciidoctorJar() {
    try {
      return Path.of(
          AsciidoctorJRuby.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the AsciidoctorJ jar", e);
    }
  }
}
