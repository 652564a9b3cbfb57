package io.tropo4j.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template as read, losslessly: {@link #root()} holds every section as the file had it, in its
 * order; the other methods are views of it for walking (the resources with their attributes, the
 * parameters, the outputs). Two documents are equal when their contents are, whatever format or file
 * they came from.
 */
public final class TemplateDocument {
  public enum Format { JSON, YAML }

  private final String fileName;
  private final Format format;
  private final MapNode root;

  TemplateDocument(String fileName, Format format, MapNode root) {
    this.fileName = fileName;
    this.format = format;
    this.root = root;
  }

  public String fileName() {
    return fileName;
  }

  public Format format() {
    return format;
  }

  /** The whole template: its sections in the file's order. */
  public MapNode root() {
    return root;
  }

  /** A section as the file has it, or empty. */
  public Optional<Node> section(String name) {
    return root.find(name);
  }

  /** A section that is a mapping (Metadata, Parameters, Rules, Mappings, Conditions, Resources, Outputs); empty when absent. */
  public MapNode mapSection(String name) {
    return root.map(name).orElse(MapNode.empty(root.position()));
  }

  public Optional<String> formatVersion() {
    return root.string("AWSTemplateFormatVersion");
  }

  public Optional<String> description() {
    return root.string("Description");
  }

  /** The macros the template names (AWS::Serverless-2016-10-31, AWS::LanguageExtensions, ...), in order. */
  public List<Node> transforms() {
    Node transform = root.get("Transform");
    if (transform == null) {
      return List.of();
    }
    return transform instanceof ListNode list ? list.items() : List.of(transform);
  }

  public MapNode metadata() {
    return mapSection("Metadata");
  }

  public MapNode rules() {
    return mapSection("Rules");
  }

  public MapNode mappings() {
    return mapSection("Mappings");
  }

  public MapNode conditions() {
    return mapSection("Conditions");
  }

  /** The resources by logical ID, in the file's order; language-extension loops ({@code Fn::ForEach::}) are left out. */
  public Map<String, Resource> resources() {
    Map<String, Resource> resources = new LinkedHashMap<>();
    mapSection("Resources").entries().forEach((id, node) -> {
      if (!id.startsWith("Fn::ForEach::")) {
        resources.put(id, new Resource(id, (MapNode) node));
      }
    });
    return Collections.unmodifiableMap(resources);
  }

  public Map<String, Parameter> parameters() {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    mapSection("Parameters").entries().forEach((id, node) -> parameters.put(id, new Parameter(id, (MapNode) node)));
    return Collections.unmodifiableMap(parameters);
  }

  public Map<String, Output> outputs() {
    Map<String, Output> outputs = new LinkedHashMap<>();
    mapSection("Outputs").entries().forEach((id, node) -> {
      if (!id.startsWith("Fn::ForEach::")) {
        outputs.put(id, new Output(id, (MapNode) node));
      }
    });
    return Collections.unmodifiableMap(outputs);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TemplateDocument document && root.equals(document.root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    return fileName + " (" + format + ")";
  }

  /**
   * A resource: its type, properties and attributes. The type is any string, known to tropo4j or not.
   *
   * @param definition the resource's whole mapping (Type, Properties, DependsOn, ...)
   */
  public record Resource(String logicalId, MapNode definition) {
    /** The resource attributes besides Type and Properties, in CloudFormation's documented order. */
    public static final List<String> ATTRIBUTES = List.of("Condition", "DependsOn", "DeletionPolicy",
        "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy", "Metadata");

    public String type() {
      return definition.string("Type").orElseThrow();
    }

    /** The properties; empty when the resource has none. */
    public MapNode properties() {
      return definition.map("Properties").orElse(MapNode.empty(definition.position()));
    }

    /** The resources it depends on, a single name read as a list of one. */
    public List<String> dependsOn() {
      Node node = definition.get("DependsOn");
      if (node == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      for (Node item : node instanceof ListNode list ? list.items() : List.of(node)) {
        names.add(((Scalar) item).text());
      }
      return List.copyOf(names);
    }

    /** The condition it is created under. */
    public Optional<String> condition() {
      return definition.string("Condition");
    }

    /** Delete, Retain, RetainExceptOnCreate or Snapshot, or a function choosing one. */
    public Optional<Node> deletionPolicy() {
      return definition.find("DeletionPolicy");
    }

    public Optional<Node> updateReplacePolicy() {
      return definition.find("UpdateReplacePolicy");
    }

    public Optional<Node> creationPolicy() {
      return definition.find("CreationPolicy");
    }

    public Optional<Node> updatePolicy() {
      return definition.find("UpdatePolicy");
    }

    public Optional<Node> metadata() {
      return definition.find("Metadata");
    }

    /** Any entry of the resource's mapping by name, those tropo4j does not know included. */
    public Optional<Node> attribute(String name) {
      return definition.find(name);
    }

    public Position position() {
      return definition.position();
    }
  }

  /** A parameter's declaration. */
  public record Parameter(String logicalId, MapNode definition) {
    /** Its type as written: String, Number, List&lt;AWS::EC2::Subnet::Id&gt;, AWS::SSM::Parameter::Value&lt;String&gt;, ... */
    public String type() {
      return definition.string("Type").orElseThrow();
    }

    public boolean noEcho() {
      return definition.get("NoEcho") instanceof Scalar scalar
          && (scalar.kind() == Scalar.Kind.BOOLEAN ? scalar.booleanValue() : "true".equalsIgnoreCase(scalar.text()));
    }

    public Optional<Node> defaultValue() {
      return definition.find("Default");
    }

    public Optional<String> description() {
      return definition.string("Description");
    }

    /** Whether CloudFormation takes its value as a comma-separated list. */
    public boolean isList() {
      String type = type();
      return type.equals("CommaDelimitedList") || type.startsWith("List<")
          || type.startsWith("AWS::SSM::Parameter::Value<List<")
          || type.equals("AWS::SSM::Parameter::Value<CommaDelimitedList>");
    }

    public Position position() {
      return definition.position();
    }
  }

  /** An output's declaration. */
  public record Output(String logicalId, MapNode definition) {
    public Node value() {
      return definition.get("Value");
    }

    public Optional<String> description() {
      return definition.string("Description");
    }

    /** The export's name ({@code Export: {Name: ...}}), when the output is exported. */
    public Optional<Node> exportName() {
      return definition.map("Export").flatMap(export -> export.find("Name"));
    }

    public Optional<String> condition() {
      return definition.string("Condition");
    }

    public Position position() {
      return definition.position();
    }
  }
}
