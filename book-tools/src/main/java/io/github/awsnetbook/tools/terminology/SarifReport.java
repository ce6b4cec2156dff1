package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Json;
import io.github.awsnetbook.tools.diagnostics.PrintLimit;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as a SARIF 2.1.0 log, for code scanning and review tools: one run, the checks as the
 * driver's rules (their IDs the diagnostics' rule IDs, as {@code terminology/deprecated-term}),
 * each finding a result with its rule ID, its file (relative to the repository) and its line and
 * column (counted in code points, which the run declares).
 */
public final class SarifReport {

  /** The tool's name in the log. */
  public static final String TOOL_NAME = "awsnetbook-terminology";

  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /**
   * The results kept per rule and file; the rest are counted in a notification of the run's
   * invocation. Far above what a real book has, far below what fills memory with a hostile line.
   */
  public static final int RESULTS_PER_RULE_AND_FILE = 1000;

  private SarifReport() {}

  /** The SARIF log of {@code findings}; paths relative to {@code root}. */
  public static String of(List<Diagnostic> findings, Path root) {
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver()));
    run.put("columnKind", "unicodeCodePoints");
    List<Object> results = new ArrayList<>();
    List<Object> notifications = new ArrayList<>();
    // One URI per file: a file may hold thousands of findings.
    Map<Path, String> uris = new HashMap<>();
    for (Diagnostic finding : PrintLimit.apply(findings, RESULTS_PER_RULE_AND_FILE)) {
      if (finding.ruleId() == null) {
        notifications.add(notification(finding));
        continue;
      }
      String uri =
          uris.computeIfAbsent(finding.file(), file -> uri(finding.relativeTo(root).shownPath()));
      results.add(result(finding, uri));
    }
    if (!notifications.isEmpty()) {
      Map<String, Object> invocation = new LinkedHashMap<>();
      invocation.put("executionSuccessful", true);
      invocation.put("toolExecutionNotifications", notifications);
      run.put("invocations", List.of(invocation));
    }
    run.put("results", results);
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static Map<String, Object> driver() {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", TOOL_NAME);
    List<Object> rules = new ArrayList<>();
    for (CheckId check : CheckId.values()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", check.ruleId());
      if (!check.legacyIds().isEmpty()) {
        rule.put("deprecatedIds", check.legacyIds());
      }
      rule.put("name", check.ruleName());
      rule.put("shortDescription", Map.of("text", check.ruleName()));
      rule.put("fullDescription", Map.of("text", check.description()));
      rule.put("defaultConfiguration", Map.of("level", check.severity().word()));
      rules.add(rule);
    }
    driver.put("rules", rules);
    return driver;
  }

  private static Map<String, Object> result(Diagnostic finding, String uri) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", CheckId.ofRule(finding.ruleId()).ordinal());
    result.put("level", finding.severity().word());
    result.put("message", Map.of("text", finding.message()));
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", finding.line());
    region.put("startColumn", finding.column());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri));
    physical.put("region", region);
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    return result;
  }

  /** The count of the results left out of a file, as a note of the run. */
  private static Map<String, Object> notification(Diagnostic note) {
    Map<String, Object> notification = new LinkedHashMap<>();
    notification.put("level", "note");
    notification.put("message", Map.of("text", note.shownPath() + ": " + note.message()));
    return notification;
  }

  /** A relative URI reference: non-ASCII and reserved characters percent-encoded. */
  private static String uri(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path for a URI: " + relativePath, e);
    }
  }
}
