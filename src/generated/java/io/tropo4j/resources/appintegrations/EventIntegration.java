// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appintegrations;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an event integration. You provide a name, description, and a reference to an Amazon
 * EventBridge bus in your account and a partner event source that will push events to that bus. No
 * objects are created in your account, only metadata that is persisted on the EventIntegration
 * control plane.
 *
 * <p>CloudFormation type {@code AWS::AppIntegrations::EventIntegration}.
 */
public final class EventIntegration extends Resource<EventIntegration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::EventIntegration")
      .required("EventBridgeBus", "EventFilter", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("EventBridgeBus", Constraint.of().pattern("^[a-zA-Z0-9/\\._\\-]+$").minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9/\\._\\-]+$").minLength(1).maxLength(255))
      .refYields("Name")
      .attributes("EventIntegrationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventIntegration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The event integration description.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public EventIntegration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventIntegration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon EventBridge bus for the event integration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9/&#92;._&#92;-]+$}. CloudFormation property {@code EventBridgeBus}.
   */
  public EventIntegration eventBridgeBus(String value) {
    return set("EventBridgeBus", Value.of(value));
  }

  /** Sets {@code EventBridgeBus} to this value; see {@link #eventBridgeBus(String)}. */
  public EventIntegration eventBridgeBus(Value<String> value) {
    return set("EventBridgeBus", value);
  }

  /**
   * The event integration filter.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code EventFilter}.
   */
  public EventIntegration eventFilter(Value<EventFilter> value) {
    return set("EventFilter", value);
  }

  /**
   * The name of the event integration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9/&#92;._&#92;-]+$}. CloudFormation property {@code Name}.
   */
  public EventIntegration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventIntegration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventIntegration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventIntegration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventIntegration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the event integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventIntegrationArn}.
   */
  public Value<String> eventIntegrationArn() {
    return getAtt("EventIntegrationArn");
  }

  /**
   * The event integration filter.
   *
   * <p>Property type {@code AWS::AppIntegrations::EventIntegration.EventFilter}.
   */
  public static final class EventFilter extends Struct<EventFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::EventIntegration.EventFilter")
        .required("Source")
        .constrain("Source", Constraint.of().pattern("^aws\\.(partner\\/.*|cases)$").minLength(1).maxLength(256))
        .build();

    public EventFilter() {
      super(SCHEMA);
    }

    /**
     * The source of the events.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^aws&#92;.(partner&#92;/.*|cases)$}. CloudFormation property {@code Source}.
     */
    public EventFilter source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public EventFilter source(Value<String> value) {
      return set("Source", value);
    }
  }
}
