package io.tropo4j.check;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Rule;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Logical IDs: alphanumeric, at most 255 characters, unique in their section and among Refs. */
final class IdentifierCheck {
  static final int MAX_LENGTH = 255;

  private IdentifierCheck() {}

  static void run(Template template, List<Problem> problems) {
    // Loops, not streams: this runs first in a command-line process, where the stream machinery's
    // first use costs more than every check together.
    List<String> ids = new ArrayList<>();
    for (Parameter<?> parameter : template.parameters()) {
      ids.add(parameter.logicalId());
    }
    section("Parameters", ids, problems);
    ids.clear();
    for (Mapping mapping : template.mappings()) {
      ids.add(mapping.logicalId());
    }
    section("Mappings", ids, problems);
    ids.clear();
    for (Condition condition : template.conditions()) {
      ids.add(condition.logicalId());
    }
    section("Conditions", ids, problems);
    ids.clear();
    for (Rule rule : template.rules()) {
      ids.add(rule.logicalId());
    }
    section("Rules", ids, problems);
    ids.clear();
    for (Resource<?> resource : template.resources()) {
      ids.add(resource.logicalId());
    }
    section("Resources", ids, problems);
    ids.clear();
    for (Output output : template.outputs()) {
      ids.add(output.logicalId());
    }
    section("Outputs", ids, problems);
    if (template.resources().isEmpty()) {
      problems.add(new Problem("Resources", "a template needs at least one resource"));
    }
    // Parameters and resources share one namespace: Ref and ${Name} reach both.
    Set<String> parameterIds = new HashSet<>();
    for (Parameter<?> p : template.parameters()) {
      parameterIds.add(p.logicalId());
    }
    for (Resource<?> resource : template.resources()) {
      if (parameterIds.contains(resource.logicalId())) {
        problems.add(new Problem("Resources." + resource.logicalId(),
            "logical ID is also a parameter's; Ref could not tell them apart"));
      }
    }
  }

  private static void section(String section, List<String> ids, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String id : ids) {
      String path = section + "." + id;
      if (!isAlphanumeric(id)) {
        problems.add(new Problem(path, "logical ID must be alphanumeric (A-Za-z0-9)"));
      }
      if (id.length() > MAX_LENGTH) {
        problems.add(new Problem(path,
            "logical ID is " + id.length() + " characters; the limit is " + MAX_LENGTH));
      }
      if (!seen.add(id) && reported.add(id)) {
        problems.add(new Problem(path, "logical ID is declared more than once in " + section));
      }
    }
  }

  static boolean isAlphanumeric(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
