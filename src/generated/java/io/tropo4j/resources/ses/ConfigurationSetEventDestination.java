// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * Specifies a configuration set event destination. <em>Events</em> include message sends,
 * deliveries, opens, clicks, bounces, and complaints. <em>Event destinations</em> are places that
 * you can send information about these events to. For example, you can send event data to Amazon
 * SNS to receive notifications when you receive bounces or complaints, or you can use Amazon
 * Kinesis Data Firehose to stream data to Amazon S3 for long-term storage.
 *
 * <p>A single configuration set can include more than one event destination.
 *
 * <p>CloudFormation type {@code AWS::SES::ConfigurationSetEventDestination}.
 */
public final class ConfigurationSetEventDestination extends Resource<ConfigurationSetEventDestination> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSetEventDestination")
      .required("ConfigurationSetName", "EventDestination")
      .references("ConfigurationSetName", "AWS::SES::ConfigurationSet.Ref")
      .attributes("Id")
      .build();

  public ConfigurationSetEventDestination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the configuration set that contains the event destination.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConfigurationSetName}.
   */
  public ConfigurationSetEventDestination configurationSetName(String value) {
    return set("ConfigurationSetName", Value.of(value));
  }

  /** Sets {@code ConfigurationSetName} to this value; see {@link #configurationSetName(String)}. */
  public ConfigurationSetEventDestination configurationSetName(Value<String> value) {
    return set("ConfigurationSetName", value);
  }

  /**
   * Sets {@code ConfigurationSetName} to the Ref of {@code AWS::SES::ConfigurationSet}; see {@link
   * #configurationSetName(String)}.
   */
  public ConfigurationSetEventDestination configurationSetName(ConfigurationSet resource) {
    return set("ConfigurationSetName", resource.ref());
  }

  /**
   * An object that defines the event destination.
   *
   * <p>Required. CloudFormation property {@code EventDestination}.
   */
  public ConfigurationSetEventDestination eventDestination(Value<EventDestination> value) {
    return set("EventDestination", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An object that defines an Amazon CloudWatch destination for email events. You can use Amazon
   * CloudWatch to monitor and gain insights on your email sending metrics.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSetEventDestination.CloudWatchDestination}.
   */
  public static final class CloudWatchDestination extends Struct<CloudWatchDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::ConfigurationSetEventDestination.CloudWatchDestination");

    public CloudWatchDestination() {
      super(SCHEMA);
    }

    /**
     * An array of objects that define the dimensions to use when you send email events to Amazon
     * CloudWatch.
     *
     * <p>CloudFormation property {@code DimensionConfigurations}.
     */
    public CloudWatchDestination dimensionConfigurations(List<DimensionConfiguration> value) {
      return set("DimensionConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code DimensionConfigurations} to this value; see {@link
     * #dimensionConfigurations(List)}.
     */
    public CloudWatchDestination dimensionConfigurations(Value<List<DimensionConfiguration>> value) {
      return set("DimensionConfigurations", value);
    }

    /**
     * Sets {@code DimensionConfigurations} to a list of these; see {@link
     * #dimensionConfigurations(List)}.
     */
    public CloudWatchDestination dimensionConfigurations(DimensionConfiguration... values) {
      return set("DimensionConfigurations", Value.list(values));
    }
  }

  /**
   * An object that defines the dimension configuration to use when you send email events to Amazon
   * CloudWatch.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSetEventDestination.DimensionConfiguration}.
   */
  public static final class DimensionConfiguration extends Struct<DimensionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSetEventDestination.DimensionConfiguration")
        .required("DefaultDimensionValue", "DimensionName", "DimensionValueSource")
        .constrain("DefaultDimensionValue", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,256}$").minLength(1).maxLength(256))
        .constrain("DimensionName", Constraint.of().pattern("^[a-zA-Z0-9_:-]{1,256}$").minLength(1).maxLength(256))
        .allowed("DimensionValueSource", "EMAIL_HEADER", "LINK_TAG", "MESSAGE_TAG", "emailHeader",
            "linkTag", "messageTag")
        .build();

    public DimensionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The default value of the dimension that is published to Amazon CloudWatch if you don't
     * provide the value of the dimension when you send an email. This value has to meet the
     * following criteria:
     *
     * <ul> <li>Can only contain ASCII letters (a–z, A–Z), numbers (0–9), underscores (_), or dashes
     * (-), at signs (&#64;), and periods (.). <li>It can contain no more than 256 characters. </ul>
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]{1,256}$}.
     * CloudFormation property {@code DefaultDimensionValue}.
     */
    public DimensionConfiguration defaultDimensionValue(String value) {
      return set("DefaultDimensionValue", Value.of(value));
    }

    /**
     * Sets {@code DefaultDimensionValue} to this value; see {@link #defaultDimensionValue(String)}.
     */
    public DimensionConfiguration defaultDimensionValue(Value<String> value) {
      return set("DefaultDimensionValue", value);
    }

    /**
     * The name of an Amazon CloudWatch dimension associated with an email sending metric. The name
     * has to meet the following criteria:
     *
     * <ul> <li>It can only contain ASCII letters (a–z, A–Z), numbers (0–9), underscores (_), or
     * dashes (-). <li>It can contain no more than 256 characters. </ul>
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_:-]{1,256}$}.
     * CloudFormation property {@code DimensionName}.
     */
    public DimensionConfiguration dimensionName(String value) {
      return set("DimensionName", Value.of(value));
    }

    /** Sets {@code DimensionName} to this value; see {@link #dimensionName(String)}. */
    public DimensionConfiguration dimensionName(Value<String> value) {
      return set("DimensionName", value);
    }

    /**
     * The location where the Amazon SES API v2 finds the value of a dimension to publish to Amazon
     * CloudWatch. To use the message tags that you specify using an <code>X-SES-MESSAGE-TAGS</code>
     * header or a parameter to the <code>SendEmail</code> or <code>SendRawEmail</code> API, choose
     * <code>messageTag</code> . To use your own email headers, choose <code>emailHeader</code> . To
     * use link tags, choose <code>linkTag</code> .
     *
     * <p>Required. Allowed values: {@code EMAIL_HEADER}, {@code LINK_TAG}, {@code MESSAGE_TAG},
     * {@code emailHeader}, {@code linkTag}, {@code messageTag}. CloudFormation property {@code
     * DimensionValueSource}.
     */
    public DimensionConfiguration dimensionValueSource(String value) {
      return set("DimensionValueSource", Value.of(value));
    }

    /**
     * Sets {@code DimensionValueSource} to this value; see {@link #dimensionValueSource(String)}.
     */
    public DimensionConfiguration dimensionValueSource(Value<String> value) {
      return set("DimensionValueSource", value);
    }
  }

  /**
   * An object that defines an Amazon EventBridge destination for email events. You can use Amazon
   * EventBridge to send notifications when certain email events occur.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSetEventDestination.EventBridgeDestination}.
   */
  public static final class EventBridgeDestination extends Struct<EventBridgeDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSetEventDestination.EventBridgeDestination")
        .required("EventBusArn")
        .constrain("EventBusArn", Constraint.of().pattern("^arn:aws[a-z0-9-]*:events:[a-z0-9-]+:\\d{12}:event-bus/[^:]+$").minLength(36).maxLength(1024))
        .build();

    public EventBridgeDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon EventBridge bus to publish email events to. Only
     * the default bus is supported.
     *
     * <p>Required. Length: 36 to 1024 characters. Pattern: {@code
     * ^arn:aws[a-z0-9-]*:events:[a-z0-9-]+:&#92;d{12}:event-bus/[^:]+$}. CloudFormation property
     * {@code EventBusArn}.
     */
    public EventBridgeDestination eventBusArn(String value) {
      return set("EventBusArn", Value.of(value));
    }

    /** Sets {@code EventBusArn} to this value; see {@link #eventBusArn(String)}. */
    public EventBridgeDestination eventBusArn(Value<String> value) {
      return set("EventBusArn", value);
    }
  }

  /**
   * In the Amazon SES API v2, <em>events</em> include message sends, deliveries, opens, clicks,
   * bounces, complaints and delivery delays. <em>Event destinations</em> are places that you can
   * send information about these events to. For example, you can send event data to Amazon SNS to
   * receive notifications when you receive bounces or complaints, or you can use Amazon Kinesis
   * Data Firehose to stream data to Amazon S3 for long-term storage.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSetEventDestination.EventDestination}.
   */
  public static final class EventDestination extends Struct<EventDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSetEventDestination.EventDestination")
        .required("MatchingEventTypes")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]{0,64}$"))
        .build();

    public EventDestination() {
      super(SCHEMA);
    }

    /**
     * An object that defines an Amazon CloudWatch destination for email events. You can use Amazon
     * CloudWatch to monitor and gain insights on your email sending metrics.
     *
     * <p>CloudFormation property {@code CloudWatchDestination}.
     */
    public EventDestination cloudWatchDestination(Value<CloudWatchDestination> value) {
      return set("CloudWatchDestination", value);
    }

    /**
     * If <code>true</code> , the event destination is enabled. When the event destination is
     * enabled, the specified event types are sent to the destinations in this
     * <code>EventDestinationDefinition</code> .
     *
     * <p>If <code>false</code> , the event destination is disabled. When the event destination is
     * disabled, events aren't sent to the specified destinations.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public EventDestination enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public EventDestination enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * An object that defines an Amazon EventBridge destination for email events. You can use Amazon
     * EventBridge to send notifications when certain email events occur.
     *
     * <p>CloudFormation property {@code EventBridgeDestination}.
     */
    public EventDestination eventBridgeDestination(Value<EventBridgeDestination> value) {
      return set("EventBridgeDestination", value);
    }

    /**
     * An object that contains the delivery stream ARN and the IAM role ARN associated with an
     * Amazon Kinesis Firehose event destination.
     *
     * <p>CloudFormation property {@code KinesisFirehoseDestination}.
     */
    public EventDestination kinesisFirehoseDestination(Value<KinesisFirehoseDestination> value) {
      return set("KinesisFirehoseDestination", value);
    }

    /**
     * The types of events that Amazon SES sends to the specified event destinations.
     *
     * <ul> <li><code>SEND</code> - The send request was successful and SES will attempt to deliver
     * the message to the recipient’s mail server. (If account-level or global suppression is being
     * used, SES will still count it as a send, but delivery is suppressed.) <li><code>REJECT</code>
     * - SES accepted the email, but determined that it contained a virus and didn’t attempt to
     * deliver it to the recipient’s mail server. <li><code>BOUNCE</code> - ( <em>Hard bounce</em> )
     * The recipient's mail server permanently rejected the email. ( <em>Soft bounces</em> are only
     * included when SES fails to deliver the email after retrying for a period of time.)
     * <li><code>COMPLAINT</code> - The email was successfully delivered to the recipient’s mail
     * server, but the recipient marked it as spam. <li><code>DELIVERY</code> - SES successfully
     * delivered the email to the recipient's mail server. <li><code>OPEN</code> - The recipient
     * received the message and opened it in their email client. <li><code>CLICK</code> - The
     * recipient clicked one or more links in the email. <li><code>RENDERING_FAILURE</code> - The
     * email wasn't sent because of a template rendering issue. This event type can occur when
     * template data is missing, or when there is a mismatch between template parameters and data.
     * (This event type only occurs when you send email using the <a
     * href="https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html"><code>SendEmail</code></a>
     * or <a
     * href="https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendBulkEmail.html"><code>SendBulkEmail</code></a>
     * API operations.) <li><code>DELIVERY_DELAY</code> - The email couldn't be delivered to the
     * recipient’s mail server because a temporary issue occurred. Delivery delays can occur, for
     * example, when the recipient's inbox is full, or when the receiving email server experiences a
     * transient issue. <li><code>SUBSCRIPTION</code> - The email was successfully delivered, but
     * the recipient updated their subscription preferences by clicking on an <em>unsubscribe</em>
     * link as part of your <a
     * href="https://docs.aws.amazon.com/ses/latest/dg/sending-email-subscription-management.html">subscription
     * management</a> . </ul>
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
     * The name of the event destination. The name must meet the following requirements:
     *
     * <ul> <li>Contain only ASCII letters (a-z, A-Z), numbers (0-9), underscores (_), or dashes
     * (-). <li>Contain 64 characters or fewer. </ul>
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9_-]{0,64}$}. CloudFormation property {@code Name}.
     */
    public EventDestination name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EventDestination name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * An object that contains the topic ARN associated with an Amazon Simple Notification Service
     * (Amazon SNS) event destination.
     *
     * <p>CloudFormation property {@code SnsDestination}.
     */
    public EventDestination snsDestination(Value<SnsDestination> value) {
      return set("SnsDestination", value);
    }
  }

  /**
   * An object that defines an Amazon Kinesis Data Firehose destination for email events. You can
   * use Amazon Kinesis Data Firehose to stream data to other services, such as Amazon S3 and Amazon
   * Redshift.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSetEventDestination.KinesisFirehoseDestination}.
   */
  public static final class KinesisFirehoseDestination extends Struct<KinesisFirehoseDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSetEventDestination.KinesisFirehoseDestination")
        .required("DeliveryStreamARN", "IAMRoleARN")
        .references("DeliveryStreamARN", "AWS::KinesisFirehose::DeliveryStream.Arn")
        .constrain("IAMRoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("IAMRoleARN", "AWS::IAM::Role.Arn")
        .build();

    public KinesisFirehoseDestination() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Amazon Kinesis Firehose stream that email sending events should be published
     * to.
     *
     * <p>Required. CloudFormation property {@code DeliveryStreamARN}.
     */
    public KinesisFirehoseDestination deliveryStreamARN(String value) {
      return set("DeliveryStreamARN", Value.of(value));
    }

    /** Sets {@code DeliveryStreamARN} to this value; see {@link #deliveryStreamARN(String)}. */
    public KinesisFirehoseDestination deliveryStreamARN(Value<String> value) {
      return set("DeliveryStreamARN", value);
    }

    /**
     * Sets {@code DeliveryStreamARN} to the Arn of {@code AWS::KinesisFirehose::DeliveryStream};
     * see {@link #deliveryStreamARN(String)}.
     */
    public KinesisFirehoseDestination deliveryStreamARN(DeliveryStream resource) {
      return set("DeliveryStreamARN", resource.arn());
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that the Amazon SES API v2 uses to send email
     * events to the Amazon Kinesis Data Firehose stream.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IAMRoleARN}.
     */
    public KinesisFirehoseDestination iamRoleARN(String value) {
      return set("IAMRoleARN", Value.of(value));
    }

    /** Sets {@code IAMRoleARN} to this value; see {@link #iamRoleARN(String)}. */
    public KinesisFirehoseDestination iamRoleARN(Value<String> value) {
      return set("IAMRoleARN", value);
    }

    /**
     * Sets {@code IAMRoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #iamRoleARN(String)}.
     */
    public KinesisFirehoseDestination iamRoleARN(Role resource) {
      return set("IAMRoleARN", resource.arn());
    }
  }

  /**
   * Contains the topic ARN associated with an Amazon Simple Notification Service (Amazon SNS) event
   * destination.
   *
   * <p>Event destinations, such as Amazon SNS, are associated with configuration sets, which enable
   * you to publish email sending events. For information about using configuration sets, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/monitor-sending-activity.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ConfigurationSetEventDestination.SnsDestination}.
   */
  public static final class SnsDestination extends Struct<SnsDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSetEventDestination.SnsDestination")
        .required("TopicARN")
        .constrain("TopicARN", Constraint.of().pattern("^arn:aws[a-z0-9-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+$").minLength(36).maxLength(1024).format("AWS::SNS::Topic.Arn"))
        .references("TopicARN", "AWS::SNS::Topic.Ref")
        .build();

    public SnsDestination() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Amazon SNS topic for email sending events. You can find the ARN of a topic by
     * using the <a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html">ListTopics</a> Amazon
     * SNS operation.
     *
     * <p>For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Required. Length: 36 to 1024 characters. Pattern: {@code
     * ^arn:aws[a-z0-9-]*:sns:[a-z0-9-]+:&#92;d{12}:[^:]+$}. Format: {@code AWS::SNS::Topic.Arn}.
     * CloudFormation property {@code TopicARN}.
     */
    public SnsDestination topicARN(String value) {
      return set("TopicARN", Value.of(value));
    }

    /** Sets {@code TopicARN} to this value; see {@link #topicARN(String)}. */
    public SnsDestination topicARN(Value<String> value) {
      return set("TopicARN", value);
    }

    /**
     * Sets {@code TopicARN} to the Ref of {@code AWS::SNS::Topic}; see {@link #topicARN(String)}.
     */
    public SnsDestination topicARN(Topic resource) {
      return set("TopicARN", resource.ref());
    }
  }
}
