// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptune;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::Neptune::DBCluster</code> resource creates an Amazon Neptune DB cluster. Neptune
 * is a fully managed graph database.
 *
 * <p>Currently, you can create this resource only in AWS Regions in which Amazon Neptune is
 * supported.
 *
 * <p>If no <code>DeletionPolicy</code> is set for <code>AWS::Neptune::DBCluster</code> resources,
 * the default deletion behavior is that the entire volume will be deleted without a snapshot. To
 * retain a backup of the volume, the <code>DeletionPolicy</code> should be set to
 * <code>Snapshot</code> . For more information about how CloudFormation deletes resources, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> .
 *
 * <p>You can use <code>AWS::Neptune::DBCluster.DeletionProtection</code> to help guard against
 * unintended deletion of your DB cluster.
 *
 * <p>CloudFormation type {@code AWS::Neptune::DBCluster}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class DBCluster extends Resource<DBCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBCluster")
      .constrain("BackupRetentionPeriod", Constraint.of().minimum(1))
      .constrain("DBClusterIdentifier", Constraint.of().pattern("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .constrain("GlobalClusterIdentifier", Constraint.of().pattern("^[A-Za-z][0-9A-Za-z-:._]*$").minLength(1).maxLength(255))
      .references("KmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
      .allowed("NetworkType", "IPV4", "DUAL")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("DBClusterIdentifier")
      .attributes("ClusterResourceId", "Endpoint", "Port", "ReadEndpoint")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Provides a list of the Amazon Identity and Access Management (IAM) roles that are associated
   * with the DB cluster. IAM roles that are associated with a DB cluster grant permission for the
   * DB cluster to access other Amazon services on your behalf.
   *
   * <p>CloudFormation property {@code AssociatedRoles}.
   */
  public DBCluster associatedRoles(List<DBClusterRole> value) {
    return set("AssociatedRoles", Value.listOf(value));
  }

  /** Sets {@code AssociatedRoles} to this value; see {@link #associatedRoles(List)}. */
  public DBCluster associatedRoles(Value<List<DBClusterRole>> value) {
    return set("AssociatedRoles", value);
  }

  /** Sets {@code AssociatedRoles} to a list of these; see {@link #associatedRoles(List)}. */
  public DBCluster associatedRoles(DBClusterRole... values) {
    return set("AssociatedRoles", Value.list(values));
  }

  /**
   * Provides the list of EC2 Availability Zones that instances in the DB cluster can be created in.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZones}.
   */
  public DBCluster availabilityZones(List<String> value) {
    return set("AvailabilityZones", Value.listOf(value));
  }

  /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
  public DBCluster availabilityZones(Value<List<String>> value) {
    return set("AvailabilityZones", value);
  }

  /**
   * Specifies the number of days for which automatic DB snapshots are retained.
   *
   * <p>An update may require some interruption. See <a
   * href="https://docs.aws.amazon.com/neptune/latest/userguide/api-instances.html#ModifyDBInstance">ModifyDBInstance</a>
   * in the Amazon Neptune User Guide for more information.
   *
   * <p>Range: at least 1. Default: {@code 1}. CloudFormation property {@code
   * BackupRetentionPeriod}.
   */
  public DBCluster backupRetentionPeriod(int value) {
    return set("BackupRetentionPeriod", Value.of(value));
  }

  /** Sets {@code BackupRetentionPeriod} to this value; see {@link #backupRetentionPeriod(int)}. */
  public DBCluster backupRetentionPeriod(Value<Integer> value) {
    return set("BackupRetentionPeriod", value);
  }

  /**
   * <em>If set to <code>true</code> , tags are copied to any snapshot of the DB cluster that is
   * created.</em>
   *
   * <p>CloudFormation property {@code CopyTagsToSnapshot}.
   */
  public DBCluster copyTagsToSnapshot(boolean value) {
    return set("CopyTagsToSnapshot", Value.of(value));
  }

  /** Sets {@code CopyTagsToSnapshot} to this value; see {@link #copyTagsToSnapshot(boolean)}. */
  public DBCluster copyTagsToSnapshot(Value<Boolean> value) {
    return set("CopyTagsToSnapshot", value);
  }

  /**
   * Contains a user-supplied DB cluster identifier. This identifier is the unique key that
   * identifies a DB cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code DBClusterIdentifier}.
   */
  public DBCluster dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public DBCluster dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * Provides the name of the DB cluster parameter group.
   *
   * <p>An update may require some interruption. See <a
   * href="https://docs.aws.amazon.com/neptune/latest/userguide/api-instances.html#ModifyDBInstance">ModifyDBInstance</a>
   * in the Amazon Neptune User Guide for more information.
   *
   * <p>CloudFormation property {@code DBClusterParameterGroupName}.
   */
  public DBCluster dbClusterParameterGroupName(String value) {
    return set("DBClusterParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code DBClusterParameterGroupName} to this value; see {@link
   * #dbClusterParameterGroupName(String)}.
   */
  public DBCluster dbClusterParameterGroupName(Value<String> value) {
    return set("DBClusterParameterGroupName", value);
  }

  /**
   * The name of the DB parameter group to apply to all instances of the DB cluster. Used only in
   * case of a major engine version upgrade request
   *
   * <p>Note that when you apply a parameter group using <code>DBInstanceParameterGroupName</code> ,
   * parameter changes are applied immediately, not during the next maintenance window.
   *
   * <p><b>Constraints</b> - The DB parameter group must be in the same DB parameter group family as
   * the target DB cluster version.
   *
   * <ul> <li>The <code>DBInstanceParameterGroupName</code> parameter is only valid for major engine
   * version upgrades. </ul>
   *
   * <p>CloudFormation property {@code DBInstanceParameterGroupName}.
   */
  public DBCluster dbInstanceParameterGroupName(String value) {
    return set("DBInstanceParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code DBInstanceParameterGroupName} to this value; see {@link
   * #dbInstanceParameterGroupName(String)}.
   */
  public DBCluster dbInstanceParameterGroupName(Value<String> value) {
    return set("DBInstanceParameterGroupName", value);
  }

  /**
   * The port number on which the DB instances in the DB cluster accept connections.
   *
   * <p>If not specified, the default port used is <code>8182</code> .
   *
   * <p>The <code>Port</code> property will soon be deprecated. Please update existing templates to
   * use the new <code>DBPort</code> property that has the same functionality.
   *
   * <p>CloudFormation property {@code DBPort}.
   */
  public DBCluster dbPort(int value) {
    return set("DBPort", Value.of(value));
  }

  /** Sets {@code DBPort} to this value; see {@link #dbPort(int)}. */
  public DBCluster dbPort(Value<Integer> value) {
    return set("DBPort", value);
  }

  /**
   * Specifies information on the subnet group associated with the DB cluster, including the name,
   * description, and subnets in the subnet group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSubnetGroupName}.
   */
  public DBCluster dbSubnetGroupName(String value) {
    return set("DBSubnetGroupName", Value.of(value));
  }

  /** Sets {@code DBSubnetGroupName} to this value; see {@link #dbSubnetGroupName(String)}. */
  public DBCluster dbSubnetGroupName(Value<String> value) {
    return set("DBSubnetGroupName", value);
  }

  /**
   * Indicates whether or not the DB cluster has deletion protection enabled. The database can't be
   * deleted when deletion protection is enabled.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public DBCluster deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public DBCluster deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * Specifies a list of log types that are enabled for export to CloudWatch Logs.
   *
   * <p>CloudFormation property {@code EnableCloudwatchLogsExports}.
   */
  public DBCluster enableCloudwatchLogsExports(List<String> value) {
    return set("EnableCloudwatchLogsExports", Value.listOf(value));
  }

  /**
   * Sets {@code EnableCloudwatchLogsExports} to this value; see {@link
   * #enableCloudwatchLogsExports(List)}.
   */
  public DBCluster enableCloudwatchLogsExports(Value<List<String>> value) {
    return set("EnableCloudwatchLogsExports", value);
  }

  /**
   * Indicates the database engine version.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public DBCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public DBCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The ID of the Neptune global database to which this new DB cluster should be added.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[A-Za-z][0-9A-Za-z-:._]*$}. CloudFormation property {@code GlobalClusterIdentifier}.
   */
  public DBCluster globalClusterIdentifier(String value) {
    return set("GlobalClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code GlobalClusterIdentifier} to this value; see {@link
   * #globalClusterIdentifier(String)}.
   */
  public DBCluster globalClusterIdentifier(Value<String> value) {
    return set("GlobalClusterIdentifier", value);
  }

  /**
   * True if mapping of Amazon Identity and Access Management (IAM) accounts to database accounts is
   * enabled, and otherwise false.
   *
   * <p>CloudFormation property {@code IamAuthEnabled}.
   */
  public DBCluster iamAuthEnabled(boolean value) {
    return set("IamAuthEnabled", Value.of(value));
  }

  /** Sets {@code IamAuthEnabled} to this value; see {@link #iamAuthEnabled(boolean)}. */
  public DBCluster iamAuthEnabled(Value<Boolean> value) {
    return set("IamAuthEnabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the KMS key that is used to encrypt the database instances in
   * the DB cluster, such as
   * <code>arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef</code> . If
   * you enable the <code>StorageEncrypted</code> property but don't specify this property, the
   * default KMS key is used. If you specify this property, you must set the
   * <code>StorageEncrypted</code> property to <code>true</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public DBCluster kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public DBCluster kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public DBCluster kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.arn());
  }

  /**
   * The network type of the DB cluster.
   *
   * <p>Allowed values: {@code IPV4}, {@code DUAL}. CloudFormation property {@code NetworkType}.
   */
  public DBCluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public DBCluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Specifies the daily time range during which automated backups are created if automated backups
   * are enabled, as determined by the <code>BackupRetentionPeriod</code> .
   *
   * <p>An update may require some interruption.
   *
   * <p>CloudFormation property {@code PreferredBackupWindow}.
   */
  public DBCluster preferredBackupWindow(String value) {
    return set("PreferredBackupWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredBackupWindow} to this value; see {@link #preferredBackupWindow(String)}.
   */
  public DBCluster preferredBackupWindow(Value<String> value) {
    return set("PreferredBackupWindow", value);
  }

  /**
   * Specifies the weekly time range during which system maintenance can occur, in Universal
   * Coordinated Time (UTC).
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public DBCluster preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public DBCluster preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
   *
   * <p>If a DB snapshot is specified, the target DB cluster is created from the source DB snapshot
   * with a default configuration and default security group.
   *
   * <p>If a DB cluster snapshot is specified, the target DB cluster is created from the source DB
   * cluster restore point with the same configuration as the original source DB cluster, except
   * that the new DB cluster is created with the default security group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RestoreToTime}.
   */
  public DBCluster restoreToTime(String value) {
    return set("RestoreToTime", Value.of(value));
  }

  /** Sets {@code RestoreToTime} to this value; see {@link #restoreToTime(String)}. */
  public DBCluster restoreToTime(Value<String> value) {
    return set("RestoreToTime", value);
  }

  /**
   * Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
   *
   * <p>If a DB snapshot is specified, the target DB cluster is created from the source DB snapshot
   * with a default configuration and default security group.
   *
   * <p>If a DB cluster snapshot is specified, the target DB cluster is created from the source DB
   * cluster restore point with the same configuration as the original source DB cluster, except
   * that the new DB cluster is created with the default security group.
   *
   * <p>Changing it replaces the resource. Default: {@code "full-copy"}. CloudFormation property
   * {@code RestoreType}.
   */
  public DBCluster restoreType(String value) {
    return set("RestoreType", Value.of(value));
  }

  /** Sets {@code RestoreType} to this value; see {@link #restoreType(String)}. */
  public DBCluster restoreType(Value<String> value) {
    return set("RestoreType", value);
  }

  /**
   * Contains the scaling configuration of an Neptune Serverless DB cluster.
   *
   * <p>CloudFormation property {@code ServerlessScalingConfiguration}.
   */
  public DBCluster serverlessScalingConfiguration(Value<ServerlessScalingConfiguration> value) {
    return set("ServerlessScalingConfiguration", value);
  }

  /**
   * Specifies the identifier for a DB cluster snapshot. Must match the identifier of an existing
   * snapshot.
   *
   * <p>After you restore a DB cluster using a <code>SnapshotIdentifier</code> , you must specify
   * the same <code>SnapshotIdentifier</code> for any future updates to the DB cluster. When you
   * specify this property for an update, the DB cluster is not restored from the snapshot again,
   * and the data in the database is not changed.
   *
   * <p>However, if you don't specify the <code>SnapshotIdentifier</code> , an empty DB cluster is
   * created, and the original DB cluster is deleted. If you specify a property that is different
   * from the previous snapshot restore property, the DB cluster is restored from the snapshot
   * specified by the <code>SnapshotIdentifier</code> , and the original DB cluster is deleted.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotIdentifier}.
   */
  public DBCluster snapshotIdentifier(String value) {
    return set("SnapshotIdentifier", Value.of(value));
  }

  /** Sets {@code SnapshotIdentifier} to this value; see {@link #snapshotIdentifier(String)}. */
  public DBCluster snapshotIdentifier(Value<String> value) {
    return set("SnapshotIdentifier", value);
  }

  /**
   * Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
   *
   * <p>If a DB snapshot is specified, the target DB cluster is created from the source DB snapshot
   * with a default configuration and default security group.
   *
   * <p>If a DB cluster snapshot is specified, the target DB cluster is created from the source DB
   * cluster restore point with the same configuration as the original source DB cluster, except
   * that the new DB cluster is created with the default security group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceDBClusterIdentifier}.
   */
  public DBCluster sourceDBClusterIdentifier(String value) {
    return set("SourceDBClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SourceDBClusterIdentifier} to this value; see {@link
   * #sourceDBClusterIdentifier(String)}.
   */
  public DBCluster sourceDBClusterIdentifier(Value<String> value) {
    return set("SourceDBClusterIdentifier", value);
  }

  /**
   * Indicates whether the DB cluster is encrypted.
   *
   * <p>If you specify the <code>KmsKeyId</code> property, then you must enable encryption and set
   * this property to <code>true</code> .
   *
   * <p>If you enable the <code>StorageEncrypted</code> property but don't specify the
   * <code>KmsKeyId</code> property, then the default KMS key is used. If you specify the
   * <code>KmsKeyId</code> property, then that KMS key is used to encrypt the database instances in
   * the DB cluster.
   *
   * <p>If you specify the <code>SourceDBClusterIdentifier</code> property, and don't specify this
   * property or disable it, the value is inherited from the source DB cluster. If the source DB
   * cluster is encrypted, the <code>KmsKeyId</code> property from the source cluster is used.
   *
   * <p>If you specify the <code>DBSnapshotIdentifier</code> and don't specify this property or
   * disable it, the value is inherited from the snapshot and the specified <code>KmsKeyId</code>
   * property from the snapshot is used.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageEncrypted}.
   */
  public DBCluster storageEncrypted(boolean value) {
    return set("StorageEncrypted", Value.of(value));
  }

  /** Sets {@code StorageEncrypted} to this value; see {@link #storageEncrypted(boolean)}. */
  public DBCluster storageEncrypted(Value<Boolean> value) {
    return set("StorageEncrypted", value);
  }

  /**
   * The tags assigned to this cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
   *
   * <p>If a DB snapshot is specified, the target DB cluster is created from the source DB snapshot
   * with a default configuration and default security group.
   *
   * <p>If a DB cluster snapshot is specified, the target DB cluster is created from the source DB
   * cluster restore point with the same configuration as the original source DB cluster, except
   * that the new DB cluster is created with the default security group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UseLatestRestorableTime}.
   */
  public DBCluster useLatestRestorableTime(boolean value) {
    return set("UseLatestRestorableTime", Value.of(value));
  }

  /**
   * Sets {@code UseLatestRestorableTime} to this value; see {@link
   * #useLatestRestorableTime(boolean)}.
   */
  public DBCluster useLatestRestorableTime(Value<Boolean> value) {
    return set("UseLatestRestorableTime", value);
  }

  /**
   * Provides a list of VPC security groups that the DB cluster belongs to.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * VpcSecurityGroupIds}.
   */
  public DBCluster vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public DBCluster vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * Sets {@code VpcSecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #vpcSecurityGroupIds(List)}.
   */
  public DBCluster vpcSecurityGroupIds(SecurityGroup... resources) {
    return set("VpcSecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The resource id for the DB cluster. For example:
   * <code>cluster-ABCD1234EFGH5678IJKL90MNOP</code> . The cluster ID uniquely identifies the
   * cluster and is used in things like IAM authentication policies.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterResourceId}.
   */
  public Value<String> clusterResourceId() {
    return getAtt("ClusterResourceId");
  }

  /**
   * The connection endpoint for the DB cluster. For example:
   * <code>mystack-mydbcluster-1apw1j4phylrk.cg034hpkmmjt.us-east-2.rds.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The port number on which the DB instances in the DB cluster accept connections.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<String> port() {
    return getAtt("Port");
  }

  /**
   * The reader endpoint for the DB cluster. For example:
   * <code>mystack-mydbcluster-ro-1apw1j4phylrk.cg034hpkmmjt.us-east-2.rds.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndpoint}.
   */
  public Value<String> readEndpoint() {
    return getAtt("ReadEndpoint");
  }

  /**
   * Describes an Amazon Identity and Access Management (IAM) role that is associated with a DB
   * cluster.
   *
   * <p>Property type {@code AWS::Neptune::DBCluster.DBClusterRole}.
   */
  public static final class DBClusterRole extends Struct<DBClusterRole> {
    private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBCluster.DBClusterRole")
        .required("RoleArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public DBClusterRole() {
      super(SCHEMA);
    }

    /**
     * The name of the feature associated with the Amazon Identity and Access Management (IAM) role.
     * For the list of supported feature names, see <a
     * href="https://docs.aws.amazon.com/neptune/latest/userguide/api-other-apis.html#DescribeDBEngineVersions">DescribeDBEngineVersions</a>
     * .
     *
     * <p>CloudFormation property {@code FeatureName}.
     */
    public DBClusterRole featureName(String value) {
      return set("FeatureName", Value.of(value));
    }

    /** Sets {@code FeatureName} to this value; see {@link #featureName(String)}. */
    public DBClusterRole featureName(Value<String> value) {
      return set("FeatureName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that is associated with the DB cluster.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public DBClusterRole roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DBClusterRole roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public DBClusterRole roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Contains the scaling configuration of a Neptune Serverless DB cluster.
   *
   * <p>Property type {@code AWS::Neptune::DBCluster.ServerlessScalingConfiguration}.
   */
  public static final class ServerlessScalingConfiguration extends Struct<ServerlessScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBCluster.ServerlessScalingConfiguration")
        .required("MaxCapacity", "MinCapacity")
        .constrain("MaxCapacity", Constraint.of().minimum(2.5).maximum(128))
        .constrain("MinCapacity", Constraint.of().minimum(1).maximum(128))
        .build();

    public ServerlessScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of Neptune capacity units (NCUs) for a DB instance in a Neptune Serverless
     * cluster. You can specify NCU values in half-step increments, such as 40, 40.5, 41, and so on.
     *
     * <p>Required. Range: 2.5 to 128. CloudFormation property {@code MaxCapacity}.
     */
    public ServerlessScalingConfiguration maxCapacity(double value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(double)}. */
    public ServerlessScalingConfiguration maxCapacity(Value<Double> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum number of Neptune capacity units (NCUs) for a DB instance in a Neptune Serverless
     * cluster. You can specify NCU values in half-step increments, such as 8, 8.5, 9, and so on.
     *
     * <p>Required. Range: 1 to 128. CloudFormation property {@code MinCapacity}.
     */
    public ServerlessScalingConfiguration minCapacity(double value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(double)}. */
    public ServerlessScalingConfiguration minCapacity(Value<Double> value) {
      return set("MinCapacity", value);
    }
  }
}
