// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesinstances;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::WorkspacesInstances::WorkspaceInstance
 *
 * <p>CloudFormation type {@code AWS::WorkspacesInstances::WorkspaceInstance}.
 */
public final class WorkspaceInstance extends Resource<WorkspaceInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance")
      .refYields("WorkspaceInstanceId")
      .attributes("EC2ManagedInstance", "EC2ManagedInstance.InstanceId", "ProvisionState",
          "WorkspaceInstanceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkspaceInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ManagedInstance}. */
  public WorkspaceInstance managedInstance(Value<ManagedInstance> value) {
    return set("ManagedInstance", value);
  }

  /** CloudFormation property {@code Tags}. */
  public WorkspaceInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WorkspaceInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WorkspaceInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code EC2ManagedInstance}. */
  public Value<EC2ManagedInstance> ec2ManagedInstance() {
    return getAtt("EC2ManagedInstance");
  }

  /** {@code Fn::GetAtt} attribute {@code EC2ManagedInstance.InstanceId}. */
  public Value<String> ec2ManagedInstanceInstanceId() {
    return getAtt("EC2ManagedInstance.InstanceId");
  }

  /**
   * The current state of the workspace instance
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisionState}.
   */
  public Value<String> provisionState() {
    return getAtt("ProvisionState");
  }

  /**
   * Unique identifier for the workspace instance
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkspaceInstanceId}.
   */
  public Value<String> workspaceInstanceId() {
    return getAtt("WorkspaceInstanceId");
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.BlockDeviceMapping}. */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.BlockDeviceMapping")
        .constrain("DeviceName", Constraint.of().minLength(0).maxLength(32))
        .constrain("NoDevice", Constraint.of().minLength(0).maxLength(32))
        .constrain("VirtualName", Constraint.of().pattern("^ephemeral(0|[1-9][0-9]{0,2})$"))
        .build();

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /** Length: 0 to 32 characters. CloudFormation property {@code DeviceName}. */
    public BlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public BlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /** CloudFormation property {@code Ebs}. */
    public BlockDeviceMapping ebs(Value<EbsBlockDevice> value) {
      return set("Ebs", value);
    }

    /** Length: 0 to 32 characters. CloudFormation property {@code NoDevice}. */
    public BlockDeviceMapping noDevice(String value) {
      return set("NoDevice", Value.of(value));
    }

    /** Sets {@code NoDevice} to this value; see {@link #noDevice(String)}. */
    public BlockDeviceMapping noDevice(Value<String> value) {
      return set("NoDevice", value);
    }

    /**
     * Pattern: {@code ^ephemeral(0|[1-9][0-9]{0,2})$}. CloudFormation property {@code VirtualName}.
     */
    public BlockDeviceMapping virtualName(String value) {
      return set("VirtualName", Value.of(value));
    }

    /** Sets {@code VirtualName} to this value; see {@link #virtualName(String)}. */
    public BlockDeviceMapping virtualName(Value<String> value) {
      return set("VirtualName", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.CapacityReservationSpecification}.
   */
  public static final class CapacityReservationSpecification extends Struct<CapacityReservationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.CapacityReservationSpecification")
        .allowed("CapacityReservationPreference", "capacity-reservations-only", "open", "none")
        .build();

    public CapacityReservationSpecification() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code capacity-reservations-only}, {@code open}, {@code none}.
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

    /** CloudFormation property {@code CapacityReservationTarget}. */
    public CapacityReservationSpecification capacityReservationTarget(Value<CapacityReservationTarget> value) {
      return set("CapacityReservationTarget", value);
    }
  }

  /**
   * Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.CapacityReservationTarget}.
   */
  public static final class CapacityReservationTarget extends Struct<CapacityReservationTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.CapacityReservationTarget")
        .constrain("CapacityReservationId", Constraint.of().minLength(0).maxLength(128))
        .constrain("CapacityReservationResourceGroupArn", Constraint.of().pattern("^arn:.*").minLength(0).maxLength(2048))
        .build();

    public CapacityReservationTarget() {
      super(SCHEMA);
    }

    /** Length: 0 to 128 characters. CloudFormation property {@code CapacityReservationId}. */
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
     * Length: 0 to 2048 characters. Pattern: {@code ^arn:.*}. CloudFormation property {@code
     * CapacityReservationResourceGroupArn}.
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

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.CpuOptionsRequest}. */
  public static final class CpuOptionsRequest extends Struct<CpuOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.CpuOptionsRequest")
        .constrain("CoreCount", Constraint.of().minimum(0))
        .constrain("ThreadsPerCore", Constraint.of().minimum(0))
        .build();

    public CpuOptionsRequest() {
      super(SCHEMA);
    }

    /** Range: at least 0. CloudFormation property {@code CoreCount}. */
    public CpuOptionsRequest coreCount(int value) {
      return set("CoreCount", Value.of(value));
    }

    /** Sets {@code CoreCount} to this value; see {@link #coreCount(int)}. */
    public CpuOptionsRequest coreCount(Value<Integer> value) {
      return set("CoreCount", value);
    }

    /** Range: at least 0. CloudFormation property {@code ThreadsPerCore}. */
    public CpuOptionsRequest threadsPerCore(int value) {
      return set("ThreadsPerCore", Value.of(value));
    }

    /** Sets {@code ThreadsPerCore} to this value; see {@link #threadsPerCore(int)}. */
    public CpuOptionsRequest threadsPerCore(Value<Integer> value) {
      return set("ThreadsPerCore", value);
    }
  }

  /**
   * Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.CreditSpecificationRequest}.
   */
  public static final class CreditSpecificationRequest extends Struct<CreditSpecificationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.CreditSpecificationRequest")
        .allowed("CpuCredits", "standard", "unlimited")
        .build();

    public CreditSpecificationRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code standard}, {@code unlimited}. CloudFormation property {@code
     * CpuCredits}.
     */
    public CreditSpecificationRequest cpuCredits(String value) {
      return set("CpuCredits", Value.of(value));
    }

    /** Sets {@code CpuCredits} to this value; see {@link #cpuCredits(String)}. */
    public CreditSpecificationRequest cpuCredits(Value<String> value) {
      return set("CpuCredits", value);
    }
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.EC2ManagedInstance}. */
  public static final class EC2ManagedInstance extends Struct<EC2ManagedInstance> {
    private static final Schema SCHEMA = Schema.of("AWS::WorkspacesInstances::WorkspaceInstance.EC2ManagedInstance");

    public EC2ManagedInstance() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InstanceId}. */
    public EC2ManagedInstance instanceId(String value) {
      return set("InstanceId", Value.of(value));
    }

    /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
    public EC2ManagedInstance instanceId(Value<String> value) {
      return set("InstanceId", value);
    }
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.EbsBlockDevice}. */
  public static final class EbsBlockDevice extends Struct<EbsBlockDevice> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.EbsBlockDevice")
        .constrain("Iops", Constraint.of().minimum(0))
        .constrain("Throughput", Constraint.of().minimum(0))
        .constrain("VolumeSize", Constraint.of().minimum(0))
        .allowed("VolumeType", "standard", "io1", "io2", "gp2", "sc1", "st1", "gp3")
        .build();

    public EbsBlockDevice() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Encrypted}. */
    public EbsBlockDevice encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public EbsBlockDevice encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /** Range: at least 0. CloudFormation property {@code Iops}. */
    public EbsBlockDevice iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EbsBlockDevice iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /** CloudFormation property {@code KmsKeyId}. */
    public EbsBlockDevice kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EbsBlockDevice kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Range: at least 0. CloudFormation property {@code Throughput}. */
    public EbsBlockDevice throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public EbsBlockDevice throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /** Range: at least 0. CloudFormation property {@code VolumeSize}. */
    public EbsBlockDevice volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EbsBlockDevice volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * Allowed values: {@code standard}, {@code io1}, {@code io2}, {@code gp2}, {@code sc1}, {@code
     * st1}, {@code gp3}. CloudFormation property {@code VolumeType}.
     */
    public EbsBlockDevice volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EbsBlockDevice volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.EnclaveOptionsRequest}. */
  public static final class EnclaveOptionsRequest extends Struct<EnclaveOptionsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::WorkspacesInstances::WorkspaceInstance.EnclaveOptionsRequest");

    public EnclaveOptionsRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public EnclaveOptionsRequest enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public EnclaveOptionsRequest enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.HibernationOptionsRequest}.
   */
  public static final class HibernationOptionsRequest extends Struct<HibernationOptionsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::WorkspacesInstances::WorkspaceInstance.HibernationOptionsRequest");

    public HibernationOptionsRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Configured}. */
    public HibernationOptionsRequest configured(boolean value) {
      return set("Configured", Value.of(value));
    }

    /** Sets {@code Configured} to this value; see {@link #configured(boolean)}. */
    public HibernationOptionsRequest configured(Value<Boolean> value) {
      return set("Configured", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.IamInstanceProfileSpecification}.
   */
  public static final class IamInstanceProfileSpecification extends Struct<IamInstanceProfileSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.IamInstanceProfileSpecification")
        .constrain("Arn", Constraint.of().pattern("^arn:.*").minLength(0).maxLength(2048))
        .constrain("Name", Constraint.of().minLength(0).maxLength(64))
        .build();

    public IamInstanceProfileSpecification() {
      super(SCHEMA);
    }

    /**
     * Length: 0 to 2048 characters. Pattern: {@code ^arn:.*}. CloudFormation property {@code Arn}.
     */
    public IamInstanceProfileSpecification arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IamInstanceProfileSpecification arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Length: 0 to 64 characters. CloudFormation property {@code Name}. */
    public IamInstanceProfileSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IamInstanceProfileSpecification name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.InstanceMaintenanceOptionsRequest}.
   */
  public static final class InstanceMaintenanceOptionsRequest extends Struct<InstanceMaintenanceOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.InstanceMaintenanceOptionsRequest")
        .allowed("AutoRecovery", "disabled", "default")
        .build();

    public InstanceMaintenanceOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code disabled}, {@code default}. CloudFormation property {@code
     * AutoRecovery}.
     */
    public InstanceMaintenanceOptionsRequest autoRecovery(String value) {
      return set("AutoRecovery", Value.of(value));
    }

    /** Sets {@code AutoRecovery} to this value; see {@link #autoRecovery(String)}. */
    public InstanceMaintenanceOptionsRequest autoRecovery(Value<String> value) {
      return set("AutoRecovery", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.InstanceMetadataOptionsRequest}.
   */
  public static final class InstanceMetadataOptionsRequest extends Struct<InstanceMetadataOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.InstanceMetadataOptionsRequest")
        .allowed("HttpEndpoint", "enabled", "disabled")
        .allowed("HttpProtocolIpv6", "enabled", "disabled")
        .constrain("HttpPutResponseHopLimit", Constraint.of().minimum(1).maximum(64))
        .allowed("HttpTokens", "optional", "required")
        .allowed("InstanceMetadataTags", "enabled", "disabled")
        .build();

    public InstanceMetadataOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code
     * HttpEndpoint}.
     */
    public InstanceMetadataOptionsRequest httpEndpoint(String value) {
      return set("HttpEndpoint", Value.of(value));
    }

    /** Sets {@code HttpEndpoint} to this value; see {@link #httpEndpoint(String)}. */
    public InstanceMetadataOptionsRequest httpEndpoint(Value<String> value) {
      return set("HttpEndpoint", value);
    }

    /**
     * Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code
     * HttpProtocolIpv6}.
     */
    public InstanceMetadataOptionsRequest httpProtocolIpv6(String value) {
      return set("HttpProtocolIpv6", Value.of(value));
    }

    /** Sets {@code HttpProtocolIpv6} to this value; see {@link #httpProtocolIpv6(String)}. */
    public InstanceMetadataOptionsRequest httpProtocolIpv6(Value<String> value) {
      return set("HttpProtocolIpv6", value);
    }

    /** Range: 1 to 64. CloudFormation property {@code HttpPutResponseHopLimit}. */
    public InstanceMetadataOptionsRequest httpPutResponseHopLimit(int value) {
      return set("HttpPutResponseHopLimit", Value.of(value));
    }

    /**
     * Sets {@code HttpPutResponseHopLimit} to this value; see {@link
     * #httpPutResponseHopLimit(int)}.
     */
    public InstanceMetadataOptionsRequest httpPutResponseHopLimit(Value<Integer> value) {
      return set("HttpPutResponseHopLimit", value);
    }

    /**
     * Allowed values: {@code optional}, {@code required}. CloudFormation property {@code
     * HttpTokens}.
     */
    public InstanceMetadataOptionsRequest httpTokens(String value) {
      return set("HttpTokens", Value.of(value));
    }

    /** Sets {@code HttpTokens} to this value; see {@link #httpTokens(String)}. */
    public InstanceMetadataOptionsRequest httpTokens(Value<String> value) {
      return set("HttpTokens", value);
    }

    /**
     * Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code
     * InstanceMetadataTags}.
     */
    public InstanceMetadataOptionsRequest instanceMetadataTags(String value) {
      return set("InstanceMetadataTags", Value.of(value));
    }

    /**
     * Sets {@code InstanceMetadataTags} to this value; see {@link #instanceMetadataTags(String)}.
     */
    public InstanceMetadataOptionsRequest instanceMetadataTags(Value<String> value) {
      return set("InstanceMetadataTags", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.InstanceNetworkInterfaceSpecification}.
   */
  public static final class InstanceNetworkInterfaceSpecification extends Struct<InstanceNetworkInterfaceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.InstanceNetworkInterfaceSpecification")
        .constrain("Description", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1000))
        .constrain("DeviceIndex", Constraint.of().minimum(0))
        .constrain("Groups", Constraint.of().pattern("^sg-[0-9a-zA-Z]{1,63}$"))
        .constrain("SubnetId", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{1,63}$").format("AWS::EC2::Subnet.Id"))
        .build();

    public InstanceNetworkInterfaceSpecification() {
      super(SCHEMA);
    }

    /**
     * Length: 0 to 1000 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
     * {@code Description}.
     */
    public InstanceNetworkInterfaceSpecification description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public InstanceNetworkInterfaceSpecification description(Value<String> value) {
      return set("Description", value);
    }

    /** Range: at least 0. CloudFormation property {@code DeviceIndex}. */
    public InstanceNetworkInterfaceSpecification deviceIndex(int value) {
      return set("DeviceIndex", Value.of(value));
    }

    /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(int)}. */
    public InstanceNetworkInterfaceSpecification deviceIndex(Value<Integer> value) {
      return set("DeviceIndex", value);
    }

    /** Pattern: {@code ^sg-[0-9a-zA-Z]{1,63}$}. CloudFormation property {@code Groups}. */
    public InstanceNetworkInterfaceSpecification groups(List<String> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public InstanceNetworkInterfaceSpecification groups(Value<List<String>> value) {
      return set("Groups", value);
    }

    /**
     * Pattern: {@code ^subnet-[0-9a-zA-Z]{1,63}$}. Format: {@code AWS::EC2::Subnet.Id}.
     * CloudFormation property {@code SubnetId}.
     */
    public InstanceNetworkInterfaceSpecification subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public InstanceNetworkInterfaceSpecification subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.InstanceNetworkPerformanceOptionsRequest}.
   */
  public static final class InstanceNetworkPerformanceOptionsRequest extends Struct<InstanceNetworkPerformanceOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.InstanceNetworkPerformanceOptionsRequest")
        .allowed("BandwidthWeighting", "default", "vpc-1", "ebs-1")
        .build();

    public InstanceNetworkPerformanceOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code default}, {@code vpc-1}, {@code ebs-1}. CloudFormation property {@code
     * BandwidthWeighting}.
     */
    public InstanceNetworkPerformanceOptionsRequest bandwidthWeighting(String value) {
      return set("BandwidthWeighting", Value.of(value));
    }

    /** Sets {@code BandwidthWeighting} to this value; see {@link #bandwidthWeighting(String)}. */
    public InstanceNetworkPerformanceOptionsRequest bandwidthWeighting(Value<String> value) {
      return set("BandwidthWeighting", value);
    }
  }

  /**
   * Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.LicenseConfigurationRequest}.
   */
  public static final class LicenseConfigurationRequest extends Struct<LicenseConfigurationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.LicenseConfigurationRequest")
        .constrain("LicenseConfigurationArn", Constraint.of().pattern("^arn:.*").minLength(0).maxLength(2048))
        .build();

    public LicenseConfigurationRequest() {
      super(SCHEMA);
    }

    /**
     * Length: 0 to 2048 characters. Pattern: {@code ^arn:.*}. CloudFormation property {@code
     * LicenseConfigurationArn}.
     */
    public LicenseConfigurationRequest licenseConfigurationArn(String value) {
      return set("LicenseConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code LicenseConfigurationArn} to this value; see {@link
     * #licenseConfigurationArn(String)}.
     */
    public LicenseConfigurationRequest licenseConfigurationArn(Value<String> value) {
      return set("LicenseConfigurationArn", value);
    }
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.ManagedInstance}. */
  public static final class ManagedInstance extends Struct<ManagedInstance> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.ManagedInstance")
        .required("ImageId", "InstanceType")
        .constrain("ImageId", Constraint.of().pattern("^ami-[0-9a-zA-Z]{1,63}$").format("AWS::EC2::Image.Id"))
        .constrain("InstanceType", Constraint.of().pattern("^([a-z0-9-]+)\\.([a-z0-9]+)$").minLength(1).maxLength(64))
        .constrain("Ipv6AddressCount", Constraint.of().minimum(0))
        .constrain("KeyName", Constraint.of().minLength(0).maxLength(64))
        .constrain("SubnetId", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{1,63}$").format("AWS::EC2::Subnet.Id"))
        .constrain("UserData", Constraint.of().minLength(0).maxLength(16000))
        .build();

    public ManagedInstance() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BlockDeviceMappings}. */
    public ManagedInstance blockDeviceMappings(List<BlockDeviceMapping> value) {
      return set("BlockDeviceMappings", Value.listOf(value));
    }

    /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
    public ManagedInstance blockDeviceMappings(Value<List<BlockDeviceMapping>> value) {
      return set("BlockDeviceMappings", value);
    }

    /**
     * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
     */
    public ManagedInstance blockDeviceMappings(BlockDeviceMapping... values) {
      return set("BlockDeviceMappings", Value.list(values));
    }

    /** CloudFormation property {@code CapacityReservationSpecification}. */
    public ManagedInstance capacityReservationSpecification(Value<CapacityReservationSpecification> value) {
      return set("CapacityReservationSpecification", value);
    }

    /** CloudFormation property {@code CpuOptions}. */
    public ManagedInstance cpuOptions(Value<CpuOptionsRequest> value) {
      return set("CpuOptions", value);
    }

    /** CloudFormation property {@code CreditSpecification}. */
    public ManagedInstance creditSpecification(Value<CreditSpecificationRequest> value) {
      return set("CreditSpecification", value);
    }

    /** CloudFormation property {@code DisableApiStop}. */
    public ManagedInstance disableApiStop(boolean value) {
      return set("DisableApiStop", Value.of(value));
    }

    /** Sets {@code DisableApiStop} to this value; see {@link #disableApiStop(boolean)}. */
    public ManagedInstance disableApiStop(Value<Boolean> value) {
      return set("DisableApiStop", value);
    }

    /** CloudFormation property {@code EbsOptimized}. */
    public ManagedInstance ebsOptimized(boolean value) {
      return set("EbsOptimized", Value.of(value));
    }

    /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
    public ManagedInstance ebsOptimized(Value<Boolean> value) {
      return set("EbsOptimized", value);
    }

    /** CloudFormation property {@code EnablePrimaryIpv6}. */
    public ManagedInstance enablePrimaryIpv6(boolean value) {
      return set("EnablePrimaryIpv6", Value.of(value));
    }

    /** Sets {@code EnablePrimaryIpv6} to this value; see {@link #enablePrimaryIpv6(boolean)}. */
    public ManagedInstance enablePrimaryIpv6(Value<Boolean> value) {
      return set("EnablePrimaryIpv6", value);
    }

    /** CloudFormation property {@code EnclaveOptions}. */
    public ManagedInstance enclaveOptions(Value<EnclaveOptionsRequest> value) {
      return set("EnclaveOptions", value);
    }

    /** CloudFormation property {@code HibernationOptions}. */
    public ManagedInstance hibernationOptions(Value<HibernationOptionsRequest> value) {
      return set("HibernationOptions", value);
    }

    /** CloudFormation property {@code IamInstanceProfile}. */
    public ManagedInstance iamInstanceProfile(Value<IamInstanceProfileSpecification> value) {
      return set("IamInstanceProfile", value);
    }

    /**
     * Required. Pattern: {@code ^ami-[0-9a-zA-Z]{1,63}$}. Format: {@code AWS::EC2::Image.Id}.
     * CloudFormation property {@code ImageId}.
     */
    public ManagedInstance imageId(String value) {
      return set("ImageId", Value.of(value));
    }

    /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
    public ManagedInstance imageId(Value<String> value) {
      return set("ImageId", value);
    }

    /**
     * Required. Length: 1 to 64 characters. Pattern: {@code ^([a-z0-9-]+)&#92;.([a-z0-9]+)$}.
     * CloudFormation property {@code InstanceType}.
     */
    public ManagedInstance instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ManagedInstance instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /** Range: at least 0. CloudFormation property {@code Ipv6AddressCount}. */
    public ManagedInstance ipv6AddressCount(int value) {
      return set("Ipv6AddressCount", Value.of(value));
    }

    /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
    public ManagedInstance ipv6AddressCount(Value<Integer> value) {
      return set("Ipv6AddressCount", value);
    }

    /** Length: 0 to 64 characters. CloudFormation property {@code KeyName}. */
    public ManagedInstance keyName(String value) {
      return set("KeyName", Value.of(value));
    }

    /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
    public ManagedInstance keyName(Value<String> value) {
      return set("KeyName", value);
    }

    /** CloudFormation property {@code LicenseSpecifications}. */
    public ManagedInstance licenseSpecifications(List<LicenseConfigurationRequest> value) {
      return set("LicenseSpecifications", Value.listOf(value));
    }

    /**
     * Sets {@code LicenseSpecifications} to this value; see {@link #licenseSpecifications(List)}.
     */
    public ManagedInstance licenseSpecifications(Value<List<LicenseConfigurationRequest>> value) {
      return set("LicenseSpecifications", value);
    }

    /**
     * Sets {@code LicenseSpecifications} to a list of these; see {@link
     * #licenseSpecifications(List)}.
     */
    public ManagedInstance licenseSpecifications(LicenseConfigurationRequest... values) {
      return set("LicenseSpecifications", Value.list(values));
    }

    /** CloudFormation property {@code MaintenanceOptions}. */
    public ManagedInstance maintenanceOptions(Value<InstanceMaintenanceOptionsRequest> value) {
      return set("MaintenanceOptions", value);
    }

    /** CloudFormation property {@code MetadataOptions}. */
    public ManagedInstance metadataOptions(Value<InstanceMetadataOptionsRequest> value) {
      return set("MetadataOptions", value);
    }

    /** CloudFormation property {@code Monitoring}. */
    public ManagedInstance monitoring(Value<RunInstancesMonitoringEnabled> value) {
      return set("Monitoring", value);
    }

    /** CloudFormation property {@code NetworkInterfaces}. */
    public ManagedInstance networkInterfaces(List<InstanceNetworkInterfaceSpecification> value) {
      return set("NetworkInterfaces", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
    public ManagedInstance networkInterfaces(Value<List<InstanceNetworkInterfaceSpecification>> value) {
      return set("NetworkInterfaces", value);
    }

    /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
    public ManagedInstance networkInterfaces(InstanceNetworkInterfaceSpecification... values) {
      return set("NetworkInterfaces", Value.list(values));
    }

    /** CloudFormation property {@code NetworkPerformanceOptions}. */
    public ManagedInstance networkPerformanceOptions(Value<InstanceNetworkPerformanceOptionsRequest> value) {
      return set("NetworkPerformanceOptions", value);
    }

    /** CloudFormation property {@code Placement}. */
    public ManagedInstance placement(Value<Placement> value) {
      return set("Placement", value);
    }

    /** CloudFormation property {@code PrivateDnsNameOptions}. */
    public ManagedInstance privateDnsNameOptions(Value<PrivateDnsNameOptionsRequest> value) {
      return set("PrivateDnsNameOptions", value);
    }

    /**
     * Pattern: {@code ^subnet-[0-9a-zA-Z]{1,63}$}. Format: {@code AWS::EC2::Subnet.Id}.
     * CloudFormation property {@code SubnetId}.
     */
    public ManagedInstance subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public ManagedInstance subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /** CloudFormation property {@code TagSpecifications}. */
    public ManagedInstance tagSpecifications(List<TagSpecification> value) {
      return set("TagSpecifications", Value.listOf(value));
    }

    /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
    public ManagedInstance tagSpecifications(Value<List<TagSpecification>> value) {
      return set("TagSpecifications", value);
    }

    /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
    public ManagedInstance tagSpecifications(TagSpecification... values) {
      return set("TagSpecifications", Value.list(values));
    }

    /** Length: 0 to 16000 characters. CloudFormation property {@code UserData}. */
    public ManagedInstance userData(String value) {
      return set("UserData", Value.of(value));
    }

    /** Sets {@code UserData} to this value; see {@link #userData(String)}. */
    public ManagedInstance userData(Value<String> value) {
      return set("UserData", value);
    }
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.Placement}. */
  public static final class Placement extends Struct<Placement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.Placement")
        .constrain("AvailabilityZone", Constraint.of().pattern("^[a-z]{2}-[a-z]+-\\d[a-z](-[a-z0-9]+)?$"))
        .constrain("GroupId", Constraint.of().pattern("^pg-[0-9a-zA-Z]{1,63}$"))
        .constrain("GroupName", Constraint.of().minLength(0).maxLength(255))
        .constrain("PartitionNumber", Constraint.of().minimum(0))
        .allowed("Tenancy", "default", "dedicated", "host")
        .build();

    public Placement() {
      super(SCHEMA);
    }

    /**
     * Pattern: {@code ^[a-z]{2}-[a-z]+-&#92;d[a-z](-[a-z0-9]+)?$}. CloudFormation property {@code
     * AvailabilityZone}.
     */
    public Placement availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Placement availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /** Pattern: {@code ^pg-[0-9a-zA-Z]{1,63}$}. CloudFormation property {@code GroupId}. */
    public Placement groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public Placement groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /** Length: 0 to 255 characters. CloudFormation property {@code GroupName}. */
    public Placement groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public Placement groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /** Range: at least 0. CloudFormation property {@code PartitionNumber}. */
    public Placement partitionNumber(int value) {
      return set("PartitionNumber", Value.of(value));
    }

    /** Sets {@code PartitionNumber} to this value; see {@link #partitionNumber(int)}. */
    public Placement partitionNumber(Value<Integer> value) {
      return set("PartitionNumber", value);
    }

    /**
     * Allowed values: {@code default}, {@code dedicated}, {@code host}. CloudFormation property
     * {@code Tenancy}.
     */
    public Placement tenancy(String value) {
      return set("Tenancy", Value.of(value));
    }

    /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
    public Placement tenancy(Value<String> value) {
      return set("Tenancy", value);
    }
  }

  /**
   * Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.PrivateDnsNameOptionsRequest}.
   */
  public static final class PrivateDnsNameOptionsRequest extends Struct<PrivateDnsNameOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.PrivateDnsNameOptionsRequest")
        .allowed("HostnameType", "ip-name", "resource-name")
        .build();

    public PrivateDnsNameOptionsRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EnableResourceNameDnsAAAARecord}. */
    public PrivateDnsNameOptionsRequest enableResourceNameDnsAAAARecord(boolean value) {
      return set("EnableResourceNameDnsAAAARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsAAAARecord} to this value; see {@link
     * #enableResourceNameDnsAAAARecord(boolean)}.
     */
    public PrivateDnsNameOptionsRequest enableResourceNameDnsAAAARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsAAAARecord", value);
    }

    /** CloudFormation property {@code EnableResourceNameDnsARecord}. */
    public PrivateDnsNameOptionsRequest enableResourceNameDnsARecord(boolean value) {
      return set("EnableResourceNameDnsARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsARecord} to this value; see {@link
     * #enableResourceNameDnsARecord(boolean)}.
     */
    public PrivateDnsNameOptionsRequest enableResourceNameDnsARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsARecord", value);
    }

    /**
     * Allowed values: {@code ip-name}, {@code resource-name}. CloudFormation property {@code
     * HostnameType}.
     */
    public PrivateDnsNameOptionsRequest hostnameType(String value) {
      return set("HostnameType", Value.of(value));
    }

    /** Sets {@code HostnameType} to this value; see {@link #hostnameType(String)}. */
    public PrivateDnsNameOptionsRequest hostnameType(Value<String> value) {
      return set("HostnameType", value);
    }
  }

  /**
   * Property type {@code
   * AWS::WorkspacesInstances::WorkspaceInstance.RunInstancesMonitoringEnabled}.
   */
  public static final class RunInstancesMonitoringEnabled extends Struct<RunInstancesMonitoringEnabled> {
    private static final Schema SCHEMA = Schema.of("AWS::WorkspacesInstances::WorkspaceInstance.RunInstancesMonitoringEnabled");

    public RunInstancesMonitoringEnabled() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public RunInstancesMonitoringEnabled enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public RunInstancesMonitoringEnabled enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /** Property type {@code AWS::WorkspacesInstances::WorkspaceInstance.TagSpecification}. */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::WorkspaceInstance.TagSpecification")
        .allowed("ResourceType", "instance", "volume", "spot-instances-request",
            "network-interface")
        .build();

    public TagSpecification() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code instance}, {@code volume}, {@code spot-instances-request}, {@code
     * network-interface}. CloudFormation property {@code ResourceType}.
     */
    public TagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /** CloudFormation property {@code Tags}. */
    public TagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }
}
