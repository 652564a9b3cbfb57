// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a version of the guardrail. Use this API to create a snapshot of the guardrail when you
 * are satisfied with a configuration, or to compare the configuration with another version.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::GuardrailVersion}.
 */
public final class GuardrailVersion extends Resource<GuardrailVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::GuardrailVersion")
      .required("GuardrailIdentifier")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("GuardrailIdentifier", Constraint.of().pattern("^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$").maxLength(2048))
      .attributes("GuardrailArn", "GuardrailId", "Version")
      .build();

  public GuardrailVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the guardrail version.
   *
   * <p>Changing it replaces the resource. Length: 1 to 200 characters. CloudFormation property
   * {@code Description}.
   */
  public GuardrailVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GuardrailVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier of the guardrail. This can be an ID or the ARN.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 2048 characters. Pattern:
   * {@code
   * ^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$}.
   * CloudFormation property {@code GuardrailIdentifier}.
   */
  public GuardrailVersion guardrailIdentifier(String value) {
    return set("GuardrailIdentifier", Value.of(value));
  }

  /** Sets {@code GuardrailIdentifier} to this value; see {@link #guardrailIdentifier(String)}. */
  public GuardrailVersion guardrailIdentifier(Value<String> value) {
    return set("GuardrailIdentifier", value);
  }

  /**
   * The ARN of the guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GuardrailArn}.
   */
  public Value<String> guardrailArn() {
    return getAtt("GuardrailArn");
  }

  /**
   * The unique identifier of the guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GuardrailId}.
   */
  public Value<String> guardrailId() {
    return getAtt("GuardrailId");
  }

  /**
   * The version of the guardrail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }
}
