package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.diagnostics.Places;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When a source section last changed, from the repository's history: the date of the last commit
 * that touched its lines, "uncommitted" when its file has changes not yet committed, or empty where
 * there is no history (a source archive without .git, or no git on the machine).
 */
public final class SourceHistory {

  private final Path root;
  private final boolean repository;
  private final Map<Path, Boolean> committed = new HashMap<>();

  /** Asks git once whether there is a history at all; each file's state is asked once too. */
  public SourceHistory(Path root) {
    this.root = root;
    this.repository = git(List.of("rev-parse", "--git-dir")).exitCode() == 0;
  }

  public String lastChange(Section section) {
    if (section.ownLines().isEmpty()) {
      return "";
    }
    Path file = Places.relative(root, section.file());
    int first = section.line();
    int last =
        section.ownLines().stream()
            .filter(line -> line.file().equals(section.file()))
            .mapToInt(SourceLine::line)
            .max()
            .orElse(first);
    if (!repository) {
      return "";
    }
    boolean clean =
        committed.computeIfAbsent(
            file, f -> git(List.of("diff", "--quiet", "HEAD", "--", f.toString())).exitCode() == 0);
    if (!clean) {
      return "uncommitted";
    }
    Git log =
        git(List.of("log", "-1", "--format=%cs", "-s", "-L" + first + "," + last + ":" + file));
    return log.exitCode() == 0 && log.output().matches("\\d{4}-\\d{2}-\\d{2}") ? log.output() : "";
  }

  private record Git(int exitCode, String output) {}

  private Git git(List<String> arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(arguments);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Git(-1, "");
      }
      return new Git(process.exitValue(), output.strip());
    } catch (IOException e) {
      return new Git(-1, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Git(-1, "");
    }
  }
}
