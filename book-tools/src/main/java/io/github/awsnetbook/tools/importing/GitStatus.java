package io.github.awsnetbook.tools.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether a chapter has edits git has not committed: the import would overwrite them. The answer is
 * git's own ({@code git status --porcelain}); where git cannot tell (no git, no repository), the
 * import is refused as well, since it cannot know.
 */
final class GitStatus {

  private GitStatus() {}

  /** Why the file may not be overwritten, or empty when git says it is committed. */
  static Optional<String> uncommitted(Path repository, Path file) {
    try {
      Process git =
          new ProcessBuilder("git", "status", "--porcelain", "--", file.toString())
              .directory(repository.toFile())
              .redirectErrorStream(true)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        return Optional.of(
            "git cannot tell whether it has uncommitted edits (" + out.strip() + ")");
      }
      return out.isBlank()
          ? Optional.empty()
          : Optional.of("it has edits that are not committed (git status: " + out.strip() + ")");
    } catch (IOException e) {
      return Optional.of(
          "git cannot tell whether it has uncommitted edits (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("git was interrupted");
    }
  }
}
