package io.github.awsnetbook.tools.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The only files the PDF engine may load: those inside the page's own folder, after symbolic links
 * are resolved. No network, no {@code file:} outside, no {@code data:} or {@code jar:}.
 */
record ResourceJail(Path folder) {

  ResourceJail {
    Objects.requireNonNull(folder, "folder");
    try {
      folder = folder.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("the page's folder cannot be read: " + folder, e);
    }
  }

  /**
   * Whether a reference, as the page writes it, may be resolved at all: a relative one, or one to a
   * file. Whether that file is inside the folder is decided once it is resolved.
   */
  boolean mayResolve(String reference) {
    try {
      String scheme = URI.create(reference).getScheme();
      return scheme == null || "file".equalsIgnoreCase(scheme);
    } catch (IllegalArgumentException e) {
      return !reference.contains(":");
    }
  }

  /** Whether the engine may load {@code uri}, a resolved absolute URI. */
  boolean allows(String uri) {
    try {
      URI parsed = URI.create(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())) {
        return false;
      }
      Path file = Path.of(parsed).toAbsolutePath().normalize();
      if (!file.startsWith(folder)) {
        return false;
      }
      return !Files.exists(file) || file.toRealPath().startsWith(folder);
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
