// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Details about a data automation blueprint.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::Blueprint}.
 */
public final class Blueprint extends Resource<Blueprint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Blueprint")
      .required("BlueprintName", "Schema", "Type")
      .constrain("BlueprintName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(128))
      .allowed("Type", "DOCUMENT", "IMAGE", "AUDIO", "VIDEO")
      .refYields("BlueprintArn")
      .attributes("BlueprintArn", "BlueprintStage", "CreationTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Blueprint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The blueprint's name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]+$}. CloudFormation property {@code BlueprintName}.
   */
  public Blueprint blueprintName(String value) {
    return set("BlueprintName", Value.of(value));
  }

  /** Sets {@code BlueprintName} to this value; see {@link #blueprintName(String)}. */
  public Blueprint blueprintName(Value<String> value) {
    return set("BlueprintName", value);
  }

  /**
   * Name-value pairs to include as an encryption context.
   *
   * <p>CloudFormation property {@code KmsEncryptionContext}.
   */
  public Blueprint kmsEncryptionContext(Map<String, String> value) {
    return set("KmsEncryptionContext", Value.mapOf(value));
  }

  /** Sets {@code KmsEncryptionContext} to this value; see {@link #kmsEncryptionContext(Map)}. */
  public Blueprint kmsEncryptionContext(Value<Map<String, String>> value) {
    return set("KmsEncryptionContext", value);
  }

  /**
   * The AWS key to use for encryption.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Blueprint kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Blueprint kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The blueprint's schema.
   *
   * <p>Required. CloudFormation property {@code Schema}.
   */
  public Blueprint schemaProperty(Value<Json> value) {
    return set("Schema", value);
  }

  /**
   * List of Tags
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
   * The blueprint's type.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DOCUMENT}, {@code
   * IMAGE}, {@code AUDIO}, {@code VIDEO}. CloudFormation property {@code Type}.
   */
  public Blueprint typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Blueprint typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The blueprint's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BlueprintArn}.
   */
  public Value<String> blueprintArn() {
    return getAtt("BlueprintArn");
  }

  /**
   * The blueprint's stage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BlueprintStage}.
   */
  public Value<String> blueprintStage() {
    return getAtt("BlueprintStage");
  }

  /**
   * When the blueprint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the blueprint was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }
}
