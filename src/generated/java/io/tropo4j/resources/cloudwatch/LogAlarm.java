// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::CloudWatch::LogAlarm. A LogAlarm evaluates scheduled query
 * results from CloudWatch Logs and triggers actions when thresholds are breached.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::LogAlarm}.
 */
public final class LogAlarm extends Resource<LogAlarm> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::LogAlarm")
      .required("ComparisonOperator", "QueryResultsToAlarm", "QueryResultsToEvaluate",
          "ScheduledQueryConfiguration", "Threshold")
      .constrain("ActionLogLineCount", Constraint.of().minimum(0).maximum(50))
      .constrain("ActionLogLineRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("AlarmActions", Constraint.of().minLength(1).maxLength(1024))
      .constrain("AlarmDescription", Constraint.of().minLength(0).maxLength(1024))
      .constrain("AlarmName", Constraint.of().minLength(1).maxLength(255))
      .allowed("ComparisonOperator", "GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
          "GreaterThanUpperThreshold", "LessThanLowerOrGreaterThanUpperThreshold",
          "LessThanLowerThreshold", "LessThanOrEqualToThreshold", "LessThanThreshold")
      .constrain("InsufficientDataActions", Constraint.of().minLength(1).maxLength(1024))
      .constrain("OKActions", Constraint.of().minLength(1).maxLength(1024))
      .constrain("QueryResultsToAlarm", Constraint.of().minimum(1))
      .constrain("QueryResultsToEvaluate", Constraint.of().minimum(1))
      .constrain("TreatMissingData", Constraint.of().minLength(1).maxLength(255))
      .refYields("AlarmName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LogAlarm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The number of log lines to include in alarm notifications. Valid values are 0 to 50.
   *
   * <p>Range: 0 to 50. CloudFormation property {@code ActionLogLineCount}.
   */
  public LogAlarm actionLogLineCount(int value) {
    return set("ActionLogLineCount", Value.of(value));
  }

  /** Sets {@code ActionLogLineCount} to this value; see {@link #actionLogLineCount(int)}. */
  public LogAlarm actionLogLineCount(Value<Integer> value) {
    return set("ActionLogLineCount", value);
  }

  /**
   * The ARN of the IAM role that grants CloudWatch permissions to fetch log lines for alarm
   * notifications. Required when ActionLogLineCount is greater than 0.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ActionLogLineRoleArn}.
   */
  public LogAlarm actionLogLineRoleArn(String value) {
    return set("ActionLogLineRoleArn", Value.of(value));
  }

  /** Sets {@code ActionLogLineRoleArn} to this value; see {@link #actionLogLineRoleArn(String)}. */
  public LogAlarm actionLogLineRoleArn(Value<String> value) {
    return set("ActionLogLineRoleArn", value);
  }

  /**
   * Indicates whether actions should be executed during any changes to the alarm state. The default
   * is TRUE.
   *
   * <p>Default: {@code true}. CloudFormation property {@code ActionsEnabled}.
   */
  public LogAlarm actionsEnabled(boolean value) {
    return set("ActionsEnabled", Value.of(value));
  }

  /** Sets {@code ActionsEnabled} to this value; see {@link #actionsEnabled(boolean)}. */
  public LogAlarm actionsEnabled(Value<Boolean> value) {
    return set("ActionsEnabled", value);
  }

  /**
   * The list of actions to execute when this alarm transitions into an ALARM state from any other
   * state.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code AlarmActions}.
   */
  public LogAlarm alarmActions(List<String> value) {
    return set("AlarmActions", Value.listOf(value));
  }

  /** Sets {@code AlarmActions} to this value; see {@link #alarmActions(List)}. */
  public LogAlarm alarmActions(Value<List<String>> value) {
    return set("AlarmActions", value);
  }

  /**
   * The description of the log alarm.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code AlarmDescription}.
   */
  public LogAlarm alarmDescription(String value) {
    return set("AlarmDescription", Value.of(value));
  }

  /** Sets {@code AlarmDescription} to this value; see {@link #alarmDescription(String)}. */
  public LogAlarm alarmDescription(Value<String> value) {
    return set("AlarmDescription", value);
  }

  /**
   * The name of the log alarm.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AlarmName}.
   */
  public LogAlarm alarmName(String value) {
    return set("AlarmName", Value.of(value));
  }

  /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
  public LogAlarm alarmName(Value<String> value) {
    return set("AlarmName", value);
  }

  /**
   * The arithmetic operation to use when comparing the specified threshold and the query results.
   * Valid values are GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, and
   * LessThanOrEqualToThreshold.
   *
   * <p>Required. Allowed values: {@code GreaterThanOrEqualToThreshold}, {@code
   * GreaterThanThreshold}, {@code GreaterThanUpperThreshold}, {@code
   * LessThanLowerOrGreaterThanUpperThreshold}, {@code LessThanLowerThreshold}, {@code
   * LessThanOrEqualToThreshold}, {@code LessThanThreshold}. CloudFormation property {@code
   * ComparisonOperator}.
   */
  public LogAlarm comparisonOperator(String value) {
    return set("ComparisonOperator", Value.of(value));
  }

  /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
  public LogAlarm comparisonOperator(Value<String> value) {
    return set("ComparisonOperator", value);
  }

  /**
   * The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
   * other state.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code InsufficientDataActions}.
   */
  public LogAlarm insufficientDataActions(List<String> value) {
    return set("InsufficientDataActions", Value.listOf(value));
  }

  /**
   * Sets {@code InsufficientDataActions} to this value; see {@link #insufficientDataActions(List)}.
   */
  public LogAlarm insufficientDataActions(Value<List<String>> value) {
    return set("InsufficientDataActions", value);
  }

  /**
   * The actions to execute when this alarm transitions to the OK state from any other state.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code OKActions}.
   */
  public LogAlarm okActions(List<String> value) {
    return set("OKActions", Value.listOf(value));
  }

  /** Sets {@code OKActions} to this value; see {@link #okActions(List)}. */
  public LogAlarm okActions(Value<List<String>> value) {
    return set("OKActions", value);
  }

  /**
   * The number of query results that must be breaching to trigger the alarm.
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code QueryResultsToAlarm}.
   */
  public LogAlarm queryResultsToAlarm(int value) {
    return set("QueryResultsToAlarm", Value.of(value));
  }

  /** Sets {@code QueryResultsToAlarm} to this value; see {@link #queryResultsToAlarm(int)}. */
  public LogAlarm queryResultsToAlarm(Value<Integer> value) {
    return set("QueryResultsToAlarm", value);
  }

  /**
   * The number of query results over which data is compared to the specified threshold.
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code QueryResultsToEvaluate}.
   */
  public LogAlarm queryResultsToEvaluate(int value) {
    return set("QueryResultsToEvaluate", Value.of(value));
  }

  /**
   * Sets {@code QueryResultsToEvaluate} to this value; see {@link #queryResultsToEvaluate(int)}.
   */
  public LogAlarm queryResultsToEvaluate(Value<Integer> value) {
    return set("QueryResultsToEvaluate", value);
  }

  /**
   * The scheduled query configuration for the log alarm.
   *
   * <p>Required. CloudFormation property {@code ScheduledQueryConfiguration}.
   */
  public LogAlarm scheduledQueryConfiguration(Value<ScheduledQueryConfiguration> value) {
    return set("ScheduledQueryConfiguration", value);
  }

  /**
   * A list of key-value pairs to associate with the log alarm.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LogAlarm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LogAlarm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LogAlarm tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The value to compare against the results of the scheduled query evaluation.
   *
   * <p>Required. CloudFormation property {@code Threshold}.
   */
  public LogAlarm threshold(double value) {
    return set("Threshold", Value.of(value));
  }

  /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
  public LogAlarm threshold(Value<Double> value) {
    return set("Threshold", value);
  }

  /**
   * Sets how this alarm is to handle missing data points. Valid values are breaching, notBreaching,
   * ignore, and missing.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code TreatMissingData}.
   */
  public LogAlarm treatMissingData(String value) {
    return set("TreatMissingData", Value.of(value));
  }

  /** Sets {@code TreatMissingData} to this value; see {@link #treatMissingData(String)}. */
  public LogAlarm treatMissingData(Value<String> value) {
    return set("TreatMissingData", value);
  }

  /**
   * The warm-up configuration for an alarm. A warm-up period delays alarm evaluation after you
   * create or update the alarm. This reduces alarm noise from missing data while a new resource or
   * service starts up. During the warm-up period, the alarm stays in INSUFFICIENT_DATA and doesn't
   * perform alarm actions.
   *
   * <p>CloudFormation property {@code WarmUpConfiguration}.
   */
  public LogAlarm warmUpConfiguration(Value<WarmUpConfiguration> value) {
    return set("WarmUpConfiguration", value);
  }

  /**
   * The ARN of the log alarm.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The schedule configuration for the scheduled query.
   *
   * <p>Property type {@code AWS::CloudWatch::LogAlarm.ScheduleConfiguration}.
   */
  public static final class ScheduleConfiguration extends Struct<ScheduleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::LogAlarm.ScheduleConfiguration")
        .required("ScheduleExpression", "StartTimeOffset")
        .constrain("EndTimeOffset", Constraint.of().minimum(0).maximum(2592000))
        .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(256))
        .constrain("StartTimeOffset", Constraint.of().minimum(1).maximum(2592000))
        .build();

    public ScheduleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of seconds into the past to end the query window. Must be a non-negative value and
     * cannot exceed 2592000 seconds (30 days).
     *
     * <p>Range: 0 to 2592000. CloudFormation property {@code EndTimeOffset}.
     */
    public ScheduleConfiguration endTimeOffset(int value) {
      return set("EndTimeOffset", Value.of(value));
    }

    /** Sets {@code EndTimeOffset} to this value; see {@link #endTimeOffset(int)}. */
    public ScheduleConfiguration endTimeOffset(Value<Integer> value) {
      return set("EndTimeOffset", value);
    }

    /**
     * The expression that defines when the scheduled query runs, e.g. rate(1 minute).
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ScheduleExpression}.
     */
    public ScheduleConfiguration scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduleConfiguration scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * The number of seconds into the past to start the query window. Must be a positive value and
     * cannot exceed 2592000 seconds (30 days).
     *
     * <p>Required. Range: 1 to 2592000. CloudFormation property {@code StartTimeOffset}.
     */
    public ScheduleConfiguration startTimeOffset(int value) {
      return set("StartTimeOffset", Value.of(value));
    }

    /** Sets {@code StartTimeOffset} to this value; see {@link #startTimeOffset(int)}. */
    public ScheduleConfiguration startTimeOffset(Value<Integer> value) {
      return set("StartTimeOffset", value);
    }
  }

  /**
   * The scheduled query configuration for the log alarm.
   *
   * <p>Property type {@code AWS::CloudWatch::LogAlarm.ScheduledQueryConfiguration}.
   */
  public static final class ScheduledQueryConfiguration extends Struct<ScheduledQueryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::LogAlarm.ScheduledQueryConfiguration")
        .required("AggregationExpression", "QueryString", "ScheduleConfiguration",
            "ScheduledQueryRoleARN")
        .constrain("AggregationExpression", Constraint.of().minLength(1).maxLength(2048))
        .constrain("LogGroupIdentifiers", Constraint.of().minLength(1).maxLength(1024))
        .constrain("QueryString", Constraint.of().minLength(0).maxLength(10000))
        .constrain("ScheduledQueryRoleARN", Constraint.of().minLength(1).maxLength(1024).format("AWS::IAM::Role.Arn"))
        .build();

    public ScheduledQueryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The aggregation expression for the scheduled query, e.g. count(*) or avg(latency) by host.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code
     * AggregationExpression}.
     */
    public ScheduledQueryConfiguration aggregationExpression(String value) {
      return set("AggregationExpression", Value.of(value));
    }

    /**
     * Sets {@code AggregationExpression} to this value; see {@link #aggregationExpression(String)}.
     */
    public ScheduledQueryConfiguration aggregationExpression(Value<String> value) {
      return set("AggregationExpression", value);
    }

    /**
     * The log groups to query.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code LogGroupIdentifiers}.
     */
    public ScheduledQueryConfiguration logGroupIdentifiers(List<String> value) {
      return set("LogGroupIdentifiers", Value.listOf(value));
    }

    /** Sets {@code LogGroupIdentifiers} to this value; see {@link #logGroupIdentifiers(List)}. */
    public ScheduledQueryConfiguration logGroupIdentifiers(Value<List<String>> value) {
      return set("LogGroupIdentifiers", value);
    }

    /**
     * The query string to execute against the specified log groups.
     *
     * <p>Required. Length: 0 to 10000 characters. CloudFormation property {@code QueryString}.
     */
    public ScheduledQueryConfiguration queryString(String value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
    public ScheduledQueryConfiguration queryString(Value<String> value) {
      return set("QueryString", value);
    }

    /**
     * The schedule configuration for the scheduled query.
     *
     * <p>Required. CloudFormation property {@code ScheduleConfiguration}.
     */
    public ScheduledQueryConfiguration scheduleConfiguration(Value<ScheduleConfiguration> value) {
      return set("ScheduleConfiguration", value);
    }

    /**
     * The ARN of the IAM role that grants permissions to execute the scheduled query.
     *
     * <p>Required. Length: 1 to 1024 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code ScheduledQueryRoleARN}.
     */
    public ScheduledQueryConfiguration scheduledQueryRoleARN(String value) {
      return set("ScheduledQueryRoleARN", Value.of(value));
    }

    /**
     * Sets {@code ScheduledQueryRoleARN} to this value; see {@link #scheduledQueryRoleARN(String)}.
     */
    public ScheduledQueryConfiguration scheduledQueryRoleARN(Value<String> value) {
      return set("ScheduledQueryRoleARN", value);
    }

    /**
     * A list of key-value pairs to associate with the scheduled query that backs the log alarm.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ScheduledQueryConfiguration tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ScheduledQueryConfiguration tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * The warm-up configuration for an alarm. A warm-up period delays alarm evaluation after you
   * create or update the alarm. This reduces alarm noise from missing data while a new resource or
   * service starts up. During the warm-up period, the alarm stays in INSUFFICIENT_DATA and doesn't
   * perform alarm actions.
   *
   * <p>Property type {@code AWS::CloudWatch::LogAlarm.WarmUpConfiguration}.
   */
  public static final class WarmUpConfiguration extends Struct<WarmUpConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::LogAlarm.WarmUpConfiguration")
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
     * values range from 1 to 2,880 minutes (2 days). You can change this value while the alarm is
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
