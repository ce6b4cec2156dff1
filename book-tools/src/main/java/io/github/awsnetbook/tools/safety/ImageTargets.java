package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every image a book shows is a file of the repository that the build copies next to the page: a
 * name in {@code assets/images} or a figure of {@code assets/figures} (the copy-images execution of
 * the root pom; both outputs resolve image targets against that copy). An absolute target, one that
 * climbs out of the folder or one that names nothing there would embed a file of the build machine
 * in the PDF, or publish a {@code src} that is broken for every reader.
 */
public final class ImageTargets {

  /** The folders, relative to the repository, whose files the build copies into the images. */
  public static final List<String> IMAGE_FOLDERS = List.of("assets/images", "assets/figures");

  private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
  private static final String WHAT_TO_DO =
      "put the image into assets/images (a figure into assets/figures) and write its name, as in"
          + " image::logo.svg[]";

  private ImageTargets() {}

  /** A problem for each image of {@code items} (others are ignored) that is not such a file. */
  public static List<Diagnostic> check(Path root, List<RawContent.Item> items) {
    List<Diagnostic> problems = new ArrayList<>();
    for (RawContent.Item item : items) {
      if (item.kind() == RawContent.Kind.IMAGE) {
        problem(root, item.text())
            .ifPresent(
                message ->
                    problems.add(
                        Diagnostic.error(item.file(), item.line(), item.column(), message)
                            .withRule("safety/image-target")));
      }
    }
    return problems;
  }

  private static Optional<String> problem(Path root, String target) {
    if (target.startsWith("data:")) {
      return Optional.empty(); // no file: a translation's data: URL is refused as raw content
    }
    if (URL.matcher(target).find()) {
      return Optional.of(
          "an image target that is a URL: "
              + target
              + "; the book carries its own images: "
              + WHAT_TO_DO);
    }
    if (target.contains("{")) {
      return Optional.of(
          "an image target with an attribute reference: "
              + target
              + "; the build cannot tell which file it names before conversion: write the file"
              + " name itself");
    }
    Path path;
    try {
      path = Path.of(target);
    } catch (InvalidPathException e) {
      return Optional.of("an image target that is not a file name: " + target + "; " + WHAT_TO_DO);
    }
    if (path.isAbsolute() || target.startsWith("/") || target.startsWith("\\")) {
      return Optional.of(
          "an image target that is an absolute path: "
              + target
              + "; the build reads only files inside the repository: "
              + WHAT_TO_DO);
    }
    if (path.normalize().startsWith("..")) {
      return Optional.of(
          "an image target that resolves outside the images folder: "
              + target
              + "; the build reads only the images it copies next to the page: "
              + WHAT_TO_DO);
    }
    return inFolders(root, path.normalize(), target);
  }

  private static Optional<String> inFolders(Path root, Path relative, String target) {
    for (String folder : IMAGE_FOLDERS) {
      Path candidate = root.resolve(folder).resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return RepositoryFiles.outside(root, candidate)
            .map(
                real ->
                    "an image that is a symbolic link to "
                        + real
                        + ", outside the repository: "
                        + folder
                        + "/"
                        + target
                        + "; "
                        + WHAT_TO_DO);
      }
    }
    return Optional.of(
        "an image that does not exist: "
            + target
            + " is in neither "
            + String.join(" nor ", IMAGE_FOLDERS)
            + "; write the name of a file there, or add the image");
  }
}
