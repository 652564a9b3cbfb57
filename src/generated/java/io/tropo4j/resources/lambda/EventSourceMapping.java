// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.GlobalTable;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.kinesis.Stream;
import io.tropo4j.resources.msk.Cluster;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;

/**
 * The <code>AWS::Lambda::EventSourceMapping</code> resource creates a mapping between an event
 * source and an AWS Lambda function. Lambda reads items from the event source and triggers the
 * function.
 *
 * <p>For details about each event source type, see the following topics. In particular, each of the
 * topics describes the required and optional parameters for the specific event source.
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-dynamodb-eventsourcemapping">Configuring
 * a Dynamo DB stream as an event source</a> <li><a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-eventsourcemapping">Configuring
 * a Kinesis stream as an event source</a> <li><a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-eventsource">Configuring
 * an SQS queue as an event source</a> <li><a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-eventsourcemapping">Configuring
 * an MQ broker as an event source</a> <li><a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html">Configuring MSK as an event
 * source</a> <li><a href="https://docs.aws.amazon.com/lambda/latest/dg/kafka-smaa.html">Configuring
 * Self-Managed Apache Kafka as an event source</a> <li><a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html">Configuring Amazon
 * DocumentDB as an event source</a> </ul>
 *
 * <p>CloudFormation type {@code AWS::Lambda::EventSourceMapping}.
 */
