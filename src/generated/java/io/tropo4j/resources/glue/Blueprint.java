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
 * Resource Type definition for AWS::Glue::Blueprint. Registers a blueprint with AWS Glue.
 *
 * <p>CloudFormation type {@code AWS::Glue::Blueprint}.
 */
public final class Blueprint extends Resource<Blueprint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Blueprint")
      .required("BlueprintLocation", "Name")
      .constrain("BlueprintLocation", Constraint.of().pattern("^s3://([^/]+)/([^/]+/)*([^/]+)$").minLength(1).maxLength(8192))
      .constrain("Description", Constraint.of().minLength(1).maxLength(512))
      .constrain("Name", Constraint.of().pattern("^[\\.\\-_A-Za-z0-9]+$").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreatedOn", "LastModifiedOn", "ParameterSpec", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Blueprint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies a path in Amazon S3 where the blueprint is published.
   *
   * <p>Required. Length: 1 to 8192 characters. Pattern: {@code ^s3://([^/]+)/([^/]+/)*([^/]+)$}.
   * CloudFormation property {@code BlueprintLocation}.
   */
  public Blueprint blueprintLocation(String value) {
    return set("BlueprintLocation", Value.of(value));
  }

  /** Sets {@code BlueprintLocation} to this value; see {@link #blueprintLocation(String)}. */
  public Blueprint blueprintLocation(Value<String> value) {
    return set("BlueprintLocation", value);
  }

  /**
   * A description of the blueprint.
   *
   * <p>Length: 1 to 512 characters. CloudFormation property {@code Description}.
   */
  public Blueprint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Blueprint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the blueprint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;.&#92;-_A-Za-z0-9]+$}. CloudFormation property {@code Name}.
   */
  public Blueprint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Blueprint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to be applied to this blueprint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Blueprint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Blueprint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Blueprint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the blueprint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the blueprint was registered.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedOn}.
   */
  public Value<String> createdOn() {
    return getAtt("CreatedOn");
  }

  /**
   * The date and time the blueprint was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedOn}.
   */
  public Value<String> lastModifiedOn() {
    return getAtt("LastModifiedOn");
  }

  /**
   * A JSON string that indicates the list of parameter specifications for the blueprint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ParameterSpec}.
   */
  public Value<String> parameterSpec() {
    return getAtt("ParameterSpec");
  }

  /**
   * The status of the blueprint registration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
