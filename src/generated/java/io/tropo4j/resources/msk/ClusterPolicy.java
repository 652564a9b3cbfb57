// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Create or update cluster policy.
 *
 * <p>CloudFormation type {@code AWS::MSK::ClusterPolicy}.
 */
public final class ClusterPolicy extends Resource<ClusterPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::ClusterPolicy")
      .required("ClusterArn", "Policy")
      .constrain("ClusterArn", Constraint.of().pattern("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:cluster.*\\Z"))
      .constrain("Policy", Constraint.of().format("json"))
      .refYields("ClusterArn")
      .attributes("CurrentVersion")
      .build();

  public ClusterPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies the cluster.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[&#92;w-]+:kafka:[&#92;w-]+:&#92;d+:cluster.*&#92;Z}. CloudFormation property {@code
   * ClusterArn}.
   */
  public ClusterPolicy clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public ClusterPolicy clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * Resource policy for the cluster. The maximum size supported for a resource-based policy
   * document is 20 KB.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public ClusterPolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The current version of the policy attached to the specified cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentVersion}.
   */
  public Value<String> currentVersion() {
    return getAtt("CurrentVersion");
  }
}
