// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the rules to perform an action based on customer ingested data.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::EventTrigger}.
 */
public final class EventTrigger extends Resource<EventTrigger> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventTrigger")
      .required("DomainName", "EventTriggerConditions", "EventTriggerName", "ObjectTypeName")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("EventTriggerName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("ObjectTypeName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .constrain("SegmentFilter", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .attributes("CreatedAt", "LastUpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventTrigger(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the event trigger.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public EventTrigger description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventTrigger description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public EventTrigger domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public EventTrigger domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * A list of conditions that determine when an event should trigger the destination.
   *
   * <p>Required. CloudFormation property {@code EventTriggerConditions}.
   */
  public EventTrigger eventTriggerConditions(List<EventTriggerCondition> value) {
    return set("EventTriggerConditions", Value.listOf(value));
  }

  /**
   * Sets {@code EventTriggerConditions} to this value; see {@link #eventTriggerConditions(List)}.
   */
  public EventTrigger eventTriggerConditions(Value<List<EventTriggerCondition>> value) {
    return set("EventTriggerConditions", value);
  }

  /**
   * Sets {@code EventTriggerConditions} to a list of these; see {@link
   * #eventTriggerConditions(List)}.
   */
  public EventTrigger eventTriggerConditions(EventTriggerCondition... values) {
    return set("EventTriggerConditions", Value.list(values));
  }

  /**
   * Defines limits controlling whether an event triggers the destination, based on ingestion
   * latency and the number of invocations per profile over specific time periods.
   *
   * <p>CloudFormation property {@code EventTriggerLimits}.
   */
  public EventTrigger eventTriggerLimits(Value<EventTriggerLimits> value) {
    return set("EventTriggerLimits", value);
  }

  /**
   * The unique name of the event trigger.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code EventTriggerName}.
   */
  public EventTrigger eventTriggerName(String value) {
    return set("EventTriggerName", Value.of(value));
  }

  /** Sets {@code EventTriggerName} to this value; see {@link #eventTriggerName(String)}. */
  public EventTrigger eventTriggerName(Value<String> value) {
    return set("EventTriggerName", value);
  }

  /**
   * The unique name of the object type.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_][a-zA-Z_0-9-]*$}.
   * CloudFormation property {@code ObjectTypeName}.
   */
  public EventTrigger objectTypeName(String value) {
    return set("ObjectTypeName", Value.of(value));
  }

  /** Sets {@code ObjectTypeName} to this value; see {@link #objectTypeName(String)}. */
  public EventTrigger objectTypeName(Value<String> value) {
    return set("ObjectTypeName", value);
  }

  /**
   * The destination is triggered only for profiles that meet the criteria of a segment definition.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
   * {@code SegmentFilter}.
   */
  public EventTrigger segmentFilter(String value) {
    return set("SegmentFilter", Value.of(value));
  }

  /** Sets {@code SegmentFilter} to this value; see {@link #segmentFilter(String)}. */
  public EventTrigger segmentFilter(Value<String> value) {
    return set("SegmentFilter", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventTrigger tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventTrigger tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventTrigger tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp of when the event trigger was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp of when the event trigger was most recently updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * Specifies the circumstances under which the event should trigger the destination.
   *
   * <p>Property type {@code AWS::CustomerProfiles::EventTrigger.EventTriggerCondition}.
   */
  public static final class EventTriggerCondition extends Struct<EventTriggerCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventTrigger.EventTriggerCondition")
        .required("EventTriggerDimensions", "LogicalOperator")
        .allowed("LogicalOperator", "ANY", "ALL", "NONE")
        .build();

    public EventTriggerCondition() {
      super(SCHEMA);
    }

    /**
     * A list of dimensions to be evaluated for the event.
     *
     * <p>Required. CloudFormation property {@code EventTriggerDimensions}.
     */
    public EventTriggerCondition eventTriggerDimensions(List<EventTriggerDimension> value) {
      return set("EventTriggerDimensions", Value.listOf(value));
    }

    /**
     * Sets {@code EventTriggerDimensions} to this value; see {@link #eventTriggerDimensions(List)}.
     */
    public EventTriggerCondition eventTriggerDimensions(Value<List<EventTriggerDimension>> value) {
      return set("EventTriggerDimensions", value);
    }

    /**
     * Sets {@code EventTriggerDimensions} to a list of these; see {@link
     * #eventTriggerDimensions(List)}.
     */
    public EventTriggerCondition eventTriggerDimensions(EventTriggerDimension... values) {
      return set("EventTriggerDimensions", Value.list(values));
    }

    /**
     * The operator used to combine multiple dimensions.
     *
     * <p>Required. Allowed values: {@code ANY}, {@code ALL}, {@code NONE}. CloudFormation property
     * {@code LogicalOperator}.
     */
    public EventTriggerCondition logicalOperator(String value) {
      return set("LogicalOperator", Value.of(value));
    }

    /** Sets {@code LogicalOperator} to this value; see {@link #logicalOperator(String)}. */
    public EventTriggerCondition logicalOperator(Value<String> value) {
      return set("LogicalOperator", value);
    }
  }

  /**
   * A specific event dimension to be assessed.
   *
   * <p>Property type {@code AWS::CustomerProfiles::EventTrigger.EventTriggerDimension}.
   */
  public static final class EventTriggerDimension extends Struct<EventTriggerDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventTrigger.EventTriggerDimension")
        .required("ObjectAttributes")
        .build();

    public EventTriggerDimension() {
      super(SCHEMA);
    }

    /**
     * A list of object attributes to be evaluated.
     *
     * <p>Required. CloudFormation property {@code ObjectAttributes}.
     */
    public EventTriggerDimension objectAttributes(List<ObjectAttribute> value) {
      return set("ObjectAttributes", Value.listOf(value));
    }

    /** Sets {@code ObjectAttributes} to this value; see {@link #objectAttributes(List)}. */
    public EventTriggerDimension objectAttributes(Value<List<ObjectAttribute>> value) {
      return set("ObjectAttributes", value);
    }

    /** Sets {@code ObjectAttributes} to a list of these; see {@link #objectAttributes(List)}. */
    public EventTriggerDimension objectAttributes(ObjectAttribute... values) {
      return set("ObjectAttributes", Value.list(values));
    }
  }

  /**
   * Defines limits controlling whether an event triggers the destination, based on ingestion
   * latency and the number of invocations per profile over specific time periods.
   *
   * <p>Property type {@code AWS::CustomerProfiles::EventTrigger.EventTriggerLimits}.
   */
  public static final class EventTriggerLimits extends Struct<EventTriggerLimits> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventTrigger.EventTriggerLimits")
        .constrain("EventExpiration", Constraint.of().format("int64"))
        .build();

    public EventTriggerLimits() {
      super(SCHEMA);
    }

    /**
     * Specifies that an event will only trigger the destination if it is processed within a certain
     * latency period.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code EventExpiration}.
     */
    public EventTriggerLimits eventExpiration(int value) {
      return set("EventExpiration", Value.of(value));
    }

    /** Sets {@code EventExpiration} to this value; see {@link #eventExpiration(int)}. */
    public EventTriggerLimits eventExpiration(Value<Integer> value) {
      return set("EventExpiration", value);
    }

    /**
     * A list of time periods during which the limits apply.
     *
     * <p>CloudFormation property {@code Periods}.
     */
    public EventTriggerLimits periods(List<Period> value) {
      return set("Periods", Value.listOf(value));
    }

    /** Sets {@code Periods} to this value; see {@link #periods(List)}. */
    public EventTriggerLimits periods(Value<List<Period>> value) {
      return set("Periods", value);
    }

    /** Sets {@code Periods} to a list of these; see {@link #periods(List)}. */
    public EventTriggerLimits periods(Period... values) {
      return set("Periods", Value.list(values));
    }
  }

  /**
   * The criteria that a specific object attribute must meet to trigger the destination.
   *
   * <p>Property type {@code AWS::CustomerProfiles::EventTrigger.ObjectAttribute}.
   */
  public static final class ObjectAttribute extends Struct<ObjectAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventTrigger.ObjectAttribute")
        .required("ComparisonOperator", "Values")
        .allowed("ComparisonOperator", "INCLUSIVE", "EXCLUSIVE", "CONTAINS", "BEGINS_WITH",
            "ENDS_WITH", "GREATER_THAN", "LESS_THAN", "GREATER_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL",
            "EQUAL", "BEFORE", "AFTER", "ON", "BETWEEN", "NOT_BETWEEN")
        .constrain("FieldName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(64))
        .constrain("Source", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Values", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ObjectAttribute() {
      super(SCHEMA);
    }

    /**
     * The operator used to compare an attribute against a list of values.
     *
     * <p>Required. Allowed values: {@code INCLUSIVE}, {@code EXCLUSIVE}, {@code CONTAINS}, {@code
     * BEGINS_WITH}, {@code ENDS_WITH}, {@code GREATER_THAN}, {@code LESS_THAN}, {@code
     * GREATER_THAN_OR_EQUAL}, {@code LESS_THAN_OR_EQUAL}, {@code EQUAL}, {@code BEFORE}, {@code
     * AFTER}, {@code ON}, {@code BETWEEN}, {@code NOT_BETWEEN}. CloudFormation property {@code
     * ComparisonOperator}.
     */
    public ObjectAttribute comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public ObjectAttribute comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * A field defined within an object type.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code FieldName}.
     */
    public ObjectAttribute fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public ObjectAttribute fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * An attribute contained within a source object.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Source}.
     */
    public ObjectAttribute source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ObjectAttribute source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The amount of time of the specified unit.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Values}.
     */
    public ObjectAttribute values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ObjectAttribute values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Defines a limit and the time period during which it is enforced.
   *
   * <p>Property type {@code AWS::CustomerProfiles::EventTrigger.Period}.
   */
  public static final class Period extends Struct<Period> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::EventTrigger.Period")
        .required("Unit", "Value")
        .constrain("MaxInvocationsPerProfile", Constraint.of().minimum(1).maximum(1000))
        .allowed("Unit", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS")
        .constrain("Value", Constraint.of().minimum(1).maximum(60))
        .build();

    public Period() {
      super(SCHEMA);
    }

    /**
     * The maximum allowed number of destination invocations per profile.
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code MaxInvocationsPerProfile}.
     */
    public Period maxInvocationsPerProfile(int value) {
      return set("MaxInvocationsPerProfile", Value.of(value));
    }

    /**
     * Sets {@code MaxInvocationsPerProfile} to this value; see {@link
     * #maxInvocationsPerProfile(int)}.
     */
    public Period maxInvocationsPerProfile(Value<Integer> value) {
      return set("MaxInvocationsPerProfile", value);
    }

    /**
     * The unit of time.
     *
     * <p>Required. Allowed values: {@code MINUTES}, {@code HOURS}, {@code DAYS}, {@code WEEKS},
     * {@code MONTHS}. CloudFormation property {@code Unit}.
     */
    public Period unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Period unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * If set to true, there is no limit on the number of destination invocations per profile. The
     * default is false.
     *
     * <p>CloudFormation property {@code Unlimited}.
     */
    public Period unlimited(boolean value) {
      return set("Unlimited", Value.of(value));
    }

    /** Sets {@code Unlimited} to this value; see {@link #unlimited(boolean)}. */
    public Period unlimited(Value<Boolean> value) {
      return set("Unlimited", value);
    }

    /**
     * The amount of time of the specified unit.
     *
     * <p>Required. Range: 1 to 60. CloudFormation property {@code Value}.
     */
    public Period value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Period value(Value<Integer> value) {
      return set("Value", value);
    }
  }
}
