// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmcontacts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a rotation in an on-call schedule.
 *
 * <p><em>Template example</em> : We recommend creating all Incident Manager <code>Contacts</code>
 * resources using a single AWS CloudFormation template. For a demonstration, see the examples for
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssmcontacts-contact.html">AWS::SSMContacts::Contacts</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::SSMContacts::Rotation}.
 */
public final class Rotation extends Resource<Rotation> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Rotation")
      .required("ContactIds", "Name", "Recurrence", "StartTime", "TimeZoneId")
      .constrain("ContactIds", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov):ssm-contacts:[-\\w+=\\/,.@]*:[0-9]+:([\\w+=\\/,.@:-]+)*$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_]*$").minLength(1).maxLength(255))
      .constrain("StartTime", Constraint.of().pattern("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})$"))
      .constrain("TimeZoneId", Constraint.of().pattern("^[:a-zA-Z0-9_\\-\\s\\.\\\\/]*$").minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Rotation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Names (ARNs) of the contacts to add to the rotation.
   *
   * <p>Only the <code>PERSONAL</code> contact type is supported. The contact types
   * <code>ESCALATION</code> and <code>ONCALL_SCHEDULE</code> are not supported for this operation.
   *
   * <p>The order in which you list the contacts is their shift order in the rotation schedule.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov):ssm-contacts:[-&#92;w+=&#92;/,.&#64;]*:[0-9]+:([&#92;w+=&#92;/,.&#64;:-]+)*$}.
   * CloudFormation property {@code ContactIds}.
   */
  public Rotation contactIds(List<String> value) {
    return set("ContactIds", Value.listOf(value));
  }

  /** Sets {@code ContactIds} to this value; see {@link #contactIds(List)}. */
  public Rotation contactIds(Value<List<String>> value) {
    return set("ContactIds", value);
  }

  /**
   * The name for the rotation.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_]*$}. CloudFormation
   * property {@code Name}.
   */
  public Rotation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Rotation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Information about the rule that specifies when shift team members rotate.
   *
   * <p>Required. CloudFormation property {@code Recurrence}.
   */
  public Rotation recurrence(Value<RecurrenceSettings> value) {
    return set("Recurrence", value);
  }

  /**
   * The date and time the rotation goes into effect.
   *
   * <p>Required. Pattern: {@code ^(&#92;d{4}-&#92;d{2}-&#92;d{2}T&#92;d{2}:&#92;d{2}:&#92;d{2})$}.
   * CloudFormation property {@code StartTime}.
   */
  public Rotation startTime(String value) {
    return set("StartTime", Value.of(value));
  }

  /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
  public Rotation startTime(Value<String> value) {
    return set("StartTime", value);
  }

  /**
   * Optional metadata to assign to the rotation. Tags enable you to categorize a resource in
   * different ways, such as by purpose, owner, or environment. For more information, see <a
   * href="https://docs.aws.amazon.com/incident-manager/latest/userguide/tagging.html">Tagging
   * Incident Manager resources</a> in the <em>Incident Manager User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Rotation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Rotation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Rotation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time zone to base the rotation’s activity on, in Internet Assigned Numbers Authority (IANA)
   * format. For example: "America/Los_Angeles", "UTC", or "Asia/Seoul". For more information, see
   * the <a href="https://docs.aws.amazon.com/https://www.iana.org/time-zones">Time Zone
   * Database</a> on the IANA website.
   *
   * <p>Designators for time zones that don’t support Daylight Savings Time rules, such as Pacific
   * Standard Time (PST), are not supported.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code
   * ^[:a-zA-Z0-9_&#92;-&#92;s&#92;.&#92;&#92;/]*$}. CloudFormation property {@code TimeZoneId}.
   */
  public Rotation timeZoneId(String value) {
    return set("TimeZoneId", Value.of(value));
  }

  /** Sets {@code TimeZoneId} to this value; see {@link #timeZoneId(String)}. */
  public Rotation timeZoneId(Value<String> value) {
    return set("TimeZoneId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>Rotation</code> resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Information about when an on-call shift begins and ends.
   *
   * <p>Property type {@code AWS::SSMContacts::Rotation.CoverageTime}.
   */
  public static final class CoverageTime extends Struct<CoverageTime> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Rotation.CoverageTime")
        .required("EndTime", "StartTime")
        .constrain("EndTime", Constraint.of().pattern("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"))
        .constrain("StartTime", Constraint.of().pattern("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"))
        .build();

    public CoverageTime() {
      super(SCHEMA);
    }

    /**
     * Information about when an on-call rotation shift ends.
     *
     * <p>Required. Pattern: {@code ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation
     * property {@code EndTime}.
     */
    public CoverageTime endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public CoverageTime endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * Information about when an on-call rotation shift begins.
     *
     * <p>Required. Pattern: {@code ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation
     * property {@code StartTime}.
     */
    public CoverageTime startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public CoverageTime startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * Information about on-call rotations that recur monthly.
   *
   * <p>Property type {@code AWS::SSMContacts::Rotation.MonthlySetting}.
   */
  public static final class MonthlySetting extends Struct<MonthlySetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Rotation.MonthlySetting")
        .required("DayOfMonth", "HandOffTime")
        .constrain("DayOfMonth", Constraint.of().minimum(1).maximum(31))
        .constrain("HandOffTime", Constraint.of().pattern("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"))
        .build();

    public MonthlySetting() {
      super(SCHEMA);
    }

    /**
     * The day of the month when monthly recurring on-call rotations begin.
     *
     * <p>Required. Range: 1 to 31. CloudFormation property {@code DayOfMonth}.
     */
    public MonthlySetting dayOfMonth(int value) {
      return set("DayOfMonth", Value.of(value));
    }

    /** Sets {@code DayOfMonth} to this value; see {@link #dayOfMonth(int)}. */
    public MonthlySetting dayOfMonth(Value<Integer> value) {
      return set("DayOfMonth", value);
    }

    /**
     * The time of day when a monthly recurring on-call shift rotation begins.
     *
     * <p>Required. Pattern: {@code ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation
     * property {@code HandOffTime}.
     */
    public MonthlySetting handOffTime(String value) {
      return set("HandOffTime", Value.of(value));
    }

    /** Sets {@code HandOffTime} to this value; see {@link #handOffTime(String)}. */
    public MonthlySetting handOffTime(Value<String> value) {
      return set("HandOffTime", value);
    }
  }

  /**
   * Information about when an on-call rotation is in effect and how long the rotation period lasts.
   *
   * <p>Property type {@code AWS::SSMContacts::Rotation.RecurrenceSettings}.
   */
  public static final class RecurrenceSettings extends Struct<RecurrenceSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Rotation.RecurrenceSettings")
        .required("NumberOfOnCalls", "RecurrenceMultiplier")
        .constrain("DailySettings", Constraint.of().pattern("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"))
        .constrain("NumberOfOnCalls", Constraint.of().minimum(1))
        .constrain("RecurrenceMultiplier", Constraint.of().minimum(1).maximum(100))
        .build();

    public RecurrenceSettings() {
      super(SCHEMA);
    }

    /**
     * Information about on-call rotations that recur daily.
     *
     * <p>Pattern: {@code ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation property {@code
     * DailySettings}.
     */
    public RecurrenceSettings dailySettings(List<String> value) {
      return set("DailySettings", Value.listOf(value));
    }

    /** Sets {@code DailySettings} to this value; see {@link #dailySettings(List)}. */
    public RecurrenceSettings dailySettings(Value<List<String>> value) {
      return set("DailySettings", value);
    }

    /**
     * Information about on-call rotations that recur monthly.
     *
     * <p>CloudFormation property {@code MonthlySettings}.
     */
    public RecurrenceSettings monthlySettings(List<MonthlySetting> value) {
      return set("MonthlySettings", Value.listOf(value));
    }

    /** Sets {@code MonthlySettings} to this value; see {@link #monthlySettings(List)}. */
    public RecurrenceSettings monthlySettings(Value<List<MonthlySetting>> value) {
      return set("MonthlySettings", value);
    }

    /** Sets {@code MonthlySettings} to a list of these; see {@link #monthlySettings(List)}. */
    public RecurrenceSettings monthlySettings(MonthlySetting... values) {
      return set("MonthlySettings", Value.list(values));
    }

    /**
     * The number of contacts, or shift team members designated to be on call concurrently during a
     * shift. For example, in an on-call schedule that contains ten contacts, a value of
     * <code>2</code> designates that two of them are on call at any given time.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code NumberOfOnCalls}.
     */
    public RecurrenceSettings numberOfOnCalls(int value) {
      return set("NumberOfOnCalls", Value.of(value));
    }

    /** Sets {@code NumberOfOnCalls} to this value; see {@link #numberOfOnCalls(int)}. */
    public RecurrenceSettings numberOfOnCalls(Value<Integer> value) {
      return set("NumberOfOnCalls", value);
    }

    /**
     * The number of days, weeks, or months a single rotation lasts.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code RecurrenceMultiplier}.
     */
    public RecurrenceSettings recurrenceMultiplier(int value) {
      return set("RecurrenceMultiplier", Value.of(value));
    }

    /** Sets {@code RecurrenceMultiplier} to this value; see {@link #recurrenceMultiplier(int)}. */
    public RecurrenceSettings recurrenceMultiplier(Value<Integer> value) {
      return set("RecurrenceMultiplier", value);
    }

    /**
     * Information about the days of the week included in on-call rotation coverage.
     *
     * <p>CloudFormation property {@code ShiftCoverages}.
     */
    public RecurrenceSettings shiftCoverages(List<ShiftCoverage> value) {
      return set("ShiftCoverages", Value.listOf(value));
    }

    /** Sets {@code ShiftCoverages} to this value; see {@link #shiftCoverages(List)}. */
    public RecurrenceSettings shiftCoverages(Value<List<ShiftCoverage>> value) {
      return set("ShiftCoverages", value);
    }

    /** Sets {@code ShiftCoverages} to a list of these; see {@link #shiftCoverages(List)}. */
    public RecurrenceSettings shiftCoverages(ShiftCoverage... values) {
      return set("ShiftCoverages", Value.list(values));
    }

    /**
     * Information about on-call rotations that recur weekly.
     *
     * <p>CloudFormation property {@code WeeklySettings}.
     */
    public RecurrenceSettings weeklySettings(List<WeeklySetting> value) {
      return set("WeeklySettings", Value.listOf(value));
    }

    /** Sets {@code WeeklySettings} to this value; see {@link #weeklySettings(List)}. */
    public RecurrenceSettings weeklySettings(Value<List<WeeklySetting>> value) {
      return set("WeeklySettings", value);
    }

    /** Sets {@code WeeklySettings} to a list of these; see {@link #weeklySettings(List)}. */
    public RecurrenceSettings weeklySettings(WeeklySetting... values) {
      return set("WeeklySettings", Value.list(values));
    }
  }

  /**
   * Information about the days of the week that the on-call rotation coverage includes.
   *
   * <p>Property type {@code AWS::SSMContacts::Rotation.ShiftCoverage}.
   */
  public static final class ShiftCoverage extends Struct<ShiftCoverage> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Rotation.ShiftCoverage")
        .required("CoverageTimes", "DayOfWeek")
        .allowed("DayOfWeek", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
        .build();

    public ShiftCoverage() {
      super(SCHEMA);
    }

    /**
     * The start and end times of the shift.
     *
     * <p>Required. CloudFormation property {@code CoverageTimes}.
     */
    public ShiftCoverage coverageTimes(List<CoverageTime> value) {
      return set("CoverageTimes", Value.listOf(value));
    }

    /** Sets {@code CoverageTimes} to this value; see {@link #coverageTimes(List)}. */
    public ShiftCoverage coverageTimes(Value<List<CoverageTime>> value) {
      return set("CoverageTimes", value);
    }

    /** Sets {@code CoverageTimes} to a list of these; see {@link #coverageTimes(List)}. */
    public ShiftCoverage coverageTimes(CoverageTime... values) {
      return set("CoverageTimes", Value.list(values));
    }

    /**
     * A list of days on which the schedule is active.
     *
     * <p>Required. Allowed values: {@code MON}, {@code TUE}, {@code WED}, {@code THU}, {@code FRI},
     * {@code SAT}, {@code SUN}. CloudFormation property {@code DayOfWeek}.
     */
    public ShiftCoverage dayOfWeek(String value) {
      return set("DayOfWeek", Value.of(value));
    }

    /** Sets {@code DayOfWeek} to this value; see {@link #dayOfWeek(String)}. */
    public ShiftCoverage dayOfWeek(Value<String> value) {
      return set("DayOfWeek", value);
    }
  }

  /**
   * Information about rotations that recur weekly.
   *
   * <p>Property type {@code AWS::SSMContacts::Rotation.WeeklySetting}.
   */
  public static final class WeeklySetting extends Struct<WeeklySetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Rotation.WeeklySetting")
        .required("DayOfWeek", "HandOffTime")
        .allowed("DayOfWeek", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
        .constrain("HandOffTime", Constraint.of().pattern("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"))
        .build();

    public WeeklySetting() {
      super(SCHEMA);
    }

    /**
     * The day of the week when weekly recurring on-call shift rotations begins.
     *
     * <p>Required. Allowed values: {@code MON}, {@code TUE}, {@code WED}, {@code THU}, {@code FRI},
     * {@code SAT}, {@code SUN}. CloudFormation property {@code DayOfWeek}.
     */
    public WeeklySetting dayOfWeek(String value) {
      return set("DayOfWeek", Value.of(value));
    }

    /** Sets {@code DayOfWeek} to this value; see {@link #dayOfWeek(String)}. */
    public WeeklySetting dayOfWeek(Value<String> value) {
      return set("DayOfWeek", value);
    }

    /**
     * The time of day when a weekly recurring on-call shift rotation begins.
     *
     * <p>Required. Pattern: {@code ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation
     * property {@code HandOffTime}.
     */
    public WeeklySetting handOffTime(String value) {
      return set("HandOffTime", Value.of(value));
    }

    /** Sets {@code HandOffTime} to this value; see {@link #handOffTime(String)}. */
    public WeeklySetting handOffTime(Value<String> value) {
      return set("HandOffTime", value);
    }
  }
}
