package io.github.awsnetbook.tools.npmtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * npm ci runs when node_modules is not what the lock file pins, and only then; a stand-in npm
 * records whether it ran, so that no test reaches a registry.
 */
class NpmTestToolsTest {

  private static final String LOCK =
      """
      {
        "name": "tests",
        "lockfileVersion": 3,
        "packages": {
          "": {"devDependencies": {"axe-core": "4.14.1", "vnu-jar": "26.9.27"}},
          "node_modules/axe-core": {"version": "4.14.1", "dev": true},
          "node_modules/vnu-jar": {"version": "26.9.27", "dev": true},
          "node_modules/fsevents": {"version": "2.3.3", "dev": true, "optional": true}
        }
      }
      """;

  private static Path project(Path folder) throws IOException {
    Files.writeString(folder.resolve("package-lock.json"), LOCK);
    return folder;
  }

  private static void install(Path folder, String name, String version) throws IOException {
    Path module = Files.createDirectories(folder.resolve("node_modules").resolve(name));
    Files.writeString(
        module.resolve("package.json"),
        "{\"name\": \"" + name + "\", \"version\": \"" + version + "\"}");
  }

  /** A stand-in for npm that writes its arguments into npm-ran.txt. */
  private static Path fakeNpm(Path folder) throws IOException {
    Path npm = folder.resolve("fake-npm");
    Files.writeString(npm, "#!/bin/sh\necho \"$@\" > npm-ran.txt\n");
    Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
    return npm;
  }

  private static String run(Path folder, Path npm, int expectedCode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code =
        NpmTestTools.run(
            new String[] {"--folder", folder.toString(), "--npm", npm.toString()}, print, print);
    assertEquals(expectedCode, code, out.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void installedPackagesAtTheirLockedVersionsMatchEvenWithoutAnOptionalOne(@TempDir Path folder)
      throws IOException {
    project(folder);
    install(folder, "axe-core", "4.14.1");
    install(folder, "vnu-jar", "26.9.27");

    assertEquals(Optional.empty(), new NodeModules(folder).differenceFromLockFile());
  }

  @Test
  void aMissingFolderAMissingPackageOrAnotherVersionDiffer(@TempDir Path folder)
      throws IOException {
    project(folder);
    assertTrue(
        new NodeModules(folder).differenceFromLockFile().orElseThrow().contains("does not exist"));

    install(folder, "axe-core", "4.14.1");
    assertEquals(
        Optional.of("node_modules/vnu-jar is not installed"),
        new NodeModules(folder).differenceFromLockFile());

    install(folder, "vnu-jar", "26.1.11");
    assertEquals(
        Optional.of("node_modules/vnu-jar is 26.1.11 where package-lock.json pins 26.9.27"),
        new NodeModules(folder).differenceFromLockFile());
  }

  @Test
  void npmCiRunsInTheFolderWhenNodeModulesDiffersFromTheLockFile(@TempDir Path folder)
      throws IOException {
    project(folder);
    install(folder, "axe-core", "4.14.0");

    String printed = run(folder, fakeNpm(folder), 0);

    assertTrue(printed.contains("axe-core is 4.14.0 where package-lock.json pins 4.14.1"), printed);
    assertEquals("ci --no-audit --no-fund\n", Files.readString(folder.resolve("npm-ran.txt")));
  }

  @Test
  void npmCiIsSkippedWhenNodeModulesMatchesTheLockFile(@TempDir Path folder) throws IOException {
    project(folder);
    install(folder, "axe-core", "4.14.1");
    install(folder, "vnu-jar", "26.9.27");

    String printed = run(folder, fakeNpm(folder), 0);

    assertTrue(printed.contains("npm ci skipped"), printed);
    assertFalse(Files.exists(folder.resolve("npm-ran.txt")), "npm ran");
  }

  @Test
  void withoutNpmTheErrorSaysHowToInstallIt(@TempDir Path folder) throws IOException {
    project(folder);

    String printed = run(folder, folder.resolve("no-such-npm"), 1);

    assertTrue(printed.contains(NpmTestTools.INSTALL_NPM), printed);
  }
}
