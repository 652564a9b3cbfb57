// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * Specifies the properties for creating a launch template.
 *
 * <p>The minimum required properties for specifying a launch template are as follows:
 *
 * <ul> <li>You must specify at least one property for the launch template data. <li>You can
 * optionally specify a name for the launch template. If you do not specify a name, CloudFormation
 * creates a name for you. </ul>
 *
 * <p>A launch template can contain some or all of the configuration information to launch an
 * instance. When you launch an instance using a launch template, instance properties that are not
 * specified in the launch template use default values, except the <code>ImageId</code> property,
 * which has no default value. If you do not specify an AMI ID for the launch template
 * <code>ImageId</code> property, you must specify an AMI ID for the instance <code>ImageId</code>
 * property.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html">Launch an
 * instance from a launch template</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::LaunchTemplate}.
 */
public final class LaunchTemplate extends Resource<LaunchTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate")
      .required("LaunchTemplateData")
      .constrain("VersionDescription", Constraint.of().minLength(0).maxLength(255))
      .refYields("LaunchTemplateId")
      .attributes("DefaultVersionNumber", "LatestVersionNumber", "LaunchTemplateId")
      .build();

  public LaunchTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The information for the launch template.
   *
   * <p>Required. CloudFormation property {@code LaunchTemplateData}.
   */
  public LaunchTemplate launchTemplateData(Value<LaunchTemplateData> value) {
    return set("LaunchTemplateData", value);
  }

  /**
   * A name for the launch template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LaunchTemplateName}.
   */
  public LaunchTemplate launchTemplateName(String value) {
    return set("LaunchTemplateName", Value.of(value));
  }

  /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
  public LaunchTemplate launchTemplateName(Value<String> value) {
    return set("LaunchTemplateName", value);
  }

  /**
   * The tags to apply to the launch template on creation. To tag the launch template, the resource
   * type must be <code>launch-template</code> .
   *
   * <p>To specify the tags for resources that are created during instance launch, use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html#cfn-ec2-launchtemplate-launchtemplatedata-tagspecifications">TagSpecifications</a>
   * .
   *
   * <p>CloudFormation property {@code TagSpecifications}.
   */
  public LaunchTemplate tagSpecifications(List<LaunchTemplateTagSpecification> value) {
    return set("TagSpecifications", Value.listOf(value));
  }

  /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
  public LaunchTemplate tagSpecifications(Value<List<LaunchTemplateTagSpecification>> value) {
    return set("TagSpecifications", value);
  }

  /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
  public LaunchTemplate tagSpecifications(LaunchTemplateTagSpecification... values) {
    return set("TagSpecifications", Value.list(values));
  }

  /**
   * A description for the first version of the launch template.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code VersionDescription}.
   */
  public LaunchTemplate versionDescription(String value) {
    return set("VersionDescription", Value.of(value));
  }

  /** Sets {@code VersionDescription} to this value; see {@link #versionDescription(String)}. */
  public LaunchTemplate versionDescription(Value<String> value) {
    return set("VersionDescription", value);
  }

  /**
   * The default version of the launch template, such as 2.
   *
   * <p>The default version of a launch template cannot be specified in AWS CloudFormation . The
   * default version can be set in the Amazon EC2 console or by using the
   * <code>modify-launch-template</code> AWS CLI command.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultVersionNumber}.
   */
  public Value<String> defaultVersionNumber() {
    return getAtt("DefaultVersionNumber");
  }

  /**
   * The latest version of the launch template, such as <code>5</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionNumber}.
   */
  public Value<String> latestVersionNumber() {
    return getAtt("LatestVersionNumber");
  }

  /**
   * The ID of the launch template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LaunchTemplateId}.
   */
  public Value<String> launchTemplateId() {
    return getAtt("LaunchTemplateId");
  }

  /**
   * The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an
   * instance.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.AcceleratorCount}.
   */
  public static final class AcceleratorCount extends Struct<AcceleratorCount> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.AcceleratorCount");

    public AcceleratorCount() {
      super(SCHEMA);
    }

    /**
     * The maximum number of accelerators. To specify no maximum limit, omit this parameter. To
     * exclude accelerator-enabled instance types, set <code>Max</code> to <code>0</code> .
     *
     * <p>CloudFormation property {@code Max}.
     */
    public AcceleratorCount max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorCount max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of accelerators. To specify no minimum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public AcceleratorCount min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorCount min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum amount of total accelerator memory, in MiB.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.AcceleratorTotalMemoryMiB}.
   */
  public static final class AcceleratorTotalMemoryMiB extends Struct<AcceleratorTotalMemoryMiB> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.AcceleratorTotalMemoryMiB");

    public AcceleratorTotalMemoryMiB() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public AcceleratorTotalMemoryMiB max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorTotalMemoryMiB max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public AcceleratorTotalMemoryMiB min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorTotalMemoryMiB min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html">Amazon
   * EBS–optimized instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.BaselineEbsBandwidthMbps}.
   */
  public static final class BaselineEbsBandwidthMbps extends Struct<BaselineEbsBandwidthMbps> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.BaselineEbsBandwidthMbps");

    public BaselineEbsBandwidthMbps() {
      super(SCHEMA);
    }

    /**
     * The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public BaselineEbsBandwidthMbps max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public BaselineEbsBandwidthMbps max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public BaselineEbsBandwidthMbps min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public BaselineEbsBandwidthMbps min(Value<Integer> value) {
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
   * <p>Property type {@code AWS::EC2::LaunchTemplate.BaselinePerformanceFactors}.
   */
  public static final class BaselinePerformanceFactors extends Struct<BaselinePerformanceFactors> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.BaselinePerformanceFactors");

    public BaselinePerformanceFactors() {
      super(SCHEMA);
    }

    /**
     * The CPU performance to consider, using an instance family as the baseline reference.
     *
     * <p>CloudFormation property {@code Cpu}.
     */
    public BaselinePerformanceFactors cpu(Value<Cpu> value) {
      return set("Cpu", value);
    }
  }

  /**
   * Specifies a block device mapping for a launch template. You must specify
   * <code>DeviceName</code> plus exactly one of the following properties: <code>Ebs</code> ,
   * <code>NoDevice</code> , or <code>VirtualName</code> .
   *
   * <p><code>BlockDeviceMapping</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.BlockDeviceMapping}.
   */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.BlockDeviceMapping");

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name (for example, /dev/sdh or xvdh).
     *
     * <p>CloudFormation property {@code DeviceName}.
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
     * <p>CloudFormation property {@code Ebs}.
     */
    public BlockDeviceMapping ebs(Value<Ebs> value) {
      return set("Ebs", value);
    }

    /**
     * To omit the device from the block device mapping, specify an empty string.
     *
     * <p>CloudFormation property {@code NoDevice}.
     */
    public BlockDeviceMapping noDevice(String value) {
      return set("NoDevice", Value.of(value));
    }

    /** Sets {@code NoDevice} to this value; see {@link #noDevice(String)}. */
    public BlockDeviceMapping noDevice(Value<String> value) {
      return set("NoDevice", value);
    }

    /**
     * The virtual device name (ephemeralN). Instance store volumes are numbered starting from 0. An
     * instance type with 2 available instance store volumes can specify mappings for ephemeral0 and
     * ephemeral1. The number of available instance store volumes depends on the instance type.
     * After you connect to the instance, you must mount the volume.
     *
     * <p>CloudFormation property {@code VirtualName}.
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
   * Specifies an instance's Capacity Reservation targeting option. You can specify only one option
   * at a time.
   *
   * <p><code>CapacityReservationSpecification</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.CapacityReservationSpecification}.
   */
  public static final class CapacityReservationSpecification extends Struct<CapacityReservationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.CapacityReservationSpecification")
        .allowed("CapacityReservationPreference", "capacity-reservations-only", "none", "open")
        .build();

    public CapacityReservationSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates the instance's Capacity Reservation preferences. Possible preferences include:
     *
     * <ul> <li><code>capacity-reservations-only</code> - The instance will only run in a Capacity
     * Reservation or Capacity Reservation group. If capacity isn't available, the instance will
     * fail to launch. <li><code>open</code> - The instance can run in any <code>open</code>
     * Capacity Reservation that has matching attributes (instance type, platform, Availability
     * Zone, tenancy). <li><code>none</code> - The instance avoids running in a Capacity Reservation
     * even if one is available. The instance runs in On-Demand capacity. </ul>
     *
     * <p>Allowed values: {@code capacity-reservations-only}, {@code none}, {@code open}.
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
   * Specifies a target Capacity Reservation.
   *
   * <p><code>CapacityReservationTarget</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">Amazon
   * EC2 LaunchTemplate LaunchTemplateData</a> property type.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.CapacityReservationTarget}.
   */
  public static final class CapacityReservationTarget extends Struct<CapacityReservationTarget> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.CapacityReservationTarget");

    public CapacityReservationTarget() {
      super(SCHEMA);
    }

    /**
     * The ID of the Capacity Reservation in which to run the instance.
     *
     * <p>CloudFormation property {@code CapacityReservationId}.
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
     * <p>CloudFormation property {@code CapacityReservationResourceGroupArn}.
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
   * A security group connection tracking specification that enables you to set the idle timeout for
   * connection tracking on an Elastic network interface. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html#connection-tracking-timeouts">Connection
   * tracking timeouts</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.ConnectionTrackingSpecification}.
   */
  public static final class ConnectionTrackingSpecification extends Struct<ConnectionTrackingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.ConnectionTrackingSpecification");

    public ConnectionTrackingSpecification() {
      super(SCHEMA);
    }

    /**
     * Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max:
     * 432000 seconds (5 days). Default: 432000 seconds. Recommended: Less than 432000 seconds.
     *
     * <p>CloudFormation property {@code TcpEstablishedTimeout}.
     */
    public ConnectionTrackingSpecification tcpEstablishedTimeout(int value) {
      return set("TcpEstablishedTimeout", Value.of(value));
    }

    /**
     * Sets {@code TcpEstablishedTimeout} to this value; see {@link #tcpEstablishedTimeout(int)}.
     */
    public ConnectionTrackingSpecification tcpEstablishedTimeout(Value<Integer> value) {
      return set("TcpEstablishedTimeout", value);
    }

    /**
     * Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one
     * request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180
     * seconds.
     *
     * <p>CloudFormation property {@code UdpStreamTimeout}.
     */
    public ConnectionTrackingSpecification udpStreamTimeout(int value) {
      return set("UdpStreamTimeout", Value.of(value));
    }

    /** Sets {@code UdpStreamTimeout} to this value; see {@link #udpStreamTimeout(int)}. */
    public ConnectionTrackingSpecification udpStreamTimeout(Value<Integer> value) {
      return set("UdpStreamTimeout", value);
    }

    /**
     * Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or
     * a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds.
     *
     * <p>CloudFormation property {@code UdpTimeout}.
     */
    public ConnectionTrackingSpecification udpTimeout(int value) {
      return set("UdpTimeout", Value.of(value));
    }

    /** Sets {@code UdpTimeout} to this value; see {@link #udpTimeout(int)}. */
    public ConnectionTrackingSpecification udpTimeout(Value<Integer> value) {
      return set("UdpTimeout", value);
    }
  }

  /**
   * Specifies the CPU performance to consider when using an instance family as the baseline
   * reference.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Cpu}.
   */
  public static final class Cpu extends Struct<Cpu> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.Cpu");

    public Cpu() {
      super(SCHEMA);
    }

    /**
     * The instance family to use as the baseline reference for CPU performance. All instance types
     * that match your specified attributes are compared against the CPU performance of the
     * referenced instance family, regardless of CPU manufacturer or architecture differences.
     *
     * <p>CloudFormation property {@code References}.
     */
    public Cpu references(List<Reference> value) {
      return set("References", Value.listOf(value));
    }

    /** Sets {@code References} to this value; see {@link #references(List)}. */
    public Cpu references(Value<List<Reference>> value) {
      return set("References", value);
    }

    /** Sets {@code References} to a list of these; see {@link #references(List)}. */
    public Cpu references(Reference... values) {
      return set("References", Value.list(values));
    }
  }

  /**
   * Specifies the CPU options for an instance. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html">Optimize
   * CPU options</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p><code>CpuOptions</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.CpuOptions}.
   */
  public static final class CpuOptions extends Struct<CpuOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.CpuOptions")
        .allowed("AmdSevSnp", "enabled", "disabled")
        .allowed("NestedVirtualization", "enabled", "disabled")
        .build();

    public CpuOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to enable the instance for AMD SEV-SNP. AMD SEV-SNP is supported with M6a,
     * R6a, and C6a instance types only. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sev-snp.html">AMD SEV-SNP for
     * Amazon EC2 instances</a> .
     *
     * <p>Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code
     * AmdSevSnp}.
     */
    public CpuOptions amdSevSnp(String value) {
      return set("AmdSevSnp", Value.of(value));
    }

    /** Sets {@code AmdSevSnp} to this value; see {@link #amdSevSnp(String)}. */
    public CpuOptions amdSevSnp(Value<String> value) {
      return set("AmdSevSnp", value);
    }

    /**
     * The number of CPU cores for the instance.
     *
     * <p>CloudFormation property {@code CoreCount}.
     */
    public CpuOptions coreCount(int value) {
      return set("CoreCount", Value.of(value));
    }

    /** Sets {@code CoreCount} to this value; see {@link #coreCount(int)}. */
    public CpuOptions coreCount(Value<Integer> value) {
      return set("CoreCount", value);
    }

    /**
     * Indicates whether the instance is enabled for nested virtualization.
     *
     * <p>Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code
     * NestedVirtualization}.
     */
    public CpuOptions nestedVirtualization(String value) {
      return set("NestedVirtualization", Value.of(value));
    }

    /**
     * Sets {@code NestedVirtualization} to this value; see {@link #nestedVirtualization(String)}.
     */
    public CpuOptions nestedVirtualization(Value<String> value) {
      return set("NestedVirtualization", value);
    }

    /**
     * The number of threads per CPU core. To disable multithreading for the instance, specify a
     * value of <code>1</code> . Otherwise, specify the default value of <code>2</code> .
     *
     * <p>CloudFormation property {@code ThreadsPerCore}.
     */
    public CpuOptions threadsPerCore(int value) {
      return set("ThreadsPerCore", Value.of(value));
    }

    /** Sets {@code ThreadsPerCore} to this value; see {@link #threadsPerCore(int)}. */
    public CpuOptions threadsPerCore(Value<Integer> value) {
      return set("ThreadsPerCore", value);
    }
  }

  /**
   * Specifies the credit option for CPU usage of a T2, T3, or T3a instance.
   *
   * <p><code>CreditSpecification</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.CreditSpecification}.
   */
  public static final class CreditSpecification extends Struct<CreditSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.CreditSpecification");

    public CreditSpecification() {
      super(SCHEMA);
    }

    /**
     * The credit option for CPU usage of a T instance.
     *
     * <p>Valid values: <code>standard</code> | <code>unlimited</code>
     *
     * <p>CloudFormation property {@code CpuCredits}.
     */
    public CreditSpecification cpuCredits(String value) {
      return set("CpuCredits", Value.of(value));
    }

    /** Sets {@code CpuCredits} to this value; see {@link #cpuCredits(String)}. */
    public CreditSpecification cpuCredits(Value<String> value) {
      return set("CpuCredits", value);
    }
  }

  /**
   * Parameters for a block device for an EBS volume in an Amazon EC2 launch template.
   *
   * <p><code>Ebs</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-blockdevicemapping.html">AWS::EC2::LaunchTemplate
   * BlockDeviceMapping</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Ebs}.
   */
  public static final class Ebs extends Struct<Ebs> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.Ebs")
        .references("KmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
        .allowed("VolumeType", "gp2", "gp3", "io1", "io2", "sc1", "st1", "standard")
        .build();

    public Ebs() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the EBS volume is deleted on instance termination.
     *
     * <p>CloudFormation property {@code DeleteOnTermination}.
     */
    public Ebs deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public Ebs deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /** CloudFormation property {@code EbsCardIndex}. */
    public Ebs ebsCardIndex(int value) {
      return set("EbsCardIndex", Value.of(value));
    }

    /** Sets {@code EbsCardIndex} to this value; see {@link #ebsCardIndex(int)}. */
    public Ebs ebsCardIndex(Value<Integer> value) {
      return set("EbsCardIndex", value);
    }

    /**
     * Indicates whether the EBS volume is encrypted. Encrypted volumes can only be attached to
     * instances that support Amazon EBS encryption. If you are creating a volume from a snapshot,
     * you can't specify an encryption value.
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public Ebs encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public Ebs encrypted(Value<Boolean> value) {
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
     * href="https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html">instances
     * built on the Nitro System</a> . On other instances, you can achieve performance up to 32,000
     * IOPS.
     *
     * <p>This parameter is supported for <code>io1</code> , <code>io2</code> , and <code>gp3</code>
     * volumes only.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public Ebs iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public Ebs iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use
     * for EBS encryption.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public Ebs kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public Ebs kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public Ebs kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.arn());
    }

    /**
     * The ID of the snapshot.
     *
     * <p>CloudFormation property {@code SnapshotId}.
     */
    public Ebs snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public Ebs snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The throughput to provision for a <code>gp3</code> volume, with a maximum of 2,000 MiB/s.
     *
     * <p>Valid Range: Minimum value of 125. Maximum value of 2,000.
     *
     * <p>CloudFormation property {@code Throughput}.
     */
    public Ebs throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public Ebs throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization
     * rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This
     * is also known as <em>volume initialization</em> . Specifying a volume initialization rate
     * ensures that the volume is initialized at a predictable and consistent rate after creation.
     *
     * <p>This parameter is supported only for volumes created from snapshots. Omit this parameter
     * if:
     *
     * <ul> <li>You want to create the volume using fast snapshot restore. You must specify a
     * snapshot that is enabled for fast snapshot restore. In this case, the volume is fully
     * initialized at creation. </ul>
     *
     * <p>If you specify a snapshot that is enabled for fast snapshot restore and a volume
     * initialization rate, the volume will be initialized at the specified rate instead of fast
     * snapshot restore.
     *
     * <ul> <li>You want to create a volume that is initialized at the default rate. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/initalize-volume.html">Initialize
     * Amazon EBS volumes</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Valid range: 100 - 300 MiB/s
     *
     * <p>CloudFormation property {@code VolumeInitializationRate}.
     */
    public Ebs volumeInitializationRate(int value) {
      return set("VolumeInitializationRate", Value.of(value));
    }

    /**
     * Sets {@code VolumeInitializationRate} to this value; see {@link
     * #volumeInitializationRate(int)}.
     */
    public Ebs volumeInitializationRate(Value<Integer> value) {
      return set("VolumeInitializationRate", value);
    }

    /**
     * The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. The
     * following are the supported volumes sizes for each volume type:
     *
     * <ul> <li><code>gp2</code> : 1 - 16,384 GiB <li><code>gp3</code> : 1 - 65,536 GiB
     * <li><code>io1</code> : 4 - 16,384 GiB <li><code>io2</code> : 4 - 65,536 GiB
     * <li><code>st1</code> and <code>sc1</code> : 125 - 16,384 GiB <li><code>standard</code> : 1 -
     * 1024 GiB </ul>
     *
     * <p>CloudFormation property {@code VolumeSize}.
     */
    public Ebs volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public Ebs volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The volume type. For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html">Amazon EBS
     * volume types</a> in the <em>Amazon EBS User Guide</em> .
     *
     * <p>Allowed values: {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code sc1}, {@code
     * st1}, {@code standard}. CloudFormation property {@code VolumeType}.
     */
    public Ebs volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public Ebs volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /** Property type {@code AWS::EC2::LaunchTemplate.ElasticGpuSpecification}. */
  public static final class ElasticGpuSpecification extends Struct<ElasticGpuSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.ElasticGpuSpecification");

    public ElasticGpuSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Type}. */
    public ElasticGpuSpecification type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ElasticGpuSpecification type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * ENA Express uses AWS Scalable Reliable Datagram (SRD) technology to increase the maximum
   * bandwidth used per stream and minimize tail latency of network traffic between EC2 instances.
   * With ENA Express, you can communicate between two EC2 instances in the same subnet within the
   * same account, or in different accounts. Both sending and receiving instances must have ENA
   * Express enabled.
   *
   * <p>To improve the reliability of network packet delivery, ENA Express reorders network packets
   * on the receiving end by default. However, some UDP-based applications are designed to handle
   * network packets that are out of order to reduce the overhead for packet delivery at the network
   * layer. When ENA Express is enabled, you can specify whether UDP network traffic uses it.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.EnaSrdSpecification}.
   */
  public static final class EnaSrdSpecification extends Struct<EnaSrdSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.EnaSrdSpecification");

    public EnaSrdSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether ENA Express is enabled for the network interface.
     *
     * <p>CloudFormation property {@code EnaSrdEnabled}.
     */
    public EnaSrdSpecification enaSrdEnabled(boolean value) {
      return set("EnaSrdEnabled", Value.of(value));
    }

    /** Sets {@code EnaSrdEnabled} to this value; see {@link #enaSrdEnabled(boolean)}. */
    public EnaSrdSpecification enaSrdEnabled(Value<Boolean> value) {
      return set("EnaSrdEnabled", value);
    }

    /**
     * Configures ENA Express for UDP network traffic.
     *
     * <p>CloudFormation property {@code EnaSrdUdpSpecification}.
     */
    public EnaSrdSpecification enaSrdUdpSpecification(Value<EnaSrdUdpSpecification> value) {
      return set("EnaSrdUdpSpecification", value);
    }
  }

  /**
   * ENA Express is compatible with both TCP and UDP transport protocols. When it's enabled, TCP
   * traffic automatically uses it. However, some UDP-based applications are designed to handle
   * network packets that are out of order, without a need for retransmission, such as live video
   * broadcasting or other near-real-time applications. For UDP traffic, you can specify whether to
   * use ENA Express, based on your application environment needs.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.EnaSrdUdpSpecification}.
   */
  public static final class EnaSrdUdpSpecification extends Struct<EnaSrdUdpSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.EnaSrdUdpSpecification");

    public EnaSrdUdpSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this
     * setting, you must first enable ENA Express.
     *
     * <p>CloudFormation property {@code EnaSrdUdpEnabled}.
     */
    public EnaSrdUdpSpecification enaSrdUdpEnabled(boolean value) {
      return set("EnaSrdUdpEnabled", Value.of(value));
    }

    /** Sets {@code EnaSrdUdpEnabled} to this value; see {@link #enaSrdUdpEnabled(boolean)}. */
    public EnaSrdUdpSpecification enaSrdUdpEnabled(Value<Boolean> value) {
      return set("EnaSrdUdpEnabled", value);
    }
  }

  /**
   * Indicates whether the instance is enabled for AWS Nitro Enclaves.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.EnclaveOptions}.
   */
  public static final class EnclaveOptions extends Struct<EnclaveOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.EnclaveOptions");

    public EnclaveOptions() {
      super(SCHEMA);
    }

    /**
     * If this parameter is set to <code>true</code> , the instance is enabled for AWS Nitro
     * Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public EnclaveOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public EnclaveOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies whether your instance is configured for hibernation. This parameter is valid only if
   * the instance meets the <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html#hibernating-prerequisites">hibernation
   * prerequisites</a> . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html">Hibernate Your
   * Instance</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p><code>HibernationOptions</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.HibernationOptions}.
   */
  public static final class HibernationOptions extends Struct<HibernationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.HibernationOptions");

    public HibernationOptions() {
      super(SCHEMA);
    }

    /**
     * If you set this parameter to <code>true</code> , the instance is enabled for hibernation.
     *
     * <p>Default: <code>false</code>
     *
     * <p>CloudFormation property {@code Configured}.
     */
    public HibernationOptions configured(boolean value) {
      return set("Configured", Value.of(value));
    }

    /** Sets {@code Configured} to this value; see {@link #configured(boolean)}. */
    public HibernationOptions configured(Value<Boolean> value) {
      return set("Configured", value);
    }
  }

  /**
   * Specifies an IAM instance profile, which is a container for an IAM role for your instance. You
   * can use an IAM role to distribute your AWS credentials to your instances.
   *
   * <p>If you are creating the launch template for use with an Amazon EC2 Auto Scaling group, you
   * can specify either the name or the ARN of the instance profile, but not both.
   *
   * <p><code>IamInstanceProfile</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.IamInstanceProfile}.
   */
  public static final class IamInstanceProfile extends Struct<IamInstanceProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.IamInstanceProfile")
        .references("Name", "AWS::IAM::InstanceProfile.Ref")
        .build();

    public IamInstanceProfile() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the instance profile.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public IamInstanceProfile arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IamInstanceProfile arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The name of the instance profile.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public IamInstanceProfile name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IamInstanceProfile name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Sets {@code Name} to the Ref of {@code AWS::IAM::InstanceProfile}; see {@link #name(String)}.
     */
    public IamInstanceProfile name(InstanceProfile resource) {
      return set("Name", resource.ref());
    }
  }

  /**
   * Specifies the market (purchasing) option for an instance.
   *
   * <p><code>InstanceMarketOptions</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.InstanceMarketOptions}.
   */
  public static final class InstanceMarketOptions extends Struct<InstanceMarketOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.InstanceMarketOptions")
        .allowed("MarketType", "capacity-block", "interruptible-capacity-reservation", "on-demand",
            "spot")
        .build();

    public InstanceMarketOptions() {
      super(SCHEMA);
    }

    /**
     * The market type.
     *
     * <p>Allowed values: {@code capacity-block}, {@code interruptible-capacity-reservation}, {@code
     * on-demand}, {@code spot}. CloudFormation property {@code MarketType}.
     */
    public InstanceMarketOptions marketType(String value) {
      return set("MarketType", Value.of(value));
    }

    /** Sets {@code MarketType} to this value; see {@link #marketType(String)}. */
    public InstanceMarketOptions marketType(Value<String> value) {
      return set("MarketType", value);
    }

    /**
     * The options for Spot Instances.
     *
     * <p>CloudFormation property {@code SpotOptions}.
     */
    public InstanceMarketOptions spotOptions(Value<SpotOptions> value) {
      return set("SpotOptions", value);
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
   * <p>Property type {@code AWS::EC2::LaunchTemplate.InstanceRequirements}.
   */
  public static final class InstanceRequirements extends Struct<InstanceRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.InstanceRequirements")
        .allowed("AcceleratorManufacturers", "amazon-web-services", "amd", "habana", "nvidia",
            "xilinx")
        .allowed("AcceleratorNames", "a100", "a10g", "gaudi-hl-205", "h100", "inferentia",
            "inferentia2", "k520", "k80", "l4", "l40s", "m60", "radeon-pro-v520", "t4", "t4g",
            "trainium", "trainium2", "u30", "v100", "vu9p")
        .allowed("AcceleratorTypes", "fpga", "gpu", "inference", "media")
        .constrain("AllowedInstanceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\.\\*\\-]+$").minLength(1).maxLength(30))
        .allowed("BareMetal", "excluded", "included", "required")
        .allowed("BurstablePerformance", "excluded", "included", "required")
        .allowed("CpuManufacturers", "amazon-web-services", "amd", "apple", "intel")
        .constrain("ExcludedInstanceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\.\\*\\-]+$").minLength(1).maxLength(30))
        .allowed("InstanceGenerations", "current", "previous")
        .allowed("LocalStorage", "excluded", "included", "required")
        .allowed("LocalStorageTypes", "hdd", "ssd")
        .build();

    public InstanceRequirements() {
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
     * <p>CloudFormation property {@code AcceleratorCount}.
     */
    public InstanceRequirements acceleratorCount(Value<AcceleratorCount> value) {
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
     * <p>Allowed values: {@code amazon-web-services}, {@code amd}, {@code habana}, {@code nvidia},
     * {@code xilinx}. CloudFormation property {@code AcceleratorManufacturers}.
     */
    public InstanceRequirements acceleratorManufacturers(List<String> value) {
      return set("AcceleratorManufacturers", Value.listOf(value));
    }

    /**
     * Sets {@code AcceleratorManufacturers} to this value; see {@link
     * #acceleratorManufacturers(List)}.
     */
    public InstanceRequirements acceleratorManufacturers(Value<List<String>> value) {
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
     * <p>Allowed values: {@code a100}, {@code a10g}, {@code gaudi-hl-205}, {@code h100}, {@code
     * inferentia}, {@code inferentia2}, {@code k520}, {@code k80}, {@code l4}, {@code l40s}, {@code
     * m60}, {@code radeon-pro-v520}, {@code t4}, {@code t4g}, {@code trainium}, {@code trainium2},
     * {@code u30}, {@code v100}, {@code vu9p}. CloudFormation property {@code AcceleratorNames}.
     */
    public InstanceRequirements acceleratorNames(List<String> value) {
      return set("AcceleratorNames", Value.listOf(value));
    }

    /** Sets {@code AcceleratorNames} to this value; see {@link #acceleratorNames(List)}. */
    public InstanceRequirements acceleratorNames(Value<List<String>> value) {
      return set("AcceleratorNames", value);
    }

    /**
     * The minimum and maximum amount of total accelerator memory, in MiB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code AcceleratorTotalMemoryMiB}.
     */
    public InstanceRequirements acceleratorTotalMemoryMiB(Value<AcceleratorTotalMemoryMiB> value) {
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
     * <p>Allowed values: {@code fpga}, {@code gpu}, {@code inference}, {@code media}.
     * CloudFormation property {@code AcceleratorTypes}.
     */
    public InstanceRequirements acceleratorTypes(List<String> value) {
      return set("AcceleratorTypes", Value.listOf(value));
    }

    /** Sets {@code AcceleratorTypes} to this value; see {@link #acceleratorTypes(List)}. */
    public InstanceRequirements acceleratorTypes(Value<List<String>> value) {
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
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;*&#92;-]+$}.
     * CloudFormation property {@code AllowedInstanceTypes}.
     */
    public InstanceRequirements allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirements allowedInstanceTypes(Value<List<String>> value) {
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
     * <p>Allowed values: {@code excluded}, {@code included}, {@code required}. CloudFormation
     * property {@code BareMetal}.
     */
    public InstanceRequirements bareMetal(String value) {
      return set("BareMetal", Value.of(value));
    }

    /** Sets {@code BareMetal} to this value; see {@link #bareMetal(String)}. */
    public InstanceRequirements bareMetal(Value<String> value) {
      return set("BareMetal", value);
    }

    /**
     * The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see
     * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html">Amazon
     * EBS–optimized instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code BaselineEbsBandwidthMbps}.
     */
    public InstanceRequirements baselineEbsBandwidthMbps(Value<BaselineEbsBandwidthMbps> value) {
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
    public InstanceRequirements baselinePerformanceFactors(Value<BaselinePerformanceFactors> value) {
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
     * <p>Allowed values: {@code excluded}, {@code included}, {@code required}. CloudFormation
     * property {@code BurstablePerformance}.
     */
    public InstanceRequirements burstablePerformance(String value) {
      return set("BurstablePerformance", Value.of(value));
    }

    /**
     * Sets {@code BurstablePerformance} to this value; see {@link #burstablePerformance(String)}.
     */
    public InstanceRequirements burstablePerformance(Value<String> value) {
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
     * <p>Allowed values: {@code amazon-web-services}, {@code amd}, {@code apple}, {@code intel}.
     * CloudFormation property {@code CpuManufacturers}.
     */
    public InstanceRequirements cpuManufacturers(List<String> value) {
      return set("CpuManufacturers", Value.listOf(value));
    }

    /** Sets {@code CpuManufacturers} to this value; see {@link #cpuManufacturers(List)}. */
    public InstanceRequirements cpuManufacturers(Value<List<String>> value) {
      return set("CpuManufacturers", value);
    }

    /**
     * The instance types to exclude.
     *
     * <p>You can use strings with one or more wild cards, represented by an asterisk (
     * <code><em></code> ), to exclude an instance type, size, or generation. The following are
     * examples: <code>m5.8xlarge</code> , <code>c5</em>.<em></code> , <code>m5a.</em></code> ,
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
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;*&#92;-]+$}.
     * CloudFormation property {@code ExcludedInstanceTypes}.
     */
    public InstanceRequirements excludedInstanceTypes(List<String> value) {
      return set("ExcludedInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludedInstanceTypes} to this value; see {@link #excludedInstanceTypes(List)}.
     */
    public InstanceRequirements excludedInstanceTypes(Value<List<String>> value) {
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
     * <p>Allowed values: {@code current}, {@code previous}. CloudFormation property {@code
     * InstanceGenerations}.
     */
    public InstanceRequirements instanceGenerations(List<String> value) {
      return set("InstanceGenerations", Value.listOf(value));
    }

    /** Sets {@code InstanceGenerations} to this value; see {@link #instanceGenerations(List)}. */
    public InstanceRequirements instanceGenerations(Value<List<String>> value) {
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
     * <p>Allowed values: {@code excluded}, {@code included}, {@code required}. CloudFormation
     * property {@code LocalStorage}.
     */
    public InstanceRequirements localStorage(String value) {
      return set("LocalStorage", Value.of(value));
    }

    /** Sets {@code LocalStorage} to this value; see {@link #localStorage(String)}. */
    public InstanceRequirements localStorage(Value<String> value) {
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
     * <p>Allowed values: {@code hdd}, {@code ssd}. CloudFormation property {@code
     * LocalStorageTypes}.
     */
    public InstanceRequirements localStorageTypes(List<String> value) {
      return set("LocalStorageTypes", Value.listOf(value));
    }

    /** Sets {@code LocalStorageTypes} to this value; see {@link #localStorageTypes(List)}. */
    public InstanceRequirements localStorageTypes(Value<List<String>> value) {
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
    public InstanceRequirements maxSpotPriceAsPercentageOfOptimalOnDemandPrice(int value) {
      return set("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", Value.of(value));
    }

    /**
     * Sets {@code MaxSpotPriceAsPercentageOfOptimalOnDemandPrice} to this value; see {@link
     * #maxSpotPriceAsPercentageOfOptimalOnDemandPrice(int)}.
     */
    public InstanceRequirements maxSpotPriceAsPercentageOfOptimalOnDemandPrice(Value<Integer> value) {
      return set("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", value);
    }

    /**
     * The minimum and maximum amount of memory per vCPU, in GiB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code MemoryGiBPerVCpu}.
     */
    public InstanceRequirements memoryGiBPerVCpu(Value<MemoryGiBPerVCpu> value) {
      return set("MemoryGiBPerVCpu", value);
    }

    /**
     * The minimum and maximum amount of memory, in MiB.
     *
     * <p>CloudFormation property {@code MemoryMiB}.
     */
    public InstanceRequirements memoryMiB(Value<MemoryMiB> value) {
      return set("MemoryMiB", value);
    }

    /**
     * The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps).
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code NetworkBandwidthGbps}.
     */
    public InstanceRequirements networkBandwidthGbps(Value<NetworkBandwidthGbps> value) {
      return set("NetworkBandwidthGbps", value);
    }

    /**
     * The minimum and maximum number of network interfaces.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code NetworkInterfaceCount}.
     */
    public InstanceRequirements networkInterfaceCount(Value<NetworkInterfaceCount> value) {
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
     * <p>To turn off price protection, specify a high value, such as <code>999999</code> .
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
     * <p>CloudFormation property {@code OnDemandMaxPricePercentageOverLowestPrice}.
     */
    public InstanceRequirements onDemandMaxPricePercentageOverLowestPrice(int value) {
      return set("OnDemandMaxPricePercentageOverLowestPrice", Value.of(value));
    }

    /**
     * Sets {@code OnDemandMaxPricePercentageOverLowestPrice} to this value; see {@link
     * #onDemandMaxPricePercentageOverLowestPrice(int)}.
     */
    public InstanceRequirements onDemandMaxPricePercentageOverLowestPrice(Value<Integer> value) {
      return set("OnDemandMaxPricePercentageOverLowestPrice", value);
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
     * <p>CloudFormation property {@code RequireHibernateSupport}.
     */
    public InstanceRequirements requireHibernateSupport(boolean value) {
      return set("RequireHibernateSupport", Value.of(value));
    }

    /**
     * Sets {@code RequireHibernateSupport} to this value; see {@link
     * #requireHibernateSupport(boolean)}.
     */
    public InstanceRequirements requireHibernateSupport(Value<Boolean> value) {
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
     * <p>CloudFormation property {@code SpotMaxPricePercentageOverLowestPrice}.
     */
    public InstanceRequirements spotMaxPricePercentageOverLowestPrice(int value) {
      return set("SpotMaxPricePercentageOverLowestPrice", Value.of(value));
    }

    /**
     * Sets {@code SpotMaxPricePercentageOverLowestPrice} to this value; see {@link
     * #spotMaxPricePercentageOverLowestPrice(int)}.
     */
    public InstanceRequirements spotMaxPricePercentageOverLowestPrice(Value<Integer> value) {
      return set("SpotMaxPricePercentageOverLowestPrice", value);
    }

    /**
     * The minimum and maximum amount of total local storage, in GB.
     *
     * <p>Default: No minimum or maximum limits
     *
     * <p>CloudFormation property {@code TotalLocalStorageGB}.
     */
    public InstanceRequirements totalLocalStorageGB(Value<TotalLocalStorageGB> value) {
      return set("TotalLocalStorageGB", value);
    }

    /**
     * The minimum and maximum number of vCPUs.
     *
     * <p>CloudFormation property {@code VCpuCount}.
     */
    public InstanceRequirements vCpuCount(Value<VCpuCount> value) {
      return set("VCpuCount", value);
    }
  }

  /**
   * Specifies an IPv4 prefix for a network interface.
   *
   * <p><code>Ipv4PrefixSpecification</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html">AWS::EC2::LaunchTemplate
   * NetworkInterface</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Ipv4PrefixSpecification}.
   */
  public static final class Ipv4PrefixSpecification extends Struct<Ipv4PrefixSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.Ipv4PrefixSpecification");

    public Ipv4PrefixSpecification() {
      super(SCHEMA);
    }

    /**
     * The IPv4 prefix. For information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html">Assigning
     * prefixes to network interfaces</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code Ipv4Prefix}.
     */
    public Ipv4PrefixSpecification ipv4Prefix(String value) {
      return set("Ipv4Prefix", Value.of(value));
    }

    /** Sets {@code Ipv4Prefix} to this value; see {@link #ipv4Prefix(String)}. */
    public Ipv4PrefixSpecification ipv4Prefix(Value<String> value) {
      return set("Ipv4Prefix", value);
    }
  }

  /**
   * Specifies an IPv6 address in an Amazon EC2 launch template.
   *
   * <p><code>Ipv6Add</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html">AWS::EC2::LaunchTemplate
   * NetworkInterface</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Ipv6Add}.
   */
  public static final class Ipv6Add extends Struct<Ipv6Add> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.Ipv6Add");

    public Ipv6Add() {
      super(SCHEMA);
    }

    /**
     * One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't
     * use this option if you're specifying a number of IPv6 addresses.
     *
     * <p>CloudFormation property {@code Ipv6Address}.
     */
    public Ipv6Add ipv6Address(String value) {
      return set("Ipv6Address", Value.of(value));
    }

    /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
    public Ipv6Add ipv6Address(Value<String> value) {
      return set("Ipv6Address", value);
    }
  }

  /**
   * Specifies an IPv6 prefix for a network interface.
   *
   * <p><code>Ipv6PrefixSpecification</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html">AWS::EC2::LaunchTemplate
   * NetworkInterface</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Ipv6PrefixSpecification}.
   */
  public static final class Ipv6PrefixSpecification extends Struct<Ipv6PrefixSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.Ipv6PrefixSpecification");

    public Ipv6PrefixSpecification() {
      super(SCHEMA);
    }

    /**
     * The IPv6 prefix.
     *
     * <p>CloudFormation property {@code Ipv6Prefix}.
     */
    public Ipv6PrefixSpecification ipv6Prefix(String value) {
      return set("Ipv6Prefix", Value.of(value));
    }

    /** Sets {@code Ipv6Prefix} to this value; see {@link #ipv6Prefix(String)}. */
    public Ipv6PrefixSpecification ipv6Prefix(Value<String> value) {
      return set("Ipv6Prefix", value);
    }
  }

  /**
   * The information to include in the launch template.
   *
   * <p>You must specify at least one parameter for the launch template data.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.LaunchTemplateData}.
   */
  public static final class LaunchTemplateData extends Struct<LaunchTemplateData> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.LaunchTemplateData")
        .constrain("ImageId", Constraint.of().format("AWS::EC2::Image.Id"))
        .allowed("InstanceInitiatedShutdownBehavior", "stop", "terminate")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
        .build();

    public LaunchTemplateData() {
      super(SCHEMA);
    }

    /**
     * The block device mapping.
     *
     * <p>CloudFormation property {@code BlockDeviceMappings}.
     */
    public LaunchTemplateData blockDeviceMappings(List<BlockDeviceMapping> value) {
      return set("BlockDeviceMappings", Value.listOf(value));
    }

    /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
    public LaunchTemplateData blockDeviceMappings(Value<List<BlockDeviceMapping>> value) {
      return set("BlockDeviceMappings", value);
    }

    /**
     * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
     */
    public LaunchTemplateData blockDeviceMappings(BlockDeviceMapping... values) {
      return set("BlockDeviceMappings", Value.list(values));
    }

    /**
     * The Capacity Reservation targeting option. If you do not specify this parameter, the
     * instance's Capacity Reservation preference defaults to <code>open</code> , which enables it
     * to run in any open Capacity Reservation that has matching attributes (instance type,
     * platform, Availability Zone).
     *
     * <p>CloudFormation property {@code CapacityReservationSpecification}.
     */
    public LaunchTemplateData capacityReservationSpecification(Value<CapacityReservationSpecification> value) {
      return set("CapacityReservationSpecification", value);
    }

    /**
     * The CPU options for the instance. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html">CPU
     * options for Amazon EC2 instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code CpuOptions}.
     */
    public LaunchTemplateData cpuOptions(Value<CpuOptions> value) {
      return set("CpuOptions", value);
    }

    /**
     * The credit option for CPU usage of the instance. Valid only for T instances.
     *
     * <p>CloudFormation property {@code CreditSpecification}.
     */
    public LaunchTemplateData creditSpecification(Value<CreditSpecification> value) {
      return set("CreditSpecification", value);
    }

    /**
     * Indicates whether to enable the instance for stop protection. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-stop-protection.html">Enable
     * stop protection for your EC2 instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code DisableApiStop}.
     */
    public LaunchTemplateData disableApiStop(boolean value) {
      return set("DisableApiStop", Value.of(value));
    }

    /** Sets {@code DisableApiStop} to this value; see {@link #disableApiStop(boolean)}. */
    public LaunchTemplateData disableApiStop(Value<Boolean> value) {
      return set("DisableApiStop", value);
    }

    /**
     * Indicates whether termination protection is enabled for the instance. The default is
     * <code>false</code> , which means that you can terminate the instance using the Amazon EC2
     * console, command line tools, or API. You can enable termination protection when you launch an
     * instance, while the instance is running, or while the instance is stopped.
     *
     * <p>CloudFormation property {@code DisableApiTermination}.
     */
    public LaunchTemplateData disableApiTermination(boolean value) {
      return set("DisableApiTermination", Value.of(value));
    }

    /**
     * Sets {@code DisableApiTermination} to this value; see {@link
     * #disableApiTermination(boolean)}.
     */
    public LaunchTemplateData disableApiTermination(Value<Boolean> value) {
      return set("DisableApiTermination", value);
    }

    /**
     * Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides
     * dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal
     * Amazon EBS I/O performance. This optimization isn't available with all instance types.
     * Additional usage charges apply when using an EBS-optimized instance.
     *
     * <p>CloudFormation property {@code EbsOptimized}.
     */
    public LaunchTemplateData ebsOptimized(boolean value) {
      return set("EbsOptimized", Value.of(value));
    }

    /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
    public LaunchTemplateData ebsOptimized(Value<Boolean> value) {
      return set("EbsOptimized", value);
    }

    /** CloudFormation property {@code ElasticGpuSpecifications}. */
    public LaunchTemplateData elasticGpuSpecifications(List<ElasticGpuSpecification> value) {
      return set("ElasticGpuSpecifications", Value.listOf(value));
    }

    /**
     * Sets {@code ElasticGpuSpecifications} to this value; see {@link
     * #elasticGpuSpecifications(List)}.
     */
    public LaunchTemplateData elasticGpuSpecifications(Value<List<ElasticGpuSpecification>> value) {
      return set("ElasticGpuSpecifications", value);
    }

    /**
     * Sets {@code ElasticGpuSpecifications} to a list of these; see {@link
     * #elasticGpuSpecifications(List)}.
     */
    public LaunchTemplateData elasticGpuSpecifications(ElasticGpuSpecification... values) {
      return set("ElasticGpuSpecifications", Value.list(values));
    }

    /** CloudFormation property {@code ElasticInferenceAccelerators}. */
    public LaunchTemplateData elasticInferenceAccelerators(List<LaunchTemplateElasticInferenceAccelerator> value) {
      return set("ElasticInferenceAccelerators", Value.listOf(value));
    }

    /**
     * Sets {@code ElasticInferenceAccelerators} to this value; see {@link
     * #elasticInferenceAccelerators(List)}.
     */
    public LaunchTemplateData elasticInferenceAccelerators(Value<List<LaunchTemplateElasticInferenceAccelerator>> value) {
      return set("ElasticInferenceAccelerators", value);
    }

    /**
     * Sets {@code ElasticInferenceAccelerators} to a list of these; see {@link
     * #elasticInferenceAccelerators(List)}.
     */
    public LaunchTemplateData elasticInferenceAccelerators(LaunchTemplateElasticInferenceAccelerator... values) {
      return set("ElasticInferenceAccelerators", Value.list(values));
    }

    /**
     * Indicates whether the instance is enabled for AWS Nitro Enclaves. For more information, see
     * <a href="https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave.html">What is Nitro
     * Enclaves?</a> in the <em>AWS Nitro Enclaves User Guide</em> .
     *
     * <p>You can't enable AWS Nitro Enclaves and hibernation on the same instance.
     *
     * <p>CloudFormation property {@code EnclaveOptions}.
     */
    public LaunchTemplateData enclaveOptions(Value<EnclaveOptions> value) {
      return set("EnclaveOptions", value);
    }

    /**
     * Indicates whether an instance is enabled for hibernation. This parameter is valid only if the
     * instance meets the <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html">hibernation
     * prerequisites</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html">Hibernate your
     * Amazon EC2 instance</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code HibernationOptions}.
     */
    public LaunchTemplateData hibernationOptions(Value<HibernationOptions> value) {
      return set("HibernationOptions", value);
    }

    /**
     * The name or Amazon Resource Name (ARN) of an IAM instance profile.
     *
     * <p>CloudFormation property {@code IamInstanceProfile}.
     */
    public LaunchTemplateData iamInstanceProfile(Value<IamInstanceProfile> value) {
      return set("IamInstanceProfile", value);
    }

    /**
     * The ID of the AMI. Alternatively, you can specify a Systems Manager parameter, which will
     * resolve to an AMI ID on launch.
     *
     * <p>Valid formats:
     *
     * <ul> <li><code>ami-0ac394d6a3example</code> <li><code>resolve:ssm:parameter-name</code>
     * <li><code>resolve:ssm:parameter-name:version-number</code>
     * <li><code>resolve:ssm:parameter-name:label</code> </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html#using-systems-manager-parameter-to-find-AMI">Use
     * a Systems Manager parameter to find an AMI</a> in the <em>Amazon Elastic Compute Cloud User
     * Guide</em> .
     *
     * <p>Format: {@code AWS::EC2::Image.Id}. CloudFormation property {@code ImageId}.
     */
    public LaunchTemplateData imageId(String value) {
      return set("ImageId", Value.of(value));
    }

    /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
    public LaunchTemplateData imageId(Value<String> value) {
      return set("ImageId", value);
    }

    /**
     * Indicates whether an instance stops or terminates when you initiate shutdown from the
     * instance (using the operating system command for system shutdown).
     *
     * <p>Default: <code>stop</code>
     *
     * <p>Allowed values: {@code stop}, {@code terminate}. CloudFormation property {@code
     * InstanceInitiatedShutdownBehavior}.
     */
    public LaunchTemplateData instanceInitiatedShutdownBehavior(String value) {
      return set("InstanceInitiatedShutdownBehavior", Value.of(value));
    }

    /**
     * Sets {@code InstanceInitiatedShutdownBehavior} to this value; see {@link
     * #instanceInitiatedShutdownBehavior(String)}.
     */
    public LaunchTemplateData instanceInitiatedShutdownBehavior(Value<String> value) {
      return set("InstanceInitiatedShutdownBehavior", value);
    }

    /**
     * The market (purchasing) option for the instances.
     *
     * <p>CloudFormation property {@code InstanceMarketOptions}.
     */
    public LaunchTemplateData instanceMarketOptions(Value<InstanceMarketOptions> value) {
      return set("InstanceMarketOptions", value);
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
     * <p>CloudFormation property {@code InstanceRequirements}.
     */
    public LaunchTemplateData instanceRequirements(Value<InstanceRequirements> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The instance type. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Amazon EC2
     * instance types</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>If you specify <code>InstanceType</code> , you can't specify
     * <code>InstanceRequirements</code> .
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public LaunchTemplateData instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public LaunchTemplateData instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The ID of the kernel.
     *
     * <p>We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UserProvidedkernels.html">User
     * Provided Kernels</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code KernelId}.
     */
    public LaunchTemplateData kernelId(String value) {
      return set("KernelId", Value.of(value));
    }

    /** Sets {@code KernelId} to this value; see {@link #kernelId(String)}. */
    public LaunchTemplateData kernelId(Value<String> value) {
      return set("KernelId", value);
    }

    /**
     * The name of the key pair. You can create a key pair using <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html">CreateKeyPair</a>
     * or <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html">ImportKeyPair</a>
     * .
     *
     * <p>If you do not specify a key pair, you can't connect to the instance unless you choose an
     * AMI that is configured to allow users another way to log in.
     *
     * <p>CloudFormation property {@code KeyName}.
     */
    public LaunchTemplateData keyName(String value) {
      return set("KeyName", Value.of(value));
    }

    /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
    public LaunchTemplateData keyName(Value<String> value) {
      return set("KeyName", value);
    }

    /**
     * The license configurations.
     *
     * <p>CloudFormation property {@code LicenseSpecifications}.
     */
    public LaunchTemplateData licenseSpecifications(List<LicenseSpecification> value) {
      return set("LicenseSpecifications", Value.listOf(value));
    }

    /**
     * Sets {@code LicenseSpecifications} to this value; see {@link #licenseSpecifications(List)}.
     */
    public LaunchTemplateData licenseSpecifications(Value<List<LicenseSpecification>> value) {
      return set("LicenseSpecifications", value);
    }

    /**
     * Sets {@code LicenseSpecifications} to a list of these; see {@link
     * #licenseSpecifications(List)}.
     */
    public LaunchTemplateData licenseSpecifications(LicenseSpecification... values) {
      return set("LicenseSpecifications", Value.list(values));
    }

    /**
     * The maintenance options of your instance.
     *
     * <p>CloudFormation property {@code MaintenanceOptions}.
     */
    public LaunchTemplateData maintenanceOptions(Value<MaintenanceOptions> value) {
      return set("MaintenanceOptions", value);
    }

    /**
     * The metadata options for the instance. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html">Configure
     * the Instance Metadata Service options</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code MetadataOptions}.
     */
    public LaunchTemplateData metadataOptions(Value<MetadataOptions> value) {
      return set("MetadataOptions", value);
    }

    /**
     * The monitoring for the instance.
     *
     * <p>CloudFormation property {@code Monitoring}.
     */
    public LaunchTemplateData monitoring(Value<Monitoring> value) {
      return set("Monitoring", value);
    }

    /**
     * The network interfaces for the instance.
     *
     * <p>CloudFormation property {@code NetworkInterfaces}.
     */
    public LaunchTemplateData networkInterfaces(List<NetworkInterface> value) {
      return set("NetworkInterfaces", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
    public LaunchTemplateData networkInterfaces(Value<List<NetworkInterface>> value) {
      return set("NetworkInterfaces", value);
    }

    /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
    public LaunchTemplateData networkInterfaces(NetworkInterface... values) {
      return set("NetworkInterfaces", Value.list(values));
    }

    /**
     * The settings for the network performance options for the instance. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-bandwidth-weighting.html">EC2
     * instance bandwidth weighting configuration</a> .
     *
     * <p>CloudFormation property {@code NetworkPerformanceOptions}.
     */
    public LaunchTemplateData networkPerformanceOptions(Value<NetworkPerformanceOptions> value) {
      return set("NetworkPerformanceOptions", value);
    }

    /**
     * The placement for the instance.
     *
     * <p>CloudFormation property {@code Placement}.
     */
    public LaunchTemplateData placement(Value<Placement> value) {
      return set("Placement", value);
    }

    /**
     * The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record
     * queries should be handled. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon
     * EC2 instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
     *
     * <p>CloudFormation property {@code PrivateDnsNameOptions}.
     */
    public LaunchTemplateData privateDnsNameOptions(Value<PrivateDnsNameOptions> value) {
      return set("PrivateDnsNameOptions", value);
    }

    /**
     * The ID of the RAM disk.
     *
     * <p>We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UserProvidedkernels.html">User
     * provided kernels</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code RamDiskId}.
     */
    public LaunchTemplateData ramDiskId(String value) {
      return set("RamDiskId", Value.of(value));
    }

    /** Sets {@code RamDiskId} to this value; see {@link #ramDiskId(String)}. */
    public LaunchTemplateData ramDiskId(Value<String> value) {
      return set("RamDiskId", value);
    }

    /**
     * The IDs of the security groups. You can specify the IDs of existing security groups and
     * references to resources created by the stack template.
     *
     * <p>If you specify a network interface, you must specify any security groups as part of the
     * network interface instead.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public LaunchTemplateData securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public LaunchTemplateData securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public LaunchTemplateData securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * The names of the security groups. For a nondefault VPC, you must use security group IDs
     * instead.
     *
     * <p>If you specify a network interface, you must specify any security groups as part of the
     * network interface instead of using this parameter.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Name}. CloudFormation property {@code
     * SecurityGroups}.
     */
    public LaunchTemplateData securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public LaunchTemplateData securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * The tags to apply to resources that are created during instance launch.
     *
     * <p>To tag the launch template itself, use <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html#cfn-ec2-launchtemplate-tagspecifications">TagSpecifications</a>
     * .
     *
     * <p>CloudFormation property {@code TagSpecifications}.
     */
    public LaunchTemplateData tagSpecifications(List<TagSpecification> value) {
      return set("TagSpecifications", Value.listOf(value));
    }

    /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
    public LaunchTemplateData tagSpecifications(Value<List<TagSpecification>> value) {
      return set("TagSpecifications", value);
    }

    /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
    public LaunchTemplateData tagSpecifications(TagSpecification... values) {
      return set("TagSpecifications", Value.list(values));
    }

    /**
     * The user data to make available to the instance. You must provide base64-encoded text. User
     * data is limited to 16 KB. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html">Run commands when
     * you launch an EC2 instance with user data input</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>If you are creating the launch template for use with AWS Batch , the user data must be
     * provided in the <a
     * href="https://docs.aws.amazon.com/https://cloudinit.readthedocs.io/en/latest/topics/format.html#mime-multi-part-archive">MIME
     * multi-part archive format</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html#lt-user-data">Amazon
     * EC2 user data in launch templates</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>CloudFormation property {@code UserData}.
     */
    public LaunchTemplateData userData(String value) {
      return set("UserData", Value.of(value));
    }

    /** Sets {@code UserData} to this value; see {@link #userData(String)}. */
    public LaunchTemplateData userData(Value<String> value) {
      return set("UserData", value);
    }
  }

  /** Property type {@code AWS::EC2::LaunchTemplate.LaunchTemplateElasticInferenceAccelerator}. */
  public static final class LaunchTemplateElasticInferenceAccelerator extends Struct<LaunchTemplateElasticInferenceAccelerator> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.LaunchTemplateElasticInferenceAccelerator");

    public LaunchTemplateElasticInferenceAccelerator() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Count}. */
    public LaunchTemplateElasticInferenceAccelerator count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public LaunchTemplateElasticInferenceAccelerator count(Value<Integer> value) {
      return set("Count", value);
    }

    /** CloudFormation property {@code Type}. */
    public LaunchTemplateElasticInferenceAccelerator type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public LaunchTemplateElasticInferenceAccelerator type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies the tags to apply to the launch template during creation.
   *
   * <p>To specify the tags for the resources that are created during instance launch, use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-tagspecification.html">AWS::EC2::LaunchTemplate
   * TagSpecification</a> .
   *
   * <p><code>LaunchTemplateTagSpecification</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html">AWS::EC2::LaunchTemplate</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.LaunchTemplateTagSpecification}.
   */
  public static final class LaunchTemplateTagSpecification extends Struct<LaunchTemplateTagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.LaunchTemplateTagSpecification")
        .allowed("ResourceType", "application-status-check", "capacity-block",
            "capacity-manager-data-export", "capacity-reservation",
            "capacity-reservation-cancellation-quote", "capacity-reservation-fleet",
            "capacity-reservation-modification-quote", "carrier-gateway", "client-vpn-endpoint",
            "coip-pool", "customer-gateway", "declarative-policies-report", "dedicated-host",
            "dhcp-options", "egress-only-internet-gateway", "elastic-gpu", "elastic-ip",
            "export-image-task", "export-instance-task", "fleet", "fpga-image", "host-reservation",
            "image", "image-usage-report", "import-image-task", "import-snapshot-task", "instance",
            "instance-connect-endpoint", "instance-event-window", "internet-gateway", "ipam",
            "ipam-external-resource-verification-token", "ipam-internet-registry-association",
            "ipam-policy", "ipam-pool", "ipam-pool-allocation", "ipam-prefix-list-resolver",
            "ipam-prefix-list-resolver-target", "ipam-resource-discovery",
            "ipam-resource-discovery-association", "ipam-scope", "ipv4pool-ec2", "ipv6pool-ec2",
            "key-pair", "launch-template", "local-gateway", "local-gateway-route-table",
            "local-gateway-route-table-virtual-interface-group-association",
            "local-gateway-route-table-vpc-association", "local-gateway-virtual-interface",
            "local-gateway-virtual-interface-group", "mac-modification-task", "natgateway",
            "network-acl", "network-insights-access-scope",
            "network-insights-access-scope-analysis", "network-insights-analysis",
            "network-insights-path", "network-interface", "outpost-lag", "placement-group",
            "prefix-list", "replace-root-volume-task", "reserved-instances", "route-server",
            "route-server-endpoint", "route-server-peer", "route-table", "secondary-interface",
            "secondary-network", "secondary-subnet", "security-group", "security-group-rule",
            "service-link-virtual-interface", "snapshot", "spot-fleet-request",
            "spot-instances-request", "subnet", "subnet-cidr-reservation", "traffic-mirror-filter",
            "traffic-mirror-filter-rule", "traffic-mirror-session", "traffic-mirror-target",
            "transit-gateway", "transit-gateway-attachment", "transit-gateway-connect-peer",
            "transit-gateway-metering-policy", "transit-gateway-multicast-domain",
            "transit-gateway-policy-table", "transit-gateway-route-table",
            "transit-gateway-route-table-announcement", "verified-access-endpoint",
            "verified-access-endpoint-target", "verified-access-group", "verified-access-instance",
            "verified-access-policy", "verified-access-trust-provider", "volume", "vpc",
            "vpc-block-public-access-exclusion", "vpc-encryption-control", "vpc-endpoint",
            "vpc-endpoint-connection", "vpc-endpoint-connection-device-type",
            "vpc-endpoint-service", "vpc-endpoint-service-permission", "vpc-flow-log",
            "vpc-peering-connection", "vpn-concentrator", "vpn-connection",
            "vpn-connection-device-type", "vpn-gateway")
        .build();

    public LaunchTemplateTagSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of resource. To tag a launch template, <code>ResourceType</code> must be
     * <code>launch-template</code> .
     *
     * <p>Allowed values: {@code application-status-check}, {@code capacity-block}, {@code
     * capacity-manager-data-export}, {@code capacity-reservation}, {@code
     * capacity-reservation-cancellation-quote}, {@code capacity-reservation-fleet}, {@code
     * capacity-reservation-modification-quote}, {@code carrier-gateway}, {@code
     * client-vpn-endpoint}, {@code coip-pool}, {@code customer-gateway}, {@code
     * declarative-policies-report}, {@code dedicated-host}, {@code dhcp-options}, {@code
     * egress-only-internet-gateway}, {@code elastic-gpu}, {@code elastic-ip}, {@code
     * export-image-task}, {@code export-instance-task}, {@code fleet}, {@code fpga-image}, {@code
     * host-reservation}, {@code image}, {@code image-usage-report}, {@code import-image-task},
     * {@code import-snapshot-task}, {@code instance}, {@code instance-connect-endpoint}, {@code
     * instance-event-window}, {@code internet-gateway}, {@code ipam}, {@code
     * ipam-external-resource-verification-token}, {@code ipam-internet-registry-association},
     * {@code ipam-policy}, {@code ipam-pool}, {@code ipam-pool-allocation}, {@code
     * ipam-prefix-list-resolver}, {@code ipam-prefix-list-resolver-target}, {@code
     * ipam-resource-discovery}, {@code ipam-resource-discovery-association}, {@code ipam-scope},
     * {@code ipv4pool-ec2}, {@code ipv6pool-ec2}, {@code key-pair}, {@code launch-template}, {@code
     * local-gateway}, {@code local-gateway-route-table}, {@code
     * local-gateway-route-table-virtual-interface-group-association}, {@code
     * local-gateway-route-table-vpc-association}, {@code local-gateway-virtual-interface}, {@code
     * local-gateway-virtual-interface-group}, {@code mac-modification-task}, {@code natgateway},
     * {@code network-acl}, {@code network-insights-access-scope}, {@code
     * network-insights-access-scope-analysis}, {@code network-insights-analysis}, {@code
     * network-insights-path}, {@code network-interface}, {@code outpost-lag}, {@code
     * placement-group}, {@code prefix-list}, {@code replace-root-volume-task}, {@code
     * reserved-instances}, {@code route-server}, {@code route-server-endpoint}, {@code
     * route-server-peer}, {@code route-table}, {@code secondary-interface}, {@code
     * secondary-network}, {@code secondary-subnet}, {@code security-group}, {@code
     * security-group-rule}, {@code service-link-virtual-interface}, {@code snapshot}, {@code
     * spot-fleet-request}, {@code spot-instances-request}, {@code subnet}, {@code
     * subnet-cidr-reservation}, {@code traffic-mirror-filter}, {@code traffic-mirror-filter-rule},
     * {@code traffic-mirror-session}, {@code traffic-mirror-target}, {@code transit-gateway},
     * {@code transit-gateway-attachment}, {@code transit-gateway-connect-peer}, {@code
     * transit-gateway-metering-policy}, {@code transit-gateway-multicast-domain}, {@code
     * transit-gateway-policy-table}, {@code transit-gateway-route-table}, {@code
     * transit-gateway-route-table-announcement}, {@code verified-access-endpoint}, {@code
     * verified-access-endpoint-target}, {@code verified-access-group}, {@code
     * verified-access-instance}, {@code verified-access-policy}, {@code
     * verified-access-trust-provider}, {@code volume}, {@code vpc}, {@code
     * vpc-block-public-access-exclusion}, {@code vpc-encryption-control}, {@code vpc-endpoint},
     * {@code vpc-endpoint-connection}, {@code vpc-endpoint-connection-device-type}, {@code
     * vpc-endpoint-service}, {@code vpc-endpoint-service-permission}, {@code vpc-flow-log}, {@code
     * vpc-peering-connection}, {@code vpn-concentrator}, {@code vpn-connection}, {@code
     * vpn-connection-device-type}, {@code vpn-gateway}. CloudFormation property {@code
     * ResourceType}.
     */
    public LaunchTemplateTagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public LaunchTemplateTagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags for the resource.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public LaunchTemplateTagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public LaunchTemplateTagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Specifies a license configuration for an instance.
   *
   * <p><code>LicenseSpecification</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.LicenseSpecification}.
   */
  public static final class LicenseSpecification extends Struct<LicenseSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.LicenseSpecification");

    public LicenseSpecification() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the license configuration.
     *
     * <p>CloudFormation property {@code LicenseConfigurationArn}.
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
   * The maintenance options of your instance.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.MaintenanceOptions}.
   */
  public static final class MaintenanceOptions extends Struct<MaintenanceOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.MaintenanceOptions")
        .allowed("AutoRecovery", "default", "disabled")
        .build();

    public MaintenanceOptions() {
      super(SCHEMA);
    }

    /**
     * Disables the automatic recovery behavior of your instance or sets it to default.
     *
     * <p>Allowed values: {@code default}, {@code disabled}. CloudFormation property {@code
     * AutoRecovery}.
     */
    public MaintenanceOptions autoRecovery(String value) {
      return set("AutoRecovery", Value.of(value));
    }

    /** Sets {@code AutoRecovery} to this value; see {@link #autoRecovery(String)}. */
    public MaintenanceOptions autoRecovery(Value<String> value) {
      return set("AutoRecovery", value);
    }
  }

  /**
   * The minimum and maximum amount of memory per vCPU, in GiB.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.MemoryGiBPerVCpu}.
   */
  public static final class MemoryGiBPerVCpu extends Struct<MemoryGiBPerVCpu> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.MemoryGiBPerVCpu");

    public MemoryGiBPerVCpu() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public MemoryGiBPerVCpu max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public MemoryGiBPerVCpu max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public MemoryGiBPerVCpu min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public MemoryGiBPerVCpu min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum amount of memory, in MiB.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.MemoryMiB}.
   */
  public static final class MemoryMiB extends Struct<MemoryMiB> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.MemoryMiB");

    public MemoryMiB() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public MemoryMiB max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public MemoryMiB max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory, in MiB. To specify no minimum limit, specify <code>0</code> .
     *
     * <p>CloudFormation property {@code Min}.
     */
    public MemoryMiB min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public MemoryMiB min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The metadata options for the instance. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html">Instance
   * metadata and user data</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p><code>MetadataOptions</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.MetadataOptions}.
   */
  public static final class MetadataOptions extends Struct<MetadataOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.MetadataOptions")
        .allowed("HttpEndpoint", "disabled", "enabled")
        .allowed("HttpProtocolIpv6", "disabled", "enabled")
        .allowed("HttpTokens", "optional", "required")
        .allowed("InstanceMetadataTags", "disabled", "enabled")
        .build();

    public MetadataOptions() {
      super(SCHEMA);
    }

    /**
     * Enables or disables the HTTP metadata endpoint on your instances. If the parameter is not
     * specified, the default state is <code>enabled</code> .
     *
     * <p>If you specify a value of <code>disabled</code> , you will not be able to access your
     * instance metadata.
     *
     * <p>Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * HttpEndpoint}.
     */
    public MetadataOptions httpEndpoint(String value) {
      return set("HttpEndpoint", Value.of(value));
    }

    /** Sets {@code HttpEndpoint} to this value; see {@link #httpEndpoint(String)}. */
    public MetadataOptions httpEndpoint(Value<String> value) {
      return set("HttpEndpoint", value);
    }

    /**
     * Enables or disables the IPv6 endpoint for the instance metadata service.
     *
     * <p>Default: <code>disabled</code>
     *
     * <p>Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * HttpProtocolIpv6}.
     */
    public MetadataOptions httpProtocolIpv6(String value) {
      return set("HttpProtocolIpv6", Value.of(value));
    }

    /** Sets {@code HttpProtocolIpv6} to this value; see {@link #httpProtocolIpv6(String)}. */
    public MetadataOptions httpProtocolIpv6(Value<String> value) {
      return set("HttpProtocolIpv6", value);
    }

    /**
     * The desired HTTP PUT response hop limit for instance metadata requests. The larger the
     * number, the further instance metadata requests can travel.
     *
     * <p>Default: <code>1</code>
     *
     * <p>Possible values: Integers from 1 to 64
     *
     * <p>CloudFormation property {@code HttpPutResponseHopLimit}.
     */
    public MetadataOptions httpPutResponseHopLimit(int value) {
      return set("HttpPutResponseHopLimit", Value.of(value));
    }

    /**
     * Sets {@code HttpPutResponseHopLimit} to this value; see {@link
     * #httpPutResponseHopLimit(int)}.
     */
    public MetadataOptions httpPutResponseHopLimit(Value<Integer> value) {
      return set("HttpPutResponseHopLimit", value);
    }

    /**
     * Indicates whether IMDSv2 is required.
     *
     * <ul> <li><code>optional</code> - IMDSv2 is optional. You can choose whether to send a session
     * token in your instance metadata retrieval requests. If you retrieve IAM role credentials
     * without a session token, you receive the IMDSv1 role credentials. If you retrieve IAM role
     * credentials using a valid session token, you receive the IMDSv2 role credentials.
     * <li><code>required</code> - IMDSv2 is required. You must send a session token in your
     * instance metadata retrieval requests. With this option, retrieving the IAM role credentials
     * always returns IMDSv2 credentials; IMDSv1 credentials are not available. </ul>
     *
     * <p>Default: If the value of <code>ImdsSupport</code> for the Amazon Machine Image (AMI) for
     * your instance is <code>v2.0</code> , the default is <code>required</code> .
     *
     * <p>Allowed values: {@code optional}, {@code required}. CloudFormation property {@code
     * HttpTokens}.
     */
    public MetadataOptions httpTokens(String value) {
      return set("HttpTokens", Value.of(value));
    }

    /** Sets {@code HttpTokens} to this value; see {@link #httpTokens(String)}. */
    public MetadataOptions httpTokens(Value<String> value) {
      return set("HttpTokens", value);
    }

    /**
     * Set to <code>enabled</code> to allow access to instance tags from the instance metadata. Set
     * to <code>disabled</code> to turn off access to instance tags from the instance metadata. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-tags-in-IMDS.html">View
     * tags for your EC2 instances using instance metadata</a> .
     *
     * <p>Default: <code>disabled</code>
     *
     * <p>Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * InstanceMetadataTags}.
     */
    public MetadataOptions instanceMetadataTags(String value) {
      return set("InstanceMetadataTags", Value.of(value));
    }

    /**
     * Sets {@code InstanceMetadataTags} to this value; see {@link #instanceMetadataTags(String)}.
     */
    public MetadataOptions instanceMetadataTags(Value<String> value) {
      return set("InstanceMetadataTags", value);
    }
  }

  /**
   * Specifies whether detailed monitoring is enabled for an instance. For more information about
   * detailed monitoring, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch-new.html">Enable or
   * turn off detailed monitoring for your instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p><code>Monitoring</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Monitoring}.
   */
  public static final class Monitoring extends Struct<Monitoring> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.Monitoring");

    public Monitoring() {
      super(SCHEMA);
    }

    /**
     * Specify <code>true</code> to enable detailed monitoring. Otherwise, basic monitoring is
     * enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public Monitoring enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Monitoring enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps).
   *
   * <p>Setting the minimum bandwidth does not guarantee that your instance will achieve the minimum
   * bandwidth. Amazon EC2 will identify instance types that support the specified minimum
   * bandwidth, but the actual bandwidth of your instance might go below the specified minimum at
   * times. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html#available-instance-bandwidth">Available
   * instance bandwidth</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.NetworkBandwidthGbps}.
   */
  public static final class NetworkBandwidthGbps extends Struct<NetworkBandwidthGbps> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.NetworkBandwidthGbps");

    public NetworkBandwidthGbps() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public NetworkBandwidthGbps max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public NetworkBandwidthGbps max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of network bandwidth, in Gbps. If this parameter is not specified, there
     * is no minimum limit.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public NetworkBandwidthGbps min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public NetworkBandwidthGbps min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * Specifies the parameters for a network interface.
   *
   * <p><code>NetworkInterface</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.NetworkInterface}.
   */
  public static final class NetworkInterface extends Struct<NetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.NetworkInterface")
        .references("Groups", "AWS::EC2::SecurityGroup.GroupId")
        .references("NetworkInterfaceId", "AWS::EC2::NetworkInterface.Ref")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .references("SubnetId", "AWS::EC2::Subnet.Ref")
        .build();

    public NetworkInterface() {
      super(SCHEMA);
    }

    /**
     * Associates a Carrier IP address with eth0 for a new network interface.
     *
     * <p>Use this option when you launch an instance in a Wavelength Zone and want to associate a
     * Carrier IP address with the network interface. For more information about Carrier IP
     * addresses, see <a
     * href="https://docs.aws.amazon.com/wavelength/latest/developerguide/how-wavelengths-work.html#provider-owned-ip">Carrier
     * IP addresses</a> in the <em>AWS Wavelength Developer Guide</em> .
     *
     * <p>CloudFormation property {@code AssociateCarrierIpAddress}.
     */
    public NetworkInterface associateCarrierIpAddress(boolean value) {
      return set("AssociateCarrierIpAddress", Value.of(value));
    }

    /**
     * Sets {@code AssociateCarrierIpAddress} to this value; see {@link
     * #associateCarrierIpAddress(boolean)}.
     */
    public NetworkInterface associateCarrierIpAddress(Value<Boolean> value) {
      return set("AssociateCarrierIpAddress", value);
    }

    /**
     * Associates a public IPv4 address with eth0 for a new network interface.
     *
     * <p>AWS charges for all public IPv4 addresses, including public IPv4 addresses associated with
     * running instances and Elastic IP addresses. For more information, see the <em>Public IPv4
     * Address</em> tab on the <a href="https://docs.aws.amazon.com/vpc/pricing/">Amazon VPC pricing
     * page</a> .
     *
     * <p>CloudFormation property {@code AssociatePublicIpAddress}.
     */
    public NetworkInterface associatePublicIpAddress(boolean value) {
      return set("AssociatePublicIpAddress", Value.of(value));
    }

    /**
     * Sets {@code AssociatePublicIpAddress} to this value; see {@link
     * #associatePublicIpAddress(boolean)}.
     */
    public NetworkInterface associatePublicIpAddress(Value<Boolean> value) {
      return set("AssociatePublicIpAddress", value);
    }

    /**
     * A connection tracking specification for the network interface.
     *
     * <p>CloudFormation property {@code ConnectionTrackingSpecification}.
     */
    public NetworkInterface connectionTrackingSpecification(Value<ConnectionTrackingSpecification> value) {
      return set("ConnectionTrackingSpecification", value);
    }

    /**
     * Indicates whether the network interface is deleted when the instance is terminated.
     *
     * <p>CloudFormation property {@code DeleteOnTermination}.
     */
    public NetworkInterface deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public NetworkInterface deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * A description for the network interface.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public NetworkInterface description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public NetworkInterface description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The device index for the network interface attachment. The primary network interface has a
     * device index of 0. If the network interface is of type <code>interface</code> , you must
     * specify a device index.
     *
     * <p>If you create a launch template that includes secondary network interfaces but no primary
     * network interface, and you specify it using the <code>LaunchTemplate</code> property of
     * <code>AWS::EC2::Instance</code> , then you must include a primary network interface using the
     * <code>NetworkInterfaces</code> property of <code>AWS::EC2::Instance</code> .
     *
     * <p>CloudFormation property {@code DeviceIndex}.
     */
    public NetworkInterface deviceIndex(int value) {
      return set("DeviceIndex", Value.of(value));
    }

    /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(int)}. */
    public NetworkInterface deviceIndex(Value<Integer> value) {
      return set("DeviceIndex", value);
    }

    /**
     * The number of ENA queues to be created with the instance.
     *
     * <p>CloudFormation property {@code EnaQueueCount}.
     */
    public NetworkInterface enaQueueCount(int value) {
      return set("EnaQueueCount", Value.of(value));
    }

    /** Sets {@code EnaQueueCount} to this value; see {@link #enaQueueCount(int)}. */
    public NetworkInterface enaQueueCount(Value<Integer> value) {
      return set("EnaQueueCount", value);
    }

    /**
     * The ENA Express configuration for the network interface.
     *
     * <p>CloudFormation property {@code EnaSrdSpecification}.
     */
    public NetworkInterface enaSrdSpecification(Value<EnaSrdSpecification> value) {
      return set("EnaSrdSpecification", value);
    }

    /**
     * The IDs of one or more security groups.
     *
     * <p>CloudFormation property {@code Groups}.
     */
    public NetworkInterface groups(List<String> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public NetworkInterface groups(Value<List<String>> value) {
      return set("Groups", value);
    }

    /**
     * Sets {@code Groups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see {@link
     * #groups(List)}.
     */
    public NetworkInterface groups(SecurityGroup... resources) {
      return set("Groups", Value.attributes("GroupId", resources));
    }

    /**
     * The type of network interface. To create an Elastic Fabric Adapter (EFA), specify
     * <code>efa</code> or <code>efa</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html">Elastic Fabric Adapter
     * for AI/ML and HPC workloads on Amazon EC2</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>If you are not creating an EFA, specify <code>interface</code> or omit this parameter.
     *
     * <p>If you specify <code>efa-only</code> , do not assign any IP addresses to the network
     * interface. EFA-only network interfaces do not support IP addresses.
     *
     * <p>Valid values: <code>interface</code> | <code>efa</code> | <code>efa-only</code>
     *
     * <p>CloudFormation property {@code InterfaceType}.
     */
    public NetworkInterface interfaceType(String value) {
      return set("InterfaceType", Value.of(value));
    }

    /** Sets {@code InterfaceType} to this value; see {@link #interfaceType(String)}. */
    public NetworkInterface interfaceType(Value<String> value) {
      return set("InterfaceType", value);
    }

    /**
     * The number of IPv4 prefixes to be automatically assigned to the network interface. You cannot
     * use this option if you use the <code>Ipv4Prefix</code> option.
     *
     * <p>CloudFormation property {@code Ipv4PrefixCount}.
     */
    public NetworkInterface ipv4PrefixCount(int value) {
      return set("Ipv4PrefixCount", Value.of(value));
    }

    /** Sets {@code Ipv4PrefixCount} to this value; see {@link #ipv4PrefixCount(int)}. */
    public NetworkInterface ipv4PrefixCount(Value<Integer> value) {
      return set("Ipv4PrefixCount", value);
    }

    /**
     * One or more IPv4 prefixes to be assigned to the network interface. You cannot use this option
     * if you use the <code>Ipv4PrefixCount</code> option.
     *
     * <p>CloudFormation property {@code Ipv4Prefixes}.
     */
    public NetworkInterface ipv4Prefixes(List<Ipv4PrefixSpecification> value) {
      return set("Ipv4Prefixes", Value.listOf(value));
    }

    /** Sets {@code Ipv4Prefixes} to this value; see {@link #ipv4Prefixes(List)}. */
    public NetworkInterface ipv4Prefixes(Value<List<Ipv4PrefixSpecification>> value) {
      return set("Ipv4Prefixes", value);
    }

    /** Sets {@code Ipv4Prefixes} to a list of these; see {@link #ipv4Prefixes(List)}. */
    public NetworkInterface ipv4Prefixes(Ipv4PrefixSpecification... values) {
      return set("Ipv4Prefixes", Value.list(values));
    }

    /**
     * The number of IPv6 addresses to assign to a network interface. Amazon EC2 automatically
     * selects the IPv6 addresses from the subnet range. You can't use this option if specifying
     * specific IPv6 addresses.
     *
     * <p>CloudFormation property {@code Ipv6AddressCount}.
     */
    public NetworkInterface ipv6AddressCount(int value) {
      return set("Ipv6AddressCount", Value.of(value));
    }

    /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
    public NetworkInterface ipv6AddressCount(Value<Integer> value) {
      return set("Ipv6AddressCount", value);
    }

    /**
     * One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't
     * use this option if you're specifying a number of IPv6 addresses.
     *
     * <p>CloudFormation property {@code Ipv6Addresses}.
     */
    public NetworkInterface ipv6Addresses(List<Ipv6Add> value) {
      return set("Ipv6Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv6Addresses} to this value; see {@link #ipv6Addresses(List)}. */
    public NetworkInterface ipv6Addresses(Value<List<Ipv6Add>> value) {
      return set("Ipv6Addresses", value);
    }

    /** Sets {@code Ipv6Addresses} to a list of these; see {@link #ipv6Addresses(List)}. */
    public NetworkInterface ipv6Addresses(Ipv6Add... values) {
      return set("Ipv6Addresses", Value.list(values));
    }

    /**
     * The number of IPv6 prefixes to be automatically assigned to the network interface. You cannot
     * use this option if you use the <code>Ipv6Prefix</code> option.
     *
     * <p>CloudFormation property {@code Ipv6PrefixCount}.
     */
    public NetworkInterface ipv6PrefixCount(int value) {
      return set("Ipv6PrefixCount", Value.of(value));
    }

    /** Sets {@code Ipv6PrefixCount} to this value; see {@link #ipv6PrefixCount(int)}. */
    public NetworkInterface ipv6PrefixCount(Value<Integer> value) {
      return set("Ipv6PrefixCount", value);
    }

    /**
     * One or more IPv6 prefixes to be assigned to the network interface. You cannot use this option
     * if you use the <code>Ipv6PrefixCount</code> option.
     *
     * <p>CloudFormation property {@code Ipv6Prefixes}.
     */
    public NetworkInterface ipv6Prefixes(List<Ipv6PrefixSpecification> value) {
      return set("Ipv6Prefixes", Value.listOf(value));
    }

    /** Sets {@code Ipv6Prefixes} to this value; see {@link #ipv6Prefixes(List)}. */
    public NetworkInterface ipv6Prefixes(Value<List<Ipv6PrefixSpecification>> value) {
      return set("Ipv6Prefixes", value);
    }

    /** Sets {@code Ipv6Prefixes} to a list of these; see {@link #ipv6Prefixes(List)}. */
    public NetworkInterface ipv6Prefixes(Ipv6PrefixSpecification... values) {
      return set("Ipv6Prefixes", Value.list(values));
    }

    /**
     * The index of the network card. Some instance types support multiple network cards. The
     * primary network interface must be assigned to network card index 0. The default is network
     * card index 0.
     *
     * <p>CloudFormation property {@code NetworkCardIndex}.
     */
    public NetworkInterface networkCardIndex(int value) {
      return set("NetworkCardIndex", Value.of(value));
    }

    /** Sets {@code NetworkCardIndex} to this value; see {@link #networkCardIndex(int)}. */
    public NetworkInterface networkCardIndex(Value<Integer> value) {
      return set("NetworkCardIndex", value);
    }

    /**
     * The ID of the network interface.
     *
     * <p>CloudFormation property {@code NetworkInterfaceId}.
     */
    public NetworkInterface networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterface networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * Sets {@code NetworkInterfaceId} to the Ref of {@code AWS::EC2::NetworkInterface}; see {@link
     * #networkInterfaceId(String)}.
     */
    public NetworkInterface networkInterfaceId(io.tropo4j.resources.ec2.NetworkInterface resource) {
      return set("NetworkInterfaceId", resource.ref());
    }

    /**
     * The primary IPv6 address of the network interface. When you enable an IPv6 GUA address to be
     * a primary IPv6, the first IPv6 GUA will be made the primary IPv6 address until the instance
     * is terminated or the network interface is detached. For more information about primary IPv6
     * addresses, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html">RunInstances</a>
     * .
     *
     * <p>CloudFormation property {@code PrimaryIpv6}.
     */
    public NetworkInterface primaryIpv6(boolean value) {
      return set("PrimaryIpv6", Value.of(value));
    }

    /** Sets {@code PrimaryIpv6} to this value; see {@link #primaryIpv6(boolean)}. */
    public NetworkInterface primaryIpv6(Value<Boolean> value) {
      return set("PrimaryIpv6", value);
    }

    /**
     * The primary private IPv4 address of the network interface.
     *
     * <p>CloudFormation property {@code PrivateIpAddress}.
     */
    public NetworkInterface privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public NetworkInterface privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }

    /**
     * One or more private IPv4 addresses.
     *
     * <p>CloudFormation property {@code PrivateIpAddresses}.
     */
    public NetworkInterface privateIpAddresses(List<PrivateIpAdd> value) {
      return set("PrivateIpAddresses", Value.listOf(value));
    }

    /** Sets {@code PrivateIpAddresses} to this value; see {@link #privateIpAddresses(List)}. */
    public NetworkInterface privateIpAddresses(Value<List<PrivateIpAdd>> value) {
      return set("PrivateIpAddresses", value);
    }

    /**
     * Sets {@code PrivateIpAddresses} to a list of these; see {@link #privateIpAddresses(List)}.
     */
    public NetworkInterface privateIpAddresses(PrivateIpAdd... values) {
      return set("PrivateIpAddresses", Value.list(values));
    }

    /**
     * The number of secondary private IPv4 addresses to assign to a network interface.
     *
     * <p>CloudFormation property {@code SecondaryPrivateIpAddressCount}.
     */
    public NetworkInterface secondaryPrivateIpAddressCount(int value) {
      return set("SecondaryPrivateIpAddressCount", Value.of(value));
    }

    /**
     * Sets {@code SecondaryPrivateIpAddressCount} to this value; see {@link
     * #secondaryPrivateIpAddressCount(int)}.
     */
    public NetworkInterface secondaryPrivateIpAddressCount(Value<Integer> value) {
      return set("SecondaryPrivateIpAddressCount", value);
    }

    /**
     * The ID of the subnet for the network interface.
     *
     * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
     */
    public NetworkInterface subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public NetworkInterface subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
     */
    public NetworkInterface subnetId(Subnet resource) {
      return set("SubnetId", resource.ref());
    }
  }

  /**
   * The minimum and maximum number of network interfaces.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.NetworkInterfaceCount}.
   */
  public static final class NetworkInterfaceCount extends Struct<NetworkInterfaceCount> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.NetworkInterfaceCount");

    public NetworkInterfaceCount() {
      super(SCHEMA);
    }

    /**
     * The maximum number of network interfaces. To specify no maximum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public NetworkInterfaceCount max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public NetworkInterfaceCount max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of network interfaces. To specify no minimum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public NetworkInterfaceCount min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public NetworkInterfaceCount min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * Contains settings for the network performance options for the instance.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.NetworkPerformanceOptions}.
   */
  public static final class NetworkPerformanceOptions extends Struct<NetworkPerformanceOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.NetworkPerformanceOptions")
        .allowed("BandwidthWeighting", "default", "ebs-1", "vpc-1")
        .build();

    public NetworkPerformanceOptions() {
      super(SCHEMA);
    }

    /**
     * Specify the bandwidth weighting option to boost the associated type of baseline bandwidth, as
     * follows:
     *
     * <ul> <li><b>default</b> - This option uses the standard bandwidth configuration for your
     * instance type. <li><b>vpc-1</b> - This option boosts your networking baseline bandwidth and
     * reduces your EBS baseline bandwidth. <li><b>ebs-1</b> - This option boosts your EBS baseline
     * bandwidth and reduces your networking baseline bandwidth. </ul>
     *
     * <p>Allowed values: {@code default}, {@code ebs-1}, {@code vpc-1}. CloudFormation property
     * {@code BandwidthWeighting}.
     */
    public NetworkPerformanceOptions bandwidthWeighting(String value) {
      return set("BandwidthWeighting", Value.of(value));
    }

    /** Sets {@code BandwidthWeighting} to this value; see {@link #bandwidthWeighting(String)}. */
    public NetworkPerformanceOptions bandwidthWeighting(Value<String> value) {
      return set("BandwidthWeighting", value);
    }
  }

  /**
   * Specifies the placement of an instance.
   *
   * <p><code>Placement</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Placement}.
   */
  public static final class Placement extends Struct<Placement> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.Placement")
        .references("GroupName", "AWS::EC2::PlacementGroup.Ref")
        .allowed("Tenancy", "dedicated", "default", "host")
        .build();

    public Placement() {
      super(SCHEMA);
    }

    /**
     * The affinity setting for an instance on a Dedicated Host.
     *
     * <p>CloudFormation property {@code Affinity}.
     */
    public Placement affinity(String value) {
      return set("Affinity", Value.of(value));
    }

    /** Sets {@code Affinity} to this value; see {@link #affinity(String)}. */
    public Placement affinity(Value<String> value) {
      return set("Affinity", value);
    }

    /**
     * The Availability Zone for the instance.
     *
     * <p>Either <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code> can be specified,
     * but not both
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public Placement availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Placement availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The Group Id of a placement group. You must specify the Placement Group <em>Group Id</em> to
     * launch an instance in a shared placement group.
     *
     * <p>CloudFormation property {@code GroupId}.
     */
    public Placement groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public Placement groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /**
     * The name of the placement group for the instance.
     *
     * <p>CloudFormation property {@code GroupName}.
     */
    public Placement groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public Placement groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * Sets {@code GroupName} to the Ref of {@code AWS::EC2::PlacementGroup}; see {@link
     * #groupName(String)}.
     */
    public Placement groupName(PlacementGroup resource) {
      return set("GroupName", resource.ref());
    }

    /**
     * The ID of the Dedicated Host for the instance.
     *
     * <p>CloudFormation property {@code HostId}.
     */
    public Placement hostId(String value) {
      return set("HostId", Value.of(value));
    }

    /** Sets {@code HostId} to this value; see {@link #hostId(String)}. */
    public Placement hostId(Value<String> value) {
      return set("HostId", value);
    }

    /**
     * The ARN of the host resource group in which to launch the instances. If you specify a host
     * resource group ARN, omit the <em>Tenancy</em> parameter or set it to <code>host</code> .
     *
     * <p>CloudFormation property {@code HostResourceGroupArn}.
     */
    public Placement hostResourceGroupArn(String value) {
      return set("HostResourceGroupArn", Value.of(value));
    }

    /**
     * Sets {@code HostResourceGroupArn} to this value; see {@link #hostResourceGroupArn(String)}.
     */
    public Placement hostResourceGroupArn(Value<String> value) {
      return set("HostResourceGroupArn", value);
    }

    /**
     * The number of the partition the instance should launch in. Valid only if the placement group
     * strategy is set to <code>partition</code> .
     *
     * <p>CloudFormation property {@code PartitionNumber}.
     */
    public Placement partitionNumber(int value) {
      return set("PartitionNumber", Value.of(value));
    }

    /** Sets {@code PartitionNumber} to this value; see {@link #partitionNumber(int)}. */
    public Placement partitionNumber(Value<Integer> value) {
      return set("PartitionNumber", value);
    }

    /**
     * Reserved for future use.
     *
     * <p>CloudFormation property {@code SpreadDomain}.
     */
    public Placement spreadDomain(String value) {
      return set("SpreadDomain", Value.of(value));
    }

    /** Sets {@code SpreadDomain} to this value; see {@link #spreadDomain(String)}. */
    public Placement spreadDomain(Value<String> value) {
      return set("SpreadDomain", value);
    }

    /**
     * The tenancy of the instance. An instance with a tenancy of dedicated runs on single-tenant
     * hardware.
     *
     * <p>Allowed values: {@code dedicated}, {@code default}, {@code host}. CloudFormation property
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
   * The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record
   * queries should be handled. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon EC2
   * instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.PrivateDnsNameOptions}.
   */
  public static final class PrivateDnsNameOptions extends Struct<PrivateDnsNameOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.PrivateDnsNameOptions")
        .allowed("HostnameType", "ip-name", "resource-name")
        .build();

    public PrivateDnsNameOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records.
     *
     * <p>CloudFormation property {@code EnableResourceNameDnsAAAARecord}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsAAAARecord(boolean value) {
      return set("EnableResourceNameDnsAAAARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsAAAARecord} to this value; see {@link
     * #enableResourceNameDnsAAAARecord(boolean)}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsAAAARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsAAAARecord", value);
    }

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
     *
     * <p>CloudFormation property {@code EnableResourceNameDnsARecord}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsARecord(boolean value) {
      return set("EnableResourceNameDnsARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsARecord} to this value; see {@link
     * #enableResourceNameDnsARecord(boolean)}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsARecord", value);
    }

    /**
     * The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be
     * based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based
     * on the instance ID. For dual-stack subnets, you can specify whether DNS names use the
     * instance IPv4 address or the instance ID. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon
     * EC2 instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
     *
     * <p>Allowed values: {@code ip-name}, {@code resource-name}. CloudFormation property {@code
     * HostnameType}.
     */
    public PrivateDnsNameOptions hostnameType(String value) {
      return set("HostnameType", Value.of(value));
    }

    /** Sets {@code HostnameType} to this value; see {@link #hostnameType(String)}. */
    public PrivateDnsNameOptions hostnameType(Value<String> value) {
      return set("HostnameType", value);
    }
  }

  /**
   * Specifies a secondary private IPv4 address for a network interface.
   *
   * <p><code>PrivateIpAdd</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html">AWS::EC2::LaunchTemplate
   * NetworkInterface</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.PrivateIpAdd}.
   */
  public static final class PrivateIpAdd extends Struct<PrivateIpAdd> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.PrivateIpAdd");

    public PrivateIpAdd() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4
     * address can be designated as primary.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public PrivateIpAdd primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PrivateIpAdd primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The private IPv4 address.
     *
     * <p>CloudFormation property {@code PrivateIpAddress}.
     */
    public PrivateIpAdd privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public PrivateIpAdd privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }
  }

  /**
   * Specifies an instance family to use as the baseline reference for CPU performance.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.Reference}.
   */
  public static final class Reference extends Struct<Reference> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.Reference");

    public Reference() {
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
     * <p>CloudFormation property {@code InstanceFamily}.
     */
    public Reference instanceFamily(String value) {
      return set("InstanceFamily", Value.of(value));
    }

    /** Sets {@code InstanceFamily} to this value; see {@link #instanceFamily(String)}. */
    public Reference instanceFamily(Value<String> value) {
      return set("InstanceFamily", value);
    }
  }

  /**
   * Specifies options for Spot Instances.
   *
   * <p><code>SpotOptions</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata-instancemarketoptions.html">AWS::EC2::LaunchTemplate
   * InstanceMarketOptions</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.SpotOptions}.
   */
  public static final class SpotOptions extends Struct<SpotOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.SpotOptions")
        .allowed("InstanceInterruptionBehavior", "hibernate", "stop", "terminate")
        .allowed("SpotInstanceType", "one-time", "persistent")
        .build();

    public SpotOptions() {
      super(SCHEMA);
    }

    /**
     * Deprecated.
     *
     * <p>CloudFormation property {@code BlockDurationMinutes}.
     */
    public SpotOptions blockDurationMinutes(int value) {
      return set("BlockDurationMinutes", Value.of(value));
    }

    /** Sets {@code BlockDurationMinutes} to this value; see {@link #blockDurationMinutes(int)}. */
    public SpotOptions blockDurationMinutes(Value<Integer> value) {
      return set("BlockDurationMinutes", value);
    }

    /**
     * The behavior when a Spot Instance is interrupted. The default is <code>terminate</code> .
     *
     * <p>Allowed values: {@code hibernate}, {@code stop}, {@code terminate}. CloudFormation
     * property {@code InstanceInterruptionBehavior}.
     */
    public SpotOptions instanceInterruptionBehavior(String value) {
      return set("InstanceInterruptionBehavior", Value.of(value));
    }

    /**
     * Sets {@code InstanceInterruptionBehavior} to this value; see {@link
     * #instanceInterruptionBehavior(String)}.
     */
    public SpotOptions instanceInterruptionBehavior(Value<String> value) {
      return set("InstanceInterruptionBehavior", value);
    }

    /**
     * The maximum hourly price you're willing to pay for a Spot Instance. We do not recommend using
     * this parameter because it can lead to increased interruptions. If you do not specify this
     * parameter, you will pay the current Spot price. If you do specify this parameter, it must be
     * more than USD $0.001. Specifying a value below USD $0.001 will result in an
     * <code>InvalidParameterValue</code> error message when the launch template is used to launch
     * an instance.
     *
     * <p>If you specify a maximum price, your Spot Instances will be interrupted more frequently
     * than if you do not specify this parameter.
     *
     * <p>CloudFormation property {@code MaxPrice}.
     */
    public SpotOptions maxPrice(String value) {
      return set("MaxPrice", Value.of(value));
    }

    /** Sets {@code MaxPrice} to this value; see {@link #maxPrice(String)}. */
    public SpotOptions maxPrice(Value<String> value) {
      return set("MaxPrice", value);
    }

    /**
     * The Spot Instance request type.
     *
     * <p>If you are using Spot Instances with an Auto Scaling group, use <code>one-time</code>
     * requests, as the Amazon EC2 Auto Scaling service handles requesting new Spot Instances
     * whenever the group is below its desired capacity.
     *
     * <p>Allowed values: {@code one-time}, {@code persistent}. CloudFormation property {@code
     * SpotInstanceType}.
     */
    public SpotOptions spotInstanceType(String value) {
      return set("SpotInstanceType", Value.of(value));
    }

    /** Sets {@code SpotInstanceType} to this value; see {@link #spotInstanceType(String)}. */
    public SpotOptions spotInstanceType(Value<String> value) {
      return set("SpotInstanceType", value);
    }

    /**
     * The end date of the request, in UTC format ( <em>YYYY-MM-DD</em> T <em>HH:MM:SS</em> Z).
     * Supported only for persistent requests.
     *
     * <ul> <li>For a persistent request, the request remains active until the
     * <code>ValidUntil</code> date and time is reached. Otherwise, the request remains active until
     * you cancel it. <li>For a one-time request, <code>ValidUntil</code> is not supported. The
     * request remains active until all instances launch or you cancel the request. </ul>
     *
     * <p>Default: 7 days from the current date
     *
     * <p>CloudFormation property {@code ValidUntil}.
     */
    public SpotOptions validUntil(String value) {
      return set("ValidUntil", Value.of(value));
    }

    /** Sets {@code ValidUntil} to this value; see {@link #validUntil(String)}. */
    public SpotOptions validUntil(Value<String> value) {
      return set("ValidUntil", value);
    }
  }

  /**
   * Specifies the tags to apply to resources that are created during instance launch.
   *
   * <p><code>TagSpecification</code> is a property type of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html#cfn-ec2-launchtemplate-launchtemplatedata-tagspecifications"><code>TagSpecifications</code></a>
   * . <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html#cfn-ec2-launchtemplate-launchtemplatedata-tagspecifications"><code>TagSpecifications</code></a>
   * is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate
   * LaunchTemplateData</a> .
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.TagSpecification}.
   */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::LaunchTemplate.TagSpecification")
        .allowed("ResourceType", "application-status-check", "capacity-block",
            "capacity-manager-data-export", "capacity-reservation",
            "capacity-reservation-cancellation-quote", "capacity-reservation-fleet",
            "capacity-reservation-modification-quote", "carrier-gateway", "client-vpn-endpoint",
            "coip-pool", "customer-gateway", "declarative-policies-report", "dedicated-host",
            "dhcp-options", "egress-only-internet-gateway", "elastic-gpu", "elastic-ip",
            "export-image-task", "export-instance-task", "fleet", "fpga-image", "host-reservation",
            "image", "image-usage-report", "import-image-task", "import-snapshot-task", "instance",
            "instance-connect-endpoint", "instance-event-window", "internet-gateway", "ipam",
            "ipam-external-resource-verification-token", "ipam-internet-registry-association",
            "ipam-policy", "ipam-pool", "ipam-pool-allocation", "ipam-prefix-list-resolver",
            "ipam-prefix-list-resolver-target", "ipam-resource-discovery",
            "ipam-resource-discovery-association", "ipam-scope", "ipv4pool-ec2", "ipv6pool-ec2",
            "key-pair", "launch-template", "local-gateway", "local-gateway-route-table",
            "local-gateway-route-table-virtual-interface-group-association",
            "local-gateway-route-table-vpc-association", "local-gateway-virtual-interface",
            "local-gateway-virtual-interface-group", "mac-modification-task", "natgateway",
            "network-acl", "network-insights-access-scope",
            "network-insights-access-scope-analysis", "network-insights-analysis",
            "network-insights-path", "network-interface", "outpost-lag", "placement-group",
            "prefix-list", "replace-root-volume-task", "reserved-instances", "route-server",
            "route-server-endpoint", "route-server-peer", "route-table", "secondary-interface",
            "secondary-network", "secondary-subnet", "security-group", "security-group-rule",
            "service-link-virtual-interface", "snapshot", "spot-fleet-request",
            "spot-instances-request", "subnet", "subnet-cidr-reservation", "traffic-mirror-filter",
            "traffic-mirror-filter-rule", "traffic-mirror-session", "traffic-mirror-target",
            "transit-gateway", "transit-gateway-attachment", "transit-gateway-connect-peer",
            "transit-gateway-metering-policy", "transit-gateway-multicast-domain",
            "transit-gateway-policy-table", "transit-gateway-route-table",
            "transit-gateway-route-table-announcement", "verified-access-endpoint",
            "verified-access-endpoint-target", "verified-access-group", "verified-access-instance",
            "verified-access-policy", "verified-access-trust-provider", "volume", "vpc",
            "vpc-block-public-access-exclusion", "vpc-encryption-control", "vpc-endpoint",
            "vpc-endpoint-connection", "vpc-endpoint-connection-device-type",
            "vpc-endpoint-service", "vpc-endpoint-service-permission", "vpc-flow-log",
            "vpc-peering-connection", "vpn-concentrator", "vpn-connection",
            "vpn-connection-device-type", "vpn-gateway")
        .build();

    public TagSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of resource to tag. You can specify tags for the following resource types only:
     * <code>instance</code> | <code>volume</code> | <code>network-interface</code> |
     * <code>spot-instances-request</code> . If the instance does not include the resource type that
     * you specify, the instance launch fails. For example, not all instance types include a volume.
     *
     * <p>To tag a resource after it has been created, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html">CreateTags</a>
     * .
     *
     * <p>Allowed values: {@code application-status-check}, {@code capacity-block}, {@code
     * capacity-manager-data-export}, {@code capacity-reservation}, {@code
     * capacity-reservation-cancellation-quote}, {@code capacity-reservation-fleet}, {@code
     * capacity-reservation-modification-quote}, {@code carrier-gateway}, {@code
     * client-vpn-endpoint}, {@code coip-pool}, {@code customer-gateway}, {@code
     * declarative-policies-report}, {@code dedicated-host}, {@code dhcp-options}, {@code
     * egress-only-internet-gateway}, {@code elastic-gpu}, {@code elastic-ip}, {@code
     * export-image-task}, {@code export-instance-task}, {@code fleet}, {@code fpga-image}, {@code
     * host-reservation}, {@code image}, {@code image-usage-report}, {@code import-image-task},
     * {@code import-snapshot-task}, {@code instance}, {@code instance-connect-endpoint}, {@code
     * instance-event-window}, {@code internet-gateway}, {@code ipam}, {@code
     * ipam-external-resource-verification-token}, {@code ipam-internet-registry-association},
     * {@code ipam-policy}, {@code ipam-pool}, {@code ipam-pool-allocation}, {@code
     * ipam-prefix-list-resolver}, {@code ipam-prefix-list-resolver-target}, {@code
     * ipam-resource-discovery}, {@code ipam-resource-discovery-association}, {@code ipam-scope},
     * {@code ipv4pool-ec2}, {@code ipv6pool-ec2}, {@code key-pair}, {@code launch-template}, {@code
     * local-gateway}, {@code local-gateway-route-table}, {@code
     * local-gateway-route-table-virtual-interface-group-association}, {@code
     * local-gateway-route-table-vpc-association}, {@code local-gateway-virtual-interface}, {@code
     * local-gateway-virtual-interface-group}, {@code mac-modification-task}, {@code natgateway},
     * {@code network-acl}, {@code network-insights-access-scope}, {@code
     * network-insights-access-scope-analysis}, {@code network-insights-analysis}, {@code
     * network-insights-path}, {@code network-interface}, {@code outpost-lag}, {@code
     * placement-group}, {@code prefix-list}, {@code replace-root-volume-task}, {@code
     * reserved-instances}, {@code route-server}, {@code route-server-endpoint}, {@code
     * route-server-peer}, {@code route-table}, {@code secondary-interface}, {@code
     * secondary-network}, {@code secondary-subnet}, {@code security-group}, {@code
     * security-group-rule}, {@code service-link-virtual-interface}, {@code snapshot}, {@code
     * spot-fleet-request}, {@code spot-instances-request}, {@code subnet}, {@code
     * subnet-cidr-reservation}, {@code traffic-mirror-filter}, {@code traffic-mirror-filter-rule},
     * {@code traffic-mirror-session}, {@code traffic-mirror-target}, {@code transit-gateway},
     * {@code transit-gateway-attachment}, {@code transit-gateway-connect-peer}, {@code
     * transit-gateway-metering-policy}, {@code transit-gateway-multicast-domain}, {@code
     * transit-gateway-policy-table}, {@code transit-gateway-route-table}, {@code
     * transit-gateway-route-table-announcement}, {@code verified-access-endpoint}, {@code
     * verified-access-endpoint-target}, {@code verified-access-group}, {@code
     * verified-access-instance}, {@code verified-access-policy}, {@code
     * verified-access-trust-provider}, {@code volume}, {@code vpc}, {@code
     * vpc-block-public-access-exclusion}, {@code vpc-encryption-control}, {@code vpc-endpoint},
     * {@code vpc-endpoint-connection}, {@code vpc-endpoint-connection-device-type}, {@code
     * vpc-endpoint-service}, {@code vpc-endpoint-service-permission}, {@code vpc-flow-log}, {@code
     * vpc-peering-connection}, {@code vpn-concentrator}, {@code vpn-connection}, {@code
     * vpn-connection-device-type}, {@code vpn-gateway}. CloudFormation property {@code
     * ResourceType}.
     */
    public TagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags to apply to the resource.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public TagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * The minimum and maximum amount of total local storage, in GB.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.TotalLocalStorageGB}.
   */
  public static final class TotalLocalStorageGB extends Struct<TotalLocalStorageGB> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.TotalLocalStorageGB");

    public TotalLocalStorageGB() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of total local storage, in GB. To specify no maximum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public TotalLocalStorageGB max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public TotalLocalStorageGB max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of total local storage, in GB. To specify no minimum limit, omit this
     * parameter.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public TotalLocalStorageGB min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public TotalLocalStorageGB min(Value<Double> value) {
      return set("Min", value);
    }
  }

  /**
   * The minimum and maximum number of vCPUs.
   *
   * <p>Property type {@code AWS::EC2::LaunchTemplate.VCpuCount}.
   */
  public static final class VCpuCount extends Struct<VCpuCount> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::LaunchTemplate.VCpuCount");

    public VCpuCount() {
      super(SCHEMA);
    }

    /**
     * The maximum number of vCPUs. To specify no maximum limit, omit this parameter.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public VCpuCount max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public VCpuCount max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of vCPUs. To specify no minimum limit, specify <code>0</code> .
     *
     * <p>CloudFormation property {@code Min}.
     */
    public VCpuCount min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public VCpuCount min(Value<Integer> value) {
      return set("Min", value);
    }
  }
}
