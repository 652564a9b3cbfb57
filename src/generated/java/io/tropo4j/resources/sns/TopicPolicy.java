// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sns;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SNS::TopicPolicy</code> resource associates Amazon topics with a policy. For an
 * example snippet, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-sns-policy">Declaring
 * an Amazon policy</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SNS::TopicPolicy}.
 */
public final class TopicPolicy extends Resource<TopicPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SNS::TopicPolicy")
      .required("PolicyDocument", "Topics")
      .refYields("Id")
      .attributes("Id")
      .build();

  public TopicPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy document that contains permissions to add to the specified SNS topics.
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public TopicPolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public TopicPolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public TopicPolicy policyDocument(Json value) {
    return set("PolicyDocument", value);
  }

  /**
   * The Amazon Resource Names (ARN) of the topics to which you want to add the policy. You can use
   * the <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html">Ref</a></code>
   * function to specify an <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html">AWS::SNS::Topic</a></code>
   * resource.
   *
   * <p>Required. CloudFormation property {@code Topics}.
   */
  public TopicPolicy topics(List<String> value) {
    return set("Topics", Value.listOf(value));
  }

  /** Sets {@code Topics} to this value; see {@link #topics(List)}. */
  public TopicPolicy topics(Value<List<String>> value) {
    return set("Topics", value);
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
