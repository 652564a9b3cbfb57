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
 * The <code>AWS::RDS::DBInstance</code> resource creates an Amazon DB instance. The new DB instance
 * can be an RDS DB instance, or it can be a DB instance in an Aurora DB cluster.
 *
 * <p>For more information about creating an RDS DB instance, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CreateDBInstance.html">Creating
 * an Amazon RDS DB instance</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>For more information about creating a DB instance in an Aurora DB cluster, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.CreateInstance.html">Creating
 * an Amazon Aurora DB cluster</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>If you import an existing DB instance, and the template configuration doesn't match the actual
 * configuration of the DB instance, AWS CloudFormation applies the changes in the template during
 * the import operation.
 *
 * <p>If a DB instance is deleted or replaced during an update, AWS CloudFormation deletes all
 * automated snapshots. However, it retains manual DB snapshots. During an update that requires
 * replacement, you can apply a stack policy to prevent DB instances from being replaced. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/protect-stack-resources.html">Prevent
 * Updates to Stack Resources</a> .
 *
 * <p><em>Updating DB instances</em>
 *
 * <p>When properties labeled " <em>Update requires:</em> <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">Replacement</a>
 * " are updated, AWS CloudFormation first creates a replacement DB instance, then changes
 * references from other dependent resources to point to the replacement DB instance, and finally
 * deletes the old DB instance.
 *
 * <p>We highly recommend that you take a snapshot of the database before updating the stack. If you
 * don't, you lose the data when AWS CloudFormation replaces your DB instance. To preserve your
 * data, perform the following procedure: - Deactivate any applications that are using the DB
 * instance so that there's no activity on the DB instance. - Create a snapshot of the DB instance.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CreateSnapshot.html">Creating a
 * DB Snapshot</a> . - If you want to restore your instance using a DB snapshot, modify the updated
 * template with your DB instance changes and add the <code>DBSnapshotIdentifier</code> property
 * with the ID of the DB snapshot that you want to use. After you restore a DB instance with a
 * <code>DBSnapshotIdentifier</code> property, you can delete the <code>DBSnapshotIdentifier</code>
 * property. When you specify this property for an update, the DB instance is not restored from the
 * DB snapshot again, and the data in the database is not changed. However, if you don't specify the
 * <code>DBSnapshotIdentifier</code> property, an empty DB instance is created, and the original DB
 * instance is deleted. If you specify a property that is different from the previous snapshot
 * restore property, a new DB instance is restored from the specified
 * <code>DBSnapshotIdentifier</code> property, and the original DB instance is deleted. - Update the
 * stack.
 *
 * <p>For more information about updating other properties of this resource, see <code><a
 * href="https://docs.aws.amazon.com//AmazonRDS/latest/APIReference/API_ModifyDBInstance.html">ModifyDBInstance</a></code>
 * . For more information about updating stacks, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks.html">AWS
 * CloudFormation Stacks Updates</a> .
 *
 * <p><em>Deleting DB instances</em>
 *
 * <p>For DB instances that are part of an Aurora DB cluster, you can set a deletion policy for your
 * DB instance to control how AWS CloudFormation handles the DB instance when the stack is deleted.
 * For Amazon RDS DB instances, you can choose to <em>retain</em> the DB instance, to
 * <em>delete</em> the DB instance, or to <em>create a snapshot</em> of the DB instance. The default
 * AWS CloudFormation behavior depends on the <code>DBClusterIdentifier</code> property:
 *
 * <ul> <li>For <code>AWS::RDS::DBInstance</code> resources that don't specify the
 * <code>DBClusterIdentifier</code> property, AWS CloudFormation saves a snapshot of the DB
 * instance. <li>For <code>AWS::RDS::DBInstance</code> resources that do specify the
 * <code>DBClusterIdentifier</code> property, AWS CloudFormation deletes the DB instance. </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBInstance}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class DBInstance extends Resource<DBInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBInstance")
      .constrain("AllocatedStorage", Constraint.of().pattern("^[0-9]*$"))
      .constrain("AutomaticBackupReplicationRetentionPeriod", Constraint.of().minimum(1))
      .constrain("BackupRetentionPeriod", Constraint.of().minimum(0))
      .references("DBClusterIdentifier", "AWS::RDS::DBCluster.Ref")
      .constrain("DBInstanceIdentifier", Constraint.of().pattern("^$|^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .references("DBParameterGroupName", "AWS::RDS::DBParameterGroup.Ref")
      .references("DBSubnetGroupName", "AWS::RDS::DBSubnetGroup.Ref")
      .allowed("DatabaseInsightsMode", "advanced", "standard")
      .references("KmsKeyId", "AWS::KMS::Key.Ref", "AWS::KMS::Key.Arn")
      .allowed("MasterUserAuthenticationType", "iam-db-auth", "password")
      .constrain("MasterUsername", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,127}$").minLength(1).maxLength(128))
      .constrain("MonitoringRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("MonitoringRoleArn", "AWS::IAM::Role.Arn")
      .references("PerformanceInsightsKMSKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
      .allowed("PerformanceInsightsRetentionPeriod", "7", "31", "62", "93", "124", "155", "186",
          "217", "248", "279", "310", "341", "372", "403", "434", "465", "496", "527", "558", "589",
          "620", "651", "682", "713", "731")
      .constrain("Port", Constraint.of().pattern("^\\d*$"))
      .constrain("PromotionTier", Constraint.of().minimum(0).maximum(15))
      .constrain("RestoreTime", Constraint.of().format("date-time"))
      .references("SourceDBInstanceIdentifier", "AWS::RDS::DBInstance.Ref")
      .references("VPCSecurityGroups", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("DBInstanceIdentifier")
      .attributes("AutomaticRestartTime", "CertificateDetails", "CertificateDetails.CAIdentifier",
          "CertificateDetails.ValidTill", "DBInstanceArn", "DBInstanceStatus", "DBSystemId",
          "DbiResourceId", "Endpoint", "Endpoint.Address", "Endpoint.HostedZoneId", "Endpoint.Port",
          "InstanceCreateTime", "IsStorageConfigUpgradeAvailable", "LatestRestorableTime",
          "ListenerEndpoint", "ListenerEndpoint.Address", "ListenerEndpoint.HostedZoneId",
          "ListenerEndpoint.Port", "MasterUserSecret.SecretArn", "PercentProgress",
          "ReadReplicaDBClusterIdentifiers", "ReadReplicaDBInstanceIdentifiers",
          "ResumeFullAutomationModeTime", "SecondaryAvailabilityZone", "StatusInfos",
          "StorageOperationPercentProgress", "StorageOperationStatus")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The additional storage volumes associated with the DB instance. RDS supports additional storage
   * volumes for RDS for Oracle and RDS for SQL Server.
   *
   * <p>CloudFormation property {@code AdditionalStorageVolumes}.
   */
  public DBInstance additionalStorageVolumes(List<AdditionalStorageVolume> value) {
    return set("AdditionalStorageVolumes", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalStorageVolumes} to this value; see {@link
   * #additionalStorageVolumes(List)}.
   */
  public DBInstance additionalStorageVolumes(Value<List<AdditionalStorageVolume>> value) {
    return set("AdditionalStorageVolumes", value);
  }

  /**
   * Sets {@code AdditionalStorageVolumes} to a list of these; see {@link
   * #additionalStorageVolumes(List)}.
   */
  public DBInstance additionalStorageVolumes(AdditionalStorageVolume... values) {
    return set("AdditionalStorageVolumes", Value.list(values));
  }

  /**
   * The amount of storage in gibibytes (GiB) to be initially allocated for the database instance.
   *
   * <p>If any value is set in the <code>Iops</code> parameter, <code>AllocatedStorage</code> must
   * be at least 100 GiB, which corresponds to the minimum Iops value of 1,000. If you increase the
   * <code>Iops</code> value (in 1,000 IOPS increments), then you must also increase the
   * <code>AllocatedStorage</code> value (in 100-GiB increments).
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. Aurora cluster volumes automatically grow as the amount of data in your
   * database increases, though you are only charged for the space that you use in an Aurora cluster
   * volume.
   *
   * <p><em>Db2</em>
   *
   * <p>Constraints to the amount of storage for each storage type are the following:
   *
   * <ul> <li>General Purpose (SSD) storage (gp3): Must be an integer from 20 to 64000.
   * <li>Provisioned IOPS storage (io1): Must be an integer from 100 to 64000. </ul>
   *
   * <p><em>MySQL</em>
   *
   * <p>Constraints to the amount of storage for each storage type are the following:
   *
   * <ul> <li>General Purpose (SSD) storage (gp2): Must be an integer from 20 to 65536.
   * <li>Provisioned IOPS storage (io1): Must be an integer from 100 to 65536. <li>Magnetic storage
   * (standard): Must be an integer from 5 to 3072. </ul>
   *
   * <p><em>MariaDB</em>
   *
   * <p>Constraints to the amount of storage for each storage type are the following:
   *
   * <ul> <li>General Purpose (SSD) storage (gp2): Must be an integer from 20 to 65536.
   * <li>Provisioned IOPS storage (io1): Must be an integer from 100 to 65536. <li>Magnetic storage
   * (standard): Must be an integer from 5 to 3072. </ul>
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>Constraints to the amount of storage for each storage type are the following:
   *
   * <ul> <li>General Purpose (SSD) storage (gp2): Must be an integer from 20 to 65536.
   * <li>Provisioned IOPS storage (io1): Must be an integer from 100 to 65536. <li>Magnetic storage
   * (standard): Must be an integer from 5 to 3072. </ul>
   *
   * <p><em>Oracle</em>
   *
   * <p>Constraints to the amount of storage for each storage type are the following:
   *
   * <ul> <li>General Purpose (SSD) storage (gp2): Must be an integer from 20 to 65536.
   * <li>Provisioned IOPS storage (io1): Must be an integer from 100 to 65536. <li>Magnetic storage
   * (standard): Must be an integer from 10 to 3072. </ul>
   *
   * <p><em>SQL Server</em>
   *
   * <p>Constraints to the amount of storage for each storage type are the following:
   *
   * <ul> <li>General Purpose (SSD) storage (gp2): </ul>
   *
   * <ul> <li>Enterprise and Standard editions: Must be an integer from 20 to 16384. <li>Web and
   * Express editions: Must be an integer from 20 to 16384. <li>Provisioned IOPS storage (io1):
   * </ul>
   *
   * <ul> <li>Enterprise and Standard editions: Must be an integer from 20 to 16384. <li>Web and
   * Express editions: Must be an integer from 20 to 16384. <li>Magnetic storage (standard): </ul>
   *
   * <ul> <li>Enterprise and Standard editions: Must be an integer from 20 to 1024. <li>Web and
   * Express editions: Must be an integer from 20 to 1024. </ul>
   *
   * <p>Pattern: {@code ^[0-9]*$}. CloudFormation property {@code AllocatedStorage}.
   */
  public DBInstance allocatedStorage(String value) {
    return set("AllocatedStorage", Value.of(value));
  }

  /** Sets {@code AllocatedStorage} to this value; see {@link #allocatedStorage(String)}. */
  public DBInstance allocatedStorage(Value<String> value) {
    return set("AllocatedStorage", value);
  }

  /**
   * A value that indicates whether major version upgrades are allowed. Changing this parameter
   * doesn't result in an outage and the change is asynchronously applied as soon as possible.
   *
   * <p>Constraints: Major version upgrades must be allowed when specifying a value for the
   * <code>EngineVersion</code> parameter that is a different major version than the DB instance's
   * current version.
   *
   * <p>CloudFormation property {@code AllowMajorVersionUpgrade}.
   */
  public DBInstance allowMajorVersionUpgrade(boolean value) {
    return set("AllowMajorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AllowMajorVersionUpgrade} to this value; see {@link
   * #allowMajorVersionUpgrade(boolean)}.
   */
  public DBInstance allowMajorVersionUpgrade(Value<Boolean> value) {
    return set("AllowMajorVersionUpgrade", value);
  }

  /**
   * Specifies whether changes to the DB instance and any pending modifications are applied
   * immediately, regardless of the <code>PreferredMaintenanceWindow</code> setting. If set to
   * <code>false</code> , changes are applied during the next maintenance window. Until RDS applies
   * the changes, the DB instance remains in a drift state. As a result, the configuration doesn't
   * fully reflect the requested modifications and temporarily diverges from the intended state.
   *
   * <p>In addition to the settings described in <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html">Modifying
   * a DB instance</a> , this property also determines whether the DB instance reboots when a static
   * parameter is modified in the associated DB parameter group.
   *
   * <p>Default: <code>true</code>
   *
   * <p>CloudFormation property {@code ApplyImmediately}.
   */
  public DBInstance applyImmediately(boolean value) {
    return set("ApplyImmediately", Value.of(value));
  }

  /** Sets {@code ApplyImmediately} to this value; see {@link #applyImmediately(boolean)}. */
  public DBInstance applyImmediately(Value<Boolean> value) {
    return set("ApplyImmediately", value);
  }

  /**
   * The AWS Identity and Access Management (IAM) roles associated with the DB instance.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The associated roles are managed by the DB cluster.
   *
   * <p>CloudFormation property {@code AssociatedRoles}.
   */
  public DBInstance associatedRoles(List<DBInstanceRole> value) {
    return set("AssociatedRoles", Value.listOf(value));
  }

  /** Sets {@code AssociatedRoles} to this value; see {@link #associatedRoles(List)}. */
  public DBInstance associatedRoles(Value<List<DBInstanceRole>> value) {
    return set("AssociatedRoles", value);
  }

  /** Sets {@code AssociatedRoles} to a list of these; see {@link #associatedRoles(List)}. */
  public DBInstance associatedRoles(DBInstanceRole... values) {
    return set("AssociatedRoles", Value.list(values));
  }

  /**
   * A value that indicates whether minor engine upgrades are applied automatically to the DB
   * instance during the maintenance window. By default, minor engine upgrades are applied
   * automatically.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * AutoMinorVersionUpgrade}.
   */
  public DBInstance autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public DBInstance autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * The AWS KMS key identifier for encryption of the replicated automated backups. The KMS key ID
   * is the Amazon Resource Name (ARN) for the KMS encryption key in the destination AWS Region ,
   * for example, <code>arn:aws:kms:us-east-1:123456789012:key/AKIAIOSFODNN7EXAMPLE</code> .
   *
   * <p>CloudFormation property {@code AutomaticBackupReplicationKmsKeyId}.
   */
  public DBInstance automaticBackupReplicationKmsKeyId(String value) {
    return set("AutomaticBackupReplicationKmsKeyId", Value.of(value));
  }

  /**
   * Sets {@code AutomaticBackupReplicationKmsKeyId} to this value; see {@link
   * #automaticBackupReplicationKmsKeyId(String)}.
   */
  public DBInstance automaticBackupReplicationKmsKeyId(Value<String> value) {
    return set("AutomaticBackupReplicationKmsKeyId", value);
  }

  /**
   * The AWS Region associated with the automated backup.
   *
   * <p>CloudFormation property {@code AutomaticBackupReplicationRegion}.
   */
  public DBInstance automaticBackupReplicationRegion(String value) {
    return set("AutomaticBackupReplicationRegion", Value.of(value));
  }

  /**
   * Sets {@code AutomaticBackupReplicationRegion} to this value; see {@link
   * #automaticBackupReplicationRegion(String)}.
   */
  public DBInstance automaticBackupReplicationRegion(Value<String> value) {
    return set("AutomaticBackupReplicationRegion", value);
  }

  /**
   * The retention period for automated backups in a different AWS Region. Use this parameter to set
   * a unique retention period that only applies to cross-Region automated backups. To enable
   * automated backups in a different Region, specify a positive value for the
   * <code>AutomaticBackupReplicationRegion</code> parameter.
   *
   * <p>If not specified, this parameter defaults to the value of the
   * <code>BackupRetentionPeriod</code> parameter. The maximum allowed value is 35.
   *
   * <p>Range: at least 1. CloudFormation property {@code
   * AutomaticBackupReplicationRetentionPeriod}.
   */
  public DBInstance automaticBackupReplicationRetentionPeriod(int value) {
    return set("AutomaticBackupReplicationRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code AutomaticBackupReplicationRetentionPeriod} to this value; see {@link
   * #automaticBackupReplicationRetentionPeriod(int)}.
   */
  public DBInstance automaticBackupReplicationRetentionPeriod(Value<Integer> value) {
    return set("AutomaticBackupReplicationRetentionPeriod", value);
  }

  /**
   * The Availability Zone (AZ) where the database will be created. For information on AWS Regions
   * and Availability Zones, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RegionsAndAvailabilityZones.html">Regions
   * and Availability Zones</a> .
   *
   * <p>For Amazon Aurora, each Aurora DB cluster hosts copies of its storage in three separate
   * Availability Zones. Specify one of these Availability Zones. Aurora automatically chooses an
   * appropriate Availability Zone if you don't specify one.
   *
   * <p>Default: A random, system-chosen Availability Zone in the endpoint's AWS Region .
   *
   * <p>Constraints:
   *
   * <ul> <li>The <code>AvailabilityZone</code> parameter can't be specified if the DB instance is a
   * Multi-AZ deployment. <li>The specified Availability Zone must be in the same AWS Region as the
   * current endpoint. </ul>
   *
   * <p>Example: <code>us-east-1d</code>
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public DBInstance availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public DBInstance availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The number of days for which automated backups are retained. Setting this parameter to a
   * positive number enables backups. Setting this parameter to 0 disables automated backups.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The retention period for automated backups is managed by the DB cluster.
   *
   * <p>Default: 1
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be a value from 0 to 35 <li>Can't be set to 0 if the DB instance is a source to
   * read replicas </ul>
   *
   * <p>Changing it may replace the resource. Range: at least 0. CloudFormation property {@code
   * BackupRetentionPeriod}.
   */
  public DBInstance backupRetentionPeriod(int value) {
    return set("BackupRetentionPeriod", Value.of(value));
  }

  /** Sets {@code BackupRetentionPeriod} to this value; see {@link #backupRetentionPeriod(int)}. */
  public DBInstance backupRetentionPeriod(Value<Integer> value) {
    return set("BackupRetentionPeriod", value);
  }

  /**
   * The location for storing automated backups and manual snapshots.
   *
   * <p>Valid Values:
   *
   * <ul> <li><code>local</code> (Dedicated Local Zone) <li><code>outposts</code> ( AWS Outposts)
   * <li><code>region</code> ( AWS Region ) </ul>
   *
   * <p>Default: <code>region</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-on-outposts.html">Working with
   * Amazon RDS on AWS Outposts</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BackupTarget}.
   */
  public DBInstance backupTarget(String value) {
    return set("BackupTarget", Value.of(value));
  }

  /** Sets {@code BackupTarget} to this value; see {@link #backupTarget(String)}. */
  public DBInstance backupTarget(Value<String> value) {
    return set("BackupTarget", value);
  }

  /**
   * The identifier of the CA certificate for this DB instance.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html">Using
   * SSL/TLS to encrypt a connection to a DB instance</a> in the <em>Amazon RDS User Guide</em> and
   * <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL.html">Using
   * SSL/TLS to encrypt a connection to a DB cluster</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>CloudFormation property {@code CACertificateIdentifier}.
   */
  public DBInstance caCertificateIdentifier(String value) {
    return set("CACertificateIdentifier", Value.of(value));
  }

  /**
   * Sets {@code CACertificateIdentifier} to this value; see {@link
   * #caCertificateIdentifier(String)}.
   */
  public DBInstance caCertificateIdentifier(Value<String> value) {
    return set("CACertificateIdentifier", value);
  }

  /**
   * Specifies whether the DB instance is restarted when you rotate your SSL/TLS certificate.
   *
   * <p>By default, the DB instance is restarted when you rotate your SSL/TLS certificate. The
   * certificate is not updated until the DB instance is restarted.
   *
   * <p>Set this parameter only if you are <em>not</em> using SSL/TLS to connect to the DB instance.
   *
   * <p>If you are using SSL/TLS to connect to the DB instance, follow the appropriate instructions
   * for your DB engine to rotate your SSL/TLS certificate:
   *
   * <ul> <li>For more information about rotating your SSL/TLS certificate for RDS DB engines, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html">Rotating
   * Your SSL/TLS Certificate.</a> in the <em>Amazon RDS User Guide.</em> <li>For more information
   * about rotating your SSL/TLS certificate for Aurora DB engines, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL-certificate-rotation.html">Rotating
   * Your SSL/TLS Certificate</a> in the <em>Amazon Aurora User Guide</em> . </ul>
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>CloudFormation property {@code CertificateRotationRestart}.
   */
  public DBInstance certificateRotationRestart(boolean value) {
    return set("CertificateRotationRestart", Value.of(value));
  }

  /**
   * Sets {@code CertificateRotationRestart} to this value; see {@link
   * #certificateRotationRestart(boolean)}.
   */
  public DBInstance certificateRotationRestart(Value<Boolean> value) {
    return set("CertificateRotationRestart", value);
  }

  /**
   * For supported engines, indicates that the DB instance should be associated with the specified
   * character set.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The character set is managed by the DB cluster. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html">AWS::RDS::DBCluster</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CharacterSetName}.
   */
  public DBInstance characterSetName(String value) {
    return set("CharacterSetName", Value.of(value));
  }

  /** Sets {@code CharacterSetName} to this value; see {@link #characterSetName(String)}. */
  public DBInstance characterSetName(Value<String> value) {
    return set("CharacterSetName", value);
  }

  /**
   * Specifies whether to copy tags from the DB instance to snapshots of the DB instance. By
   * default, tags are not copied.
   *
   * <p>This setting doesn't apply to Amazon Aurora DB instances. Copying tags to snapshots is
   * managed by the DB cluster. Setting this value for an Aurora DB instance has no effect on the DB
   * cluster setting.
   *
   * <p>CloudFormation property {@code CopyTagsToSnapshot}.
   */
  public DBInstance copyTagsToSnapshot(boolean value) {
    return set("CopyTagsToSnapshot", Value.of(value));
  }

  /** Sets {@code CopyTagsToSnapshot} to this value; see {@link #copyTagsToSnapshot(boolean)}. */
  public DBInstance copyTagsToSnapshot(Value<Boolean> value) {
    return set("CopyTagsToSnapshot", value);
  }

  /**
   * The instance profile associated with the underlying Amazon EC2 instance of an RDS Custom DB
   * instance.
   *
   * <p>This setting is required for RDS Custom.
   *
   * <p>Constraints:
   *
   * <ul> <li>The profile must exist in your account. <li>The profile must have an IAM role that
   * Amazon EC2 has permissions to assume. <li>The instance profile name and the associated IAM role
   * name must start with the prefix <code>AWSRDSCustom</code> . </ul>
   *
   * <p>For the list of permissions required for the IAM role, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/custom-setup-orcl.html#custom-setup-orcl.iam-vpc">Configure
   * IAM and your VPC</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CustomIAMInstanceProfile}.
   */
  public DBInstance customIAMInstanceProfile(String value) {
    return set("CustomIAMInstanceProfile", Value.of(value));
  }

  /**
   * Sets {@code CustomIAMInstanceProfile} to this value; see {@link
   * #customIAMInstanceProfile(String)}.
   */
  public DBInstance customIAMInstanceProfile(Value<String> value) {
    return set("CustomIAMInstanceProfile", value);
  }

  /**
   * The identifier of the DB cluster that this DB instance will belong to.
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBClusterIdentifier}.
   */
  public DBInstance dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public DBInstance dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * Sets {@code DBClusterIdentifier} to the Ref of {@code AWS::RDS::DBCluster}; see {@link
   * #dbClusterIdentifier(String)}.
   */
  public DBInstance dbClusterIdentifier(DBCluster resource) {
    return set("DBClusterIdentifier", resource.ref());
  }

  /**
   * The identifier for the Multi-AZ DB cluster snapshot to restore from.
   *
   * <p>For more information on Multi-AZ DB clusters, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts.html">Multi-AZ
   * DB cluster deployments</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Constraints:
   *
   * <ul> <li>Must match the identifier of an existing Multi-AZ DB cluster snapshot. <li>Can't be
   * specified when <code>DBSnapshotIdentifier</code> is specified. <li>Must be specified when
   * <code>DBSnapshotIdentifier</code> isn't specified. <li>If you are restoring from a shared
   * manual Multi-AZ DB cluster snapshot, the <code>DBClusterSnapshotIdentifier</code> must be the
   * ARN of the shared snapshot. <li>Can't be the identifier of an Aurora DB cluster snapshot. </ul>
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * DBClusterSnapshotIdentifier}.
   */
  public DBInstance dbClusterSnapshotIdentifier(String value) {
    return set("DBClusterSnapshotIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DBClusterSnapshotIdentifier} to this value; see {@link
   * #dbClusterSnapshotIdentifier(String)}.
   */
  public DBInstance dbClusterSnapshotIdentifier(Value<String> value) {
    return set("DBClusterSnapshotIdentifier", value);
  }

  /**
   * The compute and memory capacity of the DB instance, for example <code>db.m5.large</code> . Not
   * all DB instance classes are available in all AWS Regions , or for all database engines. For the
   * full list of DB instance classes, and availability for your engine, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html">DB
   * instance classes</a> in the <em>Amazon RDS User Guide</em> or <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.html">Aurora
   * DB instance classes</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>CloudFormation property {@code DBInstanceClass}.
   */
  public DBInstance dbInstanceClass(String value) {
    return set("DBInstanceClass", Value.of(value));
  }

  /** Sets {@code DBInstanceClass} to this value; see {@link #dbInstanceClass(String)}. */
  public DBInstance dbInstanceClass(Value<String> value) {
    return set("DBInstanceClass", value);
  }

  /**
   * A name for the DB instance. If you specify a name, AWS CloudFormation converts it to lowercase.
   * If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID
   * for the DB instance. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>For information about constraints that apply to DB instance identifiers, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints">Naming
   * constraints in Amazon RDS</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^$|^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code DBInstanceIdentifier}.
   */
  public DBInstance dbInstanceIdentifier(String value) {
    return set("DBInstanceIdentifier", Value.of(value));
  }

  /** Sets {@code DBInstanceIdentifier} to this value; see {@link #dbInstanceIdentifier(String)}. */
  public DBInstance dbInstanceIdentifier(Value<String> value) {
    return set("DBInstanceIdentifier", value);
  }

  /**
   * The meaning of this parameter differs according to the database engine you use.
   *
   * <p>If you specify the <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-database-instance.html#cfn-rds-dbinstance-dbsnapshotidentifier">DBSnapshotIdentifier</a></code>
   * property, this property only applies to RDS for Oracle.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The database name is managed by the DB cluster.
   *
   * <p><em>Db2</em>
   *
   * <p>The name of the database to create when the DB instance is created. If this parameter isn't
   * specified, no database is created in the DB instance.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1 to 64 letters or numbers. <li>Must begin with a letter. Subsequent
   * characters can be letters, underscores, or digits (0-9). <li>Can't be a word reserved by the
   * specified database engine. </ul>
   *
   * <p><em>MySQL</em>
   *
   * <p>The name of the database to create when the DB instance is created. If this parameter is not
   * specified, no database is created in the DB instance.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1 to 64 letters or numbers. <li>Can't be a word reserved by the specified
   * database engine </ul>
   *
   * <p><em>MariaDB</em>
   *
   * <p>The name of the database to create when the DB instance is created. If this parameter is not
   * specified, no database is created in the DB instance.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1 to 64 letters or numbers. <li>Can't be a word reserved by the specified
   * database engine </ul>
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>The name of the database to create when the DB instance is created. If this parameter is not
   * specified, the default <code>postgres</code> database is created in the DB instance.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must begin with a letter. Subsequent characters can be letters, underscores, or digits
   * (0-9). <li>Must contain 1 to 63 characters. <li>Can't be a word reserved by the specified
   * database engine </ul>
   *
   * <p><em>Oracle</em>
   *
   * <p>The Oracle System ID (SID) of the created DB instance. If you specify <code>null</code> ,
   * the default value <code>ORCL</code> is used. You can't specify the string NULL, or any other
   * reserved word, for <code>DBName</code> .
   *
   * <p>Default: <code>ORCL</code>
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't be longer than 8 characters </ul>
   *
   * <p><em>SQL Server</em>
   *
   * <p>Not applicable. Must be null.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBName}.
   */
  public DBInstance dbName(String value) {
    return set("DBName", Value.of(value));
  }

  /** Sets {@code DBName} to this value; see {@link #dbName(String)}. */
  public DBInstance dbName(Value<String> value) {
    return set("DBName", value);
  }

  /**
   * The name of an existing DB parameter group or a reference to an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbparametergroup.html">AWS::RDS::DBParameterGroup</a>
   * resource created in the template.
   *
   * <p>To list all of the available DB parameter group names, use the following command:
   *
   * <p><code>aws rds describe-db-parameter-groups --query
   * "DBParameterGroups[].DBParameterGroupName" --output text</code>
   *
   * <p>If any of the data members of the referenced parameter group are changed during an update,
   * the DB instance might need to be restarted, which causes some interruption. If the parameter
   * group contains static parameters, whether they were changed or not, an update triggers a
   * reboot.
   *
   * <p>If you don't specify a value for <code>DBParameterGroupName</code> property, the default DB
   * parameter group for the specified engine and engine version is used.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code DBParameterGroupName}.
   */
  public DBInstance dbParameterGroupName(String value) {
    return set("DBParameterGroupName", Value.of(value));
  }

  /** Sets {@code DBParameterGroupName} to this value; see {@link #dbParameterGroupName(String)}. */
  public DBInstance dbParameterGroupName(Value<String> value) {
    return set("DBParameterGroupName", value);
  }

  /**
   * Sets {@code DBParameterGroupName} to the Ref of {@code AWS::RDS::DBParameterGroup}; see {@link
   * #dbParameterGroupName(String)}.
   */
  public DBInstance dbParameterGroupName(DBParameterGroup resource) {
    return set("DBParameterGroupName", resource.ref());
  }

  /**
   * A list of the DB security groups to assign to the DB instance. The list can include both the
   * name of existing DB security groups or references to AWS::RDS::DBSecurityGroup resources
   * created in the template.
   *
   * <p>If you set DBSecurityGroups, you must not set VPCSecurityGroups, and vice versa. Also, note
   * that the DBSecurityGroups property exists only for backwards compatibility with older regions
   * and is no longer recommended for providing security information to an RDS DB instance. Instead,
   * use VPCSecurityGroups.
   *
   * <p>If you specify this property, AWS CloudFormation sends only the following properties (if
   * specified) to Amazon RDS during create operations: - <code>AllocatedStorage</code> -
   * <code>AutoMinorVersionUpgrade</code> - <code>AvailabilityZone</code> -
   * <code>BackupRetentionPeriod</code> - <code>CharacterSetName</code> -
   * <code>DBInstanceClass</code> - <code>DBName</code> - <code>DBParameterGroupName</code> -
   * <code>DBSecurityGroups</code> - <code>DBSubnetGroupName</code> - <code>Engine</code> -
   * <code>EngineVersion</code> - <code>Iops</code> - <code>LicenseModel</code> -
   * <code>MasterUsername</code> - <code>MasterUserPassword</code> - <code>MultiAZ</code> -
   * <code>OptionGroupName</code> - <code>PreferredBackupWindow</code> -
   * <code>PreferredMaintenanceWindow</code> All other properties are ignored. Specify a virtual
   * private cloud (VPC) security group if you want to submit other properties, such as
   * <code>StorageType</code> , <code>StorageEncrypted</code> , or <code>KmsKeyId</code> . If you're
   * already using the <code>DBSecurityGroups</code> property, you can't use these other properties
   * by updating your DB instance to use a VPC security group. You must recreate the DB instance.
   *
   * <p>CloudFormation property {@code DBSecurityGroups}.
   */
  public DBInstance dbSecurityGroups(List<String> value) {
    return set("DBSecurityGroups", Value.listOf(value));
  }

  /** Sets {@code DBSecurityGroups} to this value; see {@link #dbSecurityGroups(List)}. */
  public DBInstance dbSecurityGroups(Value<List<String>> value) {
    return set("DBSecurityGroups", value);
  }

  /**
   * The name or Amazon Resource Name (ARN) of the DB snapshot that's used to restore the DB
   * instance. If you're restoring from a shared manual DB snapshot, you must specify the ARN of the
   * snapshot.
   *
   * <p>By specifying this property, you can create a DB instance from the specified DB snapshot. If
   * the <code>DBSnapshotIdentifier</code> property is an empty string or the
   * <code>AWS::RDS::DBInstance</code> declaration has no <code>DBSnapshotIdentifier</code>
   * property, AWS CloudFormation creates a new database. If the property contains a value (other
   * than an empty string), AWS CloudFormation creates a database from the specified snapshot. If a
   * snapshot with the specified name doesn't exist, AWS CloudFormation can't create the database
   * and it rolls back the stack.
   *
   * <p>Some DB instance properties aren't valid when you restore from a snapshot, such as the
   * <code>MasterUsername</code> and <code>MasterUserPassword</code> properties, and the
   * point-in-time recovery properties <code>RestoreTime</code> and
   * <code>UseLatestRestorableTime</code> . For information about the properties that you can
   * specify, see the <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBInstanceFromDBSnapshot.html"><code>RestoreDBInstanceFromDBSnapshot</code></a>
   * action in the <em>Amazon RDS API Reference</em> .
   *
   * <p>After you restore a DB instance with a <code>DBSnapshotIdentifier</code> property, you must
   * specify the same <code>DBSnapshotIdentifier</code> property for any future updates to the DB
   * instance. When you specify this property for an update, the DB instance is not restored from
   * the DB snapshot again, and the data in the database is not changed. However, if you don't
   * specify the <code>DBSnapshotIdentifier</code> property, an empty DB instance is created, and
   * the original DB instance is deleted. If you specify a property that is different from the
   * previous snapshot restore property, a new DB instance is restored from the specified
   * <code>DBSnapshotIdentifier</code> property, and the original DB instance is deleted.
   *
   * <p>If you specify the <code>DBSnapshotIdentifier</code> property to restore a DB instance (as
   * opposed to specifying it for DB instance updates), then don't specify the following properties:
   *
   * <ul> <li><code>CharacterSetName</code> <li><code>DBClusterIdentifier</code>
   * <li><code>DBName</code> <li><code>KmsKeyId</code> <li><code>MasterUsername</code>
   * <li><code>MasterUserPassword</code> <li><code>PromotionTier</code>
   * <li><code>SourceDBInstanceIdentifier</code> <li><code>SourceRegion</code>
   * <li><code>StorageEncrypted</code> (for an unencrypted snapshot) <li><code>Timezone</code> </ul>
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. Snapshot restore is managed by the DB cluster.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code DBSnapshotIdentifier}.
   */
  public DBInstance dbSnapshotIdentifier(String value) {
    return set("DBSnapshotIdentifier", Value.of(value));
  }

  /** Sets {@code DBSnapshotIdentifier} to this value; see {@link #dbSnapshotIdentifier(String)}. */
  public DBInstance dbSnapshotIdentifier(Value<String> value) {
    return set("DBSnapshotIdentifier", value);
  }

  /**
   * A DB subnet group to associate with the DB instance. If you update this value, the new subnet
   * group must be a subnet group in a new VPC.
   *
   * <p>If you don't specify a DB subnet group, RDS uses the default DB subnet group if one exists.
   * If a default DB subnet group does not exist, and you don't specify a
   * <code>DBSubnetGroupName</code> , the DB instance fails to launch.
   *
   * <p>For more information about using Amazon RDS in a VPC, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.html">Amazon VPC and
   * Amazon RDS</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>This setting doesn't apply to Amazon Aurora DB instances. The DB subnet group is managed by
   * the DB cluster. If specified, the setting must match the DB cluster setting.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSubnetGroupName}.
   */
  public DBInstance dbSubnetGroupName(String value) {
    return set("DBSubnetGroupName", Value.of(value));
  }

  /** Sets {@code DBSubnetGroupName} to this value; see {@link #dbSubnetGroupName(String)}. */
  public DBInstance dbSubnetGroupName(Value<String> value) {
    return set("DBSubnetGroupName", value);
  }

  /**
   * Sets {@code DBSubnetGroupName} to the Ref of {@code AWS::RDS::DBSubnetGroup}; see {@link
   * #dbSubnetGroupName(String)}.
   */
  public DBInstance dbSubnetGroupName(DBSubnetGroup resource) {
    return set("DBSubnetGroupName", resource.ref());
  }

  /**
   * The Oracle system identifier (SID), which is the name of the Oracle database instance that
   * manages your database files. In this context, the term "Oracle database instance" refers
   * exclusively to the system global area (SGA) and Oracle background processes. If you don't
   * specify a SID, the value defaults to <code>RDSCDB</code> . The Oracle SID is also the name of
   * your CDB.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSystemId}.
   */
  public DBInstance dbSystemId(String value) {
    return set("DBSystemId", Value.of(value));
  }

  /** Sets {@code DBSystemId} to this value; see {@link #dbSystemId(String)}. */
  public DBInstance dbSystemId(Value<String> value) {
    return set("DBSystemId", value);
  }

  /**
   * The mode of Database Insights to enable for the DB instance.
   *
   * <p>Aurora DB instances inherit this value from the DB cluster, so you can't change this value.
   *
   * <p>Allowed values: {@code advanced}, {@code standard}. CloudFormation property {@code
   * DatabaseInsightsMode}.
   */
  public DBInstance databaseInsightsMode(String value) {
    return set("DatabaseInsightsMode", Value.of(value));
  }

  /** Sets {@code DatabaseInsightsMode} to this value; see {@link #databaseInsightsMode(String)}. */
  public DBInstance databaseInsightsMode(Value<String> value) {
    return set("DatabaseInsightsMode", value);
  }

  /**
   * Indicates whether the DB instance has a dedicated log volume (DLV) enabled.
   *
   * <p>CloudFormation property {@code DedicatedLogVolume}.
   */
  public DBInstance dedicatedLogVolume(boolean value) {
    return set("DedicatedLogVolume", Value.of(value));
  }

  /** Sets {@code DedicatedLogVolume} to this value; see {@link #dedicatedLogVolume(boolean)}. */
  public DBInstance dedicatedLogVolume(Value<Boolean> value) {
    return set("DedicatedLogVolume", value);
  }

  /**
   * A value that indicates whether to remove automated backups immediately after the DB instance is
   * deleted. This parameter isn't case-sensitive. The default is to remove automated backups
   * immediately after the DB instance is deleted.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. When you delete a DB cluster, all automated backups for that DB cluster are
   * deleted and can't be recovered. Manual DB cluster snapshots of the DB cluster are not deleted.
   *
   * <p>CloudFormation property {@code DeleteAutomatedBackups}.
   */
  public DBInstance deleteAutomatedBackups(boolean value) {
    return set("DeleteAutomatedBackups", Value.of(value));
  }

  /**
   * Sets {@code DeleteAutomatedBackups} to this value; see {@link
   * #deleteAutomatedBackups(boolean)}.
   */
  public DBInstance deleteAutomatedBackups(Value<Boolean> value) {
    return set("DeleteAutomatedBackups", value);
  }

  /**
   * Specifies whether the DB instance has deletion protection enabled. The database can't be
   * deleted when deletion protection is enabled. By default, deletion protection isn't enabled. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html">Deleting
   * a DB Instance</a> .
   *
   * <p>This setting doesn't apply to Amazon Aurora DB instances. You can enable or disable deletion
   * protection for the DB cluster. For more information, see <code>CreateDBCluster</code> . DB
   * instances in a DB cluster can be deleted even when deletion protection is enabled for the DB
   * cluster.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public DBInstance deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public DBInstance deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The Active Directory directory ID to create the DB instance in. Currently, only Db2, MySQL,
   * Microsoft SQL Server, Oracle, and PostgreSQL DB instances can be created in an Active Directory
   * Domain.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/kerberos-authentication.html">Kerberos
   * Authentication</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>CloudFormation property {@code Domain}.
   */
  public DBInstance domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public DBInstance domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * The ARN for the Secrets Manager secret with the credentials for the user joining the domain.
   *
   * <p>Example:
   * <code>arn:aws:secretsmanager:region:account-number:secret:myselfmanagedADtestsecret-123456</code>
   *
   * <p>CloudFormation property {@code DomainAuthSecretArn}.
   */
  public DBInstance domainAuthSecretArn(String value) {
    return set("DomainAuthSecretArn", Value.of(value));
  }

  /** Sets {@code DomainAuthSecretArn} to this value; see {@link #domainAuthSecretArn(String)}. */
  public DBInstance domainAuthSecretArn(Value<String> value) {
    return set("DomainAuthSecretArn", value);
  }

  /**
   * The IPv4 DNS IP addresses of your primary and secondary Active Directory domain controllers.
   *
   * <p>Constraints:
   *
   * <ul> <li>Two IP addresses must be provided. If there isn't a secondary domain controller, use
   * the IP address of the primary domain controller for both entries in the list. </ul>
   *
   * <p>Example: <code>123.124.125.126,234.235.236.237</code>
   *
   * <p>CloudFormation property {@code DomainDnsIps}.
   */
  public DBInstance domainDnsIps(List<String> value) {
    return set("DomainDnsIps", Value.listOf(value));
  }

  /** Sets {@code DomainDnsIps} to this value; see {@link #domainDnsIps(List)}. */
  public DBInstance domainDnsIps(Value<List<String>> value) {
    return set("DomainDnsIps", value);
  }

  /**
   * The fully qualified domain name (FQDN) of an Active Directory domain.
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't be longer than 64 characters. </ul>
   *
   * <p>Example: <code>mymanagedADtest.mymanagedAD.mydomain</code>
   *
   * <p>CloudFormation property {@code DomainFqdn}.
   */
  public DBInstance domainFqdn(String value) {
    return set("DomainFqdn", Value.of(value));
  }

  /** Sets {@code DomainFqdn} to this value; see {@link #domainFqdn(String)}. */
  public DBInstance domainFqdn(Value<String> value) {
    return set("DomainFqdn", value);
  }

  /**
   * The name of the IAM role to use when making API calls to the Directory Service.
   *
   * <p>This setting doesn't apply to the following DB instances:
   *
   * <ul> <li>Amazon Aurora (The domain is managed by the DB cluster.) <li>RDS Custom </ul>
   *
   * <p>CloudFormation property {@code DomainIAMRoleName}.
   */
  public DBInstance domainIAMRoleName(String value) {
    return set("DomainIAMRoleName", Value.of(value));
  }

  /** Sets {@code DomainIAMRoleName} to this value; see {@link #domainIAMRoleName(String)}. */
  public DBInstance domainIAMRoleName(Value<String> value) {
    return set("DomainIAMRoleName", value);
  }

  /**
   * The Active Directory organizational unit for your DB instance to join.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be in the distinguished name format. <li>Can't be longer than 64 characters.
   * </ul>
   *
   * <p>Example: <code>OU=mymanagedADtestOU,DC=mymanagedADtest,DC=mymanagedAD,DC=mydomain</code>
   *
   * <p>CloudFormation property {@code DomainOu}.
   */
  public DBInstance domainOu(String value) {
    return set("DomainOu", Value.of(value));
  }

  /** Sets {@code DomainOu} to this value; see {@link #domainOu(String)}. */
  public DBInstance domainOu(Value<String> value) {
    return set("DomainOu", value);
  }

  /**
   * The list of log types that need to be enabled for exporting to CloudWatch Logs. The values in
   * the list depend on the DB engine being used. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.html#USER_LogAccess.Procedural.UploadtoCloudWatch">Publishing
   * Database Logs to Amazon CloudWatch Logs</a> in the <em>Amazon Relational Database Service User
   * Guide</em> .
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. CloudWatch Logs exports are managed by the DB cluster.
   *
   * <p><em>Db2</em>
   *
   * <p>Valid values: <code>diag.log</code> , <code>notify.log</code>
   *
   * <p><em>MariaDB</em>
   *
   * <p>Valid values: <code>audit</code> , <code>error</code> , <code>general</code> ,
   * <code>slowquery</code>
   *
   * <p><em>Microsoft SQL Server</em>
   *
   * <p>Valid values: <code>agent</code> , <code>error</code>
   *
   * <p><em>MySQL</em>
   *
   * <p>Valid values: <code>audit</code> , <code>error</code> , <code>general</code> ,
   * <code>slowquery</code>
   *
   * <p><em>Oracle</em>
   *
   * <p>Valid values: <code>alert</code> , <code>audit</code> , <code>listener</code> ,
   * <code>trace</code> , <code>oemagent</code>
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>Valid values: <code>postgresql</code> , <code>upgrade</code>
   *
   * <p>CloudFormation property {@code EnableCloudwatchLogsExports}.
   */
  public DBInstance enableCloudwatchLogsExports(List<String> value) {
    return set("EnableCloudwatchLogsExports", Value.listOf(value));
  }

  /**
   * Sets {@code EnableCloudwatchLogsExports} to this value; see {@link
   * #enableCloudwatchLogsExports(List)}.
   */
  public DBInstance enableCloudwatchLogsExports(Value<List<String>> value) {
    return set("EnableCloudwatchLogsExports", value);
  }

  /**
   * A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM)
   * accounts to database accounts. By default, mapping is disabled.
   *
   * <p>This property is supported for RDS for MariaDB, RDS for MySQL, and RDS for PostgreSQL. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html">IAM
   * Database Authentication for MariaDB, MySQL, and PostgreSQL</a> in the <em>Amazon RDS User
   * Guide.</em>
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. Mapping AWS IAM accounts to database accounts is managed by the DB cluster.
   *
   * <p>CloudFormation property {@code EnableIAMDatabaseAuthentication}.
   */
  public DBInstance enableIAMDatabaseAuthentication(boolean value) {
    return set("EnableIAMDatabaseAuthentication", Value.of(value));
  }

  /**
   * Sets {@code EnableIAMDatabaseAuthentication} to this value; see {@link
   * #enableIAMDatabaseAuthentication(boolean)}.
   */
  public DBInstance enableIAMDatabaseAuthentication(Value<Boolean> value) {
    return set("EnableIAMDatabaseAuthentication", value);
  }

  /**
   * Specifies whether to enable Performance Insights for the DB instance. For more information, see
   * <a href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.html">Using
   * Amazon Performance Insights</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>CloudFormation property {@code EnablePerformanceInsights}.
   */
  public DBInstance enablePerformanceInsights(boolean value) {
    return set("EnablePerformanceInsights", Value.of(value));
  }

  /**
   * Sets {@code EnablePerformanceInsights} to this value; see {@link
   * #enablePerformanceInsights(boolean)}.
   */
  public DBInstance enablePerformanceInsights(Value<Boolean> value) {
    return set("EnablePerformanceInsights", value);
  }

  /**
   * The name of the database engine to use for this DB instance. Not every database engine is
   * available in every AWS Region.
   *
   * <p>This property is required when creating a DB instance.
   *
   * <p>You can convert an Oracle database from the non-CDB architecture to the container database
   * (CDB) architecture by updating the <code>Engine</code> value in your templates from
   * <code>oracle-ee</code> to <code>oracle-ee-cdb</code> or from <code>oracle-se2</code> to
   * <code>oracle-se2-cdb</code> . Converting to the CDB architecture requires an interruption.
   *
   * <p>Valid Values:
   *
   * <ul> <li><code>aurora-mysql</code> (for Aurora MySQL DB instances)
   * <li><code>aurora-postgresql</code> (for Aurora PostgreSQL DB instances)
   * <li><code>custom-oracle-ee</code> (for RDS Custom for Oracle DB instances)
   * <li><code>custom-oracle-ee-cdb</code> (for RDS Custom for Oracle DB instances)
   * <li><code>custom-sqlserver-ee</code> (for RDS Custom for SQL Server DB instances)
   * <li><code>custom-sqlserver-se</code> (for RDS Custom for SQL Server DB instances)
   * <li><code>custom-sqlserver-web</code> (for RDS Custom for SQL Server DB instances)
   * <li><code>db2-ae</code> <li><code>db2-se</code> <li><code>mariadb</code> <li><code>mysql</code>
   * <li><code>oracle-ee</code> <li><code>oracle-ee-cdb</code> <li><code>oracle-se2</code>
   * <li><code>oracle-se2-cdb</code> <li><code>postgres</code> <li><code>sqlserver-ee</code>
   * <li><code>sqlserver-se</code> <li><code>sqlserver-ex</code> <li><code>sqlserver-web</code>
   * </ul>
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code Engine}.
   */
  public DBInstance engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public DBInstance engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The life cycle type for this DB instance.
   *
   * <p>By default, this value is set to <code>open-source-rds-extended-support</code> , which
   * enrolls your DB instance into Amazon RDS Extended Support. At the end of standard support, you
   * can avoid charges for Extended Support by setting the value to
   * <code>open-source-rds-extended-support-disabled</code> . In this case, creating the DB instance
   * will fail if the DB major version is past its end of standard support date.
   *
   * <p>This setting applies only to RDS for MySQL and RDS for PostgreSQL. For Amazon Aurora DB
   * instances, the life cycle type is managed by the DB cluster.
   *
   * <p>You can use this setting to enroll your DB instance into Amazon RDS Extended Support. With
   * RDS Extended Support, you can run the selected major engine version on your DB instance past
   * the end of standard support for that engine version. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html">Amazon RDS
   * Extended Support with Amazon RDS</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Valid Values: <code>open-source-rds-extended-support |
   * open-source-rds-extended-support-disabled</code>
   *
   * <p>Default: <code>open-source-rds-extended-support</code>
   *
   * <p>CloudFormation property {@code EngineLifecycleSupport}.
   */
  public DBInstance engineLifecycleSupport(String value) {
    return set("EngineLifecycleSupport", Value.of(value));
  }

  /**
   * Sets {@code EngineLifecycleSupport} to this value; see {@link #engineLifecycleSupport(String)}.
   */
  public DBInstance engineLifecycleSupport(Value<String> value) {
    return set("EngineLifecycleSupport", value);
  }

  /**
   * The version number of the database engine to use.
   *
   * <p>For a list of valid engine versions, use the <code>DescribeDBEngineVersions</code> action.
   *
   * <p>The following are the database engines and links to information about the major and minor
   * versions that are available with Amazon RDS. Not every database engine is available for every
   * AWS Region.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The version number of the database engine to be used by the DB instance is
   * managed by the DB cluster.
   *
   * <p><em>Db2</em>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Db2.html#Db2.Concepts.VersionMgmt">Amazon
   * RDS for Db2</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p><em>MariaDB</em>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_MariaDB.html#MariaDB.Concepts.VersionMgmt">MariaDB
   * on Amazon RDS Versions</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p><em>Microsoft SQL Server</em>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html#SQLServer.Concepts.General.VersionSupport">Microsoft
   * SQL Server Versions on Amazon RDS</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p><em>MySQL</em>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_MySQL.html#MySQL.Concepts.VersionMgmt">MySQL
   * on Amazon RDS Versions</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p><em>Oracle</em>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.PatchComposition.html">Oracle
   * Database Engine Release Notes</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_PostgreSQL.html#PostgreSQL.Concepts.General.DBVersions">Supported
   * PostgreSQL Database Versions</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public DBInstance engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public DBInstance engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The number of I/O operations per second (IOPS) that the database provisions. The value must be
   * equal to or greater than 1000.
   *
   * <p>If you specify this property, you must follow the range of allowed ratios of your requested
   * IOPS rate to the amount of storage that you allocate (IOPS to allocated storage). For example,
   * you can provision an Oracle database instance with 1000 IOPS and 200 GiB of storage (a ratio of
   * 5:1), or specify 2000 IOPS with 200 GiB of storage (a ratio of 10:1). For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/DeveloperGuide/CHAP_Storage.html#USER_PIOPS">Amazon
   * RDS Provisioned IOPS Storage to Improve Performance</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>If you specify <code>io1</code> for the <code>StorageType</code> property, then you must
   * also specify the <code>Iops</code> property.
   *
   * <p>Constraints:
   *
   * <ul> <li>For RDS for Db2, MariaDB, MySQL, Oracle, and PostgreSQL - Must be a multiple between
   * .5 and 50 of the storage amount for the DB instance. <li>For RDS for SQL Server - Must be a
   * multiple between 1 and 50 of the storage amount for the DB instance. </ul>
   *
   * <p>CloudFormation property {@code Iops}.
   */
  public DBInstance iops(int value) {
    return set("Iops", Value.of(value));
  }

  /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
  public DBInstance iops(Value<Integer> value) {
    return set("Iops", value);
  }

  /**
   * The ARN of the AWS KMS key that's used to encrypt the DB instance, such as
   * <code>arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef</code> . If
   * you enable the StorageEncrypted property but don't specify this property, AWS CloudFormation
   * uses the default KMS key. If you specify this property, you must set the StorageEncrypted
   * property to true.
   *
   * <p>If you specify the <code>SourceDBInstanceIdentifier</code> or
   * <code>SourceDbiResourceId</code> property, don't specify this property. The value is inherited
   * from the source DB instance, and if the DB instance is encrypted, the specified
   * <code>KmsKeyId</code> property is used. However, if the source DB instance is in a different
   * AWS Region, you must specify a KMS key ID.
   *
   * <p>If you specify the <code>SourceDBInstanceAutomatedBackupsArn</code> property, don't specify
   * this property. The value is inherited from the source DB instance automated backup, and if the
   * automated backup is encrypted, the specified <code>KmsKeyId</code> property is used.
   *
   * <p>If you create an encrypted read replica in a different AWS Region, then you must specify a
   * KMS key for the destination AWS Region. KMS encryption keys are specific to the region that
   * they're created in, and you can't use encryption keys from one region in another region.
   *
   * <p>If you specify the <code>DBSnapshotIdentifier</code> property, don't specify this property.
   * The <code>StorageEncrypted</code> property value is inherited from the snapshot. If the DB
   * instance is encrypted, the specified <code>KmsKeyId</code> property is also inherited from the
   * snapshot.
   *
   * <p>If you specify <code>DBSecurityGroups</code> , AWS CloudFormation ignores this property. To
   * specify both a security group and this property, you must use a VPC security group. For more
   * information about Amazon RDS and VPC, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.html">Using Amazon RDS
   * with Amazon VPC</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The KMS key identifier is managed by the DB cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public DBInstance kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public DBInstance kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public DBInstance kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.ref());
  }

  /**
   * License model information for this DB instance.
   *
   * <p>Valid Values:
   *
   * <ul> <li>Aurora MySQL - <code>general-public-license</code> <li>Aurora PostgreSQL -
   * <code>postgresql-license</code> <li>RDS for Db2 - <code>bring-your-own-license</code> . For
   * more information about RDS for Db2 licensing, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/db2-licensing.html"></a> in the
   * <em>Amazon RDS User Guide.</em> <li>RDS for MariaDB - <code>general-public-license</code>
   * <li>RDS for Microsoft SQL Server - <code>license-included</code> <li>RDS for MySQL -
   * <code>general-public-license</code> <li>RDS for Oracle - <code>bring-your-own-license</code> or
   * <code>license-included</code> <li>RDS for PostgreSQL - <code>postgresql-license</code> </ul>
   *
   * <p>If you've specified <code>DBSecurityGroups</code> and then you update the license model, AWS
   * CloudFormation replaces the underlying DB instance. This will incur some interruptions to
   * database availability.
   *
   * <p>CloudFormation property {@code LicenseModel}.
   */
  public DBInstance licenseModel(String value) {
    return set("LicenseModel", Value.of(value));
  }

  /** Sets {@code LicenseModel} to this value; see {@link #licenseModel(String)}. */
  public DBInstance licenseModel(Value<String> value) {
    return set("LicenseModel", value);
  }

  /**
   * Specifies whether to manage the master user password with AWS Secrets Manager.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't manage the master user password with AWS Secrets Manager if
   * <code>MasterUserPassword</code> is specified. </ul>
   *
   * <p>CloudFormation property {@code ManageMasterUserPassword}.
   */
  public DBInstance manageMasterUserPassword(boolean value) {
    return set("ManageMasterUserPassword", Value.of(value));
  }

  /**
   * Sets {@code ManageMasterUserPassword} to this value; see {@link
   * #manageMasterUserPassword(boolean)}.
   */
  public DBInstance manageMasterUserPassword(Value<Boolean> value) {
    return set("ManageMasterUserPassword", value);
  }

  /**
   * Specifies the authentication type for the master user. With IAM master user authentication, you
   * can configure the master DB user with IAM database authentication when you create a DB
   * instance.
   *
   * <p>You can specify one of the following values:
   *
   * <ul> <li><code>password</code> - Use standard database authentication with a password.
   * <li><code>iam-db-auth</code> - Use IAM database authentication for the master user. </ul>
   *
   * <p>This option is only valid for RDS for MySQL, RDS for MariaDB, RDS for PostgreSQL, Aurora
   * MySQL, and Aurora PostgreSQL engines.
   *
   * <p>Allowed values: {@code iam-db-auth}, {@code password}. CloudFormation property {@code
   * MasterUserAuthenticationType}.
   */
  public DBInstance masterUserAuthenticationType(String value) {
    return set("MasterUserAuthenticationType", Value.of(value));
  }

  /**
   * Sets {@code MasterUserAuthenticationType} to this value; see {@link
   * #masterUserAuthenticationType(String)}.
   */
  public DBInstance masterUserAuthenticationType(Value<String> value) {
    return set("MasterUserAuthenticationType", value);
  }

  /**
   * The password for the master user. The password can include any printable ASCII character except
   * "/", """, or "&#64;".
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The password for the master user is managed by the DB cluster.
   *
   * <p><em>RDS for Db2</em>
   *
   * <p>Must contain from 8 to 255 characters.
   *
   * <p><em>RDS for MariaDB</em>
   *
   * <p>Constraints: Must contain from 8 to 41 characters.
   *
   * <p><em>RDS for Microsoft SQL Server</em>
   *
   * <p>Constraints: Must contain from 8 to 128 characters.
   *
   * <p><em>RDS for MySQL</em>
   *
   * <p>Constraints: Must contain from 8 to 41 characters.
   *
   * <p><em>RDS for Oracle</em>
   *
   * <p>Constraints: Must contain from 8 to 30 characters.
   *
   * <p><em>RDS for PostgreSQL</em>
   *
   * <p>Constraints: Must contain from 8 to 128 characters.
   *
   * <p>CloudFormation property {@code MasterUserPassword}.
   */
  public DBInstance masterUserPassword(String value) {
    return set("MasterUserPassword", Value.of(value));
  }

  /** Sets {@code MasterUserPassword} to this value; see {@link #masterUserPassword(String)}. */
  public DBInstance masterUserPassword(Value<String> value) {
    return set("MasterUserPassword", value);
  }

  /**
   * The secret managed by RDS in AWS Secrets Manager for the master user password.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html">Password
   * management with AWS Secrets Manager</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>CloudFormation property {@code MasterUserSecret}.
   */
  public DBInstance masterUserSecret(Value<MasterUserSecret> value) {
    return set("MasterUserSecret", value);
  }

  /**
   * The master user name for the DB instance.
   *
   * <p>If you specify the <code>SourceDBInstanceIdentifier</code> or
   * <code>DBSnapshotIdentifier</code> property, don't specify this property. The value is inherited
   * from the source DB instance or snapshot. When migrating a self-managed Db2 database, we
   * recommend that you use the same master username as your self-managed Db2 instance name.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The name for the master user is managed by the DB cluster.
   *
   * <p><em>RDS for Db2</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 16 letters or numbers. <li>First character must be a letter. <li>Can't be
   * a reserved word for the chosen database engine. </ul>
   *
   * <p><em>RDS for MariaDB</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 16 letters or numbers. <li>Can't be a reserved word for the chosen
   * database engine. </ul>
   *
   * <p><em>RDS for Microsoft SQL Server</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 128 letters or numbers. <li>First character must be a letter. <li>Can't
   * be a reserved word for the chosen database engine. </ul>
   *
   * <p><em>RDS for MySQL</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 16 letters or numbers. <li>First character must be a letter. <li>Can't be
   * a reserved word for the chosen database engine. </ul>
   *
   * <p><em>RDS for Oracle</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 30 letters or numbers. <li>First character must be a letter. <li>Can't be
   * a reserved word for the chosen database engine. </ul>
   *
   * <p><em>RDS for PostgreSQL</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 63 letters or numbers. <li>First character must be a letter. <li>Can't be
   * a reserved word for the chosen database engine. </ul>
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]{0,127}$}. CloudFormation property {@code MasterUsername}.
   */
  public DBInstance masterUsername(String value) {
    return set("MasterUsername", Value.of(value));
  }

  /** Sets {@code MasterUsername} to this value; see {@link #masterUsername(String)}. */
  public DBInstance masterUsername(Value<String> value) {
    return set("MasterUsername", value);
  }

  /**
   * The upper limit in gibibytes (GiB) to which Amazon RDS can automatically scale the storage of
   * the DB instance.
   *
   * <p>For more information about this setting, including limitations that apply to it, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.StorageTypes.html#USER_PIOPS.Autoscaling">Managing
   * capacity automatically with Amazon RDS storage autoscaling</a> in the <em>Amazon RDS User
   * Guide</em> .
   *
   * <p>This setting doesn't apply to the following DB instances:
   *
   * <ul> <li>Amazon Aurora (Storage is managed by the DB cluster.) <li>RDS Custom </ul>
   *
   * <p>CloudFormation property {@code MaxAllocatedStorage}.
   */
  public DBInstance maxAllocatedStorage(int value) {
    return set("MaxAllocatedStorage", Value.of(value));
  }

  /** Sets {@code MaxAllocatedStorage} to this value; see {@link #maxAllocatedStorage(int)}. */
  public DBInstance maxAllocatedStorage(Value<Integer> value) {
    return set("MaxAllocatedStorage", value);
  }

  /**
   * The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the
   * DB instance. To disable collection of Enhanced Monitoring metrics, specify <code>0</code> .
   *
   * <p>If <code>MonitoringRoleArn</code> is specified, then you must set
   * <code>MonitoringInterval</code> to a value other than <code>0</code> .
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>Valid Values: <code>0 | 1 | 5 | 10 | 15 | 30 | 60</code>
   *
   * <p>Default: <code>0</code>
   *
   * <p>CloudFormation property {@code MonitoringInterval}.
   */
  public DBInstance monitoringInterval(int value) {
    return set("MonitoringInterval", Value.of(value));
  }

  /** Sets {@code MonitoringInterval} to this value; see {@link #monitoringInterval(int)}. */
  public DBInstance monitoringInterval(Value<Integer> value) {
    return set("MonitoringInterval", value);
  }

  /**
   * The ARN for the IAM role that permits RDS to send enhanced monitoring metrics to Amazon
   * CloudWatch Logs. For example, <code>arn:aws:iam:123456789012:role/emaccess</code> . For
   * information on creating a monitoring role, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html#USER_Monitoring.OS.Enabling">Setting
   * Up and Enabling Enhanced Monitoring</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>If <code>MonitoringInterval</code> is set to a value other than <code>0</code> , then you
   * must supply a <code>MonitoringRoleArn</code> value.
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code MonitoringRoleArn}.
   */
  public DBInstance monitoringRoleArn(String value) {
    return set("MonitoringRoleArn", Value.of(value));
  }

  /** Sets {@code MonitoringRoleArn} to this value; see {@link #monitoringRoleArn(String)}. */
  public DBInstance monitoringRoleArn(Value<String> value) {
    return set("MonitoringRoleArn", value);
  }

  /**
   * Sets {@code MonitoringRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #monitoringRoleArn(String)}.
   */
  public DBInstance monitoringRoleArn(Role resource) {
    return set("MonitoringRoleArn", resource.arn());
  }

  /**
   * Specifies whether the DB instance is a Multi-AZ deployment. You can't set the
   * <code>AvailabilityZone</code> parameter if the DB instance is a Multi-AZ deployment.
   *
   * <p>This setting doesn't apply to Amazon Aurora because the DB instance Availability Zones (AZs)
   * are managed by the DB cluster.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code MultiAZ}.
   */
  public DBInstance multiAZ(boolean value) {
    return set("MultiAZ", Value.of(value));
  }

  /** Sets {@code MultiAZ} to this value; see {@link #multiAZ(boolean)}. */
  public DBInstance multiAZ(Value<Boolean> value) {
    return set("MultiAZ", value);
  }

  /**
   * The name of the NCHAR character set for the Oracle DB instance.
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NcharCharacterSetName}.
   */
  public DBInstance ncharCharacterSetName(String value) {
    return set("NcharCharacterSetName", Value.of(value));
  }

  /**
   * Sets {@code NcharCharacterSetName} to this value; see {@link #ncharCharacterSetName(String)}.
   */
  public DBInstance ncharCharacterSetName(Value<String> value) {
    return set("NcharCharacterSetName", value);
  }

  /**
   * The network type of the DB instance.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>IPV4</code> <li><code>DUAL</code> </ul>
   *
   * <p>The network type is determined by the <code>DBSubnetGroup</code> specified for the DB
   * instance. A <code>DBSubnetGroup</code> can support only the IPv4 protocol or the IPv4 and IPv6
   * protocols ( <code>DUAL</code> ).
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html">Working
   * with a DB instance in a VPC</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>CloudFormation property {@code NetworkType}.
   */
  public DBInstance networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public DBInstance networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Indicates that the DB instance should be associated with the specified option group.
   *
   * <p>Permanent options, such as the TDE option for Oracle Advanced Security TDE, can't be removed
   * from an option group. Also, that option group can't be removed from a DB instance once it is
   * associated with a DB instance.
   *
   * <p>CloudFormation property {@code OptionGroupName}.
   */
  public DBInstance optionGroupName(String value) {
    return set("OptionGroupName", Value.of(value));
  }

  /** Sets {@code OptionGroupName} to this value; see {@link #optionGroupName(String)}. */
  public DBInstance optionGroupName(Value<String> value) {
    return set("OptionGroupName", value);
  }

  /**
   * The AWS KMS key identifier for encryption of Performance Insights data.
   *
   * <p>The KMS key identifier is the key ARN, key ID, alias ARN, or alias name for the KMS key.
   *
   * <p>If you do not specify a value for <code>PerformanceInsightsKMSKeyId</code> , then Amazon RDS
   * uses your default KMS key. There is a default KMS key for your AWS account. Your AWS account
   * has a different default KMS key for each AWS Region.
   *
   * <p>For information about enabling Performance Insights, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-database-instance.html#cfn-rds-dbinstance-enableperformanceinsights">EnablePerformanceInsights</a>
   * .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * PerformanceInsightsKMSKeyId}.
   */
  public DBInstance performanceInsightsKMSKeyId(String value) {
    return set("PerformanceInsightsKMSKeyId", Value.of(value));
  }

  /**
   * Sets {@code PerformanceInsightsKMSKeyId} to this value; see {@link
   * #performanceInsightsKMSKeyId(String)}.
   */
  public DBInstance performanceInsightsKMSKeyId(Value<String> value) {
    return set("PerformanceInsightsKMSKeyId", value);
  }

  /**
   * Sets {@code PerformanceInsightsKMSKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
   * #performanceInsightsKMSKeyId(String)}.
   */
  public DBInstance performanceInsightsKMSKeyId(Key resource) {
    return set("PerformanceInsightsKMSKeyId", resource.arn());
  }

  /**
   * The number of days to retain Performance Insights data. When creating a DB instance without
   * enabling Performance Insights, you can't specify the parameter
   * <code>PerformanceInsightsRetentionPeriod</code> .
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
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
   * returns an error.
   *
   * <p>Allowed values: {@code 7}, {@code 31}, {@code 62}, {@code 93}, {@code 124}, {@code 155},
   * {@code 186}, {@code 217}, {@code 248}, {@code 279}, {@code 310}, {@code 341}, {@code 372},
   * {@code 403}, {@code 434}, {@code 465}, {@code 496}, {@code 527}, {@code 558}, {@code 589},
   * {@code 620}, {@code 651}, {@code 682}, {@code 713}, {@code 731}. CloudFormation property {@code
   * PerformanceInsightsRetentionPeriod}.
   */
  public DBInstance performanceInsightsRetentionPeriod(int value) {
    return set("PerformanceInsightsRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code PerformanceInsightsRetentionPeriod} to this value; see {@link
   * #performanceInsightsRetentionPeriod(int)}.
   */
  public DBInstance performanceInsightsRetentionPeriod(Value<Integer> value) {
    return set("PerformanceInsightsRetentionPeriod", value);
  }

  /**
   * The port number on which the database accepts connections.
   *
   * <p>This setting doesn't apply to Aurora DB instances. The port number is managed by the
   * cluster.
   *
   * <p>Valid Values: <code>1150-65535</code>
   *
   * <p>Default:
   *
   * <ul> <li>RDS for Db2 - <code>50000</code> <li>RDS for MariaDB - <code>3306</code> <li>RDS for
   * Microsoft SQL Server - <code>1433</code> <li>RDS for MySQL - <code>3306</code> <li>RDS for
   * Oracle - <code>1521</code> <li>RDS for PostgreSQL - <code>5432</code> </ul>
   *
   * <p>Constraints:
   *
   * <ul> <li>For RDS for Microsoft SQL Server, the value can't be <code>1234</code> ,
   * <code>1434</code> , <code>3260</code> , <code>3343</code> , <code>3389</code> ,
   * <code>47001</code> , or <code>49152-49156</code> . </ul>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^&#92;d*$}. CloudFormation property
   * {@code Port}.
   */
  public DBInstance port(String value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(String)}. */
  public DBInstance port(Value<String> value) {
    return set("Port", value);
  }

  /**
   * The daily time range during which automated backups are created if automated backups are
   * enabled, using the <code>BackupRetentionPeriod</code> parameter. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupWindow">Backup
   * Window</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be in the format <code>hh24:mi-hh24:mi</code> . <li>Must be in Universal
   * Coordinated Time (UTC). <li>Must not conflict with the preferred maintenance window. <li>Must
   * be at least 30 minutes. </ul>
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The daily time range for creating automated backups is managed by the DB
   * cluster.
   *
   * <p>CloudFormation property {@code PreferredBackupWindow}.
   */
  public DBInstance preferredBackupWindow(String value) {
    return set("PreferredBackupWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredBackupWindow} to this value; see {@link #preferredBackupWindow(String)}.
   */
  public DBInstance preferredBackupWindow(Value<String> value) {
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
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html#AdjustingTheMaintenanceWindow">Maintaining
   * a DB instance</a> in the <em>Amazon RDS User Guide.</em>
   *
   * <p>This property applies when AWS CloudFormation initially creates the DB instance. If you use
   * AWS CloudFormation to update the DB instance, those updates are applied immediately.
   *
   * <p>Constraints: Minimum 30-minute window.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * PreferredMaintenanceWindow}.
   */
  public DBInstance preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public DBInstance preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * The number of CPU cores and the number of threads per core for the DB instance class of the DB
   * instance.
   *
   * <p>This setting doesn't apply to Amazon Aurora or RDS Custom DB instances.
   *
   * <p>CloudFormation property {@code ProcessorFeatures}.
   */
  public DBInstance processorFeatures(List<ProcessorFeature> value) {
    return set("ProcessorFeatures", Value.listOf(value));
  }

  /** Sets {@code ProcessorFeatures} to this value; see {@link #processorFeatures(List)}. */
  public DBInstance processorFeatures(Value<List<ProcessorFeature>> value) {
    return set("ProcessorFeatures", value);
  }

  /** Sets {@code ProcessorFeatures} to a list of these; see {@link #processorFeatures(List)}. */
  public DBInstance processorFeatures(ProcessorFeature... values) {
    return set("ProcessorFeatures", Value.list(values));
  }

  /**
   * The order of priority in which an Aurora Replica is promoted to the primary instance after a
   * failure of the existing primary instance. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html#Aurora.Managing.FaultTolerance">Fault
   * Tolerance for an Aurora DB Cluster</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>Default: <code>1</code>
   *
   * <p>Valid Values: <code>0 - 15</code>
   *
   * <p>Range: 0 to 15. CloudFormation property {@code PromotionTier}.
   */
  public DBInstance promotionTier(int value) {
    return set("PromotionTier", Value.of(value));
  }

  /** Sets {@code PromotionTier} to this value; see {@link #promotionTier(int)}. */
  public DBInstance promotionTier(Value<Integer> value) {
    return set("PromotionTier", value);
  }

  /**
   * Indicates whether the DB instance is an internet-facing instance. If you specify true, AWS
   * CloudFormation creates an instance with a publicly resolvable DNS name, which resolves to a
   * public IP address. If you specify false, AWS CloudFormation creates an internal instance with a
   * DNS name that resolves to a private IP address.
   *
   * <p>The default behavior value depends on your VPC setup and the database subnet group. For more
   * information, see the <code>PubliclyAccessible</code> parameter in the <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html">CreateDBInstance</a>
   * in the <em>Amazon RDS API Reference</em> .
   *
   * <p>CloudFormation property {@code PubliclyAccessible}.
   */
  public DBInstance publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public DBInstance publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The open mode of an Oracle read replica. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/oracle-read-replicas.html">Working
   * with Oracle Read Replicas for Amazon RDS</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>This setting is only supported in RDS for Oracle.
   *
   * <p>Default: <code>open-read-only</code>
   *
   * <p>Valid Values: <code>open-read-only</code> or <code>mounted</code>
   *
   * <p>CloudFormation property {@code ReplicaMode}.
   */
  public DBInstance replicaMode(String value) {
    return set("ReplicaMode", Value.of(value));
  }

  /** Sets {@code ReplicaMode} to this value; see {@link #replicaMode(String)}. */
  public DBInstance replicaMode(Value<String> value) {
    return set("ReplicaMode", value);
  }

  /**
   * The date and time to restore from. This parameter applies to point-in-time recovery. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html">Restoring a DB
   * instance to a specified time</a> in the in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be a time in Universal Coordinated Time (UTC) format. <li>Must be before the
   * latest restorable time for the DB instance. <li>Can't be specified if the
   * <code>UseLatestRestorableTime</code> parameter is enabled. </ul>
   *
   * <p>Example: <code>2009-09-07T23:45:00Z</code>
   *
   * <p>Changing it may replace the resource. Format: {@code date-time}. CloudFormation property
   * {@code RestoreTime}.
   */
  public DBInstance restoreTime(String value) {
    return set("RestoreTime", Value.of(value));
  }

  /** Sets {@code RestoreTime} to this value; see {@link #restoreTime(String)}. */
  public DBInstance restoreTime(Value<String> value) {
    return set("RestoreTime", value);
  }

  /**
   * The identifier of the Multi-AZ DB cluster that will act as the source for the read replica.
   * Each DB cluster can have up to 15 read replicas.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be the identifier of an existing Multi-AZ DB cluster. <li>Can't be specified if
   * the <code>SourceDBInstanceIdentifier</code> parameter is also specified. <li>The specified DB
   * cluster must have automatic backups enabled, that is, its backup retention period must be
   * greater than 0. <li>The source DB cluster must be in the same AWS Region as the read replica.
   * Cross-Region replication isn't supported. </ul>
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * SourceDBClusterIdentifier}.
   */
  public DBInstance sourceDBClusterIdentifier(String value) {
    return set("SourceDBClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SourceDBClusterIdentifier} to this value; see {@link
   * #sourceDBClusterIdentifier(String)}.
   */
  public DBInstance sourceDBClusterIdentifier(Value<String> value) {
    return set("SourceDBClusterIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the replicated automated backups from which to restore, for
   * example,
   * <code>arn:aws:rds:us-east-1:123456789012:auto-backup:ab-L2IJCEXJP7XQ7HOJ4SIEXAMPLE</code> .
   *
   * <p>This setting doesn't apply to RDS Custom.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * SourceDBInstanceAutomatedBackupsArn}.
   */
  public DBInstance sourceDBInstanceAutomatedBackupsArn(String value) {
    return set("SourceDBInstanceAutomatedBackupsArn", Value.of(value));
  }

  /**
   * Sets {@code SourceDBInstanceAutomatedBackupsArn} to this value; see {@link
   * #sourceDBInstanceAutomatedBackupsArn(String)}.
   */
  public DBInstance sourceDBInstanceAutomatedBackupsArn(Value<String> value) {
    return set("SourceDBInstanceAutomatedBackupsArn", value);
  }

  /**
   * If you want to create a read replica DB instance, specify the ID of the source DB instance.
   * Each DB instance can have a limited number of read replicas. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/DeveloperGuide/USER_ReadRepl.html">Working
   * with Read Replicas</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>For information about constraints that apply to DB instance identifiers, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints">Naming
   * constraints in Amazon RDS</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>The <code>SourceDBInstanceIdentifier</code> property determines whether a DB instance is a
   * read replica. If you remove the <code>SourceDBInstanceIdentifier</code> property from your
   * template and then update your stack, AWS CloudFormation promotes the read replica to a
   * standalone DB instance.
   *
   * <p>If you specify the <code>UseLatestRestorableTime</code> or <code>RestoreTime</code>
   * properties in conjunction with the <code>SourceDBInstanceIdentifier</code> property, RDS
   * restores the DB instance to the requested point in time, thereby creating a new DB instance.
   *
   * <p>- If you specify a source DB instance that uses VPC security groups, we recommend that you
   * specify the <code>VPCSecurityGroups</code> property. If you don't specify the property, the
   * read replica inherits the value of the <code>VPCSecurityGroups</code> property from the source
   * DB when you create the replica. However, if you update the stack, AWS CloudFormation reverts
   * the replica's <code>VPCSecurityGroups</code> property to the default value because it's not
   * defined in the stack's template. This change might cause unexpected issues. - Read replicas
   * don't support deletion policies. AWS CloudFormation ignores any deletion policy that's
   * associated with a read replica. - If you specify <code>SourceDBInstanceIdentifier</code> ,
   * don't specify the <code>DBSnapshotIdentifier</code> property. You can't create a read replica
   * from a snapshot. - Don't set the <code>BackupRetentionPeriod</code> , <code>DBName</code> ,
   * <code>MasterUsername</code> , <code>MasterUserPassword</code> , and
   * <code>PreferredBackupWindow</code> properties. The database attributes are inherited from the
   * source DB instance, and backups are disabled for read replicas. - If the source DB instance is
   * in a different region than the read replica, specify the source region in
   * <code>SourceRegion</code> , and specify an ARN for a valid DB instance in
   * <code>SourceDBInstanceIdentifier</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.ARN">Constructing
   * a Amazon RDS Amazon Resource Name (ARN)</a> in the <em>Amazon RDS User Guide</em> . - For DB
   * instances in Amazon Aurora clusters, don't specify this property. Amazon RDS automatically
   * assigns writer and reader DB instances.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * SourceDBInstanceIdentifier}.
   */
  public DBInstance sourceDBInstanceIdentifier(String value) {
    return set("SourceDBInstanceIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SourceDBInstanceIdentifier} to this value; see {@link
   * #sourceDBInstanceIdentifier(String)}.
   */
  public DBInstance sourceDBInstanceIdentifier(Value<String> value) {
    return set("SourceDBInstanceIdentifier", value);
  }

  /**
   * Sets {@code SourceDBInstanceIdentifier} to the Ref of {@code AWS::RDS::DBInstance}; see {@link
   * #sourceDBInstanceIdentifier(String)}.
   */
  public DBInstance sourceDBInstanceIdentifier(DBInstance resource) {
    return set("SourceDBInstanceIdentifier", resource.ref());
  }

  /**
   * The resource ID of the source DB instance from which to restore.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code SourceDbiResourceId}.
   */
  public DBInstance sourceDbiResourceId(String value) {
    return set("SourceDbiResourceId", Value.of(value));
  }

  /** Sets {@code SourceDbiResourceId} to this value; see {@link #sourceDbiResourceId(String)}. */
  public DBInstance sourceDbiResourceId(Value<String> value) {
    return set("SourceDbiResourceId", value);
  }

  /**
   * The ID of the region that contains the source DB instance for the read replica.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceRegion}.
   */
  public DBInstance sourceRegion(String value) {
    return set("SourceRegion", Value.of(value));
  }

  /** Sets {@code SourceRegion} to this value; see {@link #sourceRegion(String)}. */
  public DBInstance sourceRegion(Value<String> value) {
    return set("SourceRegion", value);
  }

  /**
   * A value that indicates whether the DB instance is encrypted. By default, it isn't encrypted.
   *
   * <p>If you specify the <code>KmsKeyId</code> property, then you must enable encryption.
   *
   * <p>If you specify the <code>SourceDBInstanceIdentifier</code> or
   * <code>SourceDbiResourceId</code> property, don't specify this property. The value is inherited
   * from the source DB instance, and if the DB instance is encrypted, the specified
   * <code>KmsKeyId</code> property is used.
   *
   * <p>If you specify the <code>SourceDBInstanceAutomatedBackupsArn</code> property, don't specify
   * this property. The value is inherited from the source DB instance automated backup.
   *
   * <p>If you specify <code>DBSnapshotIdentifier</code> property, don't specify this property. The
   * value is inherited from the snapshot.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The encryption for DB instances is managed by the DB cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageEncrypted}.
   */
  public DBInstance storageEncrypted(boolean value) {
    return set("StorageEncrypted", Value.of(value));
  }

  /** Sets {@code StorageEncrypted} to this value; see {@link #storageEncrypted(boolean)}. */
  public DBInstance storageEncrypted(Value<Boolean> value) {
    return set("StorageEncrypted", value);
  }

  /**
   * Specifies the storage throughput value, in mebibyte per second (MiBps), for the DB instance.
   * This setting applies only to the <code>gp3</code> storage type.
   *
   * <p>This setting doesn't apply to RDS Custom or Amazon Aurora.
   *
   * <p>CloudFormation property {@code StorageThroughput}.
   */
  public DBInstance storageThroughput(int value) {
    return set("StorageThroughput", Value.of(value));
  }

  /** Sets {@code StorageThroughput} to this value; see {@link #storageThroughput(int)}. */
  public DBInstance storageThroughput(Value<Integer> value) {
    return set("StorageThroughput", value);
  }

  /**
   * The storage type to associate with the DB instance.
   *
   * <p>If you specify <code>io1</code> , <code>io2</code> , or <code>gp3</code> , you must also
   * include a value for the <code>Iops</code> parameter.
   *
   * <p>This setting doesn't apply to Amazon Aurora DB instances. Storage is managed by the DB
   * cluster.
   *
   * <p>Valid Values: <code>gp2 | gp3 | io1 | io2 | standard</code>
   *
   * <p>Default: <code>io1</code> , if the <code>Iops</code> parameter is specified. Otherwise,
   * <code>gp3</code> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code StorageType}.
   */
  public DBInstance storageType(String value) {
    return set("StorageType", Value.of(value));
  }

  /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
  public DBInstance storageType(Value<String> value) {
    return set("StorageType", value);
  }

  /**
   * Tags to assign to the DB instance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * CloudFormation property {@code TdeCredentialArn}.
   *
   * @deprecated The specification marks {@code TdeCredentialArn} deprecated.
   */
  @Deprecated
  public DBInstance tdeCredentialArn(String value) {
    return set("TdeCredentialArn", Value.of(value));
  }

  /**
   * Sets {@code TdeCredentialArn} to this value; see {@link #tdeCredentialArn(String)}.
   *
   * @deprecated The specification marks {@code TdeCredentialArn} deprecated.
   */
  @Deprecated
  public DBInstance tdeCredentialArn(Value<String> value) {
    return set("TdeCredentialArn", value);
  }

  /**
   * CloudFormation property {@code TdeCredentialPassword}.
   *
   * @deprecated The specification marks {@code TdeCredentialPassword} deprecated.
   */
  @Deprecated
  public DBInstance tdeCredentialPassword(String value) {
    return set("TdeCredentialPassword", Value.of(value));
  }

  /**
   * Sets {@code TdeCredentialPassword} to this value; see {@link #tdeCredentialPassword(String)}.
   *
   * @deprecated The specification marks {@code TdeCredentialPassword} deprecated.
   */
  @Deprecated
  public DBInstance tdeCredentialPassword(Value<String> value) {
    return set("TdeCredentialPassword", value);
  }

  /**
   * The time zone of the DB instance. The time zone parameter is currently supported only by <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/db2-time-zone">RDS for Db2</a> and
   * <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html#SQLServer.Concepts.General.TimeZone">RDS
   * for SQL Server</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Timezone}.
   */
  public DBInstance timezone(String value) {
    return set("Timezone", Value.of(value));
  }

  /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
  public DBInstance timezone(Value<String> value) {
    return set("Timezone", value);
  }

  /**
   * Specifies whether the DB instance class of the DB instance uses its default processor features.
   *
   * <p>This setting doesn't apply to RDS Custom DB instances.
   *
   * <p>CloudFormation property {@code UseDefaultProcessorFeatures}.
   */
  public DBInstance useDefaultProcessorFeatures(boolean value) {
    return set("UseDefaultProcessorFeatures", Value.of(value));
  }

  /**
   * Sets {@code UseDefaultProcessorFeatures} to this value; see {@link
   * #useDefaultProcessorFeatures(boolean)}.
   */
  public DBInstance useDefaultProcessorFeatures(Value<Boolean> value) {
    return set("UseDefaultProcessorFeatures", value);
  }

  /**
   * Specifies whether the DB instance is restored from the latest backup time. By default, the DB
   * instance isn't restored from the latest backup time. This parameter applies to point-in-time
   * recovery. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html">Restoring a DB
   * instance to a specified time</a> in the in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't be specified if the <code>RestoreTime</code> parameter is provided. </ul>
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * UseLatestRestorableTime}.
   */
  public DBInstance useLatestRestorableTime(boolean value) {
    return set("UseLatestRestorableTime", Value.of(value));
  }

  /**
   * Sets {@code UseLatestRestorableTime} to this value; see {@link
   * #useLatestRestorableTime(boolean)}.
   */
  public DBInstance useLatestRestorableTime(Value<Boolean> value) {
    return set("UseLatestRestorableTime", value);
  }

  /**
   * A list of the VPC security group IDs to assign to the DB instance. The list can include both
   * the physical IDs of existing VPC security groups and references to <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group.html">AWS::EC2::SecurityGroup</a>
   * resources created in the template.
   *
   * <p>If you plan to update the resource, don't specify VPC security groups in a shared VPC.
   *
   * <p>If you set <code>VPCSecurityGroups</code> , you must not set <a
   * href="https://docs.aws.amazon.com//AWSCloudFormation/latest/UserGuide/aws-properties-rds-database-instance.html#cfn-rds-dbinstance-dbsecuritygroups"><code>DBSecurityGroups</code></a>
   * , and vice versa.
   *
   * <p>You can migrate a DB instance in your stack from an RDS DB security group to a VPC security
   * group, but keep the following in mind: - You can't revert to using an RDS security group after
   * you establish a VPC security group membership. - When you migrate your DB instance to VPC
   * security groups, if your stack update rolls back because the DB instance update fails or
   * because an update fails in another AWS CloudFormation resource, the rollback fails because it
   * can't revert to an RDS security group. - To use the properties that are available when you use
   * a VPC security group, you must recreate the DB instance. If you don't, AWS CloudFormation
   * submits only the property values that are listed in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-database-instance.html#cfn-rds-dbinstance-dbsecuritygroups"><code>DBSecurityGroups</code></a>
   * property.
   *
   * <p>To avoid this situation, migrate your DB instance to using VPC security groups only when
   * that is the only change in your stack template.
   *
   * <p><em>Amazon Aurora</em>
   *
   * <p>Not applicable. The associated list of EC2 VPC security groups is managed by the DB cluster.
   * If specified, the setting must match the DB cluster setting.
   *
   * <p>CloudFormation property {@code VPCSecurityGroups}.
   */
  public DBInstance vpcSecurityGroups(List<String> value) {
    return set("VPCSecurityGroups", Value.listOf(value));
  }

  /** Sets {@code VPCSecurityGroups} to this value; see {@link #vpcSecurityGroups(List)}. */
  public DBInstance vpcSecurityGroups(Value<List<String>> value) {
    return set("VPCSecurityGroups", value);
  }

  /**
   * Sets {@code VPCSecurityGroups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #vpcSecurityGroups(List)}.
   */
  public DBInstance vpcSecurityGroups(SecurityGroup... resources) {
    return set("VPCSecurityGroups", Value.attributes("GroupId", resources));
  }

  /**
   * The time when a stopped DB instance is restarted automatically.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutomaticRestartTime}.
   */
  public Value<String> automaticRestartTime() {
    return getAtt("AutomaticRestartTime");
  }

  /**
   * The details of the DB instance’s server certificate. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html">Using
   * SSL/TLS to encrypt a connection to a DB instance</a> in the <em>Amazon RDS User Guide</em> and
   * <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL.html">Using
   * SSL/TLS to encrypt a connection to a DB cluster</a> in the <em>Amazon Aurora User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateDetails}.
   */
  public Value<CertificateDetails> certificateDetails() {
    return getAtt("CertificateDetails");
  }

  /**
   * The CA identifier of the CA certificate used for the DB instance's server certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateDetails.CAIdentifier}.
   */
  public Value<String> certificateDetailsCAIdentifier() {
    return getAtt("CertificateDetails.CAIdentifier");
  }

  /**
   * The expiration date of the DB instance’s server certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateDetails.ValidTill}.
   */
  public Value<String> certificateDetailsValidTill() {
    return getAtt("CertificateDetails.ValidTill");
  }

  /**
   * The Amazon Resource Name (ARN) for the DB instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBInstanceArn}.
   */
  public Value<String> dbInstanceArn() {
    return getAtt("DBInstanceArn");
  }

  /**
   * The current state of this DB instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBInstanceStatus}.
   */
  public Value<String> dbInstanceStatus() {
    return getAtt("DBInstanceStatus");
  }

  /**
   * The Oracle system ID (Oracle SID) for a container database (CDB). The Oracle SID is also the
   * name of the CDB.
   *
   * <p>This setting is valid for RDS Custom only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBSystemId}.
   */
  public Value<String> dbSystemId() {
    return getAtt("DBSystemId");
  }

  /**
   * The AWS Region-unique, immutable identifier for the DB instance. This identifier is found in
   * AWS CloudTrail log entries whenever the AWS KMS key for the DB instance is accessed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbiResourceId}.
   */
  public Value<String> dbiResourceId() {
    return getAtt("DbiResourceId");
  }

  /**
   * This data type represents the information you need to connect to an Amazon RDS DB instance.
   * This data type is used as a response element in the following actions: +
   * <code>CreateDBInstance</code> + <code>DescribeDBInstances</code> +
   * <code>DeleteDBInstance</code>
   *
   * <p>For the data structure that represents Amazon Aurora DB cluster endpoints, see
   * <code>DBClusterEndpoint</code>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<Endpoint> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The connection endpoint for the database. For example:
   * <code>mystack-mydb-1apw1j4phylrk.cg034hpkmmjt.us-east-2.rds.amazonaws.com</code>
   *
   * <p>For Aurora Serverless DB clusters, the connection endpoint only applies to the DB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Address}.
   */
  public Value<String> endpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /**
   * The ID that Amazon Route 53 assigns when you create a hosted zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.HostedZoneId}.
   */
  public Value<String> endpointHostedZoneId() {
    return getAtt("Endpoint.HostedZoneId");
  }

  /**
   * The port number on which the database accepts connections. For example: <code>3306</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Port}.
   */
  public Value<String> endpointPort() {
    return getAtt("Endpoint.Port");
  }

  /**
   * The date and time when the DB instance was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceCreateTime}.
   */
  public Value<String> instanceCreateTime() {
    return getAtt("InstanceCreateTime");
  }

  /**
   * Indicates whether an upgrade is recommended for the storage file system configuration on the DB
   * instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsStorageConfigUpgradeAvailable}.
   */
  public Value<Boolean> isStorageConfigUpgradeAvailable() {
    return getAtt("IsStorageConfigUpgradeAvailable");
  }

  /**
   * The latest time to which a database in this DB instance can be restored with point-in-time
   * restore.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestRestorableTime}.
   */
  public Value<String> latestRestorableTime() {
    return getAtt("LatestRestorableTime");
  }

  /**
   * This data type represents the information you need to connect to an Amazon RDS DB instance.
   * This data type is used as a response element in the following actions: +
   * <code>CreateDBInstance</code> + <code>DescribeDBInstances</code> +
   * <code>DeleteDBInstance</code>
   *
   * <p>For the data structure that represents Amazon Aurora DB cluster endpoints, see
   * <code>DBClusterEndpoint</code>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerEndpoint}.
   */
  public Value<Endpoint> listenerEndpoint() {
    return getAtt("ListenerEndpoint");
  }

  /**
   * Specifies the DNS address of the DB instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerEndpoint.Address}.
   */
  public Value<String> listenerEndpointAddress() {
    return getAtt("ListenerEndpoint.Address");
  }

  /**
   * Specifies the ID that Amazon Route 53 assigns when you create a hosted zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerEndpoint.HostedZoneId}.
   */
  public Value<String> listenerEndpointHostedZoneId() {
    return getAtt("ListenerEndpoint.HostedZoneId");
  }

  /**
   * Specifies the port that the database engine is listening on.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerEndpoint.Port}.
   */
  public Value<String> listenerEndpointPort() {
    return getAtt("ListenerEndpoint.Port");
  }

  /**
   * The Amazon Resource Name (ARN) of the secret. This parameter is a return value that you can
   * retrieve using the <code>Fn::GetAtt</code> intrinsic function. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#aws-resource-rds-dbinstance-return-values">Return
   * values</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterUserSecret.SecretArn}.
   */
  public Value<String> masterUserSecretSecretArn() {
    return getAtt("MasterUserSecret.SecretArn");
  }

  /**
   * The progress of the storage optimization operation as a percentage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PercentProgress}.
   */
  public Value<String> percentProgress() {
    return getAtt("PercentProgress");
  }

  /**
   * The identifiers of Aurora DB clusters to which the RDS DB instance is replicated as a read
   * replica.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadReplicaDBClusterIdentifiers}.
   */
  public Value<List<String>> readReplicaDBClusterIdentifiers() {
    return getAtt("ReadReplicaDBClusterIdentifiers");
  }

  /**
   * The identifiers of the read replicas associated with this DB instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadReplicaDBInstanceIdentifiers}.
   */
  public Value<List<String>> readReplicaDBInstanceIdentifiers() {
    return getAtt("ReadReplicaDBInstanceIdentifiers");
  }

  /**
   * The number of minutes to pause the automation. When the time period ends, RDS Custom resumes
   * full automation. The minimum value is 60 (default). The maximum value is 1,440.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResumeFullAutomationModeTime}.
   */
  public Value<String> resumeFullAutomationModeTime() {
    return getAtt("ResumeFullAutomationModeTime");
  }

  /**
   * If present, specifies the name of the secondary Availability Zone for a DB instance with
   * multi-AZ support.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecondaryAvailabilityZone}.
   */
  public Value<String> secondaryAvailabilityZone() {
    return getAtt("SecondaryAvailabilityZone");
  }

  /**
   * The status of a read replica. If the DB instance isn't a read replica, the value is blank.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusInfos}.
   */
  public Value<List<DBInstanceStatusInfo>> statusInfos() {
    return getAtt("StatusInfos");
  }

  /** {@code Fn::GetAtt} attribute {@code StorageOperationPercentProgress}. */
  public Value<Integer> storageOperationPercentProgress() {
    return getAtt("StorageOperationPercentProgress");
  }

  /** {@code Fn::GetAtt} attribute {@code StorageOperationStatus}. */
  public Value<String> storageOperationStatus() {
    return getAtt("StorageOperationStatus");
  }

  /**
   * Contains details about an additional storage volume for a DB instance. RDS support additional
   * storage volumes for RDS for Oracle and RDS for SQL Server.
   *
   * <p>Property type {@code AWS::RDS::DBInstance.AdditionalStorageVolume}.
   */
  public static final class AdditionalStorageVolume extends Struct<AdditionalStorageVolume> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBInstance.AdditionalStorageVolume")
        .constrain("AllocatedStorage", Constraint.of().pattern("^[0-9]*$"))
        .build();

    public AdditionalStorageVolume() {
      super(SCHEMA);
    }

    /**
     * The amount of storage allocated for the additional storage volume, in gibibytes (GiB). The
     * minimum is 20 GiB. The maximum is 65,536 GiB (64 TiB).
     *
     * <p>Pattern: {@code ^[0-9]*$}. CloudFormation property {@code AllocatedStorage}.
     */
    public AdditionalStorageVolume allocatedStorage(String value) {
      return set("AllocatedStorage", Value.of(value));
    }

    /** Sets {@code AllocatedStorage} to this value; see {@link #allocatedStorage(String)}. */
    public AdditionalStorageVolume allocatedStorage(Value<String> value) {
      return set("AllocatedStorage", value);
    }

    /**
     * The number of I/O operations per second (IOPS) provisioned for the additional storage volume.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public AdditionalStorageVolume iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public AdditionalStorageVolume iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The upper limit in gibibytes (GiB) to which RDS can automatically scale the storage of the
     * additional storage volume.
     *
     * <p>CloudFormation property {@code MaxAllocatedStorage}.
     */
    public AdditionalStorageVolume maxAllocatedStorage(int value) {
      return set("MaxAllocatedStorage", Value.of(value));
    }

    /** Sets {@code MaxAllocatedStorage} to this value; see {@link #maxAllocatedStorage(int)}. */
    public AdditionalStorageVolume maxAllocatedStorage(Value<Integer> value) {
      return set("MaxAllocatedStorage", value);
    }

    /** CloudFormation property {@code StorageOperationPercentProgress}. */
    public AdditionalStorageVolume storageOperationPercentProgress(int value) {
      return set("StorageOperationPercentProgress", Value.of(value));
    }

    /**
     * Sets {@code StorageOperationPercentProgress} to this value; see {@link
     * #storageOperationPercentProgress(int)}.
     */
    public AdditionalStorageVolume storageOperationPercentProgress(Value<Integer> value) {
      return set("StorageOperationPercentProgress", value);
    }

    /** CloudFormation property {@code StorageOperationStatus}. */
    public AdditionalStorageVolume storageOperationStatus(String value) {
      return set("StorageOperationStatus", Value.of(value));
    }

    /**
     * Sets {@code StorageOperationStatus} to this value; see {@link
     * #storageOperationStatus(String)}.
     */
    public AdditionalStorageVolume storageOperationStatus(Value<String> value) {
      return set("StorageOperationStatus", value);
    }

    /**
     * The storage throughput value for the additional storage volume, in mebibytes per second
     * (MiBps). This setting applies only to the General Purpose SSD (<code>gp3</code>) storage
     * type.
     *
     * <p>CloudFormation property {@code StorageThroughput}.
     */
    public AdditionalStorageVolume storageThroughput(int value) {
      return set("StorageThroughput", Value.of(value));
    }

    /** Sets {@code StorageThroughput} to this value; see {@link #storageThroughput(int)}. */
    public AdditionalStorageVolume storageThroughput(Value<Integer> value) {
      return set("StorageThroughput", value);
    }

    /**
     * The storage type for the additional storage volume. Valid Values: <code>GP3 | IO2</code>
     *
     * <p>CloudFormation property {@code StorageType}.
     */
    public AdditionalStorageVolume storageType(String value) {
      return set("StorageType", Value.of(value));
    }

    /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
    public AdditionalStorageVolume storageType(Value<String> value) {
      return set("StorageType", value);
    }

    /**
     * The name of the additional storage volume. Valid Values: <code>RDSDBDATA2 | RDSDBDATA3 |
     * RDSDBDATA4</code>
     *
     * <p>CloudFormation property {@code VolumeName}.
     */
    public AdditionalStorageVolume volumeName(String value) {
      return set("VolumeName", Value.of(value));
    }

    /** Sets {@code VolumeName} to this value; see {@link #volumeName(String)}. */
    public AdditionalStorageVolume volumeName(Value<String> value) {
      return set("VolumeName", value);
    }
  }

  /**
   * The details of the DB instance’s server certificate.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html">Using
   * SSL/TLS to encrypt a connection to a DB instance</a> in the <em>Amazon RDS User Guide</em> and
   * <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL.html">Using
   * SSL/TLS to encrypt a connection to a DB cluster</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Property type {@code AWS::RDS::DBInstance.CertificateDetails}.
   */
  public static final class CertificateDetails extends Struct<CertificateDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBInstance.CertificateDetails");

    public CertificateDetails() {
      super(SCHEMA);
    }

    /**
     * The CA identifier of the CA certificate used for the DB instance's server certificate.
     *
     * <p>CloudFormation property {@code CAIdentifier}.
     */
    public CertificateDetails caIdentifier(String value) {
      return set("CAIdentifier", Value.of(value));
    }

    /** Sets {@code CAIdentifier} to this value; see {@link #caIdentifier(String)}. */
    public CertificateDetails caIdentifier(Value<String> value) {
      return set("CAIdentifier", value);
    }

    /**
     * The expiration date of the DB instance’s server certificate.
     *
     * <p>CloudFormation property {@code ValidTill}.
     */
    public CertificateDetails validTill(String value) {
      return set("ValidTill", Value.of(value));
    }

    /** Sets {@code ValidTill} to this value; see {@link #validTill(String)}. */
    public CertificateDetails validTill(Value<String> value) {
      return set("ValidTill", value);
    }
  }

  /**
   * Information about an AWS Identity and Access Management (IAM) role that is associated with a DB
   * instance.
   *
   * <p>Property type {@code AWS::RDS::DBInstance.DBInstanceRole}.
   */
  public static final class DBInstanceRole extends Struct<DBInstanceRole> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBInstance.DBInstanceRole")
        .required("FeatureName", "RoleArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public DBInstanceRole() {
      super(SCHEMA);
    }

    /**
     * The name of the feature associated with the AWS Identity and Access Management (IAM) role.
     * IAM roles that are associated with a DB instance grant permission for the DB instance to
     * access other AWS services on your behalf. For the list of supported feature names, see the
     * <code>SupportedFeatureNames</code> description in <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBEngineVersion.html">DBEngineVersion</a>
     * in the <em>Amazon RDS API Reference</em> .
     *
     * <p>Required. CloudFormation property {@code FeatureName}.
     */
    public DBInstanceRole featureName(String value) {
      return set("FeatureName", Value.of(value));
    }

    /** Sets {@code FeatureName} to this value; see {@link #featureName(String)}. */
    public DBInstanceRole featureName(Value<String> value) {
      return set("FeatureName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that is associated with the DB instance.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public DBInstanceRole roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DBInstanceRole roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Provides a list of status information for a DB instance.
   *
   * <p>Property type {@code AWS::RDS::DBInstance.DBInstanceStatusInfo}.
   */
  public static final class DBInstanceStatusInfo extends Struct<DBInstanceStatusInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBInstance.DBInstanceStatusInfo");

    public DBInstanceStatusInfo() {
      super(SCHEMA);
    }

    /**
     * Details of the error if there is an error for the instance. If the instance isn't in an error
     * state, this value is blank.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public DBInstanceStatusInfo message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public DBInstanceStatusInfo message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * Indicates whether the instance is operating normally (TRUE) or is in an error state (FALSE).
     *
     * <p>CloudFormation property {@code Normal}.
     */
    public DBInstanceStatusInfo normal(boolean value) {
      return set("Normal", Value.of(value));
    }

    /** Sets {@code Normal} to this value; see {@link #normal(boolean)}. */
    public DBInstanceStatusInfo normal(Value<Boolean> value) {
      return set("Normal", value);
    }

    /**
     * The status of the DB instance. For a StatusType of read replica, the values can be
     * replicating, replication stop point set, replication stop point reached, error, stopped, or
     * terminated.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public DBInstanceStatusInfo status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public DBInstanceStatusInfo status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * This value is currently "read replication."
     *
     * <p>CloudFormation property {@code StatusType}.
     */
    public DBInstanceStatusInfo statusType(String value) {
      return set("StatusType", Value.of(value));
    }

    /** Sets {@code StatusType} to this value; see {@link #statusType(String)}. */
    public DBInstanceStatusInfo statusType(Value<String> value) {
      return set("StatusType", value);
    }
  }

  /**
   * This data type represents the information you need to connect to an Amazon RDS DB instance.
   * This data type is used as a response element in the following actions:
   *
   * <ul> <li><code>CreateDBInstance</code> <li><code>DescribeDBInstances</code>
   * <li><code>DeleteDBInstance</code> </ul>
   *
   * <p>For the data structure that represents Amazon Aurora DB cluster endpoints, see
   * <code>DBClusterEndpoint</code> .
   *
   * <p>Property type {@code AWS::RDS::DBInstance.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::DBInstance.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * Specifies the DNS address of the DB instance.
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
     * Specifies the ID that Amazon Route 53 assigns when you create a hosted zone.
     *
     * <p>CloudFormation property {@code HostedZoneId}.
     */
    public Endpoint hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public Endpoint hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
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
   * <p>Property type {@code AWS::RDS::DBInstance.MasterUserSecret}.
   */
  public static final class MasterUserSecret extends Struct<MasterUserSecret> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBInstance.MasterUserSecret")
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
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#aws-resource-rds-dbinstance-return-values">Return
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
   * The <code>ProcessorFeature</code> property type specifies the processor features of a DB
   * instance class.
   *
   * <p>Property type {@code AWS::RDS::DBInstance.ProcessorFeature}.
   */
  public static final class ProcessorFeature extends Struct<ProcessorFeature> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBInstance.ProcessorFeature")
        .allowed("Name", "coreCount", "threadsPerCore")
        .build();

    public ProcessorFeature() {
      super(SCHEMA);
    }

    /**
     * The name of the processor feature. Valid names are <code>coreCount</code> and
     * <code>threadsPerCore</code> .
     *
     * <p>Allowed values: {@code coreCount}, {@code threadsPerCore}. CloudFormation property {@code
     * Name}.
     */
    public ProcessorFeature name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ProcessorFeature name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of a processor feature.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ProcessorFeature value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ProcessorFeature value(Value<String> value) {
      return set("Value", value);
    }
  }
}
