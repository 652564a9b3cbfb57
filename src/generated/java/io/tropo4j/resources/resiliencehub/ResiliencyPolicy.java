// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Defines a resiliency policy.
 *
 * <p>AWS Resilience Hub allows you to provide a value of zero for <code>rtoInSecs</code> and
 * <code>rpoInSecs</code> of your resiliency policy. But, while assessing your application, the
 * lowest possible assessment result is near zero. Hence, if you provide value zero for
 * <code>rtoInSecs</code> and <code>rpoInSecs</code> , the estimated workload RTO and estimated
 * workload RPO result will be near zero and the <em>Compliance status</em> for your application
 * will be set to <em>Policy breached</em> .
 *
 * <p>CloudFormation type {@code AWS::ResilienceHub::ResiliencyPolicy}.
 */
public final class ResiliencyPolicy extends Resource<ResiliencyPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::ResiliencyPolicy")
      .required("Policy", "PolicyName", "Tier")
      .allowed("DataLocationConstraint", "AnyLocation", "SameContinent", "SameCountry")
      .constrain("PolicyDescription", Constraint.of().minLength(0).maxLength(500))
      .constrain("PolicyName", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .allowed("Tier", "MissionCritical", "Critical", "Important", "CoreServices", "NonCritical")
      .refYields("PolicyArn")
      .attributes("PolicyArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ResiliencyPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies a high-level geographical location constraint for where your resilience policy data
   * can be stored.
   *
   * <p>Allowed values: {@code AnyLocation}, {@code SameContinent}, {@code SameCountry}.
   * CloudFormation property {@code DataLocationConstraint}.
   */
  public ResiliencyPolicy dataLocationConstraint(String value) {
    return set("DataLocationConstraint", Value.of(value));
  }

  /**
   * Sets {@code DataLocationConstraint} to this value; see {@link #dataLocationConstraint(String)}.
   */
  public ResiliencyPolicy dataLocationConstraint(Value<String> value) {
    return set("DataLocationConstraint", value);
  }

  /**
   * The resiliency policy.
   *
   * <p>Required. CloudFormation property {@code Policy}.
   */
  public ResiliencyPolicy policy(Map<String, FailurePolicy> value) {
    return set("Policy", Value.mapOf(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(Map)}. */
  public ResiliencyPolicy policy(Value<Map<String, FailurePolicy>> value) {
    return set("Policy", value);
  }

  /**
   * Description of the resiliency policy.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code PolicyDescription}.
   */
  public ResiliencyPolicy policyDescription(String value) {
    return set("PolicyDescription", Value.of(value));
  }

  /** Sets {@code PolicyDescription} to this value; see {@link #policyDescription(String)}. */
  public ResiliencyPolicy policyDescription(Value<String> value) {
    return set("PolicyDescription", value);
  }

  /**
   * The name of the policy
   *
   * <p>Required. Pattern: {@code ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property
   * {@code PolicyName}.
   */
  public ResiliencyPolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public ResiliencyPolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * Tags assigned to the resource. A tag is a label that you assign to an AWS resource. Each tag
   * consists of a key/value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResiliencyPolicy tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ResiliencyPolicy tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ResiliencyPolicy tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The tier for this resiliency policy, ranging from the highest severity (
   * <code>MissionCritical</code> ) to lowest ( <code>NonCritical</code> ).
   *
   * <p>Required. Allowed values: {@code MissionCritical}, {@code Critical}, {@code Important},
   * {@code CoreServices}, {@code NonCritical}. CloudFormation property {@code Tier}.
   */
  public ResiliencyPolicy tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public ResiliencyPolicy tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * Amazon Resource Name (ARN) of the resiliency policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyArn}.
   */
  public Value<String> policyArn() {
    return getAtt("PolicyArn");
  }

  /**
   * Defines a failure policy.
   *
   * <p>Property type {@code AWS::ResilienceHub::ResiliencyPolicy.FailurePolicy}.
   */
  public static final class FailurePolicy extends Struct<FailurePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::ResiliencyPolicy.FailurePolicy")
        .required("RpoInSecs", "RtoInSecs")
        .build();

    public FailurePolicy() {
      super(SCHEMA);
    }

    /**
     * Recovery Point Objective (RPO) in seconds.
     *
     * <p>Required. CloudFormation property {@code RpoInSecs}.
     */
    public FailurePolicy rpoInSecs(int value) {
      return set("RpoInSecs", Value.of(value));
    }

    /** Sets {@code RpoInSecs} to this value; see {@link #rpoInSecs(int)}. */
    public FailurePolicy rpoInSecs(Value<Integer> value) {
      return set("RpoInSecs", value);
    }

    /**
     * Recovery Time Objective (RTO) in seconds.
     *
     * <p>Required. CloudFormation property {@code RtoInSecs}.
     */
    public FailurePolicy rtoInSecs(int value) {
      return set("RtoInSecs", Value.of(value));
    }

    /** Sets {@code RtoInSecs} to this value; see {@link #rtoInSecs(int)}. */
    public FailurePolicy rtoInSecs(Value<Integer> value) {
      return set("RtoInSecs", value);
    }
  }
}
