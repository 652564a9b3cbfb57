// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::WellArchitected::AgentGoal. An Agent Goal expresses a Well-Architected
 * objective (a title, optional description, and the pillars it targets) within an Agent Profile,
 * used to focus Well-Architected Agent recommendations.
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::AgentGoal}.
 */
public final class AgentGoal extends Resource<AgentGoal> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::AgentGoal")
      .required("Pillars", "ProfileArn", "Title")
      .constrain("Description", Constraint.of().pattern("^(?:(?!\\$\\{[a-zA-Z]+:)[\\P{C}])+$").minLength(1).maxLength(4000))
      .allowed("Pillars", "COST_OPTIMIZATION", "SECURITY", "RESILIENCE", "PERFORMANCE",
          "OPERATIONAL_EXCELLENCE")
      .constrain("ProfileArn", Constraint.of().pattern("^arn:aws([a-z0-9-]+)?:wellarchitected:[a-z0-9-]{6,64}:[0-9]{12}:agent-profile/[a-zA-Z0-9_-]+$").minLength(1).maxLength(2048))
      .constrain("Title", Constraint.of().pattern("^(?:(?!\\$\\{[a-zA-Z]+:)[\\P{C}])+$").minLength(1).maxLength(1000))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "Id", "LastModifiedAt", "LastModifiedBy")
      .build();

  public AgentGoal(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the Agent Goal.
   *
   * <p>Length: 1 to 4000 characters. Pattern: {@code ^(?:(?!&#92;$&#92;{[a-zA-Z]+:)[&#92;P{C}])+$}.
   * CloudFormation property {@code Description}.
   */
  public AgentGoal description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AgentGoal description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The list of Well-Architected pillars this goal targets.
   *
   * <p>Required. Allowed values: {@code COST_OPTIMIZATION}, {@code SECURITY}, {@code RESILIENCE},
   * {@code PERFORMANCE}, {@code OPERATIONAL_EXCELLENCE}. CloudFormation property {@code Pillars}.
   */
  public AgentGoal pillars(List<String> value) {
    return set("Pillars", Value.listOf(value));
  }

  /** Sets {@code Pillars} to this value; see {@link #pillars(List)}. */
  public AgentGoal pillars(Value<List<String>> value) {
    return set("Pillars", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the parent Agent Profile that owns this goal. Pass
   * <code>!Ref</code> of the parent AWS::WellArchitected::AgentProfile to flow its ARN here.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws([a-z0-9-]+)?:wellarchitected:[a-z0-9-]{6,64}:[0-9]{12}:agent-profile/[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code ProfileArn}.
   */
  public AgentGoal profileArn(String value) {
    return set("ProfileArn", Value.of(value));
  }

  /** Sets {@code ProfileArn} to this value; see {@link #profileArn(String)}. */
  public AgentGoal profileArn(Value<String> value) {
    return set("ProfileArn", value);
  }

  /**
   * The title of the Agent Goal.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code
   * ^(?:(?!&#92;$&#92;{[a-zA-Z]+:)[&#92;P{C}])+$}. CloudFormation property {@code Title}.
   */
  public AgentGoal title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public AgentGoal title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * The synthetic Amazon Resource Name (ARN) of the Agent Goal, composed of the parent profile ARN
   * and the goal id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the goal was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the system or user that created this goal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The service-generated unique identifier of the Agent Goal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The timestamp when the goal was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedAt}.
   */
  public Value<String> lastModifiedAt() {
    return getAtt("LastModifiedAt");
  }

  /**
   * The identifier of the system or user that last modified this goal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy}.
   */
  public Value<String> lastModifiedBy() {
    return getAtt("LastModifiedBy");
  }
}
