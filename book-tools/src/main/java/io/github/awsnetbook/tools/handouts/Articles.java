package io.github.awsnetbook.tools.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The articles a book holds, named as the PDFs of the bundle name them: from the source's chapter
 * files, one per article ({@code chapters/_article-0003.adoc}).
 */
final class Articles {

  private static final Pattern CHAPTER = Pattern.compile("_article-(\\d+)\\.adoc");

  private Articles() {}

  /** {@code article-0003} for one article, {@code articles-0003-0004} for several. */
  static String slug(Path chaptersFolder) {
    List<String> numbers;
    try (Stream<Path> files = Files.list(chaptersFolder)) {
      numbers =
          files
              .map(f -> CHAPTER.matcher(f.getFileName().toString()))
              .filter(Matcher::matches)
              .map(m -> m.group(1))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the chapters in " + chaptersFolder, e);
    }
    if (numbers.isEmpty()) {
      throw new IllegalStateException(
          "no article in " + chaptersFolder + "; an article is a file _article-NNNN.adoc");
    }
    return numbers.size() == 1
        ? "article-" + numbers.get(0)
        : "articles-" + numbers.get(0) + "-" + numbers.get(numbers.size() - 1);
  }
}
