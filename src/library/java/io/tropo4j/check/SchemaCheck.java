package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Template;
import io.tropo4j.fn.NamedCondition;
import io.tropo4j.fn.Value;
import io.tropo4j.fn.Visitor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Required properties and allowed values, in resources and every nested property type. */
final class SchemaCheck {
  private SchemaCheck() {}

  static void run(Template template, List<Problem> problems) {
    for (Resource<?> resource : template.resources()) {
      String path = "Resources." + resource.logicalId() + ".Properties";
      struct(path, resource.schema(), resource.properties(), problems);
    }
  }

  private static void struct(
      String path, Schema schema, Map<String, Value<?>> properties, List<Problem> problems) {
    for (String name : schema.required()) {
      if (!properties.containsKey(name)) {
        problems.add(new Problem(path + "." + name,
            "required property is missing (" + schema.typeName() + ")"));
      }
    }
    for (Map.Entry<String, Value<?>> property : properties.entrySet()) {
      String name = property.getKey();
      value(path + "." + name, schema.allowedValues(name), property.getValue(), problems);
    }
  }

  private static void value(String path, Set<String> allowed, Value<?> value, List<Problem> problems) {
    if (value instanceof Struct<?> struct) {
      struct(path, struct.schema(), struct.properties(), problems);
    } else {
      new PropertyValue(path, allowed, problems).visitValue(value);
    }
  }

  /** A property's value against the values it allows: a literal, each list item, both branches of Fn::If. */
  private record PropertyValue(String path, Set<String> allowed, List<Problem> problems) implements Visitor {
    @Override
    public void literal(Object literal) {
      if (!allowed.isEmpty() && !allowed.contains(literal.toString())) {
        problems.add(new Problem(path, "'" + literal + "' is not an allowed value; expected one of "
            + String.join(", ", allowed)));
      }
    }

    @Override
    public void list(List<? extends Value<?>> items) {
      for (int i = 0; i < items.size(); i++) {
        value(path + "[" + i + "]", allowed, items.get(i), problems);
      }
    }

    @Override
    public void ifThen(NamedCondition condition, Value<?> whenTrue, Value<?> whenFalse) {
      // At the branch, as the template holds it: Fn::If's arguments are [condition, true, false].
      value(path + ".Fn::If[1]", allowed, whenTrue, problems);
      value(path + ".Fn::If[2]", allowed, whenFalse, problems);
    }
  }
}
