package io.tropo4j.read;

import java.util.List;
import java.util.Map;

/**
 * What makes a node a template, checked as the file is read, so that a wrong shape is one message
 * at its place instead of a surprise in whatever walks the model: a mapping of known sections, a
 * Resources section, and resources, parameters and outputs shaped as CloudFormation requires.
 */
final class TemplateShape {
  /** The sections, in the order CloudFormation's documentation gives them. */
  static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters",
      "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Hooks");

  private final String fileName;

  private TemplateShape(String fileName) {
    this.fileName = fileName;
  }

  static MapNode check(Node root, String fileName) {
    return new TemplateShape(fileName).template(root);
  }

  private MapNode template(Node root) {
    if (!(root instanceof MapNode template)) {
      throw error(root, "a template is a mapping of sections (Resources, Parameters, ...) at the top level, not "
          + kind(root));
    }
    for (Map.Entry<String, Node> section : template.entries().entrySet()) {
      if (!SECTIONS.contains(section.getKey())) {
        throw error(section.getValue(), "'" + section.getKey() + "' is not a template section; the sections are "
            + String.join(", ", SECTIONS));
      }
    }
    Node resources = template.get("Resources");
    if (resources == null) {
      throw error(root, "this is not a CloudFormation template: it has no Resources section");
    }
    MapNode resourceMap = section(template, "Resources");
    if (resourceMap.isEmpty()) {
      throw error(resources, "the Resources section is empty; a template declares at least one resource");
    }
    for (String name : List.of("Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Outputs")) {
      section(template, name);
    }
    resourceMap.entries().forEach(this::resource);
    section(template, "Parameters").entries().forEach(this::parameter);
    section(template, "Outputs").entries().forEach(this::output);
    return template;
  }

  /** The section as a map, or an empty one when the template has none. */
  private MapNode section(MapNode template, String name) {
    Node section = template.get(name);
    if (section == null) {
      return MapNode.empty(template.position());
    }
    if (!(section instanceof MapNode map)) {
      throw error(section, "the " + name + " section must be a mapping of names to definitions, not " + kind(section));
    }
    return map;
  }

  private void resource(String id, Node node) {
    if (id.startsWith("Fn::ForEach::")) {
      return; // a loop of the language extensions: the Transform expands it
    }
    MapNode resource = definition("resource", id, node);
    Node type = resource.get("Type");
    if (type == null) {
      throw error(resource, "resource " + id + " has no Type");
    }
    if (!(type instanceof Scalar scalar) || !scalar.isString()) {
      throw error(type, "the Type of resource " + id + " must be a string such as AWS::S3::Bucket, not " + kind(type));
    }
    Node properties = resource.get("Properties");
    if (properties != null && !(properties instanceof MapNode) && !(properties instanceof Intrinsic)) {
      throw error(properties, "the Properties of resource " + id + " must be a mapping, not " + kind(properties));
    }
    Node dependsOn = resource.get("DependsOn");
    if (dependsOn != null && !isName(dependsOn)
        && !(dependsOn instanceof ListNode list && list.items().stream().allMatch(TemplateShape::isName))) {
      throw error(dependsOn, "the DependsOn of resource " + id + " must be a resource's name or a list of them");
    }
    Node condition = resource.get("Condition");
    if (condition != null && !isName(condition)) {
      throw error(condition, "the Condition of resource " + id + " must be a condition's name, not " + kind(condition));
    }
  }

  private void parameter(String id, Node node) {
    MapNode parameter = definition("parameter", id, node);
    Node type = parameter.get("Type");
    if (type == null) {
      throw error(parameter, "parameter " + id + " has no Type");
    }
    if (!isName(type)) {
      throw error(type, "the Type of parameter " + id + " must be a string such as String, not " + kind(type));
    }
  }

  private void output(String id, Node node) {
    if (id.startsWith("Fn::ForEach::")) {
      return;
    }
    MapNode output = definition("output", id, node);
    if (!output.has("Value")) {
      throw error(output, "output " + id + " has no Value");
    }
  }

  private MapNode definition(String what, String id, Node node) {
    if (!(node instanceof MapNode map)) {
      throw error(node, what + " " + id + " must be a mapping" + (what.equals("resource") ? " with a Type" : "")
          + ", not " + kind(node));
    }
    return map;
  }

  private static boolean isName(Node node) {
    return node instanceof Scalar scalar && scalar.isString();
  }

  /** The node's kind in words, for messages. */
  static String kind(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    if (node instanceof Intrinsic call) {
      return "a function (" + call.name() + ")";
    }
    Scalar scalar = (Scalar) node;
    return switch (scalar.kind()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "an empty value";
    };
  }

  private TemplateReadException error(Node node, String sentence) {
    return new TemplateReadException(fileName, node.position(), sentence);
  }
}