public final class EventSourceMapping extends Resource<EventSourceMapping> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping")
      .required("FunctionName")
      .constrain("BatchSize", Constraint.of().minimum(1).maximum(10000))
      .constrain("EventSourceArn", Constraint.of().pattern("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)").minLength(12).maxLength(1024))
      .references("EventSourceArn", "AWS::SQS::Queue.Arn", "AWS::DynamoDB::Table.StreamArn",
          "AWS::Kinesis::Stream.Arn", "AWS::DynamoDB::GlobalTable.StreamArn",
          "AWS::MSK::Cluster.Ref")
      .constrain("FunctionName", Constraint.of().pattern("(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?").minLength(1).maxLength(140))
      .references("FunctionName", "AWS::Lambda::Function.Ref", "AWS::Lambda::Function.Arn",
          "AWS::Lambda::Version.Ref")
      .allowed("FunctionResponseTypes", "ReportBatchItemFailures")
      .constrain("KmsKeyArn", Constraint.of().pattern("(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()").minLength(12).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("MaximumBatchingWindowInSeconds", Constraint.of().minimum(0).maximum(300))
      .constrain("MaximumRecordAgeInSeconds", Constraint.of().minimum(-1).maximum(604800))
      .constrain("MaximumRetryAttempts", Constraint.of().minimum(-1).maximum(10000))
      .constrain("ParallelizationFactor", Constraint.of().minimum(1).maximum(10))
      .constrain("Queues", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(1000))
      .constrain("StartingPosition", Constraint.of().pattern("(LATEST|TRIM_HORIZON|AT_TIMESTAMP)+").minLength(6).maxLength(12))
      .constrain("Topics", Constraint.of().pattern("^[^.]([a-zA-Z0-9\\-_.]+)").minLength(1).maxLength(249))
      .constrain("TumblingWindowInSeconds", Constraint.of().minimum(0).maximum(900))
      .refYields("Id")
      .attributes("EventSourceMappingArn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventSourceMapping(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK)
   * event source.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AmazonManagedKafkaEventSourceConfig}.
   */
  public EventSourceMapping amazonManagedKafkaEventSourceConfig(Value<AmazonManagedKafkaEventSourceConfig> value) {
    return set("AmazonManagedKafkaEventSourceConfig", value);
  }

  /**
   * The maximum number of records in each batch that Lambda pulls from your stream or queue and
   * sends to your function. Lambda passes all of the records in the batch to the function in a
   * single call, up to the payload limit for synchronous invocation (6 MB).
   *
   * <ul> <li><em>Amazon Kinesis</em> – Default 100. Max 10,000. <li><em>Amazon DynamoDB
   * Streams</em> – Default 100. Max 10,000. <li><em>Amazon Simple Queue Service</em> – Default 10.
   * For standard queues the max is 10,000. For FIFO queues the max is 10. <li><em>Amazon Managed
   * Streaming for Apache Kafka</em> – Default 100. Max 10,000. <li><em>Self-managed Apache
   * Kafka</em> – Default 100. Max 10,000. <li><em>Amazon MQ (ActiveMQ and RabbitMQ)</em> – Default
   * 100. Max 10,000. <li><em>DocumentDB</em> – Default 100. Max 10,000. </ul>
   *
   * <p>Range: 1 to 10000. CloudFormation property {@code BatchSize}.
   */
  public EventSourceMapping batchSize(int value) {
    return set("BatchSize", Value.of(value));
  }

  /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
  public EventSourceMapping batchSize(Value<Integer> value) {
    return set("BatchSize", value);
  }

  /**
   * (Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two
   * and retry. The default value is false.
   *
   * <p>When using <code>BisectBatchOnFunctionError</code> , check the <code>BatchSize</code>
   * parameter in the <code>OnFailure</code> destination message's metadata. The
   * <code>BatchSize</code> could be greater than 1 since Lambda consolidates failed messages
   * metadata when writing to the <code>OnFailure</code> destination.
   *
   * <p>CloudFormation property {@code BisectBatchOnFunctionError}.
   */
  public EventSourceMapping bisectBatchOnFunctionError(boolean value) {
    return set("BisectBatchOnFunctionError", Value.of(value));
  }

  /**
   * Sets {@code BisectBatchOnFunctionError} to this value; see {@link
   * #bisectBatchOnFunctionError(boolean)}.
   */
  public EventSourceMapping bisectBatchOnFunctionError(Value<Boolean> value) {
    return set("BisectBatchOnFunctionError", value);
  }

  /**
   * (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object
   * that specifies the destination of an event after Lambda processes it.
   *
   * <p>CloudFormation property {@code DestinationConfig}.
   */
  public EventSourceMapping destinationConfig(Value<DestinationConfig> value) {
    return set("DestinationConfig", value);
  }

  /**
   * Specific configuration settings for a DocumentDB event source.
   *
   * <p>CloudFormation property {@code DocumentDBEventSourceConfig}.
   */
  public EventSourceMapping documentDBEventSourceConfig(Value<DocumentDBEventSourceConfig> value) {
    return set("DocumentDBEventSourceConfig", value);
  }

  /**
   * When true, the event source mapping is active. When false, Lambda pauses polling and
   * invocation.
   *
   * <p>Default: True
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public EventSourceMapping enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public EventSourceMapping enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the event source.
   *
   * <ul> <li><em>Amazon Kinesis</em> – The ARN of the data stream or a stream consumer.
   * <li><em>Amazon DynamoDB Streams</em> – The ARN of the stream. <li><em>Amazon Simple Queue
   * Service</em> – The ARN of the queue. <li><em>Amazon Managed Streaming for Apache Kafka</em> –
   * The ARN of the cluster or the ARN of the VPC connection (for <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#msk-multi-vpc">cross-account
   * event source mappings</a> ). <li><em>Amazon MQ</em> – The ARN of the broker. <li><em>Amazon
   * DocumentDB</em> – The ARN of the DocumentDB change stream. </ul>
   *
   * <p>Changing it replaces the resource. Length: 12 to 1024 characters. Pattern: {@code
   * arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.*)}.
   * CloudFormation property {@code EventSourceArn}.
   */
  public EventSourceMapping eventSourceArn(String value) {
    return set("EventSourceArn", Value.of(value));
  }

  /** Sets {@code EventSourceArn} to this value; see {@link #eventSourceArn(String)}. */
  public EventSourceMapping eventSourceArn(Value<String> value) {
    return set("EventSourceArn", value);
  }

  /**
   * Sets {@code EventSourceArn} to the Arn of {@code AWS::SQS::Queue}; see {@link
   * #eventSourceArn(String)}.
   */
  public EventSourceMapping eventSourceArn(Queue resource) {
    return set("EventSourceArn", resource.arn());
  }

  /**
   * Sets {@code EventSourceArn} to the StreamArn of {@code AWS::DynamoDB::Table}; see {@link
   * #eventSourceArn(String)}.
   */
  public EventSourceMapping eventSourceArn(Table resource) {
    return set("EventSourceArn", resource.streamArn());
  }

  /**
   * Sets {@code EventSourceArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
   * #eventSourceArn(String)}.
   */
  public EventSourceMapping eventSourceArn(Stream resource) {
    return set("EventSourceArn", resource.arn());
  }

  /**
   * Sets {@code EventSourceArn} to the StreamArn of {@code AWS::DynamoDB::GlobalTable}; see {@link
   * #eventSourceArn(String)}.
   */
  public EventSourceMapping eventSourceArn(GlobalTable resource) {
    return set("EventSourceArn", resource.streamArn());
  }

  /**
   * Sets {@code EventSourceArn} to the Ref of {@code AWS::MSK::Cluster}; see {@link
   * #eventSourceArn(String)}.
   */
  public EventSourceMapping eventSourceArn(Cluster resource) {
    return set("EventSourceArn", resource.ref());
  }

  /**
   * An object that defines the filter criteria that determine whether Lambda should process an
   * event. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html">Lambda event
   * filtering</a> .
   *
   * <p>CloudFormation property {@code FilterCriteria}.
   */
  public EventSourceMapping filterCriteria(Value<FilterCriteria> value) {
    return set("FilterCriteria", value);
  }

  /**
   * The name or ARN of the Lambda function.
   *
   * <p><b>Name formats</b> - <em>Function name</em> – <code>MyFunction</code> .
   *
   * <ul> <li><em>Function ARN</em> –
   * <code>arn:aws:lambda:us-west-2:123456789012:function:MyFunction</code> . <li><em>Version or
   * Alias ARN</em> – <code>arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD</code> .
   * <li><em>Partial ARN</em> – <code>123456789012:function:MyFunction</code> . </ul>
   *
   * <p>The length constraint applies only to the full ARN. If you specify only the function name,
   * it's limited to 64 characters in length.
   *
   * <p>Required. Length: 1 to 140 characters. Pattern: {@code
   * (arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:)?(&#92;d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(&#92;$LATEST(&#92;.PUBLISHED)?|[a-zA-Z0-9-_]+))?}.
   * CloudFormation property {@code FunctionName}.
   */
  public EventSourceMapping functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public EventSourceMapping functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * Sets {@code FunctionName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #functionName(String)}.
   */
  public EventSourceMapping functionName(Function resource) {
    return set("FunctionName", resource.ref());
  }

  /**
   * Sets {@code FunctionName} to the Ref of {@code AWS::Lambda::Version}; see {@link
   * #functionName(String)}.
   */
  public EventSourceMapping functionName(Version resource) {
    return set("FunctionName", resource.ref());
  }

  /**
   * (Kinesis, DynamoDB Streams, and SQS) A list of current response type enums applied to the event
   * source mapping.
   *
   * <p>Valid Values: <code>ReportBatchItemFailures</code>
   *
   * <p>Allowed values: {@code ReportBatchItemFailures}. CloudFormation property {@code
   * FunctionResponseTypes}.
   */
  public EventSourceMapping functionResponseTypes(List<String> value) {
    return set("FunctionResponseTypes", Value.listOf(value));
  }

  /** Sets {@code FunctionResponseTypes} to this value; see {@link #functionResponseTypes(List)}. */
  public EventSourceMapping functionResponseTypes(Value<List<String>> value) {
    return set("FunctionResponseTypes", value);
  }

  /**
   * The ARN of the AWS Key Management Service ( AWS ) customer managed key that Lambda uses to
   * encrypt your function's <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics">filter
   * criteria</a> .
   *
   * <p>Length: 12 to 2048 characters. Pattern: {@code (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public EventSourceMapping kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public EventSourceMapping kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The function's Amazon CloudWatch Logs configuration settings.
   *
   * <p>CloudFormation property {@code LoggingConfig}.
   */
  public EventSourceMapping loggingConfig(Value<LoggingConfig> value) {
    return set("LoggingConfig", value);
  }

  /**
   * The maximum amount of time, in seconds, that Lambda spends gathering records before invoking
   * the function.
   *
   * <p><em>Default ( Kinesis , DynamoDB , Amazon SQS event sources)</em> : 0
   *
   * <p><em>Default ( Amazon MSK , Kafka, Amazon MQ , Amazon DocumentDB event sources)</em> : 500 ms
   *
   * <p><em>Related setting:</em> For Amazon SQS event sources, when you set <code>BatchSize</code>
   * to a value greater than 10, you must set <code>MaximumBatchingWindowInSeconds</code> to at
   * least 1.
   *
   * <p>Range: 0 to 300. CloudFormation property {@code MaximumBatchingWindowInSeconds}.
   */
  public EventSourceMapping maximumBatchingWindowInSeconds(int value) {
    return set("MaximumBatchingWindowInSeconds", Value.of(value));
  }

  /**
   * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
   * #maximumBatchingWindowInSeconds(int)}.
   */
  public EventSourceMapping maximumBatchingWindowInSeconds(Value<Integer> value) {
    return set("MaximumBatchingWindowInSeconds", value);
  }

  /**
   * (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older
   * than the specified age. The default value is -1, which sets the maximum age to infinite. When
   * the value is set to infinite, Lambda never discards old records.
   *
   * <p>The minimum valid value for maximum record age is 60s. Although values less than 60 and
   * greater than -1 fall within the parameter's absolute range, they are not allowed
   *
   * <p>Range: -1 to 604800. CloudFormation property {@code MaximumRecordAgeInSeconds}.
   */
  public EventSourceMapping maximumRecordAgeInSeconds(int value) {
    return set("MaximumRecordAgeInSeconds", Value.of(value));
  }

  /**
   * Sets {@code MaximumRecordAgeInSeconds} to this value; see {@link
   * #maximumRecordAgeInSeconds(int)}.
   */
  public EventSourceMapping maximumRecordAgeInSeconds(Value<Integer> value) {
    return set("MaximumRecordAgeInSeconds", value);
  }

  /**
   * (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after
   * the specified number of retries. The default value is -1, which sets the maximum number of
   * retries to infinite. When MaximumRetryAttempts is infinite, Lambda retries failed records until
   * the record expires in the event source.
   *
   * <p>Range: -1 to 10000. CloudFormation property {@code MaximumRetryAttempts}.
   */
  public EventSourceMapping maximumRetryAttempts(int value) {
    return set("MaximumRetryAttempts", Value.of(value));
  }

  /** Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(int)}. */
  public EventSourceMapping maximumRetryAttempts(Value<Integer> value) {
    return set("MaximumRetryAttempts", value);
  }

  /**
   * The metrics configuration for your event source. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Event
   * source mapping metrics</a> .
   *
   * <p>CloudFormation property {@code MetricsConfig}.
   */
  public EventSourceMapping metricsConfig(Value<MetricsConfig> value) {
    return set("MetricsConfig", value);
  }

  /**
   * (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each
   * shard. The default value is 1.
   *
   * <p>Range: 1 to 10. CloudFormation property {@code ParallelizationFactor}.
   */
  public EventSourceMapping parallelizationFactor(int value) {
    return set("ParallelizationFactor", Value.of(value));
  }

  /** Sets {@code ParallelizationFactor} to this value; see {@link #parallelizationFactor(int)}. */
  public EventSourceMapping parallelizationFactor(Value<Integer> value) {
    return set("ParallelizationFactor", value);
  }

  /**
   * (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration
   * for the event source. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode">provisioned
   * mode</a> .
   *
   * <p>CloudFormation property {@code ProvisionedPollerConfig}.
   */
  public EventSourceMapping provisionedPollerConfig(Value<ProvisionedPollerConfig> value) {
    return set("ProvisionedPollerConfig", value);
  }

  /**
   * (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
   *
   * <p>Length: 1 to 1000 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation property
   * {@code Queues}.
   */
  public EventSourceMapping queues(List<String> value) {
    return set("Queues", Value.listOf(value));
  }

  /** Sets {@code Queues} to this value; see {@link #queues(List)}. */
  public EventSourceMapping queues(Value<List<String>> value) {
    return set("Queues", value);
  }

  /**
   * This property is for Amazon SQS event sources only. You cannot use
   * <code>ProvisionedPollerConfig</code> while using <code>ScalingConfig</code> . These options are
   * mutually exclusive. To remove the scaling configuration, pass an empty value.
   *
   * <p>CloudFormation property {@code ScalingConfig}.
   */
  public EventSourceMapping scalingConfig(Value<ScalingConfig> value) {
    return set("ScalingConfig", value);
  }

  /**
   * The self-managed Apache Kafka cluster for your event source.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SelfManagedEventSource}.
   */
  public EventSourceMapping selfManagedEventSource(Value<SelfManagedEventSource> value) {
    return set("SelfManagedEventSource", value);
  }

  /**
   * Specific configuration settings for a self-managed Apache Kafka event source.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SelfManagedKafkaEventSourceConfig}.
   */
  public EventSourceMapping selfManagedKafkaEventSourceConfig(Value<SelfManagedKafkaEventSourceConfig> value) {
    return set("SelfManagedKafkaEventSourceConfig", value);
  }

  /**
   * An array of the authentication protocol, VPC components, or virtual host to secure and define
   * your event source.
   *
   * <p>CloudFormation property {@code SourceAccessConfigurations}.
   */
  public EventSourceMapping sourceAccessConfigurations(List<SourceAccessConfiguration> value) {
    return set("SourceAccessConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code SourceAccessConfigurations} to this value; see {@link
   * #sourceAccessConfigurations(List)}.
   */
  public EventSourceMapping sourceAccessConfigurations(Value<List<SourceAccessConfiguration>> value) {
    return set("SourceAccessConfigurations", value);
  }

  /**
   * Sets {@code SourceAccessConfigurations} to a list of these; see {@link
   * #sourceAccessConfigurations(List)}.
   */
  public EventSourceMapping sourceAccessConfigurations(SourceAccessConfiguration... values) {
    return set("SourceAccessConfigurations", Value.list(values));
  }

  /**
   * The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon
   * DynamoDB.
   *
   * <ul> <li><em>LATEST</em> - Read only new records. <li><em>TRIM_HORIZON</em> - Process all
   * available records. <li><em>AT_TIMESTAMP</em> - Specify a time from which to start reading
   * records. </ul>
   *
   * <p>Changing it replaces the resource. Length: 6 to 12 characters. Pattern: {@code
   * (LATEST|TRIM_HORIZON|AT_TIMESTAMP)+}. CloudFormation property {@code StartingPosition}.
   */
  public EventSourceMapping startingPosition(String value) {
    return set("StartingPosition", Value.of(value));
  }

  /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
  public EventSourceMapping startingPosition(Value<String> value) {
    return set("StartingPosition", value);
  }

  /**
   * With <code>StartingPosition</code> set to <code>AT_TIMESTAMP</code> , the time from which to
   * start reading, in Unix time seconds. <code>StartingPositionTimestamp</code> cannot be in the
   * future.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * StartingPositionTimestamp}.
   */
  public EventSourceMapping startingPositionTimestamp(double value) {
    return set("StartingPositionTimestamp", Value.of(value));
  }

  /**
   * Sets {@code StartingPositionTimestamp} to this value; see {@link
   * #startingPositionTimestamp(double)}.
   */
  public EventSourceMapping startingPositionTimestamp(Value<Double> value) {
    return set("StartingPositionTimestamp", value);
  }

  /**
   * A list of tags to add to the event source mapping.
   *
   * <p>You must have the <code>lambda:TagResource</code> , <code>lambda:UntagResource</code> , and
   * <code>lambda:ListTags</code> permissions for your <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html">IAM
   * principal</a> to manage the CloudFormation stack. If you don't have these permissions, there
   * might be unexpected behavior with stack-level tags propagating to the resource during resource
   * creation and update.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventSourceMapping tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventSourceMapping tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventSourceMapping tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the Kafka topic.
   *
   * <p>Length: 1 to 249 characters. Pattern: {@code ^[^.]([a-zA-Z0-9&#92;-_.]+)}. CloudFormation
   * property {@code Topics}.
   */
  public EventSourceMapping topics(List<String> value) {
    return set("Topics", Value.listOf(value));
  }

  /** Sets {@code Topics} to this value; see {@link #topics(List)}. */
  public EventSourceMapping topics(Value<List<String>> value) {
    return set("Topics", value);
  }

  /**
   * (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB
   * and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window.
   *
   * <p>Range: 0 to 900. CloudFormation property {@code TumblingWindowInSeconds}.
   */
  public EventSourceMapping tumblingWindowInSeconds(int value) {
    return set("TumblingWindowInSeconds", Value.of(value));
  }

  /**
   * Sets {@code TumblingWindowInSeconds} to this value; see {@link #tumblingWindowInSeconds(int)}.
   */
  public EventSourceMapping tumblingWindowInSeconds(Value<Integer> value) {
    return set("TumblingWindowInSeconds", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the event source mapping.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventSourceMappingArn}.
   */
  public Value<String> eventSourceMappingArn() {
    return getAtt("EventSourceMappingArn");
  }

  /**
   * The event source mapping's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK)
   * event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.AmazonManagedKafkaEventSourceConfig}.
   */
  public static final class AmazonManagedKafkaEventSourceConfig extends Struct<AmazonManagedKafkaEventSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.AmazonManagedKafkaEventSourceConfig")
        .constrain("ConsumerGroupId", Constraint.of().pattern("[a-zA-Z0-9-\\/*:_+=.@-]*").minLength(1).maxLength(200))
        .build();

    public AmazonManagedKafkaEventSourceConfig() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Kafka consumer group to join. The consumer group ID must be unique
     * among all your Kafka event sources. After creating a Kafka event source mapping with the
     * consumer group ID specified, you cannot update this value. For more information, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-consumer-group-id">Customizable
     * consumer group ID</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
     * [a-zA-Z0-9-&#92;/*:_+=.&#64;-]*}. CloudFormation property {@code ConsumerGroupId}.
     */
    public AmazonManagedKafkaEventSourceConfig consumerGroupId(String value) {
      return set("ConsumerGroupId", Value.of(value));
    }

    /** Sets {@code ConsumerGroupId} to this value; see {@link #consumerGroupId(String)}. */
    public AmazonManagedKafkaEventSourceConfig consumerGroupId(Value<String> value) {
      return set("ConsumerGroupId", value);
    }

    /**
     * Specific configuration settings for a Kafka schema registry.
     *
     * <p>CloudFormation property {@code SchemaRegistryConfig}.
     */
    public AmazonManagedKafkaEventSourceConfig schemaRegistryConfig(Value<SchemaRegistryConfig> value) {
      return set("SchemaRegistryConfig", value);
    }
  }

  /**
   * A configuration object that specifies the destination of an event after Lambda processes it.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations">Adding
   * a destination</a> .
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.DestinationConfig}.
   */
  public static final class DestinationConfig extends Struct<DestinationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::EventSourceMapping.DestinationConfig");

    public DestinationConfig() {
      super(SCHEMA);
    }

    /**
     * The destination configuration for failed invocations.
     *
     * <p>CloudFormation property {@code OnFailure}.
     */
    public DestinationConfig onFailure(Value<OnFailure> value) {
      return set("OnFailure", value);
    }
  }

  /**
   * Specific configuration settings for a DocumentDB event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.DocumentDBEventSourceConfig}.
   */
  public static final class DocumentDBEventSourceConfig extends Struct<DocumentDBEventSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.DocumentDBEventSourceConfig")
        .constrain("CollectionName", Constraint.of().pattern("^(^(?!(system\\x2e)))(^[_a-zA-Z0-9])([^$]*)$").minLength(1).maxLength(57))
        .constrain("DatabaseName", Constraint.of().pattern("^[^ /\\.$\\x22]*$").minLength(1).maxLength(63))
        .allowed("FullDocument", "UpdateLookup", "Default")
        .build();

    public DocumentDBEventSourceConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the collection to consume within the database. If you do not specify a
     * collection, Lambda consumes all collections.
     *
     * <p>Length: 1 to 57 characters. Pattern: {@code
     * ^(^(?!(system&#92;x2e)))(^[_a-zA-Z0-9])([^$]*)$}. CloudFormation property {@code
     * CollectionName}.
     */
    public DocumentDBEventSourceConfig collectionName(String value) {
      return set("CollectionName", Value.of(value));
    }

    /** Sets {@code CollectionName} to this value; see {@link #collectionName(String)}. */
    public DocumentDBEventSourceConfig collectionName(Value<String> value) {
      return set("CollectionName", value);
    }

    /**
     * The name of the database to consume within the DocumentDB cluster.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[^ /&#92;.$&#92;x22]*$}. CloudFormation
     * property {@code DatabaseName}.
     */
    public DocumentDBEventSourceConfig databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DocumentDBEventSourceConfig databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Determines what DocumentDB sends to your event stream during document update operations. If
     * set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of
     * the entire document. Otherwise, DocumentDB sends only a partial document that contains the
     * changes.
     *
     * <p>Allowed values: {@code UpdateLookup}, {@code Default}. CloudFormation property {@code
     * FullDocument}.
     */
    public DocumentDBEventSourceConfig fullDocument(String value) {
      return set("FullDocument", Value.of(value));
    }

    /** Sets {@code FullDocument} to this value; see {@link #fullDocument(String)}. */
    public DocumentDBEventSourceConfig fullDocument(Value<String> value) {
      return set("FullDocument", value);
    }
  }

  /**
   * The list of bootstrap servers for your Kafka brokers in the following format:
   * <code>"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]</code> .
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.Endpoints}.
   */
  public static final class Endpoints extends Struct<Endpoints> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.Endpoints")
        .constrain("KafkaBootstrapServers", Constraint.of().pattern("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}").minLength(1).maxLength(300))
        .build();

    public Endpoints() {
      super(SCHEMA);
    }

    /**
     * The list of bootstrap servers for your Kafka brokers in the following format:
     * <code>"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 300 characters. Pattern: {@code
     * ^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9&#92;-]*[A-Za-z0-9]):[0-9]{1,5}}.
     * CloudFormation property {@code KafkaBootstrapServers}.
     */
    public Endpoints kafkaBootstrapServers(List<String> value) {
      return set("KafkaBootstrapServers", Value.listOf(value));
    }

    /**
     * Sets {@code KafkaBootstrapServers} to this value; see {@link #kafkaBootstrapServers(List)}.
     */
    public Endpoints kafkaBootstrapServers(Value<List<String>> value) {
      return set("KafkaBootstrapServers", value);
    }
  }

  /**
   * A structure within a <code>FilterCriteria</code> object that defines an event filtering
   * pattern.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.Filter")
        .constrain("Pattern", Constraint.of().pattern(".*").minLength(0).maxLength(4096))
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * A filter pattern. For more information on the syntax of a filter pattern, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax">Filter
     * rule syntax</a> .
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code .*}. CloudFormation property {@code
     * Pattern}.
     */
    public Filter pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public Filter pattern(Value<String> value) {
      return set("Pattern", value);
    }
  }

  /**
   * An object that contains the filters for an event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.FilterCriteria}.
   */
  public static final class FilterCriteria extends Struct<FilterCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::EventSourceMapping.FilterCriteria");

    public FilterCriteria() {
      super(SCHEMA);
    }

    /**
     * A list of filters.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public FilterCriteria filters(List<Filter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public FilterCriteria filters(Value<List<Filter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public FilterCriteria filters(Filter... values) {
      return set("Filters", Value.list(values));
    }
  }

  /**
   * The function's Amazon CloudWatch Logs configuration settings.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.LoggingConfig")
        .allowed("SystemLogLevel", "DEBUG", "INFO", "WARN")
        .build();

    public LoggingConfig() {
      super(SCHEMA);
    }

    /**
     * Set this property to filter the system logs for your function that Lambda sends to
     * CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
     * <code>DEBUG</code> is the highest level and <code>WARN</code> is the lowest.
     *
     * <p>Allowed values: {@code DEBUG}, {@code INFO}, {@code WARN}. CloudFormation property {@code
     * SystemLogLevel}.
     */
    public LoggingConfig systemLogLevel(String value) {
      return set("SystemLogLevel", Value.of(value));
    }

    /** Sets {@code SystemLogLevel} to this value; see {@link #systemLogLevel(String)}. */
    public LoggingConfig systemLogLevel(Value<String> value) {
      return set("SystemLogLevel", value);
    }
  }

  /**
   * The metrics configuration for your event source. Use this configuration object to define which
   * metrics you want your event source mapping to produce.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.MetricsConfig}.
   */
  public static final class MetricsConfig extends Struct<MetricsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.MetricsConfig")
        .allowed("Metrics", "EventCount", "ErrorCount", "KafkaMetrics")
        .build();

    public MetricsConfig() {
      super(SCHEMA);
    }

    /**
     * The metrics you want your event source mapping to produce. Include <code>EventCount</code> to
     * receive event source mapping metrics related to the number of events processed by your event
     * source mapping. For more information about these metrics, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Event
     * source mapping metrics</a> .
     *
     * <p>Allowed values: {@code EventCount}, {@code ErrorCount}, {@code KafkaMetrics}.
     * CloudFormation property {@code Metrics}.
     */
    public MetricsConfig metrics(List<String> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public MetricsConfig metrics(Value<List<String>> value) {
      return set("Metrics", value);
    }
  }

  /**
   * A destination for events that failed processing. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations">Adding
   * a destination</a> .
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.OnFailure}.
   */
  public static final class OnFailure extends Struct<OnFailure> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.OnFailure")
        .constrain("Destination", Constraint.of().pattern("^$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)").minLength(12).maxLength(1024))
        .references("Destination", "AWS::SQS::Queue.Arn", "AWS::SNS::Topic.Ref")
        .build();

    public OnFailure() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the destination resource.
     *
     * <p>To retain records of failed invocations from <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html">Kinesis</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html">DynamoDB</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html">self-managed Apache
     * Kafka</a> , or <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html">Amazon MSK</a> ,
     * you can configure an Amazon SNS topic, Amazon SQS queue, Amazon S3 bucket, or Kafka topic as
     * the destination.
     *
     * <p>Amazon SNS destinations have a message size limit of 256 KB. If the combined size of the
     * function request and response payload exceeds the limit, Lambda will drop the payload when
     * sending <code>OnFailure</code> event to the destination. For details on this behavior, refer
     * to <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html">Retaining
     * records of asynchronous invocations</a> .
     *
     * <p>To retain records of failed invocations from <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html">Kinesis</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html">DynamoDB</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-smaa-onfailure-destination">self-managed
     * Kafka</a> or <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-onfailure-destination">Amazon
     * MSK</a> , you can configure an Amazon SNS topic, Amazon SQS queue, or Amazon S3 bucket as the
     * destination.
     *
     * <p>Length: 12 to 1024 characters. Pattern: {@code
     * ^$|kafka://([^.]([a-zA-Z0-9&#92;-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.*)}.
     * CloudFormation property {@code Destination}.
     */
    public OnFailure destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public OnFailure destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Sets {@code Destination} to the Arn of {@code AWS::SQS::Queue}; see {@link
     * #destination(String)}.
     */
    public OnFailure destination(Queue resource) {
      return set("Destination", resource.arn());
    }

    /**
     * Sets {@code Destination} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #destination(String)}.
     */
    public OnFailure destination(Topic resource) {
      return set("Destination", resource.ref());
    }
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode">provisioned
   * mode</a> configuration for the event source. Use Provisioned Mode to customize the minimum and
   * maximum number of event pollers for your event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.ProvisionedPollerConfig}.
   */
  public static final class ProvisionedPollerConfig extends Struct<ProvisionedPollerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.ProvisionedPollerConfig")
        .constrain("MaximumPollers", Constraint.of().minimum(1).maximum(10000))
        .constrain("MinimumPollers", Constraint.of().minimum(1).maximum(200))
        .constrain("PollerGroupName", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
        .build();

    public ProvisionedPollerConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of event pollers this event source can scale up to. For Amazon SQS events
     * source mappings, default is 200, and minimum value allowed is 2. For Amazon MSK and
     * self-managed Apache Kafka event source mappings, default is 200, and minimum value allowed is
     * 1.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code MaximumPollers}.
     */
    public ProvisionedPollerConfig maximumPollers(int value) {
      return set("MaximumPollers", Value.of(value));
    }

    /** Sets {@code MaximumPollers} to this value; see {@link #maximumPollers(int)}. */
    public ProvisionedPollerConfig maximumPollers(Value<Integer> value) {
      return set("MaximumPollers", value);
    }

    /**
     * The minimum number of event pollers this event source can scale down to. For Amazon SQS
     * events source mappings, default is 2, and minimum 2 required. For Amazon MSK and self-managed
     * Apache Kafka event source mappings, default is 1.
     *
     * <p>Range: 1 to 200. CloudFormation property {@code MinimumPollers}.
     */
    public ProvisionedPollerConfig minimumPollers(int value) {
      return set("MinimumPollers", Value.of(value));
    }

    /** Sets {@code MinimumPollers} to this value; see {@link #minimumPollers(int)}. */
    public ProvisionedPollerConfig minimumPollers(Value<Integer> value) {
      return set("MinimumPollers", value);
    }

    /**
     * (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use this
     * option to group multiple ESMs within the event source's VPC to share Event Poller Unit (EPU)
     * capacity. You can use this option to optimize Provisioned mode costs for your ESMs. You can
     * group up to 100 ESMs per poller group and aggregate maximum pollers across all ESMs in a
     * group cannot exceed 2000.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]*$}. CloudFormation property
     * {@code PollerGroupName}.
     */
    public ProvisionedPollerConfig pollerGroupName(String value) {
      return set("PollerGroupName", Value.of(value));
    }

    /** Sets {@code PollerGroupName} to this value; see {@link #pollerGroupName(String)}. */
    public ProvisionedPollerConfig pollerGroupName(Value<String> value) {
      return set("PollerGroupName", value);
    }
  }

  /**
   * (Amazon SQS only) The scaling configuration for the event source. To remove the configuration,
   * pass an empty value.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.ScalingConfig}.
   */
  public static final class ScalingConfig extends Struct<ScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.ScalingConfig")
        .constrain("MaximumConcurrency", Constraint.of().minimum(2).maximum(1000))
        .build();

    public ScalingConfig() {
      super(SCHEMA);
    }

    /**
     * Limits the number of concurrent instances that the Amazon SQS event source can invoke.
     *
     * <p>Range: 2 to 1000. CloudFormation property {@code MaximumConcurrency}.
     */
    public ScalingConfig maximumConcurrency(int value) {
      return set("MaximumConcurrency", Value.of(value));
    }

    /** Sets {@code MaximumConcurrency} to this value; see {@link #maximumConcurrency(int)}. */
    public ScalingConfig maximumConcurrency(Value<Integer> value) {
      return set("MaximumConcurrency", value);
    }
  }

  /**
   * Specific access configuration settings that tell Lambda how to authenticate with your schema
   * registry.
   *
   * <p>If you're working with an AWS Glue schema registry, don't provide authentication details in
   * this object. Instead, ensure that your execution role has the required permissions for Lambda
   * to access your cluster.
   *
   * <p>If you're working with a Confluent schema registry, choose the authentication method in the
   * <code>Type</code> field, and provide the AWS Secrets Manager secret ARN in the <code>URI</code>
   * field.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.SchemaRegistryAccessConfig}.
   */
  public static final class SchemaRegistryAccessConfig extends Struct<SchemaRegistryAccessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.SchemaRegistryAccessConfig")
        .allowed("Type", "BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE",
            "OAUTHBEARER_AUTH")
        .constrain("URI", Constraint.of().pattern("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)").minLength(1).maxLength(10000))
        .build();

    public SchemaRegistryAccessConfig() {
      super(SCHEMA);
    }

    /**
     * The type of authentication Lambda uses to access your schema registry.
     *
     * <p>Allowed values: {@code BASIC_AUTH}, {@code CLIENT_CERTIFICATE_TLS_AUTH}, {@code
     * SERVER_ROOT_CA_CERTIFICATE}, {@code OAUTHBEARER_AUTH}. CloudFormation property {@code Type}.
     */
    public SchemaRegistryAccessConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SchemaRegistryAccessConfig type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry.
     *
     * <p>Length: 1 to 10000 characters. Pattern: {@code
     * arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.*)}.
     * CloudFormation property {@code URI}.
     */
    public SchemaRegistryAccessConfig uri(String value) {
      return set("URI", Value.of(value));
    }

    /** Sets {@code URI} to this value; see {@link #uri(String)}. */
    public SchemaRegistryAccessConfig uri(Value<String> value) {
      return set("URI", value);
    }
  }

  /**
   * Specific configuration settings for a Kafka schema registry.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.SchemaRegistryConfig}.
   */
  public static final class SchemaRegistryConfig extends Struct<SchemaRegistryConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.SchemaRegistryConfig")
        .allowed("EventRecordFormat", "JSON", "SOURCE")
        .constrain("SchemaRegistryURI", Constraint.of().pattern("[a-zA-Z0-9-/*:_+=.@-]*").minLength(1).maxLength(10000))
        .build();

    public SchemaRegistryConfig() {
      super(SCHEMA);
    }

    /**
     * An array of access configuration objects that tell Lambda how to authenticate with your
     * schema registry.
     *
     * <p>CloudFormation property {@code AccessConfigs}.
     */
    public SchemaRegistryConfig accessConfigs(List<SchemaRegistryAccessConfig> value) {
      return set("AccessConfigs", Value.listOf(value));
    }

    /** Sets {@code AccessConfigs} to this value; see {@link #accessConfigs(List)}. */
    public SchemaRegistryConfig accessConfigs(Value<List<SchemaRegistryAccessConfig>> value) {
      return set("AccessConfigs", value);
    }

    /** Sets {@code AccessConfigs} to a list of these; see {@link #accessConfigs(List)}. */
    public SchemaRegistryConfig accessConfigs(SchemaRegistryAccessConfig... values) {
      return set("AccessConfigs", Value.list(values));
    }

    /**
     * The record format that Lambda delivers to your function after schema validation.
     *
     * <ul> <li>Choose <code>JSON</code> to have Lambda deliver the record to your function as a
     * standard JSON object. <li>Choose <code>SOURCE</code> to have Lambda deliver the record to
     * your function in its original source format. Lambda removes all schema metadata, such as the
     * schema ID, before sending the record to your function. </ul>
     *
     * <p>Allowed values: {@code JSON}, {@code SOURCE}. CloudFormation property {@code
     * EventRecordFormat}.
     */
    public SchemaRegistryConfig eventRecordFormat(String value) {
      return set("EventRecordFormat", Value.of(value));
    }

    /** Sets {@code EventRecordFormat} to this value; see {@link #eventRecordFormat(String)}. */
    public SchemaRegistryConfig eventRecordFormat(Value<String> value) {
      return set("EventRecordFormat", value);
    }

    /**
     * The URI for your schema registry. The correct URI format depends on the type of schema
     * registry you're using.
     *
     * <ul> <li>For AWS Glue schema registries, use the ARN of the registry. <li>For Confluent
     * schema registries, use the URL of the registry. </ul>
     *
     * <p>Length: 1 to 10000 characters. Pattern: {@code [a-zA-Z0-9-/*:_+=.&#64;-]*}. CloudFormation
     * property {@code SchemaRegistryURI}.
     */
    public SchemaRegistryConfig schemaRegistryURI(String value) {
      return set("SchemaRegistryURI", Value.of(value));
    }

    /** Sets {@code SchemaRegistryURI} to this value; see {@link #schemaRegistryURI(String)}. */
    public SchemaRegistryConfig schemaRegistryURI(Value<String> value) {
      return set("SchemaRegistryURI", value);
    }

    /**
     * An array of schema validation configuration objects, which tell Lambda the message attributes
     * you want to validate and filter using your schema registry.
     *
     * <p>CloudFormation property {@code SchemaValidationConfigs}.
     */
    public SchemaRegistryConfig schemaValidationConfigs(List<SchemaValidationConfig> value) {
      return set("SchemaValidationConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code SchemaValidationConfigs} to this value; see {@link
     * #schemaValidationConfigs(List)}.
     */
    public SchemaRegistryConfig schemaValidationConfigs(Value<List<SchemaValidationConfig>> value) {
      return set("SchemaValidationConfigs", value);
    }

    /**
     * Sets {@code SchemaValidationConfigs} to a list of these; see {@link
     * #schemaValidationConfigs(List)}.
     */
    public SchemaRegistryConfig schemaValidationConfigs(SchemaValidationConfig... values) {
      return set("SchemaValidationConfigs", Value.list(values));
    }
  }

  /**
   * Specific schema validation configuration settings that tell Lambda the message attributes you
   * want to validate and filter using your schema registry.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.SchemaValidationConfig}.
   */
  public static final class SchemaValidationConfig extends Struct<SchemaValidationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.SchemaValidationConfig")
        .allowed("Attribute", "KEY", "VALUE")
        .build();

    public SchemaValidationConfig() {
      super(SCHEMA);
    }

    /**
     * The attributes you want your schema registry to validate and filter for. If you selected
     * <code>JSON</code> as the <code>EventRecordFormat</code> , Lambda also deserializes the
     * selected message attributes.
     *
     * <p>Allowed values: {@code KEY}, {@code VALUE}. CloudFormation property {@code Attribute}.
     */
    public SchemaValidationConfig attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public SchemaValidationConfig attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The self-managed Apache Kafka cluster for your event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.SelfManagedEventSource}.
   */
  public static final class SelfManagedEventSource extends Struct<SelfManagedEventSource> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::EventSourceMapping.SelfManagedEventSource");

    public SelfManagedEventSource() {
      super(SCHEMA);
    }

    /**
     * The list of bootstrap servers for your Kafka brokers in the following format:
     * <code>"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Endpoints}.
     */
    public SelfManagedEventSource endpoints(Value<Endpoints> value) {
      return set("Endpoints", value);
    }
  }

  /**
   * Specific configuration settings for a self-managed Apache Kafka event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.SelfManagedKafkaEventSourceConfig}.
   */
  public static final class SelfManagedKafkaEventSourceConfig extends Struct<SelfManagedKafkaEventSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.SelfManagedKafkaEventSourceConfig")
        .constrain("ConsumerGroupId", Constraint.of().pattern("[a-zA-Z0-9-\\/*:_+=.@-]*").minLength(1).maxLength(200))
        .allowed("ConsumptionMode", "Stream", "Queue")
        .build();

    public SelfManagedKafkaEventSourceConfig() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Kafka consumer group to join. The consumer group ID must be unique
     * among all your Kafka event sources. After creating a Kafka event source mapping with the
     * consumer group ID specified, you cannot update this value. For more information, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kafka-process.html#services-smaa-topic-add">Customizable
     * consumer group ID</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
     * [a-zA-Z0-9-&#92;/*:_+=.&#64;-]*}. CloudFormation property {@code ConsumerGroupId}.
     */
    public SelfManagedKafkaEventSourceConfig consumerGroupId(String value) {
      return set("ConsumerGroupId", Value.of(value));
    }

    /** Sets {@code ConsumerGroupId} to this value; see {@link #consumerGroupId(String)}. */
    public SelfManagedKafkaEventSourceConfig consumerGroupId(Value<String> value) {
      return set("ConsumerGroupId", value);
    }

    /**
     * The mode that determines how Lambda reads from a Kafka topic. Use Stream for ordered
     * processing or Queue for higher throughput when ordering is not required.
     *
     * <p>Allowed values: {@code Stream}, {@code Queue}. CloudFormation property {@code
     * ConsumptionMode}.
     */
    public SelfManagedKafkaEventSourceConfig consumptionMode(String value) {
      return set("ConsumptionMode", Value.of(value));
    }

    /** Sets {@code ConsumptionMode} to this value; see {@link #consumptionMode(String)}. */
    public SelfManagedKafkaEventSourceConfig consumptionMode(Value<String> value) {
      return set("ConsumptionMode", value);
    }

    /**
     * Specific configuration settings for a Kafka schema registry.
     *
     * <p>CloudFormation property {@code SchemaRegistryConfig}.
     */
    public SelfManagedKafkaEventSourceConfig schemaRegistryConfig(Value<SchemaRegistryConfig> value) {
      return set("SchemaRegistryConfig", value);
    }
  }

  /**
   * An array of the authentication protocol, VPC components, or virtual host to secure and define
   * your event source.
   *
   * <p>Property type {@code AWS::Lambda::EventSourceMapping.SourceAccessConfiguration}.
   */
  public static final class SourceAccessConfiguration extends Struct<SourceAccessConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventSourceMapping.SourceAccessConfiguration")
        .allowed("Type", "BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP", "SASL_SCRAM_512_AUTH",
            "SASL_SCRAM_256_AUTH", "VIRTUAL_HOST", "CLIENT_CERTIFICATE_TLS_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE", "OAUTHBEARER_AUTH", "OAUTHBEARER_SCOPE",
            "OAUTHBEARER_AUDIENCE", "OAUTHBEARER_LOGICAL_CLUSTER", "OAUTHBEARER_IDENTITY_POOL",
            "IAM_AUTH", "IAM_OAUTHBEARER_AUTH")
        .constrain("URI", Constraint.of().pattern("[a-zA-Z0-9-\\/*:_+=.@-]*").minLength(1).maxLength(200))
        .build();

    public SourceAccessConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of authentication protocol, VPC components, or virtual host for your event source.
     * For example: <code>"Type":"SASL_SCRAM_512_AUTH"</code> .
     *
     * <ul> <li><code>BASIC_AUTH</code> – (Amazon MQ) The AWS Secrets Manager secret that stores
     * your broker credentials. <li><code>BASIC_AUTH</code> – (Self-managed Apache Kafka) The
     * Secrets Manager ARN of your secret key used for SASL/PLAIN authentication of your Apache
     * Kafka brokers. <li><code>VPC_SUBNET</code> – (Self-managed Apache Kafka) The subnets
     * associated with your VPC. Lambda connects to these subnets to fetch data from your
     * self-managed Apache Kafka cluster. <li><code>VPC_SECURITY_GROUP</code> – (Self-managed Apache
     * Kafka) The VPC security group used to manage access to your self-managed Apache Kafka
     * brokers. <li><code>SASL_SCRAM_256_AUTH</code> – (Self-managed Apache Kafka) The Secrets
     * Manager ARN of your secret key used for SASL SCRAM-256 authentication of your self-managed
     * Apache Kafka brokers. <li><code>SASL_SCRAM_512_AUTH</code> – (Amazon MSK, Self-managed Apache
     * Kafka) The Secrets Manager ARN of your secret key used for SASL SCRAM-512 authentication of
     * your self-managed Apache Kafka brokers. <li><code>VIRTUAL_HOST</code> –- (RabbitMQ) The name
     * of the virtual host in your RabbitMQ broker. Lambda uses this RabbitMQ host as the event
     * source. This property cannot be specified in an UpdateEventSourceMapping API call.
     * <li><code>CLIENT_CERTIFICATE_TLS_AUTH</code> – (Amazon MSK, self-managed Apache Kafka) The
     * Secrets Manager ARN of your secret key containing the certificate chain (X.509 PEM), private
     * key (PKCS#8 PEM), and private key password (optional) used for mutual TLS authentication of
     * your MSK/Apache Kafka brokers. <li><code>SERVER_ROOT_CA_CERTIFICATE</code> – (Self-managed
     * Apache Kafka) The Secrets Manager ARN of your secret key containing the root CA certificate
     * (X.509 PEM) used for TLS encryption of your Apache Kafka brokers. </ul>
     *
     * <p>Allowed values: {@code BASIC_AUTH}, {@code VPC_SUBNET}, {@code VPC_SECURITY_GROUP}, {@code
     * SASL_SCRAM_512_AUTH}, {@code SASL_SCRAM_256_AUTH}, {@code VIRTUAL_HOST}, {@code
     * CLIENT_CERTIFICATE_TLS_AUTH}, {@code SERVER_ROOT_CA_CERTIFICATE}, {@code OAUTHBEARER_AUTH},
     * {@code OAUTHBEARER_SCOPE}, {@code OAUTHBEARER_AUDIENCE}, {@code OAUTHBEARER_LOGICAL_CLUSTER},
     * {@code OAUTHBEARER_IDENTITY_POOL}, {@code IAM_AUTH}, {@code IAM_OAUTHBEARER_AUTH}.
     * CloudFormation property {@code Type}.
     */
    public SourceAccessConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SourceAccessConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The value for your chosen configuration in <code>Type</code> . For example: <code>"URI":
     * "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"</code> .
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code [a-zA-Z0-9-&#92;/*:_+=.&#64;-]*}.
     * CloudFormation property {@code URI}.
     */
    public SourceAccessConfiguration uri(String value) {
      return set("URI", Value.of(value));
    }

    /** Sets {@code URI} to this value; see {@link #uri(String)}. */
    public SourceAccessConfiguration uri(Value<String> value) {
      return set("URI", value);
    }
  }
}
