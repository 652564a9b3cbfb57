// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ecs.Cluster;
import java.util.List;

/**
 * The <code>AWS::AutoScaling::ScalingPolicy</code> resource specifies an Amazon EC2 Auto Scaling
 * scaling policy so that the Auto Scaling group can scale the number of instances available for
 * your application.
 *
 * <p>For more information about using scaling policies to scale your Auto Scaling group
 * automatically, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scale-based-on-demand.html">Dynamic
 * scaling</a> and <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-predictive-scaling.html">Predictive
 * scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AutoScaling::ScalingPolicy}.
 */
public final class ScalingPolicy extends Resource<ScalingPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy")
      .required("AutoScalingGroupName")
      .allowed("AdjustmentType", "ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity")
      .constrain("AdjustmentType", Constraint.of().minLength(1).maxLength(255))
      .constrain("AutoScalingGroupName", Constraint.of().minLength(1).maxLength(255))
      .references("AutoScalingGroupName", "AWS::AutoScaling::AutoScalingGroup.Ref")
      .allowed("MetricAggregationType", "Average", "Maximum", "Minimum")
      .constrain("MetricAggregationType", Constraint.of().minLength(1).maxLength(32))
      .allowed("PolicyType", "PredictiveScaling", "SimpleScaling", "StepScaling",
          "TargetTrackingScaling")
      .constrain("PolicyType", Constraint.of().minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "PolicyName")
      .build();

  public ScalingPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies how the scaling adjustment is interpreted (for example, an absolute number or a
   * percentage). The valid values are <code>ChangeInCapacity</code> , <code>ExactCapacity</code> ,
   * and <code>PercentChangeInCapacity</code> .
   *
   * <p>Required if the policy type is <code>StepScaling</code> or <code>SimpleScaling</code> . For
   * more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html#as-scaling-adjustment">Scaling
   * adjustment types</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Allowed values: {@code ChangeInCapacity}, {@code ExactCapacity}, {@code
   * PercentChangeInCapacity}. Length: 1 to 255 characters. CloudFormation property {@code
   * AdjustmentType}.
   */
  public ScalingPolicy adjustmentType(String value) {
    return set("AdjustmentType", Value.of(value));
  }

  /** Sets {@code AdjustmentType} to this value; see {@link #adjustmentType(String)}. */
  public ScalingPolicy adjustmentType(Value<String> value) {
    return set("AdjustmentType", value);
  }

  /**
   * The name of the Auto Scaling group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AutoScalingGroupName}.
   */
  public ScalingPolicy autoScalingGroupName(String value) {
    return set("AutoScalingGroupName", Value.of(value));
  }

  /** Sets {@code AutoScalingGroupName} to this value; see {@link #autoScalingGroupName(String)}. */
  public ScalingPolicy autoScalingGroupName(Value<String> value) {
    return set("AutoScalingGroupName", value);
  }

  /**
   * Sets {@code AutoScalingGroupName} to the Ref of {@code AWS::AutoScaling::AutoScalingGroup}; see
   * {@link #autoScalingGroupName(String)}.
   */
  public ScalingPolicy autoScalingGroupName(AutoScalingGroup resource) {
    return set("AutoScalingGroupName", resource.ref());
  }

  /**
   * A cooldown period, in seconds, that applies to a specific simple scaling policy. When a
   * cooldown period is specified here, it overrides the default cooldown.
   *
   * <p>Valid only if the policy type is <code>SimpleScaling</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html">Scaling
   * cooldowns for Amazon EC2 Auto Scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Default: None
   *
   * <p>CloudFormation property {@code Cooldown}.
   */
  public ScalingPolicy cooldown(String value) {
    return set("Cooldown", Value.of(value));
  }

  /** Sets {@code Cooldown} to this value; see {@link #cooldown(String)}. */
  public ScalingPolicy cooldown(Value<String> value) {
    return set("Cooldown", value);
  }

  /**
   * <em>Not needed if the default instance warmup is defined for the group.</em>
   *
   * <p>The estimated time, in seconds, until a newly launched instance can contribute to the
   * CloudWatch metrics. This warm-up period applies to instances launched due to a specific target
   * tracking or step scaling policy. When a warm-up period is specified here, it overrides the
   * default instance warmup.
   *
   * <p>Valid only if the policy type is <code>TargetTrackingScaling</code> or
   * <code>StepScaling</code> .
   *
   * <p>The default is to use the value for the default instance warmup defined for the group. If
   * default instance warmup is null, then <code>EstimatedInstanceWarmup</code> falls back to the
   * value of default cooldown.
   *
   * <p>CloudFormation property {@code EstimatedInstanceWarmup}.
   */
  public ScalingPolicy estimatedInstanceWarmup(int value) {
    return set("EstimatedInstanceWarmup", Value.of(value));
  }

  /**
   * Sets {@code EstimatedInstanceWarmup} to this value; see {@link #estimatedInstanceWarmup(int)}.
   */
  public ScalingPolicy estimatedInstanceWarmup(Value<Integer> value) {
    return set("EstimatedInstanceWarmup", value);
  }

  /**
   * The aggregation type for the CloudWatch metrics. The valid values are <code>Minimum</code> ,
   * <code>Maximum</code> , and <code>Average</code> . If the aggregation type is null, the value is
   * treated as <code>Average</code> .
   *
   * <p>Valid only if the policy type is <code>StepScaling</code> .
   *
   * <p>Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}. Length: 1 to 32
   * characters. CloudFormation property {@code MetricAggregationType}.
   */
  public ScalingPolicy metricAggregationType(String value) {
    return set("MetricAggregationType", Value.of(value));
  }

  /**
   * Sets {@code MetricAggregationType} to this value; see {@link #metricAggregationType(String)}.
   */
  public ScalingPolicy metricAggregationType(Value<String> value) {
    return set("MetricAggregationType", value);
  }

  /**
   * The minimum value to scale by when the adjustment type is <code>PercentChangeInCapacity</code>
   * . For example, suppose that you create a step scaling policy to scale out an Auto Scaling group
   * by 25 percent and you specify a <code>MinAdjustmentMagnitude</code> of 2. If the group has 4
   * instances and the scaling policy is performed, 25 percent of 4 is 1. However, because you
   * specified a <code>MinAdjustmentMagnitude</code> of 2, Amazon EC2 Auto Scaling scales out the
   * group by 2 instances.
   *
   * <p>Valid only if the policy type is <code>StepScaling</code> or <code>SimpleScaling</code> .
   * For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html#as-scaling-adjustment">Scaling
   * adjustment types</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Some Auto Scaling groups use instance weights. In this case, set the
   * <code>MinAdjustmentMagnitude</code> to a value that is at least as large as your largest
   * instance weight.
   *
   * <p>CloudFormation property {@code MinAdjustmentMagnitude}.
   */
  public ScalingPolicy minAdjustmentMagnitude(int value) {
    return set("MinAdjustmentMagnitude", Value.of(value));
  }

  /**
   * Sets {@code MinAdjustmentMagnitude} to this value; see {@link #minAdjustmentMagnitude(int)}.
   */
  public ScalingPolicy minAdjustmentMagnitude(Value<Integer> value) {
    return set("MinAdjustmentMagnitude", value);
  }

  /**
   * One of the following policy types:
   *
   * <ul> <li><code>TargetTrackingScaling</code> <li><code>StepScaling</code>
   * <li><code>SimpleScaling</code> (default) <li><code>PredictiveScaling</code> </ul>
   *
   * <p>Allowed values: {@code PredictiveScaling}, {@code SimpleScaling}, {@code StepScaling},
   * {@code TargetTrackingScaling}. Length: 1 to 64 characters. CloudFormation property {@code
   * PolicyType}.
   */
  public ScalingPolicy policyType(String value) {
    return set("PolicyType", Value.of(value));
  }

  /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
  public ScalingPolicy policyType(Value<String> value) {
    return set("PolicyType", value);
  }

  /**
   * A predictive scaling policy. Provides support for predefined and custom metrics.
   *
   * <p>Predefined metrics include CPU utilization, network in/out, and the Application Load
   * Balancer request count.
   *
   * <p>Required if the policy type is <code>PredictiveScaling</code> .
   *
   * <p>CloudFormation property {@code PredictiveScalingConfiguration}.
   */
  public ScalingPolicy predictiveScalingConfiguration(Value<PredictiveScalingConfiguration> value) {
    return set("PredictiveScalingConfiguration", value);
  }

  /**
   * The amount by which to scale, based on the specified adjustment type. A positive value adds to
   * the current capacity while a negative number removes from the current capacity. For exact
   * capacity, you must specify a non-negative value.
   *
   * <p>Required if the policy type is <code>SimpleScaling</code> . (Not used with any other policy
   * type.)
   *
   * <p>CloudFormation property {@code ScalingAdjustment}.
   */
  public ScalingPolicy scalingAdjustment(int value) {
    return set("ScalingAdjustment", Value.of(value));
  }

  /** Sets {@code ScalingAdjustment} to this value; see {@link #scalingAdjustment(int)}. */
  public ScalingPolicy scalingAdjustment(Value<Integer> value) {
    return set("ScalingAdjustment", value);
  }

  /**
   * A set of adjustments that enable you to scale based on the size of the alarm breach.
   *
   * <p>Required if the policy type is <code>StepScaling</code> . (Not used with any other policy
   * type.)
   *
   * <p>CloudFormation property {@code StepAdjustments}.
   */
  public ScalingPolicy stepAdjustments(List<StepAdjustment> value) {
    return set("StepAdjustments", Value.listOf(value));
  }

  /** Sets {@code StepAdjustments} to this value; see {@link #stepAdjustments(List)}. */
  public ScalingPolicy stepAdjustments(Value<List<StepAdjustment>> value) {
    return set("StepAdjustments", value);
  }

  /** Sets {@code StepAdjustments} to a list of these; see {@link #stepAdjustments(List)}. */
  public ScalingPolicy stepAdjustments(StepAdjustment... values) {
    return set("StepAdjustments", Value.list(values));
  }

  /**
   * A target tracking scaling policy. Provides support for predefined or custom metrics.
   *
   * <p>The following predefined metrics are available:
   *
   * <ul> <li><code>ASGAverageCPUUtilization</code> <li><code>ASGAverageNetworkIn</code>
   * <li><code>ASGAverageNetworkOut</code> <li><code>ALBRequestCountPerTarget</code> </ul>
   *
   * <p>If you specify <code>ALBRequestCountPerTarget</code> for the metric, you must specify the
   * <code>ResourceLabel</code> property with the <code>PredefinedMetricSpecification</code> .
   *
   * <p>Required if the policy type is <code>TargetTrackingScaling</code> .
   *
   * <p>CloudFormation property {@code TargetTrackingConfiguration}.
   */
  public ScalingPolicy targetTrackingConfiguration(Value<TargetTrackingConfiguration> value) {
    return set("TargetTrackingConfiguration", value);
  }

  /**
   * Returns the ARN of a scaling policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the name of a scaling policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyName}.
   */
  public Value<String> policyName() {
    return getAtt("PolicyName");
  }

  /**
   * Contains customized metric specification information for a target tracking scaling policy for
   * Amazon EC2 Auto Scaling.
   *
   * <p>To create your customized metric specification:
   *
   * <ul> <li>Add values for each required property from CloudWatch. You can use an existing metric,
   * or a new metric that you create. To use your own metric, you must first publish the metric to
   * CloudWatch. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html">Publish
   * Custom Metrics</a> in the <em>Amazon CloudWatch User Guide</em> . <li>Choose a metric that
   * changes proportionally with capacity. The value of the metric should increase or decrease in
   * inverse proportion to the number of capacity units. That is, the value of the metric should
   * decrease when capacity increases. </ul>
   *
   * <p>For more information about CloudWatch, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch Concepts</a> .
   *
   * <p><code>CustomizedMetricSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-targettrackingconfiguration.html">AWS::AutoScaling::ScalingPolicy
   * TargetTrackingConfiguration</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.CustomizedMetricSpecification}.
   */
  public static final class CustomizedMetricSpecification extends Struct<CustomizedMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.CustomizedMetricSpecification")
        .constrain("Period", Constraint.of().minimum(1))
        .allowed("Statistic", "Average", "Maximum", "Minimum", "SampleCount", "Sum")
        .build();

    public CustomizedMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The dimensions of the metric.
     *
     * <p>Conditional: If you published your metric with dimensions, you must specify the same
     * dimensions in your scaling policy.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public CustomizedMetricSpecification dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public CustomizedMetricSpecification dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public CustomizedMetricSpecification dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric. To get the exact metric name, namespace, and dimensions, inspect the
     * <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metric</a>
     * object that is returned by a call to <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
     * .
     *
     * <p>CloudFormation property {@code MetricName}.
     */
    public CustomizedMetricSpecification metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CustomizedMetricSpecification metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The metrics to include in the target tracking scaling policy, as a metric data query. This
     * can include both raw metric and metric math expressions.
     *
     * <p>CloudFormation property {@code Metrics}.
     */
    public CustomizedMetricSpecification metrics(List<TargetTrackingMetricDataQuery> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public CustomizedMetricSpecification metrics(Value<List<TargetTrackingMetricDataQuery>> value) {
      return set("Metrics", value);
    }

    /** Sets {@code Metrics} to a list of these; see {@link #metrics(List)}. */
    public CustomizedMetricSpecification metrics(TargetTrackingMetricDataQuery... values) {
      return set("Metrics", Value.list(values));
    }

    /**
     * The namespace of the metric.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public CustomizedMetricSpecification namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public CustomizedMetricSpecification namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The period of the metric in seconds. The default value is 60. Accepted values are 10, 30, and
     * 60. For high resolution metric, set the value to less than 60. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/policy-creating-high-resolution-metrics.html">Create
     * a target tracking policy using high-resolution metrics for faster response</a> .
     *
     * <p>Range: at least 1. CloudFormation property {@code Period}.
     */
    public CustomizedMetricSpecification period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public CustomizedMetricSpecification period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic of the metric.
     *
     * <p>Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}, {@code SampleCount},
     * {@code Sum}. CloudFormation property {@code Statistic}.
     */
    public CustomizedMetricSpecification statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public CustomizedMetricSpecification statistic(Value<String> value) {
      return set("Statistic", value);
    }

    /**
     * The unit of the metric. For a complete list of the units that CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public CustomizedMetricSpecification unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CustomizedMetricSpecification unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * Represents a specific metric.
   *
   * <p><code>Metric</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-metricstat.html">AWS::AutoScaling::ScalingPolicy
   * MetricStat</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.Metric}.
   */
  public static final class Metric extends Struct<Metric> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.Metric")
        .required("MetricName", "Namespace")
        .build();

    public Metric() {
      super(SCHEMA);
    }

    /**
     * The dimensions for the metric. For the list of available dimensions, see the AWS
     * documentation available from the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html">AWS
     * services that publish CloudWatch metrics</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Conditional: If you published your metric with dimensions, you must specify the same
     * dimensions in your scaling policy.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public Metric dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public Metric dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public Metric dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric.
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public Metric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public Metric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric. For more information, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html">AWS
     * services that publish CloudWatch metrics</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Namespace}.
     */
    public Metric namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public Metric namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * The metric data to return. Also defines whether this call is returning data for one metric
   * only, or whether it is performing a math expression on the values of returned metric statistics
   * to create a new time series. A time series is a series of data points, each of which is
   * associated with a timestamp.
   *
   * <p><code>MetricDataQuery</code> is a property of the following property types:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingcustomizedscalingmetric.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingCustomizedScalingMetric</a> <li><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingcustomizedloadmetric.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingCustomizedLoadMetric</a> <li><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingcustomizedcapacitymetric.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingCustomizedCapacityMetric</a> </ul>
   *
   * <p>Predictive scaling uses the time series data received from CloudWatch to understand how to
   * schedule capacity based on your historical workload patterns.
   *
   * <p>You can call for a single metric or perform math expressions on multiple metrics. Any
   * expressions used in a metric specification must eventually return a single time series.
   *
   * <p>For more information and examples, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/predictive-scaling-customized-metric-specification.html">Advanced
   * predictive scaling policy configurations using custom metrics</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.MetricDataQuery}.
   */
  public static final class MetricDataQuery extends Struct<MetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.MetricDataQuery")
        .required("Id")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(1023))
        .constrain("Id", Constraint.of().minLength(1).maxLength(255))
        .constrain("Label", Constraint.of().minLength(0).maxLength(2047))
        .build();

    public MetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The math expression to perform on the returned data, if this object is performing a math
     * expression. This expression can use the <code>Id</code> of the other metrics to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions.
     *
     * <p>Conditional: Within each <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code Expression}.
     */
    public MetricDataQuery expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public MetricDataQuery expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A short name that identifies the object's results in the response. This name must be unique
     * among all <code>MetricDataQuery</code> objects specified for a single scaling policy. If you
     * are performing math expressions on this set of data, this name represents that data and can
     * serve as a variable in the mathematical expression. The valid characters are letters,
     * numbers, and underscores. The first character must be a lowercase letter.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Id}.
     */
    public MetricDataQuery id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public MetricDataQuery id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is a
     * math expression, so that you know what the value represents.
     *
     * <p>Length: 0 to 2047 characters. CloudFormation property {@code Label}.
     */
    public MetricDataQuery label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public MetricDataQuery label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * Information about the metric data to return.
     *
     * <p>Conditional: Within each <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>CloudFormation property {@code MetricStat}.
     */
    public MetricDataQuery metricStat(Value<MetricStat> value) {
      return set("MetricStat", value);
    }

    /**
     * Indicates whether to return the timestamps and raw data values of this metric.
     *
     * <p>If you use any math expressions, specify <code>true</code> for this value for only the
     * final math expression that the metric specification is based on. You must specify
     * <code>false</code> for <code>ReturnData</code> for all the other metrics and expressions used
     * in the metric specification.
     *
     * <p>If you are only retrieving metrics and not performing any math expressions, do not specify
     * anything for <code>ReturnData</code> . This sets it to its default ( <code>true</code> ).
     *
     * <p>CloudFormation property {@code ReturnData}.
     */
    public MetricDataQuery returnData(boolean value) {
      return set("ReturnData", Value.of(value));
    }

    /** Sets {@code ReturnData} to this value; see {@link #returnData(boolean)}. */
    public MetricDataQuery returnData(Value<Boolean> value) {
      return set("ReturnData", value);
    }
  }

  /**
   * <code>MetricDimension</code> specifies a name/value pair that is part of the identity of a
   * CloudWatch metric for the <code>Dimensions</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-customizedmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * CustomizedMetricSpecification</a> property type. Duplicate dimensions are not allowed.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.MetricDimension}.
   */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.MetricDimension")
        .required("Name", "Value")
        .references("Value", "AWS::AutoScaling::AutoScalingGroup.Ref", "AWS::ECS::Cluster.Ref")
        .build();

    public MetricDimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MetricDimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricDimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the dimension.
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

    /**
     * Sets {@code Value} to the Ref of {@code AWS::AutoScaling::AutoScalingGroup}; see {@link
     * #value(String)}.
     */
    public MetricDimension value(AutoScalingGroup resource) {
      return set("Value", resource.ref());
    }

    /** Sets {@code Value} to the Ref of {@code AWS::ECS::Cluster}; see {@link #value(String)}. */
    public MetricDimension value(Cluster resource) {
      return set("Value", resource.ref());
    }
  }

  /**
   * <code>MetricStat</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-metricdataquery.html">AWS::AutoScaling::ScalingPolicy
   * MetricDataQuery</a> property type.
   *
   * <p>This structure defines the CloudWatch metric to return, along with the statistic and unit.
   *
   * <p>For more information about the CloudWatch terminology below, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch concepts</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.MetricStat}.
   */
  public static final class MetricStat extends Struct<MetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.MetricStat")
        .required("Metric", "Stat")
        .constrain("Stat", Constraint.of().minLength(1).maxLength(100))
        .build();

    public MetricStat() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch metric to return, including the metric name, namespace, and dimensions. To get
     * the exact metric name, namespace, and dimensions, inspect the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metric</a>
     * object that is returned by a call to <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
     * .
     *
     * <p>Required. CloudFormation property {@code Metric}.
     */
    public MetricStat metric(Value<Metric> value) {
      return set("Metric", value);
    }

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic">Statistics</a>
     * in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>The most commonly used metrics for predictive scaling are <code>Average</code> and
     * <code>Sum</code> .
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Stat}.
     */
    public MetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public MetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * The unit to use for the returned data points. For a complete list of the units that
     * CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public MetricStat unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public MetricStat unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * Contains predefined metric specification information for a target tracking scaling policy for
   * Amazon EC2 Auto Scaling.
   *
   * <p><code>PredefinedMetricSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-targettrackingconfiguration.html">AWS::AutoScaling::ScalingPolicy
   * TargetTrackingConfiguration</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.PredefinedMetricSpecification}.
   */
  public static final class PredefinedMetricSpecification extends Struct<PredefinedMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredefinedMetricSpecification")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCountPerTarget", "ASGAverageCPUUtilization",
            "ASGAverageNetworkIn", "ASGAverageNetworkOut")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredefinedMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The metric type. The following predefined metrics are available:
     *
     * <ul> <li><code>ASGAverageCPUUtilization</code> - Average CPU utilization of the Auto Scaling
     * group. <li><code>ASGAverageNetworkIn</code> - Average number of bytes received on all network
     * interfaces by the Auto Scaling group. <li><code>ASGAverageNetworkOut</code> - Average number
     * of bytes sent out on all network interfaces by the Auto Scaling group.
     * <li><code>ALBRequestCountPerTarget</code> - Average Application Load Balancer request count
     * per target for your Auto Scaling group. </ul>
     *
     * <p>Required. Allowed values: {@code ALBRequestCountPerTarget}, {@code
     * ASGAverageCPUUtilization}, {@code ASGAverageNetworkIn}, {@code ASGAverageNetworkOut}.
     * CloudFormation property {@code PredefinedMetricType}.
     */
    public PredefinedMetricSpecification predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredefinedMetricSpecification predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a specific Application Load Balancer target group from which
     * to determine the average request count served by your Auto Scaling group. You can't specify a
     * resource label unless the target group is attached to the Auto Scaling group.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format of the resource label is:
     *
     * <p><code>app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff</code>
     * .
     *
     * <p>Where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredefinedMetricSpecification resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredefinedMetricSpecification resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * <code>PredictiveScalingConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-scalingpolicy.html">AWS::AutoScaling::ScalingPolicy</a>
   * resource that specifies a predictive scaling policy for Amazon EC2 Auto Scaling.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-predictive-scaling.html">Predictive
   * scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.PredictiveScalingConfiguration}.
   */
  public static final class PredictiveScalingConfiguration extends Struct<PredictiveScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingConfiguration")
        .required("MetricSpecifications")
        .allowed("MaxCapacityBreachBehavior", "HonorMaxCapacity", "IncreaseMaxCapacity")
        .constrain("MaxCapacityBuffer", Constraint.of().minimum(0).maximum(100))
        .allowed("Mode", "ForecastAndScale", "ForecastOnly")
        .constrain("SchedulingBufferTime", Constraint.of().minimum(0))
        .build();

    public PredictiveScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines the behavior that should be applied if the forecast capacity approaches or exceeds
     * the maximum capacity of the Auto Scaling group. Defaults to <code>HonorMaxCapacity</code> if
     * not specified.
     *
     * <p>The following are possible values:
     *
     * <ul> <li><code>HonorMaxCapacity</code> - Amazon EC2 Auto Scaling can't increase the maximum
     * capacity of the group when the forecast capacity is close to or exceeds the maximum capacity.
     * <li><code>IncreaseMaxCapacity</code> - Amazon EC2 Auto Scaling can increase the maximum
     * capacity of the group when the forecast capacity is close to or exceeds the maximum capacity.
     * The upper limit is determined by the forecasted capacity and the value for
     * <code>MaxCapacityBuffer</code> . </ul>
     *
     * <p>Use caution when allowing the maximum capacity to be automatically increased. This can
     * lead to more instances being launched than intended if the increased maximum capacity is not
     * monitored and managed. The increased maximum capacity then becomes the new normal maximum
     * capacity for the Auto Scaling group until you manually update it. The maximum capacity does
     * not automatically decrease back to the original maximum.
     *
     * <p>Allowed values: {@code HonorMaxCapacity}, {@code IncreaseMaxCapacity}. CloudFormation
     * property {@code MaxCapacityBreachBehavior}.
     */
    public PredictiveScalingConfiguration maxCapacityBreachBehavior(String value) {
      return set("MaxCapacityBreachBehavior", Value.of(value));
    }

    /**
     * Sets {@code MaxCapacityBreachBehavior} to this value; see {@link
     * #maxCapacityBreachBehavior(String)}.
     */
    public PredictiveScalingConfiguration maxCapacityBreachBehavior(Value<String> value) {
      return set("MaxCapacityBreachBehavior", value);
    }

    /**
     * The size of the capacity buffer to use when the forecast capacity is close to or exceeds the
     * maximum capacity. The value is specified as a percentage relative to the forecast capacity.
     * For example, if the buffer is 10, this means a 10 percent buffer, such that if the forecast
     * capacity is 50, and the maximum capacity is 40, then the effective maximum capacity is 55.
     *
     * <p>If set to 0, Amazon EC2 Auto Scaling may scale capacity higher than the maximum capacity
     * to equal but not exceed forecast capacity.
     *
     * <p>Required if the <code>MaxCapacityBreachBehavior</code> property is set to
     * <code>IncreaseMaxCapacity</code> , and cannot be used otherwise.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxCapacityBuffer}.
     */
    public PredictiveScalingConfiguration maxCapacityBuffer(int value) {
      return set("MaxCapacityBuffer", Value.of(value));
    }

    /** Sets {@code MaxCapacityBuffer} to this value; see {@link #maxCapacityBuffer(int)}. */
    public PredictiveScalingConfiguration maxCapacityBuffer(Value<Integer> value) {
      return set("MaxCapacityBuffer", value);
    }

    /**
     * This structure includes the metrics and target utilization to use for predictive scaling.
     *
     * <p>This is an array, but we currently only support a single metric specification. That is,
     * you can specify a target value and a single metric pair, or a target value and one scaling
     * metric and one load metric.
     *
     * <p>Required. CloudFormation property {@code MetricSpecifications}.
     */
    public PredictiveScalingConfiguration metricSpecifications(List<PredictiveScalingMetricSpecification> value) {
      return set("MetricSpecifications", Value.listOf(value));
    }

    /** Sets {@code MetricSpecifications} to this value; see {@link #metricSpecifications(List)}. */
    public PredictiveScalingConfiguration metricSpecifications(Value<List<PredictiveScalingMetricSpecification>> value) {
      return set("MetricSpecifications", value);
    }

    /**
     * Sets {@code MetricSpecifications} to a list of these; see {@link
     * #metricSpecifications(List)}.
     */
    public PredictiveScalingConfiguration metricSpecifications(PredictiveScalingMetricSpecification... values) {
      return set("MetricSpecifications", Value.list(values));
    }

    /**
     * The predictive scaling mode. Defaults to <code>ForecastOnly</code> if not specified.
     *
     * <p>Allowed values: {@code ForecastAndScale}, {@code ForecastOnly}. CloudFormation property
     * {@code Mode}.
     */
    public PredictiveScalingConfiguration mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public PredictiveScalingConfiguration mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The amount of time, in seconds, by which the instance launch time can be advanced. For
     * example, the forecast says to add capacity at 10:00 AM, and you choose to pre-launch
     * instances by 5 minutes. In that case, the instances will be launched at 9:55 AM. The
     * intention is to give resources time to be provisioned. It can take a few minutes to launch an
     * EC2 instance. The actual amount of time required depends on several factors, such as the size
     * of the instance and whether there are startup scripts to complete.
     *
     * <p>The value must be less than the forecast interval duration of 3600 seconds (60 minutes).
     * Defaults to 300 seconds if not specified.
     *
     * <p>Range: at least 0. CloudFormation property {@code SchedulingBufferTime}.
     */
    public PredictiveScalingConfiguration schedulingBufferTime(int value) {
      return set("SchedulingBufferTime", Value.of(value));
    }

    /** Sets {@code SchedulingBufferTime} to this value; see {@link #schedulingBufferTime(int)}. */
    public PredictiveScalingConfiguration schedulingBufferTime(Value<Integer> value) {
      return set("SchedulingBufferTime", value);
    }
  }

  /**
   * Contains capacity metric information for the <code>CustomizedCapacityMetricSpecification</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingMetricSpecification</a> property type.
   *
   * <p>Property type {@code
   * AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric}.
   */
  public static final class PredictiveScalingCustomizedCapacityMetric extends Struct<PredictiveScalingCustomizedCapacityMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric")
        .required("MetricDataQueries")
        .build();

    public PredictiveScalingCustomizedCapacityMetric() {
      super(SCHEMA);
    }

    /**
     * One or more metric data queries to provide the data points for a capacity metric. Use
     * multiple metric data queries only if you are performing a math expression on returned data.
     *
     * <p>Required. CloudFormation property {@code MetricDataQueries}.
     */
    public PredictiveScalingCustomizedCapacityMetric metricDataQueries(List<MetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedCapacityMetric metricDataQueries(Value<List<MetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedCapacityMetric metricDataQueries(MetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * Contains load metric information for the <code>CustomizedLoadMetricSpecification</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingMetricSpecification</a> property type.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric}.
   */
  public static final class PredictiveScalingCustomizedLoadMetric extends Struct<PredictiveScalingCustomizedLoadMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric")
        .required("MetricDataQueries")
        .build();

    public PredictiveScalingCustomizedLoadMetric() {
      super(SCHEMA);
    }

    /**
     * One or more metric data queries to provide the data points for a load metric. Use multiple
     * metric data queries only if you are performing a math expression on returned data.
     *
     * <p>Required. CloudFormation property {@code MetricDataQueries}.
     */
    public PredictiveScalingCustomizedLoadMetric metricDataQueries(List<MetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedLoadMetric metricDataQueries(Value<List<MetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedLoadMetric metricDataQueries(MetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * Contains scaling metric information for the <code>CustomizedScalingMetricSpecification</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingMetricSpecification</a> property type.
   *
   * <p>Property type {@code
   * AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric}.
   */
  public static final class PredictiveScalingCustomizedScalingMetric extends Struct<PredictiveScalingCustomizedScalingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric")
        .required("MetricDataQueries")
        .build();

    public PredictiveScalingCustomizedScalingMetric() {
      super(SCHEMA);
    }

    /**
     * One or more metric data queries to provide the data points for a scaling metric. Use multiple
     * metric data queries only if you are performing a math expression on returned data.
     *
     * <p>Required. CloudFormation property {@code MetricDataQueries}.
     */
    public PredictiveScalingCustomizedScalingMetric metricDataQueries(List<MetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedScalingMetric metricDataQueries(Value<List<MetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedScalingMetric metricDataQueries(MetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * A structure that specifies a metric specification for the <code>MetricSpecifications</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingconfiguration.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingConfiguration</a> property type.
   *
   * <p>You must specify either a metric pair, or a load metric and a scaling metric individually.
   * Specifying a metric pair instead of individual metrics provides a simpler way to configure
   * metrics for a scaling policy. You choose the metric pair, and the policy automatically knows
   * the correct sum and average statistics to use for the load metric and the scaling metric.
   *
   * <p>Example
   *
   * <ul> <li>You create a predictive scaling policy and specify <code>ALBRequestCount</code> as the
   * value for the metric pair and <code>1000.0</code> as the target value. For this type of metric,
   * you must provide the metric dimension for the corresponding target group, so you also provide a
   * resource label for the Application Load Balancer target group that is attached to your Auto
   * Scaling group. <li>The number of requests the target group receives per minute provides the
   * load metric, and the request count averaged between the members of the target group provides
   * the scaling metric. In CloudWatch, this refers to the <code>RequestCount</code> and
   * <code>RequestCountPerTarget</code> metrics, respectively. <li>For optimal use of predictive
   * scaling, you adhere to the best practice of using a dynamic scaling policy to automatically
   * scale between the minimum capacity and maximum capacity in response to real-time changes in
   * resource utilization. <li>Amazon EC2 Auto Scaling consumes data points for the load metric over
   * the last 14 days and creates an hourly load forecast for predictive scaling. (A minimum of 24
   * hours of data is required.) <li>After creating the load forecast, Amazon EC2 Auto Scaling
   * determines when to reduce or increase the capacity of your Auto Scaling group in each hour of
   * the forecast period so that the average number of requests received by each instance is as
   * close to 1000 requests per minute as possible at all times. </ul>
   *
   * <p>For information about using custom metrics with predictive scaling, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/predictive-scaling-customized-metric-specification.html">Advanced
   * predictive scaling policy configurations using custom metrics</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification}.
   */
  public static final class PredictiveScalingMetricSpecification extends Struct<PredictiveScalingMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification")
        .required("TargetValue")
        .build();

    public PredictiveScalingMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The customized capacity metric specification.
     *
     * <p>CloudFormation property {@code CustomizedCapacityMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification customizedCapacityMetricSpecification(Value<PredictiveScalingCustomizedCapacityMetric> value) {
      return set("CustomizedCapacityMetricSpecification", value);
    }

    /**
     * The customized load metric specification.
     *
     * <p>CloudFormation property {@code CustomizedLoadMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification customizedLoadMetricSpecification(Value<PredictiveScalingCustomizedLoadMetric> value) {
      return set("CustomizedLoadMetricSpecification", value);
    }

    /**
     * The customized scaling metric specification.
     *
     * <p>CloudFormation property {@code CustomizedScalingMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification customizedScalingMetricSpecification(Value<PredictiveScalingCustomizedScalingMetric> value) {
      return set("CustomizedScalingMetricSpecification", value);
    }

    /**
     * The predefined load metric specification.
     *
     * <p>CloudFormation property {@code PredefinedLoadMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification predefinedLoadMetricSpecification(Value<PredictiveScalingPredefinedLoadMetric> value) {
      return set("PredefinedLoadMetricSpecification", value);
    }

    /**
     * The predefined metric pair specification from which Amazon EC2 Auto Scaling determines the
     * appropriate scaling metric and load metric to use.
     *
     * <p>CloudFormation property {@code PredefinedMetricPairSpecification}.
     */
    public PredictiveScalingMetricSpecification predefinedMetricPairSpecification(Value<PredictiveScalingPredefinedMetricPair> value) {
      return set("PredefinedMetricPairSpecification", value);
    }

    /**
     * The predefined scaling metric specification.
     *
     * <p>CloudFormation property {@code PredefinedScalingMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification predefinedScalingMetricSpecification(Value<PredictiveScalingPredefinedScalingMetric> value) {
      return set("PredefinedScalingMetricSpecification", value);
    }

    /**
     * Specifies the target utilization.
     *
     * <p>Some metrics are based on a count instead of a percentage, such as the request count for
     * an Application Load Balancer or the number of messages in an SQS queue. If the scaling policy
     * specifies one of these metrics, specify the target utilization as the optimal average request
     * or message count per instance during any one-minute interval.
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public PredictiveScalingMetricSpecification targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public PredictiveScalingMetricSpecification targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }

  /**
   * Contains load metric information for the <code>PredefinedLoadMetricSpecification</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingMetricSpecification</a> property type.
   *
   * <p>Does not apply to policies that use a <em>metric pair</em> for the metric specification.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric}.
   */
  public static final class PredictiveScalingPredefinedLoadMetric extends Struct<PredictiveScalingPredefinedLoadMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBTargetGroupRequestCount", "ASGTotalCPUUtilization",
            "ASGTotalNetworkIn", "ASGTotalNetworkOut")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingPredefinedLoadMetric() {
      super(SCHEMA);
    }

    /**
     * The metric type.
     *
     * <p>Required. Allowed values: {@code ALBTargetGroupRequestCount}, {@code
     * ASGTotalCPUUtilization}, {@code ASGTotalNetworkIn}, {@code ASGTotalNetworkOut}.
     * CloudFormation property {@code PredefinedMetricType}.
     */
    public PredictiveScalingPredefinedLoadMetric predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredictiveScalingPredefinedLoadMetric predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a specific Application Load Balancer target group from which
     * to determine the request count served by your Auto Scaling group. You can't specify a
     * resource label unless the target group is attached to the Auto Scaling group.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format of the resource label is:
     *
     * <p><code>app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff</code>
     * .
     *
     * <p>Where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredictiveScalingPredefinedLoadMetric resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredictiveScalingPredefinedLoadMetric resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * Contains metric pair information for the <code>PredefinedMetricPairSpecification</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingMetricSpecification</a> property type.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-predictive-scaling.html">Predictive
   * scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair}.
   */
  public static final class PredictiveScalingPredefinedMetricPair extends Struct<PredictiveScalingPredefinedMetricPair> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCount", "ASGCPUUtilization", "ASGNetworkIn",
            "ASGNetworkOut")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingPredefinedMetricPair() {
      super(SCHEMA);
    }

    /**
     * Indicates which metrics to use. There are two different types of metrics for each metric
     * type: one is a load metric and one is a scaling metric. For example, if the metric type is
     * <code>ASGCPUUtilization</code> , the Auto Scaling group's total CPU metric is used as the
     * load metric, and the average CPU metric is used for the scaling metric.
     *
     * <p>Required. Allowed values: {@code ALBRequestCount}, {@code ASGCPUUtilization}, {@code
     * ASGNetworkIn}, {@code ASGNetworkOut}. CloudFormation property {@code PredefinedMetricType}.
     */
    public PredictiveScalingPredefinedMetricPair predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredictiveScalingPredefinedMetricPair predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a specific Application Load Balancer target group from which
     * to determine the total and average request count served by your Auto Scaling group. You can't
     * specify a resource label unless the target group is attached to the Auto Scaling group.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format of the resource label is:
     *
     * <p><code>app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff</code>
     * .
     *
     * <p>Where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredictiveScalingPredefinedMetricPair resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredictiveScalingPredefinedMetricPair resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * Contains scaling metric information for the <code>PredefinedScalingMetricSpecification</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::AutoScaling::ScalingPolicy
   * PredictiveScalingMetricSpecification</a> property type.
   *
   * <p>Does not apply to policies that use a <em>metric pair</em> for the metric specification.
   *
   * <p>Property type {@code
   * AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric}.
   */
  public static final class PredictiveScalingPredefinedScalingMetric extends Struct<PredictiveScalingPredefinedScalingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCountPerTarget", "ASGAverageCPUUtilization",
            "ASGAverageNetworkIn", "ASGAverageNetworkOut")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingPredefinedScalingMetric() {
      super(SCHEMA);
    }

    /**
     * The metric type.
     *
     * <p>Required. Allowed values: {@code ALBRequestCountPerTarget}, {@code
     * ASGAverageCPUUtilization}, {@code ASGAverageNetworkIn}, {@code ASGAverageNetworkOut}.
     * CloudFormation property {@code PredefinedMetricType}.
     */
    public PredictiveScalingPredefinedScalingMetric predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredictiveScalingPredefinedScalingMetric predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a specific Application Load Balancer target group from which
     * to determine the average request count served by your Auto Scaling group. You can't specify a
     * resource label unless the target group is attached to the Auto Scaling group.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format of the resource label is:
     *
     * <p><code>app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff</code>
     * .
     *
     * <p>Where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredictiveScalingPredefinedScalingMetric resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredictiveScalingPredefinedScalingMetric resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * <code>StepAdjustment</code> specifies a step adjustment for the <code>StepAdjustments</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-scalingpolicy.html">AWS::AutoScaling::ScalingPolicy</a>
   * resource.
   *
   * <p>For the following examples, suppose that you have an alarm with a breach threshold of 50:
   *
   * <ul> <li>To trigger a step adjustment when the metric is greater than or equal to 50 and less
   * than 60, specify a lower bound of 0 and an upper bound of 10. <li>To trigger a step adjustment
   * when the metric is greater than 40 and less than or equal to 50, specify a lower bound of -10
   * and an upper bound of 0. </ul>
   *
   * <p>There are a few rules for the step adjustments for your step policy:
   *
   * <ul> <li>The ranges of your step adjustments can't overlap or have a gap. <li>At most one step
   * adjustment can have a null lower bound. If one step adjustment has a negative lower bound, then
   * there must be a step adjustment with a null lower bound. <li>At most one step adjustment can
   * have a null upper bound. If one step adjustment has a positive upper bound, then there must be
   * a step adjustment with a null upper bound. <li>The upper and lower bound can't be null in the
   * same step adjustment. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html#as-scaling-steps">Step
   * adjustments</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>You can find a sample template snippet in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-scalingpolicy.html#aws-resource-autoscaling-scalingpolicy--examples">Examples</a>
   * section of the <code>AWS::AutoScaling::ScalingPolicy</code> resource.
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.StepAdjustment}.
   */
  public static final class StepAdjustment extends Struct<StepAdjustment> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.StepAdjustment")
        .required("ScalingAdjustment")
        .build();

    public StepAdjustment() {
      super(SCHEMA);
    }

    /**
     * The lower bound for the difference between the alarm threshold and the CloudWatch metric. If
     * the metric value is above the breach threshold, the lower bound is inclusive (the metric must
     * be greater than or equal to the threshold plus the lower bound). Otherwise, it is exclusive
     * (the metric must be greater than the threshold plus the lower bound). A null value indicates
     * negative infinity.
     *
     * <p>CloudFormation property {@code MetricIntervalLowerBound}.
     */
    public StepAdjustment metricIntervalLowerBound(double value) {
      return set("MetricIntervalLowerBound", Value.of(value));
    }

    /**
     * Sets {@code MetricIntervalLowerBound} to this value; see {@link
     * #metricIntervalLowerBound(double)}.
     */
    public StepAdjustment metricIntervalLowerBound(Value<Double> value) {
      return set("MetricIntervalLowerBound", value);
    }

    /**
     * The upper bound for the difference between the alarm threshold and the CloudWatch metric. If
     * the metric value is above the breach threshold, the upper bound is exclusive (the metric must
     * be less than the threshold plus the upper bound). Otherwise, it is inclusive (the metric must
     * be less than or equal to the threshold plus the upper bound). A null value indicates positive
     * infinity.
     *
     * <p>The upper bound must be greater than the lower bound.
     *
     * <p>CloudFormation property {@code MetricIntervalUpperBound}.
     */
    public StepAdjustment metricIntervalUpperBound(double value) {
      return set("MetricIntervalUpperBound", Value.of(value));
    }

    /**
     * Sets {@code MetricIntervalUpperBound} to this value; see {@link
     * #metricIntervalUpperBound(double)}.
     */
    public StepAdjustment metricIntervalUpperBound(Value<Double> value) {
      return set("MetricIntervalUpperBound", value);
    }

    /**
     * The amount by which to scale, based on the specified adjustment type. A positive value adds
     * to the current capacity while a negative number removes from the current capacity. For exact
     * capacity, you must specify a non-negative value.
     *
     * <p>Required. CloudFormation property {@code ScalingAdjustment}.
     */
    public StepAdjustment scalingAdjustment(int value) {
      return set("ScalingAdjustment", Value.of(value));
    }

    /** Sets {@code ScalingAdjustment} to this value; see {@link #scalingAdjustment(int)}. */
    public StepAdjustment scalingAdjustment(Value<Integer> value) {
      return set("ScalingAdjustment", value);
    }
  }

  /**
   * <code>TargetTrackingConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-scalingpolicy.html">AWS::AutoScaling::ScalingPolicy</a>
   * resource that specifies a target tracking scaling policy configuration for Amazon EC2 Auto
   * Scaling.
   *
   * <p>For more information about scaling policies, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scale-based-on-demand.html">Dynamic
   * scaling</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.TargetTrackingConfiguration}.
   */
  public static final class TargetTrackingConfiguration extends Struct<TargetTrackingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.TargetTrackingConfiguration")
        .required("TargetValue")
        .build();

    public TargetTrackingConfiguration() {
      super(SCHEMA);
    }

    /**
     * A customized metric. You must specify either a predefined metric or a customized metric.
     *
     * <p>CloudFormation property {@code CustomizedMetricSpecification}.
     */
    public TargetTrackingConfiguration customizedMetricSpecification(Value<CustomizedMetricSpecification> value) {
      return set("CustomizedMetricSpecification", value);
    }

    /**
     * Indicates whether scaling in by the target tracking scaling policy is disabled. If scaling in
     * is disabled, the target tracking scaling policy doesn't remove instances from the Auto
     * Scaling group. Otherwise, the target tracking scaling policy can remove instances from the
     * Auto Scaling group. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code DisableScaleIn}.
     */
    public TargetTrackingConfiguration disableScaleIn(boolean value) {
      return set("DisableScaleIn", Value.of(value));
    }

    /** Sets {@code DisableScaleIn} to this value; see {@link #disableScaleIn(boolean)}. */
    public TargetTrackingConfiguration disableScaleIn(Value<Boolean> value) {
      return set("DisableScaleIn", value);
    }

    /**
     * A predefined metric. You must specify either a predefined metric or a customized metric.
     *
     * <p>CloudFormation property {@code PredefinedMetricSpecification}.
     */
    public TargetTrackingConfiguration predefinedMetricSpecification(Value<PredefinedMetricSpecification> value) {
      return set("PredefinedMetricSpecification", value);
    }

    /**
     * The target value for the metric.
     *
     * <p>Some metrics are based on a count instead of a percentage, such as the request count for
     * an Application Load Balancer or the number of messages in an SQS queue. If the scaling policy
     * specifies one of these metrics, specify the target utilization as the optimal average request
     * or message count per instance during any one-minute interval.
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingConfiguration targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetTrackingConfiguration targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }

  /**
   * The metric data to return. Also defines whether this call is returning data for one metric
   * only, or whether it is performing a math expression on the values of returned metric statistics
   * to create a new time series. A time series is a series of data points, each of which is
   * associated with a timestamp.
   *
   * <p>You can use <code>TargetTrackingMetricDataQuery</code> structures with a <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutScalingPolicy.html">PutScalingPolicy</a>
   * operation when you specify a <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_TargetTrackingConfiguration.html">TargetTrackingConfiguration</a>
   * in the request.
   *
   * <p>You can call for a single metric or perform math expressions on multiple metrics. Any
   * expressions used in a metric specification must eventually return a single time series.
   *
   * <p>For more information, see the <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-target-tracking-metric-math.html">Create
   * a target tracking scaling policy for Amazon EC2 Auto Scaling using metric math</a> in the
   * <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery}.
   */
  public static final class TargetTrackingMetricDataQuery extends Struct<TargetTrackingMetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery")
        .required("Id")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(2047))
        .constrain("Id", Constraint.of().minLength(1).maxLength(64))
        .constrain("Label", Constraint.of().minLength(0).maxLength(2047))
        .constrain("Period", Constraint.of().minimum(1))
        .build();

    public TargetTrackingMetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The math expression to perform on the returned data, if this object is performing a math
     * expression. This expression can use the <code>Id</code> of the other metrics to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions.
     *
     * <p>Conditional: Within each <code>TargetTrackingMetricDataQuery</code> object, you must
     * specify either <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>Length: 1 to 2047 characters. CloudFormation property {@code Expression}.
     */
    public TargetTrackingMetricDataQuery expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public TargetTrackingMetricDataQuery expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A short name that identifies the object's results in the response. This name must be unique
     * among all <code>TargetTrackingMetricDataQuery</code> objects specified for a single scaling
     * policy. If you are performing math expressions on this set of data, this name represents that
     * data and can serve as a variable in the mathematical expression. The valid characters are
     * letters, numbers, and underscores. The first character must be a lowercase letter.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Id}.
     */
    public TargetTrackingMetricDataQuery id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public TargetTrackingMetricDataQuery id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is a
     * math expression, so that you know what the value represents.
     *
     * <p>Length: 0 to 2047 characters. CloudFormation property {@code Label}.
     */
    public TargetTrackingMetricDataQuery label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public TargetTrackingMetricDataQuery label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * Information about the metric data to return.
     *
     * <p>Conditional: Within each <code>TargetTrackingMetricDataQuery</code> object, you must
     * specify either <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>CloudFormation property {@code MetricStat}.
     */
    public TargetTrackingMetricDataQuery metricStat(Value<TargetTrackingMetricStat> value) {
      return set("MetricStat", value);
    }

    /**
     * The period of the metric in seconds. The default value is 60. Accepted values are 10, 30, and
     * 60. For high resolution metric, set the value to less than 60. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/policy-creating-high-resolution-metrics.html">Create
     * a target tracking policy using high-resolution metrics for faster response</a> .
     *
     * <p>Range: at least 1. CloudFormation property {@code Period}.
     */
    public TargetTrackingMetricDataQuery period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public TargetTrackingMetricDataQuery period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * Indicates whether to return the timestamps and raw data values of this metric.
     *
     * <p>If you use any math expressions, specify <code>true</code> for this value for only the
     * final math expression that the metric specification is based on. You must specify
     * <code>false</code> for <code>ReturnData</code> for all the other metrics and expressions used
     * in the metric specification.
     *
     * <p>If you are only retrieving metrics and not performing any math expressions, do not specify
     * anything for <code>ReturnData</code> . This sets it to its default ( <code>true</code> ).
     *
     * <p>CloudFormation property {@code ReturnData}.
     */
    public TargetTrackingMetricDataQuery returnData(boolean value) {
      return set("ReturnData", Value.of(value));
    }

    /** Sets {@code ReturnData} to this value; see {@link #returnData(boolean)}. */
    public TargetTrackingMetricDataQuery returnData(Value<Boolean> value) {
      return set("ReturnData", value);
    }
  }

  /**
   * This structure defines the CloudWatch metric to return, along with the statistic and unit.
   *
   * <p><code>TargetTrackingMetricStat</code> is a property of the <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_TargetTrackingMetricDataQuery.html">TargetTrackingMetricDataQuery</a>
   * object.
   *
   * <p>For more information about the CloudWatch terminology below, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch concepts</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::ScalingPolicy.TargetTrackingMetricStat}.
   */
  public static final class TargetTrackingMetricStat extends Struct<TargetTrackingMetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScalingPolicy.TargetTrackingMetricStat")
        .required("Metric", "Stat")
        .constrain("Period", Constraint.of().minimum(1))
        .constrain("Stat", Constraint.of().minLength(1).maxLength(100))
        .build();

    public TargetTrackingMetricStat() {
      super(SCHEMA);
    }

    /**
     * The metric to use.
     *
     * <p>Required. CloudFormation property {@code Metric}.
     */
    public TargetTrackingMetricStat metric(Value<Metric> value) {
      return set("Metric", value);
    }

    /**
     * The period of the metric in seconds. The default value is 60. Accepted values are 10, 30, and
     * 60. For high resolution metric, set the value to less than 60. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/policy-creating-high-resolution-metrics.html">Create
     * a target tracking policy using high-resolution metrics for faster response</a> .
     *
     * <p>Range: at least 1. CloudFormation property {@code Period}.
     */
    public TargetTrackingMetricStat period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public TargetTrackingMetricStat period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic">Statistics</a>
     * in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>The most commonly used metric for scaling is <code>Average</code> .
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Stat}.
     */
    public TargetTrackingMetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public TargetTrackingMetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * The unit to use for the returned data points. For a complete list of the units that
     * CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public TargetTrackingMetricStat unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TargetTrackingMetricStat unit(Value<String> value) {
      return set("Unit", value);
    }
  }
}
