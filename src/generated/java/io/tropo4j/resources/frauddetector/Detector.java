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
 * Manages a detector and associated detector versions.
 *
 * <p>CloudFormation type {@code AWS::FraudDetector::Detector}.
 */
public final class Detector extends Resource<Detector> {
  private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector")
      .required("DetectorId", "EventType", "Rules")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("DetectorId", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
      .allowed("DetectorVersionStatus", "DRAFT", "ACTIVE")
      .allowed("RuleExecutionMode", "FIRST_MATCHED", "ALL_MATCHED")
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "DetectorVersionId", "EventType.Arn",
          "EventType.CreatedTime", "EventType.LastUpdatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Detector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The models to associate with this detector. You must provide the ARNs of all the models you
   * want to associate.
   *
   * <p>CloudFormation property {@code AssociatedModels}.
   */
  public Detector associatedModels(List<Model> value) {
    return set("AssociatedModels", Value.listOf(value));
  }

  /** Sets {@code AssociatedModels} to this value; see {@link #associatedModels(List)}. */
  public Detector associatedModels(Value<List<Model>> value) {
    return set("AssociatedModels", value);
  }

  /** Sets {@code AssociatedModels} to a list of these; see {@link #associatedModels(List)}. */
  public Detector associatedModels(Model... values) {
    return set("AssociatedModels", Value.list(values));
  }

  /**
   * The detector description.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public Detector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Detector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the detector.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-z_-]+$}. CloudFormation property {@code DetectorId}.
   */
  public Detector detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public Detector detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * The status of the detector version. If a value is not provided for this property, AWS
   * CloudFormation assumes <code>DRAFT</code> status.
   *
   * <p>Valid values: <code>ACTIVE | DRAFT</code>
   *
   * <p>Allowed values: {@code DRAFT}, {@code ACTIVE}. CloudFormation property {@code
   * DetectorVersionStatus}.
   */
  public Detector detectorVersionStatus(String value) {
    return set("DetectorVersionStatus", Value.of(value));
  }

  /**
   * Sets {@code DetectorVersionStatus} to this value; see {@link #detectorVersionStatus(String)}.
   */
  public Detector detectorVersionStatus(Value<String> value) {
    return set("DetectorVersionStatus", value);
  }

  /**
   * The event type associated with this detector.
   *
   * <p>Required. CloudFormation property {@code EventType}.
   */
  public Detector eventType(Value<EventType> value) {
    return set("EventType", value);
  }

  /**
   * The rule execution mode for the rules included in the detector version.
   *
   * <p>Valid values: <code>FIRST_MATCHED | ALL_MATCHED</code> Default value:
   * <code>FIRST_MATCHED</code>
   *
   * <p>You can define and edit the rule mode at the detector version level, when it is in draft
   * status.
   *
   * <p>If you specify <code>FIRST_MATCHED</code> , Amazon Fraud Detector evaluates rules
   * sequentially, first to last, stopping at the first matched rule. Amazon Fraud dectector then
   * provides the outcomes for that single rule.
   *
   * <p>If you specifiy <code>ALL_MATCHED</code> , Amazon Fraud Detector evaluates all rules and
   * returns the outcomes for all matched rules.
   *
   * <p>Allowed values: {@code FIRST_MATCHED}, {@code ALL_MATCHED}. CloudFormation property {@code
   * RuleExecutionMode}.
   */
  public Detector ruleExecutionMode(String value) {
    return set("RuleExecutionMode", Value.of(value));
  }

  /** Sets {@code RuleExecutionMode} to this value; see {@link #ruleExecutionMode(String)}. */
  public Detector ruleExecutionMode(Value<String> value) {
    return set("RuleExecutionMode", value);
  }

  /**
   * The rules to include in the detector version.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public Detector rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public Detector rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public Detector rules(Rule... values) {
    return set("Rules", Value.list(values));
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
  public Detector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Detector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Detector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The detector ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp of when detector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The name of the detector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DetectorVersionId}.
   */
  public Value<String> detectorVersionId() {
    return getAtt("DetectorVersionId");
  }

  /**
   * The detector ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventType.Arn}.
   */
  public Value<String> eventTypeArn() {
    return getAtt("EventType.Arn");
  }

  /**
   * Timestamp of when the detector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventType.CreatedTime}.
   */
  public Value<String> eventTypeCreatedTime() {
    return getAtt("EventType.CreatedTime");
  }

  /**
   * Timestamp of when the detector was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventType.LastUpdatedTime}.
   */
  public Value<String> eventTypeLastUpdatedTime() {
    return getAtt("EventType.LastUpdatedTime");
  }

  /**
   * Timestamp of when detector was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The entity type details.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.EntityType}.
   */
  public static final class EntityType extends Struct<EntityType> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector.EntityType")
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
     * <p>For example, when creating <code>AWS::FraudDetector::Detector</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these Variables and
     * CloudFormation will create/update/delete the variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * detector but not execute any changes to the variables.
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
   * The event type details.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.EventType}.
   */
  public static final class EventType extends Struct<EventType> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector.EventType")
        .constrain("Description", Constraint.of().minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
        .build();

    public EventType() {
      super(SCHEMA);
    }

    /**
     * The entity type ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public EventType arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public EventType arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Timestamp of when the event type was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public EventType createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public EventType createdTime(Value<String> value) {
      return set("CreatedTime", value);
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
     * <p>CloudFormation property {@code EntityTypes}.
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
     * <p>CloudFormation property {@code EventVariables}.
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
     * Indicates whether the resource is defined within this CloudFormation template and impacts the
     * create, update, and delete behavior of the stack. If the value is <code>true</code> ,
     * CloudFormation will create/update/delete the resource when creating/updating/deleting the
     * stack. If the value is <code>false</code> , CloudFormation will validate that the object
     * exists and then use it within the resource without making changes to the object.
     *
     * <p>For example, when creating <code>AWS::FraudDetector::Detector</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the Variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * detector but not execute any changes to the variables.
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public EventType inline(boolean value) {
      return set("Inline", Value.of(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(boolean)}. */
    public EventType inline(Value<Boolean> value) {
      return set("Inline", value);
    }

    /**
     * The event type labels.
     *
     * <p>CloudFormation property {@code Labels}.
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
     * Timestamp of when the event type was last updated.
     *
     * <p>CloudFormation property {@code LastUpdatedTime}.
     */
    public EventType lastUpdatedTime(String value) {
      return set("LastUpdatedTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedTime} to this value; see {@link #lastUpdatedTime(String)}. */
    public EventType lastUpdatedTime(Value<String> value) {
      return set("LastUpdatedTime", value);
    }

    /**
     * The event type name.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[0-9a-z_-]+$}. CloudFormation property {@code
     * Name}.
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
  }

  /**
   * The event type variable for the detector.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.EventVariable}.
   */
  public static final class EventVariable extends Struct<EventVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector.EventVariable")
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
     * Timestamp for when the event variable was created.
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
     * The data source of the event variable.
     *
     * <p>Valid values: <code>EVENT | EXTERNAL_MODEL_SCORE</code>
     *
     * <p>When defining a variable within a detector, you can only use the <code>EVENT</code> value
     * for DataSource when the <em>Inline</em> property is set to true. If the <em>Inline</em>
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
     * The data type of the event variable.
     *
     * <p>Valid values: <code>STRING | INTEGER | BOOLEAN | FLOAT</code>
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
     * The default value of the event variable. This is required if you are providing the details of
     * your variables instead of the ARN.
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
     * The description of the event variable.
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
     * <p>For example, when creating <code>AWS::FraudDetector::Detector</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * detector but not execute any changes to the variables.
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
     * href="https://docs.aws.amazon.com/frauddetector/latest/ug/create-a-variable.html#variable-types">Variable
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
   * The label details.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.Label}.
   */
  public static final class Label extends Struct<Label> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector.Label")
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
     * <p>For example, when creating <code>AWS::FraudDetector::Detector</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * detector but not execute any changes to the variables.
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

  /**
   * The model.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.Model}.
   */
  public static final class Model extends Struct<Model> {
    private static final Schema SCHEMA = Schema.of("AWS::FraudDetector::Detector.Model");

    public Model() {
      super(SCHEMA);
    }

    /**
     * The ARN of the model.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Model arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Model arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The outcome.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.Outcome}.
   */
  public static final class Outcome extends Struct<Outcome> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector.Outcome")
        .constrain("Description", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Outcome() {
      super(SCHEMA);
    }

    /**
     * The outcome ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Outcome arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Outcome arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The timestamp when the outcome was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public Outcome createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public Outcome createdTime(Value<String> value) {
      return set("CreatedTime", value);
    }

    /**
     * The outcome description.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
     */
    public Outcome description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Outcome description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Indicates whether the resource is defined within this CloudFormation template and impacts the
     * create, update, and delete behavior of the stack. If the value is <code>true</code> ,
     * CloudFormation will create/update/delete the resource when creating/updating/deleting the
     * stack. If the value is <code>false</code> , CloudFormation will validate that the object
     * exists and then use it within the resource without making changes to the object.
     *
     * <p>For example, when creating <code>AWS::FraudDetector::Detector</code> you must define at
     * least two variables. You can set <code>Inline=true</code> for these variables and
     * CloudFormation will create/update/delete the variables as part of stack operations. However,
     * if you set <code>Inline=false</code> , CloudFormation will associate the variables to your
     * detector but not execute any changes to the variables.
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public Outcome inline(boolean value) {
      return set("Inline", Value.of(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(boolean)}. */
    public Outcome inline(Value<Boolean> value) {
      return set("Inline", value);
    }

    /**
     * The timestamp when the outcome was last updated.
     *
     * <p>CloudFormation property {@code LastUpdatedTime}.
     */
    public Outcome lastUpdatedTime(String value) {
      return set("LastUpdatedTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedTime} to this value; see {@link #lastUpdatedTime(String)}. */
    public Outcome lastUpdatedTime(Value<String> value) {
      return set("LastUpdatedTime", value);
    }

    /**
     * The outcome name.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Outcome name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Outcome name(Value<String> value) {
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
    public Outcome tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public Outcome tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * A rule.
   *
   * <p>Property type {@code AWS::FraudDetector::Detector.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Detector.Rule")
        .constrain("Description", Constraint.of().minLength(1).maxLength(256))
        .constrain("DetectorId", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
        .allowed("Language", "DETECTORPL")
        .constrain("RuleId", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
        .constrain("RuleVersion", Constraint.of().pattern("^([1-9][0-9]*)$").minLength(1).maxLength(5))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The rule ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Rule arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Rule arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Timestamp for when the rule was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public Rule createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public Rule createdTime(Value<String> value) {
      return set("CreatedTime", value);
    }

    /**
     * The rule description.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
     */
    public Rule description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Rule description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The detector for which the rule is associated.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[0-9a-z_-]+$}. CloudFormation property {@code
     * DetectorId}.
     */
    public Rule detectorId(String value) {
      return set("DetectorId", Value.of(value));
    }

    /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
    public Rule detectorId(Value<String> value) {
      return set("DetectorId", value);
    }

    /**
     * The rule expression. A rule expression captures the business logic. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/frauddetector/latest/ug/rule-language-reference.html">Rule
     * language reference</a> .
     *
     * <p>CloudFormation property {@code Expression}.
     */
    public Rule expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public Rule expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The rule language.
     *
     * <p>Valid Value: DETECTORPL
     *
     * <p>Allowed values: {@code DETECTORPL}. CloudFormation property {@code Language}.
     */
    public Rule language(String value) {
      return set("Language", Value.of(value));
    }

    /** Sets {@code Language} to this value; see {@link #language(String)}. */
    public Rule language(Value<String> value) {
      return set("Language", value);
    }

    /**
     * Timestamp for when the rule was last updated.
     *
     * <p>CloudFormation property {@code LastUpdatedTime}.
     */
    public Rule lastUpdatedTime(String value) {
      return set("LastUpdatedTime", Value.of(value));
    }

    /** Sets {@code LastUpdatedTime} to this value; see {@link #lastUpdatedTime(String)}. */
    public Rule lastUpdatedTime(Value<String> value) {
      return set("LastUpdatedTime", value);
    }

    /**
     * The rule outcome.
     *
     * <p>CloudFormation property {@code Outcomes}.
     */
    public Rule outcomes(List<Outcome> value) {
      return set("Outcomes", Value.listOf(value));
    }

    /** Sets {@code Outcomes} to this value; see {@link #outcomes(List)}. */
    public Rule outcomes(Value<List<Outcome>> value) {
      return set("Outcomes", value);
    }

    /** Sets {@code Outcomes} to a list of these; see {@link #outcomes(List)}. */
    public Rule outcomes(Outcome... values) {
      return set("Outcomes", Value.list(values));
    }

    /**
     * The rule ID.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[0-9a-z_-]+$}. CloudFormation property {@code
     * RuleId}.
     */
    public Rule ruleId(String value) {
      return set("RuleId", Value.of(value));
    }

    /** Sets {@code RuleId} to this value; see {@link #ruleId(String)}. */
    public Rule ruleId(Value<String> value) {
      return set("RuleId", value);
    }

    /**
     * The rule version.
     *
     * <p>Length: 1 to 5 characters. Pattern: {@code ^([1-9][0-9]*)$}. CloudFormation property
     * {@code RuleVersion}.
     */
    public Rule ruleVersion(String value) {
      return set("RuleVersion", Value.of(value));
    }

    /** Sets {@code RuleVersion} to this value; see {@link #ruleVersion(String)}. */
    public Rule ruleVersion(Value<String> value) {
      return set("RuleVersion", value);
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
    public Rule tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public Rule tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }
}
