// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Retrieves information about the specified resource policy. The resource policy is an IAM policy
 * created on behalf of the resource owner when they share a resource.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ResourcePolicy")
      .required("Policy", "ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the service network or service.
   *
   * <p>Required. CloudFormation property {@code Policy}.
   */
  public ResourcePolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * An IAM policy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }
}
