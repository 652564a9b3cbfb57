// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::SSM::OpsItem.
 *
 * <p>CloudFormation type {@code AWS::SSM::OpsItem}.
 */
public final class OpsItem extends Resource<OpsItem> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::OpsItem")
      .required("Description", "Source", "Title")
      .constrain("Category", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(64))
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*\\S[\\s\\S]*$").minLength(1).maxLength(2048))
      .constrain("Priority", Constraint.of().minimum(1).maximum(5))
      .constrain("Severity", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(64))
      .constrain("Source", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(128))
      .constrain("Title", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(1024))
      .refYields("OpsItemArn")
      .attributes("CreatedBy", "CreatedTime", "LastModifiedBy", "LastModifiedTime", "OpsItemArn",
          "OpsItemId", "OpsItemType", "Status", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OpsItem(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The category of the OpsItem.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation property
   * {@code Category}.
   */
  public OpsItem category(String value) {
    return set("Category", Value.of(value));
  }

  /** Sets {@code Category} to this value; see {@link #category(String)}. */
  public OpsItem category(Value<String> value) {
    return set("Category", value);
  }

  /**
   * The description of the OpsItem.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*&#92;S[&#92;s&#92;S]*$}. CloudFormation property {@code Description}.
   */
  public OpsItem description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public OpsItem description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The priority of the OpsItem.
   *
   * <p>Range: 1 to 5. CloudFormation property {@code Priority}.
   */
  public OpsItem priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public OpsItem priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The severity of the OpsItem.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation property
   * {@code Severity}.
   */
  public OpsItem severity(String value) {
    return set("Severity", Value.of(value));
  }

  /** Sets {@code Severity} to this value; see {@link #severity(String)}. */
  public OpsItem severity(Value<String> value) {
    return set("Severity", value);
  }

  /**
   * The origin of the OpsItem.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^(?!&#92;s*$).+$}. CloudFormation property {@code Source}.
   */
  public OpsItem source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public OpsItem source(Value<String> value) {
    return set("Source", value);
  }

  /**
   * Tags for the OpsItem.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OpsItem tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OpsItem tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OpsItem tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The title of the OpsItem.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation
   * property {@code Title}.
   */
  public OpsItem title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public OpsItem title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * The user who created the OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The time the OpsItem was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The user who last modified the OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy}.
   */
  public Value<String> lastModifiedBy() {
    return getAtt("LastModifiedBy");
  }

  /**
   * The time the OpsItem was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The ARN of the OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OpsItemArn}.
   */
  public Value<String> opsItemArn() {
    return getAtt("OpsItemArn");
  }

  /**
   * The ID of the OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OpsItemId}.
   */
  public Value<String> opsItemId() {
    return getAtt("OpsItemId");
  }

  /**
   * The type of OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OpsItemType}.
   */
  public Value<String> opsItemType() {
    return getAtt("OpsItemType");
  }

  /**
   * The status of the OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The version of the OpsItem.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }
}
