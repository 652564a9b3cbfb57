// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codebuild;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CodeBuild::Fleet</code> resource configures a compute fleet, a set of dedicated
 * instances for your build environment.
 *
 * <p>CloudFormation type {@code AWS::CodeBuild::Fleet}.
 */
public final class Fleet extends Resource<Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet")
      .constrain("BaseCapacity", Constraint.of().minimum(0))
      .allowed("ComputeType", "BUILD_GENERAL1_SMALL", "BUILD_GENERAL1_MEDIUM",
          "BUILD_GENERAL1_LARGE", "BUILD_GENERAL1_XLARGE", "BUILD_GENERAL1_2XLARGE",
          "ATTRIBUTE_BASED_COMPUTE", "CUSTOM_INSTANCE_TYPE")
      .allowed("EnvironmentType", "WINDOWS_SERVER_2019_CONTAINER", "WINDOWS_SERVER_2022_CONTAINER",
          "LINUX_CONTAINER", "LINUX_GPU_CONTAINER", "ARM_CONTAINER", "MAC_ARM", "LINUX_EC2",
          "ARM_EC2", "WINDOWS_EC2")
      .constrain("FleetServiceRole", Constraint.of().pattern("^(?:arn:)[a-zA-Z+-=,._:/@]+$").minLength(1))
      .constrain("ImageId", Constraint.of().pattern("^((aws/codebuild/([A-Za-z0-9._-]+|ami/[A-Za-z0-9._-]+):[A-Za-z0-9._-]+)|ami-[a-z0-9]{1,1020})$").minLength(1).format("AWS::EC2::Image.Id"))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9\\-_]{1,127}$").minLength(2).maxLength(128))
      .allowed("OverflowBehavior", "QUEUE", "ON_DEMAND")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The initial number of machines allocated to the compute ﬂeet, which deﬁnes the number of builds
   * that can run in parallel.
   *
   * <p>Range: at least 0. CloudFormation property {@code BaseCapacity}.
   */
  public Fleet baseCapacity(int value) {
    return set("BaseCapacity", Value.of(value));
  }

  /** Sets {@code BaseCapacity} to this value; see {@link #baseCapacity(int)}. */
  public Fleet baseCapacity(Value<Integer> value) {
    return set("BaseCapacity", value);
  }

  /**
   * The compute configuration of the compute fleet. This is only required if
   * <code>computeType</code> is set to <code>ATTRIBUTE_BASED_COMPUTE</code> or
   * <code>CUSTOM_INSTANCE_TYPE</code> .
   *
   * <p>CloudFormation property {@code ComputeConfiguration}.
   */
  public Fleet computeConfiguration(Value<ComputeConfiguration> value) {
    return set("ComputeConfiguration", value);
  }

  /**
   * Information about the compute resources the compute fleet uses. Available values include:
   *
   * <ul> <li><code>ATTRIBUTE_BASED_COMPUTE</code> : Specify the amount of vCPUs, memory, disk
   * space, and the type of machine. </ul>
   *
   * <p>If you use <code>ATTRIBUTE_BASED_COMPUTE</code> , you must define your attributes by using
   * <code>computeConfiguration</code> . AWS CodeBuild will select the cheapest instance that
   * satisfies your specified attributes. For more information, see <a
   * href="https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-compute-types.html#environment-reserved-capacity.types">Reserved
   * capacity environment types</a> in the <em>AWS CodeBuild User Guide</em> .
   *
   * <ul> <li><code>BUILD_GENERAL1_SMALL</code> : Use up to 4 GiB memory and 2 vCPUs for builds.
   * <li><code>BUILD_GENERAL1_MEDIUM</code> : Use up to 8 GiB memory and 4 vCPUs for builds.
   * <li><code>BUILD_GENERAL1_LARGE</code> : Use up to 16 GiB memory and 8 vCPUs for builds,
   * depending on your environment type. <li><code>BUILD_GENERAL1_XLARGE</code> : Use up to 72 GiB
   * memory and 36 vCPUs for builds, depending on your environment type.
   * <li><code>BUILD_GENERAL1_2XLARGE</code> : Use up to 144 GiB memory, 72 vCPUs, and 824 GB of SSD
   * storage for builds. This compute type supports Docker images up to 100 GB uncompressed.
   * <li><code>BUILD_LAMBDA_1GB</code> : Use up to 1 GiB memory for builds. Only available for
   * environment type <code>LINUX_LAMBDA_CONTAINER</code> and <code>ARM_LAMBDA_CONTAINER</code> .
   * <li><code>BUILD_LAMBDA_2GB</code> : Use up to 2 GiB memory for builds. Only available for
   * environment type <code>LINUX_LAMBDA_CONTAINER</code> and <code>ARM_LAMBDA_CONTAINER</code> .
   * <li><code>BUILD_LAMBDA_4GB</code> : Use up to 4 GiB memory for builds. Only available for
   * environment type <code>LINUX_LAMBDA_CONTAINER</code> and <code>ARM_LAMBDA_CONTAINER</code> .
   * <li><code>BUILD_LAMBDA_8GB</code> : Use up to 8 GiB memory for builds. Only available for
   * environment type <code>LINUX_LAMBDA_CONTAINER</code> and <code>ARM_LAMBDA_CONTAINER</code> .
   * <li><code>BUILD_LAMBDA_10GB</code> : Use up to 10 GiB memory for builds. Only available for
   * environment type <code>LINUX_LAMBDA_CONTAINER</code> and <code>ARM_LAMBDA_CONTAINER</code> .
   * </ul>
   *
   * <p>If you use <code>BUILD_GENERAL1_SMALL</code> :
   *
   * <ul> <li>For environment type <code>LINUX_CONTAINER</code> , you can use up to 4 GiB memory and
   * 2 vCPUs for builds. <li>For environment type <code>LINUX_GPU_CONTAINER</code> , you can use up
   * to 16 GiB memory, 4 vCPUs, and 1 NVIDIA A10G Tensor Core GPU for builds. <li>For environment
   * type <code>ARM_CONTAINER</code> , you can use up to 4 GiB memory and 2 vCPUs on ARM-based
   * processors for builds. </ul>
   *
   * <p>If you use <code>BUILD_GENERAL1_LARGE</code> :
   *
   * <ul> <li>For environment type <code>LINUX_CONTAINER</code> , you can use up to 16 GiB memory
   * and 8 vCPUs for builds. <li>For environment type <code>LINUX_GPU_CONTAINER</code> , you can use
   * up to 255 GiB memory, 32 vCPUs, and 4 NVIDIA Tesla V100 GPUs for builds. <li>For environment
   * type <code>ARM_CONTAINER</code> , you can use up to 16 GiB memory and 8 vCPUs on ARM-based
   * processors for builds. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-compute-types.html#environment.types">On-demand
   * environment types</a> in the <em>AWS CodeBuild User Guide.</em>
   *
   * <p>Allowed values: {@code BUILD_GENERAL1_SMALL}, {@code BUILD_GENERAL1_MEDIUM}, {@code
   * BUILD_GENERAL1_LARGE}, {@code BUILD_GENERAL1_XLARGE}, {@code BUILD_GENERAL1_2XLARGE}, {@code
   * ATTRIBUTE_BASED_COMPUTE}, {@code CUSTOM_INSTANCE_TYPE}. CloudFormation property {@code
   * ComputeType}.
   */
  public Fleet computeType(String value) {
    return set("ComputeType", Value.of(value));
  }

  /** Sets {@code ComputeType} to this value; see {@link #computeType(String)}. */
  public Fleet computeType(Value<String> value) {
    return set("ComputeType", value);
  }

  /**
   * The environment type of the compute fleet.
   *
   * <ul> <li>The environment type <code>ARM_CONTAINER</code> is available only in regions US East
   * (N. Virginia), US East (Ohio), US West (Oregon), EU (Ireland), Asia Pacific (Mumbai), Asia
   * Pacific (Tokyo), Asia Pacific (Singapore), Asia Pacific (Sydney), EU (Frankfurt), and South
   * America (São Paulo). <li>The environment type <code>ARM_EC2</code> is available only in regions
   * US East (N. Virginia), US East (Ohio), US West (Oregon), EU (Ireland), EU (Frankfurt), Asia
   * Pacific (Tokyo), Asia Pacific (Singapore), Asia Pacific (Sydney), South America (São Paulo),
   * and Asia Pacific (Mumbai). <li>The environment type <code>LINUX_CONTAINER</code> is available
   * only in regions US East (N. Virginia), US East (Ohio), US West (Oregon), EU (Ireland), EU
   * (Frankfurt), Asia Pacific (Tokyo), Asia Pacific (Singapore), Asia Pacific (Sydney), South
   * America (São Paulo), and Asia Pacific (Mumbai). <li>The environment type <code>LINUX_EC2</code>
   * is available only in regions US East (N. Virginia), US East (Ohio), US West (Oregon), EU
   * (Ireland), EU (Frankfurt), Asia Pacific (Tokyo), Asia Pacific (Singapore), Asia Pacific
   * (Sydney), South America (São Paulo), and Asia Pacific (Mumbai). <li>The environment type
   * <code>LINUX_GPU_CONTAINER</code> is available only in regions US East (N. Virginia), US East
   * (Ohio), US West (Oregon), EU (Ireland), EU (Frankfurt), Asia Pacific (Tokyo), and Asia Pacific
   * (Sydney). <li>The environment type <code>MAC_ARM</code> is available only in regions US East
   * (Ohio), US East (N. Virginia), US West (Oregon), Europe (Frankfurt), and Asia Pacific (Sydney).
   * <li>The environment type <code>WINDOWS_EC2</code> is available only in regions US East (N.
   * Virginia), US East (Ohio), US West (Oregon), EU (Ireland), EU (Frankfurt), Asia Pacific
   * (Tokyo), Asia Pacific (Singapore), Asia Pacific (Sydney), South America (São Paulo), and Asia
   * Pacific (Mumbai). <li>The environment type <code>WINDOWS_SERVER_2019_CONTAINER</code> is
   * available only in regions US East (N. Virginia), US East (Ohio), US West (Oregon), Asia Pacific
   * (Sydney), Asia Pacific (Tokyo), Asia Pacific (Mumbai) and EU (Ireland). <li>The environment
   * type <code>WINDOWS_SERVER_2022_CONTAINER</code> is available only in regions US East (N.
   * Virginia), US East (Ohio), US West (Oregon), EU (Ireland), EU (Frankfurt), Asia Pacific
   * (Sydney), Asia Pacific (Singapore), Asia Pacific (Tokyo), South America (São Paulo) and Asia
   * Pacific (Mumbai). </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com//codebuild/latest/userguide/build-env-ref-compute-types.html">Build
   * environment compute types</a> in the <em>AWS CodeBuild user guide</em> .
   *
   * <p>Allowed values: {@code WINDOWS_SERVER_2019_CONTAINER}, {@code
   * WINDOWS_SERVER_2022_CONTAINER}, {@code LINUX_CONTAINER}, {@code LINUX_GPU_CONTAINER}, {@code
   * ARM_CONTAINER}, {@code MAC_ARM}, {@code LINUX_EC2}, {@code ARM_EC2}, {@code WINDOWS_EC2}.
   * CloudFormation property {@code EnvironmentType}.
   */
  public Fleet environmentType(String value) {
    return set("EnvironmentType", Value.of(value));
  }

  /** Sets {@code EnvironmentType} to this value; see {@link #environmentType(String)}. */
  public Fleet environmentType(Value<String> value) {
    return set("EnvironmentType", value);
  }

  /**
   * Information about the proxy configurations that apply network access control to your reserved
   * capacity instances.
   *
   * <p>CloudFormation property {@code FleetProxyConfiguration}.
   */
  public Fleet fleetProxyConfiguration(Value<ProxyConfiguration> value) {
    return set("FleetProxyConfiguration", value);
  }

  /**
   * The service role associated with the compute fleet. For more information, see <a
   * href="https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#customer-managed-policies-example-permission-policy-fleet-service-role.html">Allow
   * a user to add a permission policy for a fleet service role</a> in the <em>AWS CodeBuild User
   * Guide</em> .
   *
   * <p>Length: at least 1 characters. Pattern: {@code ^(?:arn:)[a-zA-Z+-=,._:/&#64;]+$}.
   * CloudFormation property {@code FleetServiceRole}.
   */
  public Fleet fleetServiceRole(String value) {
    return set("FleetServiceRole", Value.of(value));
  }

  /** Sets {@code FleetServiceRole} to this value; see {@link #fleetServiceRole(String)}. */
  public Fleet fleetServiceRole(Value<String> value) {
    return set("FleetServiceRole", value);
  }

  /**
   * Information about the VPC configuration that AWS CodeBuild accesses.
   *
   * <p>CloudFormation property {@code FleetVpcConfig}.
   */
  public Fleet fleetVpcConfig(Value<VpcConfig> value) {
    return set("FleetVpcConfig", value);
  }

  /**
   * The Amazon Machine Image (AMI) of the compute fleet.
   *
   * <p>Length: at least 1 characters. Pattern: {@code
   * ^((aws/codebuild/([A-Za-z0-9._-]+|ami/[A-Za-z0-9._-]+):[A-Za-z0-9._-]+)|ami-[a-z0-9]{1,1020})$}.
   * Format: {@code AWS::EC2::Image.Id}. CloudFormation property {@code ImageId}.
   */
  public Fleet imageId(String value) {
    return set("ImageId", Value.of(value));
  }

  /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
  public Fleet imageId(Value<String> value) {
    return set("ImageId", value);
  }

  /**
   * The name of the compute fleet.
   *
   * <p>Changing it replaces the resource. Length: 2 to 128 characters. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9&#92;-_]{1,127}$}. CloudFormation property {@code Name}.
   */
  public Fleet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Fleet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The compute fleet overflow behavior.
   *
   * <ul> <li>For overflow behavior <code>QUEUE</code> , your overflow builds need to wait on the
   * existing fleet instance to become available. <li>For overflow behavior <code>ON_DEMAND</code> ,
   * your overflow builds run on CodeBuild on-demand. </ul>
   *
   * <p>If you choose to set your overflow behavior to on-demand while creating a VPC-connected
   * fleet, make sure that you add the required VPC permissions to your project service role. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html#customer-managed-policies-example-create-vpc-network-interface">Example
   * policy statement to allow CodeBuild access to AWS services required to create a VPC network
   * interface</a> .
   *
   * <p>Allowed values: {@code QUEUE}, {@code ON_DEMAND}. CloudFormation property {@code
   * OverflowBehavior}.
   */
  public Fleet overflowBehavior(String value) {
    return set("OverflowBehavior", Value.of(value));
  }

  /** Sets {@code OverflowBehavior} to this value; see {@link #overflowBehavior(String)}. */
  public Fleet overflowBehavior(Value<String> value) {
    return set("OverflowBehavior", value);
  }

  /**
   * The scaling configuration of the compute fleet.
   *
   * <p>CloudFormation property {@code ScalingConfiguration}.
   */
  public Fleet scalingConfiguration(Value<ScalingConfigurationInput> value) {
    return set("ScalingConfiguration", value);
  }

  /**
   * A list of tag key and value pairs associated with this compute fleet.
   *
   * <p>These tags are available for use by AWS services that support AWS CodeBuild compute fleet
   * tags.
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
   * The ARN of the compute fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains compute attributes. These attributes only need be specified when your project's or
   * fleet's <code>computeType</code> is set to <code>ATTRIBUTE_BASED_COMPUTE</code> or
   * <code>CUSTOM_INSTANCE_TYPE</code> .
   *
   * <p>Property type {@code AWS::CodeBuild::Fleet.ComputeConfiguration}.
   */
  public static final class ComputeConfiguration extends Struct<ComputeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet.ComputeConfiguration")
        .constrain("instanceType", Constraint.of().minLength(1))
        .allowed("machineType", "GENERAL", "NVME")
        .build();

    public ComputeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of disk space of the instance type included in your fleet.
     *
     * <p>CloudFormation property {@code disk}.
     */
    public ComputeConfiguration disk(int value) {
      return set("disk", Value.of(value));
    }

    /** Sets {@code disk} to this value; see {@link #disk(int)}. */
    public ComputeConfiguration disk(Value<Integer> value) {
      return set("disk", value);
    }

    /**
     * The EC2 instance type to be launched in your fleet.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code instanceType}.
     */
    public ComputeConfiguration instanceType(String value) {
      return set("instanceType", Value.of(value));
    }

    /** Sets {@code instanceType} to this value; see {@link #instanceType(String)}. */
    public ComputeConfiguration instanceType(Value<String> value) {
      return set("instanceType", value);
    }

    /**
     * The machine type of the instance type included in your fleet.
     *
     * <p>Allowed values: {@code GENERAL}, {@code NVME}. CloudFormation property {@code
     * machineType}.
     */
    public ComputeConfiguration machineType(String value) {
      return set("machineType", Value.of(value));
    }

    /** Sets {@code machineType} to this value; see {@link #machineType(String)}. */
    public ComputeConfiguration machineType(Value<String> value) {
      return set("machineType", value);
    }

    /**
     * The amount of memory of the instance type included in your fleet.
     *
     * <p>CloudFormation property {@code memory}.
     */
    public ComputeConfiguration memory(int value) {
      return set("memory", Value.of(value));
    }

    /** Sets {@code memory} to this value; see {@link #memory(int)}. */
    public ComputeConfiguration memory(Value<Integer> value) {
      return set("memory", value);
    }

    /**
     * The number of vCPUs of the instance type included in your fleet.
     *
     * <p>CloudFormation property {@code vCpu}.
     */
    public ComputeConfiguration vCpu(int value) {
      return set("vCpu", Value.of(value));
    }

    /** Sets {@code vCpu} to this value; see {@link #vCpu(int)}. */
    public ComputeConfiguration vCpu(Value<Integer> value) {
      return set("vCpu", value);
    }
  }

  /**
   * Information about the proxy rule for your reserved capacity instances.
   *
   * <p>Property type {@code AWS::CodeBuild::Fleet.FleetProxyRule}.
   */
  public static final class FleetProxyRule extends Struct<FleetProxyRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet.FleetProxyRule")
        .allowed("Effect", "ALLOW", "DENY")
        .allowed("Type", "DOMAIN", "IP")
        .build();

    public FleetProxyRule() {
      super(SCHEMA);
    }

    /**
     * The behavior of the proxy rule.
     *
     * <p>Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code Effect}.
     */
    public FleetProxyRule effect(String value) {
      return set("Effect", Value.of(value));
    }

    /** Sets {@code Effect} to this value; see {@link #effect(String)}. */
    public FleetProxyRule effect(Value<String> value) {
      return set("Effect", value);
    }

    /**
     * The destination of the proxy rule.
     *
     * <p>CloudFormation property {@code Entities}.
     */
    public FleetProxyRule entities(List<String> value) {
      return set("Entities", Value.listOf(value));
    }

    /** Sets {@code Entities} to this value; see {@link #entities(List)}. */
    public FleetProxyRule entities(Value<List<String>> value) {
      return set("Entities", value);
    }

    /**
     * The type of proxy rule.
     *
     * <p>Allowed values: {@code DOMAIN}, {@code IP}. CloudFormation property {@code Type}.
     */
    public FleetProxyRule type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FleetProxyRule type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Information about the proxy configurations that apply network access control to your reserved
   * capacity instances.
   *
   * <p>Property type {@code AWS::CodeBuild::Fleet.ProxyConfiguration}.
   */
  public static final class ProxyConfiguration extends Struct<ProxyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet.ProxyConfiguration")
        .allowed("DefaultBehavior", "ALLOW_ALL", "DENY_ALL")
        .build();

    public ProxyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The default behavior of outgoing traffic.
     *
     * <p>Allowed values: {@code ALLOW_ALL}, {@code DENY_ALL}. CloudFormation property {@code
     * DefaultBehavior}.
     */
    public ProxyConfiguration defaultBehavior(String value) {
      return set("DefaultBehavior", Value.of(value));
    }

    /** Sets {@code DefaultBehavior} to this value; see {@link #defaultBehavior(String)}. */
    public ProxyConfiguration defaultBehavior(Value<String> value) {
      return set("DefaultBehavior", value);
    }

    /**
     * An array of <code>FleetProxyRule</code> objects that represent the specified destination
     * domains or IPs to allow or deny network access control to.
     *
     * <p>CloudFormation property {@code OrderedProxyRules}.
     */
    public ProxyConfiguration orderedProxyRules(List<FleetProxyRule> value) {
      return set("OrderedProxyRules", Value.listOf(value));
    }

    /** Sets {@code OrderedProxyRules} to this value; see {@link #orderedProxyRules(List)}. */
    public ProxyConfiguration orderedProxyRules(Value<List<FleetProxyRule>> value) {
      return set("OrderedProxyRules", value);
    }

    /** Sets {@code OrderedProxyRules} to a list of these; see {@link #orderedProxyRules(List)}. */
    public ProxyConfiguration orderedProxyRules(FleetProxyRule... values) {
      return set("OrderedProxyRules", Value.list(values));
    }
  }

  /**
   * The scaling configuration input of a compute fleet.
   *
   * <p>Property type {@code AWS::CodeBuild::Fleet.ScalingConfigurationInput}.
   */
  public static final class ScalingConfigurationInput extends Struct<ScalingConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet.ScalingConfigurationInput")
        .constrain("MaxCapacity", Constraint.of().minimum(1))
        .allowed("ScalingType", "TARGET_TRACKING_SCALING")
        .build();

    public ScalingConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The maximum number of instances in the ﬂeet when auto-scaling.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxCapacity}.
     */
    public ScalingConfigurationInput maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public ScalingConfigurationInput maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The scaling type for a compute fleet.
     *
     * <p>Allowed values: {@code TARGET_TRACKING_SCALING}. CloudFormation property {@code
     * ScalingType}.
     */
    public ScalingConfigurationInput scalingType(String value) {
      return set("ScalingType", Value.of(value));
    }

    /** Sets {@code ScalingType} to this value; see {@link #scalingType(String)}. */
    public ScalingConfigurationInput scalingType(Value<String> value) {
      return set("ScalingType", value);
    }

    /**
     * A list of <code>TargetTrackingScalingConfiguration</code> objects.
     *
     * <p>CloudFormation property {@code TargetTrackingScalingConfigs}.
     */
    public ScalingConfigurationInput targetTrackingScalingConfigs(List<TargetTrackingScalingConfiguration> value) {
      return set("TargetTrackingScalingConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code TargetTrackingScalingConfigs} to this value; see {@link
     * #targetTrackingScalingConfigs(List)}.
     */
    public ScalingConfigurationInput targetTrackingScalingConfigs(Value<List<TargetTrackingScalingConfiguration>> value) {
      return set("TargetTrackingScalingConfigs", value);
    }

    /**
     * Sets {@code TargetTrackingScalingConfigs} to a list of these; see {@link
     * #targetTrackingScalingConfigs(List)}.
     */
    public ScalingConfigurationInput targetTrackingScalingConfigs(TargetTrackingScalingConfiguration... values) {
      return set("TargetTrackingScalingConfigs", Value.list(values));
    }
  }

  /**
   * Defines when a new instance is auto-scaled into the compute fleet.
   *
   * <p>Property type {@code AWS::CodeBuild::Fleet.TargetTrackingScalingConfiguration}.
   */
  public static final class TargetTrackingScalingConfiguration extends Struct<TargetTrackingScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet.TargetTrackingScalingConfiguration")
        .allowed("MetricType", "FLEET_UTILIZATION_RATE")
        .build();

    public TargetTrackingScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The metric type to determine auto-scaling.
     *
     * <p>Allowed values: {@code FLEET_UTILIZATION_RATE}. CloudFormation property {@code
     * MetricType}.
     */
    public TargetTrackingScalingConfiguration metricType(String value) {
      return set("MetricType", Value.of(value));
    }

    /** Sets {@code MetricType} to this value; see {@link #metricType(String)}. */
    public TargetTrackingScalingConfiguration metricType(Value<String> value) {
      return set("MetricType", value);
    }

    /**
     * The value of <code>metricType</code> when to start scaling.
     *
     * <p>CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingScalingConfiguration targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetTrackingScalingConfiguration targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }

  /**
   * Information about the VPC configuration that AWS CodeBuild accesses.
   *
   * <p>Property type {@code AWS::CodeBuild::Fleet.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::Fleet.VpcConfig")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * A list of one or more security groups IDs in your Amazon VPC.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of one or more subnet IDs in your Amazon VPC.
     *
     * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }

    /**
     * The ID of the Amazon VPC.
     *
     * <p>Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcConfig vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcConfig vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
