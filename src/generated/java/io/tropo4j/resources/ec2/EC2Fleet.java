// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the configuration information to launch a fleet--or group--of instances. An EC2 Fleet
 * can launch multiple instance types across multiple Availability Zones, using the On-Demand
 * Instance, Reserved Instance, and Spot Instance purchasing models together. Using EC2 Fleet, you
 * can define separate On-Demand and Spot capacity targets, specify the instance types that work
 * best for your applications, and specify how Amazon EC2 should distribute your fleet capacity
 * within each purchasing model. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet.html">Launching an EC2
 * Fleet</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::EC2Fleet}.
 */
public final class EC2Fleet extends Resource<EC2Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet")
      .required("LaunchTemplateConfigs", "TargetCapacitySpecification")
      .allowed("ExcessCapacityTerminationPolicy", "termination", "no-termination")
      .allowed("Type", "maintain", "request", "instant")
      .refYields("FleetId")
      .attributes("FleetId")
      .build();

  public EC2Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Reserved.
   *
   * <p>CloudFormation property {@code Context}.
   */
  public EC2Fleet context(String value) {
    return set("Context", Value.of(value));
  }

  /** Sets {@code Context} to this value; see {@link #context(String)}. */
  public EC2Fleet context(Value<String> value) {
    return set("Context", value);
  }

  /**
   * Indicates whether running instances should be terminated if the total target capacity of the
   * EC2 Fleet is decreased below the current size of the EC2 Fleet.
   *
   * <p>Supported only for fleets of type <code>maintain</code> .
   *
   * <p>Allowed values: {@code termination}, {@code no-termination}. CloudFormation property {@code
   * ExcessCapacityTerminationPolicy}.
   */
  public EC2Fleet excessCapacityTerminationPolicy(String value) {
    return set("ExcessCapacityTerminationPolicy", Value.of(value));
  }

  /**
   * Sets {@code ExcessCapacityTerminationPolicy} to this value; see {@link
   * #excessCapacityTerminationPolicy(String)}.
   */
  public EC2Fleet excessCapacityTerminationPolicy(Value<String> value) {
    return set("ExcessCapacityTerminationPolicy", value);
  }

  /**
   * The configuration for the EC2 Fleet.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LaunchTemplateConfigs}.
   */
  public EC2Fleet launchTemplateConfigs(List<FleetLaunchTemplateConfigRequest> value) {
    return set("LaunchTemplateConfigs", Value.listOf(value));
  }

  /** Sets {@code LaunchTemplateConfigs} to this value; see {@link #launchTemplateConfigs(List)}. */
  public EC2Fleet launchTemplateConfigs(Value<List<FleetLaunchTemplateConfigRequest>> value) {
    return set("LaunchTemplateConfigs", value);
  }

  /**
   * Sets {@code LaunchTemplateConfigs} to a list of these; see {@link
   * #launchTemplateConfigs(List)}.
   */
  public EC2Fleet launchTemplateConfigs(FleetLaunchTemplateConfigRequest... values) {
    return set("LaunchTemplateConfigs", Value.list(values));
  }

  /**
   * Describes the configuration of On-Demand Instances in an EC2 Fleet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OnDemandOptions}.
   */
  public EC2Fleet onDemandOptions(Value<OnDemandOptionsRequest> value) {
    return set("OnDemandOptions", value);
  }

  /**
   * Indicates whether EC2 Fleet should replace unhealthy Spot Instances. Supported only for fleets
   * of type <code>maintain</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-ec2-fleet.html#ec2-fleet-health-checks">EC2
   * Fleet health checks</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ReplaceUnhealthyInstances}.
   */
  public EC2Fleet replaceUnhealthyInstances(boolean value) {
    return set("ReplaceUnhealthyInstances", Value.of(value));
  }

  /**
   * Sets {@code ReplaceUnhealthyInstances} to this value; see {@link
   * #replaceUnhealthyInstances(boolean)}.
   */
  public EC2Fleet replaceUnhealthyInstances(Value<Boolean> value) {
    return set("ReplaceUnhealthyInstances", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ReservedCapacityOptions}. */
  public EC2Fleet reservedCapacityOptions(Value<ReservedCapacityOptionsRequest> value) {
    return set("ReservedCapacityOptions", value);
  }

  /**
   * Describes the configuration of Spot Instances in an EC2 Fleet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SpotOptions}.
   */
  public EC2Fleet spotOptions(Value<SpotOptionsRequest> value) {
    return set("SpotOptions", value);
  }

  /**
   * The key-value pair for tagging the EC2 Fleet request on creation. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-resources">Tag
   * your resources</a> .
   *
   * <p>If the fleet type is <code>instant</code> , specify a resource type of <code>fleet</code> to
   * tag the fleet or <code>instance</code> to tag the instances at launch.
   *
   * <p>If the fleet type is <code>maintain</code> or <code>request</code> , specify a resource type
   * of <code>fleet</code> to tag the fleet. You cannot specify a resource type of
   * <code>instance</code> . To tag instances at launch, specify the tags in a <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html#create-launch-template">launch
   * template</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
   */
  public EC2Fleet tagSpecifications(List<TagSpecification> value) {
    return set("TagSpecifications", Value.listOf(value));
  }

  /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
  public EC2Fleet tagSpecifications(Value<List<TagSpecification>> value) {
    return set("TagSpecifications", value);
  }

  /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
  public EC2Fleet tagSpecifications(TagSpecification... values) {
    return set("TagSpecifications", Value.list(values));
  }

  /**
   * The number of units to request.
   *
   * <p>Required. CloudFormation property {@code TargetCapacitySpecification}.
   */
  public EC2Fleet targetCapacitySpecification(Value<TargetCapacitySpecificationRequest> value) {
    return set("TargetCapacitySpecification", value);
  }

  /**
   * Indicates whether running instances should be terminated when the EC2 Fleet expires.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * TerminateInstancesWithExpiration}.
   */
  public EC2Fleet terminateInstancesWithExpiration(boolean value) {
    return set("TerminateInstancesWithExpiration", Value.of(value));
  }

  /**
   * Sets {@code TerminateInstancesWithExpiration} to this value; see {@link
   * #terminateInstancesWithExpiration(boolean)}.
   */
  public EC2Fleet terminateInstancesWithExpiration(Value<Boolean> value) {
    return set("TerminateInstancesWithExpiration", value);
  }

  /**
   * The fleet type. The default value is <code>maintain</code> .
   *
   * <ul> <li><code>maintain</code> - The EC2 Fleet places an asynchronous request for your desired
   * capacity, and continues to maintain your desired Spot capacity by replenishing interrupted Spot
   * Instances. <li><code>request</code> - The EC2 Fleet places an asynchronous one-time request for
   * your desired capacity, but does submit Spot requests in alternative capacity pools if Spot
   * capacity is unavailable, and does not maintain Spot capacity if Spot Instances are interrupted.
   * <li><code>instant</code> - The EC2 Fleet places a synchronous one-time request for your desired
   * capacity, and returns errors for any instances that could not be launched. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-request-type.html">EC2
   * Fleet request types</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code maintain}, {@code request}, {@code
   * instant}. CloudFormation property {@code Type}.
   */
  public EC2Fleet typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public EC2Fleet typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The start date and time of the request, in UTC format (for example, <em>YYYY</em> - <em>MM</em>
   * - <em>DD</em> T <em>HH</em> : <em>MM</em> : <em>SS</em> Z). The default is to start fulfilling
   * the request immediately.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ValidFrom}.
   */
  public EC2Fleet validFrom(String value) {
    return set("ValidFrom", Value.of(value));
  }

  /** Sets {@code ValidFrom} to this value; see {@link #validFrom(String)}. */
  public EC2Fleet validFrom(Value<String> value) {
    return set("ValidFrom", value);
  }

  /**
   * The end date and time of the request, in UTC format (for example, <em>YYYY</em> - <em>MM</em> -
   * <em>DD</em> T <em>HH</em> : <em>MM</em> : <em>SS</em> Z). At this point, no new EC2 Fleet
   * requests are placed or able to fulfill the request. If no value is specified, the request
   * remains until you cancel it.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ValidUntil}.
   */
  public EC2Fleet validUntil(String value) {
    return set("ValidUntil", Value.of(value));
  }

  /** Sets {@code ValidUntil} to this value; see {@link #validUntil(String)}. */
  public EC2Fleet validUntil(Value<String> value) {
    return set("ValidUntil", value);
  }

  /**
   * The ID of the EC2 Fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FleetId}.
   */
  public Value<String> fleetId() {
    return getAtt("FleetId");
  }

  /**
   * The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an
   * instance. To exclude accelerator-enabled instance types, set <code>Max</code> to <code>0</code>
   * .
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.AcceleratorCountRequest}.
   */
  public static final class AcceleratorCountRequest extends Struct<AcceleratorCountRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.AcceleratorCountRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.AcceleratorTotalMemoryMiBRequest}.
   */
  public static final class AcceleratorTotalMemoryMiBRequest extends Struct<AcceleratorTotalMemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.AcceleratorTotalMemoryMiBRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.BaselineEbsBandwidthMbpsRequest}.
   */
  public static final class BaselineEbsBandwidthMbpsRequest extends Struct<BaselineEbsBandwidthMbpsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.BaselineEbsBandwidthMbpsRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.BaselinePerformanceFactorsRequest}.
   */
  public static final class BaselinePerformanceFactorsRequest extends Struct<BaselinePerformanceFactorsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.BaselinePerformanceFactorsRequest");

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
   * Describes a block device mapping, which defines the EBS volumes and instance store volumes to
   * attach to an instance at launch.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.BlockDeviceMapping}.
   */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.BlockDeviceMapping");

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name. For available device names, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html">Device names
     * for volumes</a> .
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
    public BlockDeviceMapping ebs(Value<EbsBlockDevice> value) {
      return set("Ebs", value);
    }

    /**
     * To omit the device from the block device mapping, specify an empty string. When this property
     * is specified, the device is removed from the block device mapping regardless of the assigned
     * value.
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
   * The Spot Instance replacement strategy to use when Amazon EC2 emits a rebalance notification
   * signal that your Spot Instance is at an elevated risk of being interrupted. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-capacity-rebalance.html">Capacity
   * rebalancing</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.CapacityRebalance}.
   */
  public static final class CapacityRebalance extends Struct<CapacityRebalance> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.CapacityRebalance")
        .allowed("ReplacementStrategy", "launch", "launch-before-terminate")
        .build();

    public CapacityRebalance() {
      super(SCHEMA);
    }

    /**
     * The replacement strategy to use. Only available for fleets of type <code>maintain</code> .
     *
     * <p><code>launch</code> - EC2 Fleet launches a replacement Spot Instance when a rebalance
     * notification is emitted for an existing Spot Instance in the fleet. EC2 Fleet does not
     * terminate the instances that receive a rebalance notification. You can terminate the old
     * instances, or you can leave them running. You are charged for all instances while they are
     * running.
     *
     * <p><code>launch-before-terminate</code> - EC2 Fleet launches a replacement Spot Instance when
     * a rebalance notification is emitted for an existing Spot Instance in the fleet, and then,
     * after a delay that you specify (in <code>TerminationDelay</code> ), terminates the instances
     * that received a rebalance notification.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code launch}, {@code
     * launch-before-terminate}. CloudFormation property {@code ReplacementStrategy}.
     */
    public CapacityRebalance replacementStrategy(String value) {
      return set("ReplacementStrategy", Value.of(value));
    }

    /** Sets {@code ReplacementStrategy} to this value; see {@link #replacementStrategy(String)}. */
    public CapacityRebalance replacementStrategy(Value<String> value) {
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
    public CapacityRebalance terminationDelay(int value) {
      return set("TerminationDelay", Value.of(value));
    }

    /** Sets {@code TerminationDelay} to this value; see {@link #terminationDelay(int)}. */
    public CapacityRebalance terminationDelay(Value<Integer> value) {
      return set("TerminationDelay", value);
    }
  }

  /**
   * Describes the strategy for using unused Capacity Reservations for fulfilling On-Demand
   * capacity.
   *
   * <p>This strategy can only be used if the EC2 Fleet is of type <code>instant</code> .
   *
   * <p>For more information about Capacity Reservations, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html">On-Demand
   * Capacity Reservations</a> in the <em>Amazon EC2 User Guide</em> . For examples of using
   * Capacity Reservations in an EC2 Fleet, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-examples.html">EC2 Fleet
   * example configurations</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.CapacityReservationOptionsRequest}.
   */
  public static final class CapacityReservationOptionsRequest extends Struct<CapacityReservationOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.CapacityReservationOptionsRequest")
        .allowed("UsageStrategy", "use-capacity-reservations-first")
        .build();

    public CapacityReservationOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to use unused Capacity Reservations for fulfilling On-Demand capacity.
     *
     * <p>If you specify <code>use-capacity-reservations-first</code> , the fleet uses unused
     * Capacity Reservations to fulfill On-Demand capacity up to the target On-Demand capacity. If
     * multiple instance pools have unused Capacity Reservations, the On-Demand allocation strategy
     * ( <code>lowest-price</code> or <code>prioritized</code> ) is applied. If the number of unused
     * Capacity Reservations is less than the On-Demand target capacity, the remaining On-Demand
     * target capacity is launched according to the On-Demand allocation strategy (
     * <code>lowest-price</code> or <code>prioritized</code> ).
     *
     * <p>If you do not specify a value, the fleet fulfils the On-Demand capacity according to the
     * chosen On-Demand allocation strategy.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code
     * use-capacity-reservations-first}. CloudFormation property {@code UsageStrategy}.
     */
    public CapacityReservationOptionsRequest usageStrategy(String value) {
      return set("UsageStrategy", Value.of(value));
    }

    /** Sets {@code UsageStrategy} to this value; see {@link #usageStrategy(String)}. */
    public CapacityReservationOptionsRequest usageStrategy(Value<String> value) {
      return set("UsageStrategy", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.CapacityReservationTargetRequest}. */
  public static final class CapacityReservationTargetRequest extends Struct<CapacityReservationTargetRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.CapacityReservationTargetRequest");

    public CapacityReservationTargetRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CapacityReservationIds}. */
    public CapacityReservationTargetRequest capacityReservationIds(List<String> value) {
      return set("CapacityReservationIds", Value.listOf(value));
    }

    /**
     * Sets {@code CapacityReservationIds} to this value; see {@link #capacityReservationIds(List)}.
     */
    public CapacityReservationTargetRequest capacityReservationIds(Value<List<String>> value) {
      return set("CapacityReservationIds", value);
    }

    /** CloudFormation property {@code CapacityReservationResourceGroupArns}. */
    public CapacityReservationTargetRequest capacityReservationResourceGroupArns(List<String> value) {
      return set("CapacityReservationResourceGroupArns", Value.listOf(value));
    }

    /**
     * Sets {@code CapacityReservationResourceGroupArns} to this value; see {@link
     * #capacityReservationResourceGroupArns(List)}.
     */
    public CapacityReservationTargetRequest capacityReservationResourceGroupArns(Value<List<String>> value) {
      return set("CapacityReservationResourceGroupArns", value);
    }
  }

  /**
   * The CPU performance to consider, using an instance family as the baseline reference.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.CpuPerformanceFactorRequest}.
   */
  public static final class CpuPerformanceFactorRequest extends Struct<CpuPerformanceFactorRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.CpuPerformanceFactorRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.EbsBlockDevice}.
   */
  public static final class EbsBlockDevice extends Struct<EbsBlockDevice> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.EbsBlockDevice")
        .allowed("VolumeType", "gp2", "gp3", "io1", "io2", "sc1", "st1", "standard")
        .build();

    public EbsBlockDevice() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the EBS volume is deleted on instance termination. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserving-volumes-on-termination">Preserving
     * Amazon EBS volumes on instance termination</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code DeleteOnTermination}.
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
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html#encryption-parameters">Amazon
     * EBS encryption</a> in the <em>Amazon EBS User Guide</em> .
     *
     * <p>In no case can you remove encryption from an encrypted volume.
     *
     * <p>Encrypted volumes can only be attached to instances that support Amazon EBS encryption.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption-requirements.html#ebs-encryption_supported_instances">Supported
     * instance types</a> .
     *
     * <ul> <li>If you are creating a block device mapping for a <em>new (empty) volume</em> , you
     * can include this parameter, and specify either <code>true</code> for an encrypted volume, or
     * <code>false</code> for an unencrypted volume. If you omit this parameter, it defaults to
     * <code>false</code> (unencrypted). <li>If you are creating a block device mapping from an
     * <em>existing encrypted or unencrypted snapshot</em> , you must omit this parameter. If you
     * include this parameter, the request will fail, regardless of the value that you specify.
     * <li>If you are creating a block device mapping from an <em>existing unencrypted volume</em> ,
     * you can include this parameter, but you must specify <code>false</code> . If you specify
     * <code>true</code> , the request will fail. In this case, we recommend that you omit the
     * parameter. <li>If you are creating a block device mapping from an <em>existing encrypted
     * volume</em> , you can include this parameter, and specify either <code>true</code> or
     * <code>false</code> . However, if you specify <code>false</code> , the parameter is ignored
     * and the block device mapping is always encrypted. In this case, we recommend that you omit
     * the parameter. </ul>
     *
     * <p>CloudFormation property {@code Encrypted}.
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
     * <p>CloudFormation property {@code Iops}.
     */
    public EbsBlockDevice iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EbsBlockDevice iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use
     * for EBS encryption.
     *
     * <p>This parameter is only supported on <code>BlockDeviceMapping</code> objects called by <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html">RunInstances</a>
     * , <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotFleet.html">RequestSpotFleet</a>
     * , and <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotInstances.html">RequestSpotInstances</a>
     * .
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EbsBlockDevice kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EbsBlockDevice kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** CloudFormation property {@code MultiAvailabilityZoneConfiguration}. */
    public EbsBlockDevice multiAvailabilityZoneConfiguration(Value<MultiAvailabilityZoneConfiguration> value) {
      return set("MultiAvailabilityZoneConfiguration", value);
    }

    /**
     * The ID of the snapshot.
     *
     * <p>CloudFormation property {@code SnapshotId}.
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
     * <p>CloudFormation property {@code VolumeSize}.
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
     * <p>Allowed values: {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code sc1}, {@code
     * st1}, {@code standard}. CloudFormation property {@code VolumeType}.
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
   * Specifies a launch template and overrides for an EC2 Fleet.
   *
   * <p><code>FleetLaunchTemplateConfigRequest</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-ec2fleet.html">AWS::EC2::EC2Fleet</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.FleetLaunchTemplateConfigRequest}.
   */
  public static final class FleetLaunchTemplateConfigRequest extends Struct<FleetLaunchTemplateConfigRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.FleetLaunchTemplateConfigRequest");

    public FleetLaunchTemplateConfigRequest() {
      super(SCHEMA);
    }

    /**
     * The launch template to use. You must specify either the launch template ID or launch template
     * name in the request.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * LaunchTemplateSpecification}.
     */
    public FleetLaunchTemplateConfigRequest launchTemplateSpecification(Value<FleetLaunchTemplateSpecificationRequest> value) {
      return set("LaunchTemplateSpecification", value);
    }

    /**
     * Any parameters that you specify override the same parameters in the launch template.
     *
     * <p>For fleets of type <code>request</code> and <code>maintain</code> , a maximum of 300 items
     * is allowed across all launch templates.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Overrides}.
     */
    public FleetLaunchTemplateConfigRequest overrides(List<FleetLaunchTemplateOverridesRequest> value) {
      return set("Overrides", Value.listOf(value));
    }

    /** Sets {@code Overrides} to this value; see {@link #overrides(List)}. */
    public FleetLaunchTemplateConfigRequest overrides(Value<List<FleetLaunchTemplateOverridesRequest>> value) {
      return set("Overrides", value);
    }

    /** Sets {@code Overrides} to a list of these; see {@link #overrides(List)}. */
    public FleetLaunchTemplateConfigRequest overrides(FleetLaunchTemplateOverridesRequest... values) {
      return set("Overrides", Value.list(values));
    }
  }

  /**
   * Specifies overrides for a launch template for an EC2 Fleet.
   *
   * <p><code>FleetLaunchTemplateOverridesRequest</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-ec2fleet-fleetlaunchtemplateconfigrequest.html">FleetLaunchTemplateConfigRequest</a>
   * property type.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.FleetLaunchTemplateOverridesRequest}.
   */
  public static final class FleetLaunchTemplateOverridesRequest extends Struct<FleetLaunchTemplateOverridesRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.FleetLaunchTemplateOverridesRequest")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public FleetLaunchTemplateOverridesRequest() {
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
    public FleetLaunchTemplateOverridesRequest availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public FleetLaunchTemplateOverridesRequest availabilityZone(Value<String> value) {
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
    public FleetLaunchTemplateOverridesRequest availabilityZoneId(String value) {
      return set("AvailabilityZoneId", Value.of(value));
    }

    /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
    public FleetLaunchTemplateOverridesRequest availabilityZoneId(Value<String> value) {
      return set("AvailabilityZoneId", value);
    }

    /**
     * The block device mappings, which define the EBS volumes and instance store volumes to attach
     * to the instance at launch.
     *
     * <p>Supported only for fleets of type <code>instant</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html">Block
     * device mappings for volumes on Amazon EC2 instances</a> in the <em>Amazon EC2 User Guide</em>
     * .
     *
     * <p>CloudFormation property {@code BlockDeviceMappings}.
     */
    public FleetLaunchTemplateOverridesRequest blockDeviceMappings(List<BlockDeviceMapping> value) {
      return set("BlockDeviceMappings", Value.listOf(value));
    }

    /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
    public FleetLaunchTemplateOverridesRequest blockDeviceMappings(Value<List<BlockDeviceMapping>> value) {
      return set("BlockDeviceMappings", value);
    }

    /**
     * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
     */
    public FleetLaunchTemplateOverridesRequest blockDeviceMappings(BlockDeviceMapping... values) {
      return set("BlockDeviceMappings", Value.list(values));
    }

    /** CloudFormation property {@code IamInstanceProfile}. */
    public FleetLaunchTemplateOverridesRequest iamInstanceProfile(Value<IamInstanceProfileSpecification> value) {
      return set("IamInstanceProfile", value);
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
    public FleetLaunchTemplateOverridesRequest instanceRequirements(Value<InstanceRequirementsRequest> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The instance type.
     *
     * <p><code>mac1.metal</code> is not supported as a launch template override.
     *
     * <p>If you specify <code>InstanceType</code> , you can't specify
     * <code>InstanceRequirements</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public FleetLaunchTemplateOverridesRequest instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public FleetLaunchTemplateOverridesRequest instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /** CloudFormation property {@code KeyName}. */
    public FleetLaunchTemplateOverridesRequest keyName(String value) {
      return set("KeyName", Value.of(value));
    }

    /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
    public FleetLaunchTemplateOverridesRequest keyName(Value<String> value) {
      return set("KeyName", value);
    }

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     *
     * <p>If you specify a maximum price, your instances will be interrupted more frequently than if
     * you do not specify this parameter. If you specify a maximum price, it must be more than USD
     * $0.001. Specifying a value below USD $0.001 will result in an
     * <code>InvalidParameterValue</code> error message.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxPrice}.
     */
    public FleetLaunchTemplateOverridesRequest maxPrice(String value) {
      return set("MaxPrice", Value.of(value));
    }

    /** Sets {@code MaxPrice} to this value; see {@link #maxPrice(String)}. */
    public FleetLaunchTemplateOverridesRequest maxPrice(Value<String> value) {
      return set("MaxPrice", value);
    }

    /** CloudFormation property {@code MetadataOptions}. */
    public FleetLaunchTemplateOverridesRequest metadataOptions(Value<InstanceMetadataOptionsRequest> value) {
      return set("MetadataOptions", value);
    }

    /** CloudFormation property {@code NetworkInterfaces}. */
    public FleetLaunchTemplateOverridesRequest networkInterfaces(List<NetworkInterfaceSpecificationRequest> value) {
      return set("NetworkInterfaces", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
    public FleetLaunchTemplateOverridesRequest networkInterfaces(Value<List<NetworkInterfaceSpecificationRequest>> value) {
      return set("NetworkInterfaces", value);
    }

    /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
    public FleetLaunchTemplateOverridesRequest networkInterfaces(NetworkInterfaceSpecificationRequest... values) {
      return set("NetworkInterfaces", Value.list(values));
    }

    /**
     * The location where the instance launched, if applicable.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Placement}.
     */
    public FleetLaunchTemplateOverridesRequest placement(Value<Placement> value) {
      return set("Placement", value);
    }

    /**
     * The priority for the launch template override. The highest priority is launched first.
     *
     * <p>If the On-Demand <code>AllocationStrategy</code> is set to <code>prioritized</code> , EC2
     * Fleet uses priority to determine which launch template override to use first in fulfilling
     * On-Demand capacity.
     *
     * <p>If the Spot <code>AllocationStrategy</code> is set to
     * <code>capacity-optimized-prioritized</code> , EC2 Fleet uses priority on a best-effort basis
     * to determine which launch template override to use in fulfilling Spot capacity, but optimizes
     * for capacity first.
     *
     * <p>Valid values are whole numbers starting at <code>0</code> . The lower the number, the
     * higher the priority. If no number is set, the launch template override has the lowest
     * priority. You can set the same priority for different launch template overrides.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Priority}.
     */
    public FleetLaunchTemplateOverridesRequest priority(double value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(double)}. */
    public FleetLaunchTemplateOverridesRequest priority(Value<Double> value) {
      return set("Priority", value);
    }

    /**
     * The IDs of the subnets in which to launch the instances. Separate multiple subnet IDs using
     * commas (for example, <code>subnet-1234abcdeexample1, subnet-0987cdef6example2</code> ). A
     * request of type <code>instant</code> can have only one subnet ID.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
     * property {@code SubnetId}.
     */
    public FleetLaunchTemplateOverridesRequest subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public FleetLaunchTemplateOverridesRequest subnetId(Value<String> value) {
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
     * <p>When specifying weights, the price used in the <code>lowest-price</code> and
     * <code>price-capacity-optimized</code> allocation strategies is per <em>unit</em> hour (where
     * the instance price is divided by the specified weight). However, if all the specified weights
     * are above the requested <code>TargetCapacity</code> , resulting in only 1 instance being
     * launched, the price used is per <em>instance</em> hour.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WeightedCapacity}.
     */
    public FleetLaunchTemplateOverridesRequest weightedCapacity(double value) {
      return set("WeightedCapacity", Value.of(value));
    }

    /** Sets {@code WeightedCapacity} to this value; see {@link #weightedCapacity(double)}. */
    public FleetLaunchTemplateOverridesRequest weightedCapacity(Value<Double> value) {
      return set("WeightedCapacity", value);
    }
  }

  /**
   * Specifies the launch template to be used by the EC2 Fleet for configuring Amazon EC2 instances.
   *
   * <p>You must specify the following:
   *
   * <ul> <li>The ID or the name of the launch template, but not both. <li>The version of the launch
   * template. </ul>
   *
   * <p><code>FleetLaunchTemplateSpecificationRequest</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-ec2fleet-fleetlaunchtemplateconfigrequest.html">FleetLaunchTemplateConfigRequest</a>
   * property type.
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
   * <p>Property type {@code AWS::EC2::EC2Fleet.FleetLaunchTemplateSpecificationRequest}.
   */
  public static final class FleetLaunchTemplateSpecificationRequest extends Struct<FleetLaunchTemplateSpecificationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.FleetLaunchTemplateSpecificationRequest")
        .required("Version")
        .constrain("LaunchTemplateName", Constraint.of().pattern("[a-zA-Z0-9\\(\\)\\.\\-/_]+").minLength(3).maxLength(128))
        .constrain("LaunchTemplateSpecificationUserData", Constraint.of().format("password"))
        .build();

    public FleetLaunchTemplateSpecificationRequest() {
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
    public FleetLaunchTemplateSpecificationRequest launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public FleetLaunchTemplateSpecificationRequest launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
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
    public FleetLaunchTemplateSpecificationRequest launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public FleetLaunchTemplateSpecificationRequest launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * Format: {@code password}. CloudFormation property {@code
     * LaunchTemplateSpecificationUserData}.
     */
    public FleetLaunchTemplateSpecificationRequest launchTemplateSpecificationUserData(String value) {
      return set("LaunchTemplateSpecificationUserData", Value.of(value));
    }

    /**
     * Sets {@code LaunchTemplateSpecificationUserData} to this value; see {@link
     * #launchTemplateSpecificationUserData(String)}.
     */
    public FleetLaunchTemplateSpecificationRequest launchTemplateSpecificationUserData(Value<String> value) {
      return set("LaunchTemplateSpecificationUserData", value);
    }

    /**
     * The launch template version number, <code>$Latest</code> , or <code>$Default</code> . You
     * must specify a value, otherwise the request fails.
     *
     * <p>If the value is <code>$Latest</code> , Amazon EC2 uses the latest version of the launch
     * template.
     *
     * <p>If the value is <code>$Default</code> , Amazon EC2 uses the default version of the launch
     * template.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Version}.
     */
    public FleetLaunchTemplateSpecificationRequest version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public FleetLaunchTemplateSpecificationRequest version(Value<String> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.IamInstanceProfileSpecification}. */
  public static final class IamInstanceProfileSpecification extends Struct<IamInstanceProfileSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.IamInstanceProfileSpecification");

    public IamInstanceProfileSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Arn}. */
    public IamInstanceProfileSpecification arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IamInstanceProfileSpecification arn(Value<String> value) {
      return set("Arn", value);
    }

    /** CloudFormation property {@code Name}. */
    public IamInstanceProfileSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IamInstanceProfileSpecification name(Value<String> value) {
      return set("Name", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.InstanceMetadataOptionsRequest}. */
  public static final class InstanceMetadataOptionsRequest extends Struct<InstanceMetadataOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.InstanceMetadataOptionsRequest")
        .allowed("HttpEndpoint", "disabled", "enabled")
        .allowed("HttpTokens", "optional", "required")
        .build();

    public InstanceMetadataOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * HttpEndpoint}.
     */
    public InstanceMetadataOptionsRequest httpEndpoint(String value) {
      return set("HttpEndpoint", Value.of(value));
    }

    /** Sets {@code HttpEndpoint} to this value; see {@link #httpEndpoint(String)}. */
    public InstanceMetadataOptionsRequest httpEndpoint(Value<String> value) {
      return set("HttpEndpoint", value);
    }

    /** CloudFormation property {@code HttpPutResponseHopLimit}. */
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
   * <p>Property type {@code AWS::EC2::EC2Fleet.InstanceRequirementsRequest}.
   */
  public static final class InstanceRequirementsRequest extends Struct<InstanceRequirementsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.InstanceRequirementsRequest")
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

  /** Property type {@code AWS::EC2::EC2Fleet.Ipv6AddressRequest}. */
  public static final class Ipv6AddressRequest extends Struct<Ipv6AddressRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.Ipv6AddressRequest");

    public Ipv6AddressRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Ipv6Address}. */
    public Ipv6AddressRequest ipv6Address(String value) {
      return set("Ipv6Address", Value.of(value));
    }

    /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
    public Ipv6AddressRequest ipv6Address(Value<String> value) {
      return set("Ipv6Address", value);
    }
  }

  /**
   * The strategies for managing your Spot Instances that are at an elevated risk of being
   * interrupted.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.MaintenanceStrategies}.
   */
  public static final class MaintenanceStrategies extends Struct<MaintenanceStrategies> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.MaintenanceStrategies");

    public MaintenanceStrategies() {
      super(SCHEMA);
    }

    /**
     * The strategy to use when Amazon EC2 emits a signal that your Spot Instance is at an elevated
     * risk of being interrupted.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CapacityRebalance}.
     */
    public MaintenanceStrategies capacityRebalance(Value<CapacityRebalance> value) {
      return set("CapacityRebalance", value);
    }
  }

  /**
   * The minimum and maximum amount of memory per vCPU, in GiB.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.MemoryGiBPerVCpuRequest}.
   */
  public static final class MemoryGiBPerVCpuRequest extends Struct<MemoryGiBPerVCpuRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.MemoryGiBPerVCpuRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.MemoryMiBRequest}.
   */
  public static final class MemoryMiBRequest extends Struct<MemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.MemoryMiBRequest");

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

  /** Property type {@code AWS::EC2::EC2Fleet.MultiAvailabilityZoneConfiguration}. */
  public static final class MultiAvailabilityZoneConfiguration extends Struct<MultiAvailabilityZoneConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.MultiAvailabilityZoneConfiguration");

    public MultiAvailabilityZoneConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ConfigurationType}. */
    public MultiAvailabilityZoneConfiguration configurationType(String value) {
      return set("ConfigurationType", Value.of(value));
    }

    /** Sets {@code ConfigurationType} to this value; see {@link #configurationType(String)}. */
    public MultiAvailabilityZoneConfiguration configurationType(Value<String> value) {
      return set("ConfigurationType", value);
    }

    /** CloudFormation property {@code StandbyAvailabilityZones}. */
    public MultiAvailabilityZoneConfiguration standbyAvailabilityZones(List<StandbyAvailabilityZone> value) {
      return set("StandbyAvailabilityZones", Value.listOf(value));
    }

    /**
     * Sets {@code StandbyAvailabilityZones} to this value; see {@link
     * #standbyAvailabilityZones(List)}.
     */
    public MultiAvailabilityZoneConfiguration standbyAvailabilityZones(Value<List<StandbyAvailabilityZone>> value) {
      return set("StandbyAvailabilityZones", value);
    }

    /**
     * Sets {@code StandbyAvailabilityZones} to a list of these; see {@link
     * #standbyAvailabilityZones(List)}.
     */
    public MultiAvailabilityZoneConfiguration standbyAvailabilityZones(StandbyAvailabilityZone... values) {
      return set("StandbyAvailabilityZones", Value.list(values));
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
   * <p>Property type {@code AWS::EC2::EC2Fleet.NetworkBandwidthGbpsRequest}.
   */
  public static final class NetworkBandwidthGbpsRequest extends Struct<NetworkBandwidthGbpsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.NetworkBandwidthGbpsRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.NetworkInterfaceCountRequest}.
   */
  public static final class NetworkInterfaceCountRequest extends Struct<NetworkInterfaceCountRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.NetworkInterfaceCountRequest");

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

  /** Property type {@code AWS::EC2::EC2Fleet.NetworkInterfaceSpecificationRequest}. */
  public static final class NetworkInterfaceSpecificationRequest extends Struct<NetworkInterfaceSpecificationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.NetworkInterfaceSpecificationRequest")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public NetworkInterfaceSpecificationRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AssociatePublicIpAddress}. */
    public NetworkInterfaceSpecificationRequest associatePublicIpAddress(boolean value) {
      return set("AssociatePublicIpAddress", Value.of(value));
    }

    /**
     * Sets {@code AssociatePublicIpAddress} to this value; see {@link
     * #associatePublicIpAddress(boolean)}.
     */
    public NetworkInterfaceSpecificationRequest associatePublicIpAddress(Value<Boolean> value) {
      return set("AssociatePublicIpAddress", value);
    }

    /** CloudFormation property {@code DeleteOnTermination}. */
    public NetworkInterfaceSpecificationRequest deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public NetworkInterfaceSpecificationRequest deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /** CloudFormation property {@code Description}. */
    public NetworkInterfaceSpecificationRequest description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public NetworkInterfaceSpecificationRequest description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code DeviceIndex}. */
    public NetworkInterfaceSpecificationRequest deviceIndex(int value) {
      return set("DeviceIndex", Value.of(value));
    }

    /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(int)}. */
    public NetworkInterfaceSpecificationRequest deviceIndex(Value<Integer> value) {
      return set("DeviceIndex", value);
    }

    /** CloudFormation property {@code Groups}. */
    public NetworkInterfaceSpecificationRequest groups(List<String> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public NetworkInterfaceSpecificationRequest groups(Value<List<String>> value) {
      return set("Groups", value);
    }

    /** CloudFormation property {@code InterfaceType}. */
    public NetworkInterfaceSpecificationRequest interfaceType(String value) {
      return set("InterfaceType", Value.of(value));
    }

    /** Sets {@code InterfaceType} to this value; see {@link #interfaceType(String)}. */
    public NetworkInterfaceSpecificationRequest interfaceType(Value<String> value) {
      return set("InterfaceType", value);
    }

    /** CloudFormation property {@code Ipv6AddressCount}. */
    public NetworkInterfaceSpecificationRequest ipv6AddressCount(int value) {
      return set("Ipv6AddressCount", Value.of(value));
    }

    /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
    public NetworkInterfaceSpecificationRequest ipv6AddressCount(Value<Integer> value) {
      return set("Ipv6AddressCount", value);
    }

    /** CloudFormation property {@code Ipv6Addresses}. */
    public NetworkInterfaceSpecificationRequest ipv6Addresses(List<Ipv6AddressRequest> value) {
      return set("Ipv6Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv6Addresses} to this value; see {@link #ipv6Addresses(List)}. */
    public NetworkInterfaceSpecificationRequest ipv6Addresses(Value<List<Ipv6AddressRequest>> value) {
      return set("Ipv6Addresses", value);
    }

    /** Sets {@code Ipv6Addresses} to a list of these; see {@link #ipv6Addresses(List)}. */
    public NetworkInterfaceSpecificationRequest ipv6Addresses(Ipv6AddressRequest... values) {
      return set("Ipv6Addresses", Value.list(values));
    }

    /** CloudFormation property {@code NetworkCardIndex}. */
    public NetworkInterfaceSpecificationRequest networkCardIndex(int value) {
      return set("NetworkCardIndex", Value.of(value));
    }

    /** Sets {@code NetworkCardIndex} to this value; see {@link #networkCardIndex(int)}. */
    public NetworkInterfaceSpecificationRequest networkCardIndex(Value<Integer> value) {
      return set("NetworkCardIndex", value);
    }

    /** CloudFormation property {@code NetworkInterfaceId}. */
    public NetworkInterfaceSpecificationRequest networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterfaceSpecificationRequest networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /** CloudFormation property {@code PrivateIpAddress}. */
    public NetworkInterfaceSpecificationRequest privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public NetworkInterfaceSpecificationRequest privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }

    /** CloudFormation property {@code PrivateIpAddresses}. */
    public NetworkInterfaceSpecificationRequest privateIpAddresses(List<PrivateIpAddressSpecificationRequest> value) {
      return set("PrivateIpAddresses", Value.listOf(value));
    }

    /** Sets {@code PrivateIpAddresses} to this value; see {@link #privateIpAddresses(List)}. */
    public NetworkInterfaceSpecificationRequest privateIpAddresses(Value<List<PrivateIpAddressSpecificationRequest>> value) {
      return set("PrivateIpAddresses", value);
    }

    /**
     * Sets {@code PrivateIpAddresses} to a list of these; see {@link #privateIpAddresses(List)}.
     */
    public NetworkInterfaceSpecificationRequest privateIpAddresses(PrivateIpAddressSpecificationRequest... values) {
      return set("PrivateIpAddresses", Value.list(values));
    }

    /** CloudFormation property {@code SecondaryPrivateIpAddressCount}. */
    public NetworkInterfaceSpecificationRequest secondaryPrivateIpAddressCount(int value) {
      return set("SecondaryPrivateIpAddressCount", Value.of(value));
    }

    /**
     * Sets {@code SecondaryPrivateIpAddressCount} to this value; see {@link
     * #secondaryPrivateIpAddressCount(int)}.
     */
    public NetworkInterfaceSpecificationRequest secondaryPrivateIpAddressCount(Value<Integer> value) {
      return set("SecondaryPrivateIpAddressCount", value);
    }

    /** Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}. */
    public NetworkInterfaceSpecificationRequest subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public NetworkInterfaceSpecificationRequest subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }

  /**
   * Specifies the allocation strategy of On-Demand Instances in an EC2 Fleet.
   *
   * <p><code>OnDemandOptionsRequest</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-ec2fleet.html">AWS::EC2::EC2Fleet</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.OnDemandOptionsRequest}.
   */
  public static final class OnDemandOptionsRequest extends Struct<OnDemandOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.OnDemandOptionsRequest")
        .allowed("AllocationStrategy", "lowest-price", "prioritized")
        .build();

    public OnDemandOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * The strategy that determines the order of the launch template overrides to use in fulfilling
     * On-Demand capacity.
     *
     * <p><code>lowest-price</code> - EC2 Fleet uses price to determine the order, launching the
     * lowest price first.
     *
     * <p><code>prioritized</code> - EC2 Fleet uses the priority that you assigned to each launch
     * template override, launching the highest priority first.
     *
     * <p>Default: <code>lowest-price</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code lowest-price}, {@code
     * prioritized}. CloudFormation property {@code AllocationStrategy}.
     */
    public OnDemandOptionsRequest allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public OnDemandOptionsRequest allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * The strategy for using unused Capacity Reservations for fulfilling On-Demand capacity.
     *
     * <p>Supported only for fleets of type <code>instant</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * CapacityReservationOptions}.
     */
    public OnDemandOptionsRequest capacityReservationOptions(Value<CapacityReservationOptionsRequest> value) {
      return set("CapacityReservationOptions", value);
    }

    /**
     * The maximum amount per hour for On-Demand Instances that you're willing to pay.
     *
     * <p>If your fleet includes T instances that are configured as <code>unlimited</code> , and if
     * their average CPU usage exceeds the baseline utilization, you will incur a charge for surplus
     * credits. The <code>MaxTotalPrice</code> does not account for surplus credits, and, if you use
     * surplus credits, your final cost might be higher than what you specified for
     * <code>MaxTotalPrice</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances-unlimited-mode-concepts.html#unlimited-mode-surplus-credits">Surplus
     * credits can incur charges</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxTotalPrice}.
     */
    public OnDemandOptionsRequest maxTotalPrice(String value) {
      return set("MaxTotalPrice", Value.of(value));
    }

    /** Sets {@code MaxTotalPrice} to this value; see {@link #maxTotalPrice(String)}. */
    public OnDemandOptionsRequest maxTotalPrice(Value<String> value) {
      return set("MaxTotalPrice", value);
    }

    /**
     * The minimum target capacity for On-Demand Instances in the fleet. If this minimum capacity
     * isn't reached, no instances are launched.
     *
     * <p>Constraints: Maximum value of <code>1000</code> . Supported only for fleets of type
     * <code>instant</code> .
     *
     * <p>At least one of the following must be specified: <code>SingleAvailabilityZone</code> |
     * <code>SingleInstanceType</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MinTargetCapacity}.
     */
    public OnDemandOptionsRequest minTargetCapacity(int value) {
      return set("MinTargetCapacity", Value.of(value));
    }

    /** Sets {@code MinTargetCapacity} to this value; see {@link #minTargetCapacity(int)}. */
    public OnDemandOptionsRequest minTargetCapacity(Value<Integer> value) {
      return set("MinTargetCapacity", value);
    }

    /**
     * Indicates that the fleet launches all On-Demand Instances into a single Availability Zone.
     *
     * <p>Supported only for fleets of type <code>instant</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SingleAvailabilityZone}.
     */
    public OnDemandOptionsRequest singleAvailabilityZone(boolean value) {
      return set("SingleAvailabilityZone", Value.of(value));
    }

    /**
     * Sets {@code SingleAvailabilityZone} to this value; see {@link
     * #singleAvailabilityZone(boolean)}.
     */
    public OnDemandOptionsRequest singleAvailabilityZone(Value<Boolean> value) {
      return set("SingleAvailabilityZone", value);
    }

    /**
     * Indicates that the fleet uses a single instance type to launch all On-Demand Instances in the
     * fleet.
     *
     * <p>Supported only for fleets of type <code>instant</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SingleInstanceType}.
     */
    public OnDemandOptionsRequest singleInstanceType(boolean value) {
      return set("SingleInstanceType", Value.of(value));
    }

    /** Sets {@code SingleInstanceType} to this value; see {@link #singleInstanceType(boolean)}. */
    public OnDemandOptionsRequest singleInstanceType(Value<Boolean> value) {
      return set("SingleInstanceType", value);
    }
  }

  /**
   * Specify an instance family to use as the baseline reference for CPU performance. All instance
   * types that match your specified attributes will be compared against the CPU performance of the
   * referenced instance family, regardless of CPU manufacturer or architecture.
   *
   * <p>Currently, only one instance family can be specified in the list.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.PerformanceFactorReferenceRequest}.
   */
  public static final class PerformanceFactorReferenceRequest extends Struct<PerformanceFactorReferenceRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.PerformanceFactorReferenceRequest");

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
     * returns an empty response response for <a
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
   * Describes the placement of an instance.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.Placement}.
   */
  public static final class Placement extends Struct<Placement> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.Placement")
        .allowed("Tenancy", "dedicated", "default", "host")
        .build();

    public Placement() {
      super(SCHEMA);
    }

    /**
     * The affinity setting for the instance on the Dedicated Host.
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet">CreateFleet</a>
     * or <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportInstance.html">ImportInstance</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Affinity}.
     */
    public Placement affinity(String value) {
      return set("Affinity", Value.of(value));
    }

    /** Sets {@code Affinity} to this value; see {@link #affinity(String)}. */
    public Placement affinity(Value<String> value) {
      return set("Affinity", value);
    }

    /**
     * The Availability Zone of the instance.
     *
     * <p>On input, you can specify <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code>
     * , but not both. If you specify neither one, Amazon EC2 automatically selects an Availability
     * Zone for you.
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet">CreateFleet</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
     */
    public Placement availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Placement availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The name of the placement group that the instance is in.
     *
     * <p>On input, you can specify <code>GroupId</code> or <code>GroupName</code> , but not both.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupName}.
     */
    public Placement groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public Placement groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * The ID of the Dedicated Host on which the instance resides.
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet">CreateFleet</a>
     * or <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportInstance.html">ImportInstance</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HostId}.
     */
    public Placement hostId(String value) {
      return set("HostId", Value.of(value));
    }

    /** Sets {@code HostId} to this value; see {@link #hostId(String)}. */
    public Placement hostId(Value<String> value) {
      return set("HostId", value);
    }

    /**
     * The ARN of the host resource group in which to launch the instances.
     *
     * <p>On input, if you specify this parameter, either omit the <em>Tenancy</em> parameter or set
     * it to <code>host</code> .
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet">CreateFleet</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HostResourceGroupArn}.
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
     * The number of the partition that the instance is in. Valid only if the placement group
     * strategy is set to <code>partition</code> .
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet">CreateFleet</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PartitionNumber}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code SpreadDomain}.
     */
    public Placement spreadDomain(String value) {
      return set("SpreadDomain", Value.of(value));
    }

    /** Sets {@code SpreadDomain} to this value; see {@link #spreadDomain(String)}. */
    public Placement spreadDomain(Value<String> value) {
      return set("SpreadDomain", value);
    }

    /**
     * The tenancy of the instance. An instance with a tenancy of <code>dedicated</code> runs on
     * single-tenant hardware.
     *
     * <p>This parameter is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet">CreateFleet</a>
     * . The <code>host</code> tenancy is not supported for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportInstance.html">ImportInstance</a>
     * or for T3 instances that are configured for the <code>unlimited</code> CPU credit option.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code dedicated}, {@code default},
     * {@code host}. CloudFormation property {@code Tenancy}.
     */
    public Placement tenancy(String value) {
      return set("Tenancy", Value.of(value));
    }

    /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
    public Placement tenancy(Value<String> value) {
      return set("Tenancy", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.PrivateIpAddressSpecificationRequest}. */
  public static final class PrivateIpAddressSpecificationRequest extends Struct<PrivateIpAddressSpecificationRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.PrivateIpAddressSpecificationRequest");

    public PrivateIpAddressSpecificationRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Primary}. */
    public PrivateIpAddressSpecificationRequest primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PrivateIpAddressSpecificationRequest primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /** CloudFormation property {@code PrivateIpAddress}. */
    public PrivateIpAddressSpecificationRequest privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public PrivateIpAddressSpecificationRequest privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.ReservedCapacityFallbackOptionsRequest}. */
  public static final class ReservedCapacityFallbackOptionsRequest extends Struct<ReservedCapacityFallbackOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.ReservedCapacityFallbackOptionsRequest")
        .allowed("MarketTypes", "on-demand")
        .build();

    public ReservedCapacityFallbackOptionsRequest() {
      super(SCHEMA);
    }

    /** Allowed values: {@code on-demand}. CloudFormation property {@code MarketTypes}. */
    public ReservedCapacityFallbackOptionsRequest marketTypes(List<String> value) {
      return set("MarketTypes", Value.listOf(value));
    }

    /** Sets {@code MarketTypes} to this value; see {@link #marketTypes(List)}. */
    public ReservedCapacityFallbackOptionsRequest marketTypes(Value<List<String>> value) {
      return set("MarketTypes", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.ReservedCapacityOptionsRequest}. */
  public static final class ReservedCapacityOptionsRequest extends Struct<ReservedCapacityOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.ReservedCapacityOptionsRequest")
        .allowed("AllocationStrategy", "prioritized")
        .allowed("ReservationTypes", "on-demand-capacity-reservation", "capacity-block",
            "interruptible-capacity-reservation")
        .build();

    public ReservedCapacityOptionsRequest() {
      super(SCHEMA);
    }

    /** Allowed values: {@code prioritized}. CloudFormation property {@code AllocationStrategy}. */
    public ReservedCapacityOptionsRequest allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public ReservedCapacityOptionsRequest allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /** CloudFormation property {@code CapacityReservationTarget}. */
    public ReservedCapacityOptionsRequest capacityReservationTarget(Value<CapacityReservationTargetRequest> value) {
      return set("CapacityReservationTarget", value);
    }

    /**
     * Allowed values: {@code on-demand-capacity-reservation}, {@code capacity-block}, {@code
     * interruptible-capacity-reservation}. CloudFormation property {@code ReservationTypes}.
     */
    public ReservedCapacityOptionsRequest reservationTypes(List<String> value) {
      return set("ReservationTypes", Value.listOf(value));
    }

    /** Sets {@code ReservationTypes} to this value; see {@link #reservationTypes(List)}. */
    public ReservedCapacityOptionsRequest reservationTypes(Value<List<String>> value) {
      return set("ReservationTypes", value);
    }

    /** CloudFormation property {@code ReservedCapacityFallbackOptions}. */
    public ReservedCapacityOptionsRequest reservedCapacityFallbackOptions(Value<ReservedCapacityFallbackOptionsRequest> value) {
      return set("ReservedCapacityFallbackOptions", value);
    }
  }

  /**
   * Specifies the configuration of Spot Instances for an EC2 Fleet.
   *
   * <p><code>SpotOptionsRequest</code> is a property of the <a
   * href="https://docs.aws.amazon.com//AWSCloudFormation/latest/UserGuide/aws-resource-ec2-ec2fleet.html">AWS::EC2::EC2Fleet</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.SpotOptionsRequest}.
   */
  public static final class SpotOptionsRequest extends Struct<SpotOptionsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.SpotOptionsRequest")
        .allowed("AllocationStrategy", "lowest-price", "lowestPrice", "diversified",
            "capacityOptimized", "capacity-optimized", "capacityOptimizedPrioritized",
            "capacity-optimized-prioritized", "priceCapacityOptimized", "price-capacity-optimized")
        .allowed("InstanceInterruptionBehavior", "hibernate", "stop", "terminate")
        .build();

    public SpotOptionsRequest() {
      super(SCHEMA);
    }

    /**
     * Indicates how to allocate the target Spot Instance capacity across the Spot Instance pools
     * specified by the EC2 Fleet.
     *
     * <p>If the allocation strategy is <code>lowestPrice</code> , EC2 Fleet launches instances from
     * the Spot Instance pools with the lowest price. This is the default allocation strategy.
     *
     * <p>If the allocation strategy is <code>diversified</code> , EC2 Fleet launches instances from
     * all the Spot Instance pools that you specify.
     *
     * <p>If the allocation strategy is <code>capacityOptimized</code> , EC2 Fleet launches
     * instances from Spot Instance pools that are optimally chosen based on the available Spot
     * Instance capacity.
     *
     * <p><em>Allowed Values</em> : <code>lowestPrice</code> | <code>diversified</code> |
     * <code>capacityOptimized</code> | <code>capacityOptimizedPrioritized</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code lowest-price}, {@code
     * lowestPrice}, {@code diversified}, {@code capacityOptimized}, {@code capacity-optimized},
     * {@code capacityOptimizedPrioritized}, {@code capacity-optimized-prioritized}, {@code
     * priceCapacityOptimized}, {@code price-capacity-optimized}. CloudFormation property {@code
     * AllocationStrategy}.
     */
    public SpotOptionsRequest allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public SpotOptionsRequest allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * The behavior when a Spot Instance is interrupted.
     *
     * <p>Default: <code>terminate</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code hibernate}, {@code stop}, {@code
     * terminate}. CloudFormation property {@code InstanceInterruptionBehavior}.
     */
    public SpotOptionsRequest instanceInterruptionBehavior(String value) {
      return set("InstanceInterruptionBehavior", Value.of(value));
    }

    /**
     * Sets {@code InstanceInterruptionBehavior} to this value; see {@link
     * #instanceInterruptionBehavior(String)}.
     */
    public SpotOptionsRequest instanceInterruptionBehavior(Value<String> value) {
      return set("InstanceInterruptionBehavior", value);
    }

    /**
     * The number of Spot pools across which to allocate your target Spot capacity. Supported only
     * when Spot <code>AllocationStrategy</code> is set to <code>lowest-price</code> . EC2 Fleet
     * selects the cheapest Spot pools and evenly allocates your target Spot capacity across the
     * number of Spot pools that you specify.
     *
     * <p>Note that EC2 Fleet attempts to draw Spot Instances from the number of pools that you
     * specify on a best effort basis. If a pool runs out of Spot capacity before fulfilling your
     * target capacity, EC2 Fleet will continue to fulfill your request by drawing from the next
     * cheapest pool. To ensure that your target capacity is met, you might receive Spot Instances
     * from more than the number of pools that you specified. Similarly, if most of the pools have
     * no Spot capacity, you might receive your full target capacity from fewer than the number of
     * pools that you specified.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * InstancePoolsToUseCount}.
     */
    public SpotOptionsRequest instancePoolsToUseCount(int value) {
      return set("InstancePoolsToUseCount", Value.of(value));
    }

    /**
     * Sets {@code InstancePoolsToUseCount} to this value; see {@link
     * #instancePoolsToUseCount(int)}.
     */
    public SpotOptionsRequest instancePoolsToUseCount(Value<Integer> value) {
      return set("InstancePoolsToUseCount", value);
    }

    /**
     * The strategies for managing your Spot Instances that are at an elevated risk of being
     * interrupted.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaintenanceStrategies}.
     */
    public SpotOptionsRequest maintenanceStrategies(Value<MaintenanceStrategies> value) {
      return set("MaintenanceStrategies", value);
    }

    /**
     * The maximum amount per hour for Spot Instances that you're willing to pay. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     *
     * <p>If you specify a maximum price, your Spot Instances will be interrupted more frequently
     * than if you do not specify this parameter. &gt; If your fleet includes T instances that are
     * configured as <code>unlimited</code> , and if their average CPU usage exceeds the baseline
     * utilization, you will incur a charge for surplus credits. The <code>MaxTotalPrice</code> does
     * not account for surplus credits, and, if you use surplus credits, your final cost might be
     * higher than what you specified for <code>MaxTotalPrice</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances-unlimited-mode-concepts.html#unlimited-mode-surplus-credits">Surplus
     * credits can incur charges</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxTotalPrice}.
     */
    public SpotOptionsRequest maxTotalPrice(String value) {
      return set("MaxTotalPrice", Value.of(value));
    }

    /** Sets {@code MaxTotalPrice} to this value; see {@link #maxTotalPrice(String)}. */
    public SpotOptionsRequest maxTotalPrice(Value<String> value) {
      return set("MaxTotalPrice", value);
    }

    /**
     * The minimum target capacity for Spot Instances in the fleet. If this minimum capacity isn't
     * reached, no instances are launched.
     *
     * <p>Constraints: Maximum value of <code>1000</code> . Supported only for fleets of type
     * <code>instant</code> .
     *
     * <p>At least one of the following must be specified: <code>SingleAvailabilityZone</code> |
     * <code>SingleInstanceType</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MinTargetCapacity}.
     */
    public SpotOptionsRequest minTargetCapacity(int value) {
      return set("MinTargetCapacity", Value.of(value));
    }

    /** Sets {@code MinTargetCapacity} to this value; see {@link #minTargetCapacity(int)}. */
    public SpotOptionsRequest minTargetCapacity(Value<Integer> value) {
      return set("MinTargetCapacity", value);
    }

    /**
     * Indicates that the fleet launches all Spot Instances into a single Availability Zone.
     *
     * <p>Supported only for fleets of type <code>instant</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SingleAvailabilityZone}.
     */
    public SpotOptionsRequest singleAvailabilityZone(boolean value) {
      return set("SingleAvailabilityZone", Value.of(value));
    }

    /**
     * Sets {@code SingleAvailabilityZone} to this value; see {@link
     * #singleAvailabilityZone(boolean)}.
     */
    public SpotOptionsRequest singleAvailabilityZone(Value<Boolean> value) {
      return set("SingleAvailabilityZone", value);
    }

    /**
     * Indicates that the fleet uses a single instance type to launch all Spot Instances in the
     * fleet.
     *
     * <p>Supported only for fleets of type <code>instant</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SingleInstanceType}.
     */
    public SpotOptionsRequest singleInstanceType(boolean value) {
      return set("SingleInstanceType", Value.of(value));
    }

    /** Sets {@code SingleInstanceType} to this value; see {@link #singleInstanceType(boolean)}. */
    public SpotOptionsRequest singleInstanceType(Value<Boolean> value) {
      return set("SingleInstanceType", value);
    }
  }

  /** Property type {@code AWS::EC2::EC2Fleet.StandbyAvailabilityZone}. */
  public static final class StandbyAvailabilityZone extends Struct<StandbyAvailabilityZone> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.StandbyAvailabilityZone");

    public StandbyAvailabilityZone() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AvailabilityZone}. */
    public StandbyAvailabilityZone availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public StandbyAvailabilityZone availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /** CloudFormation property {@code AvailabilityZoneId}. */
    public StandbyAvailabilityZone availabilityZoneId(String value) {
      return set("AvailabilityZoneId", Value.of(value));
    }

    /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
    public StandbyAvailabilityZone availabilityZoneId(Value<String> value) {
      return set("AvailabilityZoneId", value);
    }
  }

  /**
   * Specifies the tags to apply to a resource when the resource is being created for an EC2 Fleet.
   *
   * <p><code>TagSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-ec2fleet.html">AWS::EC2::EC2Fleet</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.TagSpecification}.
   */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.TagSpecification")
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

    public TagSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of resource to tag.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
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
   * Specifies the number of units to request for an EC2 Fleet. You can choose to set the target
   * capacity in terms of instances or a performance characteristic that is important to your
   * application workload, such as vCPUs, memory, or I/O. If the request type is
   * <code>maintain</code> , you can specify a target capacity of <code>0</code> and add capacity
   * later.
   *
   * <p><code>TargetCapacitySpecificationRequest</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-ec2fleet.html">AWS::EC2::EC2Fleet</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.TargetCapacitySpecificationRequest}.
   */
  public static final class TargetCapacitySpecificationRequest extends Struct<TargetCapacitySpecificationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::EC2Fleet.TargetCapacitySpecificationRequest")
        .required("TotalTargetCapacity")
        .allowed("DefaultTargetCapacityType", "on-demand", "spot", "capacity-block",
            "reserved-capacity")
        .allowed("TargetCapacityUnitType", "vcpu", "memory-mib", "units")
        .build();

    public TargetCapacitySpecificationRequest() {
      super(SCHEMA);
    }

    /**
     * The default target capacity type.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code on-demand}, {@code spot}, {@code
     * capacity-block}, {@code reserved-capacity}. CloudFormation property {@code
     * DefaultTargetCapacityType}.
     */
    public TargetCapacitySpecificationRequest defaultTargetCapacityType(String value) {
      return set("DefaultTargetCapacityType", Value.of(value));
    }

    /**
     * Sets {@code DefaultTargetCapacityType} to this value; see {@link
     * #defaultTargetCapacityType(String)}.
     */
    public TargetCapacitySpecificationRequest defaultTargetCapacityType(Value<String> value) {
      return set("DefaultTargetCapacityType", value);
    }

    /**
     * The number of On-Demand units to request.
     *
     * <p>CloudFormation property {@code OnDemandTargetCapacity}.
     */
    public TargetCapacitySpecificationRequest onDemandTargetCapacity(int value) {
      return set("OnDemandTargetCapacity", Value.of(value));
    }

    /**
     * Sets {@code OnDemandTargetCapacity} to this value; see {@link #onDemandTargetCapacity(int)}.
     */
    public TargetCapacitySpecificationRequest onDemandTargetCapacity(Value<Integer> value) {
      return set("OnDemandTargetCapacity", value);
    }

    /**
     * The number of Spot units to request.
     *
     * <p>CloudFormation property {@code SpotTargetCapacity}.
     */
    public TargetCapacitySpecificationRequest spotTargetCapacity(int value) {
      return set("SpotTargetCapacity", Value.of(value));
    }

    /** Sets {@code SpotTargetCapacity} to this value; see {@link #spotTargetCapacity(int)}. */
    public TargetCapacitySpecificationRequest spotTargetCapacity(Value<Integer> value) {
      return set("SpotTargetCapacity", value);
    }

    /**
     * The unit for the target capacity. You can specify this parameter only when using
     * attributed-based instance type selection.
     *
     * <p>Default: <code>units</code> (the number of instances)
     *
     * <p>Changing it replaces the resource. Allowed values: {@code vcpu}, {@code memory-mib},
     * {@code units}. CloudFormation property {@code TargetCapacityUnitType}.
     */
    public TargetCapacitySpecificationRequest targetCapacityUnitType(String value) {
      return set("TargetCapacityUnitType", Value.of(value));
    }

    /**
     * Sets {@code TargetCapacityUnitType} to this value; see {@link
     * #targetCapacityUnitType(String)}.
     */
    public TargetCapacitySpecificationRequest targetCapacityUnitType(Value<String> value) {
      return set("TargetCapacityUnitType", value);
    }

    /**
     * The number of units to request, filled using the default target capacity type.
     *
     * <p>Required. CloudFormation property {@code TotalTargetCapacity}.
     */
    public TargetCapacitySpecificationRequest totalTargetCapacity(int value) {
      return set("TotalTargetCapacity", Value.of(value));
    }

    /** Sets {@code TotalTargetCapacity} to this value; see {@link #totalTargetCapacity(int)}. */
    public TargetCapacitySpecificationRequest totalTargetCapacity(Value<Integer> value) {
      return set("TotalTargetCapacity", value);
    }
  }

  /**
   * The minimum and maximum amount of total local storage, in GB.
   *
   * <p>Property type {@code AWS::EC2::EC2Fleet.TotalLocalStorageGBRequest}.
   */
  public static final class TotalLocalStorageGBRequest extends Struct<TotalLocalStorageGBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.TotalLocalStorageGBRequest");

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
   * <p>Property type {@code AWS::EC2::EC2Fleet.VCpuCountRangeRequest}.
   */
  public static final class VCpuCountRangeRequest extends Struct<VCpuCountRangeRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::EC2Fleet.VCpuCountRangeRequest");

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
