// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A recommendation filter that defines which items are included or excluded from recommendations.
 *
 * <p>CloudFormation type {@code AWS::Personalize::Filter}.
 */
public final class Filter extends Resource<Filter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Filter")
      .required("DatasetGroupArn", "FilterExpression", "Name")
      .constrain("DatasetGroupArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").minLength(0).maxLength(256))
      .constrain("FilterExpression", Constraint.of().minLength(1).maxLength(2500))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$").minLength(1).maxLength(63))
      .refYields("FilterArn")
      .attributes("CreationDateTime", "FilterArn", "LastUpdatedDateTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Filter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the dataset group that the filter belongs to.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:([a-z&#92;d-]+):personalize:.*:.*:.+}. CloudFormation property {@code DatasetGroupArn}.
   */
  public Filter datasetGroupArn(String value) {
    return set("DatasetGroupArn", Value.of(value));
  }

  /** Sets {@code DatasetGroupArn} to this value; see {@link #datasetGroupArn(String)}. */
  public Filter datasetGroupArn(Value<String> value) {
    return set("DatasetGroupArn", value);
  }

  /**
   * The filter expression that defines which items are included or excluded from recommendations.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2500 characters. CloudFormation
   * property {@code FilterExpression}.
   */
  public Filter filterExpression(String value) {
    return set("FilterExpression", Value.of(value));
  }

  /** Sets {@code FilterExpression} to this value; see {@link #filterExpression(String)}. */
  public Filter filterExpression(Value<String> value) {
    return set("FilterExpression", value);
  }

  /**
   * The name of the filter.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*$}. CloudFormation property {@code Name}.
   */
  public Filter name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Filter name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags to associate with the filter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Filter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Filter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Filter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time at which the filter was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDateTime}.
   */
  public Value<String> creationDateTime() {
    return getAtt("CreationDateTime");
  }

  /**
   * The ARN of the filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FilterArn}.
   */
  public Value<String> filterArn() {
    return getAtt("FilterArn");
  }

  /**
   * The time at which the filter was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedDateTime}.
   */
  public Value<String> lastUpdatedDateTime() {
    return getAtt("LastUpdatedDateTime");
  }

  /**
   * The status of the filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
