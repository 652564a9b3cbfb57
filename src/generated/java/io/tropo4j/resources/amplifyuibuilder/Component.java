// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplifyuibuilder;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::AmplifyUIBuilder::Component resource specifies a component within an Amplify app. A
 * component is a user interface (UI) element that you can customize. Use
 * <code>ComponentChild</code> to configure an instance of a <code>Component</code> . A
 * <code>ComponentChild</code> instance inherits the configuration of the main
 * <code>Component</code> .
 *
 * <p>CloudFormation type {@code AWS::AmplifyUIBuilder::Component}.
 */
public final class Component extends Resource<Component> {
  private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component")
      .constrain("ComponentType", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .attributes("CreatedAt", "Id", "ModifiedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Component(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID of the Amplify app associated with the component.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AppId}.
   */
  public Component appId(String value) {
    return set("AppId", Value.of(value));
  }

  /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
  public Component appId(Value<String> value) {
    return set("AppId", value);
  }

  /**
   * The information to connect a component's properties to data at runtime. You can't specify
   * <code>tags</code> as a valid property for <code>bindingProperties</code> .
   *
   * <p>CloudFormation property {@code BindingProperties}.
   */
  public Component bindingProperties(Map<String, ComponentBindingPropertiesValue> value) {
    return set("BindingProperties", Value.mapOf(value));
  }

  /** Sets {@code BindingProperties} to this value; see {@link #bindingProperties(Map)}. */
  public Component bindingProperties(Value<Map<String, ComponentBindingPropertiesValue>> value) {
    return set("BindingProperties", value);
  }

  /**
   * A list of the component's <code>ComponentChild</code> instances.
   *
   * <p>CloudFormation property {@code Children}.
   */
  public Component children(List<ComponentChild> value) {
    return set("Children", Value.listOf(value));
  }

  /** Sets {@code Children} to this value; see {@link #children(List)}. */
  public Component children(Value<List<ComponentChild>> value) {
    return set("Children", value);
  }

  /** Sets {@code Children} to a list of these; see {@link #children(List)}. */
  public Component children(ComponentChild... values) {
    return set("Children", Value.list(values));
  }

  /**
   * The data binding configuration for the component's properties. Use this for a collection
   * component. You can't specify <code>tags</code> as a valid property for
   * <code>collectionProperties</code> .
   *
   * <p>CloudFormation property {@code CollectionProperties}.
   */
  public Component collectionProperties(Map<String, ComponentDataConfiguration> value) {
    return set("CollectionProperties", Value.mapOf(value));
  }

  /** Sets {@code CollectionProperties} to this value; see {@link #collectionProperties(Map)}. */
  public Component collectionProperties(Value<Map<String, ComponentDataConfiguration>> value) {
    return set("CollectionProperties", value);
  }

  /**
   * The type of the component. This can be an Amplify custom UI component or another custom
   * component.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code ComponentType}.
   */
  public Component componentType(String value) {
    return set("ComponentType", Value.of(value));
  }

  /** Sets {@code ComponentType} to this value; see {@link #componentType(String)}. */
  public Component componentType(Value<String> value) {
    return set("ComponentType", value);
  }

  /**
   * The name of the backend environment that is a part of the Amplify app.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentName}.
   */
  public Component environmentName(String value) {
    return set("EnvironmentName", Value.of(value));
  }

  /** Sets {@code EnvironmentName} to this value; see {@link #environmentName(String)}. */
  public Component environmentName(Value<String> value) {
    return set("EnvironmentName", value);
  }

  /**
   * Describes the events that can be raised on the component. Use for the workflow feature in
   * Amplify Studio that allows you to bind events and actions to components.
   *
   * <p>CloudFormation property {@code Events}.
   */
  public Component events(Map<String, ComponentEvent> value) {
    return set("Events", Value.mapOf(value));
  }

  /** Sets {@code Events} to this value; see {@link #events(Map)}. */
  public Component events(Value<Map<String, ComponentEvent>> value) {
    return set("Events", value);
  }

  /**
   * The name of the component.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
   */
  public Component name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Component name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Describes the component's properties that can be overriden in a customized instance of the
   * component. You can't specify <code>tags</code> as a valid property for <code>overrides</code> .
   *
   * <p>CloudFormation property {@code Overrides}.
   */
  public Component overrides(Map<String, Map<String, String>> value) {
    return set("Overrides", Value.mapOf(value));
  }

  /** Sets {@code Overrides} to this value; see {@link #overrides(Map)}. */
  public Component overrides(Value<Map<String, Map<String, String>>> value) {
    return set("Overrides", value);
  }

  /**
   * Describes the component's properties. You can't specify <code>tags</code> as a valid property
   * for <code>properties</code> .
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public Component propertiesProperty(Map<String, ComponentProperty> value) {
    return set("Properties", Value.mapOf(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
  public Component propertiesProperty(Value<Map<String, ComponentProperty>> value) {
    return set("Properties", value);
  }

  /**
   * The schema version of the component when it was imported.
   *
   * <p>CloudFormation property {@code SchemaVersion}.
   */
  public Component schemaVersion(String value) {
    return set("SchemaVersion", Value.of(value));
  }

  /** Sets {@code SchemaVersion} to this value; see {@link #schemaVersion(String)}. */
  public Component schemaVersion(Value<String> value) {
    return set("SchemaVersion", value);
  }

  /**
   * The unique ID of the component in its original source system, such as Figma.
   *
   * <p>CloudFormation property {@code SourceId}.
   */
  public Component sourceId(String value) {
    return set("SourceId", Value.of(value));
  }

  /** Sets {@code SourceId} to this value; see {@link #sourceId(String)}. */
  public Component sourceId(Value<String> value) {
    return set("SourceId", value);
  }

  /**
   * One or more key-value pairs to use when tagging the component.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Component tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Component tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Component tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A list of the component's variants. A variant is a unique style configuration of a main
   * component.
   *
   * <p>CloudFormation property {@code Variants}.
   */
  public Component variants(List<ComponentVariant> value) {
    return set("Variants", Value.listOf(value));
  }

  /** Sets {@code Variants} to this value; see {@link #variants(List)}. */
  public Component variants(Value<List<ComponentVariant>> value) {
    return set("Variants", value);
  }

  /** Sets {@code Variants} to a list of these; see {@link #variants(List)}. */
  public Component variants(ComponentVariant... values) {
    return set("Variants", Value.list(values));
  }

  /**
   * The time that the component was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique ID of the component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time that the component was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * Represents the event action configuration for an element of a <code>Component</code> or
   * <code>ComponentChild</code> . Use for the workflow feature in Amplify Studio that allows you to
   * bind events and actions to components. <code>ActionParameters</code> defines the action that is
   * performed when an event occurs on the component.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ActionParameters}.
   */
  public static final class ActionParameters extends Struct<ActionParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ActionParameters");

    public ActionParameters() {
      super(SCHEMA);
    }

    /**
     * The HTML anchor link to the location to open. Specify this value for a navigation action.
     *
     * <p>CloudFormation property {@code Anchor}.
     */
    public ActionParameters anchor(Value<ComponentProperty> value) {
      return set("Anchor", value);
    }

    /**
     * A dictionary of key-value pairs mapping Amplify Studio properties to fields in a data model.
     * Use when the action performs an operation on an Amplify DataStore model.
     *
     * <p>CloudFormation property {@code Fields}.
     */
    public ActionParameters fields(Map<String, ComponentProperty> value) {
      return set("Fields", Value.mapOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(Map)}. */
    public ActionParameters fields(Value<Map<String, ComponentProperty>> value) {
      return set("Fields", value);
    }

    /**
     * Specifies whether the user should be signed out globally. Specify this value for an auth sign
     * out action.
     *
     * <p>CloudFormation property {@code Global}.
     */
    public ActionParameters global(Value<ComponentProperty> value) {
      return set("Global", value);
    }

    /**
     * The unique ID of the component that the <code>ActionParameters</code> apply to.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public ActionParameters id(Value<ComponentProperty> value) {
      return set("Id", value);
    }

    /**
     * The name of the data model. Use when the action performs an operation on an Amplify DataStore
     * model.
     *
     * <p>CloudFormation property {@code Model}.
     */
    public ActionParameters model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public ActionParameters model(Value<String> value) {
      return set("Model", value);
    }

    /**
     * A key-value pair that specifies the state property name and its initial value.
     *
     * <p>CloudFormation property {@code State}.
     */
    public ActionParameters state(Value<MutationActionSetStateParameter> value) {
      return set("State", value);
    }

    /**
     * The element within the same component to modify when the action occurs.
     *
     * <p>CloudFormation property {@code Target}.
     */
    public ActionParameters target(Value<ComponentProperty> value) {
      return set("Target", value);
    }

    /**
     * The type of navigation action. Valid values are <code>url</code> and <code>anchor</code> .
     * This value is required for a navigation action.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public ActionParameters type(Value<ComponentProperty> value) {
      return set("Type", value);
    }

    /**
     * The URL to the location to open. Specify this value for a navigation action.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public ActionParameters url(Value<ComponentProperty> value) {
      return set("Url", value);
    }
  }

  /**
   * The <code>ComponentBindingPropertiesValue</code> property specifies the data binding
   * configuration for a component at runtime. You can use
   * <code>ComponentBindingPropertiesValue</code> to add exposed properties to a component to allow
   * different values to be entered when a component is reused in different places in an app.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentBindingPropertiesValue}.
   */
  public static final class ComponentBindingPropertiesValue extends Struct<ComponentBindingPropertiesValue> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ComponentBindingPropertiesValue");

    public ComponentBindingPropertiesValue() {
      super(SCHEMA);
    }

    /**
     * Describes the properties to customize with data at runtime.
     *
     * <p>CloudFormation property {@code BindingProperties}.
     */
    public ComponentBindingPropertiesValue bindingProperties(Value<ComponentBindingPropertiesValueProperties> value) {
      return set("BindingProperties", value);
    }

    /**
     * Sets {@code BindingProperties} to the asset's bucket and key, where the deployer uploads it;
     * see {@link #bindingProperties(Value)}.
     */
    public ComponentBindingPropertiesValue bindingProperties(Asset asset) {
      return set("BindingProperties", new ComponentBindingPropertiesValueProperties().bucket(asset.bucket()).key(asset.key()));
    }

    /**
     * The default value of the property.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public ComponentBindingPropertiesValue defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public ComponentBindingPropertiesValue defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The property type.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public ComponentBindingPropertiesValue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ComponentBindingPropertiesValue type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The <code>ComponentBindingPropertiesValueProperties</code> property specifies the data binding
   * configuration for a specific property using data stored in AWS . For AWS connected properties,
   * you can bind a property to data stored in an Amazon S3 bucket, an Amplify DataStore model or an
   * authenticated user attribute.
   *
   * <p>Property type {@code
   * AWS::AmplifyUIBuilder::Component.ComponentBindingPropertiesValueProperties}.
   */
  public static final class ComponentBindingPropertiesValueProperties extends Struct<ComponentBindingPropertiesValueProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ComponentBindingPropertiesValueProperties");

    public ComponentBindingPropertiesValueProperties() {
      super(SCHEMA);
    }

    /**
     * An Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public ComponentBindingPropertiesValueProperties bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public ComponentBindingPropertiesValueProperties bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The default value to assign to the property.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public ComponentBindingPropertiesValueProperties defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public ComponentBindingPropertiesValueProperties defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The field to bind the data to.
     *
     * <p>CloudFormation property {@code Field}.
     */
    public ComponentBindingPropertiesValueProperties field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public ComponentBindingPropertiesValueProperties field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The storage key for an Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public ComponentBindingPropertiesValueProperties key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ComponentBindingPropertiesValueProperties key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * An Amplify DataStore model.
     *
     * <p>CloudFormation property {@code Model}.
     */
    public ComponentBindingPropertiesValueProperties model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public ComponentBindingPropertiesValueProperties model(Value<String> value) {
      return set("Model", value);
    }

    /**
     * A list of predicates for binding a component's properties to data.
     *
     * <p>CloudFormation property {@code Predicates}.
     */
    public ComponentBindingPropertiesValueProperties predicates(List<Predicate> value) {
      return set("Predicates", Value.listOf(value));
    }

    /** Sets {@code Predicates} to this value; see {@link #predicates(List)}. */
    public ComponentBindingPropertiesValueProperties predicates(Value<List<Predicate>> value) {
      return set("Predicates", value);
    }

    /** Sets {@code Predicates} to a list of these; see {@link #predicates(List)}. */
    public ComponentBindingPropertiesValueProperties predicates(Predicate... values) {
      return set("Predicates", Value.list(values));
    }

    /**
     * The name of a component slot.
     *
     * <p>CloudFormation property {@code SlotName}.
     */
    public ComponentBindingPropertiesValueProperties slotName(String value) {
      return set("SlotName", Value.of(value));
    }

    /** Sets {@code SlotName} to this value; see {@link #slotName(String)}. */
    public ComponentBindingPropertiesValueProperties slotName(Value<String> value) {
      return set("SlotName", value);
    }

    /**
     * An authenticated user attribute.
     *
     * <p>CloudFormation property {@code UserAttribute}.
     */
    public ComponentBindingPropertiesValueProperties userAttribute(String value) {
      return set("UserAttribute", Value.of(value));
    }

    /** Sets {@code UserAttribute} to this value; see {@link #userAttribute(String)}. */
    public ComponentBindingPropertiesValueProperties userAttribute(Value<String> value) {
      return set("UserAttribute", value);
    }
  }

  /**
   * The <code>ComponentChild</code> property specifies a nested UI configuration within a parent
   * <code>Component</code> .
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentChild}.
   */
  public static final class ComponentChild extends Struct<ComponentChild> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component.ComponentChild")
        .required("ComponentType", "Name", "Properties")
        .build();

    public ComponentChild() {
      super(SCHEMA);
    }

    /**
     * The list of <code>ComponentChild</code> instances for this component.
     *
     * <p>CloudFormation property {@code Children}.
     */
    public ComponentChild children(List<ComponentChild> value) {
      return set("Children", Value.listOf(value));
    }

    /** Sets {@code Children} to this value; see {@link #children(List)}. */
    public ComponentChild children(Value<List<ComponentChild>> value) {
      return set("Children", value);
    }

    /** Sets {@code Children} to a list of these; see {@link #children(List)}. */
    public ComponentChild children(ComponentChild... values) {
      return set("Children", Value.list(values));
    }

    /**
     * The type of the child component.
     *
     * <p>Required. CloudFormation property {@code ComponentType}.
     */
    public ComponentChild componentType(String value) {
      return set("ComponentType", Value.of(value));
    }

    /** Sets {@code ComponentType} to this value; see {@link #componentType(String)}. */
    public ComponentChild componentType(Value<String> value) {
      return set("ComponentType", value);
    }

    /**
     * Describes the events that can be raised on the child component. Use for the workflow feature
     * in Amplify Studio that allows you to bind events and actions to components.
     *
     * <p>CloudFormation property {@code Events}.
     */
    public ComponentChild events(Map<String, ComponentEvent> value) {
      return set("Events", Value.mapOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(Map)}. */
    public ComponentChild events(Value<Map<String, ComponentEvent>> value) {
      return set("Events", value);
    }

    /**
     * The name of the child component.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ComponentChild name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ComponentChild name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Describes the properties of the child component. You can't specify <code>tags</code> as a
     * valid property for <code>properties</code> .
     *
     * <p>Required. CloudFormation property {@code Properties}.
     */
    public ComponentChild propertiesProperty(Map<String, ComponentProperty> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public ComponentChild propertiesProperty(Value<Map<String, ComponentProperty>> value) {
      return set("Properties", value);
    }

    /**
     * The unique ID of the child component in its original source system, such as Figma.
     *
     * <p>CloudFormation property {@code SourceId}.
     */
    public ComponentChild sourceId(String value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(String)}. */
    public ComponentChild sourceId(Value<String> value) {
      return set("SourceId", value);
    }
  }

  /**
   * The <code>ComponentConditionProperty</code> property specifies a conditional expression for
   * setting a component property. Use <code>ComponentConditionProperty</code> to set a property to
   * different values conditionally, based on the value of another property.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentConditionProperty}.
   */
  public static final class ComponentConditionProperty extends Struct<ComponentConditionProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ComponentConditionProperty");

    public ComponentConditionProperty() {
      super(SCHEMA);
    }

    /**
     * The value to assign to the property if the condition is not met.
     *
     * <p>CloudFormation property {@code Else}.
     */
    public ComponentConditionProperty elseProperty(Value<ComponentProperty> value) {
      return set("Else", value);
    }

    /**
     * The name of a field. Specify this when the property is a data model.
     *
     * <p>CloudFormation property {@code Field}.
     */
    public ComponentConditionProperty field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public ComponentConditionProperty field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The value of the property to evaluate.
     *
     * <p>CloudFormation property {@code Operand}.
     */
    public ComponentConditionProperty operand(String value) {
      return set("Operand", Value.of(value));
    }

    /** Sets {@code Operand} to this value; see {@link #operand(String)}. */
    public ComponentConditionProperty operand(Value<String> value) {
      return set("Operand", value);
    }

    /**
     * The type of the property to evaluate.
     *
     * <p>CloudFormation property {@code OperandType}.
     */
    public ComponentConditionProperty operandType(String value) {
      return set("OperandType", Value.of(value));
    }

    /** Sets {@code OperandType} to this value; see {@link #operandType(String)}. */
    public ComponentConditionProperty operandType(Value<String> value) {
      return set("OperandType", value);
    }

    /**
     * The operator to use to perform the evaluation, such as <code>eq</code> to represent equals.
     *
     * <p>CloudFormation property {@code Operator}.
     */
    public ComponentConditionProperty operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public ComponentConditionProperty operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The name of the conditional property.
     *
     * <p>CloudFormation property {@code Property}.
     */
    public ComponentConditionProperty property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public ComponentConditionProperty property(Value<String> value) {
      return set("Property", value);
    }

    /**
     * The value to assign to the property if the condition is met.
     *
     * <p>CloudFormation property {@code Then}.
     */
    public ComponentConditionProperty then(Value<ComponentProperty> value) {
      return set("Then", value);
    }
  }

  /**
   * The <code>ComponentDataConfiguration</code> property specifies the configuration for binding a
   * component's properties to data.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentDataConfiguration}.
   */
  public static final class ComponentDataConfiguration extends Struct<ComponentDataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component.ComponentDataConfiguration")
        .required("Model")
        .build();

    public ComponentDataConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of IDs to use to bind data to a component. Use this property to bind specifically
     * chosen data, rather than data retrieved from a query.
     *
     * <p>CloudFormation property {@code Identifiers}.
     */
    public ComponentDataConfiguration identifiers(List<String> value) {
      return set("Identifiers", Value.listOf(value));
    }

    /** Sets {@code Identifiers} to this value; see {@link #identifiers(List)}. */
    public ComponentDataConfiguration identifiers(Value<List<String>> value) {
      return set("Identifiers", value);
    }

    /**
     * The name of the data model to use to bind data to a component.
     *
     * <p>Required. CloudFormation property {@code Model}.
     */
    public ComponentDataConfiguration model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public ComponentDataConfiguration model(Value<String> value) {
      return set("Model", value);
    }

    /**
     * Represents the conditional logic to use when binding data to a component. Use this property
     * to retrieve only a subset of the data in a collection.
     *
     * <p>CloudFormation property {@code Predicate}.
     */
    public ComponentDataConfiguration predicate(Value<Predicate> value) {
      return set("Predicate", value);
    }

    /**
     * Describes how to sort the component's properties.
     *
     * <p>CloudFormation property {@code Sort}.
     */
    public ComponentDataConfiguration sort(List<SortProperty> value) {
      return set("Sort", Value.listOf(value));
    }

    /** Sets {@code Sort} to this value; see {@link #sort(List)}. */
    public ComponentDataConfiguration sort(Value<List<SortProperty>> value) {
      return set("Sort", value);
    }

    /** Sets {@code Sort} to a list of these; see {@link #sort(List)}. */
    public ComponentDataConfiguration sort(SortProperty... values) {
      return set("Sort", Value.list(values));
    }
  }

  /**
   * The <code>ComponentEvent</code> property specifies the configuration of an event. You can bind
   * an event and a corresponding action to a <code>Component</code> or a
   * <code>ComponentChild</code> . A button click is an example of an event.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentEvent}.
   */
  public static final class ComponentEvent extends Struct<ComponentEvent> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ComponentEvent");

    public ComponentEvent() {
      super(SCHEMA);
    }

    /**
     * The action to perform when a specific event is raised.
     *
     * <p>CloudFormation property {@code Action}.
     */
    public ComponentEvent action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ComponentEvent action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Binds an event to an action on a component. When you specify a <code>bindingEvent</code> ,
     * the event is called when the action is performed.
     *
     * <p>CloudFormation property {@code BindingEvent}.
     */
    public ComponentEvent bindingEvent(String value) {
      return set("BindingEvent", Value.of(value));
    }

    /** Sets {@code BindingEvent} to this value; see {@link #bindingEvent(String)}. */
    public ComponentEvent bindingEvent(Value<String> value) {
      return set("BindingEvent", value);
    }

    /**
     * Describes information about the action.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public ComponentEvent parameters(Value<ActionParameters> value) {
      return set("Parameters", value);
    }
  }

  /**
   * The <code>ComponentProperty</code> property specifies the configuration for all of a
   * component's properties. Use <code>ComponentProperty</code> to specify the values to render or
   * bind by default.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentProperty}.
   */
  public static final class ComponentProperty extends Struct<ComponentProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ComponentProperty");

    public ComponentProperty() {
      super(SCHEMA);
    }

    /**
     * The information to bind the component property to data at runtime.
     *
     * <p>CloudFormation property {@code BindingProperties}.
     */
    public ComponentProperty bindingProperties(Value<ComponentPropertyBindingProperties> value) {
      return set("BindingProperties", value);
    }

    /**
     * The information to bind the component property to form data.
     *
     * <p>CloudFormation property {@code Bindings}.
     */
    public ComponentProperty bindings(Map<String, FormBindingElement> value) {
      return set("Bindings", Value.mapOf(value));
    }

    /** Sets {@code Bindings} to this value; see {@link #bindings(Map)}. */
    public ComponentProperty bindings(Value<Map<String, FormBindingElement>> value) {
      return set("Bindings", value);
    }

    /**
     * The information to bind the component property to data at runtime. Use this for collection
     * components.
     *
     * <p>CloudFormation property {@code CollectionBindingProperties}.
     */
    public ComponentProperty collectionBindingProperties(Value<ComponentPropertyBindingProperties> value) {
      return set("CollectionBindingProperties", value);
    }

    /**
     * The name of the component that is affected by an event.
     *
     * <p>CloudFormation property {@code ComponentName}.
     */
    public ComponentProperty componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public ComponentProperty componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * A list of component properties to concatenate to create the value to assign to this component
     * property.
     *
     * <p>CloudFormation property {@code Concat}.
     */
    public ComponentProperty concat(List<ComponentProperty> value) {
      return set("Concat", Value.listOf(value));
    }

    /** Sets {@code Concat} to this value; see {@link #concat(List)}. */
    public ComponentProperty concat(Value<List<ComponentProperty>> value) {
      return set("Concat", value);
    }

    /** Sets {@code Concat} to a list of these; see {@link #concat(List)}. */
    public ComponentProperty concat(ComponentProperty... values) {
      return set("Concat", Value.list(values));
    }

    /**
     * The conditional expression to use to assign a value to the component property.
     *
     * <p>CloudFormation property {@code Condition}.
     */
    public ComponentProperty condition(Value<ComponentConditionProperty> value) {
      return set("Condition", value);
    }

    /**
     * Specifies whether the user configured the property in Amplify Studio after importing it.
     *
     * <p>CloudFormation property {@code Configured}.
     */
    public ComponentProperty configured(boolean value) {
      return set("Configured", Value.of(value));
    }

    /** Sets {@code Configured} to this value; see {@link #configured(boolean)}. */
    public ComponentProperty configured(Value<Boolean> value) {
      return set("Configured", value);
    }

    /**
     * The default value to assign to the component property.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public ComponentProperty defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public ComponentProperty defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * An event that occurs in your app. Use this for workflow data binding.
     *
     * <p>CloudFormation property {@code Event}.
     */
    public ComponentProperty event(String value) {
      return set("Event", Value.of(value));
    }

    /** Sets {@code Event} to this value; see {@link #event(String)}. */
    public ComponentProperty event(Value<String> value) {
      return set("Event", value);
    }

    /**
     * The default value assigned to the property when the component is imported into an app.
     *
     * <p>CloudFormation property {@code ImportedValue}.
     */
    public ComponentProperty importedValue(String value) {
      return set("ImportedValue", Value.of(value));
    }

    /** Sets {@code ImportedValue} to this value; see {@link #importedValue(String)}. */
    public ComponentProperty importedValue(Value<String> value) {
      return set("ImportedValue", value);
    }

    /**
     * The data model to use to assign a value to the component property.
     *
     * <p>CloudFormation property {@code Model}.
     */
    public ComponentProperty model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public ComponentProperty model(Value<String> value) {
      return set("Model", value);
    }

    /**
     * The name of the component's property that is affected by an event.
     *
     * <p>CloudFormation property {@code Property}.
     */
    public ComponentProperty property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public ComponentProperty property(Value<String> value) {
      return set("Property", value);
    }

    /**
     * The component type.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public ComponentProperty type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ComponentProperty type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * An authenticated user attribute to use to assign a value to the component property.
     *
     * <p>CloudFormation property {@code UserAttribute}.
     */
    public ComponentProperty userAttribute(String value) {
      return set("UserAttribute", Value.of(value));
    }

    /** Sets {@code UserAttribute} to this value; see {@link #userAttribute(String)}. */
    public ComponentProperty userAttribute(Value<String> value) {
      return set("UserAttribute", value);
    }

    /**
     * The value to assign to the component property.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ComponentProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ComponentProperty value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>ComponentPropertyBindingProperties</code> property specifies a component property to
   * associate with a binding property. This enables exposed properties on the top level component
   * to propagate data to the component's property values.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentPropertyBindingProperties}.
   */
  public static final class ComponentPropertyBindingProperties extends Struct<ComponentPropertyBindingProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component.ComponentPropertyBindingProperties")
        .required("Property")
        .build();

    public ComponentPropertyBindingProperties() {
      super(SCHEMA);
    }

    /**
     * The data field to bind the property to.
     *
     * <p>CloudFormation property {@code Field}.
     */
    public ComponentPropertyBindingProperties field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public ComponentPropertyBindingProperties field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The component property to bind to the data field.
     *
     * <p>Required. CloudFormation property {@code Property}.
     */
    public ComponentPropertyBindingProperties property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public ComponentPropertyBindingProperties property(Value<String> value) {
      return set("Property", value);
    }
  }

