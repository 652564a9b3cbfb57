// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-layer.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::Layer}.
 */
public final class Layer extends Resource<Layer> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::Layer")
      .required("AutoAssignElasticIps", "AutoAssignPublicIps", "EnableAutoHealing", "Name",
          "Shortname", "StackId", "Type")
      .build();

  public Layer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more user-defined key-value pairs to be added to the stack attributes.
   *
   * <p>To create a cluster layer, set the <code>EcsClusterArn</code> attribute to the cluster's
   * ARN.
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public Layer attributes(Map<String, String> value) {
    return set("Attributes", Value.mapOf(value));
  }

  /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
  public Layer attributes(Value<Map<String, String>> value) {
    return set("Attributes", value);
  }

  /**
   * Whether to automatically assign an <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html">Elastic
   * IP address</a> to the layer's instances. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinglayers-basics-edit.html">How
   * to Edit a Layer</a> .
   *
   * <p>Required. CloudFormation property {@code AutoAssignElasticIps}.
   */
  public Layer autoAssignElasticIps(boolean value) {
    return set("AutoAssignElasticIps", Value.of(value));
  }

  /**
   * Sets {@code AutoAssignElasticIps} to this value; see {@link #autoAssignElasticIps(boolean)}.
   */
  public Layer autoAssignElasticIps(Value<Boolean> value) {
    return set("AutoAssignElasticIps", value);
  }

  /**
   * For stacks that are running in a VPC, whether to automatically assign a public IP address to
   * the layer's instances. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinglayers-basics-edit.html">How
   * to Edit a Layer</a> .
   *
   * <p>Required. CloudFormation property {@code AutoAssignPublicIps}.
   */
  public Layer autoAssignPublicIps(boolean value) {
    return set("AutoAssignPublicIps", Value.of(value));
  }

  /** Sets {@code AutoAssignPublicIps} to this value; see {@link #autoAssignPublicIps(boolean)}. */
  public Layer autoAssignPublicIps(Value<Boolean> value) {
    return set("AutoAssignPublicIps", value);
  }

  /**
   * The ARN of an IAM profile to be used for the layer's EC2 instances. For more information about
   * IAM ARNs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">Using
   * Identifiers</a> .
   *
   * <p>CloudFormation property {@code CustomInstanceProfileArn}.
   */
  public Layer customInstanceProfileArn(String value) {
    return set("CustomInstanceProfileArn", Value.of(value));
  }

  /**
   * Sets {@code CustomInstanceProfileArn} to this value; see {@link
   * #customInstanceProfileArn(String)}.
   */
  public Layer customInstanceProfileArn(Value<String> value) {
    return set("CustomInstanceProfileArn", value);
  }

  /**
   * A JSON-formatted string containing custom stack configuration and deployment attributes to be
   * installed on the layer's instances. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingcookbook-json-override.html">Using
   * Custom JSON</a> . This feature is supported as of version 1.7.42 of the AWS CLI .
   *
   * <p>CloudFormation property {@code CustomJson}.
   */
  public Layer customJson(Value<Json> value) {
    return set("CustomJson", value);
  }

  /**
   * A <code>LayerCustomRecipes</code> object that specifies the layer custom recipes.
   *
   * <p>CloudFormation property {@code CustomRecipes}.
   */
  public Layer customRecipes(Value<Recipes> value) {
    return set("CustomRecipes", value);
  }

  /**
   * An array containing the layer custom security group IDs.
   *
   * <p>CloudFormation property {@code CustomSecurityGroupIds}.
   */
  public Layer customSecurityGroupIds(List<String> value) {
    return set("CustomSecurityGroupIds", Value.listOf(value));
  }

  /**
   * Sets {@code CustomSecurityGroupIds} to this value; see {@link #customSecurityGroupIds(List)}.
   */
  public Layer customSecurityGroupIds(Value<List<String>> value) {
    return set("CustomSecurityGroupIds", value);
  }

  /**
   * Whether to disable auto healing for the layer.
   *
   * <p>Required. CloudFormation property {@code EnableAutoHealing}.
   */
  public Layer enableAutoHealing(boolean value) {
    return set("EnableAutoHealing", Value.of(value));
  }

  /** Sets {@code EnableAutoHealing} to this value; see {@link #enableAutoHealing(boolean)}. */
  public Layer enableAutoHealing(Value<Boolean> value) {
    return set("EnableAutoHealing", value);
  }

  /**
   * Whether to install operating system and package updates when the instance boots. The default
   * value is <code>true</code> . To control when updates are installed, set this value to
   * <code>false</code> . You must then update your instances manually by using
   * <code>CreateDeployment</code> to run the <code>update_dependencies</code> stack command or by
   * manually running <code>yum</code> (Amazon Linux) or <code>apt-get</code> (Ubuntu) on the
   * instances.
   *
   * <p>To ensure that your instances have the latest security updates, we strongly recommend using
   * the default value of <code>true</code> .
   *
   * <p>CloudFormation property {@code InstallUpdatesOnBoot}.
   */
  public Layer installUpdatesOnBoot(boolean value) {
    return set("InstallUpdatesOnBoot", Value.of(value));
  }

  /**
   * Sets {@code InstallUpdatesOnBoot} to this value; see {@link #installUpdatesOnBoot(boolean)}.
   */
  public Layer installUpdatesOnBoot(Value<Boolean> value) {
    return set("InstallUpdatesOnBoot", value);
  }

  /**
   * A <code>LifeCycleEventConfiguration</code> object that you can use to configure the Shutdown
   * event to specify an execution timeout and enable or disable Elastic Load Balancer connection
   * draining.
   *
   * <p>CloudFormation property {@code LifecycleEventConfiguration}.
   */
  public Layer lifecycleEventConfiguration(Value<LifecycleEventConfiguration> value) {
    return set("LifecycleEventConfiguration", value);
  }

  /**
   * The load-based scaling configuration for the OpsWorks layer.
   *
   * <p>CloudFormation property {@code LoadBasedAutoScaling}.
   */
  public Layer loadBasedAutoScaling(Value<LoadBasedAutoScaling> value) {
    return set("LoadBasedAutoScaling", value);
  }

  /**
   * The layer name, which is used by the console. Layer names can be a maximum of 32 characters.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Layer name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Layer name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of <code>Package</code> objects that describes the layer packages.
   *
   * <p>CloudFormation property {@code Packages}.
   */
  public Layer packages(List<String> value) {
    return set("Packages", Value.listOf(value));
  }

  /** Sets {@code Packages} to this value; see {@link #packages(List)}. */
  public Layer packages(Value<List<String>> value) {
    return set("Packages", value);
  }

  /**
   * For custom layers only, use this parameter to specify the layer's short name, which is used
   * internally by OpsWorks Stacks and by Chef recipes. The short name is also used as the name for
   * the directory where your app files are installed. It can have a maximum of 32 characters, which
   * are limited to the alphanumeric characters, '-', '_', and '.'.
   *
   * <p>Built-in layer short names are defined by OpsWorks Stacks. For more information, see the <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/layers.html">Layer Reference</a> .
   *
   * <p>Required. CloudFormation property {@code Shortname}.
   */
  public Layer shortname(String value) {
    return set("Shortname", Value.of(value));
  }

  /** Sets {@code Shortname} to this value; see {@link #shortname(String)}. */
  public Layer shortname(Value<String> value) {
    return set("Shortname", value);
  }

  /**
   * The layer stack ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StackId}.
   */
  public Layer stackId(String value) {
    return set("StackId", Value.of(value));
  }

  /** Sets {@code StackId} to this value; see {@link #stackId(String)}. */
  public Layer stackId(Value<String> value) {
    return set("StackId", value);
  }

  /**
   * Specifies one or more sets of tags (key–value pairs) to associate with this OpsWorks layer. Use
   * tags to manage your resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Layer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Layer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * The layer type. A stack cannot have more than one built-in layer of the same type. It can have
   * any number of custom layers. Built-in layers are not available in Chef 12 stacks.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public Layer typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Layer typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Whether to use Amazon EBS-optimized instances.
   *
   * <p>CloudFormation property {@code UseEbsOptimizedInstances}.
   */
  public Layer useEbsOptimizedInstances(boolean value) {
    return set("UseEbsOptimizedInstances", Value.of(value));
  }

  /**
   * Sets {@code UseEbsOptimizedInstances} to this value; see {@link
   * #useEbsOptimizedInstances(boolean)}.
   */
  public Layer useEbsOptimizedInstances(Value<Boolean> value) {
    return set("UseEbsOptimizedInstances", value);
  }

  /**
   * A <code>VolumeConfigurations</code> object that describes the layer's Amazon EBS volumes.
   *
   * <p>CloudFormation property {@code VolumeConfigurations}.
   */
  public Layer volumeConfigurations(List<VolumeConfiguration> value) {
    return set("VolumeConfigurations", Value.listOf(value));
  }

  /** Sets {@code VolumeConfigurations} to this value; see {@link #volumeConfigurations(List)}. */
  public Layer volumeConfigurations(Value<List<VolumeConfiguration>> value) {
    return set("VolumeConfigurations", value);
  }

  /**
   * Sets {@code VolumeConfigurations} to a list of these; see {@link #volumeConfigurations(List)}.
   */
  public Layer volumeConfigurations(VolumeConfiguration... values) {
    return set("VolumeConfigurations", Value.list(values));
  }

  /** Property type {@code AWS::OpsWorks::Layer.AutoScalingThresholds}. */
  public static final class AutoScalingThresholds extends Struct<AutoScalingThresholds> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Layer.AutoScalingThresholds");

    public AutoScalingThresholds() {
      super(SCHEMA);
    }

    /**
     * The CPU utilization threshold, as a percent of the available CPU. A value of -1 disables the
     * threshold.
     *
     * <p>CloudFormation property {@code CpuThreshold}.
     */
    public AutoScalingThresholds cpuThreshold(double value) {
      return set("CpuThreshold", Value.of(value));
    }

    /** Sets {@code CpuThreshold} to this value; see {@link #cpuThreshold(double)}. */
    public AutoScalingThresholds cpuThreshold(Value<Double> value) {
      return set("CpuThreshold", value);
    }

    /**
     * The amount of time (in minutes) after a scaling event occurs that OpsWorks Stacks should
     * ignore metrics and suppress additional scaling events. For example, OpsWorks Stacks adds new
     * instances following an upscaling event but the instances won't start reducing the load until
     * they have been booted and configured. There is no point in raising additional scaling events
     * during that operation, which typically takes several minutes. <code>IgnoreMetricsTime</code>
     * allows you to direct OpsWorks Stacks to suppress scaling events long enough to get the new
     * instances online.
     *
     * <p>CloudFormation property {@code IgnoreMetricsTime}.
     */
    public AutoScalingThresholds ignoreMetricsTime(int value) {
      return set("IgnoreMetricsTime", Value.of(value));
    }

    /** Sets {@code IgnoreMetricsTime} to this value; see {@link #ignoreMetricsTime(int)}. */
    public AutoScalingThresholds ignoreMetricsTime(Value<Integer> value) {
      return set("IgnoreMetricsTime", value);
    }

    /**
     * The number of instances to add or remove when the load exceeds a threshold.
     *
     * <p>CloudFormation property {@code InstanceCount}.
     */
    public AutoScalingThresholds instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public AutoScalingThresholds instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The load threshold. A value of -1 disables the threshold. For more information about how load
     * is computed, see <a
     * href="https://docs.aws.amazon.com/http://en.wikipedia.org/wiki/Load_%28computing%29">Load
     * (computing)</a> .
     *
     * <p>CloudFormation property {@code LoadThreshold}.
     */
    public AutoScalingThresholds loadThreshold(double value) {
      return set("LoadThreshold", Value.of(value));
    }

    /** Sets {@code LoadThreshold} to this value; see {@link #loadThreshold(double)}. */
    public AutoScalingThresholds loadThreshold(Value<Double> value) {
      return set("LoadThreshold", value);
    }

    /**
     * The memory utilization threshold, as a percent of the available memory. A value of -1
     * disables the threshold.
     *
     * <p>CloudFormation property {@code MemoryThreshold}.
     */
    public AutoScalingThresholds memoryThreshold(double value) {
      return set("MemoryThreshold", Value.of(value));
    }

    /** Sets {@code MemoryThreshold} to this value; see {@link #memoryThreshold(double)}. */
    public AutoScalingThresholds memoryThreshold(Value<Double> value) {
      return set("MemoryThreshold", value);
    }

    /**
     * The amount of time, in minutes, that the load must exceed a threshold before more instances
     * are added or removed.
     *
     * <p>CloudFormation property {@code ThresholdsWaitTime}.
     */
    public AutoScalingThresholds thresholdsWaitTime(int value) {
      return set("ThresholdsWaitTime", Value.of(value));
    }

    /** Sets {@code ThresholdsWaitTime} to this value; see {@link #thresholdsWaitTime(int)}. */
    public AutoScalingThresholds thresholdsWaitTime(Value<Integer> value) {
      return set("ThresholdsWaitTime", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Layer.LifecycleEventConfiguration}. */
  public static final class LifecycleEventConfiguration extends Struct<LifecycleEventConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Layer.LifecycleEventConfiguration");

    public LifecycleEventConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Shutdown event configuration.
     *
     * <p>CloudFormation property {@code ShutdownEventConfiguration}.
     */
    public LifecycleEventConfiguration shutdownEventConfiguration(Value<ShutdownEventConfiguration> value) {
      return set("ShutdownEventConfiguration", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Layer.LoadBasedAutoScaling}. */
  public static final class LoadBasedAutoScaling extends Struct<LoadBasedAutoScaling> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Layer.LoadBasedAutoScaling");

    public LoadBasedAutoScaling() {
      super(SCHEMA);
    }

    /**
     * An <code>AutoScalingThresholds</code> object that describes the downscaling configuration,
     * which defines how and when OpsWorks Stacks reduces the number of instances.
     *
     * <p>CloudFormation property {@code DownScaling}.
     */
    public LoadBasedAutoScaling downScaling(Value<AutoScalingThresholds> value) {
      return set("DownScaling", value);
    }

    /**
     * Whether load-based auto scaling is enabled for the layer.
     *
     * <p>CloudFormation property {@code Enable}.
     */
    public LoadBasedAutoScaling enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public LoadBasedAutoScaling enable(Value<Boolean> value) {
      return set("Enable", value);
    }

    /**
     * An <code>AutoScalingThresholds</code> object that describes the upscaling configuration,
     * which defines how and when OpsWorks Stacks increases the number of instances.
     *
     * <p>CloudFormation property {@code UpScaling}.
     */
    public LoadBasedAutoScaling upScaling(Value<AutoScalingThresholds> value) {
      return set("UpScaling", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Layer.Recipes}. */
  public static final class Recipes extends Struct<Recipes> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Layer.Recipes");

    public Recipes() {
      super(SCHEMA);
    }

    /**
     * An array of custom recipe names to be run following a <code>configure</code> event.
     *
     * <p>CloudFormation property {@code Configure}.
     */
    public Recipes configure(List<String> value) {
      return set("Configure", Value.listOf(value));
    }

    /** Sets {@code Configure} to this value; see {@link #configure(List)}. */
    public Recipes configure(Value<List<String>> value) {
      return set("Configure", value);
    }

    /**
     * An array of custom recipe names to be run following a <code>deploy</code> event.
     *
     * <p>CloudFormation property {@code Deploy}.
     */
    public Recipes deploy(List<String> value) {
      return set("Deploy", Value.listOf(value));
    }

    /** Sets {@code Deploy} to this value; see {@link #deploy(List)}. */
    public Recipes deploy(Value<List<String>> value) {
      return set("Deploy", value);
    }

    /**
     * An array of custom recipe names to be run following a <code>setup</code> event.
     *
     * <p>CloudFormation property {@code Setup}.
     */
    public Recipes setup(List<String> value) {
      return set("Setup", Value.listOf(value));
    }

    /** Sets {@code Setup} to this value; see {@link #setup(List)}. */
    public Recipes setup(Value<List<String>> value) {
      return set("Setup", value);
    }

    /**
     * An array of custom recipe names to be run following a <code>shutdown</code> event.
     *
     * <p>CloudFormation property {@code Shutdown}.
     */
    public Recipes shutdown(List<String> value) {
      return set("Shutdown", Value.listOf(value));
    }

    /** Sets {@code Shutdown} to this value; see {@link #shutdown(List)}. */
    public Recipes shutdown(Value<List<String>> value) {
      return set("Shutdown", value);
    }

    /**
     * An array of custom recipe names to be run following a <code>undeploy</code> event.
     *
     * <p>CloudFormation property {@code Undeploy}.
     */
    public Recipes undeploy(List<String> value) {
      return set("Undeploy", Value.listOf(value));
    }

    /** Sets {@code Undeploy} to this value; see {@link #undeploy(List)}. */
    public Recipes undeploy(Value<List<String>> value) {
      return set("Undeploy", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Layer.ShutdownEventConfiguration}. */
  public static final class ShutdownEventConfiguration extends Struct<ShutdownEventConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Layer.ShutdownEventConfiguration");

    public ShutdownEventConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether to enable Elastic Load Balancing connection draining. For more information, see <a
     * href="https://docs.aws.amazon.com/ElasticLoadBalancing/latest/DeveloperGuide/TerminologyandKeyConcepts.html#conn-drain">Connection
     * Draining</a>
     *
     * <p>CloudFormation property {@code DelayUntilElbConnectionsDrained}.
     */
    public ShutdownEventConfiguration delayUntilElbConnectionsDrained(boolean value) {
      return set("DelayUntilElbConnectionsDrained", Value.of(value));
    }

    /**
     * Sets {@code DelayUntilElbConnectionsDrained} to this value; see {@link
     * #delayUntilElbConnectionsDrained(boolean)}.
     */
    public ShutdownEventConfiguration delayUntilElbConnectionsDrained(Value<Boolean> value) {
      return set("DelayUntilElbConnectionsDrained", value);
    }

    /**
     * The time, in seconds, that OpsWorks Stacks waits after triggering a Shutdown event before
     * shutting down an instance.
     *
     * <p>CloudFormation property {@code ExecutionTimeout}.
     */
    public ShutdownEventConfiguration executionTimeout(int value) {
      return set("ExecutionTimeout", Value.of(value));
    }

    /** Sets {@code ExecutionTimeout} to this value; see {@link #executionTimeout(int)}. */
    public ShutdownEventConfiguration executionTimeout(Value<Integer> value) {
      return set("ExecutionTimeout", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Layer.VolumeConfiguration}. */
  public static final class VolumeConfiguration extends Struct<VolumeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Layer.VolumeConfiguration");

    public VolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether an Amazon EBS volume is encrypted. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html">Amazon EBS
     * Encryption</a> .
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public VolumeConfiguration encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public VolumeConfiguration encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The number of I/O operations per second (IOPS) to provision for the volume. For PIOPS
     * volumes, the IOPS per disk.
     *
     * <p>If you specify <code>io1</code> for the volume type, you must specify this property.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public VolumeConfiguration iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public VolumeConfiguration iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The volume mount point. For example "/dev/sdh".
     *
     * <p>CloudFormation property {@code MountPoint}.
     */
    public VolumeConfiguration mountPoint(String value) {
      return set("MountPoint", Value.of(value));
    }

    /** Sets {@code MountPoint} to this value; see {@link #mountPoint(String)}. */
    public VolumeConfiguration mountPoint(Value<String> value) {
      return set("MountPoint", value);
    }

    /**
     * The number of disks in the volume.
     *
     * <p>CloudFormation property {@code NumberOfDisks}.
     */
    public VolumeConfiguration numberOfDisks(int value) {
      return set("NumberOfDisks", Value.of(value));
    }

    /** Sets {@code NumberOfDisks} to this value; see {@link #numberOfDisks(int)}. */
    public VolumeConfiguration numberOfDisks(Value<Integer> value) {
      return set("NumberOfDisks", value);
    }

    /**
     * The volume <a
     * href="https://docs.aws.amazon.com/http://en.wikipedia.org/wiki/Standard_RAID_levels">RAID
     * level</a> .
     *
     * <p>CloudFormation property {@code RaidLevel}.
     */
    public VolumeConfiguration raidLevel(int value) {
      return set("RaidLevel", Value.of(value));
    }

    /** Sets {@code RaidLevel} to this value; see {@link #raidLevel(int)}. */
    public VolumeConfiguration raidLevel(Value<Integer> value) {
      return set("RaidLevel", value);
    }

    /**
     * The volume size.
     *
     * <p>CloudFormation property {@code Size}.
     */
    public VolumeConfiguration size(int value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(int)}. */
    public VolumeConfiguration size(Value<Integer> value) {
      return set("Size", value);
    }

    /**
     * The volume type. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSVolumeTypes.html">Amazon EBS
     * Volume Types</a> .
     *
     * <ul> <li><code>standard</code> - Magnetic. Magnetic volumes must have a minimum size of 1 GiB
     * and a maximum size of 1024 GiB. <li><code>io1</code> - Provisioned IOPS (SSD). PIOPS volumes
     * must have a minimum size of 4 GiB and a maximum size of 16384 GiB. <li><code>gp2</code> -
     * General Purpose (SSD). General purpose volumes must have a minimum size of 1 GiB and a
     * maximum size of 16384 GiB. <li><code>st1</code> - Throughput Optimized hard disk drive (HDD).
     * Throughput optimized HDD volumes must have a minimum size of 125 GiB and a maximum size of
     * 16384 GiB. <li><code>sc1</code> - Cold HDD. Cold HDD volumes must have a minimum size of 125
     * GiB and a maximum size of 16384 GiB. </ul>
     *
     * <p>CloudFormation property {@code VolumeType}.
     */
    public VolumeConfiguration volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public VolumeConfiguration volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }
}
