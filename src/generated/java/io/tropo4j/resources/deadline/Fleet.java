// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a fleet. Fleets gather information relating to compute, or capacity, for renders within
 * your farms. You can choose to manage your own capacity or opt to have fleets fully managed by
 * Deadline Cloud.
 *
 * <p>CloudFormation type {@code AWS::Deadline::Fleet}.
 */
public final class Fleet extends Resource<Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet")
      .required("Configuration", "DisplayName", "FarmId", "MaxWorkerCount", "RoleArn")
      .constrain("Description", Constraint.of().minLength(0).maxLength(100))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("MaxWorkerCount", Constraint.of().minimum(0).maximum(2147483647))
      .constrain("MinWorkerCount", Constraint.of().minimum(0).maximum(2147483647))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::\\d{12}:role(/[!-.0-~]+)*/[\\w+=,.@-]+$").format("AWS::IAM::Role.Arn"))
      .refYields("Arn")
      .attributes("Arn", "Capabilities", "FleetId", "Status", "StatusMessage", "WorkerCount")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration details for the fleet.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public Fleet configuration(Value<FleetConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * A description that helps identify what the fleet is used for.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Length: 0 to 100 characters. Default: {@code ""}. CloudFormation property {@code
   * Description}.
   */
  public Fleet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Fleet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the fleet summary to update.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Fleet displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Fleet displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The farm ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public Fleet farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public Fleet farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * Provides a script that runs as a worker is starting up that you can use to provide additional
   * configuration for workers in your fleet.
   *
   * <p>To remove a script from a fleet, use the <a
   * href="https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateFleet.html">UpdateFleet</a>
   * operation with the <code>hostConfiguration</code> <code>scriptBody</code> parameter set to an
   * empty string ("").
   *
   * <p>CloudFormation property {@code HostConfiguration}.
   */
  public Fleet hostConfiguration(Value<HostConfiguration> value) {
    return set("HostConfiguration", value);
  }

  /**
   * The maximum number of workers specified in the fleet.
   *
   * <p>Required. Range: 0 to 2147483647. CloudFormation property {@code MaxWorkerCount}.
   */
  public Fleet maxWorkerCount(int value) {
    return set("MaxWorkerCount", Value.of(value));
  }

  /** Sets {@code MaxWorkerCount} to this value; see {@link #maxWorkerCount(int)}. */
  public Fleet maxWorkerCount(Value<Integer> value) {
    return set("MaxWorkerCount", value);
  }

  /**
   * The minimum number of workers in the fleet.
   *
   * <p>Range: 0 to 2147483647. Default: {@code 0}. CloudFormation property {@code MinWorkerCount}.
   */
  public Fleet minWorkerCount(int value) {
    return set("MinWorkerCount", Value.of(value));
  }

  /** Sets {@code MinWorkerCount} to this value; see {@link #minWorkerCount(int)}. */
  public Fleet minWorkerCount(Value<Integer> value) {
    return set("MinWorkerCount", value);
  }

  /**
   * The IAM role that workers in the fleet use when processing jobs.
   *
   * <p>Required. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):iam::&#92;d{12}:role(/[!-.0-~]+)*&#47;[&#92;w+=,.&#64;-]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Fleet roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Fleet roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags to add to your fleet. Each tag consists of a tag key and a tag value. Tag keys and
   * values are both required, but tag values can be empty strings.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Fleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Fleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Fleet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) assigned to the fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Capabilities}. */
  public Value<FleetCapabilities> capabilities() {
    return getAtt("Capabilities");
  }

  /**
   * The fleet ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FleetId}.
   */
  public Value<String> fleetId() {
    return getAtt("FleetId");
  }

  /**
   * The status of the fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A message that communicates a suspended status of the fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * The number of workers in the fleet summary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkerCount}.
   */
  public Value<Integer> workerCount() {
    return getAtt("WorkerCount");
  }

  /**
   * Provides information about the GPU accelerators used for jobs processed by a fleet.
   *
   * <p>Accelerator capabilities cannot be used with wait-and-save fleets. If you specify
   * accelerator capabilities, you must use either spot or on-demand instance market options. &gt;
   * Each accelerator type maps to specific EC2 instance families: - <code>t4</code> : Uses G4dn
   * instance family - <code>a10g</code> : Uses G5 instance family - <code>l4</code> : Uses G6 and
   * Gr6 instance families - <code>l40s</code> : Uses G6e instance family
   *
   * <p>Property type {@code AWS::Deadline::Fleet.AcceleratorCapabilities}.
   */
  public static final class AcceleratorCapabilities extends Struct<AcceleratorCapabilities> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.AcceleratorCapabilities")
        .required("Selections")
        .build();

    public AcceleratorCapabilities() {
      super(SCHEMA);
    }

    /**
     * The number of GPU accelerators specified for worker hosts in this fleet.
     *
     * <p>You must specify either <code>acceleratorCapabilities.count.max</code> or
     * <code>allowedInstanceTypes</code> when using accelerator capabilities. If you don't specify a
     * maximum count, AWS Deadline Cloud uses the instance types you specify in
     * <code>allowedInstanceTypes</code> to determine the maximum number of accelerators.
     *
     * <p>CloudFormation property {@code Count}.
     */
    public AcceleratorCapabilities count(Value<AcceleratorCountRange> value) {
      return set("Count", value);
    }

    /**
     * A list of accelerator capabilities requested for this fleet. Only Amazon Elastic Compute
     * Cloud instances that provide these capabilities will be used. For example, if you specify
     * both L4 and T4 chips, AWS Deadline Cloud will use Amazon EC2 instances that have either the
     * L4 or the T4 chip installed.
     *
     * <p>- You must specify at least one accelerator selection. - You cannot specify the same
     * accelerator name multiple times in the selections list. - All accelerators in the selections
     * must use the same runtime version.
     *
     * <p>Required. CloudFormation property {@code Selections}.
     */
    public AcceleratorCapabilities selections(List<AcceleratorSelection> value) {
      return set("Selections", Value.listOf(value));
    }

    /** Sets {@code Selections} to this value; see {@link #selections(List)}. */
    public AcceleratorCapabilities selections(Value<List<AcceleratorSelection>> value) {
      return set("Selections", value);
    }

    /** Sets {@code Selections} to a list of these; see {@link #selections(List)}. */
    public AcceleratorCapabilities selections(AcceleratorSelection... values) {
      return set("Selections", Value.list(values));
    }
  }

  /**
   * Defines the maximum and minimum number of GPU accelerators required for a worker instance..
   *
   * <p>Property type {@code AWS::Deadline::Fleet.AcceleratorCountRange}.
   */
  public static final class AcceleratorCountRange extends Struct<AcceleratorCountRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.AcceleratorCountRange")
        .required("Min")
        .build();

    public AcceleratorCountRange() {
      super(SCHEMA);
    }

    /**
     * The maximum number of GPU accelerators in the worker host.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public AcceleratorCountRange max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorCountRange max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum number of GPU accelerators in the worker host.
     *
     * <p>Required. CloudFormation property {@code Min}.
     */
    public AcceleratorCountRange min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorCountRange min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * Describes a specific GPU accelerator required for an Amazon Elastic Compute Cloud worker host.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.AcceleratorSelection}.
   */
  public static final class AcceleratorSelection extends Struct<AcceleratorSelection> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.AcceleratorSelection")
        .required("Name")
        .allowed("Name", "t4", "a10g", "l4", "l40s", "rtx-pro-server-6000")
        .build();

    public AcceleratorSelection() {
      super(SCHEMA);
    }

    /**
     * The name of the chip used by the GPU accelerator.
     *
     * <p>The available GPU accelerators are:
     *
     * <ul> <li><code>t4</code> - NVIDIA T4 Tensor Core GPU (16 GiB memory) <li><code>a10g</code> -
     * NVIDIA A10G Tensor Core GPU (24 GiB memory) <li><code>l4</code> - NVIDIA L4 Tensor Core GPU
     * (24 GiB memory) <li><code>l40s</code> - NVIDIA L40S Tensor Core GPU (48 GiB memory) </ul>
     *
     * <p>Required. Allowed values: {@code t4}, {@code a10g}, {@code l4}, {@code l40s}, {@code
     * rtx-pro-server-6000}. CloudFormation property {@code Name}.
     */
    public AcceleratorSelection name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AcceleratorSelection name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the runtime driver to use for the GPU accelerator. You must use the same runtime
     * for all GPUs in a fleet.
     *
     * <p>You can choose from the following runtimes:
     *
     * <ul> <li><code>latest</code> - Use the latest runtime available for the chip. If you specify
     * <code>latest</code> and a new version of the runtime is released, the new version of the
     * runtime is used. <li><code>grid:r570</code> - <a
     * href="https://docs.aws.amazon.com/https://docs.nvidia.com/vgpu/18.0/index.html">NVIDIA vGPU
     * software 18</a> <li><code>grid:r535</code> - <a
     * href="https://docs.aws.amazon.com/https://docs.nvidia.com/vgpu/16.0/index.html">NVIDIA vGPU
     * software 16</a> </ul>
     *
     * <p>If you don't specify a runtime, AWS Deadline Cloud uses <code>latest</code> as the
     * default. However, if you have multiple accelerators and specify <code>latest</code> for some
     * and leave others blank, AWS Deadline Cloud raises an exception.
     *
     * <p>Not all runtimes are compatible with all accelerator types: - <code>t4</code> and
     * <code>a10g</code> : Support all runtimes ( <code>grid:r570</code> , <code>grid:r535</code> )
     * - <code>l4</code> and <code>l40s</code> : Only support <code>grid:r570</code> and newer All
     * accelerators in a fleet must use the same runtime version. You cannot mix different runtime
     * versions within a single fleet. &gt; When you specify <code>latest</code> , it resolves to
     * <code>grid:r570</code> for all currently supported accelerators.
     *
     * <p>CloudFormation property {@code Runtime}.
     */
    public AcceleratorSelection runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public AcceleratorSelection runtime(Value<String> value) {
      return set("Runtime", value);
    }
  }

  /**
   * Defines the maximum and minimum amount of memory, in MiB, to use for the accelerator.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.AcceleratorTotalMemoryMiBRange}.
   */
  public static final class AcceleratorTotalMemoryMiBRange extends Struct<AcceleratorTotalMemoryMiBRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.AcceleratorTotalMemoryMiBRange")
        .required("Min")
        .build();

    public AcceleratorTotalMemoryMiBRange() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory to use for the accelerator, measured in MiB.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public AcceleratorTotalMemoryMiBRange max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public AcceleratorTotalMemoryMiBRange max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory to use for the accelerator, measured in MiB.
     *
     * <p>Required. CloudFormation property {@code Min}.
     */
    public AcceleratorTotalMemoryMiBRange min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public AcceleratorTotalMemoryMiBRange min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /** Property type {@code AWS::Deadline::Fleet.CustomerManagedAutoScalingConfiguration}. */
  public static final class CustomerManagedAutoScalingConfiguration extends Struct<CustomerManagedAutoScalingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Fleet.CustomerManagedAutoScalingConfiguration");

    public CustomerManagedAutoScalingConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ScaleOutWorkersPerMinute}. */
    public CustomerManagedAutoScalingConfiguration scaleOutWorkersPerMinute(int value) {
      return set("ScaleOutWorkersPerMinute", Value.of(value));
    }

    /**
     * Sets {@code ScaleOutWorkersPerMinute} to this value; see {@link
     * #scaleOutWorkersPerMinute(int)}.
     */
    public CustomerManagedAutoScalingConfiguration scaleOutWorkersPerMinute(Value<Integer> value) {
      return set("ScaleOutWorkersPerMinute", value);
    }

    /** CloudFormation property {@code StandbyWorkerCount}. */
    public CustomerManagedAutoScalingConfiguration standbyWorkerCount(int value) {
      return set("StandbyWorkerCount", Value.of(value));
    }

    /** Sets {@code StandbyWorkerCount} to this value; see {@link #standbyWorkerCount(int)}. */
    public CustomerManagedAutoScalingConfiguration standbyWorkerCount(Value<Integer> value) {
      return set("StandbyWorkerCount", value);
    }

    /** CloudFormation property {@code WorkerIdleDurationSeconds}. */
    public CustomerManagedAutoScalingConfiguration workerIdleDurationSeconds(int value) {
      return set("WorkerIdleDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code WorkerIdleDurationSeconds} to this value; see {@link
     * #workerIdleDurationSeconds(int)}.
     */
    public CustomerManagedAutoScalingConfiguration workerIdleDurationSeconds(Value<Integer> value) {
      return set("WorkerIdleDurationSeconds", value);
    }
  }

  /**
   * The configuration details for a customer managed fleet.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.CustomerManagedFleetConfiguration}.
   */
  public static final class CustomerManagedFleetConfiguration extends Struct<CustomerManagedFleetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.CustomerManagedFleetConfiguration")
        .required("Mode", "WorkerCapabilities")
        .allowed("Mode", "NO_SCALING", "EVENT_BASED_AUTO_SCALING")
        .allowed("TagPropagationMode", "NO_PROPAGATION", "PROPAGATE_TAGS_TO_WORKERS_AT_LAUNCH")
        .build();

    public CustomerManagedFleetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AutoScalingConfiguration}. */
    public CustomerManagedFleetConfiguration autoScalingConfiguration(Value<CustomerManagedAutoScalingConfiguration> value) {
      return set("AutoScalingConfiguration", value);
    }

    /**
     * The Auto Scaling mode for the customer managed fleet.
     *
     * <p>Required. Allowed values: {@code NO_SCALING}, {@code EVENT_BASED_AUTO_SCALING}.
     * CloudFormation property {@code Mode}.
     */
    public CustomerManagedFleetConfiguration mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public CustomerManagedFleetConfiguration mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The storage profile ID for the customer managed fleet.
     *
     * <p>CloudFormation property {@code StorageProfileId}.
     */
    public CustomerManagedFleetConfiguration storageProfileId(String value) {
      return set("StorageProfileId", Value.of(value));
    }

    /** Sets {@code StorageProfileId} to this value; see {@link #storageProfileId(String)}. */
    public CustomerManagedFleetConfiguration storageProfileId(Value<String> value) {
      return set("StorageProfileId", value);
    }

    /**
     * The tag propagation mode for the customer managed fleet.
     *
     * <p>Allowed values: {@code NO_PROPAGATION}, {@code PROPAGATE_TAGS_TO_WORKERS_AT_LAUNCH}.
     * CloudFormation property {@code TagPropagationMode}.
     */
    public CustomerManagedFleetConfiguration tagPropagationMode(String value) {
      return set("TagPropagationMode", Value.of(value));
    }

    /** Sets {@code TagPropagationMode} to this value; see {@link #tagPropagationMode(String)}. */
    public CustomerManagedFleetConfiguration tagPropagationMode(Value<String> value) {
      return set("TagPropagationMode", value);
    }

    /**
     * The worker capabilities for the customer managed fleet.
     *
     * <p>Required. CloudFormation property {@code WorkerCapabilities}.
     */
    public CustomerManagedFleetConfiguration workerCapabilities(Value<CustomerManagedWorkerCapabilities> value) {
      return set("WorkerCapabilities", value);
    }
  }

  /**
   * The worker capabilities for a customer managed workflow.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.CustomerManagedWorkerCapabilities}.
   */
  public static final class CustomerManagedWorkerCapabilities extends Struct<CustomerManagedWorkerCapabilities> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.CustomerManagedWorkerCapabilities")
        .required("CpuArchitectureType", "MemoryMiB", "OsFamily", "VCpuCount")
        .allowed("AcceleratorTypes", "gpu")
        .allowed("CpuArchitectureType", "x86_64", "arm64")
        .allowed("OsFamily", "WINDOWS", "LINUX", "MACOS")
        .build();

    public CustomerManagedWorkerCapabilities() {
      super(SCHEMA);
    }

    /**
     * The range of the accelerator.
     *
     * <p>CloudFormation property {@code AcceleratorCount}.
     */
    public CustomerManagedWorkerCapabilities acceleratorCount(Value<AcceleratorCountRange> value) {
      return set("AcceleratorCount", value);
    }

    /**
     * The total memory (MiB) for the customer managed worker capabilities.
     *
     * <p>CloudFormation property {@code AcceleratorTotalMemoryMiB}.
     */
    public CustomerManagedWorkerCapabilities acceleratorTotalMemoryMiB(Value<AcceleratorTotalMemoryMiBRange> value) {
      return set("AcceleratorTotalMemoryMiB", value);
    }

    /**
     * The accelerator types for the customer managed worker capabilities.
     *
     * <p>Allowed values: {@code gpu}. CloudFormation property {@code AcceleratorTypes}.
     */
    public CustomerManagedWorkerCapabilities acceleratorTypes(List<String> value) {
      return set("AcceleratorTypes", Value.listOf(value));
    }

    /** Sets {@code AcceleratorTypes} to this value; see {@link #acceleratorTypes(List)}. */
    public CustomerManagedWorkerCapabilities acceleratorTypes(Value<List<String>> value) {
      return set("AcceleratorTypes", value);
    }

    /**
     * The CPU architecture type for the customer managed worker capabilities.
     *
     * <p>Required. Allowed values: {@code x86_64}, {@code arm64}. CloudFormation property {@code
     * CpuArchitectureType}.
     */
    public CustomerManagedWorkerCapabilities cpuArchitectureType(String value) {
      return set("CpuArchitectureType", Value.of(value));
    }

    /** Sets {@code CpuArchitectureType} to this value; see {@link #cpuArchitectureType(String)}. */
    public CustomerManagedWorkerCapabilities cpuArchitectureType(Value<String> value) {
      return set("CpuArchitectureType", value);
    }

    /**
     * Custom requirement ranges for customer managed worker capabilities.
     *
     * <p>CloudFormation property {@code CustomAmounts}.
     */
    public CustomerManagedWorkerCapabilities customAmounts(List<FleetAmountCapability> value) {
      return set("CustomAmounts", Value.listOf(value));
    }

    /** Sets {@code CustomAmounts} to this value; see {@link #customAmounts(List)}. */
    public CustomerManagedWorkerCapabilities customAmounts(Value<List<FleetAmountCapability>> value) {
      return set("CustomAmounts", value);
    }

    /** Sets {@code CustomAmounts} to a list of these; see {@link #customAmounts(List)}. */
    public CustomerManagedWorkerCapabilities customAmounts(FleetAmountCapability... values) {
      return set("CustomAmounts", Value.list(values));
    }

    /**
     * Custom attributes for the customer manged worker capabilities.
     *
     * <p>CloudFormation property {@code CustomAttributes}.
     */
    public CustomerManagedWorkerCapabilities customAttributes(List<FleetAttributeCapability> value) {
      return set("CustomAttributes", Value.listOf(value));
    }

    /** Sets {@code CustomAttributes} to this value; see {@link #customAttributes(List)}. */
    public CustomerManagedWorkerCapabilities customAttributes(Value<List<FleetAttributeCapability>> value) {
      return set("CustomAttributes", value);
    }

    /** Sets {@code CustomAttributes} to a list of these; see {@link #customAttributes(List)}. */
    public CustomerManagedWorkerCapabilities customAttributes(FleetAttributeCapability... values) {
      return set("CustomAttributes", Value.list(values));
    }

    /**
     * The memory (MiB).
     *
     * <p>Required. CloudFormation property {@code MemoryMiB}.
     */
    public CustomerManagedWorkerCapabilities memoryMiB(Value<MemoryMiBRange> value) {
      return set("MemoryMiB", value);
    }

    /**
     * The operating system (OS) family.
     *
     * <p>Required. Allowed values: {@code WINDOWS}, {@code LINUX}, {@code MACOS}. CloudFormation
     * property {@code OsFamily}.
     */
    public CustomerManagedWorkerCapabilities osFamily(String value) {
      return set("OsFamily", Value.of(value));
    }

    /** Sets {@code OsFamily} to this value; see {@link #osFamily(String)}. */
    public CustomerManagedWorkerCapabilities osFamily(Value<String> value) {
      return set("OsFamily", value);
    }

    /**
     * The vCPU count for the customer manged worker capabilities.
     *
     * <p>Required. CloudFormation property {@code VCpuCount}.
     */
    public CustomerManagedWorkerCapabilities vCpuCount(Value<VCpuCountRange> value) {
      return set("VCpuCount", value);
    }
  }

  /**
   * Specifies the EBS volume.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.Ec2EbsVolume}.
   */
  public static final class Ec2EbsVolume extends Struct<Ec2EbsVolume> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Fleet.Ec2EbsVolume");

    public Ec2EbsVolume() {
      super(SCHEMA);
    }

    /**
     * The IOPS per volume.
     *
     * <p>Default: {@code 3000}. CloudFormation property {@code Iops}.
     */
    public Ec2EbsVolume iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public Ec2EbsVolume iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The EBS volume size in GiB.
     *
     * <p>Default: {@code 250}. CloudFormation property {@code SizeGiB}.
     */
    public Ec2EbsVolume sizeGiB(int value) {
      return set("SizeGiB", Value.of(value));
    }

    /** Sets {@code SizeGiB} to this value; see {@link #sizeGiB(int)}. */
    public Ec2EbsVolume sizeGiB(Value<Integer> value) {
      return set("SizeGiB", value);
    }

    /**
     * The throughput per volume in MiB.
     *
     * <p>Default: {@code 125}. CloudFormation property {@code ThroughputMiB}.
     */
    public Ec2EbsVolume throughputMiB(int value) {
      return set("ThroughputMiB", Value.of(value));
    }

    /** Sets {@code ThroughputMiB} to this value; see {@link #throughputMiB(int)}. */
    public Ec2EbsVolume throughputMiB(Value<Integer> value) {
      return set("ThroughputMiB", value);
    }
  }

  /**
   * The fleet amount and attribute capabilities.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.FleetAmountCapability}.
   */
  public static final class FleetAmountCapability extends Struct<FleetAmountCapability> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.FleetAmountCapability")
        .required("Min", "Name")
        .build();

    public FleetAmountCapability() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of the fleet worker capability.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public FleetAmountCapability max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public FleetAmountCapability max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of fleet worker capability.
     *
     * <p>Required. CloudFormation property {@code Min}.
     */
    public FleetAmountCapability min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public FleetAmountCapability min(Value<Double> value) {
      return set("Min", value);
    }

    /**
     * The name of the fleet capability.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public FleetAmountCapability name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FleetAmountCapability name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Defines the fleet's capability name, minimum, and maximum.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.FleetAttributeCapability}.
   */
  public static final class FleetAttributeCapability extends Struct<FleetAttributeCapability> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.FleetAttributeCapability")
        .required("Name", "Values")
        .build();

    public FleetAttributeCapability() {
      super(SCHEMA);
    }

    /**
     * The name of the fleet attribute capability for the worker.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public FleetAttributeCapability name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FleetAttributeCapability name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The number of fleet attribute capabilities.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public FleetAttributeCapability values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public FleetAttributeCapability values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The amounts and attributes of fleets.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.FleetCapabilities}.
   */
  public static final class FleetCapabilities extends Struct<FleetCapabilities> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Fleet.FleetCapabilities");

    public FleetCapabilities() {
      super(SCHEMA);
    }

    /**
     * Amount capabilities of the fleet.
     *
     * <p>CloudFormation property {@code Amounts}.
     */
    public FleetCapabilities amounts(List<FleetAmountCapability> value) {
      return set("Amounts", Value.listOf(value));
    }

    /** Sets {@code Amounts} to this value; see {@link #amounts(List)}. */
    public FleetCapabilities amounts(Value<List<FleetAmountCapability>> value) {
      return set("Amounts", value);
    }

    /** Sets {@code Amounts} to a list of these; see {@link #amounts(List)}. */
    public FleetCapabilities amounts(FleetAmountCapability... values) {
      return set("Amounts", Value.list(values));
    }

    /**
     * Attribute capabilities of the fleet.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public FleetCapabilities attributes(List<FleetAttributeCapability> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public FleetCapabilities attributes(Value<List<FleetAttributeCapability>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public FleetCapabilities attributes(FleetAttributeCapability... values) {
      return set("Attributes", Value.list(values));
    }
  }

  /**
   * Fleet configuration details.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.FleetConfiguration}.
   */
  public static final class FleetConfiguration extends Struct<FleetConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Fleet.FleetConfiguration");

    public FleetConfiguration() {
      super(SCHEMA);
    }

    /**
     * The customer managed fleets within a fleet configuration.
     *
     * <p>CloudFormation property {@code CustomerManaged}.
     */
    public FleetConfiguration customerManaged(Value<CustomerManagedFleetConfiguration> value) {
      return set("CustomerManaged", value);
    }

    /**
     * The service managed Amazon EC2 instances for a fleet configuration.
     *
     * <p>CloudFormation property {@code ServiceManagedEc2}.
     */
    public FleetConfiguration serviceManagedEc2(Value<ServiceManagedEc2FleetConfiguration> value) {
      return set("ServiceManagedEc2", value);
    }
  }

  /**
   * Provides a script that runs as a worker is starting up that you can use to provide additional
   * configuration for workers in your fleet.
   *
   * <p>To remove a script from a fleet, use the <a
   * href="https://docs.aws.amazon.com/deadline-cloud/latest/APIReference/API_UpdateFleet.html">UpdateFleet</a>
   * operation with the <code>hostConfiguration</code> <code>scriptBody</code> parameter set to an
   * empty string ("").
   *
   * <p>Property type {@code AWS::Deadline::Fleet.HostConfiguration}.
   */
  public static final class HostConfiguration extends Struct<HostConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.HostConfiguration")
        .required("ScriptBody")
        .constrain("ScriptBody", Constraint.of().minLength(0).maxLength(15000))
        .constrain("ScriptTimeoutSeconds", Constraint.of().minimum(300).maximum(3600))
        .build();

    public HostConfiguration() {
      super(SCHEMA);
    }

    /**
     * The text of the script that runs as a worker is starting up that you can use to provide
     * additional configuration for workers in your fleet. The script runs after a worker enters the
     * <code>STARTING</code> state and before the worker processes tasks.
     *
     * <p>For more information about using the script, see <a
     * href="https://docs.aws.amazon.com/deadline-cloud/latest/developerguide/smf-admin.html">Run
     * scripts as an administrator to configure workers</a> in the <em>Deadline Cloud Developer
     * Guide</em> .
     *
     * <p>The script runs as an administrative user ( <code>sudo root</code> on Linux, as an
     * Administrator on Windows).
     *
     * <p>Required. Length: 0 to 15000 characters. CloudFormation property {@code ScriptBody}.
     */
    public HostConfiguration scriptBody(String value) {
      return set("ScriptBody", Value.of(value));
    }

    /** Sets {@code ScriptBody} to this value; see {@link #scriptBody(String)}. */
    public HostConfiguration scriptBody(Value<String> value) {
      return set("ScriptBody", value);
    }

    /**
     * The maximum time that the host configuration can run. If the timeout expires, the worker
     * enters the <code>NOT RESPONDING</code> state and shuts down. You are charged for the time
     * that the worker is running the host configuration script.
     *
     * <p>You should configure your fleet for a maximum of one worker while testing your host
     * configuration script to avoid starting additional workers.
     *
     * <p>The default is 300 seconds (5 minutes).
     *
     * <p>Range: 300 to 3600. Default: {@code 300}. CloudFormation property {@code
     * ScriptTimeoutSeconds}.
     */
    public HostConfiguration scriptTimeoutSeconds(int value) {
      return set("ScriptTimeoutSeconds", Value.of(value));
    }

    /** Sets {@code ScriptTimeoutSeconds} to this value; see {@link #scriptTimeoutSeconds(int)}. */
    public HostConfiguration scriptTimeoutSeconds(Value<Integer> value) {
      return set("ScriptTimeoutSeconds", value);
    }
  }

  /**
   * The range of memory in MiB.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.MemoryMiBRange}.
   */
  public static final class MemoryMiBRange extends Struct<MemoryMiBRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.MemoryMiBRange")
        .required("Min")
        .build();

    public MemoryMiBRange() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of memory (in MiB).
     *
     * <p>CloudFormation property {@code Max}.
     */
    public MemoryMiBRange max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public MemoryMiBRange max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of memory (in MiB).
     *
     * <p>Required. CloudFormation property {@code Min}.
     */
    public MemoryMiBRange min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public MemoryMiBRange min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /** Property type {@code AWS::Deadline::Fleet.PersistentVolumeConfiguration}. */
  public static final class PersistentVolumeConfiguration extends Struct<PersistentVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.PersistentVolumeConfiguration")
        .required("MountPath")
        .build();

    public PersistentVolumeConfiguration() {
      super(SCHEMA);
    }

    /** Default: {@code 3000}. CloudFormation property {@code Iops}. */
    public PersistentVolumeConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public PersistentVolumeConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /** Default: {@code 168}. CloudFormation property {@code LastUsedTtlHours}. */
    public PersistentVolumeConfiguration lastUsedTtlHours(int value) {
      return set("LastUsedTtlHours", Value.of(value));
    }

    /** Sets {@code LastUsedTtlHours} to this value; see {@link #lastUsedTtlHours(int)}. */
    public PersistentVolumeConfiguration lastUsedTtlHours(Value<Integer> value) {
      return set("LastUsedTtlHours", value);
    }

    /** Required. CloudFormation property {@code MountPath}. */
    public PersistentVolumeConfiguration mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public PersistentVolumeConfiguration mountPath(Value<String> value) {
      return set("MountPath", value);
    }

    /** Default: {@code 250}. CloudFormation property {@code SizeGiB}. */
    public PersistentVolumeConfiguration sizeGiB(int value) {
      return set("SizeGiB", Value.of(value));
    }

    /** Sets {@code SizeGiB} to this value; see {@link #sizeGiB(int)}. */
    public PersistentVolumeConfiguration sizeGiB(Value<Integer> value) {
      return set("SizeGiB", value);
    }

    /** Default: {@code 125}. CloudFormation property {@code ThroughputMiB}. */
    public PersistentVolumeConfiguration throughputMiB(int value) {
      return set("ThroughputMiB", Value.of(value));
    }

    /** Sets {@code ThroughputMiB} to this value; see {@link #throughputMiB(int)}. */
    public PersistentVolumeConfiguration throughputMiB(Value<Integer> value) {
      return set("ThroughputMiB", value);
    }
  }

  /** Property type {@code AWS::Deadline::Fleet.ServiceManagedEc2AutoScalingConfiguration}. */
  public static final class ServiceManagedEc2AutoScalingConfiguration extends Struct<ServiceManagedEc2AutoScalingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Fleet.ServiceManagedEc2AutoScalingConfiguration");

    public ServiceManagedEc2AutoScalingConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ScaleOutWorkersPerMinute}. */
    public ServiceManagedEc2AutoScalingConfiguration scaleOutWorkersPerMinute(int value) {
      return set("ScaleOutWorkersPerMinute", Value.of(value));
    }

    /**
     * Sets {@code ScaleOutWorkersPerMinute} to this value; see {@link
     * #scaleOutWorkersPerMinute(int)}.
     */
    public ServiceManagedEc2AutoScalingConfiguration scaleOutWorkersPerMinute(Value<Integer> value) {
      return set("ScaleOutWorkersPerMinute", value);
    }

    /** CloudFormation property {@code StandbyWorkerCount}. */
    public ServiceManagedEc2AutoScalingConfiguration standbyWorkerCount(int value) {
      return set("StandbyWorkerCount", Value.of(value));
    }

    /** Sets {@code StandbyWorkerCount} to this value; see {@link #standbyWorkerCount(int)}. */
    public ServiceManagedEc2AutoScalingConfiguration standbyWorkerCount(Value<Integer> value) {
      return set("StandbyWorkerCount", value);
    }

    /** CloudFormation property {@code WorkerIdleDurationSeconds}. */
    public ServiceManagedEc2AutoScalingConfiguration workerIdleDurationSeconds(int value) {
      return set("WorkerIdleDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code WorkerIdleDurationSeconds} to this value; see {@link
     * #workerIdleDurationSeconds(int)}.
     */
    public ServiceManagedEc2AutoScalingConfiguration workerIdleDurationSeconds(Value<Integer> value) {
      return set("WorkerIdleDurationSeconds", value);
    }
  }

  /**
   * The configuration details for a service managed EC2 fleet.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.ServiceManagedEc2FleetConfiguration}.
   */
  public static final class ServiceManagedEc2FleetConfiguration extends Struct<ServiceManagedEc2FleetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.ServiceManagedEc2FleetConfiguration")
        .required("InstanceCapabilities", "InstanceMarketOptions")
        .build();

    public ServiceManagedEc2FleetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AutoScalingConfiguration}. */
    public ServiceManagedEc2FleetConfiguration autoScalingConfiguration(Value<ServiceManagedEc2AutoScalingConfiguration> value) {
      return set("AutoScalingConfiguration", value);
    }

    /**
     * The instance capabilities for the service managed EC2 fleet.
     *
     * <p>Required. CloudFormation property {@code InstanceCapabilities}.
     */
    public ServiceManagedEc2FleetConfiguration instanceCapabilities(Value<ServiceManagedEc2InstanceCapabilities> value) {
      return set("InstanceCapabilities", value);
    }

    /**
     * The instance market options for the service managed EC2 fleet.
     *
     * <p>Required. CloudFormation property {@code InstanceMarketOptions}.
     */
    public ServiceManagedEc2FleetConfiguration instanceMarketOptions(Value<ServiceManagedEc2InstanceMarketOptions> value) {
      return set("InstanceMarketOptions", value);
    }

    /** CloudFormation property {@code PersistentVolumeConfiguration}. */
    public ServiceManagedEc2FleetConfiguration persistentVolumeConfiguration(Value<PersistentVolumeConfiguration> value) {
      return set("PersistentVolumeConfiguration", value);
    }

    /**
     * The storage profile ID for the service managed EC2 fleet.
     *
     * <p>CloudFormation property {@code StorageProfileId}.
     */
    public ServiceManagedEc2FleetConfiguration storageProfileId(String value) {
      return set("StorageProfileId", Value.of(value));
    }

    /** Sets {@code StorageProfileId} to this value; see {@link #storageProfileId(String)}. */
    public ServiceManagedEc2FleetConfiguration storageProfileId(Value<String> value) {
      return set("StorageProfileId", value);
    }

    /**
     * The VPC configuration for the service managed EC2 fleet.
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public ServiceManagedEc2FleetConfiguration vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * The Amazon EC2 instance capabilities.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.ServiceManagedEc2InstanceCapabilities}.
   */
  public static final class ServiceManagedEc2InstanceCapabilities extends Struct<ServiceManagedEc2InstanceCapabilities> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.ServiceManagedEc2InstanceCapabilities")
        .required("CpuArchitectureType", "MemoryMiB", "OsFamily", "VCpuCount")
        .allowed("CpuArchitectureType", "x86_64", "arm64")
        .allowed("OsFamily", "LINUX", "WINDOWS")
        .build();

    public ServiceManagedEc2InstanceCapabilities() {
      super(SCHEMA);
    }

    /**
     * Describes the GPU accelerator capabilities required for worker host instances in this fleet.
     *
     * <p>CloudFormation property {@code AcceleratorCapabilities}.
     */
    public ServiceManagedEc2InstanceCapabilities acceleratorCapabilities(Value<AcceleratorCapabilities> value) {
      return set("AcceleratorCapabilities", value);
    }

    /**
     * The allowable Amazon EC2 instance types.
     *
     * <p>CloudFormation property {@code AllowedInstanceTypes}.
     */
    public ServiceManagedEc2InstanceCapabilities allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public ServiceManagedEc2InstanceCapabilities allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }

    /**
     * The CPU architecture type.
     *
     * <p>Required. Allowed values: {@code x86_64}, {@code arm64}. CloudFormation property {@code
     * CpuArchitectureType}.
     */
    public ServiceManagedEc2InstanceCapabilities cpuArchitectureType(String value) {
      return set("CpuArchitectureType", Value.of(value));
    }

    /** Sets {@code CpuArchitectureType} to this value; see {@link #cpuArchitectureType(String)}. */
    public ServiceManagedEc2InstanceCapabilities cpuArchitectureType(Value<String> value) {
      return set("CpuArchitectureType", value);
    }

    /**
     * The custom capability amounts to require for instances in this fleet.
     *
     * <p>CloudFormation property {@code CustomAmounts}.
     */
    public ServiceManagedEc2InstanceCapabilities customAmounts(List<FleetAmountCapability> value) {
      return set("CustomAmounts", Value.listOf(value));
    }

    /** Sets {@code CustomAmounts} to this value; see {@link #customAmounts(List)}. */
    public ServiceManagedEc2InstanceCapabilities customAmounts(Value<List<FleetAmountCapability>> value) {
      return set("CustomAmounts", value);
    }

    /** Sets {@code CustomAmounts} to a list of these; see {@link #customAmounts(List)}. */
    public ServiceManagedEc2InstanceCapabilities customAmounts(FleetAmountCapability... values) {
      return set("CustomAmounts", Value.list(values));
    }

    /**
     * The custom capability attributes to require for instances in this fleet.
     *
     * <p>CloudFormation property {@code CustomAttributes}.
     */
    public ServiceManagedEc2InstanceCapabilities customAttributes(List<FleetAttributeCapability> value) {
      return set("CustomAttributes", Value.listOf(value));
    }

    /** Sets {@code CustomAttributes} to this value; see {@link #customAttributes(List)}. */
    public ServiceManagedEc2InstanceCapabilities customAttributes(Value<List<FleetAttributeCapability>> value) {
      return set("CustomAttributes", value);
    }

    /** Sets {@code CustomAttributes} to a list of these; see {@link #customAttributes(List)}. */
    public ServiceManagedEc2InstanceCapabilities customAttributes(FleetAttributeCapability... values) {
      return set("CustomAttributes", Value.list(values));
    }

    /**
     * The instance types to exclude from the fleet.
     *
     * <p>CloudFormation property {@code ExcludedInstanceTypes}.
     */
    public ServiceManagedEc2InstanceCapabilities excludedInstanceTypes(List<String> value) {
      return set("ExcludedInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludedInstanceTypes} to this value; see {@link #excludedInstanceTypes(List)}.
     */
    public ServiceManagedEc2InstanceCapabilities excludedInstanceTypes(Value<List<String>> value) {
      return set("ExcludedInstanceTypes", value);
    }

    /**
     * The memory, as MiB, for the Amazon EC2 instance type.
     *
     * <p>Required. CloudFormation property {@code MemoryMiB}.
     */
    public ServiceManagedEc2InstanceCapabilities memoryMiB(Value<MemoryMiBRange> value) {
      return set("MemoryMiB", value);
    }

    /**
     * The operating system (OS) family.
     *
     * <p>Required. Allowed values: {@code LINUX}, {@code WINDOWS}. CloudFormation property {@code
     * OsFamily}.
     */
    public ServiceManagedEc2InstanceCapabilities osFamily(String value) {
      return set("OsFamily", Value.of(value));
    }

    /** Sets {@code OsFamily} to this value; see {@link #osFamily(String)}. */
    public ServiceManagedEc2InstanceCapabilities osFamily(Value<String> value) {
      return set("OsFamily", value);
    }

    /**
     * The root EBS volume.
     *
     * <p>CloudFormation property {@code RootEbsVolume}.
     */
    public ServiceManagedEc2InstanceCapabilities rootEbsVolume(Value<Ec2EbsVolume> value) {
      return set("RootEbsVolume", value);
    }

    /**
     * The amount of vCPU to require for instances in this fleet.
     *
     * <p>Required. CloudFormation property {@code VCpuCount}.
     */
    public ServiceManagedEc2InstanceCapabilities vCpuCount(Value<VCpuCountRange> value) {
      return set("VCpuCount", value);
    }
  }

  /**
   * The details of the Amazon EC2 instance market options for a service managed fleet.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.ServiceManagedEc2InstanceMarketOptions}.
   */
  public static final class ServiceManagedEc2InstanceMarketOptions extends Struct<ServiceManagedEc2InstanceMarketOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.ServiceManagedEc2InstanceMarketOptions")
        .required("Type")
        .allowed("Type", "on-demand", "spot", "wait-and-save")
        .build();

    public ServiceManagedEc2InstanceMarketOptions() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 instance type.
     *
     * <p>Required. Allowed values: {@code on-demand}, {@code spot}, {@code wait-and-save}.
     * CloudFormation property {@code Type}.
     */
    public ServiceManagedEc2InstanceMarketOptions type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ServiceManagedEc2InstanceMarketOptions type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The allowable range of vCPU processing power for the fleet.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.VCpuCountRange}.
   */
  public static final class VCpuCountRange extends Struct<VCpuCountRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Fleet.VCpuCountRange")
        .required("Min")
        .build();

    public VCpuCountRange() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of vCPU.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public VCpuCountRange max(int value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(int)}. */
    public VCpuCountRange max(Value<Integer> value) {
      return set("Max", value);
    }

    /**
     * The minimum amount of vCPU.
     *
     * <p>Required. CloudFormation property {@code Min}.
     */
    public VCpuCountRange min(int value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(int)}. */
    public VCpuCountRange min(Value<Integer> value) {
      return set("Min", value);
    }
  }

  /**
   * The configuration options for a service managed fleet's VPC.
   *
   * <p>Property type {@code AWS::Deadline::Fleet.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Fleet.VpcConfiguration");

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARNs of the VPC Lattice resource configurations attached to the fleet.
     *
     * <p>CloudFormation property {@code ResourceConfigurationArns}.
     */
    public VpcConfiguration resourceConfigurationArns(List<String> value) {
      return set("ResourceConfigurationArns", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceConfigurationArns} to this value; see {@link
     * #resourceConfigurationArns(List)}.
     */
    public VpcConfiguration resourceConfigurationArns(Value<List<String>> value) {
      return set("ResourceConfigurationArns", value);
    }
  }
}
