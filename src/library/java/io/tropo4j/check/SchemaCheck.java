package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Template;
import io.tropo4j.fn.If;
import io.tropo4j.fn.ListValue;
import io.tropo4j.fn.Literal;
import io.tropo4j.fn.Value;
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
    if (value instanceof Literal<?> literal) {
      if (!allowed.isEmpty() && !allowed.contains(literal.value().toString())) {
        problems.add(new Problem(path, "'" + literal.value() + "' is not an allowed value; expected one of "
            + String.join(", ", allowed)));
      }
    } else if (value instanceof Struct<?> struct) {
      struct(path, struct.schema(), struct.properties(), problems);
    } else if (value instanceof ListValue<?> list) {
      List<? extends Value<?>> items = list.items();
      for (int i = 0; i < items.size(); i++) {
        value(path + "[" + i + "]", allowed, items.get(i), problems);
      }
    } else if (value instanceof If<?> choice) {
      value(path, allowed, choice.whenTrue(), problems);
      value(path, allowed, choice.whenFalse(), problems);
    }
  }
}
