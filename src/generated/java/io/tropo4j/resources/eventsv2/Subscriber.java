// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventsv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::EventsV2::Subscriber, an Amazon EventBridge subscription that
 * delivers events from an event bus to a target. Canonical identity is the combination of bus,
 * name, and target. Replacement uses delete_then_create.
 *
 * <p>CloudFormation type {@code AWS::EventsV2::Subscriber}.
 */
public final class Subscriber extends Resource<Subscriber> {
  private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber")
      .required("EventBusArn", "Name")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*(?![\\s\\S])").maxLength(512))
      .constrain("EventBusArn", Constraint.of().pattern("^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2\\/[A-Za-z0-9][\\.\\-_A-Za-z0-9]{0,255}\\/[a-z0-9]{25}$").minLength(1).maxLength(1011))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][\\.\\-_A-Za-z0-9]*$").minLength(1).maxLength(256))
      .allowed("ResumePosition", "LAST_PROCESSED", "LATEST")
      .allowed("StartingPosition", "LATEST", "POINT_IN_TIME")
      .allowed("State", "RUNNING", "STOPPED")
      .allowed("Type", "FIFO", "UNORDERED")
      .refYields("SubscriberArn")
      .attributes("BusName", "CreationTime", "LastModifiedTime", "SubscriberArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Subscriber(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration for batching events into a single delivery.
   *
   * <p>CloudFormation property {@code BatchConfiguration}.
   */
  public Subscriber batchConfiguration(Value<BatchConfiguration> value) {
    return set("BatchConfiguration", value);
  }

  /**
   * A description of the subscriber. Control characters and Unicode line separators are not
   * allowed.
   *
   * <p>Length: at most 512 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F-&#92;u009F&#92;u2028&#92;u2029]*(?![&#92;s&#92;S])}.
   * CloudFormation property {@code Description}.
   */
  public Subscriber description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Subscriber description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the event bus this subscriber belongs to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1011 characters. Pattern: {@code
   * ^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2&#92;/[A-Za-z0-9][&#92;.&#92;-_A-Za-z0-9]{0,255}&#92;/[a-z0-9]{25}$}.
   * CloudFormation property {@code EventBusArn}.
   */
  public Subscriber eventBusArn(String value) {
    return set("EventBusArn", Value.of(value));
  }

  /** Sets {@code EventBusArn} to this value; see {@link #eventBusArn(String)}. */
  public Subscriber eventBusArn(Value<String> value) {
    return set("EventBusArn", value);
  }

  /**
   * Configuration for filtering which events are delivered to the target. An event must match every
   * filter to be delivered.
   *
   * <p>CloudFormation property {@code FilterConfiguration}.
   */
  public Subscriber filterConfiguration(Value<FilterConfiguration> value) {
    return set("FilterConfiguration", value);
  }

  /**
   * Delivery logging configuration.
   *
   * <p>CloudFormation property {@code LogConfiguration}.
   */
  public Subscriber logConfiguration(Value<LogConfiguration> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The name of the subscriber. The first character must be alphanumeric; the remaining characters
   * may also include '.', '-', and '_'.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9][&#92;.&#92;-_A-Za-z0-9]*$}. CloudFormation property {@code Name}.
   */
  public Subscriber name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Subscriber name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The destination for events that could not be delivered.
   *
   * <p>CloudFormation property {@code OnFailureConfiguration}.
   */
  public Subscriber onFailureConfiguration(Value<OnFailureConfiguration> value) {
    return set("OnFailureConfiguration", value);
  }

  /**
   * The point in time to start delivering events from, used when StartingPosition is POINT_IN_TIME.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PointInTimeConfiguration}.
   */
  public Subscriber pointInTimeConfiguration(Value<PointInTimeConfiguration> value) {
    return set("PointInTimeConfiguration", value);
  }

  /**
   * Resume-time control, never returned by the service. Applied only when an update transitions
   * State from STOPPED to RUNNING: LAST_PROCESSED (default) resumes from the last processed event,
   * LATEST skips to the newest. Ignored on create and on any update that does not perform that
   * transition.
   *
   * <p>Allowed values: {@code LAST_PROCESSED}, {@code LATEST}. CloudFormation property {@code
   * ResumePosition}.
   */
  public Subscriber resumePosition(String value) {
    return set("ResumePosition", Value.of(value));
  }

  /** Sets {@code ResumePosition} to this value; see {@link #resumePosition(String)}. */
  public Subscriber resumePosition(Value<String> value) {
    return set("ResumePosition", value);
  }

  /**
   * The retry policy for failed deliveries.
   *
   * <p>CloudFormation property {@code RetryPolicy}.
   */
  public Subscriber retryPolicy(Value<RetryPolicy> value) {
    return set("RetryPolicy", value);
  }

  /**
   * Where the subscriber starts reading events: LATEST starts from the newest events; POINT_IN_TIME
   * starts from the point specified in PointInTimeConfiguration.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code LATEST}, {@code POINT_IN_TIME}.
   * CloudFormation property {@code StartingPosition}.
   */
  public Subscriber startingPosition(String value) {
    return set("StartingPosition", Value.of(value));
  }

  /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
  public Subscriber startingPosition(Value<String> value) {
    return set("StartingPosition", value);
  }

  /**
   * The run state of the subscriber. Events are delivered only while the state is RUNNING. Setting
   * the state to STOPPED pauses delivery. When an update sets a stopped subscriber back to RUNNING,
   * ResumePosition controls where delivery resumes.
   *
   * <p>Allowed values: {@code RUNNING}, {@code STOPPED}. CloudFormation property {@code State}.
   */
  public Subscriber state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public Subscriber state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags assigned to the subscriber.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Subscriber tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Subscriber tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Subscriber tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration for transforming events before delivery: the raw payload, the payload with its
   * metadata envelope, or the output of a JSONata expression.
   *
   * <p>CloudFormation property {@code Transformer}.
   */
  public Subscriber transformer(Value<Transformer> value) {
    return set("Transformer", value);
  }

  /**
   * The delivery ordering mode of the subscriber. FIFO delivers events in order within an event
   * group; UNORDERED delivers without an ordering guarantee.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code FIFO}, {@code UNORDERED}.
   * CloudFormation property {@code Type}.
   */
  public Subscriber typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Subscriber typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The name of the event bus this subscriber belongs to. This property is read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BusName}.
   */
  public Value<String> busName() {
    return getAtt("BusName");
  }

  /**
   * Creation timestamp (ISO-8601), read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Last-modification timestamp (ISO-8601), read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the subscriber.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscriberArn}.
   */
  public Value<String> subscriberArn() {
    return getAtt("SubscriberArn");
  }

  /**
   * Configuration for batching events into a single delivery.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.BatchConfiguration}.
   */
  public static final class BatchConfiguration extends Struct<BatchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.BatchConfiguration")
        .constrain("MaxBatchSize", Constraint.of().minimum(1).maximum(500))
        .constrain("MaxBatchWindowInSeconds", Constraint.of().minimum(0).maximum(300))
        .build();

    public BatchConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of events in a single batch delivered to the target. The maximum depends
     * on the target: 500 for Kinesis Data Streams and Amazon Data Firehose, 100 for Lambda, Step
     * Functions, and AWS::EventsV2::EventBus targets, 10 for Amazon SQS, Amazon SNS, and
     * AWS::Events::EventBus targets, and 1 for API Gateway, API destinations, and universal service
     * integration targets. The service rejects a value above the target's maximum. Fewer events may
     * be delivered when the batch window elapses. When omitted, the default is 10 for Lambda and
     * Step Functions targets and the target's maximum for other targets. The resolved value applied
     * by the service is returned on read.
     *
     * <p>Range: 1 to 500. CloudFormation property {@code MaxBatchSize}.
     */
    public BatchConfiguration maxBatchSize(int value) {
      return set("MaxBatchSize", Value.of(value));
    }

    /** Sets {@code MaxBatchSize} to this value; see {@link #maxBatchSize(int)}. */
    public BatchConfiguration maxBatchSize(Value<Integer> value) {
      return set("MaxBatchSize", value);
    }

    /**
     * The maximum time in seconds to wait for a batch to fill before delivering it, 0-300. The
     * default is 0 (no wait). The resolved value applied by the service is returned on read.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code MaxBatchWindowInSeconds}.
     */
    public BatchConfiguration maxBatchWindowInSeconds(int value) {
      return set("MaxBatchWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaxBatchWindowInSeconds} to this value; see {@link
     * #maxBatchWindowInSeconds(int)}.
     */
    public BatchConfiguration maxBatchWindowInSeconds(Value<Integer> value) {
      return set("MaxBatchWindowInSeconds", value);
    }
  }

  /**
   * A single filter entry: an event pattern and the scope of the event it is evaluated against.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.Filter")
        .required("Pattern", "Scope")
        .constrain("Pattern", Constraint.of().maxLength(4096))
        .allowed("Scope", "DATA", "METADATA", "SYSTEM_METADATA")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * The event pattern, as a JSON string.
     *
     * <p>Required. Length: at most 4096 characters. CloudFormation property {@code Pattern}.
     */
    public Filter pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public Filter pattern(Value<String> value) {
      return set("Pattern", value);
    }

    /**
     * Which part of the event the pattern is evaluated against: DATA (the event payload), METADATA
     * (event metadata), or SYSTEM_METADATA (service-generated metadata).
     *
     * <p>Required. Allowed values: {@code DATA}, {@code METADATA}, {@code SYSTEM_METADATA}.
     * CloudFormation property {@code Scope}.
     */
    public Filter scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public Filter scope(Value<String> value) {
      return set("Scope", value);
    }
  }

  /**
   * Configuration for filtering which events are delivered to the target. An event must match every
   * filter to be delivered.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.FilterConfiguration}.
   */
  public static final class FilterConfiguration extends Struct<FilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.FilterConfiguration")
        .required("Filters")
        .allowed("Language", "EVENT_BRIDGE_PATTERN")
        .build();

    public FilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of filters, 1-50 entries. An event must match every filter to be delivered.
     *
     * <p>Required. CloudFormation property {@code Filters}.
     */
    public FilterConfiguration filters(List<Filter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public FilterConfiguration filters(Value<List<Filter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public FilterConfiguration filters(Filter... values) {
      return set("Filters", Value.list(values));
    }

    /**
     * The filter language. The default is EVENT_BRIDGE_PATTERN.
     *
     * <p>Allowed values: {@code EVENT_BRIDGE_PATTERN}. CloudFormation property {@code Language}.
     */
    public FilterConfiguration language(String value) {
      return set("Language", Value.of(value));
    }

    /** Sets {@code Language} to this value; see {@link #language(String)}. */
    public FilterConfiguration language(Value<String> value) {
      return set("Language", value);
    }
  }

  /**
   * JSONata transform settings.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.JsonataConfiguration}.
   */
  public static final class JsonataConfiguration extends Struct<JsonataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.JsonataConfiguration")
        .required("Expression")
        .constrain("Expression", Constraint.of().pattern("^\\{%[\\s\\S]+?%\\}(?![\\s\\S])").minLength(1).maxLength(8192))
        .build();

    public JsonataConfiguration() {
      super(SCHEMA);
    }

    /**
     * The JSONata expression that transforms the event, enclosed in {% %} delimiters.
     *
     * <p>Required. Length: 1 to 8192 characters. Pattern: {@code
     * ^&#92;{%[&#92;s&#92;S]+?%&#92;}(?![&#92;s&#92;S])}. CloudFormation property {@code
     * Expression}.
     */
    public JsonataConfiguration expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public JsonataConfiguration expression(Value<String> value) {
      return set("Expression", value);
    }
  }

  /**
   * Delivery logging configuration.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.LogConfiguration")
        .allowed("IncludePayload", "FULL", "ON_ERROR_ONLY")
        .allowed("Level", "OFF", "ERROR", "INFO")
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether the event payload is included in emitted log records: FULL includes it in every
     * emitted record, and ON_ERROR_ONLY includes it only in error records. The default is
     * ON_ERROR_ONLY.
     *
     * <p>Allowed values: {@code FULL}, {@code ON_ERROR_ONLY}. CloudFormation property {@code
     * IncludePayload}.
     */
    public LogConfiguration includePayload(String value) {
      return set("IncludePayload", Value.of(value));
    }

    /** Sets {@code IncludePayload} to this value; see {@link #includePayload(String)}. */
    public LogConfiguration includePayload(Value<String> value) {
      return set("IncludePayload", value);
    }

    /**
     * The minimum log level: OFF (no logging), ERROR, or INFO. Records below this level are not
     * emitted. The default is OFF.
     *
     * <p>Allowed values: {@code OFF}, {@code ERROR}, {@code INFO}. CloudFormation property {@code
     * Level}.
     */
    public LogConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public LogConfiguration level(Value<String> value) {
      return set("Level", value);
    }
  }

  /**
   * The destination for events that could not be delivered.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.OnFailureConfiguration}.
   */
  public static final class OnFailureConfiguration extends Struct<OnFailureConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.OnFailureConfiguration")
        .constrain("Arn", Constraint.of().pattern("^arn:aws(-[a-z0-9]+)*:sqs:[a-z][a-z0-9]*(-[a-z0-9]+)*:[0-9]{12}:([A-Za-z0-9_-]{1,80}|[A-Za-z0-9_-]{1,75}\\.fifo)$").minLength(1).maxLength(1600))
        .build();

    public OnFailureConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the destination that receives events that could not be delivered. An Amazon SQS
     * queue is the supported destination.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-[a-z0-9]+)*:sqs:[a-z][a-z0-9]*(-[a-z0-9]+)*:[0-9]{12}:([A-Za-z0-9_-]{1,80}|[A-Za-z0-9_-]{1,75}&#92;.fifo)$}.
     * CloudFormation property {@code Arn}.
     */
    public OnFailureConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public OnFailureConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The point in time to start delivering events from, used when StartingPosition is POINT_IN_TIME.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.PointInTimeConfiguration}.
   */
  public static final class PointInTimeConfiguration extends Struct<PointInTimeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.PointInTimeConfiguration")
        .required("PointType")
        .constrain("EndPoint", Constraint.of().format("int64"))
        .allowed("PointType", "HORIZON", "TIMESTAMP")
        .constrain("StartingPoint", Constraint.of().format("int64"))
        .build();

    public PointInTimeConfiguration() {
      super(SCHEMA);
    }

    /**
     * An optional time to stop delivering events at, in seconds since the Unix epoch.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code EndPoint}.
     */
    public PointInTimeConfiguration endPoint(int value) {
      return set("EndPoint", Value.of(value));
    }

    /** Sets {@code EndPoint} to this value; see {@link #endPoint(int)}. */
    public PointInTimeConfiguration endPoint(Value<Integer> value) {
      return set("EndPoint", value);
    }

    /**
     * Where to start: HORIZON starts from the earliest available event; TIMESTAMP starts from the
     * StartingPoint timestamp.
     *
     * <p>Required. Allowed values: {@code HORIZON}, {@code TIMESTAMP}. CloudFormation property
     * {@code PointType}.
     */
    public PointInTimeConfiguration pointType(String value) {
      return set("PointType", Value.of(value));
    }

    /** Sets {@code PointType} to this value; see {@link #pointType(String)}. */
    public PointInTimeConfiguration pointType(Value<String> value) {
      return set("PointType", value);
    }

    /**
     * The time to start delivering events from, in seconds since the Unix epoch. Required when
     * PointType is TIMESTAMP.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code StartingPoint}.
     */
    public PointInTimeConfiguration startingPoint(int value) {
      return set("StartingPoint", Value.of(value));
    }

    /** Sets {@code StartingPoint} to this value; see {@link #startingPoint(int)}. */
    public PointInTimeConfiguration startingPoint(Value<Integer> value) {
      return set("StartingPoint", value);
    }
  }

  /**
   * The retry policy for failed deliveries.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.RetryPolicy}.
   */
  public static final class RetryPolicy extends Struct<RetryPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.RetryPolicy")
        .constrain("MaxEventAgeInSeconds", Constraint.of().minimum(60).maximum(86400))
        .constrain("MaxRetryAttempts", Constraint.of().minimum(0).maximum(185))
        .allowed("RetryStrategy", "ALL")
        .build();

    public RetryPolicy() {
      super(SCHEMA);
    }

    /**
     * The maximum age of an event in seconds, 60-86400 (24 hours). When an event reaches this age,
     * retries stop; if OnFailureConfiguration is set, the event is delivered to that destination,
     * otherwise it is dropped. The default is 300.
     *
     * <p>Range: 60 to 86400. CloudFormation property {@code MaxEventAgeInSeconds}.
     */
    public RetryPolicy maxEventAgeInSeconds(int value) {
      return set("MaxEventAgeInSeconds", Value.of(value));
    }

    /** Sets {@code MaxEventAgeInSeconds} to this value; see {@link #maxEventAgeInSeconds(int)}. */
    public RetryPolicy maxEventAgeInSeconds(Value<Integer> value) {
      return set("MaxEventAgeInSeconds", value);
    }

    /**
     * The maximum number of retry attempts, 0-185. When the attempts are exhausted, retries stop;
     * if OnFailureConfiguration is set, the event is delivered to that destination, otherwise it is
     * dropped. The default is 5.
     *
     * <p>Range: 0 to 185. CloudFormation property {@code MaxRetryAttempts}.
     */
    public RetryPolicy maxRetryAttempts(int value) {
      return set("MaxRetryAttempts", Value.of(value));
    }

    /** Sets {@code MaxRetryAttempts} to this value; see {@link #maxRetryAttempts(int)}. */
    public RetryPolicy maxRetryAttempts(Value<Integer> value) {
      return set("MaxRetryAttempts", value);
    }

    /**
     * Which errors are retried. ALL retries all errors. The default is ALL.
     *
     * <p>Allowed values: {@code ALL}. CloudFormation property {@code RetryStrategy}.
     */
    public RetryPolicy retryStrategy(String value) {
      return set("RetryStrategy", Value.of(value));
    }

    /** Sets {@code RetryStrategy} to this value; see {@link #retryStrategy(String)}. */
    public RetryPolicy retryStrategy(Value<String> value) {
      return set("RetryStrategy", value);
    }
  }

  /**
   * Configuration for transforming events before delivery: the raw payload, the payload with its
   * metadata envelope, or the output of a JSONata expression.
   *
   * <p>Property type {@code AWS::EventsV2::Subscriber.Transformer}.
   */
  public static final class Transformer extends Struct<Transformer> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::Subscriber.Transformer")
        .allowed("Type", "RAW", "WITH_METADATA", "JSONATA")
        .build();

    public Transformer() {
      super(SCHEMA);
    }

    /**
     * JSONata transform settings.
     *
     * <p>CloudFormation property {@code JsonataConfiguration}.
     */
    public Transformer jsonataConfiguration(Value<JsonataConfiguration> value) {
      return set("JsonataConfiguration", value);
    }

    /**
     * The transform type: RAW delivers the event payload only; WITH_METADATA delivers the event
     * with its metadata envelope; JSONATA delivers the output of the JSONata expression in
     * JsonataConfiguration.
     *
     * <p>Allowed values: {@code RAW}, {@code WITH_METADATA}, {@code JSONATA}. CloudFormation
     * property {@code Type}.
     */
    public Transformer type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Transformer type(Value<String> value) {
      return set("Type", value);
    }
  }
}
