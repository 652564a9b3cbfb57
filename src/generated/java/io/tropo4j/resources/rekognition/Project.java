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
 * The <code>AWS::Rekognition::Project</code> type creates an Amazon Rekognition Custom Labels
 * project. A project is a group of resources needed to create and manage versions of an Amazon
 * Rekognition Custom Labels model.
 *
 * <p>CloudFormation type {@code AWS::Rekognition::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::Project")
      .required("ProjectName")
      .constrain("ProjectName", Constraint.of().pattern("[a-zA-Z0-9][a-zA-Z0-9_\\-]*").minLength(1).maxLength(255))
      .refYields("ProjectName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the project to create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [a-zA-Z0-9][a-zA-Z0-9_&#92;-]*}. CloudFormation property {@code ProjectName}.
   */
  public Project projectName(String value) {
    return set("ProjectName", Value.of(value));
  }

  /** Sets {@code ProjectName} to this value; see {@link #projectName(String)}. */
  public Project projectName(Value<String> value) {
    return set("ProjectName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
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
   * Returns the Amazon Resource Name of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
