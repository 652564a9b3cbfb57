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
 * Creates an FSx for ONTAP or Amazon FSx for OpenZFS storage volume.
 *
 * <p>CloudFormation type {@code AWS::FSx::Volume}.
 */
public final class Volume extends Resource<Volume> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume")
      .required("Name")
      .constrain("BackupId", Constraint.of().pattern("^(backup-[0-9a-f]{8,})$").minLength(12).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,203}$").minLength(1).maxLength(203))
      .allowed("VolumeType", "ONTAP", "OPENZFS")
      .refYields("VolumeId")
      .attributes("ResourceARN", "UUID", "VolumeId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Volume(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the ID of the volume backup to use to create a new volume.
   *
   * <p>Changing it replaces the resource. Length: 12 to 128 characters. Pattern: {@code
   * ^(backup-[0-9a-f]{8,})$}. CloudFormation property {@code BackupId}.
   */
  public Volume backupId(String value) {
    return set("BackupId", Value.of(value));
  }

  /** Sets {@code BackupId} to this value; see {@link #backupId(String)}. */
  public Volume backupId(Value<String> value) {
    return set("BackupId", value);
  }

  /**
   * The name of the volume.
   *
   * <p>Required. Length: 1 to 203 characters. Pattern: {@code
   * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,203}$}. CloudFormation property
   * {@code Name}.
   */
  public Volume name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Volume name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The configuration of an Amazon FSx for NetApp ONTAP volume.
   *
   * <p>CloudFormation property {@code OntapConfiguration}.
   */
  public Volume ontapConfiguration(Value<OntapConfiguration> value) {
    return set("OntapConfiguration", value);
  }

  /**
   * The configuration of an Amazon FSx for OpenZFS volume.
   *
   * <p>CloudFormation property {@code OpenZFSConfiguration}.
   */
  public Volume openZFSConfiguration(Value<OpenZFSConfiguration> value) {
    return set("OpenZFSConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Volume tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Volume tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Volume tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the volume.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ONTAP}, {@code OPENZFS}.
   * CloudFormation property {@code VolumeType}.
   */
  public Volume volumeType(String value) {
    return set("VolumeType", Value.of(value));
  }

  /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
  public Volume volumeType(Value<String> value) {
    return set("VolumeType", value);
  }

  /**
   * Returns the volume's Amazon Resource Name (ARN).
   *
   * <p>Example:
   * <code>arn:aws:fsx:us-east-2:111122223333:volume/fs-0123456789abcdef9/fsvol-01234567891112223</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * Returns the volume's universally unique identifier (UUID).
   *
   * <p>Example: <code>abcd0123-cd45-ef67-11aa-1111aaaa23bc</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code UUID}.
   */
  public Value<String> uuid() {
    return getAtt("UUID");
  }

  /**
   * Returns the volume's ID.
   *
   * <p>Example: <code>fsvol-0123456789abcdefa</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeId}.
   */
  public Value<String> volumeId() {
    return getAtt("VolumeId");
  }

  /**
   * Use to specify configuration options for a volume’s storage aggregate or aggregates.
   *
   * <p>Property type {@code AWS::FSx::Volume.AggregateConfiguration}.
   */
  public static final class AggregateConfiguration extends Struct<AggregateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.AggregateConfiguration")
        .constrain("Aggregates", Constraint.of().pattern("^(aggr[0-9]{1,2})$").minLength(5).maxLength(6))
        .constrain("ConstituentsPerAggregate", Constraint.of().minimum(1).maximum(200))
        .build();

    public AggregateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of aggregates that this volume resides on. Aggregates are storage pools which make
     * up your primary storage tier. Each high-availability (HA) pair has one aggregate. The names
     * of the aggregates map to the names of the aggregates in the ONTAP CLI and REST API. For
     * FlexVols, there will always be a single entry.
     *
     * <p>Amazon FSx responds with an HTTP status code 400 (Bad Request) for the following
     * conditions:
     *
     * <ul> <li>The strings in the value of <code>Aggregates</code> are not are not formatted as
     * <code>aggrX</code> , where X is a number between 1 and 12. <li>The value of
     * <code>Aggregates</code> contains aggregates that are not present. <li>One or more of the
     * aggregates supplied are too close to the volume limit to support adding more volumes. </ul>
     *
     * <p>Length: 5 to 6 characters. Pattern: {@code ^(aggr[0-9]{1,2})$}. CloudFormation property
     * {@code Aggregates}.
     */
    public AggregateConfiguration aggregates(List<String> value) {
      return set("Aggregates", Value.listOf(value));
    }

    /** Sets {@code Aggregates} to this value; see {@link #aggregates(List)}. */
    public AggregateConfiguration aggregates(Value<List<String>> value) {
      return set("Aggregates", value);
    }

    /**
     * Used to explicitly set the number of constituents within the FlexGroup per storage aggregate.
     * This field is optional when creating a FlexGroup volume. If unspecified, the default value
     * will be 8. This field cannot be provided when creating a FlexVol volume.
     *
     * <p>Range: 1 to 200. CloudFormation property {@code ConstituentsPerAggregate}.
     */
    public AggregateConfiguration constituentsPerAggregate(int value) {
      return set("ConstituentsPerAggregate", Value.of(value));
    }

    /**
     * Sets {@code ConstituentsPerAggregate} to this value; see {@link
     * #constituentsPerAggregate(int)}.
     */
    public AggregateConfiguration constituentsPerAggregate(Value<Integer> value) {
      return set("ConstituentsPerAggregate", value);
    }
  }

  /**
   * Sets the autocommit period of files in an FSx for ONTAP SnapLock volume, which determines how
   * long the files must remain unmodified before they're automatically transitioned to the write
   * once, read many (WORM) state.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/worm-state.html#worm-state-autocommit">Autocommit</a>
   * .
   *
   * <p>Property type {@code AWS::FSx::Volume.AutocommitPeriod}.
   */
  public static final class AutocommitPeriod extends Struct<AutocommitPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.AutocommitPeriod")
        .required("Type")
        .allowed("Type", "DAYS", "HOURS", "MINUTES", "MONTHS", "NONE", "YEARS")
        .constrain("Value", Constraint.of().minimum(1).maximum(65535))
        .build();

    public AutocommitPeriod() {
      super(SCHEMA);
    }

    /**
     * Defines the type of time for the autocommit period of a file in an FSx for ONTAP SnapLock
     * volume. Setting this value to <code>NONE</code> disables autocommit. The default value is
     * <code>NONE</code> .
     *
     * <p>Required. Allowed values: {@code DAYS}, {@code HOURS}, {@code MINUTES}, {@code MONTHS},
     * {@code NONE}, {@code YEARS}. CloudFormation property {@code Type}.
     */
    public AutocommitPeriod type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AutocommitPeriod type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Defines the amount of time for the autocommit period of a file in an FSx for ONTAP SnapLock
     * volume. The following ranges are valid:
     *
     * <ul> <li><code>Minutes</code> : 5 - 65,535 <li><code>Hours</code> : 1 - 65,535
     * <li><code>Days</code> : 1 - 3,650 <li><code>Months</code> : 1 - 120 <li><code>Years</code> :
     * 1 - 10 </ul>
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Value}.
     */
    public AutocommitPeriod value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public AutocommitPeriod value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies who can mount an OpenZFS file system and the options available while mounting the
   * file system.
   *
   * <p>Property type {@code AWS::FSx::Volume.ClientConfigurations}.
   */
  public static final class ClientConfigurations extends Struct<ClientConfigurations> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.ClientConfigurations")
        .required("Clients", "Options")
        .constrain("Clients", Constraint.of().pattern("^[ -~]{1,128}$").minLength(1).maxLength(128))
        .constrain("Options", Constraint.of().pattern("^[ -~]{1,128}$").minLength(1).maxLength(128))
        .build();

    public ClientConfigurations() {
      super(SCHEMA);
    }

    /**
     * A value that specifies who can mount the file system. You can provide a wildcard character (
     * <code>*</code> ), an IP address ( <code>0.0.0.0</code> ), or a CIDR address (
     * <code>192.0.2.0/24</code> ). By default, Amazon FSx uses the wildcard character when
     * specifying the client.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[ -~]{1,128}$}. CloudFormation
     * property {@code Clients}.
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
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[ -~]{1,128}$}. CloudFormation
     * property {@code Options}.
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
   * The configuration object for mounting a Network File System (NFS) file system.
   *
   * <p>Property type {@code AWS::FSx::Volume.NfsExports}.
   */
  public static final class NfsExports extends Struct<NfsExports> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.NfsExports")
        .required("ClientConfigurations")
        .build();

    public NfsExports() {
      super(SCHEMA);
    }

    /**
     * A list of configuration objects that contain the client and options for mounting the OpenZFS
     * file system.
     *
     * <p>Required. CloudFormation property {@code ClientConfigurations}.
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
   * Specifies the configuration of the ONTAP volume that you are creating.
   *
   * <p>Property type {@code AWS::FSx::Volume.OntapConfiguration}.
   */
  public static final class OntapConfiguration extends Struct<OntapConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.OntapConfiguration")
        .required("StorageVirtualMachineId")
        .constrain("JunctionPath", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,255}$").minLength(1).maxLength(255))
        .allowed("OntapVolumeType", "DP", "RW")
        .allowed("SecurityStyle", "MIXED", "NTFS", "UNIX")
        .constrain("SizeInBytes", Constraint.of().minimum(0).maximum(2.2517998E16))
        .constrain("SizeInMegabytes", Constraint.of().minimum(0).maximum(2147483647))
        .constrain("SnapshotPolicy", Constraint.of().minLength(1).maxLength(255))
        .constrain("StorageVirtualMachineId", Constraint.of().pattern("^(svm-[0-9a-f]{17,})$").minLength(21).maxLength(21))
        .allowed("VolumeStyle", "FLEXGROUP", "FLEXVOL")
        .build();

    public OntapConfiguration() {
      super(SCHEMA);
    }

    /**
     * Used to specify the configuration options for an FSx for ONTAP volume's storage aggregate or
     * aggregates.
     *
     * <p>CloudFormation property {@code AggregateConfiguration}.
     */
    public OntapConfiguration aggregateConfiguration(Value<AggregateConfiguration> value) {
      return set("AggregateConfiguration", value);
    }

    /**
     * A boolean flag indicating whether tags for the volume should be copied to backups. This value
     * defaults to false. If it's set to true, all tags for the volume are copied to all automatic
     * and user-initiated backups where the user doesn't specify tags. If this value is true, and
     * you specify one or more tags, only the specified tags are copied to backups. If you specify
     * one or more tags when creating a user-initiated backup, no tags are copied from the volume,
     * regardless of this value.
     *
     * <p>CloudFormation property {@code CopyTagsToBackups}.
     */
    public OntapConfiguration copyTagsToBackups(String value) {
      return set("CopyTagsToBackups", Value.of(value));
    }

    /** Sets {@code CopyTagsToBackups} to this value; see {@link #copyTagsToBackups(String)}. */
    public OntapConfiguration copyTagsToBackups(Value<String> value) {
      return set("CopyTagsToBackups", value);
    }

    /**
     * Specifies the location in the SVM's namespace where the volume is mounted. This parameter is
     * required. The <code>JunctionPath</code> must have a leading forward slash, such as
     * <code>/vol3</code> .
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,255}$}. CloudFormation property
     * {@code JunctionPath}.
     */
    public OntapConfiguration junctionPath(String value) {
      return set("JunctionPath", Value.of(value));
    }

    /** Sets {@code JunctionPath} to this value; see {@link #junctionPath(String)}. */
    public OntapConfiguration junctionPath(Value<String> value) {
      return set("JunctionPath", value);
    }

    /**
     * Specifies the type of volume you are creating. Valid values are the following:
     *
     * <ul> <li><code>RW</code> specifies a read/write volume. <code>RW</code> is the default.
     * <li><code>DP</code> specifies a data-protection volume. A <code>DP</code> volume is read-only
     * and can be used as the destination of a NetApp SnapMirror relationship. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-volumes.html#volume-types">Volume
     * types</a> in the Amazon FSx for NetApp ONTAP User Guide.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code DP}, {@code RW}. CloudFormation
     * property {@code OntapVolumeType}.
     */
    public OntapConfiguration ontapVolumeType(String value) {
      return set("OntapVolumeType", Value.of(value));
    }

    /** Sets {@code OntapVolumeType} to this value; see {@link #ontapVolumeType(String)}. */
    public OntapConfiguration ontapVolumeType(Value<String> value) {
      return set("OntapVolumeType", value);
    }

    /**
     * Specifies the security style for the volume. If a volume's security style is not specified,
     * it is automatically set to the root volume's security style. The security style determines
     * the type of permissions that FSx for ONTAP uses to control data access. Specify one of the
     * following values:
     *
     * <ul> <li><code>UNIX</code> if the file system is managed by a UNIX administrator, the
     * majority of users are NFS clients, and an application accessing the data uses a UNIX user as
     * the service account. <li><code>NTFS</code> if the file system is managed by a Windows
     * administrator, the majority of users are SMB clients, and an application accessing the data
     * uses a Windows user as the service account. <li><code>MIXED</code> This is an advanced
     * setting. For more information, see the topic <a
     * href="https://docs.aws.amazon.com/https://docs.netapp.com/us-en/ontap/nfs-admin/security-styles-their-effects-concept.html">What
     * the security styles and their effects are</a> in the NetApp Documentation Center. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-volumes.html#volume-security-style">Volume
     * security style</a> in the FSx for ONTAP User Guide.
     *
     * <p>Allowed values: {@code MIXED}, {@code NTFS}, {@code UNIX}. CloudFormation property {@code
     * SecurityStyle}.
     */
    public OntapConfiguration securityStyle(String value) {
      return set("SecurityStyle", Value.of(value));
    }

    /** Sets {@code SecurityStyle} to this value; see {@link #securityStyle(String)}. */
    public OntapConfiguration securityStyle(Value<String> value) {
      return set("SecurityStyle", value);
    }

    /**
     * Specifies the configured size of the volume, in bytes.
     *
     * <p>Range: 0 to 2.2517998E16. CloudFormation property {@code SizeInBytes}.
     */
    public OntapConfiguration sizeInBytes(String value) {
      return set("SizeInBytes", Value.of(value));
    }

    /** Sets {@code SizeInBytes} to this value; see {@link #sizeInBytes(String)}. */
    public OntapConfiguration sizeInBytes(Value<String> value) {
      return set("SizeInBytes", value);
    }

    /**
     * Use <code>SizeInBytes</code> instead. Specifies the size of the volume, in megabytes (MB),
     * that you are creating.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code SizeInMegabytes}.
     */
    public OntapConfiguration sizeInMegabytes(String value) {
      return set("SizeInMegabytes", Value.of(value));
    }

    /** Sets {@code SizeInMegabytes} to this value; see {@link #sizeInMegabytes(String)}. */
    public OntapConfiguration sizeInMegabytes(Value<String> value) {
      return set("SizeInMegabytes", value);
    }

    /**
     * The SnapLock configuration object for an FSx for ONTAP SnapLock volume.
     *
     * <p>CloudFormation property {@code SnaplockConfiguration}.
     */
    public OntapConfiguration snaplockConfiguration(Value<SnaplockConfiguration> value) {
      return set("SnaplockConfiguration", value);
    }

    /**
     * Specifies the snapshot policy for the volume. There are three built-in snapshot policies:
     *
     * <ul> <li><code>default</code> : This is the default policy. A maximum of six hourly snapshots
     * taken five minutes past the hour. A maximum of two daily snapshots taken Monday through
     * Saturday at 10 minutes after midnight. A maximum of two weekly snapshots taken every Sunday
     * at 15 minutes after midnight. <li><code>default-1weekly</code> : This policy is the same as
     * the <code>default</code> policy except that it only retains one snapshot from the weekly
     * schedule. <li><code>none</code> : This policy does not take any snapshots. This policy can be
     * assigned to volumes to prevent automatic snapshots from being taken. </ul>
     *
     * <p>You can also provide the name of a custom policy that you created with the ONTAP CLI or
     * REST API.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snapshots-ontap.html#snapshot-policies">Snapshot
     * policies</a> in the Amazon FSx for NetApp ONTAP User Guide.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SnapshotPolicy}.
     */
    public OntapConfiguration snapshotPolicy(String value) {
      return set("SnapshotPolicy", Value.of(value));
    }

    /** Sets {@code SnapshotPolicy} to this value; see {@link #snapshotPolicy(String)}. */
    public OntapConfiguration snapshotPolicy(Value<String> value) {
      return set("SnapshotPolicy", value);
    }

    /**
     * Set to true to enable deduplication, compression, and compaction storage efficiency features
     * on the volume, or set to false to disable them.
     *
     * <p><code>StorageEfficiencyEnabled</code> is required when creating a <code>RW</code> volume (
     * <code>OntapVolumeType</code> set to <code>RW</code> ).
     *
     * <p>CloudFormation property {@code StorageEfficiencyEnabled}.
     */
    public OntapConfiguration storageEfficiencyEnabled(String value) {
      return set("StorageEfficiencyEnabled", Value.of(value));
    }

    /**
     * Sets {@code StorageEfficiencyEnabled} to this value; see {@link
     * #storageEfficiencyEnabled(String)}.
     */
    public OntapConfiguration storageEfficiencyEnabled(Value<String> value) {
      return set("StorageEfficiencyEnabled", value);
    }

    /**
     * Specifies the ONTAP SVM in which to create the volume.
     *
     * <p>Required. Changing it replaces the resource. Length: 21 to 21 characters. Pattern: {@code
     * ^(svm-[0-9a-f]{17,})$}. CloudFormation property {@code StorageVirtualMachineId}.
     */
    public OntapConfiguration storageVirtualMachineId(String value) {
      return set("StorageVirtualMachineId", Value.of(value));
    }

    /**
     * Sets {@code StorageVirtualMachineId} to this value; see {@link
     * #storageVirtualMachineId(String)}.
     */
    public OntapConfiguration storageVirtualMachineId(Value<String> value) {
      return set("StorageVirtualMachineId", value);
    }

    /**
     * Describes the data tiering policy for an ONTAP volume. When enabled, Amazon FSx for ONTAP's
     * intelligent tiering automatically transitions a volume's data between the file system's
     * primary storage and capacity pool storage based on your access patterns.
     *
     * <p>Valid tiering policies are the following:
     *
     * <ul> <li><code>SNAPSHOT_ONLY</code> - (Default value) moves cold snapshots to the capacity
     * pool storage tier. </ul>
     *
     * <ul> <li><code>AUTO</code> - moves cold user data and snapshots to the capacity pool storage
     * tier based on your access patterns. </ul>
     *
     * <ul> <li><code>ALL</code> - moves all user data blocks in both the active file system and
     * Snapshot copies to the storage pool tier. </ul>
     *
     * <ul> <li><code>NONE</code> - keeps a volume's data in the primary storage tier, preventing it
     * from being moved to the capacity pool tier. </ul>
     *
     * <p>CloudFormation property {@code TieringPolicy}.
     */
    public OntapConfiguration tieringPolicy(Value<TieringPolicy> value) {
      return set("TieringPolicy", value);
    }

    /**
     * Use to specify the style of an ONTAP volume. FSx for ONTAP offers two styles of volumes that
     * you can use for different purposes, FlexVol and FlexGroup volumes. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-volumes.html#volume-styles">Volume
     * styles</a> in the Amazon FSx for NetApp ONTAP User Guide.
     *
     * <p>Allowed values: {@code FLEXGROUP}, {@code FLEXVOL}. CloudFormation property {@code
     * VolumeStyle}.
     */
    public OntapConfiguration volumeStyle(String value) {
      return set("VolumeStyle", Value.of(value));
    }

    /** Sets {@code VolumeStyle} to this value; see {@link #volumeStyle(String)}. */
    public OntapConfiguration volumeStyle(Value<String> value) {
      return set("VolumeStyle", value);
    }
  }

  /**
   * Specifies the configuration of the Amazon FSx for OpenZFS volume that you are creating.
   *
   * <p>Property type {@code AWS::FSx::Volume.OpenZFSConfiguration}.
   */
  public static final class OpenZFSConfiguration extends Struct<OpenZFSConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.OpenZFSConfiguration")
        .required("ParentVolumeId")
        .allowed("DataCompressionType", "LZ4", "NONE", "ZSTD")
        .constrain("ParentVolumeId", Constraint.of().pattern("^(fsvol-[0-9a-f]{17,})$").minLength(23).maxLength(23))
        .constrain("RecordSizeKiB", Constraint.of().minimum(4).maximum(4096))
        .constrain("StorageCapacityQuotaGiB", Constraint.of().minimum(-1).maximum(2147483647))
        .constrain("StorageCapacityReservationGiB", Constraint.of().minimum(-1).maximum(2147483647))
        .build();

    public OpenZFSConfiguration() {
      super(SCHEMA);
    }

    /**
     * A Boolean value indicating whether tags for the volume should be copied to snapshots. This
     * value defaults to <code>false</code> . If this value is set to <code>true</code> , and you do
     * not specify any tags, all tags for the original volume are copied over to snapshots. If this
     * value is set to <code>true</code> , and you do specify one or more tags, only the specified
     * tags for the original volume are copied over to snapshots. If you specify one or more tags
     * when creating a new snapshot, no tags are copied over from the original volume, regardless of
     * this value.
     *
     * <p>CloudFormation property {@code CopyTagsToSnapshots}.
     */
    public OpenZFSConfiguration copyTagsToSnapshots(boolean value) {
      return set("CopyTagsToSnapshots", Value.of(value));
    }

    /**
     * Sets {@code CopyTagsToSnapshots} to this value; see {@link #copyTagsToSnapshots(boolean)}.
     */
    public OpenZFSConfiguration copyTagsToSnapshots(Value<Boolean> value) {
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
     * <p>Allowed values: {@code LZ4}, {@code NONE}, {@code ZSTD}. CloudFormation property {@code
     * DataCompressionType}.
     */
    public OpenZFSConfiguration dataCompressionType(String value) {
      return set("DataCompressionType", Value.of(value));
    }

    /** Sets {@code DataCompressionType} to this value; see {@link #dataCompressionType(String)}. */
    public OpenZFSConfiguration dataCompressionType(Value<String> value) {
      return set("DataCompressionType", value);
    }

    /**
     * The configuration object for mounting a Network File System (NFS) file system.
     *
     * <p>CloudFormation property {@code NfsExports}.
     */
    public OpenZFSConfiguration nfsExports(List<NfsExports> value) {
      return set("NfsExports", Value.listOf(value));
    }

    /** Sets {@code NfsExports} to this value; see {@link #nfsExports(List)}. */
    public OpenZFSConfiguration nfsExports(Value<List<NfsExports>> value) {
      return set("NfsExports", value);
    }

    /** Sets {@code NfsExports} to a list of these; see {@link #nfsExports(List)}. */
    public OpenZFSConfiguration nfsExports(NfsExports... values) {
      return set("NfsExports", Value.list(values));
    }

    /**
     * To delete the volume's child volumes, snapshots, and clones, use the string
     * <code>DELETE_CHILD_VOLUMES_AND_SNAPSHOTS</code> .
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
     * The configuration object that specifies the snapshot to use as the origin of the data for the
     * volume.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OriginSnapshot}.
     */
    public OpenZFSConfiguration originSnapshot(Value<OriginSnapshot> value) {
      return set("OriginSnapshot", value);
    }

    /**
     * The ID of the volume to use as the parent volume of the volume that you are creating.
     *
     * <p>Required. Changing it replaces the resource. Length: 23 to 23 characters. Pattern: {@code
     * ^(fsvol-[0-9a-f]{17,})$}. CloudFormation property {@code ParentVolumeId}.
     */
    public OpenZFSConfiguration parentVolumeId(String value) {
      return set("ParentVolumeId", Value.of(value));
    }

    /** Sets {@code ParentVolumeId} to this value; see {@link #parentVolumeId(String)}. */
    public OpenZFSConfiguration parentVolumeId(Value<String> value) {
      return set("ParentVolumeId", value);
    }

    /**
     * A Boolean value indicating whether the volume is read-only.
     *
     * <p>CloudFormation property {@code ReadOnly}.
     */
    public OpenZFSConfiguration readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public OpenZFSConfiguration readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * Specifies the suggested block size for a volume in a ZFS dataset, in kibibytes (KiB). For
     * file systems using the Intelligent-Tiering storage class, valid values are 128, 256, 512,
     * 1024, 2048, or 4096 KiB, with a default of 1024 KiB. For all other file systems, valid values
     * are 4, 8, 16, 32, 64, 128, 256, 512, or 1024 KiB, with a default of 128 KiB. We recommend
     * using the default setting for the majority of use cases. Generally, workloads that write in
     * fixed small or large record sizes may benefit from setting a custom record size, like
     * database workloads (small record size) or media streaming workloads (large record size). For
     * additional guidance on when to set a custom record size, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/performance.html#record-size-performance">ZFS
     * Record size</a> in the <em>Amazon FSx for OpenZFS User Guide</em> .
     *
     * <p>Range: 4 to 4096. CloudFormation property {@code RecordSizeKiB}.
     */
    public OpenZFSConfiguration recordSizeKiB(int value) {
      return set("RecordSizeKiB", Value.of(value));
    }

    /** Sets {@code RecordSizeKiB} to this value; see {@link #recordSizeKiB(int)}. */
    public OpenZFSConfiguration recordSizeKiB(Value<Integer> value) {
      return set("RecordSizeKiB", value);
    }

    /**
     * Sets the maximum storage size in gibibytes (GiB) for the volume. You can specify a quota that
     * is larger than the storage on the parent volume. A volume quota limits the amount of storage
     * that the volume can consume to the configured amount, but does not guarantee the space will
     * be available on the parent volume. To guarantee quota space, you must also set
     * <code>StorageCapacityReservationGiB</code> . To <em>not</em> specify a storage capacity
     * quota, set this to <code>-1</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/managing-volumes.html#volume-properties">Volume
     * properties</a> in the <em>Amazon FSx for OpenZFS User Guide</em> .
     *
     * <p>Range: -1 to 2147483647. CloudFormation property {@code StorageCapacityQuotaGiB}.
     */
    public OpenZFSConfiguration storageCapacityQuotaGiB(int value) {
      return set("StorageCapacityQuotaGiB", Value.of(value));
    }

    /**
     * Sets {@code StorageCapacityQuotaGiB} to this value; see {@link
     * #storageCapacityQuotaGiB(int)}.
     */
    public OpenZFSConfiguration storageCapacityQuotaGiB(Value<Integer> value) {
      return set("StorageCapacityQuotaGiB", value);
    }

    /**
     * Specifies the amount of storage in gibibytes (GiB) to reserve from the parent volume. Setting
     * <code>StorageCapacityReservationGiB</code> guarantees that the specified amount of storage
     * space on the parent volume will always be available for the volume. You can't reserve more
     * storage than the parent volume has. To <em>not</em> specify a storage capacity reservation,
     * set this to <code>0</code> or <code>-1</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/managing-volumes.html#volume-properties">Volume
     * properties</a> in the <em>Amazon FSx for OpenZFS User Guide</em> .
     *
     * <p>Range: -1 to 2147483647. CloudFormation property {@code StorageCapacityReservationGiB}.
     */
    public OpenZFSConfiguration storageCapacityReservationGiB(int value) {
      return set("StorageCapacityReservationGiB", Value.of(value));
    }

    /**
     * Sets {@code StorageCapacityReservationGiB} to this value; see {@link
     * #storageCapacityReservationGiB(int)}.
     */
    public OpenZFSConfiguration storageCapacityReservationGiB(Value<Integer> value) {
      return set("StorageCapacityReservationGiB", value);
    }

    /**
     * Configures how much storage users and groups can use on the volume.
     *
     * <p>CloudFormation property {@code UserAndGroupQuotas}.
     */
    public OpenZFSConfiguration userAndGroupQuotas(List<UserAndGroupQuotas> value) {
      return set("UserAndGroupQuotas", Value.listOf(value));
    }

    /** Sets {@code UserAndGroupQuotas} to this value; see {@link #userAndGroupQuotas(List)}. */
    public OpenZFSConfiguration userAndGroupQuotas(Value<List<UserAndGroupQuotas>> value) {
      return set("UserAndGroupQuotas", value);
    }

    /**
     * Sets {@code UserAndGroupQuotas} to a list of these; see {@link #userAndGroupQuotas(List)}.
     */
    public OpenZFSConfiguration userAndGroupQuotas(UserAndGroupQuotas... values) {
      return set("UserAndGroupQuotas", Value.list(values));
    }
  }

  /**
   * The configuration object that specifies the snapshot to use as the origin of the data for the
   * volume.
   *
   * <p>Property type {@code AWS::FSx::Volume.OriginSnapshot}.
   */
  public static final class OriginSnapshot extends Struct<OriginSnapshot> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.OriginSnapshot")
        .required("CopyStrategy", "SnapshotARN")
        .allowed("CopyStrategy", "CLONE", "FULL_COPY", "INCREMENTAL_COPY")
        .constrain("SnapshotARN", Constraint.of().pattern("^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$").minLength(8).maxLength(512))
        .build();

    public OriginSnapshot() {
      super(SCHEMA);
    }

    /**
     * Specifies the strategy used when copying data from the snapshot to the new volume.
     *
     * <ul> <li><code>CLONE</code> - The new volume references the data in the origin snapshot.
     * Cloning a snapshot is faster than copying data from the snapshot to a new volume and doesn't
     * consume disk throughput. However, the origin snapshot can't be deleted if there is a volume
     * using its copied data. <li><code>FULL_COPY</code> - Copies all data from the snapshot to the
     * new volume. </ul>
     *
     * <p>Specify this option to create the volume from a snapshot on another FSx for OpenZFS file
     * system.
     *
     * <p>The <code>INCREMENTAL_COPY</code> option is only for updating an existing volume by using
     * a snapshot from another FSx for OpenZFS file system. For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/APIReference/API_CopySnapshotAndUpdateVolume.html">CopySnapshotAndUpdateVolume</a>
     * .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code CLONE}, {@code
     * FULL_COPY}, {@code INCREMENTAL_COPY}. CloudFormation property {@code CopyStrategy}.
     */
    public OriginSnapshot copyStrategy(String value) {
      return set("CopyStrategy", Value.of(value));
    }

    /** Sets {@code CopyStrategy} to this value; see {@link #copyStrategy(String)}. */
    public OriginSnapshot copyStrategy(Value<String> value) {
      return set("CopyStrategy", value);
    }

    /**
     * Specifies the snapshot to use when creating an OpenZFS volume from a snapshot.
     *
     * <p>Required. Changing it replaces the resource. Length: 8 to 512 characters. Pattern: {@code
     * ^arn:(?=[^:]+:fsx:[^:]+:&#92;d{12}:)((|(?=[a-z0-9-.]{1,63})(?!&#92;d{1,3}(&#92;.&#92;d{1,3}){3})(?![^:]*-{2})(?![^:]*-&#92;.)(?![^:]*&#92;.-)[a-z0-9].*(?&lt;!-)):){4}(?!/).{0,1024}$}.
     * CloudFormation property {@code SnapshotARN}.
     */
    public OriginSnapshot snapshotARN(String value) {
      return set("SnapshotARN", Value.of(value));
    }

    /** Sets {@code SnapshotARN} to this value; see {@link #snapshotARN(String)}. */
    public OriginSnapshot snapshotARN(Value<String> value) {
      return set("SnapshotARN", value);
    }
  }

  /**
   * Specifies the retention period of an FSx for ONTAP SnapLock volume. After it is set, it can't
   * be changed. Files can't be deleted or modified during the retention period.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snaplock-retention.html">Working with
   * the retention period in SnapLock</a> .
   *
   * <p>Property type {@code AWS::FSx::Volume.RetentionPeriod}.
   */
  public static final class RetentionPeriod extends Struct<RetentionPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.RetentionPeriod")
        .required("Type")
        .allowed("Type", "DAYS", "HOURS", "INFINITE", "MINUTES", "MONTHS", "SECONDS", "UNSPECIFIED",
            "YEARS")
        .constrain("Value", Constraint.of().minimum(0).maximum(65535))
        .build();

    public RetentionPeriod() {
      super(SCHEMA);
    }

    /**
     * Defines the type of time for the retention period of an FSx for ONTAP SnapLock volume. Set it
     * to one of the valid types. If you set it to <code>INFINITE</code> , the files are retained
     * forever. If you set it to <code>UNSPECIFIED</code> , the files are retained until you set an
     * explicit retention period.
     *
     * <p>Required. Allowed values: {@code DAYS}, {@code HOURS}, {@code INFINITE}, {@code MINUTES},
     * {@code MONTHS}, {@code SECONDS}, {@code UNSPECIFIED}, {@code YEARS}. CloudFormation property
     * {@code Type}.
     */
    public RetentionPeriod type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RetentionPeriod type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Defines the amount of time for the retention period of an FSx for ONTAP SnapLock volume. You
     * can't set a value for <code>INFINITE</code> or <code>UNSPECIFIED</code> . For all other
     * options, the following ranges are valid:
     *
     * <ul> <li><code>Seconds</code> : 0 - 65,535 <li><code>Minutes</code> : 0 - 65,535
     * <li><code>Hours</code> : 0 - 24 <li><code>Days</code> : 0 - 365 <li><code>Months</code> : 0 -
     * 12 <li><code>Years</code> : 0 - 100 </ul>
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code Value}.
     */
    public RetentionPeriod value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public RetentionPeriod value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the SnapLock configuration for an FSx for ONTAP SnapLock volume.
   *
   * <p>Property type {@code AWS::FSx::Volume.SnaplockConfiguration}.
   */
  public static final class SnaplockConfiguration extends Struct<SnaplockConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.SnaplockConfiguration")
        .required("SnaplockType")
        .allowed("PrivilegedDelete", "DISABLED", "ENABLED", "PERMANENTLY_DISABLED")
        .allowed("SnaplockType", "COMPLIANCE", "ENTERPRISE")
        .build();

    public SnaplockConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables or disables the audit log volume for an FSx for ONTAP SnapLock volume. The default
     * value is <code>false</code> . If you set <code>AuditLogVolume</code> to <code>true</code> ,
     * the SnapLock volume is created as an audit log volume. The minimum retention period for an
     * audit log volume is six months.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/how-snaplock-works.html#snaplock-audit-log-volume">SnapLock
     * audit log volumes</a> .
     *
     * <p>CloudFormation property {@code AuditLogVolume}.
     */
    public SnaplockConfiguration auditLogVolume(String value) {
      return set("AuditLogVolume", Value.of(value));
    }

    /** Sets {@code AuditLogVolume} to this value; see {@link #auditLogVolume(String)}. */
    public SnaplockConfiguration auditLogVolume(Value<String> value) {
      return set("AuditLogVolume", value);
    }

    /**
     * The configuration object for setting the autocommit period of files in an FSx for ONTAP
     * SnapLock volume.
     *
     * <p>CloudFormation property {@code AutocommitPeriod}.
     */
    public SnaplockConfiguration autocommitPeriod(Value<AutocommitPeriod> value) {
      return set("AutocommitPeriod", value);
    }

    /**
     * Enables, disables, or permanently disables privileged delete on an FSx for ONTAP SnapLock
     * Enterprise volume. Enabling privileged delete allows SnapLock administrators to delete write
     * once, read many (WORM) files even if they have active retention periods.
     * <code>PERMANENTLY_DISABLED</code> is a terminal state. If privileged delete is permanently
     * disabled on a SnapLock volume, you can't re-enable it. The default value is
     * <code>DISABLED</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snaplock-enterprise.html#privileged-delete">Privileged
     * delete</a> .
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}, {@code PERMANENTLY_DISABLED}.
     * CloudFormation property {@code PrivilegedDelete}.
     */
    public SnaplockConfiguration privilegedDelete(String value) {
      return set("PrivilegedDelete", Value.of(value));
    }

    /** Sets {@code PrivilegedDelete} to this value; see {@link #privilegedDelete(String)}. */
    public SnaplockConfiguration privilegedDelete(Value<String> value) {
      return set("PrivilegedDelete", value);
    }

    /**
     * Specifies the retention period of an FSx for ONTAP SnapLock volume.
     *
     * <p>CloudFormation property {@code RetentionPeriod}.
     */
    public SnaplockConfiguration retentionPeriod(Value<SnaplockRetentionPeriod> value) {
      return set("RetentionPeriod", value);
    }

    /**
     * Specifies the retention mode of an FSx for ONTAP SnapLock volume. After it is set, it can't
     * be changed. You can choose one of the following retention modes:
     *
     * <ul> <li><code>COMPLIANCE</code> : Files transitioned to write once, read many (WORM) on a
     * Compliance volume can't be deleted until their retention periods expire. This retention mode
     * is used to address government or industry-specific mandates or to protect against ransomware
     * attacks. For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snaplock-compliance.html">SnapLock
     * Compliance</a> . <li><code>ENTERPRISE</code> : Files transitioned to WORM on an Enterprise
     * volume can be deleted by authorized users before their retention periods expire using
     * privileged delete. This retention mode is used to advance an organization's data integrity
     * and internal compliance or to test retention settings before using SnapLock Compliance. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snaplock-enterprise.html">SnapLock
     * Enterprise</a> . </ul>
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code COMPLIANCE}, {@code
     * ENTERPRISE}. CloudFormation property {@code SnaplockType}.
     */
    public SnaplockConfiguration snaplockType(String value) {
      return set("SnaplockType", Value.of(value));
    }

    /** Sets {@code SnaplockType} to this value; see {@link #snaplockType(String)}. */
    public SnaplockConfiguration snaplockType(Value<String> value) {
      return set("SnaplockType", value);
    }

    /**
     * Enables or disables volume-append mode on an FSx for ONTAP SnapLock volume. Volume-append
     * mode allows you to create WORM-appendable files and write data to them incrementally. The
     * default value is <code>false</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/worm-state.html#worm-state-append">Volume-append
     * mode</a> .
     *
     * <p>CloudFormation property {@code VolumeAppendModeEnabled}.
     */
    public SnaplockConfiguration volumeAppendModeEnabled(String value) {
      return set("VolumeAppendModeEnabled", Value.of(value));
    }

    /**
     * Sets {@code VolumeAppendModeEnabled} to this value; see {@link
     * #volumeAppendModeEnabled(String)}.
     */
    public SnaplockConfiguration volumeAppendModeEnabled(Value<String> value) {
      return set("VolumeAppendModeEnabled", value);
    }
  }

  /**
   * The configuration to set the retention period of an FSx for ONTAP SnapLock volume. The
   * retention period includes default, maximum, and minimum settings. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/snaplock-retention.html">Working with
   * the retention period in SnapLock</a> .
   *
   * <p>Property type {@code AWS::FSx::Volume.SnaplockRetentionPeriod}.
   */
  public static final class SnaplockRetentionPeriod extends Struct<SnaplockRetentionPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.SnaplockRetentionPeriod")
        .required("DefaultRetention", "MaximumRetention", "MinimumRetention")
        .build();

    public SnaplockRetentionPeriod() {
      super(SCHEMA);
    }

    /**
     * The retention period assigned to a write once, read many (WORM) file by default if an
     * explicit retention period is not set for an FSx for ONTAP SnapLock volume. The default
     * retention period must be greater than or equal to the minimum retention period and less than
     * or equal to the maximum retention period.
     *
     * <p>Required. CloudFormation property {@code DefaultRetention}.
     */
    public SnaplockRetentionPeriod defaultRetention(Value<RetentionPeriod> value) {
      return set("DefaultRetention", value);
    }

    /**
     * The longest retention period that can be assigned to a WORM file on an FSx for ONTAP SnapLock
     * volume.
     *
     * <p>Required. CloudFormation property {@code MaximumRetention}.
     */
    public SnaplockRetentionPeriod maximumRetention(Value<RetentionPeriod> value) {
      return set("MaximumRetention", value);
    }

    /**
     * The shortest retention period that can be assigned to a WORM file on an FSx for ONTAP
     * SnapLock volume.
     *
     * <p>Required. CloudFormation property {@code MinimumRetention}.
     */
    public SnaplockRetentionPeriod minimumRetention(Value<RetentionPeriod> value) {
      return set("MinimumRetention", value);
    }
  }

  /**
   * Describes the data tiering policy for an ONTAP volume. When enabled, Amazon FSx for ONTAP's
   * intelligent tiering automatically transitions a volume's data between the file system's primary
   * storage and capacity pool storage based on your access patterns.
   *
   * <p>Valid tiering policies are the following:
   *
   * <ul> <li><code>SNAPSHOT_ONLY</code> - (Default value) moves cold snapshots to the capacity pool
   * storage tier. </ul>
   *
   * <ul> <li><code>AUTO</code> - moves cold user data and snapshots to the capacity pool storage
   * tier based on your access patterns. </ul>
   *
   * <ul> <li><code>ALL</code> - moves all user data blocks in both the active file system and
   * Snapshot copies to the storage pool tier. </ul>
   *
   * <ul> <li><code>NONE</code> - keeps a volume's data in the primary storage tier, preventing it
   * from being moved to the capacity pool tier. </ul>
   *
   * <p>Property type {@code AWS::FSx::Volume.TieringPolicy}.
   */
  public static final class TieringPolicy extends Struct<TieringPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.TieringPolicy")
        .constrain("CoolingPeriod", Constraint.of().minimum(2).maximum(183))
        .allowed("Name", "ALL", "AUTO", "NONE", "SNAPSHOT_ONLY")
        .build();

    public TieringPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the number of days that user data in a volume must remain inactive before it is
     * considered "cold" and moved to the capacity pool. Used with the <code>AUTO</code> and
     * <code>SNAPSHOT_ONLY</code> tiering policies. Enter a whole number between 2 and 183. Default
     * values are 31 days for <code>AUTO</code> and 2 days for <code>SNAPSHOT_ONLY</code> .
     *
     * <p>Range: 2 to 183. CloudFormation property {@code CoolingPeriod}.
     */
    public TieringPolicy coolingPeriod(int value) {
      return set("CoolingPeriod", Value.of(value));
    }

    /** Sets {@code CoolingPeriod} to this value; see {@link #coolingPeriod(int)}. */
    public TieringPolicy coolingPeriod(Value<Integer> value) {
      return set("CoolingPeriod", value);
    }

    /**
     * Specifies the tiering policy used to transition data. Default value is
     * <code>SNAPSHOT_ONLY</code> .
     *
     * <ul> <li><code>SNAPSHOT_ONLY</code> - moves cold snapshots to the capacity pool storage tier.
     * <li><code>AUTO</code> - moves cold user data and snapshots to the capacity pool storage tier
     * based on your access patterns. <li><code>ALL</code> - moves all user data blocks in both the
     * active file system and Snapshot copies to the storage pool tier. <li><code>NONE</code> -
     * keeps a volume's data in the primary storage tier, preventing it from being moved to the
     * capacity pool tier. </ul>
     *
     * <p>Allowed values: {@code ALL}, {@code AUTO}, {@code NONE}, {@code SNAPSHOT_ONLY}.
     * CloudFormation property {@code Name}.
     */
    public TieringPolicy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TieringPolicy name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Configures how much storage users and groups can use on the volume.
   *
   * <p>Property type {@code AWS::FSx::Volume.UserAndGroupQuotas}.
   */
  public static final class UserAndGroupQuotas extends Struct<UserAndGroupQuotas> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::Volume.UserAndGroupQuotas")
        .required("Id", "StorageCapacityQuotaGiB", "Type")
        .constrain("Id", Constraint.of().minimum(0).maximum(2147483647))
        .constrain("StorageCapacityQuotaGiB", Constraint.of().minimum(0).maximum(2147483647))
        .allowed("Type", "GROUP", "USER")
        .build();

    public UserAndGroupQuotas() {
      super(SCHEMA);
    }

    /**
     * The ID of the user or group that the quota applies to.
     *
     * <p>Required. Range: 0 to 2147483647. CloudFormation property {@code Id}.
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
     * <p>Required. Range: 0 to 2147483647. CloudFormation property {@code StorageCapacityQuotaGiB}.
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
     * <p>Required. Allowed values: {@code GROUP}, {@code USER}. CloudFormation property {@code
     * Type}.
     */
    public UserAndGroupQuotas type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public UserAndGroupQuotas type(Value<String> value) {
      return set("Type", value);
    }
  }
}
