// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sqs;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SQS::QueuePolicy</code> type applies a policy to Amazon SQS queues. For an example
 * snippet, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-sqs-policy">Declaring
 * an Amazon SQS policy</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SQS::QueuePolicy}.
 */
public final class QueuePolicy extends Resource<QueuePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SQS::QueuePolicy")
      .required("PolicyDocument", "Queues")
      .refYields("Id")
      .attributes("Id")
      .build();

  public QueuePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy document that contains the permissions for the specified Amazon SQS queues. For more
   * information about Amazon SQS policies, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-creating-custom-policies.html">Using
   * custom policies with the Amazon SQS access policy language</a> in the <em>Amazon SQS Developer
   * Guide</em> .
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public QueuePolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public QueuePolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public QueuePolicy policyDocument(Json value) {
    return set("PolicyDocument", value);
  }

  /**
   * The URLs of the queues to which you want to add the policy. You can use the <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html">Ref</a></code>
   * function to specify an <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html">AWS::SQS::Queue</a></code>
   * resource.
   *
   * <p>Required. CloudFormation property {@code Queues}.
   */
  public QueuePolicy queues(List<String> value) {
    return set("Queues", Value.listOf(value));
  }

  /** Sets {@code Queues} to this value; see {@link #queues(List)}. */
  public QueuePolicy queues(Value<List<String>> value) {
    return set("Queues", value);
  }

  /**
   * The provider-assigned unique ID for this managed resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
