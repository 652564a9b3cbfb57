package io.tropo4j.importer;

import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The names a part of a template refers to, which decide what gets a variable and in what order. */
final class References {
  private References() {}

  /** Every name a Ref, GetAtt, FindInMap, Fn::If, Condition or DependsOn names anywhere in the template. */
  static Set<String> names(MapNode root) {
    Set<String> names = new LinkedHashSet<>();
    walk(root, names, true);
    return names;
  }

  /** The resources (and parameters) a resource's definition refers to by Ref, GetAtt or DependsOn. */
  static Set<String> resources(MapNode definition) {
    Set<String> names = new LinkedHashSet<>();
    walk(definition, names, false);
    Node dependsOn = definition.get("DependsOn");
    if (dependsOn != null) {
      for (Node item : dependsOn instanceof ListNode list ? list.items() : java.util.List.of(dependsOn)) {
        if (item instanceof Scalar scalar) {
          names.add(scalar.string());
        }
      }
    }
    return names;
  }

  /** The conditions a condition's expression names. */
  static Set<String> conditions(Node expression) {
    Set<String> names = new LinkedHashSet<>();
    collectConditions(expression, names);
    return names;
  }

  private static void collectConditions(Node node, Set<String> names) {
    if (node instanceof Intrinsic call) {
      if (call.name().equals("Condition") && call.argument() instanceof Scalar name) {
        names.add(name.string());
      }
      collectConditions(call.argument(), names);
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> collectConditions(item, names));
    } else if (node instanceof MapNode map) {
      map.entries().values().forEach(value -> collectConditions(value, names));
    }
  }

  private static void walk(Node node, Set<String> names, boolean all) {
    if (node instanceof Intrinsic call) {
      Node argument = call.argument();
      switch (call.name()) {
        case "Ref" -> addScalar(argument, names);
        case "Fn::GetAtt", "Fn::FindInMap", "Fn::If" -> {
          if (argument instanceof ListNode list && !list.items().isEmpty()
              && (all || call.name().equals("Fn::GetAtt"))) {
            addScalar(list.get(0), names);
          }
        }
        case "Condition" -> {
          if (all) {
            addScalar(argument, names);
          }
        }
        default -> { }
      }
      walk(argument, names, all);
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) {
        walk(item, names, all);
      }
    } else if (node instanceof MapNode map) {
      for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
        if (all && (entry.getKey().equals("Condition") || entry.getKey().equals("DependsOn"))) {
          Node value = entry.getValue();
          for (Node item : value instanceof ListNode list ? list.items() : java.util.List.of(value)) {
            addScalar(item, names);
          }
        }
        walk(entry.getValue(), names, all);
      }
    }
  }

  private static void addScalar(Node node, Set<String> names) {
    if (node instanceof Scalar scalar && scalar.kind() != Scalar.Kind.NULL) {
      names.add(scalar.string());
    }
  }
}
