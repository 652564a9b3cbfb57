// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transcribe;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::Transcribe::CallAnalyticsCategory
 *
 * <p>CloudFormation type {@code AWS::Transcribe::CallAnalyticsCategory}.
 */
public final class CallAnalyticsCategory extends Resource<CallAnalyticsCategory> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory")
      .required("CategoryName", "Rules")
      .constrain("CategoryName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
      .allowed("InputType", "REAL_TIME", "POST_CALL")
      .refYields("Arn")
      .attributes("Arn", "CreateTime", "LastUpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CallAnalyticsCategory(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique name, chosen by you, for your Call Analytics category.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[0-9a-zA-Z._-]+$}. CloudFormation property {@code CategoryName}.
   */
  public CallAnalyticsCategory categoryName(String value) {
    return set("CategoryName", Value.of(value));
  }

  /** Sets {@code CategoryName} to this value; see {@link #categoryName(String)}. */
  public CallAnalyticsCategory categoryName(Value<String> value) {
    return set("CategoryName", value);
  }

  /**
   * The input type associated with the specified category.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code REAL_TIME}, {@code POST_CALL}.
   * CloudFormation property {@code InputType}.
   */
  public CallAnalyticsCategory inputType(String value) {
    return set("InputType", Value.of(value));
  }

  /** Sets {@code InputType} to this value; see {@link #inputType(String)}. */
  public CallAnalyticsCategory inputType(Value<String> value) {
    return set("InputType", value);
  }

  /**
   * Rules define a Call Analytics category.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public CallAnalyticsCategory rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public CallAnalyticsCategory rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public CallAnalyticsCategory rules(Rule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * Tags associated with the Call Analytics category.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CallAnalyticsCategory tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CallAnalyticsCategory tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CallAnalyticsCategory tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Call Analytics category.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the Call Analytics category was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The date and time the Call Analytics category was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateTime}.
   */
  public Value<String> lastUpdateTime() {
    return getAtt("LastUpdateTime");
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.AbsoluteTimeRange}. */
  public static final class AbsoluteTimeRange extends Struct<AbsoluteTimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory.AbsoluteTimeRange")
        .constrain("EndTime", Constraint.of().minimum(0).maximum(14400000))
        .constrain("First", Constraint.of().minimum(0).maximum(14400000))
        .constrain("Last", Constraint.of().minimum(0).maximum(14400000))
        .constrain("StartTime", Constraint.of().minimum(0).maximum(14400000))
        .build();

    public AbsoluteTimeRange() {
      super(SCHEMA);
    }

    /** Range: 0 to 14400000. CloudFormation property {@code EndTime}. */
    public AbsoluteTimeRange endTime(int value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(int)}. */
    public AbsoluteTimeRange endTime(Value<Integer> value) {
      return set("EndTime", value);
    }

    /** Range: 0 to 14400000. CloudFormation property {@code First}. */
    public AbsoluteTimeRange first(int value) {
      return set("First", Value.of(value));
    }

    /** Sets {@code First} to this value; see {@link #first(int)}. */
    public AbsoluteTimeRange first(Value<Integer> value) {
      return set("First", value);
    }

    /** Range: 0 to 14400000. CloudFormation property {@code Last}. */
    public AbsoluteTimeRange last(int value) {
      return set("Last", Value.of(value));
    }

    /** Sets {@code Last} to this value; see {@link #last(int)}. */
    public AbsoluteTimeRange last(Value<Integer> value) {
      return set("Last", value);
    }

    /** Range: 0 to 14400000. CloudFormation property {@code StartTime}. */
    public AbsoluteTimeRange startTime(int value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(int)}. */
    public AbsoluteTimeRange startTime(Value<Integer> value) {
      return set("StartTime", value);
    }
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.InterruptionFilter}. */
  public static final class InterruptionFilter extends Struct<InterruptionFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory.InterruptionFilter")
        .allowed("ParticipantRole", "AGENT", "CUSTOMER")
        .constrain("Threshold", Constraint.of().minimum(0).maximum(14400000))
        .build();

    public InterruptionFilter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AbsoluteTimeRange}. */
    public InterruptionFilter absoluteTimeRange(Value<AbsoluteTimeRange> value) {
      return set("AbsoluteTimeRange", value);
    }

    /** CloudFormation property {@code Negate}. */
    public InterruptionFilter negate(boolean value) {
      return set("Negate", Value.of(value));
    }

    /** Sets {@code Negate} to this value; see {@link #negate(boolean)}. */
    public InterruptionFilter negate(Value<Boolean> value) {
      return set("Negate", value);
    }

    /**
     * Allowed values: {@code AGENT}, {@code CUSTOMER}. CloudFormation property {@code
     * ParticipantRole}.
     */
    public InterruptionFilter participantRole(String value) {
      return set("ParticipantRole", Value.of(value));
    }

    /** Sets {@code ParticipantRole} to this value; see {@link #participantRole(String)}. */
    public InterruptionFilter participantRole(Value<String> value) {
      return set("ParticipantRole", value);
    }

    /** CloudFormation property {@code RelativeTimeRange}. */
    public InterruptionFilter relativeTimeRange(Value<RelativeTimeRange> value) {
      return set("RelativeTimeRange", value);
    }

    /** Range: 0 to 14400000. CloudFormation property {@code Threshold}. */
    public InterruptionFilter threshold(int value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(int)}. */
    public InterruptionFilter threshold(Value<Integer> value) {
      return set("Threshold", value);
    }
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.NonTalkTimeFilter}. */
  public static final class NonTalkTimeFilter extends Struct<NonTalkTimeFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory.NonTalkTimeFilter")
        .constrain("Threshold", Constraint.of().minimum(0).maximum(14400000))
        .build();

    public NonTalkTimeFilter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AbsoluteTimeRange}. */
    public NonTalkTimeFilter absoluteTimeRange(Value<AbsoluteTimeRange> value) {
      return set("AbsoluteTimeRange", value);
    }

    /** CloudFormation property {@code Negate}. */
    public NonTalkTimeFilter negate(boolean value) {
      return set("Negate", Value.of(value));
    }

    /** Sets {@code Negate} to this value; see {@link #negate(boolean)}. */
    public NonTalkTimeFilter negate(Value<Boolean> value) {
      return set("Negate", value);
    }

    /** CloudFormation property {@code RelativeTimeRange}. */
    public NonTalkTimeFilter relativeTimeRange(Value<RelativeTimeRange> value) {
      return set("RelativeTimeRange", value);
    }

    /** Range: 0 to 14400000. CloudFormation property {@code Threshold}. */
    public NonTalkTimeFilter threshold(int value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(int)}. */
    public NonTalkTimeFilter threshold(Value<Integer> value) {
      return set("Threshold", value);
    }
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.RelativeTimeRange}. */
  public static final class RelativeTimeRange extends Struct<RelativeTimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory.RelativeTimeRange")
        .constrain("EndPercentage", Constraint.of().minimum(0).maximum(100))
        .constrain("First", Constraint.of().minimum(0).maximum(100))
        .constrain("Last", Constraint.of().minimum(0).maximum(100))
        .constrain("StartPercentage", Constraint.of().minimum(0).maximum(100))
        .build();

    public RelativeTimeRange() {
      super(SCHEMA);
    }

    /** Range: 0 to 100. CloudFormation property {@code EndPercentage}. */
    public RelativeTimeRange endPercentage(int value) {
      return set("EndPercentage", Value.of(value));
    }

    /** Sets {@code EndPercentage} to this value; see {@link #endPercentage(int)}. */
    public RelativeTimeRange endPercentage(Value<Integer> value) {
      return set("EndPercentage", value);
    }

    /** Range: 0 to 100. CloudFormation property {@code First}. */
    public RelativeTimeRange first(int value) {
      return set("First", Value.of(value));
    }

    /** Sets {@code First} to this value; see {@link #first(int)}. */
    public RelativeTimeRange first(Value<Integer> value) {
      return set("First", value);
    }

    /** Range: 0 to 100. CloudFormation property {@code Last}. */
    public RelativeTimeRange last(int value) {
      return set("Last", Value.of(value));
    }

    /** Sets {@code Last} to this value; see {@link #last(int)}. */
    public RelativeTimeRange last(Value<Integer> value) {
      return set("Last", value);
    }

    /** Range: 0 to 100. CloudFormation property {@code StartPercentage}. */
    public RelativeTimeRange startPercentage(int value) {
      return set("StartPercentage", Value.of(value));
    }

    /** Sets {@code StartPercentage} to this value; see {@link #startPercentage(int)}. */
    public RelativeTimeRange startPercentage(Value<Integer> value) {
      return set("StartPercentage", value);
    }
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.Rule}. */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.of("AWS::Transcribe::CallAnalyticsCategory.Rule");

    public Rule() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InterruptionFilter}. */
    public Rule interruptionFilter(Value<InterruptionFilter> value) {
      return set("InterruptionFilter", value);
    }

    /** CloudFormation property {@code NonTalkTimeFilter}. */
    public Rule nonTalkTimeFilter(Value<NonTalkTimeFilter> value) {
      return set("NonTalkTimeFilter", value);
    }

    /** CloudFormation property {@code SentimentFilter}. */
    public Rule sentimentFilter(Value<SentimentFilter> value) {
      return set("SentimentFilter", value);
    }

    /** CloudFormation property {@code TranscriptFilter}. */
    public Rule transcriptFilter(Value<TranscriptFilter> value) {
      return set("TranscriptFilter", value);
    }
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.SentimentFilter}. */
  public static final class SentimentFilter extends Struct<SentimentFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory.SentimentFilter")
        .required("Sentiments")
        .allowed("ParticipantRole", "AGENT", "CUSTOMER")
        .allowed("Sentiments", "POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED")
        .build();

    public SentimentFilter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AbsoluteTimeRange}. */
    public SentimentFilter absoluteTimeRange(Value<AbsoluteTimeRange> value) {
      return set("AbsoluteTimeRange", value);
    }

    /** CloudFormation property {@code Negate}. */
    public SentimentFilter negate(boolean value) {
      return set("Negate", Value.of(value));
    }

    /** Sets {@code Negate} to this value; see {@link #negate(boolean)}. */
    public SentimentFilter negate(Value<Boolean> value) {
      return set("Negate", value);
    }

    /**
     * Allowed values: {@code AGENT}, {@code CUSTOMER}. CloudFormation property {@code
     * ParticipantRole}.
     */
    public SentimentFilter participantRole(String value) {
      return set("ParticipantRole", Value.of(value));
    }

    /** Sets {@code ParticipantRole} to this value; see {@link #participantRole(String)}. */
    public SentimentFilter participantRole(Value<String> value) {
      return set("ParticipantRole", value);
    }

    /** CloudFormation property {@code RelativeTimeRange}. */
    public SentimentFilter relativeTimeRange(Value<RelativeTimeRange> value) {
      return set("RelativeTimeRange", value);
    }

    /**
     * Required. Allowed values: {@code POSITIVE}, {@code NEGATIVE}, {@code NEUTRAL}, {@code MIXED}.
     * CloudFormation property {@code Sentiments}.
     */
    public SentimentFilter sentiments(List<String> value) {
      return set("Sentiments", Value.listOf(value));
    }

    /** Sets {@code Sentiments} to this value; see {@link #sentiments(List)}. */
    public SentimentFilter sentiments(Value<List<String>> value) {
      return set("Sentiments", value);
    }
  }

  /** Property type {@code AWS::Transcribe::CallAnalyticsCategory.TranscriptFilter}. */
  public static final class TranscriptFilter extends Struct<TranscriptFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::CallAnalyticsCategory.TranscriptFilter")
        .required("Targets", "TranscriptFilterType")
        .allowed("ParticipantRole", "AGENT", "CUSTOMER")
        .constrain("Targets", Constraint.of().minLength(1).maxLength(2000))
        .allowed("TranscriptFilterType", "EXACT")
        .build();

    public TranscriptFilter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AbsoluteTimeRange}. */
    public TranscriptFilter absoluteTimeRange(Value<AbsoluteTimeRange> value) {
      return set("AbsoluteTimeRange", value);
    }

    /** CloudFormation property {@code Negate}. */
    public TranscriptFilter negate(boolean value) {
      return set("Negate", Value.of(value));
    }

    /** Sets {@code Negate} to this value; see {@link #negate(boolean)}. */
    public TranscriptFilter negate(Value<Boolean> value) {
      return set("Negate", value);
    }

    /**
     * Allowed values: {@code AGENT}, {@code CUSTOMER}. CloudFormation property {@code
     * ParticipantRole}.
     */
    public TranscriptFilter participantRole(String value) {
      return set("ParticipantRole", Value.of(value));
    }

    /** Sets {@code ParticipantRole} to this value; see {@link #participantRole(String)}. */
    public TranscriptFilter participantRole(Value<String> value) {
      return set("ParticipantRole", value);
    }

    /** CloudFormation property {@code RelativeTimeRange}. */
    public TranscriptFilter relativeTimeRange(Value<RelativeTimeRange> value) {
      return set("RelativeTimeRange", value);
    }

    /** Required. Length: 1 to 2000 characters. CloudFormation property {@code Targets}. */
    public TranscriptFilter targets(List<String> value) {
      return set("Targets", Value.listOf(value));
    }

    /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
    public TranscriptFilter targets(Value<List<String>> value) {
      return set("Targets", value);
    }

    /**
     * Required. Allowed values: {@code EXACT}. CloudFormation property {@code
     * TranscriptFilterType}.
     */
    public TranscriptFilter transcriptFilterType(String value) {
      return set("TranscriptFilterType", Value.of(value));
    }

    /**
     * Sets {@code TranscriptFilterType} to this value; see {@link #transcriptFilterType(String)}.
     */
    public TranscriptFilter transcriptFilterType(Value<String> value) {
      return set("TranscriptFilterType", value);
    }
  }
}
