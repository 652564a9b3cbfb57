// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sns;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SNS::TopicInlinePolicy</code> resource associates one Amazon topic with one
 * policy.
 *
 * <p>CloudFormation type {@code AWS::SNS::TopicInlinePolicy}.
 */
public final class TopicInlinePolicy extends Resource<TopicInlinePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SNS::TopicInlinePolicy")
      .required("PolicyDocument", "TopicArn")
      .constrain("PolicyDocument", Constraint.of().format("json"))
      .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .refYields("TopicArn")
      .build();

  public TopicInlinePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy document that contains permissions to add to the specified Amazon topic.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code PolicyDocument}.
   */
  public TopicInlinePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the topic to which you want to add the policy.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::SNS::Topic.Arn}.
   * CloudFormation property {@code TopicArn}.
   */
  public TopicInlinePolicy topicArn(String value) {
    return set("TopicArn", Value.of(value));
  }

  /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
  public TopicInlinePolicy topicArn(Value<String> value) {
    return set("TopicArn", value);
  }
}
