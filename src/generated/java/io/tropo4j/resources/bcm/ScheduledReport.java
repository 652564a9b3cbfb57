// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bcm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates and manages a scheduled report for an AWS Billing and Cost Management Dashboards
 * dashboard. A scheduled report renders a snapshot of the dashboard on a cron schedule, using an
 * IAM role that the service assumes to read the underlying cost and usage data.
 *
 * <p>CloudFormation type {@code AWS::BCM::ScheduledReport}.
 */
public final class ScheduledReport extends Resource<ScheduledReport> {
  private static final Schema SCHEMA = Schema.builder("AWS::BCM::ScheduledReport")
      .required("DashboardArn", "Name", "ScheduleConfig", "ScheduledReportExecutionRoleArn")
      .constrain("DashboardArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:bcm-dashboards::[0-9]{12}:dashboard/(\\*|[-a-z0-9]+)$").minLength(20).maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^(?!.* {2})[ a-zA-Z0-9.,!?;:@#$%&\\-_/\\\\]*$").minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^(?!.* {2})[a-zA-Z][a-zA-Z0-9 _-]{0,48}[a-zA-Z0-9_-]$").minLength(2).maxLength(50))
      .constrain("ScheduledReportExecutionRoleArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[a-zA-Z0-9+=,.@_/-]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "HealthStatus", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ScheduledReport(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the dashboard associated with the scheduled report. Managed dashboards cannot be
   * used.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:bcm-dashboards::[0-9]{12}:dashboard/(&#92;*|[-a-z0-9]+)$}. CloudFormation
   * property {@code DashboardArn}.
   */
  public ScheduledReport dashboardArn(String value) {
    return set("DashboardArn", Value.of(value));
  }

  /** Sets {@code DashboardArn} to this value; see {@link #dashboardArn(String)}. */
  public ScheduledReport dashboardArn(Value<String> value) {
    return set("DashboardArn", value);
  }

  /**
   * A description of the scheduled report's purpose or contents.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code ^(?!.* {2})[
   * a-zA-Z0-9.,!?;:&#64;#$%&amp;&#92;-_/&#92;&#92;]*$}. CloudFormation property {@code
   * Description}.
   */
  public ScheduledReport description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ScheduledReport description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the scheduled report.
   *
   * <p>Required. Length: 2 to 50 characters. Pattern: {@code ^(?!.* {2})[a-zA-Z][a-zA-Z0-9
   * _-]{0,48}[a-zA-Z0-9_-]$}. CloudFormation property {@code Name}.
   */
  public ScheduledReport name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ScheduledReport name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Defines when and how often a scheduled report runs.
   *
   * <p>Required. CloudFormation property {@code ScheduleConfig}.
   */
  public ScheduledReport scheduleConfig(Value<ScheduleConfig> value) {
    return set("ScheduleConfig", value);
  }

  /**
   * The ARN of the IAM role that the scheduled report uses to execute. AWS Billing and Cost
   * Management Dashboards assumes this IAM role while executing the scheduled report.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[a-zA-Z0-9+=,.&#64;_/-]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ScheduledReportExecutionRoleArn}.
   */
  public ScheduledReport scheduledReportExecutionRoleArn(String value) {
    return set("ScheduledReportExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ScheduledReportExecutionRoleArn} to this value; see {@link
   * #scheduledReportExecutionRoleArn(String)}.
   */
  public ScheduledReport scheduledReportExecutionRoleArn(Value<String> value) {
    return set("ScheduledReportExecutionRoleArn", value);
  }

  /**
   * The tags applied to the scheduled report.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ScheduledReport tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ScheduledReport tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ScheduledReport tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An absolute or relative date range.
   *
   * <p>CloudFormation property {@code WidgetDateRangeOverride}.
   */
  public ScheduledReport widgetDateRangeOverride(Value<DateTimeRange> value) {
    return set("WidgetDateRangeOverride", value);
  }

  /**
   * The list of widget identifiers included in the scheduled report. If not specified, all widgets
   * in the dashboard are included.
   *
   * <p>CloudFormation property {@code WidgetIds}.
   */
  public ScheduledReport widgetIds(List<String> value) {
    return set("WidgetIds", Value.listOf(value));
  }

  /** Sets {@code WidgetIds} to this value; see {@link #widgetIds(List)}. */
  public ScheduledReport widgetIds(Value<List<String>> value) {
    return set("WidgetIds", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the scheduled report.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the scheduled report was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The health of the scheduled report as of its last refresh.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HealthStatus}.
   */
  public Value<HealthStatus> healthStatus() {
    return getAtt("HealthStatus");
  }

  /**
   * The timestamp when the scheduled report was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * An absolute or relative date range.
   *
   * <p>Property type {@code AWS::BCM::ScheduledReport.DateTimeRange}.
   */
  public static final class DateTimeRange extends Struct<DateTimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::ScheduledReport.DateTimeRange")
        .required("EndTime", "StartTime")
        .build();

    public DateTimeRange() {
      super(SCHEMA);
    }

    /**
     * A date expressed either as an absolute instant or as an offset from now.
     *
     * <p>Required. CloudFormation property {@code EndTime}.
     */
    public DateTimeRange endTime(Value<DateTimeValue> value) {
      return set("EndTime", value);
    }

    /**
     * A date expressed either as an absolute instant or as an offset from now.
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public DateTimeRange startTime(Value<DateTimeValue> value) {
      return set("StartTime", value);
    }
  }

  /**
   * A date expressed either as an absolute instant or as an offset from now.
   *
   * <p>Property type {@code AWS::BCM::ScheduledReport.DateTimeValue}.
   */
  public static final class DateTimeValue extends Struct<DateTimeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::ScheduledReport.DateTimeValue")
        .required("Type", "Value")
        .allowed("Type", "ABSOLUTE", "RELATIVE")
        .constrain("Value", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024))
        .build();

    public DateTimeValue() {
      super(SCHEMA);
    }

    /**
     * Whether a date value is absolute or relative.
     *
     * <p>Required. Allowed values: {@code ABSOLUTE}, {@code RELATIVE}. CloudFormation property
     * {@code Type}.
     */
    public DateTimeValue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DateTimeValue type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The date, or an ISO 8601 duration when Type is RELATIVE.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation
     * property {@code Value}.
     */
    public DateTimeValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public DateTimeValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The health of the scheduled report as of its last refresh.
   *
   * <p>Property type {@code AWS::BCM::ScheduledReport.HealthStatus}.
   */
  public static final class HealthStatus extends Struct<HealthStatus> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::ScheduledReport.HealthStatus")
        .required("StatusCode")
        .allowed("StatusCode", "HEALTHY", "UNHEALTHY")
        .build();

    public HealthStatus() {
      super(SCHEMA);
    }

    /**
     * The time at which the health status was last refreshed.
     *
     * <p>CloudFormation property {@code LastRefreshedAt}.
     */
    public HealthStatus lastRefreshedAt(String value) {
      return set("LastRefreshedAt", Value.of(value));
    }

    /** Sets {@code LastRefreshedAt} to this value; see {@link #lastRefreshedAt(String)}. */
    public HealthStatus lastRefreshedAt(Value<String> value) {
      return set("LastRefreshedAt", value);
    }

    /**
     * The health status of a scheduled report.
     *
     * <p>Required. Allowed values: {@code HEALTHY}, {@code UNHEALTHY}. CloudFormation property
     * {@code StatusCode}.
     */
    public HealthStatus statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public HealthStatus statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }

  /**
   * Defines when and how often a scheduled report runs.
   *
   * <p>Property type {@code AWS::BCM::ScheduledReport.ScheduleConfig}.
   */
  public static final class ScheduleConfig extends Struct<ScheduleConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::ScheduledReport.ScheduleConfig")
        .constrain("ScheduleExpression", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024))
        .constrain("ScheduleExpressionTimeZone", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024))
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public ScheduleConfig() {
      super(SCHEMA);
    }

    /**
     * The schedule expression that specifies when to trigger the scheduled report run. This value
     * must be a cron expression consisting of six fields separated by white spaces: cron(minutes
     * hours day_of_month month day_of_week year).
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
     * {@code ScheduleExpression}.
     */
    public ScheduleConfig scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduleConfig scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * The time zone for the schedule expression, for example, UTC.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
     * {@code ScheduleExpressionTimeZone}.
     */
    public ScheduleConfig scheduleExpressionTimeZone(String value) {
      return set("ScheduleExpressionTimeZone", Value.of(value));
    }

    /**
     * Sets {@code ScheduleExpressionTimeZone} to this value; see {@link
     * #scheduleExpressionTimeZone(String)}.
     */
    public ScheduleConfig scheduleExpressionTimeZone(Value<String> value) {
      return set("ScheduleExpressionTimeZone", value);
    }

    /**
     * The window during which the schedule is active. When omitted the service defaults it. EndTime
     * must be within three years of the time of the request.
     *
     * <p>CloudFormation property {@code SchedulePeriod}.
     */
    public ScheduleConfig schedulePeriod(Value<SchedulePeriod> value) {
      return set("SchedulePeriod", value);
    }

    /**
     * Whether the schedule is active.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public ScheduleConfig state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ScheduleConfig state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The window during which the schedule is active. When omitted the service defaults it. EndTime
   * must be within three years of the time of the request.
   *
   * <p>Property type {@code AWS::BCM::ScheduledReport.SchedulePeriod}.
   */
  public static final class SchedulePeriod extends Struct<SchedulePeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::ScheduledReport.SchedulePeriod")
        .constrain("EndTime", Constraint.of().format("date-time"))
        .constrain("StartTime", Constraint.of().format("date-time"))
        .build();

    public SchedulePeriod() {
      super(SCHEMA);
    }

    /**
     * The time at which the schedule stops being active.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code EndTime}.
     */
    public SchedulePeriod endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public SchedulePeriod endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The time at which the schedule becomes active.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code StartTime}.
     */
    public SchedulePeriod startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public SchedulePeriod startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }
}
