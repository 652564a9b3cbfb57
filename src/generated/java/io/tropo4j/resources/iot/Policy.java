// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::IoT::Policy</code> resource to declare an AWS IoT policy. For more information
 * about working with AWS IoT policies, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/authorization.html">Authorization</a>
 * in the <em>AWS IoT Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Policy")
      .required("PolicyDocument")
      .constrain("PolicyDocument", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(404600))
      .constrain("PolicyName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .refYields("PolicyName")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Policy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The JSON document that describes the policy.
   *
   * <p>Required. Length: 1 to 404600 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation
   * property {@code PolicyDocument}.
   */
  public Policy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public Policy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public Policy policyDocument(Json value) {
    return set("PolicyDocument", value);
  }

  /**
   * The policy name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code PolicyName}.
   */
  public Policy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public Policy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Policy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Policy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Policy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS IoT policy, such as
   * <code>arn:aws:iot:us-east-2:123456789012:policy/MyPolicy</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of this policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
