// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sqs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SQS::QueueInlinePolicy</code> resource associates one Amazon SQS queue with one
 * policy.
 *
 * <p>CloudFormation type {@code AWS::SQS::QueueInlinePolicy}.
 */
public final class QueueInlinePolicy extends Resource<QueueInlinePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SQS::QueueInlinePolicy")
      .required("PolicyDocument", "Queue")
      .constrain("PolicyDocument", Constraint.of().format("json"))
      .refYields("Queue")
      .build();

  public QueueInlinePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy document that contains the permissions for the specified Amazon SQS queues. For more
   * information about Amazon SQS policies, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-creating-custom-policies.html">Using
   * custom policies with the Amazon SQS access policy language</a> in the <em>Amazon SQS Developer
   * Guide</em> .
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code PolicyDocument}.
   */
  public QueueInlinePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The URLs of the queues to which you want to add the policy. You can use the <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html">Ref</a></code>
   * function to specify an <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-sqs-queues.html">AWS::SQS::Queue</a></code>
   * resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Queue}.
   */
  public QueueInlinePolicy queue(String value) {
    return set("Queue", Value.of(value));
  }

  /** Sets {@code Queue} to this value; see {@link #queue(String)}. */
  public QueueInlinePolicy queue(Value<String> value) {
    return set("Queue", value);
  }
}
