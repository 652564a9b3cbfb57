// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Sets up or modifies the logging configuration of a user pool. User pools can export user
 * notification logs and, when threat protection is active, user-activity logs. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html">Exporting
 * user pool logs</a> .
 *
 * <p>CloudFormation type {@code AWS::Cognito::LogDeliveryConfiguration}.
 */
public final class LogDeliveryConfiguration extends Resource<LogDeliveryConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::LogDeliveryConfiguration")
      .required("UserPoolId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public LogDeliveryConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A logging destination of a user pool. User pools can have multiple logging destinations for
   * message-delivery and user-activity logs.
   *
   * <p>CloudFormation property {@code LogConfigurations}.
   */
  public LogDeliveryConfiguration logConfigurations(List<LogConfiguration> value) {
    return set("LogConfigurations", Value.listOf(value));
  }

  /** Sets {@code LogConfigurations} to this value; see {@link #logConfigurations(List)}. */
  public LogDeliveryConfiguration logConfigurations(Value<List<LogConfiguration>> value) {
    return set("LogConfigurations", value);
  }

  /** Sets {@code LogConfigurations} to a list of these; see {@link #logConfigurations(List)}. */
  public LogDeliveryConfiguration logConfigurations(LogConfiguration... values) {
    return set("LogConfigurations", Value.list(values));
  }

  /**
   * The ID of the user pool where you configured logging.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserPoolId}.
   */
  public LogDeliveryConfiguration userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public LogDeliveryConfiguration userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * A user pool ID, for example <code>us-east-1_EXAMPLE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Configuration for the CloudWatch log group destination of user pool detailed activity logging,
   * or of user activity log export with advanced security features.
   *
   * <p>Property type {@code AWS::Cognito::LogDeliveryConfiguration.CloudWatchLogsConfiguration}.
   */
  public static final class CloudWatchLogsConfiguration extends Struct<CloudWatchLogsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::LogDeliveryConfiguration.CloudWatchLogsConfiguration");

    public CloudWatchLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (arn) of a CloudWatch Logs log group where your user pool sends
     * logs. The log group must not be encrypted with AWS Key Management Service and must be in the
     * same AWS account as your user pool.
     *
     * <p>To send logs to log groups with a resource policy of a size greater than 5120 characters,
     * configure a log group with a path that starts with <code>/aws/vendedlogs</code> . For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html">Enabling
     * logging from certain AWS services</a> .
     *
     * <p>CloudFormation property {@code LogGroupArn}.
     */
    public CloudWatchLogsConfiguration logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogsConfiguration logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /**
   * Configuration for the Amazon Data Firehose stream destination of user activity log export with
   * threat protection.
   *
   * <p>Property type {@code AWS::Cognito::LogDeliveryConfiguration.FirehoseConfiguration}.
   */
  public static final class FirehoseConfiguration extends Struct<FirehoseConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::LogDeliveryConfiguration.FirehoseConfiguration");

    public FirehoseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of an Amazon Data Firehose stream that's the destination for threat protection log
     * export.
     *
     * <p>CloudFormation property {@code StreamArn}.
     */
    public FirehoseConfiguration streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public FirehoseConfiguration streamArn(Value<String> value) {
      return set("StreamArn", value);
    }
  }

  /**
   * The configuration of user event logs to an external AWS service like Amazon Data Firehose,
   * Amazon S3, or Amazon CloudWatch Logs.
   *
   * <p>Property type {@code AWS::Cognito::LogDeliveryConfiguration.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::LogDeliveryConfiguration.LogConfiguration");

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for the CloudWatch log group destination of user pool detailed activity
     * logging, or of user activity log export with advanced security features.
     *
     * <p>CloudFormation property {@code CloudWatchLogsConfiguration}.
     */
    public LogConfiguration cloudWatchLogsConfiguration(Value<CloudWatchLogsConfiguration> value) {
      return set("CloudWatchLogsConfiguration", value);
    }

    /**
     * The source of events that your user pool sends for logging. To send error-level logs about
     * user notification activity, set to <code>userNotification</code> . To send info-level logs
     * about threat-protection user activity in user pools with the Plus feature plan, set to
     * <code>userAuthEvents</code> .
     *
     * <p>CloudFormation property {@code EventSource}.
     */
    public LogConfiguration eventSource(String value) {
      return set("EventSource", Value.of(value));
    }

    /** Sets {@code EventSource} to this value; see {@link #eventSource(String)}. */
    public LogConfiguration eventSource(Value<String> value) {
      return set("EventSource", value);
    }

    /**
     * Configuration for the Amazon Data Firehose stream destination of user activity log export
     * with threat protection.
     *
     * <p>CloudFormation property {@code FirehoseConfiguration}.
     */
    public LogConfiguration firehoseConfiguration(Value<FirehoseConfiguration> value) {
      return set("FirehoseConfiguration", value);
    }

    /**
     * The <code>errorlevel</code> selection of logs that a user pool sends for detailed activity
     * logging. To send <code>userNotification</code> activity with <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html">information
     * about message delivery</a> , choose <code>ERROR</code> with
     * <code>CloudWatchLogsConfiguration</code> . To send <code>userAuthEvents</code> activity with
     * user logs from threat protection with the Plus feature plan, choose <code>INFO</code> with
     * one of <code>CloudWatchLogsConfiguration</code> , <code>FirehoseConfiguration</code> , or
     * <code>S3Configuration</code> .
     *
     * <p>CloudFormation property {@code LogLevel}.
     */
    public LogConfiguration logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public LogConfiguration logLevel(Value<String> value) {
      return set("LogLevel", value);
    }

    /**
     * Configuration for the Amazon S3 bucket destination of user activity log export with threat
     * protection.
     *
     * <p>CloudFormation property {@code S3Configuration}.
     */
    public LogConfiguration s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * Configuration for the Amazon S3 bucket destination of user activity log export with threat
   * protection.
   *
   * <p>Property type {@code AWS::Cognito::LogDeliveryConfiguration.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::LogDeliveryConfiguration.S3Configuration");

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * The ARN of an Amazon S3 bucket that's the destination for threat protection log export.
     *
     * <p>CloudFormation property {@code BucketArn}.
     */
    public S3Configuration bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public S3Configuration bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }
  }
}
