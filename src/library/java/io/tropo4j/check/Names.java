package io.tropo4j.check;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import java.util.HashMap;
import java.util.Map;

/** The template's declarations by logical ID; the first of duplicates wins (IdentifierCheck reports them). */
final class Names {
  final Map<String, Parameter<?>> parameters = new HashMap<>();
  final Map<String, Resource<?>> resources = new HashMap<>();
  final Map<String, Mapping> mappings = new HashMap<>();
  final Map<String, Condition> conditions = new HashMap<>();

  Names(Template template) {
    // Loops, not forEach: a lambda per section would be linked at start-up (README, Benchmarks).
    for (Parameter<?> p : template.parameters()) {
      parameters.putIfAbsent(p.logicalId(), p);
    }
    for (Resource<?> r : template.resources()) {
      resources.putIfAbsent(r.logicalId(), r);
    }
    for (Mapping m : template.mappings()) {
      mappings.putIfAbsent(m.logicalId(), m);
    }
    for (Condition c : template.conditions()) {
      conditions.putIfAbsent(c.logicalId(), c);
    }
  }
}
