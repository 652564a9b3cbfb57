// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an Amazon Q in Connect AI Prompt version.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AIPromptVersion}.
 */
public final class AIPromptVersion extends Resource<AIPromptVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIPromptVersion")
      .required("AIPromptId", "AssistantId")
      .constrain("AIPromptId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .attributes("AIPromptArn", "AIPromptVersionId", "AssistantArn", "VersionNumber")
      .build();

  public AIPromptVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon Q in Connect AI prompt.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AIPromptId}.
   */
  public AIPromptVersion aiPromptId(String value) {
    return set("AIPromptId", Value.of(value));
  }

  /** Sets {@code AIPromptId} to this value; see {@link #aiPromptId(String)}. */
  public AIPromptVersion aiPromptId(Value<String> value) {
    return set("AIPromptId", value);
  }

  /**
   * The identifier of the Amazon Q in Connect assistant. Can be either the ID or the ARN. URLs
   * cannot contain the ARN.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AssistantId}.
   */
  public AIPromptVersion assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AIPromptVersion assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * The time the AI Prompt version was last modified in seconds.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModifiedTimeSeconds}.
   */
  public AIPromptVersion modifiedTimeSeconds(double value) {
    return set("ModifiedTimeSeconds", Value.of(value));
  }

  /** Sets {@code ModifiedTimeSeconds} to this value; see {@link #modifiedTimeSeconds(double)}. */
  public AIPromptVersion modifiedTimeSeconds(Value<Double> value) {
    return set("ModifiedTimeSeconds", value);
  }

  /**
   * The ARN of the AI prompt.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIPromptArn}.
   */
  public Value<String> aiPromptArn() {
    return getAtt("AIPromptArn");
  }

  /** {@code Fn::GetAtt} attribute {@code AIPromptVersionId}. */
  public Value<String> aiPromptVersionId() {
    return getAtt("AIPromptVersionId");
  }

  /** {@code Fn::GetAtt} attribute {@code AssistantArn}. */
  public Value<String> assistantArn() {
    return getAtt("AssistantArn");
  }

  /**
   * The version number for this AI Prompt version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionNumber}.
   */
  public Value<Double> versionNumber() {
    return getAtt("VersionNumber");
  }
}
