// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Definition of AWS::MediaLive::EventBridgeRuleTemplate Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::EventBridgeRuleTemplate}.
 */
public final class EventBridgeRuleTemplate extends Resource<EventBridgeRuleTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::EventBridgeRuleTemplate")
      .required("EventType", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .allowed("EventType", "MEDIALIVE_MULTIPLEX_ALERT", "MEDIALIVE_MULTIPLEX_STATE_CHANGE",
          "MEDIALIVE_CHANNEL_ALERT", "MEDIALIVE_CHANNEL_INPUT_CHANGE",
          "MEDIALIVE_CHANNEL_STATE_CHANGE", "MEDIAPACKAGE_INPUT_NOTIFICATION",
          "MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION", "MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION",
          "SIGNAL_MAP_ACTIVE_ALARM", "MEDIACONNECT_ALERT", "MEDIACONNECT_SOURCE_HEALTH",
          "MEDIACONNECT_OUTPUT_HEALTH", "MEDIACONNECT_FLOW_STATUS_CHANGE")
      .constrain("GroupIdentifier", Constraint.of().pattern("^[^\\s]+$"))
      .constrain("Name", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(255))
      .refYields("Identifier")
      .attributes("Arn", "CreatedAt", "GroupId", "Id", "Identifier", "ModifiedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public EventBridgeRuleTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A resource's optional description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public EventBridgeRuleTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventBridgeRuleTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The destinations that will receive the event notifications.
   *
   * <p>CloudFormation property {@code EventTargets}.
   */
  public EventBridgeRuleTemplate eventTargets(List<EventBridgeRuleTemplateTarget> value) {
    return set("EventTargets", Value.listOf(value));
  }

  /** Sets {@code EventTargets} to this value; see {@link #eventTargets(List)}. */
  public EventBridgeRuleTemplate eventTargets(Value<List<EventBridgeRuleTemplateTarget>> value) {
    return set("EventTargets", value);
  }

  /** Sets {@code EventTargets} to a list of these; see {@link #eventTargets(List)}. */
  public EventBridgeRuleTemplate eventTargets(EventBridgeRuleTemplateTarget... values) {
    return set("EventTargets", Value.list(values));
  }

  /**
   * The type of event to match with the rule.
   *
   * <p>Required. Allowed values: {@code MEDIALIVE_MULTIPLEX_ALERT}, {@code
   * MEDIALIVE_MULTIPLEX_STATE_CHANGE}, {@code MEDIALIVE_CHANNEL_ALERT}, {@code
   * MEDIALIVE_CHANNEL_INPUT_CHANGE}, {@code MEDIALIVE_CHANNEL_STATE_CHANGE}, {@code
   * MEDIAPACKAGE_INPUT_NOTIFICATION}, {@code MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION}, {@code
   * MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION}, {@code SIGNAL_MAP_ACTIVE_ALARM}, {@code
   * MEDIACONNECT_ALERT}, {@code MEDIACONNECT_SOURCE_HEALTH}, {@code MEDIACONNECT_OUTPUT_HEALTH},
   * {@code MEDIACONNECT_FLOW_STATUS_CHANGE}. CloudFormation property {@code EventType}.
   */
  public EventBridgeRuleTemplate eventType(String value) {
    return set("EventType", Value.of(value));
  }

  /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
  public EventBridgeRuleTemplate eventType(Value<String> value) {
    return set("EventType", value);
  }

  /**
   * An eventbridge rule template group's identifier. Can be either be its id or current name.
   *
   * <p>Pattern: {@code ^[^&#92;s]+$}. CloudFormation property {@code GroupIdentifier}.
   */
  public EventBridgeRuleTemplate groupIdentifier(String value) {
    return set("GroupIdentifier", Value.of(value));
  }

  /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
  public EventBridgeRuleTemplate groupIdentifier(Value<String> value) {
    return set("GroupIdentifier", value);
  }

  /**
   * A resource's name. Names must be unique within the scope of a resource type in a specific
   * region.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation
   * property {@code Name}.
   */
  public EventBridgeRuleTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventBridgeRuleTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Represents the tags associated with a resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public EventBridgeRuleTemplate tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public EventBridgeRuleTemplate tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public EventBridgeRuleTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Target ARNs must be either an SNS topic or CloudWatch log group.
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
   * <p>{@code Fn::GetAtt} attribute {@code GroupId}.
   */
  public Value<String> groupId() {
    return getAtt("GroupId");
  }

  /**
   * An eventbridge rule template's id. Amazon Web Services provided templates have ids that start
   * with &lt;code&gt;<code>aws-</code>&lt;/code&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Placeholder documentation for __string
   *
   * <p>{@code Fn::GetAtt} attribute {@code Identifier}.
   */
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

  /**
   * The target to which to send matching events.
   *
   * <p>Property type {@code AWS::MediaLive::EventBridgeRuleTemplate.EventBridgeRuleTemplateTarget}.
   */
  public static final class EventBridgeRuleTemplateTarget extends Struct<EventBridgeRuleTemplateTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::EventBridgeRuleTemplate.EventBridgeRuleTemplateTarget")
        .required("Arn")
        .constrain("Arn", Constraint.of().pattern("^arn.+$").minLength(1).maxLength(2048))
        .build();

    public EventBridgeRuleTemplateTarget() {
      super(SCHEMA);
    }

    /**
     * Target ARNs must be either an SNS topic or CloudWatch log group.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn.+$}. CloudFormation property
     * {@code Arn}.
     */
    public EventBridgeRuleTemplateTarget arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public EventBridgeRuleTemplateTarget arn(Value<String> value) {
      return set("Arn", value);
    }
  }
}
