// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::Alarm</code> resource specifies an alarm that can be used to monitor a
 * single metric for one of your Lightsail resources.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Alarm}.
 */
public final class Alarm extends Resource<Alarm> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Alarm")
      .required("AlarmName", "ComparisonOperator", "EvaluationPeriods", "MetricName",
          "MonitoredResourceName", "Threshold")
      .constrain("AlarmName", Constraint.of().pattern("\\w[\\w\\-]*\\w"))
      .allowed("ComparisonOperator", "GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
          "LessThanOrEqualToThreshold", "LessThanThreshold")
      .allowed("ContactProtocols", "Email", "SMS")
      .allowed("MetricName", "BurstCapacityPercentage", "BurstCapacityTime", "CPUUtilization",
          "ClientTLSNegotiationErrorCount", "DatabaseConnections", "DiskQueueDepth",
          "FreeStorageSpace", "FreeableMemory", "HTTPCode_Instance_2XX_Count",
          "HTTPCode_Instance_3XX_Count", "HTTPCode_Instance_4XX_Count",
          "HTTPCode_Instance_5XX_Count", "HTTPCode_LB_4XX_Count", "HTTPCode_LB_5XX_Count",
          "HealthyHostCount", "InstanceResponseTime", "NetworkIn", "NetworkOut",
          "NetworkReceiveThroughput", "NetworkTransmitThroughput", "RejectedConnectionCount",
          "RequestCount", "StatusCheckFailed", "StatusCheckFailed_Instance",
          "StatusCheckFailed_System", "SwapUsage", "UnhealthyHostCount")
      .constrain("MonitoredResourceName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .allowed("NotificationTriggers", "ALARM", "INSUFFICIENT_DATA", "OK")
      .allowed("TreatMissingData", "breaching", "ignore", "missing", "notBreaching")
      .refYields("AlarmName")
      .attributes("AlarmArn", "State")
      .build();

  public Alarm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the alarm.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code &#92;w[&#92;w&#92;-]*&#92;w}.
   * CloudFormation property {@code AlarmName}.
   */
  public Alarm alarmName(String value) {
    return set("AlarmName", Value.of(value));
  }

  /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
  public Alarm alarmName(Value<String> value) {
    return set("AlarmName", value);
  }

  /**
   * The arithmetic operation to use when comparing the specified statistic and threshold.
   *
   * <p>Required. Allowed values: {@code GreaterThanOrEqualToThreshold}, {@code
   * GreaterThanThreshold}, {@code LessThanOrEqualToThreshold}, {@code LessThanThreshold}.
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
   * The contact protocols for the alarm, such as <code>Email</code> , <code>SMS</code> (text
   * messaging), or both.
   *
   * <p><em>Allowed Values</em> : <code>Email</code> | <code>SMS</code>
   *
   * <p>Allowed values: {@code Email}, {@code SMS}. CloudFormation property {@code
   * ContactProtocols}.
   */
  public Alarm contactProtocols(List<String> value) {
    return set("ContactProtocols", Value.listOf(value));
  }

  /** Sets {@code ContactProtocols} to this value; see {@link #contactProtocols(List)}. */
  public Alarm contactProtocols(Value<List<String>> value) {
    return set("ContactProtocols", value);
  }

  /**
   * The number of data points within the evaluation periods that must be breaching to cause the
   * alarm to go to the <code>ALARM</code> state.
   *
   * <p>CloudFormation property {@code DatapointsToAlarm}.
   */
  public Alarm datapointsToAlarm(int value) {
    return set("DatapointsToAlarm", Value.of(value));
  }

  /** Sets {@code DatapointsToAlarm} to this value; see {@link #datapointsToAlarm(int)}. */
  public Alarm datapointsToAlarm(Value<Integer> value) {
    return set("DatapointsToAlarm", value);
  }

  /**
   * The number of periods over which data is compared to the specified threshold.
   *
   * <p>Required. CloudFormation property {@code EvaluationPeriods}.
   */
  public Alarm evaluationPeriods(int value) {
    return set("EvaluationPeriods", Value.of(value));
  }

  /** Sets {@code EvaluationPeriods} to this value; see {@link #evaluationPeriods(int)}. */
  public Alarm evaluationPeriods(Value<Integer> value) {
    return set("EvaluationPeriods", value);
  }

  /**
   * The name of the metric associated with the alarm.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * BurstCapacityPercentage}, {@code BurstCapacityTime}, {@code CPUUtilization}, {@code
   * ClientTLSNegotiationErrorCount}, {@code DatabaseConnections}, {@code DiskQueueDepth}, {@code
   * FreeStorageSpace}, {@code FreeableMemory}, {@code HTTPCode_Instance_2XX_Count}, {@code
   * HTTPCode_Instance_3XX_Count}, {@code HTTPCode_Instance_4XX_Count}, {@code
   * HTTPCode_Instance_5XX_Count}, {@code HTTPCode_LB_4XX_Count}, {@code HTTPCode_LB_5XX_Count},
   * {@code HealthyHostCount}, {@code InstanceResponseTime}, {@code NetworkIn}, {@code NetworkOut},
   * {@code NetworkReceiveThroughput}, {@code NetworkTransmitThroughput}, {@code
   * RejectedConnectionCount}, {@code RequestCount}, {@code StatusCheckFailed}, {@code
   * StatusCheckFailed_Instance}, {@code StatusCheckFailed_System}, {@code SwapUsage}, {@code
   * UnhealthyHostCount}. CloudFormation property {@code MetricName}.
   */
  public Alarm metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public Alarm metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * The name of the Lightsail resource that the alarm monitors.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code MonitoredResourceName}.
   */
  public Alarm monitoredResourceName(String value) {
    return set("MonitoredResourceName", Value.of(value));
  }

  /**
   * Sets {@code MonitoredResourceName} to this value; see {@link #monitoredResourceName(String)}.
   */
  public Alarm monitoredResourceName(Value<String> value) {
    return set("MonitoredResourceName", value);
  }

  /**
   * A Boolean value indicating whether the alarm is enabled.
   *
   * <p>CloudFormation property {@code NotificationEnabled}.
   */
  public Alarm notificationEnabled(boolean value) {
    return set("NotificationEnabled", Value.of(value));
  }

  /** Sets {@code NotificationEnabled} to this value; see {@link #notificationEnabled(boolean)}. */
  public Alarm notificationEnabled(Value<Boolean> value) {
    return set("NotificationEnabled", value);
  }

  /**
   * The alarm states that trigger a notification.
   *
   * <p>To specify the <code>OK</code> and <code>INSUFFICIENT_DATA</code> values, you must also
   * specify <code>ContactProtocols</code> values. Otherwise, the <code>OK</code> and
   * <code>INSUFFICIENT_DATA</code> values will not take effect and the stack will drift.
   *
   * <p><em>Allowed Values</em> : <code>OK</code> | <code>ALARM</code> |
   * <code>INSUFFICIENT_DATA</code>
   *
   * <p>Allowed values: {@code ALARM}, {@code INSUFFICIENT_DATA}, {@code OK}. CloudFormation
   * property {@code NotificationTriggers}.
   */
  public Alarm notificationTriggers(List<String> value) {
    return set("NotificationTriggers", Value.listOf(value));
  }

  /** Sets {@code NotificationTriggers} to this value; see {@link #notificationTriggers(List)}. */
  public Alarm notificationTriggers(Value<List<String>> value) {
    return set("NotificationTriggers", value);
  }

  /**
   * The value against which the specified statistic is compared.
   *
   * <p>Required. CloudFormation property {@code Threshold}.
   */
  public Alarm threshold(double value) {
    return set("Threshold", Value.of(value));
  }

  /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
  public Alarm threshold(Value<Double> value) {
    return set("Threshold", value);
  }

  /**
   * Specifies how the alarm handles missing data points.
   *
   * <p>An alarm can treat missing data in the following ways:
   *
   * <ul> <li><code>breaching</code> - Assumes the missing data is not within the threshold. Missing
   * data counts towards the number of times that the metric is not within the threshold.
   * <li><code>notBreaching</code> - Assumes the missing data is within the threshold. Missing data
   * does not count towards the number of times that the metric is not within the threshold.
   * <li><code>ignore</code> - Ignores the missing data. Maintains the current alarm state.
   * <li><code>missing</code> - Missing data is treated as missing. </ul>
   *
   * <p>Allowed values: {@code breaching}, {@code ignore}, {@code missing}, {@code notBreaching}.
   * CloudFormation property {@code TreatMissingData}.
   */
  public Alarm treatMissingData(String value) {
    return set("TreatMissingData", Value.of(value));
  }

  /** Sets {@code TreatMissingData} to this value; see {@link #treatMissingData(String)}. */
  public Alarm treatMissingData(Value<String> value) {
    return set("TreatMissingData", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the alarm.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AlarmArn}.
   */
  public Value<String> alarmArn() {
    return getAtt("AlarmArn");
  }

  /**
   * The current state of the alarm.
   *
   * <p>An alarm has the following possible states:
   *
   * <ul> <li><code>ALARM</code> - The metric is outside of the defined threshold.
   * <li><code>INSUFFICIENT_DATA</code> - The alarm has recently started, the metric is not
   * available, or not enough data is available for the metric to determine the alarm state.
   * <li><code>OK</code> - The metric is within the defined threshold. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
