package io.github.awsnetbook.booktests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * OmegaT's own glossary readers, from the jar of the Debian package {@code omegat}, loaded at run
 * time: the build has no compile-time dependency on OmegaT (GPL, not on Maven Central).
 *
 * <p>The jar's manifest names its dependencies in {@code /usr/share/java} (JAXB, activation …,
 * installed with the package); the class loader follows that {@code Class-Path}. OmegaT's TBX
 * reader asks the open project for its languages, so a project that is not loaded is set up with
 * the source and target language, and OmegaT's configuration folder is pointed into a temporary
 * folder, so that the test never writes into {@code ~/.omegat}.
 */
final class OmegaT implements AutoCloseable {

  /** Where the Debian package puts the jar; {@code -Domegat.jar=…} gives another. */
  static final Path DEBIAN_JAR = Path.of("/usr/share/omegat/OmegaT.jar");

  static final String INSTALL = "sudo apt-get update && sudo apt-get install -y omegat";

  /** One glossary entry as OmegaT read it. */
  record Entry(String source, String target, String comment) {}

  private final URLClassLoader loader;

  private OmegaT(URLClassLoader loader) {
    this.loader = loader;
  }

  /** The jar the build is told about, else the Debian package's. */
  static Path jar() {
    String configured = System.getProperty("omegat.jar", "");
    return configured.isBlank() ? DEBIAN_JAR : Path.of(configured);
  }

  /**
   * OmegaT from {@code jar}, with an open project from {@code source} to {@code target}; its
   * configuration goes into {@code workFolder}. Fails, never skips, where the jar is missing.
   */
  static OmegaT open(Path jar, Path workFolder, String source, String target) {
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(
          "OmegaT is not installed: there is no "
              + jar
              + ". The translator's kit is checked with OmegaT's own readers; install the Debian"
              + " package with `"
              + INSTALL
              + "` (or give the jar of OmegaT 3.6 with -Domegat.jar=/path/to/OmegaT.jar)");
    }
    URLClassLoader loader;
    try {
      loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OmegaT omegat = new OmegaT(loader);
    omegat.call(
        "org.omegat.util.RuntimePreferences",
        "setConfigDir",
        new Class<?>[] {String.class},
        null,
        workFolder.resolve("config").toString());
    omegat.openProject(workFolder.resolve("project"), source, target);
    return omegat;
  }

  private void openProject(Path folder, String source, String target) {
    Object notLoaded = newInstance("org.omegat.core.data.NotLoadedProject", new Class<?>[0]);
    Object properties =
        newInstance(
            "org.omegat.core.data.ProjectProperties", new Class<?>[] {File.class}, folder.toFile());
    call(
        "org.omegat.core.data.ProjectProperties",
        "setSourceLanguage",
        new Class<?>[] {String.class},
        properties,
        source);
    call(
        "org.omegat.core.data.ProjectProperties",
        "setTargetLanguage",
        new Class<?>[] {String.class},
        properties,
        target);
    Class<?> project = type("org.omegat.core.data.IProject");
    // NotLoadedProject answers every question of an IProject but the languages; a proxy adds them.
    Object withLanguages =
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {project},
            (proxy, method, args) ->
                method.getName().equals("getProjectProperties")
                    ? properties
                    : invoke(method, notLoaded, args));
    call("org.omegat.core.Core", "setProject", new Class<?>[] {project}, null, withLanguages);
  }

  /** {@code org.omegat.gui.glossary.GlossaryReaderTBX.read(file, false)}. */
  List<Entry> readTbx(Path file) {
    return read("org.omegat.gui.glossary.GlossaryReaderTBX", file);
  }

  /** {@code org.omegat.gui.glossary.GlossaryReaderTSV.read(file, false)}. */
  List<Entry> readTsv(Path file) {
    return read("org.omegat.gui.glossary.GlossaryReaderTSV", file);
  }

  /** A file inside OmegaT's jar, as {@code schemas/tbx.xsd}. */
  InputStream resource(String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new AssertionError("OmegaT's jar has no " + name);
    }
    return in;
  }

  private List<Entry> read(String reader, Path file) {
    Object entries =
        call(
            reader, "read", new Class<?>[] {File.class, boolean.class}, null, file.toFile(), false);
    List<Entry> read = new ArrayList<>();
    for (Object entry : (List<?>) entries) {
      read.add(
          new Entry(
              text(entry, "getSrcText"), text(entry, "getLocText"), text(entry, "getCommentText")));
    }
    return read;
  }

  private String text(Object entry, String getter) {
    return (String) call("org.omegat.gui.glossary.GlossaryEntry", getter, new Class<?>[0], entry);
  }

  private Class<?> type(String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(
          name + " is not in " + jar() + ": this test needs OmegaT 3.6 (" + INSTALL + ")", e);
    }
  }

  private Object newInstance(String className, Class<?>[] parameters, Object... args) {
    return inOmegaT(
        () -> {
          try {
            return type(className).getConstructor(parameters).newInstance(args);
          } catch (InvocationTargetException e) {
            throw new AssertionError("OmegaT failed: " + e.getCause(), e.getCause());
          } catch (ReflectiveOperationException e) {
            throw new AssertionError("OmegaT 3.6 was expected: " + e, e);
          }
        });
  }

  private Object call(
      String className, String methodName, Class<?>[] parameters, Object target, Object... args) {
    return inOmegaT(
        () -> {
          try {
            return invoke(type(className).getMethod(methodName, parameters), target, args);
          } catch (NoSuchMethodException e) {
            throw new AssertionError("OmegaT 3.6 was expected: " + e, e);
          }
        });
  }

  /** Runs with OmegaT's class loader as the context one, where JAXB looks for its runtime. */
  private Object inOmegaT(Supplier<Object> action) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static Object invoke(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          "OmegaT's " + method.getName() + " failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
