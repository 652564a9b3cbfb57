// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sns;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;

/**
 * The <code>AWS::SNS::Topic</code> resource creates a topic to which notifications can be
 * published.
 *
 * <p>One account can create a maximum of 100,000 standard topics and 1,000 FIFO topics. For more
 * information, see <a href="https://docs.aws.amazon.com/general/latest/gr/sns.html">Amazon
 * endpoints and quotas</a> in the <em>AWS General Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::SNS::Topic}.
 */
public final class Topic extends Resource<Topic> {
  private static final Schema SCHEMA = Schema.builder("AWS::SNS::Topic")
      .constrain("ArchivePolicy", Constraint.of().format("json"))
      .constrain("DataProtectionPolicy", Constraint.of().format("json"))
      .references("KmsMasterKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref", "AWS::KMS::Alias.Ref")
      .constrain("MaximumMessageSize", Constraint.of().minimum(1024).maximum(1048576))
      .constrain("TopicName", Constraint.of().maxLength(256))
      .refYields("TopicArn")
      .attributes("TopicArn", "TopicName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Topic(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>ArchivePolicy</code> determines the number of days Amazon retains messages in FIFO
   * topics. You can set a retention period ranging from 1 to 365 days. This property is only
   * applicable to FIFO topics; attempting to use it with standard topics will result in a creation
   * failure.
   *
   * <p>Format: {@code json}. CloudFormation property {@code ArchivePolicy}.
   */
  public Topic archivePolicy(Value<Json> value) {
    return set("ArchivePolicy", value);
  }

  /**
   * <code>ContentBasedDeduplication</code> enables deduplication of messages based on their content
   * for FIFO topics. By default, this property is set to false. If you create a FIFO topic with
   * <code>ContentBasedDeduplication</code> set to false, you must provide a
   * <code>MessageDeduplicationId</code> for each <code>Publish</code> action. When set to true,
   * Amazon automatically generates a <code>MessageDeduplicationId</code> using a SHA-256 hash of
   * the message body (excluding message attributes). You can optionally override this generated
   * value by specifying a <code>MessageDeduplicationId</code> in the <code>Publish</code> action.
   * Note that this property only applies to FIFO topics; using it with standard topics will cause
   * the creation to fail.
   *
   * <p>CloudFormation property {@code ContentBasedDeduplication}.
   */
  public Topic contentBasedDeduplication(boolean value) {
    return set("ContentBasedDeduplication", Value.of(value));
  }

  /**
   * Sets {@code ContentBasedDeduplication} to this value; see {@link
   * #contentBasedDeduplication(boolean)}.
   */
  public Topic contentBasedDeduplication(Value<Boolean> value) {
    return set("ContentBasedDeduplication", value);
  }

  /**
   * The body of the policy document you want to use for this topic.
   *
   * <p>You can only add one policy per topic.
   *
   * <p>The policy must be in JSON string format.
   *
   * <p>Length Constraints: Maximum length of 30,720.
   *
   * <p>Format: {@code json}. CloudFormation property {@code DataProtectionPolicy}.
   */
  public Topic dataProtectionPolicy(Value<Json> value) {
    return set("DataProtectionPolicy", value);
  }

  /**
   * The <code>DeliveryStatusLogging</code> configuration enables you to log the delivery status of
   * messages sent from your Amazon SNS topic to subscribed endpoints with the following supported
   * delivery protocols:
   *
   * <ul> <li>HTTP <li>Amazon Kinesis Data Firehose <li>AWS Lambda <li>Platform application endpoint
   * <li>Amazon Simple Queue Service </ul>
   *
   * <p>Once configured, log entries are sent to Amazon CloudWatch Logs.
   *
   * <p>CloudFormation property {@code DeliveryStatusLogging}.
   */
  public Topic deliveryStatusLogging(List<LoggingConfig> value) {
    return set("DeliveryStatusLogging", Value.listOf(value));
  }

  /** Sets {@code DeliveryStatusLogging} to this value; see {@link #deliveryStatusLogging(List)}. */
  public Topic deliveryStatusLogging(Value<List<LoggingConfig>> value) {
    return set("DeliveryStatusLogging", value);
  }

  /**
   * Sets {@code DeliveryStatusLogging} to a list of these; see {@link
   * #deliveryStatusLogging(List)}.
   */
  public Topic deliveryStatusLogging(LoggingConfig... values) {
    return set("DeliveryStatusLogging", Value.list(values));
  }

  /**
   * The display name to use for an Amazon topic with SMS subscriptions. The display name must be
   * maximum 100 characters long, including hyphens (-), underscores (_), spaces, and tabs.
   *
   * <p>CloudFormation property {@code DisplayName}.
   */
  public Topic displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Topic displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * Specifies the throughput quota and deduplication behavior to apply for the FIFO topic. Valid
   * values are <code>Topic</code> or <code>MessageGroup</code> .
   *
   * <p>CloudFormation property {@code FifoThroughputScope}.
   */
  public Topic fifoThroughputScope(String value) {
    return set("FifoThroughputScope", Value.of(value));
  }

  /** Sets {@code FifoThroughputScope} to this value; see {@link #fifoThroughputScope(String)}. */
  public Topic fifoThroughputScope(Value<String> value) {
    return set("FifoThroughputScope", value);
  }

  /**
   * Set to true to create a FIFO topic.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FifoTopic}.
   */
  public Topic fifoTopic(boolean value) {
    return set("FifoTopic", Value.of(value));
  }

  /** Sets {@code FifoTopic} to this value; see {@link #fifoTopic(boolean)}. */
  public Topic fifoTopic(Value<Boolean> value) {
    return set("FifoTopic", value);
  }

  /**
   * The ID of an AWS managed customer master key (CMK) for Amazon or a custom CMK. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms">Key
   * terms</a> . For more examples, see <code><a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters">KeyId</a></code>
   * in the <em>AWS Key Management Service API Reference</em> .
   *
   * <p>This property applies only to <a
   * href="https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html">server-side-encryption</a>
   * .
   *
   * <p>CloudFormation property {@code KmsMasterKeyId}.
   */
  public Topic kmsMasterKeyId(String value) {
    return set("KmsMasterKeyId", Value.of(value));
  }

  /** Sets {@code KmsMasterKeyId} to this value; see {@link #kmsMasterKeyId(String)}. */
  public Topic kmsMasterKeyId(Value<String> value) {
    return set("KmsMasterKeyId", value);
  }

  /**
   * Sets {@code KmsMasterKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
   * #kmsMasterKeyId(String)}.
   */
  public Topic kmsMasterKeyId(Key resource) {
    return set("KmsMasterKeyId", resource.arn());
  }

  /**
   * Sets {@code KmsMasterKeyId} to the Ref of {@code AWS::KMS::Alias}; see {@link
   * #kmsMasterKeyId(String)}.
   */
  public Topic kmsMasterKeyId(Alias resource) {
    return set("KmsMasterKeyId", resource.ref());
  }

  /** Range: 1024 to 1048576. CloudFormation property {@code MaximumMessageSize}. */
  public Topic maximumMessageSize(int value) {
    return set("MaximumMessageSize", Value.of(value));
  }

  /** Sets {@code MaximumMessageSize} to this value; see {@link #maximumMessageSize(int)}. */
  public Topic maximumMessageSize(Value<Integer> value) {
    return set("MaximumMessageSize", value);
  }

  /**
   * The signature version corresponds to the hashing algorithm used while creating the signature of
   * the notifications, subscription confirmations, or unsubscribe confirmation messages sent by
   * Amazon SNS. By default, <code>SignatureVersion</code> is set to <code>1</code> .
   *
   * <p>CloudFormation property {@code SignatureVersion}.
   */
  public Topic signatureVersion(String value) {
    return set("SignatureVersion", Value.of(value));
  }

  /** Sets {@code SignatureVersion} to this value; see {@link #signatureVersion(String)}. */
  public Topic signatureVersion(Value<String> value) {
    return set("SignatureVersion", value);
  }

  /**
   * The Amazon subscriptions (endpoints) for this topic.
   *
   * <p>If you specify the <code>Subscription</code> property in the <code>AWS::SNS::Topic</code>
   * resource and it creates an associated subscription resource, the associated subscription is not
   * deleted when the <code>AWS::SNS::Topic</code> resource is deleted.
   *
   * <p>CloudFormation property {@code Subscription}.
   */
  public Topic subscription(List<Subscription> value) {
    return set("Subscription", Value.listOf(value));
  }

  /** Sets {@code Subscription} to this value; see {@link #subscription(List)}. */
  public Topic subscription(Value<List<Subscription>> value) {
    return set("Subscription", value);
  }

  /** Sets {@code Subscription} to a list of these; see {@link #subscription(List)}. */
  public Topic subscription(Subscription... values) {
    return set("Subscription", Value.list(values));
  }

  /**
   * The list of tags to add to a new topic.
   *
   * <p>To be able to tag a topic on creation, you must have the <code>sns:CreateTopic</code> and
   * <code>sns:TagResource</code> permissions.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Topic tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Topic tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Topic tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the topic you want to create. Topic names must include only uppercase and lowercase
   * ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters
   * long. FIFO topic names must end with <code>.fifo</code> .
   *
   * <p>If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID
   * for the topic name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * type</a> .
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
   * {@code TopicName}.
   */
  public Topic topicName(String value) {
    return set("TopicName", Value.of(value));
  }

  /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
  public Topic topicName(Value<String> value) {
    return set("TopicName", value);
  }

  /**
   * Tracing mode of an Amazon topic. By default <code>TracingConfig</code> is set to
   * <code>PassThrough</code> , and the topic passes through the tracing header it receives from an
   * Amazon publisher to its subscriptions. If set to <code>Active</code> , Amazon will vend X-Ray
   * segment data to topic owner account if the sampled flag in the tracing header is true.
   *
   * <p>CloudFormation property {@code TracingConfig}.
   */
  public Topic tracingConfig(String value) {
    return set("TracingConfig", Value.of(value));
  }

  /** Sets {@code TracingConfig} to this value; see {@link #tracingConfig(String)}. */
  public Topic tracingConfig(Value<String> value) {
    return set("TracingConfig", value);
  }

  /**
   * Returns the ARN of an Amazon topic.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TopicArn}.
   */
  public Value<String> topicArn() {
    return getAtt("TopicArn");
  }

  /**
   * Returns the name of an Amazon topic.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TopicName}.
   */
  public Value<String> topicName() {
    return getAtt("TopicName");
  }

  /**
   * The <code>LoggingConfig</code> property type specifies the <code>Delivery</code> status logging
   * configuration for an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html"><code>AWS::SNS::Topic</code></a>
   * .
   *
   * <p>Property type {@code AWS::SNS::Topic.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SNS::Topic.LoggingConfig")
        .required("Protocol")
        .constrain("FailureFeedbackRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .allowed("Protocol", "http/s", "sqs", "lambda", "firehose", "application")
        .constrain("SuccessFeedbackRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public LoggingConfig() {
      super(SCHEMA);
    }

    /**
     * The IAM role ARN to be used when logging failed message deliveries in Amazon CloudWatch.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * FailureFeedbackRoleArn}.
     */
    public LoggingConfig failureFeedbackRoleArn(String value) {
      return set("FailureFeedbackRoleArn", Value.of(value));
    }

    /**
     * Sets {@code FailureFeedbackRoleArn} to this value; see {@link
     * #failureFeedbackRoleArn(String)}.
     */
    public LoggingConfig failureFeedbackRoleArn(Value<String> value) {
      return set("FailureFeedbackRoleArn", value);
    }

    /**
     * Indicates one of the supported protocols for the Amazon SNS topic.
     *
     * <p>At least one of the other three <code>LoggingConfig</code> properties is recommend along
     * with <code>Protocol</code> .
     *
     * <p>Required. Allowed values: {@code http/s}, {@code sqs}, {@code lambda}, {@code firehose},
     * {@code application}. CloudFormation property {@code Protocol}.
     */
    public LoggingConfig protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public LoggingConfig protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The IAM role ARN to be used when logging successful message deliveries in Amazon CloudWatch.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SuccessFeedbackRoleArn}.
     */
    public LoggingConfig successFeedbackRoleArn(String value) {
      return set("SuccessFeedbackRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SuccessFeedbackRoleArn} to this value; see {@link
     * #successFeedbackRoleArn(String)}.
     */
    public LoggingConfig successFeedbackRoleArn(Value<String> value) {
      return set("SuccessFeedbackRoleArn", value);
    }

    /**
     * The percentage of successful message deliveries to be logged in Amazon CloudWatch. Valid
     * percentage values range from 0 to 100.
     *
     * <p>CloudFormation property {@code SuccessFeedbackSampleRate}.
     */
    public LoggingConfig successFeedbackSampleRate(String value) {
      return set("SuccessFeedbackSampleRate", Value.of(value));
    }

    /**
     * Sets {@code SuccessFeedbackSampleRate} to this value; see {@link
     * #successFeedbackSampleRate(String)}.
     */
    public LoggingConfig successFeedbackSampleRate(Value<String> value) {
      return set("SuccessFeedbackSampleRate", value);
    }
  }

  /**
   * <code>Subscription</code> is an embedded property that describes the subscription endpoints of
   * an Amazon topic.
   *
   * <p>For full control over subscription behavior (for example, delivery policy, filtering, raw
   * message delivery, and cross-region subscriptions), use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-subscription.html">AWS::SNS::Subscription</a>
   * resource.
   *
   * <p>Property type {@code AWS::SNS::Topic.Subscription}.
   */
  public static final class Subscription extends Struct<Subscription> {
    private static final Schema SCHEMA = Schema.builder("AWS::SNS::Topic.Subscription")
        .required("Endpoint", "Protocol")
        .references("Endpoint", "AWS::Lambda::Function.Arn", "AWS::SQS::Queue.Arn")
        .build();

    public Subscription() {
      super(SCHEMA);
    }

    /**
     * The endpoint that receives notifications from the Amazon topic. The endpoint value depends on
     * the protocol that you specify. For more information, see the <code>Endpoint</code> parameter
     * of the <code><a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html">Subscribe</a></code>
     * action in the <em>Amazon API Reference</em> .
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public Subscription endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public Subscription endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * Sets {@code Endpoint} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #endpoint(String)}.
     */
    public Subscription endpoint(Function resource) {
      return set("Endpoint", resource.arn());
    }

    /**
     * Sets {@code Endpoint} to the Arn of {@code AWS::SQS::Queue}; see {@link #endpoint(String)}.
     */
    public Subscription endpoint(Queue resource) {
      return set("Endpoint", resource.arn());
    }

    /**
     * The subscription's protocol. For more information, see the <code>Protocol</code> parameter of
     * the <code><a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html">Subscribe</a></code>
     * action in the <em>Amazon API Reference</em> .
     *
     * <p>Required. CloudFormation property {@code Protocol}.
     */
    public Subscription protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public Subscription protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }
}
