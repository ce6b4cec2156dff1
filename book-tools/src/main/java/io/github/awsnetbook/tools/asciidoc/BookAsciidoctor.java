package io.github.awsnetbook.tools.asciidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Starts the Asciidoctor of every part of the build (the Maven goals, the preview, the commands,
 * the tests): AsciidoctorJ's, with the asciidoctor gem put on JRuby's load path straight from
 * AsciidoctorJ's jar. JRuby then needs no RubyGems to find it, and a JVM started with {@code
 * -Djruby.cli.rubygems.enable=false} (JRuby's own option; {@code .mvn/jvm.config}, the tests' forks
 * and the preview set it) skips loading RubyGems, 0.35 of the 1.2 s JRuby takes to start here.
 * Without the option, RubyGems loads as usual and the gem is the same.
 */
public final class BookAsciidoctor {

  private static final Pattern GEM_ENTRY =
      Pattern.compile("gems/asciidoctor-[0-9][^/]*/lib/asciidoctor\\.rb");

  private BookAsciidoctor() {}

  /** A new Asciidoctor; its caller shuts it down. */
  public static Asciidoctor create() {
    return AsciidoctorJRuby.Factory.create(List.of(gemLibrary()));
  }

  /**
   * The {@code lib} folder of the asciidoctor gem in AsciidoctorJ's jar, as JRuby names a folder of
   * its class loader: {@code uri:classloader:/gems/asciidoctor-2.0.26/lib}.
   */
  static String gemLibrary() {
    Path jar;
    try {
      jar =
          Path.of(
              AsciidoctorJRuby.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("AsciidoctorJ is not loaded from a jar file", e);
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .map(ZipEntry::getName)
          .filter(GEM_ENTRY.asMatchPredicate())
          .findFirst()
          .map(name -> "uri:classloader:/" + name.substring(0, name.lastIndexOf('/')))
          .orElseThrow(() -> new IllegalStateException("no asciidoctor gem in " + jar));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read AsciidoctorJ's jar " + jar, e);
    }
  }
}
