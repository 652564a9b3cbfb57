// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::EC2::InstanceEventWindow. An event window defines a recurring
 * set of time ranges, or a cron expression, during which AWS-initiated maintenance events may be
 * scheduled for the associated Amazon EC2 instances or Dedicated Hosts.
 *
 * <p>CloudFormation type {@code AWS::EC2::InstanceEventWindow}.
 */
public final class InstanceEventWindow extends Resource<InstanceEventWindow> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::InstanceEventWindow")
      .refYields("Arn")
      .attributes("Arn", "InstanceEventWindowId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InstanceEventWindow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The cron expression defined for the event window. Exactly one of TimeRanges or CronExpression
   * must be specified.
   *
   * <p>CloudFormation property {@code CronExpression}.
   */
  public InstanceEventWindow cronExpression(String value) {
    return set("CronExpression", Value.of(value));
  }

  /** Sets {@code CronExpression} to this value; see {@link #cronExpression(String)}. */
  public InstanceEventWindow cronExpression(Value<String> value) {
    return set("CronExpression", value);
  }

  /**
   * The name of the event window.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public InstanceEventWindow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InstanceEventWindow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags applied to the event window.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InstanceEventWindow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InstanceEventWindow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InstanceEventWindow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time ranges of the event window. Exactly one of TimeRanges or CronExpression must be
   * specified.
   *
   * <p>CloudFormation property {@code TimeRanges}.
   */
  public InstanceEventWindow timeRanges(List<TimeRange> value) {
    return set("TimeRanges", Value.listOf(value));
  }

  /** Sets {@code TimeRanges} to this value; see {@link #timeRanges(List)}. */
  public InstanceEventWindow timeRanges(Value<List<TimeRange>> value) {
    return set("TimeRanges", value);
  }

  /** Sets {@code TimeRanges} to a list of these; see {@link #timeRanges(List)}. */
  public InstanceEventWindow timeRanges(TimeRange... values) {
    return set("TimeRanges", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the event window.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the event window.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceEventWindowId}.
   */
  public Value<String> instanceEventWindowId() {
    return getAtt("InstanceEventWindowId");
  }

  /**
   * The current state of the event window. Observed values include creating, active, modifying,
   * deleting and deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * A time range during which an AWS-initiated maintenance event may occur.
   *
   * <p>Property type {@code AWS::EC2::InstanceEventWindow.TimeRange}.
   */
  public static final class TimeRange extends Struct<TimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::InstanceEventWindow.TimeRange")
        .constrain("EndHour", Constraint.of().minimum(0).maximum(23))
        .allowed("EndWeekDay", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday")
        .constrain("StartHour", Constraint.of().minimum(0).maximum(23))
        .allowed("StartWeekDay", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday")
        .build();

    public TimeRange() {
      super(SCHEMA);
    }

    /**
     * The hour when the time range ends.
     *
     * <p>Range: 0 to 23. CloudFormation property {@code EndHour}.
     */
    public TimeRange endHour(int value) {
      return set("EndHour", Value.of(value));
    }

    /** Sets {@code EndHour} to this value; see {@link #endHour(int)}. */
    public TimeRange endHour(Value<Integer> value) {
      return set("EndHour", value);
    }

    /**
     * The day on which the time range ends.
     *
     * <p>Allowed values: {@code sunday}, {@code monday}, {@code tuesday}, {@code wednesday}, {@code
     * thursday}, {@code friday}, {@code saturday}. CloudFormation property {@code EndWeekDay}.
     */
    public TimeRange endWeekDay(String value) {
      return set("EndWeekDay", Value.of(value));
    }

    /** Sets {@code EndWeekDay} to this value; see {@link #endWeekDay(String)}. */
    public TimeRange endWeekDay(Value<String> value) {
      return set("EndWeekDay", value);
    }

    /**
     * The hour when the time range begins.
     *
     * <p>Range: 0 to 23. CloudFormation property {@code StartHour}.
     */
    public TimeRange startHour(int value) {
      return set("StartHour", Value.of(value));
    }

    /** Sets {@code StartHour} to this value; see {@link #startHour(int)}. */
    public TimeRange startHour(Value<Integer> value) {
      return set("StartHour", value);
    }

    /**
     * The day on which the time range begins.
     *
     * <p>Allowed values: {@code sunday}, {@code monday}, {@code tuesday}, {@code wednesday}, {@code
     * thursday}, {@code friday}, {@code saturday}. CloudFormation property {@code StartWeekDay}.
     */
    public TimeRange startWeekDay(String value) {
      return set("StartWeekDay", Value.of(value));
    }

    /** Sets {@code StartWeekDay} to this value; see {@link #startWeekDay(String)}. */
    public TimeRange startWeekDay(Value<String> value) {
      return set("StartWeekDay", value);
    }
  }
}
