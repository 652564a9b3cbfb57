package io.tropo4j.importer;

import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Position;
import io.tropo4j.read.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's model with the differences CloudFormation ignores taken out, and only those (the
 * README lists them): a scalar is the text CloudFormation passes on, so {@code "80"} and {@code 80}
 * are one value, and numbers compare by value ({@code 1.50} and {@code 1.5}); the format version is
 * left out (tropo4j always writes 2010-09-09, the only one there is); empty sections, an empty
 * Properties or Metadata, are left out; DependsOn of one name is a list of one; a Transform of one
 * macro is the macro; {@code !GetAZs} with no argument is {@code !GetAZs ""}, the stack's region.
 */
final class Normalised {
  private static final Position NOWHERE = new Position(0, 0);

  private Normalised() {}

  static MapNode template(MapNode root) {
    Map<String, Node> sections = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : root.entries().entrySet()) {
      String name = entry.getKey();
      Node value = entry.getValue();
      if (name.equals("AWSTemplateFormatVersion") || value instanceof MapNode map && map.isEmpty()) {
        continue;
      }
      if (name.equals("Transform") && value instanceof ListNode list && list.size() == 1) {
        value = list.get(0);
      }
      if (name.equals("Resources") && value instanceof MapNode resources) {
        Map<String, Node> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, Node> resource : resources.entries().entrySet()) {
          normalised.put(resource.getKey(), resource(resource.getValue()));
        }
        value = new MapNode(normalised, NOWHERE);
      }
      sections.put(name, node(value));
    }
    return new MapNode(sections, NOWHERE);
  }

  private static Node resource(Node node) {
    if (!(node instanceof MapNode definition)) {
      return node;
    }
    Map<String, Node> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : definition.entries().entrySet()) {
      Node value = entry.getValue();
      boolean empty = value instanceof MapNode map && map.isEmpty();
      if (empty && (entry.getKey().equals("Properties") || entry.getKey().equals("Metadata"))) {
        continue;
      }
      if (entry.getKey().equals("DependsOn") && value instanceof Scalar) {
        value = new ListNode(List.of(value), NOWHERE);
      }
      attributes.put(entry.getKey(), value);
    }
    return new MapNode(attributes, NOWHERE);
  }

  static Node node(Node node) {
    if (node instanceof Scalar scalar) {
      if (scalar.kind() == Scalar.Kind.NULL) {
        return scalar;
      }
      String text = scalar.string();
      if (scalar.kind() == Scalar.Kind.NUMBER) {
        try {
          BigDecimal value = new BigDecimal(text);
          text = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          // a YAML number Java does not read (0x1F, 1_000): compared as written
        }
      }
      return Scalar.string(text, NOWHERE);
    }
    if (node instanceof ListNode list) {
      List<Node> items = new ArrayList<>();
      for (Node item : list.items()) {
        items.add(node(item));
      }
      return new ListNode(items, NOWHERE);
    }
    if (node instanceof MapNode map) {
      Map<String, Node> entries = new LinkedHashMap<>();
      for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
        entries.put(entry.getKey(), node(entry.getValue()));
      }
      return new MapNode(entries, NOWHERE);
    }
    Intrinsic call = (Intrinsic) node;
    if (call.name().equals("Fn::GetAZs") && call.argument() instanceof Scalar region && region.kind() == Scalar.Kind.NULL) {
      return new Intrinsic(call.name(), Scalar.string("", NOWHERE), NOWHERE); // !GetAZs with no region: the stack's
    }
    return new Intrinsic(call.name(), node(call.argument()), NOWHERE);
  }

  /** The first place the two differ, as a path, for a failure's message; null when equal. */
  static String firstDifference(Node expected, Node actual, String path) {
    if (expected.equals(actual)) {
      return null;
    }
    if (expected instanceof MapNode a && actual instanceof MapNode b) {
      for (String key : a.keys()) {
        if (!b.has(key)) {
          return path + "." + key + " is missing";
        }
        String difference = firstDifference(a.get(key), b.get(key), path + "." + key);
        if (difference != null) {
          return difference;
        }
      }
      for (String key : b.keys()) {
        if (!a.has(key)) {
          return path + "." + key + " was added";
        }
      }
    }
    if (expected instanceof ListNode a && actual instanceof ListNode b && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        String difference = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
        if (difference != null) {
          return difference;
        }
      }
    }
    if (expected instanceof Intrinsic a && actual instanceof Intrinsic b && a.name().equals(b.name())) {
      return firstDifference(a.argument(), b.argument(), path + "." + a.name());
    }
    String was = expected.toJson();
    String is = actual.toJson();
    return path + ": " + (was.length() > 120 ? was.substring(0, 120) + "..." : was) + " became "
        + (is.length() > 120 ? is.substring(0, 120) + "..." : is);
  }
}
