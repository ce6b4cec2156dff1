package io.github.awsnetbook.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The build's packages depend on each other in one direction only: a package that another one uses
 * never uses it back, directly or through others. Read from the compiled classes by the JDK's own
 * jdeps, so that every reference counts, not only imports.
 */
class PackageCyclesTest {

  private static final String PREFIX = "io.github.awsnetbook.tools.";

  @Test
  void noPackageOfTheBuildDependsOnItselfThroughOthers() throws URISyntaxException {
    Map<String, Set<String>> uses = packageDependencies(compiledClasses());

    assertTrue(uses.containsKey("safety"), "jdeps found the packages: " + uses.keySet());
    assertEquals(List.of(), cycles(uses), "packages that depend on each other: " + uses);
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> uses =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

    assertEquals(List.of(List.of("a", "b", "c")), cycles(uses));
  }

  private static Path compiledClasses() throws URISyntaxException {
    return Path.of(Diagnostic.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Each package of the build (without the prefix) with the packages of the build it uses. */
  private static Map<String, Set<String>> packageDependencies(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int exit =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "-verbose:package",
            "-e",
            PREFIX.replace(".", "\\.") + ".*",
            classes.toString());
    assertEquals(0, exit, out.toString());
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      String[] words = line.strip().split("\\s+");
      if (words.length >= 3 && words[1].equals("->") && words[0].startsWith(PREFIX)) {
        String from = words[0].substring(PREFIX.length());
        String to = words[2].substring(PREFIX.length());
        uses.computeIfAbsent(from, name -> new TreeSet<>());
        if (!from.equals(to)) {
          uses.get(from).add(to);
        }
      }
    }
    return uses;
  }

  /** The groups of two or more packages that reach each other (Tarjan's components), sorted. */
  private static List<List<String>> cycles(Map<String, Set<String>> uses) {
    return new Components(uses).find();
  }

  /** Tarjan's strongly connected components of a small graph. */
  private static final class Components {
    private final Map<String, Set<String>> uses;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<List<String>> found = new ArrayList<>();

    Components(Map<String, Set<String>> uses) {
      this.uses = uses;
    }

    List<List<String>> find() {
      new TreeSet<>(uses.keySet()).stream().filter(p -> !index.containsKey(p)).forEach(this::visit);
      found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
      return found;
    }

    private void visit(String from) {
      index.put(from, index.size());
      low.put(from, index.get(from));
      stack.push(from);
      onStack.add(from);
      for (String to : uses.getOrDefault(from, Set.of())) {
        if (!index.containsKey(to)) {
          visit(to);
          low.put(from, Math.min(low.get(from), low.get(to)));
        } else if (onStack.contains(to)) {
          low.put(from, Math.min(low.get(from), index.get(to)));
        }
      }
      if (low.get(from).equals(index.get(from))) {
        Set<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(from));
        if (component.size() > 1) {
          found.add(List.copyOf(component));
        }
      }
    }
  }
}
