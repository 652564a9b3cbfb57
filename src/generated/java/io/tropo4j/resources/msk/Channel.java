// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::MSK::Channel
 *
 * <p>CloudFormation type {@code AWS::MSK::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel")
      .required("ChannelName", "TopicConfigurationList")
      .constrain("ChannelName", Constraint.of().pattern("^[a-zA-Z0-9._-]+$").minLength(1).maxLength(64))
      .constrain("ClusterArn", Constraint.of().pattern("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:cluster.*\\Z"))
      .refYields("ChannelArn")
      .attributes("ChannelArn", "StateInfo", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Name of the channel
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9._-]+$}. CloudFormation property {@code ChannelName}.
   */
  public Channel channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public Channel channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:[&#92;w-]+:kafka:[&#92;w-]+:&#92;d+:cluster.*&#92;Z}. CloudFormation property {@code
   * ClusterArn}.
   */
  public Channel clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public Channel clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * Encryption configuration
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Channel encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * Iceberg destination configuration
   *
   * <p>CloudFormation property {@code IcebergDestinationConfiguration}.
   */
  public Channel icebergDestinationConfiguration(Value<IcebergDestinationConfiguration> value) {
    return set("IcebergDestinationConfiguration", value);
  }

  /**
   * Log configuration details for Channel
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoggingInfo}.
   */
  public Channel loggingInfo(Value<ChannelLoggingInfo> value) {
    return set("LoggingInfo", value);
  }

  /**
   * S3 destination configuration
   *
   * <p>CloudFormation property {@code S3DestinationConfiguration}.
   */
  public Channel s3DestinationConfiguration(Value<S3DestinationConfiguration> value) {
    return set("S3DestinationConfiguration", value);
  }

  /**
   * Tags attached to the channel
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Channel tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Channel tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Channel tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Topic configuration
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TopicConfigurationList}.
   */
  public Channel topicConfigurationList(List<TopicConfiguration> value) {
    return set("TopicConfigurationList", Value.listOf(value));
  }

  /**
   * Sets {@code TopicConfigurationList} to this value; see {@link #topicConfigurationList(List)}.
   */
  public Channel topicConfigurationList(Value<List<TopicConfiguration>> value) {
    return set("TopicConfigurationList", value);
  }

  /**
   * Sets {@code TopicConfigurationList} to a list of these; see {@link
   * #topicConfigurationList(List)}.
   */
  public Channel topicConfigurationList(TopicConfiguration... values) {
    return set("TopicConfigurationList", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies the channel
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelArn}.
   */
  public Value<String> channelArn() {
    return getAtt("ChannelArn");
  }

  /**
   * Includes information about the channel state
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateInfo}.
   */
  public Value<ChannelStateInfo> stateInfo() {
    return getAtt("StateInfo");
  }

  /**
   * Status of a channel resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Catalog configuration of the destination
   *
   * <p>Property type {@code AWS::MSK::Channel.Catalog}.
   */
  public static final class Catalog extends Struct<Catalog> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.Catalog")
        .constrain("CatalogArn", Constraint.of().pattern("^arn:[\\w-]+:glue:[\\w-]+:\\d+:catalog.*\\Z"))
        .build();

    public Catalog() {
      super(SCHEMA);
    }

    /**
     * The ARN of the catalog
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * ^arn:[&#92;w-]+:glue:[&#92;w-]+:&#92;d+:catalog.*&#92;Z}. CloudFormation property {@code
     * CatalogArn}.
     */
    public Catalog catalogArn(String value) {
      return set("CatalogArn", Value.of(value));
    }

    /** Sets {@code CatalogArn} to this value; see {@link #catalogArn(String)}. */
    public Catalog catalogArn(Value<String> value) {
      return set("CatalogArn", value);
    }

    /**
     * The warehouse location
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WarehouseLocation}.
     */
    public Catalog warehouseLocation(String value) {
      return set("WarehouseLocation", Value.of(value));
    }

    /** Sets {@code WarehouseLocation} to this value; see {@link #warehouseLocation(String)}. */
    public Catalog warehouseLocation(Value<String> value) {
      return set("WarehouseLocation", value);
    }
  }

  /**
   * Log configuration details for Channel
   *
   * <p>Property type {@code AWS::MSK::Channel.ChannelLoggingInfo}.
   */
  public static final class ChannelLoggingInfo extends Struct<ChannelLoggingInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Channel.ChannelLoggingInfo");

    public ChannelLoggingInfo() {
      super(SCHEMA);
    }

    /**
     * CloudWatch Logs log destination details
     *
     * <p>CloudFormation property {@code CloudWatchLogs}.
     */
    public ChannelLoggingInfo cloudWatchLogs(Value<CloudWatchLogsLogDestination> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * Firehose log destination details
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public ChannelLoggingInfo firehose(Value<FirehoseLogDestination> value) {
      return set("Firehose", value);
    }

    /**
     * S3 log destination details
     *
     * <p>CloudFormation property {@code S3}.
     */
    public ChannelLoggingInfo s3(Value<S3LogDestination> value) {
      return set("S3", value);
    }
  }

  /**
   * Includes information about the channel state
   *
   * <p>Property type {@code AWS::MSK::Channel.ChannelStateInfo}.
   */
  public static final class ChannelStateInfo extends Struct<ChannelStateInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Channel.ChannelStateInfo");

    public ChannelStateInfo() {
      super(SCHEMA);
    }

    /**
     * Code for channel state
     *
     * <p>CloudFormation property {@code Code}.
     */
    public ChannelStateInfo code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public ChannelStateInfo code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * Message for channel state
     *
     * <p>CloudFormation property {@code Message}.
     */
    public ChannelStateInfo message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public ChannelStateInfo message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * CloudWatch Logs log destination details
   *
   * <p>Property type {@code AWS::MSK::Channel.CloudWatchLogsLogDestination}.
   */
  public static final class CloudWatchLogsLogDestination extends Struct<CloudWatchLogsLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.CloudWatchLogsLogDestination")
        .required("Enabled")
        .build();

    public CloudWatchLogsLogDestination() {
      super(SCHEMA);
    }

    /**
     * Whether CloudWatch Logs logging is enabled
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public CloudWatchLogsLogDestination enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLogsLogDestination enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The CloudWatch log group for log delivery
     *
     * <p>CloudFormation property {@code LogGroup}.
     */
    public CloudWatchLogsLogDestination logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogsLogDestination logGroup(Value<String> value) {
      return set("LogGroup", value);
    }
  }

  /**
   * Dead letter queue S3 configuration of the destination
   *
   * <p>Property type {@code AWS::MSK::Channel.DeadLetterQueueS3}.
   */
  public static final class DeadLetterQueueS3 extends Struct<DeadLetterQueueS3> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.DeadLetterQueueS3")
        .required("BucketArn", "ErrorOutputPrefix")
        .constrain("BucketArn", Constraint.of().pattern("^arn:[\\w-]+:s3:::.*\\Z"))
        .build();

    public DeadLetterQueueS3() {
      super(SCHEMA);
    }

    /**
     * The ARN of the S3 bucket
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^arn:[&#92;w-]+:s3:::.*&#92;Z}. CloudFormation property {@code BucketArn}.
     */
    public DeadLetterQueueS3 bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public DeadLetterQueueS3 bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * The error output prefix
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ErrorOutputPrefix}.
     */
    public DeadLetterQueueS3 errorOutputPrefix(String value) {
      return set("ErrorOutputPrefix", Value.of(value));
    }

    /** Sets {@code ErrorOutputPrefix} to this value; see {@link #errorOutputPrefix(String)}. */
    public DeadLetterQueueS3 errorOutputPrefix(Value<String> value) {
      return set("ErrorOutputPrefix", value);
    }

    /**
     * Optional 12-digit AWS account ID expected to own the dead-letter S3 bucket
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExpectedBucketOwner}.
     */
    public DeadLetterQueueS3 expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public DeadLetterQueueS3 expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }
  }

  /**
   * Destination table configuration
   *
   * <p>Property type {@code AWS::MSK::Channel.DestinationTable}.
   */
  public static final class DestinationTable extends Struct<DestinationTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.DestinationTable")
        .required("DestinationDatabaseName", "DestinationTableName")
        .build();

    public DestinationTable() {
      super(SCHEMA);
    }

    /**
     * The destination database name
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationDatabaseName}.
     */
    public DestinationTable destinationDatabaseName(String value) {
      return set("DestinationDatabaseName", Value.of(value));
    }

    /**
     * Sets {@code DestinationDatabaseName} to this value; see {@link
     * #destinationDatabaseName(String)}.
     */
    public DestinationTable destinationDatabaseName(Value<String> value) {
      return set("DestinationDatabaseName", value);
    }

    /**
     * The destination table name
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationTableName}.
     */
    public DestinationTable destinationTableName(String value) {
      return set("DestinationTableName", Value.of(value));
    }

    /**
     * Sets {@code DestinationTableName} to this value; see {@link #destinationTableName(String)}.
     */
    public DestinationTable destinationTableName(Value<String> value) {
      return set("DestinationTableName", value);
    }

    /**
     * Partition specification
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PartitionSpec}.
     */
    public DestinationTable partitionSpec(Value<PartitionSpec> value) {
      return set("PartitionSpec", value);
    }
  }

  /**
   * Encryption configuration
   *
   * <p>Property type {@code AWS::MSK::Channel.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.EncryptionConfiguration")
        .required("KmsKeyArn")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[\\w-]+:kms:[\\w-]+:\\d+:key.*\\Z").format("AWS::KMS::Key.Arn"))
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the KMS key for encryption
     *
     * <p>Required. Pattern: {@code ^arn:[&#92;w-]+:kms:[&#92;w-]+:&#92;d+:key.*&#92;Z}. Format:
     * {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public EncryptionConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Firehose log destination details
   *
   * <p>Property type {@code AWS::MSK::Channel.FirehoseLogDestination}.
   */
  public static final class FirehoseLogDestination extends Struct<FirehoseLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.FirehoseLogDestination")
        .required("Enabled")
        .build();

    public FirehoseLogDestination() {
      super(SCHEMA);
    }

    /**
     * The Firehose delivery stream for log delivery
     *
     * <p>CloudFormation property {@code DeliveryStream}.
     */
    public FirehoseLogDestination deliveryStream(String value) {
      return set("DeliveryStream", Value.of(value));
    }

    /** Sets {@code DeliveryStream} to this value; see {@link #deliveryStream(String)}. */
    public FirehoseLogDestination deliveryStream(Value<String> value) {
      return set("DeliveryStream", value);
    }

    /**
     * Whether Firehose logging is enabled
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public FirehoseLogDestination enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public FirehoseLogDestination enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Iceberg destination configuration
   *
   * <p>Property type {@code AWS::MSK::Channel.IcebergDestinationConfiguration}.
   */
  public static final class IcebergDestinationConfiguration extends Struct<IcebergDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.IcebergDestinationConfiguration")
        .required("AppendOnly", "DeadLetterQueueS3", "DestinationTableList", "SchemaEvolution",
            "ServiceExecutionRoleArn", "TableCreation")
        .allowed("CompressionType", "ZSTD", "SNAPPY")
        .constrain("DataFreshnessInSeconds", Constraint.of().minimum(60).maximum(900))
        .constrain("ServiceExecutionRoleArn", Constraint.of().pattern("^arn:[\\w-]+:iam::[\\w-]+:role.*\\Z").format("AWS::IAM::Role.Arn"))
        .build();

    public IcebergDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Append only mode
     *
     * <p>Required. Changing it replaces the resource. Default: {@code true}. CloudFormation
     * property {@code AppendOnly}.
     */
    public IcebergDestinationConfiguration appendOnly(boolean value) {
      return set("AppendOnly", Value.of(value));
    }

    /** Sets {@code AppendOnly} to this value; see {@link #appendOnly(boolean)}. */
    public IcebergDestinationConfiguration appendOnly(Value<Boolean> value) {
      return set("AppendOnly", value);
    }

    /**
     * Catalog configuration of the destination
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Catalog}.
     */
    public IcebergDestinationConfiguration catalog(Value<Catalog> value) {
      return set("Catalog", value);
    }

    /**
     * Compression codec for Iceberg table data files. Defaults to ZSTD.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ZSTD}, {@code SNAPPY}.
     * CloudFormation property {@code CompressionType}.
     */
    public IcebergDestinationConfiguration compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public IcebergDestinationConfiguration compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * Data freshness in seconds
     *
     * <p>Range: 60 to 900. CloudFormation property {@code DataFreshnessInSeconds}.
     */
    public IcebergDestinationConfiguration dataFreshnessInSeconds(int value) {
      return set("DataFreshnessInSeconds", Value.of(value));
    }

    /**
     * Sets {@code DataFreshnessInSeconds} to this value; see {@link #dataFreshnessInSeconds(int)}.
     */
    public IcebergDestinationConfiguration dataFreshnessInSeconds(Value<Integer> value) {
      return set("DataFreshnessInSeconds", value);
    }

    /**
     * Dead letter queue S3 configuration of the destination
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DeadLetterQueueS3}.
     */
    public IcebergDestinationConfiguration deadLetterQueueS3(Value<DeadLetterQueueS3> value) {
      return set("DeadLetterQueueS3", value);
    }

    /**
     * List of destination tables
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationTableList}.
     */
    public IcebergDestinationConfiguration destinationTableList(List<DestinationTable> value) {
      return set("DestinationTableList", Value.listOf(value));
    }

    /** Sets {@code DestinationTableList} to this value; see {@link #destinationTableList(List)}. */
    public IcebergDestinationConfiguration destinationTableList(Value<List<DestinationTable>> value) {
      return set("DestinationTableList", value);
    }

    /**
     * Sets {@code DestinationTableList} to a list of these; see {@link
     * #destinationTableList(List)}.
     */
    public IcebergDestinationConfiguration destinationTableList(DestinationTable... values) {
      return set("DestinationTableList", Value.list(values));
    }

    /**
     * Schema evolution configuration of the destination
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * SchemaEvolution}.
     */
    public IcebergDestinationConfiguration schemaEvolution(Value<SchemaEvolution> value) {
      return set("SchemaEvolution", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role used by MSK to access the table
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^arn:[&#92;w-]+:iam::[&#92;w-]+:role.*&#92;Z}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code ServiceExecutionRoleArn}.
     */
    public IcebergDestinationConfiguration serviceExecutionRoleArn(String value) {
      return set("ServiceExecutionRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceExecutionRoleArn} to this value; see {@link
     * #serviceExecutionRoleArn(String)}.
     */
    public IcebergDestinationConfiguration serviceExecutionRoleArn(Value<String> value) {
      return set("ServiceExecutionRoleArn", value);
    }

    /**
     * Table creation configuration of the destination
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TableCreation}.
     */
    public IcebergDestinationConfiguration tableCreation(Value<TableCreation> value) {
      return set("TableCreation", value);
    }
  }

  /**
   * Partition source configuration
   *
   * <p>Property type {@code AWS::MSK::Channel.PartitionSource}.
   */
  public static final class PartitionSource extends Struct<PartitionSource> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Channel.PartitionSource");

    public PartitionSource() {
      super(SCHEMA);
    }

    /**
     * Source name
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceName}.
     */
    public PartitionSource sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public PartitionSource sourceName(Value<String> value) {
      return set("SourceName", value);
    }
  }

  /**
   * Partition specification
   *
   * <p>Property type {@code AWS::MSK::Channel.PartitionSpec}.
   */
  public static final class PartitionSpec extends Struct<PartitionSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.PartitionSpec")
        .required("PartitionStrategy")
        .allowed("PartitionStrategy", "TIME_HOUR")
        .build();

    public PartitionSpec() {
      super(SCHEMA);
    }

    /**
     * Partition strategy for MSK channel
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code TIME_HOUR}.
     * CloudFormation property {@code PartitionStrategy}.
     */
    public PartitionSpec partitionStrategy(String value) {
      return set("PartitionStrategy", Value.of(value));
    }

    /** Sets {@code PartitionStrategy} to this value; see {@link #partitionStrategy(String)}. */
    public PartitionSpec partitionStrategy(Value<String> value) {
      return set("PartitionStrategy", value);
    }

    /**
     * Source list
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceList}.
     */
    public PartitionSpec sourceList(List<PartitionSource> value) {
      return set("SourceList", Value.listOf(value));
    }

    /** Sets {@code SourceList} to this value; see {@link #sourceList(List)}. */
    public PartitionSpec sourceList(Value<List<PartitionSource>> value) {
      return set("SourceList", value);
    }

    /** Sets {@code SourceList} to a list of these; see {@link #sourceList(List)}. */
    public PartitionSpec sourceList(PartitionSource... values) {
      return set("SourceList", Value.list(values));
    }
  }

  /**
   * Record converter configuration for a topic
   *
   * <p>Property type {@code AWS::MSK::Channel.RecordConverter}.
   */
  public static final class RecordConverter extends Struct<RecordConverter> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.RecordConverter")
        .required("ValueConverter")
        .allowed("ValueConverter", "BYTE_ARRAY", "JSON", "JSON_SCHEMA_GSR", "STRING")
        .build();

    public RecordConverter() {
      super(SCHEMA);
    }

    /**
     * Value converter for topic data
     *
     * <p>Required. Allowed values: {@code BYTE_ARRAY}, {@code JSON}, {@code JSON_SCHEMA_GSR},
     * {@code STRING}. CloudFormation property {@code ValueConverter}.
     */
    public RecordConverter valueConverter(String value) {
      return set("ValueConverter", Value.of(value));
    }

    /** Sets {@code ValueConverter} to this value; see {@link #valueConverter(String)}. */
    public RecordConverter valueConverter(Value<String> value) {
      return set("ValueConverter", value);
    }
  }

  /**
   * Record schema configuration for a topic
   *
   * <p>Property type {@code AWS::MSK::Channel.RecordSchema}.
   */
  public static final class RecordSchema extends Struct<RecordSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.RecordSchema")
        .required("GsrArn")
        .build();

    public RecordSchema() {
      super(SCHEMA);
    }

    /**
     * ARN of Glue Schema Registry resource used for table schema
     *
     * <p>Required. CloudFormation property {@code GsrArn}.
     */
    public RecordSchema gsrArn(String value) {
      return set("GsrArn", Value.of(value));
    }

    /** Sets {@code GsrArn} to this value; see {@link #gsrArn(String)}. */
    public RecordSchema gsrArn(Value<String> value) {
      return set("GsrArn", value);
    }
  }

  /**
   * S3 destination configuration
   *
   * <p>Property type {@code AWS::MSK::Channel.S3DestinationConfiguration}.
   */
  public static final class S3DestinationConfiguration extends Struct<S3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.S3DestinationConfiguration")
        .required("DeadLetterQueueS3", "ServiceExecutionRoleArn", "Storage")
        .constrain("DataFreshnessInSeconds", Constraint.of().minimum(60).maximum(900))
        .constrain("ServiceExecutionRoleArn", Constraint.of().pattern("^arn:[\\w-]+:iam::[\\w-]+:role.*\\Z").format("AWS::IAM::Role.Arn"))
        .build();

    public S3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Data freshness in seconds
     *
     * <p>Range: 60 to 900. CloudFormation property {@code DataFreshnessInSeconds}.
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
     * Dead letter queue S3 configuration of the destination
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DeadLetterQueueS3}.
     */
    public S3DestinationConfiguration deadLetterQueueS3(Value<DeadLetterQueueS3> value) {
      return set("DeadLetterQueueS3", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role used by MSK to access S3
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^arn:[&#92;w-]+:iam::[&#92;w-]+:role.*&#92;Z}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code ServiceExecutionRoleArn}.
     */
    public S3DestinationConfiguration serviceExecutionRoleArn(String value) {
      return set("ServiceExecutionRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceExecutionRoleArn} to this value; see {@link
     * #serviceExecutionRoleArn(String)}.
     */
    public S3DestinationConfiguration serviceExecutionRoleArn(Value<String> value) {
      return set("ServiceExecutionRoleArn", value);
    }

    /**
     * S3 storage configuration
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Storage}.
     */
    public S3DestinationConfiguration storage(Value<S3Storage> value) {
      return set("Storage", value);
    }
  }

  /**
   * S3 log destination details
   *
   * <p>Property type {@code AWS::MSK::Channel.S3LogDestination}.
   */
  public static final class S3LogDestination extends Struct<S3LogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.S3LogDestination")
        .required("Enabled")
        .build();

    public S3LogDestination() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket for log delivery
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public S3LogDestination bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3LogDestination bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Whether S3 logging is enabled
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public S3LogDestination enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3LogDestination enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The S3 prefix for log delivery
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public S3LogDestination prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3LogDestination prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * S3 storage configuration
   *
   * <p>Property type {@code AWS::MSK::Channel.S3Storage}.
   */
  public static final class S3Storage extends Struct<S3Storage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.S3Storage")
        .required("BucketArn", "CompressionType", "StorageClass")
        .constrain("BucketArn", Constraint.of().pattern("^arn:[\\w-]+:s3:::.*\\Z"))
        .allowed("CompressionType", "NONE", "GZIP", "ZSTD")
        .allowed("StorageClass", "STANDARD", "INTELLIGENT_TIERING", "GLACIER_IR")
        .build();

    public S3Storage() {
      super(SCHEMA);
    }

    /**
     * ARN of the S3 bucket
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^arn:[&#92;w-]+:s3:::.*&#92;Z}. CloudFormation property {@code BucketArn}.
     */
    public S3Storage bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public S3Storage bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * S3 compression type
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code NONE}, {@code GZIP},
     * {@code ZSTD}. CloudFormation property {@code CompressionType}.
     */
    public S3Storage compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public S3Storage compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * Optional 12-digit AWS account ID expected to own the S3 bucket
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExpectedBucketOwner}.
     */
    public S3Storage expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public S3Storage expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }

    /**
     * Template for S3 key for output objects, used for partitioning
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OutputKeyTemplate}.
     */
    public S3Storage outputKeyTemplate(String value) {
      return set("OutputKeyTemplate", Value.of(value));
    }

    /** Sets {@code OutputKeyTemplate} to this value; see {@link #outputKeyTemplate(String)}. */
    public S3Storage outputKeyTemplate(Value<String> value) {
      return set("OutputKeyTemplate", value);
    }

    /**
     * Optional prefix for output objects
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OutputPrefix}.
     */
    public S3Storage outputPrefix(String value) {
      return set("OutputPrefix", Value.of(value));
    }

    /** Sets {@code OutputPrefix} to this value; see {@link #outputPrefix(String)}. */
    public S3Storage outputPrefix(Value<String> value) {
      return set("OutputPrefix", value);
    }

    /**
     * S3 storage class
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code STANDARD}, {@code
     * INTELLIGENT_TIERING}, {@code GLACIER_IR}. CloudFormation property {@code StorageClass}.
     */
    public S3Storage storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public S3Storage storageClass(Value<String> value) {
      return set("StorageClass", value);
    }
  }

  /**
   * Schema evolution configuration of the destination
   *
   * <p>Property type {@code AWS::MSK::Channel.SchemaEvolution}.
   */
  public static final class SchemaEvolution extends Struct<SchemaEvolution> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.SchemaEvolution")
        .required("EnableSchemaEvolution")
        .build();

    public SchemaEvolution() {
      super(SCHEMA);
    }

    /**
     * Whether schema evolution is enabled
     *
     * <p>Required. Changing it replaces the resource. Default: {@code false}. CloudFormation
     * property {@code EnableSchemaEvolution}.
     */
    public SchemaEvolution enableSchemaEvolution(boolean value) {
      return set("EnableSchemaEvolution", Value.of(value));
    }

    /**
     * Sets {@code EnableSchemaEvolution} to this value; see {@link
     * #enableSchemaEvolution(boolean)}.
     */
    public SchemaEvolution enableSchemaEvolution(Value<Boolean> value) {
      return set("EnableSchemaEvolution", value);
    }
  }

  /**
   * Table creation configuration of the destination
   *
   * <p>Property type {@code AWS::MSK::Channel.TableCreation}.
   */
  public static final class TableCreation extends Struct<TableCreation> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.TableCreation")
        .required("EnableTableCreation")
        .build();

    public TableCreation() {
      super(SCHEMA);
    }

    /**
     * Whether table creation is enabled
     *
     * <p>Required. Changing it replaces the resource. Default: {@code true}. CloudFormation
     * property {@code EnableTableCreation}.
     */
    public TableCreation enableTableCreation(boolean value) {
      return set("EnableTableCreation", Value.of(value));
    }

    /**
     * Sets {@code EnableTableCreation} to this value; see {@link #enableTableCreation(boolean)}.
     */
    public TableCreation enableTableCreation(Value<Boolean> value) {
      return set("EnableTableCreation", value);
    }
  }

  /**
   * Configuration of topic in a channel
   *
   * <p>Property type {@code AWS::MSK::Channel.TopicConfiguration}.
   */
  public static final class TopicConfiguration extends Struct<TopicConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Channel.TopicConfiguration")
        .required("RecordConverter", "TopicArn")
        .constrain("TopicArn", Constraint.of().pattern("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:topic.*\\Z"))
        .build();

    public TopicConfiguration() {
      super(SCHEMA);
    }

    /**
     * Record converter configuration for a topic
     *
     * <p>Required. CloudFormation property {@code RecordConverter}.
     */
    public TopicConfiguration recordConverter(Value<RecordConverter> value) {
      return set("RecordConverter", value);
    }

    /**
     * Record schema configuration for a topic
     *
     * <p>CloudFormation property {@code RecordSchema}.
     */
    public TopicConfiguration recordSchema(Value<RecordSchema> value) {
      return set("RecordSchema", value);
    }

    /**
     * The Amazon Resource Name (ARN) that uniquely identifies the topic
     *
     * <p>Required. Pattern: {@code ^arn:[&#92;w-]+:kafka:[&#92;w-]+:&#92;d+:topic.*&#92;Z}.
     * CloudFormation property {@code TopicArn}.
     */
    public TopicConfiguration topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public TopicConfiguration topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }
}
