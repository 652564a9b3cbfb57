// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iottwinmaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use the <code>AWS::IoTTwinMaker::Scene</code> resource to declare a scene.
 *
 * <p>CloudFormation type {@code AWS::IoTTwinMaker::Scene}.
 */
public final class Scene extends Resource<Scene> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Scene")
      .required("ContentLocation", "SceneId", "WorkspaceId")
      .constrain("Capabilities", Constraint.of().pattern(".*").minLength(0).maxLength(256))
      .constrain("ContentLocation", Constraint.of().pattern("[sS]3://[A-Za-z0-9._/-]+").minLength(0).maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("SceneId", Constraint.of().pattern("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .constrain("SceneMetadata", Constraint.of().minLength(0).maxLength(50))
      .constrain("WorkspaceId", Constraint.of().pattern("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .attributes("Arn", "CreationDateTime", "GeneratedSceneMetadata", "UpdateDateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Scene(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of capabilities that the scene uses to render.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
   * Capabilities}.
   */
  public Scene capabilities(List<String> value) {
    return set("Capabilities", Value.listOf(value));
  }

  /** Sets {@code Capabilities} to this value; see {@link #capabilities(List)}. */
  public Scene capabilities(Value<List<String>> value) {
    return set("Capabilities", value);
  }

  /**
   * The relative path that specifies the location of the content definition file.
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code [sS]3://[A-Za-z0-9._/-]+}.
   * CloudFormation property {@code ContentLocation}.
   */
  public Scene contentLocation(String value) {
    return set("ContentLocation", Value.of(value));
  }

  /** Sets {@code ContentLocation} to this value; see {@link #contentLocation(String)}. */
  public Scene contentLocation(Value<String> value) {
    return set("ContentLocation", value);
  }

  /**
   * The description of this scene.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Scene description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Scene description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the scene.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z_0-9][a-zA-Z_&#92;-0-9]*[a-zA-Z0-9]+}. CloudFormation property {@code SceneId}.
   */
  public Scene sceneId(String value) {
    return set("SceneId", Value.of(value));
  }

  /** Sets {@code SceneId} to this value; see {@link #sceneId(String)}. */
  public Scene sceneId(Value<String> value) {
    return set("SceneId", value);
  }

  /**
   * The scene metadata.
   *
   * <p>Length: 0 to 50 characters. CloudFormation property {@code SceneMetadata}.
   */
  public Scene sceneMetadata(Map<String, String> value) {
    return set("SceneMetadata", Value.mapOf(value));
  }

  /** Sets {@code SceneMetadata} to this value; see {@link #sceneMetadata(Map)}. */
  public Scene sceneMetadata(Value<Map<String, String>> value) {
    return set("SceneMetadata", value);
  }

  /**
   * The ComponentType tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Scene tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Scene tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Scene tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ID of the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z_0-9][a-zA-Z_&#92;-0-9]*[a-zA-Z0-9]+}. CloudFormation property {@code WorkspaceId}.
   */
  public Scene workspaceId(String value) {
    return set("WorkspaceId", Value.of(value));
  }

  /** Sets {@code WorkspaceId} to this value; see {@link #workspaceId(String)}. */
  public Scene workspaceId(Value<String> value) {
    return set("WorkspaceId", value);
  }

  /**
   * The scene ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the scene was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDateTime}.
   */
  public Value<String> creationDateTime() {
    return getAtt("CreationDateTime");
  }

  /**
   * A key-value pair of generated scene metadata for the scene.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GeneratedSceneMetadata}.
   */
  public Value<Map<String, String>> generatedSceneMetadata() {
    return getAtt("GeneratedSceneMetadata");
  }

  /**
   * The scene the update time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateDateTime}.
   */
  public Value<String> updateDateTime() {
    return getAtt("UpdateDateTime");
  }
}
