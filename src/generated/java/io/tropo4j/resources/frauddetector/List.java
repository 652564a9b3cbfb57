// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.frauddetector;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;

/**
 * Creates a list.
 *
 * <p>List is a set of input data for a variable in your event dataset. You use the input data in a
 * rule that's associated with your detector. For more information, see <a
 * href="https://docs.aws.amazon.com//frauddetector/latest/ug/lists.html">Lists</a> .
 *
 * <p>CloudFormation type {@code AWS::FraudDetector::List}.
 */
public final class List extends Resource<List> {
  private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::List")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("Elements", Constraint.of().pattern("^\\S+( +\\S+)*$").minLength(1).maxLength(64))
      .constrain("Name", Constraint.of().pattern("^[0-9a-z_]+$").minLength(1).maxLength(64))
      .constrain("VariableType", Constraint.of().pattern("^[A-Z_]{1,64}$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public List(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the list.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public List description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public List description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The elements in the list.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^&#92;S+( +&#92;S+)*$}. CloudFormation property
   * {@code Elements}.
   */
  public List elements(java.util.List<String> value) {
    return set("Elements", Value.listOf(value));
  }

  /** Sets {@code Elements} to this value; see {@link #elements(java.util.List)}. */
  public List elements(Value<java.util.List<String>> value) {
    return set("Elements", value);
  }

  /**
   * The name of the list.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-z_]+$}. CloudFormation property {@code Name}.
   */
  public List name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public List name(Value<String> value) {
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
  public List tags(java.util.List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(java.util.List)}. */
  public List tags(Value<java.util.List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(java.util.List)}.
   */
  public List tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The variable type of the list. For more information, see <a
   * href="https://docs.aws.amazon.com/frauddetector/latest/ug/variables.html#variable-types">Variable
   * types</a>
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[A-Z_]{1,64}$}. CloudFormation property {@code
   * VariableType}.
   */
  public List variableType(String value) {
    return set("VariableType", Value.of(value));
  }

  /** Sets {@code VariableType} to this value; see {@link #variableType(String)}. */
  public List variableType(Value<String> value) {
    return set("VariableType", value);
  }

  /**
   * The event type ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp of when the list was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp of when list was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }
}
