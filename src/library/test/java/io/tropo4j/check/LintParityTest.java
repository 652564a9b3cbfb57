package io.tropo4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.Templates;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tropo4j against cfn-lint on a corpus of broken templates ({@link LintCases}): every error cfn-lint
 * reports must be a tropo4j problem at build time, on the same resource or section, or its rule be
 * listed below with the reason it cannot be. Each case must also be a problem to tropo4j (unless
 * every cfn-lint error on it is so explained), and an error to cfn-lint unless the case says why
 * cfn-lint is silent. cfn-lint runs once, over all cases.
 */
class LintParityTest {
  /** cfn-lint rules whose errors tropo4j cannot report when building, with the reason. */
  static final Map<String, String> EXPLAINED = Map.of(
      "E3628", "the instance types EC2 offers in a region, which change; the specification lists none",
      "E3691", "the engine versions RDS offers in a region now; the specification lists none");

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Finding(String rule, List<String> path, String message) {
    @Override
    public String toString() {
      return rule + " at " + String.join("/", path) + ": " + message;
    }
  }

  @Test
  void everyCfnLintErrorIsATropo4jProblemFirst(@TempDir Path dir) throws Exception {
    Map<String, List<Problem>> problems = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (LintCases.Case c : LintCases.all()) {
      Template template = c.template();
      problems.put(c.name(), Templates.validate(template));
      Path file = dir.resolve(c.name() + ".json");
      Files.writeString(file, JsonWriter.write(template::writeTo));
      files.add(file.toString());
    }
    Map<String, List<Finding>> errors = cfnLintErrors(files);

    List<String> failures = new ArrayList<>();
    int total = 0;
    int caught = 0;
    int samePath = 0;
    int explained = 0;
    for (LintCases.Case c : LintCases.all()) {
      List<Problem> ours = problems.get(c.name());
      List<Finding> theirs = errors.getOrDefault(c.name(), List.of());
      boolean allExplained = !theirs.isEmpty() && theirs.stream().allMatch(f -> EXPLAINED.containsKey(f.rule()));
      if (ours.isEmpty() && !allExplained) {
        failures.add(c.name() + ": no tropo4j problem, and cfn-lint's errors are not all explained: " + theirs);
      }
      if (theirs.isEmpty() && c.lintSilent() == null) {
        failures.add(c.name() + ": no cfn-lint error (drop the case, or say why cfn-lint is silent); tropo4j: " + ours);
      }
      if (!theirs.isEmpty() && c.lintSilent() != null) {
        failures.add(c.name() + ": said to be silent to cfn-lint, which reports " + theirs);
      }
      for (Finding finding : theirs) {
        total++;
        Problem match = ours.stream().filter(p -> covers(p, finding)).findFirst().orElse(null);
        if (match != null) {
          caught++;
          List<String> path = segments(match.path());
          if (isPrefix(path, finding.path()) || isPrefix(finding.path(), path)) {
            samePath++;
          }
        } else if (EXPLAINED.containsKey(finding.rule())) {
          explained++;
        } else {
          failures.add(c.name() + ": cfn-lint " + finding + " is not a tropo4j problem; tropo4j: " + ours);
        }
      }
    }
    System.out.printf("cfn-lint parity: %d cases, %d cfn-lint errors, %d caught first (%d at the same path),"
        + " %d explained, %d cases cfn-lint is silent on%n", LintCases.all().size(), total, caught, samePath, explained,
        LintCases.all().stream().filter(c -> c.lintSilent() != null).count());
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /**
   * The problem is the finding's: both name the same resource, parameter, output... (or section).
   * A cycle is one problem naming every member, where cfn-lint reports it at each member; a file
   * cfn-lint cannot parse (E0000, such as a key written twice) has no path, only the key in quotes.
   */
  private static boolean covers(Problem problem, Finding finding) {
    List<String> ours = segments(problem.path());
    List<String> theirs = finding.path();
    if (theirs.isEmpty() || theirs.equals(List.of("Template"))) {
      return ours.equals(List.of("(template)"))
          || finding.message().contains("'" + ours.get(ours.size() - 1) + "'");
    }
    int depth = Math.min(2, theirs.size());
    if (ours.size() >= depth && ours.subList(0, depth).equals(theirs.subList(0, depth))) {
      return true;
    }
    String cycle = "circular dependency: ";
    return depth == 2 && ours.get(0).equals(theirs.get(0)) && problem.message().startsWith(cycle)
        && List.of(problem.message().substring(cycle.length()).split(" -> ")).contains(theirs.get(1));
  }

  private static boolean isPrefix(List<String> prefix, List<String> path) {
    return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  /** {@code Resources.Web.Properties.Ingress[1].IpProtocol} as cfn-lint writes paths: one segment a key or index. */
  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      segments.add(bracket < 0 ? part : part.substring(0, bracket));
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        segments.add(part.substring(bracket + 1, close));
        bracket = part.indexOf('[', close);
      }
    }
    segments.removeIf(String::isEmpty);
    return segments;
  }

  /** cfn-lint's errors by case name, from one run over every file (its start-up is seconds). */
  private static Map<String, List<Finding>> cfnLintErrors(List<String> files) throws Exception {
    List<String> command = new ArrayList<>(List.of(".venv/bin/cfn-lint", "--format", "json", "--regions", "us-east-1", "--"));
    command.addAll(files);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Map<String, List<Finding>> errors = new LinkedHashMap<>();
    for (JsonNode match : JSON.readTree(out)) {
      if (!"Error".equals(match.path("Level").asText())) {
        continue;
      }
      String name = Path.of(match.path("Filename").asText()).getFileName().toString().replaceFirst("\\.json$", "");
      List<String> path = new ArrayList<>();
      match.path("Location").path("Path").forEach(segment -> path.add(segment.asText()));
      errors.computeIfAbsent(name, k -> new ArrayList<>())
          .add(new Finding(match.path("Rule").path("Id").asText(), path, match.path("Message").asText()));
    }
    return errors;
  }
}
