// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a new thing group. A dynamic thing group is created if the resource template contains the
 * <code>QueryString</code> attribute. A dynamic thing group will not contain the
 * <code>ParentGroupName</code> attribute. A static thing group and dynamic thing group can't be
 * converted to each other via the addition or removal of the <code>QueryString</code> attribute.
 *
 * <p>This is a control plane operation. See <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/iot-authorization.html">Authorization</a>
 * for information about authorizing control plane actions.
 *
 * <p>Requires permission to access the <a
 * href="https://docs.aws.amazon.com//service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions">CreateThingGroup</a>
 * action.
 *
 * <p>CloudFormation type {@code AWS::IoT::ThingGroup}.
 */
public final class ThingGroup extends Resource<ThingGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::ThingGroup")
      .constrain("ParentGroupName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .constrain("QueryString", Constraint.of().minLength(1).maxLength(1000))
      .constrain("ThingGroupName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .refYields("ThingGroupName")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ThingGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The parent thing group name.
   *
   * <p>A Dynamic Thing Group does not have <code>parentGroupName</code> defined.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code ParentGroupName}.
   */
  public ThingGroup parentGroupName(String value) {
    return set("ParentGroupName", Value.of(value));
  }

  /** Sets {@code ParentGroupName} to this value; see {@link #parentGroupName(String)}. */
  public ThingGroup parentGroupName(Value<String> value) {
    return set("ParentGroupName", value);
  }

  /**
   * The dynamic thing group search query string.
   *
   * <p>The <code>queryString</code> attribute <em>is</em> required for
   * <code>CreateDynamicThingGroup</code> . The <code>queryString</code> attribute <em>is not</em>
   * required for <code>CreateThingGroup</code> .
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code QueryString}.
   */
  public ThingGroup queryString(String value) {
    return set("QueryString", Value.of(value));
  }

  /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
  public ThingGroup queryString(Value<String> value) {
    return set("QueryString", value);
  }

  /**
   * Metadata which can be used to manage the thing group or dynamic thing group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ThingGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ThingGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ThingGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The thing group name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code ThingGroupName}.
   */
  public ThingGroup thingGroupName(String value) {
    return set("ThingGroupName", Value.of(value));
  }

  /** Sets {@code ThingGroupName} to this value; see {@link #thingGroupName(String)}. */
  public ThingGroup thingGroupName(Value<String> value) {
    return set("ThingGroupName", value);
  }

  /**
   * Thing group properties.
   *
   * <p>CloudFormation property {@code ThingGroupProperties}.
   */
  public ThingGroup thingGroupProperties(Value<ThingGroupProperties> value) {
    return set("ThingGroupProperties", value);
  }

  /**
   * The thing group ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The thing group ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The attribute payload.
   *
   * <p>Property type {@code AWS::IoT::ThingGroup.AttributePayload}.
   */
  public static final class AttributePayload extends Struct<AttributePayload> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::ThingGroup.AttributePayload");

    public AttributePayload() {
      super(SCHEMA);
    }

    /**
     * A JSON string containing up to three key-value pair in JSON format. For example:
     *
     * <p><code>{&#92;"attributes&#92;":{&#92;"string1&#92;":&#92;"string2&#92;"}}</code>
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public AttributePayload attributes(Map<String, String> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public AttributePayload attributes(Value<Map<String, String>> value) {
      return set("Attributes", value);
    }
  }

  /**
   * Thing group properties.
   *
   * <p>Property type {@code AWS::IoT::ThingGroup.ThingGroupProperties}.
   */
  public static final class ThingGroupProperties extends Struct<ThingGroupProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::ThingGroup.ThingGroupProperties")
        .constrain("ThingGroupDescription", Constraint.of().pattern("[\\p{Graph}\\x20]*").minLength(0).maxLength(2028))
        .build();

    public ThingGroupProperties() {
      super(SCHEMA);
    }

    /**
     * The thing group attributes in JSON format.
     *
     * <p>CloudFormation property {@code AttributePayload}.
     */
    public ThingGroupProperties attributePayload(Value<AttributePayload> value) {
      return set("AttributePayload", value);
    }

    /**
     * The thing group description.
     *
     * <p>Length: 0 to 2028 characters. Pattern: {@code [&#92;p{Graph}&#92;x20]*}. CloudFormation
     * property {@code ThingGroupDescription}.
     */
    public ThingGroupProperties thingGroupDescription(String value) {
      return set("ThingGroupDescription", Value.of(value));
    }

    /**
     * Sets {@code ThingGroupDescription} to this value; see {@link #thingGroupDescription(String)}.
     */
    public ThingGroupProperties thingGroupDescription(Value<String> value) {
      return set("ThingGroupDescription", value);
    }
  }
}
