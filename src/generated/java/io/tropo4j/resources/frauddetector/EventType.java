// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.frauddetector;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Manages an event type. An event is a business activity that is evaluated for fraud risk. With
 * Amazon Fraud Detector, you generate fraud predictions for events. An event type defines the
 * structure for an event sent to Amazon Fraud Detector. This includes the variables sent as part of
 * the event, the entity performing the event (such as a customer), and the labels that classify the
 * event. Example event types include online payment transactions, account registrations, and
 * authentications.
 *
 * <p>CloudFormation type {@code AWS::FraudDetector::EventType}.
 */
public final class EventType extends Resource<EventType> {
  private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::EventType")
      .required("EntityTypes", "EventVariables", "Labels", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The event type description.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public EventType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The event type entity types.
   *
   * <p>Required. CloudFormation property {@code EntityTypes}.
   */
  public EventType entityTypes(List<EntityType> value) {
    return set("EntityTypes", Value.listOf(value));
  }

  /** Sets {@code EntityTypes} to this value; see {@link #entityTypes(List)}. */
  public EventType entityTypes(Value<List<EntityType>> value) {
    return set("EntityTypes", value);
  }

  /** Sets {@code EntityTypes} to a list of these; see {@link #entityTypes(List)}. */
  public EventType entityTypes(EntityType... values) {
    return set("EntityTypes", Value.list(values));
  }

  /**
   * The event type event variables.
   *
   * <p>Required. CloudFormation property {@code EventVariables}.
   */
  public EventType eventVariables(List<EventVariable> value) {
    return set("EventVariables", Value.listOf(value));
  }

  /** Sets {@code EventVariables} to this value; see {@link #eventVariables(List)}. */
  public EventType eventVariables(Value<List<EventVariable>> value) {
    return set("EventVariables", value);
  }

  /** Sets {@code EventVariables} to a list of these; see {@link #eventVariables(List)}. */
  public EventType eventVariables(EventVariable... values) {
    return set("EventVariables", Value.list(values));
  }

  /**
   * The event type labels.
   *
   * <p>Required. CloudFormation property {@code Labels}.
   */
  public EventType labels(List<Label> value) {
    return set("Labels", Value.listOf(value));
  }

  /** Sets {@code Labels} to this value; see {@link #labels(List)}. */
  public EventType labels(Value<List<Label>> value) {
    return set("Labels", value);
  }

  /** Sets {@code Labels} to a list of these; see {@link #labels(List)}. */
  public EventType labels(Label... values) {
    return set("Labels", Value.list(values));
  }

  /**
   * The event type name.
   *
   * <p>Pattern : <code>^[0-9a-z_-]+$</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-z_-]+$}. CloudFormation property {@code Name}.
   */
  public EventType name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventType name(Value<String> value) {
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
  public EventType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The event type ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp of when event type was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp of when event type was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The entity type details.
   *
   * <p>Property type {@code AWS::FraudDetector::EventType.EntityType}.
   */
  public static final class EntityType extends Struct<EntityType> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::EventType.EntityType")
        .constrain("Description", Constraint.of().minLength(1).maxLength(256))
        .build();

    public EntityType() {
      super(SCHEMA);
    }

    /**
     * The entity type ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public EntityType arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public EntityType arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Timestamp of when the entity type was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public EntityType createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public EntityType createdTime(Value<String> value) {
      return set("CreatedTime", value);
    }

    /**
     * The entity type description.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
     */
    public EntityType description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public EntityType description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Indicates whether the resource is defined within this CloudFormation template and impacts the
     * create, update, and delete behavior of the stack. If the value is <code>true</code> ,
     * CloudFormation will create/update/delete the resource when creating/updating/deleting the
     * stack. If the value is <code>false</code> , CloudFormation will validate that the object
     * exists and then use it within the resource without making changes to the object.
     *
     * <p>For example, when creating <code>AWS::FraudDetector::EventType</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * event type but not execute any changes to the variables.
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public EntityType inline(boolean value) {
      return set("Inline", Value.of(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(boolean)}. */
    public EntityType inline(Value<Boolean> value) {
      return set("Inline", value);
    }

    /**
     * Timestamp of when the entity type was last updated.
     *
     * <p>CloudFormation property {@code LastUpdatedTime}.
     */
    public EntityType lastUpdatedTime(String value) {
      return set("LastUpdatedTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedTime} to this value; see {@link #lastUpdatedTime(String)}. */
    public EntityType lastUpdatedTime(Value<String> value) {
      return set("LastUpdatedTime", value);
    }

    /**
     * The entity type name.
     *
     * <p><code>^[0-9a-z_-]+$</code>
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EntityType name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EntityType name(Value<String> value) {
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
    public EntityType tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public EntityType tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * The variables associated with this event type.
   *
   * <p>Property type {@code AWS::FraudDetector::EventType.EventVariable}.
   */
  public static final class EventVariable extends Struct<EventVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::EventType.EventVariable")
        .allowed("DataSource", "EVENT")
        .allowed("DataType", "STRING", "INTEGER", "FLOAT", "BOOLEAN")
        .constrain("Description", Constraint.of().minLength(1).maxLength(256))
        .allowed("VariableType", "AUTH_CODE", "AVS", "BILLING_ADDRESS_L1", "BILLING_ADDRESS_L2",
            "BILLING_CITY", "BILLING_COUNTRY", "BILLING_NAME", "BILLING_PHONE", "BILLING_STATE",
            "BILLING_ZIP", "CARD_BIN", "CATEGORICAL", "CURRENCY_CODE", "EMAIL_ADDRESS",
            "FINGERPRINT", "FRAUD_LABEL", "FREE_FORM_TEXT", "IP_ADDRESS", "NUMERIC", "ORDER_ID",
            "PAYMENT_TYPE", "PHONE_NUMBER", "PRICE", "PRODUCT_CATEGORY", "SHIPPING_ADDRESS_L1",
            "SHIPPING_ADDRESS_L2", "SHIPPING_CITY", "SHIPPING_COUNTRY", "SHIPPING_NAME",
            "SHIPPING_PHONE", "SHIPPING_STATE", "SHIPPING_ZIP", "USERAGENT")
        .build();

    public EventVariable() {
      super(SCHEMA);
    }

    /**
     * The event variable ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public EventVariable arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public EventVariable arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Timestamp for when event variable was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public EventVariable createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public EventVariable createdTime(Value<String> value) {
      return set("CreatedTime", value);
    }

    /**
     * The source of the event variable.
     *
     * <p>Valid values: <code>EVENT | EXTERNAL_MODEL_SCORE</code>
     *
     * <p>When defining a variable within a event type, you can only use the <code>EVENT</code>
     * value for DataSource when the <em>Inline</em> property is set to true. If the <em>Inline</em>
     * property is set false, you can use either <code>EVENT</code> or <code>MODEL_SCORE</code> for
     * DataSource.
     *
     * <p>Allowed values: {@code EVENT}. CloudFormation property {@code DataSource}.
     */
    public EventVariable dataSource(String value) {
      return set("DataSource", Value.of(value));
    }

    /** Sets {@code DataSource} to this value; see {@link #dataSource(String)}. */
    public EventVariable dataSource(Value<String> value) {
      return set("DataSource", value);
    }

    /**
     * The data type of the event variable. For more information, see <a
     * href="https://docs.aws.amazon.com/frauddetector/latest/ug/variables.html#data-types">Data
     * types</a> .
     *
     * <p>Allowed values: {@code STRING}, {@code INTEGER}, {@code FLOAT}, {@code BOOLEAN}.
     * CloudFormation property {@code DataType}.
     */
    public EventVariable dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public EventVariable dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * The default value of the event variable
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public EventVariable defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public EventVariable defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The event variable description.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
     */
    public EventVariable description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public EventVariable description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Indicates whether the resource is defined within this CloudFormation template and impacts the
     * create, update, and delete behavior of the stack. If the value is <code>true</code> ,
     * CloudFormation will create/update/delete the resource when creating/updating/deleting the
     * stack. If the value is <code>false</code> , CloudFormation will validate that the object
     * exists and then use it within the resource without making changes to the object.
     *
     * <p>For example, when creating <code>AWS::FraudDetector::EventType</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the Variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * event type but not execute any changes to the variables.
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public EventVariable inline(boolean value) {
      return set("Inline", Value.of(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(boolean)}. */
    public EventVariable inline(Value<Boolean> value) {
      return set("Inline", value);
    }

    /**
     * Timestamp for when the event variable was last updated.
     *
     * <p>CloudFormation property {@code LastUpdatedTime}.
     */
    public EventVariable lastUpdatedTime(String value) {
      return set("LastUpdatedTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedTime} to this value; see {@link #lastUpdatedTime(String)}. */
    public EventVariable lastUpdatedTime(Value<String> value) {
      return set("LastUpdatedTime", value);
    }

    /**
     * The name of the event variable.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EventVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EventVariable name(Value<String> value) {
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
    public EventVariable tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public EventVariable tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The type of event variable. For more information, see <a
     * href="https://docs.aws.amazon.com/frauddetector/latest/ug/variables.html#variable-types">Variable
     * types</a> .
     *
     * <p>Allowed values: {@code AUTH_CODE}, {@code AVS}, {@code BILLING_ADDRESS_L1}, {@code
     * BILLING_ADDRESS_L2}, {@code BILLING_CITY}, {@code BILLING_COUNTRY}, {@code BILLING_NAME},
     * {@code BILLING_PHONE}, {@code BILLING_STATE}, {@code BILLING_ZIP}, {@code CARD_BIN}, {@code
     * CATEGORICAL}, {@code CURRENCY_CODE}, {@code EMAIL_ADDRESS}, {@code FINGERPRINT}, {@code
     * FRAUD_LABEL}, {@code FREE_FORM_TEXT}, {@code IP_ADDRESS}, {@code NUMERIC}, {@code ORDER_ID},
     * {@code PAYMENT_TYPE}, {@code PHONE_NUMBER}, {@code PRICE}, {@code PRODUCT_CATEGORY}, {@code
     * SHIPPING_ADDRESS_L1}, {@code SHIPPING_ADDRESS_L2}, {@code SHIPPING_CITY}, {@code
     * SHIPPING_COUNTRY}, {@code SHIPPING_NAME}, {@code SHIPPING_PHONE}, {@code SHIPPING_STATE},
     * {@code SHIPPING_ZIP}, {@code USERAGENT}. CloudFormation property {@code VariableType}.
     */
    public EventVariable variableType(String value) {
      return set("VariableType", Value.of(value));
    }

    /** Sets {@code VariableType} to this value; see {@link #variableType(String)}. */
    public EventVariable variableType(Value<String> value) {
      return set("VariableType", value);
    }
  }

  /**
   * The label associated with the event type.
   *
   * <p>Property type {@code AWS::FraudDetector::EventType.Label}.
   */
  public static final class Label extends Struct<Label> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::EventType.Label")
        .constrain("Description", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Label() {
      super(SCHEMA);
    }

    /**
     * The label ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Label arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Label arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Timestamp of when the event type was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public Label createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public Label createdTime(Value<String> value) {
      return set("CreatedTime", value);
    }

    /**
     * The label description.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
     */
    public Label description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Label description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Indicates whether the resource is defined within this CloudFormation template and impacts the
     * create, update, and delete behavior of the stack. If the value is <code>true</code> ,
     * CloudFormation will create/update/delete the resource when creating/updating/deleting the
     * stack. If the value is <code>false</code> , CloudFormation will validate that the object
     * exists and then use it within the resource without making changes to the object.
     *
     * <p>For example, when creating <code>AWS::FraudDetector::EventType</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * EventType but not execute any changes to the variables.
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public Label inline(boolean value) {
      return set("Inline", Value.of(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(boolean)}. */
    public Label inline(Value<Boolean> value) {
      return set("Inline", value);
    }

    /**
     * Timestamp of when the label was last updated.
     *
     * <p>CloudFormation property {@code LastUpdatedTime}.
     */
    public Label lastUpdatedTime(String value) {
      return set("LastUpdatedTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedTime} to this value; see {@link #lastUpdatedTime(String)}. */
    public Label lastUpdatedTime(Value<String> value) {
      return set("LastUpdatedTime", value);
    }

    /**
     * The label name.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Label name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Label name(Value<String> value) {
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
    public Label tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public Label tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }
}
