// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.events.EventBus;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;

/**
 * The <code>AWS::Lambda::EventInvokeConfig</code> resource configures options for <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html">asynchronous
 * invocation</a> on a version or an alias.
 *
 * <p>By default, Lambda retries an asynchronous invocation twice if the function returns an error.
 * It retains events in a queue for up to six hours. When an event fails all processing attempts or
 * stays in the asynchronous invocation queue for too long, Lambda discards it.
 *
 * <p>CloudFormation type {@code AWS::Lambda::EventInvokeConfig}.
 */
public final class EventInvokeConfig extends Resource<EventInvokeConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventInvokeConfig")
      .required("FunctionName", "Qualifier")
      .constrain("FunctionName", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]+(-[a-z]+)+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"))
      .references("FunctionName", "AWS::Lambda::Function.Ref")
      .constrain("MaximumEventAgeInSeconds", Constraint.of().minimum(60).maximum(21600))
      .constrain("MaximumRetryAttempts", Constraint.of().minimum(0).maximum(2))
      .constrain("Qualifier", Constraint.of().pattern("^\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9$_-]{1,129}$"))
      .references("Qualifier", "AWS::Lambda::Version.Version")
      .build();

  public EventInvokeConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A destination for events after they have been sent to a function for processing.
   *
   * <p><b>Destinations</b> - <em>Function</em> - The Amazon Resource Name (ARN) of a Lambda
   * function.
   *
   * <ul> <li><em>Queue</em> - The ARN of a standard SQS queue. <li><em>Bucket</em> - The ARN of an
   * Amazon S3 bucket. <li><em>Topic</em> - The ARN of a standard SNS topic. <li><em>Event Bus</em>
   * - The ARN of an Amazon EventBridge event bus. </ul>
   *
   * <p>S3 buckets are supported only for on-failure destinations. To retain records of successful
   * invocations, use another destination type.
   *
   * <p>CloudFormation property {@code DestinationConfig}.
   */
  public EventInvokeConfig destinationConfig(Value<DestinationConfig> value) {
    return set("DestinationConfig", value);
  }

  /**
   * The name of the Lambda function.
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>64</code>
   *
   * <p><em>Pattern</em> : <code>([a-zA-Z0-9-_]+)</code>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]+(-[a-z]+)+-&#92;d{1}:)?(&#92;d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(&#92;$LATEST(&#92;.PUBLISHED)?|[a-zA-Z0-9-_]+))?$}.
   * CloudFormation property {@code FunctionName}.
   */
  public EventInvokeConfig functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public EventInvokeConfig functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * Sets {@code FunctionName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #functionName(String)}.
   */
  public EventInvokeConfig functionName(Function resource) {
    return set("FunctionName", resource.ref());
  }

  /**
   * The maximum age of a request that Lambda sends to a function for processing.
   *
   * <p>Range: 60 to 21600. CloudFormation property {@code MaximumEventAgeInSeconds}.
   */
  public EventInvokeConfig maximumEventAgeInSeconds(int value) {
    return set("MaximumEventAgeInSeconds", Value.of(value));
  }

  /**
   * Sets {@code MaximumEventAgeInSeconds} to this value; see {@link
   * #maximumEventAgeInSeconds(int)}.
   */
  public EventInvokeConfig maximumEventAgeInSeconds(Value<Integer> value) {
    return set("MaximumEventAgeInSeconds", value);
  }

  /**
   * The maximum number of times to retry when the function returns an error.
   *
   * <p>Range: 0 to 2. CloudFormation property {@code MaximumRetryAttempts}.
   */
  public EventInvokeConfig maximumRetryAttempts(int value) {
    return set("MaximumRetryAttempts", Value.of(value));
  }

  /** Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(int)}. */
  public EventInvokeConfig maximumRetryAttempts(Value<Integer> value) {
    return set("MaximumRetryAttempts", value);
  }

  /**
   * The identifier of a version or alias.
   *
   * <ul> <li><em>Version</em> - A version number. <li><em>Alias</em> - An alias name.
   * <li><em>Latest</em> - To specify the unpublished version, use <code>$LATEST</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^&#92;$(LATEST(&#92;.PUBLISHED)?)|[a-zA-Z0-9$_-]{1,129}$}. CloudFormation property {@code
   * Qualifier}.
   */
  public EventInvokeConfig qualifier(String value) {
    return set("Qualifier", Value.of(value));
  }

  /** Sets {@code Qualifier} to this value; see {@link #qualifier(String)}. */
  public EventInvokeConfig qualifier(Value<String> value) {
    return set("Qualifier", value);
  }

  /**
   * Sets {@code Qualifier} to the Version of {@code AWS::Lambda::Version}; see {@link
   * #qualifier(String)}.
   */
  public EventInvokeConfig qualifier(Version resource) {
    return set("Qualifier", resource.version());
  }

  /**
   * A configuration object that specifies the destination of an event after Lambda processes it.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations">Adding
   * a destination</a> .
   *
   * <p>Property type {@code AWS::Lambda::EventInvokeConfig.DestinationConfig}.
   */
  public static final class DestinationConfig extends Struct<DestinationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::EventInvokeConfig.DestinationConfig");

    public DestinationConfig() {
      super(SCHEMA);
    }

    /**
     * The destination configuration for failed invocations.
     *
     * <p>When using an Amazon SQS queue as a destination, FIFO queues cannot be used.
     *
     * <p>CloudFormation property {@code OnFailure}.
     */
    public DestinationConfig onFailure(Value<OnFailure> value) {
      return set("OnFailure", value);
    }

    /**
     * The destination configuration for successful invocations.
     *
     * <p>When using an Amazon SQS queue as a destination, FIFO queues cannot be used.
     *
     * <p>CloudFormation property {@code OnSuccess}.
     */
    public DestinationConfig onSuccess(Value<OnSuccess> value) {
      return set("OnSuccess", value);
    }
  }

  /**
   * A destination for events that failed processing. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations">Adding
   * a destination</a> .
   *
   * <p>Property type {@code AWS::Lambda::EventInvokeConfig.OnFailure}.
   */
  public static final class OnFailure extends Struct<OnFailure> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventInvokeConfig.OnFailure")
        .required("Destination")
        .constrain("Destination", Constraint.of().pattern("^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]+(-[a-z]+)+-\\d{1})?:(\\d{12})?:(.*)").minLength(0).maxLength(350))
        .references("Destination", "AWS::SQS::Queue.Arn", "AWS::Lambda::Function.Arn",
            "AWS::SNS::Topic.Ref")
        .build();

    public OnFailure() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the destination resource.
     *
     * <p>To retain records of failed invocations from <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html">Kinesis</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html">DynamoDB</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html">self-managed Apache
     * Kafka</a> , or <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/kafka-on-failure.html">Amazon MSK</a> ,
     * you can configure an Amazon SNS topic, Amazon SQS queue, Amazon S3 bucket, or Kafka topic as
     * the destination.
     *
     * <p>Amazon SNS destinations have a message size limit of 256 KB. If the combined size of the
     * function request and response payload exceeds the limit, Lambda will drop the payload when
     * sending <code>OnFailure</code> event to the destination. For details on this behavior, refer
     * to <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html">Retaining
     * records of asynchronous invocations</a> .
     *
     * <p>To retain records of failed invocations from <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html">Kinesis</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html">DynamoDB</a> , <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-smaa-onfailure-destination">self-managed
     * Kafka</a> or <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-onfailure-destination">Amazon
     * MSK</a> , you can configure an Amazon SNS topic, Amazon SQS queue, or Amazon S3 bucket as the
     * destination.
     *
     * <p>Required. Length: 0 to 350 characters. Pattern: {@code
     * ^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:([a-z]+(-[a-z]+)+-&#92;d{1})?:(&#92;d{12})?:(.*)}.
     * CloudFormation property {@code Destination}.
     */
    public OnFailure destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public OnFailure destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Sets {@code Destination} to the Arn of {@code AWS::SQS::Queue}; see {@link
     * #destination(String)}.
     */
    public OnFailure destination(Queue resource) {
      return set("Destination", resource.arn());
    }

    /**
     * Sets {@code Destination} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #destination(String)}.
     */
    public OnFailure destination(Function resource) {
      return set("Destination", resource.arn());
    }

    /**
     * Sets {@code Destination} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #destination(String)}.
     */
    public OnFailure destination(Topic resource) {
      return set("Destination", resource.ref());
    }
  }

  /**
   * A destination for events that were processed successfully.
   *
   * <p>To retain records of successful <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-async-destinations">asynchronous
   * invocations</a> , you can configure an Amazon SNS topic, Amazon SQS queue, Lambda function, or
   * Amazon EventBridge event bus as the destination.
   *
   * <p><code>OnSuccess</code> is not supported in <code>CreateEventSourceMapping</code> or
   * <code>UpdateEventSourceMapping</code> requests.
   *
   * <p>Property type {@code AWS::Lambda::EventInvokeConfig.OnSuccess}.
   */
  public static final class OnSuccess extends Struct<OnSuccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::EventInvokeConfig.OnSuccess")
        .required("Destination")
        .constrain("Destination", Constraint.of().pattern("^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]+(-[a-z]+)+-\\d{1})?:(\\d{12})?:(.*)").minLength(0).maxLength(350))
        .references("Destination", "AWS::Events::EventBus.Arn", "AWS::SQS::Queue.Arn",
            "AWS::SNS::Topic.Ref")
        .build();

    public OnSuccess() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the destination resource.
     *
     * <p>Amazon SNS destinations have a message size limit of 256 KB. If the combined size of the
     * function request and response payload exceeds the limit, Lambda will drop the payload when
     * sending <code>OnFailure</code> event to the destination. For details on this behavior, refer
     * to <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html">Retaining
     * records of asynchronous invocations</a> .
     *
     * <p>Required. Length: 0 to 350 characters. Pattern: {@code
     * ^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:([a-z]+(-[a-z]+)+-&#92;d{1})?:(&#92;d{12})?:(.*)}.
     * CloudFormation property {@code Destination}.
     */
    public OnSuccess destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public OnSuccess destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Sets {@code Destination} to the Arn of {@code AWS::Events::EventBus}; see {@link
     * #destination(String)}.
     */
    public OnSuccess destination(EventBus resource) {
      return set("Destination", resource.arn());
    }

    /**
     * Sets {@code Destination} to the Arn of {@code AWS::SQS::Queue}; see {@link
     * #destination(String)}.
     */
    public OnSuccess destination(Queue resource) {
      return set("Destination", resource.arn());
    }

    /**
     * Sets {@code Destination} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #destination(String)}.
     */
    public OnSuccess destination(Topic resource) {
      return set("Destination", resource.ref());
    }
  }
}
