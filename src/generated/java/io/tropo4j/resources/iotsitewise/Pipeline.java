// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource schema for AWS::IoTSiteWise::Pipeline. A pipeline defines a directed acyclic graph (DAG)
 * of compute nodes, where each node references a task definition and can declare dependencies on
 * other nodes.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Pipeline}.
 */
public final class Pipeline extends Resource<Pipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Pipeline")
      .required("Computations", "PipelineName", "WorkspaceName")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(0).maxLength(2048))
      .constrain("PipelineName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .constrain("WorkspaceName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .refYields("PipelineArn")
      .attributes("PipelineArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Pipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of compute nodes that form the pipeline DAG.
   *
   * <p>Required. CloudFormation property {@code Computations}.
   */
  public Pipeline computations(List<ComputeNode> value) {
    return set("Computations", Value.listOf(value));
  }

  /** Sets {@code Computations} to this value; see {@link #computations(List)}. */
  public Pipeline computations(Value<List<ComputeNode>> value) {
    return set("Computations", value);
  }

  /** Sets {@code Computations} to a list of these; see {@link #computations(List)}. */
  public Pipeline computations(ComputeNode... values) {
    return set("Computations", Value.list(values));
  }

  /**
   * A description of the pipeline.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public Pipeline description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Pipeline description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A map of environment variable key-value pairs.
   *
   * <p>CloudFormation property {@code EnvironmentVariables}.
   */
  public Pipeline environmentVariables(Map<String, String> value) {
    return set("EnvironmentVariables", Value.mapOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
  public Pipeline environmentVariables(Value<Map<String, String>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * The name of the pipeline. Must be unique within the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code PipelineName}.
   */
  public Pipeline pipelineName(String value) {
    return set("PipelineName", Value.of(value));
  }

  /** Sets {@code PipelineName} to this value; see {@link #pipelineName(String)}. */
  public Pipeline pipelineName(Value<String> value) {
    return set("PipelineName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pipeline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Pipeline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Pipeline tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code WorkspaceName}.
   */
  public Pipeline workspaceName(String value) {
    return set("WorkspaceName", Value.of(value));
  }

  /** Sets {@code WorkspaceName} to this value; see {@link #workspaceName(String)}. */
  public Pipeline workspaceName(Value<String> value) {
    return set("WorkspaceName", value);
  }

  /**
   * The ARN of the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PipelineArn}.
   */
  public Value<String> pipelineArn() {
    return getAtt("PipelineArn");
  }

  /**
   * The current lifecycle status of the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A single compute node in a pipeline DAG.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Pipeline.ComputeNode}.
   */
  public static final class ComputeNode extends Struct<ComputeNode> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Pipeline.ComputeNode")
        .required("ComputeNodeName", "TaskName")
        .constrain("ComputeNodeName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .constrain("DependsOn", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .constrain("TaskName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .build();

    public ComputeNode() {
      super(SCHEMA);
    }

    /**
     * The unique name for this compute node within the pipeline.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code ComputeNodeName}.
     */
    public ComputeNode computeNodeName(String value) {
      return set("ComputeNodeName", Value.of(value));
    }

    /** Sets {@code ComputeNodeName} to this value; see {@link #computeNodeName(String)}. */
    public ComputeNode computeNodeName(Value<String> value) {
      return set("ComputeNodeName", value);
    }

    /**
     * A list of compute node names that must complete successfully before this node can start.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code DependsOn}.
     */
    public ComputeNode dependsOn(List<String> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public ComputeNode dependsOn(Value<List<String>> value) {
      return set("DependsOn", value);
    }

    /**
     * A map of environment variable key-value pairs.
     *
     * <p>CloudFormation property {@code EnvironmentVariables}.
     */
    public ComputeNode environmentVariables(Map<String, String> value) {
      return set("EnvironmentVariables", Value.mapOf(value));
    }

    /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
    public ComputeNode environmentVariables(Value<Map<String, String>> value) {
      return set("EnvironmentVariables", value);
    }

    /**
     * The name of the task to execute for this compute node.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code TaskName}.
     */
    public ComputeNode taskName(String value) {
      return set("TaskName", Value.of(value));
    }

    /** Sets {@code TaskName} to this value; see {@link #taskName(String)}. */
    public ComputeNode taskName(Value<String> value) {
      return set("TaskName", value);
    }
  }
}
