// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.evidently;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a <em>segment</em> of your audience. A segment is a portion of your audience
 * that share one or more characteristics. Examples could be Chrome browser users, users in Europe,
 * or Firefox browser users in Europe who also fit other criteria that your application collects,
 * such as age.
 *
 * <p>Using a segment in an experiment limits that experiment to evaluate only the users who match
 * the segment criteria. Using one or more segments in a launch allow you to define different
 * traffic splits for the different audience segments.
 *
 * <p>For more information about segment pattern syntax, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently-segments.html#CloudWatch-Evidently-segments-syntax">Segment
 * rule pattern syntax</a> .
 *
 * <p>The pattern that you define for a segment is matched against the value of
 * <code>evaluationContext</code> , which is passed into Evidently in the <a
 * href="https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_EvaluateFeature.html">EvaluateFeature</a>
 * operation, when Evidently assigns a feature variation to a user.
 *
 * <p>CloudFormation type {@code AWS::Evidently::Segment}.
 */
public final class Segment extends Resource<Segment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Segment")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(160))
      .constrain("Name", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
      .constrain("Pattern", Constraint.of().minLength(1).maxLength(1024))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Segment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description for this segment.
   *
   * <p>Length: 0 to 160 characters. CloudFormation property {@code Description}.
   */
  public Segment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Segment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the segment.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
   * property {@code Name}.
   */
  public Segment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Segment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The pattern to use for the segment. For more information about pattern syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently-segments.html#CloudWatch-Evidently-segments-syntax">Segment
   * rule pattern syntax</a> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Pattern}.
   */
  public Segment pattern(String value) {
    return set("Pattern", Value.of(value));
  }

  /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
  public Segment pattern(Value<String> value) {
    return set("Pattern", value);
  }

  /**
   * Assigns one or more tags (key-value pairs) to the feature.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>Tags don't have any semantic meaning to AWS and are interpreted strictly as strings of
   * characters.
   *
   * <p>You can associate as many as 50 tags with a feature.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Segment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Segment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Segment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the segment. For example,
   * <code>arn:aws:evidently:us-west-2:123456789012:segment/australiaSegment</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
