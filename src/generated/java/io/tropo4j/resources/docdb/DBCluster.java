// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DocDB::DBCluster</code> Amazon DocumentDB (with MongoDB compatibility) resource
 * describes a DBCluster. Amazon DocumentDB is a fully managed, MongoDB-compatible document database
 * engine. For more information, see <a
 * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/API_DBCluster.html">DBCluster</a>
 * in the <em>Amazon DocumentDB Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::DocDB::DBCluster}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class DBCluster extends Resource<DBCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDB::DBCluster")
      .constrain("BackupRetentionPeriod", Constraint.of().minimum(1).maximum(35))
      .allowed("EngineVersion", "3.6.0", "4.0", "4.0.0", "5.0.0", "5.0.1", "8.0.0", "8.0.1")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("Id")
      .attributes("ClusterResourceId", "Endpoint", "Id", "Port", "ReadEndpoint")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of Amazon EC2 Availability Zones that instances in the cluster can be created in.
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
   * The number of days for which automated backups are retained. You must specify a minimum value
   * of 1.
   *
   * <p>Default: 1
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be a value from 1 to 35. </ul>
   *
   * <p>Range: 1 to 35. CloudFormation property {@code BackupRetentionPeriod}.
   */
  public DBCluster backupRetentionPeriod(int value) {
    return set("BackupRetentionPeriod", Value.of(value));
  }

  /** Sets {@code BackupRetentionPeriod} to this value; see {@link #backupRetentionPeriod(int)}. */
  public DBCluster backupRetentionPeriod(Value<Integer> value) {
    return set("BackupRetentionPeriod", value);
  }

  /**
   * Set to <code>true</code> to copy all tags from the source cluster snapshot to the target
   * cluster snapshot, and otherwise <code>false</code> . The default is <code>false</code> .
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
   * The cluster identifier. This parameter is stored as a lowercase string.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain from 1 to 63 letters, numbers, or hyphens. <li>The first character must
   * be a letter. <li>Cannot end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p>Example: <code>my-cluster</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBClusterIdentifier}.
   */
  public DBCluster dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public DBCluster dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * The name of the cluster parameter group to associate with this cluster.
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
   * A subnet group to associate with this cluster.
   *
   * <p>Constraints: Must match the name of an existing <code>DBSubnetGroup</code> . Must not be
   * default.
   *
   * <p>Example: <code>mySubnetgroup</code>
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
   * Protects clusters from being accidentally deleted. If enabled, the cluster cannot be deleted
   * unless it is modified and <code>DeletionProtection</code> is disabled.
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
   * The list of log types that need to be enabled for exporting to Amazon CloudWatch Logs. You can
   * enable audit logs or profiler logs. For more information, see <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html">Auditing
   * Amazon DocumentDB Events</a> and <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/profiling.html">Profiling
   * Amazon DocumentDB Operations</a> .
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
   * The version number of the database engine to use. The <code>--engine-version</code> will
   * default to the latest major engine version. For production workloads, we recommend explicitly
   * declaring this parameter with the intended major engine version.
   *
   * <p>If you intend to trigger an in-place upgrade, please refer to <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/docdb-mvu.html">Amazon
   * DocumentDB in-place major version upgrade</a> . Note that for an in-place engine version
   * upgrade, you need to remove other cluster properties changes (e.g. SecurityGroupId) from the
   * CFN template.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code 3.6.0}, {@code 4.0}, {@code
   * 4.0.0}, {@code 5.0.0}, {@code 5.0.1}, {@code 8.0.0}, {@code 8.0.1}. CloudFormation property
   * {@code EngineVersion}.
   */
  public DBCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public DBCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The cluster identifier of the new global cluster.
   *
   * <p>CloudFormation property {@code GlobalClusterIdentifier}.
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
   * The AWS key identifier for an encrypted cluster.
   *
   * <p>The AWS key identifier is the Amazon Resource Name (ARN) for the AWS encryption key. If you
   * are creating a cluster using the same AWS account that owns the AWS encryption key that is used
   * to encrypt the new cluster, you can use the AWS key alias instead of the ARN for the AWS
   * encryption key.
   *
   * <p>If an encryption key is not specified in <code>KmsKeyId</code> :
   *
   * <ul> <li>If the <code>StorageEncrypted</code> parameter is <code>true</code> , Amazon
   * DocumentDB uses your default encryption key. </ul>
   *
   * <p>AWS creates the default encryption key for your AWS account . Your AWS account has a
   * different default encryption key for each AWS Regions .
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

  /**
   * Specifies whether to manage the master user password with Amazon Web Services Secrets Manager.
   *
   * <p>Constraint: You can't manage the master user password with Amazon Web Services Secrets
   * Manager if <code>MasterUserPassword</code> is specified.
   *
   * <p>CloudFormation property {@code ManageMasterUserPassword}.
   */
  public DBCluster manageMasterUserPassword(boolean value) {
    return set("ManageMasterUserPassword", Value.of(value));
  }

  /**
   * Sets {@code ManageMasterUserPassword} to this value; see {@link
   * #manageMasterUserPassword(boolean)}.
   */
  public DBCluster manageMasterUserPassword(Value<Boolean> value) {
    return set("ManageMasterUserPassword", value);
  }

  /**
   * The password for the master database user. This password can contain any printable ASCII
   * character except forward slash (/), double quote ("), or the "at" symbol (&#64;).
   *
   * <p>Constraints: Must contain from 8 to 100 characters.
   *
   * <p>CloudFormation property {@code MasterUserPassword}.
   */
  public DBCluster masterUserPassword(String value) {
    return set("MasterUserPassword", Value.of(value));
  }

  /** Sets {@code MasterUserPassword} to this value; see {@link #masterUserPassword(String)}. */
  public DBCluster masterUserPassword(Value<String> value) {
    return set("MasterUserPassword", value);
  }

  /**
   * The Amazon Web Services KMS key identifier to encrypt a secret that is automatically generated
   * and managed in Amazon Web Services Secrets Manager. This setting is valid only if the master
   * user password is managed by Amazon DocumentDB in Amazon Web Services Secrets Manager for the DB
   * cluster.
   *
   * <p>The Amazon Web Services KMS key identifier is the key ARN, key ID, alias ARN, or alias name
   * for the KMS key. To use a KMS key in a different Amazon Web Services account, specify the key
   * ARN or alias ARN.
   *
   * <p>If you don't specify <code>MasterUserSecretKmsKeyId</code> , then the
   * <code>aws/secretsmanager</code> KMS key is used to encrypt the secret. If the secret is in a
   * different Amazon Web Services account, then you can't use the <code>aws/secretsmanager</code>
   * KMS key to encrypt the secret, and you must use a customer managed KMS key.
   *
   * <p>There is a default KMS key for your Amazon Web Services account. Your Amazon Web Services
   * account has a different default KMS key for each Amazon Web Services Region.
   *
   * <p>CloudFormation property {@code MasterUserSecretKmsKeyId}.
   */
  public DBCluster masterUserSecretKmsKeyId(String value) {
    return set("MasterUserSecretKmsKeyId", Value.of(value));
  }

  /**
   * Sets {@code MasterUserSecretKmsKeyId} to this value; see {@link
   * #masterUserSecretKmsKeyId(String)}.
   */
  public DBCluster masterUserSecretKmsKeyId(Value<String> value) {
    return set("MasterUserSecretKmsKeyId", value);
  }

  /**
   * The name of the master user for the cluster.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be from 1 to 63 letters or numbers. <li>The first character must be a letter.
   * <li>Cannot be a reserved word for the chosen database engine. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MasterUsername}.
   */
  public DBCluster masterUsername(String value) {
    return set("MasterUsername", Value.of(value));
  }

  /** Sets {@code MasterUsername} to this value; see {@link #masterUsername(String)}. */
  public DBCluster masterUsername(Value<String> value) {
    return set("MasterUsername", value);
  }

  /**
   * The network type of the cluster.
   *
   * <p>The network type is determined by the <code>DBSubnetGroup</code> specified for the cluster.
   * A <code>DBSubnetGroup</code> can support only the IPv4 protocol or the IPv4 and the IPv6
   * protocols ( <code>DUAL</code> ).
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/vpc-clusters.html">DocumentDB
   * clusters in a VPC</a> in the Amazon DocumentDB Developer Guide.
   *
   * <p>Valid Values: <code>IPV4</code> | <code>DUAL</code>
   *
   * <p>CloudFormation property {@code NetworkType}.
   */
  public DBCluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public DBCluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Specifies the port that the database engine is listening on.
   *
   * <p>CloudFormation property {@code Port}.
   */
  public DBCluster port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public DBCluster port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The daily time range during which automated backups are created if automated backups are
   * enabled using the <code>BackupRetentionPeriod</code> parameter.
   *
   * <p>The default is a 30-minute window selected at random from an 8-hour block of time for each
   * AWS Region .
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be in the format <code>hh24:mi-hh24:mi</code> . <li>Must be in Universal
   * Coordinated Time (UTC). <li>Must not conflict with the preferred maintenance window. <li>Must
   * be at least 30 minutes. </ul>
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
   * The weekly time range during which system maintenance can occur, in Universal Coordinated Time
   * (UTC).
   *
   * <p>Format: <code>ddd:hh24:mi-ddd:hh24:mi</code>
   *
   * <p>The default is a 30-minute window selected at random from an 8-hour block of time for each
   * AWS Region , occurring on a random day of the week.
   *
   * <p>Valid days: Mon, Tue, Wed, Thu, Fri, Sat, Sun
   *
   * <p>Constraints: Minimum 30-minute window.
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
   * The date and time to restore the cluster to.
   *
   * <p>Valid values: A time in Universal Coordinated Time (UTC) format.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be before the latest restorable time for the instance. <li>Must be specified if
   * the <code>UseLatestRestorableTime</code> parameter is not provided. <li>Cannot be specified if
   * the <code>UseLatestRestorableTime</code> parameter is <code>true</code> . <li>Cannot be
   * specified if the <code>RestoreType</code> parameter is <code>copy-on-write</code> . </ul>
   *
   * <p>Example: <code>2015-03-07T23:45:00Z</code>
   *
   * <p>CloudFormation property {@code RestoreToTime}.
   */
  public DBCluster restoreToTime(String value) {
    return set("RestoreToTime", Value.of(value));
  }

  /** Sets {@code RestoreToTime} to this value; see {@link #restoreToTime(String)}. */
  public DBCluster restoreToTime(Value<String> value) {
    return set("RestoreToTime", value);
  }

  /**
   * The type of restore to be performed. You can specify one of the following values:
   *
   * <ul> <li><code>full-copy</code> - The new DB cluster is restored as a full copy of the source
   * DB cluster. <li><code>copy-on-write</code> - The new DB cluster is restored as a clone of the
   * source DB cluster. </ul>
   *
   * <p>Constraints: You can't specify <code>copy-on-write</code> if the engine version of the
   * source DB cluster is earlier than 1.11.
   *
   * <p>If you don't specify a <code>RestoreType</code> value, then the new DB cluster is restored
   * as a full copy of the source DB cluster.
   *
   * <p>CloudFormation property {@code RestoreType}.
   */
  public DBCluster restoreType(String value) {
    return set("RestoreType", Value.of(value));
  }

  /** Sets {@code RestoreType} to this value; see {@link #restoreType(String)}. */
  public DBCluster restoreType(Value<String> value) {
    return set("RestoreType", value);
  }

  /**
   * Specifies whether to rotate the secret managed by Amazon Web Services Secrets Manager for the
   * master user password.
   *
   * <p>This setting is valid only if the master user password is managed by Amazon DocumentDB in
   * Amazon Web Services Secrets Manager for the cluster. The secret value contains the updated
   * password.
   *
   * <p>Constraint: You must apply the change immediately when rotating the master user password.
   *
   * <p>CloudFormation property {@code RotateMasterUserPassword}.
   */
  public DBCluster rotateMasterUserPassword(boolean value) {
    return set("RotateMasterUserPassword", Value.of(value));
  }

  /**
   * Sets {@code RotateMasterUserPassword} to this value; see {@link
   * #rotateMasterUserPassword(boolean)}.
   */
  public DBCluster rotateMasterUserPassword(Value<Boolean> value) {
    return set("RotateMasterUserPassword", value);
  }

  /**
   * Contains the scaling configuration of an Amazon DocumentDB Serverless cluster.
   *
   * <p>CloudFormation property {@code ServerlessV2ScalingConfiguration}.
   */
  public DBCluster serverlessV2ScalingConfiguration(Value<ServerlessV2ScalingConfiguration> value) {
    return set("ServerlessV2ScalingConfiguration", value);
  }

  /**
   * The identifier for the snapshot or cluster snapshot to restore from.
   *
   * <p>You can use either the name or the Amazon Resource Name (ARN) to specify a cluster snapshot.
   * However, you can use only the ARN to specify a snapshot.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must match the identifier of an existing snapshot. </ul>
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
   * The identifier of the source cluster from which to restore.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must match the identifier of an existing <code>DBCluster</code> . </ul>
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
   * Specifies whether the cluster is encrypted.
   *
   * <p>If you specify <code>SourceDBClusterIdentifier</code> or <code>SnapshotIdentifier</code> and
   * don’t specify <code>StorageEncrypted</code> , the encryption property is inherited from the
   * source cluster or snapshot (unless <code>KMSKeyId</code> is specified, in which case the
   * restored cluster will be encrypted with that KMS key). If the source is encrypted and
   * <code>StorageEncrypted</code> is specified to be true, the restored cluster will be encrypted
   * (if you want to use a different KMS key, specify the <code>KMSKeyId</code> property as well).
   * If the source is unencrypted and <code>StorageEncrypted</code> is specified to be true, then
   * the <code>KMSKeyId</code> property must be specified. If the source is encrypted, don’t specify
   * <code>StorageEncrypted</code> to be false as opting out of encryption is not allowed.
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
   * The storage type to associate with the DB cluster.
   *
   * <p>For information on storage types for Amazon DocumentDB clusters, see Cluster storage
   * configurations in the <em>Amazon DocumentDB Developer Guide</em> .
   *
   * <p>Valid values for storage type - <code>standard | iopt1</code>
   *
   * <p>Default value is <code>standard</code>
   *
   * <p>When you create an Amazon DocumentDB cluster with the storage type set to <code>iopt1</code>
   * , the storage type is returned in the response. The storage type isn't returned when you set it
   * to <code>standard</code> .
   *
   * <p>CloudFormation property {@code StorageType}.
   */
  public DBCluster storageType(String value) {
    return set("StorageType", Value.of(value));
  }

  /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
  public DBCluster storageType(Value<String> value) {
    return set("StorageType", value);
  }

  /**
   * The tags to be assigned to the cluster.
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
   * A value that is set to <code>true</code> to restore the cluster to the latest restorable backup
   * time, and <code>false</code> otherwise.
   *
   * <p>Default: <code>false</code>
   *
   * <p>Constraints: Cannot be specified if the <code>RestoreToTime</code> parameter is provided.
   *
   * <p>CloudFormation property {@code UseLatestRestorableTime}.
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
   * A list of EC2 VPC security groups to associate with this cluster.
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
   * The resource id for the cluster; for example: <code>cluster-ABCD1234EFGH5678IJKL90MNOP</code> .
   * The cluster ID uniquely identifies the cluster and is used in things like IAM authentication
   * policies.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterResourceId}.
   */
  public Value<String> clusterResourceId() {
    return getAtt("ClusterResourceId");
  }

  /**
   * The connection endpoint for the cluster, such as
   * <code>sample-cluster.cluster-cozrlsfrcjoc.us-east-1.docdb.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The port number on which the cluster accepts connections. For example: <code>27017</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<String> port() {
    return getAtt("Port");
  }

  /**
   * The reader endpoint for the cluster. For example:
   * <code>sample-cluster.cluster-ro-cozrlsfrcjoc.us-east-1.docdb.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndpoint}.
   */
  public Value<String> readEndpoint() {
    return getAtt("ReadEndpoint");
  }

  /**
   * Sets the scaling configuration of an Amazon DocumentDB Serverless cluster.
   *
   * <p>Property type {@code AWS::DocDB::DBCluster.ServerlessV2ScalingConfiguration}.
   */
  public static final class ServerlessV2ScalingConfiguration extends Struct<ServerlessV2ScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DocDB::DBCluster.ServerlessV2ScalingConfiguration")
        .required("MaxCapacity", "MinCapacity")
        .build();

    public ServerlessV2ScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of Amazon DocumentDB capacity units (DCUs) for an instance in an Amazon
     * DocumentDB Serverless cluster. You can specify DCU values in half-step increments, such as
     * 32, 32.5, 33, and so on.
     *
     * <p>Required. CloudFormation property {@code MaxCapacity}.
     */
    public ServerlessV2ScalingConfiguration maxCapacity(double value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(double)}. */
    public ServerlessV2ScalingConfiguration maxCapacity(Value<Double> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum number of Amazon DocumentDB capacity units (DCUs) for an instance in an Amazon
     * DocumentDB Serverless cluster. You can specify DCU values in half-step increments, such as 8,
     * 8.5, 9, and so on.
     *
     * <p>Required. CloudFormation property {@code MinCapacity}.
     */
    public ServerlessV2ScalingConfiguration minCapacity(double value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(double)}. */
    public ServerlessV2ScalingConfiguration minCapacity(Value<Double> value) {
      return set("MinCapacity", value);
    }
  }
}
