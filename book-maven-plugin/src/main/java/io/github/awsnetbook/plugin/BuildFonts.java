package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.printing.ParsedFonts;
import org.apache.maven.execution.MavenSession;

/**
 * The book's fonts as the build's prints share them (the warm-up's, each book's, the parallel
 * editions'): parsed by the first print, kept for the build (in {@link BuildShared}).
 */
final class BuildFonts {

  private BuildFonts() {}

  static ParsedFonts of(MavenSession session) {
    return BuildShared.get(session, ParsedFonts.class, ParsedFonts::new, ParsedFonts::close);
  }
}
