// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rekognition;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::Rekognition::Dataset type creates an Amazon Rekognition Custom Labels dataset.
 *
 * <p>CloudFormation type {@code AWS::Rekognition::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::Dataset")
      .required("DatasetType")
      .allowed("DatasetType", "TRAIN", "TEST")
      .constrain("ProjectArn", Constraint.of().pattern("^(^arn:[a-z\\d-]+:rekognition:[a-z\\d-]+:\\d{12}:project\\/[a-zA-Z0-9_.\\-]{1,255}\\/[0-9]+$)$").minLength(20).maxLength(2048))
      .refYields("DatasetArn")
      .attributes("DatasetArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of the dataset. Specify TRAIN to create a training dataset. Specify TEST to create a
   * test dataset.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code TRAIN}, {@code TEST}.
   * CloudFormation property {@code DatasetType}.
   */
  public Dataset datasetType(String value) {
    return set("DatasetType", Value.of(value));
  }

  /** Sets {@code DatasetType} to this value; see {@link #datasetType(String)}. */
  public Dataset datasetType(Value<String> value) {
    return set("DatasetType", value);
  }

  /**
   * The ARN of the project to which the dataset belongs.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^(^arn:[a-z&#92;d-]+:rekognition:[a-z&#92;d-]+:&#92;d{12}:project&#92;/[a-zA-Z0-9_.&#92;-]{1,255}&#92;/[0-9]+$)$}.
   * CloudFormation property {@code ProjectArn}.
   */
  public Dataset projectArn(String value) {
    return set("ProjectArn", Value.of(value));
  }

  /** Sets {@code ProjectArn} to this value; see {@link #projectArn(String)}. */
  public Dataset projectArn(Value<String> value) {
    return set("ProjectArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dataset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dataset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dataset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetArn}.
   */
  public Value<String> datasetArn() {
    return getAtt("DatasetArn");
  }
}
