// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

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
 * The <code>AWS::RDS::DBCluster</code> resource creates an Amazon Aurora DB cluster or Multi-AZ DB
 * cluster.
 *
 * <p>For more information about creating an Aurora DB cluster, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.CreateInstance.html">Creating
 * an Amazon Aurora DB cluster</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>For more information about creating a Multi-AZ DB cluster, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/create-multi-az-db-cluster.html">Creating
 * a Multi-AZ DB cluster</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>You can only create this resource in AWS Regions where Amazon Aurora or Multi-AZ DB clusters
 * are supported.
 *
 * <p><em>Updating DB clusters</em>
 *
 * <p>When properties labeled " <em>Update requires:</em> <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">Replacement</a>
 * " are updated, AWS CloudFormation first creates a replacement DB cluster, then changes references
 * from other dependent resources to point to the replacement DB cluster, and finally deletes the
 * old DB cluster.
 *
 * <p>We highly recommend that you take a snapshot of the database before updating the stack. If you
 * don't, you lose the data when AWS CloudFormation replaces your DB cluster. To preserve your data,
 * perform the following procedure: - Deactivate any applications that are using the DB cluster so
 * that there's no activity on the DB instance. - Create a snapshot of the DB cluster. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_CreateSnapshotCluster.html">Creating
 * a DB cluster snapshot</a> . - If you want to restore your DB cluster using a DB cluster snapshot,
 * modify the updated template with your DB cluster changes and add the
 * <code>SnapshotIdentifier</code> property with the ID of the DB cluster snapshot that you want to
 * use. After you restore a DB cluster with a <code>SnapshotIdentifier</code> property, you must
 * specify the same <code>SnapshotIdentifier</code> property for any future updates to the DB
 * cluster. When you specify this property for an update, the DB cluster is not restored from the DB
 * cluster snapshot again, and the data in the database is not changed. However, if you don't
 * specify the <code>SnapshotIdentifier</code> property, an empty DB cluster is created, and the
 * original DB cluster is deleted. If you specify a property that is different from the previous
 * snapshot restore property, a new DB cluster is restored from the specified
 * <code>SnapshotIdentifier</code> property, and the original DB cluster is deleted. - Update the
 * stack.
 *
 * <p>Currently, when you are updating the stack for an Aurora Serverless DB cluster, you can't
 * include changes to any other properties when you specify one of the following properties:
 * <code>PreferredBackupWindow</code> , <code>PreferredMaintenanceWindow</code> , and
 * <code>Port</code> . This limitation doesn't apply to provisioned DB clusters.
 *
 * <p>For more information about updating other properties of this resource, see <code><a
 * href="https://docs.aws.amazon.com//AmazonRDS/latest/APIReference/API_ModifyDBCluster.html">ModifyDBCluster</a></code>
 * . For more information about updating stacks, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks.html">AWS
 * CloudFormation Stacks Updates</a> .
 *
 * <p><em>Deleting DB clusters</em>
 *
 * <p>The default <code>DeletionPolicy</code> for <code>AWS::RDS::DBCluster</code> resources is
 * <code>Snapshot</code> . For more information about how AWS CloudFormation deletes resources, see
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBCluster}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class DBCluster extends Resource<DBCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBCluster")
      .constrain("BacktrackWindow", Constraint.of().minimum(0))
      .constrain("BackupRetentionPeriod", Constraint.of().minimum(1).maximum(35))
      .allowed("ClusterScalabilityType", "limitless", "standard")
      .constrain("DBClusterIdentifier", Constraint.of().pattern("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .references("DBClusterParameterGroupName", "AWS::RDS::DBClusterParameterGroup.Ref")
      .references("DBSubnetGroupName", "AWS::RDS::DBSubnetGroup.Ref")
      .allowed("DatabaseInsightsMode", "advanced", "standard")
      .constrain("GlobalClusterIdentifier", Constraint.of().pattern("^$|^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$").minLength(0).maxLength(63))
      .references("GlobalClusterIdentifier", "AWS::RDS::GlobalCluster.Ref")
      .references("KmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
      .allowed("MasterUserAuthenticationType", "iam-db-auth", "password")
      .constrain("MasterUsername", Constraint.of().pattern("^[a-zA-Z]{1}[a-zA-Z0-9_]*$").minLength(1))
      .constrain("MonitoringRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("DBClusterIdentifier")
      .attributes("DBClusterArn", "DBClusterResourceId", "Endpoint", "Endpoint.Address",
          "Endpoint.Port", "MasterUserSecret.SecretArn", "ReadEndpoint", "ReadEndpoint.Address",
          "StorageEncryptionType", "StorageThroughput")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The amount of storage in gibibytes (GiB) to allocate to each DB instance in the Multi-AZ DB
   * cluster.
   *
   * <p>Valid for Cluster Type: Multi-AZ DB clusters only
   *
   * <p>This setting is required to create a Multi-AZ DB cluster.
   *
   * <p>CloudFormation property {@code AllocatedStorage}.
   */
  public DBCluster allocatedStorage(int value) {
    return set("AllocatedStorage", Value.of(value));
  }

  /** Sets {@code AllocatedStorage} to this value; see {@link #allocatedStorage(int)}. */
  public DBCluster allocatedStorage(Value<Integer> value) {
    return set("AllocatedStorage", value);
  }

  /**
   * Provides a list of the AWS Identity and Access Management (IAM) roles that are associated with
   * the DB cluster. IAM roles that are associated with a DB cluster grant permission for the DB
   * cluster to access other Amazon Web Services on your behalf.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Specifies whether minor engine upgrades are applied automatically to the DB cluster during the
   * maintenance window. By default, minor engine upgrades are applied automatically.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB cluster.
   *
   * <p>For more information about automatic minor version upgrades, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades">Automatically
   * upgrading the minor engine version</a> .
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public DBCluster autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public DBCluster autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * A list of Availability Zones (AZs) where instances in the DB cluster can be created. For
   * information on AWS Regions and Availability Zones, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.RegionsAndAvailabilityZones.html">Choosing
   * the Regions and Availability Zones</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Valid for: Aurora DB clusters only
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
   * The target backtrack window, in seconds. To disable backtracking, set this value to
   * <code>0</code> .
   *
   * <p>Valid for Cluster Type: Aurora MySQL DB clusters only
   *
   * <p>Default: <code>0</code>
   *
   * <p>Constraints:
   *
   * <ul> <li>If specified, this value must be set to a number from 0 to 259,200 (72 hours). </ul>
   *
   * <p>Range: at least 0. CloudFormation property {@code BacktrackWindow}.
   */
  public DBCluster backtrackWindow(int value) {
    return set("BacktrackWindow", Value.of(value));
  }

  /** Sets {@code BacktrackWindow} to this value; see {@link #backtrackWindow(int)}. */
  public DBCluster backtrackWindow(Value<Integer> value) {
    return set("BacktrackWindow", value);
  }

  /**
   * The number of days for which automated backups are retained.
   *
   * <p>Default: 1
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be a value from 1 to 35 </ul>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Range: 1 to 35. Default: {@code 1}. CloudFormation property {@code BackupRetentionPeriod}.
   */
  public DBCluster backupRetentionPeriod(int value) {
    return set("BackupRetentionPeriod", Value.of(value));
  }

  /** Sets {@code BackupRetentionPeriod} to this value; see {@link #backupRetentionPeriod(int)}. */
  public DBCluster backupRetentionPeriod(Value<Integer> value) {
    return set("BackupRetentionPeriod", value);
  }

  /**
   * Specifies the scalability mode of the Aurora DB cluster. When set to <code>limitless</code> ,
   * the cluster operates as an Aurora Limitless Database, allowing you to create a DB shard group
   * for horizontal scaling (sharding) capabilities. When set to <code>standard</code> (the
   * default), the cluster uses normal DB instance creation.
   *
   * <p><em>Important:</em> Automated backup retention isn't supported with Aurora Limitless
   * Database clusters. If you set this property to <code>limitless</code> , you cannot set
   * <code>DeleteAutomatedBackups</code> to <code>false</code> . To create a backup, use manual
   * snapshots instead.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code limitless}, {@code standard}.
   * CloudFormation property {@code ClusterScalabilityType}.
   */
  public DBCluster clusterScalabilityType(String value) {
    return set("ClusterScalabilityType", Value.of(value));
  }

  /**
   * Sets {@code ClusterScalabilityType} to this value; see {@link #clusterScalabilityType(String)}.
   */
  public DBCluster clusterScalabilityType(Value<String> value) {
    return set("ClusterScalabilityType", value);
  }

  /**
   * A value that indicates whether to copy all tags from the DB cluster to snapshots of the DB
   * cluster. The default is not to copy them.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The DB cluster identifier. This parameter is stored as a lowercase string.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain from 1 to 63 letters, numbers, or hyphens. <li>First character must be a
   * letter. <li>Can't end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p>Example: <code>my-cluster1</code>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The compute and memory capacity of each DB instance in the Multi-AZ DB cluster, for example
   * <code>db.m6gd.xlarge</code> . Not all DB instance classes are available in all AWS Regions , or
   * for all database engines.
   *
   * <p>For the full list of DB instance classes and availability for your engine, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html">DB
   * instance class</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>This setting is required to create a Multi-AZ DB cluster.
   *
   * <p>Valid for Cluster Type: Multi-AZ DB clusters only
   *
   * <p>CloudFormation property {@code DBClusterInstanceClass}.
   */
  public DBCluster dbClusterInstanceClass(String value) {
    return set("DBClusterInstanceClass", Value.of(value));
  }

  /**
   * Sets {@code DBClusterInstanceClass} to this value; see {@link #dbClusterInstanceClass(String)}.
   */
  public DBCluster dbClusterInstanceClass(Value<String> value) {
    return set("DBClusterInstanceClass", value);
  }

  /**
   * The name of the DB cluster parameter group to associate with this DB cluster.
   *
   * <p>If you apply a parameter group to an existing DB cluster, then its DB instances might need
   * to reboot. This can result in an outage while the DB instances are rebooting. If you apply a
   * change to parameter group associated with a stopped DB cluster, then the update stack waits
   * until the DB cluster is started.
   *
   * <p>To list all of the available DB cluster parameter group names, use the following command:
   *
   * <p><code>aws rds describe-db-cluster-parameter-groups --query
   * "DBClusterParameterGroups[].DBClusterParameterGroupName" --output text</code>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Sets {@code DBClusterParameterGroupName} to the Ref of {@code
   * AWS::RDS::DBClusterParameterGroup}; see {@link #dbClusterParameterGroupName(String)}.
   */
  public DBCluster dbClusterParameterGroupName(DBClusterParameterGroup resource) {
    return set("DBClusterParameterGroupName", resource.ref());
  }

  /**
   * The name of the DB parameter group to apply to all instances of the DB cluster.
   *
   * <p>When you apply a parameter group using the <code>DBInstanceParameterGroupName</code>
   * parameter, the DB cluster isn't rebooted automatically. Also, parameter changes are applied
   * immediately rather than during the next maintenance window.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters only
   *
   * <p>Default: The existing name setting
   *
   * <p>Constraints:
   *
   * <ul> <li>The DB parameter group must be in the same DB parameter group family as this DB
   * cluster. <li>The <code>DBInstanceParameterGroupName</code> parameter is valid in combination
   * with the <code>AllowMajorVersionUpgrade</code> parameter for a major version upgrade only.
   * </ul>
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
   * A DB subnet group that you want to associate with this DB cluster.
   *
   * <p>If you are restoring a DB cluster to a point in time with <code>RestoreType</code> set to
   * <code>copy-on-write</code> , and don't specify a DB subnet group name, then the DB cluster is
   * restored with a default DB subnet group.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Sets {@code DBSubnetGroupName} to the Ref of {@code AWS::RDS::DBSubnetGroup}; see {@link
   * #dbSubnetGroupName(String)}.
   */
  public DBCluster dbSubnetGroupName(DBSubnetGroup resource) {
    return set("DBSubnetGroupName", resource.ref());
  }

  /**
   * Reserved for future use.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSystemId}.
   */
  public DBCluster dbSystemId(String value) {
    return set("DBSystemId", Value.of(value));
  }

  /** Sets {@code DBSystemId} to this value; see {@link #dbSystemId(String)}. */
  public DBCluster dbSystemId(Value<String> value) {
    return set("DBSystemId", value);
  }

  /**
   * The mode of Database Insights to enable for the DB cluster.
   *
   * <p>If you set this value to <code>advanced</code> , you must also set the
   * <code>PerformanceInsightsEnabled</code> parameter to <code>true</code> and the
   * <code>PerformanceInsightsRetentionPeriod</code> parameter to 465.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Allowed values: {@code advanced}, {@code standard}. CloudFormation property {@code
   * DatabaseInsightsMode}.
   */
  public DBCluster databaseInsightsMode(String value) {
    return set("DatabaseInsightsMode", Value.of(value));
  }

  /** Sets {@code DatabaseInsightsMode} to this value; see {@link #databaseInsightsMode(String)}. */
  public DBCluster databaseInsightsMode(Value<String> value) {
    return set("DatabaseInsightsMode", value);
  }

  /**
   * The name of your database. If you don't provide a name, then Amazon RDS won't create a database
   * in this DB cluster. For naming constraints, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html#RDS_Limits.Constraints">Naming
   * Constraints</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DatabaseName}.
   */
  public DBCluster databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public DBCluster databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * Specifies whether to remove automated backups immediately after the DB cluster is deleted. This
   * parameter isn't case-sensitive. The default is to remove automated backups immediately after
   * the DB cluster is deleted, unless the AWS Backup policy specifies a point-in-time restore rule.
   *
   * <p>CloudFormation property {@code DeleteAutomatedBackups}.
   */
  public DBCluster deleteAutomatedBackups(boolean value) {
    return set("DeleteAutomatedBackups", Value.of(value));
  }

  /**
   * Sets {@code DeleteAutomatedBackups} to this value; see {@link
   * #deleteAutomatedBackups(boolean)}.
   */
  public DBCluster deleteAutomatedBackups(Value<Boolean> value) {
    return set("DeleteAutomatedBackups", value);
  }

  /**
   * A value that indicates whether the DB cluster has deletion protection enabled. The database
   * can't be deleted when deletion protection is enabled. By default, deletion protection is
   * disabled.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Indicates the directory ID of the Active Directory to create the DB cluster.
   *
   * <p>For Amazon Aurora DB clusters, Amazon RDS can use Kerberos authentication to authenticate
   * users that connect to the DB cluster.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/kerberos-authentication.html">Kerberos
   * authentication</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code Domain}.
   */
  public DBCluster domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public DBCluster domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * Specifies the name of the IAM role to use when making API calls to the Directory Service.
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code DomainIAMRoleName}.
   */
  public DBCluster domainIAMRoleName(String value) {
    return set("DomainIAMRoleName", Value.of(value));
  }

  /** Sets {@code DomainIAMRoleName} to this value; see {@link #domainIAMRoleName(String)}. */
  public DBCluster domainIAMRoleName(Value<String> value) {
    return set("DomainIAMRoleName", value);
  }

  /**
   * The list of log types that need to be enabled for exporting to CloudWatch Logs. The values in
   * the list depend on the DB engine being used. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.html#USER_LogAccess.Procedural.UploadtoCloudWatch">Publishing
   * Database Logs to Amazon CloudWatch Logs</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p><em>Aurora MySQL</em>
   *
   * <p>Valid values: <code>audit</code> , <code>error</code> , <code>general</code> ,
   * <code>slowquery</code>
   *
   * <p><em>Aurora PostgreSQL</em>
   *
   * <p>Valid values: <code>postgresql</code>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Specifies whether to enable this DB cluster to forward write operations to the primary cluster
   * of a global cluster (Aurora global database). By default, write operations are not allowed on
   * Aurora DB clusters that are secondary clusters in an Aurora global database.
   *
   * <p>You can set this value only on Aurora DB clusters that are members of an Aurora global
   * database. With this parameter enabled, a secondary cluster can forward writes to the current
   * primary cluster, and the resulting changes are replicated back to this cluster. For the primary
   * DB cluster of an Aurora global database, this value is used immediately if the primary is
   * demoted by a global cluster API operation, but it does nothing until then.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code EnableGlobalWriteForwarding}.
   */
  public DBCluster enableGlobalWriteForwarding(boolean value) {
    return set("EnableGlobalWriteForwarding", Value.of(value));
  }

  /**
   * Sets {@code EnableGlobalWriteForwarding} to this value; see {@link
   * #enableGlobalWriteForwarding(boolean)}.
   */
  public DBCluster enableGlobalWriteForwarding(Value<Boolean> value) {
    return set("EnableGlobalWriteForwarding", value);
  }

  /**
   * Specifies whether to enable the HTTP endpoint for the DB cluster. By default, the HTTP endpoint
   * isn't enabled.
   *
   * <p>When enabled, the HTTP endpoint provides a connectionless web service API (RDS Data API) for
   * running SQL queries on the DB cluster. You can also query your database from inside the RDS
   * console with the RDS query editor.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/data-api.html">Using RDS
   * Data API</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Valid for Cluster Type: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code EnableHttpEndpoint}.
   */
  public DBCluster enableHttpEndpoint(boolean value) {
    return set("EnableHttpEndpoint", Value.of(value));
  }

  /** Sets {@code EnableHttpEndpoint} to this value; see {@link #enableHttpEndpoint(boolean)}. */
  public DBCluster enableHttpEndpoint(Value<Boolean> value) {
    return set("EnableHttpEndpoint", value);
  }

  /**
   * A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM)
   * accounts to database accounts. By default, mapping is disabled.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html">IAM
   * Database Authentication</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code EnableIAMDatabaseAuthentication}.
   */
  public DBCluster enableIAMDatabaseAuthentication(boolean value) {
    return set("EnableIAMDatabaseAuthentication", Value.of(value));
  }

  /**
   * Sets {@code EnableIAMDatabaseAuthentication} to this value; see {@link
   * #enableIAMDatabaseAuthentication(boolean)}.
   */
  public DBCluster enableIAMDatabaseAuthentication(Value<Boolean> value) {
    return set("EnableIAMDatabaseAuthentication", value);
  }

  /**
   * Specifies whether read replicas can forward write operations to the writer DB instance in the
   * DB cluster. By default, write operations aren't allowed on reader DB instances.
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code EnableLocalWriteForwarding}.
   */
  public DBCluster enableLocalWriteForwarding(boolean value) {
    return set("EnableLocalWriteForwarding", Value.of(value));
  }

  /**
   * Sets {@code EnableLocalWriteForwarding} to this value; see {@link
   * #enableLocalWriteForwarding(boolean)}.
   */
  public DBCluster enableLocalWriteForwarding(Value<Boolean> value) {
    return set("EnableLocalWriteForwarding", value);
  }

  /**
   * The name of the database engine to be used for this DB cluster.
   *
   * <p>Valid Values:
   *
   * <ul> <li><code>aurora-mysql</code> <li><code>aurora-postgresql</code> <li><code>mysql</code>
   * <li><code>postgres</code> </ul>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code Engine}.
   */
  public DBCluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public DBCluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The life cycle type for this DB cluster.
   *
   * <p>By default, this value is set to <code>open-source-rds-extended-support</code> , which
   * enrolls your DB cluster into Amazon RDS Extended Support. At the end of standard support, you
   * can avoid charges for Extended Support by setting the value to
   * <code>open-source-rds-extended-support-disabled</code> . In this case, creating the DB cluster
   * will fail if the DB major version is past its end of standard support date.
   *
   * <p>You can use this setting to enroll your DB cluster into Amazon RDS Extended Support. With
   * RDS Extended Support, you can run the selected major engine version on your DB cluster past the
   * end of standard support for that engine version. For more information, see the following
   * sections:
   *
   * <ul> <li>Amazon Aurora - <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html">Amazon
   * RDS Extended Support with Amazon Aurora</a> in the <em>Amazon Aurora User Guide</em> <li>Amazon
   * RDS - <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html">Amazon RDS
   * Extended Support with Amazon RDS</a> in the <em>Amazon RDS User Guide</em> </ul>
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Valid Values: <code>open-source-rds-extended-support |
   * open-source-rds-extended-support-disabled</code>
   *
   * <p>Default: <code>open-source-rds-extended-support</code>
   *
   * <p>CloudFormation property {@code EngineLifecycleSupport}.
   */
  public DBCluster engineLifecycleSupport(String value) {
    return set("EngineLifecycleSupport", Value.of(value));
  }

  /**
   * Sets {@code EngineLifecycleSupport} to this value; see {@link #engineLifecycleSupport(String)}.
   */
  public DBCluster engineLifecycleSupport(Value<String> value) {
    return set("EngineLifecycleSupport", value);
  }

  /**
   * The DB engine mode of the DB cluster, either <code>provisioned</code> or
   * <code>serverless</code> .
   *
   * <p>The <code>serverless</code> engine mode only applies for Aurora Serverless v1 DB clusters.
   * Aurora Serverless v2 DB clusters use the <code>provisioned</code> engine mode.
   *
   * <p>For information about limitations and requirements for Serverless DB clusters, see the
   * following sections in the <em>Amazon Aurora User Guide</em> :
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html#aurora-serverless.limitations">Limitations
   * of Aurora Serverless v1</a> <li><a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.requirements.html">Requirements
   * for Aurora Serverless v2</a> </ul>
   *
   * <p>Valid for Cluster Type: Aurora DB clusters only
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EngineMode}.
   */
  public DBCluster engineMode(String value) {
    return set("EngineMode", Value.of(value));
  }

  /** Sets {@code EngineMode} to this value; see {@link #engineMode(String)}. */
  public DBCluster engineMode(Value<String> value) {
    return set("EngineMode", value);
  }

  /**
   * The version number of the database engine to use.
   *
   * <p>To list all of the available engine versions for Aurora MySQL version 2 (5.7-compatible) and
   * version 3 (8.0-compatible), use the following command:
   *
   * <p><code>aws rds describe-db-engine-versions --engine aurora-mysql --query
   * "DBEngineVersions[].EngineVersion"</code>
   *
   * <p>You can supply either <code>5.7</code> or <code>8.0</code> to use the default engine version
   * for Aurora MySQL version 2 or version 3, respectively.
   *
   * <p>To list all of the available engine versions for Aurora PostgreSQL, use the following
   * command:
   *
   * <p><code>aws rds describe-db-engine-versions --engine aurora-postgresql --query
   * "DBEngineVersions[].EngineVersion"</code>
   *
   * <p>To list all of the available engine versions for RDS for MySQL, use the following command:
   *
   * <p><code>aws rds describe-db-engine-versions --engine mysql --query
   * "DBEngineVersions[].EngineVersion"</code>
   *
   * <p>To list all of the available engine versions for RDS for PostgreSQL, use the following
   * command:
   *
   * <p><code>aws rds describe-db-engine-versions --engine postgres --query
   * "DBEngineVersions[].EngineVersion"</code>
   *
   * <p><em>Aurora MySQL</em>
   *
   * <p>For information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.html">Database
   * engine updates for Amazon Aurora MySQL</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p><em>Aurora PostgreSQL</em>
   *
   * <p>For information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Updates.20180305.html">Amazon
   * Aurora PostgreSQL releases and engine versions</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p><em>MySQL</em>
   *
   * <p>For information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_MySQL.html#MySQL.Concepts.VersionMgmt">Amazon
   * RDS for MySQL</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>For information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_PostgreSQL.html#PostgreSQL.Concepts">Amazon
   * RDS for PostgreSQL</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * If you are configuring an Aurora global database cluster and want your Aurora DB cluster to be
   * a secondary member in the global database cluster, specify the global cluster ID of the global
   * database cluster. To define the primary database cluster of the global cluster, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-globalcluster.html">AWS::RDS::GlobalCluster</a>
   * resource.
   *
   * <p>If you aren't configuring a global database cluster, don't specify this property.
   *
   * <p>To remove the DB cluster from a global database cluster, specify an empty value for the
   * <code>GlobalClusterIdentifier</code> property.
   *
   * <p>For information about Aurora global databases, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html">Working
   * with Amazon Aurora Global Databases</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>Changing it may replace the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^$|^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code
   * GlobalClusterIdentifier}.
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
   * Sets {@code GlobalClusterIdentifier} to the Ref of {@code AWS::RDS::GlobalCluster}; see {@link
   * #globalClusterIdentifier(String)}.
   */
  public DBCluster globalClusterIdentifier(GlobalCluster resource) {
    return set("GlobalClusterIdentifier", resource.ref());
  }

  /**
   * The amount of Provisioned IOPS (input/output operations per second) to be initially allocated
   * for each DB instance in the Multi-AZ DB cluster.
   *
   * <p>For information about valid IOPS values, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#USER_PIOPS">Provisioned
   * IOPS storage</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>This setting is required to create a Multi-AZ DB cluster.
   *
   * <p>Valid for Cluster Type: Multi-AZ DB clusters only
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be a multiple between .5 and 50 of the storage amount for the DB cluster. </ul>
   *
   * <p>CloudFormation property {@code Iops}.
   */
  public DBCluster iops(int value) {
    return set("Iops", Value.of(value));
  }

  /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
  public DBCluster iops(Value<Integer> value) {
    return set("Iops", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS KMS key that is used to encrypt the database
   * instances in the DB cluster, such as
   * <code>arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef</code> . If
   * you enable the <code>StorageEncrypted</code> property but don't specify this property, the
   * default KMS key is used. If you specify this property, you must set the
   * <code>StorageEncrypted</code> property to <code>true</code> .
   *
   * <p>If you specify the <code>SnapshotIdentifier</code> property, the
   * <code>StorageEncrypted</code> property value is inherited from the snapshot, and if the DB
   * cluster is encrypted, the specified <code>KmsKeyId</code> property is used.
   *
   * <p>If you create a read replica of an encrypted DB cluster in another AWS Region, make sure to
   * set <code>KmsKeyId</code> to a KMS key identifier that is valid in the destination AWS Region.
   * This KMS key is used to encrypt the read replica in that AWS Region.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Specifies whether to manage the master user password with AWS Secrets Manager.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon RDS User Guide</em> and <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't manage the master user password with AWS Secrets Manager if
   * <code>MasterUserPassword</code> is specified. </ul>
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
   * Specifies the authentication type for the master user. With IAM master user authentication, you
   * can configure the master DB user with IAM database authentication when you create a DB cluster.
   *
   * <p>You can specify one of the following values:
   *
   * <ul> <li><code>password</code> - Use standard database authentication with a password.
   * <li><code>iam-db-auth</code> - Use IAM database authentication for the master user. </ul>
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>This option is only valid for RDS for MySQL, RDS for MariaDB, RDS for PostgreSQL, Aurora
   * MySQL, and Aurora PostgreSQL engines.
   *
   * <p>Allowed values: {@code iam-db-auth}, {@code password}. CloudFormation property {@code
   * MasterUserAuthenticationType}.
   */
  public DBCluster masterUserAuthenticationType(String value) {
    return set("MasterUserAuthenticationType", Value.of(value));
  }

  /**
   * Sets {@code MasterUserAuthenticationType} to this value; see {@link
   * #masterUserAuthenticationType(String)}.
   */
  public DBCluster masterUserAuthenticationType(Value<String> value) {
    return set("MasterUserAuthenticationType", value);
  }

  /**
   * The master password for the DB instance.
   *
   * <p>If you specify the <code>SourceDBClusterIdentifier</code> , <code>SnapshotIdentifier</code>
   * , or <code>GlobalClusterIdentifier</code> property, don't specify this property. The value is
   * inherited from the source DB cluster, the snapshot, or the primary DB cluster for the global
   * database cluster, respectively.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The secret managed by RDS in AWS Secrets Manager for the master user password.
   *
   * <p>When you restore a DB cluster from a snapshot, Amazon RDS generates a new secret instead of
   * reusing the secret specified in the <code>SecretArn</code> property. This ensures that the
   * restored DB cluster is securely managed with a dedicated secret. To maintain consistent
   * integration with your application, you might need to update resource configurations to
   * reference the newly created secret.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon RDS User Guide</em> and <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>CloudFormation property {@code MasterUserSecret}.
   */
  public DBCluster masterUserSecret(Value<MasterUserSecret> value) {
    return set("MasterUserSecret", value);
  }

  /**
   * The name of the master user for the DB cluster.
   *
   * <p>If you specify the <code>SourceDBClusterIdentifier</code> , <code>SnapshotIdentifier</code>
   * , or <code>GlobalClusterIdentifier</code> property, don't specify this property. The value is
   * inherited from the source DB cluster, the snapshot, or the primary DB cluster for the global
   * database cluster, respectively.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Changing it may replace the resource. Length: at least 1 characters. Pattern: {@code
   * ^[a-zA-Z]{1}[a-zA-Z0-9_]*$}. CloudFormation property {@code MasterUsername}.
   */
  public DBCluster masterUsername(String value) {
    return set("MasterUsername", Value.of(value));
  }

  /** Sets {@code MasterUsername} to this value; see {@link #masterUsername(String)}. */
  public DBCluster masterUsername(Value<String> value) {
    return set("MasterUsername", value);
  }

  /**
   * The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the
   * DB cluster. To turn off collecting Enhanced Monitoring metrics, specify <code>0</code> .
   *
   * <p>If <code>MonitoringRoleArn</code> is specified, also set <code>MonitoringInterval</code> to
   * a value other than <code>0</code> .
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Valid Values: <code>0 | 1 | 5 | 10 | 15 | 30 | 60</code>
   *
   * <p>Default: <code>0</code>
   *
   * <p>CloudFormation property {@code MonitoringInterval}.
   */
  public DBCluster monitoringInterval(int value) {
    return set("MonitoringInterval", Value.of(value));
  }

  /** Sets {@code MonitoringInterval} to this value; see {@link #monitoringInterval(int)}. */
  public DBCluster monitoringInterval(Value<Integer> value) {
    return set("MonitoringInterval", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the IAM role that permits RDS to send Enhanced Monitoring
   * metrics to Amazon CloudWatch Logs. An example is
   * <code>arn:aws:iam:123456789012:role/emaccess</code> . For information on creating a monitoring
   * role, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html#USER_Monitoring.OS.Enabling">Setting
   * up and enabling Enhanced Monitoring</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>If <code>MonitoringInterval</code> is set to a value other than <code>0</code> , supply a
   * <code>MonitoringRoleArn</code> value.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code MonitoringRoleArn}.
   */
  public DBCluster monitoringRoleArn(String value) {
    return set("MonitoringRoleArn", Value.of(value));
  }

  /** Sets {@code MonitoringRoleArn} to this value; see {@link #monitoringRoleArn(String)}. */
  public DBCluster monitoringRoleArn(Value<String> value) {
    return set("MonitoringRoleArn", value);
  }

  /**
   * The network type of the DB cluster.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>IPV4</code> <li><code>DUAL</code> </ul>
   *
   * <p>The network type is determined by the <code>DBSubnetGroup</code> specified for the DB
   * cluster. A <code>DBSubnetGroup</code> can support only the IPv4 protocol or the IPv4 and IPv6
   * protocols ( <code>DUAL</code> ).
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html">Working
   * with a DB instance in a VPC</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>Valid for: Aurora DB clusters only
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
   * Specifies whether to turn on Performance Insights for the DB cluster.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.html">Using
   * Amazon Performance Insights</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>CloudFormation property {@code PerformanceInsightsEnabled}.
   */
  public DBCluster performanceInsightsEnabled(boolean value) {
    return set("PerformanceInsightsEnabled", Value.of(value));
  }

  /**
   * Sets {@code PerformanceInsightsEnabled} to this value; see {@link
   * #performanceInsightsEnabled(boolean)}.
   */
  public DBCluster performanceInsightsEnabled(Value<Boolean> value) {
    return set("PerformanceInsightsEnabled", value);
  }

  /**
   * The AWS KMS key identifier for encryption of Performance Insights data.
   *
   * <p>The AWS KMS key identifier is the key ARN, key ID, alias ARN, or alias name for the KMS key.
   *
   * <p>If you don't specify a value for <code>PerformanceInsightsKMSKeyId</code> , then Amazon RDS
   * uses your default KMS key. There is a default KMS key for your AWS account . Your AWS account
   * has a different default KMS key for each AWS Region .
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>CloudFormation property {@code PerformanceInsightsKmsKeyId}.
   */
  public DBCluster performanceInsightsKmsKeyId(String value) {
    return set("PerformanceInsightsKmsKeyId", Value.of(value));
  }

  /**
   * Sets {@code PerformanceInsightsKmsKeyId} to this value; see {@link
   * #performanceInsightsKmsKeyId(String)}.
   */
  public DBCluster performanceInsightsKmsKeyId(Value<String> value) {
    return set("PerformanceInsightsKmsKeyId", value);
  }

  /**
   * The number of days to retain Performance Insights data. When creating a DB cluster without
   * enabling Performance Insights, you can't specify the parameter
   * <code>PerformanceInsightsRetentionPeriod</code> .
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Valid Values:
   *
   * <ul> <li><code>7</code> <li><em>month</em> * 31, where <em>month</em> is a number of months
   * from 1-23. Examples: <code>93</code> (3 months * 31), <code>341</code> (11 months * 31),
   * <code>589</code> (19 months * 31) <li><code>731</code> </ul>
   *
   * <p>Default: <code>7</code> days
   *
   * <p>If you specify a retention period that isn't valid, such as <code>94</code> , Amazon RDS
   * issues an error.
   *
   * <p>CloudFormation property {@code PerformanceInsightsRetentionPeriod}.
   */
  public DBCluster performanceInsightsRetentionPeriod(int value) {
    return set("PerformanceInsightsRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code PerformanceInsightsRetentionPeriod} to this value; see {@link
   * #performanceInsightsRetentionPeriod(int)}.
   */
  public DBCluster performanceInsightsRetentionPeriod(Value<Integer> value) {
    return set("PerformanceInsightsRetentionPeriod", value);
  }

  /**
   * The port number on which the DB instances in the DB cluster accept connections.
   *
   * <p>Default:
   *
   * <ul> <li>When <code>EngineMode</code> is <code>provisioned</code> , <code>3306</code> (for both
   * Aurora MySQL and Aurora PostgreSQL) <li>When <code>EngineMode</code> is <code>serverless</code>
   * : </ul>
   *
   * <ul> <li><code>3306</code> when <code>Engine</code> is <code>aurora</code> or
   * <code>aurora-mysql</code> <li><code>5432</code> when <code>Engine</code> is
   * <code>aurora-postgresql</code> </ul>
   *
   * <p>The <code>No interruption</code> on update behavior only applies to DB clusters. If you are
   * updating a DB instance, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-database-instance.html#cfn-rds-dbinstance-port">Port</a>
   * for the AWS::RDS::DBInstance resource.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The daily time range during which automated backups are created. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html#Aurora.Managing.Backups.BackupWindow">Backup
   * Window</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be in the format <code>hh24:mi-hh24:mi</code> . <li>Must be in Universal
   * Coordinated Time (UTC). <li>Must not conflict with the preferred maintenance window. <li>Must
   * be at least 30 minutes. </ul>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * AWS Region, occurring on a random day of the week. To see the time blocks available, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html#AdjustingTheMaintenanceWindow.Aurora">Maintaining
   * an Amazon Aurora DB cluster</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>Valid Days: Mon, Tue, Wed, Thu, Fri, Sat, Sun.
   *
   * <p>Constraints: Minimum 30-minute window.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * Specifies whether the DB cluster is publicly accessible.
   *
   * <p>Valid for Cluster Type: Multi-AZ DB clusters only
   *
   * <p>When the DB cluster is publicly accessible and you connect from outside of the DB cluster's
   * virtual private cloud (VPC), its domain name system (DNS) endpoint resolves to the public IP
   * address. When you connect from within the same VPC as the DB cluster, the endpoint resolves to
   * the private IP address. Access to the DB cluster is controlled by its security group settings.
   *
   * <p>When the DB cluster isn't publicly accessible, it is an internal DB cluster with a DNS name
   * that resolves to a private IP address.
   *
   * <p>The default behavior when <code>PubliclyAccessible</code> is not specified depends on
   * whether a <code>DBSubnetGroup</code> is specified.
   *
   * <p>If <code>DBSubnetGroup</code> isn't specified, <code>PubliclyAccessible</code> defaults to
   * <code>true</code> .
   *
   * <p>If <code>DBSubnetGroup</code> is specified, <code>PubliclyAccessible</code> defaults to
   * <code>false</code> unless the value of <code>DBSubnetGroup</code> is <code>default</code> , in
   * which case <code>PubliclyAccessible</code> defaults to <code>true</code> .
   *
   * <p>If <code>PubliclyAccessible</code> is true and the VPC that the <code>DBSubnetGroup</code>
   * is in doesn't have an internet gateway attached to it, Amazon RDS returns an error.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PubliclyAccessible}.
   */
  public DBCluster publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public DBCluster publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the source DB instance or DB cluster if this DB cluster is
   * created as a read replica.
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>CloudFormation property {@code ReplicationSourceIdentifier}.
   */
  public DBCluster replicationSourceIdentifier(String value) {
    return set("ReplicationSourceIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ReplicationSourceIdentifier} to this value; see {@link
   * #replicationSourceIdentifier(String)}.
   */
  public DBCluster replicationSourceIdentifier(Value<String> value) {
    return set("ReplicationSourceIdentifier", value);
  }

  /**
   * The date and time to restore the DB cluster to.
   *
   * <p>Valid Values: Value must be a time in Universal Coordinated Time (UTC) format
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be before the latest restorable time for the DB instance <li>Must be specified if
   * <code>UseLatestRestorableTime</code> parameter isn't provided <li>Can't be specified if the
   * <code>UseLatestRestorableTime</code> parameter is enabled <li>Can't be specified if the
   * <code>RestoreType</code> parameter is <code>copy-on-write</code> </ul>
   *
   * <p>This property must be used with <code>SourceDBClusterIdentifier</code> property. The
   * resulting cluster will have the identifier that matches the value of the
   * <code>DBclusterIdentifier</code> property.
   *
   * <p>Example: <code>2015-03-07T23:45:00Z</code>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The type of restore to be performed. You can specify one of the following values:
   *
   * <ul> <li><code>full-copy</code> - The new DB cluster is restored as a full copy of the source
   * DB cluster. <li><code>copy-on-write</code> - The new DB cluster is restored as a clone of the
   * source DB cluster. </ul>
   *
   * <p>If you don't specify a <code>RestoreType</code> value, then the new DB cluster is restored
   * as a full copy of the source DB cluster.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RestoreType}.
   */
  public DBCluster restoreType(String value) {
    return set("RestoreType", Value.of(value));
  }

  /** Sets {@code RestoreType} to this value; see {@link #restoreType(String)}. */
  public DBCluster restoreType(Value<String> value) {
    return set("RestoreType", value);
  }

  /**
   * The scaling configuration of an Aurora Serverless v1 DB cluster.
   *
   * <p>This property is only supported for Aurora Serverless v1. For Aurora Serverless v2, Use the
   * <code>ServerlessV2ScalingConfiguration</code> property.
   *
   * <p>Valid for: Aurora Serverless v1 DB clusters only
   *
   * <p>CloudFormation property {@code ScalingConfiguration}.
   */
  public DBCluster scalingConfiguration(Value<ScalingConfiguration> value) {
    return set("ScalingConfiguration", value);
  }

  /**
   * The scaling configuration of an Aurora Serverless V2 DB cluster.
   *
   * <p>This property is only supported for Aurora Serverless v2. For Aurora Serverless v1, Use the
   * <code>ScalingConfiguration</code> property.
   *
   * <p>Valid for: Aurora Serverless v2 DB clusters only
   *
   * <p>CloudFormation property {@code ServerlessV2ScalingConfiguration}.
   */
  public DBCluster serverlessV2ScalingConfiguration(Value<ServerlessV2ScalingConfiguration> value) {
    return set("ServerlessV2ScalingConfiguration", value);
  }

  /**
   * The identifier for the DB snapshot or DB cluster snapshot to restore from.
   *
   * <p>You can use either the name or the Amazon Resource Name (ARN) to specify a DB cluster
   * snapshot. However, you can use only the ARN to specify a DB snapshot.
   *
   * <p>After you restore a DB cluster with a <code>SnapshotIdentifier</code> property, you must
   * specify the same <code>SnapshotIdentifier</code> property for any future updates to the DB
   * cluster. When you specify this property for an update, the DB cluster is not restored from the
   * snapshot again, and the data in the database is not changed. However, if you don't specify the
   * <code>SnapshotIdentifier</code> property, an empty DB cluster is created, and the original DB
   * cluster is deleted. If you specify a property that is different from the previous snapshot
   * restore property, a new DB cluster is restored from the specified
   * <code>SnapshotIdentifier</code> property, and the original DB cluster is deleted.
   *
   * <p>If you specify the <code>SnapshotIdentifier</code> property to restore a DB cluster (as
   * opposed to specifying it for DB cluster updates), then don't specify the following properties:
   *
   * <ul> <li><code>GlobalClusterIdentifier</code> <li><code>MasterUsername</code>
   * <li><code>MasterUserPassword</code> <li><code>ReplicationSourceIdentifier</code>
   * <li><code>RestoreType</code> <li><code>SourceDBClusterIdentifier</code>
   * <li><code>SourceRegion</code> <li><code>StorageEncrypted</code> (for an encrypted snapshot)
   * <li><code>UseLatestRestorableTime</code> </ul>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must match the identifier of an existing Snapshot. </ul>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * When restoring a DB cluster to a point in time, the identifier of the source DB cluster from
   * which to restore.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must match the identifier of an existing DBCluster. <li>Cannot be specified if
   * <code>SourceDbClusterResourceId</code> is specified. You must specify either
   * <code>SourceDBClusterIdentifier</code> or <code>SourceDbClusterResourceId</code> , but not
   * both. </ul>
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The resource ID of the source DB cluster from which to restore.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceDbClusterResourceId}.
   */
  public DBCluster sourceDbClusterResourceId(String value) {
    return set("SourceDbClusterResourceId", Value.of(value));
  }

  /**
   * Sets {@code SourceDbClusterResourceId} to this value; see {@link
   * #sourceDbClusterResourceId(String)}.
   */
  public DBCluster sourceDbClusterResourceId(Value<String> value) {
    return set("SourceDbClusterResourceId", value);
  }

  /**
   * The AWS Region which contains the source DB cluster when replicating a DB cluster. For example,
   * <code>us-east-1</code> .
   *
   * <p>Valid for: Aurora DB clusters only
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceRegion}.
   */
  public DBCluster sourceRegion(String value) {
    return set("SourceRegion", Value.of(value));
  }

  /** Sets {@code SourceRegion} to this value; see {@link #sourceRegion(String)}. */
  public DBCluster sourceRegion(Value<String> value) {
    return set("SourceRegion", value);
  }

  /**
   * Indicates whether the DB cluster is encrypted.
   *
   * <p>If you specify the <code>KmsKeyId</code> property, then you must enable encryption.
   *
   * <p>If you specify the <code>SourceDBClusterIdentifier</code> property, don't specify this
   * property. The value is inherited from the source DB cluster, and if the DB cluster is
   * encrypted, the specified <code>KmsKeyId</code> property is used.
   *
   * <p>If you specify the <code>SnapshotIdentifier</code> and the specified snapshot is encrypted,
   * don't specify this property. The value is inherited from the snapshot, and the specified
   * <code>KmsKeyId</code> property is used.
   *
   * <p>If you specify the <code>SnapshotIdentifier</code> and the specified snapshot isn't
   * encrypted, you can use this property to specify that the restored DB cluster is encrypted.
   * Specify the <code>KmsKeyId</code> property for the KMS key to use for encryption. If you don't
   * want the restored DB cluster to be encrypted, then don't set this property or set it to
   * <code>false</code> .
   *
   * <p>If you specify both the <code>StorageEncrypted</code> and <code>SnapshotIdentifier</code>
   * properties without specifying the <code>KmsKeyId</code> property, then the restored DB cluster
   * inherits the encryption settings from the DB snapshot that provide.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * <p>For information on storage types for Aurora DB clusters, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.StorageReliability.html#aurora-storage-type">Storage
   * configurations for Amazon Aurora DB clusters</a> . For information on storage types for
   * Multi-AZ DB clusters, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/create-multi-az-db-cluster.html#create-multi-az-db-cluster-settings">Settings
   * for creating Multi-AZ DB clusters</a> .
   *
   * <p>This setting is required to create a Multi-AZ DB cluster.
   *
   * <p>When specified for a Multi-AZ DB cluster, a value for the <code>Iops</code> parameter is
   * required.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
   *
   * <p>Valid Values:
   *
   * <ul> <li>Aurora DB clusters - <code>aurora | aurora-iopt1</code> <li>Multi-AZ DB clusters -
   * <code>io1 | io2 | gp3</code> </ul>
   *
   * <p>Default:
   *
   * <ul> <li>Aurora DB clusters - <code>aurora</code> <li>Multi-AZ DB clusters - <code>io1</code>
   * </ul>
   *
   * <p>When you create an Aurora DB cluster with the storage type set to <code>aurora-iopt1</code>
   * , the storage type is returned in the response. The storage type isn't returned when you set it
   * to <code>aurora</code> .
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
   * Tags to assign to the DB cluster.
   *
   * <p>Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
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
   * A value that indicates whether to restore the DB cluster to the latest restorable backup time.
   * By default, the DB cluster is not restored to the latest restorable backup time.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * A list of EC2 VPC security groups to associate with this DB cluster.
   *
   * <p>If you plan to update the resource, don't specify VPC security groups in a shared VPC.
   *
   * <p>Valid for: Aurora DB clusters and Multi-AZ DB clusters
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
   * The Amazon Resource Name (ARN) for the DB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBClusterArn}.
   */
  public Value<String> dbClusterArn() {
    return getAtt("DBClusterArn");
  }

  /**
   * The AWS Region -unique, immutable identifier for the DB cluster. This identifier is found in
   * AWS CloudTrail log entries whenever the KMS key for the DB cluster is accessed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBClusterResourceId}.
   */
  public Value<String> dbClusterResourceId() {
    return getAtt("DBClusterResourceId");
  }

  /**
   * The <code>Endpoint</code> return value specifies the connection endpoint for the primary
   * instance of the DB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<Endpoint> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The connection endpoint for the DB cluster. For example:
   * <code>mystack-mydbcluster-123456789012.us-east-2.rds.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Address}.
   */
  public Value<String> endpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /**
   * The port number that will accept connections on this DB cluster. For example: <code>3306</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Port}.
   */
  public Value<String> endpointPort() {
    return getAtt("Endpoint.Port");
  }

  /**
   * The Amazon Resource Name (ARN) of the secret.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterUserSecret.SecretArn}.
   */
  public Value<String> masterUserSecretSecretArn() {
    return getAtt("MasterUserSecret.SecretArn");
  }

  /**
   * The <code>ReadEndpoint</code> return value specifies the reader endpoint for the DB cluster.
   * The reader endpoint for a DB cluster load-balances connections across the Aurora Replicas that
   * are available in a DB cluster. As clients request new connections to the reader endpoint,
   * Aurora distributes the connection requests among the Aurora Replicas in the DB cluster. This
   * functionality can help balance your read workload across multiple Aurora Replicas in your DB
   * cluster. If a failover occurs, and the Aurora Replica that you are connected to is promoted to
   * be the primary instance, your connection is dropped. To continue sending your read workload to
   * other Aurora Replicas in the cluster, you can then reconnect to the reader endpoint. For more
   * information about Aurora endpoints, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html">Amazon
   * Aurora connection management</a> in the <em>Amazon Aurora User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndpoint}.
   */
  public Value<ReadEndpoint> readEndpoint() {
    return getAtt("ReadEndpoint");
  }

  /**
   * The reader endpoint for the DB cluster. For example:
   * <code>mystack-mydbcluster-ro-123456789012.us-east-2.rds.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndpoint.Address}.
   */
  public Value<String> readEndpointAddress() {
    return getAtt("ReadEndpoint.Address");
  }

  /** {@code Fn::GetAtt} attribute {@code StorageEncryptionType}. */
  public Value<String> storageEncryptionType() {
    return getAtt("StorageEncryptionType");
  }

  /**
   * The storage throughput for the DB cluster. The throughput is automatically set based on the
   * IOPS that you provision, and is not configurable.
   *
   * <p>This setting is only for non-Aurora Multi-AZ DB clusters.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageThroughput}.
   */
  public Value<Integer> storageThroughput() {
    return getAtt("StorageThroughput");
  }

  /**
   * Describes an AWS Identity and Access Management (IAM) role that is associated with a DB
   * cluster.
   *
   * <p>Property type {@code AWS::RDS::DBCluster.DBClusterRole}.
   */
  public static final class DBClusterRole extends Struct<DBClusterRole> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBCluster.DBClusterRole")
        .required("RoleArn")
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::[0-9]*:role/.*$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public DBClusterRole() {
      super(SCHEMA);
    }

    /**
     * The name of the feature associated with the AWS Identity and Access Management (IAM) role.
     * IAM roles that are associated with a DB cluster grant permission for the DB cluster to access
     * other AWS services on your behalf. For the list of supported feature names, see the
     * <code>SupportedFeatureNames</code> description in <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBEngineVersion.html">DBEngineVersion</a>
     * in the <em>Amazon RDS API Reference</em> .
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
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z-]*:iam::[0-9]*:role/.*$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code RoleArn}.
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
   * The <code>Endpoint</code> return value specifies the connection endpoint for the primary
   * instance of the DB cluster.
   *
   * <p>Property type {@code AWS::RDS::DBCluster.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBCluster.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * Specifies the connection endpoint for the primary instance of the DB cluster.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public Endpoint address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Endpoint address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * Specifies the port that the database engine is listening on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public Endpoint port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public Endpoint port(Value<String> value) {
      return set("Port", value);
    }
  }

  /**
   * The <code>MasterUserSecret</code> return value specifies the secret managed by RDS in AWS
   * Secrets Manager for the master user password.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon RDS User Guide</em> and <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon Aurora User Guide.</em>
   *
   * <p>Property type {@code AWS::RDS::DBCluster.MasterUserSecret}.
   */
  public static final class MasterUserSecret extends Struct<MasterUserSecret> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBCluster.MasterUserSecret")
        .references("KmsKeyId", "AWS::KMS::Key.Ref")
        .build();

    public MasterUserSecret() {
      super(SCHEMA);
    }

    /**
     * The AWS KMS key identifier that is used to encrypt the secret.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public MasterUserSecret kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public MasterUserSecret kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public MasterUserSecret kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.ref());
    }

    /**
     * The Amazon Resource Name (ARN) of the secret. This parameter is a return value that you can
     * retrieve using the <code>Fn::GetAtt</code> intrinsic function. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html#aws-resource-rds-dbcluster-return-values">Return
     * values</a> .
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public MasterUserSecret secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public MasterUserSecret secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * The <code>ReadEndpoint</code> return value specifies the reader endpoint for the DB cluster.
   *
   * <p>The reader endpoint for a DB cluster load-balances connections across the Aurora Replicas
   * that are available in a DB cluster. As clients request new connections to the reader endpoint,
   * Aurora distributes the connection requests among the Aurora Replicas in the DB cluster. This
   * functionality can help balance your read workload across multiple Aurora Replicas in your DB
   * cluster.
   *
   * <p>If a failover occurs, and the Aurora Replica that you are connected to is promoted to be the
   * primary instance, your connection is dropped. To continue sending your read workload to other
   * Aurora Replicas in the cluster, you can then reconnect to the reader endpoint.
   *
   * <p>For more information about Aurora endpoints, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html">Amazon
   * Aurora connection management</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Property type {@code AWS::RDS::DBCluster.ReadEndpoint}.
   */
  public static final class ReadEndpoint extends Struct<ReadEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBCluster.ReadEndpoint");

    public ReadEndpoint() {
      super(SCHEMA);
    }

    /**
     * The host address of the reader endpoint.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public ReadEndpoint address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public ReadEndpoint address(Value<String> value) {
      return set("Address", value);
    }
  }

  /**
   * The <code>ScalingConfiguration</code> property type specifies the scaling configuration of an
   * Aurora Serverless v1 DB cluster.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html">Using
   * Amazon Aurora Serverless</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>This property is only supported for Aurora Serverless v1. For Aurora Serverless v2, Use the
   * <code>ServerlessV2ScalingConfiguration</code> property.
   *
   * <p>Valid for: Aurora Serverless v1 DB clusters only
   *
   * <p>Property type {@code AWS::RDS::DBCluster.ScalingConfiguration}.
   */
  public static final class ScalingConfiguration extends Struct<ScalingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBCluster.ScalingConfiguration");

    public ScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to allow or disallow automatic pause for an Aurora DB cluster in
     * <code>serverless</code> DB engine mode. A DB cluster can be paused only when it's idle (it
     * has no connections).
     *
     * <p>If a DB cluster is paused for more than seven days, the DB cluster might be backed up with
     * a snapshot. In this case, the DB cluster is restored when there is a request to connect to
     * it.
     *
     * <p>CloudFormation property {@code AutoPause}.
     */
    public ScalingConfiguration autoPause(boolean value) {
      return set("AutoPause", Value.of(value));
    }

    /** Sets {@code AutoPause} to this value; see {@link #autoPause(boolean)}. */
    public ScalingConfiguration autoPause(Value<Boolean> value) {
      return set("AutoPause", value);
    }

    /**
     * The maximum capacity for an Aurora DB cluster in <code>serverless</code> DB engine mode.
     *
     * <p>For Aurora MySQL, valid capacity values are <code>1</code> , <code>2</code> ,
     * <code>4</code> , <code>8</code> , <code>16</code> , <code>32</code> , <code>64</code> ,
     * <code>128</code> , and <code>256</code> .
     *
     * <p>For Aurora PostgreSQL, valid capacity values are <code>2</code> , <code>4</code> ,
     * <code>8</code> , <code>16</code> , <code>32</code> , <code>64</code> , <code>192</code> , and
     * <code>384</code> .
     *
     * <p>The maximum capacity must be greater than or equal to the minimum capacity.
     *
     * <p>CloudFormation property {@code MaxCapacity}.
     */
    public ScalingConfiguration maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public ScalingConfiguration maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum capacity for an Aurora DB cluster in <code>serverless</code> DB engine mode.
     *
     * <p>For Aurora MySQL, valid capacity values are <code>1</code> , <code>2</code> ,
     * <code>4</code> , <code>8</code> , <code>16</code> , <code>32</code> , <code>64</code> ,
     * <code>128</code> , and <code>256</code> .
     *
     * <p>For Aurora PostgreSQL, valid capacity values are <code>2</code> , <code>4</code> ,
     * <code>8</code> , <code>16</code> , <code>32</code> , <code>64</code> , <code>192</code> , and
     * <code>384</code> .
     *
     * <p>The minimum capacity must be less than or equal to the maximum capacity.
     *
     * <p>CloudFormation property {@code MinCapacity}.
     */
    public ScalingConfiguration minCapacity(int value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
    public ScalingConfiguration minCapacity(Value<Integer> value) {
      return set("MinCapacity", value);
    }

    /**
     * The amount of time, in seconds, that Aurora Serverless v1 tries to find a scaling point to
     * perform seamless scaling before enforcing the timeout action. The default is 300.
     *
     * <p>Specify a value between 60 and 600 seconds.
     *
     * <p>CloudFormation property {@code SecondsBeforeTimeout}.
     */
    public ScalingConfiguration secondsBeforeTimeout(int value) {
      return set("SecondsBeforeTimeout", Value.of(value));
    }

    /** Sets {@code SecondsBeforeTimeout} to this value; see {@link #secondsBeforeTimeout(int)}. */
    public ScalingConfiguration secondsBeforeTimeout(Value<Integer> value) {
      return set("SecondsBeforeTimeout", value);
    }

    /**
     * The time, in seconds, before an Aurora DB cluster in <code>serverless</code> mode is paused.
     *
     * <p>Specify a value between 300 and 86,400 seconds.
     *
     * <p>CloudFormation property {@code SecondsUntilAutoPause}.
     */
    public ScalingConfiguration secondsUntilAutoPause(int value) {
      return set("SecondsUntilAutoPause", Value.of(value));
    }

    /**
     * Sets {@code SecondsUntilAutoPause} to this value; see {@link #secondsUntilAutoPause(int)}.
     */
    public ScalingConfiguration secondsUntilAutoPause(Value<Integer> value) {
      return set("SecondsUntilAutoPause", value);
    }

    /**
     * The action to take when the timeout is reached, either <code>ForceApplyCapacityChange</code>
     * or <code>RollbackCapacityChange</code> .
     *
     * <p><code>ForceApplyCapacityChange</code> sets the capacity to the specified value as soon as
     * possible.
     *
     * <p><code>RollbackCapacityChange</code> , the default, ignores the capacity change if a
     * scaling point isn't found in the timeout period.
     *
     * <p>If you specify <code>ForceApplyCapacityChange</code> , connections that prevent Aurora
     * Serverless v1 from finding a scaling point might be dropped.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.how-it-works.html#aurora-serverless.how-it-works.auto-scaling">Autoscaling
     * for Aurora Serverless v1</a> in the <em>Amazon Aurora User Guide</em> .
     *
     * <p>CloudFormation property {@code TimeoutAction}.
     */
    public ScalingConfiguration timeoutAction(String value) {
      return set("TimeoutAction", Value.of(value));
    }

    /** Sets {@code TimeoutAction} to this value; see {@link #timeoutAction(String)}. */
    public ScalingConfiguration timeoutAction(Value<String> value) {
      return set("TimeoutAction", value);
    }
  }

  /**
   * The <code>ServerlessV2ScalingConfiguration</code> property type specifies the scaling
   * configuration of an Aurora Serverless V2 DB cluster. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.html">Using
   * Amazon Aurora Serverless v2</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>If you have an Aurora cluster, you must set this attribute before you add a DB instance that
   * uses the <code>db.serverless</code> DB instance class. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.requirements.html#aurora-serverless-v2.requirements.capacity-range">Clusters
   * that use Aurora Serverless v2 must have a capacity range specified</a> in the <em>Amazon Aurora
   * User Guide</em> .
   *
   * <p>This property is only supported for Aurora Serverless v2. For Aurora Serverless v1, use the
   * <code>ScalingConfiguration</code> property.
   *
   * <p>Valid for: Aurora Serverless v2 DB clusters
   *
   * <p>Property type {@code AWS::RDS::DBCluster.ServerlessV2ScalingConfiguration}.
   */
  public static final class ServerlessV2ScalingConfiguration extends Struct<ServerlessV2ScalingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBCluster.ServerlessV2ScalingConfiguration");

    public ServerlessV2ScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless
     * v2 cluster. You can specify ACU values in half-step increments, such as 40, 40.5, 41, and so
     * on. The largest value that you can use is 128.
     *
     * <p>The maximum capacity must be higher than 0.5 ACUs. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.setting-capacity.html#aurora-serverless-v2.max_capacity_considerations">Choosing
     * the maximum Aurora Serverless v2 capacity setting for a cluster</a> in the <em>Amazon Aurora
     * User Guide</em> .
     *
     * <p>Aurora automatically sets certain parameters for Aurora Serverless V2 DB instances to
     * values that depend on the maximum ACU value in the capacity range. When you update the
     * maximum capacity value, the <code>ParameterApplyStatus</code> value for the DB instance
     * changes to <code>pending-reboot</code> . You can update the parameter values by rebooting the
     * DB instance after changing the capacity range.
     *
     * <p>CloudFormation property {@code MaxCapacity}.
     */
    public ServerlessV2ScalingConfiguration maxCapacity(double value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(double)}. */
    public ServerlessV2ScalingConfiguration maxCapacity(Value<Double> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless
     * v2 cluster. You can specify ACU values in half-step increments, such as 8, 8.5, 9, and so on.
     * For Aurora versions that support the Aurora Serverless v2 auto-pause feature, the smallest
     * value that you can use is 0. For versions that don't support Aurora Serverless v2 auto-pause,
     * the smallest value that you can use is 0.5.
     *
     * <p>CloudFormation property {@code MinCapacity}.
     */
    public ServerlessV2ScalingConfiguration minCapacity(double value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(double)}. */
    public ServerlessV2ScalingConfiguration minCapacity(Value<Double> value) {
      return set("MinCapacity", value);
    }

    /**
     * Specifies the number of seconds an Aurora Serverless v2 DB instance must be idle before
     * Aurora attempts to automatically pause it.
     *
     * <p>Specify a value between 300 seconds (five minutes) and 86,400 seconds (one day). The
     * default is 300 seconds.
     *
     * <p>CloudFormation property {@code SecondsUntilAutoPause}.
     */
    public ServerlessV2ScalingConfiguration secondsUntilAutoPause(int value) {
      return set("SecondsUntilAutoPause", Value.of(value));
    }

    /**
     * Sets {@code SecondsUntilAutoPause} to this value; see {@link #secondsUntilAutoPause(int)}.
     */
    public ServerlessV2ScalingConfiguration secondsUntilAutoPause(Value<Integer> value) {
      return set("SecondsUntilAutoPause", value);
    }
  }
}
