// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a new event stream for an application or updates the settings of an existing event stream
 * for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::EventStream}.
 */
public final class EventStream extends Resource<EventStream> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::EventStream")
      .required("ApplicationId", "DestinationStreamArn", "RoleArn")
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public EventStream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that you want to export data from.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public EventStream applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public EventStream applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Kinesis Data Stream or Amazon Data Firehose
   * delivery stream that you want to publish event data to.
   *
   * <p>For a Kinesis Data Stream, the ARN format is: <code>arn:aws:kinesis: region : account-id
   * :stream/ stream_name</code>
   *
   * <p>For a Firehose delivery stream, the ARN format is: <code>arn:aws:firehose: region :
   * account-id :deliverystream/ stream_name</code>
   *
   * <p>Required. CloudFormation property {@code DestinationStreamArn}.
   */
  public EventStream destinationStreamArn(String value) {
    return set("DestinationStreamArn", Value.of(value));
  }

  /** Sets {@code DestinationStreamArn} to this value; see {@link #destinationStreamArn(String)}. */
  public EventStream destinationStreamArn(Value<String> value) {
    return set("DestinationStreamArn", value);
  }

  /**
   * The AWS Identity and Access Management (IAM) role that authorizes Amazon Pinpoint to publish
   * event data to the stream in your AWS account.
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public EventStream roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public EventStream roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
