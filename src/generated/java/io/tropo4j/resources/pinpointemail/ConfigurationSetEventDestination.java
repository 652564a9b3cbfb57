// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpointemail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create an event destination. In Amazon Pinpoint, <em>events</em> include message sends,
 * deliveries, opens, clicks, bounces, and complaints. <em>Event destinations</em> are places that
 * you can send information about these events to. For example, you can send event data to Amazon
 * SNS to receive notifications when you receive bounces or complaints, or you can use Amazon
 * Kinesis Data Firehose to stream data to Amazon S3 for long-term storage.
 *
 * <p>A single configuration set can include more than one event destination.
 *
 * <p>CloudFormation type {@code AWS::PinpointEmail::ConfigurationSetEventDestination}.
 */
public final class ConfigurationSetEventDestination extends Resource<ConfigurationSetEventDestination> {
  private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::ConfigurationSetEventDestination")
      .required("ConfigurationSetName", "EventDestinationName")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ConfigurationSetEventDestination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the configuration set that contains the event destination that you want to modify.
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
   * An object that defines the event destination.
   *
   * <p>CloudFormation property {@code EventDestination}.
   */
  public ConfigurationSetEventDestination eventDestination(Value<EventDestination> value) {
    return set("EventDestination", value);
  }

  /**
   * The name of the event destination that you want to modify.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EventDestinationName}.
   */
  public ConfigurationSetEventDestination eventDestinationName(String value) {
    return set("EventDestinationName", Value.of(value));
  }

