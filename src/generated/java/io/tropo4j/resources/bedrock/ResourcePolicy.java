// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Definition of AWS::Bedrock::ResourcePolicy Resource Type
 *
 * <p>CloudFormation type {@code AWS::Bedrock::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::ResourcePolicy")
      .required("PolicyDocument", "ResourceArn")
      .constrain("ResourceArn", Constraint.of().minLength(1).maxLength(2048))
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IAM policy document defining access permissions for the guardrail and guardrail profile
   * resources
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public ResourcePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The ARN of the Bedrock Guardrail or Guardrail Profile resource
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }
}
