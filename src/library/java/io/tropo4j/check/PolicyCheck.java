package io.tropo4j.check;

import io.tropo4j.core.Condition;
import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdateReplacePolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resource attributes and other by-object references: DependsOn and Condition targets, Snapshot
 * only where the type supports it, both data policies on every type that holds data, and parameter groups
 * naming declared parameters.
 */
final class PolicyCheck {
  /** The types CloudFormation can snapshot on delete or replacement. */
  static final Set<String> SNAPSHOT_TYPES = Set.of(
      "AWS::DocDB::DBCluster",
      "AWS::EC2::Volume",
      "AWS::ElastiCache::CacheCluster",
      "AWS::ElastiCache::ReplicationGroup",
      "AWS::ElastiCache::ServerlessCache",
      "AWS::Neptune::DBCluster",
      "AWS::RDS::DBCluster",
      "AWS::RDS::DBInstance",
      "AWS::Redshift::Cluster");

  private PolicyCheck() {}

  static void run(Template template, Names names, List<Problem> problems) {
    for (Resource<?> resource : template.resources()) {
      String path = "Resources." + resource.logicalId();
      for (Resource<?> dependency : resource.dependencies()) {
        if (names.resources.get(dependency.logicalId()) != dependency) {
          problems.add(new Problem(path + ".DependsOn",
              "'" + dependency.logicalId() + "' is not a resource of this template"));
        }
      }
      condition(path + ".Condition", resource.condition(), names, problems);
      if (!SNAPSHOT_TYPES.contains(resource.type())) {
        // Each at the attribute that says Snapshot: the two are separate choices.
        if (resource.deletionPolicy() == DeletionPolicy.SNAPSHOT) {
          noSnapshot(path + ".DeletionPolicy", resource, problems);
        }
        if (resource.updateReplacePolicy() == UpdateReplacePolicy.SNAPSHOT) {
          noSnapshot(path + ".UpdateReplacePolicy", resource, problems);
        }
      }
      if (holdsData(resource)) {
        dataPolicies(path, resource, problems);
      }
    }
    for (Output output : template.outputs()) {
      condition("Outputs." + output.logicalId() + ".Condition", output.condition(), names, problems);
    }
    for (Map.Entry<String, List<Parameter<?>>> group : template.parameterGroups().entrySet()) {
      for (Parameter<?> member : group.getValue()) {
        parameter("Metadata.AWS::CloudFormation::Interface.ParameterGroups[" + group.getKey() + "]", member, names,
            problems);
      }
    }
    for (Parameter<?> labelled : template.parameterLabels().keySet()) {
      parameter("Metadata.AWS::CloudFormation::Interface.ParameterLabels." + labelled.logicalId(),
          labelled, names, problems);
    }
  }

  private static void noSnapshot(String path, Resource<?> resource, List<Problem> problems) {
    problems.add(new Problem(path, "Snapshot is not supported by " + resource.type() + "; use Retain or Delete"));
  }

  /**
   * The schema says so for generated classes; an {@code AWS::Serverless::*} type has no generated
   * class, and its transform passes both policies on to the data resources it makes, so it is known
   * by name here.
   */
  static boolean holdsData(Resource<?> resource) {
    return resource.schema().isStateful() || SERVERLESS_DATA_TYPES.contains(resource.type());
  }

  /** A simple table is a DynamoDB table; an application is a nested stack (AWS::CloudFormation::Stack). */
  static final Set<String> SERVERLESS_DATA_TYPES = Set.of("AWS::Serverless::SimpleTable", "AWS::Serverless::Application");

  /** Data is lost only by an explicit choice: a stateful resource states both policies. */
  private static void dataPolicies(String path, Resource<?> resource, List<Problem> problems) {
    String advice = "; " + resource.type() + " holds data: use retainData(), snapshotData() or an explicit Delete";
    if (resource.deletionPolicy() == null) {
      problems.add(new Problem(path + ".DeletionPolicy", "DeletionPolicy is not set" + advice));
    }
    if (resource.updateReplacePolicy() == null) {
      problems.add(new Problem(path + ".UpdateReplacePolicy", "UpdateReplacePolicy is not set" + advice));
    }
  }

  private static void condition(String path, Condition condition, Names names, List<Problem> problems) {
    if (condition != null && names.conditions.get(condition.logicalId()) != condition) {
      problems.add(new Problem(path, "condition '" + condition.logicalId() + "' is not in the template"));
    }
  }

  private static void parameter(String path, Parameter<?> parameter, Names names, List<Problem> problems) {
    if (names.parameters.get(parameter.logicalId()) != parameter) {
      problems.add(new Problem(path, "parameter '" + parameter.logicalId() + "' is not in the template"));
    }
  }
}
