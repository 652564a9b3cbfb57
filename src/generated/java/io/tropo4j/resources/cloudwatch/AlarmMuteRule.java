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
 * Resource Type definition for AWS::CloudWatch::AlarmMuteRule that allows defining a rule and
 * targeting alarms to mute their actions during the specified window.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::AlarmMuteRule}.
 */
public final class AlarmMuteRule extends Resource<AlarmMuteRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AlarmMuteRule")
      .required("Rule")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "LastUpdatedTimestamp", "MuteType", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AlarmMuteRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the AlarmMuteRule
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public AlarmMuteRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AlarmMuteRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The date, with the same timezone offset as "ScheduleTimezone" after which the alarm mute rule
   * will be expired.
   *
   * <p>CloudFormation property {@code ExpireDate}.
   */
  public AlarmMuteRule expireDate(String value) {
    return set("ExpireDate", Value.of(value));
  }

  /** Sets {@code ExpireDate} to this value; see {@link #expireDate(String)}. */
  public AlarmMuteRule expireDate(Value<String> value) {
    return set("ExpireDate", value);
  }

  /**
   * Targets to be muted
   *
   * <p>CloudFormation property {@code MuteTargets}.
   */
  public AlarmMuteRule muteTargets(Value<MuteTargets> value) {
    return set("MuteTargets", value);
  }

  /**
   * The name of the AlarmMuteRule
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public AlarmMuteRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AlarmMuteRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The rule for the mute
   *
   * <p>Required. CloudFormation property {@code Rule}.
   */
  public AlarmMuteRule rule(Value<Rule> value) {
    return set("Rule", value);
  }

  /**
   * The date, with the same timezone offset as "ScheduleTimezone", after which the alarm mute rule
   * will become active.
   *
   * <p>CloudFormation property {@code StartDate}.
   */
  public AlarmMuteRule startDate(String value) {
    return set("StartDate", Value.of(value));
  }

  /** Sets {@code StartDate} to this value; see {@link #startDate(String)}. */
  public AlarmMuteRule startDate(Value<String> value) {
    return set("StartDate", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AlarmMuteRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AlarmMuteRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AlarmMuteRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name (ARN) of the AlarmMuteRule
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The last update timestamp of the alarm mute schedule
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTimestamp}.
   */
  public Value<String> lastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }

  /**
   * The mute type of the alarm mute
   *
   * <p>{@code Fn::GetAtt} attribute {@code MuteType}.
   */
  public Value<String> muteType() {
    return getAtt("MuteType");
  }

  /**
   * The current status of the AlarmMuteRule
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Targets to be muted
   *
   * <p>Property type {@code AWS::CloudWatch::AlarmMuteRule.MuteTargets}.
   */
  public static final class MuteTargets extends Struct<MuteTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AlarmMuteRule.MuteTargets")
        .required("AlarmNames")
        .constrain("AlarmNames", Constraint.of().minLength(1).maxLength(255))
        .build();

    public MuteTargets() {
      super(SCHEMA);
    }

    /**
     * The alarm names to be mute by the AlarmMuteRule
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code AlarmNames}.
     */
    public MuteTargets alarmNames(List<String> value) {
      return set("AlarmNames", Value.listOf(value));
    }

    /** Sets {@code AlarmNames} to this value; see {@link #alarmNames(List)}. */
    public MuteTargets alarmNames(Value<List<String>> value) {
      return set("AlarmNames", value);
    }
  }

  /**
   * The rule for the mute
   *
   * <p>Property type {@code AWS::CloudWatch::AlarmMuteRule.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AlarmMuteRule.Rule")
        .required("Schedule")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * Schedule for the mute to be active
     *
     * <p>Required. CloudFormation property {@code Schedule}.
     */
    public Rule schedule(Value<Schedule> value) {
      return set("Schedule", value);
    }
  }

  /**
   * Schedule for the mute to be active
   *
   * <p>Property type {@code AWS::CloudWatch::AlarmMuteRule.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::AlarmMuteRule.Schedule")
        .required("Duration", "Expression")
        .constrain("Duration", Constraint.of().minLength(1).maxLength(50))
        .constrain("Expression", Constraint.of().minLength(1).maxLength(256))
        .constrain("Timezone", Constraint.of().minLength(1).maxLength(50))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * The duration of the schedule when it triggers
     *
     * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code Duration}.
     */
    public Schedule duration(String value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(String)}. */
    public Schedule duration(Value<String> value) {
      return set("Duration", value);
    }

    /**
     * The expression of the schedule
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Expression}.
     */
    public Schedule expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public Schedule expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The timezone of the schedule
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code Timezone}.
     */
    public Schedule timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public Schedule timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }
}
