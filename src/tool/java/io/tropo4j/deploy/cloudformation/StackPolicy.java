package io.tropo4j.deploy.cloudformation;

import io.tropo4j.core.NestedTemplate;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.resources.StatefulTypes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The stack policy the deployer sets: every resource whose type the specification marks as holding
 * data refuses Update:Replace and Update:Delete, whoever updates the stack; everything else may be
 * updated. CloudFormation applies a stack policy to updates only (not to deleting the stack, which
 * termination protection guards). Internal.
 */
public final class StackPolicy {
  private StackPolicy() {}

  /** The resources of the template that hold data, by logical ID, in order. */
  public static Map<String, String> dataResources(Template template) {
    Map<String, String> data = new TreeMap<>();
    for (Resource<?> resource : template.resources()) {
      // A nested stack holds data when its template does, which the parent knows; its type alone says it may.
      boolean holdsData = resource instanceof NestedTemplate ? resource.schema().isStateful()
          : StatefulTypes.contains(resource.type());
      if (holdsData) {
        data.put(resource.logicalId(), resource.type());
      }
    }
    return data;
  }

  /** As {@link #dataResources(Template)}, for a template as CloudFormation holds it. */
  public static Map<String, String> dataResources(TemplateDocument template) {
    Map<String, String> data = new TreeMap<>();
    template.resources().forEach((id, resource) -> {
      if (StatefulTypes.contains(resource.type())) {
        data.put(id, resource.type());
      }
    });
    return data;
  }

  /**
   * The policy's JSON: updates allowed, except replacing or removing the protected resources; empty
   * when nothing is protected. Logical IDs are alphanumeric, so they need no escaping.
   */
  public static Optional<String> body(Collection<String> protectedIds) {
    if (protectedIds.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder json = new StringBuilder("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\","
        + "\"Principal\":\"*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":[\"Update:Replace\","
        + "\"Update:Delete\"],\"Principal\":\"*\",\"Resource\":[");
    String separator = "";
    for (String id : protectedIds) {
      json.append(separator).append("\"LogicalResourceId/").append(id).append('"');
      separator = ",";
    }
    return Optional.of(json.append("]}]}").toString());
  }

  /** Sets the stack's policy, replacing the one it had. */
  public static void set(CloudFormationClient cloudFormation, String stackName, String body) {
    try {
      cloudFormation.setStackPolicy(b -> b.stackName(stackName).stackPolicyBody(body));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "setting the stack policy of stack " + stackName);
    }
  }

  /** The stack's policy as set, or empty when it has none. */
  public static Optional<String> get(CloudFormationClient cloudFormation, String stackName) {
    try {
      String body = cloudFormation.getStackPolicy(b -> b.stackName(stackName)).stackPolicyBody();
      return body == null || body.isEmpty() ? Optional.empty() : Optional.of(body);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "reading the stack policy of stack " + stackName);
    }
  }

  /** Turns the stack's termination protection on or off. */
  public static void protect(CloudFormationClient cloudFormation, String stackName, boolean on) {
    try {
      cloudFormation.updateTerminationProtection(b -> b.stackName(stackName).enableTerminationProtection(on));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "turning " + (on ? "on" : "off") + " termination protection of stack " + stackName);
    }
  }
}
