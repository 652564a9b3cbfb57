// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Applies an Amazon S3 access policy to an Amazon S3 Multi-Region Access Point.
 *
 * <p>It is not possible to delete an access policy for a Multi-Region Access Point from the
 * CloudFormation template. When you attempt to delete the policy, CloudFormation updates the policy
 * using <code>DeletionPolicy:Retain</code> and <code>UpdateReplacePolicy:Retain</code> .
 * CloudFormation updates the policy to only allow access to the account that created the bucket.
 *
 * <p>CloudFormation type {@code AWS::S3::MultiRegionAccessPointPolicy}.
 */
public final class MultiRegionAccessPointPolicy extends Resource<MultiRegionAccessPointPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::MultiRegionAccessPointPolicy")
      .required("MrapName", "Policy")
      .constrain("MrapName", Constraint.of().pattern("^[a-z0-9][-a-z0-9]{1,48}[a-z0-9]$").minLength(3).maxLength(50))
      .constrain("Policy", Constraint.of().format("json"))
      .refYields("MrapName")
      .attributes("PolicyStatus", "PolicyStatus.IsPublic")
      .build();

  public MultiRegionAccessPointPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Multi-Region Access Point.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 50 characters. Pattern: {@code
   * ^[a-z0-9][-a-z0-9]{1,48}[a-z0-9]$}. CloudFormation property {@code MrapName}.
   */
  public MultiRegionAccessPointPolicy mrapName(String value) {
    return set("MrapName", Value.of(value));
  }

  /** Sets {@code MrapName} to this value; see {@link #mrapName(String)}. */
  public MultiRegionAccessPointPolicy mrapName(Value<String> value) {
    return set("MrapName", value);
  }

  /**
   * The access policy associated with the Multi-Region Access Point.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public MultiRegionAccessPointPolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The Policy Status associated with this Multi Region Access Point
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyStatus}.
   */
  public Value<PolicyStatus> policyStatus() {
    return getAtt("PolicyStatus");
  }

  /**
   * Specifies whether the policy is public or not.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyStatus.IsPublic}.
   */
  public Value<String> policyStatusIsPublic() {
    return getAtt("PolicyStatus.IsPublic");
  }

  /**
   * The container element for a bucket's policy status.
   *
   * <p>Property type {@code AWS::S3::MultiRegionAccessPointPolicy.PolicyStatus}.
   */
  public static final class PolicyStatus extends Struct<PolicyStatus> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::MultiRegionAccessPointPolicy.PolicyStatus")
        .required("IsPublic")
        .allowed("IsPublic", "true", "false")
        .build();

    public PolicyStatus() {
      super(SCHEMA);
    }

    /**
     * The policy status for this bucket. <code>TRUE</code> indicates that this bucket is public.
     * <code>FALSE</code> indicates that the bucket is not public.
     *
     * <p>Required. Allowed values: {@code true}, {@code false}. CloudFormation property {@code
     * IsPublic}.
     */
    public PolicyStatus isPublic(String value) {
      return set("IsPublic", Value.of(value));
    }

    /** Sets {@code IsPublic} to this value; see {@link #isPublic(String)}. */
    public PolicyStatus isPublic(Value<String> value) {
      return set("IsPublic", value);
    }
  }
}
