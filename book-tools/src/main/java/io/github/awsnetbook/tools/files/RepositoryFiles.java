package io.github.awsnetbook.tools.files;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file the build reads on behalf of the content really is. Git stores symbolic links, so a
 * pull request can carry a link named like a chapter that points at any file of the build machine;
 * a check of the path as written cannot see that. Every such file is resolved with {@code
 * toRealPath()} (links followed) and must lie inside the repository's real path.
 */
public final class RepositoryFiles {

  private RepositoryFiles() {}

  /** A file whose real path lies outside the repository: the path as given, and where it leads. */
  public static final class OutsideRepositoryException extends DiagnosticException {
    private static final long serialVersionUID = 1L;

    OutsideRepositoryException(Diagnostic diagnostic) {
      super(diagnostic);
    }
  }

  /** The rule of a symbolic link (or a path through one) that leads out of the repository. */
  public static final String SYMLINK_OUTSIDE = "safety/symlink-outside";

  /** The rule of a path that names a file outside the repository without a link. */
  public static final String PATH_OUTSIDE = "safety/path-outside";

  /** The rule of a symbolic link to nothing. */
  public static final String BROKEN_SYMLINK = "safety/broken-symlink";

  /**
   * The real path of {@code file}, which must lie inside {@code root}; a file that does not exist
   * is returned as given, for the caller to report as missing.
   *
   * @throws OutsideRepositoryException if a link leads out of the repository
   */
  public static Path realPathInside(Path root, Path file) {
    Optional<Path> outside = outside(root, file);
    if (outside.isPresent()) {
      throw new OutsideRepositoryException(leaves(root, file, outside.get()));
    }
    try {
      return file.toRealPath();
    } catch (NoSuchFileException e) {
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + file, e);
    }
  }

  /** Where {@code file} really is, if that is outside {@code root}; empty if inside or missing. */
  public static Optional<Path> outside(Path root, Path file) {
    try {
      Path real = file.toRealPath();
      return real.startsWith(root.toRealPath()) ? Optional.empty() : Optional.of(real);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + file, e);
    }
  }

  /**
   * The problem with one entry of a folder the build reads, if it is a symbolic link: one that
   * leads out of the repository, or one whose target does not exist.
   */
  public static Optional<Diagnostic> checkLink(Path root, Path entry) {
    if (!Files.isSymbolicLink(entry)) {
      return Optional.empty();
    }
    if (!Files.exists(entry)) {
      return Optional.of(
          Diagnostic.error(
                  entry,
                  1,
                  1,
                  "a symbolic link to "
                      + linkTarget(entry)
                      + ", which does not exist; put the file itself here, or remove the link")
              .withRule(BROKEN_SYMLINK));
    }
    return checkInside(root, entry);
  }

  /** An error naming {@code file} and where it leads, if its real path is outside {@code root}. */
  public static Optional<Diagnostic> checkInside(Path root, Path file) {
    return outside(root, file).map(target -> leaves(root, file, target));
  }

  private static Diagnostic leaves(Path root, Path file, Path target) {
    String where = linkedTo(root, file, target);
    return Diagnostic.error(
            Places.relative(root, file),
            1,
            1,
            (where != null ? where : "a file outside the repository: " + target) + ADVICE)
        .withRule(where != null ? SYMLINK_OUTSIDE : PATH_OUTSIDE);
  }

  /**
   * The refusal of an include (or another reference) at its own place: {@code file:line} names the
   * line that asks for {@code target}, which leads out of the repository.
   */
  public static OutsideRepositoryException refusedAt(
      Path root, Path file, int line, String what, Path target) {
    Path real = outside(root, target).orElse(target.toAbsolutePath().normalize());
    String where = linkedTo(root, target, real);
    return new OutsideRepositoryException(
        Diagnostic.error(
                Places.relative(root, file),
                line,
                1,
                what
                    + " "
                    + Places.shown(root, target)
                    + " is "
                    + (where != null ? where : "outside the repository")
                    + ADVICE)
            .withRule(where != null ? SYMLINK_OUTSIDE : PATH_OUTSIDE));
  }

  private static final String ADVICE =
      "; the build reads only files inside the repository: put the file itself here, or link to a"
          + " file inside the repository";

  /**
   * "a symbolic link to X, outside …" when a link takes {@code file} out; null for a plain path.
   */
  private static String linkedTo(Path root, Path file, Path real) {
    if (Files.isSymbolicLink(file)) {
      return "a symbolic link to " + real + ", outside the repository";
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root.toAbsolutePath().normalize()) && absolute.equals(real)) {
      return null;
    }
    return "a path that leads through a symbolic link to " + real + ", outside the repository";
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "(unreadable)";
    }
  }
}