  /** Sets {@code EventDestinationName} to this value; see {@link #eventDestinationName(String)}. */
  public ConfigurationSetEventDestination eventDestinationName(Value<String> value) {
    return set("EventDestinationName", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An object that defines an Amazon CloudWatch destination for email events. You can use Amazon
   * CloudWatch to monitor and gain insights on your email sending metrics.
   *
   * <p>Property type {@code
   * AWS::PinpointEmail::ConfigurationSetEventDestination.CloudWatchDestination}.
   */
  public static final class CloudWatchDestination extends Struct<CloudWatchDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSetEventDestination.CloudWatchDestination");

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
   * An array of objects that define the dimensions to use when you send email events to Amazon
   * CloudWatch.
   *
   * <p>Property type {@code
   * AWS::PinpointEmail::ConfigurationSetEventDestination.DimensionConfiguration}.
   */
  public static final class DimensionConfiguration extends Struct<DimensionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::ConfigurationSetEventDestination.DimensionConfiguration")
        .required("DefaultDimensionValue", "DimensionName", "DimensionValueSource")
        .build();

    public DimensionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The default value of the dimension that is published to Amazon CloudWatch if you don't
     * provide the value of the dimension when you send an email. This value has to meet the
     * following criteria:
     *
     * <ul> <li>It can only contain ASCII letters (a–z, A–Z), numbers (0–9), underscores (_), or
     * dashes (-). <li>It can contain no more than 256 characters. </ul>
     *
     * <p>Required. CloudFormation property {@code DefaultDimensionValue}.
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
     * <p>Required. CloudFormation property {@code DimensionName}.
     */
    public DimensionConfiguration dimensionName(String value) {
      return set("DimensionName", Value.of(value));
    }

    /** Sets {@code DimensionName} to this value; see {@link #dimensionName(String)}. */
    public DimensionConfiguration dimensionName(Value<String> value) {
      return set("DimensionName", value);
    }

    /**
     * The location where Amazon Pinpoint finds the value of a dimension to publish to Amazon
     * CloudWatch. Acceptable values: <code>MESSAGE_TAG</code> , <code>EMAIL_HEADER</code> , and
     * <code>LINK_TAG</code> .
     *
     * <p>If you want Amazon Pinpoint to use the message tags that you specify using an
     * <code>X-SES-MESSAGE-TAGS</code> header or a parameter to the <code>SendEmail</code> API,
     * choose <code>MESSAGE_TAG</code> . If you want Amazon Pinpoint to use your own email headers,
     * choose <code>EMAIL_HEADER</code> . If you want Amazon Pinpoint to use tags that are specified
     * in your links, choose <code>LINK_TAG</code> .
     *
     * <p>Required. CloudFormation property {@code DimensionValueSource}.
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
   * In Amazon Pinpoint, <em>events</em> include message sends, deliveries, opens, clicks, bounces,
   * and complaints. <em>Event destinations</em> are places that you can send information about
   * these events to. For example, you can send event data to Amazon SNS to receive notifications
   * when you receive bounces or complaints, or you can use Amazon Kinesis Data Firehose to stream
   * data to Amazon S3 for long-term storage.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSetEventDestination.EventDestination}.
   */
  public static final class EventDestination extends Struct<EventDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::ConfigurationSetEventDestination.EventDestination")
        .required("MatchingEventTypes")
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
     * An object that defines an Amazon Kinesis Data Firehose destination for email events. You can
     * use Amazon Kinesis Data Firehose to stream data to other services, such as Amazon S3 and
     * Amazon Redshift.
     *
     * <p>CloudFormation property {@code KinesisFirehoseDestination}.
     */
    public EventDestination kinesisFirehoseDestination(Value<KinesisFirehoseDestination> value) {
      return set("KinesisFirehoseDestination", value);
    }

    /**
     * The types of events that Amazon Pinpoint sends to the specified event destinations.
     * Acceptable values: <code>SEND</code> , <code>REJECT</code> , <code>BOUNCE</code> ,
     * <code>COMPLAINT</code> , <code>DELIVERY</code> , <code>OPEN</code> , <code>CLICK</code> , and
     * <code>RENDERING_FAILURE</code> .
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
     * An object that defines a Amazon Pinpoint destination for email events. You can use Amazon
     * Pinpoint events to create attributes in Amazon Pinpoint projects. You can use these
     * attributes to create segments for your campaigns.
     *
     * <p>CloudFormation property {@code PinpointDestination}.
     */
    public EventDestination pinpointDestination(Value<PinpointDestination> value) {
      return set("PinpointDestination", value);
    }

    /**
     * An object that defines an Amazon SNS destination for email events. You can use Amazon SNS to
     * send notification when certain email events occur.
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
   * <p>Property type {@code
   * AWS::PinpointEmail::ConfigurationSetEventDestination.KinesisFirehoseDestination}.
   */
  public static final class KinesisFirehoseDestination extends Struct<KinesisFirehoseDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::ConfigurationSetEventDestination.KinesisFirehoseDestination")
        .required("DeliveryStreamArn", "IamRoleArn")
        .constrain("IamRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisFirehoseDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Kinesis Data Firehose stream that Amazon
     * Pinpoint sends email events to.
     *
     * <p>Required. CloudFormation property {@code DeliveryStreamArn}.
     */
    public KinesisFirehoseDestination deliveryStreamArn(String value) {
      return set("DeliveryStreamArn", Value.of(value));
    }

    /** Sets {@code DeliveryStreamArn} to this value; see {@link #deliveryStreamArn(String)}. */
    public KinesisFirehoseDestination deliveryStreamArn(Value<String> value) {
      return set("DeliveryStreamArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that Amazon Pinpoint uses when sending email
     * events to the Amazon Kinesis Data Firehose stream.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
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
   * An object that defines a Amazon Pinpoint destination for email events. You can use Amazon
   * Pinpoint events to create attributes in Amazon Pinpoint projects. You can use these attributes
   * to create segments for your campaigns.
   *
   * <p>Property type {@code
   * AWS::PinpointEmail::ConfigurationSetEventDestination.PinpointDestination}.
   */
  public static final class PinpointDestination extends Struct<PinpointDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSetEventDestination.PinpointDestination");

    public PinpointDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Pinpoint project that you want to send email
     * events to.
     *
     * <p>CloudFormation property {@code ApplicationArn}.
     */
    public PinpointDestination applicationArn(String value) {
      return set("ApplicationArn", Value.of(value));
    }

    /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
    public PinpointDestination applicationArn(Value<String> value) {
      return set("ApplicationArn", value);
    }
  }

  /**
   * An object that defines an Amazon SNS destination for email events. You can use Amazon SNS to
   * send notification when certain email events occur.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSetEventDestination.SnsDestination}.
   */
  public static final class SnsDestination extends Struct<SnsDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::ConfigurationSetEventDestination.SnsDestination")
        .required("TopicArn")
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public SnsDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic that you want to publish email events
     * to. For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Required. Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
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
