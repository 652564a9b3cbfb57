// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::BedrockAgentCore::CapacityProvider. A capacity provider defines
 * the compute resources (EC2) used to run Amazon Bedrock AgentCore agent runtimes.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::CapacityProvider}.
 */
public final class CapacityProvider extends Resource<CapacityProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider")
      .required("ComputeConfiguration", "Name", "PermissionsConfiguration")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4096))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$").minLength(1).maxLength(48))
      .refYields("Arn")
      .attributes("Arn", "CapacityProviderId", "CreatedAt", "LastUpdatedAt", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CapacityProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The capacity configuration for the capacity provider. Defines the compute resources for this
   * capacity provider.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ComputeConfiguration}.
   */
  public CapacityProvider computeConfiguration(Value<ComputeConfiguration> value) {
    return set("ComputeConfiguration", value);
  }

  /**
   * An optional description of the capacity provider.
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code Description}.
   */
  public CapacityProvider description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CapacityProvider description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the capacity provider.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 48 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code Name}.
   */
  public CapacityProvider name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CapacityProvider name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Configuration for permissions associated with a capacity provider.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PermissionsConfiguration}.
   */
  public CapacityProvider permissionsConfiguration(Value<PermissionsConfiguration> value) {
    return set("PermissionsConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to the capacity provider.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CapacityProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CapacityProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CapacityProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the capacity provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the capacity provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapacityProviderId}.
   */
  public Value<String> capacityProviderId() {
    return getAtt("CapacityProviderId");
  }

  /**
   * The timestamp when the capacity provider was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the capacity provider was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The current status of the capacity provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Capacity Reservation targeting option.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::CapacityProvider.CapacityReservationSpecification}.
   */
  public static final class CapacityReservationSpecification extends Struct<CapacityReservationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.CapacityReservationSpecification")
        .allowed("CapacityReservationPreference", "capacity-reservations-only", "open", "none")
        .build();

    public CapacityReservationSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates the instance's Capacity Reservation preferences.
     *
     * <p>Allowed values: {@code capacity-reservations-only}, {@code open}, {@code none}.
     * CloudFormation property {@code CapacityReservationPreference}.
     */
    public CapacityReservationSpecification capacityReservationPreference(String value) {
      return set("CapacityReservationPreference", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationPreference} to this value; see {@link
     * #capacityReservationPreference(String)}.
     */
    public CapacityReservationSpecification capacityReservationPreference(Value<String> value) {
      return set("CapacityReservationPreference", value);
    }

    /**
     * Information about the target Capacity Reservation or Capacity Reservation group.
     *
     * <p>CloudFormation property {@code CapacityReservationTarget}.
     */
    public CapacityReservationSpecification capacityReservationTarget(Value<CapacityReservationTarget> value) {
      return set("CapacityReservationTarget", value);
    }
  }

  /**
   * Information about the target Capacity Reservation or Capacity Reservation group.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.CapacityReservationTarget}.
   */
  public static final class CapacityReservationTarget extends Struct<CapacityReservationTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.CapacityReservationTarget")
        .constrain("CapacityReservationId", Constraint.of().pattern("^cr-[0-9a-z]+$").minLength(1).maxLength(255))
        .constrain("CapacityReservationResourceGroupArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:resource-groups:[a-z0-9-]+:[0-9]{12}:group/[a-zA-Z0-9_-]+$").minLength(1).maxLength(2048))
        .build();

    public CapacityReservationTarget() {
      super(SCHEMA);
    }

    /**
     * The ID of the Capacity Reservation in which to run the instance.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^cr-[0-9a-z]+$}. CloudFormation property
     * {@code CapacityReservationId}.
     */
    public CapacityReservationTarget capacityReservationId(String value) {
      return set("CapacityReservationId", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationId} to this value; see {@link #capacityReservationId(String)}.
     */
    public CapacityReservationTarget capacityReservationId(Value<String> value) {
      return set("CapacityReservationId", value);
    }

    /**
     * The ARN of the Capacity Reservation resource group in which to run the instance.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:resource-groups:[a-z0-9-]+:[0-9]{12}:group/[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code CapacityReservationResourceGroupArn}.
     */
    public CapacityReservationTarget capacityReservationResourceGroupArn(String value) {
      return set("CapacityReservationResourceGroupArn", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationResourceGroupArn} to this value; see {@link
     * #capacityReservationResourceGroupArn(String)}.
     */
    public CapacityReservationTarget capacityReservationResourceGroupArn(Value<String> value) {
      return set("CapacityReservationResourceGroupArn", value);
    }
  }

  /**
   * The capacity configuration for the capacity provider. Defines the compute resources for this
   * capacity provider.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.ComputeConfiguration}.
   */
  public static final class ComputeConfiguration extends Struct<ComputeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.ComputeConfiguration")
        .required("Ec2Configuration")
        .build();

    public ComputeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for EC2-based capacity.
     *
     * <p>Required. CloudFormation property {@code Ec2Configuration}.
     */
    public ComputeConfiguration ec2Configuration(Value<Ec2Configuration> value) {
      return set("Ec2Configuration", value);
    }
  }

  /**
   * Configuration for an EBS-backed persistent volume.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.EbsVolumeConfiguration}.
   */
  public static final class EbsVolumeConfiguration extends Struct<EbsVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.EbsVolumeConfiguration")
        .required("Name", "SizeGiB")
        .constrain("Iops", Constraint.of().minimum(100).maximum(256000))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_-]{0,47}$").minLength(1).maxLength(48))
        .constrain("SizeGiB", Constraint.of().minimum(1).maximum(65536))
        .constrain("SnapshotId", Constraint.of().pattern("^snap-[a-f0-9]{8,17}$").minLength(13).maxLength(64))
        .constrain("Throughput", Constraint.of().minimum(125).maximum(2000))
        .allowed("VolumeType", "standard", "io1", "io2", "gp2", "sc1", "st1", "gp3")
        .build();

    public EbsVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether to encrypt the volume. Defaults to true.
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public EbsVolumeConfiguration encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public EbsVolumeConfiguration encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The number of IOPS to provision. Only valid for gp3, io1, and io2 volumes.
     *
     * <p>Range: 100 to 256000. CloudFormation property {@code Iops}.
     */
    public EbsVolumeConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EbsVolumeConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Identifier of the KMS key to use for encryption.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EbsVolumeConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EbsVolumeConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The logical name of the volume, used to reference it when mounting.
     *
     * <p>Required. Length: 1 to 48 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_-]{0,47}$}.
     * CloudFormation property {@code Name}.
     */
    public EbsVolumeConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EbsVolumeConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The size of the volume in GiB.
     *
     * <p>Required. Range: 1 to 65536. CloudFormation property {@code SizeGiB}.
     */
    public EbsVolumeConfiguration sizeGiB(int value) {
      return set("SizeGiB", Value.of(value));
    }

    /** Sets {@code SizeGiB} to this value; see {@link #sizeGiB(int)}. */
    public EbsVolumeConfiguration sizeGiB(Value<Integer> value) {
      return set("SizeGiB", value);
    }

    /**
     * Optional EBS snapshot ID to initialize the volume from.
     *
     * <p>Length: 13 to 64 characters. Pattern: {@code ^snap-[a-f0-9]{8,17}$}. CloudFormation
     * property {@code SnapshotId}.
     */
    public EbsVolumeConfiguration snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public EbsVolumeConfiguration snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The throughput in MiB/s. Only valid for gp3 volumes.
     *
     * <p>Range: 125 to 2000. CloudFormation property {@code Throughput}.
     */
    public EbsVolumeConfiguration throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public EbsVolumeConfiguration throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The EBS volume type. Defaults to gp3 if not specified.
     *
     * <p>Allowed values: {@code standard}, {@code io1}, {@code io2}, {@code gp2}, {@code sc1},
     * {@code st1}, {@code gp3}. CloudFormation property {@code VolumeType}.
     */
    public EbsVolumeConfiguration volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EbsVolumeConfiguration volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Configuration for EC2-based capacity.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.Ec2Configuration}.
   */
  public static final class Ec2Configuration extends Struct<Ec2Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.Ec2Configuration")
        .required("LaunchTemplateSource", "VpcConfiguration")
        .build();

    public Ec2Configuration() {
      super(SCHEMA);
    }

    /**
     * How the launch template is specified.
     *
     * <p>Required. CloudFormation property {@code LaunchTemplateSource}.
     */
    public Ec2Configuration launchTemplateSource(Value<LaunchTemplateSource> value) {
      return set("LaunchTemplateSource", value);
    }

    /**
     * Configuration for managing the lifecycle of instances in a capacity provider.
     *
     * <p>CloudFormation property {@code LifecycleConfiguration}.
     */
    public Ec2Configuration lifecycleConfiguration(Value<InstanceLifecycleConfiguration> value) {
      return set("LifecycleConfiguration", value);
    }

    /**
     * Customer-facing configuration for the (service-managed) root volume. The service provisions
     * the root volume at its own AMI size estimate plus FreeSpaceGiB, and pins the visible free
     * space to FreeSpaceGiB with a filler file, so the space you are guaranteed does not change as
     * the underlying AMI grows. The device name and the delete-on-termination behavior are
     * service-owned and are not configurable.
     *
     * <p>CloudFormation property {@code RootVolume}.
     */
    public Ec2Configuration rootVolume(Value<RootVolumeConfiguration> value) {
      return set("RootVolume", value);
    }

    /**
     * Named persistent EBS volumes for this capacity provider.
     *
     * <p>CloudFormation property {@code Volumes}.
     */
    public Ec2Configuration volumes(List<VolumeConfiguration> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public Ec2Configuration volumes(Value<List<VolumeConfiguration>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public Ec2Configuration volumes(VolumeConfiguration... values) {
      return set("Volumes", Value.list(values));
    }

    /**
     * VPC configuration for launching EC2 instances.
     *
     * <p>Required. CloudFormation property {@code VpcConfiguration}.
     */
    public Ec2Configuration vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Describes an ephemeral block device mapping.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.EphemeralBlockDeviceMapping}.
   */
  public static final class EphemeralBlockDeviceMapping extends Struct<EphemeralBlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.EphemeralBlockDeviceMapping")
        .constrain("DeviceName", Constraint.of().pattern("^[a-zA-Z0-9/._-]+$").minLength(1).maxLength(255))
        .constrain("VirtualName", Constraint.of().pattern("^ephemeral[0-9]+$").minLength(1).maxLength(255))
        .build();

    public EphemeralBlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name (for example, /dev/sdh or xvdh).
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9/._-]+$}. CloudFormation property
     * {@code DeviceName}.
     */
    public EphemeralBlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public EphemeralBlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * Parameters used to automatically set up EBS volumes when the instance is launched.
     *
     * <p>CloudFormation property {@code Ebs}.
     */
    public EphemeralBlockDeviceMapping ebs(Value<EphemeralEBSVolumeConfiguration> value) {
      return set("Ebs", value);
    }

    /**
     * The virtual device name (ephemeralN).
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^ephemeral[0-9]+$}. CloudFormation property
     * {@code VirtualName}.
     */
    public EphemeralBlockDeviceMapping virtualName(String value) {
      return set("VirtualName", Value.of(value));
    }

    /** Sets {@code VirtualName} to this value; see {@link #virtualName(String)}. */
    public EphemeralBlockDeviceMapping virtualName(Value<String> value) {
      return set("VirtualName", value);
    }
  }

  /**
   * Parameters used to automatically set up EBS volumes when the instance is launched.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::CapacityProvider.EphemeralEBSVolumeConfiguration}.
   */
  public static final class EphemeralEBSVolumeConfiguration extends Struct<EphemeralEBSVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.EphemeralEBSVolumeConfiguration")
        .constrain("EbsCardIndex", Constraint.of().minimum(0))
        .constrain("Iops", Constraint.of().minimum(100).maximum(256000))
        .constrain("SnapshotId", Constraint.of().pattern("^snap-[a-f0-9]{8,17}$").minLength(13).maxLength(64))
        .constrain("Throughput", Constraint.of().minimum(125).maximum(2000))
        .constrain("VolumeInitializationRate", Constraint.of().minimum(100).maximum(300))
        .constrain("VolumeSize", Constraint.of().minimum(1).maximum(65536))
        .allowed("VolumeType", "standard", "io1", "io2", "gp2", "sc1", "st1", "gp3")
        .build();

    public EphemeralEBSVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The index of the EBS card. Applies to instances with multiple EBS cards.
     *
     * <p>Range: at least 0. CloudFormation property {@code EbsCardIndex}.
     */
    public EphemeralEBSVolumeConfiguration ebsCardIndex(int value) {
      return set("EbsCardIndex", Value.of(value));
    }

    /** Sets {@code EbsCardIndex} to this value; see {@link #ebsCardIndex(int)}. */
    public EphemeralEBSVolumeConfiguration ebsCardIndex(Value<Integer> value) {
      return set("EbsCardIndex", value);
    }

    /**
     * Indicates whether the EBS volume is encrypted.
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public EphemeralEBSVolumeConfiguration encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public EphemeralEBSVolumeConfiguration encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The number of I/O operations per second (IOPS).
     *
     * <p>Range: 100 to 256000. CloudFormation property {@code Iops}.
     */
    public EphemeralEBSVolumeConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EphemeralEBSVolumeConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Identifier of the customer managed KMS key to use for EBS encryption.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EphemeralEBSVolumeConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EphemeralEBSVolumeConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The ID of the snapshot.
     *
     * <p>Length: 13 to 64 characters. Pattern: {@code ^snap-[a-f0-9]{8,17}$}. CloudFormation
     * property {@code SnapshotId}.
     */
    public EphemeralEBSVolumeConfiguration snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public EphemeralEBSVolumeConfiguration snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The throughput to provision for a gp3 volume, in MiB/s.
     *
     * <p>Range: 125 to 2000. CloudFormation property {@code Throughput}.
     */
    public EphemeralEBSVolumeConfiguration throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public EphemeralEBSVolumeConfiguration throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The rate at which the volume is initialized after creation, in MiB/s. Supported only for
     * volumes created from snapshots. If the snapshot is enabled for fast snapshot restore and a
     * volume initialization rate is also specified, the volume is initialized at the specified rate
     * instead of by fast snapshot restore. Valid range: 100-300 MiB/s.
     *
     * <p>Range: 100 to 300. CloudFormation property {@code VolumeInitializationRate}.
     */
    public EphemeralEBSVolumeConfiguration volumeInitializationRate(int value) {
      return set("VolumeInitializationRate", Value.of(value));
    }

    /**
     * Sets {@code VolumeInitializationRate} to this value; see {@link
     * #volumeInitializationRate(int)}.
     */
    public EphemeralEBSVolumeConfiguration volumeInitializationRate(Value<Integer> value) {
      return set("VolumeInitializationRate", value);
    }

    /**
     * The size of the volume, in GiBs.
     *
     * <p>Range: 1 to 65536. CloudFormation property {@code VolumeSize}.
     */
    public EphemeralEBSVolumeConfiguration volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EphemeralEBSVolumeConfiguration volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The volume type. Defaults to gp3 if not specified.
     *
     * <p>Allowed values: {@code standard}, {@code io1}, {@code io2}, {@code gp2}, {@code sc1},
     * {@code st1}, {@code gp3}. CloudFormation property {@code VolumeType}.
     */
    public EphemeralEBSVolumeConfiguration volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EphemeralEBSVolumeConfiguration volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Configuration for managing the lifecycle of instances in a capacity provider.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::CapacityProvider.InstanceLifecycleConfiguration}.
   */
  public static final class InstanceLifecycleConfiguration extends Struct<InstanceLifecycleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.InstanceLifecycleConfiguration")
        .constrain("IdleInstanceTimeout", Constraint.of().minimum(60).maximum(1209600))
        .constrain("MaxLifetime", Constraint.of().minimum(60).maximum(1209600))
        .build();

    public InstanceLifecycleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of seconds an instance can remain idle before it is stopped.
     *
     * <p>Range: 60 to 1209600. CloudFormation property {@code IdleInstanceTimeout}.
     */
    public InstanceLifecycleConfiguration idleInstanceTimeout(int value) {
      return set("IdleInstanceTimeout", Value.of(value));
    }

    /** Sets {@code IdleInstanceTimeout} to this value; see {@link #idleInstanceTimeout(int)}. */
    public InstanceLifecycleConfiguration idleInstanceTimeout(Value<Integer> value) {
      return set("IdleInstanceTimeout", value);
    }

    /**
     * Maximum lifetime for the instance in seconds. Once reached, instances will be automatically
     * terminated regardless of activity. Default: 28800 seconds (8 hours). Maximum: 1209600 seconds
     * (14 days).
     *
     * <p>Range: 60 to 1209600. CloudFormation property {@code MaxLifetime}.
     */
    public InstanceLifecycleConfiguration maxLifetime(int value) {
      return set("MaxLifetime", Value.of(value));
    }

    /** Sets {@code MaxLifetime} to this value; see {@link #maxLifetime(int)}. */
    public InstanceLifecycleConfiguration maxLifetime(Value<Integer> value) {
      return set("MaxLifetime", value);
    }
  }

  /**
   * Requirements for EC2 instance types.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.InstanceRequirements}.
   */
  public static final class InstanceRequirements extends Struct<InstanceRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.InstanceRequirements")
        .required("AllowedInstanceTypes")
        .constrain("AllowedInstanceTypes", Constraint.of().minLength(1).maxLength(255))
        .build();

    public InstanceRequirements() {
      super(SCHEMA);
    }

    /**
     * List of allowed instance types.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code
     * AllowedInstanceTypes}.
     */
    public InstanceRequirements allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirements allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }
  }

  /**
   * Parameters for launching EC2 instances.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.LaunchParameters}.
   */
  public static final class LaunchParameters extends Struct<LaunchParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.LaunchParameters")
        .required("InstanceRequirements", "OperatingSystem")
        .constrain("InstanceProfileArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::[0-9]{12}:instance-profile/([!-~]{1,510}/)?([\\w+=,.@-]{1,128})$").minLength(1).maxLength(2048))
        .allowed("Monitoring", "BASIC", "DETAILED")
        .allowed("OperatingSystem", "LINUX_X86_64", "LINUX_ARM64")
        .constrain("SshKeyName", Constraint.of().pattern("^[!-~][ -~]*[!-~]$|^[!-~]$").minLength(1).maxLength(255))
        .build();

    public LaunchParameters() {
      super(SCHEMA);
    }

    /**
     * The Capacity Reservation targeting option.
     *
     * <p>CloudFormation property {@code CapacityReservationSpecification}.
     */
    public LaunchParameters capacityReservationSpecification(Value<CapacityReservationSpecification> value) {
      return set("CapacityReservationSpecification", value);
    }

    /**
     * The block device mapping for ephemeral (instance store) volumes.
     *
     * <p>CloudFormation property {@code EphemeralVolumes}.
     */
    public LaunchParameters ephemeralVolumes(List<EphemeralBlockDeviceMapping> value) {
      return set("EphemeralVolumes", Value.listOf(value));
    }

    /** Sets {@code EphemeralVolumes} to this value; see {@link #ephemeralVolumes(List)}. */
    public LaunchParameters ephemeralVolumes(Value<List<EphemeralBlockDeviceMapping>> value) {
      return set("EphemeralVolumes", value);
    }

    /** Sets {@code EphemeralVolumes} to a list of these; see {@link #ephemeralVolumes(List)}. */
    public LaunchParameters ephemeralVolumes(EphemeralBlockDeviceMapping... values) {
      return set("EphemeralVolumes", Value.list(values));
    }

    /**
     * The ARN of the IAM instance profile to associate with launched instances.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:iam::[0-9]{12}:instance-profile/([!-~]{1,510}/)?([&#92;w+=,.&#64;-]{1,128})$}.
     * CloudFormation property {@code InstanceProfileArn}.
     */
    public LaunchParameters instanceProfileArn(String value) {
      return set("InstanceProfileArn", Value.of(value));
    }

    /** Sets {@code InstanceProfileArn} to this value; see {@link #instanceProfileArn(String)}. */
    public LaunchParameters instanceProfileArn(Value<String> value) {
      return set("InstanceProfileArn", value);
    }

    /**
     * Requirements for EC2 instance types.
     *
     * <p>Required. CloudFormation property {@code InstanceRequirements}.
     */
    public LaunchParameters instanceRequirements(Value<InstanceRequirements> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The license configurations.
     *
     * <p>CloudFormation property {@code LicenseSpecifications}.
     */
    public LaunchParameters licenseSpecifications(List<LicenseSpecification> value) {
      return set("LicenseSpecifications", Value.listOf(value));
    }

    /**
     * Sets {@code LicenseSpecifications} to this value; see {@link #licenseSpecifications(List)}.
     */
    public LaunchParameters licenseSpecifications(Value<List<LicenseSpecification>> value) {
      return set("LicenseSpecifications", value);
    }

    /**
     * Sets {@code LicenseSpecifications} to a list of these; see {@link
     * #licenseSpecifications(List)}.
     */
    public LaunchParameters licenseSpecifications(LicenseSpecification... values) {
      return set("LicenseSpecifications", Value.list(values));
    }

    /**
     * The monitoring level for the instance.
     *
     * <p>Allowed values: {@code BASIC}, {@code DETAILED}. CloudFormation property {@code
     * Monitoring}.
     */
    public LaunchParameters monitoring(String value) {
      return set("Monitoring", Value.of(value));
    }

    /** Sets {@code Monitoring} to this value; see {@link #monitoring(String)}. */
    public LaunchParameters monitoring(Value<String> value) {
      return set("Monitoring", value);
    }

    /**
     * The operating system and CPU architecture for the instances.
     *
     * <p>Required. Allowed values: {@code LINUX_X86_64}, {@code LINUX_ARM64}. CloudFormation
     * property {@code OperatingSystem}.
     */
    public LaunchParameters operatingSystem(String value) {
      return set("OperatingSystem", Value.of(value));
    }

    /** Sets {@code OperatingSystem} to this value; see {@link #operatingSystem(String)}. */
    public LaunchParameters operatingSystem(Value<String> value) {
      return set("OperatingSystem", value);
    }

    /**
     * Tags to apply to all EC2 resources (instances, volumes, and network interfaces) created by
     * this capacity provider.
     *
     * <p>CloudFormation property {@code PropagatedTags}.
     */
    public LaunchParameters propagatedTags(Map<String, String> value) {
      return set("PropagatedTags", Value.mapOf(value));
    }

    /** Sets {@code PropagatedTags} to this value; see {@link #propagatedTags(Map)}. */
    public LaunchParameters propagatedTags(Value<Map<String, String>> value) {
      return set("PropagatedTags", value);
    }

    /**
     * The name of the SSH key pair to configure on instances for SSH connectivity.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[!-~][ -~]*[!-~]$|^[!-~]$}. CloudFormation
     * property {@code SshKeyName}.
     */
    public LaunchParameters sshKeyName(String value) {
      return set("SshKeyName", Value.of(value));
    }

    /** Sets {@code SshKeyName} to this value; see {@link #sshKeyName(String)}. */
    public LaunchParameters sshKeyName(Value<String> value) {
      return set("SshKeyName", value);
    }
  }

  /**
   * How the launch template is specified.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.LaunchTemplateSource}.
   */
  public static final class LaunchTemplateSource extends Struct<LaunchTemplateSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.LaunchTemplateSource")
        .required("LaunchParameters")
        .build();

    public LaunchTemplateSource() {
      super(SCHEMA);
    }

    /**
     * Parameters for launching EC2 instances.
     *
     * <p>Required. CloudFormation property {@code LaunchParameters}.
     */
    public LaunchTemplateSource launchParameters(Value<LaunchParameters> value) {
      return set("LaunchParameters", value);
    }
  }

  /**
   * Describes a license configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.LicenseSpecification}.
   */
  public static final class LicenseSpecification extends Struct<LicenseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.LicenseSpecification")
        .required("LicenseConfigurationArn")
        .constrain("LicenseConfigurationArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:license-manager:[a-z0-9-]+:[0-9]{12}:license-configuration:[a-zA-Z0-9_-]+$").minLength(1).maxLength(2048))
        .build();

    public LicenseSpecification() {
      super(SCHEMA);
    }

    /**
     * The ARN of the license configuration.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:license-manager:[a-z0-9-]+:[0-9]{12}:license-configuration:[a-zA-Z0-9_-]+$}.
     * CloudFormation property {@code LicenseConfigurationArn}.
     */
    public LicenseSpecification licenseConfigurationArn(String value) {
      return set("LicenseConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code LicenseConfigurationArn} to this value; see {@link
     * #licenseConfigurationArn(String)}.
     */
    public LicenseSpecification licenseConfigurationArn(Value<String> value) {
      return set("LicenseConfigurationArn", value);
    }
  }

  /**
   * Configuration for permissions associated with a capacity provider.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.PermissionsConfiguration}.
   */
  public static final class PermissionsConfiguration extends Struct<PermissionsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.PermissionsConfiguration")
        .required("CapacityProviderOperatorRoleArn")
        .constrain("CapacityProviderOperatorRoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public PermissionsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role that operators use to manage the capacity provider.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code CapacityProviderOperatorRoleArn}.
     */
    public PermissionsConfiguration capacityProviderOperatorRoleArn(String value) {
      return set("CapacityProviderOperatorRoleArn", Value.of(value));
    }

    /**
     * Sets {@code CapacityProviderOperatorRoleArn} to this value; see {@link
     * #capacityProviderOperatorRoleArn(String)}.
     */
    public PermissionsConfiguration capacityProviderOperatorRoleArn(Value<String> value) {
      return set("CapacityProviderOperatorRoleArn", value);
    }
  }

  /**
   * Customer-facing configuration for the (service-managed) root volume. The service provisions the
   * root volume at its own AMI size estimate plus FreeSpaceGiB, and pins the visible free space to
   * FreeSpaceGiB with a filler file, so the space you are guaranteed does not change as the
   * underlying AMI grows. The device name and the delete-on-termination behavior are service-owned
   * and are not configurable.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.RootVolumeConfiguration}.
   */
  public static final class RootVolumeConfiguration extends Struct<RootVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.RootVolumeConfiguration")
        .constrain("FreeSpaceGiB", Constraint.of().minimum(2).maximum(65000))
        .constrain("Iops", Constraint.of().minimum(100).maximum(256000))
        .constrain("Throughput", Constraint.of().minimum(125).maximum(2000))
        .allowed("VolumeType", "standard", "io1", "io2", "gp2", "sc1", "st1", "gp3")
        .build();

    public RootVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the EBS volume is encrypted. Encrypted volumes can only be attached to
     * instances that support Amazon EBS encryption. If you are creating a volume from a snapshot,
     * you can't specify an encryption value.
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public RootVolumeConfiguration encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public RootVolumeConfiguration encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The free space guaranteed on the root volume, in GiB. The service adds the operating system
     * overhead on top of this value. Defaults to 8 GiB. The maximum is below the 65,536 GiB gp3
     * ceiling because the service adds the AMI size bucket on top of this value, and the resulting
     * total must still be a provisionable gp3 volume.
     *
     * <p>Range: 2 to 65000. CloudFormation property {@code FreeSpaceGiB}.
     */
    public RootVolumeConfiguration freeSpaceGiB(int value) {
      return set("FreeSpaceGiB", Value.of(value));
    }

    /** Sets {@code FreeSpaceGiB} to this value; see {@link #freeSpaceGiB(int)}. */
    public RootVolumeConfiguration freeSpaceGiB(Value<Integer> value) {
      return set("FreeSpaceGiB", value);
    }

    /**
     * The number of IOPS to provision. Only valid for gp3, io1, and io2 volumes.
     *
     * <p>Range: 100 to 256000. CloudFormation property {@code Iops}.
     */
    public RootVolumeConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public RootVolumeConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Identifier of the customer managed KMS key to use for EBS encryption.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public RootVolumeConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public RootVolumeConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The throughput to provision for a gp3 volume, in MiB/s. Valid range: 125-2000 MiB/s.
     *
     * <p>Range: 125 to 2000. CloudFormation property {@code Throughput}.
     */
    public RootVolumeConfiguration throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public RootVolumeConfiguration throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The EBS volume type. Defaults to gp3 if not specified.
     *
     * <p>Allowed values: {@code standard}, {@code io1}, {@code io2}, {@code gp2}, {@code sc1},
     * {@code st1}, {@code gp3}. CloudFormation property {@code VolumeType}.
     */
    public RootVolumeConfiguration volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public RootVolumeConfiguration volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Configuration for a persistent volume attached to a capacity provider session.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.VolumeConfiguration}.
   */
  public static final class VolumeConfiguration extends Struct<VolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.VolumeConfiguration")
        .required("EbsConfiguration")
        .build();

    public VolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for an EBS-backed persistent volume.
     *
     * <p>Required. CloudFormation property {@code EbsConfiguration}.
     */
    public VolumeConfiguration ebsConfiguration(Value<EbsVolumeConfiguration> value) {
      return set("EbsConfiguration", value);
    }
  }

  /**
   * VPC configuration for launching EC2 instances.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CapacityProvider.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CapacityProvider.VpcConfiguration")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IDs of the security groups to associate with the instances.
     *
     * <p>Required. Pattern: {@code ^sg-[0-9a-zA-Z]{8,17}$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
     */
    public VpcConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public VpcConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * The IDs of the subnets in which to launch instances.
     *
     * <p>Required. Pattern: {@code ^subnet-[0-9a-zA-Z]{8,17}$}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
