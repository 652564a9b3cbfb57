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
 * Use the <code>AWS::IoTTwinMaker::ComponentType</code> resource to declare a component type.
 *
 * <p>CloudFormation type {@code AWS::IoTTwinMaker::ComponentType}.
 */
public final class ComponentType extends Resource<ComponentType> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType")
      .required("ComponentTypeId", "WorkspaceId")
      .constrain("ComponentTypeId", Constraint.of().pattern("[a-zA-Z_\\.\\-0-9:]+").minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("ExtendsFrom", Constraint.of().pattern("[a-zA-Z_\\.\\-0-9:]+").minLength(1).maxLength(256))
      .constrain("WorkspaceId", Constraint.of().pattern("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .attributes("Arn", "CreationDateTime", "IsAbstract", "IsSchemaInitialized", "Status",
          "Status.Error", "Status.Error.Code", "Status.Error.Message", "Status.State",
          "UpdateDateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ComponentType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the component type.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z_&#92;.&#92;-0-9:]+}. CloudFormation property {@code ComponentTypeId}.
   */
  public ComponentType componentTypeId(String value) {
    return set("ComponentTypeId", Value.of(value));
  }

  /** Sets {@code ComponentTypeId} to this value; see {@link #componentTypeId(String)}. */
  public ComponentType componentTypeId(Value<String> value) {
    return set("ComponentTypeId", value);
  }

  /**
   * Maps strings to <code>compositeComponentTypes</code> of the <code>componentType</code> .
   * <code>CompositeComponentType</code> is referenced by <code>componentTypeId</code> .
   *
   * <p>CloudFormation property {@code CompositeComponentTypes}.
   */
  public ComponentType compositeComponentTypes(Map<String, CompositeComponentType> value) {
    return set("CompositeComponentTypes", Value.mapOf(value));
  }

  /**
   * Sets {@code CompositeComponentTypes} to this value; see {@link #compositeComponentTypes(Map)}.
   */
  public ComponentType compositeComponentTypes(Value<Map<String, CompositeComponentType>> value) {
    return set("CompositeComponentTypes", value);
  }

  /**
   * The description of the component type.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public ComponentType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ComponentType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the parent component type that this component type extends.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code [a-zA-Z_&#92;.&#92;-0-9:]+}. CloudFormation
   * property {@code ExtendsFrom}.
   */
  public ComponentType extendsFrom(List<String> value) {
    return set("ExtendsFrom", Value.listOf(value));
  }

  /** Sets {@code ExtendsFrom} to this value; see {@link #extendsFrom(List)}. */
  public ComponentType extendsFrom(Value<List<String>> value) {
    return set("ExtendsFrom", value);
  }

  /**
   * An object that maps strings to the functions in the component type. Each string in the mapping
   * must be unique to this object.
   *
   * <p>For information on the FunctionResponse object see the <a
   * href="https://docs.aws.amazon.com//iot-twinmaker/latest/apireference/API_FunctionResponse.html">FunctionResponse</a>
   * API reference.
   *
   * <p>CloudFormation property {@code Functions}.
   */
  public ComponentType functions(Map<String, Function> value) {
    return set("Functions", Value.mapOf(value));
  }

  /** Sets {@code Functions} to this value; see {@link #functions(Map)}. */
  public ComponentType functions(Value<Map<String, Function>> value) {
    return set("Functions", value);
  }

  /**
   * A boolean value that specifies whether an entity can have more than one component of this type.
   *
   * <p>CloudFormation property {@code IsSingleton}.
   */
  public ComponentType isSingleton(boolean value) {
    return set("IsSingleton", Value.of(value));
  }

  /** Sets {@code IsSingleton} to this value; see {@link #isSingleton(boolean)}. */
  public ComponentType isSingleton(Value<Boolean> value) {
    return set("IsSingleton", value);
  }

  /**
   * An object that maps strings to the property definitions in the component type. Each string in
   * the mapping must be unique to this object.
   *
   * <p>For information about the PropertyDefinitionResponse object, see the <a
   * href="https://docs.aws.amazon.com//iot-twinmaker/latest/apireference/API_PropertyDefinitionResponse.html">PropertyDefinitionResponse</a>
   * API reference.
   *
   * <p>CloudFormation property {@code PropertyDefinitions}.
   */
  public ComponentType propertyDefinitions(Map<String, PropertyDefinition> value) {
    return set("PropertyDefinitions", Value.mapOf(value));
  }

  /** Sets {@code PropertyDefinitions} to this value; see {@link #propertyDefinitions(Map)}. */
  public ComponentType propertyDefinitions(Value<Map<String, PropertyDefinition>> value) {
    return set("PropertyDefinitions", value);
  }

  /**
   * An object that maps strings to the property groups in the component type. Each string in the
   * mapping must be unique to this object.
   *
   * <p>CloudFormation property {@code PropertyGroups}.
   */
  public ComponentType propertyGroups(Map<String, PropertyGroup> value) {
    return set("PropertyGroups", Value.mapOf(value));
  }

  /** Sets {@code PropertyGroups} to this value; see {@link #propertyGroups(Map)}. */
  public ComponentType propertyGroups(Value<Map<String, PropertyGroup>> value) {
    return set("PropertyGroups", value);
  }

  /**
   * The ComponentType tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ComponentType tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ComponentType tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ComponentType tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ID of the workspace that contains the component type.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z_0-9][a-zA-Z_&#92;-0-9]*[a-zA-Z0-9]+}. CloudFormation property {@code WorkspaceId}.
   */
  public ComponentType workspaceId(String value) {
    return set("WorkspaceId", Value.of(value));
  }

  /** Sets {@code WorkspaceId} to this value; see {@link #workspaceId(String)}. */
  public ComponentType workspaceId(Value<String> value) {
    return set("WorkspaceId", value);
  }

  /**
   * The ARN of the component type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the component type was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDateTime}.
   */
  public Value<String> creationDateTime() {
    return getAtt("CreationDateTime");
  }

  /**
   * A boolean value that specifies whether the component type is abstract.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsAbstract}.
   */
  public Value<Boolean> isAbstract() {
    return getAtt("IsAbstract");
  }

  /**
   * A boolean value that specifies whether the component type has a schema initializer and that the
   * schema initializer has run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsSchemaInitialized}.
   */
  public Value<Boolean> isSchemaInitialized() {
    return getAtt("IsSchemaInitialized");
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
   * The component type the update time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateDateTime}.
   */
  public Value<String> updateDateTime() {
    return getAtt("UpdateDateTime");
  }

  /**
   * Specifies the ID of the composite component type.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.CompositeComponentType}.
   */
  public static final class CompositeComponentType extends Struct<CompositeComponentType> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::ComponentType.CompositeComponentType");

    public CompositeComponentType() {
      super(SCHEMA);
    }

    /**
     * The ID of the component type.
     *
     * <p>CloudFormation property {@code ComponentTypeId}.
     */
    public CompositeComponentType componentTypeId(String value) {
      return set("ComponentTypeId", Value.of(value));
    }

    /** Sets {@code ComponentTypeId} to this value; see {@link #componentTypeId(String)}. */
    public CompositeComponentType componentTypeId(Value<String> value) {
      return set("ComponentTypeId", value);
    }
  }

  /**
   * The data connector.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.DataConnector}.
   */
  public static final class DataConnector extends Struct<DataConnector> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::ComponentType.DataConnector");

    public DataConnector() {
      super(SCHEMA);
    }

    /**
     * A boolean value that specifies whether the data connector is native to IoT TwinMaker.
     *
     * <p>CloudFormation property {@code IsNative}.
     */
    public DataConnector isNative(boolean value) {
      return set("IsNative", Value.of(value));
    }

    /** Sets {@code IsNative} to this value; see {@link #isNative(boolean)}. */
    public DataConnector isNative(Value<Boolean> value) {
      return set("IsNative", value);
    }

    /**
     * The Lambda function associated with the data connector.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public DataConnector lambda(Value<LambdaFunction> value) {
      return set("Lambda", value);
    }
  }

  /**
   * An object that specifies the data type of a property.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.DataType}.
   */
  public static final class DataType extends Struct<DataType> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType.DataType")
        .required("Type")
        .allowed("Type", "RELATIONSHIP", "STRING", "LONG", "BOOLEAN", "INTEGER", "DOUBLE", "LIST",
            "MAP")
        .build();

    public DataType() {
      super(SCHEMA);
    }

    /**
     * The allowed values for this data type.
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
     * The nested type in the data type.
     *
     * <p>CloudFormation property {@code NestedType}.
     */
    public DataType nestedType(Value<DataType> value) {
      return set("NestedType", value);
    }

    /**
     * A relationship that associates a component with another component.
     *
     * <p>CloudFormation property {@code Relationship}.
     */
    public DataType relationship(Value<Relationship> value) {
      return set("Relationship", value);
    }

    /**
     * The underlying type of the data type.
     *
     * <p>Valid Values: <code>RELATIONSHIP | STRING | LONG | BOOLEAN | INTEGER | DOUBLE | LIST |
     * MAP</code>
     *
     * <p>Required. Allowed values: {@code RELATIONSHIP}, {@code STRING}, {@code LONG}, {@code
     * BOOLEAN}, {@code INTEGER}, {@code DOUBLE}, {@code LIST}, {@code MAP}. CloudFormation property
     * {@code Type}.
     */
    public DataType type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataType type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The unit of measure used in this data type.
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
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.DataValue}.
   */
  public static final class DataValue extends Struct<DataValue> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::ComponentType.DataValue");

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
     * An object that maps strings to multiple <code>DataValue</code> objects.
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
   * The component type error.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.Error}.
   */
  public static final class Error extends Struct<Error> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType.Error")
        .allowed("Code", "VALIDATION_ERROR", "INTERNAL_FAILURE")
        .build();

    public Error() {
      super(SCHEMA);
    }

    /**
     * The component type error code.
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
     * The component type error message.
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
   * The function body.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.Function}.
   */
  public static final class Function extends Struct<Function> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType.Function")
        .allowed("Scope", "ENTITY", "WORKSPACE")
        .build();

    public Function() {
      super(SCHEMA);
    }

    /**
     * The data connector.
     *
     * <p>CloudFormation property {@code ImplementedBy}.
     */
    public Function implementedBy(Value<DataConnector> value) {
      return set("ImplementedBy", value);
    }

    /**
     * The required properties of the function.
     *
     * <p>CloudFormation property {@code RequiredProperties}.
     */
    public Function requiredProperties(List<String> value) {
      return set("RequiredProperties", Value.listOf(value));
    }

    /** Sets {@code RequiredProperties} to this value; see {@link #requiredProperties(List)}. */
    public Function requiredProperties(Value<List<String>> value) {
      return set("RequiredProperties", value);
    }

    /**
     * The scope of the function.
     *
     * <p>Allowed values: {@code ENTITY}, {@code WORKSPACE}. CloudFormation property {@code Scope}.
     */
    public Function scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public Function scope(Value<String> value) {
      return set("Scope", value);
    }
  }

  /**
   * The Lambda function.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.LambdaFunction}.
   */
  public static final class LambdaFunction extends Struct<LambdaFunction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType.LambdaFunction")
        .required("Arn")
        .build();

    public LambdaFunction() {
      super(SCHEMA);
    }

    /**
     * The Lambda function ARN.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public LambdaFunction arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public LambdaFunction arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * PropertyDefinition is an object that maps strings to the property definitions in the component
   * type.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.PropertyDefinition}.
   */
  public static final class PropertyDefinition extends Struct<PropertyDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::ComponentType.PropertyDefinition");

    public PropertyDefinition() {
      super(SCHEMA);
    }

    /**
     * A mapping that specifies configuration information about the property.
     *
     * <p>CloudFormation property {@code Configurations}.
     */
    public PropertyDefinition configurations(Map<String, String> value) {
      return set("Configurations", Value.mapOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(Map)}. */
    public PropertyDefinition configurations(Value<Map<String, String>> value) {
      return set("Configurations", value);
    }

    /**
     * An object that specifies the data type of a property.
     *
     * <p>CloudFormation property {@code DataType}.
     */
    public PropertyDefinition dataType(Value<DataType> value) {
      return set("DataType", value);
    }

    /**
     * A boolean value that specifies whether the property ID comes from an external data store.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public PropertyDefinition defaultValue(Value<DataValue> value) {
      return set("DefaultValue", value);
    }

    /**
     * A Boolean value that specifies whether the property ID comes from an external data source.
     *
     * <p>CloudFormation property {@code IsExternalId}.
     */
    public PropertyDefinition isExternalId(boolean value) {
      return set("IsExternalId", Value.of(value));
    }

    /** Sets {@code IsExternalId} to this value; see {@link #isExternalId(boolean)}. */
    public PropertyDefinition isExternalId(Value<Boolean> value) {
      return set("IsExternalId", value);
    }

    /**
     * A boolean value that specifies whether the property is required in an entity.
     *
     * <p>CloudFormation property {@code IsRequiredInEntity}.
     */
    public PropertyDefinition isRequiredInEntity(boolean value) {
      return set("IsRequiredInEntity", Value.of(value));
    }

    /** Sets {@code IsRequiredInEntity} to this value; see {@link #isRequiredInEntity(boolean)}. */
    public PropertyDefinition isRequiredInEntity(Value<Boolean> value) {
      return set("IsRequiredInEntity", value);
    }

    /**
     * A boolean value that specifies whether the property is stored externally.
     *
     * <p>CloudFormation property {@code IsStoredExternally}.
     */
    public PropertyDefinition isStoredExternally(boolean value) {
      return set("IsStoredExternally", Value.of(value));
    }

    /** Sets {@code IsStoredExternally} to this value; see {@link #isStoredExternally(boolean)}. */
    public PropertyDefinition isStoredExternally(Value<Boolean> value) {
      return set("IsStoredExternally", value);
    }

    /**
     * A boolean value that specifies whether the property consists of time series data.
     *
     * <p>CloudFormation property {@code IsTimeSeries}.
     */
    public PropertyDefinition isTimeSeries(boolean value) {
      return set("IsTimeSeries", Value.of(value));
    }

    /** Sets {@code IsTimeSeries} to this value; see {@link #isTimeSeries(boolean)}. */
    public PropertyDefinition isTimeSeries(Value<Boolean> value) {
      return set("IsTimeSeries", value);
    }
  }

  /**
   * The property group.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.PropertyGroup}.
   */
  public static final class PropertyGroup extends Struct<PropertyGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType.PropertyGroup")
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
   * An object that specifies a relationship with another component type.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.Relationship}.
   */
  public static final class Relationship extends Struct<Relationship> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::ComponentType.Relationship");

    public Relationship() {
      super(SCHEMA);
    }

    /**
     * The type of the relationship.
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
     * The ID of the target component type associated with this relationship.
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
   * The component type relationship value.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.RelationshipValue}.
   */
  public static final class RelationshipValue extends Struct<RelationshipValue> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTTwinMaker::ComponentType.RelationshipValue");

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
   * The component type status.
   *
   * <p>Property type {@code AWS::IoTTwinMaker::ComponentType.Status}.
   */
  public static final class Status extends Struct<Status> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::ComponentType.Status")
        .allowed("State", "CREATING", "UPDATING", "DELETING", "ACTIVE", "ERROR")
        .build();

    public Status() {
      super(SCHEMA);
    }

    /**
     * The component type error.
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
     * The component type status state.
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
