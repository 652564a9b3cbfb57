// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesis.Stream;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * The <code>AWS::Logs::SubscriptionFilter</code> resource specifies a subscription filter and
 * associates it with the specified log group. Subscription filters allow you to subscribe to a
 * real-time stream of log events and have them delivered to a specific destination. Currently, the
 * supported destinations are:
 *
 * <ul> <li>An Amazon Kinesis data stream belonging to the same account as the subscription filter,
 * for same-account delivery. <li>A logical destination that belongs to a different account, for
 * cross-account delivery. <li>An Amazon Kinesis Firehose delivery stream that belongs to the same
 * account as the subscription filter, for same-account delivery. <li>An AWS Lambda function that
 * belongs to the same account as the subscription filter, for same-account delivery. </ul>
 *
 * <p>There can be as many as two subscription filters associated with a log group.
 *
 * <p>CloudFormation type {@code AWS::Logs::SubscriptionFilter}.
 */
public final class SubscriptionFilter extends Resource<SubscriptionFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::SubscriptionFilter")
      .required("DestinationArn", "FilterPattern", "LogGroupName")
      .constrain("DestinationArn", Constraint.of().minLength(1))
      .references("DestinationArn", "AWS::Lambda::Function.Arn", "AWS::Kinesis::Stream.Arn",
          "AWS::KinesisFirehose::DeliveryStream.Arn")
      .allowed("Distribution", "Random", "ByLogStream")
      .constrain("FieldSelectionCriteria", Constraint.of().minLength(0).maxLength(2000))
      .constrain("FilterName", Constraint.of().pattern("^[^:*]*$").minLength(1).maxLength(512))
      .constrain("FilterPattern", Constraint.of().minLength(0).maxLength(1024))
      .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
      .references("LogGroupName", "AWS::Logs::LogGroup.Ref")
      .constrain("RoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("FilterName")
      .build();

  public SubscriptionFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This parameter is valid only for log groups that have an active log transformer. For more
   * information about log transformers, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html">PutTransformer</a>
   * .
   *
   * <p>If this value is <code>true</code> , the subscription filter is applied on the transformed
   * version of the log events instead of the original ingested log events.
   *
   * <p>CloudFormation property {@code ApplyOnTransformedLogs}.
   */
  public SubscriptionFilter applyOnTransformedLogs(boolean value) {
    return set("ApplyOnTransformedLogs", Value.of(value));
  }

  /**
   * Sets {@code ApplyOnTransformedLogs} to this value; see {@link
   * #applyOnTransformedLogs(boolean)}.
   */
  public SubscriptionFilter applyOnTransformedLogs(Value<Boolean> value) {
    return set("ApplyOnTransformedLogs", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the destination.
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code DestinationArn}.
   */
  public SubscriptionFilter destinationArn(String value) {
    return set("DestinationArn", Value.of(value));
  }

  /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
  public SubscriptionFilter destinationArn(Value<String> value) {
    return set("DestinationArn", value);
  }

  /**
   * Sets {@code DestinationArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #destinationArn(String)}.
   */
  public SubscriptionFilter destinationArn(Function resource) {
    return set("DestinationArn", resource.arn());
  }

  /**
   * Sets {@code DestinationArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
   * #destinationArn(String)}.
   */
  public SubscriptionFilter destinationArn(Stream resource) {
    return set("DestinationArn", resource.arn());
  }

  /**
   * Sets {@code DestinationArn} to the Arn of {@code AWS::KinesisFirehose::DeliveryStream}; see
   * {@link #destinationArn(String)}.
   */
  public SubscriptionFilter destinationArn(DeliveryStream resource) {
    return set("DestinationArn", resource.arn());
  }

  /**
   * The method used to distribute log data to the destination, which can be either random or
   * grouped by log stream.
   *
   * <p>Allowed values: {@code Random}, {@code ByLogStream}. CloudFormation property {@code
   * Distribution}.
   */
  public SubscriptionFilter distribution(String value) {
    return set("Distribution", Value.of(value));
  }

  /** Sets {@code Distribution} to this value; see {@link #distribution(String)}. */
  public SubscriptionFilter distribution(Value<String> value) {
    return set("Distribution", value);
  }

  /**
   * The list of system fields that are included in the log events sent to the subscription
   * destination. Returns the <code>emitSystemFields</code> value if it was specified when the
   * subscription filter was created.
   *
   * <p>CloudFormation property {@code EmitSystemFields}.
   */
  public SubscriptionFilter emitSystemFields(List<String> value) {
    return set("EmitSystemFields", Value.listOf(value));
  }

  /** Sets {@code EmitSystemFields} to this value; see {@link #emitSystemFields(List)}. */
  public SubscriptionFilter emitSystemFields(Value<List<String>> value) {
    return set("EmitSystemFields", value);
  }

  /**
   * The filter expression that specifies which log events are processed by this subscription filter
   * based on system fields. Returns the <code>fieldSelectionCriteria</code> value if it was
   * specified when the subscription filter was created.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code FieldSelectionCriteria}.
   */
  public SubscriptionFilter fieldSelectionCriteria(String value) {
    return set("FieldSelectionCriteria", Value.of(value));
  }

  /**
   * Sets {@code FieldSelectionCriteria} to this value; see {@link #fieldSelectionCriteria(String)}.
   */
  public SubscriptionFilter fieldSelectionCriteria(Value<String> value) {
    return set("FieldSelectionCriteria", value);
  }

  /**
   * The name of the subscription filter.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code ^[^:*]*$}.
   * CloudFormation property {@code FilterName}.
   */
  public SubscriptionFilter filterName(String value) {
    return set("FilterName", Value.of(value));
  }

  /** Sets {@code FilterName} to this value; see {@link #filterName(String)}. */
  public SubscriptionFilter filterName(Value<String> value) {
    return set("FilterName", value);
  }

  /**
   * The filtering expressions that restrict what gets delivered to the destination AWS resource.
   * For more information about the filter pattern syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html">Filter
   * and Pattern Syntax</a> .
   *
   * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code FilterPattern}.
   */
  public SubscriptionFilter filterPattern(String value) {
    return set("FilterPattern", Value.of(value));
  }

  /** Sets {@code FilterPattern} to this value; see {@link #filterPattern(String)}. */
  public SubscriptionFilter filterPattern(Value<String> value) {
    return set("FilterPattern", value);
  }

  /**
   * The log group to associate with the subscription filter. All log events that are uploaded to
   * this log group are filtered and delivered to the specified AWS resource if the filter pattern
   * matches the log events.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[&#92;.&#92;-_/#A-Za-z0-9]+$}. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation
   * property {@code LogGroupName}.
   */
  public SubscriptionFilter logGroupName(String value) {
    return set("LogGroupName", Value.of(value));
  }

  /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
  public SubscriptionFilter logGroupName(Value<String> value) {
    return set("LogGroupName", value);
  }

  /**
   * Sets {@code LogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
   * #logGroupName(String)}.
   */
  public SubscriptionFilter logGroupName(LogGroup resource) {
    return set("LogGroupName", resource.ref());
  }

  /**
   * The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events
   * to the destination stream. You don't need to provide the ARN when you are working with a
   * logical destination for cross-account delivery.
   *
   * <p>Length: at least 1 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleArn}.
   */
  public SubscriptionFilter roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public SubscriptionFilter roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public SubscriptionFilter roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }
}
