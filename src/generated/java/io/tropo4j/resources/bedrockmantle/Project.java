// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockmantle;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::BedrockMantle::Project
 *
 * <p>CloudFormation type {@code AWS::BedrockMantle::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockMantle::Project")
      .required("Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the project.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public Project name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Project name(Value<String> value) {
    return set("Name", value);
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
   * The ARN of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the project was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
