// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Specifies a Spot Fleet request.
 *
 * <p>The Spot Fleet request specifies the total target capacity and the On-Demand target capacity.
 * Amazon EC2 calculates the difference between the total capacity and On-Demand capacity, and
 * launches the difference as Spot capacity.
 *
 * <p>You can submit a single request that includes multiple launch specifications that vary by
 * instance type, AMI, Availability Zone, or subnet.
 *
 * <p>By default, the Spot Fleet requests Spot Instances in the Spot Instance pool where the price
 * per unit is the lowest. Each launch specification can include its own instance weighting that
 * reflects the value of the instance type to your application workload.
 *
 * <p>Alternatively, you can specify that the Spot Fleet distribute the target capacity across the
 * Spot pools included in its launch specifications. By ensuring that the Spot Instances in your
 * Spot Fleet are in different Spot pools, you can improve the availability of your fleet.
 *
 * <p>You can specify tags for the Spot Fleet request and instances launched by the fleet. You
 * cannot tag other resource types in a Spot Fleet request because only the
 * <code>spot-fleet-request</code> and <code>instance</code> resource types are supported.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet.html">Spot Fleet</a> in the
 * <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::SpotFleet}.
 */
public final class SpotFleet extends Resource<SpotFleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet")
      .required("SpotFleetRequestConfigData")
      .refYields("Id")
      .attributes("Id")
      .build();

  public SpotFleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes the configuration of a Spot Fleet request.
   *
   * <p>Required. CloudFormation property {@code SpotFleetRequestConfigData}.
   */
  public SpotFleet spotFleetRequestConfigData(Value<SpotFleetRequestConfigData> value) {
    return set("SpotFleetRequestConfigData", value);
  }

  /**
   * The tags for a Spot Fleet resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SpotFleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SpotFleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * The ID of the Spot Fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an
   * instance. To exclude accelerator-enabled instance types, set <code>Max</code> to <code>0</code>
   * .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.AcceleratorCountRequest}.
   */
  public static final class AcceleratorCountRequest extends Struct<AcceleratorCountRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.AcceleratorCountRequest");

    public AcceleratorCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of accelerators. To specify no maximum limit, omit this parameter. To
     * exclude accelerator-enabled instance types, set <code>Max</code> to <code>0</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public AcceleratorCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of accelerators. To specify no minimum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public AcceleratorCountRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorCountRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum amount of total accelerator memory, in MiB.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.AcceleratorTotalMemoryMiBRequest}.
   */
  public static final class AcceleratorTotalMemoryMiBRequest extends Struct<AcceleratorTotalMemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.AcceleratorTotalMemoryMiBRequest");

    public AcceleratorTotalMemoryMiBRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public AcceleratorTotalMemoryMiBRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorTotalMemoryMiBRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public AcceleratorTotalMemoryMiBRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorTotalMemoryMiBRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html">Amazon
   * EBS–optimized instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.BaselineEbsBandwidthMbpsRequest}.
   */
  public static final class BaselineEbsBandwidthMbpsRequest extends Struct<BaselineEbsBandwidthMbpsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.BaselineEbsBandwidthMbpsRequest");

    public BaselineEbsBandwidthMbpsRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public BaselineEbsBandwidthMbpsRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public BaselineEbsBandwidthMbpsRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public BaselineEbsBandwidthMbpsRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public BaselineEbsBandwidthMbpsRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The baseline performance to consider, using an instance family as a baseline reference. The
   * instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this
   * baseline to guide instance type selection, but there is no guarantee that the selected instance
   * types will always exceed the baseline for every application.
   *
   * <p>Currently, this parameter only supports CPU performance as a baseline performance factor.
   * For example, specifying <code>c6i</code> would use the CPU performance of the <code>c6i</code>
   * family as the baseline reference.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.BaselinePerformanceFactorsRequest}.
   */
  public static final class BaselinePerformanceFactorsRequest extends Struct<BaselinePerformanceFactorsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.BaselinePerformanceFactorsRequest");

    public BaselinePerformanceFactorsRequest() {
      super(SCHEMA);
    }

    /**
     * The CPU performance to consider, using an instance family as the baseline reference.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public BaselinePerformanceFactorsRequest cpu(Value<CpuPerformanceFactorRequest> value) {
      return set("Cpu", value);
    }
  }

  /**
   * Specifies a block device mapping.
   *
   * <p>You can specify <code>Ebs</code> or <code>VirtualName</code> , but not both.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.BlockDeviceMapping}.
   */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.BlockDeviceMapping")
        .required("DeviceName")
        .build();

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name. For available device names, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html">Device names
     * for volumes</a> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code DeviceName}.
     */
    public BlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public BlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * Parameters used to automatically set up EBS volumes when the instance is launched.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ebs}.
     */
    public BlockDeviceMapping ebs(Value<EbsBlockDevice> value) {
      return set("Ebs", value);
    }

    /**
     * To omit the device from the block device mapping, specify an empty string. When this property
     * is specified, the device is removed from the block device mapping regardless of the assigned
     * value.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NoDevice}.
     */
    public BlockDeviceMapping noDevice(String value) {
      return set("NoDevice", Value.of(value));
    }

    /** Sets {@code NoDevice} to this value; see {@link #noDevice(String)}. */
    public BlockDeviceMapping noDevice(Value<String> value) {
      return set("NoDevice", value);
    }

    /**
     * The virtual device name ( <code>ephemeral</code> N). Instance store volumes are numbered
     * starting from 0. An instance type with 2 available instance store volumes can specify
     * mappings for <code>ephemeral0</code> and <code>ephemeral1</code> . The number of available
     * instance store volumes depends on the instance type. After you connect to the instance, you
     * must mount the volume.
     *
     * <p>NVMe instance store volumes are automatically enumerated and assigned a device name.
     * Including them in your block device mapping has no effect.
     *
     * <p>Constraints: For M3 instances, you must specify instance store volumes in the block device
     * mapping for the instance. When you launch an M3 instance, we ignore any instance store
     * volumes specified in the block device mapping for the AMI.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VirtualName}.
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
   * Specifies a Classic Load Balancer.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.ClassicLoadBalancer}.
   */
  public static final class ClassicLoadBalancer extends Struct<ClassicLoadBalancer> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.ClassicLoadBalancer")
        .required("Name")
        .build();

    public ClassicLoadBalancer() {
      super(SCHEMA);
    }

    /**
     * The name of the load balancer.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public ClassicLoadBalancer name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ClassicLoadBalancer name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Specifies the Classic Load Balancers to attach to a Spot Fleet. Spot Fleet registers the
   * running Spot Instances with these Classic Load Balancers.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.ClassicLoadBalancersConfig}.
   */
  public static final class ClassicLoadBalancersConfig extends Struct<ClassicLoadBalancersConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.ClassicLoadBalancersConfig")
        .required("ClassicLoadBalancers")
        .build();

    public ClassicLoadBalancersConfig() {
      super(SCHEMA);
    }

    /**
     * One or more Classic Load Balancers.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ClassicLoadBalancers}.
     */
    public ClassicLoadBalancersConfig classicLoadBalancers(List<ClassicLoadBalancer> value) {
      return set("ClassicLoadBalancers", Value.listOf(value));
    }

    /** Sets {@code ClassicLoadBalancers} to this value; see {@link #classicLoadBalancers(List)}. */
    public ClassicLoadBalancersConfig classicLoadBalancers(Value<List<ClassicLoadBalancer>> value) {
      return set("ClassicLoadBalancers", value);
    }

    /**
     * Sets {@code ClassicLoadBalancers} to a list of these; see {@link
     * #classicLoadBalancers(List)}.
     */
    public ClassicLoadBalancersConfig classicLoadBalancers(ClassicLoadBalancer... values) {
      return set("ClassicLoadBalancers", Value.list(values));
    }
  }

  /**
   * The CPU performance to consider, using an instance family as the baseline reference.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.CpuPerformanceFactorRequest}.
   */
  public static final class CpuPerformanceFactorRequest extends Struct<CpuPerformanceFactorRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.CpuPerformanceFactorRequest");

    public CpuPerformanceFactorRequest() {
      super(SCHEMA);
    }

    /**
     * Specify an instance family to use as the baseline reference for CPU performance. All instance
     * types that match your specified attributes will be compared against the CPU performance of
     * the referenced instance family, regardless of CPU manufacturer or architecture differences.
     *
     * <p>Currently, only one instance family can be specified in the list.
     *
     * <p>CloudFormation property {@code References}.
     */
    public CpuPerformanceFactorRequest references(List<PerformanceFactorReferenceRequest> value) {
      return set("References", Value.listOf(value));
    }

    /** Sets {@code References} to this value; see {@link #references(List)}. */
    public CpuPerformanceFactorRequest references(Value<List<PerformanceFactorReferenceRequest>> value) {
      return set("References", value);
    }

    /** Sets {@code References} to a list of these; see {@link #references(List)}. */
    public CpuPerformanceFactorRequest references(PerformanceFactorReferenceRequest... values) {
      return set("References", Value.list(values));
    }
  }

  /**
   * Describes a block device for an EBS volume.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.EbsBlockDevice}.
   */
  public static final class EbsBlockDevice extends Struct<EbsBlockDevice> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.EbsBlockDevice");

    public EbsBlockDevice() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the EBS volume is deleted on instance termination. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserving-volumes-on-termination">Preserving
     * Amazon EBS volumes on instance termination</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeleteOnTermination}.
     */
    public EbsBlockDevice deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public EbsBlockDevice deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * Indicates whether the encryption state of an EBS volume is changed while being restored from
     * a backing snapshot. The effect of setting the encryption state to <code>true</code> depends
     * on the volume origin (new or from a snapshot), starting encryption state, ownership, and
     * whether encryption by default is enabled. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html#encryption-parameters">Amazon
     * EBS Encryption</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>In no case can you remove encryption from an encrypted volume.
     *
     * <p>Encrypted volumes can only be attached to instances that support Amazon EBS encryption.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html#EBSEncryption_supported_instances">Supported
     * Instance Types</a> .
     *
     * <p>This parameter is not returned by <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageAttribute.html">DescribeImageAttribute</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Encrypted}.
     */
    public EbsBlockDevice encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public EbsBlockDevice encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The number of I/O operations per second (IOPS). For <code>gp3</code> , <code>io1</code> , and
     * <code>io2</code> volumes, this represents the number of IOPS that are provisioned for the
     * volume. For <code>gp2</code> volumes, this represents the baseline performance of the volume
     * and the rate at which the volume accumulates I/O credits for bursting.
     *
     * <p>The following are the supported values for each volume type:
     *
     * <ul> <li><code>gp3</code> : 3,000 - 80,000 IOPS <li><code>io1</code> : 100 - 64,000 IOPS
     * <li><code>io2</code> : 100 - 256,000 IOPS </ul>
     *
     * <p>For <code>io2</code> volumes, you can achieve up to 256,000 IOPS on <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html#ec2-nitro-instances">instances
     * built on the Nitro System</a> . On other instances, you can achieve performance up to 32,000
     * IOPS.
     *
     * <p>This parameter is required for <code>io1</code> and <code>io2</code> volumes. The default
     * for <code>gp3</code> volumes is 3,000 IOPS.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Iops}.
     */
    public EbsBlockDevice iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EbsBlockDevice iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The ID of the snapshot.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotId}.
     */
    public EbsBlockDevice snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public EbsBlockDevice snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If
     * you specify a snapshot, the default is the snapshot size. You can specify a volume size that
     * is equal to or larger than the snapshot size.
     *
     * <p>The following are the supported sizes for each volume type:
     *
     * <ul> <li><code>gp2</code> : 1 - 16,384 GiB <li><code>gp3</code> : 1 - 65,536 GiB
     * <li><code>io1</code> : 4 - 16,384 GiB <li><code>io2</code> : 4 - 65,536 GiB
     * <li><code>st1</code> and <code>sc1</code> : 125 - 16,384 GiB <li><code>standard</code> : 1 -
     * 1024 GiB </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VolumeSize}.
     */
    public EbsBlockDevice volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EbsBlockDevice volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The volume type. For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html">Amazon EBS
     * volume types</a> in the <em>Amazon EBS User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VolumeType}.
     */
    public EbsBlockDevice volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EbsBlockDevice volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Specifies the launch template to be used by the Spot Fleet request for configuring Amazon EC2
   * instances.
   *
   * <p>You must specify the following:
   *
   * <ul> <li>The ID or the name of the launch template, but not both. <li>The version of the launch
   * template. </ul>
   *
   * <p><code>FleetLaunchTemplateSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-spotfleet.html">AWS::EC2::SpotFleet</a>
   * resource.
   *
   * <p>For information about creating a launch template, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html">AWS::EC2::LaunchTemplate</a>
   * and <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html#create-launch-template">Create
   * a launch template</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>For examples of launch templates, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html#aws-resource-ec2-launchtemplate--examples">Examples</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.FleetLaunchTemplateSpecification}.
   */
  public static final class FleetLaunchTemplateSpecification extends Struct<FleetLaunchTemplateSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.FleetLaunchTemplateSpecification")
        .required("Version")
        .references("LaunchTemplateId", "AWS::EC2::LaunchTemplate.Ref")
        .constrain("LaunchTemplateName", Constraint.of().pattern("[a-zA-Z0-9\\(\\)\\.\\-/_]+").minLength(3).maxLength(128))
        .build();

    public FleetLaunchTemplateSpecification() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template.
     *
     * <p>You must specify the <code>LaunchTemplateId</code> or the <code>LaunchTemplateName</code>
     * , but not both.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LaunchTemplateId}.
     */
    public FleetLaunchTemplateSpecification launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public FleetLaunchTemplateSpecification launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * Sets {@code LaunchTemplateId} to the Ref of {@code AWS::EC2::LaunchTemplate}; see {@link
     * #launchTemplateId(String)}.
     */
    public FleetLaunchTemplateSpecification launchTemplateId(LaunchTemplate resource) {
      return set("LaunchTemplateId", resource.ref());
    }

    /**
     * The name of the launch template.
     *
     * <p>You must specify the <code>LaunchTemplateName</code> or the <code>LaunchTemplateId</code>
     * , but not both.
     *
     * <p>Changing it replaces the resource. Length: 3 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9&#92;(&#92;)&#92;.&#92;-/_]+}. CloudFormation property {@code LaunchTemplateName}.
     */
    public FleetLaunchTemplateSpecification launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public FleetLaunchTemplateSpecification launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * The version number of the launch template.
     *
     * <p>Specifying <code>$Latest</code> or <code>$Default</code> for the template version number
     * is not supported. However, you can specify <code>LatestVersionNumber</code> or
     * <code>DefaultVersionNumber</code> using the <code>Fn::GetAtt</code> intrinsic function. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html#aws-resource-ec2-launchtemplate-return-values-fn--getatt">Fn::GetAtt</a>
     * .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Version}.
     */
    public FleetLaunchTemplateSpecification version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public FleetLaunchTemplateSpecification version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Describes a security group.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.GroupIdentifier}.
   */
  public static final class GroupIdentifier extends Struct<GroupIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.GroupIdentifier")
        .required("GroupId")
        .build();

    public GroupIdentifier() {
      super(SCHEMA);
    }

    /**
     * The ID of the security group.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupId}.
     */
    public GroupIdentifier groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public GroupIdentifier groupId(Value<String> value) {
      return set("GroupId", value);
    }
  }

  /**
   * Describes an IAM instance profile.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.IamInstanceProfileSpecification}.
   */
  public static final class IamInstanceProfileSpecification extends Struct<IamInstanceProfileSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.IamInstanceProfileSpecification");

    public IamInstanceProfileSpecification() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the instance profile.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Arn}.
     */
    public IamInstanceProfileSpecification arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IamInstanceProfileSpecification arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * Describes an IPv6 address.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.InstanceIpv6Address}.
   */
  public static final class InstanceIpv6Address extends Struct<InstanceIpv6Address> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.InstanceIpv6Address")
        .required("Ipv6Address")
        .build();

    public InstanceIpv6Address() {
      super(SCHEMA);
    }

    /**
     * The IPv6 address.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Ipv6Address}.
     */
    public InstanceIpv6Address ipv6Address(String value) {
      return set("Ipv6Address", Value.of(value));
    }

    /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
    public InstanceIpv6Address ipv6Address(Value<String> value) {
      return set("Ipv6Address", value);
    }
  }

  /**
   * Describes a network interface.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.InstanceNetworkInterfaceSpecification}.
   */
  public static final class InstanceNetworkInterfaceSpecification extends Struct<InstanceNetworkInterfaceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.InstanceNetworkInterfaceSpecification")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public InstanceNetworkInterfaceSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to assign a public IPv4 address to an instance you launch in a VPC. The
     * public IP address can only be assigned to a network interface for eth0, and can only be
     * assigned to a new network interface, not an existing one. You cannot specify more than one
     * network interface in the request. If launching into a default subnet, the default value is
     * <code>true</code> .
     *
     * <p>AWS charges for all public IPv4 addresses, including public IPv4 addresses associated with
     * running instances and Elastic IP addresses. For more information, see the <em>Public IPv4
     * Address</em> tab on the <a href="https://docs.aws.amazon.com/vpc/pricing/">Amazon VPC pricing
     * page</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AssociatePublicIpAddress}.
     */
    public InstanceNetworkInterfaceSpecification associatePublicIpAddress(boolean value) {
      return set("AssociatePublicIpAddress", Value.of(value));
    }

    /**
     * Sets {@code AssociatePublicIpAddress} to this value; see {@link
     * #associatePublicIpAddress(boolean)}.
     */
    public InstanceNetworkInterfaceSpecification associatePublicIpAddress(Value<Boolean> value) {
      return set("AssociatePublicIpAddress", value);
    }

    /**
     * Indicates whether the network interface is deleted when the instance is terminated.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeleteOnTermination}.
     */
    public InstanceNetworkInterfaceSpecification deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public InstanceNetworkInterfaceSpecification deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * The description of the network interface. Applies only if creating a network interface when
     * launching an instance.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
     */
    public InstanceNetworkInterfaceSpecification description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public InstanceNetworkInterfaceSpecification description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The position of the network interface in the attachment order. A primary network interface
     * has a device index of 0.
     *
     * <p>If you specify a network interface when launching an instance, you must specify the device
     * index.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeviceIndex}.
     */
    public InstanceNetworkInterfaceSpecification deviceIndex(int value) {
      return set("DeviceIndex", Value.of(value));
    }

    /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(int)}. */
    public InstanceNetworkInterfaceSpecification deviceIndex(Value<Integer> value) {
      return set("DeviceIndex", value);
    }

    /**
     * The IDs of the security groups for the network interface. Applies only if creating a network
     * interface when launching an instance.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Groups}.
     */
    public InstanceNetworkInterfaceSpecification groups(List<String> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public InstanceNetworkInterfaceSpecification groups(Value<List<String>> value) {
      return set("Groups", value);
    }

    /**
     * A number of IPv6 addresses to assign to the network interface. Amazon EC2 chooses the IPv6
     * addresses from the range of the subnet. You cannot specify this option and the option to
     * assign specific IPv6 addresses in the same request. You can specify this option if you've
     * specified a minimum number of instances to launch.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6AddressCount}.
     */
    public InstanceNetworkInterfaceSpecification ipv6AddressCount(int value) {
      return set("Ipv6AddressCount", Value.of(value));
    }

    /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
    public InstanceNetworkInterfaceSpecification ipv6AddressCount(Value<Integer> value) {
      return set("Ipv6AddressCount", value);
    }

    /**
     * The IPv6 addresses to assign to the network interface. You cannot specify this option and the
     * option to assign a number of IPv6 addresses in the same request. You cannot specify this
     * option if you've specified a minimum number of instances to launch.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6Addresses}.
     */
    public InstanceNetworkInterfaceSpecification ipv6Addresses(List<InstanceIpv6Address> value) {
      return set("Ipv6Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv6Addresses} to this value; see {@link #ipv6Addresses(List)}. */
    public InstanceNetworkInterfaceSpecification ipv6Addresses(Value<List<InstanceIpv6Address>> value) {
      return set("Ipv6Addresses", value);
    }

    /** Sets {@code Ipv6Addresses} to a list of these; see {@link #ipv6Addresses(List)}. */
    public InstanceNetworkInterfaceSpecification ipv6Addresses(InstanceIpv6Address... values) {
      return set("Ipv6Addresses", Value.list(values));
    }

    /**
     * The ID of the network interface.
     *
     * <p>If you are creating a Spot Fleet, omit this parameter because you can’t specify a network
     * interface ID in a launch specification.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaceId}.
     */
    public InstanceNetworkInterfaceSpecification networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public InstanceNetworkInterfaceSpecification networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * The private IPv4 addresses to assign to the network interface. Only one private IPv4 address
     * can be designated as primary. You cannot specify this option if you're launching more than
     * one instance in a <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html">RunInstances</a>
     * request.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PrivateIpAddresses}.
     */
    public InstanceNetworkInterfaceSpecification privateIpAddresses(List<PrivateIpAddressSpecification> value) {
      return set("PrivateIpAddresses", Value.listOf(value));
    }

    /** Sets {@code PrivateIpAddresses} to this value; see {@link #privateIpAddresses(List)}. */
    public InstanceNetworkInterfaceSpecification privateIpAddresses(Value<List<PrivateIpAddressSpecification>> value) {
      return set("PrivateIpAddresses", value);
    }

    /**
     * Sets {@code PrivateIpAddresses} to a list of these; see {@link #privateIpAddresses(List)}.
     */
    public InstanceNetworkInterfaceSpecification privateIpAddresses(PrivateIpAddressSpecification... values) {
      return set("PrivateIpAddresses", Value.list(values));
    }

    /**
     * The number of secondary private IPv4 addresses. You can’t specify this parameter and also
     * specify a secondary private IP address using the <code>PrivateIpAddress</code> parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SecondaryPrivateIpAddressCount}.
     */
    public InstanceNetworkInterfaceSpecification secondaryPrivateIpAddressCount(int value) {
      return set("SecondaryPrivateIpAddressCount", Value.of(value));
    }

    /**
     * Sets {@code SecondaryPrivateIpAddressCount} to this value; see {@link
     * #secondaryPrivateIpAddressCount(int)}.
     */
    public InstanceNetworkInterfaceSpecification secondaryPrivateIpAddressCount(Value<Integer> value) {
      return set("SecondaryPrivateIpAddressCount", value);
    }

    /**
     * The ID of the subnet associated with the network interface.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
     * property {@code SubnetId}.
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
   * The attributes for the instance types. When you specify instance attributes, Amazon EC2 will
   * identify instance types with these attributes.
   *
   * <p>You must specify <code>VCpuCount</code> and <code>MemoryMiB</code> . All other attributes
   * are optional. Any unspecified optional attribute is set to its default.
   *
   * <p>When you specify multiple attributes, you get instance types that satisfy all of the
   * specified attributes. If you specify multiple values for an attribute, you get instance types
   * that satisfy any of the specified values.
   *
   * <p>To limit the list of instance types from which Amazon EC2 can identify matching instance
   * types, you can use one of the following parameters, but not both in the same request:
   *
   * <ul> <li><code>AllowedInstanceTypes</code> - The instance types to include in the list. All
   * other instance types are ignored, even if they match your specified attributes.
   * <li><code>ExcludedInstanceTypes</code> - The instance types to exclude from the list, even if
   * they match your specified attributes. </ul>
   *
   * <p>If you specify <code>InstanceRequirements</code> , you can't specify
   * <code>InstanceType</code> . Attribute-based instance type selection is only supported when
   * using Auto Scaling groups, EC2 Fleet, and Spot Fleet to launch instances. If you plan to use
   * the launch template in the <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-instance-wizard.html">launch
   * instance wizard</a> , or with the <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html">RunInstances</a>
   * API or <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * AWS CloudFormation resource, you can't specify <code>InstanceRequirements</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-attribute-based-instance-type-selection.html">Specify
   * attributes for instance type selection for EC2 Fleet or Spot Fleet</a> and <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-placement-score.html">Spot
   * placement score</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.InstanceRequirementsRequest}.
   */
  public static final class InstanceRequirementsRequest extends Struct<InstanceRequirementsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.InstanceRequirementsRequest")
        .allowed("AcceleratorManufacturers", "amazon-web-services", "amd", "habana", "nvidia",
            "xilinx")
        .allowed("AcceleratorNames", "a10g", "a100", "h100", "inferentia", "k520", "k80", "m60",
            "radeon-pro-v520", "t4", "t4g", "vu9p", "v100", "l40s", "l4", "gaudi-hl-205",
            "inferentia2", "trainium", "trainium2", "u30")
        .allowed("AcceleratorTypes", "gpu", "fpga", "inference", "media")
        .constrain("AllowedInstanceTypes", Constraint.of().pattern("[a-zA-Z0-9\\.\\*]+").minLength(1).maxLength(30))
        .allowed("BareMetal", "included", "required", "excluded")
        .allowed("BurstablePerformance", "included", "required", "excluded")
        .allowed("CpuManufacturers", "intel", "amd", "amazon-web-services", "apple")
        .constrain("ExcludedInstanceTypes", Constraint.of().pattern("[a-zA-Z0-9\\.\\*]+").minLength(1).maxLength(30))
        .allowed("InstanceGenerations", "current", "previous")
        .allowed("LocalStorage", "included", "required", "excluded")
        .allowed("LocalStorageTypes", "hdd", "ssd")
        .build();

    public InstanceRequirementsRequest() {
      super(SCHEMA);
    }

    /**
     * The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an
     * instance.
     *
     * <p>To exclude accelerator-enabled instance types, set <code>Max</code> to <code>0</code> .
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AcceleratorCount}.
     */
    public InstanceRequirementsRequest acceleratorCount(Value<AcceleratorCountRequest> value) {
      return set("AcceleratorCount", value);
    }

    /**
     * Indicates whether instance types must have accelerators by specific manufacturers.
     *
     * <ul> <li>For instance types with AWS devices, specify <code>amazon-web-services</code> .
     * <li>For instance types with AMD devices, specify <code>amd</code> . <li>For instance types
     * with Habana devices, specify <code>habana</code> . <li>For instance types with NVIDIA
     * devices, specify <code>nvidia</code> . <li>For instance types with Xilinx devices, specify
     * <code>xilinx</code> . </ul>
     *
     * <p>Default: Any manufacturer
     *
     * <p>Changing it replaces the resource. Allowed values: {@code amazon-web-services}, {@code
     * amd}, {@code habana}, {@code nvidia}, {@code xilinx}. CloudFormation property {@code
     * AcceleratorManufacturers}.
     */
    public InstanceRequirementsRequest acceleratorManufacturers(List<String> value) {
      return set("AcceleratorManufacturers", Value.listOf(value));
    }

    /**
     * Sets {@code AcceleratorManufacturers} to this value; see {@link
     * #acceleratorManufacturers(List)}.
     */
    public InstanceRequirementsRequest acceleratorManufacturers(Value<List<String>> value) {
      return set("AcceleratorManufacturers", value);
    }

    /**
     * The accelerators that must be on the instance type.
     *
     * <ul> <li>For instance types with NVIDIA A10G GPUs, specify <code>a10g</code> . <li>For
     * instance types with NVIDIA A100 GPUs, specify <code>a100</code> . <li>For instance types with
     * NVIDIA H100 GPUs, specify <code>h100</code> . <li>For instance types with AWS Inferentia
     * chips, specify <code>inferentia</code> . <li>For instance types with AWS Inferentia2 chips,
     * specify <code>inferentia2</code> . <li>For instance types with Habana Gaudi HL-205 GPUs,
     * specify <code>gaudi-hl-205</code> . <li>For instance types with NVIDIA GRID K520 GPUs,
     * specify <code>k520</code> . <li>For instance types with NVIDIA K80 GPUs, specify
     * <code>k80</code> . <li>For instance types with NVIDIA L4 GPUs, specify <code>l4</code> .
     * <li>For instance types with NVIDIA L40S GPUs, specify <code>l40s</code> . <li>For instance
     * types with NVIDIA M60 GPUs, specify <code>m60</code> . <li>For instance types with AMD Radeon
     * Pro V520 GPUs, specify <code>radeon-pro-v520</code> . <li>For instance types with AWS
     * Trainium chips, specify <code>trainium</code> . <li>For instance types with AWS Trainium2
     * chips, specify <code>trainium2</code> . <li>For instance types with NVIDIA T4 GPUs, specify
     * <code>t4</code> . <li>For instance types with NVIDIA T4G GPUs, specify <code>t4g</code> .
     * <li>For instance types with Xilinx U30 cards, specify <code>u30</code> . <li>For instance
     * types with Xilinx VU9P FPGAs, specify <code>vu9p</code> . <li>For instance types with NVIDIA
     * V100 GPUs, specify <code>v100</code> . </ul>
     *
     * <p>Default: Any accelerator
     *
     * <p>Changing it replaces the resource. Allowed values: {@code a10g}, {@code a100}, {@code
     * h100}, {@code inferentia}, {@code k520}, {@code k80}, {@code m60}, {@code radeon-pro-v520},
     * {@code t4}, {@code t4g}, {@code vu9p}, {@code v100}, {@code l40s}, {@code l4}, {@code
     * gaudi-hl-205}, {@code inferentia2}, {@code trainium}, {@code trainium2}, {@code u30}.
     * CloudFormation property {@code AcceleratorNames}.
     */
    public InstanceRequirementsRequest acceleratorNames(List<String> value) {
      return set("AcceleratorNames", Value.listOf(value));
    }

    /** Sets {@code AcceleratorNames} to this value; see {@link #acceleratorNames(List)}. */
    public InstanceRequirementsRequest acceleratorNames(Value<List<String>> value) {
      return set("AcceleratorNames", value);
    }

    /**
     * The minimum and maximum amount of total accelerator memory, in MiB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AcceleratorTotalMemoryMiB}.
     */
    public InstanceRequirementsRequest acceleratorTotalMemoryMiB(Value<AcceleratorTotalMemoryMiBRequest> value) {
      return set("AcceleratorTotalMemoryMiB", value);
    }

    /**
     * The accelerator types that must be on the instance type.
     *
     * <ul> <li>For instance types with FPGA accelerators, specify <code>fpga</code> . <li>For
     * instance types with GPU accelerators, specify <code>gpu</code> . <li>For instance types with
     * Inference accelerators, specify <code>inference</code> . <li>For instance types with Media
     * accelerators, specify <code>media</code> . </ul>
     *
     * <p>Default: Any accelerator type
     *
     * <p>Changing it replaces the resource. Allowed values: {@code gpu}, {@code fpga}, {@code
     * inference}, {@code media}. CloudFormation property {@code AcceleratorTypes}.
     */
    public InstanceRequirementsRequest acceleratorTypes(List<String> value) {
      return set("AcceleratorTypes", Value.listOf(value));
    }

    /** Sets {@code AcceleratorTypes} to this value; see {@link #acceleratorTypes(List)}. */
    public InstanceRequirementsRequest acceleratorTypes(Value<List<String>> value) {
      return set("AcceleratorTypes", value);
    }

    /**
     * The instance types to apply your specified attributes against. All other instance types are
     * ignored, even if they match your specified attributes.
     *
     * <p>You can use strings with one or more wild cards, represented by an asterisk (
     * <code><em></code> ), to allow an instance type, size, or generation. The following are
     * examples: <code>m5.8xlarge</code> , <code>c5</em>.<em></code> , <code>m5a.</em></code> ,
     * <code>r*</code> , <code><em>3</em></code> .
     *
     * <p>For example, if you specify <code>c5*</code> ,Amazon EC2 will allow the entire C5 instance
     * family, which includes all C5a and C5n instance types. If you specify <code>m5a.*</code> ,
     * Amazon EC2 will allow all the M5a instance types, but not the M5n instance types.
     *
     * <p>If you specify <code>AllowedInstanceTypes</code> , you can't specify
     * <code>ExcludedInstanceTypes</code> .
     *
     * <p>Default: All instance types
     *
     * <p>Changing it replaces the resource. Length: 1 to 30 characters. Pattern: {@code
     * [a-zA-Z0-9&#92;.&#92;*]+}. CloudFormation property {@code AllowedInstanceTypes}.
     */
    public InstanceRequirementsRequest allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirementsRequest allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }

    /**
     * Indicates whether bare metal instance types must be included, excluded, or required.
     *
     * <ul> <li>To include bare metal instance types, specify <code>included</code> . <li>To require
     * only bare metal instance types, specify <code>required</code> . <li>To exclude bare metal
     * instance types, specify <code>excluded</code> . </ul>
     *
     * <p>Default: <code>excluded</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code included}, {@code required},
     * {@code excluded}. CloudFormation property {@code BareMetal}.
     */
    public InstanceRequirementsRequest bareMetal(String value) {
      return set("BareMetal", Value.of(value));
    }

    /** Sets {@code BareMetal} to this value; see {@link #bareMetal(String)}. */
    public InstanceRequirementsRequest bareMetal(Value<String> value) {
      return set("BareMetal", value);
    }

    /**
     * The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see
     * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html">Amazon
     * EBS–optimized instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * BaselineEbsBandwidthMbps}.
     */
    public InstanceRequirementsRequest baselineEbsBandwidthMbps(Value<BaselineEbsBandwidthMbpsRequest> value) {
      return set("BaselineEbsBandwidthMbps", value);
    }

    /**
     * The baseline performance to consider, using an instance family as a baseline reference. The
     * instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this
     * baseline to guide instance type selection, but there is no guarantee that the selected
     * instance types will always exceed the baseline for every application. Currently, this
     * parameter only supports CPU performance as a baseline performance factor. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-attribute-based-instance-type-selection.html#ec2fleet-abis-performance-protection">Performance
     * protection</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code BaselinePerformanceFactors}.
     */
    public InstanceRequirementsRequest baselinePerformanceFactors(Value<BaselinePerformanceFactorsRequest> value) {
      return set("BaselinePerformanceFactors", value);
    }

    /**
     * Indicates whether burstable performance T instance types are included, excluded, or required.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html">Burstable
     * performance instances</a> .
     *
     * <ul> <li>To include burstable performance instance types, specify <code>included</code> .
     * <li>To require only burstable performance instance types, specify <code>required</code> .
     * <li>To exclude burstable performance instance types, specify <code>excluded</code> . </ul>
     *
     * <p>Default: <code>excluded</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code included}, {@code required},
     * {@code excluded}. CloudFormation property {@code BurstablePerformance}.
     */
    public InstanceRequirementsRequest burstablePerformance(String value) {
      return set("BurstablePerformance", Value.of(value));
    }

    /**
     * Sets {@code BurstablePerformance} to this value; see {@link #burstablePerformance(String)}.
     */
    public InstanceRequirementsRequest burstablePerformance(Value<String> value) {
      return set("BurstablePerformance", value);
    }

    /**
     * The CPU manufacturers to include.
     *
     * <ul> <li>For instance types with Intel CPUs, specify <code>intel</code> . <li>For instance
     * types with AMD CPUs, specify <code>amd</code> . <li>For instance types with AWS CPUs, specify
     * <code>amazon-web-services</code> . <li>For instance types with Apple CPUs, specify
     * <code>apple</code> . </ul>
     *
     * <p>Don't confuse the CPU manufacturer with the CPU architecture. Instances will be launched
     * with a compatible CPU architecture based on the Amazon Machine Image (AMI) that you specify
     * in your launch template.
     *
     * <p>Default: Any manufacturer
     *
     * <p>Changing it replaces the resource. Allowed values: {@code intel}, {@code amd}, {@code
     * amazon-web-services}, {@code apple}. CloudFormation property {@code CpuManufacturers}.
     */
    public InstanceRequirementsRequest cpuManufacturers(List<String> value) {
      return set("CpuManufacturers", Value.listOf(value));
    }

    /** Sets {@code CpuManufacturers} to this value; see {@link #cpuManufacturers(List)}. */
    public InstanceRequirementsRequest cpuManufacturers(Value<List<String>> value) {
      return set("CpuManufacturers", value);
    }

    /**
     * The instance types to exclude.
     *
     * <p>You can use strings with one or more wild cards, represented by an asterisk (
     * <code><em></code> ), to exclude an instance family, type, size, or generation. The following
     * are examples: <code>m5.8xlarge</code> , <code>c5</em>.<em></code> , <code>m5a.</em></code> ,
     * <code>r*</code> , <code><em>3</em></code> .
     *
     * <p>For example, if you specify <code>c5*</code> ,Amazon EC2 will exclude the entire C5
     * instance family, which includes all C5a and C5n instance types. If you specify
     * <code>m5a.*</code> , Amazon EC2 will exclude all the M5a instance types, but not the M5n
     * instance types.
     *
     * <p>If you specify <code>ExcludedInstanceTypes</code> , you can't specify
     * <code>AllowedInstanceTypes</code> .
     *
     * <p>Default: No excluded instance types
     *
     * <p>Changing it replaces the resource. Length: 1 to 30 characters. Pattern: {@code
     * [a-zA-Z0-9&#92;.&#92;*]+}. CloudFormation property {@code ExcludedInstanceTypes}.
     */
    public InstanceRequirementsRequest excludedInstanceTypes(List<String> value) {
      return set("ExcludedInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludedInstanceTypes} to this value; see {@link #excludedInstanceTypes(List)}.
     */
    public InstanceRequirementsRequest excludedInstanceTypes(Value<List<String>> value) {
      return set("ExcludedInstanceTypes", value);
    }

    /**
     * Indicates whether current or previous generation instance types are included. The current
     * generation instance types are recommended for use. Current generation instance types are
     * typically the latest two to three generations in each instance family. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
     * types</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>For current generation instance types, specify <code>current</code> .
     *
     * <p>For previous generation instance types, specify <code>previous</code> .
     *
     * <p>Default: Current and previous generation instance types
     *
     * <p>Changing it replaces the resource. Allowed values: {@code current}, {@code previous}.
     * CloudFormation property {@code InstanceGenerations}.
     */
    public InstanceRequirementsRequest instanceGenerations(List<String> value) {
      return set("InstanceGenerations", Value.listOf(value));
    }

    /** Sets {@code InstanceGenerations} to this value; see {@link #instanceGenerations(List)}. */
    public InstanceRequirementsRequest instanceGenerations(Value<List<String>> value) {
      return set("InstanceGenerations", value);
    }

    /**
     * Indicates whether instance types with instance store volumes are included, excluded, or
     * required. For more information, <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html">Amazon EC2
     * instance store</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <ul> <li>To include instance types with instance store volumes, specify <code>included</code>
     * . <li>To require only instance types with instance store volumes, specify
     * <code>required</code> . <li>To exclude instance types with instance store volumes, specify
     * <code>excluded</code> . </ul>
     *
     * <p>Default: <code>included</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code included}, {@code required},
     * {@code excluded}. CloudFormation property {@code LocalStorage}.
     */
    public InstanceRequirementsRequest localStorage(String value) {
      return set("LocalStorage", Value.of(value));
    }

    /** Sets {@code LocalStorage} to this value; see {@link #localStorage(String)}. */
    public InstanceRequirementsRequest localStorage(Value<String> value) {
      return set("LocalStorage", value);
    }

    /**
     * The type of local storage that is required.
     *
     * <ul> <li>For instance types with hard disk drive (HDD) storage, specify <code>hdd</code> .
     * <li>For instance types with solid state drive (SSD) storage, specify <code>ssd</code> . </ul>
     *
     * <p>Default: <code>hdd</code> and <code>ssd</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code hdd}, {@code ssd}.
     * CloudFormation property {@code LocalStorageTypes}.
     */
    public InstanceRequirementsRequest localStorageTypes(List<String> value) {
      return set("LocalStorageTypes", Value.listOf(value));
    }

    /** Sets {@code LocalStorageTypes} to this value; see {@link #localStorageTypes(List)}. */
    public InstanceRequirementsRequest localStorageTypes(Value<List<String>> value) {
      return set("LocalStorageTypes", value);
    }

    /**
     * [Price protection] The price protection threshold for Spot Instances, as a percentage of an
     * identified On-Demand price. The identified On-Demand price is the price of the lowest priced
     * current generation C, M, or R instance type with your specified attributes. If no current
     * generation C, M, or R instance type matches your attributes, then the identified price is
     * from the lowest priced current generation instance types, and failing that, from the lowest
     * priced previous generation instance types that match your attributes. When Amazon EC2 selects
     * instance types with your attributes, it will exclude instance types whose price exceeds your
     * specified threshold.
     *
     * <p>The parameter accepts an integer, which Amazon EC2 interprets as a percentage.
     *
     * <p>If you set <code>TargetCapacityUnitType</code> to <code>vcpu</code> or
     * <code>memory-mib</code> , the price protection threshold is based on the per vCPU or per
     * memory price instead of the per instance price.
     *
     * <p>Only one of <code>SpotMaxPricePercentageOverLowestPrice</code> or
     * <code>MaxSpotPriceAsPercentageOfOptimalOnDemandPrice</code> can be specified. If you don't
     * specify either, Amazon EC2 will automatically apply optimal price protection to consistently
     * select from a wide range of instance types. To indicate no price protection threshold for
     * Spot Instances, meaning you want to consider all instance types that match your attributes,
     * include one of these parameters and specify a high value, such as <code>999999</code> .
     *
     * <p>CloudFormation property {@code MaxSpotPriceAsPercentageOfOptimalOnDemandPrice}.
     */
    public InstanceRequirementsRequest maxSpotPriceAsPercentageOfOptimalOnDemandPrice(int value) {
      return set("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", Value.of(value));
    }

    /**
     * Sets {@code MaxSpotPriceAsPercentageOfOptimalOnDemandPrice} to this value; see {@link
     * #maxSpotPriceAsPercentageOfOptimalOnDemandPrice(int)}.
     */
    public InstanceRequirementsRequest maxSpotPriceAsPercentageOfOptimalOnDemandPrice(Value<Integer> value) {
      return set("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", value);
    }

    /**
     * The minimum and maximum amount of memory per vCPU, in GiB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MemoryGiBPerVCpu}.
     */
    public InstanceRequirementsRequest memoryGiBPerVCpu(Value<MemoryGiBPerVCpuRequest> value) {
      return set("MemoryGiBPerVCpu", value);
    }

    /**
     * The minimum and maximum amount of memory, in MiB.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MemoryMiB}.
     */
    public InstanceRequirementsRequest memoryMiB(Value<MemoryMiBRequest> value) {
      return set("MemoryMiB", value);
    }

    /**
     * The minimum and maximum amount of baseline network bandwidth, in gigabits per second (Gbps).
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html">Amazon
     * EC2 instance network bandwidth</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NetworkBandwidthGbps}.
     */
    public InstanceRequirementsRequest networkBandwidthGbps(Value<NetworkBandwidthGbpsRequest> value) {
      return set("NetworkBandwidthGbps", value);
    }

    /**
     * The minimum and maximum number of network interfaces.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaceCount}.
     */
    public InstanceRequirementsRequest networkInterfaceCount(Value<NetworkInterfaceCountRequest> value) {
      return set("NetworkInterfaceCount", value);
    }

    /**
     * [Price protection] The price protection threshold for On-Demand Instances, as a percentage
     * higher than an identified On-Demand price. The identified On-Demand price is the price of the
     * lowest priced current generation C, M, or R instance type with your specified attributes.
     * When Amazon EC2 selects instance types with your attributes, it will exclude instance types
     * whose price exceeds your specified threshold.
     *
     * <p>The parameter accepts an integer, which Amazon EC2 interprets as a percentage.
     *
     * <p>To indicate no price protection threshold, specify a high value, such as
     * <code>999999</code> .
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSpotPlacementScores.html">GetSpotPlacementScores</a>
     * and <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceTypesFromInstanceRequirements.html">GetInstanceTypesFromInstanceRequirements</a>
     * .
     *
     * <p>If you set <code>TargetCapacityUnitType</code> to <code>vcpu</code> or
     * <code>memory-mib</code> , the price protection threshold is applied based on the per-vCPU or
     * per-memory price instead of the per-instance price.
     *
     * <p>Default: <code>20</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * OnDemandMaxPricePercentageOverLowestPrice}.
     */
    public InstanceRequirementsRequest onDemandMaxPricePercentageOverLowestPrice(int value) {
      return set("OnDemandMaxPricePercentageOverLowestPrice", Value.of(value));
    }

    /**
     * Sets {@code OnDemandMaxPricePercentageOverLowestPrice} to this value; see {@link
     * #onDemandMaxPricePercentageOverLowestPrice(int)}.
     */
    public InstanceRequirementsRequest onDemandMaxPricePercentageOverLowestPrice(Value<Integer> value) {
      return set("OnDemandMaxPricePercentageOverLowestPrice", value);
    }

    /**
     * Specifies whether instance types must support encrypting in-transit traffic between
     * instances. For more information, including the supported instance types, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html#encryption-transit">Encryption
     * in transit</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: <code>false</code>
     *
     * <p>CloudFormation property {@code RequireEncryptionInTransit}.
     */
    public InstanceRequirementsRequest requireEncryptionInTransit(boolean value) {
      return set("RequireEncryptionInTransit", Value.of(value));
    }

    /**
     * Sets {@code RequireEncryptionInTransit} to this value; see {@link
     * #requireEncryptionInTransit(boolean)}.
     */
    public InstanceRequirementsRequest requireEncryptionInTransit(Value<Boolean> value) {
      return set("RequireEncryptionInTransit", value);
    }

    /**
     * Indicates whether instance types must support hibernation for On-Demand Instances.
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSpotPlacementScores.html">GetSpotPlacementScores</a>
     * .
     *
     * <p>Default: <code>false</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * RequireHibernateSupport}.
     */
    public InstanceRequirementsRequest requireHibernateSupport(boolean value) {
      return set("RequireHibernateSupport", Value.of(value));
    }

    /**
     * Sets {@code RequireHibernateSupport} to this value; see {@link
     * #requireHibernateSupport(boolean)}.
     */
    public InstanceRequirementsRequest requireHibernateSupport(Value<Boolean> value) {
      return set("RequireHibernateSupport", value);
    }

    /**
     * [Price protection] The price protection threshold for Spot Instances, as a percentage higher
     * than an identified Spot price. The identified Spot price is the Spot price of the lowest
     * priced current generation C, M, or R instance type with your specified attributes. If no
     * current generation C, M, or R instance type matches your attributes, then the identified Spot
     * price is from the lowest priced current generation instance types, and failing that, from the
     * lowest priced previous generation instance types that match your attributes. When Amazon EC2
     * selects instance types with your attributes, it will exclude instance types whose Spot price
     * exceeds your specified threshold.
     *
     * <p>The parameter accepts an integer, which Amazon EC2 interprets as a percentage.
     *
     * <p>If you set <code>TargetCapacityUnitType</code> to <code>vcpu</code> or
     * <code>memory-mib</code> , the price protection threshold is applied based on the per-vCPU or
     * per-memory price instead of the per-instance price.
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetSpotPlacementScores.html">GetSpotPlacementScores</a>
     * and <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceTypesFromInstanceRequirements.html">GetInstanceTypesFromInstanceRequirements</a>
     * .
     *
     * <p>Only one of <code>SpotMaxPricePercentageOverLowestPrice</code> or
     * <code>MaxSpotPriceAsPercentageOfOptimalOnDemandPrice</code> can be specified. If you don't
     * specify either, Amazon EC2 will automatically apply optimal price protection to consistently
     * select from a wide range of instance types. To indicate no price protection threshold for
     * Spot Instances, meaning you want to consider all instance types that match your attributes,
     * include one of these parameters and specify a high value, such as <code>999999</code> .
     *
     * <p>Default: <code>100</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SpotMaxPricePercentageOverLowestPrice}.
     */
    public InstanceRequirementsRequest spotMaxPricePercentageOverLowestPrice(int value) {
      return set("SpotMaxPricePercentageOverLowestPrice", Value.of(value));
    }

    /**
     * Sets {@code SpotMaxPricePercentageOverLowestPrice} to this value; see {@link
     * #spotMaxPricePercentageOverLowestPrice(int)}.
     */
    public InstanceRequirementsRequest spotMaxPricePercentageOverLowestPrice(Value<Integer> value) {
      return set("SpotMaxPricePercentageOverLowestPrice", value);
    }

    /**
     * The minimum and maximum amount of total local storage, in GB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TotalLocalStorageGB}.
     */
    public InstanceRequirementsRequest totalLocalStorageGB(Value<TotalLocalStorageGBRequest> value) {
      return set("TotalLocalStorageGB", value);
    }

    /**
     * The minimum and maximum number of vCPUs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VCpuCount}.
     */
    public InstanceRequirementsRequest vCpuCount(Value<VCpuCountRangeRequest> value) {
      return set("VCpuCount", value);
    }
  }

  /**
   * Specifies a launch template and overrides.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.LaunchTemplateConfig}.
   */
  public static final class LaunchTemplateConfig extends Struct<LaunchTemplateConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.LaunchTemplateConfig");

    public LaunchTemplateConfig() {
      super(SCHEMA);
    }

    /**
     * The launch template to use. Make sure that the launch template does not contain the
     * <code>NetworkInterfaceId</code> parameter because you can't specify a network interface ID in
     * a Spot Fleet.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * LaunchTemplateSpecification}.
     */
    public LaunchTemplateConfig launchTemplateSpecification(Value<FleetLaunchTemplateSpecification> value) {
      return set("LaunchTemplateSpecification", value);
    }

    /**
     * Any parameters that you specify override the same parameters in the launch template.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Overrides}.
     */
    public LaunchTemplateConfig overrides(List<LaunchTemplateOverrides> value) {
      return set("Overrides", Value.listOf(value));
    }

    /** Sets {@code Overrides} to this value; see {@link #overrides(List)}. */
    public LaunchTemplateConfig overrides(Value<List<LaunchTemplateOverrides>> value) {
      return set("Overrides", value);
    }

    /** Sets {@code Overrides} to a list of these; see {@link #overrides(List)}. */
    public LaunchTemplateConfig overrides(LaunchTemplateOverrides... values) {
      return set("Overrides", Value.list(values));
    }
  }

  /**
   * Specifies overrides for a launch template.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.LaunchTemplateOverrides}.
   */
  public static final class LaunchTemplateOverrides extends Struct<LaunchTemplateOverrides> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.LaunchTemplateOverrides")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public LaunchTemplateOverrides() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone in which to launch the instances. For example, <code>us-east-2a</code>
     * .
     *
     * <p>Either <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code> must be specified
     * in the request, but not both.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
     */
    public LaunchTemplateOverrides availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public LaunchTemplateOverrides availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The ID of the Availability Zone in which to launch the instances. For example,
     * <code>use2-az1</code> .
     *
     * <p>Either <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code> must be specified
     * in the request, but not both.
     *
     * <p>CloudFormation property {@code AvailabilityZoneId}.
     */
    public LaunchTemplateOverrides availabilityZoneId(String value) {
      return set("AvailabilityZoneId", Value.of(value));
    }

    /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
    public LaunchTemplateOverrides availabilityZoneId(Value<String> value) {
      return set("AvailabilityZoneId", value);
    }

    /**
     * The instance requirements. When you specify instance requirements, Amazon EC2 will identify
     * instance types with the provided requirements, and then use your On-Demand and Spot
     * allocation strategies to launch instances from these instance types, in the same way as when
     * you specify a list of instance types.
     *
     * <p>If you specify <code>InstanceRequirements</code> , you can't specify
     * <code>InstanceType</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceRequirements}.
     */
    public LaunchTemplateOverrides instanceRequirements(Value<InstanceRequirementsRequest> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The instance type.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public LaunchTemplateOverrides instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public LaunchTemplateOverrides instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The priority for the launch template override. The highest priority is launched first.
     *
     * <p>If <code>OnDemandAllocationStrategy</code> is set to <code>prioritized</code> , Spot Fleet
     * uses priority to determine which launch template override to use first in fulfilling
     * On-Demand capacity.
     *
     * <p>If the Spot <code>AllocationStrategy</code> is set to
     * <code>capacityOptimizedPrioritized</code> , Spot Fleet uses priority on a best-effort basis
     * to determine which launch template override to use in fulfilling Spot capacity, but optimizes
     * for capacity first.
     *
     * <p>Valid values are whole numbers starting at <code>0</code> . The lower the number, the
     * higher the priority. If no number is set, the launch template override has the lowest
     * priority. You can set the same priority for different launch template overrides.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Priority}.
     */
    public LaunchTemplateOverrides priority(double value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(double)}. */
    public LaunchTemplateOverrides priority(Value<Double> value) {
      return set("Priority", value);
    }

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     *
     * <p>If you specify a maximum price, your instances will be interrupted more frequently than if
     * you do not specify this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SpotPrice}.
     */
    public LaunchTemplateOverrides spotPrice(String value) {
      return set("SpotPrice", Value.of(value));
    }

    /** Sets {@code SpotPrice} to this value; see {@link #spotPrice(String)}. */
    public LaunchTemplateOverrides spotPrice(Value<String> value) {
      return set("SpotPrice", value);
    }

    /**
     * The ID of the subnet in which to launch the instances.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
     * property {@code SubnetId}.
     */
    public LaunchTemplateOverrides subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public LaunchTemplateOverrides subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * The number of units provided by the specified instance type. These are the same units that
     * you chose to set the target capacity in terms of instances, or a performance characteristic
     * such as vCPUs, memory, or I/O.
     *
     * <p>If the target capacity divided by this value is not a whole number, Amazon EC2 rounds the
     * number of instances to the next whole number. If this value is not specified, the default is
     * 1.
     *
     * <p>When specifying weights, the price used in the <code>lowestPrice</code> and
     * <code>priceCapacityOptimized</code> allocation strategies is per <em>unit</em> hour (where
     * the instance price is divided by the specified weight). However, if all the specified weights
     * are above the requested <code>TargetCapacity</code> , resulting in only 1 instance being
     * launched, the price used is per <em>instance</em> hour.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WeightedCapacity}.
     */
    public LaunchTemplateOverrides weightedCapacity(double value) {
      return set("WeightedCapacity", Value.of(value));
    }

    /** Sets {@code WeightedCapacity} to this value; see {@link #weightedCapacity(double)}. */
    public LaunchTemplateOverrides weightedCapacity(Value<Double> value) {
      return set("WeightedCapacity", value);
    }
  }

  /**
   * Specifies the Classic Load Balancers and target groups to attach to a Spot Fleet request.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.LoadBalancersConfig}.
   */
  public static final class LoadBalancersConfig extends Struct<LoadBalancersConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.LoadBalancersConfig");

    public LoadBalancersConfig() {
      super(SCHEMA);
    }

    /**
     * The Classic Load Balancers.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ClassicLoadBalancersConfig}.
     */
    public LoadBalancersConfig classicLoadBalancersConfig(Value<ClassicLoadBalancersConfig> value) {
      return set("ClassicLoadBalancersConfig", value);
    }

    /**
     * The target groups.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TargetGroupsConfig}.
     */
    public LoadBalancersConfig targetGroupsConfig(Value<TargetGroupsConfig> value) {
      return set("TargetGroupsConfig", value);
    }
  }

  /**
   * The minimum and maximum amount of memory per vCPU, in GiB.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.MemoryGiBPerVCpuRequest}.
   */
  public static final class MemoryGiBPerVCpuRequest extends Struct<MemoryGiBPerVCpuRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.MemoryGiBPerVCpuRequest");

    public MemoryGiBPerVCpuRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public MemoryGiBPerVCpuRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public MemoryGiBPerVCpuRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public MemoryGiBPerVCpuRequest min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public MemoryGiBPerVCpuRequest min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum amount of memory, in MiB.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.MemoryMiBRequest}.
   */
  public static final class MemoryMiBRequest extends Struct<MemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.MemoryMiBRequest");

    public MemoryMiBRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public MemoryMiBRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public MemoryMiBRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory, in MiB. To specify no minimum limit, specify <code>0</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public MemoryMiBRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public MemoryMiBRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum amount of baseline network bandwidth, in gigabits per second (Gbps).
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html">Amazon
   * EC2 instance network bandwidth</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Default: No minimum or maximum limits
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.NetworkBandwidthGbpsRequest}.
   */
  public static final class NetworkBandwidthGbpsRequest extends Struct<NetworkBandwidthGbpsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.NetworkBandwidthGbpsRequest");

    public NetworkBandwidthGbpsRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public NetworkBandwidthGbpsRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public NetworkBandwidthGbpsRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of network bandwidth, in Gbps. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public NetworkBandwidthGbpsRequest min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public NetworkBandwidthGbpsRequest min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum number of network interfaces.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.NetworkInterfaceCountRequest}.
   */
  public static final class NetworkInterfaceCountRequest extends Struct<NetworkInterfaceCountRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.NetworkInterfaceCountRequest");

    public NetworkInterfaceCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of network interfaces. To specify no maximum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public NetworkInterfaceCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public NetworkInterfaceCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of network interfaces. To specify no minimum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public NetworkInterfaceCountRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public NetworkInterfaceCountRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * Specify an instance family to use as the baseline reference for CPU performance. All instance
   * types that match your specified attributes will be compared against the CPU performance of the
   * referenced instance family, regardless of CPU manufacturer or architecture.
   *
   * <p>Currently, only one instance family can be specified in the list.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.PerformanceFactorReferenceRequest}.
   */
  public static final class PerformanceFactorReferenceRequest extends Struct<PerformanceFactorReferenceRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.PerformanceFactorReferenceRequest");

    public PerformanceFactorReferenceRequest() {
      super(SCHEMA);
    }

    /**
     * The instance family to use as a baseline reference.
     *
     * <p>Ensure that you specify the correct value for the instance family. The instance family is
     * everything before the period ( <code>.</code> ) in the instance type name. For example, in
     * the instance type <code>c6i.large</code> , the instance family is <code>c6i</code> , not
     * <code>c6</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html">Amazon
     * EC2 instance type naming conventions</a> in <em>Amazon EC2 Instance Types</em> .
     *
     * <p>The following instance families are <em>not supported</em> for performance protection:
     *
     * <ul> <li><code>c1</code> <li><code>g3</code> | <code>g3s</code> <li><code>hpc7g</code>
     * <li><code>m1</code> | <code>m2</code> <li><code>mac1</code> | <code>mac2</code> |
     * <code>mac2-m1ultra</code> | <code>mac2-m2</code> | <code>mac2-m2pro</code>
     * <li><code>p3dn</code> | <code>p4d</code> | <code>p5</code> <li><code>t1</code>
     * <li><code>u-12tb1</code> | <code>u-18tb1</code> | <code>u-24tb1</code> | <code>u-3tb1</code>
     * | <code>u-6tb1</code> | <code>u-9tb1</code> | <code>u7i-12tb</code> | <code>u7in-16tb</code>
     * | <code>u7in-24tb</code> | <code>u7in-32tb</code> </ul>
     *
     * <p>If you enable performance protection by specifying a supported instance family, the
     * returned instance types will exclude the above unsupported instance families.
     *
     * <p>If you specify an unsupported instance family as a value for baseline performance, the API
     * returns an empty response for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetInstanceTypesFromInstanceRequirements.html">GetInstanceTypesFromInstanceRequirements</a>
     * and an exception for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet.html">CreateFleet</a>
     * , <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotFleet.html">RequestSpotFleet</a>
     * , <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyFleet.html">ModifyFleet</a>
     * , and <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySpotFleetRequest.html">ModifySpotFleetRequest</a>
     * .
     *
     * <p>CloudFormation property {@code InstanceFamily}.
     */
    public PerformanceFactorReferenceRequest instanceFamily(String value) {
      return set("InstanceFamily", Value.of(value));
    }

    /** Sets {@code InstanceFamily} to this value; see {@link #instanceFamily(String)}. */
    public PerformanceFactorReferenceRequest instanceFamily(Value<String> value) {
      return set("InstanceFamily", value);
    }
  }

  /**
   * Describes a secondary private IPv4 address for a network interface.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.PrivateIpAddressSpecification}.
   */
  public static final class PrivateIpAddressSpecification extends Struct<PrivateIpAddressSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.PrivateIpAddressSpecification")
        .required("PrivateIpAddress")
        .build();

    public PrivateIpAddressSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4
     * address can be designated as primary.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Primary}.
     */
    public PrivateIpAddressSpecification primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PrivateIpAddressSpecification primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The private IPv4 address.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * PrivateIpAddress}.
     */
    public PrivateIpAddressSpecification privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public PrivateIpAddressSpecification privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }
  }

  /**
   * The Spot Instance replacement strategy to use when Amazon EC2 emits a signal that your Spot
   * Instance is at an elevated risk of being interrupted. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-capacity-rebalance.html">Capacity
   * rebalancing</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotCapacityRebalance}.
   */
  public static final class SpotCapacityRebalance extends Struct<SpotCapacityRebalance> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.SpotCapacityRebalance")
        .allowed("ReplacementStrategy", "launch", "launch-before-terminate")
        .build();

    public SpotCapacityRebalance() {
      super(SCHEMA);
    }

    /**
     * The replacement strategy to use. Only available for fleets of type <code>maintain</code> .
     *
     * <p><code>launch</code> - Spot Fleet launches a new replacement Spot Instance when a rebalance
     * notification is emitted for an existing Spot Instance in the fleet. Spot Fleet does not
     * terminate the instances that receive a rebalance notification. You can terminate the old
     * instances, or you can leave them running. You are charged for all instances while they are
     * running.
     *
     * <p><code>launch-before-terminate</code> - Spot Fleet launches a new replacement Spot Instance
     * when a rebalance notification is emitted for an existing Spot Instance in the fleet, and
     * then, after a delay that you specify (in <code>TerminationDelay</code> ), terminates the
     * instances that received a rebalance notification.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code launch}, {@code
     * launch-before-terminate}. CloudFormation property {@code ReplacementStrategy}.
     */
    public SpotCapacityRebalance replacementStrategy(String value) {
      return set("ReplacementStrategy", Value.of(value));
    }

    /** Sets {@code ReplacementStrategy} to this value; see {@link #replacementStrategy(String)}. */
    public SpotCapacityRebalance replacementStrategy(Value<String> value) {
      return set("ReplacementStrategy", value);
    }

    /**
     * The amount of time (in seconds) that Amazon EC2 waits before terminating the old Spot
     * Instance after launching a new replacement Spot Instance.
     *
     * <p>Required when <code>ReplacementStrategy</code> is set to
     * <code>launch-before-terminate</code> .
     *
     * <p>Not valid when <code>ReplacementStrategy</code> is set to <code>launch</code> .
     *
     * <p>Valid values: Minimum value of <code>120</code> seconds. Maximum value of
     * <code>7200</code> seconds.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TerminationDelay}.
     */
    public SpotCapacityRebalance terminationDelay(int value) {
      return set("TerminationDelay", Value.of(value));
    }

    /** Sets {@code TerminationDelay} to this value; see {@link #terminationDelay(int)}. */
    public SpotCapacityRebalance terminationDelay(Value<Integer> value) {
      return set("TerminationDelay", value);
    }
  }

  /**
   * Specifies the launch specification for one or more Spot Instances. If you include On-Demand
   * capacity in your fleet request, you can't use <code>SpotFleetLaunchSpecification</code> ; you
   * must use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-spotfleet-launchtemplateconfig.html">LaunchTemplateConfig</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotFleetLaunchSpecification}.
   */
  public static final class SpotFleetLaunchSpecification extends Struct<SpotFleetLaunchSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.SpotFleetLaunchSpecification")
        .required("ImageId")
        .constrain("ImageId", Constraint.of().format("AWS::EC2::Image.Id"))
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public SpotFleetLaunchSpecification() {
      super(SCHEMA);
    }

    /**
     * One or more block devices that are mapped to the Spot Instances. You can't specify both a
     * snapshot ID and an encryption value. This is because only blank volumes can be encrypted on
     * creation. If a snapshot is the basis for a volume, it is not blank and its encryption status
     * is used for the volume encryption status.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BlockDeviceMappings}.
     */
    public SpotFleetLaunchSpecification blockDeviceMappings(List<BlockDeviceMapping> value) {
      return set("BlockDeviceMappings", Value.listOf(value));
    }

    /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
    public SpotFleetLaunchSpecification blockDeviceMappings(Value<List<BlockDeviceMapping>> value) {
      return set("BlockDeviceMappings", value);
    }

    /**
     * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
     */
    public SpotFleetLaunchSpecification blockDeviceMappings(BlockDeviceMapping... values) {
      return set("BlockDeviceMappings", Value.list(values));
    }

    /**
     * Indicates whether the instances are optimized for EBS I/O. This optimization provides
     * dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal
     * EBS I/O performance. This optimization isn't available with all instance types. Additional
     * usage charges apply when using an EBS Optimized instance.
     *
     * <p>Default: <code>false</code>
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * EbsOptimized}.
     */
    public SpotFleetLaunchSpecification ebsOptimized(boolean value) {
      return set("EbsOptimized", Value.of(value));
    }

    /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
    public SpotFleetLaunchSpecification ebsOptimized(Value<Boolean> value) {
      return set("EbsOptimized", value);
    }

    /**
     * The IAM instance profile.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code IamInstanceProfile}.
     */
    public SpotFleetLaunchSpecification iamInstanceProfile(Value<IamInstanceProfileSpecification> value) {
      return set("IamInstanceProfile", value);
    }

    /**
     * The ID of the AMI.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Image.Id}.
     * CloudFormation property {@code ImageId}.
     */
    public SpotFleetLaunchSpecification imageId(String value) {
      return set("ImageId", Value.of(value));
    }

    /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
    public SpotFleetLaunchSpecification imageId(Value<String> value) {
      return set("ImageId", value);
    }

    /**
     * The attributes for the instance types. When you specify instance attributes, Amazon EC2 will
     * identify instance types with those attributes.
     *
     * <p>If you specify <code>InstanceRequirements</code> , you can't specify
     * <code>InstanceType</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceRequirements}.
     */
    public SpotFleetLaunchSpecification instanceRequirements(Value<InstanceRequirementsRequest> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The instance type.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public SpotFleetLaunchSpecification instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public SpotFleetLaunchSpecification instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The ID of the kernel.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KernelId}.
     */
    public SpotFleetLaunchSpecification kernelId(String value) {
      return set("KernelId", Value.of(value));
    }

    /** Sets {@code KernelId} to this value; see {@link #kernelId(String)}. */
    public SpotFleetLaunchSpecification kernelId(Value<String> value) {
      return set("KernelId", value);
    }

    /**
     * The name of the key pair.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KeyName}.
     */
    public SpotFleetLaunchSpecification keyName(String value) {
      return set("KeyName", Value.of(value));
    }

    /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
    public SpotFleetLaunchSpecification keyName(Value<String> value) {
      return set("KeyName", value);
    }

    /**
     * Enable or disable monitoring for the instances.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Monitoring}.
     */
    public SpotFleetLaunchSpecification monitoring(Value<SpotFleetMonitoring> value) {
      return set("Monitoring", value);
    }

    /**
     * The network interfaces.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaces}.
     */
    public SpotFleetLaunchSpecification networkInterfaces(List<InstanceNetworkInterfaceSpecification> value) {
      return set("NetworkInterfaces", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
    public SpotFleetLaunchSpecification networkInterfaces(Value<List<InstanceNetworkInterfaceSpecification>> value) {
      return set("NetworkInterfaces", value);
    }

    /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
    public SpotFleetLaunchSpecification networkInterfaces(InstanceNetworkInterfaceSpecification... values) {
      return set("NetworkInterfaces", Value.list(values));
    }

    /**
     * The placement information.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Placement}.
     */
    public SpotFleetLaunchSpecification placement(Value<SpotPlacement> value) {
      return set("Placement", value);
    }

    /**
     * The ID of the RAM disk. Some kernels require additional drivers at launch. Check the kernel
     * requirements for information about whether you need to specify a RAM disk. To find kernel
     * requirements, refer to the AWS Resource Center and search for the kernel ID.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RamdiskId}.
     */
    public SpotFleetLaunchSpecification ramdiskId(String value) {
      return set("RamdiskId", Value.of(value));
    }

    /** Sets {@code RamdiskId} to this value; see {@link #ramdiskId(String)}. */
    public SpotFleetLaunchSpecification ramdiskId(Value<String> value) {
      return set("RamdiskId", value);
    }

    /**
     * The security groups.
     *
     * <p>If you specify a network interface, you must specify any security groups as part of the
     * network interface instead of using this parameter.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroups}.
     */
    public SpotFleetLaunchSpecification securityGroups(List<GroupIdentifier> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public SpotFleetLaunchSpecification securityGroups(Value<List<GroupIdentifier>> value) {
      return set("SecurityGroups", value);
    }

    /** Sets {@code SecurityGroups} to a list of these; see {@link #securityGroups(List)}. */
    public SpotFleetLaunchSpecification securityGroups(GroupIdentifier... values) {
      return set("SecurityGroups", Value.list(values));
    }

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     *
     * <p>If you specify a maximum price, your instances will be interrupted more frequently than if
     * you do not specify this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SpotPrice}.
     */
    public SpotFleetLaunchSpecification spotPrice(String value) {
      return set("SpotPrice", Value.of(value));
    }

    /** Sets {@code SpotPrice} to this value; see {@link #spotPrice(String)}. */
    public SpotFleetLaunchSpecification spotPrice(Value<String> value) {
      return set("SpotPrice", value);
    }

    /**
     * The IDs of the subnets in which to launch the instances. To specify multiple subnets,
     * separate them using commas; for example, "subnet-1234abcdeexample1,
     * subnet-0987cdef6example2".
     *
     * <p>If you specify a network interface, you must specify any subnets as part of the network
     * interface instead of using this parameter.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
     * property {@code SubnetId}.
     */
    public SpotFleetLaunchSpecification subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public SpotFleetLaunchSpecification subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * The tags to apply during creation.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
     */
    public SpotFleetLaunchSpecification tagSpecifications(List<SpotFleetTagSpecification> value) {
      return set("TagSpecifications", Value.listOf(value));
    }

    /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
    public SpotFleetLaunchSpecification tagSpecifications(Value<List<SpotFleetTagSpecification>> value) {
      return set("TagSpecifications", value);
    }

    /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
    public SpotFleetLaunchSpecification tagSpecifications(SpotFleetTagSpecification... values) {
      return set("TagSpecifications", Value.list(values));
    }

    /**
     * The base64-encoded user data that instances use when starting up. User data is limited to 16
     * KB.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code UserData}.
     */
    public SpotFleetLaunchSpecification userData(String value) {
      return set("UserData", Value.of(value));
    }

    /** Sets {@code UserData} to this value; see {@link #userData(String)}. */
    public SpotFleetLaunchSpecification userData(Value<String> value) {
      return set("UserData", value);
    }

    /**
     * The number of units provided by the specified instance type. These are the same units that
     * you chose to set the target capacity in terms of instances, or a performance characteristic
     * such as vCPUs, memory, or I/O.
     *
     * <p>If the target capacity divided by this value is not a whole number, Amazon EC2 rounds the
     * number of instances to the next whole number. If this value is not specified, the default is
     * 1.
     *
     * <p>When specifying weights, the price used in the <code>lowestPrice</code> and
     * <code>priceCapacityOptimized</code> allocation strategies is per <em>unit</em> hour (where
     * the instance price is divided by the specified weight). However, if all the specified weights
     * are above the requested <code>TargetCapacity</code> , resulting in only 1 instance being
     * launched, the price used is per <em>instance</em> hour.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WeightedCapacity}.
     */
    public SpotFleetLaunchSpecification weightedCapacity(double value) {
      return set("WeightedCapacity", Value.of(value));
    }

    /** Sets {@code WeightedCapacity} to this value; see {@link #weightedCapacity(double)}. */
    public SpotFleetLaunchSpecification weightedCapacity(Value<Double> value) {
      return set("WeightedCapacity", value);
    }
  }

  /**
   * Describes whether monitoring is enabled.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotFleetMonitoring}.
   */
  public static final class SpotFleetMonitoring extends Struct<SpotFleetMonitoring> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.SpotFleetMonitoring");

    public SpotFleetMonitoring() {
      super(SCHEMA);
    }

    /**
     * Enables monitoring for the instance.
     *
     * <p>Default: <code>false</code>
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * Enabled}.
     */
    public SpotFleetMonitoring enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SpotFleetMonitoring enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies the configuration of a Spot Fleet request. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet.html">Spot Fleet</a> in
   * the <em>Amazon EC2 User Guide</em> .
   *
   * <p>You must specify either <code>LaunchSpecifications</code> or
   * <code>LaunchTemplateConfigs</code> .
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotFleetRequestConfigData}.
   */
  public static final class SpotFleetRequestConfigData extends Struct<SpotFleetRequestConfigData> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.SpotFleetRequestConfigData")
        .required("IamFleetRole", "TargetCapacity")
        .allowed("AllocationStrategy", "capacityOptimized", "capacityOptimizedPrioritized",
            "diversified", "lowestPrice", "priceCapacityOptimized")
        .allowed("ExcessCapacityTerminationPolicy", "Default", "NoTermination", "default",
            "noTermination")
        .references("IamFleetRole", "AWS::IAM::Role.Arn")
        .allowed("InstanceInterruptionBehavior", "hibernate", "stop", "terminate")
        .allowed("TargetCapacityUnitType", "vcpu", "memory-mib", "units")
        .allowed("Type", "maintain", "request")
        .build();

    public SpotFleetRequestConfigData() {
      super(SCHEMA);
    }

    /**
     * The strategy that determines how to allocate the target Spot Instance capacity across the
     * Spot Instance pools specified by the Spot Fleet launch configuration. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-allocation-strategy.html">Allocation
     * strategies for Spot Instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <ul> <li><b>priceCapacityOptimized (recommended)</b> - Spot Fleet identifies the pools with
     * the highest capacity availability for the number of instances that are launching. This means
     * that we will request Spot Instances from the pools that we believe have the lowest chance of
     * interruption in the near term. Spot Fleet then requests Spot Instances from the lowest priced
     * of these pools. <li><b>capacityOptimized</b> - Spot Fleet identifies the pools with the
     * highest capacity availability for the number of instances that are launching. This means that
     * we will request Spot Instances from the pools that we believe have the lowest chance of
     * interruption in the near term. To give certain instance types a higher chance of launching
     * first, use <code>capacityOptimizedPrioritized</code> . Set a priority for each instance type
     * by using the <code>Priority</code> parameter for <code>LaunchTemplateOverrides</code> . You
     * can assign the same priority to different <code>LaunchTemplateOverrides</code> . EC2
     * implements the priorities on a best-effort basis, but optimizes for capacity first.
     * <code>capacityOptimizedPrioritized</code> is supported only if your Spot Fleet uses a launch
     * template. Note that if the <code>OnDemandAllocationStrategy</code> is set to
     * <code>prioritized</code> , the same priority is applied when fulfilling On-Demand capacity.
     * <li><b>diversified</b> - Spot Fleet requests instances from all of the Spot Instance pools
     * that you specify. <li><b>lowestPrice (not recommended)</b> - &gt; We don't recommend the
     * <code>lowestPrice</code> allocation strategy because it has the highest risk of interruption
     * for your Spot Instances. </ul>
     *
     * <p>Spot Fleet requests instances from the lowest priced Spot Instance pool that has available
     * capacity. If the lowest priced pool doesn't have available capacity, the Spot Instances come
     * from the next lowest priced pool that has available capacity. If a pool runs out of capacity
     * before fulfilling your desired capacity, Spot Fleet will continue to fulfill your request by
     * drawing from the next lowest priced pool. To ensure that your desired capacity is met, you
     * might receive Spot Instances from several pools. Because this strategy only considers
     * instance price and not capacity availability, it might lead to high interruption rates.
     *
     * <p>Default: <code>lowestPrice</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code capacityOptimized}, {@code
     * capacityOptimizedPrioritized}, {@code diversified}, {@code lowestPrice}, {@code
     * priceCapacityOptimized}. CloudFormation property {@code AllocationStrategy}.
     */
    public SpotFleetRequestConfigData allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public SpotFleetRequestConfigData allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * Reserved.
     *
     * <p>CloudFormation property {@code Context}.
     */
    public SpotFleetRequestConfigData context(String value) {
      return set("Context", Value.of(value));
    }

    /** Sets {@code Context} to this value; see {@link #context(String)}. */
    public SpotFleetRequestConfigData context(Value<String> value) {
      return set("Context", value);
    }

    /**
     * Indicates whether running Spot Instances should be terminated if you decrease the target
     * capacity of the Spot Fleet request below the current size of the Spot Fleet.
     *
     * <p>Supported only for fleets of type <code>maintain</code> .
     *
     * <p>Allowed values: {@code Default}, {@code NoTermination}, {@code default}, {@code
     * noTermination}. CloudFormation property {@code ExcessCapacityTerminationPolicy}.
     */
    public SpotFleetRequestConfigData excessCapacityTerminationPolicy(String value) {
      return set("ExcessCapacityTerminationPolicy", Value.of(value));
    }

    /**
     * Sets {@code ExcessCapacityTerminationPolicy} to this value; see {@link
     * #excessCapacityTerminationPolicy(String)}.
     */
    public SpotFleetRequestConfigData excessCapacityTerminationPolicy(Value<String> value) {
      return set("ExcessCapacityTerminationPolicy", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Identity and Access Management (IAM) role that
     * grants the Spot Fleet the permission to request, launch, terminate, and tag instances on your
     * behalf. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-requests.html#spot-fleet-prerequisites">Spot
     * Fleet Prerequisites</a> in the <em>Amazon EC2 User Guide</em> . Spot Fleet can terminate Spot
     * Instances on your behalf when you cancel its Spot Fleet request or when the Spot Fleet
     * request expires, if you set <code>TerminateInstancesWithExpiration</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code IamFleetRole}.
     */
    public SpotFleetRequestConfigData iamFleetRole(String value) {
      return set("IamFleetRole", Value.of(value));
    }

    /** Sets {@code IamFleetRole} to this value; see {@link #iamFleetRole(String)}. */
    public SpotFleetRequestConfigData iamFleetRole(Value<String> value) {
      return set("IamFleetRole", value);
    }

    /**
     * Sets {@code IamFleetRole} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #iamFleetRole(String)}.
     */
    public SpotFleetRequestConfigData iamFleetRole(Role resource) {
      return set("IamFleetRole", resource.arn());
    }

    /**
     * The behavior when a Spot Instance is interrupted. The default is <code>terminate</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code hibernate}, {@code stop}, {@code
     * terminate}. CloudFormation property {@code InstanceInterruptionBehavior}.
     */
    public SpotFleetRequestConfigData instanceInterruptionBehavior(String value) {
      return set("InstanceInterruptionBehavior", Value.of(value));
    }

    /**
     * Sets {@code InstanceInterruptionBehavior} to this value; see {@link
     * #instanceInterruptionBehavior(String)}.
     */
    public SpotFleetRequestConfigData instanceInterruptionBehavior(Value<String> value) {
      return set("InstanceInterruptionBehavior", value);
    }

    /**
     * The number of Spot pools across which to allocate your target Spot capacity. Valid only when
     * Spot <em>AllocationStrategy</em> is set to <code>lowest-price</code> . Spot Fleet selects the
     * cheapest Spot pools and evenly allocates your target Spot capacity across the number of Spot
     * pools that you specify.
     *
     * <p>Note that Spot Fleet attempts to draw Spot Instances from the number of pools that you
     * specify on a best effort basis. If a pool runs out of Spot capacity before fulfilling your
     * target capacity, Spot Fleet will continue to fulfill your request by drawing from the next
     * cheapest pool. To ensure that your target capacity is met, you might receive Spot Instances
     * from more than the number of pools that you specified. Similarly, if most of the pools have
     * no Spot capacity, you might receive your full target capacity from fewer than the number of
     * pools that you specified.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * InstancePoolsToUseCount}.
     */
    public SpotFleetRequestConfigData instancePoolsToUseCount(int value) {
      return set("InstancePoolsToUseCount", Value.of(value));
    }

    /**
     * Sets {@code InstancePoolsToUseCount} to this value; see {@link
     * #instancePoolsToUseCount(int)}.
     */
    public SpotFleetRequestConfigData instancePoolsToUseCount(Value<Integer> value) {
      return set("InstancePoolsToUseCount", value);
    }

    /**
     * The launch specifications for the Spot Fleet request. If you specify
     * <code>LaunchSpecifications</code> , you can't specify <code>LaunchTemplateConfigs</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LaunchSpecifications}.
     */
    public SpotFleetRequestConfigData launchSpecifications(List<SpotFleetLaunchSpecification> value) {
      return set("LaunchSpecifications", Value.listOf(value));
    }

    /** Sets {@code LaunchSpecifications} to this value; see {@link #launchSpecifications(List)}. */
    public SpotFleetRequestConfigData launchSpecifications(Value<List<SpotFleetLaunchSpecification>> value) {
      return set("LaunchSpecifications", value);
    }

    /**
     * Sets {@code LaunchSpecifications} to a list of these; see {@link
     * #launchSpecifications(List)}.
     */
    public SpotFleetRequestConfigData launchSpecifications(SpotFleetLaunchSpecification... values) {
      return set("LaunchSpecifications", Value.list(values));
    }

    /**
     * The launch template and overrides. If you specify <code>LaunchTemplateConfigs</code> , you
     * can't specify <code>LaunchSpecifications</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LaunchTemplateConfigs}.
     */
    public SpotFleetRequestConfigData launchTemplateConfigs(List<LaunchTemplateConfig> value) {
      return set("LaunchTemplateConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code LaunchTemplateConfigs} to this value; see {@link #launchTemplateConfigs(List)}.
     */
    public SpotFleetRequestConfigData launchTemplateConfigs(Value<List<LaunchTemplateConfig>> value) {
      return set("LaunchTemplateConfigs", value);
    }

    /**
     * Sets {@code LaunchTemplateConfigs} to a list of these; see {@link
     * #launchTemplateConfigs(List)}.
     */
    public SpotFleetRequestConfigData launchTemplateConfigs(LaunchTemplateConfig... values) {
      return set("LaunchTemplateConfigs", Value.list(values));
    }

    /**
     * One or more Classic Load Balancers and target groups to attach to the Spot Fleet request.
     * Spot Fleet registers the running Spot Instances with the specified Classic Load Balancers and
     * target groups.
     *
     * <p>With Network Load Balancers, Spot Fleet cannot register instances that have the following
     * instance types: C1, CC1, CC2, CG1, CG2, CR1, CS1, G1, G2, HI1, HS1, M1, M2, M3, and T1.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LoadBalancersConfig}.
     */
    public SpotFleetRequestConfigData loadBalancersConfig(Value<LoadBalancersConfig> value) {
      return set("LoadBalancersConfig", value);
    }

    /**
     * The order of the launch template overrides to use in fulfilling On-Demand capacity. If you
     * specify <code>lowestPrice</code> , Spot Fleet uses price to determine the order, launching
     * the lowest price first. If you specify <code>prioritized</code> , Spot Fleet uses the
     * priority that you assign to each Spot Fleet launch template override, launching the highest
     * priority first. If you do not specify a value, Spot Fleet defaults to
     * <code>lowestPrice</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * OnDemandAllocationStrategy}.
     */
    public SpotFleetRequestConfigData onDemandAllocationStrategy(String value) {
      return set("OnDemandAllocationStrategy", Value.of(value));
    }

    /**
     * Sets {@code OnDemandAllocationStrategy} to this value; see {@link
     * #onDemandAllocationStrategy(String)}.
     */
    public SpotFleetRequestConfigData onDemandAllocationStrategy(Value<String> value) {
      return set("OnDemandAllocationStrategy", value);
    }

    /**
     * The maximum amount per hour for On-Demand Instances that you're willing to pay. You can use
     * the <code>onDemandMaxTotalPrice</code> parameter, the <code>spotMaxTotalPrice</code>
     * parameter, or both parameters to ensure that your fleet cost does not exceed your budget. If
     * you set a maximum price per hour for the On-Demand Instances and Spot Instances in your
     * request, Spot Fleet will launch instances until it reaches the maximum amount you're willing
     * to pay. When the maximum amount you're willing to pay is reached, the fleet stops launching
     * instances even if it hasn’t met the target capacity.
     *
     * <p>If your fleet includes T instances that are configured as <code>unlimited</code> , and if
     * their average CPU usage exceeds the baseline utilization, you will incur a charge for surplus
     * credits. The <code>onDemandMaxTotalPrice</code> does not account for surplus credits, and, if
     * you use surplus credits, your final cost might be higher than what you specified for
     * <code>onDemandMaxTotalPrice</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances-unlimited-mode-concepts.html#unlimited-mode-surplus-credits">Surplus
     * credits can incur charges</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OnDemandMaxTotalPrice}.
     */
    public SpotFleetRequestConfigData onDemandMaxTotalPrice(String value) {
      return set("OnDemandMaxTotalPrice", Value.of(value));
    }

    /**
     * Sets {@code OnDemandMaxTotalPrice} to this value; see {@link #onDemandMaxTotalPrice(String)}.
     */
    public SpotFleetRequestConfigData onDemandMaxTotalPrice(Value<String> value) {
      return set("OnDemandMaxTotalPrice", value);
    }

    /**
     * The number of On-Demand units to request. You can choose to set the target capacity in terms
     * of instances or a performance characteristic that is important to your application workload,
     * such as vCPUs, memory, or I/O. If the request type is <code>maintain</code> , you can specify
     * a target capacity of 0 and add capacity later.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OnDemandTargetCapacity}.
     */
    public SpotFleetRequestConfigData onDemandTargetCapacity(int value) {
      return set("OnDemandTargetCapacity", Value.of(value));
    }

    /**
     * Sets {@code OnDemandTargetCapacity} to this value; see {@link #onDemandTargetCapacity(int)}.
     */
    public SpotFleetRequestConfigData onDemandTargetCapacity(Value<Integer> value) {
      return set("OnDemandTargetCapacity", value);
    }

    /**
     * Indicates whether Spot Fleet should replace unhealthy instances.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ReplaceUnhealthyInstances}.
     */
    public SpotFleetRequestConfigData replaceUnhealthyInstances(boolean value) {
      return set("ReplaceUnhealthyInstances", Value.of(value));
    }

    /**
     * Sets {@code ReplaceUnhealthyInstances} to this value; see {@link
     * #replaceUnhealthyInstances(boolean)}.
     */
    public SpotFleetRequestConfigData replaceUnhealthyInstances(Value<Boolean> value) {
      return set("ReplaceUnhealthyInstances", value);
    }

    /**
     * The strategies for managing your Spot Instances that are at an elevated risk of being
     * interrupted.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SpotMaintenanceStrategies}.
     */
    public SpotFleetRequestConfigData spotMaintenanceStrategies(Value<SpotMaintenanceStrategies> value) {
      return set("SpotMaintenanceStrategies", value);
    }

    /**
     * The maximum amount per hour for Spot Instances that you're willing to pay. You can use the
     * <code>spotMaxTotalPrice</code> parameter, the <code>onDemandMaxTotalPrice</code> parameter,
     * or both parameters to ensure that your fleet cost does not exceed your budget. If you set a
     * maximum price per hour for the On-Demand Instances and Spot Instances in your request, Spot
     * Fleet will launch instances until it reaches the maximum amount you're willing to pay. When
     * the maximum amount you're willing to pay is reached, the fleet stops launching instances even
     * if it hasn’t met the target capacity.
     *
     * <p>If your fleet includes T instances that are configured as <code>unlimited</code> , and if
     * their average CPU usage exceeds the baseline utilization, you will incur a charge for surplus
     * credits. The <code>spotMaxTotalPrice</code> does not account for surplus credits, and, if you
     * use surplus credits, your final cost might be higher than what you specified for
     * <code>spotMaxTotalPrice</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances-unlimited-mode-concepts.html#unlimited-mode-surplus-credits">Surplus
     * credits can incur charges</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SpotMaxTotalPrice}.
     */
    public SpotFleetRequestConfigData spotMaxTotalPrice(String value) {
      return set("SpotMaxTotalPrice", Value.of(value));
    }

    /** Sets {@code SpotMaxTotalPrice} to this value; see {@link #spotMaxTotalPrice(String)}. */
    public SpotFleetRequestConfigData spotMaxTotalPrice(Value<String> value) {
      return set("SpotMaxTotalPrice", value);
    }

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     *
     * <p>If you specify a maximum price, your instances will be interrupted more frequently than if
     * you do not specify this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SpotPrice}.
     */
    public SpotFleetRequestConfigData spotPrice(String value) {
      return set("SpotPrice", Value.of(value));
    }

    /** Sets {@code SpotPrice} to this value; see {@link #spotPrice(String)}. */
    public SpotFleetRequestConfigData spotPrice(Value<String> value) {
      return set("SpotPrice", value);
    }

    /**
     * The key-value pair for tagging the Spot Fleet request on creation. The value for
     * <code>ResourceType</code> must be <code>spot-fleet-request</code> , otherwise the Spot Fleet
     * request fails. To tag instances at launch, specify the tags in the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html#create-launch-template">launch
     * template</a> (valid only if you use <code>LaunchTemplateConfigs</code> ) or in the <code><a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotFleetTagSpecification.html">SpotFleetTagSpecification</a></code>
     * (valid only if you use <code>LaunchSpecifications</code> ). For information about tagging
     * after launch, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-resources">Tag
     * your resources</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
     */
    public SpotFleetRequestConfigData tagSpecifications(List<SpotFleetTagSpecification> value) {
      return set("TagSpecifications", Value.listOf(value));
    }

    /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
    public SpotFleetRequestConfigData tagSpecifications(Value<List<SpotFleetTagSpecification>> value) {
      return set("TagSpecifications", value);
    }

    /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
    public SpotFleetRequestConfigData tagSpecifications(SpotFleetTagSpecification... values) {
      return set("TagSpecifications", Value.list(values));
    }

    /**
     * The number of units to request for the Spot Fleet. You can choose to set the target capacity
     * in terms of instances or a performance characteristic that is important to your application
     * workload, such as vCPUs, memory, or I/O. If the request type is <code>maintain</code> , you
     * can specify a target capacity of 0 and add capacity later.
     *
     * <p>Required. CloudFormation property {@code TargetCapacity}.
     */
    public SpotFleetRequestConfigData targetCapacity(int value) {
      return set("TargetCapacity", Value.of(value));
    }

    /** Sets {@code TargetCapacity} to this value; see {@link #targetCapacity(int)}. */
    public SpotFleetRequestConfigData targetCapacity(Value<Integer> value) {
      return set("TargetCapacity", value);
    }

    /**
     * The unit for the target capacity. You can specify this parameter only when using
     * attribute-based instance type selection.
     *
     * <p>Default: <code>units</code> (the number of instances)
     *
     * <p>Allowed values: {@code vcpu}, {@code memory-mib}, {@code units}. CloudFormation property
     * {@code TargetCapacityUnitType}.
     */
    public SpotFleetRequestConfigData targetCapacityUnitType(String value) {
      return set("TargetCapacityUnitType", Value.of(value));
    }

    /**
     * Sets {@code TargetCapacityUnitType} to this value; see {@link
     * #targetCapacityUnitType(String)}.
     */
    public SpotFleetRequestConfigData targetCapacityUnitType(Value<String> value) {
      return set("TargetCapacityUnitType", value);
    }

    /**
     * Indicates whether running Spot Instances are terminated when the Spot Fleet request expires.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * TerminateInstancesWithExpiration}.
     */
    public SpotFleetRequestConfigData terminateInstancesWithExpiration(boolean value) {
      return set("TerminateInstancesWithExpiration", Value.of(value));
    }

    /**
     * Sets {@code TerminateInstancesWithExpiration} to this value; see {@link
     * #terminateInstancesWithExpiration(boolean)}.
     */
    public SpotFleetRequestConfigData terminateInstancesWithExpiration(Value<Boolean> value) {
      return set("TerminateInstancesWithExpiration", value);
    }

    /**
     * The type of request. Indicates whether the Spot Fleet only requests the target capacity or
     * also attempts to maintain it. When this value is <code>request</code> , the Spot Fleet only
     * places the required requests. It does not attempt to replenish Spot Instances if capacity is
     * diminished, nor does it submit requests in alternative Spot pools if capacity is not
     * available. When this value is <code>maintain</code> , the Spot Fleet maintains the target
     * capacity. The Spot Fleet places the required requests to meet capacity and automatically
     * replenishes any interrupted instances. Default: <code>maintain</code> . <code>instant</code>
     * is listed but is not used by Spot Fleet.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code maintain}, {@code request}.
     * CloudFormation property {@code Type}.
     */
    public SpotFleetRequestConfigData type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SpotFleetRequestConfigData type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The start date and time of the request, in UTC format ( <em>YYYY</em> - <em>MM</em> -
     * <em>DD</em> T <em>HH</em> : <em>MM</em> : <em>SS</em> Z). By default, Amazon EC2 starts
     * fulfilling the request immediately.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ValidFrom}.
     */
    public SpotFleetRequestConfigData validFrom(String value) {
      return set("ValidFrom", Value.of(value));
    }

    /** Sets {@code ValidFrom} to this value; see {@link #validFrom(String)}. */
    public SpotFleetRequestConfigData validFrom(Value<String> value) {
      return set("ValidFrom", value);
    }

    /**
     * The end date and time of the request, in UTC format ( <em>YYYY</em> - <em>MM</em> -
     * <em>DD</em> T <em>HH</em> : <em>MM</em> : <em>SS</em> Z). After the end date and time, no new
     * Spot Instance requests are placed or able to fulfill the request. If no value is specified,
     * the Spot Fleet request remains until you cancel it.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ValidUntil}.
     */
    public SpotFleetRequestConfigData validUntil(String value) {
      return set("ValidUntil", Value.of(value));
    }

    /** Sets {@code ValidUntil} to this value; see {@link #validUntil(String)}. */
    public SpotFleetRequestConfigData validUntil(Value<String> value) {
      return set("ValidUntil", value);
    }
  }

  /**
   * The tags for a Spot Fleet resource.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotFleetTagSpecification}.
   */
  public static final class SpotFleetTagSpecification extends Struct<SpotFleetTagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.SpotFleetTagSpecification")
        .allowed("ResourceType", "client-vpn-endpoint", "customer-gateway", "dedicated-host",
            "dhcp-options", "egress-only-internet-gateway", "elastic-gpu", "elastic-ip",
            "export-image-task", "export-instance-task", "fleet", "fpga-image", "host-reservation",
            "image", "import-image-task", "import-snapshot-task", "instance", "internet-gateway",
            "key-pair", "launch-template", "local-gateway-route-table-vpc-association",
            "natgateway", "network-acl", "network-insights-analysis", "network-insights-path",
            "network-interface", "placement-group", "reserved-instances", "route-table",
            "security-group", "snapshot", "spot-fleet-request", "spot-instances-request", "subnet",
            "traffic-mirror-filter", "traffic-mirror-session", "traffic-mirror-target",
            "transit-gateway", "transit-gateway-attachment", "transit-gateway-connect-peer",
            "transit-gateway-multicast-domain", "transit-gateway-route-table", "volume", "vpc",
            "vpc-flow-log", "vpc-peering-connection", "vpn-connection", "vpn-gateway")
        .build();

    public SpotFleetTagSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of resource. Currently, the only resource type that is supported is
     * <code>instance</code> . To tag the Spot Fleet request on creation, use the
     * <code>TagSpecifications</code> parameter in <code><a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotFleetRequestConfigData.html">SpotFleetRequestConfigData</a></code>
     * .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code client-vpn-endpoint}, {@code
     * customer-gateway}, {@code dedicated-host}, {@code dhcp-options}, {@code
     * egress-only-internet-gateway}, {@code elastic-gpu}, {@code elastic-ip}, {@code
     * export-image-task}, {@code export-instance-task}, {@code fleet}, {@code fpga-image}, {@code
     * host-reservation}, {@code image}, {@code import-image-task}, {@code import-snapshot-task},
     * {@code instance}, {@code internet-gateway}, {@code key-pair}, {@code launch-template}, {@code
     * local-gateway-route-table-vpc-association}, {@code natgateway}, {@code network-acl}, {@code
     * network-insights-analysis}, {@code network-insights-path}, {@code network-interface}, {@code
     * placement-group}, {@code reserved-instances}, {@code route-table}, {@code security-group},
     * {@code snapshot}, {@code spot-fleet-request}, {@code spot-instances-request}, {@code subnet},
     * {@code traffic-mirror-filter}, {@code traffic-mirror-session}, {@code traffic-mirror-target},
     * {@code transit-gateway}, {@code transit-gateway-attachment}, {@code
     * transit-gateway-connect-peer}, {@code transit-gateway-multicast-domain}, {@code
     * transit-gateway-route-table}, {@code volume}, {@code vpc}, {@code vpc-flow-log}, {@code
     * vpc-peering-connection}, {@code vpn-connection}, {@code vpn-gateway}. CloudFormation property
     * {@code ResourceType}.
     */
    public SpotFleetTagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public SpotFleetTagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
     */
    public SpotFleetTagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public SpotFleetTagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * The strategies for managing your Spot Instances that are at an elevated risk of being
   * interrupted.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotMaintenanceStrategies}.
   */
  public static final class SpotMaintenanceStrategies extends Struct<SpotMaintenanceStrategies> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.SpotMaintenanceStrategies");

    public SpotMaintenanceStrategies() {
      super(SCHEMA);
    }

    /**
     * The Spot Instance replacement strategy to use when Amazon EC2 emits a signal that your Spot
     * Instance is at an elevated risk of being interrupted. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-capacity-rebalance.html">Capacity
     * rebalancing</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CapacityRebalance}.
     */
    public SpotMaintenanceStrategies capacityRebalance(Value<SpotCapacityRebalance> value) {
      return set("CapacityRebalance", value);
    }
  }

  /**
   * Describes Spot Instance placement.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.SpotPlacement}.
   */
  public static final class SpotPlacement extends Struct<SpotPlacement> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.SpotPlacement")
        .allowed("Tenancy", "dedicated", "default", "host")
        .build();

    public SpotPlacement() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone.
     *
     * <p>To specify multiple Availability Zones, separate them using commas; for example,
     * "us-west-2a, us-west-2b".
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
     */
    public SpotPlacement availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public SpotPlacement availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The ID of the Availability Zone. For example, <code>use2-az1</code> .
     *
     * <p>[Spot Fleet only] To specify multiple Availability Zones, separate them using commas; for
     * example, " <code>use2-az1</code> , <code>use2-bz1</code> ".
     *
     * <p>Either <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code> must be specified
     * in the request, but not both.
     *
     * <p>CloudFormation property {@code AvailabilityZoneId}.
     */
    public SpotPlacement availabilityZoneId(String value) {
      return set("AvailabilityZoneId", Value.of(value));
    }

    /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
    public SpotPlacement availabilityZoneId(Value<String> value) {
      return set("AvailabilityZoneId", value);
    }

    /**
     * The name of the placement group.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupName}.
     */
    public SpotPlacement groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public SpotPlacement groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * The tenancy of the instance (if the instance is running in a VPC). An instance with a tenancy
     * of <code>dedicated</code> runs on single-tenant hardware. The <code>host</code> tenancy is
     * not supported for Spot Instances.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code dedicated}, {@code default},
     * {@code host}. CloudFormation property {@code Tenancy}.
     */
    public SpotPlacement tenancy(String value) {
      return set("Tenancy", Value.of(value));
    }

    /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
    public SpotPlacement tenancy(Value<String> value) {
      return set("Tenancy", value);
    }
  }

  /**
   * Describes a load balancer target group.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.TargetGroup}.
   */
  public static final class TargetGroup extends Struct<TargetGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.TargetGroup")
        .required("Arn")
        .build();

    public TargetGroup() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the target group.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Arn}.
     */
    public TargetGroup arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public TargetGroup arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * Describes the target groups to attach to a Spot Fleet. Spot Fleet registers the running Spot
   * Instances with these target groups.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.TargetGroupsConfig}.
   */
  public static final class TargetGroupsConfig extends Struct<TargetGroupsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SpotFleet.TargetGroupsConfig")
        .required("TargetGroups")
        .build();

    public TargetGroupsConfig() {
      super(SCHEMA);
    }

    /**
     * One or more target groups.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code TargetGroups}.
     */
    public TargetGroupsConfig targetGroups(List<TargetGroup> value) {
      return set("TargetGroups", Value.listOf(value));
    }

    /** Sets {@code TargetGroups} to this value; see {@link #targetGroups(List)}. */
    public TargetGroupsConfig targetGroups(Value<List<TargetGroup>> value) {
      return set("TargetGroups", value);
    }

    /** Sets {@code TargetGroups} to a list of these; see {@link #targetGroups(List)}. */
    public TargetGroupsConfig targetGroups(TargetGroup... values) {
      return set("TargetGroups", Value.list(values));
    }
  }

  /**
   * The minimum and maximum amount of total local storage, in GB.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.TotalLocalStorageGBRequest}.
   */
  public static final class TotalLocalStorageGBRequest extends Struct<TotalLocalStorageGBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.TotalLocalStorageGBRequest");

    public TotalLocalStorageGBRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of total local storage, in GB. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public TotalLocalStorageGBRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public TotalLocalStorageGBRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of total local storage, in GB. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public TotalLocalStorageGBRequest min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public TotalLocalStorageGBRequest min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum number of vCPUs.
   *
   * <p>Property type {@code AWS::EC2::SpotFleet.VCpuCountRangeRequest}.
   */
  public static final class VCpuCountRangeRequest extends Struct<VCpuCountRangeRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SpotFleet.VCpuCountRangeRequest");

    public VCpuCountRangeRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of vCPUs. To specify no maximum limit, omit this parameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Max}.
     */
    public VCpuCountRangeRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public VCpuCountRangeRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of vCPUs. To specify no minimum limit, specify <code>0</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Min}.
     */
    public VCpuCountRangeRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public VCpuCountRangeRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }
}
