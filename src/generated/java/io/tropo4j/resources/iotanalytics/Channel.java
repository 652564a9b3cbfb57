// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotanalytics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::IoTAnalytics::Channel resource collects data from an MQTT topic and archives the raw,
 * unprocessed messages before publishing the data to a pipeline. For more information, see <a
 * href="https://docs.aws.amazon.com/iotanalytics/latest/userguide/welcome.html#aws-iot-analytics-how">How
 * to Use</a> in the <em>User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTAnalytics::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Channel")
      .constrain("ChannelName", Constraint.of().pattern("(^(?!_{2}))(^[a-zA-Z0-9_]+$)").minLength(1).maxLength(128))
      .refYields("ChannelName")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * (^(?!_{2}))(^[a-zA-Z0-9_]+$)}. CloudFormation property {@code ChannelName}.
   */
  public Channel channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public Channel channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * Where channel data is stored.
   *
   * <p>CloudFormation property {@code ChannelStorage}.
   */
  public Channel channelStorage(Value<ChannelStorage> value) {
    return set("ChannelStorage", value);
  }

  /**
   * How long, in days, message data is kept for the channel.
   *
   * <p>CloudFormation property {@code RetentionPeriod}.
   */
  public Channel retentionPeriod(Value<RetentionPeriod> value) {
    return set("RetentionPeriod", value);
  }

  /**
   * Metadata which can be used to manage the channel.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
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

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Where channel data is stored. You may choose one of <code>serviceManagedS3</code> ,
   * <code>customerManagedS3</code> storage. If not specified, the default is
   * <code>serviceManagedS3</code> . This can't be changed after creation of the channel.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Channel.ChannelStorage}.
   */
  public static final class ChannelStorage extends Struct<ChannelStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Channel.ChannelStorage")
        .constrain("ServiceManagedS3", Constraint.of().format("json"))
        .build();

    public ChannelStorage() {
      super(SCHEMA);
    }

    /**
     * Used to store channel data in an S3 bucket that you manage. If customer managed storage is
     * selected, the <code>retentionPeriod</code> parameter is ignored. You can't change the choice
     * of S3 storage after the data store is created.
     *
     * <p>CloudFormation property {@code CustomerManagedS3}.
     */
    public ChannelStorage customerManagedS3(Value<CustomerManagedS3> value) {
      return set("CustomerManagedS3", value);
    }

    /**
     * Used to store channel data in an S3 bucket managed by ITA . You can't change the choice of S3
     * storage after the data store is created.
     *
     * <p>Format: {@code json}. CloudFormation property {@code ServiceManagedS3}.
     */
    public ChannelStorage serviceManagedS3(Value<Json> value) {
      return set("ServiceManagedS3", value);
    }
  }

  /**
   * Used to store channel data in an S3 bucket that you manage.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Channel.CustomerManagedS3}.
   */
  public static final class CustomerManagedS3 extends Struct<CustomerManagedS3> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Channel.CustomerManagedS3")
        .required("Bucket", "RoleArn")
        .constrain("Bucket", Constraint.of().pattern("^[a-zA-Z0-9.\\-_]*$").minLength(3).maxLength(255))
        .constrain("KeyPrefix", Constraint.of().pattern("^[a-zA-Z0-9!_.*'()/{}:-]*/$").minLength(1).maxLength(255))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public CustomerManagedS3() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket in which channel data is stored.
     *
     * <p>Required. Length: 3 to 255 characters. Pattern: {@code ^[a-zA-Z0-9.&#92;-_]*$}.
     * CloudFormation property {@code Bucket}.
     */
    public CustomerManagedS3 bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public CustomerManagedS3 bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * (Optional) The prefix used to create the keys of the channel data objects. Each object in an
     * S3 bucket has a key that is its unique identifier within the bucket (each object in a bucket
     * has exactly one key). The prefix must end with a forward slash (/).
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9!_.*'()/{}:-]*&#47;$}.
     * CloudFormation property {@code KeyPrefix}.
     */
    public CustomerManagedS3 keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public CustomerManagedS3 keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }

    /**
     * The ARN of the role that grants ITA permission to interact with your Amazon S3 resources.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public CustomerManagedS3 roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CustomerManagedS3 roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * How long, in days, message data is kept.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Channel.RetentionPeriod}.
   */
  public static final class RetentionPeriod extends Struct<RetentionPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Channel.RetentionPeriod")
        .constrain("NumberOfDays", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public RetentionPeriod() {
      super(SCHEMA);
    }

    /**
     * The number of days that message data is kept. The <code>unlimited</code> parameter must be
     * false.
     *
     * <p>Range: 1 to 2147483647. CloudFormation property {@code NumberOfDays}.
     */
    public RetentionPeriod numberOfDays(int value) {
      return set("NumberOfDays", Value.of(value));
    }

    /** Sets {@code NumberOfDays} to this value; see {@link #numberOfDays(int)}. */
    public RetentionPeriod numberOfDays(Value<Integer> value) {
      return set("NumberOfDays", value);
    }

    /**
     * If true, message data is kept indefinitely.
     *
     * <p>CloudFormation property {@code Unlimited}.
     */
    public RetentionPeriod unlimited(boolean value) {
      return set("Unlimited", Value.of(value));
    }

    /** Sets {@code Unlimited} to this value; see {@link #unlimited(boolean)}. */
    public RetentionPeriod unlimited(Value<Boolean> value) {
      return set("Unlimited", value);
    }
  }
}
