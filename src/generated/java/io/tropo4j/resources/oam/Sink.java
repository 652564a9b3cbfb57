// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.oam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates or updates a <em>sink</em> in the current account, so that it can be used as a monitoring
 * account in CloudWatch cross-account observability. A sink is a resource that represents an
 * attachment point in a monitoring account, which source accounts can link to to be able to send
 * observability data.
 *
 * <p>After you create a sink, you must create a sink policy that allows source accounts to attach
 * to it. For more information, see <a
 * href="https://docs.aws.amazon.com/OAM/latest/APIReference/API_PutSinkPolicy.html">PutSinkPolicy</a>
 * .
 *
 * <p>An account can have one sink.
 *
 * <p>CloudFormation type {@code AWS::Oam::Sink}.
 */
public final class Sink extends Resource<Sink> {
  private static final Schema SCHEMA = Schema.builder("AWS::Oam::Sink")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(255))
      .constrain("Policy", Constraint.of().format("json"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Sink(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the sink.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code Name}.
   */
  public Sink name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Sink name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The IAM policy that grants permissions to source accounts to link to this sink. The policy can
   * grant permission in the following ways:
   *
   * <ul> <li>Include organization IDs or organization paths to permit all accounts in an
   * organization <li>Include account IDs to permit the specified accounts </ul>
   *
   * <p>Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public Sink policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * An array of key-value pairs to apply to the sink.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Sink tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Sink tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Sink tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the sink. For example,
   * <code>arn:aws:oam:us-west-1:111111111111:sink:abcd1234-a123-456a-a12b-a123b456c789</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
