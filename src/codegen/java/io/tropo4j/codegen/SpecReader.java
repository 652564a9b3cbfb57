package io.tropo4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.codegen.Spec.Attribute;
import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.PropertyType;
import io.tropo4j.codegen.Spec.Relationship;
import io.tropo4j.codegen.Spec.Replacement;
import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import io.tropo4j.codegen.Spec.Tagging;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the specification database ({@code db.json.gz} of {@code @aws-cdk/aws-service-spec}): a graph of
 * entities (services, resources, type definitions) joined by relations (hasResource, usesType).
 * Services, resources and properties come out sorted by name, so generation does not depend on the
 * order of the file.
 */
final class SpecReader {
  private final Map<String, JsonNode> typeDefinitions = new HashMap<>();

  private SpecReader() {}

  static Spec read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream json = file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
      return read(json);
    }
  }

  static Spec read(InputStream json) throws IOException {
    JsonNode schema = new ObjectMapper().readTree(json).path("schema");
    if (!schema.has("resource")) {
      throw new IOException("not a service specification database: no schema.resource");
    }
    return new SpecReader().read(schema);
  }

  private Spec read(JsonNode schema) {
    for (JsonNode type : schema.path("typeDefinition").path("entities")) {
      typeDefinitions.put(type.path("$id").asText(), type);
    }
    Map<String, JsonNode> resources = new HashMap<>();
    for (JsonNode resource : schema.path("resource").path("entities")) {
      resources.put(resource.path("$id").asText(), resource);
    }
    JsonNode hasResource = schema.path("hasResource").path("forward");
    JsonNode usesType = schema.path("usesType").path("forward");
    List<Service> services = new ArrayList<>();
    for (JsonNode service : schema.path("service").path("entities")) {
      List<ResourceType> types = new ArrayList<>();
      for (JsonNode link : hasResource.path(service.path("$id").asText())) {
        String id = link.path("$id").asText();
        types.add(resource(resources.get(id), usesType.path(id)));
      }
      if (!types.isEmpty()) {
        types.sort(Comparator.comparing(ResourceType::cloudFormationType));
        services.add(new Service(service.path("shortName").asText(),
            service.path("cloudFormationNamespace").asText(), List.copyOf(types)));
      }
    }
    services.sort(Comparator.comparing(Service::shortName));
    return new Spec(List.copyOf(services));
  }

  private ResourceType resource(JsonNode node, JsonNode usedTypes) {
    List<PropertyType> propertyTypes = new ArrayList<>();
    for (JsonNode link : usedTypes) {
      String id = link.path("$id").asText();
      JsonNode type = typeDefinitions.get(id);
      propertyTypes.add(new PropertyType(id, type.path("name").asText(), text(type, "documentation"),
          properties(type.path("properties"))));
    }
    propertyTypes.sort(Comparator.comparing(PropertyType::name));
    Map<String, Attribute> attributes = new TreeMap<>();
    node.path("attributes").properties().forEach(e ->
        attributes.put(e.getKey(), new Attribute(type(e.getValue().path("type")), text(e.getValue(), "documentation"))));
    JsonNode refIdentifier = node.has("cfnRefIdentifier") ? node.path("cfnRefIdentifier") : node.path("primaryIdentifier");
    return new ResourceType(
        node.path("cloudFormationType").asText(),
        node.path("name").asText(),
        text(node, "documentation"),
        properties(node.path("properties")),
        attributes,
        strings(refIdentifier),
        tagging(node.path("tagInformation")),
        node.path("isStateful").asBoolean(false),
        List.copyOf(propertyTypes));
  }

  private static Tagging tagging(JsonNode info) {
    if (info.isMissingNode()) {
      return null;
    }
    Tagging.Variant variant = switch (info.path("variant").asText()) {
      case "map" -> Tagging.Variant.MAP;
      case "asg" -> Tagging.Variant.AUTOSCALING;
      default -> Tagging.Variant.STANDARD;
    };
    return new Tagging(info.path("tagPropertyName").asText(), variant);
  }

  private Map<String, Property> properties(JsonNode node) {
    Map<String, Property> properties = new TreeMap<>();
    node.properties().forEach(e -> properties.put(e.getKey(), property(e.getValue())));
    return properties;
  }

  private Property property(JsonNode node) {
    JsonNode type = node.path("type");
    List<String> allowed = strings(type.has("allowedValues") ? type.path("allowedValues")
        : type.path("element").path("allowedValues"));
    List<Relationship> relationships = new ArrayList<>();
    for (JsonNode ref : node.path("relationshipRefs")) {
      relationships.add(new Relationship(ref.path("cloudFormationType").asText(), ref.path("propertyName").asText()));
    }
    Replacement replacement = switch (node.path("causesReplacement").asText("no")) {
      case "yes" -> Replacement.YES;
      case "maybe" -> Replacement.MAYBE;
      default -> Replacement.NONE;
    };
    return new Property(type(type), text(node, "documentation"), node.path("required").asBoolean(false),
        replacement, allowed, text(node, "defaultValue"), node.has("deprecated"), List.copyOf(relationships));
  }

  private TypeRef type(JsonNode node) {
    String kind = node.path("type").asText();
    return switch (kind) {
      case "string", "integer", "number", "boolean", "json" -> new TypeRef.Primitive(kind);
      case "date-time" -> TypeRef.STRING;
      case "tag" -> new TypeRef.TagType();
      case "ref" -> new TypeRef.Struct(node.path("reference").path("$ref").asText());
      case "array" -> new TypeRef.ArrayOf(type(node.path("element")));
      case "map" -> new TypeRef.MapOf(type(node.path("element")));
      case "union" -> {
        List<TypeRef> members = new ArrayList<>();
        node.path("types").forEach(t -> members.add(type(t)));
        yield new TypeRef.Union(List.copyOf(members));
      }
      default -> throw new IllegalArgumentException("unknown type '" + kind + "' in " + node);
    };
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return List.copyOf(values);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
