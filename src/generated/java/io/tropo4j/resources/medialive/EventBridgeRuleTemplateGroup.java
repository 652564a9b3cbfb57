// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Definition of AWS::MediaLive::EventBridgeRuleTemplateGroup Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::EventBridgeRuleTemplateGroup}.
 */
public final class EventBridgeRuleTemplateGroup extends Resource<EventBridgeRuleTemplateGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::EventBridgeRuleTemplateGroup")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(255))
      .refYields("Identifier")
      .attributes("Arn", "CreatedAt", "Id", "Identifier", "ModifiedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public EventBridgeRuleTemplateGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A resource's optional description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public EventBridgeRuleTemplateGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventBridgeRuleTemplateGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A resource's name. Names must be unique within the scope of a resource type in a specific
   * region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[^&#92;s]+$}. CloudFormation property {@code Name}.
   */
  public EventBridgeRuleTemplateGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventBridgeRuleTemplateGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Represents the tags associated with a resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public EventBridgeRuleTemplateGroup tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public EventBridgeRuleTemplateGroup tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public EventBridgeRuleTemplateGroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * An eventbridge rule template group's ARN (Amazon Resource Name)
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time of resource creation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * An eventbridge rule template group's id. Amazon Web Services provided template groups have ids
   * that start with &lt;code&gt;<code>aws-</code>&lt;/code&gt;.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code Identifier}. */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * The date and time of latest resource modification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }
}
