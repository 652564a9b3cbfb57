// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesis.Stream;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * The AWS::Logs::Destination resource specifies a CloudWatch Logs destination. A destination
 * encapsulates a physical resource (such as an Amazon Kinesis data stream) and enables you to
 * subscribe that resource to a stream of log events.
 *
 * <p>CloudFormation type {@code AWS::Logs::Destination}.
 */
public final class Destination extends Resource<Destination> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::Destination")
      .required("DestinationName", "RoleArn", "TargetArn")
      .constrain("DestinationName", Constraint.of().pattern("^[^:*]{1,512}$").minLength(1).maxLength(512))
      .constrain("DestinationPolicy", Constraint.of().minLength(1))
      .constrain("RoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .constrain("TargetArn", Constraint.of().minLength(1))
      .references("TargetArn", "AWS::KinesisFirehose::DeliveryStream.Arn",
          "AWS::Kinesis::Stream.Arn", "AWS::Lambda::Function.Arn")
      .refYields("DestinationName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Destination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the destination.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[^:*]{1,512}$}. CloudFormation property {@code DestinationName}.
   */
  public Destination destinationName(String value) {
    return set("DestinationName", Value.of(value));
  }

  /** Sets {@code DestinationName} to this value; see {@link #destinationName(String)}. */
  public Destination destinationName(Value<String> value) {
    return set("DestinationName", value);
  }

  /**
   * An IAM policy document that governs which AWS accounts can create subscription filters against
   * this destination.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code DestinationPolicy}.
   */
  public Destination destinationPolicy(String value) {
    return set("DestinationPolicy", Value.of(value));
  }

  /** Sets {@code DestinationPolicy} to this value; see {@link #destinationPolicy(String)}. */
  public Destination destinationPolicy(Value<String> value) {
    return set("DestinationPolicy", value);
  }

  /**
   * The ARN of an IAM role that permits CloudWatch Logs to send data to the specified AWS resource.
   *
   * <p>Required. Length: at least 1 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public Destination roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Destination roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Destination roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The tags that have been assigned to this delivery destination.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Destination tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Destination tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Destination tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the physical target where the log events are delivered (for
   * example, a Kinesis stream).
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code TargetArn}.
   */
  public Destination targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Destination targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * Sets {@code TargetArn} to the Arn of {@code AWS::KinesisFirehose::DeliveryStream}; see {@link
   * #targetArn(String)}.
   */
  public Destination targetArn(DeliveryStream resource) {
    return set("TargetArn", resource.arn());
  }

  /**
   * Sets {@code TargetArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
   * #targetArn(String)}.
   */
  public Destination targetArn(Stream resource) {
    return set("TargetArn", resource.arn());
  }

  /**
   * Sets {@code TargetArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #targetArn(String)}.
   */
  public Destination targetArn(Function resource) {
    return set("TargetArn", resource.arn());
  }

  /**
   * The ARN of the CloudWatch Logs destination, such as
   * <code>arn:aws:logs:us-west-1:123456789012:destination:MyDestination</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
