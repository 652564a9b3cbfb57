// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
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
      .constrain("Policy", Constraint.of().pattern("^.*\\S.*$").minLength(1).maxLength(10000).format("json"))
      .constrain("ResourceArn", Constraint.of().pattern("^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(service/svc)|(resourceconfiguration/rcfg))-[0-9a-z]{17}$").minLength(20).maxLength(200))
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the service network or service.
   *
   * <p>Required. Length: 1 to 10000 characters. Pattern: {@code ^.*&#92;S.*$}. Format: {@code
   * json}. CloudFormation property {@code Policy}.
   */
  public ResourcePolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * An IAM policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 200 characters. Pattern: {@code
   * ^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(service/svc)|(resourceconfiguration/rcfg))-[0-9a-z]{17}$}.
   * CloudFormation property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }
}
