// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an Amazon Q in Connect AI Guardrail version.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AIGuardrailVersion}.
 */
public final class AIGuardrailVersion extends Resource<AIGuardrailVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AIGuardrailVersion")
      .required("AIGuardrailId", "AssistantId")
      .constrain("AIGuardrailId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .attributes("AIGuardrailArn", "AIGuardrailVersionId", "AssistantArn", "VersionNumber")
      .build();

  public AIGuardrailVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the AI guardrail version.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AIGuardrailId}.
   */
  public AIGuardrailVersion aiGuardrailId(String value) {
    return set("AIGuardrailId", Value.of(value));
  }

  /** Sets {@code AIGuardrailId} to this value; see {@link #aiGuardrailId(String)}. */
  public AIGuardrailVersion aiGuardrailId(Value<String> value) {
    return set("AIGuardrailId", value);
  }

  /**
   * The ID of the AI guardrail version assistant.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AssistantId}.
   */
  public AIGuardrailVersion assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AIGuardrailVersion assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * The modified time of the AI guardrail version in seconds.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModifiedTimeSeconds}.
   */
  public AIGuardrailVersion modifiedTimeSeconds(double value) {
    return set("ModifiedTimeSeconds", Value.of(value));
  }

  /** Sets {@code ModifiedTimeSeconds} to this value; see {@link #modifiedTimeSeconds(double)}. */
  public AIGuardrailVersion modifiedTimeSeconds(Value<Double> value) {
    return set("ModifiedTimeSeconds", value);
  }

  /**
   * The ARN of the AI guardrail version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIGuardrailArn}.
   */
  public Value<String> aiGuardrailArn() {
    return getAtt("AIGuardrailArn");
  }

  /**
   * The ID of the AI guardrail version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIGuardrailVersionId}.
   */
  public Value<String> aiGuardrailVersionId() {
    return getAtt("AIGuardrailVersionId");
  }

  /**
   * The ARN of the AI guardrail version assistant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantArn}.
   */
  public Value<String> assistantArn() {
    return getAtt("AssistantArn");
  }

  /**
   * The version number for this AI Guardrail version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionNumber}.
   */
  public Value<Double> versionNumber() {
    return getAtt("VersionNumber");
  }
}
