// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.frauddetector;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates label. A label classifies an event as fraudulent or legitimate. Labels are
 * associated with event types and used to train supervised machine learning models in Amazon Fraud
 * Detector.
 *
 * <p>CloudFormation type {@code AWS::FraudDetector::Label}.
 */
public final class Label extends Resource<Label> {
  private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Label")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Label(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The label description.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public Label description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Label description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The label name.
   *
   * <p>Pattern: <code>^[0-9a-z_-]+$</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-z_-]+$}. CloudFormation property {@code Name}.
   */
  public Label name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Label name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Label tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Label tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Label tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the label.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp of when label was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp of when label was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }
}
