// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Logs::MetricFilter</code> resource specifies a metric filter that describes how
 * CloudWatch Logs extracts information from logs and transforms it into Amazon CloudWatch metrics.
 * If you have multiple metric filters that are associated with a log group, all the filters are
 * applied to the log streams in that group.
 *
 * <p>The maximum number of metric filters that can be associated with a log group is 100.
 *
 * <p>CloudFormation type {@code AWS::Logs::MetricFilter}.
 */
public final class MetricFilter extends Resource<MetricFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::MetricFilter")
      .required("FilterPattern", "LogGroupName", "MetricTransformations")
      .constrain("FieldSelectionCriteria", Constraint.of().minLength(0).maxLength(2000))
      .constrain("FilterName", Constraint.of().pattern("^[^:*]{1,512}").minLength(1).maxLength(512))
      .constrain("FilterPattern", Constraint.of().minLength(0).maxLength(1024))
      .constrain("LogGroupName", Constraint.of().pattern("^[.\\-_/#A-Za-z0-9]{1,512}").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
      .references("LogGroupName", "AWS::Logs::LogGroup.Ref")
      .build();

  public MetricFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This parameter is valid only for log groups that have an active log transformer. For more
   * information about log transformers, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html">PutTransformer</a>
   * .
   *
   * <p>If this value is <code>true</code> , the metric filter is applied on the transformed version
   * of the log events instead of the original ingested log events.
   *
   * <p>CloudFormation property {@code ApplyOnTransformedLogs}.
   */
  public MetricFilter applyOnTransformedLogs(boolean value) {
    return set("ApplyOnTransformedLogs", Value.of(value));
  }

  /**
   * Sets {@code ApplyOnTransformedLogs} to this value; see {@link
   * #applyOnTransformedLogs(boolean)}.
   */
  public MetricFilter applyOnTransformedLogs(Value<Boolean> value) {
    return set("ApplyOnTransformedLogs", value);
  }

  /**
   * The list of system fields that are emitted as additional dimensions in the generated metrics.
   * Returns the <code>emitSystemFieldDimensions</code> value if it was specified when the metric
   * filter was created.
   *
   * <p>CloudFormation property {@code EmitSystemFieldDimensions}.
   */
  public MetricFilter emitSystemFieldDimensions(List<String> value) {
    return set("EmitSystemFieldDimensions", Value.listOf(value));
  }

  /**
   * Sets {@code EmitSystemFieldDimensions} to this value; see {@link
   * #emitSystemFieldDimensions(List)}.
   */
  public MetricFilter emitSystemFieldDimensions(Value<List<String>> value) {
    return set("EmitSystemFieldDimensions", value);
  }

  /**
   * The filter expression that specifies which log events are processed by this metric filter based
   * on system fields. Returns the <code>fieldSelectionCriteria</code> value if it was specified
   * when the metric filter was created.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code FieldSelectionCriteria}.
   */
  public MetricFilter fieldSelectionCriteria(String value) {
    return set("FieldSelectionCriteria", Value.of(value));
  }

  /**
   * Sets {@code FieldSelectionCriteria} to this value; see {@link #fieldSelectionCriteria(String)}.
   */
  public MetricFilter fieldSelectionCriteria(Value<String> value) {
    return set("FieldSelectionCriteria", value);
  }

  /**
   * The name of the metric filter.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[^:*]{1,512}}. CloudFormation property {@code FilterName}.
   */
  public MetricFilter filterName(String value) {
    return set("FilterName", Value.of(value));
  }

  /** Sets {@code FilterName} to this value; see {@link #filterName(String)}. */
  public MetricFilter filterName(Value<String> value) {
    return set("FilterName", value);
  }

  /**
   * A filter pattern for extracting metric data out of ingested log events. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html">Filter
   * and Pattern Syntax</a> .
   *
   * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code FilterPattern}.
   */
  public MetricFilter filterPattern(String value) {
    return set("FilterPattern", Value.of(value));
  }

  /** Sets {@code FilterPattern} to this value; see {@link #filterPattern(String)}. */
  public MetricFilter filterPattern(Value<String> value) {
    return set("FilterPattern", value);
  }

  /**
   * The name of an existing log group that you want to associate with this metric filter.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[.&#92;-_/#A-Za-z0-9]{1,512}}. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation
   * property {@code LogGroupName}.
   */
  public MetricFilter logGroupName(String value) {
    return set("LogGroupName", Value.of(value));
  }

  /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
  public MetricFilter logGroupName(Value<String> value) {
    return set("LogGroupName", value);
  }

  /**
   * Sets {@code LogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
   * #logGroupName(String)}.
   */
  public MetricFilter logGroupName(LogGroup resource) {
    return set("LogGroupName", resource.ref());
  }

  /**
   * The metric transformations.
   *
   * <p>Required. CloudFormation property {@code MetricTransformations}.
   */
  public MetricFilter metricTransformations(List<MetricTransformation> value) {
    return set("MetricTransformations", Value.listOf(value));
  }

  /** Sets {@code MetricTransformations} to this value; see {@link #metricTransformations(List)}. */
  public MetricFilter metricTransformations(Value<List<MetricTransformation>> value) {
    return set("MetricTransformations", value);
  }

  /**
   * Sets {@code MetricTransformations} to a list of these; see {@link
   * #metricTransformations(List)}.
   */
  public MetricFilter metricTransformations(MetricTransformation... values) {
    return set("MetricTransformations", Value.list(values));
  }

  /**
   * Specifies the CloudWatch metric dimensions to publish with this metric.
   *
   * <p>Because dimensions are part of the unique identifier for a metric, whenever a unique
   * dimension name/value pair is extracted from your logs, you are creating a new variation of that
   * metric.
   *
   * <p>For more information about publishing dimensions with metrics created by metric filters, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html#logs-metric-filters-dimensions">Publishing
   * dimensions with metrics from values in JSON or space-delimited log events</a> .
   *
   * <p>Metrics extracted from log events are charged as custom metrics. To prevent unexpected high
   * charges, do not specify high-cardinality fields such as <code>IPAddress</code> or
   * <code>requestID</code> as dimensions. Each different value found for a dimension is treated as
   * a separate metric and accrues charges as a separate custom metric. To help prevent accidental
   * high charges, Amazon disables a metric filter if it generates 1000 different name/value pairs
   * for the dimensions that you have specified within a certain amount of time. You can also set up
   * a billing alarm to alert you if your charges are higher than expected. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html">Creating
   * a Billing Alarm to Monitor Your Estimated AWS Charges</a> .
   *
   * <p>Property type {@code AWS::Logs::MetricFilter.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::MetricFilter.Dimension")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().minLength(1).maxLength(255))
        .build();

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * The name for the CloudWatch metric dimension that the metric filter creates.
     *
     * <p>Dimension names must contain only ASCII characters, must include at least one
     * non-whitespace character, and cannot start with a colon (:).
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Key}.
     */
    public Dimension key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Dimension key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The log event field that will contain the value for this dimension. This dimension will only
     * be published for a metric if the value is found in the log event. For example,
     * <code>$.eventType</code> for JSON log events, or <code>$server</code> for space-delimited log
     * events.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Value}.
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
   * <code>MetricTransformation</code> is a property of the <code>AWS::Logs::MetricFilter</code>
   * resource that describes how to transform log streams into a CloudWatch metric.
   *
   * <p>Property type {@code AWS::Logs::MetricFilter.MetricTransformation}.
   */
  public static final class MetricTransformation extends Struct<MetricTransformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::MetricFilter.MetricTransformation")
        .required("MetricName", "MetricNamespace", "MetricValue")
        .constrain("MetricName", Constraint.of().pattern("^((?![:*$])[\\x00-\\x7F]){1,255}").minLength(1).maxLength(255))
        .constrain("MetricNamespace", Constraint.of().pattern("^[0-9a-zA-Z\\.\\-_\\/#]{1,256}").minLength(1).maxLength(256))
        .constrain("MetricValue", Constraint.of().pattern("^([+-]?([0-9]*\\.?[0-9]*)|(\\$.*))$").minLength(1).maxLength(100))
        .allowed("Unit", "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits",
            "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second",
            "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second",
            "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None")
        .build();

    public MetricTransformation() {
      super(SCHEMA);
    }

    /**
     * (Optional) The value to emit when a filter pattern does not match a log event. This value can
     * be null.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public MetricTransformation defaultValue(double value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(double)}. */
    public MetricTransformation defaultValue(Value<Double> value) {
      return set("DefaultValue", value);
    }

    /**
     * The fields to use as dimensions for the metric. One metric filter can include as many as
     * three dimensions.
     *
     * <p>Metrics extracted from log events are charged as custom metrics. To prevent unexpected
     * high charges, do not specify high-cardinality fields such as <code>IPAddress</code> or
     * <code>requestID</code> as dimensions. Each different value found for a dimension is treated
     * as a separate metric and accrues charges as a separate custom metric. CloudWatch Logs
     * disables a metric filter if it generates 1000 different name/value pairs for your specified
     * dimensions within a certain amount of time. This helps to prevent accidental high charges.
     * You can also set up a billing alarm to alert you if your charges are higher than expected.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html">Creating
     * a Billing Alarm to Monitor Your Estimated AWS Charges</a> .
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public MetricTransformation dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public MetricTransformation dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public MetricTransformation dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the CloudWatch metric.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^((?![:*$])[&#92;x00-&#92;x7F]){1,255}}. CloudFormation property {@code MetricName}.
     */
    public MetricTransformation metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public MetricTransformation metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * A custom namespace to contain your metric in CloudWatch. Use namespaces to group together
     * metrics that are similar. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace">Namespaces</a>
     * .
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[0-9a-zA-Z&#92;.&#92;-_&#92;/#]{1,256}}. CloudFormation property {@code MetricNamespace}.
     */
    public MetricTransformation metricNamespace(String value) {
      return set("MetricNamespace", Value.of(value));
    }

    /** Sets {@code MetricNamespace} to this value; see {@link #metricNamespace(String)}. */
    public MetricTransformation metricNamespace(Value<String> value) {
      return set("MetricNamespace", value);
    }

    /**
     * The value that is published to the CloudWatch metric. For example, if you're counting the
     * occurrences of a particular term like <code>Error</code> , specify 1 for the metric value. If
     * you're counting the number of bytes transferred, reference the value that is in the log event
     * by using $. followed by the name of the field that you specified in the filter pattern, such
     * as <code>$.size</code> .
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code
     * ^([+-]?([0-9]*&#92;.?[0-9]*)|(&#92;$.*))$}. CloudFormation property {@code MetricValue}.
     */
    public MetricTransformation metricValue(String value) {
      return set("MetricValue", Value.of(value));
    }

    /** Sets {@code MetricValue} to this value; see {@link #metricValue(String)}. */
    public MetricTransformation metricValue(Value<String> value) {
      return set("MetricValue", value);
    }

    /**
     * The unit to assign to the metric. If you omit this, the unit is set as <code>None</code> .
     *
     * <p>Allowed values: {@code Seconds}, {@code Microseconds}, {@code Milliseconds}, {@code
     * Bytes}, {@code Kilobytes}, {@code Megabytes}, {@code Gigabytes}, {@code Terabytes}, {@code
     * Bits}, {@code Kilobits}, {@code Megabits}, {@code Gigabits}, {@code Terabits}, {@code
     * Percent}, {@code Count}, {@code Bytes/Second}, {@code Kilobytes/Second}, {@code
     * Megabytes/Second}, {@code Gigabytes/Second}, {@code Terabytes/Second}, {@code Bits/Second},
     * {@code Kilobits/Second}, {@code Megabits/Second}, {@code Gigabits/Second}, {@code
     * Terabits/Second}, {@code Count/Second}, {@code None}. CloudFormation property {@code Unit}.
     */
    public MetricTransformation unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public MetricTransformation unit(Value<String> value) {
      return set("Unit", value);
    }
  }
}
