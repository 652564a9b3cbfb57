// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.ScalingPolicy;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * The <code>AWS::CloudWatch::Alarm</code> type specifies an alarm and associates it with the
 * specified metric or metric math expression.
 *
 * <p>When this operation creates an alarm, the alarm state is immediately set to
 * <code>INSUFFICIENT_DATA</code> . The alarm is then evaluated and its state is set appropriately.
 * Any actions associated with the new state are then executed.
 *
 * <p>When you update an existing alarm, its state is left unchanged, but the update completely
 * overwrites the previous configuration of the alarm.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::Alarm}.
 */
public final class Alarm extends Resource<Alarm> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Alarm")
      .constrain("AlarmActions", Constraint.of().minLength(1).maxLength(1024))
      .references("AlarmActions", "AWS::SNS::Topic.Ref", "AWS::AutoScaling::ScalingPolicy.Ref")
      .constrain("AlarmDescription", Constraint.of().minLength(0).maxLength(1024))
      .constrain("AlarmName", Constraint.of().minLength(0).maxLength(255))
      .allowed("ComparisonOperator", "GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
          "GreaterThanUpperThreshold", "LessThanLowerOrGreaterThanUpperThreshold",
          "LessThanLowerThreshold", "LessThanOrEqualToThreshold", "LessThanThreshold")
      .constrain("DatapointsToAlarm", Constraint.of().minimum(1))
      .constrain("EvaluateLowSampleCountPercentile", Constraint.of().minLength(1).maxLength(255))
      .constrain("EvaluationInterval", Constraint.of().minimum(10).maximum(3600))
      .constrain("EvaluationPeriods", Constraint.of().minimum(1))
      .constrain("InsufficientDataActions", Constraint.of().minLength(1).maxLength(1024))
      .references("InsufficientDataActions", "AWS::SNS::Topic.Ref")
      .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
      .constrain("Namespace", Constraint.of().pattern("^[^:]").minLength(1).maxLength(255))
      .constrain("OKActions", Constraint.of().minLength(1).maxLength(1024))
      .references("OKActions", "AWS::SNS::Topic.Ref")
      .constrain("Period", Constraint.of().minimum(1))
      .allowed("Statistic", "Average", "Maximum", "Minimum", "SampleCount", "Sum")
      .constrain("ThresholdMetricId", Constraint.of().minLength(1).maxLength(255))
      .allowed("TreatMissingData", "breaching", "ignore", "missing", "notBreaching")
      .constrain("TreatMissingData", Constraint.of().minLength(1).maxLength(255))
      .allowed("Unit", "Bits", "Bits/Second", "Bytes", "Bytes/Second", "Count", "Count/Second",
          "Gigabits", "Gigabits/Second", "Gigabytes", "Gigabytes/Second", "Kilobits",
          "Kilobits/Second", "Kilobytes", "Kilobytes/Second", "Megabits", "Megabits/Second",
          "Megabytes", "Megabytes/Second", "Microseconds", "Milliseconds", "None", "Percent",
          "Seconds", "Terabits", "Terabits/Second", "Terabytes", "Terabytes/Second")
      .refYields("AlarmName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Alarm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether actions should be executed during any changes to the alarm state. The default
   * is TRUE.
   *
   * <p>Default: {@code true}. CloudFormation property {@code ActionsEnabled}.
   */
  public Alarm actionsEnabled(boolean value) {
    return set("ActionsEnabled", Value.of(value));
  }

  /** Sets {@code ActionsEnabled} to this value; see {@link #actionsEnabled(boolean)}. */
  public Alarm actionsEnabled(Value<Boolean> value) {
    return set("ActionsEnabled", value);
  }

  /**
   * The list of actions to execute when this alarm transitions into an ALARM state from any other
   * state. Specify each action as an Amazon Resource Name (ARN). For more information about
   * creating alarms and the actions that you can specify, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm</a>
   * in the <em>Amazon CloudWatch API Reference</em> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code AlarmActions}.
   */
  public Alarm alarmActions(List<String> value) {
    return set("AlarmActions", Value.listOf(value));
  }

  /** Sets {@code AlarmActions} to this value; see {@link #alarmActions(List)}. */
  public Alarm alarmActions(Value<List<String>> value) {
    return set("AlarmActions", value);
  }

  /**
   * Sets {@code AlarmActions} to the Ref of each {@code AWS::SNS::Topic}; see {@link
   * #alarmActions(List)}.
   */
  public Alarm alarmActions(Topic... resources) {
    return set("AlarmActions", Value.refs(resources));
  }

  /**
   * The description of the alarm.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code AlarmDescription}.
   */
  public Alarm alarmDescription(String value) {
    return set("AlarmDescription", Value.of(value));
  }

  /** Sets {@code AlarmDescription} to this value; see {@link #alarmDescription(String)}. */
  public Alarm alarmDescription(Value<String> value) {
    return set("AlarmDescription", value);
  }

  /**
   * The name of the alarm. If you don't specify a name, CloudFormation generates a unique physical
   * ID and uses that ID for the alarm name.
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation property
   * {@code AlarmName}.
   */
  public Alarm alarmName(String value) {
    return set("AlarmName", Value.of(value));
  }

  /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
  public Alarm alarmName(Value<String> value) {
    return set("AlarmName", value);
  }

  /**
   * The arithmetic operation to use when comparing the specified statistic and threshold. The
   * specified statistic value is used as the first operand.
   *
   * <p>Allowed values: {@code GreaterThanOrEqualToThreshold}, {@code GreaterThanThreshold}, {@code
   * GreaterThanUpperThreshold}, {@code LessThanLowerOrGreaterThanUpperThreshold}, {@code
   * LessThanLowerThreshold}, {@code LessThanOrEqualToThreshold}, {@code LessThanThreshold}.
   * CloudFormation property {@code ComparisonOperator}.
   */
  public Alarm comparisonOperator(String value) {
    return set("ComparisonOperator", Value.of(value));
  }

  /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
  public Alarm comparisonOperator(Value<String> value) {
    return set("ComparisonOperator", value);
  }

  /**
   * The number of datapoints that must be breaching to trigger the alarm. This is used only if you
   * are setting an "M out of N" alarm. In that case, this value is the M, and the value that you
   * set for <code>EvaluationPeriods</code> is the N value. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation">Evaluating
   * an Alarm</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>If you omit this parameter, CloudWatch uses the same value here that you set for
   * <code>EvaluationPeriods</code> , and the alarm goes to alarm state if that many consecutive
   * periods are breaching.
   *
   * <p>Range: at least 1. CloudFormation property {@code DatapointsToAlarm}.
   */
  public Alarm datapointsToAlarm(int value) {
    return set("DatapointsToAlarm", Value.of(value));
  }

  /** Sets {@code DatapointsToAlarm} to this value; see {@link #datapointsToAlarm(int)}. */
  public Alarm datapointsToAlarm(Value<Integer> value) {
    return set("DatapointsToAlarm", value);
  }

  /**
   * The dimensions for the metric associated with the alarm. For an alarm based on a math
   * expression, you can't specify <code>Dimensions</code> . Instead, you use <code>Metrics</code> .
   *
   * <p>CloudFormation property {@code Dimensions}.
   */
  public Alarm dimensions(List<Dimension> value) {
    return set("Dimensions", Value.listOf(value));
  }

  /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
  public Alarm dimensions(Value<List<Dimension>> value) {
    return set("Dimensions", value);
  }

  /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
  public Alarm dimensions(Dimension... values) {
    return set("Dimensions", Value.list(values));
  }

  /**
   * Used only for alarms based on percentiles. If <code>ignore</code> , the alarm state does not
   * change during periods with too few data points to be statistically significant. If
   * <code>evaluate</code> or this parameter is not used, the alarm is always evaluated and possibly
   * changes state no matter how many data points are available.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code
   * EvaluateLowSampleCountPercentile}.
   */
  public Alarm evaluateLowSampleCountPercentile(String value) {
    return set("EvaluateLowSampleCountPercentile", Value.of(value));
  }

  /**
   * Sets {@code EvaluateLowSampleCountPercentile} to this value; see {@link
   * #evaluateLowSampleCountPercentile(String)}.
   */
  public Alarm evaluateLowSampleCountPercentile(Value<String> value) {
    return set("EvaluateLowSampleCountPercentile", value);
  }

  /**
   * The evaluation criteria for an alarm. This is a union type that currently supports
   * <code>PromQLCriteria</code>.
   *
   * <p>CloudFormation property {@code EvaluationCriteria}.
   */
  public Alarm evaluationCriteria(Value<EvaluationCriteria> value) {
    return set("EvaluationCriteria", value);
  }

  /**
   * The frequency, in seconds, at which the alarm is evaluated.
   *
   * <p>Range: 10 to 3600. CloudFormation property {@code EvaluationInterval}.
   */
  public Alarm evaluationInterval(int value) {
    return set("EvaluationInterval", Value.of(value));
  }

  /** Sets {@code EvaluationInterval} to this value; see {@link #evaluationInterval(int)}. */
  public Alarm evaluationInterval(Value<Integer> value) {
    return set("EvaluationInterval", value);
  }

  /**
   * The number of periods over which data is compared to the specified threshold. If you are
   * setting an alarm that requires that a number of consecutive data points be breaching to trigger
   * the alarm, this value specifies that number. If you are setting an "M out of N" alarm, this
   * value is the N, and <code>DatapointsToAlarm</code> is the M.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation">Evaluating
   * an Alarm</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Range: at least 1. CloudFormation property {@code EvaluationPeriods}.
   */
  public Alarm evaluationPeriods(int value) {
    return set("EvaluationPeriods", Value.of(value));
  }

  /** Sets {@code EvaluationPeriods} to this value; see {@link #evaluationPeriods(int)}. */
  public Alarm evaluationPeriods(Value<Integer> value) {
    return set("EvaluationPeriods", value);
  }

  /**
   * The evaluation window that an alarm uses to select the range of metric data that it evaluates
   * each time it runs. This is a union type. Set exactly one of its members,
   * <code>SlidingWindow</code> or <code>WallClockWindow</code>. If you don't set
   * <code>EvaluationWindow</code>, the alarm uses a <code>SlidingWindow</code> by default. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html">Alarm
   * evaluation windows</a> in the <em>CloudWatch User Guide</em>.
   *
   * <p>CloudFormation property {@code EvaluationWindow}.
   */
  public Alarm evaluationWindow(Value<EvaluationWindow> value) {
    return set("EvaluationWindow", value);
  }

  /**
   * The percentile statistic for the metric associated with the alarm. Specify a value between p0.0
   * and p100.
   *
   * <p>For an alarm based on a metric, you must specify either <code>Statistic</code> or
   * <code>ExtendedStatistic</code> but not both.
   *
   * <p>For an alarm based on a math expression, you can't specify <code>ExtendedStatistic</code> .
   * Instead, you use <code>Metrics</code> .
   *
   * <p>CloudFormation property {@code ExtendedStatistic}.
   */
  public Alarm extendedStatistic(String value) {
    return set("ExtendedStatistic", Value.of(value));
  }

  /** Sets {@code ExtendedStatistic} to this value; see {@link #extendedStatistic(String)}. */
  public Alarm extendedStatistic(Value<String> value) {
    return set("ExtendedStatistic", value);
  }

  /**
   * The actions to execute when this alarm transitions to the <code>INSUFFICIENT_DATA</code> state
   * from any other state. Each action is specified as an Amazon Resource Name (ARN).
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code InsufficientDataActions}.
   */
  public Alarm insufficientDataActions(List<String> value) {
    return set("InsufficientDataActions", Value.listOf(value));
  }

  /**
   * Sets {@code InsufficientDataActions} to this value; see {@link #insufficientDataActions(List)}.
   */
  public Alarm insufficientDataActions(Value<List<String>> value) {
    return set("InsufficientDataActions", value);
  }

  /**
   * Sets {@code InsufficientDataActions} to the Ref of each {@code AWS::SNS::Topic}; see {@link
   * #insufficientDataActions(List)}.
   */
  public Alarm insufficientDataActions(Topic... resources) {
    return set("InsufficientDataActions", Value.refs(resources));
  }

  /**
   * The name of the metric associated with the alarm. This is required for an alarm based on a
   * metric. For an alarm based on a math expression, you use <code>Metrics</code> instead and you
   * can't specify <code>MetricName</code> .
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
   */
  public Alarm metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public Alarm metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * An array that enables you to create an alarm based on the result of a metric math expression.
   * Each item in the array either retrieves a metric or performs a math expression.
   *
   * <p>If you specify the <code>Metrics</code> parameter, you cannot specify
   * <code>MetricName</code> , <code>Dimensions</code> , <code>Period</code> ,
   * <code>Namespace</code> , <code>Statistic</code> , <code>ExtendedStatistic</code> , or
   * <code>Unit</code> .
   *
   * <p>CloudFormation property {@code Metrics}.
   */
  public Alarm metrics(List<MetricDataQuery> value) {
    return set("Metrics", Value.listOf(value));
  }

  /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
  public Alarm metrics(Value<List<MetricDataQuery>> value) {
    return set("Metrics", value);
  }

  /** Sets {@code Metrics} to a list of these; see {@link #metrics(List)}. */
  public Alarm metrics(MetricDataQuery... values) {
    return set("Metrics", Value.list(values));
  }

  /**
   * The namespace of the metric associated with the alarm. This is required for an alarm based on a
   * metric. For an alarm based on a math expression, you can't specify <code>Namespace</code> and
   * you use <code>Metrics</code> instead.
   *
   * <p>For a list of namespaces for metrics from AWS services, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html">AWS
   * Services That Publish CloudWatch Metrics.</a>
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[^:]}. CloudFormation property {@code
   * Namespace}.
   */
  public Alarm namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Alarm namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The actions to execute when this alarm transitions to the <code>OK</code> state from any other
   * state. Each action is specified as an Amazon Resource Name (ARN).
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code OKActions}.
   */
  public Alarm okActions(List<String> value) {
    return set("OKActions", Value.listOf(value));
  }

  /** Sets {@code OKActions} to this value; see {@link #okActions(List)}. */
  public Alarm okActions(Value<List<String>> value) {
    return set("OKActions", value);
  }

  /**
   * Sets {@code OKActions} to the Ref of each {@code AWS::SNS::Topic}; see {@link
   * #okActions(List)}.
   */
  public Alarm okActions(Topic... resources) {
    return set("OKActions", Value.refs(resources));
  }

  /**
   * The period, in seconds, over which the statistic is applied. This is required for an alarm
   * based on a metric. Valid values are 10, 20, 30, 60, and any multiple of 60.
   *
   * <p>For an alarm based on a math expression, you can't specify <code>Period</code> , and instead
   * you use the <code>Metrics</code> parameter.
   *
   * <p><em>Minimum:</em> 10
   *
   * <p>Range: at least 1. CloudFormation property {@code Period}.
   */
  public Alarm period(int value) {
    return set("Period", Value.of(value));
  }

  /** Sets {@code Period} to this value; see {@link #period(int)}. */
  public Alarm period(Value<Integer> value) {
    return set("Period", value);
  }

  /**
   * The statistic for the metric associated with the alarm, other than percentile. For percentile
   * statistics, use <code>ExtendedStatistic</code> .
   *
   * <p>For an alarm based on a metric, you must specify either <code>Statistic</code> or
   * <code>ExtendedStatistic</code> but not both.
   *
   * <p>For an alarm based on a math expression, you can't specify <code>Statistic</code> . Instead,
   * you use <code>Metrics</code> .
   *
   * <p>Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}, {@code SampleCount},
   * {@code Sum}. CloudFormation property {@code Statistic}.
   */
  public Alarm statistic(String value) {
    return set("Statistic", Value.of(value));
  }

  /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
  public Alarm statistic(Value<String> value) {
    return set("Statistic", value);
  }

  /**
   * A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags
   * with an alarm. To be able to associate tags with the alarm when you create the alarm, you must
   * have the <code>cloudwatch:TagResource</code> permission.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Alarm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Alarm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Alarm tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The value to compare with the specified statistic.
   *
   * <p>CloudFormation property {@code Threshold}.
   */
  public Alarm threshold(double value) {
    return set("Threshold", Value.of(value));
  }

  /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
  public Alarm threshold(Value<Double> value) {
    return set("Threshold", value);
  }

  /**
   * In an alarm based on an anomaly detection model, this is the ID of the
   * <code>ANOMALY_DETECTION_BAND</code> function used as the threshold for the alarm.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code ThresholdMetricId}.
   */
  public Alarm thresholdMetricId(String value) {
    return set("ThresholdMetricId", Value.of(value));
  }

  /** Sets {@code ThresholdMetricId} to this value; see {@link #thresholdMetricId(String)}. */
  public Alarm thresholdMetricId(Value<String> value) {
    return set("ThresholdMetricId", value);
  }

  /**
   * Sets how this alarm is to handle missing data points. Valid values are <code>breaching</code> ,
   * <code>notBreaching</code> , <code>ignore</code> , and <code>missing</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data">Configuring
   * How CloudWatch Alarms Treat Missing Data</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>If you omit this parameter, the default behavior of <code>missing</code> is used.
   *
   * <p>Allowed values: {@code breaching}, {@code ignore}, {@code missing}, {@code notBreaching}.
   * Length: 1 to 255 characters. CloudFormation property {@code TreatMissingData}.
   */
  public Alarm treatMissingData(String value) {
    return set("TreatMissingData", Value.of(value));
  }

  /** Sets {@code TreatMissingData} to this value; see {@link #treatMissingData(String)}. */
  public Alarm treatMissingData(Value<String> value) {
    return set("TreatMissingData", value);
  }

  /**
   * The unit of the metric associated with the alarm. Specify this only if you are creating an
   * alarm based on a single metric. Do not specify this if you are specifying a
   * <code>Metrics</code> array.
   *
   * <p>You can specify the following values: Seconds, Microseconds, Milliseconds, Bytes, Kilobytes,
   * Megabytes, Gigabytes, Terabytes, Bits, Kilobits, Megabits, Gigabits, Terabits, Percent, Count,
   * Bytes/Second, Kilobytes/Second, Megabytes/Second, Gigabytes/Second, Terabytes/Second,
   * Bits/Second, Kilobits/Second, Megabits/Second, Gigabits/Second, Terabits/Second, Count/Second,
   * or None.
   *
   * <p>Allowed values: {@code Bits}, {@code Bits/Second}, {@code Bytes}, {@code Bytes/Second},
   * {@code Count}, {@code Count/Second}, {@code Gigabits}, {@code Gigabits/Second}, {@code
   * Gigabytes}, {@code Gigabytes/Second}, {@code Kilobits}, {@code Kilobits/Second}, {@code
   * Kilobytes}, {@code Kilobytes/Second}, {@code Megabits}, {@code Megabits/Second}, {@code
   * Megabytes}, {@code Megabytes/Second}, {@code Microseconds}, {@code Milliseconds}, {@code None},
   * {@code Percent}, {@code Seconds}, {@code Terabits}, {@code Terabits/Second}, {@code Terabytes},
   * {@code Terabytes/Second}. CloudFormation property {@code Unit}.
   */
  public Alarm unit(String value) {
    return set("Unit", Value.of(value));
  }

  /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
  public Alarm unit(Value<String> value) {
    return set("Unit", value);
  }

  /** CloudFormation property {@code WarmUpConfiguration}. */
  public Alarm warmUpConfiguration(Value<WarmUpConfiguration> value) {
    return set("WarmUpConfiguration", value);
  }

  /**
   * The ARN of the CloudWatch alarm, such as
   * <code>arn:aws:cloudwatch:us-west-2:123456789012:alarm:myCloudWatchAlarm-CPUAlarm-UXMMZK36R55Z</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains the configuration that determines how a PromQL alarm evaluates its contributors,
   * including the query to run and the durations that define when contributors transition between
   * states.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.AlarmPromQLCriteria}.
   */
  public static final class AlarmPromQLCriteria extends Struct<AlarmPromQLCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::Alarm.AlarmPromQLCriteria");

    public AlarmPromQLCriteria() {
      super(SCHEMA);
    }

    /**
     * The duration, in seconds, that a contributor must be continuously breaching before it
     * transitions to the <code>ALARM</code> state.
     *
     * <p>CloudFormation property {@code PendingPeriod}.
     */
    public AlarmPromQLCriteria pendingPeriod(int value) {
      return set("PendingPeriod", Value.of(value));
    }

    /** Sets {@code PendingPeriod} to this value; see {@link #pendingPeriod(int)}. */
    public AlarmPromQLCriteria pendingPeriod(Value<Integer> value) {
      return set("PendingPeriod", value);
    }

    /**
     * The PromQL query that the alarm evaluates. The query must return a result of vector type.
     * Each entry in the vector result represents an alarm contributor.
     *
     * <p>CloudFormation property {@code Query}.
     */
    public AlarmPromQLCriteria query(String value) {
      return set("Query", Value.of(value));
    }

    /** Sets {@code Query} to this value; see {@link #query(String)}. */
    public AlarmPromQLCriteria query(Value<String> value) {
      return set("Query", value);
    }

    /**
     * The duration, in seconds, that a contributor must continuously not be breaching before it
     * transitions back to the <code>OK</code> state.
     *
     * <p>CloudFormation property {@code RecoveryPeriod}.
     */
    public AlarmPromQLCriteria recoveryPeriod(int value) {
      return set("RecoveryPeriod", Value.of(value));
    }

    /** Sets {@code RecoveryPeriod} to this value; see {@link #recoveryPeriod(int)}. */
    public AlarmPromQLCriteria recoveryPeriod(Value<Integer> value) {
      return set("RecoveryPeriod", value);
    }
  }

  /**
   * Dimension is an embedded property of the <code>AWS::CloudWatch::Alarm</code> type. Dimensions
   * are name/value pairs that can be associated with a CloudWatch metric. You can specify a maximum
   * of 30 dimensions for a given metric.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Alarm.Dimension")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension, from 1–255 characters in length. This dimension name must have
     * been included when the metric was published.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public Dimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Dimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value for the dimension, from 1–255 characters in length.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Value}.
     */
    public Dimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Dimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The evaluation criteria for an alarm. This is a union type that currently supports
   * <code>PromQLCriteria</code>.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.EvaluationCriteria}.
   */
  public static final class EvaluationCriteria extends Struct<EvaluationCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::Alarm.EvaluationCriteria");

    public EvaluationCriteria() {
      super(SCHEMA);
    }

    /**
     * Contains the configuration that determines how a PromQL alarm evaluates its contributors,
     * including the query to run and the durations that define when contributors transition between
     * states.
     *
     * <p>CloudFormation property {@code PromQLCriteria}.
     */
    public EvaluationCriteria promQLCriteria(Value<AlarmPromQLCriteria> value) {
      return set("PromQLCriteria", value);
    }
  }

  /**
   * The evaluation window that an alarm uses to select the range of metric data that it evaluates
   * each time it runs. This is a union type. Set exactly one of its members,
   * <code>SlidingWindow</code> or <code>WallClockWindow</code>. If you don't set
   * <code>EvaluationWindow</code>, the alarm uses a <code>SlidingWindow</code> by default. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html">Alarm
   * evaluation windows</a> in the <em>CloudWatch User Guide</em>.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.EvaluationWindow}.
   */
  public static final class EvaluationWindow extends Struct<EvaluationWindow> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::Alarm.EvaluationWindow");

    public EvaluationWindow() {
      super(SCHEMA);
    }

    /**
     * A sliding window, which advances each time the alarm is evaluated, forming a rolling time
     * window. This is the default evaluation window.
     *
     * <p>CloudFormation property {@code SlidingWindow}.
     */
    public EvaluationWindow slidingWindow(Value<Json> value) {
      return set("SlidingWindow", value);
    }

    /**
     * An evaluation window that aligns the evaluated range to fixed clock boundaries that match the
     * alarm's period, such as the top of the hour, midnight, or the start of the calendar week,
     * optionally in a specific time zone. When you use a wall clock window, the alarm's period must
     * be 1 minute (60 seconds), 5 minutes (300 seconds), 1 hour (3,600 seconds), 1 day (86,400
     * seconds), or 1 week (604,800 seconds). Other period values aren't supported with a wall clock
     * window. Choose a wall clock window when your monitoring is tied to a business or calendar
     * period, such as daily reports, batch jobs, or backups, or when you want alarm evaluations to
     * match the periods shown on a metric dashboard.
     *
     * <p>CloudFormation property {@code WallClockWindow}.
     */
    public EvaluationWindow wallClockWindow(Value<WallClockWindow> value) {
      return set("WallClockWindow", value);
    }
  }

  /**
   * The <code>Metric</code> property type represents a specific metric. <code>Metric</code> is a
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudwatch-alarm-metricstat.html">MetricStat</a>
   * property type.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.Metric}.
   */
  public static final class Metric extends Struct<Metric> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Alarm.Metric")
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Namespace", Constraint.of().pattern("^[^:]").minLength(1).maxLength(255))
        .build();

    public Metric() {
      super(SCHEMA);
    }

    /**
     * The metric dimensions that you want to be used for the metric that the alarm will watch.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public Metric dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public Metric dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public Metric dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric that you want the alarm to watch. This is a required field.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
     */
    public Metric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public Metric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric that the alarm will watch.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[^:]}. CloudFormation property {@code
     * Namespace}.
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
   * The <code>MetricDataQuery</code> property type specifies the metric data to return, and whether
   * this call is just retrieving a batch set of data for one metric, or is performing a math
   * expression on metric data.
   *
   * <p>Any expression used must return a single time series. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax">Metric
   * Math Syntax and Functions</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.MetricDataQuery}.
   */
  public static final class MetricDataQuery extends Struct<MetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Alarm.MetricDataQuery")
        .required("Id")
        .constrain("AccountId", Constraint.of().minLength(1).maxLength(255))
        .constrain("Expression", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Id", Constraint.of().pattern("^([a-z])([A-Za-z0-9\\_]*)$").minLength(1).maxLength(255))
        .constrain("Period", Constraint.of().minimum(1))
        .build();

    public MetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The ID of the account where the metrics are located, if this is a cross-account alarm.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code AccountId}.
     */
    public MetricDataQuery accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public MetricDataQuery accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * The math expression to be performed on the returned data, if this object is performing a math
     * expression. This expression can use the <code>Id</code> of the other metrics to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions. For more information about metric math expressions, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax">Metric
     * Math Syntax and Functions</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Within each MetricDataQuery object, you must specify either <code>Expression</code> or
     * <code>MetricStat</code> but not both.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Expression}.
     */
    public MetricDataQuery expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public MetricDataQuery expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A short name used to tie this object to the results in the response. This name must be unique
     * within a single call to <code>GetMetricData</code> . If you are performing math expressions
     * on this set of data, this name represents that data and can serve as a variable in the
     * mathematical expression. The valid characters are letters, numbers, and underscore. The first
     * character must be a lowercase letter.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^([a-z])([A-Za-z0-9&#92;_]*)$}.
     * CloudFormation property {@code Id}.
     */
    public MetricDataQuery id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public MetricDataQuery id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is an
     * expression, so that you know what the value represents. If the metric or expression is shown
     * in a CloudWatch dashboard widget, the label is shown. If <code>Label</code> is omitted,
     * CloudWatch generates a default.
     *
     * <p>CloudFormation property {@code Label}.
     */
    public MetricDataQuery label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public MetricDataQuery label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * The metric to be returned, along with statistics, period, and units. Use this parameter only
     * if this object is retrieving a metric and not performing a math expression on returned data.
     *
     * <p>Within one MetricDataQuery object, you must specify either <code>Expression</code> or
     * <code>MetricStat</code> but not both.
     *
     * <p>CloudFormation property {@code MetricStat}.
     */
    public MetricDataQuery metricStat(Value<MetricStat> value) {
      return set("MetricStat", value);
    }

    /**
     * The granularity, in seconds, of the returned data points. For metrics with regular
     * resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60.
     * For high-resolution metrics that are collected at intervals of less than one minute, the
     * period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
     * metrics stored by a <code>PutMetricData</code> operation that includes a
     * <code>StorageResolution of 1 second</code> .
     *
     * <p>Range: at least 1. CloudFormation property {@code Period}.
     */
    public MetricDataQuery period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public MetricDataQuery period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * This option indicates whether to return the timestamps and raw data values of this metric.
     *
     * <p>When you create an alarm based on a metric math expression, specify <code>True</code> for
     * this value for only the one math expression that the alarm is based on. You must specify
     * <code>False</code> for <code>ReturnData</code> for all the other metrics and expressions used
     * in the alarm.
     *
     * <p>This field is required.
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
   * This structure defines the metric to be returned, along with the statistics, period, and units.
   *
   * <p><code>MetricStat</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudwatch-alarm-metricdataquery.html">MetricDataQuery</a>
   * property type.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.MetricStat}.
   */
  public static final class MetricStat extends Struct<MetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Alarm.MetricStat")
        .required("Metric", "Period", "Stat")
        .constrain("Period", Constraint.of().minimum(1))
        .allowed("Unit", "Bits", "Bits/Second", "Bytes", "Bytes/Second", "Count", "Count/Second",
            "Gigabits", "Gigabits/Second", "Gigabytes", "Gigabytes/Second", "Kilobits",
            "Kilobits/Second", "Kilobytes", "Kilobytes/Second", "Megabits", "Megabits/Second",
            "Megabytes", "Megabytes/Second", "Microseconds", "Milliseconds", "None", "Percent",
            "Seconds", "Terabits", "Terabits/Second", "Terabytes", "Terabytes/Second")
        .build();

    public MetricStat() {
      super(SCHEMA);
    }

    /**
     * The metric to return, including the metric name, namespace, and dimensions.
     *
     * <p>Required. CloudFormation property {@code Metric}.
     */
    public MetricStat metric(Value<Metric> value) {
      return set("Metric", value);
    }

    /**
     * The granularity, in seconds, of the returned data points. For metrics with regular
     * resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60.
     * For high-resolution metrics that are collected at intervals of less than one minute, the
     * period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
     * metrics stored by a <code>PutMetricData</code> call that includes a
     * <code>StorageResolution</code> of 1 second.
     *
     * <p>If the <code>StartTime</code> parameter specifies a time stamp that is greater than 3
     * hours ago, you must specify the period as follows or no data points in that time range is
     * returned:
     *
     * <ul> <li>Start time between 3 hours and 15 days ago - Use a multiple of 60 seconds (1
     * minute). <li>Start time between 15 and 63 days ago - Use a multiple of 300 seconds (5
     * minutes). <li>Start time greater than 63 days ago - Use a multiple of 3600 seconds (1 hour).
     * </ul>
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Period}.
     */
    public MetricStat period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public MetricStat period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic">Statistics</a>
     * in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Stat}.
     */
    public MetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public MetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * The unit to use for the returned data points.
     *
     * <p>Valid values are: Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes,
     * Gigabytes, Terabytes, Bits, Kilobits, Megabits, Gigabits, Terabits, Percent, Count,
     * Bytes/Second, Kilobytes/Second, Megabytes/Second, Gigabytes/Second, Terabytes/Second,
     * Bits/Second, Kilobits/Second, Megabits/Second, Gigabits/Second, Terabits/Second,
     * Count/Second, or None.
     *
     * <p>Allowed values: {@code Bits}, {@code Bits/Second}, {@code Bytes}, {@code Bytes/Second},
     * {@code Count}, {@code Count/Second}, {@code Gigabits}, {@code Gigabits/Second}, {@code
     * Gigabytes}, {@code Gigabytes/Second}, {@code Kilobits}, {@code Kilobits/Second}, {@code
     * Kilobytes}, {@code Kilobytes/Second}, {@code Megabits}, {@code Megabits/Second}, {@code
     * Megabytes}, {@code Megabytes/Second}, {@code Microseconds}, {@code Milliseconds}, {@code
     * None}, {@code Percent}, {@code Seconds}, {@code Terabits}, {@code Terabits/Second}, {@code
     * Terabytes}, {@code Terabytes/Second}. CloudFormation property {@code Unit}.
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
   * An evaluation window that aligns the evaluated range to fixed clock boundaries that match the
   * alarm's period, such as the top of the hour, midnight, or the start of the calendar week,
   * optionally in a specific time zone. When you use a wall clock window, the alarm's period must
   * be 1 minute (60 seconds), 5 minutes (300 seconds), 1 hour (3,600 seconds), 1 day (86,400
   * seconds), or 1 week (604,800 seconds). Other period values aren't supported with a wall clock
   * window. Choose a wall clock window when your monitoring is tied to a business or calendar
   * period, such as daily reports, batch jobs, or backups, or when you want alarm evaluations to
   * match the periods shown on a metric dashboard.
   *
   * <p>Property type {@code AWS::CloudWatch::Alarm.WallClockWindow}.
   */
  public static final class WallClockWindow extends Struct<WallClockWindow> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::Alarm.WallClockWindow");

    public WallClockWindow() {
      super(SCHEMA);
    }

    /**
     * The time zone to use when the alarm aligns the evaluation window to clock boundaries. You can
     * specify an IANA time zone name (for example, <code>America/New_York</code>), a fixed UTC
     * offset (for example, <code>+05:30</code>), or an offset-prefixed identifier (for example,
     * <code>UTC+05:30</code>). The offset must be aligned to a multiple of 5 minutes. If you don't
     * specify a time zone, CloudWatch uses <code>UTC</code>. The time zone affects window alignment
     * for all periods, including periods of one hour or shorter.
     *
     * <p>CloudFormation property {@code Timezone}.
     */
    public WallClockWindow timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public WallClockWindow timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /** Property type {@code AWS::CloudWatch::Alarm.WarmUpConfiguration}. */
  public static final class WarmUpConfiguration extends Struct<WarmUpConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Alarm.WarmUpConfiguration")
        .constrain("WarmUpPeriodDurationInMinutes", Constraint.of().minimum(1).maximum(2880))
        .build();

    public WarmUpConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the alarm waits for the full warm-up period before it starts evaluating. If
     * true, the alarm waits the entire WarmUpPeriodDurationInMinutes before it starts evaluating,
     * even if metric data arrives earlier. If false, the alarm ends the warm-up period early and
     * starts evaluating as soon as it has enough metric data to fill its evaluation window. This is
     * the default behavior.
     *
     * <p>CloudFormation property {@code OnlyStartEvaluatingAfterWarmUpPeriodEnds}.
     */
    public WarmUpConfiguration onlyStartEvaluatingAfterWarmUpPeriodEnds(boolean value) {
      return set("OnlyStartEvaluatingAfterWarmUpPeriodEnds", Value.of(value));
    }

    /**
     * Sets {@code OnlyStartEvaluatingAfterWarmUpPeriodEnds} to this value; see {@link
     * #onlyStartEvaluatingAfterWarmUpPeriodEnds(boolean)}.
     */
    public WarmUpConfiguration onlyStartEvaluatingAfterWarmUpPeriodEnds(Value<Boolean> value) {
      return set("OnlyStartEvaluatingAfterWarmUpPeriodEnds", value);
    }

    /**
     * The length of the warm-up period, in minutes. For this duration after you create or update
     * the alarm, the alarm stays in INSUFFICIENT_DATA and doesn't perform alarm actions. Valid
     * values range from 1 to 2880 minutes (2 days). You can change this value while the alarm is
     * still in its warm-up period. Changes have no effect after the warm-up period ends.
     *
     * <p>Range: 1 to 2880. CloudFormation property {@code WarmUpPeriodDurationInMinutes}.
     */
    public WarmUpConfiguration warmUpPeriodDurationInMinutes(int value) {
      return set("WarmUpPeriodDurationInMinutes", Value.of(value));
    }

    /**
     * Sets {@code WarmUpPeriodDurationInMinutes} to this value; see {@link
     * #warmUpPeriodDurationInMinutes(int)}.
     */
    public WarmUpConfiguration warmUpPeriodDurationInMinutes(Value<Integer> value) {
      return set("WarmUpPeriodDurationInMinutes", value);
    }
  }
}
