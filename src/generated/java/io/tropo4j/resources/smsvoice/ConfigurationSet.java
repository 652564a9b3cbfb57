// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new configuration set. After you create the configuration set, you can add one or more
 * event destinations to it.
 *
 * <p>A configuration set is a set of rules that you apply to the SMS and voice messages that you
 * send.
 *
 * <p>When you send a message, you can optionally specify a single configuration set.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::ConfigurationSet}.
 */
public final class ConfigurationSet extends Resource<ConfigurationSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ConfigurationSet")
      .constrain("ConfigurationSetName", Constraint.of().pattern("^[A-Za-z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("DefaultSenderId", Constraint.of().pattern("^[A-Za-z0-9_-]+$"))
      .constrain("ProtectConfigurationId", Constraint.of().pattern("^[A-Za-z0-9_:/-]+$").minLength(1).maxLength(256))
      .refYields("ConfigurationSetName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfigurationSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the ConfigurationSet.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9_-]+$}. CloudFormation property {@code ConfigurationSetName}.
   */
  public ConfigurationSet configurationSetName(String value) {
    return set("ConfigurationSetName", Value.of(value));
  }

  /** Sets {@code ConfigurationSetName} to this value; see {@link #configurationSetName(String)}. */
  public ConfigurationSet configurationSetName(Value<String> value) {
    return set("ConfigurationSetName", value);
  }

  /**
   * The default sender ID used by the ConfigurationSet.
   *
   * <p>Pattern: {@code ^[A-Za-z0-9_-]+$}. CloudFormation property {@code DefaultSenderId}.
   */
  public ConfigurationSet defaultSenderId(String value) {
    return set("DefaultSenderId", Value.of(value));
  }

  /** Sets {@code DefaultSenderId} to this value; see {@link #defaultSenderId(String)}. */
  public ConfigurationSet defaultSenderId(Value<String> value) {
    return set("DefaultSenderId", value);
  }

  /**
   * An array of EventDestination objects that describe any events to log and where to log them.
   *
   * <p>CloudFormation property {@code EventDestinations}.
   */
  public ConfigurationSet eventDestinations(List<EventDestination> value) {
    return set("EventDestinations", Value.listOf(value));
  }

  /** Sets {@code EventDestinations} to this value; see {@link #eventDestinations(List)}. */
  public ConfigurationSet eventDestinations(Value<List<EventDestination>> value) {
    return set("EventDestinations", value);
  }

  /** Sets {@code EventDestinations} to a list of these; see {@link #eventDestinations(List)}. */
  public ConfigurationSet eventDestinations(EventDestination... values) {
    return set("EventDestinations", Value.list(values));
  }

  /**
   * Set to true to enable feedback for the message.
   *
   * <p>CloudFormation property {@code MessageFeedbackEnabled}.
   */
  public ConfigurationSet messageFeedbackEnabled(boolean value) {
    return set("MessageFeedbackEnabled", Value.of(value));
  }

  /**
   * Sets {@code MessageFeedbackEnabled} to this value; see {@link
   * #messageFeedbackEnabled(boolean)}.
   */
  public ConfigurationSet messageFeedbackEnabled(Value<Boolean> value) {
    return set("MessageFeedbackEnabled", value);
  }

  /**
   * The unique identifier for the protect configuration.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9_:/-]+$}. CloudFormation property
   * {@code ProtectConfigurationId}.
   */
  public ConfigurationSet protectConfigurationId(String value) {
    return set("ProtectConfigurationId", Value.of(value));
  }

  /**
   * Sets {@code ProtectConfigurationId} to this value; see {@link #protectConfigurationId(String)}.
   */
  public ConfigurationSet protectConfigurationId(Value<String> value) {
    return set("ProtectConfigurationId", value);
  }

  /**
   * An array of key and value pair tags that's associated with the new configuration set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfigurationSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfigurationSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the ConfigurationSet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains the destination configuration to use when publishing message sending events.
   *
   * <p>Property type {@code AWS::SMSVOICE::ConfigurationSet.CloudWatchLogsDestination}.
   */
  public static final class CloudWatchLogsDestination extends Struct<CloudWatchLogsDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ConfigurationSet.CloudWatchLogsDestination")
        .required("IamRoleArn", "LogGroupArn")
        .constrain("IamRoleArn", Constraint.of().pattern("^arn:\\S+$").format("AWS::IAM::Role.Arn"))
        .constrain("LogGroupArn", Constraint.of().pattern("^arn:\\S+$"))
        .build();

    public CloudWatchLogsDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Identity and Access Management role that is able to
     * write event data to an Amazon CloudWatch destination.
     *
     * <p>Required. Pattern: {@code ^arn:&#92;S+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code IamRoleArn}.
     */
    public CloudWatchLogsDestination iamRoleArn(String value) {
      return set("IamRoleArn", Value.of(value));
    }

    /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
    public CloudWatchLogsDestination iamRoleArn(Value<String> value) {
      return set("IamRoleArn", value);
    }

    /**
     * The name of the Amazon CloudWatch log group that you want to record events in.
     *
     * <p>Required. Pattern: {@code ^arn:&#92;S+$}. CloudFormation property {@code LogGroupArn}.
     */
    public CloudWatchLogsDestination logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogsDestination logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /**
   * Contains information about an event destination.
   *
   * <p>Event destinations are associated with configuration sets, which enable you to publish
   * message sending events to CloudWatch, Firehose, or Amazon SNS.
   *
   * <p>Property type {@code AWS::SMSVOICE::ConfigurationSet.EventDestination}.
   */
  public static final class EventDestination extends Struct<EventDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ConfigurationSet.EventDestination")
        .required("Enabled", "EventDestinationName", "MatchingEventTypes")
        .constrain("EventDestinationName", Constraint.of().pattern("^[A-Za-z0-9_-]+$").minLength(1).maxLength(64))
        .build();

    public EventDestination() {
      super(SCHEMA);
    }

    /**
     * An object that contains information about an event destination that sends logging events to
     * Amazon CloudWatch logs.
     *
     * <p>CloudFormation property {@code CloudWatchLogsDestination}.
     */
    public EventDestination cloudWatchLogsDestination(Value<CloudWatchLogsDestination> value) {
      return set("CloudWatchLogsDestination", value);
    }

    /**
     * When set to true events will be logged.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public EventDestination enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public EventDestination enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The name of the EventDestination.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9_-]+$}. CloudFormation
     * property {@code EventDestinationName}.
     */
    public EventDestination eventDestinationName(String value) {
      return set("EventDestinationName", Value.of(value));
    }

    /**
     * Sets {@code EventDestinationName} to this value; see {@link #eventDestinationName(String)}.
     */
    public EventDestination eventDestinationName(Value<String> value) {
      return set("EventDestinationName", value);
    }

    /**
     * An object that contains information about an event destination for logging to Amazon Data
     * Firehose.
     *
     * <p>CloudFormation property {@code KinesisFirehoseDestination}.
     */
    public EventDestination kinesisFirehoseDestination(Value<KinesisFirehoseDestination> value) {
      return set("KinesisFirehoseDestination", value);
    }

    /**
     * An array of event types that determine which events to log.
     *
     * <p>The <code>TEXT_SENT</code> event type is not supported.
     *
     * <p>Required. CloudFormation property {@code MatchingEventTypes}.
     */
    public EventDestination matchingEventTypes(List<String> value) {
      return set("MatchingEventTypes", Value.listOf(value));
    }

    /** Sets {@code MatchingEventTypes} to this value; see {@link #matchingEventTypes(List)}. */
    public EventDestination matchingEventTypes(Value<List<String>> value) {
      return set("MatchingEventTypes", value);
    }

    /**
     * An object that contains information about an event destination that sends logging events to
     * Amazon SNS.
     *
     * <p>CloudFormation property {@code SnsDestination}.
     */
    public EventDestination snsDestination(Value<SnsDestination> value) {
      return set("SnsDestination", value);
    }
  }

  /**
   * Contains the delivery stream Amazon Resource Name (ARN), and the ARN of the AWS Identity and
   * Access Management (IAM) role associated with a Firehose event destination.
   *
   * <p>Event destinations, such as Firehose, are associated with configuration sets, which enable
   * you to publish message sending events.
   *
   * <p>Property type {@code AWS::SMSVOICE::ConfigurationSet.KinesisFirehoseDestination}.
   */
  public static final class KinesisFirehoseDestination extends Struct<KinesisFirehoseDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ConfigurationSet.KinesisFirehoseDestination")
        .required("DeliveryStreamArn", "IamRoleArn")
        .constrain("DeliveryStreamArn", Constraint.of().pattern("^arn:\\S+$"))
        .constrain("IamRoleArn", Constraint.of().pattern("^arn:\\S+$").format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisFirehoseDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the delivery stream.
     *
     * <p>Required. Pattern: {@code ^arn:&#92;S+$}. CloudFormation property {@code
     * DeliveryStreamArn}.
     */
    public KinesisFirehoseDestination deliveryStreamArn(String value) {
      return set("DeliveryStreamArn", Value.of(value));
    }

    /** Sets {@code DeliveryStreamArn} to this value; see {@link #deliveryStreamArn(String)}. */
    public KinesisFirehoseDestination deliveryStreamArn(Value<String> value) {
      return set("DeliveryStreamArn", value);
    }

    /**
     * The ARN of an AWS Identity and Access Management role that is able to write event data to an
     * Amazon Data Firehose destination.
     *
     * <p>Required. Pattern: {@code ^arn:&#92;S+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code IamRoleArn}.
     */
    public KinesisFirehoseDestination iamRoleArn(String value) {
      return set("IamRoleArn", Value.of(value));
    }

    /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
    public KinesisFirehoseDestination iamRoleArn(Value<String> value) {
      return set("IamRoleArn", value);
    }
  }

  /**
   * An object that defines an Amazon SNS destination for events. You can use Amazon SNS to send
   * notification when certain events occur.
   *
   * <p>Property type {@code AWS::SMSVOICE::ConfigurationSet.SnsDestination}.
   */
  public static final class SnsDestination extends Struct<SnsDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ConfigurationSet.SnsDestination")
        .required("TopicArn")
        .constrain("TopicArn", Constraint.of().pattern("^arn:\\S+$").format("AWS::SNS::Topic.Arn"))
        .build();

    public SnsDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic that you want to publish events to.
     *
     * <p>Required. Pattern: {@code ^arn:&#92;S+$}. Format: {@code AWS::SNS::Topic.Arn}.
     * CloudFormation property {@code TopicArn}.
     */
    public SnsDestination topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public SnsDestination topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }
}
