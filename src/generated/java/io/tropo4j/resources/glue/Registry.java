// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::Glue::Registry is an AWS Glue resource type that manages registries of schemas in the
 * AWS Glue Schema Registry.
 *
 * <p>CloudFormation type {@code AWS::Glue::Registry}.
 */
public final class Registry extends Resource<Registry> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Registry")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Registry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the registry.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code Description}.
   */
  public Registry description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Registry description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the registry.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Registry name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Registry name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * AWS tags that contain a key value pair and may be searched by console, command line, or API.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Registry tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Registry tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Registry tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name for the created Registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
