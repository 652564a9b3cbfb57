package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.KeptResource;
import io.tropo4j.deploy.NextStep;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReadException;
import io.tropo4j.read.TemplateReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/** What CloudFormation says about a stack: the stack, its resources, the template it runs. Internal. */
public final class Stacks {
  private final CloudFormationClient cloudFormation;

  public Stacks(CloudFormationClient cloudFormation) {
    this.cloudFormation = cloudFormation;
  }

  /** The stack (by name, or by ID for one that may be deleted), or empty when CloudFormation has none. */
  public Optional<Stack> describe(String nameOrId) {
    try {
      return cloudFormation.describeStacks(b -> b.stackName(nameOrId)).stacks().stream().findFirst();
    } catch (SdkException e) {
      if (AwsCalls.isMissingStack(e)) {
        return Optional.empty();
      }
      throw AwsCalls.failure(e, "looking up stack " + nameOrId);
    }
  }

  /** The stack, which must exist. */
  public Stack existing(String name) {
    return describe(name).filter(s -> !"DELETE_COMPLETE".equals(s.stackStatusAsString()))
        .orElseThrow(() -> new DeployException("stack " + name + " does not exist", name, null, NextStep.CREATE));
  }

  /**
   * The stack's resources by logical ID, in CloudFormation's order; empty when the stack is not there.
   * ListStackResources, page by page: DescribeStackResources answers with the first 100 only.
   */
  public Map<String, StackResourceSummary> resources(String stackName) {
    Map<String, StackResourceSummary> resources = new LinkedHashMap<>();
    try {
      String token = null;
      do {
        String page = token;
        ListStackResourcesResponse response = cloudFormation.listStackResources(b -> b.stackName(stackName)
            .nextToken(page));
        for (StackResourceSummary resource : response.stackResourceSummaries()) {
          resources.put(resource.logicalResourceId(), resource);
        }
        token = response.nextToken();
      } while (token != null);
    } catch (SdkException e) {
      if (!AwsCalls.isMissingStack(e)) {
        throw AwsCalls.failure(e, "listing the resources of stack " + stackName);
      }
    }
    return resources;
  }

  /** The physical ID of one resource; empty when the stack or the resource is not there (yet). */
  public Optional<String> physicalId(String stackName, String logicalId) {
    return Optional.ofNullable(resources(stackName).get(logicalId)).map(StackResourceSummary::physicalResourceId);
  }

  /** The physical IDs of the stack's resources of one type, by logical ID, in CloudFormation's order. */
  public Map<String, String> physicalIds(String stackName, String type) {
    Map<String, String> ids = new LinkedHashMap<>();
    resources(stackName).forEach((id, resource) -> {
      if (type.equals(resource.resourceType()) && resource.physicalResourceId() != null) {
        ids.put(id, resource.physicalResourceId());
      }
    });
    return ids;
  }

  /** The template the stack runs now, as it was sent (before any transform), JSON or YAML. */
  public String originalTemplate(String name) {
    try {
      return cloudFormation.getTemplate(b -> b.stackName(name).templateStage(TemplateStage.ORIGINAL)).templateBody();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "reading the template of stack " + name);
    }
  }

  /** The template the stack runs now, read; one sentence when it cannot be read. */
  public TemplateDocument template(String name) {
    return read(originalTemplate(name), "the template stack " + name + " runs");
  }

  /** A template's text, read; one sentence with its line and column when it cannot be. */
  public static TemplateDocument read(String body, String what) {
    try {
      return TemplateReader.read(body, what);
    } catch (TemplateReadException e) {
      throw new DeployException(what + " cannot be read: line " + e.line() + ", column " + e.column() + ": "
          + e.sentence(), e);
    }
  }

  /**
   * The resources that deleting the stack keeps, as the template it runs says (DeletionPolicy Retain),
   * with their physical IDs; asked before the delete, while the resources can still be listed.
   */
  public List<KeptResource> keptOnDelete(String name, TemplateDocument deployed) {
    Map<String, StackResourceSummary> resources = resources(name);
    List<KeptResource> kept = new ArrayList<>();
    deployed.resources().forEach((id, resource) -> {
      boolean retained = resource.deletionPolicy().filter(p -> p instanceof Scalar)
          .map(p -> ((Scalar) p).string()).filter("Retain"::equals).isPresent();
      StackResourceSummary there = resources.get(id);
      if (retained && there != null && there.physicalResourceId() != null) {
        kept.add(new KeptResource(id, resource.type(), there.physicalResourceId()));
      }
    });
    return kept;
  }

  /** The value a parameter of the stack has now, as DescribeStacks reports it. */
  public static Optional<String> parameter(Stack stack, String key) {
    return stack.parameters().stream().filter(p -> p.parameterKey().equals(key)).findFirst()
        .map(software.amazon.awssdk.services.cloudformation.model.Parameter::parameterValue);
  }

  /** The stack's outputs by key, in CloudFormation's order. */
  public static Map<String, String> outputs(Stack stack) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output output : stack.outputs()) {
      outputs.put(output.outputKey(), output.outputValue());
    }
    return Collections.unmodifiableMap(outputs);
  }
}
