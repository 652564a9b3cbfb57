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

/**
 * Creates a new thing type.
 *
 * <p>CloudFormation type {@code AWS::IoT::ThingType}.
 */
public final class ThingType extends Resource<ThingType> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::ThingType")
      .constrain("ThingTypeName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .refYields("ThingTypeName")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ThingType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Deprecates a thing type. You can not associate new things with deprecated thing type.
   *
   * <p>Requires permission to access the <a
   * href="https://docs.aws.amazon.com//service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions">DeprecateThingType</a>
   * action.
   *
   * <p>CloudFormation property {@code DeprecateThingType}.
   */
  public ThingType deprecateThingType(boolean value) {
    return set("DeprecateThingType", Value.of(value));
  }

  /** Sets {@code DeprecateThingType} to this value; see {@link #deprecateThingType(boolean)}. */
  public ThingType deprecateThingType(Value<Boolean> value) {
    return set("DeprecateThingType", value);
  }

  /**
   * Metadata which can be used to manage the thing type.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ThingType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ThingType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ThingType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the thing type.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code ThingTypeName}.
   */
  public ThingType thingTypeName(String value) {
    return set("ThingTypeName", Value.of(value));
  }

  /** Sets {@code ThingTypeName} to this value; see {@link #thingTypeName(String)}. */
  public ThingType thingTypeName(Value<String> value) {
    return set("ThingTypeName", value);
  }

  /**
   * The thing type properties for the thing type to create. It contains information about the new
   * thing type including a description, a list of searchable thing attribute names, and a list of
   * propagating attributes. After a thing type is created, you can only update
   * <code>Mqtt5Configuration</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ThingTypeProperties}.
   */
  public ThingType thingTypeProperties(Value<ThingTypeProperties> value) {
    return set("ThingTypeProperties", value);
  }

  /**
   * The thing type arn.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The thing type id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The configuration to add user-defined properties to enrich MQTT 5 messages.
   *
   * <p>Property type {@code AWS::IoT::ThingType.Mqtt5Configuration}.
   */
  public static final class Mqtt5Configuration extends Struct<Mqtt5Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::ThingType.Mqtt5Configuration");

    public Mqtt5Configuration() {
      super(SCHEMA);
    }

    /**
     * An object that represents the connection attribute, the thing attribute, and the MQTT 5 user
     * property key.
     *
     * <p>CloudFormation property {@code PropagatingAttributes}.
     */
    public Mqtt5Configuration propagatingAttributes(List<PropagatingAttribute> value) {
      return set("PropagatingAttributes", Value.listOf(value));
    }

    /**
     * Sets {@code PropagatingAttributes} to this value; see {@link #propagatingAttributes(List)}.
     */
    public Mqtt5Configuration propagatingAttributes(Value<List<PropagatingAttribute>> value) {
      return set("PropagatingAttributes", value);
    }

    /**
     * Sets {@code PropagatingAttributes} to a list of these; see {@link
     * #propagatingAttributes(List)}.
     */
    public Mqtt5Configuration propagatingAttributes(PropagatingAttribute... values) {
      return set("PropagatingAttributes", Value.list(values));
    }
  }

  /**
   * An object that represents the connection attribute, the thing attribute, and the MQTT 5 user
   * property key.
   *
   * <p>Property type {@code AWS::IoT::ThingType.PropagatingAttribute}.
   */
  public static final class PropagatingAttribute extends Struct<PropagatingAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::ThingType.PropagatingAttribute")
        .required("UserPropertyKey")
        .allowed("ConnectionAttribute", "iot:ClientId", "iot:Thing.ThingName")
        .constrain("ConnectionAttribute", Constraint.of().minLength(0).maxLength(128))
        .constrain("ThingAttribute", Constraint.of().pattern("[a-zA-Z0-9_.,@/:#-]+").minLength(0).maxLength(128))
        .constrain("UserPropertyKey", Constraint.of().pattern("[a-zA-Z0-9:$.]+").minLength(0).maxLength(128))
        .build();

    public PropagatingAttribute() {
      super(SCHEMA);
    }

    /**
     * The attribute associated with the connection details.
     *
     * <p>Allowed values: {@code iot:ClientId}, {@code iot:Thing.ThingName}. Length: 0 to 128
     * characters. CloudFormation property {@code ConnectionAttribute}.
     */
    public PropagatingAttribute connectionAttribute(String value) {
      return set("ConnectionAttribute", Value.of(value));
    }

    /** Sets {@code ConnectionAttribute} to this value; see {@link #connectionAttribute(String)}. */
    public PropagatingAttribute connectionAttribute(Value<String> value) {
      return set("ConnectionAttribute", value);
    }

    /**
     * The thing attribute that is propagating for MQTT 5 message enrichment.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code [a-zA-Z0-9_.,&#64;/:#-]+}. CloudFormation
     * property {@code ThingAttribute}.
     */
    public PropagatingAttribute thingAttribute(String value) {
      return set("ThingAttribute", Value.of(value));
    }

    /** Sets {@code ThingAttribute} to this value; see {@link #thingAttribute(String)}. */
    public PropagatingAttribute thingAttribute(Value<String> value) {
      return set("ThingAttribute", value);
    }

    /**
     * The key of the MQTT 5 user property, which is a key-value pair.
     *
     * <p>Required. Length: 0 to 128 characters. Pattern: {@code [a-zA-Z0-9:$.]+}. CloudFormation
     * property {@code UserPropertyKey}.
     */
    public PropagatingAttribute userPropertyKey(String value) {
      return set("UserPropertyKey", Value.of(value));
    }

    /** Sets {@code UserPropertyKey} to this value; see {@link #userPropertyKey(String)}. */
    public PropagatingAttribute userPropertyKey(Value<String> value) {
      return set("UserPropertyKey", value);
    }
  }

  /**
   * The ThingTypeProperties contains information about the thing type including: a thing type
   * description, and a list of searchable thing attribute names.
   *
   * <p>Property type {@code AWS::IoT::ThingType.ThingTypeProperties}.
   */
  public static final class ThingTypeProperties extends Struct<ThingTypeProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::ThingType.ThingTypeProperties")
        .constrain("SearchableAttributes", Constraint.of().pattern("[a-zA-Z0-9_.,@/:#-]+").minLength(0).maxLength(128))
        .constrain("ThingTypeDescription", Constraint.of().pattern("[\\p{Graph}\\x20]*").minLength(0).maxLength(2028))
        .build();

    public ThingTypeProperties() {
      super(SCHEMA);
    }

    /**
     * The configuration to add user-defined properties to enrich MQTT 5 messages.
     *
     * <p>CloudFormation property {@code Mqtt5Configuration}.
     */
    public ThingTypeProperties mqtt5Configuration(Value<Mqtt5Configuration> value) {
      return set("Mqtt5Configuration", value);
    }

    /**
     * A list of searchable thing attribute names.
     *
     * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_.,&#64;/:#-]+}. CloudFormation property {@code SearchableAttributes}.
     */
    public ThingTypeProperties searchableAttributes(List<String> value) {
      return set("SearchableAttributes", Value.listOf(value));
    }

    /** Sets {@code SearchableAttributes} to this value; see {@link #searchableAttributes(List)}. */
    public ThingTypeProperties searchableAttributes(Value<List<String>> value) {
      return set("SearchableAttributes", value);
    }

    /**
     * The description of the thing type.
     *
     * <p>Changing it replaces the resource. Length: 0 to 2028 characters. Pattern: {@code
     * [&#92;p{Graph}&#92;x20]*}. CloudFormation property {@code ThingTypeDescription}.
     */
    public ThingTypeProperties thingTypeDescription(String value) {
      return set("ThingTypeDescription", Value.of(value));
    }

    /**
     * Sets {@code ThingTypeDescription} to this value; see {@link #thingTypeDescription(String)}.
     */
    public ThingTypeProperties thingTypeDescription(Value<String> value) {
      return set("ThingTypeDescription", value);
    }
  }
}
