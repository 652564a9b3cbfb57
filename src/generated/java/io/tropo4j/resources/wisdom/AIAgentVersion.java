// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates and Amazon Q in Connect AI Agent version.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AIAgentVersion}.
 */
public final class AIAgentVersion extends Resource<AIAgentVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIAgentVersion")
      .required("AIAgentId", "AssistantId")
      .constrain("AIAgentId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .attributes("AIAgentArn", "AIAgentVersionId", "AssistantArn", "VersionNumber")
      .build();

  public AIAgentVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the AI Agent.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AIAgentId}.
   */
  public AIAgentVersion aiAgentId(String value) {
    return set("AIAgentId", Value.of(value));
  }

  /** Sets {@code AIAgentId} to this value; see {@link #aiAgentId(String)}. */
  public AIAgentVersion aiAgentId(Value<String> value) {
    return set("AIAgentId", value);
  }

  /**
   * Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AssistantId}.
   */
  public AIAgentVersion assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AIAgentVersion assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * The time the AI Agent version was last modified in seconds.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModifiedTimeSeconds}.
   */
  public AIAgentVersion modifiedTimeSeconds(double value) {
    return set("ModifiedTimeSeconds", Value.of(value));
  }

  /** Sets {@code ModifiedTimeSeconds} to this value; see {@link #modifiedTimeSeconds(double)}. */
  public AIAgentVersion modifiedTimeSeconds(Value<Double> value) {
    return set("ModifiedTimeSeconds", value);
  }

  /** {@code Fn::GetAtt} attribute {@code AIAgentArn}. */
  public Value<String> aiAgentArn() {
    return getAtt("AIAgentArn");
  }

  /** {@code Fn::GetAtt} attribute {@code AIAgentVersionId}. */
  public Value<String> aiAgentVersionId() {
    return getAtt("AIAgentVersionId");
  }

  /** {@code Fn::GetAtt} attribute {@code AssistantArn}. */
  public Value<String> assistantArn() {
    return getAtt("AssistantArn");
  }

  /**
   * The version number for this AI Agent version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionNumber}.
   */
  public Value<Double> versionNumber() {
    return getAtt("VersionNumber");
  }
}
