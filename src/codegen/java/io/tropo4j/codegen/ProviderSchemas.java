package io.tropo4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.PropertyType;
import io.tropo4j.codegen.Spec.ResourceType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource provider schemas ({@code schemas.json.gz}, one JSON Schema per resource
 * type), the generator's second source: the constraints on property values that the service
 * specification does not carry (patterns, lengths, ranges, formats, allowed values in lists). A
 * property is found by walking a resource's schema along the specification's own structure.
 */
final class ProviderSchemas {
  private static final ProviderSchemas NONE = new ProviderSchemas(Map.of());

  private final Map<String, JsonNode> schemas;

  private ProviderSchemas(Map<String, JsonNode> schemas) {
    this.schemas = schemas;
  }

  static ProviderSchemas none() {
    return NONE;
  }

  static ProviderSchemas read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      Map<String, JsonNode> schemas = new HashMap<>();
      new ObjectMapper().readTree(in).properties().forEach(e -> schemas.put(e.getKey(), e.getValue()));
      return new ProviderSchemas(schemas);
    }
  }

  /** What the schemas say of one property's value; every part may be absent. */
  record Facts(String pattern, Integer minLength, Integer maxLength, Double minimum, Double maximum, String format,
      List<String> allowed) {
    boolean isEmpty() {
      return pattern == null && minLength == null && maxLength == null && minimum == null && maximum == null
          && format == null && allowed.isEmpty();
    }
  }

  /**
   * A resource's schema (its root, which {@code $ref}s resolve against) and the object schemas of its
   * property types (by specification ID), as far as found.
   */
  record Objects(JsonNode root, Map<String, JsonNode> types) {
    /** The facts of a property of the resource (type null) or of a property type. */
    Facts facts(String typeId, String property) {
      JsonNode object = typeId == null ? root : types.get(typeId);
      return object == null ? null : ProviderSchemas.facts(root, object.path("properties").path(property));
    }
  }

  Objects objects(ResourceType resource) {
    JsonNode root = schemas.get(resource.cloudFormationType());
    Map<String, JsonNode> types = new HashMap<>();
    if (root != null) {
      Map<String, PropertyType> byId = new HashMap<>();
      resource.propertyTypes().forEach(t -> byId.put(t.id(), t));
      walk(root, root, resource.properties(), byId, types, 0);
    }
    return new Objects(root, types);
  }

  private static void walk(JsonNode root, JsonNode object, Map<String, Property> properties,
      Map<String, PropertyType> byId, Map<String, JsonNode> found, int depth) {
    if (depth > 6) {
      return;
    }
    properties.forEach((name, property) -> {
      String id = structId(property.type());
      if (id == null || found.containsKey(id) || !byId.containsKey(id)) {
        return;
      }
      JsonNode sub = resolve(root, object.path("properties").path(name));
      while (sub.has("items") || sub.has("additionalProperties") && sub.path("additionalProperties").isObject()
          && !sub.has("properties")) {
        sub = resolve(root, sub.has("items") ? sub.path("items") : sub.path("additionalProperties"));
      }
      if (sub.has("properties")) {
        found.put(id, sub);
        walk(root, sub, byId.get(id).properties(), byId, found, depth + 1);
      }
    });
  }

  private static String structId(TypeRef type) {
    if (type instanceof TypeRef.Struct struct) {
      return struct.id();
    }
    if (type instanceof TypeRef.ArrayOf list) {
      return structId(list.element());
    }
    return type instanceof TypeRef.MapOf map ? structId(map.element()) : null;
  }

  /** A schema with its {@code $ref} to the definitions followed. */
  static JsonNode resolve(JsonNode root, JsonNode node) {
    for (int hops = 0; node.has("$ref") && hops < 8; hops++) {
      String ref = node.path("$ref").asText();
      if (!ref.startsWith("#/")) {
        break;
      }
      node = root.at(ref.substring(1));
    }
    return node;
  }

  /** A property's facts: of its items when it is a list. Alternatives (oneOf, anyOf) are not judged. */
  static Facts facts(JsonNode root, JsonNode property) {
    JsonNode node = resolve(root, property);
    if (node.isMissingNode() || node.has("oneOf") || node.has("anyOf")) {
      return null;
    }
    if (node.has("items")) {
      node = resolve(root, node.path("items"));
      if (node.has("oneOf") || node.has("anyOf")) {
        return null;
      }
    }
    String pattern = node.has("pattern") ? node.path("pattern").asText() : null;
    if (pattern != null && !javaReads(pattern)) {
      pattern = null;
    }
    List<String> allowed = new ArrayList<>();
    if (node.path("enum").isArray()) {
      for (JsonNode value : node.path("enum")) {
        if (!value.isValueNode() || value.isNull()) {
          allowed.clear();
          break;
        }
        allowed.add(value.asText());
      }
    }
    Facts facts = new Facts(pattern, integer(node, "minLength"), integer(node, "maxLength"), number(node, "minimum"),
        number(node, "maximum"), node.has("format") ? node.path("format").asText() : null, List.copyOf(allowed));
    return facts.isEmpty() ? null : facts;
  }

  /** Whether Java's regular expressions read the pattern (the schemas' are ECMA's, mostly the same). */
  private static boolean javaReads(String pattern) {
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static Integer integer(JsonNode node, String field) {
    return node.path(field).isNumber() ? node.path(field).asInt() : null;
  }

  private static Double number(JsonNode node, String field) {
    return node.path(field).isNumber() ? node.path(field).asDouble() : null;
  }
}
