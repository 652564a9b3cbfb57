// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.xray;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Use <code>AWS::XRay::ResourcePolicy</code> to specify an X-Ray resource-based policy, which
 * grants one or more AWS services and accounts permissions to access X-Ray . Each resource-based
 * policy is associated with a specific AWS account.
 *
 * <p>CloudFormation type {@code AWS::XRay::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::XRay::ResourcePolicy")
      .required("PolicyDocument", "PolicyName")
      .constrain("PolicyDocument", Constraint.of().minLength(1).maxLength(5120))
      .constrain("PolicyName", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(128))
      .refYields("PolicyName")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A flag to indicate whether to bypass the resource-based policy lockout safety check.
   *
   * <p>CloudFormation property {@code BypassPolicyLockoutCheck}.
   */
  public ResourcePolicy bypassPolicyLockoutCheck(boolean value) {
    return set("BypassPolicyLockoutCheck", Value.of(value));
  }

  /**
   * Sets {@code BypassPolicyLockoutCheck} to this value; see {@link
   * #bypassPolicyLockoutCheck(boolean)}.
   */
  public ResourcePolicy bypassPolicyLockoutCheck(Value<Boolean> value) {
    return set("BypassPolicyLockoutCheck", value);
  }

  /**
   * The resource-based policy document, which can be up to 5kb in size.
   *
   * <p>Required. Length: 1 to 5120 characters. CloudFormation property {@code PolicyDocument}.
   */
  public ResourcePolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public ResourcePolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The name of the resource-based policy. Must be unique within a specific AWS account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w+=,.&#64;-]+}. CloudFormation property {@code PolicyName}.
   */
  public ResourcePolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public ResourcePolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }
}
