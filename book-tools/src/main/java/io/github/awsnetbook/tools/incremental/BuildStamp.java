package io.github.awsnetbook.tools.incremental;

import io.github.awsnetbook.tools.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a successful build of a locale read and wrote: the digest of its inputs and the hash of
 * every output file. Kept in one file, written last and atomically, removed first when a build
 * runs, so a stamp always describes outputs that a whole, successful build left.
 */
public record BuildStamp(InputDigest inputs, SortedMap<String, String> outputHashes) {

  private static final String INPUTS = "inputs ";
  private static final String OUTPUT = "output ";

  public BuildStamp {
    outputHashes = new TreeMap<>(outputHashes);
  }

  /**
   * Hashes the files of {@code outputs} (files or folders below {@code root}), reading only those
   * {@code hashes} lacks.
   */
  public static BuildStamp of(InputDigest inputs, Path root, List<Path> outputs, FileHashes hashes)
      throws IOException {
    SortedMap<String, String> outputHashes = new TreeMap<>();
    for (Map.Entry<String, Path> file : InputDigest.files(root, outputs).entrySet()) {
      outputHashes.put(file.getKey(), hashes.of(file.getValue()));
    }
    return new BuildStamp(inputs, outputHashes);
  }

  /**
   * Whether the stamp in {@code stampFile} was left by a build of the same {@code inputs} and its
   * outputs are still as that build wrote them, reading only the output files {@code hashes} lacks.
   */
  public static boolean isUpToDate(
      Path stampFile, InputDigest inputs, Path root, List<Path> outputs, FileHashes hashes)
      throws IOException {
    if (!Files.isRegularFile(stampFile)) {
      return false;
    }
    BuildStamp recorded = read(stampFile);
    return !recorded.outputHashes.isEmpty()
        && recorded.inputs.equals(inputs)
        && recorded.equals(of(inputs, root, outputs, hashes));
  }

  /** Writes the stamp atomically. */
  public void write(Path stampFile) throws IOException {
    StringBuilder text = new StringBuilder(INPUTS).append(inputs.sha256()).append('\n');
    outputHashes.forEach(
        (path, hash) -> text.append(OUTPUT).append(hash).append(' ').append(path).append('\n'));
    AtomicFiles.write(stampFile, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static BuildStamp read(Path stampFile) throws IOException {
    String inputs = "";
    SortedMap<String, String> outputs = new TreeMap<>();
    for (String line : Files.readAllLines(stampFile, StandardCharsets.UTF_8)) {
      if (line.startsWith(INPUTS)) {
        inputs = line.substring(INPUTS.length());
      } else if (line.startsWith(OUTPUT)) {
        String[] hashAndPath = line.substring(OUTPUT.length()).split(" ", 2);
        if (hashAndPath.length == 2) {
          outputs.put(hashAndPath[1], hashAndPath[0]);
        }
      }
    }
    return new BuildStamp(new InputDigest(inputs), outputs);
  }

  /** Removes a stamp: called before a build writes any output. */
  public static void invalidate(Path stampFile) throws IOException {
    Files.deleteIfExists(stampFile);
  }
}
