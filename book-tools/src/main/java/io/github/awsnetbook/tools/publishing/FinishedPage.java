package io.github.awsnetbook.tools.publishing;

import java.nio.file.Path;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * A page the publish step finished and wrote into {@code folder}, with the document it wrote: the
 * PDF is printed from a copy of that document, not from the file read back and parsed again.
 */
public record FinishedPage(Path folder, Document document) {

  public FinishedPage {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(document, "document");
  }
}
