// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::SageMaker::Experiment. An experiment is a collection of related
 * trials used to organize and track machine learning workflows.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Experiment}.
 */
public final class Experiment extends Resource<Experiment> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Experiment")
      .required("ExperimentName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(3072))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .constrain("ExperimentName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Experiment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the experiment.
   *
   * <p>Length: 0 to 3072 characters. CloudFormation property {@code Description}.
   */
  public Experiment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Experiment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the experiment as displayed. The name does not need to be unique.
   *
   * <p>Length: 1 to 120 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}.
   * CloudFormation property {@code DisplayName}.
   */
  public Experiment displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Experiment displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the experiment. Must be unique in your AWS account and is not case-sensitive.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 120 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}. CloudFormation property {@code ExperimentName}.
   */
  public Experiment experimentName(String value) {
    return set("ExperimentName", Value.of(value));
  }

  /** Sets {@code ExperimentName} to this value; see {@link #experimentName(String)}. */
  public Experiment experimentName(Value<String> value) {
    return set("ExperimentName", value);
  }

  /**
   * A list of tags to associate with the experiment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Experiment tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Experiment tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Experiment tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Experiment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the experiment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the experiment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the experiment was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** Property type {@code AWS::SageMaker::Experiment.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Experiment.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
