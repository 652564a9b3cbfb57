// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use <code>InstanceGroupConfig</code> to define instance groups for an EMR cluster. A cluster can
 * not use both instance groups and instance fleets. For more information, see <a
 * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-instance-group-configuration.html">Create
 * a Cluster with Instance Fleets or Uniform Instance Groups</a> in the <em>Amazon EMR Management
 * Guide</em> .
 *
 * <p>You can currently only add task instance groups to a cluster with this resource. If you use
 * this resource, CloudFormation waits for the cluster launch to complete before adding the task
 * instance group to the cluster. In order to add task instance groups to the cluster as part of the
 * cluster launch and minimize delays in provisioning task nodes, use the
 * <code>TaskInstanceGroups</code> subproperty for the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticmapreduce-cluster-jobflowinstancesconfig.html">AWS::EMR::Cluster
 * JobFlowInstancesConfig</a> property instead. To use this subproperty, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticmapreduce-cluster.html">AWS::EMR::Cluster</a>
 * for examples.
 *
 * <p>CloudFormation type {@code AWS::EMR::InstanceGroupConfig}.
 */
public final class InstanceGroupConfig extends Resource<InstanceGroupConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig")
      .required("InstanceCount", "InstanceRole", "InstanceType", "JobFlowId")
      .constrain("JobFlowId", Constraint.of().minLength(0).maxLength(256))
      .attributes("InstanceGroupId")
      .build();

  public InstanceGroupConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * <code>AutoScalingPolicy</code> is a subproperty of <code>InstanceGroupConfig</code> .
   * <code>AutoScalingPolicy</code> defines how an instance group dynamically adds and terminates
   * EC2 instances in response to the value of a CloudWatch metric. For more information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-automatic-scaling.html">Using
   * Automatic Scaling in Amazon EMR</a> in the <em>Amazon EMR Management Guide</em> .
   *
   * <p>CloudFormation property {@code AutoScalingPolicy}.
   */
  public InstanceGroupConfig autoScalingPolicy(Value<AutoScalingPolicy> value) {
    return set("AutoScalingPolicy", value);
  }

  /**
   * If specified, indicates that the instance group uses Spot Instances. This is the maximum price
   * you are willing to pay for Spot Instances. Specify <code>OnDemandPrice</code> to set the amount
   * equal to the On-Demand price, or specify an amount in USD.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BidPrice}.
   */
  public InstanceGroupConfig bidPrice(String value) {
    return set("BidPrice", Value.of(value));
  }

  /** Sets {@code BidPrice} to this value; see {@link #bidPrice(String)}. */
  public InstanceGroupConfig bidPrice(Value<String> value) {
    return set("BidPrice", value);
  }

  /**
   * Amazon EMR releases 4.x or later.
   *
   * <p>The list of configurations supplied for an Amazon EMR cluster instance group. You can
   * specify a separate configuration for each instance group (master, core, and task).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Configurations}.
   */
  public InstanceGroupConfig configurations(List<AppConfiguration> value) {
    return set("Configurations", Value.listOf(value));
  }

  /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
  public InstanceGroupConfig configurations(Value<List<AppConfiguration>> value) {
    return set("Configurations", value);
  }

  /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
  public InstanceGroupConfig configurations(AppConfiguration... values) {
    return set("Configurations", Value.list(values));
  }

  /**
   * The custom AMI ID to use for the provisioned instance group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CustomAmiId}.
   */
  public InstanceGroupConfig customAmiId(String value) {
    return set("CustomAmiId", Value.of(value));
  }

  /** Sets {@code CustomAmiId} to this value; see {@link #customAmiId(String)}. */
  public InstanceGroupConfig customAmiId(Value<String> value) {
    return set("CustomAmiId", value);
  }

  /**
   * <code>EbsConfiguration</code> determines the EBS volumes to attach to EMR cluster instances.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsConfiguration}.
   */
  public InstanceGroupConfig ebsConfiguration(Value<EbsConfiguration> value) {
    return set("EbsConfiguration", value);
  }

  /**
   * Target number of instances for the instance group.
   *
   * <p>Required. CloudFormation property {@code InstanceCount}.
   */
  public InstanceGroupConfig instanceCount(int value) {
    return set("InstanceCount", Value.of(value));
  }

  /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
  public InstanceGroupConfig instanceCount(Value<Integer> value) {
    return set("InstanceCount", value);
  }

  /**
   * The role of the instance group in the cluster.
   *
   * <p><em>Allowed Values</em> : TASK
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceRole}.
   */
  public InstanceGroupConfig instanceRole(String value) {
    return set("InstanceRole", Value.of(value));
  }

  /** Sets {@code InstanceRole} to this value; see {@link #instanceRole(String)}. */
  public InstanceGroupConfig instanceRole(Value<String> value) {
    return set("InstanceRole", value);
  }

  /**
   * The Amazon EC2 instance type for all instances in the instance group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
   */
  public InstanceGroupConfig instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public InstanceGroupConfig instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The ID of an Amazon EMR cluster that you want to associate this instance group with.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code JobFlowId}.
   */
  public InstanceGroupConfig jobFlowId(String value) {
    return set("JobFlowId", Value.of(value));
  }

  /** Sets {@code JobFlowId} to this value; see {@link #jobFlowId(String)}. */
  public InstanceGroupConfig jobFlowId(Value<String> value) {
    return set("JobFlowId", value);
  }

  /**
   * Market type of the Amazon EC2 instances used to create a cluster node.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Market}.
   */
  public InstanceGroupConfig market(String value) {
    return set("Market", Value.of(value));
  }

  /** Sets {@code Market} to this value; see {@link #market(String)}. */
  public InstanceGroupConfig market(Value<String> value) {
    return set("Market", value);
  }

  /**
   * Friendly name given to the instance group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public InstanceGroupConfig name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InstanceGroupConfig name(Value<String> value) {
    return set("Name", value);
  }

  /** {@code Fn::GetAtt} attribute {@code InstanceGroupId}. */
  public Value<String> instanceGroupId() {
    return getAtt("InstanceGroupId");
  }

  /** Property type {@code AWS::EMR::InstanceGroupConfig.AppConfiguration}. */
  public static final class AppConfiguration extends Struct<AppConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceGroupConfig.AppConfiguration");

    public AppConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Classification}. */
    public AppConfiguration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public AppConfiguration classification(Value<String> value) {
      return set("Classification", value);
    }

    /** CloudFormation property {@code ConfigurationProperties}. */
    public AppConfiguration configurationProperties(Map<String, String> value) {
      return set("ConfigurationProperties", Value.mapOf(value));
    }

    /**
     * Sets {@code ConfigurationProperties} to this value; see {@link
     * #configurationProperties(Map)}.
     */
    public AppConfiguration configurationProperties(Value<Map<String, String>> value) {
      return set("ConfigurationProperties", value);
    }

    /** CloudFormation property {@code Configurations}. */
    public AppConfiguration configurations(List<AppConfiguration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public AppConfiguration configurations(Value<List<AppConfiguration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public AppConfiguration configurations(AppConfiguration... values) {
      return set("Configurations", Value.list(values));
    }
  }

  /**
   * <code>AutoScalingPolicy</code> defines how an instance group dynamically adds and terminates
   * EC2 instances in response to the value of a CloudWatch metric. For more information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-automatic-scaling.html">Using
   * Automatic Scaling in Amazon EMR</a> in the <em>Amazon EMR Management Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.AutoScalingPolicy}.
   */
  public static final class AutoScalingPolicy extends Struct<AutoScalingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.AutoScalingPolicy")
        .required("Constraints", "Rules")
        .build();

    public AutoScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * The upper and lower Amazon EC2 instance limits for an automatic scaling policy. Automatic
     * scaling activity will not cause an instance group to grow above or below these limits.
     *
     * <p>Required. CloudFormation property {@code Constraints}.
     */
    public AutoScalingPolicy constraints(Value<ScalingConstraints> value) {
      return set("Constraints", value);
    }

    /**
     * The scale-in and scale-out rules that comprise the automatic scaling policy.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public AutoScalingPolicy rules(List<ScalingRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public AutoScalingPolicy rules(Value<List<ScalingRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public AutoScalingPolicy rules(ScalingRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * <code>CloudWatchAlarmDefinition</code> is a subproperty of the <code>ScalingTrigger</code>
   * property, which determines when to trigger an automatic scaling activity. Scaling activity
   * begins when you satisfy the defined alarm conditions.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.CloudWatchAlarmDefinition}.
   */
  public static final class CloudWatchAlarmDefinition extends Struct<CloudWatchAlarmDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.CloudWatchAlarmDefinition")
        .required("ComparisonOperator", "MetricName", "Period", "Threshold")
        .build();

    public CloudWatchAlarmDefinition() {
      super(SCHEMA);
    }

    /**
     * Determines how the metric specified by <code>MetricName</code> is compared to the value
     * specified by <code>Threshold</code> .
     *
     * <p>Required. CloudFormation property {@code ComparisonOperator}.
     */
    public CloudWatchAlarmDefinition comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public CloudWatchAlarmDefinition comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * A CloudWatch metric dimension.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public CloudWatchAlarmDefinition dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public CloudWatchAlarmDefinition dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public CloudWatchAlarmDefinition dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The number of periods, in five-minute increments, during which the alarm condition must exist
     * before the alarm triggers automatic scaling activity. The default value is <code>1</code> .
     *
     * <p>CloudFormation property {@code EvaluationPeriods}.
     */
    public CloudWatchAlarmDefinition evaluationPeriods(int value) {
      return set("EvaluationPeriods", Value.of(value));
    }

    /** Sets {@code EvaluationPeriods} to this value; see {@link #evaluationPeriods(int)}. */
    public CloudWatchAlarmDefinition evaluationPeriods(Value<Integer> value) {
      return set("EvaluationPeriods", value);
    }

    /**
     * The name of the CloudWatch metric that is watched to determine an alarm condition.
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public CloudWatchAlarmDefinition metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CloudWatchAlarmDefinition metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace for the CloudWatch metric. The default is <code>AWS/ElasticMapReduce</code> .
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public CloudWatchAlarmDefinition namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public CloudWatchAlarmDefinition namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The period, in seconds, over which the statistic is applied. CloudWatch metrics for Amazon
     * EMR are emitted every five minutes (300 seconds), so if you specify a CloudWatch metric,
     * specify <code>300</code> .
     *
     * <p>Required. CloudFormation property {@code Period}.
     */
    public CloudWatchAlarmDefinition period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public CloudWatchAlarmDefinition period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic to apply to the metric associated with the alarm. The default is
     * <code>AVERAGE</code> .
     *
     * <p>CloudFormation property {@code Statistic}.
     */
    public CloudWatchAlarmDefinition statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public CloudWatchAlarmDefinition statistic(Value<String> value) {
      return set("Statistic", value);
    }

    /**
     * The value against which the specified statistic is compared.
     *
     * <p>Required. CloudFormation property {@code Threshold}.
     */
    public CloudWatchAlarmDefinition threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public CloudWatchAlarmDefinition threshold(Value<Double> value) {
      return set("Threshold", value);
    }

    /**
     * The unit of measure associated with the CloudWatch metric being watched. The value specified
     * for <code>Unit</code> must correspond to the units specified in the CloudWatch metric.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public CloudWatchAlarmDefinition unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CloudWatchAlarmDefinition unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * <code>Configurations</code> is a property of the <code>AWS::EMR::Cluster</code> resource that
   * specifies the configuration of applications on an Amazon EMR cluster.
   *
   * <p>Configurations are optional. You can use them to have EMR customize applications and
   * software bundled with Amazon EMR when a cluster is created. A configuration consists of a
   * classification, properties, and optional nested configurations. A classification refers to an
   * application-specific configuration file. Properties are the settings you want to change in that
   * file. For more information, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html">Configuring
   * Applications</a> .
   *
   * <p>Applies only to Amazon EMR releases 4.0 and later.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.Configuration}.
   */
  public static final class Configuration extends Struct<Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceGroupConfig.Configuration");

    public Configuration() {
      super(SCHEMA);
    }

    /**
     * The classification within a configuration.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Classification}.
     */
    public Configuration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public Configuration classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * Within a configuration classification, a set of properties that represent the settings that
     * you want to change in the configuration file. Duplicates not allowed.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ConfigurationProperties}.
     */
    public Configuration configurationProperties(Map<String, String> value) {
      return set("ConfigurationProperties", Value.mapOf(value));
    }

    /**
     * Sets {@code ConfigurationProperties} to this value; see {@link
     * #configurationProperties(Map)}.
     */
    public Configuration configurationProperties(Value<Map<String, String>> value) {
      return set("ConfigurationProperties", value);
    }

    /**
     * A list of additional configurations to apply within a configuration object.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Configurations}.
     */
    public Configuration configurations(List<Configuration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public Configuration configurations(Value<List<Configuration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public Configuration configurations(Configuration... values) {
      return set("Configurations", Value.list(values));
    }
  }

  /**
   * Configuration of requested EBS block device associated with the instance group with count of
   * volumes that are associated to every instance.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.EbsBlockDeviceConfig}.
   */
  public static final class EbsBlockDeviceConfig extends Struct<EbsBlockDeviceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.EbsBlockDeviceConfig")
        .required("VolumeSpecification")
        .build();

    public EbsBlockDeviceConfig() {
      super(SCHEMA);
    }

    /**
     * EBS volume specifications such as volume type, IOPS, size (GiB) and throughput (MiB/s) that
     * are requested for the EBS volume attached to an Amazon EC2 instance in the cluster.
     *
     * <p>Required. CloudFormation property {@code VolumeSpecification}.
     */
    public EbsBlockDeviceConfig volumeSpecification(Value<VolumeSpecification> value) {
      return set("VolumeSpecification", value);
    }

    /**
     * Number of EBS volumes with a specific volume configuration that are associated with every
     * instance in the instance group
     *
     * <p>CloudFormation property {@code VolumesPerInstance}.
     */
    public EbsBlockDeviceConfig volumesPerInstance(int value) {
      return set("VolumesPerInstance", Value.of(value));
    }

    /** Sets {@code VolumesPerInstance} to this value; see {@link #volumesPerInstance(int)}. */
    public EbsBlockDeviceConfig volumesPerInstance(Value<Integer> value) {
      return set("VolumesPerInstance", value);
    }
  }

  /**
   * The Amazon EBS configuration of a cluster instance.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.EbsConfiguration}.
   */
  public static final class EbsConfiguration extends Struct<EbsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceGroupConfig.EbsConfiguration");

    public EbsConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of Amazon EBS volume specifications attached to a cluster instance.
     *
     * <p>CloudFormation property {@code EbsBlockDeviceConfigs}.
     */
    public EbsConfiguration ebsBlockDeviceConfigs(List<EbsBlockDeviceConfig> value) {
      return set("EbsBlockDeviceConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code EbsBlockDeviceConfigs} to this value; see {@link #ebsBlockDeviceConfigs(List)}.
     */
    public EbsConfiguration ebsBlockDeviceConfigs(Value<List<EbsBlockDeviceConfig>> value) {
      return set("EbsBlockDeviceConfigs", value);
    }

    /**
     * Sets {@code EbsBlockDeviceConfigs} to a list of these; see {@link
     * #ebsBlockDeviceConfigs(List)}.
     */
    public EbsConfiguration ebsBlockDeviceConfigs(EbsBlockDeviceConfig... values) {
      return set("EbsBlockDeviceConfigs", Value.list(values));
    }

    /**
     * Indicates whether an Amazon EBS volume is EBS-optimized. The default is false. You should
     * explicitly set this value to true to enable the Amazon EBS-optimized setting for an EC2
     * instance.
     *
     * <p>CloudFormation property {@code EbsOptimized}.
     */
    public EbsConfiguration ebsOptimized(boolean value) {
      return set("EbsOptimized", Value.of(value));
    }

    /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
    public EbsConfiguration ebsOptimized(Value<Boolean> value) {
      return set("EbsOptimized", value);
    }
  }

  /**
   * <code>MetricDimension</code> is a subproperty of the <code>CloudWatchAlarmDefinition</code>
   * property type. <code>MetricDimension</code> specifies a CloudWatch dimension, which is
   * specified with a <code>Key</code> <code>Value</code> pair. The key is known as a
   * <code>Name</code> in CloudWatch. By default, Amazon EMR uses one dimension whose
   * <code>Key</code> is <code>JobFlowID</code> and <code>Value</code> is a variable representing
   * the cluster ID, which is <code>${emr.clusterId}</code> . This enables the automatic scaling
   * rule for EMR to bootstrap when the cluster ID becomes available during cluster creation.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.MetricDimension}.
   */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.MetricDimension")
        .required("Key", "Value")
        .build();

    public MetricDimension() {
      super(SCHEMA);
    }

    /**
     * The dimension name.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public MetricDimension key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public MetricDimension key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The dimension value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public MetricDimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public MetricDimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * <code>ScalingAction</code> is a subproperty of the <code>ScalingRule</code> property type.
   * <code>ScalingAction</code> determines the type of adjustment the automatic scaling activity
   * makes when triggered, and the periodicity of the adjustment.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.ScalingAction}.
   */
  public static final class ScalingAction extends Struct<ScalingAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.ScalingAction")
        .required("SimpleScalingPolicyConfiguration")
        .build();

    public ScalingAction() {
      super(SCHEMA);
    }

    /**
     * Not available for instance groups. Instance groups use the market type specified for the
     * group.
     *
     * <p>CloudFormation property {@code Market}.
     */
    public ScalingAction market(String value) {
      return set("Market", Value.of(value));
    }

    /** Sets {@code Market} to this value; see {@link #market(String)}. */
    public ScalingAction market(Value<String> value) {
      return set("Market", value);
    }

    /**
     * The type of adjustment the automatic scaling activity makes when triggered, and the
     * periodicity of the adjustment.
     *
     * <p>Required. CloudFormation property {@code SimpleScalingPolicyConfiguration}.
     */
    public ScalingAction simpleScalingPolicyConfiguration(Value<SimpleScalingPolicyConfiguration> value) {
      return set("SimpleScalingPolicyConfiguration", value);
    }
  }

  /**
   * <code>ScalingConstraints</code> is a subproperty of the <code>AutoScalingPolicy</code> property
   * type. <code>ScalingConstraints</code> defines the upper and lower EC2 instance limits for an
   * automatic scaling policy. Automatic scaling activities triggered by automatic scaling rules
   * will not cause an instance group to grow above or shrink below these limits.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.ScalingConstraints}.
   */
  public static final class ScalingConstraints extends Struct<ScalingConstraints> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.ScalingConstraints")
        .required("MaxCapacity", "MinCapacity")
        .build();

    public ScalingConstraints() {
      super(SCHEMA);
    }

    /**
     * The upper boundary of Amazon EC2 instances in an instance group beyond which scaling
     * activities are not allowed to grow. Scale-out activities will not add instances beyond this
     * boundary.
     *
     * <p>Required. CloudFormation property {@code MaxCapacity}.
     */
    public ScalingConstraints maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public ScalingConstraints maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The lower boundary of Amazon EC2 instances in an instance group below which scaling
     * activities are not allowed to shrink. Scale-in activities will not terminate instances below
     * this boundary.
     *
     * <p>Required. CloudFormation property {@code MinCapacity}.
     */
    public ScalingConstraints minCapacity(int value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
    public ScalingConstraints minCapacity(Value<Integer> value) {
      return set("MinCapacity", value);
    }
  }

  /**
   * <code>ScalingRule</code> is a subproperty of the <code>AutoScalingPolicy</code> property type.
   * <code>ScalingRule</code> defines the scale-in or scale-out rules for scaling activity,
   * including the CloudWatch metric alarm that triggers activity, how EC2 instances are added or
   * removed, and the periodicity of adjustments. The automatic scaling policy for an instance group
   * can comprise one or more automatic scaling rules.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.ScalingRule}.
   */
  public static final class ScalingRule extends Struct<ScalingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.ScalingRule")
        .required("Action", "Name", "Trigger")
        .build();

    public ScalingRule() {
      super(SCHEMA);
    }

    /**
     * The conditions that trigger an automatic scaling activity.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public ScalingRule action(Value<ScalingAction> value) {
      return set("Action", value);
    }

    /**
     * A friendly, more verbose description of the automatic scaling rule.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ScalingRule description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ScalingRule description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name used to identify an automatic scaling rule. Rule names must be unique within a
     * scaling policy.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ScalingRule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ScalingRule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The CloudWatch alarm definition that determines when automatic scaling activity is triggered.
     *
     * <p>Required. CloudFormation property {@code Trigger}.
     */
    public ScalingRule trigger(Value<ScalingTrigger> value) {
      return set("Trigger", value);
    }
  }

  /**
   * <code>ScalingTrigger</code> is a subproperty of the <code>ScalingRule</code> property type.
   * <code>ScalingTrigger</code> determines the conditions that trigger an automatic scaling
   * activity.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.ScalingTrigger}.
   */
  public static final class ScalingTrigger extends Struct<ScalingTrigger> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.ScalingTrigger")
        .required("CloudWatchAlarmDefinition")
        .build();

    public ScalingTrigger() {
      super(SCHEMA);
    }

    /**
     * The definition of a CloudWatch metric alarm. When the defined alarm conditions are met along
     * with other trigger parameters, scaling activity begins.
     *
     * <p>Required. CloudFormation property {@code CloudWatchAlarmDefinition}.
     */
    public ScalingTrigger cloudWatchAlarmDefinition(Value<CloudWatchAlarmDefinition> value) {
      return set("CloudWatchAlarmDefinition", value);
    }
  }

  /**
   * <code>SimpleScalingPolicyConfiguration</code> is a subproperty of the
   * <code>ScalingAction</code> property type. <code>SimpleScalingPolicyConfiguration</code>
   * determines how an automatic scaling action adds or removes instances, the cooldown period, and
   * the number of EC2 instances that are added each time the CloudWatch metric alarm condition is
   * satisfied.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.SimpleScalingPolicyConfiguration}.
   */
  public static final class SimpleScalingPolicyConfiguration extends Struct<SimpleScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.SimpleScalingPolicyConfiguration")
        .required("ScalingAdjustment")
        .build();

    public SimpleScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The way in which Amazon EC2 instances are added (if <code>ScalingAdjustment</code> is a
     * positive number) or terminated (if <code>ScalingAdjustment</code> is a negative number) each
     * time the scaling activity is triggered. <code>CHANGE_IN_CAPACITY</code> is the default.
     * <code>CHANGE_IN_CAPACITY</code> indicates that the Amazon EC2 instance count increments or
     * decrements by <code>ScalingAdjustment</code> , which should be expressed as an integer.
     * <code>PERCENT_CHANGE_IN_CAPACITY</code> indicates the instance count increments or decrements
     * by the percentage specified by <code>ScalingAdjustment</code> , which should be expressed as
     * an integer. For example, 20 indicates an increase in 20% increments of cluster capacity.
     * <code>EXACT_CAPACITY</code> indicates the scaling activity results in an instance group with
     * the number of Amazon EC2 instances specified by <code>ScalingAdjustment</code> , which should
     * be expressed as a positive integer.
     *
     * <p>CloudFormation property {@code AdjustmentType}.
     */
    public SimpleScalingPolicyConfiguration adjustmentType(String value) {
      return set("AdjustmentType", Value.of(value));
    }

    /** Sets {@code AdjustmentType} to this value; see {@link #adjustmentType(String)}. */
    public SimpleScalingPolicyConfiguration adjustmentType(Value<String> value) {
      return set("AdjustmentType", value);
    }

    /**
     * The amount of time, in seconds, after a scaling activity completes before any further
     * trigger-related scaling activities can start. The default value is 0.
     *
     * <p>CloudFormation property {@code CoolDown}.
     */
    public SimpleScalingPolicyConfiguration coolDown(int value) {
      return set("CoolDown", Value.of(value));
    }

    /** Sets {@code CoolDown} to this value; see {@link #coolDown(int)}. */
    public SimpleScalingPolicyConfiguration coolDown(Value<Integer> value) {
      return set("CoolDown", value);
    }

    /**
     * The amount by which to scale in or scale out, based on the specified
     * <code>AdjustmentType</code> . A positive value adds to the instance group's Amazon EC2
     * instance count while a negative number removes instances. If <code>AdjustmentType</code> is
     * set to <code>EXACT_CAPACITY</code> , the number should only be a positive integer. If
     * <code>AdjustmentType</code> is set to <code>PERCENT_CHANGE_IN_CAPACITY</code> , the value
     * should express the percentage as an integer. For example, -20 indicates a decrease in 20%
     * increments of cluster capacity.
     *
     * <p>Required. CloudFormation property {@code ScalingAdjustment}.
     */
    public SimpleScalingPolicyConfiguration scalingAdjustment(int value) {
      return set("ScalingAdjustment", Value.of(value));
    }

    /** Sets {@code ScalingAdjustment} to this value; see {@link #scalingAdjustment(int)}. */
    public SimpleScalingPolicyConfiguration scalingAdjustment(Value<Integer> value) {
      return set("ScalingAdjustment", value);
    }
  }

  /**
   * <code>VolumeSpecification</code> is a subproperty of the <code>EbsBlockDeviceConfig</code>
   * property type. <code>VolumeSecification</code> determines the volume type, IOPS, and size (GiB)
   * for EBS volumes attached to EC2 instances.
   *
   * <p>Property type {@code AWS::EMR::InstanceGroupConfig.VolumeSpecification}.
   */
  public static final class VolumeSpecification extends Struct<VolumeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceGroupConfig.VolumeSpecification")
        .required("SizeInGB", "VolumeType")
        .build();

    public VolumeSpecification() {
      super(SCHEMA);
    }

    /**
     * The number of I/O operations per second (IOPS) that the volume supports.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public VolumeSpecification iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public VolumeSpecification iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The volume size, in gibibytes (GiB). This can be a number from 1 - 1024. If the volume type
     * is EBS-optimized, the minimum value is 10.
     *
     * <p>Required. CloudFormation property {@code SizeInGB}.
     */
    public VolumeSpecification sizeInGB(int value) {
      return set("SizeInGB", Value.of(value));
    }

    /** Sets {@code SizeInGB} to this value; see {@link #sizeInGB(int)}. */
    public VolumeSpecification sizeInGB(Value<Integer> value) {
      return set("SizeInGB", value);
    }

    /**
     * The throughput, in mebibyte per second (MiB/s). This optional parameter can be a number from
     * 125 - 1000 and is valid only for gp3 volumes.
     *
     * <p>CloudFormation property {@code Throughput}.
     */
    public VolumeSpecification throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public VolumeSpecification throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The volume type. Volume types supported are gp3, gp2, io1, st1, sc1, and standard.
     *
     * <p>Required. CloudFormation property {@code VolumeType}.
     */
    public VolumeSpecification volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public VolumeSpecification volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }
}
