// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sqs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::SQS::Queue</code> resource creates an Amazon SQS standard or FIFO queue.
 *
 * <p>Keep the following caveats in mind:
 *
 * <ul> <li>If you don't specify the <code>FifoQueue</code> property, Amazon SQS creates a standard
 * queue. </ul>
 *
 * <p>You can't change the queue type after you create it and you can't convert an existing standard
 * queue into a FIFO queue. You must either create a new FIFO queue for your application or delete
 * your existing standard queue and recreate it as a FIFO queue. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-moving.html">Moving
 * from a standard queue to a FIFO queue</a> in the <em>Amazon SQS Developer Guide</em> .
 *
 * <ul> <li>If you don't provide a value for a property, the queue is created with the default value
 * for the property. <li>If you delete a queue, you must wait at least 60 seconds before creating a
 * queue with the same name. <li>To successfully create a new queue, you must provide a queue name
 * that adheres to the <a
 * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/limits-queues.html">limits
 * related to queues</a> and is unique within the scope of your queues. </ul>
 *
 * <p>For more information about creating FIFO (first-in-first-out) queues, see <a
 * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/create-queue-cloudformation.html">Creating
 * an Amazon SQS queue ( CloudFormation )</a> in the <em>Amazon SQS Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SQS::Queue}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Queue extends Resource<Queue> {
  private static final Schema SCHEMA = Schema.builder("AWS::SQS::Queue")
      .constrain("DelaySeconds", Constraint.of().minimum(0).maximum(900))
      .constrain("KmsDataKeyReusePeriodSeconds", Constraint.of().minimum(60).maximum(86400))
      .references("KmsMasterKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref", "AWS::KMS::Alias.Ref")
      .constrain("MaximumMessageSize", Constraint.of().minimum(1024).maximum(1048576))
      .constrain("MessageRetentionPeriod", Constraint.of().minimum(60).maximum(1209600))
      .constrain("ReceiveMessageWaitTimeSeconds", Constraint.of().minimum(0).maximum(20))
      .constrain("VisibilityTimeout", Constraint.of().minimum(0).maximum(43200))
      .refYields("QueueUrl")
      .attributes("Arn", "QueueName", "QueueUrl")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Queue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * For first-in-first-out (FIFO) queues, specifies whether to enable content-based deduplication.
   * During the deduplication interval, Amazon SQS treats messages that are sent with identical
   * content as duplicates and delivers only one copy of the message. For more information, see the
   * <code>ContentBasedDeduplication</code> attribute for the <code><a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html">CreateQueue</a></code>
   * action in the <em>Amazon SQS API Reference</em> .
   *
   * <p>CloudFormation property {@code ContentBasedDeduplication}.
   */
  public Queue contentBasedDeduplication(boolean value) {
    return set("ContentBasedDeduplication", Value.of(value));
  }

  /**
   * Sets {@code ContentBasedDeduplication} to this value; see {@link
   * #contentBasedDeduplication(boolean)}.
   */
  public Queue contentBasedDeduplication(Value<Boolean> value) {
    return set("ContentBasedDeduplication", value);
  }

  /**
   * For high throughput for FIFO queues, specifies whether message deduplication occurs at the
   * message group or queue level. Valid values are <code>messageGroup</code> and <code>queue</code>
   * .
   *
   * <p>To enable high throughput for a FIFO queue, set this attribute to <code>messageGroup</code>
   * <em>and</em> set the <code>FifoThroughputLimit</code> attribute to
   * <code>perMessageGroupId</code> . If you set these attributes to anything other than these
   * values, normal throughput is in effect and deduplication occurs as specified. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html">High
   * throughput for FIFO queues</a> and <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html">Quotas
   * related to messages</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>CloudFormation property {@code DeduplicationScope}.
   */
  public Queue deduplicationScope(String value) {
    return set("DeduplicationScope", Value.of(value));
  }

  /** Sets {@code DeduplicationScope} to this value; see {@link #deduplicationScope(String)}. */
  public Queue deduplicationScope(Value<String> value) {
    return set("DeduplicationScope", value);
  }

  /**
   * The time in seconds for which the delivery of all messages in the queue is delayed. You can
   * specify an integer value of <code>0</code> to <code>900</code> (15 minutes). The default value
   * is <code>0</code> .
   *
   * <p>Range: 0 to 900. CloudFormation property {@code DelaySeconds}.
   */
  public Queue delaySeconds(int value) {
    return set("DelaySeconds", Value.of(value));
  }

  /** Sets {@code DelaySeconds} to this value; see {@link #delaySeconds(int)}. */
  public Queue delaySeconds(Value<Integer> value) {
    return set("DelaySeconds", value);
  }

  /**
   * If set to true, creates a FIFO queue. If you don't specify this property, Amazon SQS creates a
   * standard queue. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fifo-queues.html">Amazon
   * SQS FIFO queues</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FifoQueue}.
   */
  public Queue fifoQueue(boolean value) {
    return set("FifoQueue", Value.of(value));
  }

  /** Sets {@code FifoQueue} to this value; see {@link #fifoQueue(boolean)}. */
  public Queue fifoQueue(Value<Boolean> value) {
    return set("FifoQueue", value);
  }

  /**
   * For high throughput for FIFO queues, specifies whether the FIFO queue throughput quota applies
   * to the entire queue or per message group. Valid values are <code>perQueue</code> and
   * <code>perMessageGroupId</code> .
   *
   * <p>To enable high throughput for a FIFO queue, set this attribute to
   * <code>perMessageGroupId</code> <em>and</em> set the <code>DeduplicationScope</code> attribute
   * to <code>messageGroup</code> . If you set these attributes to anything other than these values,
   * normal throughput is in effect and deduplication occurs as specified. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html">High
   * throughput for FIFO queues</a> and <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html">Quotas
   * related to messages</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>CloudFormation property {@code FifoThroughputLimit}.
   */
  public Queue fifoThroughputLimit(String value) {
    return set("FifoThroughputLimit", Value.of(value));
  }

  /** Sets {@code FifoThroughputLimit} to this value; see {@link #fifoThroughputLimit(String)}. */
  public Queue fifoThroughputLimit(Value<String> value) {
    return set("FifoThroughputLimit", value);
  }

  /**
   * The length of time in seconds for which Amazon SQS can reuse a data key to encrypt or decrypt
   * messages before calling AWS again. The value must be an integer between 60 (1 minute) and
   * 86,400 (24 hours). The default is 300 (5 minutes).
   *
   * <p>A shorter time period provides better security, but results in more calls to AWS , which
   * might incur charges after Free Tier. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html#sqs-how-does-the-data-key-reuse-period-work">Encryption
   * at rest</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>Range: 60 to 86400. CloudFormation property {@code KmsDataKeyReusePeriodSeconds}.
   */
  public Queue kmsDataKeyReusePeriodSeconds(int value) {
    return set("KmsDataKeyReusePeriodSeconds", Value.of(value));
  }

  /**
   * Sets {@code KmsDataKeyReusePeriodSeconds} to this value; see {@link
   * #kmsDataKeyReusePeriodSeconds(int)}.
   */
  public Queue kmsDataKeyReusePeriodSeconds(Value<Integer> value) {
    return set("KmsDataKeyReusePeriodSeconds", value);
  }

  /**
   * The ID of an AWS Key Management Service (KMS) for Amazon SQS , or a custom KMS. To use the AWS
   * managed KMS for Amazon SQS , specify a (default) alias ARN, alias name (for example
   * <code>alias/aws/sqs</code> ), key ARN, or key ID. For more information, see the following:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html">Encryption
   * at rest</a> in the <em>Amazon SQS Developer Guide</em> <li><a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html">CreateQueue</a>
   * in the <em>Amazon SQS API Reference</em> <li><a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters">Request
   * Parameters</a> in the <em>AWS Key Management Service API Reference</em> <li>The Key Management
   * Service (KMS) section of the <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/best-practices.html">Security best
   * practices for AWS Key Management Service</a> in the <em>AWS Key Management Service Developer
   * Guide</em> </ul>
   *
   * <p>CloudFormation property {@code KmsMasterKeyId}.
   */
  public Queue kmsMasterKeyId(String value) {
    return set("KmsMasterKeyId", Value.of(value));
  }

  /** Sets {@code KmsMasterKeyId} to this value; see {@link #kmsMasterKeyId(String)}. */
  public Queue kmsMasterKeyId(Value<String> value) {
    return set("KmsMasterKeyId", value);
  }

  /**
   * Sets {@code KmsMasterKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
   * #kmsMasterKeyId(String)}.
   */
  public Queue kmsMasterKeyId(Key resource) {
    return set("KmsMasterKeyId", resource.arn());
  }

  /**
   * Sets {@code KmsMasterKeyId} to the Ref of {@code AWS::KMS::Alias}; see {@link
   * #kmsMasterKeyId(String)}.
   */
  public Queue kmsMasterKeyId(Alias resource) {
    return set("KmsMasterKeyId", resource.ref());
  }

  /**
   * The limit of how many bytes that a message can contain before Amazon SQS rejects it. You can
   * specify an integer from 1,024 bytes (1 KiB) to 1,048,576 bytes (1 MiB). Default: 1,048,576
   * bytes (1 MiB).
   *
   * <p>Range: 1024 to 1048576. CloudFormation property {@code MaximumMessageSize}.
   */
  public Queue maximumMessageSize(int value) {
    return set("MaximumMessageSize", Value.of(value));
  }

  /** Sets {@code MaximumMessageSize} to this value; see {@link #maximumMessageSize(int)}. */
  public Queue maximumMessageSize(Value<Integer> value) {
    return set("MaximumMessageSize", value);
  }

  /**
   * The number of seconds that Amazon SQS retains a message. You can specify an integer value from
   * <code>60</code> seconds (1 minute) to <code>1,209,600</code> seconds (14 days). The default
   * value is <code>345,600</code> seconds (4 days).
   *
   * <p>Range: 60 to 1209600. CloudFormation property {@code MessageRetentionPeriod}.
   */
  public Queue messageRetentionPeriod(int value) {
    return set("MessageRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code MessageRetentionPeriod} to this value; see {@link #messageRetentionPeriod(int)}.
   */
  public Queue messageRetentionPeriod(Value<Integer> value) {
    return set("MessageRetentionPeriod", value);
  }

  /**
   * A name for the queue. To create a FIFO queue, the name of your FIFO queue must end with the
   * <code>.fifo</code> suffix. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fifo-queues.html">Amazon
   * SQS FIFO queues</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID
   * for the queue name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * type</a> in the <em>CloudFormation User Guide</em> .
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code QueueName}.
   */
  public Queue queueName(String value) {
    return set("QueueName", Value.of(value));
  }

  /** Sets {@code QueueName} to this value; see {@link #queueName(String)}. */
  public Queue queueName(Value<String> value) {
    return set("QueueName", value);
  }

  /**
   * Specifies the duration, in seconds, that the ReceiveMessage action call waits until a message
   * is in the queue in order to include it in the response, rather than returning an empty response
   * if a message isn't yet available. You can specify an integer from 1 to 20. Short polling is
   * used as the default or when you specify 0 for this property. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html#sqs-long-polling">Consuming
   * messages using long polling</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>Range: 0 to 20. CloudFormation property {@code ReceiveMessageWaitTimeSeconds}.
   */
  public Queue receiveMessageWaitTimeSeconds(int value) {
    return set("ReceiveMessageWaitTimeSeconds", Value.of(value));
  }

  /**
   * Sets {@code ReceiveMessageWaitTimeSeconds} to this value; see {@link
   * #receiveMessageWaitTimeSeconds(int)}.
   */
  public Queue receiveMessageWaitTimeSeconds(Value<Integer> value) {
    return set("ReceiveMessageWaitTimeSeconds", value);
  }

  /**
   * The string that includes the parameters for the permissions for the dead-letter queue redrive
   * permission and which source queues can specify dead-letter queues as a JSON object. The
   * parameters are as follows:
   *
   * <ul> <li><code>redrivePermission</code> : The permission type that defines which source queues
   * can specify the current queue as the dead-letter queue. Valid values are: </ul>
   *
   * <ul> <li><code>allowAll</code> : (Default) Any source queues in this AWS account in the same
   * Region can specify this queue as the dead-letter queue. <li><code>denyAll</code> : No source
   * queues can specify this queue as the dead-letter queue. <li><code>byQueue</code> : Only queues
   * specified by the <code>sourceQueueArns</code> parameter can specify this queue as the
   * dead-letter queue. <li><code>sourceQueueArns</code> : The Amazon Resource Names (ARN)s of the
   * source queues that can specify this queue as the dead-letter queue and redrive messages. You
   * can specify this parameter only when the <code>redrivePermission</code> parameter is set to
   * <code>byQueue</code> . You can specify up to 10 source queue ARNs. To allow more than 10 source
   * queues to specify dead-letter queues, set the <code>redrivePermission</code> parameter to
   * <code>allowAll</code> . </ul>
   *
   * <p>CloudFormation property {@code RedriveAllowPolicy}.
   */
  public Queue redriveAllowPolicy(String value) {
    return set("RedriveAllowPolicy", Value.of(value));
  }

  /** Sets {@code RedriveAllowPolicy} to this value; see {@link #redriveAllowPolicy(String)}. */
  public Queue redriveAllowPolicy(Value<String> value) {
    return set("RedriveAllowPolicy", value);
  }

  /** Sets {@code RedriveAllowPolicy} to this value; see {@link #redriveAllowPolicy(String)}. */
  public Queue redriveAllowPolicy(Json value) {
    return set("RedriveAllowPolicy", value);
  }

  /**
   * The string that includes the parameters for the dead-letter queue functionality of the source
   * queue as a JSON object. The parameters are as follows:
   *
   * <ul> <li><code>deadLetterTargetArn</code> : The Amazon Resource Name (ARN) of the dead-letter
   * queue to which Amazon SQS moves messages after the value of <code>maxReceiveCount</code> is
   * exceeded. <li><code>maxReceiveCount</code> : The number of times a message is received by a
   * consumer of the source queue before being moved to the dead-letter queue. When the
   * <code>ReceiveCount</code> for a message exceeds the <code>maxReceiveCount</code> for a queue,
   * Amazon SQS moves the message to the dead-letter-queue. </ul>
   *
   * <p>The dead-letter queue of a FIFO queue must also be a FIFO queue. Similarly, the dead-letter
   * queue of a standard queue must also be a standard queue.
   *
   * <p><em>JSON</em>
   *
   * <p><code>{ "deadLetterTargetArn" : <em>String</em> , "maxReceiveCount" : <em>Integer</em>
   * }</code>
   *
   * <p><em>YAML</em>
   *
   * <p><code>deadLetterTargetArn : <em>String</em></code>
   *
   * <p><code>maxReceiveCount : <em>Integer</em></code>
   *
   * <p>CloudFormation property {@code RedrivePolicy}.
   */
  public Queue redrivePolicy(String value) {
    return set("RedrivePolicy", Value.of(value));
  }

  /** Sets {@code RedrivePolicy} to this value; see {@link #redrivePolicy(String)}. */
  public Queue redrivePolicy(Value<String> value) {
    return set("RedrivePolicy", value);
  }

  /** Sets {@code RedrivePolicy} to this value; see {@link #redrivePolicy(String)}. */
  public Queue redrivePolicy(Json value) {
    return set("RedrivePolicy", value);
  }

  /**
   * Enables server-side queue encryption using SQS owned encryption keys. Only one server-side
   * encryption option is supported per queue (for example, <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sse-existing-queue.html">SSE-KMS</a>
   * or <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-sqs-sse-queue.html">SSE-SQS</a>
   * ). When <code>SqsManagedSseEnabled</code> is not defined, <code>SSE-SQS</code> encryption is
   * enabled by default.
   *
   * <p>CloudFormation property {@code SqsManagedSseEnabled}.
   */
  public Queue sqsManagedSseEnabled(boolean value) {
    return set("SqsManagedSseEnabled", Value.of(value));
  }

  /**
   * Sets {@code SqsManagedSseEnabled} to this value; see {@link #sqsManagedSseEnabled(boolean)}.
   */
  public Queue sqsManagedSseEnabled(Value<Boolean> value) {
    return set("SqsManagedSseEnabled", value);
  }

  /**
   * The tags that you attach to this queue. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * tag</a> in the <em>CloudFormation User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Queue tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Queue tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Queue tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The length of time during which a message will be unavailable after a message is delivered from
   * the queue. This blocks other components from receiving the same message and gives the initial
   * component time to process and delete the message from the queue.
   *
   * <p>Values must be from 0 to 43,200 seconds (12 hours). If you don't specify a value, AWS
   * CloudFormation uses the default value of 30 seconds.
   *
   * <p>For more information about Amazon SQS queue visibility timeouts, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html">Visibility
   * timeout</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>Range: 0 to 43200. CloudFormation property {@code VisibilityTimeout}.
   */
  public Queue visibilityTimeout(int value) {
    return set("VisibilityTimeout", Value.of(value));
  }

  /** Sets {@code VisibilityTimeout} to this value; see {@link #visibilityTimeout(int)}. */
  public Queue visibilityTimeout(Value<Integer> value) {
    return set("VisibilityTimeout", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the queue. For example:
   * <code>arn:aws:sqs:us-east-2:123456789012:mystack-myqueue-15PG5C2FC1CW8</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the queue name. For example: <code>mystack-myqueue-1VF9BKQH5BJVI</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueueName}.
   */
  public Value<String> queueName() {
    return getAtt("QueueName");
  }

  /**
   * Returns the URLs of the queues from the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueueUrl}.
   */
  public Value<String> queueUrl() {
    return getAtt("QueueUrl");
  }
}
