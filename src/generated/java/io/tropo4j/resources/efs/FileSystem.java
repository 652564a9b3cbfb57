// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.efs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::EFS::FileSystem</code> resource creates a new, empty file system in Amazon Elastic
 * File System ( Amazon EFS ). You must create a mount target ( <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-mounttarget.html">AWS::EFS::MountTarget</a>
 * ) to mount your EFS file system on an Amazon EC2 or other AWS cloud compute resource.
 *
 * <p>CloudFormation type {@code AWS::EFS::FileSystem}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class FileSystem extends Resource<FileSystem> {
  private static final Schema SCHEMA = Schema.builder("AWS::EFS::FileSystem")
      .constrain("AvailabilityZoneName", Constraint.of().pattern("^.+$").minLength(1).maxLength(64))
      .constrain("FileSystemPolicy", Constraint.of().format("json"))
      .references("KmsKeyId", "AWS::KMS::Key.Arn")
      .allowed("PerformanceMode", "generalPurpose", "maxIO")
      .constrain("ProvisionedThroughputInMibps", Constraint.of().minimum(1))
      .allowed("ThroughputMode", "bursting", "elastic", "provisioned")
      .refYields("FileSystemId")
      .attributes("Arn", "FileSystemId")
      .stateful()
      .tags("FileSystemTags", Schema.TagForm.LIST)
      .build();

  public FileSystem(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * For One Zone file systems, specify the AWS Availability Zone in which to create the file
   * system. Use the format <code>us-east-1a</code> to specify the Availability Zone. For more
   * information about One Zone file systems, see <a
   * href="https://docs.aws.amazon.com/efs/latest/ug/availability-durability.html#file-system-type">EFS
   * file system types</a> in the <em>Amazon EFS User Guide</em> .
   *
   * <p>One Zone file systems are not available in all Availability Zones in AWS Regions where
   * Amazon EFS is available.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code ^.+$}.
   * CloudFormation property {@code AvailabilityZoneName}.
   */
  public FileSystem availabilityZoneName(String value) {
    return set("AvailabilityZoneName", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneName} to this value; see {@link #availabilityZoneName(String)}. */
  public FileSystem availabilityZoneName(Value<String> value) {
    return set("AvailabilityZoneName", value);
  }

  /**
   * Use the <code>BackupPolicy</code> to turn automatic backups on or off for the file system.
   *
   * <p>CloudFormation property {@code BackupPolicy}.
   */
  public FileSystem backupPolicy(Value<BackupPolicy> value) {
    return set("BackupPolicy", value);
  }

  /**
   * (Optional) A boolean that specifies whether or not to bypass the <code>FileSystemPolicy</code>
   * lockout safety check. The lockout safety check determines whether the policy in the request
   * will lock out, or prevent, the IAM principal that is making the request from making future
   * <code>PutFileSystemPolicy</code> requests on this file system. Set
   * <code>BypassPolicyLockoutSafetyCheck</code> to <code>True</code> only when you intend to
   * prevent the IAM principal that is making the request from making subsequent
   * <code>PutFileSystemPolicy</code> requests on this file system. The default value is
   * <code>False</code> .
   *
   * <p>CloudFormation property {@code BypassPolicyLockoutSafetyCheck}.
   */
  public FileSystem bypassPolicyLockoutSafetyCheck(boolean value) {
    return set("BypassPolicyLockoutSafetyCheck", Value.of(value));
  }

  /**
   * Sets {@code BypassPolicyLockoutSafetyCheck} to this value; see {@link
   * #bypassPolicyLockoutSafetyCheck(boolean)}.
   */
  public FileSystem bypassPolicyLockoutSafetyCheck(Value<Boolean> value) {
    return set("BypassPolicyLockoutSafetyCheck", value);
  }

  /**
   * A Boolean value that, if true, creates an encrypted file system. When creating an encrypted
   * file system, you have the option of specifying a KmsKeyId for an existing AWS KMS key . If you
   * don't specify a KMS key , then the default KMS key for Amazon EFS ,
   * <code>/aws/elasticfilesystem</code> , is used to protect the encrypted file system.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Encrypted}.
   */
  public FileSystem encrypted(boolean value) {
    return set("Encrypted", Value.of(value));
  }

  /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
  public FileSystem encrypted(Value<Boolean> value) {
    return set("Encrypted", value);
  }

  /**
   * The <code>FileSystemPolicy</code> for the EFS file system. A file system policy is an IAM
   * resource policy used to control NFS access to an EFS file system. For more information, see <a
   * href="https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html">Using IAM to
   * control NFS access to Amazon EFS</a> in the <em>Amazon EFS User Guide</em> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code FileSystemPolicy}.
   */
  public FileSystem fileSystemPolicy(Value<Json> value) {
    return set("FileSystemPolicy", value);
  }

  /**
   * Describes the protection on the file system.
   *
   * <p>CloudFormation property {@code FileSystemProtection}.
   */
  public FileSystem fileSystemProtection(Value<FileSystemProtection> value) {
    return set("FileSystemProtection", value);
  }

  /**
   * Use to create one or more tags associated with the file system. Each tag is a user-defined
   * key-value pair. Name your file system on creation by including a
   * <code>"Key":"Name","Value":"{value}"</code> key-value pair. Each key must be unique. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * in the <em>AWS General Reference Guide</em> .
   *
   * <p>CloudFormation property {@code FileSystemTags}.
   */
  public FileSystem fileSystemTags(List<ElasticFileSystemTag> value) {
    return set("FileSystemTags", Value.listOf(value));
  }

  /** Sets {@code FileSystemTags} to this value; see {@link #fileSystemTags(List)}. */
  public FileSystem fileSystemTags(Value<List<ElasticFileSystemTag>> value) {
    return set("FileSystemTags", value);
  }

  /** Sets {@code FileSystemTags} to a list of these; see {@link #fileSystemTags(List)}. */
  public FileSystem fileSystemTags(ElasticFileSystemTag... values) {
    return set("FileSystemTags", Value.list(values));
  }

  /**
   * Sets {@code FileSystemTags} to the tags, as a list of Key and Value; see {@link
   * #fileSystemTags(List)}.
   */
  public FileSystem fileSystemTags(Tags tags) {
    return set("FileSystemTags", tags);
  }

  /**
   * The ID of the AWS KMS key to be used to protect the encrypted file system. This parameter is
   * only required if you want to use a nondefault KMS key . If this parameter is not specified, the
   * default KMS key for Amazon EFS is used. This ID can be in one of the following formats:
   *
   * <ul> <li>Key ID - A unique identifier of the key, for example
   * <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> . <li>ARN - An Amazon Resource Name (ARN) for
   * the key, for example
   * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code> .
   * <li>Key alias - A previously created display name for a key, for example
   * <code>alias/projectKey1</code> . <li>Key alias ARN - An ARN for a key alias, for example
   * <code>arn:aws:kms:us-west-2:444455556666:alias/projectKey1</code> . </ul>
   *
   * <p>If <code>KmsKeyId</code> is specified, the <code>Encrypted</code> parameter must be set to
   * true.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public FileSystem kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public FileSystem kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public FileSystem kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.arn());
  }

  /**
   * An array of <code>LifecyclePolicy</code> objects that define the file system's
   * <code>LifecycleConfiguration</code> object. A <code>LifecycleConfiguration</code> object
   * informs Lifecycle management of the following:
   *
   * <ul> <li>When to move files in the file system from primary storage to IA storage. <li>When to
   * move files in the file system from primary storage or IA storage to Archive storage. <li>When
   * to move files that are in IA or Archive storage to primary storage. </ul>
   *
   * <p>Amazon EFS requires that each <code>LifecyclePolicy</code> object have only a single
   * transition. This means that in a request body, <code>LifecyclePolicies</code> needs to be
   * structured as an array of <code>LifecyclePolicy</code> objects, one object for each transition,
   * <code>TransitionToIA</code> , <code>TransitionToArchive</code>
   * <code>TransitionToPrimaryStorageClass</code> . See the example requests in the following
   * section for more information.
   *
   * <p>CloudFormation property {@code LifecyclePolicies}.
   */
  public FileSystem lifecyclePolicies(List<LifecyclePolicy> value) {
    return set("LifecyclePolicies", Value.listOf(value));
  }

  /** Sets {@code LifecyclePolicies} to this value; see {@link #lifecyclePolicies(List)}. */
  public FileSystem lifecyclePolicies(Value<List<LifecyclePolicy>> value) {
    return set("LifecyclePolicies", value);
  }

  /** Sets {@code LifecyclePolicies} to a list of these; see {@link #lifecyclePolicies(List)}. */
  public FileSystem lifecyclePolicies(LifecyclePolicy... values) {
    return set("LifecyclePolicies", Value.list(values));
  }

  /**
   * The performance mode of the file system. We recommend <code>generalPurpose</code> performance
   * mode for all file systems. File systems using the <code>maxIO</code> performance mode can scale
   * to higher levels of aggregate throughput and operations per second with a tradeoff of slightly
   * higher latencies for most file operations. The performance mode can't be changed after the file
   * system has been created. The <code>maxIO</code> mode is not supported on One Zone file systems.
   *
   * <p>Due to the higher per-operation latencies with Max I/O, we recommend using General Purpose
   * performance mode for all file systems.
   *
   * <p>Default is <code>generalPurpose</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code generalPurpose}, {@code maxIO}.
   * CloudFormation property {@code PerformanceMode}.
   */
  public FileSystem performanceMode(String value) {
    return set("PerformanceMode", Value.of(value));
  }

  /** Sets {@code PerformanceMode} to this value; see {@link #performanceMode(String)}. */
  public FileSystem performanceMode(Value<String> value) {
    return set("PerformanceMode", value);
  }

  /**
   * The throughput, measured in mebibytes per second (MiBps), that you want to provision for a file
   * system that you're creating. Required if <code>ThroughputMode</code> is set to
   * <code>provisioned</code> . Valid values are 1-3414 MiBps, with the upper limit depending on
   * Region. To increase this limit, contact Support . For more information, see <a
   * href="https://docs.aws.amazon.com/efs/latest/ug/limits.html#soft-limits">Amazon EFS quotas that
   * you can increase</a> in the <em>Amazon EFS User Guide</em> .
   *
   * <p>Range: at least 1. CloudFormation property {@code ProvisionedThroughputInMibps}.
   */
  public FileSystem provisionedThroughputInMibps(double value) {
    return set("ProvisionedThroughputInMibps", Value.of(value));
  }

  /**
   * Sets {@code ProvisionedThroughputInMibps} to this value; see {@link
   * #provisionedThroughputInMibps(double)}.
   */
  public FileSystem provisionedThroughputInMibps(Value<Double> value) {
    return set("ProvisionedThroughputInMibps", value);
  }

  /**
   * Describes the replication configuration for a specific file system.
   *
   * <p>CloudFormation property {@code ReplicationConfiguration}.
   */
  public FileSystem replicationConfiguration(Value<ReplicationConfiguration> value) {
    return set("ReplicationConfiguration", value);
  }

  /**
   * Specifies the throughput mode for the file system. The mode can be <code>bursting</code> ,
   * <code>provisioned</code> , or <code>elastic</code> . If you set <code>ThroughputMode</code> to
   * <code>provisioned</code> , you must also set a value for
   * <code>ProvisionedThroughputInMibps</code> . After you create the file system, you can decrease
   * your file system's Provisioned throughput or change between the throughput modes, with certain
   * time restrictions. For more information, see <a
   * href="https://docs.aws.amazon.com/efs/latest/ug/performance.html#provisioned-throughput">Specifying
   * throughput with provisioned mode</a> in the <em>Amazon EFS User Guide</em> .
   *
   * <p>Default is <code>bursting</code> .
   *
   * <p>Allowed values: {@code bursting}, {@code elastic}, {@code provisioned}. CloudFormation
   * property {@code ThroughputMode}.
   */
  public FileSystem throughputMode(String value) {
    return set("ThroughputMode", Value.of(value));
  }

  /** Sets {@code ThroughputMode} to this value; see {@link #throughputMode(String)}. */
  public FileSystem throughputMode(Value<String> value) {
    return set("ThroughputMode", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the EFS file system.
   *
   * <p>Example:
   * <code>arn:aws:elasticfilesystem:us-west-2:1111333322228888:file-system/fs-0123456789abcdef8</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the EFS file system. For example: <code>fs-abcdef0123456789a</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code FileSystemId}.
   */
  public Value<String> fileSystemId() {
    return getAtt("FileSystemId");
  }

  /**
   * The backup policy turns automatic backups for the file system on or off.
   *
   * <p>Property type {@code AWS::EFS::FileSystem.BackupPolicy}.
   */
  public static final class BackupPolicy extends Struct<BackupPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::FileSystem.BackupPolicy")
        .required("Status")
        .allowed("Status", "DISABLED", "ENABLED")
        .build();

    public BackupPolicy() {
      super(SCHEMA);
    }

    /**
     * Set the backup policy status for the file system.
     *
     * <ul> <li><em><code>ENABLED</code></em> - Turns automatic backups on for the file system.
     * <li><em><code>DISABLED</code></em> - Turns automatic backups off for the file system. </ul>
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property
     * {@code Status}.
     */
    public BackupPolicy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public BackupPolicy status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A tag is a key-value pair attached to a file system. Allowed characters in the <code>Key</code>
   * and <code>Value</code> properties are letters, white space, and numbers that can be represented
   * in UTF-8, and the following characters: <code>+ - = . _ : /</code>
   *
   * <p>Property type {@code AWS::EFS::FileSystem.ElasticFileSystemTag}.
   */
  public static final class ElasticFileSystemTag extends Struct<ElasticFileSystemTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::FileSystem.ElasticFileSystemTag")
        .required("Key", "Value")
        .build();

    public ElasticFileSystemTag() {
      super(SCHEMA);
    }

    /**
     * The tag key (String). The key can't start with <code>aws:</code> .
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public ElasticFileSystemTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ElasticFileSystemTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the tag key.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public ElasticFileSystemTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ElasticFileSystemTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes the protection on the file system.
   *
   * <p>Property type {@code AWS::EFS::FileSystem.FileSystemProtection}.
   */
  public static final class FileSystemProtection extends Struct<FileSystemProtection> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::FileSystem.FileSystemProtection")
        .allowed("ReplicationOverwriteProtection", "DISABLED", "ENABLED")
        .build();

    public FileSystemProtection() {
      super(SCHEMA);
    }

    /**
     * The status of the file system's replication overwrite protection.
     *
     * <ul> <li><code>ENABLED</code> – The file system cannot be used as the destination file system
     * in a replication configuration. The file system is writeable. Replication overwrite
     * protection is <code>ENABLED</code> by default. <li><code>DISABLED</code> – The file system
     * can be used as the destination file system in a replication configuration. The file system is
     * read-only and can only be modified by EFS replication. <li><code>REPLICATING</code> – The
     * file system is being used as the destination file system in a replication configuration. The
     * file system is read-only and is modified only by EFS replication. </ul>
     *
     * <p>If the replication configuration is deleted, the file system's replication overwrite
     * protection is re-enabled, the file system becomes writeable.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
     * ReplicationOverwriteProtection}.
     */
    public FileSystemProtection replicationOverwriteProtection(String value) {
      return set("ReplicationOverwriteProtection", Value.of(value));
    }

    /**
     * Sets {@code ReplicationOverwriteProtection} to this value; see {@link
     * #replicationOverwriteProtection(String)}.
     */
    public FileSystemProtection replicationOverwriteProtection(Value<String> value) {
      return set("ReplicationOverwriteProtection", value);
    }
  }

  /**
   * Describes a policy used by Lifecycle management that specifies when to transition files into
   * and out of the EFS storage classes. For more information, see <a
   * href="https://docs.aws.amazon.com/efs/latest/ug/lifecycle-management-efs.html">Managing file
   * system storage</a> .
   *
   * <p>- Each <code>LifecyclePolicy</code> object can have only a single transition. This means
   * that in a request body, <code>LifecyclePolicies</code> must be structured as an array of
   * <code>LifecyclePolicy</code> objects, one object for each transition,
   * <code>TransitionToIA</code> , <code>TransitionToArchive</code> ,
   * <code>TransitionToPrimaryStorageClass</code> . - See the AWS::EFS::FileSystem examples for the
   * correct <code>LifecyclePolicy</code> structure. Do not use the syntax shown on this page.
   *
   * <p>Property type {@code AWS::EFS::FileSystem.LifecyclePolicy}.
   */
  public static final class LifecyclePolicy extends Struct<LifecyclePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::FileSystem.LifecyclePolicy")
        .allowed("TransitionToArchive", "AFTER_14_DAYS", "AFTER_180_DAYS", "AFTER_1_DAY",
            "AFTER_270_DAYS", "AFTER_30_DAYS", "AFTER_365_DAYS", "AFTER_60_DAYS", "AFTER_7_DAYS",
            "AFTER_90_DAYS")
        .allowed("TransitionToIA", "AFTER_14_DAYS", "AFTER_180_DAYS", "AFTER_1_DAY",
            "AFTER_270_DAYS", "AFTER_30_DAYS", "AFTER_365_DAYS", "AFTER_60_DAYS", "AFTER_7_DAYS",
            "AFTER_90_DAYS")
        .allowed("TransitionToPrimaryStorageClass", "AFTER_1_ACCESS")
        .build();

    public LifecyclePolicy() {
      super(SCHEMA);
    }

    /**
     * The number of days after files were last accessed in primary storage (the Standard storage
     * class) at which to move them to Archive storage. Metadata operations such as listing the
     * contents of a directory don't count as file access events.
     *
     * <p>Allowed values: {@code AFTER_14_DAYS}, {@code AFTER_180_DAYS}, {@code AFTER_1_DAY}, {@code
     * AFTER_270_DAYS}, {@code AFTER_30_DAYS}, {@code AFTER_365_DAYS}, {@code AFTER_60_DAYS}, {@code
     * AFTER_7_DAYS}, {@code AFTER_90_DAYS}. CloudFormation property {@code TransitionToArchive}.
     */
    public LifecyclePolicy transitionToArchive(String value) {
      return set("TransitionToArchive", Value.of(value));
    }

    /** Sets {@code TransitionToArchive} to this value; see {@link #transitionToArchive(String)}. */
    public LifecyclePolicy transitionToArchive(Value<String> value) {
      return set("TransitionToArchive", value);
    }

    /**
     * The number of days after files were last accessed in primary storage (the Standard storage
     * class) at which to move them to Infrequent Access (IA) storage. Metadata operations such as
     * listing the contents of a directory don't count as file access events.
     *
     * <p>Allowed values: {@code AFTER_14_DAYS}, {@code AFTER_180_DAYS}, {@code AFTER_1_DAY}, {@code
     * AFTER_270_DAYS}, {@code AFTER_30_DAYS}, {@code AFTER_365_DAYS}, {@code AFTER_60_DAYS}, {@code
     * AFTER_7_DAYS}, {@code AFTER_90_DAYS}. CloudFormation property {@code TransitionToIA}.
     */
    public LifecyclePolicy transitionToIA(String value) {
      return set("TransitionToIA", Value.of(value));
    }

    /** Sets {@code TransitionToIA} to this value; see {@link #transitionToIA(String)}. */
    public LifecyclePolicy transitionToIA(Value<String> value) {
      return set("TransitionToIA", value);
    }

    /**
     * Whether to move files back to primary (Standard) storage after they are accessed in IA or
     * Archive storage. Metadata operations such as listing the contents of a directory don't count
     * as file access events.
     *
     * <p>Allowed values: {@code AFTER_1_ACCESS}. CloudFormation property {@code
     * TransitionToPrimaryStorageClass}.
     */
    public LifecyclePolicy transitionToPrimaryStorageClass(String value) {
      return set("TransitionToPrimaryStorageClass", Value.of(value));
    }

    /**
     * Sets {@code TransitionToPrimaryStorageClass} to this value; see {@link
     * #transitionToPrimaryStorageClass(String)}.
     */
    public LifecyclePolicy transitionToPrimaryStorageClass(Value<String> value) {
      return set("TransitionToPrimaryStorageClass", value);
    }
  }

  /**
   * Describes the replication configuration for a specific file system.
   *
   * <p>Property type {@code AWS::EFS::FileSystem.ReplicationConfiguration}.
   */
  public static final class ReplicationConfiguration extends Struct<ReplicationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EFS::FileSystem.ReplicationConfiguration");

    public ReplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of destination objects. Only one destination object is supported.
     *
     * <p>CloudFormation property {@code Destinations}.
     */
    public ReplicationConfiguration destinations(List<ReplicationDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public ReplicationConfiguration destinations(Value<List<ReplicationDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public ReplicationConfiguration destinations(ReplicationDestination... values) {
      return set("Destinations", Value.list(values));
    }
  }

  /**
   * Describes the destination file system in the replication configuration.
   *
   * <p>Property type {@code AWS::EFS::FileSystem.ReplicationDestination}.
   */
  public static final class ReplicationDestination extends Struct<ReplicationDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::FileSystem.ReplicationDestination")
        .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$"))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ReplicationDestination() {
      super(SCHEMA);
    }

    /**
     * For One Zone file systems, the replication configuration must specify the Availability Zone
     * in which the destination file system is located.
     *
     * <p>Use the format <code>us-east-1a</code> to specify the Availability Zone. For more
     * information about One Zone file systems, see <a
     * href="https://docs.aws.amazon.com/efs/latest/ug/storage-classes.html">EFS file system
     * types</a> in the <em>Amazon EFS User Guide</em> .
     *
     * <p>One Zone file system type is not available in all Availability Zones in AWS Regions where
     * Amazon EFS is available.
     *
     * <p>CloudFormation property {@code AvailabilityZoneName}.
     */
    public ReplicationDestination availabilityZoneName(String value) {
      return set("AvailabilityZoneName", Value.of(value));
    }

    /**
     * Sets {@code AvailabilityZoneName} to this value; see {@link #availabilityZoneName(String)}.
     */
    public ReplicationDestination availabilityZoneName(Value<String> value) {
      return set("AvailabilityZoneName", value);
    }

    /**
     * The ID of the destination Amazon EFS file system.
     *
     * <p>Pattern: {@code
     * ^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$}.
     * CloudFormation property {@code FileSystemId}.
     */
    public ReplicationDestination fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public ReplicationDestination fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The ID of an AWS KMS key used to protect the encrypted file system.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ReplicationDestination kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ReplicationDestination kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The AWS Region in which the destination file system is located.
     *
     * <p>For One Zone file systems, the replication configuration must specify the AWS Region in
     * which the destination file system is located.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public ReplicationDestination region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ReplicationDestination region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the current source file system in the replication
     * configuration.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public ReplicationDestination roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public ReplicationDestination roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * Describes the status of the replication configuration. For more information about replication
     * status, see <a
     * href="https://docs.aws.amazon.com//efs/latest/ug/awsbackup.html#restoring-backup-efsmonitoring-replication-status.html">Viewing
     * replication details</a> in the <em>Amazon EFS User Guide</em> .
     *
     * <p>CloudFormation property {@code Status}.
     */
    public ReplicationDestination status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ReplicationDestination status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * Message that provides details about the <code>PAUSED</code> or <code>ERRROR</code> state of
     * the replication destination configuration. For more information about replication status
     * messages, see <a
     * href="https://docs.aws.amazon.com//efs/latest/ug/awsbackup.html#restoring-backup-efsmonitoring-replication-status.html">Viewing
     * replication details</a> in the <em>Amazon EFS User Guide</em> .
     *
     * <p>CloudFormation property {@code StatusMessage}.
     */
    public ReplicationDestination statusMessage(String value) {
      return set("StatusMessage", Value.of(value));
    }

    /** Sets {@code StatusMessage} to this value; see {@link #statusMessage(String)}. */
    public ReplicationDestination statusMessage(Value<String> value) {
      return set("StatusMessage", value);
    }
  }
}
