// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesis;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the AWS CloudFormation <code>AWS::Kinesis::StreamConsumer</code> resource to register a
 * consumer with a Kinesis data stream. The consumer you register can then call <a
 * href="https://docs.aws.amazon.com/kinesis/latest/APIReference/API_SubscribeToShard.html">SubscribeToShard</a>
 * to receive data from the stream using enhanced fan-out, at a rate of up to 2 MiB per second for
 * every shard you subscribe to. This rate is unaffected by the total number of consumers that read
 * from the same stream.
 *
 * <p>You can register up to 20 consumers per stream. However, you can request a limit increase
 * using the <a href="https://docs.aws.amazon.com/support/v1?#/">Kinesis Data Streams limits
 * form</a> . A given consumer can only be registered with one stream at a time.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/streams/latest/dev/introduction-to-enhanced-consumers.html">Using
 * Consumers with Enhanced Fan-Out</a> .
 *
 * <p>CloudFormation type {@code AWS::Kinesis::StreamConsumer}.
 */
public final class StreamConsumer extends Resource<StreamConsumer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::StreamConsumer")
      .required("ConsumerName", "StreamARN")
      .constrain("ConsumerName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(128))
      .constrain("StreamARN", Constraint.of().pattern("^arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+").minLength(1).maxLength(2048))
      .refYields("ConsumerARN")
      .attributes("ConsumerARN", "ConsumerCreationTimestamp", "ConsumerName", "ConsumerStatus",
          "StreamARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StreamConsumer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the consumer is something you choose when you register the consumer.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code ConsumerName}.
   */
  public StreamConsumer consumerName(String value) {
    return set("ConsumerName", Value.of(value));
  }

  /** Sets {@code ConsumerName} to this value; see {@link #consumerName(String)}. */
  public StreamConsumer consumerName(Value<String> value) {
    return set("ConsumerName", value);
  }

  /**
   * The ARN of the stream with which you registered the consumer.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws.*:kinesis:.*:&#92;d{12}:stream/&#92;S+}. CloudFormation property {@code StreamARN}.
   */
  public StreamConsumer streamARN(String value) {
    return set("StreamARN", Value.of(value));
  }

  /** Sets {@code StreamARN} to this value; see {@link #streamARN(String)}. */
  public StreamConsumer streamARN(Value<String> value) {
    return set("StreamARN", value);
  }

  /**
   * An array of tags to be added to a specified Kinesis resource. A tag consists of a required key
   * and an optional value. You can specify up to 50 tag key-value pairs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public StreamConsumer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StreamConsumer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StreamConsumer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When you register a consumer, Kinesis Data Streams generates an ARN for it. You need this ARN
   * to be able to call <a
   * href="https://docs.aws.amazon.com/kinesis/latest/APIReference/API_SubscribeToShard.html">SubscribeToShard</a>
   * .
   *
   * <p>If you delete a consumer and then create a new one with the same name, it won't have the
   * same ARN. That's because consumer ARNs contain the creation timestamp. This is important to
   * keep in mind if you have IAM policies that reference consumer ARNs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConsumerARN}.
   */
  public Value<String> consumerARN() {
    return getAtt("ConsumerARN");
  }

  /**
   * The time at which the consumer was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConsumerCreationTimestamp}.
   */
  public Value<String> consumerCreationTimestamp() {
    return getAtt("ConsumerCreationTimestamp");
  }

  /**
   * The name you gave the consumer when you registered it.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConsumerName}.
   */
  public Value<String> consumerName() {
    return getAtt("ConsumerName");
  }

  /**
   * A consumer can't read data while in the <code>CREATING</code> or <code>DELETING</code> states.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConsumerStatus}.
   */
  public Value<String> consumerStatus() {
    return getAtt("ConsumerStatus");
  }

  /**
   * The ARN of the data stream with which the consumer is registered.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StreamARN}.
   */
  public Value<String> streamARN() {
    return getAtt("StreamARN");
  }
}
