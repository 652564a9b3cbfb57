// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesis;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Kinesis::Channel
 *
 * <p>CloudFormation type {@code AWS::Kinesis::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel")
      .required("ChannelName", "ServiceExecutionRoleARN", "StreamConfigurationList")
      .constrain("ChannelName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(128))
      .constrain("ServiceExecutionRoleARN", Constraint.of().pattern("^arn:aws[-a-z0-9]*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
      .refYields("ChannelARN")
      .attributes("ChannelARN", "ChannelCreationTimestamp", "ChannelId", "ChannelStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel. The name's uniqueness is scoped per AWS account and region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code ChannelName}.
   */
  public Channel channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public Channel channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * Server-side encryption configuration for data at rest in the destination. Data delivered to S3
   * / S3 Tables is encrypted with the same key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Channel encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * Configuration for delivering channel operational logs.
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public Channel loggingConfiguration(Value<LoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * Configuration for delivery to a vanilla S3 bucket destination. Exactly one of
   * S3DestinationConfiguration and S3TablesDestinationConfiguration must be specified on the
   * channel.
   *
   * <p>CloudFormation property {@code S3DestinationConfiguration}.
   */
  public Channel s3DestinationConfiguration(Value<S3DestinationConfiguration> value) {
    return set("S3DestinationConfiguration", value);
  }

  /**
   * Configuration for delivery to S3 Tables destinations. Exactly one of S3DestinationConfiguration
   * and S3TablesDestinationConfiguration must be specified on the channel.
   *
   * <p>CloudFormation property {@code S3TablesDestinationConfiguration}.
   */
  public Channel s3TablesDestinationConfiguration(Value<S3TablesDestinationConfiguration> value) {
    return set("S3TablesDestinationConfiguration", value);
  }

  /**
   * The ARN of the IAM role that the channel assumes to read from the source stream, deliver
   * records to the destination, and (when enabled) write CloudWatch Logs.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:iam::&#92;d{12}:role/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceExecutionRoleARN}.
   */
  public Channel serviceExecutionRoleARN(String value) {
    return set("ServiceExecutionRoleARN", Value.of(value));
  }

  /**
   * Sets {@code ServiceExecutionRoleARN} to this value; see {@link
   * #serviceExecutionRoleARN(String)}.
   */
  public Channel serviceExecutionRoleARN(Value<String> value) {
    return set("ServiceExecutionRoleARN", value);
  }

  /**
   * List of stream configurations associated with the channel. v1 supports a single element; the
   * list shape allows future extensibility to fan in from multiple streams.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * StreamConfigurationList}.
   */
  public Channel streamConfigurationList(List<StreamConfiguration> value) {
    return set("StreamConfigurationList", Value.listOf(value));
  }

  /**
   * Sets {@code StreamConfigurationList} to this value; see {@link #streamConfigurationList(List)}.
   */
  public Channel streamConfigurationList(Value<List<StreamConfiguration>> value) {
    return set("StreamConfigurationList", value);
  }

  /**
   * Sets {@code StreamConfigurationList} to a list of these; see {@link
   * #streamConfigurationList(List)}.
   */
  public Channel streamConfigurationList(StreamConfiguration... values) {
    return set("StreamConfigurationList", Value.list(values));
  }

  /**
   * An arbitrary set of tags (key-value pairs) to associate with the Kinesis channel.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Channel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Channel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Channel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelARN}.
   */
  public Value<String> channelARN() {
    return getAtt("ChannelARN");
  }

  /**
   * Timestamp of when the channel was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelCreationTimestamp}.
   */
  public Value<String> channelCreationTimestamp() {
    return getAtt("ChannelCreationTimestamp");
  }

  /**
   * The service-generated unique identifier for the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelId}.
   */
  public Value<String> channelId() {
    return getAtt("ChannelId");
  }

  /**
   * The status of the channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelStatus}.
   */
  public Value<String> channelStatus() {
    return getAtt("ChannelStatus");
  }

  /**
   * CloudWatch Logs configuration for the channel. When Enabled is true and LogGroupName is
   * omitted, the service uses a default group derived from the channel name and id; LogStreamName
   * defaults to the literal string 'DestinationDelivery'.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.CloudWatchLogsConfiguration}.
   */
  public static final class CloudWatchLogsConfiguration extends Struct<CloudWatchLogsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.CloudWatchLogsConfiguration")
        .required("Enabled")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogStreamName", Constraint.of().pattern("^[^:*]+$").minLength(1).maxLength(512))
        .build();

    public CloudWatchLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether CloudWatch Logs delivery is enabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public CloudWatchLogsConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLogsConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The CloudWatch log group name. When Enabled is true and LogGroupName is omitted, the service
     * uses the default '/aws/kinesis/&lt;channelName&gt;/&lt;channelId&gt;'.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]+$}. Format:
     * {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchLogsConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchLogsConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The CloudWatch log stream name. Defaults to the literal string 'DestinationDelivery' when
     * omitted.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[^:*]+$}. Default: {@code
     * "DestinationDelivery"}. CloudFormation property {@code LogStreamName}.
     */
    public CloudWatchLogsConfiguration logStreamName(String value) {
      return set("LogStreamName", Value.of(value));
    }

    /** Sets {@code LogStreamName} to this value; see {@link #logStreamName(String)}. */
    public CloudWatchLogsConfiguration logStreamName(Value<String> value) {
      return set("LogStreamName", value);
    }
  }

  /**
   * Configuration of the S3 bucket used to capture records that cannot be delivered to the primary
   * destination.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.DeadLetterQueueS3Configuration}.
   */
  public static final class DeadLetterQueueS3Configuration extends Struct<DeadLetterQueueS3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.DeadLetterQueueS3Configuration")
        .required("BucketARN", "ExpectedBucketOwner")
        .constrain("BucketARN", Constraint.of().pattern("^arn:aws[-a-z0-9]*:s3:::[a-z0-9._-]{3,63}$").minLength(1).maxLength(2048))
        .constrain("ErrorOutputPrefix", Constraint.of().pattern("^[0-9A-Za-z!\\-_'.*()\\/]+$").minLength(1).maxLength(512))
        .constrain("ExpectedBucketOwner", Constraint.of().pattern("^\\d{12}$").minLength(12).maxLength(12))
        .build();

    public DeadLetterQueueS3Configuration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the S3 bucket for storing failed records.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:s3:::[a-z0-9._-]{3,63}$}. CloudFormation property {@code BucketARN}.
     */
    public DeadLetterQueueS3Configuration bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public DeadLetterQueueS3Configuration bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }

    /**
     * Optional S3 key prefix under which error records are organized. When omitted, the service
     * uses the default 'kinesis-channel/errors/&lt;channelName&gt;/&lt;channelId&gt;/'.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[0-9A-Za-z!&#92;-_'.*()&#92;/]+$}.
     * CloudFormation property {@code ErrorOutputPrefix}.
     */
    public DeadLetterQueueS3Configuration errorOutputPrefix(String value) {
      return set("ErrorOutputPrefix", Value.of(value));
    }

    /** Sets {@code ErrorOutputPrefix} to this value; see {@link #errorOutputPrefix(String)}. */
    public DeadLetterQueueS3Configuration errorOutputPrefix(Value<String> value) {
      return set("ErrorOutputPrefix", value);
    }

    /**
     * The AWS account ID of the expected owner of the dead-letter queue S3 bucket. Used to verify
     * bucket ownership before delivery.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code ^&#92;d{12}$}. CloudFormation
     * property {@code ExpectedBucketOwner}.
     */
    public DeadLetterQueueS3Configuration expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public DeadLetterQueueS3Configuration expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }
  }

  /**
   * Server-side encryption configuration for data at rest in the destination. Data delivered to S3
   * / S3 Tables is encrypted with the same key.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.EncryptionConfiguration")
        .required("EncryptionType", "KeyId")
        .allowed("EncryptionType", "KMS")
        .constrain("KeyId", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The encryption type. KMS is the only supported value.
     *
     * <p>Required. Allowed values: {@code KMS}. CloudFormation property {@code EncryptionType}.
     */
    public EncryptionConfiguration encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionConfiguration encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * The customer-managed AWS KMS key. Accepts a key GUID, key ARN, alias ARN, or alias name
     * prefixed by 'alias/'. The Kinesis Data Streams managed alias 'aws/kinesis' is not accepted -
     * the key must be customer-owned so it can also be used by readers of the destination.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code KeyId}.
     */
    public EncryptionConfiguration keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public EncryptionConfiguration keyId(Value<String> value) {
      return set("KeyId", value);
    }
  }

  /**
   * Configuration for delivering channel operational logs.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.LoggingConfiguration}.
   */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.LoggingConfiguration")
        .required("CloudWatchLogs")
        .build();

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * CloudWatch Logs configuration for the channel. When Enabled is true and LogGroupName is
     * omitted, the service uses a default group derived from the channel name and id; LogStreamName
     * defaults to the literal string 'DestinationDelivery'.
     *
     * <p>Required. CloudFormation property {@code CloudWatchLogs}.
     */
    public LoggingConfiguration cloudWatchLogs(Value<CloudWatchLogsConfiguration> value) {
      return set("CloudWatchLogs", value);
    }
  }

  /**
   * A single partition field consisting of a transform applied to a source column.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.PartitionField}.
   */
  public static final class PartitionField extends Struct<PartitionField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.PartitionField")
        .required("SourceName", "Transform")
        .constrain("SourceName", Constraint.of().pattern("^[a-zA-Z0-9._]+$").minLength(1).maxLength(255))
        .allowed("Transform", "TIME_HOUR")
        .build();

    public PartitionField() {
      super(SCHEMA);
    }

    /**
     * The name of the source column on which the transform is applied.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9._]+$}. CloudFormation
     * property {@code SourceName}.
     */
    public PartitionField sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public PartitionField sourceName(Value<String> value) {
      return set("SourceName", value);
    }

    /**
     * The partitioning transform applied to the SourceName column.
     *
     * <p>Required. Allowed values: {@code TIME_HOUR}. CloudFormation property {@code Transform}.
     */
    public PartitionField transform(String value) {
      return set("Transform", Value.of(value));
    }

    /** Sets {@code Transform} to this value; see {@link #transform(String)}. */
    public PartitionField transform(Value<String> value) {
      return set("Transform", value);
    }
  }

  /**
   * Partitioning specification for the destination Iceberg table. Follows the S3 Tables / Iceberg
   * PartitionSpec format.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.PartitionSpec}.
   */
  public static final class PartitionSpec extends Struct<PartitionSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.PartitionSpec")
        .required("PartitionFields")
        .build();

    public PartitionSpec() {
      super(SCHEMA);
    }

    /**
     * List of partition fields that define how records are partitioned when written to the
     * destination table.
     *
     * <p>Required. CloudFormation property {@code PartitionFields}.
     */
    public PartitionSpec partitionFields(List<PartitionField> value) {
      return set("PartitionFields", Value.listOf(value));
    }

    /** Sets {@code PartitionFields} to this value; see {@link #partitionFields(List)}. */
    public PartitionSpec partitionFields(Value<List<PartitionField>> value) {
      return set("PartitionFields", value);
    }

    /** Sets {@code PartitionFields} to a list of these; see {@link #partitionFields(List)}. */
    public PartitionSpec partitionFields(PartitionField... values) {
      return set("PartitionFields", Value.list(values));
    }
  }

  /**
   * The configuration that describes how records on the source stream are encoded.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.RecordConfiguration}.
   */
  public static final class RecordConfiguration extends Struct<RecordConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.RecordConfiguration")
        .required("RecordFormatType")
        .constrain("GSRSchemaARN", Constraint.of().pattern("^arn:aws[-a-z0-9]*:glue:[-a-z0-9]+:\\d{12}:schema/[-a-zA-Z0-9_$#.]+/[-a-zA-Z0-9_$#.]+$").minLength(1).maxLength(512))
        .allowed("RecordFormatType", "GSR_JSON", "JSON", "STRING", "BYTE_ARRAY")
        .build();

    public RecordConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the AWS Glue Schema Registry (GSR) schema. Required for the S3 Tables destination,
     * where it is used to create the S3 Table and to validate that the record format matches the
     * table schema. Also used when RecordFormatType is GSR_JSON to interpret records read from the
     * source stream. Vanilla S3 delivery writes records as S3 objects and does not need a schema.
     * The schema must be in the same account and region as the channel.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:glue:[-a-z0-9]+:&#92;d{12}:schema/[-a-zA-Z0-9_$#.]+/[-a-zA-Z0-9_$#.]+$}.
     * CloudFormation property {@code GSRSchemaARN}.
     */
    public RecordConfiguration gsrSchemaARN(String value) {
      return set("GSRSchemaARN", Value.of(value));
    }

    /** Sets {@code GSRSchemaARN} to this value; see {@link #gsrSchemaARN(String)}. */
    public RecordConfiguration gsrSchemaARN(Value<String> value) {
      return set("GSRSchemaARN", value);
    }

    /**
     * The format used to interpret records read from the source stream.
     *
     * <p>Required. Allowed values: {@code GSR_JSON}, {@code JSON}, {@code STRING}, {@code
     * BYTE_ARRAY}. CloudFormation property {@code RecordFormatType}.
     */
    public RecordConfiguration recordFormatType(String value) {
      return set("RecordFormatType", Value.of(value));
    }

    /** Sets {@code RecordFormatType} to this value; see {@link #recordFormatType(String)}. */
    public RecordConfiguration recordFormatType(Value<String> value) {
      return set("RecordFormatType", value);
    }
  }

  /**
   * Configuration for delivery to a vanilla S3 bucket destination. Exactly one of
   * S3DestinationConfiguration and S3TablesDestinationConfiguration must be specified on the
   * channel.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.S3DestinationConfiguration}.
   */
  public static final class S3DestinationConfiguration extends Struct<S3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.S3DestinationConfiguration")
        .required("StorageConfiguration")
        .build();

    public S3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum time in seconds the channel buffers records before delivery if the minimum target
     * file size is not reached.
     *
     * <p>Default: {@code 300}. CloudFormation property {@code DataFreshnessInSeconds}.
     */
    public S3DestinationConfiguration dataFreshnessInSeconds(int value) {
      return set("DataFreshnessInSeconds", Value.of(value));
    }

    /**
     * Sets {@code DataFreshnessInSeconds} to this value; see {@link #dataFreshnessInSeconds(int)}.
     */
    public S3DestinationConfiguration dataFreshnessInSeconds(Value<Integer> value) {
      return set("DataFreshnessInSeconds", value);
    }

    /**
     * Configuration of the S3 bucket used to capture records that cannot be delivered to the
     * primary destination.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * DeadLetterQueueS3Configuration}.
     */
    public S3DestinationConfiguration deadLetterQueueS3Configuration(Value<DeadLetterQueueS3Configuration> value) {
      return set("DeadLetterQueueS3Configuration", value);
    }

    /**
     * S3 storage configuration that describes the destination bucket and how delivered objects are
     * stored.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * StorageConfiguration}.
     */
    public S3DestinationConfiguration storageConfiguration(Value<S3StorageConfiguration> value) {
      return set("StorageConfiguration", value);
    }
  }

  /**
   * S3 storage configuration that describes the destination bucket and how delivered objects are
   * stored.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.S3StorageConfiguration}.
   */
  public static final class S3StorageConfiguration extends Struct<S3StorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.S3StorageConfiguration")
        .required("BucketARN", "CompressionType", "ExpectedBucketOwner")
        .constrain("BucketARN", Constraint.of().pattern("^arn:aws[-a-z0-9]*:s3:::[a-z0-9._-]{3,63}$").minLength(1).maxLength(2048))
        .allowed("CompressionType", "NONE", "GZIP", "ZSTD")
        .constrain("ExpectedBucketOwner", Constraint.of().pattern("^\\d{12}$").minLength(12).maxLength(12))
        .constrain("OutputKeyTemplate", Constraint.of().pattern("^[0-9A-Za-z!\\-_'.*()\\/=:{}]+$").minLength(1).maxLength(1024))
        .allowed("StorageClass", "STANDARD", "INTELLIGENT_TIERING", "GLACIER_IR")
        .build();

    public S3StorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the S3 bucket for record delivery. Different channels can deliver to the same
     * bucket. Buckets can be cross-account but must be in the same region as the channel.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:s3:::[a-z0-9._-]{3,63}$}. CloudFormation property {@code BucketARN}.
     */
    public S3StorageConfiguration bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public S3StorageConfiguration bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }

    /**
     * The compression algorithm applied to delivered objects.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code GZIP}, {@code ZSTD}. CloudFormation
     * property {@code CompressionType}.
     */
    public S3StorageConfiguration compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public S3StorageConfiguration compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * The AWS account ID of the expected owner of the destination S3 bucket. Used to verify bucket
     * ownership before delivery.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code ^&#92;d{12}$}. CloudFormation
     * property {@code ExpectedBucketOwner}.
     */
    public S3StorageConfiguration expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public S3StorageConfiguration expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }

    /**
     * Optional template for the S3 object key path. Supports placeholders in the form !{name}:
     * !{channel-name}, !{channel-id}, !{stream-name}, !{yyyy}, !{yy}, !{MM}, !{dd}, !{HH}, !{mm},
     * and !{extension} (a literal file extension can be supplied as !{extension:.json.gz}). When
     * omitted, the service uses the default
     * 'kinesis-channel/!{channel-name}/!{channel-id}/!{yyyy}/!{MM}/!{dd}/!{HH}/!{channel-name}-!{channel-id}-!{yyyy}-!{MM}-!{dd}-!{HH}-!{mm}!{extension}'.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[0-9A-Za-z!&#92;-_'.*()&#92;/=:{}]+$}.
     * CloudFormation property {@code OutputKeyTemplate}.
     */
    public S3StorageConfiguration outputKeyTemplate(String value) {
      return set("OutputKeyTemplate", Value.of(value));
    }

    /** Sets {@code OutputKeyTemplate} to this value; see {@link #outputKeyTemplate(String)}. */
    public S3StorageConfiguration outputKeyTemplate(Value<String> value) {
      return set("OutputKeyTemplate", value);
    }

    /**
     * The S3 storage class for delivered objects.
     *
     * <p>Allowed values: {@code STANDARD}, {@code INTELLIGENT_TIERING}, {@code GLACIER_IR}.
     * Default: {@code "STANDARD"}. CloudFormation property {@code StorageClass}.
     */
    public S3StorageConfiguration storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public S3StorageConfiguration storageClass(Value<String> value) {
      return set("StorageClass", value);
    }
  }

  /**
   * An S3 Tables destination including its table bucket, namespace, table name, and partition spec.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.S3TableConfiguration}.
   */
  public static final class S3TableConfiguration extends Struct<S3TableConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.S3TableConfiguration")
        .required("CompressionType", "Namespace", "TableBucketARN", "TableName")
        .allowed("CompressionType", "NONE", "ZSTD", "SNAPPY")
        .constrain("Namespace", Constraint.of().pattern("^[0-9a-z_]+$").minLength(1).maxLength(255))
        .constrain("TableBucketARN", Constraint.of().pattern("^arn:aws[-a-z0-9]*:s3tables:[-a-z0-9]+:[0-9]{12}:bucket/[a-z0-9_-]{3,63}$").minLength(1).maxLength(2048))
        .constrain("TableName", Constraint.of().pattern("^[0-9a-z_]+$").minLength(1).maxLength(255))
        .build();

    public S3TableConfiguration() {
      super(SCHEMA);
    }

    /**
     * The compression algorithm applied to objects delivered to the S3 Tables destination.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code ZSTD}, {@code SNAPPY}. CloudFormation
     * property {@code CompressionType}.
     */
    public S3TableConfiguration compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public S3TableConfiguration compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * The name of the S3 Tables namespace that contains the destination table.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[0-9a-z_]+$}. CloudFormation
     * property {@code Namespace}.
     */
    public S3TableConfiguration namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public S3TableConfiguration namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * Partitioning specification for the destination Iceberg table. Follows the S3 Tables / Iceberg
     * PartitionSpec format.
     *
     * <p>CloudFormation property {@code PartitionSpec}.
     */
    public S3TableConfiguration partitionSpec(Value<PartitionSpec> value) {
      return set("PartitionSpec", value);
    }

    /**
     * The ARN of the S3 Tables table bucket for record delivery. Buckets can be cross-account but
     * must be in the same region as the channel.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:s3tables:[-a-z0-9]+:[0-9]{12}:bucket/[a-z0-9_-]{3,63}$}. CloudFormation
     * property {@code TableBucketARN}.
     */
    public S3TableConfiguration tableBucketARN(String value) {
      return set("TableBucketARN", Value.of(value));
    }

    /** Sets {@code TableBucketARN} to this value; see {@link #tableBucketARN(String)}. */
    public S3TableConfiguration tableBucketARN(Value<String> value) {
      return set("TableBucketARN", value);
    }

    /**
     * The name of the destination S3 Tables table. The table is created for the customer if it does
     * not yet exist.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[0-9a-z_]+$}. CloudFormation
     * property {@code TableName}.
     */
    public S3TableConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public S3TableConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Configuration for delivery to S3 Tables destinations. Exactly one of S3DestinationConfiguration
   * and S3TablesDestinationConfiguration must be specified on the channel.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.S3TablesDestinationConfiguration}.
   */
  public static final class S3TablesDestinationConfiguration extends Struct<S3TablesDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.S3TablesDestinationConfiguration")
        .required("DeadLetterQueueS3Configuration", "S3TablesConfigurationList")
        .build();

    public S3TablesDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum time in seconds the channel buffers records before delivery if the minimum target
     * file size is not reached.
     *
     * <p>Default: {@code 300}. CloudFormation property {@code DataFreshnessInSeconds}.
     */
    public S3TablesDestinationConfiguration dataFreshnessInSeconds(int value) {
      return set("DataFreshnessInSeconds", Value.of(value));
    }

    /**
     * Sets {@code DataFreshnessInSeconds} to this value; see {@link #dataFreshnessInSeconds(int)}.
     */
    public S3TablesDestinationConfiguration dataFreshnessInSeconds(Value<Integer> value) {
      return set("DataFreshnessInSeconds", value);
    }

    /**
     * Configuration of the S3 bucket used to capture records that cannot be delivered to the
     * primary destination.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DeadLetterQueueS3Configuration}.
     */
    public S3TablesDestinationConfiguration deadLetterQueueS3Configuration(Value<DeadLetterQueueS3Configuration> value) {
      return set("DeadLetterQueueS3Configuration", value);
    }

    /**
     * The list of S3 Tables destinations. v1 supports a single element; the list shape allows
     * future extensibility to fan out to multiple tables.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * S3TablesConfigurationList}.
     */
    public S3TablesDestinationConfiguration s3TablesConfigurationList(List<S3TableConfiguration> value) {
      return set("S3TablesConfigurationList", Value.listOf(value));
    }

    /**
     * Sets {@code S3TablesConfigurationList} to this value; see {@link
     * #s3TablesConfigurationList(List)}.
     */
    public S3TablesDestinationConfiguration s3TablesConfigurationList(Value<List<S3TableConfiguration>> value) {
      return set("S3TablesConfigurationList", value);
    }

    /**
     * Sets {@code S3TablesConfigurationList} to a list of these; see {@link
     * #s3TablesConfigurationList(List)}.
     */
    public S3TablesDestinationConfiguration s3TablesConfigurationList(S3TableConfiguration... values) {
      return set("S3TablesConfigurationList", Value.list(values));
    }
  }

  /**
   * The configuration of a Kinesis stream that the channel reads from.
   *
   * <p>Property type {@code AWS::Kinesis::Channel.StreamConfiguration}.
   */
  public static final class StreamConfiguration extends Struct<StreamConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Channel.StreamConfiguration")
        .required("RecordConfiguration", "StreamARN")
        .constrain("StreamARN", Constraint.of().pattern("^arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+").minLength(1).maxLength(2048))
        .build();

    public StreamConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration that describes how records on the source stream are encoded.
     *
     * <p>Required. CloudFormation property {@code RecordConfiguration}.
     */
    public StreamConfiguration recordConfiguration(Value<RecordConfiguration> value) {
      return set("RecordConfiguration", value);
    }

    /**
     * The Amazon resource name (ARN) of the Kinesis data stream that the channel reads from.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws.*:kinesis:.*:&#92;d{12}:stream/&#92;S+}. CloudFormation property {@code StreamARN}.
     */
    public StreamConfiguration streamARN(String value) {
      return set("StreamARN", Value.of(value));
    }

    /** Sets {@code StreamARN} to this value; see {@link #streamARN(String)}. */
    public StreamConfiguration streamARN(Value<String> value) {
      return set("StreamARN", value);
    }
  }
}
