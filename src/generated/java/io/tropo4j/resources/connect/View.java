// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a customer-managed view in the published state within the specified instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::View}.
 */
public final class View extends Resource<View> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::View")
      .required("Actions", "InstanceArn", "Name", "Template")
      .constrain("Actions", Constraint.of().pattern("^([\\p{L}\\p{N}_.:\\/=+\\-@]+[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)$").minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().pattern("^([\\p{L}\\p{N}_.:\\/=+\\-@,()']+[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@,()']*)$").minLength(0).maxLength(4096))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().pattern("^([\\p{L}\\p{N}_.:\\/=+\\-@()']+[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@()']*)$").minLength(1).maxLength(512))
      .constrain("Template", Constraint.of().format("json"))
      .refYields("ViewArn")
      .attributes("ViewArn", "ViewContentSha256", "ViewId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public View(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of actions possible from the view.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{N}_.:&#92;/=+&#92;-&#64;]+[&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;]*)$}.
   * CloudFormation property {@code Actions}.
   */
  public View actions(List<String> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public View actions(Value<List<String>> value) {
    return set("Actions", value);
  }

  /**
   * The description of the view.
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{N}_.:&#92;/=+&#92;-&#64;,()']+[&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;,()']*)$}.
   * CloudFormation property {@code Description}.
   */
  public View description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public View description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public View instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public View instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public View instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name of the view.
   *
   * <p>Required. Length: 1 to 512 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{N}_.:&#92;/=+&#92;-&#64;()']+[&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;()']*)$}.
   * CloudFormation property {@code Name}.
   */
  public View name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public View name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags associated with the view resource (not specific to view version).
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public View tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public View tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public View tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The view template representing the structure of the view.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Template}.
   */
  public View template(Value<Json> value) {
    return set("Template", value);
  }

  /**
   * The unqualified Amazon Resource Name (ARN) of the view.
   *
   * <p>For example:
   *
   * <p><code>arn:&lt;partition&gt;:connect:&lt;region&gt;:&lt;accountId&gt;:instance/00000000-0000-0000-0000-000000000000/view/00000000-0000-0000-0000-000000000000</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ViewArn}.
   */
  public Value<String> viewArn() {
    return getAtt("ViewArn");
  }

  /**
   * Indicates the checksum value of the latest published view content.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ViewContentSha256}.
   */
  public Value<String> viewContentSha256() {
    return getAtt("ViewContentSha256");
  }

  /**
   * The identifier of the view.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ViewId}.
   */
  public Value<String> viewId() {
    return getAtt("ViewId");
  }
}
