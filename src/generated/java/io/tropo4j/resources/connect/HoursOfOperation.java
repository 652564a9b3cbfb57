// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies hours of operation.
 *
 * <p>CloudFormation type {@code AWS::Connect::HoursOfOperation}.
 */
public final class HoursOfOperation extends Resource<HoursOfOperation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation")
      .required("Config", "InstanceArn", "Name", "TimeZone")
      .constrain("Description", Constraint.of().pattern("^[\\P{C}\\r\\n\\t]{1,250}$").minLength(1).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().pattern("^[\\P{C}\\r\\n\\t]{1,127}$").minLength(1).maxLength(127))
      .refYields("HoursOfOperationArn")
      .attributes("HoursOfOperationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public HoursOfOperation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of child hours of operations.
   *
   * <p>CloudFormation property {@code ChildHoursOfOperations}.
   */
  public HoursOfOperation childHoursOfOperations(List<HoursOfOperationsIdentifier> value) {
    return set("ChildHoursOfOperations", Value.listOf(value));
  }

  /**
   * Sets {@code ChildHoursOfOperations} to this value; see {@link #childHoursOfOperations(List)}.
   */
  public HoursOfOperation childHoursOfOperations(Value<List<HoursOfOperationsIdentifier>> value) {
    return set("ChildHoursOfOperations", value);
  }

  /**
   * Sets {@code ChildHoursOfOperations} to a list of these; see {@link
   * #childHoursOfOperations(List)}.
   */
  public HoursOfOperation childHoursOfOperations(HoursOfOperationsIdentifier... values) {
    return set("ChildHoursOfOperations", Value.list(values));
  }

  /**
   * Configuration information for the hours of operation.
   *
   * <p>Required. CloudFormation property {@code Config}.
   */
  public HoursOfOperation config(List<HoursOfOperationConfig> value) {
    return set("Config", Value.listOf(value));
  }

  /** Sets {@code Config} to this value; see {@link #config(List)}. */
  public HoursOfOperation config(Value<List<HoursOfOperationConfig>> value) {
    return set("Config", value);
  }

  /** Sets {@code Config} to a list of these; see {@link #config(List)}. */
  public HoursOfOperation config(HoursOfOperationConfig... values) {
    return set("Config", Value.list(values));
  }

  /**
   * The description for the hours of operation.
   *
   * <p>Length: 1 to 250 characters. Pattern: {@code ^[&#92;P{C}&#92;r&#92;n&#92;t]{1,250}$}.
   * CloudFormation property {@code Description}.
   */
  public HoursOfOperation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public HoursOfOperation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * One or more hours of operation overrides assigned to an hour of operation.
   *
   * <p>CloudFormation property {@code HoursOfOperationOverrides}.
   */
  public HoursOfOperation hoursOfOperationOverrides(List<HoursOfOperationOverride> value) {
    return set("HoursOfOperationOverrides", Value.listOf(value));
  }

  /**
   * Sets {@code HoursOfOperationOverrides} to this value; see {@link
   * #hoursOfOperationOverrides(List)}.
   */
  public HoursOfOperation hoursOfOperationOverrides(Value<List<HoursOfOperationOverride>> value) {
    return set("HoursOfOperationOverrides", value);
  }

  /**
   * Sets {@code HoursOfOperationOverrides} to a list of these; see {@link
   * #hoursOfOperationOverrides(List)}.
   */
  public HoursOfOperation hoursOfOperationOverrides(HoursOfOperationOverride... values) {
    return set("HoursOfOperationOverrides", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public HoursOfOperation instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public HoursOfOperation instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public HoursOfOperation instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name for the hours of operation.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code
   * ^[&#92;P{C}&#92;r&#92;n&#92;t]{1,127}$}. CloudFormation property {@code Name}.
   */
  public HoursOfOperation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public HoursOfOperation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * List of parent hours of operations.
   *
   * <p>CloudFormation property {@code ParentHoursOfOperations}.
   */
  public HoursOfOperation parentHoursOfOperations(List<HoursOfOperationsIdentifier> value) {
    return set("ParentHoursOfOperations", Value.listOf(value));
  }

  /**
   * Sets {@code ParentHoursOfOperations} to this value; see {@link #parentHoursOfOperations(List)}.
   */
  public HoursOfOperation parentHoursOfOperations(Value<List<HoursOfOperationsIdentifier>> value) {
    return set("ParentHoursOfOperations", value);
  }

  /**
   * Sets {@code ParentHoursOfOperations} to a list of these; see {@link
   * #parentHoursOfOperations(List)}.
   */
  public HoursOfOperation parentHoursOfOperations(HoursOfOperationsIdentifier... values) {
    return set("ParentHoursOfOperations", Value.list(values));
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "Tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public HoursOfOperation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public HoursOfOperation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public HoursOfOperation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time zone for the hours of operation.
   *
   * <p>Required. CloudFormation property {@code TimeZone}.
   */
  public HoursOfOperation timeZone(String value) {
    return set("TimeZone", Value.of(value));
  }

  /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
  public HoursOfOperation timeZone(Value<String> value) {
    return set("TimeZone", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the hours of operation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HoursOfOperationArn}.
   */
  public Value<String> hoursOfOperationArn() {
    return getAtt("HoursOfOperationArn");
  }

  /**
   * Contains information about the hours of operation.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.HoursOfOperationConfig}.
   */
  public static final class HoursOfOperationConfig extends Struct<HoursOfOperationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.HoursOfOperationConfig")
        .required("Day", "EndTime", "StartTime")
        .allowed("Day", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY")
        .build();

    public HoursOfOperationConfig() {
      super(SCHEMA);
    }

    /**
     * The day that the hours of operation applies to.
     *
     * <p>Required. Allowed values: {@code SUNDAY}, {@code MONDAY}, {@code TUESDAY}, {@code
     * WEDNESDAY}, {@code THURSDAY}, {@code FRIDAY}, {@code SATURDAY}. CloudFormation property
     * {@code Day}.
     */
    public HoursOfOperationConfig day(String value) {
      return set("Day", Value.of(value));
    }

    /** Sets {@code Day} to this value; see {@link #day(String)}. */
    public HoursOfOperationConfig day(Value<String> value) {
      return set("Day", value);
    }

    /**
     * The end time that your contact center closes.
     *
     * <p>Required. CloudFormation property {@code EndTime}.
     */
    public HoursOfOperationConfig endTime(Value<HoursOfOperationTimeSlice> value) {
      return set("EndTime", value);
    }

    /**
     * The start time that your contact center opens.
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public HoursOfOperationConfig startTime(Value<HoursOfOperationTimeSlice> value) {
      return set("StartTime", value);
    }
  }

  /**
   * Information about the hours of operations override.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.HoursOfOperationOverride}.
   */
  public static final class HoursOfOperationOverride extends Struct<HoursOfOperationOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.HoursOfOperationOverride")
        .required("EffectiveFrom", "EffectiveTill", "OverrideConfig", "OverrideName")
        .constrain("EffectiveFrom", Constraint.of().pattern("^\\d{4}-\\d{2}-\\d{2}$"))
        .constrain("EffectiveTill", Constraint.of().pattern("^\\d{4}-\\d{2}-\\d{2}$"))
        .constrain("HoursOfOperationOverrideId", Constraint.of().pattern("^[-a-zA-Z0-9]*$"))
        .constrain("OverrideDescription", Constraint.of().minLength(1).maxLength(250))
        .constrain("OverrideName", Constraint.of().minLength(1).maxLength(127))
        .allowed("OverrideType", "STANDARD", "OPEN", "CLOSED")
        .build();

    public HoursOfOperationOverride() {
      super(SCHEMA);
    }

    /**
     * The date from which the hours of operation override would be effective.
     *
     * <p>Required. Pattern: {@code ^&#92;d{4}-&#92;d{2}-&#92;d{2}$}. CloudFormation property {@code
     * EffectiveFrom}.
     */
    public HoursOfOperationOverride effectiveFrom(String value) {
      return set("EffectiveFrom", Value.of(value));
    }

    /** Sets {@code EffectiveFrom} to this value; see {@link #effectiveFrom(String)}. */
    public HoursOfOperationOverride effectiveFrom(Value<String> value) {
      return set("EffectiveFrom", value);
    }

    /**
     * The date until the hours of operation override is effective.
     *
     * <p>Required. Pattern: {@code ^&#92;d{4}-&#92;d{2}-&#92;d{2}$}. CloudFormation property {@code
     * EffectiveTill}.
     */
    public HoursOfOperationOverride effectiveTill(String value) {
      return set("EffectiveTill", Value.of(value));
    }

    /** Sets {@code EffectiveTill} to this value; see {@link #effectiveTill(String)}. */
    public HoursOfOperationOverride effectiveTill(Value<String> value) {
      return set("EffectiveTill", value);
    }

    /**
     * The identifier for the hours of operation override.
     *
     * <p>Pattern: {@code ^[-a-zA-Z0-9]*$}. CloudFormation property {@code
     * HoursOfOperationOverrideId}.
     */
    public HoursOfOperationOverride hoursOfOperationOverrideId(String value) {
      return set("HoursOfOperationOverrideId", Value.of(value));
    }

    /**
     * Sets {@code HoursOfOperationOverrideId} to this value; see {@link
     * #hoursOfOperationOverrideId(String)}.
     */
    public HoursOfOperationOverride hoursOfOperationOverrideId(Value<String> value) {
      return set("HoursOfOperationOverrideId", value);
    }

    /**
     * Configuration information for the hours of operation override: day, start time, and end time.
     *
     * <p>Required. CloudFormation property {@code OverrideConfig}.
     */
    public HoursOfOperationOverride overrideConfig(List<HoursOfOperationOverrideConfig> value) {
      return set("OverrideConfig", Value.listOf(value));
    }

    /** Sets {@code OverrideConfig} to this value; see {@link #overrideConfig(List)}. */
    public HoursOfOperationOverride overrideConfig(Value<List<HoursOfOperationOverrideConfig>> value) {
      return set("OverrideConfig", value);
    }

    /** Sets {@code OverrideConfig} to a list of these; see {@link #overrideConfig(List)}. */
    public HoursOfOperationOverride overrideConfig(HoursOfOperationOverrideConfig... values) {
      return set("OverrideConfig", Value.list(values));
    }

    /**
     * The description of the hours of operation override.
     *
     * <p>Length: 1 to 250 characters. CloudFormation property {@code OverrideDescription}.
     */
    public HoursOfOperationOverride overrideDescription(String value) {
      return set("OverrideDescription", Value.of(value));
    }

    /** Sets {@code OverrideDescription} to this value; see {@link #overrideDescription(String)}. */
    public HoursOfOperationOverride overrideDescription(Value<String> value) {
      return set("OverrideDescription", value);
    }

    /**
     * The name of the hours of operation override.
     *
     * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code OverrideName}.
     */
    public HoursOfOperationOverride overrideName(String value) {
      return set("OverrideName", Value.of(value));
    }

    /** Sets {@code OverrideName} to this value; see {@link #overrideName(String)}. */
    public HoursOfOperationOverride overrideName(Value<String> value) {
      return set("OverrideName", value);
    }

    /**
     * The type of hours of operation override.
     *
     * <p>Allowed values: {@code STANDARD}, {@code OPEN}, {@code CLOSED}. CloudFormation property
     * {@code OverrideType}.
     */
    public HoursOfOperationOverride overrideType(String value) {
      return set("OverrideType", Value.of(value));
    }

    /** Sets {@code OverrideType} to this value; see {@link #overrideType(String)}. */
    public HoursOfOperationOverride overrideType(Value<String> value) {
      return set("OverrideType", value);
    }

    /**
     * Configuration for recurring hours of operation overrides.
     *
     * <p>CloudFormation property {@code RecurrenceConfig}.
     */
    public HoursOfOperationOverride recurrenceConfig(Value<RecurrenceConfig> value) {
      return set("RecurrenceConfig", value);
    }
  }

  /**
   * Information about the hours of operation override config: day, start time, and end time.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.HoursOfOperationOverrideConfig}.
   */
  public static final class HoursOfOperationOverrideConfig extends Struct<HoursOfOperationOverrideConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.HoursOfOperationOverrideConfig")
        .required("Day", "EndTime", "StartTime")
        .allowed("Day", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY")
        .build();

    public HoursOfOperationOverrideConfig() {
      super(SCHEMA);
    }

    /**
     * The day that the hours of operation override applies to.
     *
     * <p>Required. Allowed values: {@code SUNDAY}, {@code MONDAY}, {@code TUESDAY}, {@code
     * WEDNESDAY}, {@code THURSDAY}, {@code FRIDAY}, {@code SATURDAY}. CloudFormation property
     * {@code Day}.
     */
    public HoursOfOperationOverrideConfig day(String value) {
      return set("Day", Value.of(value));
    }

    /** Sets {@code Day} to this value; see {@link #day(String)}. */
    public HoursOfOperationOverrideConfig day(Value<String> value) {
      return set("Day", value);
    }

    /**
     * The end time that your contact center closes if overrides are applied.
     *
     * <p>Required. CloudFormation property {@code EndTime}.
     */
    public HoursOfOperationOverrideConfig endTime(Value<OverrideTimeSlice> value) {
      return set("EndTime", value);
    }

    /**
     * The start time when your contact center opens if overrides are applied.
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public HoursOfOperationOverrideConfig startTime(Value<OverrideTimeSlice> value) {
      return set("StartTime", value);
    }
  }

  /**
   * The start time or end time for an hours of operation.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.HoursOfOperationTimeSlice}.
   */
  public static final class HoursOfOperationTimeSlice extends Struct<HoursOfOperationTimeSlice> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.HoursOfOperationTimeSlice")
        .required("Hours", "Minutes")
        .constrain("Hours", Constraint.of().minimum(0).maximum(23))
        .constrain("Minutes", Constraint.of().minimum(0).maximum(59))
        .build();

    public HoursOfOperationTimeSlice() {
      super(SCHEMA);
    }

    /**
     * The hours.
     *
     * <p>Required. Range: 0 to 23. CloudFormation property {@code Hours}.
     */
    public HoursOfOperationTimeSlice hours(int value) {
      return set("Hours", Value.of(value));
    }

    /** Sets {@code Hours} to this value; see {@link #hours(int)}. */
    public HoursOfOperationTimeSlice hours(Value<Integer> value) {
      return set("Hours", value);
    }

    /**
     * The minutes.
     *
     * <p>Required. Range: 0 to 59. CloudFormation property {@code Minutes}.
     */
    public HoursOfOperationTimeSlice minutes(int value) {
      return set("Minutes", Value.of(value));
    }

    /** Sets {@code Minutes} to this value; see {@link #minutes(int)}. */
    public HoursOfOperationTimeSlice minutes(Value<Integer> value) {
      return set("Minutes", value);
    }
  }

  /**
   * Identifier for hours of operation.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.HoursOfOperationsIdentifier}.
   */
  public static final class HoursOfOperationsIdentifier extends Struct<HoursOfOperationsIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.HoursOfOperationsIdentifier")
        .required("Id")
        .constrain("Name", Constraint.of().minLength(1).maxLength(127))
        .build();

    public HoursOfOperationsIdentifier() {
      super(SCHEMA);
    }

    /**
     * The identifier for the hours of operation.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public HoursOfOperationsIdentifier id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public HoursOfOperationsIdentifier id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the hours of operation.
     *
     * <p>Length: 1 to 127 characters. CloudFormation property {@code Name}.
     */
    public HoursOfOperationsIdentifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HoursOfOperationsIdentifier name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The start time or end time for an hours of operation override.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.OverrideTimeSlice}.
   */
  public static final class OverrideTimeSlice extends Struct<OverrideTimeSlice> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.OverrideTimeSlice")
        .required("Hours", "Minutes")
        .constrain("Hours", Constraint.of().minimum(0).maximum(23))
        .constrain("Minutes", Constraint.of().minimum(0).maximum(59))
        .build();

    public OverrideTimeSlice() {
      super(SCHEMA);
    }

    /**
     * The hours.
     *
     * <p>Required. Range: 0 to 23. CloudFormation property {@code Hours}.
     */
    public OverrideTimeSlice hours(int value) {
      return set("Hours", Value.of(value));
    }

    /** Sets {@code Hours} to this value; see {@link #hours(int)}. */
    public OverrideTimeSlice hours(Value<Integer> value) {
      return set("Hours", value);
    }

    /**
     * The minutes.
     *
     * <p>Required. Range: 0 to 59. CloudFormation property {@code Minutes}.
     */
    public OverrideTimeSlice minutes(int value) {
      return set("Minutes", Value.of(value));
    }

    /** Sets {@code Minutes} to this value; see {@link #minutes(int)}. */
    public OverrideTimeSlice minutes(Value<Integer> value) {
      return set("Minutes", value);
    }
  }

  /**
   * Configuration for recurring hours of operation overrides.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.RecurrenceConfig}.
   */
  public static final class RecurrenceConfig extends Struct<RecurrenceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.RecurrenceConfig")
        .required("RecurrencePattern")
        .build();

    public RecurrenceConfig() {
      super(SCHEMA);
    }

    /**
     * Pattern for recurring hours of operation overrides.
     *
     * <p>Required. CloudFormation property {@code RecurrencePattern}.
     */
    public RecurrenceConfig recurrencePattern(Value<RecurrencePattern> value) {
      return set("RecurrencePattern", value);
    }
  }

  /**
   * Pattern for recurring hours of operation overrides.
   *
   * <p>Property type {@code AWS::Connect::HoursOfOperation.RecurrencePattern}.
   */
  public static final class RecurrencePattern extends Struct<RecurrencePattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::HoursOfOperation.RecurrencePattern")
        .constrain("ByMonth", Constraint.of().minimum(1).maximum(12))
        .constrain("ByMonthDay", Constraint.of().minimum(-1).maximum(31))
        .constrain("ByWeekdayOccurrence", Constraint.of().minimum(-1).maximum(4))
        .allowed("Frequency", "WEEKLY", "MONTHLY", "YEARLY")
        .constrain("Interval", Constraint.of().minimum(1).maximum(6))
        .build();

    public RecurrencePattern() {
      super(SCHEMA);
    }

    /**
     * List of months (1-12) for recurrence pattern.
     *
     * <p>Range: 1 to 12. CloudFormation property {@code ByMonth}.
     */
    public RecurrencePattern byMonth(List<Integer> value) {
      return set("ByMonth", Value.listOf(value));
    }

    /** Sets {@code ByMonth} to this value; see {@link #byMonth(List)}. */
    public RecurrencePattern byMonth(Value<List<Integer>> value) {
      return set("ByMonth", value);
    }

    /**
     * List of month days (-1 to 31) for recurrence pattern.
     *
     * <p>Range: -1 to 31. CloudFormation property {@code ByMonthDay}.
     */
    public RecurrencePattern byMonthDay(List<Integer> value) {
      return set("ByMonthDay", Value.listOf(value));
    }

    /** Sets {@code ByMonthDay} to this value; see {@link #byMonthDay(List)}. */
    public RecurrencePattern byMonthDay(Value<List<Integer>> value) {
      return set("ByMonthDay", value);
    }

    /** Range: -1 to 4. CloudFormation property {@code ByWeekdayOccurrence}. */
    public RecurrencePattern byWeekdayOccurrence(List<Integer> value) {
      return set("ByWeekdayOccurrence", Value.listOf(value));
    }

    /** Sets {@code ByWeekdayOccurrence} to this value; see {@link #byWeekdayOccurrence(List)}. */
    public RecurrencePattern byWeekdayOccurrence(Value<List<Integer>> value) {
      return set("ByWeekdayOccurrence", value);
    }

    /**
     * The frequency of recurrence for hours of operation overrides.
     *
     * <p>Allowed values: {@code WEEKLY}, {@code MONTHLY}, {@code YEARLY}. CloudFormation property
     * {@code Frequency}.
     */
    public RecurrencePattern frequency(String value) {
      return set("Frequency", Value.of(value));
    }

    /** Sets {@code Frequency} to this value; see {@link #frequency(String)}. */
    public RecurrencePattern frequency(Value<String> value) {
      return set("Frequency", value);
    }

    /** Range: 1 to 6. CloudFormation property {@code Interval}. */
    public RecurrencePattern interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public RecurrencePattern interval(Value<Integer> value) {
      return set("Interval", value);
    }
  }
}
