// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lex;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Amazon Lex V2 is the only supported version in CloudFormation .
 *
 * <p>Specifies a new resource policy with the specified policy statements.
 *
 * <p>CloudFormation type {@code AWS::Lex::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lex::ResourcePolicy")
      .required("Policy", "ResourceArn")
      .constrain("Policy", Constraint.of().format("json"))
      .constrain("ResourceArn", Constraint.of().minLength(1).maxLength(1011))
      .refYields("Id")
      .attributes("Id", "RevisionId")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A resource policy to add to the resource. The policy is a JSON structure that contains one or
   * more statements that define the policy. The policy must follow IAM syntax. If the policy isn't
   * valid, Amazon Lex returns a validation exception.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public ResourcePolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the bot or bot alias that the resource policy is attached to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1011 characters. CloudFormation
   * property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * The identifier of the resource policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies the current revision of a resource policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RevisionId}.
   */
  public Value<String> revisionId() {
    return getAtt("RevisionId");
  }
}
