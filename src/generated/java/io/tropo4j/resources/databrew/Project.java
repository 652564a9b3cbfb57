// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.databrew;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new AWS Glue DataBrew project.
 *
 * <p>CloudFormation type {@code AWS::DataBrew::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Project")
      .required("DatasetName", "Name", "RecipeName", "RoleArn")
      .constrain("DatasetName", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("RecipeName", Constraint.of().minLength(1).maxLength(255))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The dataset that the project is to act upon.
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code DatasetName}.
   */
  public Project datasetName(String value) {
    return set("DatasetName", Value.of(value));
  }

  /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
  public Project datasetName(Value<String> value) {
    return set("DatasetName", value);
  }

  /**
   * The unique name of a project.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Project name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Project name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name of a recipe that will be developed during a project session.
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code RecipeName}.
   */
  public Project recipeName(String value) {
    return set("RecipeName", Value.of(value));
  }

  /** Sets {@code RecipeName} to this value; see {@link #recipeName(String)}. */
  public Project recipeName(Value<String> value) {
    return set("RecipeName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the role that will be assumed for this project.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public Project roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Project roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The sample size and sampling type to apply to the data. If this parameter isn't specified, then
   * the sample consists of the first 500 rows from the dataset.
   *
   * <p>CloudFormation property {@code Sample}.
   */
  public Project sample(Value<Sample> value) {
    return set("Sample", value);
  }

  /**
   * Metadata tags that have been applied to the project.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Project tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Project tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Project tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Represents the sample size and sampling type for DataBrew to use for interactive data analysis.
   *
   * <p>Property type {@code AWS::DataBrew::Project.Sample}.
   */
  public static final class Sample extends Struct<Sample> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Project.Sample")
        .required("Type")
        .constrain("Size", Constraint.of().minimum(1).maximum(5000))
        .allowed("Type", "FIRST_N", "LAST_N", "RANDOM")
        .build();

    public Sample() {
      super(SCHEMA);
    }

    /**
     * The number of rows in the sample.
     *
     * <p>Range: 1 to 5000. CloudFormation property {@code Size}.
     */
    public Sample size(int value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(int)}. */
    public Sample size(Value<Integer> value) {
      return set("Size", value);
    }

    /**
     * The way in which DataBrew obtains rows from a dataset.
     *
     * <p>Required. Allowed values: {@code FIRST_N}, {@code LAST_N}, {@code RANDOM}. CloudFormation
     * property {@code Type}.
     */
    public Sample type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Sample type(Value<String> value) {
      return set("Type", value);
    }
  }
}
