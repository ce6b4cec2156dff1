package io.github.awsnetbook.plugin;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/**
 * What the modules of one build share, one of each type: the Asciidoctor and the books it has
 * parsed, the printer's warm-up, the hashes of the files digested. Caches that outlive a module,
 * never a result one step leaves for another (those are files {@code BookLayout} names). Kept in
 * the build session's data, which lives exactly as long as the build (no static state), and made by
 * the first step that asks; with modules built in parallel two steps may make one at once, and the
 * one that loses is discarded.
 */
final class BuildShared {

  private BuildShared() {}

  /**
   * The build's {@code type}, made by {@code make} the first time; a step without a build (a test)
   * gets its own.
   */
  static <T> T get(MavenSession session, Class<T> type, Supplier<T> make, Consumer<T> discard) {
    Optional<SessionData> data = dataOf(session);
    if (data.isEmpty()) {
      return make.get();
    }
    while (true) {
      Object held = data.get().get(type.getName());
      if (type.isInstance(held)) {
        return type.cast(held);
      }
      T made = make.get();
      if (data.get().set(type.getName(), held, made)) {
        return made;
      }
      discard.accept(made);
    }
  }

  /** The build's {@code type}, if a step has made it. */
  static <T> Optional<T> find(MavenSession session, Class<T> type) {
    return dataOf(session)
        .map(data -> data.get(type.getName()))
        .filter(type::isInstance)
        .map(type::cast);
  }

  private static Optional<SessionData> dataOf(MavenSession session) {
    return session == null || session.getRepositorySession() == null
        ? Optional.empty()
        : Optional.of(session.getRepositorySession().getData());
  }
}
