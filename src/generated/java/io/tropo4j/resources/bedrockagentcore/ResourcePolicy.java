// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::BedrockAgentCore::ResourcePolicy
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ResourcePolicy")
      .required("Policy", "ResourceArn")
      .constrain("Policy", Constraint.of().minLength(1).maxLength(20480))
      .constrain("ResourceArn", Constraint.of().pattern("^arn:[a-z0-9-]+:bedrock-agentcore:[a-z0-9-]*:[0-9]{12}:.+$").minLength(20).maxLength(1011))
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The resource policy to create or update.
   *
   * <p>Required. Length: 1 to 20480 characters. CloudFormation property {@code Policy}.
   */
  public ResourcePolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public ResourcePolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource for which to create or update the resource
   * policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 1011 characters. Pattern: {@code
   * ^arn:[a-z0-9-]+:bedrock-agentcore:[a-z0-9-]*:[0-9]{12}:.+$}. CloudFormation property {@code
   * ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }
}
