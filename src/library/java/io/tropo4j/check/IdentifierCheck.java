package io.tropo4j.check;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Rule;
import io.tropo4j.core.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Logical IDs: alphanumeric, at most 255 characters, unique in their section and among Refs. */
final class IdentifierCheck {
  static final int MAX_LENGTH = 255;

  private IdentifierCheck() {}

  static void run(Template template, List<Problem> problems) {
    section("Parameters", template.parameters().stream().map(Parameter::logicalId).toList(), problems);
    section("Mappings", template.mappings().stream().map(Mapping::logicalId).toList(), problems);
    section("Conditions", template.conditions().stream().map(Condition::logicalId).toList(), problems);
    section("Rules", template.rules().stream().map(Rule::logicalId).toList(), problems);
    section("Resources", template.resources().stream().map(r -> r.logicalId()).toList(), problems);
    section("Outputs", template.outputs().stream().map(Output::logicalId).toList(), problems);
    if (template.resources().isEmpty()) {
      problems.add(new Problem("Resources", "a template needs at least one resource"));
    }
    // Parameters and resources share one namespace: Ref and ${Name} reach both.
    Set<String> parameterIds = new HashSet<>();
    template.parameters().forEach(p -> parameterIds.add(p.logicalId()));
    for (Resource<?> resource : template.resources()) {
      if (parameterIds.contains(resource.logicalId())) {
        problems.add(new Problem("Resources." + resource.logicalId(),
            "logical ID is also a parameter's; Ref could not tell them apart"));
      }
    }
  }

  private static void section(String section, List<String> ids, List<Problem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (String id : ids) {
      String path = section + "." + id;
      if (!isAlphanumeric(id)) {
        problems.add(new Problem(path, "logical ID must be alphanumeric (A-Za-z0-9)"));
      }
      if (id.length() > MAX_LENGTH) {
        problems.add(new Problem(path,
            "logical ID is " + id.length() + " characters; the limit is " + MAX_LENGTH));
      }
      if (seen.merge(id, 1, Integer::sum) == 2) {
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
