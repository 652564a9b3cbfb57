// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates or updates the auth policy. The policy string in JSON must not contain newlines or blank
 * lines.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/auth-policies.html">Auth policies</a> in
 * the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::AuthPolicy}.
 */
public final class AuthPolicy extends Resource<AuthPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::AuthPolicy")
      .required("Policy", "ResourceIdentifier")
      .constrain("Policy", Constraint.of().maxLength(36864).format("json"))
      .constrain("ResourceIdentifier", Constraint.of().pattern("^((((sn)|(svc))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(service/svc))-[0-9a-z]{17}))$").minLength(17).maxLength(200))
      .refYields("ResourceIdentifier")
      .attributes("State")
      .build();

  public AuthPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The auth policy.
   *
   * <p>Required. Length: at most 36864 characters. Format: {@code json}. CloudFormation property
   * {@code Policy}.
   */
  public AuthPolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The ID or ARN of the service network or service for which the policy is created.
   *
   * <p>Required. Changing it replaces the resource. Length: 17 to 200 characters. Pattern: {@code
   * ^((((sn)|(svc))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(service/svc))-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ResourceIdentifier}.
   */
  public AuthPolicy resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public AuthPolicy resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * The state of the auth policy. The auth policy is only active when the auth type is set to
   * <code>AWS _IAM</code> . If you provide a policy, then authentication and authorization
   * decisions are made based on this policy and the client's IAM policy. If the auth type is
   * <code>NONE</code> , then any auth policy you provide will remain inactive.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
