// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a snapshot of a DB cluster.
 *
 * <p>CloudFormation type {@code AWS::RDS::ClusterSnapshot}.
 */
public final class ClusterSnapshot extends Resource<ClusterSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::ClusterSnapshot")
      .required("DBClusterIdentifier", "DBClusterSnapshotIdentifier")
      .constrain("DBClusterSnapshotIdentifier", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$").minLength(1).maxLength(63))
      .refYields("DBClusterSnapshotArn")
      .attributes("AllocatedStorage", "AvailabilityZones", "ClusterCreateTime",
          "DBClusterSnapshotArn", "DbClusterResourceId", "Engine", "EngineMode", "EngineVersion",
          "IAMDatabaseAuthenticationEnabled", "KmsKeyId", "LicenseModel", "MasterUsername", "Port",
          "SnapshotCreateTime", "SnapshotType", "Status", "StorageEncrypted", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClusterSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the DB cluster to create a snapshot for.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DBClusterIdentifier}.
   */
  public ClusterSnapshot dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public ClusterSnapshot dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * The identifier for the DB cluster snapshot. Must contain from 1 to 63 letters, numbers, or
   * hyphens. First character must be a letter. Can't end with a hyphen or contain two consecutive
   * hyphens.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$}. CloudFormation property {@code
   * DBClusterSnapshotIdentifier}.
   */
  public ClusterSnapshot dbClusterSnapshotIdentifier(String value) {
    return set("DBClusterSnapshotIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DBClusterSnapshotIdentifier} to this value; see {@link
   * #dbClusterSnapshotIdentifier(String)}.
   */
  public ClusterSnapshot dbClusterSnapshotIdentifier(Value<String> value) {
    return set("DBClusterSnapshotIdentifier", value);
  }

  /**
   * The tags to be assigned to the DB cluster snapshot.
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
   * The allocated storage size of the DB cluster snapshot in gibibytes (GiB).
   *
   * <p>{@code Fn::GetAtt} attribute {@code AllocatedStorage}.
   */
  public Value<Integer> allocatedStorage() {
    return getAtt("AllocatedStorage");
  }

  /**
   * The list of Availability Zones where instances in the DB cluster snapshot can be restored.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZones}.
   */
  public Value<List<String>> availabilityZones() {
    return getAtt("AvailabilityZones");
  }

  /**
   * The time when the DB cluster was created, in Universal Coordinated Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterCreateTime}.
   */
  public Value<String> clusterCreateTime() {
    return getAtt("ClusterCreateTime");
  }

  /**
   * The Amazon Resource Name (ARN) for the DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBClusterSnapshotArn}.
   */
  public Value<String> dbClusterSnapshotArn() {
    return getAtt("DBClusterSnapshotArn");
  }

  /**
   * The resource ID of the DB cluster that this DB cluster snapshot was created from.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbClusterResourceId}.
   */
  public Value<String> dbClusterResourceId() {
    return getAtt("DbClusterResourceId");
  }

  /**
   * The name of the database engine for this DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Engine}.
   */
  public Value<String> engine() {
    return getAtt("Engine");
  }

  /**
   * The engine mode of the database engine for this DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EngineMode}.
   */
  public Value<String> engineMode() {
    return getAtt("EngineMode");
  }

  /**
   * The version of the database engine for this DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EngineVersion}.
   */
  public Value<String> engineVersion() {
    return getAtt("EngineVersion");
  }

  /**
   * Indicates whether mapping of AWS IAM accounts to database accounts is enabled.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IAMDatabaseAuthenticationEnabled}.
   */
  public Value<Boolean> iamDatabaseAuthenticationEnabled() {
    return getAtt("IAMDatabaseAuthenticationEnabled");
  }

  /**
   * If StorageEncrypted is true, the AWS KMS key identifier for the encrypted DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyId}.
   */
  public Value<String> kmsKeyId() {
    return getAtt("KmsKeyId");
  }

  /**
   * The license model information for this DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LicenseModel}.
   */
  public Value<String> licenseModel() {
    return getAtt("LicenseModel");
  }

  /**
   * The master username for this DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterUsername}.
   */
  public Value<String> masterUsername() {
    return getAtt("MasterUsername");
  }

  /**
   * The port that the DB cluster was listening on at the time of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<Integer> port() {
    return getAtt("Port");
  }

  /**
   * The time when the snapshot was taken, in Universal Coordinated Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotCreateTime}.
   */
  public Value<String> snapshotCreateTime() {
    return getAtt("SnapshotCreateTime");
  }

  /**
   * The type of the DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotType}.
   */
  public Value<String> snapshotType() {
    return getAtt("SnapshotType");
  }

  /**
   * The status of this DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Indicates whether the DB cluster snapshot is encrypted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageEncrypted}.
   */
  public Value<Boolean> storageEncrypted() {
    return getAtt("StorageEncrypted");
  }

  /**
   * The VPC ID associated with the DB cluster snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }
}
