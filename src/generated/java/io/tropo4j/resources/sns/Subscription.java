// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sns;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.lambda.Version;
import io.tropo4j.resources.sqs.Queue;

/**
 * The <code>AWS::SNS::Subscription</code> resource subscribes an endpoint to an Amazon topic. For a
 * subscription to be created, the owner of the endpoint must` confirm the subscription.
 *
 * <p>CloudFormation type {@code AWS::SNS::Subscription}.
 */
public final class Subscription extends Resource<Subscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::SNS::Subscription")
      .required("Protocol", "TopicArn")
      .references("Endpoint", "AWS::SQS::Queue.Arn", "AWS::Lambda::Function.Arn",
          "AWS::KinesisFirehose::DeliveryStream.Arn", "AWS::Lambda::Version.Ref")
      .constrain("SubscriptionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("SubscriptionRoleArn", "AWS::IAM::Role.Arn")
      .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .references("TopicArn", "AWS::SNS::Topic.Ref")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public Subscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The delivery policy JSON assigned to the subscription. Enables the subscriber to define the
   * message delivery retry strategy in the case of an HTTP/S endpoint subscribed to the topic. For
   * more information, see <code><a
   * href="https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html">GetSubscriptionAttributes</a></code>
   * in the <em>Amazon API Reference</em> and <a
   * href="https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html">Message
   * delivery retries</a> in the <em>Amazon Developer Guide</em> .
   *
   * <p>CloudFormation property {@code DeliveryPolicy}.
   */
  public Subscription deliveryPolicy(String value) {
    return set("DeliveryPolicy", Value.of(value));
  }

  /** Sets {@code DeliveryPolicy} to this value; see {@link #deliveryPolicy(String)}. */
  public Subscription deliveryPolicy(Value<String> value) {
    return set("DeliveryPolicy", value);
  }

  /** Sets {@code DeliveryPolicy} to this value; see {@link #deliveryPolicy(String)}. */
  public Subscription deliveryPolicy(Json value) {
    return set("DeliveryPolicy", value);
  }

  /**
   * The subscription's endpoint. The endpoint value depends on the protocol that you specify. For
   * more information, see the <code>Endpoint</code> parameter of the <code><a
   * href="https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html">Subscribe</a></code>
   * action in the <em>Amazon API Reference</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Endpoint}.
   */
  public Subscription endpoint(String value) {
    return set("Endpoint", Value.of(value));
  }

  /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
  public Subscription endpoint(Value<String> value) {
    return set("Endpoint", value);
  }

  /** Sets {@code Endpoint} to the Arn of {@code AWS::SQS::Queue}; see {@link #endpoint(String)}. */
  public Subscription endpoint(Queue resource) {
    return set("Endpoint", resource.arn());
  }

  /**
   * Sets {@code Endpoint} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #endpoint(String)}.
   */
  public Subscription endpoint(Function resource) {
    return set("Endpoint", resource.arn());
  }

  /**
   * Sets {@code Endpoint} to the Arn of {@code AWS::KinesisFirehose::DeliveryStream}; see {@link
   * #endpoint(String)}.
   */
  public Subscription endpoint(DeliveryStream resource) {
    return set("Endpoint", resource.arn());
  }

  /**
   * Sets {@code Endpoint} to the Ref of {@code AWS::Lambda::Version}; see {@link
   * #endpoint(String)}.
   */
  public Subscription endpoint(Version resource) {
    return set("Endpoint", resource.ref());
  }

  /**
   * The filter policy JSON assigned to the subscription. Enables the subscriber to filter out
   * unwanted messages. For more information, see <code><a
   * href="https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html">GetSubscriptionAttributes</a></code>
   * in the <em>Amazon API Reference</em> and <a
   * href="https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html">Message
   * filtering</a> in the <em>Amazon Developer Guide</em> .
   *
   * <p>CloudFormation property {@code FilterPolicy}.
   */
  public Subscription filterPolicy(String value) {
    return set("FilterPolicy", Value.of(value));
  }

  /** Sets {@code FilterPolicy} to this value; see {@link #filterPolicy(String)}. */
  public Subscription filterPolicy(Value<String> value) {
    return set("FilterPolicy", value);
  }

  /** Sets {@code FilterPolicy} to this value; see {@link #filterPolicy(String)}. */
  public Subscription filterPolicy(Json value) {
    return set("FilterPolicy", value);
  }

  /**
   * This attribute lets you choose the filtering scope by using one of the following string value
   * types:
   *
   * <ul> <li><code>MessageAttributes</code> (default) - The filter is applied on the message
   * attributes. <li><code>MessageBody</code> - The filter is applied on the message body. </ul>
   *
   * <p><code>Null</code> is not a valid value for <code>FilterPolicyScope</code> . To delete a
   * filter policy, delete the <code>FilterPolicy</code> property but keep
   * <code>FilterPolicyScope</code> property as is.
   *
   * <p>CloudFormation property {@code FilterPolicyScope}.
   */
  public Subscription filterPolicyScope(String value) {
    return set("FilterPolicyScope", Value.of(value));
  }

  /** Sets {@code FilterPolicyScope} to this value; see {@link #filterPolicyScope(String)}. */
  public Subscription filterPolicyScope(Value<String> value) {
    return set("FilterPolicyScope", value);
  }

  /**
   * The subscription's protocol. For more information, see the <code>Protocol</code> parameter of
   * the <code><a
   * href="https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html">Subscribe</a></code>
   * action in the <em>Amazon API Reference</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Protocol}.
   */
  public Subscription protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public Subscription protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * When set to <code>true</code> , enables raw message delivery. Raw messages don't contain any
   * JSON formatting and can be sent to Amazon SQS and HTTP/S endpoints. For more information, see
   * <code><a
   * href="https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html">GetSubscriptionAttributes</a></code>
   * in the <em>Amazon API Reference</em> .
   *
   * <p>CloudFormation property {@code RawMessageDelivery}.
   */
  public Subscription rawMessageDelivery(boolean value) {
    return set("RawMessageDelivery", Value.of(value));
  }

  /** Sets {@code RawMessageDelivery} to this value; see {@link #rawMessageDelivery(boolean)}. */
  public Subscription rawMessageDelivery(Value<Boolean> value) {
    return set("RawMessageDelivery", value);
  }

  /**
   * When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue.
   * Messages that can't be delivered due to client errors (for example, when the subscribed
   * endpoint is unreachable) or server errors (for example, when the service that powers the
   * subscribed endpoint becomes unavailable) are held in the dead-letter queue for further analysis
   * or reprocessing.
   *
   * <p>For more information about the redrive policy and dead-letter queues, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html">Amazon
   * SQS dead-letter queues</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>CloudFormation property {@code RedrivePolicy}.
   */
  public Subscription redrivePolicy(String value) {
    return set("RedrivePolicy", Value.of(value));
  }

  /** Sets {@code RedrivePolicy} to this value; see {@link #redrivePolicy(String)}. */
  public Subscription redrivePolicy(Value<String> value) {
    return set("RedrivePolicy", value);
  }

  /** Sets {@code RedrivePolicy} to this value; see {@link #redrivePolicy(String)}. */
  public Subscription redrivePolicy(Json value) {
    return set("RedrivePolicy", value);
  }

  /**
   * For cross-region subscriptions, the region in which the topic resides.
   *
   * <p>If no region is specified, CloudFormation uses the region of the caller as the default.
   *
   * <p>If you perform an update operation that only updates the <code>Region</code> property of a
   * <code>AWS::SNS::Subscription</code> resource, that operation will fail unless you are either:
   *
   * <ul> <li>Updating the <code>Region</code> from <code>NULL</code> to the caller region.
   * <li>Updating the <code>Region</code> from the caller region to <code>NULL</code> . </ul>
   *
   * <p>CloudFormation property {@code Region}.
   */
  public Subscription region(String value) {
    return set("Region", Value.of(value));
  }

  /** Sets {@code Region} to this value; see {@link #region(String)}. */
  public Subscription region(Value<String> value) {
    return set("Region", value);
  }

  /**
   * Specifies whether Amazon resends the notification to the subscription when a message's
   * attribute changes.
   *
   * <p>CloudFormation property {@code ReplayPolicy}.
   */
  public Subscription replayPolicy(String value) {
    return set("ReplayPolicy", Value.of(value));
  }

  /** Sets {@code ReplayPolicy} to this value; see {@link #replayPolicy(String)}. */
  public Subscription replayPolicy(Value<String> value) {
    return set("ReplayPolicy", value);
  }

  /** Sets {@code ReplayPolicy} to this value; see {@link #replayPolicy(String)}. */
  public Subscription replayPolicy(Json value) {
    return set("ReplayPolicy", value);
  }

  /**
   * This property applies only to Amazon Data Firehose delivery stream subscriptions. Specify the
   * ARN of the IAM role that has the following:
   *
   * <ul> <li>Permission to write to the Amazon Data Firehose delivery stream <li>Amazon listed as a
   * trusted entity </ul>
   *
   * <p>Specifying a valid ARN for this attribute is required for Firehose delivery stream
   * subscriptions. For more information, see <a
   * href="https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html">Fanout to
   * Amazon Data Firehose delivery streams</a> in the <em>Amazon Developer Guide.</em>
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SubscriptionRoleArn}.
   */
  public Subscription subscriptionRoleArn(String value) {
    return set("SubscriptionRoleArn", Value.of(value));
  }

  /** Sets {@code SubscriptionRoleArn} to this value; see {@link #subscriptionRoleArn(String)}. */
  public Subscription subscriptionRoleArn(Value<String> value) {
    return set("SubscriptionRoleArn", value);
  }

  /**
   * Sets {@code SubscriptionRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #subscriptionRoleArn(String)}.
   */
  public Subscription subscriptionRoleArn(Role resource) {
    return set("SubscriptionRoleArn", resource.arn());
  }

  /**
   * The ARN of the topic to subscribe to.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::SNS::Topic.Arn}.
   * CloudFormation property {@code TopicArn}.
   */
  public Subscription topicArn(String value) {
    return set("TopicArn", Value.of(value));
  }

  /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
  public Subscription topicArn(Value<String> value) {
    return set("TopicArn", value);
  }

  /** Sets {@code TopicArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #topicArn(String)}. */
  public Subscription topicArn(Topic resource) {
    return set("TopicArn", resource.ref());
  }

  /**
   * Returns the ARN of the subscription created by the <code>AWS::SNS::Subscription</code>
   * resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
