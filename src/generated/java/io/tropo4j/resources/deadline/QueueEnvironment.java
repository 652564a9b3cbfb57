// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an environment for a queue that defines how jobs in the queue run.
 *
 * <p>CloudFormation type {@code AWS::Deadline::QueueEnvironment}.
 */
public final class QueueEnvironment extends Resource<QueueEnvironment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::QueueEnvironment")
      .required("FarmId", "Priority", "QueueId", "Template", "TemplateType")
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("Priority", Constraint.of().minimum(0).maximum(10000))
      .constrain("QueueId", Constraint.of().pattern("^queue-[0-9a-f]{32}$"))
      .constrain("Template", Constraint.of().minLength(1).maxLength(15000))
      .allowed("TemplateType", "JSON", "YAML")
      .attributes("Name", "QueueEnvironmentId")
      .build();

  public QueueEnvironment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier assigned to the farm that contains the queue.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public QueueEnvironment farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public QueueEnvironment farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The queue environment's priority.
   *
   * <p>Required. Range: 0 to 10000. CloudFormation property {@code Priority}.
   */
  public QueueEnvironment priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public QueueEnvironment priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The unique identifier of the queue that contains the environment.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^queue-[0-9a-f]{32}$}.
   * CloudFormation property {@code QueueId}.
   */
  public QueueEnvironment queueId(String value) {
    return set("QueueId", Value.of(value));
  }

  /** Sets {@code QueueId} to this value; see {@link #queueId(String)}. */
  public QueueEnvironment queueId(Value<String> value) {
    return set("QueueId", value);
  }

  /**
   * A JSON or YAML template that describes the processing environment for the queue.
   *
   * <p>Required. Length: 1 to 15000 characters. CloudFormation property {@code Template}.
   */
  public QueueEnvironment template(String value) {
    return set("Template", Value.of(value));
  }

  /** Sets {@code Template} to this value; see {@link #template(String)}. */
  public QueueEnvironment template(Value<String> value) {
    return set("Template", value);
  }

  /**
   * Specifies whether the template for the queue environment is JSON or YAML.
   *
   * <p>Required. Allowed values: {@code JSON}, {@code YAML}. CloudFormation property {@code
   * TemplateType}.
   */
  public QueueEnvironment templateType(String value) {
    return set("TemplateType", Value.of(value));
  }

  /** Sets {@code TemplateType} to this value; see {@link #templateType(String)}. */
  public QueueEnvironment templateType(Value<String> value) {
    return set("TemplateType", value);
  }

  /**
   * The name of the queue environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The queue environment ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueueEnvironmentId}.
   */
  public Value<String> queueEnvironmentId() {
    return getAtt("QueueEnvironmentId");
  }
}
