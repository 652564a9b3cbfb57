package io.tropo4j.check;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Template;
import io.tropo4j.fn.NamedCondition;
import io.tropo4j.fn.Referable;
import io.tropo4j.fn.Value;
import io.tropo4j.fn.Visitor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Required properties, allowed values, the resource provider schemas' constraints on literals (pattern,
 * length, range, format) and the resources' values a property takes, in resources and every nested
 * property type.
 */
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
      value(new Rules(path + "." + name, name, schema.allowedValues(name), schema.constraint(name),
          schema.references(name), problems), property.getValue());
    }
  }

  private static void value(Rules rules, Value<?> value) {
    if (value instanceof Struct<?> struct) {
      struct(rules.path(), struct.schema(), struct.properties(), rules.problems());
    } else {
      new PropertyValue(rules).visitValue(value);
    }
  }

  /** What a property's values are held to, and where to report. */
  private record Rules(String path, String property, Set<String> allowed, Constraint constraint, Set<String> takes,
      List<Problem> problems) {
    Rules at(String subPath) {
      return new Rules(subPath, property, allowed, constraint, takes, problems);
    }
  }

  /**
   * A property's value against what it allows: a literal (its allowed values and constraints), each list
   * item, both branches of Fn::If, and the resource value a Ref or Fn::GetAtt gives it.
   */
  private record PropertyValue(Rules rules) implements Visitor {
    @Override
    public void literal(Object literal) {
      String path = rules.path();
      Set<String> allowed = rules.allowed();
      if (!allowed.isEmpty() && !allowed.contains(literal.toString())) {
        rules.problems().add(new Problem(path, "'" + literal + "' is not an allowed value; expected one of "
            + String.join(", ", allowed)));
        return;
      }
      if (rules.constraint() != null) {
        Constraints.check(path, literal, rules.constraint(), rules.problems());
      }
    }

    @Override
    public void ref(String name, Referable target) {
      if (target instanceof Resource<?> resource) {
        String yields = resource.schema().refYields();
        if (yields != null) {
          References.check(rules.path(), rules.property(), rules.takes(), resource, "Ref", yields, rules.problems());
        }
      }
    }

    @Override
    public void getAtt(Referable target, String attribute) {
      if (target instanceof Resource<?> resource) {
        References.check(rules.path(), rules.property(), rules.takes(), resource, "Fn::GetAtt", attribute,
            rules.problems());
      }
    }

    @Override
    public void list(List<? extends Value<?>> items) {
      for (int i = 0; i < items.size(); i++) {
        value(rules.at(rules.path() + "[" + i + "]"), items.get(i));
      }
    }

    @Override
    public void ifThen(NamedCondition condition, Value<?> whenTrue, Value<?> whenFalse) {
      // At the branch, as the template holds it: Fn::If's arguments are [condition, true, false].
      value(rules.at(rules.path() + ".Fn::If[1]"), whenTrue);
      value(rules.at(rules.path() + ".Fn::If[2]"), whenFalse);
    }
  }
}
