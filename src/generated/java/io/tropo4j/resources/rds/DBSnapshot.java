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
 * Creates a snapshot of a DB instance.
 *
 * <p>CloudFormation type {@code AWS::RDS::DBSnapshot}.
 */
public final class DBSnapshot extends Resource<DBSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBSnapshot")
      .required("DBInstanceIdentifier", "DBSnapshotIdentifier")
      .constrain("DBSnapshotIdentifier", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$").minLength(1).maxLength(255))
      .refYields("DBSnapshotArn")
      .attributes("AllocatedStorage", "AvailabilityZone", "DBSnapshotArn", "DbiResourceId",
          "Encrypted", "Engine", "EngineVersion", "IAMDatabaseAuthenticationEnabled",
          "InstanceCreateTime", "Iops", "KmsKeyId", "LicenseModel", "MasterUsername",
          "OptionGroupName", "OriginalSnapshotCreateTime", "Port", "SnapshotCreateTime",
          "SnapshotType", "Status", "StorageThroughput", "StorageType", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the DB instance that you want to create the snapshot of.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DBInstanceIdentifier}.
   */
  public DBSnapshot dbInstanceIdentifier(String value) {
    return set("DBInstanceIdentifier", Value.of(value));
  }

  /** Sets {@code DBInstanceIdentifier} to this value; see {@link #dbInstanceIdentifier(String)}. */
  public DBSnapshot dbInstanceIdentifier(Value<String> value) {
    return set("DBInstanceIdentifier", value);
  }

  /**
   * The identifier for the DB snapshot. Must contain from 1 to 255 letters, numbers, or hyphens.
   * First character must be a letter. Can't end with a hyphen or contain two consecutive hyphens.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$}. CloudFormation property {@code DBSnapshotIdentifier}.
   */
  public DBSnapshot dbSnapshotIdentifier(String value) {
    return set("DBSnapshotIdentifier", Value.of(value));
  }

  /** Sets {@code DBSnapshotIdentifier} to this value; see {@link #dbSnapshotIdentifier(String)}. */
  public DBSnapshot dbSnapshotIdentifier(Value<String> value) {
    return set("DBSnapshotIdentifier", value);
  }

  /**
   * The tags to be assigned to the DB snapshot.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The allocated storage size in gibibytes (GiB).
   *
   * <p>{@code Fn::GetAtt} attribute {@code AllocatedStorage}.
   */
  public Value<Integer> allocatedStorage() {
    return getAtt("AllocatedStorage");
  }

  /**
   * The name of the Availability Zone the DB instance was located in at the time of the DB
   * snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The Amazon Resource Name (ARN) for the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBSnapshotArn}.
   */
  public Value<String> dbSnapshotArn() {
    return getAtt("DBSnapshotArn");
  }

  /**
   * The identifier for the source DB instance, which is unique to an AWS Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbiResourceId}.
   */
  public Value<String> dbiResourceId() {
    return getAtt("DbiResourceId");
  }

  /**
   * Indicates whether the DB snapshot is encrypted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Encrypted}.
   */
  public Value<Boolean> encrypted() {
    return getAtt("Encrypted");
  }

  /**
   * The name of the database engine.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Engine}.
   */
  public Value<String> engine() {
    return getAtt("Engine");
  }

  /**
   * The version of the database engine.
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
   * The time when the DB instance was created, in UTC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceCreateTime}.
   */
  public Value<String> instanceCreateTime() {
    return getAtt("InstanceCreateTime");
  }

  /**
   * The Provisioned IOPS value of the DB instance at the time of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Iops}.
   */
  public Value<Integer> iops() {
    return getAtt("Iops");
  }

  /**
   * If Encrypted is true, the AWS KMS key identifier for the encrypted DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyId}.
   */
  public Value<String> kmsKeyId() {
    return getAtt("KmsKeyId");
  }

  /**
   * License model information for the restored DB instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LicenseModel}.
   */
  public Value<String> licenseModel() {
    return getAtt("LicenseModel");
  }

  /**
   * The master username for the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterUsername}.
   */
  public Value<String> masterUsername() {
    return getAtt("MasterUsername");
  }

  /**
   * The option group name for the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OptionGroupName}.
   */
  public Value<String> optionGroupName() {
    return getAtt("OptionGroupName");
  }

  /**
   * The time of the CreateDBSnapshot operation in UTC. Doesn't change when the snapshot is copied.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OriginalSnapshotCreateTime}.
   */
  public Value<String> originalSnapshotCreateTime() {
    return getAtt("OriginalSnapshotCreateTime");
  }

  /**
   * The port that the database engine was listening on at the time of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<Integer> port() {
    return getAtt("Port");
  }

  /**
   * The time when the snapshot was taken, in UTC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotCreateTime}.
   */
  public Value<String> snapshotCreateTime() {
    return getAtt("SnapshotCreateTime");
  }

  /**
   * The type of the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotType}.
   */
  public Value<String> snapshotType() {
    return getAtt("SnapshotType");
  }

  /**
   * The status of this DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The storage throughput for the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageThroughput}.
   */
  public Value<Integer> storageThroughput() {
    return getAtt("StorageThroughput");
  }

  /**
   * The storage type associated with the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageType}.
   */
  public Value<String> storageType() {
    return getAtt("StorageType");
  }

  /**
   * The VPC ID associated with the DB snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }
}
