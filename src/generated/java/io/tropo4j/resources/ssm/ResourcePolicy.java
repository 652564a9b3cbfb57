// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates or updates a Systems Manager resource policy. A resource policy helps you to define the
 * IAM entity (for example, an AWS account ) that can manage your Systems Manager resources.
 * Currently, <code>OpsItemGroup</code> is the only resource that supports Systems Manager resource
 * policies. The resource policy for <code>OpsItemGroup</code> enables AWS accounts to view and
 * interact with OpsCenter operational work items (OpsItems). OpsCenter is a tool in Systems Manager
 * .
 *
 * <p>CloudFormation type {@code AWS::SSM::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::ResourcePolicy")
      .required("Policy", "ResourceArn")
      .constrain("Policy", Constraint.of().pattern("^(?!\\s*$).+$"))
      .constrain("ResourceArn", Constraint.of().minLength(20).maxLength(2048))
      .attributes("PolicyHash", "PolicyId")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy you want to associate with a resource.
   *
   * <p>Required. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation property {@code Policy}.
   */
  public ResourcePolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public ResourcePolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public ResourcePolicy policy(Json value) {
    return set("Policy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource to which you want to attach a policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. CloudFormation
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
   * ID of the current policy version. The hash helps to prevent a situation where multiple users
   * attempt to overwrite a policy. You must provide this hash and the policy ID when updating or
   * deleting a policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyHash}.
   */
  public Value<String> policyHash() {
    return getAtt("PolicyHash");
  }

  /**
   * ID of the current policy version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyId}.
   */
  public Value<String> policyId() {
    return getAtt("PolicyId");
  }
}
