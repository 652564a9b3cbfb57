// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivschat;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::IVSChat::LoggingConfiguration</code> resource specifies an logging configuration
 * that allows clients to store and record sent messages. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_CreateLoggingConfiguration.html">CreateLoggingConfiguration</a>
 * in the <em>Amazon Interactive Video Service Chat API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::IVSChat::LoggingConfiguration}.
 */
public final class LoggingConfiguration extends Resource<LoggingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVSChat::LoggingConfiguration")
      .required("DestinationConfiguration")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "Id", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LoggingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The DestinationConfiguration is a complex type that contains information about where chat
   * content will be logged.
   *
   * <p>Required. CloudFormation property {@code DestinationConfiguration}.
   */
  public LoggingConfiguration destinationConfiguration(Value<DestinationConfiguration> value) {
    return set("DestinationConfiguration", value);
  }

  /**
   * Logging-configuration name. The value does not need to be unique.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]*$}. CloudFormation property
   * {@code Name}.
   */
  public LoggingConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LoggingConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivschat-loggingconfiguration-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LoggingConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LoggingConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LoggingConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The logging-configuration ARN. For example:
   * <code>arn:aws:ivschat:us-west-2:123456789012:logging-configuration/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The logging-configuration ID. For example: <code>abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Indicates the current state of the logging configuration. When the state is <code>ACTIVE</code>
   * , the configuration is ready to log a chat session. Valid values: <code>CREATING</code> |
   * <code>CREATE_FAILED</code> | <code>DELETING</code> | <code>DELETE_FAILED</code> |
   * <code>UPDATING</code> | <code>UPDATE_FAILED</code> | <code>ACTIVE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The CloudWatchLogsDestinationConfiguration property type specifies a CloudWatch Logs location
   * where chat logs will be stored.
   *
   * <p>Property type {@code
   * AWS::IVSChat::LoggingConfiguration.CloudWatchLogsDestinationConfiguration}.
   */
  public static final class CloudWatchLogsDestinationConfiguration extends Struct<CloudWatchLogsDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVSChat::LoggingConfiguration.CloudWatchLogsDestinationConfiguration")
        .required("LogGroupName")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .references("LogGroupName", "AWS::Logs::LogGroup.Ref")
        .build();

    public CloudWatchLogsDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Name of the Amazon Cloudwatch Logs destination where chat activity will be logged.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]+$}.
     * Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchLogsDestinationConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchLogsDestinationConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * Sets {@code LogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroupName(String)}.
     */
    public CloudWatchLogsDestinationConfiguration logGroupName(LogGroup resource) {
      return set("LogGroupName", resource.ref());
    }
  }

  /**
   * The DestinationConfiguration property type describes a location where chat logs will be stored.
   * Each member represents the configuration of one log destination. For logging, you define only
   * one type of destination.
   *
   * <p>Property type {@code AWS::IVSChat::LoggingConfiguration.DestinationConfiguration}.
   */
  public static final class DestinationConfiguration extends Struct<DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IVSChat::LoggingConfiguration.DestinationConfiguration");

    public DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * An Amazon CloudWatch Logs destination configuration where chat activity will be logged.
     *
     * <p>CloudFormation property {@code CloudWatchLogs}.
     */
    public DestinationConfiguration cloudWatchLogs(Value<CloudWatchLogsDestinationConfiguration> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * An Amazon Kinesis Data Firehose destination configuration where chat activity will be logged.
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public DestinationConfiguration firehose(Value<FirehoseDestinationConfiguration> value) {
      return set("Firehose", value);
    }

    /**
     * An Amazon S3 destination configuration where chat activity will be logged.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public DestinationConfiguration s3(Value<S3DestinationConfiguration> value) {
      return set("S3", value);
    }
  }

  /**
   * The FirehoseDestinationConfiguration property type specifies a Kinesis Firehose location where
   * chat logs will be stored.
   *
   * <p>Property type {@code AWS::IVSChat::LoggingConfiguration.FirehoseDestinationConfiguration}.
   */
  public static final class FirehoseDestinationConfiguration extends Struct<FirehoseDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVSChat::LoggingConfiguration.FirehoseDestinationConfiguration")
        .required("DeliveryStreamName")
        .constrain("DeliveryStreamName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(64))
        .references("DeliveryStreamName", "AWS::KinesisFirehose::DeliveryStream.Ref")
        .build();

    public FirehoseDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Name of the Amazon Kinesis Firehose delivery stream where chat activity will be logged.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code DeliveryStreamName}.
     */
    public FirehoseDestinationConfiguration deliveryStreamName(String value) {
      return set("DeliveryStreamName", Value.of(value));
    }

    /** Sets {@code DeliveryStreamName} to this value; see {@link #deliveryStreamName(String)}. */
    public FirehoseDestinationConfiguration deliveryStreamName(Value<String> value) {
      return set("DeliveryStreamName", value);
    }

    /**
     * Sets {@code DeliveryStreamName} to the Ref of {@code AWS::KinesisFirehose::DeliveryStream};
     * see {@link #deliveryStreamName(String)}.
     */
    public FirehoseDestinationConfiguration deliveryStreamName(DeliveryStream resource) {
      return set("DeliveryStreamName", resource.ref());
    }
  }

  /**
   * The S3DestinationConfiguration property type specifies an S3 location where chat logs will be
   * stored.
   *
   * <p>Property type {@code AWS::IVSChat::LoggingConfiguration.S3DestinationConfiguration}.
   */
  public static final class S3DestinationConfiguration extends Struct<S3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVSChat::LoggingConfiguration.S3DestinationConfiguration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("^[a-z0-9-.]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .build();

    public S3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Name of the Amazon S3 bucket where chat activity will be logged.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code ^[a-z0-9-.]+$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3DestinationConfiguration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3DestinationConfiguration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3DestinationConfiguration bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }
  }
}
