// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a farm to allow space for queues and fleets. Farms are the space where the components of
 * your renders gather and are pieced together in the cloud. Farms contain budgets and allow you to
 * enforce permissions. Deadline Cloud farms are a useful container for large projects.
 *
 * <p>CloudFormation type {@code AWS::Deadline::Farm}.
 */
public final class Farm extends Resource<Farm> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Farm")
      .required("DisplayName")
      .constrain("CostScaleFactor", Constraint.of().minimum(0).maximum(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(100))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[-a-z]*:kms:.*:key/.*").format("AWS::KMS::Key.Arn"))
      .refYields("Arn")
      .attributes("Arn", "FarmId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Farm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Range: 0 to 100. Default: {@code 1}. CloudFormation property {@code CostScaleFactor}. */
  public Farm costScaleFactor(double value) {
    return set("CostScaleFactor", Value.of(value));
  }

  /** Sets {@code CostScaleFactor} to this value; see {@link #costScaleFactor(double)}. */
  public Farm costScaleFactor(Value<Double> value) {
    return set("CostScaleFactor", value);
  }

  /**
   * A description of the farm that helps identify what the farm is used for.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Length: 0 to 100 characters. Default: {@code ""}. CloudFormation property {@code
   * Description}.
   */
  public Farm description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Farm description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the farm.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Farm displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Farm displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The ARN for the KMS key.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^arn:aws[-a-z]*:kms:.*:key/.*}. Format:
   * {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Farm kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Farm kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The tags to add to your farm. Each tag consists of a tag key and a tag value. Tag keys and
   * values are both required, but tag values can be empty strings.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Farm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Farm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Farm tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) assigned to the farm.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The farm ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FarmId}.
   */
  public Value<String> farmId() {
    return getAtt("FarmId");
  }
}
