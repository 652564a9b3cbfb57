// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspectorv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The CIS scan configuration.
 *
 * <p>CloudFormation type {@code AWS::InspectorV2::CisScanConfiguration}.
 */
public final class CisScanConfiguration extends Resource<CisScanConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration")
      .required("ScanName", "Schedule", "SecurityLevel", "Targets")
      .constrain("ScanName", Constraint.of().minLength(1))
      .allowed("SecurityLevel", "LEVEL_1", "LEVEL_2")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public CisScanConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the CIS scan configuration.
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code ScanName}.
   */
  public CisScanConfiguration scanName(String value) {
    return set("ScanName", Value.of(value));
  }

  /** Sets {@code ScanName} to this value; see {@link #scanName(String)}. */
  public CisScanConfiguration scanName(Value<String> value) {
    return set("ScanName", value);
  }

  /**
   * The CIS scan configuration's schedule.
   *
   * <p>Required. CloudFormation property {@code Schedule}.
   */
  public CisScanConfiguration schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * The CIS scan configuration's CIS Benchmark level.
   *
   * <p>Required. Allowed values: {@code LEVEL_1}, {@code LEVEL_2}. CloudFormation property {@code
   * SecurityLevel}.
   */
  public CisScanConfiguration securityLevel(String value) {
    return set("SecurityLevel", Value.of(value));
  }

  /** Sets {@code SecurityLevel} to this value; see {@link #securityLevel(String)}. */
  public CisScanConfiguration securityLevel(Value<String> value) {
    return set("SecurityLevel", value);
  }

  /**
   * The CIS scan configuration's tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CisScanConfiguration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public CisScanConfiguration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public CisScanConfiguration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The CIS scan configuration's targets.
   *
   * <p>Required. CloudFormation property {@code Targets}.
   */
  public CisScanConfiguration targets(Value<CisTargets> value) {
    return set("Targets", value);
  }

  /**
   * The CIS scan configuration's scan configuration ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The CIS targets.
   *
   * <p>Property type {@code AWS::InspectorV2::CisScanConfiguration.CisTargets}.
   */
  public static final class CisTargets extends Struct<CisTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration.CisTargets")
        .required("AccountIds", "TargetResourceTags")
        .constrain("AccountIds", Constraint.of().pattern("^\\d{12}|ALL_ACCOUNTS|SELF$"))
        .build();

    public CisTargets() {
      super(SCHEMA);
    }

    /**
     * The CIS target account ids.
     *
     * <p>Required. Pattern: {@code ^&#92;d{12}|ALL_ACCOUNTS|SELF$}. CloudFormation property {@code
     * AccountIds}.
     */
    public CisTargets accountIds(List<String> value) {
      return set("AccountIds", Value.listOf(value));
    }

    /** Sets {@code AccountIds} to this value; see {@link #accountIds(List)}. */
    public CisTargets accountIds(Value<List<String>> value) {
      return set("AccountIds", value);
    }

    /**
     * The CIS target resource tags.
     *
     * <p>Required. CloudFormation property {@code TargetResourceTags}.
     */
    public CisTargets targetResourceTags(Map<String, List<String>> value) {
      return set("TargetResourceTags", Value.mapOf(value));
    }

    /** Sets {@code TargetResourceTags} to this value; see {@link #targetResourceTags(Map)}. */
    public CisTargets targetResourceTags(Value<Map<String, List<String>>> value) {
      return set("TargetResourceTags", value);
    }
  }

  /**
   * A daily schedule.
   *
   * <p>Property type {@code AWS::InspectorV2::CisScanConfiguration.DailySchedule}.
   */
  public static final class DailySchedule extends Struct<DailySchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration.DailySchedule")
        .required("StartTime")
        .build();

    public DailySchedule() {
      super(SCHEMA);
    }

    /**
     * The schedule start time.
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public DailySchedule startTime(Value<Time> value) {
      return set("StartTime", value);
    }
  }

  /**
   * A monthly schedule.
   *
   * <p>Property type {@code AWS::InspectorV2::CisScanConfiguration.MonthlySchedule}.
   */
  public static final class MonthlySchedule extends Struct<MonthlySchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration.MonthlySchedule")
        .required("Day", "StartTime")
        .allowed("Day", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
        .build();

    public MonthlySchedule() {
      super(SCHEMA);
    }

    /**
     * The monthly schedule's day.
     *
     * <p>Required. Allowed values: {@code MON}, {@code TUE}, {@code WED}, {@code THU}, {@code FRI},
     * {@code SAT}, {@code SUN}. CloudFormation property {@code Day}.
     */
    public MonthlySchedule day(String value) {
      return set("Day", Value.of(value));
    }

    /** Sets {@code Day} to this value; see {@link #day(String)}. */
    public MonthlySchedule day(Value<String> value) {
      return set("Day", value);
    }

    /**
     * The monthly schedule's start time.
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public MonthlySchedule startTime(Value<Time> value) {
      return set("StartTime", value);
    }
  }

  /**
   * The schedule the CIS scan configuration runs on. Each CIS scan configuration has exactly one
   * type of schedule.
   *
   * <p>Property type {@code AWS::InspectorV2::CisScanConfiguration.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration.Schedule")
        .constrain("OneTime", Constraint.of().format("json"))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * A daily schedule.
     *
     * <p>CloudFormation property {@code Daily}.
     */
    public Schedule daily(Value<DailySchedule> value) {
      return set("Daily", value);
    }

    /**
     * A monthly schedule.
     *
     * <p>CloudFormation property {@code Monthly}.
     */
    public Schedule monthly(Value<MonthlySchedule> value) {
      return set("Monthly", value);
    }

    /**
     * A one time schedule.
     *
     * <p>Format: {@code json}. CloudFormation property {@code OneTime}.
     */
    public Schedule oneTime(Value<Json> value) {
      return set("OneTime", value);
    }

    /**
     * A weekly schedule.
     *
     * <p>CloudFormation property {@code Weekly}.
     */
    public Schedule weekly(Value<WeeklySchedule> value) {
      return set("Weekly", value);
    }
  }

  /**
   * The time.
   *
   * <p>Property type {@code AWS::InspectorV2::CisScanConfiguration.Time}.
   */
  public static final class Time extends Struct<Time> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration.Time")
        .required("TimeOfDay", "TimeZone")
        .constrain("TimeOfDay", Constraint.of().pattern("^([0-1]?[0-9]|2[0-3]):[0-5][0-9]$"))
        .build();

    public Time() {
      super(SCHEMA);
    }

    /**
     * The time of day in 24-hour format (00:00).
     *
     * <p>Required. Pattern: {@code ^([0-1]?[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation property
     * {@code TimeOfDay}.
     */
    public Time timeOfDay(String value) {
      return set("TimeOfDay", Value.of(value));
    }

    /** Sets {@code TimeOfDay} to this value; see {@link #timeOfDay(String)}. */
    public Time timeOfDay(Value<String> value) {
      return set("TimeOfDay", value);
    }

    /**
     * The timezone.
     *
     * <p>Required. CloudFormation property {@code TimeZone}.
     */
    public Time timeZone(String value) {
      return set("TimeZone", Value.of(value));
    }

    /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
    public Time timeZone(Value<String> value) {
      return set("TimeZone", value);
    }
  }

  /**
   * A weekly schedule.
   *
   * <p>Property type {@code AWS::InspectorV2::CisScanConfiguration.WeeklySchedule}.
   */
  public static final class WeeklySchedule extends Struct<WeeklySchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CisScanConfiguration.WeeklySchedule")
        .required("Days", "StartTime")
        .allowed("Days", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
        .build();

    public WeeklySchedule() {
      super(SCHEMA);
    }

    /**
     * The weekly schedule's days.
     *
     * <p>Required. Allowed values: {@code MON}, {@code TUE}, {@code WED}, {@code THU}, {@code FRI},
     * {@code SAT}, {@code SUN}. CloudFormation property {@code Days}.
     */
    public WeeklySchedule days(List<String> value) {
      return set("Days", Value.listOf(value));
    }

    /** Sets {@code Days} to this value; see {@link #days(List)}. */
    public WeeklySchedule days(Value<List<String>> value) {
      return set("Days", value);
    }

    /**
     * The weekly schedule's start time.
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public WeeklySchedule startTime(Value<Time> value) {
      return set("StartTime", value);
    }
  }
}
