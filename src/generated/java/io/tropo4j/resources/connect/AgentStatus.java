// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Contains information about an agent status.
 *
 * <p>CloudFormation type {@code AWS::Connect::AgentStatus}.
 */
public final class AgentStatus extends Resource<AgentStatus> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::AgentStatus")
      .required("InstanceArn", "Name", "State")
      .constrain("Description", Constraint.of().minLength(1).maxLength(250))
      .constrain("DisplayOrder", Constraint.of().minimum(1).maximum(50))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .allowed("State", "ENABLED", "DISABLED")
      .allowed("Type", "ROUTABLE", "CUSTOM", "OFFLINE")
      .refYields("AgentStatusArn")
      .attributes("AgentStatusArn", "LastModifiedRegion", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AgentStatus(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the agent status.
   *
   * <p>Length: 1 to 250 characters. CloudFormation property {@code Description}.
   */
  public AgentStatus description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AgentStatus description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display order of the agent status.
   *
   * <p>Range: 1 to 50. CloudFormation property {@code DisplayOrder}.
   */
  public AgentStatus displayOrder(int value) {
    return set("DisplayOrder", Value.of(value));
  }

  /** Sets {@code DisplayOrder} to this value; see {@link #displayOrder(int)}. */
  public AgentStatus displayOrder(Value<Integer> value) {
    return set("DisplayOrder", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public AgentStatus instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public AgentStatus instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the agent status.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public AgentStatus name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AgentStatus name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A number indicating the reset order of the agent status.
   *
   * <p>CloudFormation property {@code ResetOrderNumber}.
   */
  public AgentStatus resetOrderNumber(boolean value) {
    return set("ResetOrderNumber", Value.of(value));
  }

  /** Sets {@code ResetOrderNumber} to this value; see {@link #resetOrderNumber(boolean)}. */
  public AgentStatus resetOrderNumber(Value<Boolean> value) {
    return set("ResetOrderNumber", value);
  }

  /**
   * The state of the agent status.
   *
   * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * State}.
   */
  public AgentStatus state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public AgentStatus state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "Tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AgentStatus tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AgentStatus tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AgentStatus tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of agent status.
   *
   * <p>Allowed values: {@code ROUTABLE}, {@code CUSTOM}, {@code OFFLINE}. CloudFormation property
   * {@code Type}.
   */
  public AgentStatus typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public AgentStatus typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the agent status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentStatusArn}.
   */
  public Value<String> agentStatusArn() {
    return getAtt("AgentStatusArn");
  }

  /**
   * The AWS Region where this resource was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * The timestamp when this resource was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }
}
