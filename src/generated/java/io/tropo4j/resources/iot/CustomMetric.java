// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::IoT::CustomMetric</code> resource to define a custom metric published by your
 * devices to Device Defender. For API reference, see <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreateCustomMetric.html">CreateCustomMetric</a>
 * and for general information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/dd-detect-custom-metrics.html">Custom
 * metrics</a> .
 *
 * <p>CloudFormation type {@code AWS::IoT::CustomMetric}.
 */
public final class CustomMetric extends Resource<CustomMetric> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::CustomMetric")
      .required("MetricType")
      .constrain("DisplayName", Constraint.of().pattern("^[\\p{Graph}\\x20]*$").minLength(0).maxLength(128))
      .constrain("MetricName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .allowed("MetricType", "string-list", "ip-address-list", "number-list", "number")
      .refYields("MetricName")
      .attributes("MetricArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomMetric(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The friendly name in the console for the custom metric. This name doesn't have to be unique.
   * Don't use this name as the metric identifier in the device metric report. You can update the
   * friendly name after you define it.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[&#92;p{Graph}&#92;x20]*$}. CloudFormation
   * property {@code DisplayName}.
   */
  public CustomMetric displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public CustomMetric displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the custom metric. This will be used in the metric report submitted from the
   * device/thing. The name can't begin with <code>aws:</code> . You can’t change the name after you
   * define it.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code MetricName}.
   */
  public CustomMetric metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public CustomMetric metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * The type of the custom metric. Types include <code>string-list</code> ,
   * <code>ip-address-list</code> , <code>number-list</code> , and <code>number</code> .
   *
   * <p>The type <code>number</code> only takes a single metric value as an input, but when you
   * submit the metrics value in the DeviceMetrics report, you must pass it as an array with a
   * single value.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code string-list}, {@code
   * ip-address-list}, {@code number-list}, {@code number}. CloudFormation property {@code
   * MetricType}.
   */
  public CustomMetric metricType(String value) {
    return set("MetricType", Value.of(value));
  }

  /** Sets {@code MetricType} to this value; see {@link #metricType(String)}. */
  public CustomMetric metricType(Value<String> value) {
    return set("MetricType", value);
  }

  /**
   * Metadata that can be used to manage the custom metric.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomMetric tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomMetric tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomMetric tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Number (ARN) of the custom metric; for example, <code>arn:
   * <em>aws-partition</em> :iot: <em>region</em> : <em>accountId</em> :custommetric/
   * <em>metricName</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code MetricArn}.
   */
  public Value<String> metricArn() {
    return getAtt("MetricArn");
  }
}
