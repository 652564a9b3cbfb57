// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Redshift::Snapshot. Creates a manual snapshot of the specified
 * cluster. The cluster must be in the available state.
 *
 * <p>CloudFormation type {@code AWS::Redshift::Snapshot}.
 */
public final class Snapshot extends Resource<Snapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::Snapshot")
      .required("ClusterIdentifier", "SnapshotIdentifier")
      .constrain("ClusterIdentifier", Constraint.of().minLength(1).maxLength(63))
      .constrain("ManualSnapshotRetentionPeriod", Constraint.of().minimum(-1).maximum(3653))
      .constrain("SnapshotIdentifier", Constraint.of().minLength(1).maxLength(255))
      .refYields("SnapshotArn")
      .attributes("AvailabilityZone", "ClusterCreateTime", "ClusterVersion", "DBName", "Encrypted",
          "EncryptedWithHSM", "EngineFullVersion", "EnhancedVpcRouting", "KmsKeyId",
          "MaintenanceTrackName", "MasterUsername", "NodeType", "NumberOfNodes", "OwnerAccount",
          "Port", "SnapshotArn", "SnapshotCreateTime", "SnapshotType", "Status", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Snapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The cluster identifier for which you want a snapshot.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation
   * property {@code ClusterIdentifier}.
   */
  public Snapshot clusterIdentifier(String value) {
    return set("ClusterIdentifier", Value.of(value));
  }

  /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
  public Snapshot clusterIdentifier(Value<String> value) {
    return set("ClusterIdentifier", value);
  }

  /**
   * The number of days that a manual snapshot is retained. If the value is -1, the manual snapshot
   * is retained indefinitely. The value must be either -1 or an integer between 1 and 3653.
   *
   * <p>Range: -1 to 3653. CloudFormation property {@code ManualSnapshotRetentionPeriod}.
   */
  public Snapshot manualSnapshotRetentionPeriod(int value) {
    return set("ManualSnapshotRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code ManualSnapshotRetentionPeriod} to this value; see {@link
   * #manualSnapshotRetentionPeriod(int)}.
   */
  public Snapshot manualSnapshotRetentionPeriod(Value<Integer> value) {
    return set("ManualSnapshotRetentionPeriod", value);
  }

  /**
   * A unique identifier for the snapshot that you are requesting. This identifier must be unique
   * for all snapshots within the Amazon Web Services account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code SnapshotIdentifier}.
   */
  public Snapshot snapshotIdentifier(String value) {
    return set("SnapshotIdentifier", Value.of(value));
  }

  /** Sets {@code SnapshotIdentifier} to this value; see {@link #snapshotIdentifier(String)}. */
  public Snapshot snapshotIdentifier(Value<String> value) {
    return set("SnapshotIdentifier", value);
  }

  /**
   * A list of tag instances.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Snapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Snapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Snapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Availability Zone in which the cluster was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The time (UTC) when the cluster was originally created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterCreateTime}.
   */
  public Value<String> clusterCreateTime() {
    return getAtt("ClusterCreateTime");
  }

  /**
   * The version ID of the Amazon Redshift engine that is running on the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterVersion}.
   */
  public Value<String> clusterVersion() {
    return getAtt("ClusterVersion");
  }

  /**
   * The name of the database that was created when the cluster was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBName}.
   */
  public Value<String> dbName() {
    return getAtt("DBName");
  }

  /**
   * If true, the data in the snapshot is encrypted at rest.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Encrypted}.
   */
  public Value<Boolean> encrypted() {
    return getAtt("Encrypted");
  }

  /**
   * A boolean that indicates whether the snapshot data is encrypted using the HSM keys of the
   * source cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptedWithHSM}.
   */
  public Value<Boolean> encryptedWithHSM() {
    return getAtt("EncryptedWithHSM");
  }

  /**
   * The engine full version of the cluster at the time the snapshot was taken.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EngineFullVersion}.
   */
  public Value<String> engineFullVersion() {
    return getAtt("EngineFullVersion");
  }

  /**
   * An option that specifies whether to create the cluster with enhanced VPC routing enabled.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnhancedVpcRouting}.
   */
  public Value<Boolean> enhancedVpcRouting() {
    return getAtt("EnhancedVpcRouting");
  }

  /**
   * The Key Management Service (KMS) key ID of the encryption key that was used to encrypt data in
   * the cluster from which the snapshot was taken.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyId}.
   */
  public Value<String> kmsKeyId() {
    return getAtt("KmsKeyId");
  }

  /**
   * The name of the maintenance track for the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaintenanceTrackName}.
   */
  public Value<String> maintenanceTrackName() {
    return getAtt("MaintenanceTrackName");
  }

  /**
   * The admin user name for the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterUsername}.
   */
  public Value<String> masterUsername() {
    return getAtt("MasterUsername");
  }

  /**
   * The node type that the cluster is provisioned with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeType}.
   */
  public Value<String> nodeType() {
    return getAtt("NodeType");
  }

  /**
   * The number of nodes in the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NumberOfNodes}.
   */
  public Value<Integer> numberOfNodes() {
    return getAtt("NumberOfNodes");
  }

  /**
   * The Amazon Web Services account that owns the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccount}.
   */
  public Value<String> ownerAccount() {
    return getAtt("OwnerAccount");
  }

  /**
   * The port that the cluster is listening on.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<Integer> port() {
    return getAtt("Port");
  }

  /**
   * The Amazon Resource Name (ARN) of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotArn}.
   */
  public Value<String> snapshotArn() {
    return getAtt("SnapshotArn");
  }

  /**
   * The time (in UTC format) when Amazon Redshift began the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotCreateTime}.
   */
  public Value<String> snapshotCreateTime() {
    return getAtt("SnapshotCreateTime");
  }

  /**
   * The snapshot type. Snapshots created using CreateClusterSnapshot and CopyClusterSnapshot are of
   * type manual.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotType}.
   */
  public Value<String> snapshotType() {
    return getAtt("SnapshotType");
  }

  /**
   * The snapshot status. The value of the status depends on the API operation used:
   * CreateClusterSnapshot and CopyClusterSnapshot returns status as creating.
   * DescribeClusterSnapshots returns status as creating, available, final snapshot, or failed.
   * DeleteClusterSnapshot returns status as deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The VPC identifier of the cluster if the snapshot is from a cluster in a VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }
}
