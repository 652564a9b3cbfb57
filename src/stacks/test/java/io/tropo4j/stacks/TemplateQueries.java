package io.tropo4j.stacks;

import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Questions the stack tests ask of an emitted template. Each answer lists everything that matches,
 * so a test compares it whole with what it expects: an empty answer fails as surely as a wrong one.
 */
final class TemplateQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateQueries() {}

  /**
   * The template as emitted without its template-wide tags and without the scanners' exemptions:
   * what each resource says of itself. The tags every taggable resource gets are asserted once per
   * stack by {@link #assertStackTags}, the exemptions by {@link #exemptions}.
   */
  static JsonNode resourcesAsBuilt(Template template) {
    Tags tags = template.tags();
    template.tags(null);
    JsonNode root;
    try {
      root = parse(Templates.toJson(template));
    } finally {
      template.tags(tags);
    }
    root.path("Resources").properties().forEach(e -> {
      if (e.getValue().get("Metadata") instanceof ObjectNode metadata) {
        metadata.remove(List.of("checkov", "cfn-lint"));
        if (metadata.isEmpty()) {
          ((ObjectNode) e.getValue()).remove("Metadata");
        }
      }
    });
    return root;
  }

  /** Every scanner exemption of the template, one line each: "LogicalId SCANNER rule", in template order. */
  static List<String> exemptions(Template template) {
    List<String> lines = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      resource.exemptions().forEach(e -> lines.add(resource.logicalId() + " " + e.scanner() + " " + e.rule()));
    }
    return lines;
  }

  /**
   * Every resource whose type carries tags has the stack's Application and Stack tags, in its type's
   * form, and the template's tags are exactly those two.
   */
  static void assertStackTags(Template template, String application) {
    assertEquals(List.of("Application", "Stack"), template.tags().tags().stream().map(Tag::key).toList());
    JsonNode root = parse(Templates.toJson(template));
    List<String> missing = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      String property = resource.schema().tagProperty();
      if (property == null) {
        continue;
      }
      JsonNode tags = root.path("Resources").path(resource.logicalId()).path("Properties").path(property);
      boolean tagged = resource.schema().tagForm() == Schema.TagForm.MAP
          ? application.equals(tags.path("Application").asText())
              && "AWS::StackName".equals(tags.path("Stack").path("Ref").asText())
          : hasTag(tags, "Application", application) && hasTag(tags, "Stack", null);
      if (!tagged) {
        missing.add(resource.logicalId());
      }
    }
    assertEquals(List.of(), missing, "resources without the stack's tags");
  }

  private static boolean hasTag(JsonNode list, String key, String value) {
    for (JsonNode tag : list) {
      if (key.equals(tag.path("Key").asText())) {
        return value == null ? "AWS::StackName".equals(tag.path("Value").path("Ref").asText())
            : value.equals(tag.path("Value").asText());
      }
    }
    return false;
  }

  /** The field names of an object, in order; none for a missing node. */
  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The logical IDs of the template's resources of one type, in template order. */
  /** Every resource's type, by logical ID, sorted by logical ID. */
  static Map<String, String> resourceTypes(JsonNode root) {
    Map<String, String> types = new TreeMap<>();
    root.path("Resources").properties().forEach(e -> types.put(e.getKey(), e.getValue().path("Type").asText()));
    return types;
  }

  static List<String> idsOfType(JsonNode root, String type) {
    List<String> ids = new ArrayList<>();
    root.path("Resources").properties().forEach(e -> {
      if (type.equals(e.getValue().path("Type").asText())) {
        ids.add(e.getKey());
      }
    });
    return ids;
  }

  /** The logical IDs of the resources whose type holds data, as the library's schemas say, in template order. */
  static List<String> statefulIds(Template template) {
    List<String> ids = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      if (resource.schema().isStateful()) {
        ids.add(resource.logicalId());
      }
    }
    return ids;
  }

  /**
   * Every resource that has a DeletionPolicy or an UpdateReplacePolicy, mapped to those two
   * attributes: {@code {"Id": {"DeletionPolicy": ..., "UpdateReplacePolicy": ...}}}.
   */
  static JsonNode retentionPolicies(JsonNode root) {
    ObjectNode policies = JSON.createObjectNode();
    root.path("Resources").properties().forEach(e -> {
      ObjectNode kept = JSON.createObjectNode();
      for (String attribute : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
        if (e.getValue().has(attribute)) {
          kept.set(attribute, e.getValue().get(attribute));
        }
      }
      if (!kept.isEmpty()) {
        policies.set(e.getKey(), kept);
      }
    });
    return policies;
  }

  /**
   * The JSON pointers of every place in the tree that names {@code text}: field names equal to it
   * and string values that contain it, in document order.
   */
  static List<String> placesNaming(JsonNode root, String text) {
    List<String> places = new ArrayList<>();
    collect(root, "", text, places);
    return places;
  }

  private static void collect(JsonNode node, String pointer, String text, List<String> places) {
    if (node.isTextual() && node.asText().contains(text)) {
      places.add(pointer);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        if (field.getKey().equals(text)) {
          places.add(child);
        }
        collect(field.getValue(), child, text, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, text, places);
      }
    }
  }

  /**
   * A copy of the node with the JSON text at the pointer (an ECR lifecycle policy, a secret's
   * string) parsed in place, so a test can compare the whole with one expected tree.
   */
  static JsonNode withJsonTextParsed(JsonNode node, String pointer) {
    JsonNode text = node.at(pointer);
    if (!text.isTextual()) {
      throw new AssertionError("no text at " + pointer + " in " + node);
    }
    JsonNode copy = node.deepCopy();
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) copy.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1), parse(text.textValue()));
    return copy;
  }

  /** A file the stacks module packages (a boot script, a function's source), as text. */
  static String packagedFile(String path) {
    try (InputStream in = TemplateQueries.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("not on the class path: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UserData as a launch template carries a boot script: {@code {"Fn::Base64": {"Fn::Sub": script}}}. */
  static JsonNode userData(String script) {
    ObjectNode sub = JSON.createObjectNode().put("Fn::Sub", script);
    return JSON.createObjectNode().set("Fn::Base64", sub);
  }

  /** UserData with Fn::Sub variables: {@code {"Fn::Base64": {"Fn::Sub": [script, variables]}}}. */
  static JsonNode userData(String script, JsonNode variables) {
    ObjectNode sub = JSON.createObjectNode();
    sub.putArray("Fn::Sub").add(script).add(variables);
    return JSON.createObjectNode().set("Fn::Base64", sub);
  }

  /** The lines of a text, for checking that a script holds one exact line. */
  static List<String> lines(String text) {
    return text.lines().toList();
  }
}
