package io.github.awsnetbook.tools.commandline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} pairs, each name one the command knows; a name may be given more than once.
 */
public record Options(Map<String, List<String>> values) {

  public Options {
    values = Map.copyOf(values);
  }

  /** Reads the pairs; an unknown name or a name without a value is an error. */
  public static Options parse(Set<String> known, String... args) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(args[i + 1]);
    }
    return new Options(values);
  }

  /** The last value given for {@code name}, if any. */
  public Optional<String> value(String name) {
    List<String> given = values.getOrDefault(name, List.of());
    return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
  }

  /** The value for {@code name}, or {@code fallback}. */
  public String value(String name, String fallback) {
    return value(name).orElse(fallback);
  }

  /** Every value given for {@code name}, in order. */
  public List<String> values(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }
}
