// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::CustomerProfiles::Recommender
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::Recommender}.
 */
public final class Recommender extends Resource<Recommender> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Recommender")
      .required("DomainName", "RecommenderName", "RecommenderRecipeName")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("RecommenderName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .allowed("RecommenderRecipeName", "frequently-paired-items", "personalized-ranking",
          "popular-items", "recommended-for-you", "similar-items", "trending-now")
      .constrain("RecommenderRecipeName", Constraint.of().minLength(1).maxLength(255))
      .attributes("CreatedAt", "FailureReason", "LastUpdatedAt", "LatestRecommenderUpdate",
          "RecommenderArn", "Status", "TrainingMetrics")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Recommender(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the recommender.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public Recommender description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Recommender description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the domain for which the recommender will be created
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public Recommender domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Recommender domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Configuration for the recommender
   *
   * <p>CloudFormation property {@code RecommenderConfig}.
   */
  public Recommender recommenderConfig(Value<RecommenderConfig> value) {
    return set("RecommenderConfig", value);
  }

  /**
   * The name of the recommender
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code RecommenderName}.
   */
  public Recommender recommenderName(String value) {
    return set("RecommenderName", Value.of(value));
  }

  /** Sets {@code RecommenderName} to this value; see {@link #recommenderName(String)}. */
  public Recommender recommenderName(Value<String> value) {
    return set("RecommenderName", value);
  }

  /**
   * The name of the recommender recipe.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * frequently-paired-items}, {@code personalized-ranking}, {@code popular-items}, {@code
   * recommended-for-you}, {@code similar-items}, {@code trending-now}. Length: 1 to 255 characters.
   * CloudFormation property {@code RecommenderRecipeName}.
   */
  public Recommender recommenderRecipeName(String value) {
    return set("RecommenderRecipeName", Value.of(value));
  }

  /**
   * Sets {@code RecommenderRecipeName} to this value; see {@link #recommenderRecipeName(String)}.
   */
  public Recommender recommenderRecipeName(Value<String> value) {
    return set("RecommenderRecipeName", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Recommender tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Recommender tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Recommender tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp of when the recommender was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The reason for recommender failure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The timestamp of when the recommender was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * Information about the latest recommender update
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestRecommenderUpdate}.
   */
  public Value<RecommenderUpdate> latestRecommenderUpdate() {
    return getAtt("LatestRecommenderUpdate");
  }

  /**
   * The Amazon Resource Name (ARN) of the recommender.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RecommenderArn}.
   */
  public Value<String> recommenderArn() {
    return getAtt("RecommenderArn");
  }

  /**
   * The status of the recommender
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code TrainingMetrics}. */
  public Value<List<TrainingMetrics>> trainingMetrics() {
    return getAtt("TrainingMetrics");
  }

  /**
   * Event parameters with type and value threshold
   *
   * <p>Property type {@code AWS::CustomerProfiles::Recommender.EventParameters}.
   */
  public static final class EventParameters extends Struct<EventParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Recommender.EventParameters")
        .required("EventType")
        .constrain("EventType", Constraint.of().minLength(1).maxLength(255))
        .build();

    public EventParameters() {
      super(SCHEMA);
    }

    /**
     * The type of event
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code EventType}.
     */
    public EventParameters eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public EventParameters eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * The threshold of the event type. Only events with a value greater or equal to this threshold
     * will be considered for solution creation.
     *
     * <p>CloudFormation property {@code EventValueThreshold}.
     */
    public EventParameters eventValueThreshold(double value) {
      return set("EventValueThreshold", Value.of(value));
    }

    /** Sets {@code EventValueThreshold} to this value; see {@link #eventValueThreshold(double)}. */
    public EventParameters eventValueThreshold(Value<Double> value) {
      return set("EventValueThreshold", value);
    }
  }

  /**
   * Configuration for events used in the recommender
   *
   * <p>Property type {@code AWS::CustomerProfiles::Recommender.EventsConfig}.
   */
  public static final class EventsConfig extends Struct<EventsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Recommender.EventsConfig")
        .required("EventParametersList")
        .build();

    public EventsConfig() {
      super(SCHEMA);
    }

    /**
     * List of event parameters with their value thresholds
     *
     * <p>Required. CloudFormation property {@code EventParametersList}.
     */
    public EventsConfig eventParametersList(List<EventParameters> value) {
      return set("EventParametersList", Value.listOf(value));
    }

    /** Sets {@code EventParametersList} to this value; see {@link #eventParametersList(List)}. */
    public EventsConfig eventParametersList(Value<List<EventParameters>> value) {
      return set("EventParametersList", value);
    }

    /**
     * Sets {@code EventParametersList} to a list of these; see {@link #eventParametersList(List)}.
     */
    public EventsConfig eventParametersList(EventParameters... values) {
      return set("EventParametersList", Value.list(values));
    }
  }

  /**
   * Training metrics by type
   *
   * <p>Property type {@code AWS::CustomerProfiles::Recommender.Metrics}.
   */
  public static final class Metrics extends Struct<Metrics> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Recommender.Metrics");

    public Metrics() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code coverage}. */
    public Metrics coverage(double value) {
      return set("coverage", Value.of(value));
    }

    /** Sets {@code coverage} to this value; see {@link #coverage(double)}. */
    public Metrics coverage(Value<Double> value) {
      return set("coverage", value);
    }

    /** CloudFormation property {@code freshness}. */
    public Metrics freshness(double value) {
      return set("freshness", Value.of(value));
    }

    /** Sets {@code freshness} to this value; see {@link #freshness(double)}. */
    public Metrics freshness(Value<Double> value) {
      return set("freshness", value);
    }

    /** CloudFormation property {@code hit}. */
    public Metrics hit(double value) {
      return set("hit", Value.of(value));
    }

    /** Sets {@code hit} to this value; see {@link #hit(double)}. */
    public Metrics hit(Value<Double> value) {
      return set("hit", value);
    }

    /** CloudFormation property {@code popularity}. */
    public Metrics popularity(double value) {
      return set("popularity", Value.of(value));
    }

    /** Sets {@code popularity} to this value; see {@link #popularity(double)}. */
    public Metrics popularity(Value<Double> value) {
      return set("popularity", value);
    }

    /** CloudFormation property {@code recall}. */
    public Metrics recall(double value) {
      return set("recall", Value.of(value));
    }

    /** Sets {@code recall} to this value; see {@link #recall(double)}. */
    public Metrics recall(Value<Double> value) {
      return set("recall", value);
    }

    /** CloudFormation property {@code similarity}. */
    public Metrics similarity(double value) {
      return set("similarity", Value.of(value));
    }

    /** Sets {@code similarity} to this value; see {@link #similarity(double)}. */
    public Metrics similarity(Value<Double> value) {
      return set("similarity", value);
    }
  }

  /**
   * Configuration for the recommender
   *
   * <p>Property type {@code AWS::CustomerProfiles::Recommender.RecommenderConfig}.
   */
  public static final class RecommenderConfig extends Struct<RecommenderConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Recommender.RecommenderConfig");

    public RecommenderConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration for events used in the recommender
     *
     * <p>CloudFormation property {@code EventsConfig}.
     */
    public RecommenderConfig eventsConfig(Value<EventsConfig> value) {
      return set("EventsConfig", value);
    }
  }

  /**
   * Information about the latest recommender update
   *
   * <p>Property type {@code AWS::CustomerProfiles::Recommender.RecommenderUpdate}.
   */
  public static final class RecommenderUpdate extends Struct<RecommenderUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Recommender.RecommenderUpdate")
        .allowed("Status", "PENDING", "IN_PROGRESS", "STOPPING", "STARTING", "ACTIVE", "INACTIVE",
            "FAILED", "DELETING")
        .build();

    public RecommenderUpdate() {
      super(SCHEMA);
    }

    /**
     * The timestamp of when the update was created
     *
     * <p>CloudFormation property {@code CreationDateTime}.
     */
    public RecommenderUpdate creationDateTime(String value) {
      return set("CreationDateTime", Value.of(value));
    }

    /** Sets {@code CreationDateTime} to this value; see {@link #creationDateTime(String)}. */
    public RecommenderUpdate creationDateTime(Value<String> value) {
      return set("CreationDateTime", value);
    }

    /**
     * The reason for update failure
     *
     * <p>CloudFormation property {@code FailureReason}.
     */
    public RecommenderUpdate failureReason(String value) {
      return set("FailureReason", Value.of(value));
    }

    /** Sets {@code FailureReason} to this value; see {@link #failureReason(String)}. */
    public RecommenderUpdate failureReason(Value<String> value) {
      return set("FailureReason", value);
    }

    /**
     * The timestamp of when the update was last modified
     *
     * <p>CloudFormation property {@code LastUpdatedDateTime}.
     */
    public RecommenderUpdate lastUpdatedDateTime(String value) {
      return set("LastUpdatedDateTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedDateTime} to this value; see {@link #lastUpdatedDateTime(String)}. */
    public RecommenderUpdate lastUpdatedDateTime(Value<String> value) {
      return set("LastUpdatedDateTime", value);
    }

    /**
     * Configuration for the recommender
     *
     * <p>CloudFormation property {@code RecommenderConfig}.
     */
    public RecommenderUpdate recommenderConfig(Value<RecommenderConfig> value) {
      return set("RecommenderConfig", value);
    }

    /**
     * The status of the recommender
     *
     * <p>Allowed values: {@code PENDING}, {@code IN_PROGRESS}, {@code STOPPING}, {@code STARTING},
     * {@code ACTIVE}, {@code INACTIVE}, {@code FAILED}, {@code DELETING}. CloudFormation property
     * {@code Status}.
     */
    public RecommenderUpdate status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RecommenderUpdate status(Value<String> value) {
      return set("Status", value);
    }
  }

  /** Property type {@code AWS::CustomerProfiles::Recommender.TrainingMetrics}. */
  public static final class TrainingMetrics extends Struct<TrainingMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Recommender.TrainingMetrics");

    public TrainingMetrics() {
      super(SCHEMA);
    }

    /**
     * Training metrics by type
     *
     * <p>CloudFormation property {@code Metrics}.
     */
    public TrainingMetrics metrics(Value<Metrics> value) {
      return set("Metrics", value);
    }

    /**
     * Timestamp of the training metrics
     *
     * <p>CloudFormation property {@code Time}.
     */
    public TrainingMetrics time(String value) {
      return set("Time", Value.of(value));
    }

    /** Sets {@code Time} to this value; see {@link #time(String)}. */
    public TrainingMetrics time(Value<String> value) {
      return set("Time", value);
    }
  }
}
