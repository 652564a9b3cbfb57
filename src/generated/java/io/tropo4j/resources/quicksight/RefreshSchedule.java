// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a refresh schedule for a dataset in Quick .
 *
 * <p>CloudFormation type {@code AWS::QuickSight::RefreshSchedule}.
 */
public final class RefreshSchedule extends Resource<RefreshSchedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::RefreshSchedule")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .attributes("Arn")
      .build();

  public RefreshSchedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID of the account that you are creating a schedule in.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public RefreshSchedule awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public RefreshSchedule awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * The ID of the dataset that you are creating a refresh schedule for.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataSetId}.
   */
  public RefreshSchedule dataSetId(String value) {
    return set("DataSetId", Value.of(value));
  }

  /** Sets {@code DataSetId} to this value; see {@link #dataSetId(String)}. */
  public RefreshSchedule dataSetId(Value<String> value) {
    return set("DataSetId", value);
  }

  /**
   * The refresh schedule of a dataset.
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public RefreshSchedule schedule(Value<RefreshScheduleMap> value) {
    return set("Schedule", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the refresh schedule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The day that you want yout dataset to refresh.
   *
   * <p>Property type {@code AWS::QuickSight::RefreshSchedule.RefreshOnDay}.
   */
  public static final class RefreshOnDay extends Struct<RefreshOnDay> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::RefreshSchedule.RefreshOnDay")
        .constrain("DayOfMonth", Constraint.of().pattern("^(?:LAST_DAY_OF_MONTH|1[0-9]|2[0-8]|[12]|[3-9])$").minLength(1).maxLength(128))
        .allowed("DayOfWeek", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY")
        .build();

    public RefreshOnDay() {
      super(SCHEMA);
    }

    /**
     * The day of the month that you want your dataset to refresh. This value is required for
     * monthly refresh intervals.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code
     * ^(?:LAST_DAY_OF_MONTH|1[0-9]|2[0-8]|[12]|[3-9])$}. CloudFormation property {@code
     * DayOfMonth}.
     */
    public RefreshOnDay dayOfMonth(String value) {
      return set("DayOfMonth", Value.of(value));
    }

    /** Sets {@code DayOfMonth} to this value; see {@link #dayOfMonth(String)}. */
    public RefreshOnDay dayOfMonth(Value<String> value) {
      return set("DayOfMonth", value);
    }

    /**
     * The day of the week that you want to schedule the refresh on. This value is required for
     * weekly and monthly refresh intervals.
     *
     * <p>Allowed values: {@code SUNDAY}, {@code MONDAY}, {@code TUESDAY}, {@code WEDNESDAY}, {@code
     * THURSDAY}, {@code FRIDAY}, {@code SATURDAY}. CloudFormation property {@code DayOfWeek}.
     */
    public RefreshOnDay dayOfWeek(String value) {
      return set("DayOfWeek", Value.of(value));
    }

    /** Sets {@code DayOfWeek} to this value; see {@link #dayOfWeek(String)}. */
    public RefreshOnDay dayOfWeek(Value<String> value) {
      return set("DayOfWeek", value);
    }
  }

  /**
   * A summary of a configured refresh schedule for a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::RefreshSchedule.RefreshScheduleMap}.
   */
  public static final class RefreshScheduleMap extends Struct<RefreshScheduleMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::RefreshSchedule.RefreshScheduleMap")
        .allowed("RefreshType", "FULL_REFRESH", "INCREMENTAL_REFRESH")
        .constrain("ScheduleId", Constraint.of().minLength(1).maxLength(128))
        .constrain("StartAfterDateTime", Constraint.of().minLength(1).maxLength(128))
        .build();

    public RefreshScheduleMap() {
      super(SCHEMA);
    }

    /**
     * The type of refresh that a dataset undergoes. Valid values are as follows:
     *
     * <ul> <li><code>FULL_REFRESH</code> : A complete refresh of a dataset.
     * <li><code>INCREMENTAL_REFRESH</code> : A partial refresh of some rows of a dataset, based on
     * the time window specified. </ul>
     *
     * <p>For more information on full and incremental refreshes, see <a
     * href="https://docs.aws.amazon.com/quicksight/latest/user/refreshing-imported-data.html">Refreshing
     * SPICE data</a> in the <em>Quick User Guide</em> .
     *
     * <p>Allowed values: {@code FULL_REFRESH}, {@code INCREMENTAL_REFRESH}. CloudFormation property
     * {@code RefreshType}.
     */
    public RefreshScheduleMap refreshType(String value) {
      return set("RefreshType", Value.of(value));
    }

    /** Sets {@code RefreshType} to this value; see {@link #refreshType(String)}. */
    public RefreshScheduleMap refreshType(Value<String> value) {
      return set("RefreshType", value);
    }

    /**
     * The frequency for the refresh schedule.
     *
     * <p>CloudFormation property {@code ScheduleFrequency}.
     */
    public RefreshScheduleMap scheduleFrequency(Value<ScheduleFrequency> value) {
      return set("ScheduleFrequency", value);
    }

    /**
     * An identifier for the refresh schedule.
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
     * {@code ScheduleId}.
     */
    public RefreshScheduleMap scheduleId(String value) {
      return set("ScheduleId", Value.of(value));
    }

    /** Sets {@code ScheduleId} to this value; see {@link #scheduleId(String)}. */
    public RefreshScheduleMap scheduleId(Value<String> value) {
      return set("ScheduleId", value);
    }

    /**
     * Time after which the refresh schedule can be started, expressed in
     * <code>YYYY-MM-DDTHH:MM:SS</code> format.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code StartAfterDateTime}.
     */
    public RefreshScheduleMap startAfterDateTime(String value) {
      return set("StartAfterDateTime", Value.of(value));
    }

    /** Sets {@code StartAfterDateTime} to this value; see {@link #startAfterDateTime(String)}. */
    public RefreshScheduleMap startAfterDateTime(Value<String> value) {
      return set("StartAfterDateTime", value);
    }
  }

  /**
   * The frequency for the refresh schedule.
   *
   * <p>Property type {@code AWS::QuickSight::RefreshSchedule.ScheduleFrequency}.
   */
  public static final class ScheduleFrequency extends Struct<ScheduleFrequency> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::RefreshSchedule.ScheduleFrequency")
        .allowed("Interval", "MINUTE15", "MINUTE30", "HOURLY", "DAILY", "WEEKLY", "MONTHLY")
        .constrain("TimeOfTheDay", Constraint.of().minLength(1).maxLength(128))
        .constrain("TimeZone", Constraint.of().minLength(1).maxLength(128))
        .build();

    public ScheduleFrequency() {
      super(SCHEMA);
    }

    /**
     * The interval between scheduled refreshes. Valid values are as follows:
     *
     * <ul> <li><code>MINUTE15</code> : The dataset refreshes every 15 minutes. This value is only
     * supported for incremental refreshes. This interval can only be used for one schedule per
     * dataset. <li><code>MINUTE30</code> : The dataset refreshes every 30 minutes. This value is
     * only supported for incremental refreshes. This interval can only be used for one schedule per
     * dataset. <li><code>HOURLY</code> : The dataset refreshes every hour. This interval can only
     * be used for one schedule per dataset. <li><code>DAILY</code> : The dataset refreshes every
     * day. <li><code>WEEKLY</code> : The dataset refreshes every week. <li><code>MONTHLY</code> :
     * The dataset refreshes every month. </ul>
     *
     * <p>Allowed values: {@code MINUTE15}, {@code MINUTE30}, {@code HOURLY}, {@code DAILY}, {@code
     * WEEKLY}, {@code MONTHLY}. CloudFormation property {@code Interval}.
     */
    public ScheduleFrequency interval(String value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(String)}. */
    public ScheduleFrequency interval(Value<String> value) {
      return set("Interval", value);
    }

    /**
     * The day of the week that you want to schedule the refresh on. This value is required for
     * weekly and monthly refresh intervals.
     *
     * <p>CloudFormation property {@code RefreshOnDay}.
     */
    public ScheduleFrequency refreshOnDay(Value<RefreshOnDay> value) {
      return set("RefreshOnDay", value);
    }

    /**
     * The time of day that you want the dataset to refresh. This value is expressed in HH:MM
     * format. This field is not required for schedules that refresh hourly.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code TimeOfTheDay}.
     */
    public ScheduleFrequency timeOfTheDay(String value) {
      return set("TimeOfTheDay", Value.of(value));
    }

    /** Sets {@code TimeOfTheDay} to this value; see {@link #timeOfTheDay(String)}. */
    public ScheduleFrequency timeOfTheDay(Value<String> value) {
      return set("TimeOfTheDay", value);
    }

    /**
     * The timezone that you want the refresh schedule to use. The timezone ID must match a
     * corresponding ID found on <code>java.util.time.getAvailableIDs()</code> .
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code TimeZone}.
     */
    public ScheduleFrequency timeZone(String value) {
      return set("TimeZone", Value.of(value));
    }

    /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
    public ScheduleFrequency timeZone(Value<String> value) {
      return set("TimeZone", value);
    }
  }
}
