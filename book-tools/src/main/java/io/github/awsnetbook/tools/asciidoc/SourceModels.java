package io.github.awsnetbook.tools.asciidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;

/**
 * The source models of one run, each book parsed once: the source check, the translation check, the
 * status report and the terminology check of a build all read the same books, so the first to ask
 * parses a book and the others get its model. A model is parsed again only when a file it read, or
 * any file of its book's folder (an include that was missing may have appeared), changed since: the
 * live preview keeps one for hours.
 */
public final class SourceModels {

  private record Key(Path root, Path document, Map<String, Object> attributes) {}

  /** A model, and the size and modification time of every file it depends on. */
  private record Parsed(SourceModel model, Map<Path, String> fileStates) {}

  private final Asciidoctor asciidoctor;
  private final Map<Key, Parsed> parsed = new HashMap<>();

  /** The models read with {@code asciidoctor} (the caller's instance, shared by every step). */
  public SourceModels(Asciidoctor asciidoctor) {
    this.asciidoctor = asciidoctor;
  }

  /**
   * Runs {@code work} with models read by an Asciidoctor of its own, shut down after: for a command
   * run by hand, which has no build to share one with.
   */
  public static <T> T withOwnAsciidoctor(Function<SourceModels, T> work) {
    Asciidoctor own = BookAsciidoctor.create();
    try {
      return work.apply(new SourceModels(own));
    } finally {
      own.shutdown();
    }
  }

  public Asciidoctor asciidoctor() {
    return asciidoctor;
  }

  /** The model of {@code document} ({@link SourceModel#load}), parsed once while it is current. */
  public synchronized SourceModel load(Path root, Path document, Map<String, Object> attributes) {
    Key key =
        new Key(
            root.toAbsolutePath().normalize(),
            document.toAbsolutePath().normalize(),
            Map.copyOf(attributes));
    Parsed known = parsed.get(key);
    if (known != null && known.fileStates().equals(fileStates(known.model(), key.document()))) {
      return known.model();
    }
    SourceModel model = SourceModel.load(asciidoctor, key.root(), key.document(), attributes);
    parsed.put(key, new Parsed(model, fileStates(model, key.document())));
    return model;
  }

  private static Map<Path, String> fileStates(SourceModel model, Path document) {
    Map<Path, String> states = new TreeMap<>();
    try (Stream<Path> folder = Files.walk(document.getParent())) {
      folder.filter(Files::isRegularFile).forEach(file -> states.put(file, state(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + document.getParent(), e);
    }
    model.files().forEach(file -> states.put(file, state(file)));
    return states;
  }

  private static String state(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + "@" + attributes.lastModifiedTime();
    } catch (IOException gone) {
      return "absent";
    }
  }
}
