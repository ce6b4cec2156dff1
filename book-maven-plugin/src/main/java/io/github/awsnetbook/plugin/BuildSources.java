package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import org.apache.maven.execution.MavenSession;
import org.asciidoctor.Asciidoctor;
import org.eclipse.aether.SessionData;

/**
 * One Asciidoctor for the whole build, and the books it has parsed, shared by every step of every
 * content module: starting JRuby costs seconds, and the source check, the translation check, the
 * report and the terminology check all read the same books, which are parsed once. They are kept
 * in the build session's data, which lives exactly as long as the build (no static state), and are
 * made by the first step that needs them.
 */
final class BuildSources {

  private static final String KEY = BuildSources.class.getName();

  private BuildSources() {}

  /** The build's sources; new ones where no session is given (a step run alone, in tests). */
  static SourceModels of(MavenSession session) {
    if (session == null || session.getRepositorySession() == null) {
      return new SourceModels(Asciidoctor.Factory.create());
    }
    SessionData data = session.getRepositorySession().getData();
    while (true) {
      Object held = data.get(KEY);
      if (held instanceof SourceModels models) {
        return models;
      }
      SourceModels created = new SourceModels(Asciidoctor.Factory.create());
      if (data.set(KEY, held, created)) {
        return created;
      }
      created.asciidoctor().shutdown();
    }
  }
}
