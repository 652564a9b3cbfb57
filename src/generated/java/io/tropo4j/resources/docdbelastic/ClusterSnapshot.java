// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdbelastic;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::DocDBElastic::ClusterSnapshot. Creates a manual snapshot of an
 * Amazon DocumentDB elastic cluster.
 *
 * <p>CloudFormation type {@code AWS::DocDBElastic::ClusterSnapshot}.
 */
public final class ClusterSnapshot extends Resource<ClusterSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDBElastic::ClusterSnapshot")
      .required("ClusterArn", "SnapshotName")
      .constrain("SnapshotName", Constraint.of().minLength(1).maxLength(63))
      .refYields("SnapshotArn")
      .attributes("AdminUserName", "ClusterCreationTime", "KmsKeyId", "SnapshotArn",
          "SnapshotCreationTime", "SnapshotType", "Status", "SubnetIds", "VpcSecurityGroupIds")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClusterSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the elastic cluster of which to create a snapshot.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterArn}.
   */
  public ClusterSnapshot clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public ClusterSnapshot clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * The name of the elastic cluster snapshot.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation
   * property {@code SnapshotName}.
   */
  public ClusterSnapshot snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public ClusterSnapshot snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * An array of key-value pairs to apply to the elastic cluster snapshot.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ClusterSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ClusterSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ClusterSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the elastic cluster administrator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AdminUserName}.
   */
  public Value<String> adminUserName() {
    return getAtt("AdminUserName");
  }

  /**
   * The time when the source elastic cluster was created, in Universal Coordinated Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterCreationTime}.
   */
  public Value<String> clusterCreationTime() {
    return getAtt("ClusterCreationTime");
  }

  /**
   * The KMS key identifier used to encrypt the source elastic cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyId}.
   */
  public Value<String> kmsKeyId() {
    return getAtt("KmsKeyId");
  }

  /**
   * The Amazon Resource Name (ARN) of the elastic cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotArn}.
   */
  public Value<String> snapshotArn() {
    return getAtt("SnapshotArn");
  }

  /**
   * The time when the elastic cluster snapshot was created, in Universal Coordinated Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotCreationTime}.
   */
  public Value<String> snapshotCreationTime() {
    return getAtt("SnapshotCreationTime");
  }

  /**
   * The type of the elastic cluster snapshot (manual or automated).
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotType}.
   */
  public Value<String> snapshotType() {
    return getAtt("SnapshotType");
  }

  /**
   * The status of the elastic cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon EC2 subnet IDs associated with the source elastic cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubnetIds}.
   */
  public Value<List<String>> subnetIds() {
    return getAtt("SubnetIds");
  }

  /**
   * The Amazon EC2 security group IDs associated with the source elastic cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcSecurityGroupIds}.
   */
  public Value<List<String>> vpcSecurityGroupIds() {
    return getAtt("VpcSecurityGroupIds");
  }
}
