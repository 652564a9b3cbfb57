// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

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
 * Definition of AWS::MediaTailor::PrefetchSchedule Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::PrefetchSchedule}.
 */
public final class PrefetchSchedule extends Resource<PrefetchSchedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PrefetchSchedule")
      .required("Name", "PlaybackConfigurationName")
      .allowed("ScheduleType", "SINGLE", "RECURRING")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PrefetchSchedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Consumption}. */
  public PrefetchSchedule consumption(Value<PrefetchConsumption> value) {
    return set("Consumption", value);
  }

  /**
   * The name to assign to the prefetch schedule.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public PrefetchSchedule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PrefetchSchedule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name of the playback configuration.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PlaybackConfigurationName}.
   */
  public PrefetchSchedule playbackConfigurationName(String value) {
    return set("PlaybackConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code PlaybackConfigurationName} to this value; see {@link
   * #playbackConfigurationName(String)}.
   */
  public PrefetchSchedule playbackConfigurationName(Value<String> value) {
    return set("PlaybackConfigurationName", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code
   * RecurringPrefetchConfiguration}.
   */
  public PrefetchSchedule recurringPrefetchConfiguration(Value<RecurringPrefetchConfiguration> value) {
    return set("RecurringPrefetchConfiguration", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Retrieval}. */
  public PrefetchSchedule retrieval(Value<PrefetchRetrieval> value) {
    return set("Retrieval", value);
  }

  /**
   * The frequency that MediaTailor creates prefetch schedules.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SINGLE}, {@code RECURRING}.
   * CloudFormation property {@code ScheduleType}.
   */
  public PrefetchSchedule scheduleType(String value) {
    return set("ScheduleType", Value.of(value));
  }

  /** Sets {@code ScheduleType} to this value; see {@link #scheduleType(String)}. */
  public PrefetchSchedule scheduleType(Value<String> value) {
    return set("ScheduleType", value);
  }

  /**
   * An optional stream identifier that MediaTailor uses to prefetch ads for multiple streams that
   * use the same playback configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StreamId}.
   */
  public PrefetchSchedule streamId(String value) {
    return set("StreamId", Value.of(value));
  }

  /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
  public PrefetchSchedule streamId(Value<String> value) {
    return set("StreamId", value);
  }

  /**
   * The tags assigned to the prefetch schedule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PrefetchSchedule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PrefetchSchedule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PrefetchSchedule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the prefetch schedule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.AvailMatchingCriteria}. */
  public static final class AvailMatchingCriteria extends Struct<AvailMatchingCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PrefetchSchedule.AvailMatchingCriteria")
        .required("DynamicVariable", "Operator")
        .allowed("Operator", "EQUALS")
        .build();

    public AvailMatchingCriteria() {
      super(SCHEMA);
    }

    /**
     * The dynamic variable(s) that MediaTailor should use as avail matching criteria.
     *
     * <p>Required. CloudFormation property {@code DynamicVariable}.
     */
    public AvailMatchingCriteria dynamicVariable(String value) {
      return set("DynamicVariable", Value.of(value));
    }

    /** Sets {@code DynamicVariable} to this value; see {@link #dynamicVariable(String)}. */
    public AvailMatchingCriteria dynamicVariable(Value<String> value) {
      return set("DynamicVariable", value);
    }

    /**
     * For the DynamicVariable specified in AvailMatchingCriteria, the Operator that is used for the
     * comparison.
     *
     * <p>Required. Allowed values: {@code EQUALS}. CloudFormation property {@code Operator}.
     */
    public AvailMatchingCriteria operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public AvailMatchingCriteria operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.PrefetchConsumption}. */
  public static final class PrefetchConsumption extends Struct<PrefetchConsumption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PrefetchSchedule.PrefetchConsumption")
        .required("EndTime")
        .constrain("EndTime", Constraint.of().format("date-time"))
        .constrain("StartTime", Constraint.of().format("date-time"))
        .build();

    public PrefetchConsumption() {
      super(SCHEMA);
    }

    /**
     * If you only want MediaTailor to insert prefetched ads into avails that match specific dynamic
     * variables, set the avail matching criteria.
     *
     * <p>CloudFormation property {@code AvailMatchingCriteria}.
     */
    public PrefetchConsumption availMatchingCriteria(List<AvailMatchingCriteria> value) {
      return set("AvailMatchingCriteria", Value.listOf(value));
    }

    /**
     * Sets {@code AvailMatchingCriteria} to this value; see {@link #availMatchingCriteria(List)}.
     */
    public PrefetchConsumption availMatchingCriteria(Value<List<AvailMatchingCriteria>> value) {
      return set("AvailMatchingCriteria", value);
    }

    /**
     * Sets {@code AvailMatchingCriteria} to a list of these; see {@link
     * #availMatchingCriteria(List)}.
     */
    public PrefetchConsumption availMatchingCriteria(AvailMatchingCriteria... values) {
      return set("AvailMatchingCriteria", Value.list(values));
    }

    /**
     * The time when MediaTailor no longer considers the prefetched ads for use in an ad break, as
     * an ISO 8601 date-time.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code EndTime}.
     */
    public PrefetchConsumption endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public PrefetchConsumption endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The time when prefetched ads are considered for use in an ad break, as an ISO 8601 date-time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code StartTime}.
     */
    public PrefetchConsumption startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public PrefetchConsumption startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.PrefetchRetrieval}. */
  public static final class PrefetchRetrieval extends Struct<PrefetchRetrieval> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PrefetchSchedule.PrefetchRetrieval")
        .required("EndTime")
        .constrain("EndTime", Constraint.of().format("date-time"))
        .constrain("StartTime", Constraint.of().format("date-time"))
        .allowed("TrafficShapingType", "RETRIEVAL_WINDOW", "TPS")
        .build();

    public PrefetchRetrieval() {
      super(SCHEMA);
    }

    /**
     * The dynamic variables to use for substitution during prefetch requests to the ad decision
     * server (ADS).
     *
     * <p>CloudFormation property {@code DynamicVariables}.
     */
    public PrefetchRetrieval dynamicVariables(Map<String, String> value) {
      return set("DynamicVariables", Value.mapOf(value));
    }

    /** Sets {@code DynamicVariables} to this value; see {@link #dynamicVariables(Map)}. */
    public PrefetchRetrieval dynamicVariables(Value<Map<String, String>> value) {
      return set("DynamicVariables", value);
    }

    /**
     * The time when prefetch retrieval ends for the ad break, as an ISO 8601 date-time.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code EndTime}.
     */
    public PrefetchRetrieval endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public PrefetchRetrieval endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The time when prefetch retrievals can start for this break, as an ISO 8601 date-time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code StartTime}.
     */
    public PrefetchRetrieval startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public PrefetchRetrieval startTime(Value<String> value) {
      return set("StartTime", value);
    }

    /** CloudFormation property {@code TrafficShapingRetrievalWindow}. */
    public PrefetchRetrieval trafficShapingRetrievalWindow(Value<TrafficShapingRetrievalWindow> value) {
      return set("TrafficShapingRetrievalWindow", value);
    }

    /** CloudFormation property {@code TrafficShapingTpsConfiguration}. */
    public PrefetchRetrieval trafficShapingTpsConfiguration(Value<TrafficShapingTpsConfiguration> value) {
      return set("TrafficShapingTpsConfiguration", value);
    }

    /**
     * Indicates the type of traffic shaping used to limit the number of requests to the ADS at one
     * time.
     *
     * <p>Allowed values: {@code RETRIEVAL_WINDOW}, {@code TPS}. CloudFormation property {@code
     * TrafficShapingType}.
     */
    public PrefetchRetrieval trafficShapingType(String value) {
      return set("TrafficShapingType", Value.of(value));
    }

    /** Sets {@code TrafficShapingType} to this value; see {@link #trafficShapingType(String)}. */
    public PrefetchRetrieval trafficShapingType(Value<String> value) {
      return set("TrafficShapingType", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.RecurringConsumption}. */
  public static final class RecurringConsumption extends Struct<RecurringConsumption> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PrefetchSchedule.RecurringConsumption");

    public RecurringConsumption() {
      super(SCHEMA);
    }

    /**
     * The configuration for the dynamic variables that determine which ad breaks that MediaTailor
     * inserts prefetched ads in.
     *
     * <p>CloudFormation property {@code AvailMatchingCriteria}.
     */
    public RecurringConsumption availMatchingCriteria(List<AvailMatchingCriteria> value) {
      return set("AvailMatchingCriteria", Value.listOf(value));
    }

    /**
     * Sets {@code AvailMatchingCriteria} to this value; see {@link #availMatchingCriteria(List)}.
     */
    public RecurringConsumption availMatchingCriteria(Value<List<AvailMatchingCriteria>> value) {
      return set("AvailMatchingCriteria", value);
    }

    /**
     * Sets {@code AvailMatchingCriteria} to a list of these; see {@link
     * #availMatchingCriteria(List)}.
     */
    public RecurringConsumption availMatchingCriteria(AvailMatchingCriteria... values) {
      return set("AvailMatchingCriteria", Value.list(values));
    }

    /**
     * The number of seconds that an ad is available for insertion after it was prefetched.
     *
     * <p>CloudFormation property {@code RetrievedAdExpirationSeconds}.
     */
    public RecurringConsumption retrievedAdExpirationSeconds(int value) {
      return set("RetrievedAdExpirationSeconds", Value.of(value));
    }

    /**
     * Sets {@code RetrievedAdExpirationSeconds} to this value; see {@link
     * #retrievedAdExpirationSeconds(int)}.
     */
    public RecurringConsumption retrievedAdExpirationSeconds(Value<Integer> value) {
      return set("RetrievedAdExpirationSeconds", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.RecurringPrefetchConfiguration}. */
  public static final class RecurringPrefetchConfiguration extends Struct<RecurringPrefetchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PrefetchSchedule.RecurringPrefetchConfiguration")
        .required("EndTime", "RecurringConsumption", "RecurringRetrieval")
        .constrain("EndTime", Constraint.of().format("date-time"))
        .constrain("StartTime", Constraint.of().format("date-time"))
        .build();

    public RecurringPrefetchConfiguration() {
      super(SCHEMA);
    }

    /**
     * The end time for the window that MediaTailor prefetches and inserts ads in a live event, as
     * an ISO 8601 date-time.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code EndTime}.
     */
    public RecurringPrefetchConfiguration endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public RecurringPrefetchConfiguration endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /** Required. CloudFormation property {@code RecurringConsumption}. */
    public RecurringPrefetchConfiguration recurringConsumption(Value<RecurringConsumption> value) {
      return set("RecurringConsumption", value);
    }

    /** Required. CloudFormation property {@code RecurringRetrieval}. */
    public RecurringPrefetchConfiguration recurringRetrieval(Value<RecurringRetrieval> value) {
      return set("RecurringRetrieval", value);
    }

    /**
     * The start time for the window that MediaTailor prefetches and inserts ads in a live event, as
     * an ISO 8601 date-time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code StartTime}.
     */
    public RecurringPrefetchConfiguration startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public RecurringPrefetchConfiguration startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.RecurringRetrieval}. */
  public static final class RecurringRetrieval extends Struct<RecurringRetrieval> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PrefetchSchedule.RecurringRetrieval")
        .allowed("TrafficShapingType", "RETRIEVAL_WINDOW", "TPS")
        .build();

    public RecurringRetrieval() {
      super(SCHEMA);
    }

    /**
     * The number of seconds that MediaTailor waits after an ad avail before prefetching ads for the
     * next avail.
     *
     * <p>CloudFormation property {@code DelayAfterAvailEndSeconds}.
     */
    public RecurringRetrieval delayAfterAvailEndSeconds(int value) {
      return set("DelayAfterAvailEndSeconds", Value.of(value));
    }

    /**
     * Sets {@code DelayAfterAvailEndSeconds} to this value; see {@link
     * #delayAfterAvailEndSeconds(int)}.
     */
    public RecurringRetrieval delayAfterAvailEndSeconds(Value<Integer> value) {
      return set("DelayAfterAvailEndSeconds", value);
    }

    /**
     * The dynamic variables to use for substitution during prefetch requests to the ADS.
     *
     * <p>CloudFormation property {@code DynamicVariables}.
     */
    public RecurringRetrieval dynamicVariables(Map<String, String> value) {
      return set("DynamicVariables", Value.mapOf(value));
    }

    /** Sets {@code DynamicVariables} to this value; see {@link #dynamicVariables(Map)}. */
    public RecurringRetrieval dynamicVariables(Value<Map<String, String>> value) {
      return set("DynamicVariables", value);
    }

    /** CloudFormation property {@code TrafficShapingRetrievalWindow}. */
    public RecurringRetrieval trafficShapingRetrievalWindow(Value<TrafficShapingRetrievalWindow> value) {
      return set("TrafficShapingRetrievalWindow", value);
    }

    /** CloudFormation property {@code TrafficShapingTpsConfiguration}. */
    public RecurringRetrieval trafficShapingTpsConfiguration(Value<TrafficShapingTpsConfiguration> value) {
      return set("TrafficShapingTpsConfiguration", value);
    }

    /**
     * Indicates the type of traffic shaping used to limit the number of requests to the ADS at one
     * time.
     *
     * <p>Allowed values: {@code RETRIEVAL_WINDOW}, {@code TPS}. CloudFormation property {@code
     * TrafficShapingType}.
     */
    public RecurringRetrieval trafficShapingType(String value) {
      return set("TrafficShapingType", Value.of(value));
    }

    /** Sets {@code TrafficShapingType} to this value; see {@link #trafficShapingType(String)}. */
    public RecurringRetrieval trafficShapingType(Value<String> value) {
      return set("TrafficShapingType", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.TrafficShapingRetrievalWindow}. */
  public static final class TrafficShapingRetrievalWindow extends Struct<TrafficShapingRetrievalWindow> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PrefetchSchedule.TrafficShapingRetrievalWindow");

    public TrafficShapingRetrievalWindow() {
      super(SCHEMA);
    }

    /**
     * The amount of time, in seconds, that MediaTailor spreads prefetch requests to the ADS.
     *
     * <p>CloudFormation property {@code RetrievalWindowDurationSeconds}.
     */
    public TrafficShapingRetrievalWindow retrievalWindowDurationSeconds(int value) {
      return set("RetrievalWindowDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code RetrievalWindowDurationSeconds} to this value; see {@link
     * #retrievalWindowDurationSeconds(int)}.
     */
    public TrafficShapingRetrievalWindow retrievalWindowDurationSeconds(Value<Integer> value) {
      return set("RetrievalWindowDurationSeconds", value);
    }
  }

  /** Property type {@code AWS::MediaTailor::PrefetchSchedule.TrafficShapingTpsConfiguration}. */
  public static final class TrafficShapingTpsConfiguration extends Struct<TrafficShapingTpsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PrefetchSchedule.TrafficShapingTpsConfiguration");

    public TrafficShapingTpsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The expected peak number of concurrent viewers for your content.
     *
     * <p>CloudFormation property {@code PeakConcurrentUsers}.
     */
    public TrafficShapingTpsConfiguration peakConcurrentUsers(int value) {
      return set("PeakConcurrentUsers", Value.of(value));
    }

    /** Sets {@code PeakConcurrentUsers} to this value; see {@link #peakConcurrentUsers(int)}. */
    public TrafficShapingTpsConfiguration peakConcurrentUsers(Value<Integer> value) {
      return set("PeakConcurrentUsers", value);
    }

    /**
     * The maximum number of transactions per second (TPS) that your ad decision server (ADS) can
     * handle.
     *
     * <p>CloudFormation property {@code PeakTps}.
     */
    public TrafficShapingTpsConfiguration peakTps(int value) {
      return set("PeakTps", Value.of(value));
    }

    /** Sets {@code PeakTps} to this value; see {@link #peakTps(int)}. */
    public TrafficShapingTpsConfiguration peakTps(Value<Integer> value) {
      return set("PeakTps", value);
    }
  }
}
