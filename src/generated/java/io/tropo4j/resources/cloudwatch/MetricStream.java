// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import java.util.List;

/**
 * Creates or updates a metric stream. Metrics streams can automatically stream CloudWatch metrics
 * to AWS destinations including Amazon S3 and to many third-party solutions. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Metric-Streams.html">Metric
 * streams</a> .
 *
 * <p>To create a metric stream, you must be logged on to an account that has the
 * <code>iam:PassRole</code> permission and either the <em>CloudWatchFullAccess</em> policy or the
 * <code>cloudwatch:PutMetricStream</code> permission.
 *
 * <p>When you create or update a metric stream, you choose one of the following:
 *
 * <ul> <li>Stream metrics from all metric namespaces in the account. <li>Stream metrics from all
 * metric namespaces in the account, except for the namespaces that you list in
 * <code>ExcludeFilters</code> . <li>Stream metrics from only the metric namespaces that you list in
 * <code>IncludeFilters</code> . </ul>
 *
 * <p>When you create a metric stream, the stream is created in the <code>running</code> state. If
 * you update an existing metric stream, the state does not change.
 *
 * <p>If you create a metric stream in an account that has been set up as a monitoring account in
 * CloudWatch cross-account observability, you can choose whether to include metrics from linked
 * source accounts in the metric stream.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::MetricStream}.
 */
