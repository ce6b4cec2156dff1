package io.github.awsnetbook.plugin;

import org.apache.maven.execution.MavenSession;
import org.asciidoctor.Asciidoctor;
import org.eclipse.aether.SessionData;

/**
 * One Asciidoctor for the whole build, shared by every step of every content module that reads the
 * books: starting JRuby costs seconds, reading a book with a warm one milliseconds. It is kept in
 * the build session's data, which lives exactly as long as the build (no static state), and is
 * started by the first step that needs it.
 */
final class BuildAsciidoctor {

  private static final String KEY = BuildAsciidoctor.class.getName();

  private BuildAsciidoctor() {}

  /** The build's Asciidoctor; a new one where no session is given (a step run alone, in tests). */
  static Asciidoctor of(MavenSession session) {
    if (session == null || session.getRepositorySession() == null) {
      return Asciidoctor.Factory.create();
    }
    SessionData data = session.getRepositorySession().getData();
    while (true) {
      Object held = data.get(KEY);
      if (held instanceof Asciidoctor asciidoctor) {
        return asciidoctor;
      }
      Asciidoctor created = Asciidoctor.Factory.create();
      if (data.set(KEY, held, created)) {
        return created;
      }
      created.shutdown();
    }
  }
}
