// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CloudWatch::AnomalyDetector</code> type specifies an anomaly detection band for a
 * certain metric and statistic. The band represents the expected "normal" range for the metric
 * values. Anomaly detection bands can be used for visualization of a metric's expected values, and
 * for alarms.
 *
 * <p>For more information see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Anomaly_Detection.html">Using
 * CloudWatch anomaly detection.</a> .
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::AnomalyDetector}.
 */
public final class AnomalyDetector extends Resource<AnomalyDetector> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AnomalyDetector")
      .refYields("Id")
      .attributes("Id")
      .build();

  public AnomalyDetector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies details about how the anomaly detection model is to be trained, including time ranges
   * to exclude when training and updating the model. The configuration can also include the time
   * zone to use for the metric.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public AnomalyDetector configuration(Value<Configuration> value) {
    return set("Configuration", value);
  }

  /**
   * The dimensions of the metric associated with the anomaly detection band.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Dimensions}.
   */
  public AnomalyDetector dimensions(List<Dimension> value) {
    return set("Dimensions", Value.listOf(value));
  }

  /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
  public AnomalyDetector dimensions(Value<List<Dimension>> value) {
    return set("Dimensions", value);
  }

  /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
  public AnomalyDetector dimensions(Dimension... values) {
    return set("Dimensions", Value.list(values));
  }

  /**
   * Use this object to include parameters to provide information about your metric to CloudWatch to
   * help it build more accurate anomaly detection models. Currently, it includes the
   * <code>PeriodicSpikes</code> parameter.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetricCharacteristics}.
   */
  public AnomalyDetector metricCharacteristics(Value<MetricCharacteristics> value) {
    return set("MetricCharacteristics", value);
  }

  /**
   * The CloudWatch metric math expression for this anomaly detector.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * MetricMathAnomalyDetector}.
   */
  public AnomalyDetector metricMathAnomalyDetector(Value<MetricMathAnomalyDetector> value) {
    return set("MetricMathAnomalyDetector", value);
  }

  /**
   * The name of the metric associated with the anomaly detection band.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetricName}.
   */
  public AnomalyDetector metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public AnomalyDetector metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * The namespace of the metric associated with the anomaly detection band.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Namespace}.
   */
  public AnomalyDetector namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public AnomalyDetector namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The CloudWatch metric and statistic for this anomaly detector.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SingleMetricAnomalyDetector}.
   */
  public AnomalyDetector singleMetricAnomalyDetector(Value<SingleMetricAnomalyDetector> value) {
    return set("SingleMetricAnomalyDetector", value);
  }

  /**
   * The statistic of the metric associated with the anomaly detection band.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Stat}.
   */
  public AnomalyDetector stat(String value) {
    return set("Stat", Value.of(value));
  }

  /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
  public AnomalyDetector stat(Value<String> value) {
    return set("Stat", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies details about how the anomaly detection model is to be trained, including time ranges
   * to exclude when training and updating the model. The configuration can also include the time
   * zone to use for the metric.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.Configuration}.
   */
  public static final class Configuration extends Struct<Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::AnomalyDetector.Configuration");

    public Configuration() {
      super(SCHEMA);
    }

    /**
     * Specifies an array of time ranges to exclude from use when the anomaly detection model is
     * trained and updated. Use this to make sure that events that could cause unusual values for
     * the metric, such as deployments, aren't used when CloudWatch creates or updates the model.
     *
     * <p>CloudFormation property {@code ExcludedTimeRanges}.
     */
    public Configuration excludedTimeRanges(List<Range> value) {
      return set("ExcludedTimeRanges", Value.listOf(value));
    }

    /** Sets {@code ExcludedTimeRanges} to this value; see {@link #excludedTimeRanges(List)}. */
    public Configuration excludedTimeRanges(Value<List<Range>> value) {
      return set("ExcludedTimeRanges", value);
    }

    /**
     * Sets {@code ExcludedTimeRanges} to a list of these; see {@link #excludedTimeRanges(List)}.
     */
    public Configuration excludedTimeRanges(Range... values) {
      return set("ExcludedTimeRanges", Value.list(values));
    }

    /**
     * The time zone to use for the metric. This is useful to enable the model to automatically
     * account for daylight savings time changes if the metric is sensitive to such time changes.
     *
     * <p>To specify a time zone, use the name of the time zone as specified in the standard tz
     * database. For more information, see <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Tz_database">tz database</a>
     * .
     *
     * <p>CloudFormation property {@code MetricTimeZone}.
     */
    public Configuration metricTimeZone(String value) {
      return set("MetricTimeZone", Value.of(value));
    }

    /** Sets {@code MetricTimeZone} to this value; see {@link #metricTimeZone(String)}. */
    public Configuration metricTimeZone(Value<String> value) {
      return set("MetricTimeZone", value);
    }
  }

  /**
   * A dimension is a name/value pair that is part of the identity of a metric. Because dimensions
   * are part of the unique identifier for a metric, whenever you add a unique name/value pair to
   * one of your metrics, you are creating a new variation of that metric. For example, many Amazon
   * EC2 metrics publish <code>InstanceId</code> as a dimension name, and the actual instance ID as
   * the value for that dimension.
   *
   * <p>You can assign up to 30 dimensions to a metric.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AnomalyDetector.Dimension")
        .required("Name", "Value")
        .build();

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Dimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Dimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the dimension. Dimension values must contain only ASCII characters and must
     * include at least one non-whitespace character. ASCII control characters are not supported as
     * part of dimension values.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
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
   * Represents a specific metric.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.Metric}.
   */
  public static final class Metric extends Struct<Metric> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AnomalyDetector.Metric")
        .required("MetricName", "Namespace")
        .build();

    public Metric() {
      super(SCHEMA);
    }

    /**
     * The dimensions for the metric.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Dimensions}.
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
     * The name of the metric. This is a required field.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code MetricName}.
     */
    public Metric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public Metric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Namespace}.
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
   * This object includes parameters that you can use to provide information to CloudWatch to help
   * it build more accurate anomaly detection models.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.MetricCharacteristics}.
   */
  public static final class MetricCharacteristics extends Struct<MetricCharacteristics> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::AnomalyDetector.MetricCharacteristics");

    public MetricCharacteristics() {
      super(SCHEMA);
    }

    /**
     * Set this parameter to true if values for this metric consistently include spikes that should
     * not be considered to be anomalies. With this set to true, CloudWatch will expect to see
     * spikes that occurred consistently during the model training period, and won't flag future
     * similar spikes as anomalies.
     *
     * <p>CloudFormation property {@code PeriodicSpikes}.
     */
    public MetricCharacteristics periodicSpikes(boolean value) {
      return set("PeriodicSpikes", Value.of(value));
    }

    /** Sets {@code PeriodicSpikes} to this value; see {@link #periodicSpikes(boolean)}. */
    public MetricCharacteristics periodicSpikes(Value<Boolean> value) {
      return set("PeriodicSpikes", value);
    }
  }

  /**
   * This structure is used in both <code>GetMetricData</code> and <code>PutMetricAlarm</code> . The
   * supported use of this structure is different for those two operations.
   *
   * <p>When used in <code>GetMetricData</code> , it indicates the metric data to return, and
   * whether this call is just retrieving a batch set of data for one metric, or is performing a
   * Metrics Insights query or a math expression. A single <code>GetMetricData</code> call can
   * include up to 500 <code>MetricDataQuery</code> structures.
   *
   * <p>When used in <code>PutMetricAlarm</code> , it enables you to create an alarm based on a
   * metric math expression. Each <code>MetricDataQuery</code> in the array specifies either a
   * metric to retrieve, or a math expression to be performed on retrieved metrics. A single
   * <code>PutMetricAlarm</code> call can include up to 20 <code>MetricDataQuery</code> structures
   * in the array. The 20 structures can include as many as 10 structures that contain a
   * <code>MetricStat</code> parameter to retrieve a metric, and as many as 10 structures that
   * contain the <code>Expression</code> parameter to perform a math expression. Of those
   * <code>Expression</code> structures, one must have <code>true</code> as the value for
   * <code>ReturnData</code> . The result of this expression is the value the alarm watches.
   *
   * <p>Any expression used in a <code>PutMetricAlarm</code> operation must return a single time
   * series. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax">Metric
   * Math Syntax and Functions</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Some of the parameters of this structure also have different uses whether you are using this
   * structure in a <code>GetMetricData</code> operation or a <code>PutMetricAlarm</code> operation.
   * These differences are explained in the following parameter list.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.MetricDataQuery}.
   */
  public static final class MetricDataQuery extends Struct<MetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AnomalyDetector.MetricDataQuery")
        .required("Id")
        .build();

    public MetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The ID of the account where the metrics are located.
     *
     * <p>If you are performing a <code>GetMetricData</code> operation in a monitoring account, use
     * this to specify which account to retrieve this metric from.
     *
     * <p>If you are performing a <code>PutMetricAlarm</code> operation, use this to specify which
     * account contains the metric that the alarm is watching.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AccountId}.
     */
    public MetricDataQuery accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public MetricDataQuery accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * This field can contain either a Metrics Insights query, or a metric math expression to be
     * performed on the returned data. For more information about Metrics Insights queries, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage">Metrics
     * Insights query components and syntax</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>A math expression can use the <code>Id</code> of the other metrics or queries to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions. For more information about metric math expressions, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax">Metric
     * Math Syntax and Functions</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Within each MetricDataQuery object, you must specify either <code>Expression</code> or
     * <code>MetricStat</code> but not both.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Expression}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
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
     * in a CloudWatch dashboard widget, the label is shown. If Label is omitted, CloudWatch
     * generates a default.
     *
     * <p>You can put dynamic expressions into a label, so that it is more descriptive. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/graph-dynamic-labels.html">Using
     * Dynamic Labels</a> .
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
     * <p>Changing it replaces the resource. CloudFormation property {@code MetricStat}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code Period}.
     */
    public MetricDataQuery period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public MetricDataQuery period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * When used in <code>GetMetricData</code> , this option indicates whether to return the
     * timestamps and raw data values of this metric. If you are performing this call just to do
     * math expressions and do not also need the raw data returned, you can specify
     * <code>false</code> . If you omit this, the default of <code>true</code> is used.
     *
     * <p>When used in <code>PutMetricAlarm</code> , specify <code>true</code> for the one
     * expression result to use as the alarm. For all other metrics and expressions in the same
     * <code>PutMetricAlarm</code> operation, specify <code>ReturnData</code> as False.
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
   * Indicates the CloudWatch math expression that provides the time series the anomaly detector
   * uses as input. The designated math expression must return a single time series.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.MetricMathAnomalyDetector}.
   */
  public static final class MetricMathAnomalyDetector extends Struct<MetricMathAnomalyDetector> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::AnomalyDetector.MetricMathAnomalyDetector");

    public MetricMathAnomalyDetector() {
      super(SCHEMA);
    }

    /**
     * An array of metric data query structures that enables you to create an anomaly detector based
     * on the result of a metric math expression. Each item in <code>MetricDataQueries</code> gets a
     * metric or performs a math expression. One item in <code>MetricDataQueries</code> is the
     * expression that provides the time series that the anomaly detector uses as input. Designate
     * the expression by setting <code>ReturnData</code> to <code>true</code> for this object in the
     * array. For all other expressions and metrics, set <code>ReturnData</code> to
     * <code>false</code> . The designated expression must return a single time series.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MetricDataQueries}.
     */
    public MetricMathAnomalyDetector metricDataQueries(List<MetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public MetricMathAnomalyDetector metricDataQueries(Value<List<MetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public MetricMathAnomalyDetector metricDataQueries(MetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * This structure defines the metric to be returned, along with the statistics, period, and units.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.MetricStat}.
   */
  public static final class MetricStat extends Struct<MetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AnomalyDetector.MetricStat")
        .required("Metric", "Period", "Stat")
        .build();

    public MetricStat() {
      super(SCHEMA);
    }

    /**
     * The metric to return, including the metric name, namespace, and dimensions.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Metric}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Period}.
     */
    public MetricStat period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public MetricStat period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Stat}.
     */
    public MetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public MetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * When you are using a <code>Put</code> operation, this defines what unit you want to use when
     * storing the metric.
     *
     * <p>In a <code>Get</code> operation, if you omit <code>Unit</code> then all data that was
     * collected with any unit is returned, along with the corresponding units that were specified
     * when the data was reported to CloudWatch. If you specify a unit, the operation returns only
     * data that was collected with that unit specified. If you specify a unit that does not match
     * the data collected, the results of the operation are null. CloudWatch does not perform unit
     * conversions.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Unit}.
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
   * Each <code>Range</code> specifies one range of days or times to exclude from use for training
   * or updating an anomaly detection model.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.Range}.
   */
  public static final class Range extends Struct<Range> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AnomalyDetector.Range")
        .required("EndTime", "StartTime")
        .build();

    public Range() {
      super(SCHEMA);
    }

    /**
     * The end time of the range to exclude. The format is <code>yyyy-MM-dd'T'HH:mm:ss</code> . For
     * example, <code>2019-07-01T23:59:59</code> .
     *
     * <p>Required. CloudFormation property {@code EndTime}.
     */
    public Range endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public Range endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The start time of the range to exclude. The format is <code>yyyy-MM-dd'T'HH:mm:ss</code> .
     * For example, <code>2019-07-01T23:59:59</code> .
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public Range startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public Range startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * Designates the CloudWatch metric and statistic that provides the time series the anomaly
   * detector uses as input. If you have enabled unified cross-account observability, and this
   * account is a monitoring account, the metric can be in the same account or a source account.
   *
   * <p>Property type {@code AWS::CloudWatch::AnomalyDetector.SingleMetricAnomalyDetector}.
   */
  public static final class SingleMetricAnomalyDetector extends Struct<SingleMetricAnomalyDetector> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudWatch::AnomalyDetector.SingleMetricAnomalyDetector");

    public SingleMetricAnomalyDetector() {
      super(SCHEMA);
    }

    /**
     * If the CloudWatch metric that provides the time series that the anomaly detector uses as
     * input is in another account, specify that account ID here. If you omit this parameter, the
     * current account is used.
     *
     * <p>CloudFormation property {@code AccountId}.
     */
    public SingleMetricAnomalyDetector accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public SingleMetricAnomalyDetector accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * The metric dimensions to create the anomaly detection model for.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Dimensions}.
     */
    public SingleMetricAnomalyDetector dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public SingleMetricAnomalyDetector dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public SingleMetricAnomalyDetector dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric to create the anomaly detection model for.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MetricName}.
     */
    public SingleMetricAnomalyDetector metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public SingleMetricAnomalyDetector metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric to create the anomaly detection model for.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Namespace}.
     */
    public SingleMetricAnomalyDetector namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public SingleMetricAnomalyDetector namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The statistic to use for the metric and anomaly detection model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Stat}.
     */
    public SingleMetricAnomalyDetector stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public SingleMetricAnomalyDetector stat(Value<String> value) {
      return set("Stat", value);
    }
  }
}
