// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import java.util.List;

/**
 * Creates a capacity provider. Capacity providers are associated with a cluster and are used in
 * capacity provider strategies to facilitate cluster auto scaling. You can create capacity
 * providers for Amazon ECS Managed Instances and EC2 instances. AWS Fargate has the predefined
 * <code>FARGATE</code> and <code>FARGATE_SPOT</code> capacity providers.
 *
 * <p>CloudFormation type {@code AWS::ECS::CapacityProvider}.
 */
public final class CapacityProvider extends Resource<CapacityProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider")
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CapacityProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Auto Scaling group settings for the capacity provider.
   *
   * <p>CloudFormation property {@code AutoScalingGroupProvider}.
   */
  public CapacityProvider autoScalingGroupProvider(Value<AutoScalingGroupProvider> value) {
    return set("AutoScalingGroupProvider", value);
  }

  /**
   * The cluster that this capacity provider is associated with. Managed instances capacity
   * providers are cluster-scoped, meaning they can only be used within their associated cluster.
   *
   * <p>This is required for Managed instances.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusterName}.
   */
  public CapacityProvider clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public CapacityProvider clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The configuration for the Amazon ECS Managed Instances provider. This includes the
   * infrastructure role, the launch template configuration, and tag propagation settings.
   *
   * <p>CloudFormation property {@code ManagedInstancesProvider}.
   */
  public CapacityProvider managedInstancesProvider(Value<ManagedInstancesProvider> value) {
    return set("ManagedInstancesProvider", value);
  }

  /**
   * The name of the capacity provider. If a name is specified, it cannot start with
   * <code>aws</code> , <code>ecs</code> , or <code>fargate</code> . If no name is specified, a
   * default name in the <code>CFNStackName-CFNResourceName-RandomString</code> format is used.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public CapacityProvider name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CapacityProvider name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The metadata that you apply to the capacity provider to help you categorize and organize it.
   * Each tag consists of a key and an optional value. You define both.
   *
   * <p>The following basic restrictions apply to tags:
   *
   * <ul> <li>Maximum number of tags per resource - 50 <li>For each resource, each tag key must be
   * unique, and each tag key can have only one value. <li>Maximum key length - 128 Unicode
   * characters in UTF-8 <li>Maximum value length - 256 Unicode characters in UTF-8 <li>If your
   * tagging schema is used across multiple services and resources, remember that other services may
   * have restrictions on allowed characters. Generally allowed characters are: letters, numbers,
   * and spaces representable in UTF-8, and the following characters: + - = . _ : / &#64;. <li>Tag
   * keys and values are case-sensitive. <li>Do not use <code>aws:</code> , <code>AWS:</code> , or
   * any upper or lowercase combination of such as a prefix for either keys or values as it is
   * reserved for AWS use. You cannot edit or delete tag keys or values with this prefix. Tags with
   * this prefix do not count against your tags per resource limit. </ul>
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
   * The minimum and maximum number of accelerators (such as GPUs) for instance type selection. This
   * is used for workloads that require specific numbers of accelerators.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.AcceleratorCountRequest}.
   */
  public static final class AcceleratorCountRequest extends Struct<AcceleratorCountRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.AcceleratorCountRequest");

    public AcceleratorCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of accelerators. Instance types with more accelerators are excluded from
     * selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public AcceleratorCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of accelerators. Instance types with fewer accelerators are excluded from
     * selection.
     *
     * <p>CloudFormation property {@code Min}.
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
   * The minimum and maximum total accelerator memory in mebibytes (MiB) for instance type
   * selection. This is important for GPU workloads that require specific amounts of video memory.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.AcceleratorTotalMemoryMiBRequest}.
   */
  public static final class AcceleratorTotalMemoryMiBRequest extends Struct<AcceleratorTotalMemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.AcceleratorTotalMemoryMiBRequest");

    public AcceleratorTotalMemoryMiBRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum total accelerator memory in MiB. Instance types with more accelerator memory are
     * excluded from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public AcceleratorTotalMemoryMiBRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorTotalMemoryMiBRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum total accelerator memory in MiB. Instance types with less accelerator memory are
     * excluded from selection.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public AcceleratorTotalMemoryMiBRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorTotalMemoryMiBRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /** Property type {@code AWS::ECS::CapacityProvider.AutoRepairConfiguration}. */
  public static final class AutoRepairConfiguration extends Struct<AutoRepairConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.AutoRepairConfiguration")
        .allowed("ActionsStatus", "ENABLED", "DISABLED")
        .build();

    public AutoRepairConfiguration() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ActionsStatus}.
     */
    public AutoRepairConfiguration actionsStatus(String value) {
      return set("ActionsStatus", Value.of(value));
    }

    /** Sets {@code ActionsStatus} to this value; see {@link #actionsStatus(String)}. */
    public AutoRepairConfiguration actionsStatus(Value<String> value) {
      return set("ActionsStatus", value);
    }
  }

  /**
   * The details of the Auto Scaling group for the capacity provider.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.AutoScalingGroupProvider}.
   */
  public static final class AutoScalingGroupProvider extends Struct<AutoScalingGroupProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.AutoScalingGroupProvider")
        .required("AutoScalingGroupArn")
        .references("AutoScalingGroupArn", "AWS::AutoScaling::AutoScalingGroup.Ref")
        .allowed("ManagedDraining", "DISABLED", "ENABLED")
        .allowed("ManagedTerminationProtection", "DISABLED", "ENABLED")
        .build();

    public AutoScalingGroupProvider() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) that identifies the Auto Scaling group, or the Auto Scaling
     * group name.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AutoScalingGroupArn}.
     */
    public AutoScalingGroupProvider autoScalingGroupArn(String value) {
      return set("AutoScalingGroupArn", Value.of(value));
    }

    /** Sets {@code AutoScalingGroupArn} to this value; see {@link #autoScalingGroupArn(String)}. */
    public AutoScalingGroupProvider autoScalingGroupArn(Value<String> value) {
      return set("AutoScalingGroupArn", value);
    }

    /**
     * Sets {@code AutoScalingGroupArn} to the Ref of {@code AWS::AutoScaling::AutoScalingGroup};
     * see {@link #autoScalingGroupArn(String)}.
     */
    public AutoScalingGroupProvider autoScalingGroupArn(AutoScalingGroup resource) {
      return set("AutoScalingGroupArn", resource.ref());
    }

    /**
     * The managed draining option for the Auto Scaling group capacity provider. When you enable
     * this, Amazon ECS manages and gracefully drains the EC2 container instances that are in the
     * Auto Scaling group capacity provider.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
     * ManagedDraining}.
     */
    public AutoScalingGroupProvider managedDraining(String value) {
      return set("ManagedDraining", Value.of(value));
    }

    /** Sets {@code ManagedDraining} to this value; see {@link #managedDraining(String)}. */
    public AutoScalingGroupProvider managedDraining(Value<String> value) {
      return set("ManagedDraining", value);
    }

    /**
     * The managed scaling settings for the Auto Scaling group capacity provider.
     *
     * <p>CloudFormation property {@code ManagedScaling}.
     */
    public AutoScalingGroupProvider managedScaling(Value<ManagedScaling> value) {
      return set("ManagedScaling", value);
    }

    /**
     * The managed termination protection setting to use for the Auto Scaling group capacity
     * provider. This determines whether the Auto Scaling group has managed termination protection.
     * The default is off.
     *
     * <p>When using managed termination protection, managed scaling must also be used otherwise
     * managed termination protection doesn't work.
     *
     * <p>When managed termination protection is on, Amazon ECS prevents the Amazon EC2 instances in
     * an Auto Scaling group that contain tasks from being terminated during a scale-in action. The
     * Auto Scaling group and each instance in the Auto Scaling group must have instance protection
     * from scale-in actions on as well. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-instance-termination.html#instance-protection">Instance
     * Protection</a> in the <em>AWS Auto Scaling User Guide</em> .
     *
     * <p>When managed termination protection is off, your Amazon EC2 instances aren't protected
     * from termination when the Auto Scaling group scales in.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
     * ManagedTerminationProtection}.
     */
    public AutoScalingGroupProvider managedTerminationProtection(String value) {
      return set("ManagedTerminationProtection", Value.of(value));
    }

    /**
     * Sets {@code ManagedTerminationProtection} to this value; see {@link
     * #managedTerminationProtection(String)}.
     */
    public AutoScalingGroupProvider managedTerminationProtection(Value<String> value) {
      return set("ManagedTerminationProtection", value);
    }
  }

  /**
   * The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps) for
   * instance type selection. This is important for workloads with high storage I/O requirements.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.BaselineEbsBandwidthMbpsRequest}.
   */
  public static final class BaselineEbsBandwidthMbpsRequest extends Struct<BaselineEbsBandwidthMbpsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.BaselineEbsBandwidthMbpsRequest");

    public BaselineEbsBandwidthMbpsRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum baseline Amazon EBS bandwidth in Mbps. Instance types with higher Amazon EBS
     * bandwidth are excluded from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public BaselineEbsBandwidthMbpsRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public BaselineEbsBandwidthMbpsRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum baseline Amazon EBS bandwidth in Mbps. Instance types with lower Amazon EBS
     * bandwidth are excluded from selection.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public BaselineEbsBandwidthMbpsRequest min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public BaselineEbsBandwidthMbpsRequest min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /** Property type {@code AWS::ECS::CapacityProvider.CapacityReservationRequest}. */
  public static final class CapacityReservationRequest extends Struct<CapacityReservationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.CapacityReservationRequest")
        .allowed("ReservationPreference", "RESERVATIONS_ONLY", "RESERVATIONS_FIRST",
            "RESERVATIONS_EXCLUDED")
        .build();

    public CapacityReservationRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ReservationGroupArn}. */
    public CapacityReservationRequest reservationGroupArn(String value) {
      return set("ReservationGroupArn", Value.of(value));
    }

    /** Sets {@code ReservationGroupArn} to this value; see {@link #reservationGroupArn(String)}. */
    public CapacityReservationRequest reservationGroupArn(Value<String> value) {
      return set("ReservationGroupArn", value);
    }

    /**
     * Allowed values: {@code RESERVATIONS_ONLY}, {@code RESERVATIONS_FIRST}, {@code
     * RESERVATIONS_EXCLUDED}. CloudFormation property {@code ReservationPreference}.
     */
    public CapacityReservationRequest reservationPreference(String value) {
      return set("ReservationPreference", Value.of(value));
    }

    /**
     * Sets {@code ReservationPreference} to this value; see {@link #reservationPreference(String)}.
     */
    public CapacityReservationRequest reservationPreference(Value<String> value) {
      return set("ReservationPreference", value);
    }
  }

  /**
   * The configuration that controls how Amazon ECS optimizes your infrastructure.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.InfrastructureOptimization}.
   */
  public static final class InfrastructureOptimization extends Struct<InfrastructureOptimization> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.InfrastructureOptimization")
        .constrain("ScaleInAfter", Constraint.of().minimum(-1).maximum(3600))
        .build();

    public InfrastructureOptimization() {
      super(SCHEMA);
    }

    /**
     * This parameter defines the number of seconds Amazon ECS Managed Instances waits before
     * optimizing EC2 instances that have become idle or underutilized. A longer delay increases the
     * likelihood of placing new tasks on idle or underutilized instances instances, reducing
     * startup time. A shorter delay helps reduce infrastructure costs by optimizing idle or
     * underutilized instances,instances more quickly.
     *
     * <p>Valid values are:
     *
     * <ul> <li><code>null</code> - Uses the default optimization behavior. <li><code>-1</code> -
     * Disables automatic infrastructure optimization. <li>A value between <code>0</code> and
     * <code>3600</code> (inclusive) - Specifies the number of seconds to wait before optimizing
     * instances. </ul>
     *
     * <p>Range: -1 to 3600. CloudFormation property {@code ScaleInAfter}.
     */
    public InfrastructureOptimization scaleInAfter(int value) {
      return set("ScaleInAfter", Value.of(value));
    }

    /** Sets {@code ScaleInAfter} to this value; see {@link #scaleInAfter(int)}. */
    public InfrastructureOptimization scaleInAfter(Value<Integer> value) {
      return set("ScaleInAfter", value);
    }
  }

  /**
   * The launch template configuration for Amazon ECS Managed Instances. This defines how Amazon ECS
   * launches Amazon EC2 instances, including the instance profile for your tasks, network and
   * storage configuration, capacity options, and instance requirements for flexible instance type
   * selection.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.InstanceLaunchTemplate}.
   */
  public static final class InstanceLaunchTemplate extends Struct<InstanceLaunchTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.InstanceLaunchTemplate")
        .required("Ec2InstanceProfileArn", "NetworkConfiguration")
        .allowed("CapacityOptionType", "ON_DEMAND", "SPOT", "RESERVED")
        .allowed("Monitoring", "BASIC", "DETAILED")
        .build();

    public InstanceLaunchTemplate() {
      super(SCHEMA);
    }

    /**
     * The capacity option type. This determines whether Amazon ECS launches On-Demand or Spot
     * Instances for your managed instance capacity provider.
     *
     * <p>Valid values are:
     *
     * <ul> <li><code>ON_DEMAND</code> - Launches standard On-Demand Instances. On-Demand Instances
     * provide predictable pricing and availability. <li><code>SPOT</code> - Launches Spot Instances
     * that use spare Amazon EC2 capacity at reduced cost. Spot Instances can be interrupted by
     * Amazon EC2 with a two-minute notification when the capacity is needed back. </ul>
     *
     * <p>The default is On-Demand
     *
     * <p>For more information about Amazon EC2 capacity options, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-purchasing-options.html">Instance
     * purchasing options</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Allowed values: {@code ON_DEMAND}, {@code SPOT}, {@code RESERVED}. CloudFormation property
     * {@code CapacityOptionType}.
     */
    public InstanceLaunchTemplate capacityOptionType(String value) {
      return set("CapacityOptionType", Value.of(value));
    }

    /** Sets {@code CapacityOptionType} to this value; see {@link #capacityOptionType(String)}. */
    public InstanceLaunchTemplate capacityOptionType(Value<String> value) {
      return set("CapacityOptionType", value);
    }

    /** CloudFormation property {@code CapacityReservations}. */
    public InstanceLaunchTemplate capacityReservations(Value<CapacityReservationRequest> value) {
      return set("CapacityReservations", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the instance profile that Amazon ECS applies to Amazon ECS
     * Managed Instances. This instance profile must include the necessary permissions for your
     * tasks to access AWS services and resources.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-instances-instance-profile.html">Amazon
     * ECS instance profile for Managed Instances</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Ec2InstanceProfileArn}.
     */
    public InstanceLaunchTemplate ec2InstanceProfileArn(String value) {
      return set("Ec2InstanceProfileArn", Value.of(value));
    }

    /**
     * Sets {@code Ec2InstanceProfileArn} to this value; see {@link #ec2InstanceProfileArn(String)}.
     */
    public InstanceLaunchTemplate ec2InstanceProfileArn(Value<String> value) {
      return set("Ec2InstanceProfileArn", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code FipsEnabled}. */
    public InstanceLaunchTemplate fipsEnabled(boolean value) {
      return set("FipsEnabled", Value.of(value));
    }

    /** Sets {@code FipsEnabled} to this value; see {@link #fipsEnabled(boolean)}. */
    public InstanceLaunchTemplate fipsEnabled(Value<Boolean> value) {
      return set("FipsEnabled", value);
    }

    /** CloudFormation property {@code InstanceMetadataTagsPropagation}. */
    public InstanceLaunchTemplate instanceMetadataTagsPropagation(boolean value) {
      return set("InstanceMetadataTagsPropagation", Value.of(value));
    }

    /**
     * Sets {@code InstanceMetadataTagsPropagation} to this value; see {@link
     * #instanceMetadataTagsPropagation(boolean)}.
     */
    public InstanceLaunchTemplate instanceMetadataTagsPropagation(Value<Boolean> value) {
      return set("InstanceMetadataTagsPropagation", value);
    }

    /**
     * The instance requirements. You can specify:
     *
     * <ul> <li>The instance types <li>Instance requirements such as vCPU count, memory, network
     * performance, and accelerator specifications </ul>
     *
     * <p>Amazon ECS automatically selects the instances that match the specified criteria.
     *
     * <p>CloudFormation property {@code InstanceRequirements}.
     */
    public InstanceLaunchTemplate instanceRequirements(Value<InstanceRequirementsRequest> value) {
      return set("InstanceRequirements", value);
    }

    /** CloudFormation property {@code LocalStorageConfiguration}. */
    public InstanceLaunchTemplate localStorageConfiguration(Value<ManagedInstancesLocalStorageConfiguration> value) {
      return set("LocalStorageConfiguration", value);
    }

    /**
     * CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
     * By default, your managed instance is configured for basic monitoring. You can optionally
     * enable detailed monitoring to help you more quickly identify and act on operational issues.
     * You can enable or turn off detailed monitoring at launch or when the managed instance is
     * running or stopped. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/detailed-monitoring-managed-instances.html">Detailed
     * monitoring for Amazon ECS Managed Instances</a> in the Amazon ECS Developer Guide.
     *
     * <p>Allowed values: {@code BASIC}, {@code DETAILED}. CloudFormation property {@code
     * Monitoring}.
     */
    public InstanceLaunchTemplate monitoring(String value) {
      return set("Monitoring", Value.of(value));
    }

    /** Sets {@code Monitoring} to this value; see {@link #monitoring(String)}. */
    public InstanceLaunchTemplate monitoring(Value<String> value) {
      return set("Monitoring", value);
    }

    /**
     * The network configuration for Amazon ECS Managed Instances. This specifies the subnets and
     * security groups that instances use for network connectivity.
     *
     * <p>Required. CloudFormation property {@code NetworkConfiguration}.
     */
    public InstanceLaunchTemplate networkConfiguration(Value<ManagedInstancesNetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /**
     * The storage configuration for Amazon ECS Managed Instances. This defines the root volume size
     * and type for the instances.
     *
     * <p>CloudFormation property {@code StorageConfiguration}.
     */
    public InstanceLaunchTemplate storageConfiguration(Value<ManagedInstancesStorageConfiguration> value) {
      return set("StorageConfiguration", value);
    }
  }

  /**
   * The instance requirements for attribute-based instance type selection. Instead of specifying
   * exact instance types, you define requirements such as vCPU count, memory size, network
   * performance, and accelerator specifications. Amazon ECS automatically selects Amazon EC2
   * instance types that match these requirements, providing flexibility and helping to mitigate
   * capacity constraints.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.InstanceRequirementsRequest}.
   */
  public static final class InstanceRequirementsRequest extends Struct<InstanceRequirementsRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.InstanceRequirementsRequest")
        .required("MemoryMiB", "VCpuCount")
        .allowed("AcceleratorManufacturers", "amazon-web-services", "amd", "habana", "nvidia",
            "xilinx")
        .allowed("AcceleratorNames", "a10g", "a100", "h100", "inferentia", "k520", "k80", "m60",
            "radeon-pro-v520", "t4", "t4g", "vu9p", "v100", "l40s", "l4", "gaudi-hl-205",
            "inferentia2", "trainium", "trainium2", "u30")
        .allowed("AcceleratorTypes", "gpu", "fpga", "inference")
        .constrain("AllowedInstanceTypes", Constraint.of().pattern("[a-zA-Z0-9\\.\\*]+").minLength(1).maxLength(30))
        .allowed("BareMetal", "included", "required", "excluded")
        .allowed("BurstablePerformance", "included", "required", "excluded")
        .allowed("CpuManufacturers", "intel", "amd", "amazon-web-services")
        .constrain("ExcludedInstanceTypes", Constraint.of().pattern("[a-zA-Z0-9\\.\\*]+").minLength(1).maxLength(30))
        .allowed("InstanceGenerations", "current", "previous")
        .allowed("LocalStorage", "included", "required", "excluded")
        .allowed("LocalStorageTypes", "hdd", "ssd")
        .build();

    public InstanceRequirementsRequest() {
      super(SCHEMA);
    }

    /**
     * The minimum and maximum number of accelerators for the instance types. This is used when you
     * need instances with specific numbers of GPUs or other accelerators.
     *
     * <p>CloudFormation property {@code AcceleratorCount}.
     */
    public InstanceRequirementsRequest acceleratorCount(Value<AcceleratorCountRequest> value) {
      return set("AcceleratorCount", value);
    }

    /**
     * The accelerator manufacturers to include. You can specify <code>nvidia</code> ,
     * <code>amd</code> , <code>amazon-web-services</code> , or <code>xilinx</code> depending on
     * your accelerator requirements.
     *
     * <p>Allowed values: {@code amazon-web-services}, {@code amd}, {@code habana}, {@code nvidia},
     * {@code xilinx}. CloudFormation property {@code AcceleratorManufacturers}.
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
     * The specific accelerator names to include. For example, you can specify <code>a100</code> ,
     * <code>v100</code> , <code>k80</code> , or other specific accelerator models.
     *
     * <p>Allowed values: {@code a10g}, {@code a100}, {@code h100}, {@code inferentia}, {@code
     * k520}, {@code k80}, {@code m60}, {@code radeon-pro-v520}, {@code t4}, {@code t4g}, {@code
     * vu9p}, {@code v100}, {@code l40s}, {@code l4}, {@code gaudi-hl-205}, {@code inferentia2},
     * {@code trainium}, {@code trainium2}, {@code u30}. CloudFormation property {@code
     * AcceleratorNames}.
     */
    public InstanceRequirementsRequest acceleratorNames(List<String> value) {
      return set("AcceleratorNames", Value.listOf(value));
    }

    /** Sets {@code AcceleratorNames} to this value; see {@link #acceleratorNames(List)}. */
    public InstanceRequirementsRequest acceleratorNames(Value<List<String>> value) {
      return set("AcceleratorNames", value);
    }

    /**
     * The minimum and maximum total accelerator memory in mebibytes (MiB). This is important for
     * GPU workloads that require specific amounts of video memory.
     *
     * <p>CloudFormation property {@code AcceleratorTotalMemoryMiB}.
     */
    public InstanceRequirementsRequest acceleratorTotalMemoryMiB(Value<AcceleratorTotalMemoryMiBRequest> value) {
      return set("AcceleratorTotalMemoryMiB", value);
    }

    /**
     * The accelerator types to include. You can specify <code>gpu</code> for graphics processing
     * units, <code>fpga</code> for field programmable gate arrays, or <code>inference</code> for
     * machine learning inference accelerators.
     *
     * <p>Allowed values: {@code gpu}, {@code fpga}, {@code inference}. CloudFormation property
     * {@code AcceleratorTypes}.
     */
    public InstanceRequirementsRequest acceleratorTypes(List<String> value) {
      return set("AcceleratorTypes", Value.listOf(value));
    }

    /** Sets {@code AcceleratorTypes} to this value; see {@link #acceleratorTypes(List)}. */
    public InstanceRequirementsRequest acceleratorTypes(Value<List<String>> value) {
      return set("AcceleratorTypes", value);
    }

    /**
     * The instance types to include in the selection. When specified, Amazon ECS only considers
     * these instance types, subject to the other requirements specified.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code [a-zA-Z0-9&#92;.&#92;*]+}. CloudFormation
     * property {@code AllowedInstanceTypes}.
     */
    public InstanceRequirementsRequest allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirementsRequest allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }

    /**
     * Indicates whether to include bare metal instance types. Set to <code>included</code> to allow
     * bare metal instances, <code>excluded</code> to exclude them, or <code>required</code> to use
     * only bare metal instances.
     *
     * <p>Allowed values: {@code included}, {@code required}, {@code excluded}. CloudFormation
     * property {@code BareMetal}.
     */
    public InstanceRequirementsRequest bareMetal(String value) {
      return set("BareMetal", Value.of(value));
    }

    /** Sets {@code BareMetal} to this value; see {@link #bareMetal(String)}. */
    public InstanceRequirementsRequest bareMetal(Value<String> value) {
      return set("BareMetal", value);
    }

    /**
     * The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps). This is
     * important for workloads with high storage I/O requirements.
     *
     * <p>CloudFormation property {@code BaselineEbsBandwidthMbps}.
     */
    public InstanceRequirementsRequest baselineEbsBandwidthMbps(Value<BaselineEbsBandwidthMbpsRequest> value) {
      return set("BaselineEbsBandwidthMbps", value);
    }

    /**
     * Indicates whether to include burstable performance instance types (T2, T3, T3a, T4g). Set to
     * <code>included</code> to allow burstable instances, <code>excluded</code> to exclude them, or
     * <code>required</code> to use only burstable instances.
     *
     * <p>Allowed values: {@code included}, {@code required}, {@code excluded}. CloudFormation
     * property {@code BurstablePerformance}.
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
     * The CPU manufacturers to include or exclude. You can specify <code>intel</code> ,
     * <code>amd</code> , or <code>amazon-web-services</code> to control which CPU types are used
     * for your workloads.
     *
     * <p>Allowed values: {@code intel}, {@code amd}, {@code amazon-web-services}. CloudFormation
     * property {@code CpuManufacturers}.
     */
    public InstanceRequirementsRequest cpuManufacturers(List<String> value) {
      return set("CpuManufacturers", Value.listOf(value));
    }

    /** Sets {@code CpuManufacturers} to this value; see {@link #cpuManufacturers(List)}. */
    public InstanceRequirementsRequest cpuManufacturers(Value<List<String>> value) {
      return set("CpuManufacturers", value);
    }

    /**
     * The instance types to exclude from selection. Use this to prevent Amazon ECS from selecting
     * specific instance types that may not be suitable for your workloads.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code [a-zA-Z0-9&#92;.&#92;*]+}. CloudFormation
     * property {@code ExcludedInstanceTypes}.
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
     * The instance generations to include. You can specify <code>current</code> to use the latest
     * generation instances, or <code>previous</code> to include previous generation instances for
     * cost optimization.
     *
     * <p>Allowed values: {@code current}, {@code previous}. CloudFormation property {@code
     * InstanceGenerations}.
     */
    public InstanceRequirementsRequest instanceGenerations(List<String> value) {
      return set("InstanceGenerations", Value.listOf(value));
    }

    /** Sets {@code InstanceGenerations} to this value; see {@link #instanceGenerations(List)}. */
    public InstanceRequirementsRequest instanceGenerations(Value<List<String>> value) {
      return set("InstanceGenerations", value);
    }

    /**
     * Indicates whether to include instance types with local storage. Set to <code>included</code>
     * to allow local storage, <code>excluded</code> to exclude it, or <code>required</code> to use
     * only instances with local storage.
     *
     * <p>Allowed values: {@code included}, {@code required}, {@code excluded}. CloudFormation
     * property {@code LocalStorage}.
     */
    public InstanceRequirementsRequest localStorage(String value) {
      return set("LocalStorage", Value.of(value));
    }

    /** Sets {@code LocalStorage} to this value; see {@link #localStorage(String)}. */
    public InstanceRequirementsRequest localStorage(Value<String> value) {
      return set("LocalStorage", value);
    }

    /**
     * The local storage types to include. You can specify <code>hdd</code> for hard disk drives,
     * <code>ssd</code> for solid state drives, or both.
     *
     * <p>Allowed values: {@code hdd}, {@code ssd}. CloudFormation property {@code
     * LocalStorageTypes}.
     */
    public InstanceRequirementsRequest localStorageTypes(List<String> value) {
      return set("LocalStorageTypes", Value.listOf(value));
    }

    /** Sets {@code LocalStorageTypes} to this value; see {@link #localStorageTypes(List)}. */
    public InstanceRequirementsRequest localStorageTypes(Value<List<String>> value) {
      return set("LocalStorageTypes", value);
    }

    /**
     * The maximum price for Spot instances as a percentage of the optimal On-Demand price. This
     * provides more precise cost control for Spot instance selection.
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
     * The minimum and maximum amount of memory per vCPU in gibibytes (GiB). This helps ensure that
     * instance types have the appropriate memory-to-CPU ratio for your workloads.
     *
     * <p>CloudFormation property {@code MemoryGiBPerVCpu}.
     */
    public InstanceRequirementsRequest memoryGiBPerVCpu(Value<MemoryGiBPerVCpuRequest> value) {
      return set("MemoryGiBPerVCpu", value);
    }

    /**
     * The minimum and maximum amount of memory in mebibytes (MiB) for the instance types. Amazon
     * ECS selects instance types that have memory within this range.
     *
     * <p>Required. CloudFormation property {@code MemoryMiB}.
     */
    public InstanceRequirementsRequest memoryMiB(Value<MemoryMiBRequest> value) {
      return set("MemoryMiB", value);
    }

    /**
     * The minimum and maximum network bandwidth in gigabits per second (Gbps). This is crucial for
     * network-intensive workloads that require high throughput.
     *
     * <p>CloudFormation property {@code NetworkBandwidthGbps}.
     */
    public InstanceRequirementsRequest networkBandwidthGbps(Value<NetworkBandwidthGbpsRequest> value) {
      return set("NetworkBandwidthGbps", value);
    }

    /**
     * The minimum and maximum number of network interfaces for the instance types. This is useful
     * for workloads that require multiple network interfaces.
     *
     * <p>CloudFormation property {@code NetworkInterfaceCount}.
     */
    public InstanceRequirementsRequest networkInterfaceCount(Value<NetworkInterfaceCountRequest> value) {
      return set("NetworkInterfaceCount", value);
    }

    /**
     * The price protection threshold for On-Demand Instances, as a percentage higher than an
     * identified On-Demand price. The identified On-Demand price is the price of the lowest priced
     * current generation C, M, or R instance type with your specified attributes. If no current
     * generation C, M, or R instance type matches your attributes, then the identified price is
     * from either the lowest priced current generation instance types or, failing that, the lowest
     * priced previous generation instance types that match your attributes. When Amazon ECS selects
     * instance types with your attributes, we will exclude instance types whose price exceeds your
     * specified threshold.
     *
     * <p>CloudFormation property {@code OnDemandMaxPricePercentageOverLowestPrice}.
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
     * Indicates whether the instance types must support hibernation. When set to <code>true</code>
     * , only instance types that support hibernation are selected.
     *
     * <p>CloudFormation property {@code RequireHibernateSupport}.
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
     * The maximum price for Spot instances as a percentage over the lowest priced On-Demand
     * instance. This helps control Spot instance costs while maintaining access to capacity.
     *
     * <p>CloudFormation property {@code SpotMaxPricePercentageOverLowestPrice}.
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
     * The minimum and maximum total local storage in gigabytes (GB) for instance types with local
     * storage.
     *
     * <p>CloudFormation property {@code TotalLocalStorageGB}.
     */
    public InstanceRequirementsRequest totalLocalStorageGB(Value<TotalLocalStorageGBRequest> value) {
      return set("TotalLocalStorageGB", value);
    }

    /**
     * The minimum and maximum number of vCPUs for the instance types. Amazon ECS selects instance
     * types that have vCPU counts within this range.
     *
     * <p>Required. CloudFormation property {@code VCpuCount}.
     */
    public InstanceRequirementsRequest vCpuCount(Value<VCpuCountRangeRequest> value) {
      return set("VCpuCount", value);
    }
  }

  /** Property type {@code AWS::ECS::CapacityProvider.ManagedInstancesLocalStorageConfiguration}. */
  public static final class ManagedInstancesLocalStorageConfiguration extends Struct<ManagedInstancesLocalStorageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.ManagedInstancesLocalStorageConfiguration");

    public ManagedInstancesLocalStorageConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code UseLocalStorage}. */
    public ManagedInstancesLocalStorageConfiguration useLocalStorage(boolean value) {
      return set("UseLocalStorage", Value.of(value));
    }

    /** Sets {@code UseLocalStorage} to this value; see {@link #useLocalStorage(boolean)}. */
    public ManagedInstancesLocalStorageConfiguration useLocalStorage(Value<Boolean> value) {
      return set("UseLocalStorage", value);
    }
  }

  /**
   * The network configuration for Amazon ECS Managed Instances. This specifies the VPC subnets and
   * security groups that instances use for network connectivity. Amazon ECS Managed Instances
   * support multiple network modes including <code>awsvpc</code> (instances receive ENIs for task
   * isolation), <code>host</code> (instances share network namespace with tasks), and
   * <code>none</code> (no external network connectivity), ensuring backward compatibility for
   * migrating workloads from Fargate or Amazon EC2.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.ManagedInstancesNetworkConfiguration}.
   */
  public static final class ManagedInstancesNetworkConfiguration extends Struct<ManagedInstancesNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.ManagedInstancesNetworkConfiguration")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public ManagedInstancesNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of security group IDs to apply to Amazon ECS Managed Instances. These security
     * groups control the network traffic allowed to and from the instances.
     *
     * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroups}.
     */
    public ManagedInstancesNetworkConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public ManagedInstancesNetworkConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * The list of subnet IDs where Amazon ECS can launch Amazon ECS Managed Instances. Instances
     * are distributed across the specified subnets for high availability. All subnets must be in
     * the same VPC.
     *
     * <p>Required. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public ManagedInstancesNetworkConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public ManagedInstancesNetworkConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * The configuration for a Amazon ECS Managed Instances provider. Amazon ECS uses this
   * configuration to automatically launch, manage, and terminate Amazon EC2 instances on your
   * behalf. Managed instances provide access to the full range of Amazon EC2 instance types and
   * features while offloading infrastructure management to AWS .
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.ManagedInstancesProvider}.
   */
  public static final class ManagedInstancesProvider extends Struct<ManagedInstancesProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.ManagedInstancesProvider")
        .required("InfrastructureRoleArn", "InstanceLaunchTemplate")
        .constrain("InfrastructureRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .allowed("PropagateTags", "CAPACITY_PROVIDER", "NONE")
        .build();

    public ManagedInstancesProvider() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AutoRepairConfiguration}. */
    public ManagedInstancesProvider autoRepairConfiguration(Value<AutoRepairConfiguration> value) {
      return set("AutoRepairConfiguration", value);
    }

    /**
     * Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity
     * provider. Configure it to turn on or off the infrastructure optimization in your capacity
     * provider, and to control the idle or underutilized EC2 instances optimization delay.
     *
     * <p>CloudFormation property {@code InfrastructureOptimization}.
     */
    public ManagedInstancesProvider infrastructureOptimization(Value<InfrastructureOptimization> value) {
      return set("InfrastructureOptimization", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS assumes to manage
     * instances. This role must include permissions for Amazon EC2 instance lifecycle management,
     * networking, and any additional AWS services required for your workloads.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html">Amazon
     * ECS infrastructure IAM role</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * InfrastructureRoleArn}.
     */
    public ManagedInstancesProvider infrastructureRoleArn(String value) {
      return set("InfrastructureRoleArn", Value.of(value));
    }

    /**
     * Sets {@code InfrastructureRoleArn} to this value; see {@link #infrastructureRoleArn(String)}.
     */
    public ManagedInstancesProvider infrastructureRoleArn(Value<String> value) {
      return set("InfrastructureRoleArn", value);
    }

    /**
     * The launch template that defines how Amazon ECS launches Amazon ECS Managed Instances. This
     * includes the instance profile for your tasks, network and storage configuration, and instance
     * requirements that determine which Amazon EC2 instance types can be used.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html">Store
     * instance launch parameters in Amazon EC2 launch templates</a> in the <em>Amazon EC2 User
     * Guide</em> .
     *
     * <p>Required. CloudFormation property {@code InstanceLaunchTemplate}.
     */
    public ManagedInstancesProvider instanceLaunchTemplate(Value<InstanceLaunchTemplate> value) {
      return set("InstanceLaunchTemplate", value);
    }

    /**
     * Determines whether tags from the capacity provider are automatically applied to Amazon ECS
     * Managed Instances. This helps with cost allocation and resource management by ensuring
     * consistent tagging across your infrastructure.
     *
     * <p>Allowed values: {@code CAPACITY_PROVIDER}, {@code NONE}. CloudFormation property {@code
     * PropagateTags}.
     */
    public ManagedInstancesProvider propagateTags(String value) {
      return set("PropagateTags", Value.of(value));
    }

    /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
    public ManagedInstancesProvider propagateTags(Value<String> value) {
      return set("PropagateTags", value);
    }
  }

  /**
   * The storage configuration for Amazon ECS Managed Instances. This defines the root volume
   * configuration for the instances.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.ManagedInstancesStorageConfiguration}.
   */
  public static final class ManagedInstancesStorageConfiguration extends Struct<ManagedInstancesStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.ManagedInstancesStorageConfiguration")
        .required("StorageSizeGiB")
        .constrain("StorageSizeGiB", Constraint.of().minimum(1))
        .build();

    public ManagedInstancesStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The size of the tasks volume.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code StorageSizeGiB}.
     */
    public ManagedInstancesStorageConfiguration storageSizeGiB(int value) {
      return set("StorageSizeGiB", Value.of(value));
    }

    /** Sets {@code StorageSizeGiB} to this value; see {@link #storageSizeGiB(int)}. */
    public ManagedInstancesStorageConfiguration storageSizeGiB(Value<Integer> value) {
      return set("StorageSizeGiB", value);
    }
  }

  /**
   * The managed scaling settings for the Auto Scaling group capacity provider.
   *
   * <p>When managed scaling is turned on, Amazon ECS manages the scale-in and scale-out actions of
   * the Auto Scaling group. Amazon ECS manages a target tracking scaling policy using an Amazon ECS
   * managed CloudWatch metric with the specified <code>targetCapacity</code> value as the target
   * value for the metric. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/asg-capacity-providers.html#asg-capacity-providers-managed-scaling">Using
   * managed scaling</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>If managed scaling is off, the user must manage the scaling of the Auto Scaling group.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.ManagedScaling}.
   */
  public static final class ManagedScaling extends Struct<ManagedScaling> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.ManagedScaling")
        .constrain("InstanceWarmupPeriod", Constraint.of().minimum(0).maximum(10000))
        .constrain("MaximumScalingStepSize", Constraint.of().minimum(1).maximum(10000))
        .constrain("MinimumScalingStepSize", Constraint.of().minimum(1).maximum(10000))
        .allowed("Status", "DISABLED", "ENABLED")
        .constrain("TargetCapacity", Constraint.of().minimum(1).maximum(100))
        .build();

    public ManagedScaling() {
      super(SCHEMA);
    }

    /**
     * The period of time, in seconds, after a newly launched Amazon EC2 instance can contribute to
     * CloudWatch metrics for Auto Scaling group. If this parameter is omitted, the default value of
     * <code>300</code> seconds is used.
     *
     * <p>Range: 0 to 10000. CloudFormation property {@code InstanceWarmupPeriod}.
     */
    public ManagedScaling instanceWarmupPeriod(int value) {
      return set("InstanceWarmupPeriod", Value.of(value));
    }

    /** Sets {@code InstanceWarmupPeriod} to this value; see {@link #instanceWarmupPeriod(int)}. */
    public ManagedScaling instanceWarmupPeriod(Value<Integer> value) {
      return set("InstanceWarmupPeriod", value);
    }

    /**
     * The maximum number of Amazon EC2 instances that Amazon ECS will scale out at one time. If
     * this parameter is omitted, the default value of <code>10000</code> is used.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code MaximumScalingStepSize}.
     */
    public ManagedScaling maximumScalingStepSize(int value) {
      return set("MaximumScalingStepSize", Value.of(value));
    }

    /**
     * Sets {@code MaximumScalingStepSize} to this value; see {@link #maximumScalingStepSize(int)}.
     */
    public ManagedScaling maximumScalingStepSize(Value<Integer> value) {
      return set("MaximumScalingStepSize", value);
    }

    /**
     * The minimum number of Amazon EC2 instances that Amazon ECS will scale out at one time. The
     * scale in process is not affected by this parameter If this parameter is omitted, the default
     * value of <code>1</code> is used.
     *
     * <p>When additional capacity is required, Amazon ECS will scale up the minimum scaling step
     * size even if the actual demand is less than the minimum scaling step size.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code MinimumScalingStepSize}.
     */
    public ManagedScaling minimumScalingStepSize(int value) {
      return set("MinimumScalingStepSize", Value.of(value));
    }

    /**
     * Sets {@code MinimumScalingStepSize} to this value; see {@link #minimumScalingStepSize(int)}.
     */
    public ManagedScaling minimumScalingStepSize(Value<Integer> value) {
      return set("MinimumScalingStepSize", value);
    }

    /**
     * Determines whether to use managed scaling for the capacity provider.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Status}.
     */
    public ManagedScaling status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ManagedScaling status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The target capacity utilization as a percentage for the capacity provider. The specified
     * value must be greater than <code>0</code> and less than or equal to <code>100</code> . For
     * example, if you want the capacity provider to maintain 10% spare capacity, then that means
     * the utilization is 90%, so use a <code>targetCapacity</code> of <code>90</code> . The default
     * value of <code>100</code> percent results in the Amazon EC2 instances in your Auto Scaling
     * group being completely used.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code TargetCapacity}.
     */
    public ManagedScaling targetCapacity(int value) {
      return set("TargetCapacity", Value.of(value));
    }

    /** Sets {@code TargetCapacity} to this value; see {@link #targetCapacity(int)}. */
    public ManagedScaling targetCapacity(Value<Integer> value) {
      return set("TargetCapacity", value);
    }
  }

  /**
   * The minimum and maximum amount of memory per vCPU in gibibytes (GiB). This helps ensure that
   * instance types have the appropriate memory-to-CPU ratio for your workloads.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.MemoryGiBPerVCpuRequest}.
   */
  public static final class MemoryGiBPerVCpuRequest extends Struct<MemoryGiBPerVCpuRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.MemoryGiBPerVCpuRequest");

    public MemoryGiBPerVCpuRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory per vCPU in GiB. Instance types with a higher memory-to-vCPU
     * ratio are excluded from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public MemoryGiBPerVCpuRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public MemoryGiBPerVCpuRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory per vCPU in GiB. Instance types with a lower memory-to-vCPU
     * ratio are excluded from selection.
     *
     * <p>CloudFormation property {@code Min}.
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
   * The minimum and maximum amount of memory in mebibytes (MiB) for instance type selection. This
   * ensures that selected instance types have adequate memory for your workloads.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.MemoryMiBRequest}.
   */
  public static final class MemoryMiBRequest extends Struct<MemoryMiBRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.MemoryMiBRequest")
        .required("Min")
        .build();

    public MemoryMiBRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory in MiB. Instance types with more memory than this value are
     * excluded from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public MemoryMiBRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public MemoryMiBRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory in MiB. Instance types with less memory than this value are
     * excluded from selection.
     *
     * <p>Required. CloudFormation property {@code Min}.
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
   * The minimum and maximum network bandwidth in gigabits per second (Gbps) for instance type
   * selection. This is important for network-intensive workloads.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.NetworkBandwidthGbpsRequest}.
   */
  public static final class NetworkBandwidthGbpsRequest extends Struct<NetworkBandwidthGbpsRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.NetworkBandwidthGbpsRequest");

    public NetworkBandwidthGbpsRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum network bandwidth in Gbps. Instance types with higher network bandwidth are
     * excluded from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public NetworkBandwidthGbpsRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public NetworkBandwidthGbpsRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum network bandwidth in Gbps. Instance types with lower network bandwidth are
     * excluded from selection.
     *
     * <p>CloudFormation property {@code Min}.
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
   * The minimum and maximum number of network interfaces for instance type selection. This is
   * useful for workloads that require multiple network interfaces.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.NetworkInterfaceCountRequest}.
   */
  public static final class NetworkInterfaceCountRequest extends Struct<NetworkInterfaceCountRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.NetworkInterfaceCountRequest");

    public NetworkInterfaceCountRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of network interfaces. Instance types that support more network interfaces
     * are excluded from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public NetworkInterfaceCountRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public NetworkInterfaceCountRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of network interfaces. Instance types that support fewer network
     * interfaces are excluded from selection.
     *
     * <p>CloudFormation property {@code Min}.
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
   * The minimum and maximum total local storage in gigabytes (GB) for instance types with local
   * storage. This is useful for workloads that require local storage for temporary data or caching.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.TotalLocalStorageGBRequest}.
   */
  public static final class TotalLocalStorageGBRequest extends Struct<TotalLocalStorageGBRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::CapacityProvider.TotalLocalStorageGBRequest");

    public TotalLocalStorageGBRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum total local storage in GB. Instance types with more local storage are excluded
     * from selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public TotalLocalStorageGBRequest max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public TotalLocalStorageGBRequest max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum total local storage in GB. Instance types with less local storage are excluded
     * from selection.
     *
     * <p>CloudFormation property {@code Min}.
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
   * The minimum and maximum number of vCPUs for instance type selection. This allows you to specify
   * a range of vCPU counts that meet your workload requirements.
   *
   * <p>Property type {@code AWS::ECS::CapacityProvider.VCpuCountRangeRequest}.
   */
  public static final class VCpuCountRangeRequest extends Struct<VCpuCountRangeRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::CapacityProvider.VCpuCountRangeRequest")
        .required("Min")
        .build();

    public VCpuCountRangeRequest() {
      super(SCHEMA);
    }

    /**
     * The maximum number of vCPUs. Instance types with more vCPUs than this value are excluded from
     * selection.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public VCpuCountRangeRequest max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public VCpuCountRangeRequest max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of vCPUs. Instance types with fewer vCPUs than this value are excluded
     * from selection.
     *
     * <p>Required. CloudFormation property {@code Min}.
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
