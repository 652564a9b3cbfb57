// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Modifies which task set in a service is the primary task set. Any parameters that are updated on
 * the primary task set in a service will transition to the service. This is used when a service
 * uses the <code>EXTERNAL</code> deployment controller type. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html">Amazon
 * ECS Deployment Types</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ECS::PrimaryTaskSet}.
 */
public final class PrimaryTaskSet extends Resource<PrimaryTaskSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::PrimaryTaskSet")
      .required("Cluster", "Service", "TaskSetId")
      .build();

  public PrimaryTaskSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
   * the task set exists in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Cluster}.
   */
  public PrimaryTaskSet cluster(String value) {
    return set("Cluster", Value.of(value));
  }

  /** Sets {@code Cluster} to this value; see {@link #cluster(String)}. */
  public PrimaryTaskSet cluster(Value<String> value) {
    return set("Cluster", value);
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the service that the task set exists in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Service}.
   */
  public PrimaryTaskSet service(String value) {
    return set("Service", Value.of(value));
  }

  /** Sets {@code Service} to this value; see {@link #service(String)}. */
  public PrimaryTaskSet service(Value<String> value) {
    return set("Service", value);
  }

  /**
   * The short name or full Amazon Resource Name (ARN) of the task set to set as the primary task
   * set in the deployment.
   *
   * <p>Required. CloudFormation property {@code TaskSetId}.
   */
  public PrimaryTaskSet taskSetId(String value) {
    return set("TaskSetId", Value.of(value));
  }

  /** Sets {@code TaskSetId} to this value; see {@link #taskSetId(String)}. */
  public PrimaryTaskSet taskSetId(Value<String> value) {
    return set("TaskSetId", value);
  }
}
