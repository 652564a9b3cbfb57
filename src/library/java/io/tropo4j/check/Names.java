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
    template.parameters().forEach(p -> parameters.putIfAbsent(p.logicalId(), p));
    template.resources().forEach(r -> resources.putIfAbsent(r.logicalId(), r));
    template.mappings().forEach(m -> mappings.putIfAbsent(m.logicalId(), m));
    template.conditions().forEach(c -> conditions.putIfAbsent(c.logicalId(), c));
  }
}
