package io.tropo4j.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** The resources of the template a stack runs now, as CloudFormation returns it (JSON, as tropo4j sends it). */
record DeployedTemplate(Map<String, Resource> resources) {
  /** @param node the resource's whole definition, to tell whether two templates define it alike */
  record Resource(String type, String deletionPolicy, String updateReplacePolicy, JsonNode node) {}

  /** Empty when the body is not JSON, e.g. a template someone deployed as YAML. */
  static Optional<DeployedTemplate> parse(String body) {
    if (body == null) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JsonNode.parser().parse(body);
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
    Map<String, Resource> resources = new LinkedHashMap<>();
    JsonNode section = root.isObject() ? root.asObject().get("Resources") : null;
    if (section != null && section.isObject()) {
      section.asObject().forEach((id, node) -> {
        if (node.isObject()) {
          resources.put(id, new Resource(text(node, "Type"), text(node, "DeletionPolicy"),
              text(node, "UpdateReplacePolicy"), node));
        }
      });
    }
    return Optional.of(new DeployedTemplate(resources));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.asObject().get(field);
    return value != null && value.isString() ? value.asString() : null;
  }
}
