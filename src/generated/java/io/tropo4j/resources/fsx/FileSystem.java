// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fsx;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::FSx::FileSystem</code> resource is an Amazon FSx resource type that specifies an
 * Amazon FSx file system. You can create any of the following supported file system types:
 *
 * <ul> <li>Amazon FSx for Lustre <li>Amazon FSx for NetApp ONTAP <li>FSx for OpenZFS <li>Amazon FSx
 * for Windows File Server </ul>
 *
 * <p>CloudFormation type {@code AWS::FSx::FileSystem}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class FileSystem extends Resource<FileSystem> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem")
      .required("FileSystemType", "SubnetIds")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("Id")
      .attributes("DNSName", "Id", "LustreMountName", "ResourceARN", "RootVolumeId")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FileSystem(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the file system backup that you are using to create a file system. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystemFromBackup.html">CreateFileSystemFromBackup</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BackupId}.
   */
  public FileSystem backupId(String value) {
    return set("BackupId", Value.of(value));
  }

  /** Sets {@code BackupId} to this value; see {@link #backupId(String)}. */
  public FileSystem backupId(Value<String> value) {
    return set("BackupId", value);
  }

  /**
   * The type of Amazon FSx file system, which can be <code>LUSTRE</code> , <code>WINDOWS</code> ,
   * <code>ONTAP</code> , or <code>OPENZFS</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FileSystemType}.
   */
  public FileSystem fileSystemType(String value) {
    return set("FileSystemType", Value.of(value));
  }

  /** Sets {@code FileSystemType} to this value; see {@link #fileSystemType(String)}. */
  public FileSystem fileSystemType(Value<String> value) {
    return set("FileSystemType", value);
  }

  /**
   * For FSx for Lustre file systems, sets the Lustre version for the file system that you're
   * creating. Valid values are <code>2.10</code> , <code>2.12</code> , and <code>2.15</code> :
   *
   * <ul> <li><code>2.10</code> is supported by the Scratch and Persistent_1 Lustre deployment
   * types. <li><code>2.12</code> is supported by all Lustre deployment types, except for
   * <code>PERSISTENT_2</code> with a metadata configuration mode. <li><code>2.15</code> is
   * supported by all Lustre deployment types and is recommended for all new file systems. </ul>
   *
   * <p>Default value is <code>2.10</code> , except for the following deployments:
   *
   * <ul> <li>Default value is <code>2.12</code> when <code>DeploymentType</code> is set to
   * <code>PERSISTENT_2</code> without a metadata configuration mode. <li>Default value is
   * <code>2.15</code> when <code>DeploymentType</code> is set to <code>PERSISTENT_2</code> with a
   * metadata configuration mode. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FileSystemTypeVersion}.
   */
  public FileSystem fileSystemTypeVersion(String value) {
    return set("FileSystemTypeVersion", Value.of(value));
  }

  /**
   * Sets {@code FileSystemTypeVersion} to this value; see {@link #fileSystemTypeVersion(String)}.
   */
  public FileSystem fileSystemTypeVersion(Value<String> value) {
    return set("FileSystemTypeVersion", value);
  }

  /**
   * The ID of the AWS Key Management Service ( AWS ) key used to encrypt Amazon FSx file system
   * data. Used as follows with Amazon FSx file system types:
   *
   * <ul> <li>Amazon FSx for Lustre <code>PERSISTENT_1</code> and <code>PERSISTENT_2</code>
   * deployment types only. </ul>
   *
   * <p><code>SCRATCH_1</code> and <code>SCRATCH_2</code> types are encrypted using the Amazon FSx
   * service AWS key for your account.
   *
   * <ul> <li>Amazon FSx for NetApp ONTAP <li>Amazon FSx for OpenZFS <li>Amazon FSx for Windows File
   * Server </ul>
   *
   * <p>If this ID isn't specified, the Amazon FSx-managed key for your account is used. For more
   * information, see <a
   * href="https://docs.aws.amazon.com//kms/latest/APIReference/API_Encrypt.html">Encrypt</a> in the
   * <em>AWS Key Management Service API Reference</em> .
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

  /**
   * The Lustre configuration for the file system being created. This configuration is required if
   * the <code>FileSystemType</code> is set to <code>LUSTRE</code> .
   *
   * <p>The following parameters are not supported when creating Lustre file systems with a data
   * repository association. - <code>AutoImportPolicy</code> - <code>ExportPath</code> -
   * <code>ImportedChunkSize</code> - <code>ImportPath</code>
   *
   * <p>CloudFormation property {@code LustreConfiguration}.
   */
  public FileSystem lustreConfiguration(Value<LustreConfiguration> value) {
    return set("LustreConfiguration", value);
  }

  /**
   * The network type of the file system.
   *
   * <p>CloudFormation property {@code NetworkType}.
   */
  public FileSystem networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public FileSystem networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The ONTAP configuration properties of the FSx for ONTAP file system that you are creating. This
   * configuration is required if the <code>FileSystemType</code> is set to <code>ONTAP</code> .
   *
   * <p>CloudFormation property {@code OntapConfiguration}.
   */
  public FileSystem ontapConfiguration(Value<OntapConfiguration> value) {
    return set("OntapConfiguration", value);
  }

  /**
   * The Amazon FSx for OpenZFS configuration properties for the file system that you are creating.
   * This configuration is required if the <code>FileSystemType</code> is set to
   * <code>OPENZFS</code> .
   *
   * <p>CloudFormation property {@code OpenZFSConfiguration}.
   */
  public FileSystem openZFSConfiguration(Value<OpenZFSConfiguration> value) {
    return set("OpenZFSConfiguration", value);
  }

  /**
   * A list of IDs specifying the security groups to apply to all network interfaces created for
   * file system access. This list isn't returned in later requests to describe the file system.
   *
   * <p>You must specify a security group if you are creating a Multi-AZ FSx for ONTAP file system
   * in a VPC subnet that has been shared with you.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code SecurityGroupIds}.
   */
  public FileSystem securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public FileSystem securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets the storage capacity of the file system that you're creating.
   *
   * <p><code>StorageCapacity</code> is required if you are creating a new file system. It is not
   * required if you are creating a file system by restoring a backup.
   *
   * <p><em>FSx for Lustre file systems</em> - The amount of storage capacity that you can configure
   * depends on the value that you set for <code>StorageType</code> and the Lustre
   * <code>DeploymentType</code> , as follows:
   *
   * <ul> <li>For <code>SCRATCH_2</code> , <code>PERSISTENT_2</code> and <code>PERSISTENT_1</code>
   * deployment types using SSD storage type, the valid values are 1200 GiB, 2400 GiB, and
   * increments of 2400 GiB. <li>For <code>PERSISTENT_1</code> HDD file systems, valid values are
   * increments of 6000 GiB for 12 MB/s/TiB file systems and increments of 1800 GiB for 40 MB/s/TiB
   * file systems. <li>For <code>SCRATCH_1</code> deployment type, valid values are 1200 GiB, 2400
   * GiB, and increments of 3600 GiB. </ul>
   *
   * <p><em>FSx for ONTAP file systems</em> - The amount of SSD storage capacity that you can
   * configure depends on the value of the <code>HAPairs</code> property. The minimum value is
   * calculated as 1,024 GiB * HAPairs and the maximum is calculated as 524,288 GiB * HAPairs, up to
   * a maximum amount of SSD storage capacity of 1,048,576 GiB (1 pebibyte).
   *
   * <p><em>FSx for OpenZFS file systems</em> - The amount of storage capacity that you can
   * configure is from 64 GiB up to 524,288 GiB (512 TiB). If you are creating a file system from a
   * backup, you can specify a storage capacity equal to or greater than the original file system's
   * storage capacity.
   *
   * <p><em>FSx for Windows File Server file systems</em> - The amount of storage capacity that you
   * can configure depends on the value that you set for <code>StorageType</code> as follows:
   *
   * <ul> <li>For SSD storage, valid values are 32 GiB-65,536 GiB (64 TiB). <li>For HDD storage,
   * valid values are 2000 GiB-65,536 GiB (64 TiB). </ul>
   *
   * <p>CloudFormation property {@code StorageCapacity}.
   */
  public FileSystem storageCapacity(int value) {
    return set("StorageCapacity", Value.of(value));
  }

  /** Sets {@code StorageCapacity} to this value; see {@link #storageCapacity(int)}. */
  public FileSystem storageCapacity(Value<Integer> value) {
    return set("StorageCapacity", value);
  }

  /**
   * Sets the storage class for the file system that you're creating. Valid values are
   * <code>SSD</code> , <code>HDD</code> , and <code>INTELLIGENT_TIERING</code> .
   *
   * <ul> <li>Set to <code>SSD</code> to use solid state drive storage. SSD is supported on all
   * Windows, Lustre, ONTAP, and OpenZFS deployment types. <li>Set to <code>HDD</code> to use hard
   * disk drive storage, which is supported on <code>SINGLE_AZ_2</code> and <code>MULTI_AZ_1</code>
   * Windows file system deployment types, and on <code>PERSISTENT_1</code> Lustre file system
   * deployment types. <li>Set to <code>INTELLIGENT_TIERING</code> to use fully elastic,
   * intelligently-tiered storage. Intelligent-Tiering is only available for OpenZFS file systems
   * with the Multi-AZ deployment type and for Lustre file systems with the Persistent_2 deployment
   * type. </ul>
   *
   * <p>Default value is <code>SSD</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/optimize-fsx-costs.html#storage-type-options">Storage
   * type options</a> in the <em>FSx for Windows File Server User Guide</em> , <a
   * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-fsx-lustre.html#lustre-storage-classes">FSx
   * for Lustre storage classes</a> in the <em>FSx for Lustre User Guide</em> , and <a
   * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/performance-intelligent-tiering">Working
   * with Intelligent-Tiering</a> in the <em>Amazon FSx for OpenZFS User Guide</em> .
   *
   * <p>CloudFormation property {@code StorageType}.
   */
  public FileSystem storageType(String value) {
    return set("StorageType", Value.of(value));
  }

  /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
  public FileSystem storageType(Value<String> value) {
    return set("StorageType", value);
  }

  /**
   * Specifies the IDs of the subnets that the file system will be accessible from. For Windows and
   * ONTAP <code>MULTI_AZ_1</code> deployment types,provide exactly two subnet IDs, one for the
   * preferred file server and one for the standby file server. You specify one of these subnets as
   * the preferred subnet using the <code>WindowsConfiguration &gt; PreferredSubnetID</code> or
   * <code>OntapConfiguration &gt; PreferredSubnetID</code> properties. For more information about
   * Multi-AZ file system configuration, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/high-availability-multiAZ.html">Availability
   * and durability: Single-AZ and Multi-AZ file systems</a> in the <em>Amazon FSx for Windows User
   * Guide</em> and <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/high-availability-multiAZ.html">Availability
   * and durability</a> in the <em>Amazon FSx for ONTAP User Guide</em> .
   *
   * <p>For Windows <code>SINGLE_AZ_1</code> and <code>SINGLE_AZ_2</code> and all Lustre deployment
   * types, provide exactly one subnet ID. The file server is launched in that subnet's Availability
   * Zone.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
   */
  public FileSystem subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public FileSystem subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * The tags to associate with the file system. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/tag-resources.html">Tagging your
   * Amazon FSx resources</a> in the <em>Amazon FSx for Lustre User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FileSystem tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FileSystem tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FileSystem tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration object for the Microsoft Windows file system you are creating. This
   * configuration is required if <code>FileSystemType</code> is set to <code>WINDOWS</code> .
   *
   * <p>CloudFormation property {@code WindowsConfiguration}.
   */
  public FileSystem windowsConfiguration(Value<WindowsConfiguration> value) {
    return set("WindowsConfiguration", value);
  }

  /**
   * Returns the FSx for Windows file system's DNSName.
   *
   * <p>Example: <code>amznfsxp1honlek.corp.example.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code DNSName}.
   */
  public Value<String> dnsName() {
    return getAtt("DNSName");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the Lustre file system's <code>LustreMountName</code> .
   *
   * <p>Example for <code>SCRATCH_1</code> deployment types: This value is always <code>fsx</code> .
   *
   * <p>Example for <code>SCRATCH_2</code> and <code>PERSISTENT</code> deployment types:
   * <code>2p3fhbmv</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code LustreMountName}.
   */
  public Value<String> lustreMountName() {
    return getAtt("LustreMountName");
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the Amazon FSx file system.
   *
   * <p>Example: <code>arn:aws:fsx:us-east-2:111122223333:file-system/fs-0123abcd56789ef0a</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * Returns the root volume ID of the FSx for OpenZFS file system.
   *
   * <p>Example: <code>fsvol-0123456789abcdefa</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code RootVolumeId}.
   */
  public Value<String> rootVolumeId() {
    return getAtt("RootVolumeId");
  }

  /**
   * The configuration that Amazon FSx for Windows File Server uses to audit and log user accesses
   * of files, folders, and file shares on the Amazon FSx for Windows File Server file system.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.AuditLogConfiguration}.
   */
  public static final class AuditLogConfiguration extends Struct<AuditLogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem.AuditLogConfiguration")
        .required("FileAccessAuditLogLevel", "FileShareAccessAuditLogLevel")
        .build();

    public AuditLogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the destination of the audit logs. The destination can be
     * any Amazon CloudWatch Logs log group ARN or Amazon Kinesis Data Firehose delivery stream ARN.
     *
     * <p>The name of the Amazon CloudWatch Logs log group must begin with the <code>/aws/fsx</code>
     * prefix. The name of the Amazon Kinesis Data Firehose delivery stream must begin with the
     * <code>aws-fsx</code> prefix.
     *
     * <p>The destination ARN (either CloudWatch Logs log group or Kinesis Data Firehose delivery
     * stream) must be in the same AWS partition, AWS Region , and AWS account as your Amazon FSx
     * file system.
     *
     * <p>CloudFormation property {@code AuditLogDestination}.
     */
    public AuditLogConfiguration auditLogDestination(String value) {
      return set("AuditLogDestination", Value.of(value));
    }

    /** Sets {@code AuditLogDestination} to this value; see {@link #auditLogDestination(String)}. */
    public AuditLogConfiguration auditLogDestination(Value<String> value) {
      return set("AuditLogDestination", value);
    }

    /**
     * Sets which attempt type is logged by Amazon FSx for file and folder accesses.
     *
     * <ul> <li><code>SUCCESS_ONLY</code> - only successful attempts to access files or folders are
     * logged. <li><code>FAILURE_ONLY</code> - only failed attempts to access files or folders are
     * logged. <li><code>SUCCESS_AND_FAILURE</code> - both successful attempts and failed attempts
     * to access files or folders are logged. <li><code>DISABLED</code> - access auditing of files
     * and folders is turned off. </ul>
     *
     * <p>Required. CloudFormation property {@code FileAccessAuditLogLevel}.
     */
    public AuditLogConfiguration fileAccessAuditLogLevel(String value) {
      return set("FileAccessAuditLogLevel", Value.of(value));
    }

    /**
     * Sets {@code FileAccessAuditLogLevel} to this value; see {@link
     * #fileAccessAuditLogLevel(String)}.
     */
    public AuditLogConfiguration fileAccessAuditLogLevel(Value<String> value) {
      return set("FileAccessAuditLogLevel", value);
    }

    /**
     * Sets which attempt type is logged by Amazon FSx for file share accesses.
     *
     * <ul> <li><code>SUCCESS_ONLY</code> - only successful attempts to access file shares are
     * logged. <li><code>FAILURE_ONLY</code> - only failed attempts to access file shares are
     * logged. <li><code>SUCCESS_AND_FAILURE</code> - both successful attempts and failed attempts
     * to access file shares are logged. <li><code>DISABLED</code> - access auditing of file shares
     * is turned off. </ul>
     *
     * <p>Required. CloudFormation property {@code FileShareAccessAuditLogLevel}.
     */
    public AuditLogConfiguration fileShareAccessAuditLogLevel(String value) {
      return set("FileShareAccessAuditLogLevel", Value.of(value));
    }

    /**
     * Sets {@code FileShareAccessAuditLogLevel} to this value; see {@link
     * #fileShareAccessAuditLogLevel(String)}.
     */
    public AuditLogConfiguration fileShareAccessAuditLogLevel(Value<String> value) {
      return set("FileShareAccessAuditLogLevel", value);
    }
  }

  /**
   * Specifies who can mount an OpenZFS file system and the options available while mounting the
   * file system.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.ClientConfigurations}.
   */
  public static final class ClientConfigurations extends Struct<ClientConfigurations> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.ClientConfigurations");

    public ClientConfigurations() {
      super(SCHEMA);
    }

    /**
     * A value that specifies who can mount the file system. You can provide a wildcard character (
     * <code>*</code> ), an IP address ( <code>0.0.0.0</code> ), or a CIDR address (
     * <code>192.0.2.0/24</code> ). By default, Amazon FSx uses the wildcard character when
     * specifying the client.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Clients}.
     */
    public ClientConfigurations clients(String value) {
      return set("Clients", Value.of(value));
    }

    /** Sets {@code Clients} to this value; see {@link #clients(String)}. */
    public ClientConfigurations clients(Value<String> value) {
      return set("Clients", value);
    }

    /**
     * The options to use when mounting the file system. For a list of options that you can use with
     * Network File System (NFS), see the <a
     * href="https://docs.aws.amazon.com/https://linux.die.net/man/5/exports">exports(5) - Linux man
     * page</a> . When choosing your options, consider the following:
     *
     * <ul> <li><code>crossmnt</code> is used by default. If you don't specify <code>crossmnt</code>
     * when changing the client configuration, you won't be able to see or access snapshots in your
     * file system's snapshot directory. <li><code>sync</code> is used by default. If you instead
     * specify <code>async</code> , the system acknowledges writes before writing to disk. If the
     * system crashes before the writes are finished, you lose the unwritten data. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Options}.
     */
    public ClientConfigurations options(List<String> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public ClientConfigurations options(Value<List<String>> value) {
      return set("Options", value);
    }
  }

  /**
   * The configuration for the optional provisioned SSD read cache on Amazon FSx for Lustre file
   * systems that use the Intelligent-Tiering storage class.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.DataReadCacheConfiguration}.
   */
  public static final class DataReadCacheConfiguration extends Struct<DataReadCacheConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.DataReadCacheConfiguration");

    public DataReadCacheConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required if <code>SizingMode</code> is set to <code>USER_PROVISIONED</code> . Specifies the
     * size of the file system's SSD read cache, in gibibytes (GiB).
     *
     * <p>CloudFormation property {@code SizeGiB}.
     */
    public DataReadCacheConfiguration sizeGiB(int value) {
      return set("SizeGiB", Value.of(value));
    }

    /** Sets {@code SizeGiB} to this value; see {@link #sizeGiB(int)}. */
    public DataReadCacheConfiguration sizeGiB(Value<Integer> value) {
      return set("SizeGiB", value);
    }

    /**
     * Specifies how the provisioned SSD read cache is sized, as follows:
     *
     * <ul> <li>Set to <code>NO_CACHE</code> if you do not want to use an SSD read cache with your
     * Intelligent-Tiering file system. <li>Set to <code>USER_PROVISIONED</code> to specify the
     * exact size of your SSD read cache. <li>Set to
     * <code>PROPORTIONAL_TO_THROUGHPUT_CAPACITY</code> to have your SSD read cache automatically
     * sized based on your throughput capacity. </ul>
     *
     * <p>CloudFormation property {@code SizingMode}.
     */
    public DataReadCacheConfiguration sizingMode(String value) {
      return set("SizingMode", Value.of(value));
    }

    /** Sets {@code SizingMode} to this value; see {@link #sizingMode(String)}. */
    public DataReadCacheConfiguration sizingMode(Value<String> value) {
      return set("SizingMode", value);
    }
  }

  /**
   * The SSD IOPS (input/output operations per second) configuration for an Amazon FSx for NetApp
   * ONTAP, Amazon FSx for Windows File Server, or FSx for OpenZFS file system. By default, Amazon
   * FSx automatically provisions 3 IOPS per GB of storage capacity. You can provision additional
   * IOPS per GB of storage. The configuration consists of the total number of provisioned SSD IOPS
   * and how it is was provisioned, or the mode (by the customer or by Amazon FSx).
   *
   * <p>Property type {@code AWS::FSx::FileSystem.DiskIopsConfiguration}.
   */
  public static final class DiskIopsConfiguration extends Struct<DiskIopsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.DiskIopsConfiguration");

    public DiskIopsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The total number of SSD IOPS provisioned for the file system.
     *
     * <p>The minimum and maximum values for this property depend on the value of
     * <code>HAPairs</code> and <code>StorageCapacity</code> . The minimum value is calculated as
     * <code>StorageCapacity</code> * 3 * <code>HAPairs</code> (3 IOPS per GB of
     * <code>StorageCapacity</code> ). The maximum value is calculated as 200,000 *
     * <code>HAPairs</code> .
     *
     * <p>Amazon FSx responds with an HTTP status code 400 (Bad Request) if the value of
     * <code>Iops</code> is outside of the minimum or maximum values.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public DiskIopsConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public DiskIopsConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Specifies whether the file system is using the <code>AUTOMATIC</code> setting of SSD IOPS of
     * 3 IOPS per GB of storage capacity, or if it using a <code>USER_PROVISIONED</code> value.
     *
     * <p>CloudFormation property {@code Mode}.
     */
    public DiskIopsConfiguration mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public DiskIopsConfiguration mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /** Property type {@code AWS::FSx::FileSystem.FsrmConfiguration}. */
  public static final class FsrmConfiguration extends Struct<FsrmConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem.FsrmConfiguration")
        .required("FsrmServiceEnabled")
        .build();

    public FsrmConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EventLogDestination}. */
    public FsrmConfiguration eventLogDestination(String value) {
      return set("EventLogDestination", Value.of(value));
    }

    /** Sets {@code EventLogDestination} to this value; see {@link #eventLogDestination(String)}. */
    public FsrmConfiguration eventLogDestination(Value<String> value) {
      return set("EventLogDestination", value);
    }

    /** Required. CloudFormation property {@code FsrmServiceEnabled}. */
    public FsrmConfiguration fsrmServiceEnabled(boolean value) {
      return set("FsrmServiceEnabled", Value.of(value));
    }

    /** Sets {@code FsrmServiceEnabled} to this value; see {@link #fsrmServiceEnabled(boolean)}. */
    public FsrmConfiguration fsrmServiceEnabled(Value<Boolean> value) {
      return set("FsrmServiceEnabled", value);
    }
  }

  /** Property type {@code AWS::FSx::FileSystem.LogConfiguration}. */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem.LogConfiguration")
        .required("Level")
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Destination}. */
    public LogConfiguration destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public LogConfiguration destination(Value<String> value) {
      return set("Destination", value);
    }

    /** Required. CloudFormation property {@code Level}. */
    public LogConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public LogConfiguration level(Value<String> value) {
      return set("Level", value);
    }
  }

  /**
   * The configuration for the Amazon FSx for Lustre file system.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.LustreConfiguration}.
   */
  public static final class LustreConfiguration extends Struct<LustreConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.LustreConfiguration");

    public LustreConfiguration() {
      super(SCHEMA);
    }

    /**
     * (Optional) When you create your file system, your existing S3 objects appear as file and
     * directory listings. Use this property to choose how Amazon FSx keeps your file and directory
     * listings up to date as you add or modify objects in your linked S3 bucket.
     * <code>AutoImportPolicy</code> can have the following values:
     *
     * <ul> <li><code>NONE</code> - (Default) AutoImport is off. Amazon FSx only updates file and
     * directory listings from the linked S3 bucket when the file system is created. FSx does not
     * update file and directory listings for any new or changed objects after choosing this option.
     * <li><code>NEW</code> - AutoImport is on. Amazon FSx automatically imports directory listings
     * of any new objects added to the linked S3 bucket that do not currently exist in the FSx file
     * system. <li><code>NEW_CHANGED</code> - AutoImport is on. Amazon FSx automatically imports
     * file and directory listings of any new objects added to the S3 bucket and any existing
     * objects that are changed in the S3 bucket after you choose this option.
     * <li><code>NEW_CHANGED_DELETED</code> - AutoImport is on. Amazon FSx automatically imports
     * file and directory listings of any new objects added to the S3 bucket, any existing objects
     * that are changed in the S3 bucket, and any objects that were deleted in the S3 bucket. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/autoimport-data-repo.html">Automatically
     * import updates from your S3 bucket</a> .
     *
     * <p>This parameter is not supported for Lustre file systems with a data repository
     * association.
     *
     * <p>CloudFormation property {@code AutoImportPolicy}.
     */
    public LustreConfiguration autoImportPolicy(String value) {
      return set("AutoImportPolicy", Value.of(value));
    }

    /** Sets {@code AutoImportPolicy} to this value; see {@link #autoImportPolicy(String)}. */
    public LustreConfiguration autoImportPolicy(Value<String> value) {
      return set("AutoImportPolicy", value);
    }

    /**
     * The number of days to retain automatic backups. Setting this property to <code>0</code>
     * disables automatic backups. You can retain automatic backups for a maximum of 90 days. The
     * default is <code>0</code> .
     *
     * <p>CloudFormation property {@code AutomaticBackupRetentionDays}.
     */
    public LustreConfiguration automaticBackupRetentionDays(int value) {
      return set("AutomaticBackupRetentionDays", Value.of(value));
    }

    /**
     * Sets {@code AutomaticBackupRetentionDays} to this value; see {@link
     * #automaticBackupRetentionDays(int)}.
     */
    public LustreConfiguration automaticBackupRetentionDays(Value<Integer> value) {
      return set("AutomaticBackupRetentionDays", value);
    }

    /**
     * (Optional) Not available for use with file systems that are linked to a data repository. A
     * boolean flag indicating whether tags for the file system should be copied to backups. The
     * default value is false. If <code>CopyTagsToBackups</code> is set to true, all file system
     * tags are copied to all automatic and user-initiated backups when the user doesn't specify any
     * backup-specific tags. If <code>CopyTagsToBackups</code> is set to true and you specify one or
     * more backup tags, only the specified tags are copied to backups. If you specify one or more
     * tags when creating a user-initiated backup, no tags are copied from the file system,
     * regardless of this value.
     *
     * <p>(Default = <code>false</code> )
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-backups-fsx.html">Working with
     * backups</a> in the <em>Amazon FSx for Lustre User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CopyTagsToBackups}.
     */
    public LustreConfiguration copyTagsToBackups(boolean value) {
      return set("CopyTagsToBackups", Value.of(value));
    }

    /** Sets {@code CopyTagsToBackups} to this value; see {@link #copyTagsToBackups(boolean)}. */
    public LustreConfiguration copyTagsToBackups(Value<Boolean> value) {
      return set("CopyTagsToBackups", value);
    }

    /**
     * A recurring daily time, in the format <code>HH:MM</code> . <code>HH</code> is the zero-padded
     * hour of the day (0-23), and <code>MM</code> is the zero-padded minute of the hour. For
     * example, <code>05:00</code> specifies 5 AM daily.
     *
     * <p>CloudFormation property {@code DailyAutomaticBackupStartTime}.
     */
    public LustreConfiguration dailyAutomaticBackupStartTime(String value) {
      return set("DailyAutomaticBackupStartTime", Value.of(value));
    }

    /**
     * Sets {@code DailyAutomaticBackupStartTime} to this value; see {@link
     * #dailyAutomaticBackupStartTime(String)}.
     */
    public LustreConfiguration dailyAutomaticBackupStartTime(Value<String> value) {
      return set("DailyAutomaticBackupStartTime", value);
    }

    /**
     * Sets the data compression configuration for the file system. <code>DataCompressionType</code>
     * can have the following values:
     *
     * <ul> <li><code>NONE</code> - (Default) Data compression is turned off when the file system is
     * created. <li><code>LZ4</code> - Data compression is turned on with the LZ4 algorithm. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/data-compression.html">Lustre data
     * compression</a> in the <em>Amazon FSx for Lustre User Guide</em> .
     *
     * <p>CloudFormation property {@code DataCompressionType}.
     */
    public LustreConfiguration dataCompressionType(String value) {
      return set("DataCompressionType", Value.of(value));
    }

    /** Sets {@code DataCompressionType} to this value; see {@link #dataCompressionType(String)}. */
    public LustreConfiguration dataCompressionType(Value<String> value) {
      return set("DataCompressionType", value);
    }

    /**
     * Specifies the optional provisioned SSD read cache on FSx for Lustre file systems that use the
     * Intelligent-Tiering storage class. Required when <code>StorageType</code> is set to
     * <code>INTELLIGENT_TIERING</code> .
     *
     * <p>CloudFormation property {@code DataReadCacheConfiguration}.
     */
    public LustreConfiguration dataReadCacheConfiguration(Value<DataReadCacheConfiguration> value) {
      return set("DataReadCacheConfiguration", value);
    }

    /**
     * (Optional) Choose <code>SCRATCH_1</code> and <code>SCRATCH_2</code> deployment types when you
     * need temporary storage and shorter-term processing of data. The <code>SCRATCH_2</code>
     * deployment type provides in-transit encryption of data and higher burst throughput capacity
     * than <code>SCRATCH_1</code> .
     *
     * <p>Choose <code>PERSISTENT_1</code> for longer-term storage and for throughput-focused
     * workloads that aren’t latency-sensitive. <code>PERSISTENT_1</code> supports encryption of
     * data in transit, and is available in all AWS Regions in which FSx for Lustre is available.
     *
     * <p>Choose <code>PERSISTENT_2</code> for longer-term storage and for latency-sensitive
     * workloads that require the highest levels of IOPS/throughput. <code>PERSISTENT_2</code>
     * supports the SSD and Intelligent-Tiering storage classes. You can optionally specify a
     * metadata configuration mode for <code>PERSISTENT_2</code> which supports increasing metadata
     * performance. <code>PERSISTENT_2</code> is available in a limited number of AWS Regions . For
     * more information, and an up-to-date list of AWS Regions in which <code>PERSISTENT_2</code> is
     * available, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-fsx-lustre.html">Deployment
     * and storage class options for FSx for Lustre file systems</a> in the <em>Amazon FSx for
     * Lustre User Guide</em> .
     *
     * <p>If you choose <code>PERSISTENT_2</code> , and you set <code>FileSystemTypeVersion</code>
     * to <code>2.10</code> , the <code>CreateFileSystem</code> operation fails.
     *
     * <p>Encryption of data in transit is automatically turned on when you access
     * <code>SCRATCH_2</code> , <code>PERSISTENT_1</code> , and <code>PERSISTENT_2</code> file
     * systems from Amazon EC2 instances that support automatic encryption in the AWS Regions where
     * they are available. For more information about encryption in transit for FSx for Lustre file
     * systems, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/encryption-in-transit-fsxl.html">Encrypting
     * data in transit</a> in the <em>Amazon FSx for Lustre User Guide</em> .
     *
     * <p>(Default = <code>SCRATCH_1</code> )
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeploymentType}.
     */
    public LustreConfiguration deploymentType(String value) {
      return set("DeploymentType", Value.of(value));
    }

    /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
    public LustreConfiguration deploymentType(Value<String> value) {
      return set("DeploymentType", value);
    }

    /**
     * The type of drive cache used by <code>PERSISTENT_1</code> file systems that are provisioned
     * with HDD storage devices. This parameter is required when storage type is HDD. Set this
     * property to <code>READ</code> to improve the performance for frequently accessed files by
     * caching up to 20% of the total storage capacity of the file system.
     *
     * <p>This parameter is required when <code>StorageType</code> is set to <code>HDD</code> and
     * <code>DeploymentType</code> is <code>PERSISTENT_1</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DriveCacheType}.
     */
    public LustreConfiguration driveCacheType(String value) {
      return set("DriveCacheType", Value.of(value));
    }

    /** Sets {@code DriveCacheType} to this value; see {@link #driveCacheType(String)}. */
    public LustreConfiguration driveCacheType(Value<String> value) {
      return set("DriveCacheType", value);
    }

    /**
     * (Optional) Specifies whether Elastic Fabric Adapter (EFA) and GPUDirect Storage (GDS) support
     * is enabled for the Amazon FSx for Lustre file system.
     *
     * <p>(Default = <code>false</code> )
     *
     * <p>CloudFormation property {@code EfaEnabled}.
     */
    public LustreConfiguration efaEnabled(boolean value) {
      return set("EfaEnabled", Value.of(value));
    }

    /** Sets {@code EfaEnabled} to this value; see {@link #efaEnabled(boolean)}. */
    public LustreConfiguration efaEnabled(Value<Boolean> value) {
      return set("EfaEnabled", value);
    }

    /**
     * (Optional) Specifies the path in the Amazon S3 bucket where the root of your Amazon FSx file
     * system is exported. The path must use the same Amazon S3 bucket as specified in ImportPath.
     * You can provide an optional prefix to which new and changed data is to be exported from your
     * Amazon FSx for Lustre file system. If an <code>ExportPath</code> value is not provided,
     * Amazon FSx sets a default export path,
     * <code>s3://import-bucket/FSxLustre[creation-timestamp]</code> . The timestamp is in UTC
     * format, for example <code>s3://import-bucket/FSxLustre20181105T222312Z</code> .
     *
     * <p>The Amazon S3 export bucket must be the same as the import bucket specified by
     * <code>ImportPath</code> . If you specify only a bucket name, such as
     * <code>s3://import-bucket</code> , you get a 1:1 mapping of file system objects to S3 bucket
     * objects. This mapping means that the input data in S3 is overwritten on export. If you
     * provide a custom prefix in the export path, such as
     * <code>s3://import-bucket/[custom-optional-prefix]</code> , Amazon FSx exports the contents of
     * your file system to that export prefix in the Amazon S3 bucket.
     *
     * <p>This parameter is not supported for file systems with a data repository association.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExportPath}.
     */
    public LustreConfiguration exportPath(String value) {
      return set("ExportPath", Value.of(value));
    }

    /** Sets {@code ExportPath} to this value; see {@link #exportPath(String)}. */
    public LustreConfiguration exportPath(Value<String> value) {
      return set("ExportPath", value);
    }

    /**
     * (Optional) The path to the Amazon S3 bucket (including the optional prefix) that you're using
     * as the data repository for your Amazon FSx for Lustre file system. The root of your FSx for
     * Lustre file system will be mapped to the root of the Amazon S3 bucket you select. An example
     * is <code>s3://import-bucket/optional-prefix</code> . If you specify a prefix after the Amazon
     * S3 bucket name, only object keys with that prefix are loaded into the file system.
     *
     * <p>This parameter is not supported for Lustre file systems with a data repository
     * association.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ImportPath}.
     */
    public LustreConfiguration importPath(String value) {
      return set("ImportPath", Value.of(value));
    }

    /** Sets {@code ImportPath} to this value; see {@link #importPath(String)}. */
    public LustreConfiguration importPath(Value<String> value) {
      return set("ImportPath", value);
    }

    /**
     * (Optional) For files imported from a data repository, this value determines the stripe count
     * and maximum amount of data per file (in MiB) stored on a single physical disk. The maximum
     * number of disks that a single file can be striped across is limited by the total number of
     * disks that make up the file system.
     *
     * <p>The default chunk size is 1,024 MiB (1 GiB) and can go as high as 512,000 MiB (500 GiB).
     * Amazon S3 objects have a maximum size of 5 TB.
     *
     * <p>This parameter is not supported for Lustre file systems with a data repository
     * association.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ImportedFileChunkSize}.
     */
    public LustreConfiguration importedFileChunkSize(int value) {
      return set("ImportedFileChunkSize", Value.of(value));
    }

    /**
     * Sets {@code ImportedFileChunkSize} to this value; see {@link #importedFileChunkSize(int)}.
     */
    public LustreConfiguration importedFileChunkSize(Value<Integer> value) {
      return set("ImportedFileChunkSize", value);
    }

    /** CloudFormation property {@code LogConfiguration}. */
    public LustreConfiguration logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * The Lustre metadata performance configuration for the creation of an FSx for Lustre file
     * system using a <code>PERSISTENT_2</code> deployment type.
     *
     * <p>CloudFormation property {@code MetadataConfiguration}.
     */
    public LustreConfiguration metadataConfiguration(Value<MetadataConfiguration> value) {
      return set("MetadataConfiguration", value);
    }

    /**
     * Required with <code>PERSISTENT_1</code> and <code>PERSISTENT_2</code> deployment types,
     * provisions the amount of read and write throughput for each 1 tebibyte (TiB) of file system
     * storage capacity, in MB/s/TiB. File system throughput capacity is calculated by multiplying
     * ﬁle system storage capacity (TiB) by the <code>PerUnitStorageThroughput</code> (MB/s/TiB).
     * For a 2.4-TiB ﬁle system, provisioning 50 MB/s/TiB of <code>PerUnitStorageThroughput</code>
     * yields 120 MB/s of ﬁle system throughput. You pay for the amount of throughput that you
     * provision.
     *
     * <p>Valid values:
     *
     * <ul> <li>For <code>PERSISTENT_1</code> SSD storage: 50, 100, 200 MB/s/TiB. <li>For
     * <code>PERSISTENT_1</code> HDD storage: 12, 40 MB/s/TiB. <li>For <code>PERSISTENT_2</code> SSD
     * storage: 125, 250, 500, 1000 MB/s/TiB. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * PerUnitStorageThroughput}.
     */
    public LustreConfiguration perUnitStorageThroughput(int value) {
      return set("PerUnitStorageThroughput", Value.of(value));
    }

    /**
     * Sets {@code PerUnitStorageThroughput} to this value; see {@link
     * #perUnitStorageThroughput(int)}.
     */
    public LustreConfiguration perUnitStorageThroughput(Value<Integer> value) {
      return set("PerUnitStorageThroughput", value);
    }

    /**
     * Specifies the throughput of an FSx for Lustre file system using the Intelligent-Tiering
     * storage class, measured in megabytes per second (MBps). Valid values are 4000 MBps or
     * multiples of 4000 MBps. You pay for the amount of throughput that you provision.
     *
     * <p>CloudFormation property {@code ThroughputCapacity}.
     */
    public LustreConfiguration throughputCapacity(int value) {
      return set("ThroughputCapacity", Value.of(value));
    }

    /** Sets {@code ThroughputCapacity} to this value; see {@link #throughputCapacity(int)}. */
    public LustreConfiguration throughputCapacity(Value<Integer> value) {
      return set("ThroughputCapacity", value);
    }

    /**
     * The preferred start time to perform weekly maintenance, formatted d:HH:MM in the UTC time
     * zone, where d is the weekday number, from 1 through 7, beginning with Monday and ending with
     * Sunday.
     *
     * <p>For example, <code>1:05:00</code> specifies maintenance at 5 AM Monday.
     *
     * <p>CloudFormation property {@code WeeklyMaintenanceStartTime}.
     */
    public LustreConfiguration weeklyMaintenanceStartTime(String value) {
      return set("WeeklyMaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code WeeklyMaintenanceStartTime} to this value; see {@link
     * #weeklyMaintenanceStartTime(String)}.
     */
    public LustreConfiguration weeklyMaintenanceStartTime(Value<String> value) {
      return set("WeeklyMaintenanceStartTime", value);
    }
  }

  /**
   * The configuration that allows you to specify the performance of metadata operations for an FSx
   * for Lustre file system.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.MetadataConfiguration}.
   */
  public static final class MetadataConfiguration extends Struct<MetadataConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.MetadataConfiguration");

    public MetadataConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of Metadata IOPS provisioned for the file system.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public MetadataConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public MetadataConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Specifies whether the file system is using the AUTOMATIC setting of metadata IOPS or if it is
     * using a USER_PROVISIONED value.
     *
     * <p>CloudFormation property {@code Mode}.
     */
    public MetadataConfiguration mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public MetadataConfiguration mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * The configuration object for mounting a file system.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.NfsExports}.
   */
  public static final class NfsExports extends Struct<NfsExports> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.NfsExports");

    public NfsExports() {
      super(SCHEMA);
    }

    /**
     * A list of configuration objects that contain the client and options for mounting the OpenZFS
     * file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ClientConfigurations}.
     */
    public NfsExports clientConfigurations(List<ClientConfigurations> value) {
      return set("ClientConfigurations", Value.listOf(value));
    }

    /** Sets {@code ClientConfigurations} to this value; see {@link #clientConfigurations(List)}. */
    public NfsExports clientConfigurations(Value<List<ClientConfigurations>> value) {
      return set("ClientConfigurations", value);
    }

    /**
     * Sets {@code ClientConfigurations} to a list of these; see {@link
     * #clientConfigurations(List)}.
     */
    public NfsExports clientConfigurations(ClientConfigurations... values) {
      return set("ClientConfigurations", Value.list(values));
    }
  }

  /**
   * The configuration for this Amazon FSx for NetApp ONTAP file system.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.OntapConfiguration}.
   */
  public static final class OntapConfiguration extends Struct<OntapConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem.OntapConfiguration")
        .required("DeploymentType")
        .build();

    public OntapConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of days to retain automatic backups. Setting this property to <code>0</code>
     * disables automatic backups. You can retain automatic backups for a maximum of 90 days. The
     * default is <code>30</code> .
     *
     * <p>CloudFormation property {@code AutomaticBackupRetentionDays}.
     */
    public OntapConfiguration automaticBackupRetentionDays(int value) {
      return set("AutomaticBackupRetentionDays", Value.of(value));
    }

    /**
     * Sets {@code AutomaticBackupRetentionDays} to this value; see {@link
     * #automaticBackupRetentionDays(int)}.
     */
    public OntapConfiguration automaticBackupRetentionDays(Value<Integer> value) {
      return set("AutomaticBackupRetentionDays", value);
    }

    /**
     * A recurring daily time, in the format <code>HH:MM</code> . <code>HH</code> is the zero-padded
     * hour of the day (0-23), and <code>MM</code> is the zero-padded minute of the hour. For
     * example, <code>05:00</code> specifies 5 AM daily.
     *
     * <p>CloudFormation property {@code DailyAutomaticBackupStartTime}.
     */
    public OntapConfiguration dailyAutomaticBackupStartTime(String value) {
      return set("DailyAutomaticBackupStartTime", Value.of(value));
    }

    /**
     * Sets {@code DailyAutomaticBackupStartTime} to this value; see {@link
     * #dailyAutomaticBackupStartTime(String)}.
     */
    public OntapConfiguration dailyAutomaticBackupStartTime(Value<String> value) {
      return set("DailyAutomaticBackupStartTime", value);
    }

    /**
     * Specifies the FSx for ONTAP file system deployment type to use in creating the file system.
     *
     * <ul> <li><code>MULTI_AZ_1</code> - A high availability file system configured for Multi-AZ
     * redundancy to tolerate temporary Availability Zone (AZ) unavailability. This is a
     * first-generation FSx for ONTAP file system. <li><code>MULTI_AZ_2</code> - A high availability
     * file system configured for Multi-AZ redundancy to tolerate temporary AZ unavailability. This
     * is a second-generation FSx for ONTAP file system. <li><code>SINGLE_AZ_1</code> - A file
     * system configured for Single-AZ redundancy. This is a first-generation FSx for ONTAP file
     * system. <li><code>SINGLE_AZ_2</code> - A file system configured with multiple
     * high-availability (HA) pairs for Single-AZ redundancy. This is a second-generation FSx for
     * ONTAP file system. </ul>
     *
     * <p>For information about the use cases for Multi-AZ and Single-AZ deployments, refer to <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/high-availability-AZ.html">Choosing a
     * file system deployment type</a> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DeploymentType}.
     */
    public OntapConfiguration deploymentType(String value) {
      return set("DeploymentType", Value.of(value));
    }

    /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
    public OntapConfiguration deploymentType(Value<String> value) {
      return set("DeploymentType", value);
    }

    /**
     * The SSD IOPS configuration for the FSx for ONTAP file system.
     *
     * <p>CloudFormation property {@code DiskIopsConfiguration}.
     */
    public OntapConfiguration diskIopsConfiguration(Value<DiskIopsConfiguration> value) {
      return set("DiskIopsConfiguration", value);
    }

    /**
     * (Multi-AZ only) Specifies the IPv4 address range in which the endpoints to access your file
     * system will be created. By default in the Amazon FSx API, Amazon FSx selects an unused IP
     * address range for you from the 198.19.* range. By default in the Amazon FSx console, Amazon
     * FSx chooses the last 64 IP addresses from the VPC’s primary CIDR range to use as the endpoint
     * IP address range for the file system. You can have overlapping endpoint IP addresses for file
     * systems deployed in the same VPC/route tables, as long as they don't overlap with any subnet.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EndpointIpAddressRange}.
     */
    public OntapConfiguration endpointIpAddressRange(String value) {
      return set("EndpointIpAddressRange", Value.of(value));
    }

    /**
     * Sets {@code EndpointIpAddressRange} to this value; see {@link
     * #endpointIpAddressRange(String)}.
     */
    public OntapConfiguration endpointIpAddressRange(Value<String> value) {
      return set("EndpointIpAddressRange", value);
    }

    /** CloudFormation property {@code EndpointIpv6AddressRange}. */
    public OntapConfiguration endpointIpv6AddressRange(String value) {
      return set("EndpointIpv6AddressRange", Value.of(value));
    }

    /**
     * Sets {@code EndpointIpv6AddressRange} to this value; see {@link
     * #endpointIpv6AddressRange(String)}.
     */
    public OntapConfiguration endpointIpv6AddressRange(Value<String> value) {
      return set("EndpointIpv6AddressRange", value);
    }

    /**
     * The ONTAP administrative password for the <code>fsxadmin</code> user with which you
     * administer your file system using the NetApp ONTAP CLI and REST API.
     *
     * <p>CloudFormation property {@code FsxAdminPassword}.
     */
    public OntapConfiguration fsxAdminPassword(String value) {
      return set("FsxAdminPassword", Value.of(value));
    }

    /** Sets {@code FsxAdminPassword} to this value; see {@link #fsxAdminPassword(String)}. */
    public OntapConfiguration fsxAdminPassword(Value<String> value) {
      return set("FsxAdminPassword", value);
    }

    /**
     * Specifies how many high-availability (HA) pairs of file servers will power your file system.
     * First-generation file systems are powered by 1 HA pair. Second-generation multi-AZ file
     * systems are powered by 1 HA pair. Second generation single-AZ file systems are powered by up
     * to 12 HA pairs. The default value is 1. The value of this property affects the values of
     * <code>StorageCapacity</code> , <code>Iops</code> , and <code>ThroughputCapacity</code> . For
     * more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/administering-file-systems.html#HA-pairs">High-availability
     * (HA) pairs</a> in the FSx for ONTAP user guide. Block storage protocol support (iSCSI and
     * NVMe over TCP) is disabled on file systems with more than 6 HA pairs. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/supported-fsx-clients.html#using-block-storage">Using
     * block storage protocols</a> .
     *
     * <p>Amazon FSx responds with an HTTP status code 400 (Bad Request) for the following
     * conditions:
     *
     * <ul> <li>The value of <code>HAPairs</code> is less than 1 or greater than 12. <li>The value
     * of <code>HAPairs</code> is greater than 1 and the value of <code>DeploymentType</code> is
     * <code>SINGLE_AZ_1</code> , <code>MULTI_AZ_1</code> , or <code>MULTI_AZ_2</code> . </ul>
     *
     * <p>CloudFormation property {@code HAPairs}.
     */
    public OntapConfiguration haPairs(int value) {
      return set("HAPairs", Value.of(value));
    }

    /** Sets {@code HAPairs} to this value; see {@link #haPairs(int)}. */
    public OntapConfiguration haPairs(Value<Integer> value) {
      return set("HAPairs", value);
    }

    /**
     * Required when <code>DeploymentType</code> is set to <code>MULTI_AZ_1</code> or
     * <code>MULTI_AZ_2</code> . This specifies the subnet in which you want the preferred file
     * server to be located.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PreferredSubnetId}.
     */
    public OntapConfiguration preferredSubnetId(String value) {
      return set("PreferredSubnetId", Value.of(value));
    }

    /** Sets {@code PreferredSubnetId} to this value; see {@link #preferredSubnetId(String)}. */
    public OntapConfiguration preferredSubnetId(Value<String> value) {
      return set("PreferredSubnetId", value);
    }

    /**
     * (Multi-AZ only) Specifies the route tables in which Amazon FSx creates the rules for routing
     * traffic to the correct file server. You should specify all virtual private cloud (VPC) route
     * tables associated with the subnets in which your clients are located. By default, Amazon FSx
     * selects your VPC's default route table.
     *
     * <p>Amazon FSx manages these route tables for Multi-AZ file systems using tag-based
     * authentication. These route tables are tagged with <code>Key: AmazonFSx; Value:
     * ManagedByAmazonFSx</code> . When creating FSx for ONTAP Multi-AZ file systems using
     * CloudFormation we recommend that you add the <code>Key: AmazonFSx; Value:
     * ManagedByAmazonFSx</code> tag manually.
     *
     * <p>CloudFormation property {@code RouteTableIds}.
     */
    public OntapConfiguration routeTableIds(List<String> value) {
      return set("RouteTableIds", Value.listOf(value));
    }

    /** Sets {@code RouteTableIds} to this value; see {@link #routeTableIds(List)}. */
    public OntapConfiguration routeTableIds(Value<List<String>> value) {
      return set("RouteTableIds", value);
    }

    /**
     * Sets the throughput capacity for the file system that you're creating in megabytes per second
     * (MBps). For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-throughput-capacity.html">Managing
     * throughput capacity</a> in the FSx for ONTAP User Guide.
     *
     * <p>Amazon FSx responds with an HTTP status code 400 (Bad Request) for the following
     * conditions:
     *
     * <ul> <li>The value of <code>ThroughputCapacity</code> and
     * <code>ThroughputCapacityPerHAPair</code> are not the same value. <li>The value of
     * <code>ThroughputCapacity</code> when divided by the value of <code>HAPairs</code> is outside
     * of the valid range for <code>ThroughputCapacity</code> . </ul>
     *
     * <p>CloudFormation property {@code ThroughputCapacity}.
     */
    public OntapConfiguration throughputCapacity(int value) {
      return set("ThroughputCapacity", Value.of(value));
    }

    /** Sets {@code ThroughputCapacity} to this value; see {@link #throughputCapacity(int)}. */
    public OntapConfiguration throughputCapacity(Value<Integer> value) {
      return set("ThroughputCapacity", value);
    }

    /**
     * Use to choose the throughput capacity per HA pair, rather than the total throughput for the
     * file system.
     *
     * <p>You can define either the <code>ThroughputCapacityPerHAPair</code> or the
     * <code>ThroughputCapacity</code> when creating a file system, but not both.
     *
     * <p>This field and <code>ThroughputCapacity</code> are the same for file systems powered by
     * one HA pair.
     *
     * <ul> <li>For <code>SINGLE_AZ_1</code> and <code>MULTI_AZ_1</code> file systems, valid values
     * are 128, 256, 512, 1024, 2048, or 4096 MBps. <li>For <code>SINGLE_AZ_2</code> , valid values
     * are 1536, 3072, or 6144 MBps. <li>For <code>MULTI_AZ_2</code> , valid values are 384, 768,
     * 1536, 3072, or 6144 MBps. </ul>
     *
     * <p>Amazon FSx responds with an HTTP status code 400 (Bad Request) for the following
     * conditions:
     *
     * <ul> <li>The value of <code>ThroughputCapacity</code> and
     * <code>ThroughputCapacityPerHAPair</code> are not the same value for file systems with one HA
     * pair. <li>The value of deployment type is <code>SINGLE_AZ_2</code> and
     * <code>ThroughputCapacity</code> / <code>ThroughputCapacityPerHAPair</code> is not a valid HA
     * pair (a value between 1 and 12). <li>The value of <code>ThroughputCapacityPerHAPair</code> is
     * not a valid value. </ul>
     *
     * <p>CloudFormation property {@code ThroughputCapacityPerHAPair}.
     */
    public OntapConfiguration throughputCapacityPerHAPair(int value) {
      return set("ThroughputCapacityPerHAPair", Value.of(value));
    }

    /**
     * Sets {@code ThroughputCapacityPerHAPair} to this value; see {@link
     * #throughputCapacityPerHAPair(int)}.
     */
    public OntapConfiguration throughputCapacityPerHAPair(Value<Integer> value) {
      return set("ThroughputCapacityPerHAPair", value);
    }

    /**
     * The preferred start time to perform weekly maintenance, formatted d:HH:MM in the UTC time
     * zone, where d is the weekday number, from 1 through 7, beginning with Monday and ending with
     * Sunday.
     *
     * <p>For example, <code>1:05:00</code> specifies maintenance at 5 AM Monday.
     *
     * <p>CloudFormation property {@code WeeklyMaintenanceStartTime}.
     */
    public OntapConfiguration weeklyMaintenanceStartTime(String value) {
      return set("WeeklyMaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code WeeklyMaintenanceStartTime} to this value; see {@link
     * #weeklyMaintenanceStartTime(String)}.
     */
    public OntapConfiguration weeklyMaintenanceStartTime(Value<String> value) {
      return set("WeeklyMaintenanceStartTime", value);
    }
  }

  /**
   * The OpenZFS configuration for the file system that's being created.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.OpenZFSConfiguration}.
   */
  public static final class OpenZFSConfiguration extends Struct<OpenZFSConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem.OpenZFSConfiguration")
        .required("DeploymentType")
        .build();

    public OpenZFSConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of days to retain automatic backups. Setting this property to <code>0</code>
     * disables automatic backups. You can retain automatic backups for a maximum of 90 days. The
     * default is <code>30</code> .
     *
     * <p>CloudFormation property {@code AutomaticBackupRetentionDays}.
     */
    public OpenZFSConfiguration automaticBackupRetentionDays(int value) {
      return set("AutomaticBackupRetentionDays", Value.of(value));
    }

    /**
     * Sets {@code AutomaticBackupRetentionDays} to this value; see {@link
     * #automaticBackupRetentionDays(int)}.
     */
    public OpenZFSConfiguration automaticBackupRetentionDays(Value<Integer> value) {
      return set("AutomaticBackupRetentionDays", value);
    }

    /**
     * A Boolean value indicating whether tags for the file system should be copied to backups. This
     * value defaults to <code>false</code> . If it's set to <code>true</code> , all tags for the
     * file system are copied to all automatic and user-initiated backups where the user doesn't
     * specify tags. If this value is <code>true</code> , and you specify one or more tags, only the
     * specified tags are copied to backups. If you specify one or more tags when creating a
     * user-initiated backup, no tags are copied from the file system, regardless of this value.
     *
     * <p>CloudFormation property {@code CopyTagsToBackups}.
     */
    public OpenZFSConfiguration copyTagsToBackups(boolean value) {
      return set("CopyTagsToBackups", Value.of(value));
    }

    /** Sets {@code CopyTagsToBackups} to this value; see {@link #copyTagsToBackups(boolean)}. */
    public OpenZFSConfiguration copyTagsToBackups(Value<Boolean> value) {
      return set("CopyTagsToBackups", value);
    }

    /**
     * A Boolean value indicating whether tags for the file system should be copied to volumes. This
     * value defaults to <code>false</code> . If it's set to <code>true</code> , all tags for the
     * file system are copied to volumes where the user doesn't specify tags. If this value is
     * <code>true</code> , and you specify one or more tags, only the specified tags are copied to
     * volumes. If you specify one or more tags when creating the volume, no tags are copied from
     * the file system, regardless of this value.
     *
     * <p>CloudFormation property {@code CopyTagsToVolumes}.
     */
    public OpenZFSConfiguration copyTagsToVolumes(boolean value) {
      return set("CopyTagsToVolumes", Value.of(value));
    }

    /** Sets {@code CopyTagsToVolumes} to this value; see {@link #copyTagsToVolumes(boolean)}. */
    public OpenZFSConfiguration copyTagsToVolumes(Value<Boolean> value) {
      return set("CopyTagsToVolumes", value);
    }

    /**
     * A recurring daily time, in the format <code>HH:MM</code> . <code>HH</code> is the zero-padded
     * hour of the day (0-23), and <code>MM</code> is the zero-padded minute of the hour. For
     * example, <code>05:00</code> specifies 5 AM daily.
     *
     * <p>CloudFormation property {@code DailyAutomaticBackupStartTime}.
     */
    public OpenZFSConfiguration dailyAutomaticBackupStartTime(String value) {
      return set("DailyAutomaticBackupStartTime", Value.of(value));
    }

    /**
     * Sets {@code DailyAutomaticBackupStartTime} to this value; see {@link
     * #dailyAutomaticBackupStartTime(String)}.
     */
    public OpenZFSConfiguration dailyAutomaticBackupStartTime(Value<String> value) {
      return set("DailyAutomaticBackupStartTime", value);
    }

    /**
     * Specifies the file system deployment type. Valid values are the following:
     *
     * <ul> <li><code>MULTI_AZ_1</code> - Creates file systems with high availability and durability
     * by replicating your data and supporting failover across multiple Availability Zones in the
     * same AWS Region . <li><code>SINGLE_AZ_HA_2</code> - Creates file systems with high
     * availability and throughput capacities of 160 - 10,240 MB/s using an NVMe L2ARC cache by
     * deploying a primary and standby file system within the same Availability Zone.
     * <li><code>SINGLE_AZ_HA_1</code> - Creates file systems with high availability and throughput
     * capacities of 64 - 4,096 MB/s by deploying a primary and standby file system within the same
     * Availability Zone. <li><code>SINGLE_AZ_2</code> - Creates file systems with throughput
     * capacities of 160 - 10,240 MB/s using an NVMe L2ARC cache that automatically recover within a
     * single Availability Zone. <li><code>SINGLE_AZ_1</code> - Creates file systems with throughput
     * capacities of 64 - 4,096 MBs that automatically recover within a single Availability Zone.
     * </ul>
     *
     * <p>For a list of which AWS Regions each deployment type is available in, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/availability-durability.html#available-aws-regions">Deployment
     * type availability</a> . For more information on the differences in performance between
     * deployment types, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/performance.html#zfs-fs-performance">File
     * system performance</a> in the <em>Amazon FSx for OpenZFS User Guide</em> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DeploymentType}.
     */
    public OpenZFSConfiguration deploymentType(String value) {
      return set("DeploymentType", Value.of(value));
    }

    /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
    public OpenZFSConfiguration deploymentType(Value<String> value) {
      return set("DeploymentType", value);
    }

    /**
     * The SSD IOPS (input/output operations per second) configuration for an Amazon FSx for NetApp
     * ONTAP, Amazon FSx for Windows File Server, or FSx for OpenZFS file system. By default, Amazon
     * FSx automatically provisions 3 IOPS per GB of storage capacity. You can provision additional
     * IOPS per GB of storage. The configuration consists of the total number of provisioned SSD
     * IOPS and how it is was provisioned, or the mode (by the customer or by Amazon FSx).
     *
     * <p>CloudFormation property {@code DiskIopsConfiguration}.
     */
    public OpenZFSConfiguration diskIopsConfiguration(Value<DiskIopsConfiguration> value) {
      return set("DiskIopsConfiguration", value);
    }

    /**
     * (Multi-AZ only) Specifies the IPv4 address range in which the endpoints to access your file
     * system will be created. By default in the Amazon FSx API and Amazon FSx console, Amazon FSx
     * selects an available /28 IP address range for you from one of the VPC's CIDR ranges. You can
     * have overlapping endpoint IP addresses for file systems deployed in the same VPC/route
     * tables, as long as they don't overlap with any subnet.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EndpointIpAddressRange}.
     */
    public OpenZFSConfiguration endpointIpAddressRange(String value) {
      return set("EndpointIpAddressRange", Value.of(value));
    }

    /**
     * Sets {@code EndpointIpAddressRange} to this value; see {@link
     * #endpointIpAddressRange(String)}.
     */
    public OpenZFSConfiguration endpointIpAddressRange(Value<String> value) {
      return set("EndpointIpAddressRange", value);
    }

    /**
     * (Multi-AZ only) Specifies the IP address range in which the endpoints to access your file
     * system will be created. By default in the Amazon FSx API and Amazon FSx console, Amazon FSx
     * selects an available /118 IP address range for you from one of the VPC's CIDR ranges. You can
     * have overlapping endpoint IP addresses for file systems deployed in the same VPC/route
     * tables, as long as they don't overlap with any subnet.
     *
     * <p>CloudFormation property {@code EndpointIpv6AddressRange}.
     */
    public OpenZFSConfiguration endpointIpv6AddressRange(String value) {
      return set("EndpointIpv6AddressRange", Value.of(value));
    }

    /**
     * Sets {@code EndpointIpv6AddressRange} to this value; see {@link
     * #endpointIpv6AddressRange(String)}.
     */
    public OpenZFSConfiguration endpointIpv6AddressRange(Value<String> value) {
      return set("EndpointIpv6AddressRange", value);
    }

    /**
     * To delete a file system if there are child volumes present below the root volume, use the
     * string <code>DELETE_CHILD_VOLUMES_AND_SNAPSHOTS</code> . If your file system has child
     * volumes and you don't use this option, the delete request will fail.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public OpenZFSConfiguration options(List<String> value) {
      return set("Options", Value.listOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(List)}. */
    public OpenZFSConfiguration options(Value<List<String>> value) {
      return set("Options", value);
    }

    /**
     * Required when <code>DeploymentType</code> is set to <code>MULTI_AZ_1</code> . This specifies
     * the subnet in which you want the preferred file server to be located.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PreferredSubnetId}.
     */
    public OpenZFSConfiguration preferredSubnetId(String value) {
      return set("PreferredSubnetId", Value.of(value));
    }

    /** Sets {@code PreferredSubnetId} to this value; see {@link #preferredSubnetId(String)}. */
    public OpenZFSConfiguration preferredSubnetId(Value<String> value) {
      return set("PreferredSubnetId", value);
    }

    /**
     * Specifies the optional provisioned SSD read cache on file systems that use the
     * Intelligent-Tiering storage class.
     *
     * <p>CloudFormation property {@code ReadCacheConfiguration}.
     */
    public OpenZFSConfiguration readCacheConfiguration(Value<ReadCacheConfiguration> value) {
      return set("ReadCacheConfiguration", value);
    }

    /**
     * The configuration Amazon FSx uses when creating the root value of the Amazon FSx for OpenZFS
     * file system. All volumes are children of the root volume.
     *
     * <p>CloudFormation property {@code RootVolumeConfiguration}.
     */
    public OpenZFSConfiguration rootVolumeConfiguration(Value<RootVolumeConfiguration> value) {
      return set("RootVolumeConfiguration", value);
    }

    /**
     * (Multi-AZ only) Specifies the route tables in which Amazon FSx creates the rules for routing
     * traffic to the correct file server. You should specify all virtual private cloud (VPC) route
     * tables associated with the subnets in which your clients are located. By default, Amazon FSx
     * selects your VPC's default route table.
     *
     * <p>CloudFormation property {@code RouteTableIds}.
     */
    public OpenZFSConfiguration routeTableIds(List<String> value) {
      return set("RouteTableIds", Value.listOf(value));
    }

    /** Sets {@code RouteTableIds} to this value; see {@link #routeTableIds(List)}. */
    public OpenZFSConfiguration routeTableIds(Value<List<String>> value) {
      return set("RouteTableIds", value);
    }

    /**
     * Specifies the throughput of an Amazon FSx for OpenZFS file system, measured in megabytes per
     * second (MBps). Required if you are creating a new file system.
     *
     * <p>Valid values depend on the <code>DeploymentType</code> that you choose, as follows:
     *
     * <ul> <li>For <code>MULTI_AZ_1</code> and <code>SINGLE_AZ_2</code> , valid values are 160,
     * 320, 640, 1280, 2560, 3840, 5120, 7680, or 10240 MBps. <li>For <code>SINGLE_AZ_1</code> ,
     * valid values are 64, 128, 256, 512, 1024, 2048, 3072, or 4096 MBps. </ul>
     *
     * <p>You pay for additional throughput capacity that you provision.
     *
     * <p>CloudFormation property {@code ThroughputCapacity}.
     */
    public OpenZFSConfiguration throughputCapacity(int value) {
      return set("ThroughputCapacity", Value.of(value));
    }

    /** Sets {@code ThroughputCapacity} to this value; see {@link #throughputCapacity(int)}. */
    public OpenZFSConfiguration throughputCapacity(Value<Integer> value) {
      return set("ThroughputCapacity", value);
    }

    /**
     * The preferred start time to perform weekly maintenance, formatted d:HH:MM in the UTC time
     * zone, where d is the weekday number, from 1 through 7, beginning with Monday and ending with
     * Sunday.
     *
     * <p>For example, <code>1:05:00</code> specifies maintenance at 5 AM Monday.
     *
     * <p>CloudFormation property {@code WeeklyMaintenanceStartTime}.
     */
    public OpenZFSConfiguration weeklyMaintenanceStartTime(String value) {
      return set("WeeklyMaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code WeeklyMaintenanceStartTime} to this value; see {@link
     * #weeklyMaintenanceStartTime(String)}.
     */
    public OpenZFSConfiguration weeklyMaintenanceStartTime(Value<String> value) {
      return set("WeeklyMaintenanceStartTime", value);
    }
  }

  /**
   * The configuration for the optional provisioned SSD read cache on Amazon FSx for OpenZFS file
   * systems that use the Intelligent-Tiering storage class.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.ReadCacheConfiguration}.
   */
  public static final class ReadCacheConfiguration extends Struct<ReadCacheConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.ReadCacheConfiguration");

    public ReadCacheConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required if <code>SizingMode</code> is set to <code>USER_PROVISIONED</code> . Specifies the
     * size of the file system's SSD read cache, in gibibytes (GiB).
     *
     * <p>CloudFormation property {@code SizeGiB}.
     */
    public ReadCacheConfiguration sizeGiB(int value) {
      return set("SizeGiB", Value.of(value));
    }

    /** Sets {@code SizeGiB} to this value; see {@link #sizeGiB(int)}. */
    public ReadCacheConfiguration sizeGiB(Value<Integer> value) {
      return set("SizeGiB", value);
    }

    /**
     * Specifies how the provisioned SSD read cache is sized, as follows:
     *
     * <ul> <li>Set to <code>NO_CACHE</code> if you do not want to use an SSD read cache with your
     * Intelligent-Tiering file system. <li>Set to <code>USER_PROVISIONED</code> to specify the
     * exact size of your SSD read cache. <li>Set to
     * <code>PROPORTIONAL_TO_THROUGHPUT_CAPACITY</code> to have your SSD read cache automatically
     * sized based on your throughput capacity. </ul>
     *
     * <p>CloudFormation property {@code SizingMode}.
     */
    public ReadCacheConfiguration sizingMode(String value) {
      return set("SizingMode", Value.of(value));
    }

    /** Sets {@code SizingMode} to this value; see {@link #sizingMode(String)}. */
    public ReadCacheConfiguration sizingMode(Value<String> value) {
      return set("SizingMode", value);
    }
  }

  /**
   * The configuration of an Amazon FSx for OpenZFS root volume.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.RootVolumeConfiguration}.
   */
  public static final class RootVolumeConfiguration extends Struct<RootVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.RootVolumeConfiguration");

    public RootVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * A Boolean value indicating whether tags for the volume should be copied to snapshots of the
     * volume. This value defaults to <code>false</code> . If it's set to <code>true</code> , all
     * tags for the volume are copied to snapshots where the user doesn't specify tags. If this
     * value is <code>true</code> and you specify one or more tags, only the specified tags are
     * copied to snapshots. If you specify one or more tags when creating the snapshot, no tags are
     * copied from the volume, regardless of this value.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CopyTagsToSnapshots}.
     */
    public RootVolumeConfiguration copyTagsToSnapshots(boolean value) {
      return set("CopyTagsToSnapshots", Value.of(value));
    }

    /**
     * Sets {@code CopyTagsToSnapshots} to this value; see {@link #copyTagsToSnapshots(boolean)}.
     */
    public RootVolumeConfiguration copyTagsToSnapshots(Value<Boolean> value) {
      return set("CopyTagsToSnapshots", value);
    }

    /**
     * Specifies the method used to compress the data on the volume. The compression type is
     * <code>NONE</code> by default.
     *
     * <ul> <li><code>NONE</code> - Doesn't compress the data on the volume. <code>NONE</code> is
     * the default. <li><code>ZSTD</code> - Compresses the data in the volume using the Zstandard
     * (ZSTD) compression algorithm. Compared to LZ4, Z-Standard provides a better compression ratio
     * to minimize on-disk storage utilization. <li><code>LZ4</code> - Compresses the data in the
     * volume using the LZ4 compression algorithm. Compared to Z-Standard, LZ4 is less
     * compute-intensive and delivers higher write throughput speeds. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DataCompressionType}.
     */
    public RootVolumeConfiguration dataCompressionType(String value) {
      return set("DataCompressionType", Value.of(value));
    }

    /** Sets {@code DataCompressionType} to this value; see {@link #dataCompressionType(String)}. */
    public RootVolumeConfiguration dataCompressionType(Value<String> value) {
      return set("DataCompressionType", value);
    }

    /**
     * The configuration object for mounting a file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NfsExports}.
     */
    public RootVolumeConfiguration nfsExports(List<NfsExports> value) {
      return set("NfsExports", Value.listOf(value));
    }

    /** Sets {@code NfsExports} to this value; see {@link #nfsExports(List)}. */
    public RootVolumeConfiguration nfsExports(Value<List<NfsExports>> value) {
      return set("NfsExports", value);
    }

    /** Sets {@code NfsExports} to a list of these; see {@link #nfsExports(List)}. */
    public RootVolumeConfiguration nfsExports(NfsExports... values) {
      return set("NfsExports", Value.list(values));
    }

    /**
     * A Boolean value indicating whether the volume is read-only. Setting this value to
     * <code>true</code> can be useful after you have completed changes to a volume and no longer
     * want changes to occur.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ReadOnly}.
     */
    public RootVolumeConfiguration readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public RootVolumeConfiguration readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * Specifies the record size of an OpenZFS root volume, in kibibytes (KiB). Valid values are 4,
     * 8, 16, 32, 64, 128, 256, 512, or 1024 KiB. The default is 128 KiB. Most workloads should use
     * the default record size. Database workflows can benefit from a smaller record size, while
     * streaming workflows can benefit from a larger record size. For additional guidance on setting
     * a custom record size, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/performance.html#performance-tips-zfs">Tips
     * for maximizing performance</a> in the <em>Amazon FSx for OpenZFS User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RecordSizeKiB}.
     */
    public RootVolumeConfiguration recordSizeKiB(int value) {
      return set("RecordSizeKiB", Value.of(value));
    }

    /** Sets {@code RecordSizeKiB} to this value; see {@link #recordSizeKiB(int)}. */
    public RootVolumeConfiguration recordSizeKiB(Value<Integer> value) {
      return set("RecordSizeKiB", value);
    }

    /**
     * An object specifying how much storage users or groups can use on the volume.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code UserAndGroupQuotas}.
     */
    public RootVolumeConfiguration userAndGroupQuotas(List<UserAndGroupQuotas> value) {
      return set("UserAndGroupQuotas", Value.listOf(value));
    }

    /** Sets {@code UserAndGroupQuotas} to this value; see {@link #userAndGroupQuotas(List)}. */
    public RootVolumeConfiguration userAndGroupQuotas(Value<List<UserAndGroupQuotas>> value) {
      return set("UserAndGroupQuotas", value);
    }

    /**
     * Sets {@code UserAndGroupQuotas} to a list of these; see {@link #userAndGroupQuotas(List)}.
     */
    public RootVolumeConfiguration userAndGroupQuotas(UserAndGroupQuotas... values) {
      return set("UserAndGroupQuotas", Value.list(values));
    }
  }

  /**
   * The configuration that Amazon FSx uses to join a FSx for Windows File Server file system or an
   * FSx for ONTAP storage virtual machine (SVM) to a self-managed (including on-premises) Microsoft
   * Active Directory (AD) directory. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/self-managed-AD.html">Using Amazon
   * FSx for Windows with your self-managed Microsoft Active Directory</a> or <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-svms.html">Managing FSx for
   * ONTAP SVMs</a> .
   *
   * <p>Property type {@code AWS::FSx::FileSystem.SelfManagedActiveDirectoryConfiguration}.
   */
  public static final class SelfManagedActiveDirectoryConfiguration extends Struct<SelfManagedActiveDirectoryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.SelfManagedActiveDirectoryConfiguration");

    public SelfManagedActiveDirectoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of up to three IP addresses of DNS servers or domain controllers in the self-managed
     * AD directory.
     *
     * <p>CloudFormation property {@code DnsIps}.
     */
    public SelfManagedActiveDirectoryConfiguration dnsIps(List<String> value) {
      return set("DnsIps", Value.listOf(value));
    }

    /** Sets {@code DnsIps} to this value; see {@link #dnsIps(List)}. */
    public SelfManagedActiveDirectoryConfiguration dnsIps(Value<List<String>> value) {
      return set("DnsIps", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret containing the self-managed
     * Active Directory domain join service account credentials. When provided, Amazon FSx uses the
     * credentials stored in this secret to join the file system to your self-managed Active
     * Directory domain.
     *
     * <p>The secret must contain two key-value pairs:
     *
     * <ul> <li><code>CUSTOMER_MANAGED_ACTIVE_DIRECTORY_USERNAME</code> - The username for the
     * service account <li><code>CUSTOMER_MANAGED_ACTIVE_DIRECTORY_PASSWORD</code> - The password
     * for the service account </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/self-manage-prereqs.html">Using
     * Amazon FSx for Windows with your self-managed Microsoft Active Directory</a> or <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/self-manage-prereqs.html">Using
     * Amazon FSx for ONTAP with your self-managed Microsoft Active Directory</a> .
     *
     * <p>CloudFormation property {@code DomainJoinServiceAccountSecret}.
     */
    public SelfManagedActiveDirectoryConfiguration domainJoinServiceAccountSecret(String value) {
      return set("DomainJoinServiceAccountSecret", Value.of(value));
    }

    /**
     * Sets {@code DomainJoinServiceAccountSecret} to this value; see {@link
     * #domainJoinServiceAccountSecret(String)}.
     */
    public SelfManagedActiveDirectoryConfiguration domainJoinServiceAccountSecret(Value<String> value) {
      return set("DomainJoinServiceAccountSecret", value);
    }

    /**
     * The fully qualified domain name of the self-managed AD directory, such as
     * <code>corp.example.com</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DomainName}.
     */
    public SelfManagedActiveDirectoryConfiguration domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public SelfManagedActiveDirectoryConfiguration domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * (Optional) The name of the domain group whose members are granted administrative privileges
     * for the file system. Administrative privileges include taking ownership of files and folders,
     * setting audit controls (audit ACLs) on files and folders, and administering the file system
     * remotely by using the FSx Remote PowerShell. The group that you specify must already exist in
     * your domain. If you don't provide one, your AD domain's Domain Admins group is used.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * FileSystemAdministratorsGroup}.
     */
    public SelfManagedActiveDirectoryConfiguration fileSystemAdministratorsGroup(String value) {
      return set("FileSystemAdministratorsGroup", Value.of(value));
    }

    /**
     * Sets {@code FileSystemAdministratorsGroup} to this value; see {@link
     * #fileSystemAdministratorsGroup(String)}.
     */
    public SelfManagedActiveDirectoryConfiguration fileSystemAdministratorsGroup(Value<String> value) {
      return set("FileSystemAdministratorsGroup", value);
    }

    /**
     * (Optional) The fully qualified distinguished name of the organizational unit within your
     * self-managed AD directory. Amazon FSx only accepts OU as the direct parent of the file
     * system. An example is <code>OU=FSx,DC=yourdomain,DC=corp,DC=com</code> . To learn more, see
     * <a href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc2253">RFC 2253</a> . If
     * none is provided, the FSx file system is created in the default location of your self-managed
     * AD directory.
     *
     * <p>Only Organizational Unit (OU) objects can be the direct parent of the file system that
     * you're creating.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * OrganizationalUnitDistinguishedName}.
     */
    public SelfManagedActiveDirectoryConfiguration organizationalUnitDistinguishedName(String value) {
      return set("OrganizationalUnitDistinguishedName", Value.of(value));
    }

    /**
     * Sets {@code OrganizationalUnitDistinguishedName} to this value; see {@link
     * #organizationalUnitDistinguishedName(String)}.
     */
    public SelfManagedActiveDirectoryConfiguration organizationalUnitDistinguishedName(Value<String> value) {
      return set("OrganizationalUnitDistinguishedName", value);
    }

    /**
     * The password for the service account on your self-managed AD domain that Amazon FSx will use
     * to join to your AD domain.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public SelfManagedActiveDirectoryConfiguration password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public SelfManagedActiveDirectoryConfiguration password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The user name for the service account on your self-managed AD domain that Amazon FSx will use
     * to join to your AD domain. This account must have the permission to join computers to the
     * domain in the organizational unit provided in
     * <code>OrganizationalUnitDistinguishedName</code> , or in the default location of your AD
     * domain.
     *
     * <p>CloudFormation property {@code UserName}.
     */
    public SelfManagedActiveDirectoryConfiguration userName(String value) {
      return set("UserName", Value.of(value));
    }

    /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
    public SelfManagedActiveDirectoryConfiguration userName(Value<String> value) {
      return set("UserName", value);
    }
  }

  /**
   * Used to configure quotas that define how much storage a user or group can use on an FSx for
   * OpenZFS volume. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/managing-volumes.html#volume-properties">Volume
   * properties</a> in the FSx for OpenZFS User Guide.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.UserAndGroupQuotas}.
   */
  public static final class UserAndGroupQuotas extends Struct<UserAndGroupQuotas> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::FileSystem.UserAndGroupQuotas");

    public UserAndGroupQuotas() {
      super(SCHEMA);
    }

    /**
     * The ID of the user or group that the quota applies to.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public UserAndGroupQuotas id(int value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(int)}. */
    public UserAndGroupQuotas id(Value<Integer> value) {
      return set("Id", value);
    }

    /**
     * The user or group's storage quota, in gibibytes (GiB).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * StorageCapacityQuotaGiB}.
     */
    public UserAndGroupQuotas storageCapacityQuotaGiB(int value) {
      return set("StorageCapacityQuotaGiB", Value.of(value));
    }

    /**
     * Sets {@code StorageCapacityQuotaGiB} to this value; see {@link
     * #storageCapacityQuotaGiB(int)}.
     */
    public UserAndGroupQuotas storageCapacityQuotaGiB(Value<Integer> value) {
      return set("StorageCapacityQuotaGiB", value);
    }

    /**
     * Specifies whether the quota applies to a user or group.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Type}.
     */
    public UserAndGroupQuotas type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public UserAndGroupQuotas type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The Microsoft Windows configuration for the file system that's being created.
   *
   * <p>Property type {@code AWS::FSx::FileSystem.WindowsConfiguration}.
   */
  public static final class WindowsConfiguration extends Struct<WindowsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileSystem.WindowsConfiguration")
        .required("ThroughputCapacity")
        .build();

    public WindowsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID for an existing AWS Managed Microsoft Active Directory (AD) instance that the file
     * system should join when it's created. Required if you are joining the file system to an
     * existing AWS Managed Microsoft AD.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ActiveDirectoryId}.
     */
    public WindowsConfiguration activeDirectoryId(String value) {
      return set("ActiveDirectoryId", Value.of(value));
    }

    /** Sets {@code ActiveDirectoryId} to this value; see {@link #activeDirectoryId(String)}. */
    public WindowsConfiguration activeDirectoryId(Value<String> value) {
      return set("ActiveDirectoryId", value);
    }

    /**
     * An array of one or more DNS alias names that you want to associate with the Amazon FSx file
     * system. Aliases allow you to use existing DNS names to access the data in your Amazon FSx
     * file system. You can associate up to 50 aliases with a file system at any time.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/managing-dns-aliases.html">Working
     * with DNS Aliases</a> and <a
     * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/walkthrough05-file-system-custom-CNAME.html">Walkthrough
     * 5: Using DNS aliases to access your file system</a> , including additional steps you must
     * take to be able to access your file system using a DNS alias.
     *
     * <p>An alias name has to meet the following requirements:
     *
     * <ul> <li>Formatted as a fully-qualified domain name (FQDN), <code>hostname.domain</code> ,
     * for example, <code>accounting.example.com</code> . <li>Can contain alphanumeric characters,
     * the underscore (_), and the hyphen (-). <li>Cannot start or end with a hyphen. <li>Can start
     * with a numeric. </ul>
     *
     * <p>For DNS alias names, Amazon FSx stores alphabetical characters as lowercase letters (a-z),
     * regardless of how you specify them: as uppercase letters, lowercase letters, or the
     * corresponding letters in escape codes.
     *
     * <p>CloudFormation property {@code Aliases}.
     */
    public WindowsConfiguration aliases(List<String> value) {
      return set("Aliases", Value.listOf(value));
    }

    /** Sets {@code Aliases} to this value; see {@link #aliases(List)}. */
    public WindowsConfiguration aliases(Value<List<String>> value) {
      return set("Aliases", value);
    }

    /**
     * The configuration that Amazon FSx for Windows File Server uses to audit and log user accesses
     * of files, folders, and file shares on the Amazon FSx for Windows File Server file system.
     *
     * <p>CloudFormation property {@code AuditLogConfiguration}.
     */
    public WindowsConfiguration auditLogConfiguration(Value<AuditLogConfiguration> value) {
      return set("AuditLogConfiguration", value);
    }

    /**
     * The number of days to retain automatic backups. Setting this property to <code>0</code>
     * disables automatic backups. You can retain automatic backups for a maximum of 90 days. The
     * default is <code>30</code> .
     *
     * <p>CloudFormation property {@code AutomaticBackupRetentionDays}.
     */
    public WindowsConfiguration automaticBackupRetentionDays(int value) {
      return set("AutomaticBackupRetentionDays", Value.of(value));
    }

    /**
     * Sets {@code AutomaticBackupRetentionDays} to this value; see {@link
     * #automaticBackupRetentionDays(int)}.
     */
    public WindowsConfiguration automaticBackupRetentionDays(Value<Integer> value) {
      return set("AutomaticBackupRetentionDays", value);
    }

    /**
     * A boolean flag indicating whether tags for the file system should be copied to backups. This
     * value defaults to false. If it's set to true, all tags for the file system are copied to all
     * automatic and user-initiated backups where the user doesn't specify tags. If this value is
     * true, and you specify one or more tags, only the specified tags are copied to backups. If you
     * specify one or more tags when creating a user-initiated backup, no tags are copied from the
     * file system, regardless of this value.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CopyTagsToBackups}.
     */
    public WindowsConfiguration copyTagsToBackups(boolean value) {
      return set("CopyTagsToBackups", Value.of(value));
    }

    /** Sets {@code CopyTagsToBackups} to this value; see {@link #copyTagsToBackups(boolean)}. */
    public WindowsConfiguration copyTagsToBackups(Value<Boolean> value) {
      return set("CopyTagsToBackups", value);
    }

    /**
     * A recurring daily time, in the format <code>HH:MM</code> . <code>HH</code> is the zero-padded
     * hour of the day (0-23), and <code>MM</code> is the zero-padded minute of the hour. For
     * example, <code>05:00</code> specifies 5 AM daily.
     *
     * <p>CloudFormation property {@code DailyAutomaticBackupStartTime}.
     */
    public WindowsConfiguration dailyAutomaticBackupStartTime(String value) {
      return set("DailyAutomaticBackupStartTime", Value.of(value));
    }

    /**
     * Sets {@code DailyAutomaticBackupStartTime} to this value; see {@link
     * #dailyAutomaticBackupStartTime(String)}.
     */
    public WindowsConfiguration dailyAutomaticBackupStartTime(Value<String> value) {
      return set("DailyAutomaticBackupStartTime", value);
    }

    /**
     * Specifies the file system deployment type, valid values are the following:
     *
     * <ul> <li><code>MULTI_AZ_1</code> - Deploys a high availability file system that is configured
     * for Multi-AZ redundancy to tolerate temporary Availability Zone (AZ) unavailability. You can
     * only deploy a Multi-AZ file system in AWS Regions that have a minimum of three Availability
     * Zones. Also supports HDD storage type <li><code>SINGLE_AZ_1</code> - (Default) Choose to
     * deploy a file system that is configured for single AZ redundancy.
     * <li><code>SINGLE_AZ_2</code> - The latest generation Single AZ file system. Specifies a file
     * system that is configured for single AZ redundancy and supports HDD storage type. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/high-availability-multiAZ.html">Availability
     * and Durability: Single-AZ and Multi-AZ File Systems</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeploymentType}.
     */
    public WindowsConfiguration deploymentType(String value) {
      return set("DeploymentType", Value.of(value));
    }

    /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
    public WindowsConfiguration deploymentType(Value<String> value) {
      return set("DeploymentType", value);
    }

    /**
     * The SSD IOPS (input/output operations per second) configuration for an Amazon FSx for Windows
     * file system. By default, Amazon FSx automatically provisions 3 IOPS per GiB of storage
     * capacity. You can provision additional IOPS per GiB of storage, up to the maximum limit
     * associated with your chosen throughput capacity.
     *
     * <p>CloudFormation property {@code DiskIopsConfiguration}.
     */
    public WindowsConfiguration diskIopsConfiguration(Value<DiskIopsConfiguration> value) {
      return set("DiskIopsConfiguration", value);
    }

    /** CloudFormation property {@code FsrmConfiguration}. */
    public WindowsConfiguration fsrmConfiguration(Value<FsrmConfiguration> value) {
      return set("FsrmConfiguration", value);
    }

    /**
     * Required when <code>DeploymentType</code> is set to <code>MULTI_AZ_1</code> . This specifies
     * the subnet in which you want the preferred file server to be located. For in- AWS
     * applications, we recommend that you launch your clients in the same availability zone as your
     * preferred file server to reduce cross-availability zone data transfer costs and minimize
     * latency.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PreferredSubnetId}.
     */
    public WindowsConfiguration preferredSubnetId(String value) {
      return set("PreferredSubnetId", Value.of(value));
    }

    /** Sets {@code PreferredSubnetId} to this value; see {@link #preferredSubnetId(String)}. */
    public WindowsConfiguration preferredSubnetId(Value<String> value) {
      return set("PreferredSubnetId", value);
    }

    /**
     * The configuration that Amazon FSx uses to join a FSx for Windows File Server file system or
     * an FSx for ONTAP storage virtual machine (SVM) to a self-managed (including on-premises)
     * Microsoft Active Directory (AD) directory. For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/self-managed-AD.html">Using Amazon
     * FSx for Windows with your self-managed Microsoft Active Directory</a> or <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-svms.html">Managing FSx for
     * ONTAP SVMs</a> .
     *
     * <p>CloudFormation property {@code SelfManagedActiveDirectoryConfiguration}.
     */
    public WindowsConfiguration selfManagedActiveDirectoryConfiguration(Value<SelfManagedActiveDirectoryConfiguration> value) {
      return set("SelfManagedActiveDirectoryConfiguration", value);
    }

    /**
     * Sets the throughput capacity of an Amazon FSx file system, measured in megabytes per second
     * (MB/s), in 2 to the <em>n</em> th increments, between 2^3 (8) and 2^11 (2048).
     *
     * <p>To increase storage capacity, a file system must have a minimum throughput capacity of 16
     * MB/s.
     *
     * <p>Required. CloudFormation property {@code ThroughputCapacity}.
     */
    public WindowsConfiguration throughputCapacity(int value) {
      return set("ThroughputCapacity", Value.of(value));
    }

    /** Sets {@code ThroughputCapacity} to this value; see {@link #throughputCapacity(int)}. */
    public WindowsConfiguration throughputCapacity(Value<Integer> value) {
      return set("ThroughputCapacity", value);
    }

    /**
     * The preferred start time to perform weekly maintenance, formatted d:HH:MM in the UTC time
     * zone, where d is the weekday number, from 1 through 7, beginning with Monday and ending with
     * Sunday.
     *
     * <p>CloudFormation property {@code WeeklyMaintenanceStartTime}.
     */
    public WindowsConfiguration weeklyMaintenanceStartTime(String value) {
      return set("WeeklyMaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code WeeklyMaintenanceStartTime} to this value; see {@link
     * #weeklyMaintenanceStartTime(String)}.
     */
    public WindowsConfiguration weeklyMaintenanceStartTime(Value<String> value) {
      return set("WeeklyMaintenanceStartTime", value);
    }
  }
}
