// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use the <code>AWS::IoT::SecurityProfile</code> resource to create a Device Defender security
 * profile. For API reference, see <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreateSecurityProfile.html">CreateSecurityProfile</a>
 * and for general information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/device-defender-detect.html">Detect</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::IoT::SecurityProfile}.
 */
public final class SecurityProfile extends Resource<SecurityProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile")
      .constrain("SecurityProfileDescription", Constraint.of().pattern("^[\\p{Graph}\\x20]*$").minLength(0).maxLength(1000))
      .constrain("SecurityProfileName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .constrain("TargetArns", Constraint.of().maxLength(2048))
      .refYields("SecurityProfileName")
      .attributes("SecurityProfileArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SecurityProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of metrics whose data is retained (stored). By default, data is retained for any metric
   * used in the profile's <code>behaviors</code> , but it's also retained for any metric specified
   * here. Can be used with custom metrics; can't be used with dimensions.
   *
   * <p>CloudFormation property {@code AdditionalMetricsToRetainV2}.
   */
  public SecurityProfile additionalMetricsToRetainV2(List<MetricToRetain> value) {
    return set("AdditionalMetricsToRetainV2", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalMetricsToRetainV2} to this value; see {@link
   * #additionalMetricsToRetainV2(List)}.
   */
  public SecurityProfile additionalMetricsToRetainV2(Value<List<MetricToRetain>> value) {
    return set("AdditionalMetricsToRetainV2", value);
  }

  /**
   * Sets {@code AdditionalMetricsToRetainV2} to a list of these; see {@link
   * #additionalMetricsToRetainV2(List)}.
   */
  public SecurityProfile additionalMetricsToRetainV2(MetricToRetain... values) {
    return set("AdditionalMetricsToRetainV2", Value.list(values));
  }

  /**
   * Specifies the destinations to which alerts are sent. (Alerts are always sent to the console.)
   * Alerts are generated when a device (thing) violates a behavior.
   *
   * <p>CloudFormation property {@code AlertTargets}.
   */
  public SecurityProfile alertTargets(Map<String, AlertTarget> value) {
    return set("AlertTargets", Value.mapOf(value));
  }

  /** Sets {@code AlertTargets} to this value; see {@link #alertTargets(Map)}. */
  public SecurityProfile alertTargets(Value<Map<String, AlertTarget>> value) {
    return set("AlertTargets", value);
  }

  /**
   * Specifies the behaviors that, when violated by a device (thing), cause an alert.
   *
   * <p>CloudFormation property {@code Behaviors}.
   */
  public SecurityProfile behaviors(List<Behavior> value) {
    return set("Behaviors", Value.listOf(value));
  }

  /** Sets {@code Behaviors} to this value; see {@link #behaviors(List)}. */
  public SecurityProfile behaviors(Value<List<Behavior>> value) {
    return set("Behaviors", value);
  }

  /** Sets {@code Behaviors} to a list of these; see {@link #behaviors(List)}. */
  public SecurityProfile behaviors(Behavior... values) {
    return set("Behaviors", Value.list(values));
  }

  /**
   * Specifies the MQTT topic and role ARN required for metric export.
   *
   * <p>CloudFormation property {@code MetricsExportConfig}.
   */
  public SecurityProfile metricsExportConfig(Value<MetricsExportConfig> value) {
    return set("MetricsExportConfig", value);
  }

  /**
   * A description of the security profile.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^[&#92;p{Graph}&#92;x20]*$}. CloudFormation
   * property {@code SecurityProfileDescription}.
   */
  public SecurityProfile securityProfileDescription(String value) {
    return set("SecurityProfileDescription", Value.of(value));
  }

  /**
   * Sets {@code SecurityProfileDescription} to this value; see {@link
   * #securityProfileDescription(String)}.
   */
  public SecurityProfile securityProfileDescription(Value<String> value) {
    return set("SecurityProfileDescription", value);
  }

  /**
   * The name you gave to the security profile.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code SecurityProfileName}.
   */
  public SecurityProfile securityProfileName(String value) {
    return set("SecurityProfileName", Value.of(value));
  }

  /** Sets {@code SecurityProfileName} to this value; see {@link #securityProfileName(String)}. */
  public SecurityProfile securityProfileName(Value<String> value) {
    return set("SecurityProfileName", value);
  }

  /**
   * Metadata that can be used to manage the security profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SecurityProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SecurityProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SecurityProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the target (thing group) to which the security profile is attached.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code TargetArns}.
   */
  public SecurityProfile targetArns(List<String> value) {
    return set("TargetArns", Value.listOf(value));
  }

  /** Sets {@code TargetArns} to this value; see {@link #targetArns(List)}. */
  public SecurityProfile targetArns(Value<List<String>> value) {
    return set("TargetArns", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the security profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecurityProfileArn}.
   */
  public Value<String> securityProfileArn() {
    return getAtt("SecurityProfileArn");
  }

  /**
   * A structure containing the alert target ARN and the role ARN.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.AlertTarget}.
   */
  public static final class AlertTarget extends Struct<AlertTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.AlertTarget")
        .required("AlertTargetArn", "RoleArn")
        .build();

    public AlertTarget() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the notification target to which alerts are sent.
     *
     * <p>Required. CloudFormation property {@code AlertTargetArn}.
     */
    public AlertTarget alertTargetArn(String value) {
      return set("AlertTargetArn", Value.of(value));
    }

    /** Sets {@code AlertTargetArn} to this value; see {@link #alertTargetArn(String)}. */
    public AlertTarget alertTargetArn(Value<String> value) {
      return set("AlertTargetArn", value);
    }

    /**
     * The ARN of the role that grants permission to send alerts to the notification target.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public AlertTarget roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AlertTarget roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * A Device Defender security profile behavior.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.Behavior}.
   */
  public static final class Behavior extends Struct<Behavior> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.Behavior")
        .required("Name")
        .constrain("Metric", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
        .build();

    public Behavior() {
      super(SCHEMA);
    }

    /**
     * The criteria that determine if a device is behaving normally in regard to the
     * <code>metric</code> .
     *
     * <p>In the AWS IoT console, you can choose to be sent an alert through Amazon SNS when AWS IoT
     * Device Defender detects that a device is behaving anomalously.
     *
     * <p>CloudFormation property {@code Criteria}.
     */
    public Behavior criteria(Value<BehaviorCriteria> value) {
      return set("Criteria", value);
    }

    /**
     * Value indicates exporting metrics related to the behavior when it is true.
     *
     * <p>CloudFormation property {@code ExportMetric}.
     */
    public Behavior exportMetric(boolean value) {
      return set("ExportMetric", Value.of(value));
    }

    /** Sets {@code ExportMetric} to this value; see {@link #exportMetric(boolean)}. */
    public Behavior exportMetric(Value<Boolean> value) {
      return set("ExportMetric", value);
    }

    /**
     * What is measured by the behavior.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9:_-]+}. CloudFormation property
     * {@code Metric}.
     */
    public Behavior metric(String value) {
      return set("Metric", Value.of(value));
    }

    /** Sets {@code Metric} to this value; see {@link #metric(String)}. */
    public Behavior metric(Value<String> value) {
      return set("Metric", value);
    }

    /**
     * The dimension of the metric.
     *
     * <p>CloudFormation property {@code MetricDimension}.
     */
    public Behavior metricDimension(Value<MetricDimension> value) {
      return set("MetricDimension", value);
    }

    /**
     * The name you've given to the behavior.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9:_-]+}. CloudFormation
     * property {@code Name}.
     */
    public Behavior name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Behavior name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The alert status. If you set the value to <code>true</code> , alerts will be suppressed.
     *
     * <p>CloudFormation property {@code SuppressAlerts}.
     */
    public Behavior suppressAlerts(boolean value) {
      return set("SuppressAlerts", Value.of(value));
    }

    /** Sets {@code SuppressAlerts} to this value; see {@link #suppressAlerts(boolean)}. */
    public Behavior suppressAlerts(Value<Boolean> value) {
      return set("SuppressAlerts", value);
    }
  }

  /**
   * The criteria by which the behavior is determined to be normal.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.BehaviorCriteria}.
   */
  public static final class BehaviorCriteria extends Struct<BehaviorCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.BehaviorCriteria")
        .allowed("ComparisonOperator", "less-than", "less-than-equals", "greater-than",
            "greater-than-equals", "in-cidr-set", "not-in-cidr-set", "in-port-set",
            "not-in-port-set", "in-set", "not-in-set")
        .constrain("ConsecutiveDatapointsToAlarm", Constraint.of().minimum(1).maximum(10))
        .constrain("ConsecutiveDatapointsToClear", Constraint.of().minimum(1).maximum(10))
        .build();

    public BehaviorCriteria() {
      super(SCHEMA);
    }

    /**
     * The operator that relates the thing measured ( <code>metric</code> ) to the criteria
     * (containing a <code>value</code> or <code>statisticalThreshold</code> ). Valid operators
     * include:
     *
     * <ul> <li><code>string-list</code> : <code>in-set</code> and <code>not-in-set</code>
     * <li><code>number-list</code> : <code>in-set</code> and <code>not-in-set</code>
     * <li><code>ip-address-list</code> : <code>in-cidr-set</code> and <code>not-in-cidr-set</code>
     * <li><code>number</code> : <code>less-than</code> , <code>less-than-equals</code> ,
     * <code>greater-than</code> , and <code>greater-than-equals</code> </ul>
     *
     * <p>Allowed values: {@code less-than}, {@code less-than-equals}, {@code greater-than}, {@code
     * greater-than-equals}, {@code in-cidr-set}, {@code not-in-cidr-set}, {@code in-port-set},
     * {@code not-in-port-set}, {@code in-set}, {@code not-in-set}. CloudFormation property {@code
     * ComparisonOperator}.
     */
    public BehaviorCriteria comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public BehaviorCriteria comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * If a device is in violation of the behavior for the specified number of consecutive
     * datapoints, an alarm occurs. If not specified, the default is 1.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code ConsecutiveDatapointsToAlarm}.
     */
    public BehaviorCriteria consecutiveDatapointsToAlarm(int value) {
      return set("ConsecutiveDatapointsToAlarm", Value.of(value));
    }

    /**
     * Sets {@code ConsecutiveDatapointsToAlarm} to this value; see {@link
     * #consecutiveDatapointsToAlarm(int)}.
     */
    public BehaviorCriteria consecutiveDatapointsToAlarm(Value<Integer> value) {
      return set("ConsecutiveDatapointsToAlarm", value);
    }

    /**
     * If an alarm has occurred and the offending device is no longer in violation of the behavior
     * for the specified number of consecutive datapoints, the alarm is cleared. If not specified,
     * the default is 1.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code ConsecutiveDatapointsToClear}.
     */
    public BehaviorCriteria consecutiveDatapointsToClear(int value) {
      return set("ConsecutiveDatapointsToClear", Value.of(value));
    }

    /**
     * Sets {@code ConsecutiveDatapointsToClear} to this value; see {@link
     * #consecutiveDatapointsToClear(int)}.
     */
    public BehaviorCriteria consecutiveDatapointsToClear(Value<Integer> value) {
      return set("ConsecutiveDatapointsToClear", value);
    }

    /**
     * Use this to specify the time duration over which the behavior is evaluated, for those
     * criteria that have a time dimension (for example, <code>NUM_MESSAGES_SENT</code> ). For a
     * <code>statisticalThreshhold</code> metric comparison, measurements from all devices are
     * accumulated over this time duration before being used to calculate percentiles, and later,
     * measurements from an individual device are also accumulated over this time duration before
     * being given a percentile rank. Cannot be used with list-based metric datatypes.
     *
     * <p>CloudFormation property {@code DurationSeconds}.
     */
    public BehaviorCriteria durationSeconds(int value) {
      return set("DurationSeconds", Value.of(value));
    }

    /** Sets {@code DurationSeconds} to this value; see {@link #durationSeconds(int)}. */
    public BehaviorCriteria durationSeconds(Value<Integer> value) {
      return set("DurationSeconds", value);
    }

    /**
     * The confidence level of the detection model.
     *
     * <p>CloudFormation property {@code MlDetectionConfig}.
     */
    public BehaviorCriteria mlDetectionConfig(Value<MachineLearningDetectionConfig> value) {
      return set("MlDetectionConfig", value);
    }

    /**
     * A statistical ranking (percentile)that indicates a threshold value by which a behavior is
     * determined to be in compliance or in violation of the behavior.
     *
     * <p>CloudFormation property {@code StatisticalThreshold}.
     */
    public BehaviorCriteria statisticalThreshold(Value<StatisticalThreshold> value) {
      return set("StatisticalThreshold", value);
    }

    /**
     * The value to be compared with the <code>metric</code> .
     *
     * <p>CloudFormation property {@code Value}.
     */
    public BehaviorCriteria value(Value<MetricValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>MachineLearningDetectionConfig</code> property type controls confidence of the
   * machine learning model.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.MachineLearningDetectionConfig}.
   */
  public static final class MachineLearningDetectionConfig extends Struct<MachineLearningDetectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.MachineLearningDetectionConfig")
        .allowed("ConfidenceLevel", "LOW", "MEDIUM", "HIGH")
        .build();

    public MachineLearningDetectionConfig() {
      super(SCHEMA);
    }

    /**
     * The model confidence level.
     *
     * <p>There are three levels of confidence, <code>"high"</code> , <code>"medium"</code> , and
     * <code>"low"</code> .
     *
     * <p>The higher the confidence level, the lower the sensitivity, and the lower the alarm
     * frequency will be.
     *
     * <p>Allowed values: {@code LOW}, {@code MEDIUM}, {@code HIGH}. CloudFormation property {@code
     * ConfidenceLevel}.
     */
    public MachineLearningDetectionConfig confidenceLevel(String value) {
      return set("ConfidenceLevel", Value.of(value));
    }

    /** Sets {@code ConfidenceLevel} to this value; see {@link #confidenceLevel(String)}. */
    public MachineLearningDetectionConfig confidenceLevel(Value<String> value) {
      return set("ConfidenceLevel", value);
    }
  }

  /**
   * The dimension of the metric.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.MetricDimension}.
   */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.MetricDimension")
        .required("DimensionName")
        .constrain("DimensionName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
        .allowed("Operator", "IN", "NOT_IN")
        .build();

    public MetricDimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9:_-]+}. CloudFormation
     * property {@code DimensionName}.
     */
    public MetricDimension dimensionName(String value) {
      return set("DimensionName", Value.of(value));
    }

    /** Sets {@code DimensionName} to this value; see {@link #dimensionName(String)}. */
    public MetricDimension dimensionName(Value<String> value) {
      return set("DimensionName", value);
    }

    /**
     * Operators are constructs that perform logical operations. Valid values are <code>IN</code>
     * and <code>NOT_IN</code> .
     *
     * <p>Allowed values: {@code IN}, {@code NOT_IN}. CloudFormation property {@code Operator}.
     */
    public MetricDimension operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public MetricDimension operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /**
   * The metric you want to retain. Dimensions are optional.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.MetricToRetain}.
   */
  public static final class MetricToRetain extends Struct<MetricToRetain> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.MetricToRetain")
        .required("Metric")
        .constrain("Metric", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
        .build();

    public MetricToRetain() {
      super(SCHEMA);
    }

    /**
     * The value indicates exporting metrics related to the <code>MetricToRetain</code> when it's
     * true.
     *
     * <p>CloudFormation property {@code ExportMetric}.
     */
    public MetricToRetain exportMetric(boolean value) {
      return set("ExportMetric", Value.of(value));
    }

    /** Sets {@code ExportMetric} to this value; see {@link #exportMetric(boolean)}. */
    public MetricToRetain exportMetric(Value<Boolean> value) {
      return set("ExportMetric", value);
    }

    /**
     * A standard of measurement.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9:_-]+}. CloudFormation
     * property {@code Metric}.
     */
    public MetricToRetain metric(String value) {
      return set("Metric", Value.of(value));
    }

    /** Sets {@code Metric} to this value; see {@link #metric(String)}. */
    public MetricToRetain metric(Value<String> value) {
      return set("Metric", value);
    }

    /**
     * The dimension of the metric.
     *
     * <p>CloudFormation property {@code MetricDimension}.
     */
    public MetricToRetain metricDimension(Value<MetricDimension> value) {
      return set("MetricDimension", value);
    }
  }

  /**
   * The value to be compared with the <code>metric</code> .
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.MetricValue}.
   */
  public static final class MetricValue extends Struct<MetricValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.MetricValue")
        .constrain("Cidrs", Constraint.of().pattern("^[a-fA-F0-9:\\.\\/]+$").minLength(2).maxLength(43).format("ipv4-network"))
        .constrain("Count", Constraint.of().minimum(0))
        .constrain("Ports", Constraint.of().minimum(0).maximum(65535))
        .build();

    public MetricValue() {
      super(SCHEMA);
    }

    /**
     * If the <code>comparisonOperator</code> calls for a set of CIDRs, use this to specify that set
     * to be compared with the <code>metric</code> .
     *
     * <p>Length: 2 to 43 characters. Pattern: {@code ^[a-fA-F0-9:&#92;.&#92;/]+$}. Format: {@code
     * ipv4-network}. CloudFormation property {@code Cidrs}.
     */
    public MetricValue cidrs(List<String> value) {
      return set("Cidrs", Value.listOf(value));
    }

    /** Sets {@code Cidrs} to this value; see {@link #cidrs(List)}. */
    public MetricValue cidrs(Value<List<String>> value) {
      return set("Cidrs", value);
    }

    /**
     * If the <code>comparisonOperator</code> calls for a numeric value, use this to specify that
     * numeric value to be compared with the <code>metric</code> .
     *
     * <p>Range: at least 0. CloudFormation property {@code Count}.
     */
    public MetricValue count(String value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(String)}. */
    public MetricValue count(Value<String> value) {
      return set("Count", value);
    }

    /**
     * The numeric values of a metric.
     *
     * <p>CloudFormation property {@code Number}.
     */
    public MetricValue number(double value) {
      return set("Number", Value.of(value));
    }

    /** Sets {@code Number} to this value; see {@link #number(double)}. */
    public MetricValue number(Value<Double> value) {
      return set("Number", value);
    }

    /**
     * The numeric value of a metric.
     *
     * <p>CloudFormation property {@code Numbers}.
     */
    public MetricValue numbers(List<Double> value) {
      return set("Numbers", Value.listOf(value));
    }

    /** Sets {@code Numbers} to this value; see {@link #numbers(List)}. */
    public MetricValue numbers(Value<List<Double>> value) {
      return set("Numbers", value);
    }

    /**
     * If the <code>comparisonOperator</code> calls for a set of ports, use this to specify that set
     * to be compared with the <code>metric</code> .
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code Ports}.
     */
    public MetricValue ports(List<Integer> value) {
      return set("Ports", Value.listOf(value));
    }

    /** Sets {@code Ports} to this value; see {@link #ports(List)}. */
    public MetricValue ports(Value<List<Integer>> value) {
      return set("Ports", value);
    }

    /**
     * The string values of a metric.
     *
     * <p>CloudFormation property {@code Strings}.
     */
    public MetricValue strings(List<String> value) {
      return set("Strings", Value.listOf(value));
    }

    /** Sets {@code Strings} to this value; see {@link #strings(List)}. */
    public MetricValue strings(Value<List<String>> value) {
      return set("Strings", value);
    }
  }

  /**
   * Specifies the MQTT topic and role ARN required for metric export.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.MetricsExportConfig}.
   */
  public static final class MetricsExportConfig extends Struct<MetricsExportConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.MetricsExportConfig")
        .required("MqttTopic", "RoleArn")
        .constrain("MqttTopic", Constraint.of().minLength(1).maxLength(512))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public MetricsExportConfig() {
      super(SCHEMA);
    }

    /**
     * The MQTT topic that Device Defender Detect should publish messages to for metrics export.
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code MqttTopic}.
     */
    public MetricsExportConfig mqttTopic(String value) {
      return set("MqttTopic", Value.of(value));
    }

    /** Sets {@code MqttTopic} to this value; see {@link #mqttTopic(String)}. */
    public MetricsExportConfig mqttTopic(Value<String> value) {
      return set("MqttTopic", value);
    }

    /**
     * This role ARN has permission to publish MQTT messages, after which Device Defender Detect can
     * assume the role and publish messages on your behalf.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public MetricsExportConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public MetricsExportConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * A statistical ranking (percentile) that indicates a threshold value by which a behavior is
   * determined to be in compliance or in violation of the behavior.
   *
   * <p>Property type {@code AWS::IoT::SecurityProfile.StatisticalThreshold}.
   */
  public static final class StatisticalThreshold extends Struct<StatisticalThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::SecurityProfile.StatisticalThreshold")
        .allowed("Statistic", "Average", "p0", "p0.1", "p0.01", "p1", "p10", "p50", "p90", "p99",
            "p99.9", "p99.99", "p100")
        .build();

    public StatisticalThreshold() {
      super(SCHEMA);
    }

    /**
     * The percentile that resolves to a threshold value by which compliance with a behavior is
     * determined. Metrics are collected over the specified period ( <code>durationSeconds</code> )
     * from all reporting devices in your account and statistical ranks are calculated. Then, the
     * measurements from a device are collected over the same period. If the accumulated
     * measurements from the device fall above or below ( <code>comparisonOperator</code> ) the
     * value associated with the percentile specified, then the device is considered to be in
     * compliance with the behavior, otherwise a violation occurs.
     *
     * <p>Allowed values: {@code Average}, {@code p0}, {@code p0.1}, {@code p0.01}, {@code p1},
     * {@code p10}, {@code p50}, {@code p90}, {@code p99}, {@code p99.9}, {@code p99.99}, {@code
     * p100}. CloudFormation property {@code Statistic}.
     */
    public StatisticalThreshold statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public StatisticalThreshold statistic(Value<String> value) {
      return set("Statistic", value);
    }
  }
}
