// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iottwinmaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.Map;

/**
 * Use the <code>AWS::IoTTwinMaker::Workspace</code> resource to declare a workspace.
 *
 * <p>CloudFormation type {@code AWS::IoTTwinMaker::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Workspace")
      .required("Role", "S3Location", "WorkspaceId")
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("Role", Constraint.of().pattern("arn:((aws)|(aws-cn)|(aws-us-gov)):iam::[0-9]{12}:role/.*").minLength(20).maxLength(2048))
      .references("Role", "AWS::IAM::Role.Arn")
      .constrain("S3Location", Constraint.of().pattern("(^arn:((aws)|(aws-cn)|(aws-us-gov)):s3:::)([a-zA-Z0-9_-]+$)").minLength(0).maxLength(1024))
      .references("S3Location", "AWS::S3::Bucket.Arn")
      .constrain("WorkspaceId", Constraint.of().pattern("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .refYields("WorkspaceId")
      .attributes("Arn", "CreationDateTime", "UpdateDateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the workspace.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Workspace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workspace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the execution role associated with the workspace.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * arn:((aws)|(aws-cn)|(aws-us-gov)):iam::[0-9]{12}:role/.*}. CloudFormation property {@code
   * Role}.
   */
  public Workspace role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Workspace role(Value<String> value) {
    return set("Role", value);
  }

  /** Sets {@code Role} to the Arn of {@code AWS::IAM::Role}; see {@link #role(String)}. */
  public Workspace role(Role resource) {
    return set("Role", resource.arn());
  }

  /**
   * The ARN of the S3 bucket where resources associated with the workspace are stored.
   *
   * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
   * (^arn:((aws)|(aws-cn)|(aws-us-gov)):s3:::)([a-zA-Z0-9_-]+$)}. CloudFormation property {@code
   * S3Location}.
   */
  public Workspace s3Location(String value) {
    return set("S3Location", Value.of(value));
  }

  /** Sets {@code S3Location} to this value; see {@link #s3Location(String)}. */
  public Workspace s3Location(Value<String> value) {
    return set("S3Location", value);
  }

  /**
   * Sets {@code S3Location} to the Arn of {@code AWS::S3::Bucket}; see {@link #s3Location(String)}.
   */
  public Workspace s3Location(Bucket resource) {
    return set("S3Location", resource.arn());
  }

  /**
   * Metadata that you can use to manage the workspace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workspace tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Workspace tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Workspace tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ID of the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z_0-9][a-zA-Z_&#92;-0-9]*[a-zA-Z0-9]+}. CloudFormation property {@code WorkspaceId}.
   */
  public Workspace workspaceId(String value) {
    return set("WorkspaceId", Value.of(value));
  }

  /** Sets {@code WorkspaceId} to this value; see {@link #workspaceId(String)}. */
  public Workspace workspaceId(Value<String> value) {
    return set("WorkspaceId", value);
  }

  /**
   * The workspace ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the workspace was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDateTime}.
   */
  public Value<String> creationDateTime() {
    return getAtt("CreationDateTime");
  }

  /**
   * The date and time the workspace was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateDateTime}.
   */
  public Value<String> updateDateTime() {
    return getAtt("UpdateDateTime");
  }
}
