// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a secret stored in the AWS Secrets Manager that can be used to authenticate with a
 * cluster using a user name and a password.
 *
 * <p>CloudFormation type {@code AWS::MSK::BatchScramSecret}.
 */
public final class BatchScramSecret extends Resource<BatchScramSecret> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::BatchScramSecret")
      .required("ClusterArn")
      .refYields("ClusterArn")
      .build();

  public BatchScramSecret(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies the cluster.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterArn}.
   */
  public BatchScramSecret clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public BatchScramSecret clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * List of Amazon Resource Name (ARN)s of Secrets Manager secrets.
   *
   * <p>CloudFormation property {@code SecretArnList}.
   */
  public BatchScramSecret secretArnList(List<String> value) {
    return set("SecretArnList", Value.listOf(value));
  }

  /** Sets {@code SecretArnList} to this value; see {@link #secretArnList(List)}. */
  public BatchScramSecret secretArnList(Value<List<String>> value) {
    return set("SecretArnList", value);
  }
}
