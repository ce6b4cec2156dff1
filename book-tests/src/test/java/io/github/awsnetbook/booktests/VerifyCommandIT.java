package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's one test command, {@code ./verify.sh}, on a stand-in machine: a PATH of stand-ins
 * for apt-get, sudo, dpkg-query and Maven that record what they were asked, and for the programs
 * the machine has. Nothing is installed and no build runs.
 */
class VerifyCommandIT {

  private static final List<String> EVERY_PACKAGE =
      List.of(
          "openjdk-17-jdk-headless",
          "maven",
          "nodejs",
          "npm",
          "chromium",
          "chromium-driver",
          "omegat",
          "fonts-noto-cjk",
          "qpdf");

  /** Real programs the script itself and the stand-ins run. */
  private static final List<String> SHELL_TOOLS = List.of("bash", "env", "grep", "dirname", "cp");

  private record Machine(Path bin, Path log) {}

  /** A machine that has only the given programs, and dpkg knowing the given packages. */
  private static Machine machine(Path folder, Set<String> programs) throws IOException {
    Path bin = Files.createDirectories(folder.resolve("bin"));
    Path log = folder.resolve("log.txt");
    for (String tool : SHELL_TOOLS) {
      Files.createSymbolicLink(bin.resolve(tool), onPath(tool));
    }
    String record = "#!/bin/bash\necho \"$(basename \"$0\") $*\" >> " + log + "\n";
    // Installing Debian's maven puts mvn on the PATH.
    script(
        bin,
        "apt-get",
        record
            + "if [[ \" $* \" == *\" install \"*\" maven \"* ]]; then cp "
            + bin.resolve("mvn-to-install")
            + " "
            + bin.resolve("mvn")
            + "; fi\n");
    script(bin, "mvn-to-install", record);
    script(bin, "sudo", record + "\"$@\"\n");
    script(bin, "id", "#!/bin/bash\necho \"$FAKE_UID\"\n");
    script(
        bin,
        "dpkg-query",
        "#!/bin/bash\n"
            + "for p in $FAKE_INSTALLED; do [ \"$p\" = \"${@: -1}\" ] && echo installed && exit 0;"
            + " done; exit 1\n");
    script(bin, "basename", "#!/bin/bash\necho \"${1##*/}\"\n");
    for (String program : programs) {
      script(bin, program, program.equals("mvn") ? record : "#!/bin/bash\n");
    }
    return new Machine(bin, log);
  }

  private static void script(Path bin, String name, String text) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static Path onPath(String program) {
    return Arrays.stream(System.getenv("PATH").split(":"))
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(program + " is not on the PATH"));
  }

  /** Runs ./verify.sh -o on the machine; returns what the stand-ins recorded. */
  private static List<String> verify(Machine machine, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(onPath("bash").toString(), "verify.sh", "-o")
            .directory(Book.root().toFile())
            .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", machine.bin().toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    return Files.exists(machine.log()) ? Files.readAllLines(machine.log()) : List.of();
  }

  @Test
  void onAFreshMachineItInstallsEveryPackageWithSudoThenRunsMavenVerify(@TempDir Path folder)
      throws IOException, InterruptedException {
    Machine fresh = machine(folder, Set.of());

    List<String> log =
        verify(
            fresh, Map.of("FAKE_UID", "1000", "FAKE_INSTALLED", "", "OMEGAT_JAR", "/nonexistent"));

    assertEquals(
        List.of(
            "sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q",
            "apt-get update -q",
            "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "
                + String.join(" ", EVERY_PACKAGE),
            "apt-get install -y -q " + String.join(" ", EVERY_PACKAGE),
            "mvn -B verify -o"),
        log);
  }

  @Test
  void onAMachineThatHasEverythingItOnlyRunsMavenVerify(@TempDir Path folder)
      throws IOException, InterruptedException {
    Path omegat = Files.writeString(folder.resolve("OmegaT.jar"), "");
    Machine ready =
        machine(folder, Set.of("javac", "mvn", "node", "npm", "chromium", "chromedriver", "qpdf"));

    List<String> log =
        verify(
            ready,
            Map.of(
                "FAKE_UID",
                "0",
                "FAKE_INSTALLED",
                "fonts-noto-cjk",
                "OMEGAT_JAR",
                omegat.toString()));

    assertEquals(List.of("mvn -B verify -o"), log);
  }

  @Test
  void asRootWithSomePackagesItInstallsOnlyTheMissingOnesWithoutSudo(@TempDir Path folder)
      throws IOException, InterruptedException {
    Machine partial = machine(folder, Set.of("javac", "mvn", "node", "npm", "chromium"));

    List<String> log =
        verify(
            partial, Map.of("FAKE_UID", "0", "FAKE_INSTALLED", "", "OMEGAT_JAR", "/nonexistent"));

    assertFalse(log.stream().anyMatch(line -> line.startsWith("sudo")), log.toString());
    assertTrue(
        log.contains("apt-get install -y -q chromium-driver omegat fonts-noto-cjk qpdf"),
        log.toString());
  }

  /** The README names every package the command installs, each with why (its table). */
  @Test
  void theReadmeListsEveryDebianPackageTheCommandInstalls() throws IOException {
    String readme = Files.readString(Book.root().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher row =
        Pattern.compile("(?m)^\\| `([a-z0-9.+-]+)` \\| [^|]+\\| [^|]+\\|$").matcher(readme);
    Set<String> listed = new TreeSet<>();
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertEquals(new TreeSet<>(EVERY_PACKAGE), listed);
  }
}