public final class MetricStream extends Resource<MetricStream> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::MetricStream")
      .required("FirehoseArn", "OutputFormat", "RoleArn")
      .constrain("FirehoseArn", Constraint.of().minLength(20).maxLength(2048))
      .references("FirehoseArn", "AWS::KinesisFirehose::DeliveryStream.Arn")
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .allowed("OutputFormat", "json", "opentelemetry0.7", "opentelemetry1.0")
      .constrain("OutputFormat", Constraint.of().minLength(1).maxLength(255))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("Name")
      .attributes("Arn", "CreationDate", "LastUpdateDate", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MetricStream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If you specify this parameter, the stream sends metrics from all metric namespaces except for
   * the namespaces that you specify here. You cannot specify both <code>IncludeFilters</code> and
   * <code>ExcludeFilters</code> in the same metric stream.
   *
   * <p>When you modify the <code>IncludeFilters</code> or <code>ExcludeFilters</code> of an
   * existing metric stream in any way, the metric stream is effectively restarted, so after such a
   * change you will get only the datapoints that have a timestamp after the time of the update.
   *
   * <p>CloudFormation property {@code ExcludeFilters}.
   */
  public MetricStream excludeFilters(List<MetricStreamFilter> value) {
    return set("ExcludeFilters", Value.listOf(value));
  }

  /** Sets {@code ExcludeFilters} to this value; see {@link #excludeFilters(List)}. */
  public MetricStream excludeFilters(Value<List<MetricStreamFilter>> value) {
    return set("ExcludeFilters", value);
  }

  /** Sets {@code ExcludeFilters} to a list of these; see {@link #excludeFilters(List)}. */
  public MetricStream excludeFilters(MetricStreamFilter... values) {
    return set("ExcludeFilters", Value.list(values));
  }

  /**
   * The ARN of the Amazon Kinesis Firehose delivery stream to use for this metric stream. This
   * Amazon Kinesis Firehose delivery stream must already exist and must be in the same account as
   * the metric stream.
   *
   * <p>Required. Length: 20 to 2048 characters. CloudFormation property {@code FirehoseArn}.
   */
  public MetricStream firehoseArn(String value) {
    return set("FirehoseArn", Value.of(value));
  }

  /** Sets {@code FirehoseArn} to this value; see {@link #firehoseArn(String)}. */
  public MetricStream firehoseArn(Value<String> value) {
    return set("FirehoseArn", value);
  }

  /**
   * Sets {@code FirehoseArn} to the Arn of {@code AWS::KinesisFirehose::DeliveryStream}; see {@link
   * #firehoseArn(String)}.
   */
  public MetricStream firehoseArn(DeliveryStream resource) {
    return set("FirehoseArn", resource.arn());
  }

  /**
   * If you specify this parameter, the stream sends only the metrics from the metric namespaces
   * that you specify here. You cannot specify both <code>IncludeFilters</code> and
   * <code>ExcludeFilters</code> in the same metric stream.
   *
   * <p>When you modify the <code>IncludeFilters</code> or <code>ExcludeFilters</code> of an
   * existing metric stream in any way, the metric stream is effectively restarted, so after such a
   * change you will get only the datapoints that have a timestamp after the time of the update.
   *
   * <p>CloudFormation property {@code IncludeFilters}.
   */
  public MetricStream includeFilters(List<MetricStreamFilter> value) {
    return set("IncludeFilters", Value.listOf(value));
  }

  /** Sets {@code IncludeFilters} to this value; see {@link #includeFilters(List)}. */
  public MetricStream includeFilters(Value<List<MetricStreamFilter>> value) {
    return set("IncludeFilters", value);
  }

  /** Sets {@code IncludeFilters} to a list of these; see {@link #includeFilters(List)}. */
  public MetricStream includeFilters(MetricStreamFilter... values) {
    return set("IncludeFilters", Value.list(values));
  }

  /**
   * If you are creating a metric stream in a monitoring account, specify <code>true</code> to
   * include metrics from source accounts that are linked to this monitoring account, in the metric
   * stream. The default is <code>false</code> .
   *
   * <p>For more information about linking accounts, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html">CloudWatch
   * cross-account observability</a>
   *
   * <p>CloudFormation property {@code IncludeLinkedAccountsMetrics}.
   */
  public MetricStream includeLinkedAccountsMetrics(boolean value) {
    return set("IncludeLinkedAccountsMetrics", Value.of(value));
  }

  /**
   * Sets {@code IncludeLinkedAccountsMetrics} to this value; see {@link
   * #includeLinkedAccountsMetrics(boolean)}.
   */
  public MetricStream includeLinkedAccountsMetrics(Value<Boolean> value) {
    return set("IncludeLinkedAccountsMetrics", value);
  }

  /**
   * If you are creating a new metric stream, this is the name for the new stream. The name must be
   * different than the names of other metric streams in this account and Region.
   *
   * <p>If you are updating a metric stream, specify the name of that stream here.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public MetricStream name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MetricStream name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The output format for the stream. Valid values are <code>json</code> ,
   * <code>opentelemetry1.0</code> and <code>opentelemetry0.7</code> For more information about
   * metric stream output formats, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-metric-streams-formats.html">Metric
   * streams output formats</a> .
   *
   * <p>This parameter is required.
   *
   * <p>Required. Allowed values: {@code json}, {@code opentelemetry0.7}, {@code opentelemetry1.0}.
   * Length: 1 to 255 characters. CloudFormation property {@code OutputFormat}.
   */
  public MetricStream outputFormat(String value) {
    return set("OutputFormat", Value.of(value));
  }

  /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
  public MetricStream outputFormat(Value<String> value) {
    return set("OutputFormat", value);
  }

  /**
   * The ARN of an IAM role that this metric stream will use to access Amazon Kinesis Firehose
   * resources. This IAM role must already exist and must be in the same account as the metric
   * stream. This IAM role must include the <code>firehose:PutRecord</code> and
   * <code>firehose:PutRecordBatch</code> permissions.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public MetricStream roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public MetricStream roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public MetricStream roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * By default, a metric stream always sends the MAX, MIN, SUM, and SAMPLECOUNT statistics for each
   * metric that is streamed. You can use this parameter to have the metric stream also send
   * additional statistics in the stream. This array can have up to 100 members.
   *
   * <p>For each entry in this array, you specify one or more metrics and the list of additional
   * statistics to stream for those metrics. The additional statistics that you can stream depend on
   * the stream's <code>OutputFormat</code> . If the <code>OutputFormat</code> is <code>json</code>
   * , you can stream any additional statistic that is supported by CloudWatch , listed in <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">CloudWatch
   * statistics definitions</a> . If the <code>OutputFormat</code> is OpenTelemetry, you can stream
   * percentile statistics.
   *
   * <p>CloudFormation property {@code StatisticsConfigurations}.
   */
  public MetricStream statisticsConfigurations(List<MetricStreamStatisticsConfiguration> value) {
    return set("StatisticsConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code StatisticsConfigurations} to this value; see {@link
   * #statisticsConfigurations(List)}.
   */
  public MetricStream statisticsConfigurations(Value<List<MetricStreamStatisticsConfiguration>> value) {
    return set("StatisticsConfigurations", value);
  }

  /**
   * Sets {@code StatisticsConfigurations} to a list of these; see {@link
   * #statisticsConfigurations(List)}.
   */
  public MetricStream statisticsConfigurations(MetricStreamStatisticsConfiguration... values) {
    return set("StatisticsConfigurations", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to the metric stream.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MetricStream tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MetricStream tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MetricStream tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the metric stream.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date that the metric stream was originally created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The date that the metric stream was most recently updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateDate}.
   */
  public Value<String> lastUpdateDate() {
    return getAtt("LastUpdateDate");
  }

  /**
   * The state of the metric stream, either <code>running</code> or <code>stopped</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * This structure contains a metric namespace and optionally, a list of metric names, to either
   * include in a metric ' stream or exclude from a metric stream.
   *
   * <p>A metric stream's filters can include up to 1000 total names. This limit applies to the sum
   * of namespace names and metric names in the filters. For example, this could include 10 metric
   * namespace filters with 99 metrics each, or 20 namespace filters with 49 metrics specified in
   * each filter.
   *
   * <p>Property type {@code AWS::CloudWatch::MetricStream.MetricStreamFilter}.
   */
  public static final class MetricStreamFilter extends Struct<MetricStreamFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::MetricStream.MetricStreamFilter")
        .required("Namespace")
        .constrain("MetricNames", Constraint.of().minLength(1).maxLength(255))
        .constrain("Namespace", Constraint.of().pattern("^[^:]").minLength(1).maxLength(255))
        .build();

    public MetricStreamFilter() {
      super(SCHEMA);
    }

    /**
     * The names of the metrics to either include or exclude from the metric stream.
     *
     * <p>If you omit this parameter, all metrics in the namespace are included or excluded,
     * depending on whether this filter is specified as an exclude filter or an include filter.
     *
     * <p>Each metric name can contain only ASCII printable characters (ASCII range 32 through 126).
     * Each metric name must contain at least one non-whitespace character.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricNames}.
     */
    public MetricStreamFilter metricNames(List<String> value) {
      return set("MetricNames", Value.listOf(value));
    }

    /** Sets {@code MetricNames} to this value; see {@link #metricNames(List)}. */
    public MetricStreamFilter metricNames(Value<List<String>> value) {
      return set("MetricNames", value);
    }

    /**
     * The name of the metric namespace in the filter.
     *
     * <p>The namespace can contain only ASCII printable characters (ASCII range 32 through 126). It
     * must contain at least one non-whitespace character.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[^:]}. CloudFormation property
     * {@code Namespace}.
     */
    public MetricStreamFilter namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public MetricStreamFilter namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * This structure specifies a list of additional statistics to stream, and the metrics to stream
   * those additional statistics for.
   *
   * <p>All metrics that match the combination of metric name and namespace will be streamed with
   * the additional statistics, no matter their dimensions.
   *
   * <p>Property type {@code AWS::CloudWatch::MetricStream.MetricStreamStatisticsConfiguration}.
   */
  public static final class MetricStreamStatisticsConfiguration extends Struct<MetricStreamStatisticsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::MetricStream.MetricStreamStatisticsConfiguration")
        .required("AdditionalStatistics", "IncludeMetrics")
        .build();

    public MetricStreamStatisticsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The additional statistics to stream for the metrics listed in <code>IncludeMetrics</code> .
     *
     * <p>Required. CloudFormation property {@code AdditionalStatistics}.
     */
    public MetricStreamStatisticsConfiguration additionalStatistics(List<String> value) {
      return set("AdditionalStatistics", Value.listOf(value));
    }

    /** Sets {@code AdditionalStatistics} to this value; see {@link #additionalStatistics(List)}. */
    public MetricStreamStatisticsConfiguration additionalStatistics(Value<List<String>> value) {
      return set("AdditionalStatistics", value);
    }

    /**
     * An array that defines the metrics that are to have additional statistics streamed.
     *
     * <p>Required. CloudFormation property {@code IncludeMetrics}.
     */
    public MetricStreamStatisticsConfiguration includeMetrics(List<MetricStreamStatisticsMetric> value) {
      return set("IncludeMetrics", Value.listOf(value));
    }

    /** Sets {@code IncludeMetrics} to this value; see {@link #includeMetrics(List)}. */
    public MetricStreamStatisticsConfiguration includeMetrics(Value<List<MetricStreamStatisticsMetric>> value) {
      return set("IncludeMetrics", value);
    }

    /** Sets {@code IncludeMetrics} to a list of these; see {@link #includeMetrics(List)}. */
    public MetricStreamStatisticsConfiguration includeMetrics(MetricStreamStatisticsMetric... values) {
      return set("IncludeMetrics", Value.list(values));
    }
  }

  /**
   * A structure that specifies the metric name and namespace for one metric that is going to have
   * additional statistics included in the stream.
   *
   * <p>Property type {@code AWS::CloudWatch::MetricStream.MetricStreamStatisticsMetric}.
   */
  public static final class MetricStreamStatisticsMetric extends Struct<MetricStreamStatisticsMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::MetricStream.MetricStreamStatisticsMetric")
        .required("MetricName", "Namespace")
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Namespace", Constraint.of().pattern("^[^:]").minLength(1).maxLength(255))
        .build();

    public MetricStreamStatisticsMetric() {
      super(SCHEMA);
    }

    /**
     * The name of the metric.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
     */
    public MetricStreamStatisticsMetric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public MetricStreamStatisticsMetric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[^:]}. CloudFormation property
     * {@code Namespace}.
     */
    public MetricStreamStatisticsMetric namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public MetricStreamStatisticsMetric namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }
}
