// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iottwinmaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use the <code>AWS::IoTTwinMaker::Entity</code> resource to declare an entity.
 *
 * <p>CloudFormation type {@code AWS::IoTTwinMaker::Entity}.
 */
public final class Entity extends Resource<Entity> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Entity")
      .required("EntityName", "WorkspaceId")
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("EntityId", Constraint.of().pattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .constrain("EntityName", Constraint.of().pattern("[a-zA-Z_0-9-.][a-zA-Z_0-9-. ]*[a-zA-Z0-9]+").minLength(1).maxLength(256))
      .constrain("ParentEntityId", Constraint.of().pattern("\\$ROOT|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .constrain("WorkspaceId", Constraint.of().pattern("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .attributes("Arn", "CreationDateTime", "HasChildEntities", "Status", "Status.Error",
          "Status.Error.Code", "Status.Error.Message", "Status.State", "UpdateDateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Entity(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that maps strings to the components in the entity. Each string in the mapping must be
   * unique to this object.
   *
   * <p>For information on the component object see the <a
   * href="https://docs.aws.amazon.com//iot-twinmaker/latest/apireference/API_ComponentResponse.html">component</a>
   * API reference.
   *
   * <p>CloudFormation property {@code Components}.
   */
  public Entity components(Map<String, Component> value) {
    return set("Components", Value.mapOf(value));
  }

  /** Sets {@code Components} to this value; see {@link #components(Map)}. */
  public Entity components(Value<Map<String, Component>> value) {
    return set("Components", value);
  }

  /**
   * Maps string to <code>compositeComponent</code> updates in the request. Each key of the map
   * represents the <code>componentPath</code> of the <code>compositeComponent</code> .
   *
   * <p>CloudFormation property {@code CompositeComponents}.
   */
  public Entity compositeComponents(Map<String, CompositeComponent> value) {
    return set("CompositeComponents", Value.mapOf(value));
  }

  /** Sets {@code CompositeComponents} to this value; see {@link #compositeComponents(Map)}. */
  public Entity compositeComponents(Value<Map<String, CompositeComponent>> value) {
    return set("CompositeComponents", value);
  }

  /**
   * The description of the entity.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Entity description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Entity description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the entity.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9]+}.
   * CloudFormation property {@code EntityId}.
   */
  public Entity entityId(String value) {
    return set("EntityId", Value.of(value));
  }

  /** Sets {@code EntityId} to this value; see {@link #entityId(String)}. */
  public Entity entityId(Value<String> value) {
    return set("EntityId", value);
  }

  /**
   * The entity name.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code [a-zA-Z_0-9-.][a-zA-Z_0-9-.
   * ]*[a-zA-Z0-9]+}. CloudFormation property {@code EntityName}.
   */
  public Entity entityName(String value) {
    return set("EntityName", Value.of(value));
  }

  /** Sets {@code EntityName} to this value; see {@link #entityName(String)}. */
  public Entity entityName(Value<String> value) {
    return set("EntityName", value);
  }

  /**
   * The ID of the parent entity.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code
   * &#92;$ROOT|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9]+}.
   * CloudFormation property {@code ParentEntityId}.
   */
  public Entity parentEntityId(String value) {
    return set("ParentEntityId", Value.of(value));
  }

  /** Sets {@code ParentEntityId} to this value; see {@link #parentEntityId(String)}. */
  public Entity parentEntityId(Value<String> value) {
    return set("ParentEntityId", value);
  }

  /**
   * Metadata that you can use to manage the entity.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Entity tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Entity tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Entity tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ID of the workspace that contains the entity.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z_0-9][a-zA-Z_&#92;-0-9]*[a-zA-Z0-9]+}. CloudFormation property {@code WorkspaceId}.
   */
  public Entity workspaceId(String value) {
    return set("WorkspaceId", Value.of(value));
  }

  /** Sets {@code WorkspaceId} to this value; see {@link #workspaceId(String)}. */
  public Entity workspaceId(Value<String> value) {
    return set("WorkspaceId", value);
  }

  /**
   * The entity ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the entity was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDateTime}.
   */
  public Value<String> creationDateTime() {
    return getAtt("CreationDateTime");
  }

  /**
   * A boolean value that specifies whether the entity has child entities or not.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HasChildEntities}.
   */
  public Value<Boolean> hasChildEntities() {
    return getAtt("HasChildEntities");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<Status> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code Status.Error}. */
  public Value<Error> statusError() {
    return getAtt("Status.Error");
  }

  /** {@code Fn::GetAtt} attribute {@code Status.Error.Code}. */
  public Value<String> statusErrorCode() {
    return getAtt("Status.Error.Code");
  }

  /** {@code Fn::GetAtt} attribute {@code Status.Error.Message}. */
  public Value<String> statusErrorMessage() {
    return getAtt("Status.Error.Message");
  }

  /** {@code Fn::GetAtt} attribute {@code Status.State}. */
  public Value<String> statusState() {
    return getAtt("Status.State");
  }

  /**
   * The date and time when the component type was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateDateTime}.
   */
  public Value<String> updateDateTime() {
    return getAtt("UpdateDateTime");
  }

  /**
   * The entity component.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.Component}.
   */
  public static final class Component extends Struct<Component> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.Component");

    public Component() {
      super(SCHEMA);
    }

    /**
     * The name of the component.
     *
     * <p>CloudFormation property {@code ComponentName}.
     */
    public Component componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public Component componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * The ID of the component type.
     *
     * <p>CloudFormation property {@code ComponentTypeId}.
     */
    public Component componentTypeId(String value) {
      return set("ComponentTypeId", Value.of(value));
    }

    /** Sets {@code ComponentTypeId} to this value; see {@link #componentTypeId(String)}. */
    public Component componentTypeId(Value<String> value) {
      return set("ComponentTypeId", value);
    }

    /**
     * The name of the property definition set in the request.
     *
     * <p>CloudFormation property {@code DefinedIn}.
     */
    public Component definedIn(String value) {
      return set("DefinedIn", Value.of(value));
    }

    /** Sets {@code DefinedIn} to this value; see {@link #definedIn(String)}. */
    public Component definedIn(Value<String> value) {
      return set("DefinedIn", value);
    }

    /**
     * The description of the component.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Component description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Component description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * An object that maps strings to the properties to set in the component type. Each string in
     * the mapping must be unique to this object.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public Component propertiesProperty(Map<String, Property> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public Component propertiesProperty(Value<Map<String, Property>> value) {
      return set("Properties", value);
    }

    /**
     * An object that maps strings to the property groups in the component type. Each string in the
     * mapping must be unique to this object.
     *
     * <p>CloudFormation property {@code PropertyGroups}.
     */
    public Component propertyGroups(Map<String, PropertyGroup> value) {
      return set("PropertyGroups", Value.mapOf(value));
    }

    /** Sets {@code PropertyGroups} to this value; see {@link #propertyGroups(Map)}. */
    public Component propertyGroups(Value<Map<String, PropertyGroup>> value) {
      return set("PropertyGroups", value);
    }

    /**
     * The status of the component.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public Component status(Value<Status> value) {
      return set("Status", value);
    }
  }

  /**
   * Information about a composite component.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.CompositeComponent}.
   */
  public static final class CompositeComponent extends Struct<CompositeComponent> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.CompositeComponent");

    public CompositeComponent() {
      super(SCHEMA);
    }

    /**
     * The name of the component.
     *
     * <p>CloudFormation property {@code ComponentName}.
     */
    public CompositeComponent componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public CompositeComponent componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * The path to the composite component, starting from the top-level component.
     *
     * <p>CloudFormation property {@code ComponentPath}.
     */
    public CompositeComponent componentPath(String value) {
      return set("ComponentPath", Value.of(value));
    }

    /** Sets {@code ComponentPath} to this value; see {@link #componentPath(String)}. */
    public CompositeComponent componentPath(Value<String> value) {
      return set("ComponentPath", value);
    }

    /**
     * The ID of the composite component type.
     *
     * <p>CloudFormation property {@code ComponentTypeId}.
     */
    public CompositeComponent componentTypeId(String value) {
      return set("ComponentTypeId", Value.of(value));
    }

    /** Sets {@code ComponentTypeId} to this value; see {@link #componentTypeId(String)}. */
    public CompositeComponent componentTypeId(Value<String> value) {
      return set("ComponentTypeId", value);
    }

    /**
     * The description of the component type.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public CompositeComponent description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public CompositeComponent description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Map of strings to the properties in the component type. Each string in the mapping must be
     * unique to this component.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public CompositeComponent propertiesProperty(Map<String, Property> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public CompositeComponent propertiesProperty(Value<Map<String, Property>> value) {
      return set("Properties", value);
    }

    /**
     * The property groups.
     *
     * <p>CloudFormation property {@code PropertyGroups}.
     */
    public CompositeComponent propertyGroups(Map<String, PropertyGroup> value) {
      return set("PropertyGroups", Value.mapOf(value));
    }

    /** Sets {@code PropertyGroups} to this value; see {@link #propertyGroups(Map)}. */
    public CompositeComponent propertyGroups(Value<Map<String, PropertyGroup>> value) {
      return set("PropertyGroups", value);
    }

    /**
     * The current status of the composite component.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public CompositeComponent status(Value<Status> value) {
      return set("Status", value);
    }
  }

  /**
   * The entity data type.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.DataType}.
   */
  public static final class DataType extends Struct<DataType> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Entity.DataType")
        .allowed("Type", "RELATIONSHIP", "STRING", "LONG", "BOOLEAN", "INTEGER", "DOUBLE", "LIST",
            "MAP")
        .build();

    public DataType() {
      super(SCHEMA);
    }

    /**
     * The allowed values.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public DataType allowedValues(List<DataValue> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public DataType allowedValues(Value<List<DataValue>> value) {
      return set("AllowedValues", value);
    }

    /** Sets {@code AllowedValues} to a list of these; see {@link #allowedValues(List)}. */
    public DataType allowedValues(DataValue... values) {
      return set("AllowedValues", Value.list(values));
    }

    /**
     * The nested type.
     *
     * <p>CloudFormation property {@code NestedType}.
     */
    public DataType nestedType(Value<DataType> value) {
      return set("NestedType", value);
    }

    /**
     * The relationship.
     *
     * <p>CloudFormation property {@code Relationship}.
     */
    public DataType relationship(Value<Relationship> value) {
      return set("Relationship", value);
    }

    /**
     * The entity type.
     *
     * <p>Allowed values: {@code RELATIONSHIP}, {@code STRING}, {@code LONG}, {@code BOOLEAN},
     * {@code INTEGER}, {@code DOUBLE}, {@code LIST}, {@code MAP}. CloudFormation property {@code
     * Type}.
     */
    public DataType type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataType type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The unit of measure.
     *
     * <p>CloudFormation property {@code UnitOfMeasure}.
     */
    public DataType unitOfMeasure(String value) {
      return set("UnitOfMeasure", Value.of(value));
    }

    /** Sets {@code UnitOfMeasure} to this value; see {@link #unitOfMeasure(String)}. */
    public DataType unitOfMeasure(Value<String> value) {
      return set("UnitOfMeasure", value);
    }
  }

  /**
   * An object that specifies a value for a property.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.DataValue}.
   */
  public static final class DataValue extends Struct<DataValue> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.DataValue");

    public DataValue() {
      super(SCHEMA);
    }

    /**
     * A boolean value.
     *
     * <p>CloudFormation property {@code BooleanValue}.
     */
    public DataValue booleanValue(boolean value) {
      return set("BooleanValue", Value.of(value));
    }

    /** Sets {@code BooleanValue} to this value; see {@link #booleanValue(boolean)}. */
    public DataValue booleanValue(Value<Boolean> value) {
      return set("BooleanValue", value);
    }

    /**
     * A double value.
     *
     * <p>CloudFormation property {@code DoubleValue}.
     */
    public DataValue doubleValue(double value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(double)}. */
    public DataValue doubleValue(Value<Double> value) {
      return set("DoubleValue", value);
    }

    /**
     * An expression that produces the value.
     *
     * <p>CloudFormation property {@code Expression}.
     */
    public DataValue expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public DataValue expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * An integer value.
     *
     * <p>CloudFormation property {@code IntegerValue}.
     */
    public DataValue integerValue(int value) {
      return set("IntegerValue", Value.of(value));
    }

    /** Sets {@code IntegerValue} to this value; see {@link #integerValue(int)}. */
    public DataValue integerValue(Value<Integer> value) {
      return set("IntegerValue", value);
    }

    /**
     * A list of multiple values.
     *
     * <p>CloudFormation property {@code ListValue}.
     */
    public DataValue listValue(List<DataValue> value) {
      return set("ListValue", Value.listOf(value));
    }

    /** Sets {@code ListValue} to this value; see {@link #listValue(List)}. */
    public DataValue listValue(Value<List<DataValue>> value) {
      return set("ListValue", value);
    }

    /** Sets {@code ListValue} to a list of these; see {@link #listValue(List)}. */
    public DataValue listValue(DataValue... values) {
      return set("ListValue", Value.list(values));
    }

    /**
     * A long value.
     *
     * <p>CloudFormation property {@code LongValue}.
     */
    public DataValue longValue(double value) {
      return set("LongValue", Value.of(value));
    }

    /** Sets {@code LongValue} to this value; see {@link #longValue(double)}. */
    public DataValue longValue(Value<Double> value) {
      return set("LongValue", value);
    }

    /**
     * An object that maps strings to multiple DataValue objects.
     *
     * <p>CloudFormation property {@code MapValue}.
     */
    public DataValue mapValue(Map<String, DataValue> value) {
      return set("MapValue", Value.mapOf(value));
    }

    /** Sets {@code MapValue} to this value; see {@link #mapValue(Map)}. */
    public DataValue mapValue(Value<Map<String, DataValue>> value) {
      return set("MapValue", value);
    }

    /**
     * A value that relates a component to another component.
     *
     * <p>CloudFormation property {@code RelationshipValue}.
     */
    public DataValue relationshipValue(Value<RelationshipValue> value) {
      return set("RelationshipValue", value);
    }

    /**
     * A string value.
     *
     * <p>CloudFormation property {@code StringValue}.
     */
    public DataValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public DataValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * The entity definition.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.Definition}.
   */
  public static final class Definition extends Struct<Definition> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.Definition");

    public Definition() {
      super(SCHEMA);
    }

    /**
     * The configuration.
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public Definition configuration(Map<String, String> value) {
      return set("Configuration", Value.mapOf(value));
    }

    /** Sets {@code Configuration} to this value; see {@link #configuration(Map)}. */
    public Definition configuration(Value<Map<String, String>> value) {
      return set("Configuration", value);
    }

    /**
     * The data type
     *
     * <p>CloudFormation property {@code DataType}.
     */
    public Definition dataType(Value<DataType> value) {
      return set("DataType", value);
    }

    /**
     * The default value.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public Definition defaultValue(Value<DataValue> value) {
      return set("DefaultValue", value);
    }

    /**
     * Displays if the entity has a external Id.
     *
     * <p>CloudFormation property {@code IsExternalId}.
     */
    public Definition isExternalId(boolean value) {
      return set("IsExternalId", Value.of(value));
    }

    /** Sets {@code IsExternalId} to this value; see {@link #isExternalId(boolean)}. */
    public Definition isExternalId(Value<Boolean> value) {
      return set("IsExternalId", value);
    }

    /**
     * Displays if the entity is final.
     *
     * <p>CloudFormation property {@code IsFinal}.
     */
    public Definition isFinal(boolean value) {
      return set("IsFinal", Value.of(value));
    }

    /** Sets {@code IsFinal} to this value; see {@link #isFinal(boolean)}. */
    public Definition isFinal(Value<Boolean> value) {
      return set("IsFinal", value);
    }

    /**
     * Displays if the entity is imported.
     *
     * <p>CloudFormation property {@code IsImported}.
     */
    public Definition isImported(boolean value) {
      return set("IsImported", Value.of(value));
    }

    /** Sets {@code IsImported} to this value; see {@link #isImported(boolean)}. */
    public Definition isImported(Value<Boolean> value) {
      return set("IsImported", value);
    }

    /**
     * Displays if the entity is inherited.
     *
     * <p>CloudFormation property {@code IsInherited}.
     */
    public Definition isInherited(boolean value) {
      return set("IsInherited", Value.of(value));
    }

    /** Sets {@code IsInherited} to this value; see {@link #isInherited(boolean)}. */
    public Definition isInherited(Value<Boolean> value) {
      return set("IsInherited", value);
    }

    /**
     * Displays if the entity is a required entity.
     *
     * <p>CloudFormation property {@code IsRequiredInEntity}.
     */
    public Definition isRequiredInEntity(boolean value) {
      return set("IsRequiredInEntity", Value.of(value));
    }

    /** Sets {@code IsRequiredInEntity} to this value; see {@link #isRequiredInEntity(boolean)}. */
    public Definition isRequiredInEntity(Value<Boolean> value) {
      return set("IsRequiredInEntity", value);
    }

    /**
     * Displays if the entity is tored externally.
     *
     * <p>CloudFormation property {@code IsStoredExternally}.
     */
    public Definition isStoredExternally(boolean value) {
      return set("IsStoredExternally", Value.of(value));
    }

    /** Sets {@code IsStoredExternally} to this value; see {@link #isStoredExternally(boolean)}. */
    public Definition isStoredExternally(Value<Boolean> value) {
      return set("IsStoredExternally", value);
    }

    /**
     * Displays if the entity
     *
     * <p>CloudFormation property {@code IsTimeSeries}.
     */
    public Definition isTimeSeries(boolean value) {
      return set("IsTimeSeries", Value.of(value));
    }

    /** Sets {@code IsTimeSeries} to this value; see {@link #isTimeSeries(boolean)}. */
    public Definition isTimeSeries(Value<Boolean> value) {
      return set("IsTimeSeries", value);
    }
  }

  /**
   * The entity error.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.Error}.
   */
  public static final class Error extends Struct<Error> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Entity.Error")
        .allowed("Code", "VALIDATION_ERROR", "INTERNAL_FAILURE")
        .build();

    public Error() {
      super(SCHEMA);
    }

    /**
     * The entity error code.
     *
     * <p>Allowed values: {@code VALIDATION_ERROR}, {@code INTERNAL_FAILURE}. CloudFormation
     * property {@code Code}.
     */
    public Error code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public Error code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The entity error message.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public Error message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public Error message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * An object that sets information about a property.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.Property}.
   */
  public static final class Property extends Struct<Property> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.Property");

    public Property() {
      super(SCHEMA);
    }

    /**
     * An object that specifies information about a property.
     *
     * <p>CloudFormation property {@code Definition}.
     */
    public Property definition(Value<Definition> value) {
      return set("Definition", value);
    }

    /**
     * An object that contains information about a value for a time series property.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Property value(Value<DataValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The property group.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.PropertyGroup}.
   */
  public static final class PropertyGroup extends Struct<PropertyGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Entity.PropertyGroup")
        .allowed("GroupType", "TABULAR")
        .build();

    public PropertyGroup() {
      super(SCHEMA);
    }

    /**
     * The group type.
     *
     * <p>Allowed values: {@code TABULAR}. CloudFormation property {@code GroupType}.
     */
    public PropertyGroup groupType(String value) {
      return set("GroupType", Value.of(value));
    }

    /** Sets {@code GroupType} to this value; see {@link #groupType(String)}. */
    public PropertyGroup groupType(Value<String> value) {
      return set("GroupType", value);
    }

    /**
     * The property names.
     *
     * <p>CloudFormation property {@code PropertyNames}.
     */
    public PropertyGroup propertyNames(List<String> value) {
      return set("PropertyNames", Value.listOf(value));
    }

    /** Sets {@code PropertyNames} to this value; see {@link #propertyNames(List)}. */
    public PropertyGroup propertyNames(Value<List<String>> value) {
      return set("PropertyNames", value);
    }
  }

  /**
   * The entity relationship.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.Relationship}.
   */
  public static final class Relationship extends Struct<Relationship> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.Relationship");

    public Relationship() {
      super(SCHEMA);
    }

    /**
     * The relationship type.
     *
     * <p>CloudFormation property {@code RelationshipType}.
     */
    public Relationship relationshipType(String value) {
      return set("RelationshipType", Value.of(value));
    }

    /** Sets {@code RelationshipType} to this value; see {@link #relationshipType(String)}. */
    public Relationship relationshipType(Value<String> value) {
      return set("RelationshipType", value);
    }

    /**
     * the component type Id target.
     *
     * <p>CloudFormation property {@code TargetComponentTypeId}.
     */
    public Relationship targetComponentTypeId(String value) {
      return set("TargetComponentTypeId", Value.of(value));
    }

    /**
     * Sets {@code TargetComponentTypeId} to this value; see {@link #targetComponentTypeId(String)}.
     */
    public Relationship targetComponentTypeId(Value<String> value) {
      return set("TargetComponentTypeId", value);
    }
  }

  /**
   * The entity relationship.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.RelationshipValue}.
   */
  public static final class RelationshipValue extends Struct<RelationshipValue> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::Entity.RelationshipValue");

    public RelationshipValue() {
      super(SCHEMA);
    }

    /**
     * The target component name.
     *
     * <p>CloudFormation property {@code TargetComponentName}.
     */
    public RelationshipValue targetComponentName(String value) {
      return set("TargetComponentName", Value.of(value));
    }

    /** Sets {@code TargetComponentName} to this value; see {@link #targetComponentName(String)}. */
    public RelationshipValue targetComponentName(Value<String> value) {
      return set("TargetComponentName", value);
    }

    /**
     * The target entity Id.
     *
     * <p>CloudFormation property {@code TargetEntityId}.
     */
    public RelationshipValue targetEntityId(String value) {
      return set("TargetEntityId", Value.of(value));
    }

    /** Sets {@code TargetEntityId} to this value; see {@link #targetEntityId(String)}. */
    public RelationshipValue targetEntityId(Value<String> value) {
      return set("TargetEntityId", value);
    }
  }

  /**
   * The current status of the entity.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::Entity.Status}.
   */
  public static final class Status extends Struct<Status> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::Entity.Status")
        .allowed("State", "CREATING", "UPDATING", "DELETING", "ACTIVE", "ERROR")
        .build();

    public Status() {
      super(SCHEMA);
    }

    /**
     * The error message.
     *
     * <p>CloudFormation property {@code Error}.
     */
    public Status error(Json value) {
      return set("Error", value);
    }

    /** Sets {@code Error} to this value; see {@link #error(Json)}. */
    public Status error(Error value) {
      return set("Error", value);
    }

    /**
     * The current state of the entity, component, component type, or workspace.
     *
     * <p>Valid Values: <code>CREATING | UPDATING | DELETING | ACTIVE | ERROR</code>
     *
     * <p>Allowed values: {@code CREATING}, {@code UPDATING}, {@code DELETING}, {@code ACTIVE},
     * {@code ERROR}. CloudFormation property {@code State}.
     */
    public Status state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public Status state(Value<String> value) {
      return set("State", value);
    }
  }
}
