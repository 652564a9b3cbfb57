// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesis.Stream;
import java.util.List;

/**
 * A real-time log configuration.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::RealtimeLogConfig}.
 */
public final class RealtimeLogConfig extends Resource<RealtimeLogConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::RealtimeLogConfig")
      .required("EndPoints", "Fields", "Name", "SamplingRate")
      .constrain("SamplingRate", Constraint.of().minimum(1).maximum(100))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public RealtimeLogConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains information about the Amazon Kinesis data stream where you are sending real-time log
   * data for this real-time log configuration.
   *
   * <p>Required. CloudFormation property {@code EndPoints}.
   */
  public RealtimeLogConfig endPoints(List<EndPoint> value) {
    return set("EndPoints", Value.listOf(value));
  }

  /** Sets {@code EndPoints} to this value; see {@link #endPoints(List)}. */
  public RealtimeLogConfig endPoints(Value<List<EndPoint>> value) {
    return set("EndPoints", value);
  }

  /** Sets {@code EndPoints} to a list of these; see {@link #endPoints(List)}. */
  public RealtimeLogConfig endPoints(EndPoint... values) {
    return set("EndPoints", Value.list(values));
  }

  /**
   * A list of fields that are included in each real-time log record. In an API response, the fields
   * are provided in the same order in which they are sent to the Amazon Kinesis data stream.
   *
   * <p>For more information about fields, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html#understand-real-time-log-config-fields">Real-time
   * log configuration fields</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Required. CloudFormation property {@code Fields}.
   */
  public RealtimeLogConfig fields(List<String> value) {
    return set("Fields", Value.listOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
  public RealtimeLogConfig fields(Value<List<String>> value) {
    return set("Fields", value);
  }

  /**
   * The unique name of this real-time log configuration.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public RealtimeLogConfig name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RealtimeLogConfig name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The sampling rate for this real-time log configuration. The sampling rate determines the
   * percentage of viewer requests that are represented in the real-time log data. The sampling rate
   * is an integer between 1 and 100, inclusive.
   *
   * <p>Required. Range: 1 to 100. CloudFormation property {@code SamplingRate}.
   */
  public RealtimeLogConfig samplingRate(double value) {
    return set("SamplingRate", Value.of(value));
  }

  /** Sets {@code SamplingRate} to this value; see {@link #samplingRate(double)}. */
  public RealtimeLogConfig samplingRate(Value<Double> value) {
    return set("SamplingRate", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the real-time log configuration. For example:
   * <code>arn:aws:cloudfront::111122223333:realtime-log-config/ExampleNameForRealtimeLogConfig</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains information about the Amazon Kinesis data stream where you are sending real-time log
   * data for this real-time log configuration.
   *
   * <p>Property type {@code AWS::CloudFront::RealtimeLogConfig.EndPoint}.
   */
  public static final class EndPoint extends Struct<EndPoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::RealtimeLogConfig.EndPoint")
        .required("KinesisStreamConfig", "StreamType")
        .build();

    public EndPoint() {
      super(SCHEMA);
    }

    /**
     * Contains information about the Amazon Kinesis data stream where you are sending real-time log
     * data in a real-time log configuration.
     *
     * <p>Required. CloudFormation property {@code KinesisStreamConfig}.
     */
    public EndPoint kinesisStreamConfig(Value<KinesisStreamConfig> value) {
      return set("KinesisStreamConfig", value);
    }

    /**
     * The type of data stream where you are sending real-time log data. The only valid value is
     * <code>Kinesis</code> .
     *
     * <p>Required. CloudFormation property {@code StreamType}.
     */
    public EndPoint streamType(String value) {
      return set("StreamType", Value.of(value));
    }

    /** Sets {@code StreamType} to this value; see {@link #streamType(String)}. */
    public EndPoint streamType(Value<String> value) {
      return set("StreamType", value);
    }
  }

  /**
   * Contains information about the Amazon Kinesis data stream where you are sending real-time log
   * data.
   *
   * <p>Property type {@code AWS::CloudFront::RealtimeLogConfig.KinesisStreamConfig}.
   */
  public static final class KinesisStreamConfig extends Struct<KinesisStreamConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::RealtimeLogConfig.KinesisStreamConfig")
        .required("RoleArn", "StreamArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .references("StreamArn", "AWS::Kinesis::Stream.Arn")
        .build();

    public KinesisStreamConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Identity and Access Management (IAM) role that
     * CloudFront can use to send real-time log data to your Kinesis data stream.
     *
     * <p>For more information the IAM role, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html#understand-real-time-log-config-iam-role">Real-time
     * log configuration IAM role</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public KinesisStreamConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public KinesisStreamConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public KinesisStreamConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The Amazon Resource Name (ARN) of the Kinesis data stream where you are sending real-time log
     * data.
     *
     * <p>Required. CloudFormation property {@code StreamArn}.
     */
    public KinesisStreamConfig streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public KinesisStreamConfig streamArn(Value<String> value) {
      return set("StreamArn", value);
    }

    /**
     * Sets {@code StreamArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
     * #streamArn(String)}.
     */
    public KinesisStreamConfig streamArn(Stream resource) {
      return set("StreamArn", resource.arn());
    }
  }
}