  /**
   * The <code>ComponentVariant</code> property specifies the style configuration of a unique
   * variation of a main component.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.ComponentVariant}.
   */
  public static final class ComponentVariant extends Struct<ComponentVariant> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.ComponentVariant");

    public ComponentVariant() {
      super(SCHEMA);
    }

    /**
     * The properties of the component variant that can be overriden when customizing an instance of
     * the component. You can't specify <code>tags</code> as a valid property for
     * <code>overrides</code> .
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public ComponentVariant overrides(Map<String, Map<String, String>> value) {
      return set("Overrides", Value.mapOf(value));
    }

    /** Sets {@code Overrides} to this value; see {@link #overrides(Map)}. */
    public ComponentVariant overrides(Value<Map<String, Map<String, String>>> value) {
      return set("Overrides", value);
    }

    /**
     * The combination of variants that comprise this variant.
     *
     * <p>CloudFormation property {@code VariantValues}.
     */
    public ComponentVariant variantValues(Map<String, String> value) {
      return set("VariantValues", Value.mapOf(value));
    }

    /** Sets {@code VariantValues} to this value; see {@link #variantValues(Map)}. */
    public ComponentVariant variantValues(Value<Map<String, String>> value) {
      return set("VariantValues", value);
    }
  }

  /**
   * Describes how to bind a component property to form data.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.FormBindingElement}.
   */
  public static final class FormBindingElement extends Struct<FormBindingElement> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component.FormBindingElement")
        .required("Element", "Property")
        .build();

    public FormBindingElement() {
      super(SCHEMA);
    }

    /**
     * The name of the component to retrieve a value from.
     *
     * <p>Required. CloudFormation property {@code Element}.
     */
    public FormBindingElement element(String value) {
      return set("Element", Value.of(value));
    }

    /** Sets {@code Element} to this value; see {@link #element(String)}. */
    public FormBindingElement element(Value<String> value) {
      return set("Element", value);
    }

    /**
     * The property to retrieve a value from.
     *
     * <p>Required. CloudFormation property {@code Property}.
     */
    public FormBindingElement property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public FormBindingElement property(Value<String> value) {
      return set("Property", value);
    }
  }

  /**
   * Represents the state configuration when an action modifies a property of another element within
   * the same component.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.MutationActionSetStateParameter}.
   */
  public static final class MutationActionSetStateParameter extends Struct<MutationActionSetStateParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component.MutationActionSetStateParameter")
        .required("ComponentName", "Property", "Set")
        .build();

    public MutationActionSetStateParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the component that is being modified.
     *
     * <p>Required. CloudFormation property {@code ComponentName}.
     */
    public MutationActionSetStateParameter componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public MutationActionSetStateParameter componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * The name of the component property to apply the state configuration to.
     *
     * <p>Required. CloudFormation property {@code Property}.
     */
    public MutationActionSetStateParameter property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public MutationActionSetStateParameter property(Value<String> value) {
      return set("Property", value);
    }

    /**
     * The state configuration to assign to the property.
     *
     * <p>Required. CloudFormation property {@code Set}.
     */
    public MutationActionSetStateParameter setProperty(Value<ComponentProperty> value) {
      return set("Set", value);
    }
  }

  /**
   * The <code>Predicate</code> property specifies information for generating Amplify DataStore
   * queries. Use <code>Predicate</code> to retrieve a subset of the data in a collection.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.Predicate}.
   */
  public static final class Predicate extends Struct<Predicate> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Component.Predicate");

    public Predicate() {
      super(SCHEMA);
    }

    /**
     * A list of predicates to combine logically.
     *
     * <p>CloudFormation property {@code And}.
     */
    public Predicate and(List<Predicate> value) {
      return set("And", Value.listOf(value));
    }

    /** Sets {@code And} to this value; see {@link #and(List)}. */
    public Predicate and(Value<List<Predicate>> value) {
      return set("And", value);
    }

    /** Sets {@code And} to a list of these; see {@link #and(List)}. */
    public Predicate and(Predicate... values) {
      return set("And", Value.list(values));
    }

    /**
     * The field to query.
     *
     * <p>CloudFormation property {@code Field}.
     */
    public Predicate field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public Predicate field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The value to use when performing the evaluation.
     *
     * <p>CloudFormation property {@code Operand}.
     */
    public Predicate operand(String value) {
      return set("Operand", Value.of(value));
    }

    /** Sets {@code Operand} to this value; see {@link #operand(String)}. */
    public Predicate operand(Value<String> value) {
      return set("Operand", value);
    }

    /**
     * The type of value to use when performing the evaluation.
     *
     * <p>CloudFormation property {@code OperandType}.
     */
    public Predicate operandType(String value) {
      return set("OperandType", Value.of(value));
    }

    /** Sets {@code OperandType} to this value; see {@link #operandType(String)}. */
    public Predicate operandType(Value<String> value) {
      return set("OperandType", value);
    }

    /**
     * The operator to use to perform the evaluation.
     *
     * <p>CloudFormation property {@code Operator}.
     */
    public Predicate operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public Predicate operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * A list of predicates to combine logically.
     *
     * <p>CloudFormation property {@code Or}.
     */
    public Predicate or(List<Predicate> value) {
      return set("Or", Value.listOf(value));
    }

    /** Sets {@code Or} to this value; see {@link #or(List)}. */
    public Predicate or(Value<List<Predicate>> value) {
      return set("Or", value);
    }

    /** Sets {@code Or} to a list of these; see {@link #or(List)}. */
    public Predicate or(Predicate... values) {
      return set("Or", Value.list(values));
    }
  }

  /**
   * The <code>SortProperty</code> property specifies how to sort the data that you bind to a
   * component.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Component.SortProperty}.
   */
  public static final class SortProperty extends Struct<SortProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Component.SortProperty")
        .required("Direction", "Field")
        .allowed("Direction", "ASC", "DESC")
        .build();

    public SortProperty() {
      super(SCHEMA);
    }

    /**
     * The direction of the sort, either ascending or descending.
     *
     * <p>Required. Allowed values: {@code ASC}, {@code DESC}. CloudFormation property {@code
     * Direction}.
     */
    public SortProperty direction(String value) {
      return set("Direction", Value.of(value));
    }

    /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
    public SortProperty direction(Value<String> value) {
      return set("Direction", value);
    }

    /**
     * The field to perform the sort on.
     *
     * <p>Required. CloudFormation property {@code Field}.
     */
    public SortProperty field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public SortProperty field(Value<String> value) {
      return set("Field", value);
    }
  }
}
