// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::DevOpsAgent::Trigger. A trigger defines an automated action
 * that fires on a schedule within an Agent Space.
 *
 * <p>CloudFormation type {@code AWS::DevOpsAgent::Trigger}.
 */
public final class Trigger extends Resource<Trigger> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Trigger")
      .required("Action", "AgentSpaceId", "Condition", "Type")
      .constrain("AgentSpaceId", Constraint.of().minLength(1).maxLength(255))
      .allowed("Status", "Active", "Inactive")
      .constrain("Status", Constraint.of().minLength(1).maxLength(64))
      .allowed("Type", "TIME_BASED")
      .constrain("Type", Constraint.of().minLength(1).maxLength(64))
      .attributes("Arn", "CreatedAt", "TriggerId", "UpdatedAt")
      .build();

  public Trigger(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action to perform when the trigger fires. A JSON object containing actionType and task.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Action}.
   */
  public Trigger action(Value<Json> value) {
    return set("Action", value);
  }

  /**
   * The unique identifier of the parent Agent Space.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AgentSpaceId}.
   */
  public Trigger agentSpaceId(String value) {
    return set("AgentSpaceId", Value.of(value));
  }

  /** Sets {@code AgentSpaceId} to this value; see {@link #agentSpaceId(String)}. */
  public Trigger agentSpaceId(Value<String> value) {
    return set("AgentSpaceId", value);
  }

  /**
   * The condition that causes the trigger to fire.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Condition}.
   */
  public Trigger conditionProperty(Value<Condition> value) {
    return set("Condition", value);
  }

  /**
   * The status of the trigger. Active triggers fire on schedule; Inactive triggers are paused.
   *
   * <p>Allowed values: {@code Active}, {@code Inactive}. Length: 1 to 64 characters. Default:
   * {@code "Active"}. CloudFormation property {@code Status}.
   */
  public Trigger status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Trigger status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The type of trigger.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code TIME_BASED}. Length: 1
   * to 64 characters. CloudFormation property {@code Type}.
   */
  public Trigger typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Trigger typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the trigger. Nested under the parent Agent Space:
   * arn:&lt;partition&gt;:aidevops:&lt;region&gt;:&lt;account-id&gt;:agentspace/&lt;agentspace-id&gt;/trigger/&lt;trigger-id&gt;.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the trigger was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the trigger (assigned by the service on Create).
   *
   * <p>{@code Fn::GetAtt} attribute {@code TriggerId}.
   */
  public Value<String> triggerId() {
    return getAtt("TriggerId");
  }

  /**
   * The timestamp when the trigger was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The condition that causes the trigger to fire.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Trigger.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Trigger.Condition")
        .required("Schedule")
        .build();

    public Condition() {
      super(SCHEMA);
    }

    /**
     * Schedule configuration for a time-based trigger.
     *
     * <p>Required. CloudFormation property {@code Schedule}.
     */
    public Condition schedule(Value<Schedule> value) {
      return set("Schedule", value);
    }
  }

  /**
   * Schedule configuration for a time-based trigger.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Trigger.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Trigger.Schedule")
        .required("Expression")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * A cron or rate expression that defines when the trigger fires.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Expression}.
     */
    public Schedule expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public Schedule expression(Value<String> value) {
      return set("Expression", value);
    }
  }
}
