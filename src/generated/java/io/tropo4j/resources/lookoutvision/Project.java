// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lookoutvision;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::LookoutVision::Project</code> type creates an Amazon Lookout for Vision project. A
 * project is a grouping of the resources needed to create and manage an Amazon Lookout for Vision
 * model.
 *
 * <p>CloudFormation type {@code AWS::LookoutVision::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::LookoutVision::Project")
      .required("ProjectName")
      .constrain("ProjectName", Constraint.of().pattern("[a-zA-Z0-9][a-zA-Z0-9_\\-]*").minLength(1).maxLength(255))
      .refYields("ProjectName")
      .attributes("Arn")
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the project.
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
   * Returns the Amazon Resource Name of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
