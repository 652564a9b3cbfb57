package io.tropo4j.deploy;

import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/** What CloudFormation says about a stack: the stack, its resources, the template it runs. */
final class Stacks {
  private final CloudFormationClient cloudFormation;

  Stacks(CloudFormationClient cloudFormation) {
    this.cloudFormation = cloudFormation;
  }

  /** The stack, or empty when CloudFormation has none of that name. */
  Optional<Stack> describe(String name) {
    try {
      return cloudFormation.describeStacks(b -> b.stackName(name)).stacks().stream().findFirst();
    } catch (SdkException e) {
      if (Errors.isMissingStack(e)) {
        return Optional.empty();
      }
      throw Errors.explain(e, "looking up stack " + name);
    }
  }

  /** The stack, which must exist. */
  Stack existing(String name) {
    return describe(name).orElseThrow(() -> new DeployException("stack " + name + " does not exist", name, null,
        NextStep.NONE));
  }

  /** The physical ID of one resource, or empty when the stack does not exist. */
  Optional<String> physicalId(String stackName, String logicalId) {
    if (describe(stackName).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(cloudFormation.describeStackResource(
          b -> b.stackName(stackName).logicalResourceId(logicalId)).stackResourceDetail().physicalResourceId());
    } catch (SdkException e) {
      throw Errors.explain(e, "looking up " + logicalId + " of stack " + stackName);
    }
  }

  /** The physical IDs of the stack's resources of one type, by logical ID, in CloudFormation's order. */
  Map<String, String> physicalIds(String stackName, String type) {
    Map<String, String> ids = new LinkedHashMap<>();
    try {
      for (StackResource resource : cloudFormation.describeStackResources(b -> b.stackName(stackName)).stackResources()) {
        if (type.equals(resource.resourceType()) && resource.physicalResourceId() != null) {
          ids.put(resource.logicalResourceId(), resource.physicalResourceId());
        }
      }
    } catch (SdkException e) {
      throw Errors.explain(e, "listing the resources of stack " + stackName);
    }
    return ids;
  }

  /** The template the stack runs now; empty if it cannot be read. */
  Optional<DeployedTemplate> template(String name) {
    try {
      return DeployedTemplate.parse(cloudFormation.getTemplate(b -> b.stackName(name)).templateBody());
    } catch (SdkException e) {
      return Optional.empty();
    }
  }

  /**
   * The template the stack runs now as it was sent (before any transform), JSON or YAML; a stack
   * that exists has one, so a failure to read it is an error.
   */
  String originalTemplate(String name) {
    try {
      return cloudFormation.getTemplate(b -> b.stackName(name).templateStage(TemplateStage.ORIGINAL)).templateBody();
    } catch (SdkException e) {
      throw Errors.explain(e, "reading the template of stack " + name);
    }
  }

  /**
   * The resources that deleting the stack would keep, as the deployed template says (or ours, if it
   * cannot be read); asked before the delete, while the resources can still be listed.
   */
  List<KeptResource> keptOnDelete(String name, Template ours) {
    Map<String, String> retained = new LinkedHashMap<>();
    Optional<DeployedTemplate> deployed = template(name);
    if (deployed.isPresent()) {
      deployed.get().resources().forEach((id, resource) -> {
        if ("Retain".equals(resource.deletionPolicy())) {
          retained.put(id, resource.type());
        }
      });
    } else {
      ours.resources().stream().filter(r -> r.deletionPolicy() == DeletionPolicy.RETAIN)
          .forEach(r -> retained.put(r.logicalId(), r.type()));
    }
    Map<String, String> physical = new HashMap<>();
    try {
      for (StackResource resource : cloudFormation.describeStackResources(b -> b.stackName(name)).stackResources()) {
        physical.put(resource.logicalResourceId(), resource.physicalResourceId());
      }
    } catch (SdkException e) {
      throw Errors.explain(e, "listing the resources of stack " + name);
    }
    List<KeptResource> kept = new ArrayList<>();
    retained.forEach((id, type) -> {
      if (physical.containsKey(id)) {
        kept.add(new KeptResource(id, type, physical.get(id)));
      }
    });
    return kept;
  }

  /** The value a parameter of the stack has now, as DescribeStacks reports it. */
  static Optional<String> parameter(Stack stack, String key) {
    return stack.parameters().stream().filter(p -> p.parameterKey().equals(key)).findFirst()
        .map(software.amazon.awssdk.services.cloudformation.model.Parameter::parameterValue);
  }

  /** The stack's outputs by key, in CloudFormation's order. */
  static Map<String, String> outputs(Stack stack) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output output : stack.outputs()) {
      outputs.put(output.outputKey(), output.outputValue());
    }
    return Collections.unmodifiableMap(outputs);
  }
}
