// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a rule for the specified Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::Rule}.
 */
public final class Rule extends Resource<Rule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule")
      .required("Actions", "Function", "InstanceArn", "Name", "PublishStatus", "TriggerEventSource")
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,200}$"))
      .allowed("PublishStatus", "DRAFT", "PUBLISHED")
      .refYields("RuleArn")
      .attributes("RuleArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Rule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of actions to be run when the rule is triggered.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public Rule actions(Value<Actions> value) {
    return set("Actions", value);
  }

  /**
   * The conditions of the rule.
   *
   * <p>Required. CloudFormation property {@code Function}.
   */
  public Rule function(String value) {
    return set("Function", Value.of(value));
  }

  /** Sets {@code Function} to this value; see {@link #function(String)}. */
  public Rule function(Value<String> value) {
    return set("Function", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Rule instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Rule instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the rule.
   *
   * <p>Required. Pattern: {@code ^[a-zA-Z0-9._-]{1,200}$}. CloudFormation property {@code Name}.
   */
  public Rule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Rule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The publish status of the rule.
   *
   * <p><em>Allowed values</em> : <code>DRAFT</code> | <code>PUBLISHED</code>
   *
   * <p>Required. Allowed values: {@code DRAFT}, {@code PUBLISHED}. CloudFormation property {@code
   * PublishStatus}.
   */
  public Rule publishStatus(String value) {
    return set("PublishStatus", Value.of(value));
  }

  /** Sets {@code PublishStatus} to this value; see {@link #publishStatus(String)}. */
  public Rule publishStatus(Value<String> value) {
    return set("PublishStatus", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
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

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Rule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The event source to trigger the rule.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TriggerEventSource}.
   */
  public Rule triggerEventSource(Value<RuleTriggerEventSource> value) {
    return set("TriggerEventSource", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * A list of actions to be run when the rule is triggered.
   *
   * <p>Property type {@code AWS::Connect::Rule.Actions}.
   */
  public static final class Actions extends Struct<Actions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.Actions")
        .constrain("AssignContactCategoryActions", Constraint.of().format("json"))
        .constrain("EndAssociatedTasksActions", Constraint.of().format("json"))
        .build();

    public Actions() {
      super(SCHEMA);
    }

    /**
     * Information about the contact category action. The syntax can be empty, for example,
     * <code>{}</code> .
     *
     * <p>Format: {@code json}. CloudFormation property {@code AssignContactCategoryActions}.
     */
    public Actions assignContactCategoryActions(List<Json> value) {
      return set("AssignContactCategoryActions", Value.listOf(value));
    }

    /**
     * Sets {@code AssignContactCategoryActions} to this value; see {@link
     * #assignContactCategoryActions(List)}.
     */
    public Actions assignContactCategoryActions(Value<List<Json>> value) {
      return set("AssignContactCategoryActions", value);
    }

    /**
     * This action will assign an SLA when a rule is triggered.
     *
     * <p>CloudFormation property {@code AssignSlaActions}.
     */
    public Actions assignSlaActions(List<AssignSlaAction> value) {
      return set("AssignSlaActions", Value.listOf(value));
    }

    /** Sets {@code AssignSlaActions} to this value; see {@link #assignSlaActions(List)}. */
    public Actions assignSlaActions(Value<List<AssignSlaAction>> value) {
      return set("AssignSlaActions", value);
    }

    /** Sets {@code AssignSlaActions} to a list of these; see {@link #assignSlaActions(List)}. */
    public Actions assignSlaActions(AssignSlaAction... values) {
      return set("AssignSlaActions", Value.list(values));
    }

    /**
     * This action will create a case when a rule is triggered.
     *
     * <p>CloudFormation property {@code CreateCaseActions}.
     */
    public Actions createCaseActions(List<CreateCaseAction> value) {
      return set("CreateCaseActions", Value.listOf(value));
    }

    /** Sets {@code CreateCaseActions} to this value; see {@link #createCaseActions(List)}. */
    public Actions createCaseActions(Value<List<CreateCaseAction>> value) {
      return set("CreateCaseActions", value);
    }

    /** Sets {@code CreateCaseActions} to a list of these; see {@link #createCaseActions(List)}. */
    public Actions createCaseActions(CreateCaseAction... values) {
      return set("CreateCaseActions", Value.list(values));
    }

    /**
     * This action will end associated tasks when a rule is triggered.
     *
     * <p>Format: {@code json}. CloudFormation property {@code EndAssociatedTasksActions}.
     */
    public Actions endAssociatedTasksActions(List<Json> value) {
      return set("EndAssociatedTasksActions", Value.listOf(value));
    }

    /**
     * Sets {@code EndAssociatedTasksActions} to this value; see {@link
     * #endAssociatedTasksActions(List)}.
     */
    public Actions endAssociatedTasksActions(Value<List<Json>> value) {
      return set("EndAssociatedTasksActions", value);
    }

    /**
     * Information about the EventBridge action.
     *
     * <p>CloudFormation property {@code EventBridgeActions}.
     */
    public Actions eventBridgeActions(List<EventBridgeAction> value) {
      return set("EventBridgeActions", Value.listOf(value));
    }

    /** Sets {@code EventBridgeActions} to this value; see {@link #eventBridgeActions(List)}. */
    public Actions eventBridgeActions(Value<List<EventBridgeAction>> value) {
      return set("EventBridgeActions", value);
    }

    /**
     * Sets {@code EventBridgeActions} to a list of these; see {@link #eventBridgeActions(List)}.
     */
    public Actions eventBridgeActions(EventBridgeAction... values) {
      return set("EventBridgeActions", Value.list(values));
    }

    /**
     * Information about the send notification action.
     *
     * <p>CloudFormation property {@code SendNotificationActions}.
     */
    public Actions sendNotificationActions(List<SendNotificationAction> value) {
      return set("SendNotificationActions", Value.listOf(value));
    }

    /**
     * Sets {@code SendNotificationActions} to this value; see {@link
     * #sendNotificationActions(List)}.
     */
    public Actions sendNotificationActions(Value<List<SendNotificationAction>> value) {
      return set("SendNotificationActions", value);
    }

    /**
     * Sets {@code SendNotificationActions} to a list of these; see {@link
     * #sendNotificationActions(List)}.
     */
    public Actions sendNotificationActions(SendNotificationAction... values) {
      return set("SendNotificationActions", Value.list(values));
    }

    /**
     * This action will submit an auto contact evaluation when a rule is triggered.
     *
     * <p>CloudFormation property {@code SubmitAutoEvaluationActions}.
     */
    public Actions submitAutoEvaluationActions(List<SubmitAutoEvaluationAction> value) {
      return set("SubmitAutoEvaluationActions", Value.listOf(value));
    }

    /**
     * Sets {@code SubmitAutoEvaluationActions} to this value; see {@link
     * #submitAutoEvaluationActions(List)}.
     */
    public Actions submitAutoEvaluationActions(Value<List<SubmitAutoEvaluationAction>> value) {
      return set("SubmitAutoEvaluationActions", value);
    }

    /**
     * Sets {@code SubmitAutoEvaluationActions} to a list of these; see {@link
     * #submitAutoEvaluationActions(List)}.
     */
    public Actions submitAutoEvaluationActions(SubmitAutoEvaluationAction... values) {
      return set("SubmitAutoEvaluationActions", Value.list(values));
    }

    /**
     * Information about the task action. This field is required if <code>TriggerEventSource</code>
     * is one of the following values: <code>OnZendeskTicketCreate</code> |
     * <code>OnZendeskTicketStatusUpdate</code> | <code>OnSalesforceCaseCreate</code>
     *
     * <p>CloudFormation property {@code TaskActions}.
     */
    public Actions taskActions(List<TaskAction> value) {
      return set("TaskActions", Value.listOf(value));
    }

    /** Sets {@code TaskActions} to this value; see {@link #taskActions(List)}. */
    public Actions taskActions(Value<List<TaskAction>> value) {
      return set("TaskActions", value);
    }

    /** Sets {@code TaskActions} to a list of these; see {@link #taskActions(List)}. */
    public Actions taskActions(TaskAction... values) {
      return set("TaskActions", Value.list(values));
    }

    /**
     * This action will update a case when a rule is triggered.
     *
     * <p>CloudFormation property {@code UpdateCaseActions}.
     */
    public Actions updateCaseActions(List<UpdateCaseAction> value) {
      return set("UpdateCaseActions", Value.listOf(value));
    }

    /** Sets {@code UpdateCaseActions} to this value; see {@link #updateCaseActions(List)}. */
    public Actions updateCaseActions(Value<List<UpdateCaseAction>> value) {
      return set("UpdateCaseActions", value);
    }

    /** Sets {@code UpdateCaseActions} to a list of these; see {@link #updateCaseActions(List)}. */
    public Actions updateCaseActions(UpdateCaseAction... values) {
      return set("UpdateCaseActions", Value.list(values));
    }
  }

  /** Property type {@code AWS::Connect::Rule.AssignSlaAction}. */
  public static final class AssignSlaAction extends Struct<AssignSlaAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.AssignSlaAction")
        .required("CaseSlaConfiguration", "SlaAssignmentType")
        .allowed("SlaAssignmentType", "CASES")
        .build();

    public AssignSlaAction() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code CaseSlaConfiguration}. */
    public AssignSlaAction caseSlaConfiguration(Value<CaseSlaConfiguration> value) {
      return set("CaseSlaConfiguration", value);
    }

    /**
     * Required. Allowed values: {@code CASES}. CloudFormation property {@code SlaAssignmentType}.
     */
    public AssignSlaAction slaAssignmentType(String value) {
      return set("SlaAssignmentType", Value.of(value));
    }

    /** Sets {@code SlaAssignmentType} to this value; see {@link #slaAssignmentType(String)}. */
    public AssignSlaAction slaAssignmentType(Value<String> value) {
      return set("SlaAssignmentType", value);
    }
  }

  /** Property type {@code AWS::Connect::Rule.CaseSlaConfiguration}. */
  public static final class CaseSlaConfiguration extends Struct<CaseSlaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.CaseSlaConfiguration")
        .required("Name", "TargetSlaMinutes", "Type")
        .constrain("FieldId", Constraint.of().minLength(1).maxLength(500))
        .constrain("Name", Constraint.of().minLength(1).maxLength(500))
        .constrain("TargetSlaMinutes", Constraint.of().minimum(1).maximum(1051200))
        .allowed("Type", "CaseField")
        .build();

    public CaseSlaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The field Id for the SLA.
     *
     * <p>Length: 1 to 500 characters. CloudFormation property {@code FieldId}.
     */
    public CaseSlaConfiguration fieldId(String value) {
      return set("FieldId", Value.of(value));
    }

    /** Sets {@code FieldId} to this value; see {@link #fieldId(String)}. */
    public CaseSlaConfiguration fieldId(Value<String> value) {
      return set("FieldId", value);
    }

    /**
     * The name of the SLA.
     *
     * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code Name}.
     */
    public CaseSlaConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CaseSlaConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The target field values for the SLA.
     *
     * <p>CloudFormation property {@code TargetFieldValues}.
     */
    public CaseSlaConfiguration targetFieldValues(List<SlaTargetFieldValue> value) {
      return set("TargetFieldValues", Value.listOf(value));
    }

    /** Sets {@code TargetFieldValues} to this value; see {@link #targetFieldValues(List)}. */
    public CaseSlaConfiguration targetFieldValues(Value<List<SlaTargetFieldValue>> value) {
      return set("TargetFieldValues", value);
    }

    /** Sets {@code TargetFieldValues} to a list of these; see {@link #targetFieldValues(List)}. */
    public CaseSlaConfiguration targetFieldValues(SlaTargetFieldValue... values) {
      return set("TargetFieldValues", Value.list(values));
    }

    /**
     * The target SLA time in minutes.
     *
     * <p>Required. Range: 1 to 1051200. CloudFormation property {@code TargetSlaMinutes}.
     */
    public CaseSlaConfiguration targetSlaMinutes(double value) {
      return set("TargetSlaMinutes", Value.of(value));
    }

    /** Sets {@code TargetSlaMinutes} to this value; see {@link #targetSlaMinutes(double)}. */
    public CaseSlaConfiguration targetSlaMinutes(Value<Double> value) {
      return set("TargetSlaMinutes", value);
    }

    /**
     * The type of SLA.
     *
     * <p>Required. Allowed values: {@code CaseField}. CloudFormation property {@code Type}.
     */
    public CaseSlaConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CaseSlaConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Connect::Rule.CreateCaseAction}. */
  public static final class CreateCaseAction extends Struct<CreateCaseAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.CreateCaseAction")
        .required("Fields", "TemplateId")
        .constrain("TemplateId", Constraint.of().minLength(1).maxLength(500))
        .build();

    public CreateCaseAction() {
      super(SCHEMA);
    }

    /**
     * An array of case fields
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public CreateCaseAction fields(List<Field> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public CreateCaseAction fields(Value<List<Field>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public CreateCaseAction fields(Field... values) {
      return set("Fields", Value.list(values));
    }

    /** Required. Length: 1 to 500 characters. CloudFormation property {@code TemplateId}. */
    public CreateCaseAction templateId(String value) {
      return set("TemplateId", Value.of(value));
    }

    /** Sets {@code TemplateId} to this value; see {@link #templateId(String)}. */
    public CreateCaseAction templateId(Value<String> value) {
      return set("TemplateId", value);
    }
  }

  /**
   * The EventBridge action definition.
   *
   * <p>Property type {@code AWS::Connect::Rule.EventBridgeAction}.
   */
  public static final class EventBridgeAction extends Struct<EventBridgeAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.EventBridgeAction")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,100}$"))
        .build();

    public EventBridgeAction() {
      super(SCHEMA);
    }

    /**
     * The name.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9._-]{1,100}$}. CloudFormation property {@code Name}.
     */
    public EventBridgeAction name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EventBridgeAction name(Value<String> value) {
      return set("Name", value);
    }
  }

  /** Property type {@code AWS::Connect::Rule.Field}. */
  public static final class Field extends Struct<Field> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.Field")
        .required("Id", "Value")
        .constrain("Id", Constraint.of().minLength(1).maxLength(500))
        .build();

    public Field() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 500 characters. CloudFormation property {@code Id}. */
    public Field id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Field id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Object for case field values.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Field value(Value<FieldValue> value) {
      return set("Value", value);
    }
  }

  /**
   * Object for case field values.
   *
   * <p>Property type {@code AWS::Connect::Rule.FieldValue}.
   */
  public static final class FieldValue extends Struct<FieldValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.FieldValue")
        .constrain("EmptyValue", Constraint.of().format("json"))
        .build();

    public FieldValue() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BooleanValue}. */
    public FieldValue booleanValue(boolean value) {
      return set("BooleanValue", Value.of(value));
    }

    /** Sets {@code BooleanValue} to this value; see {@link #booleanValue(boolean)}. */
    public FieldValue booleanValue(Value<Boolean> value) {
      return set("BooleanValue", value);
    }

    /** CloudFormation property {@code DoubleValue}. */
    public FieldValue doubleValue(double value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(double)}. */
    public FieldValue doubleValue(Value<Double> value) {
      return set("DoubleValue", value);
    }

    /** Format: {@code json}. CloudFormation property {@code EmptyValue}. */
    public FieldValue emptyValue(Value<Json> value) {
      return set("EmptyValue", value);
    }

    /** CloudFormation property {@code StringValue}. */
    public FieldValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public FieldValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * The type of notification recipient.
   *
   * <p>Property type {@code AWS::Connect::Rule.NotificationRecipientType}.
   */
  public static final class NotificationRecipientType extends Struct<NotificationRecipientType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.NotificationRecipientType")
        .constrain("UserArns", Constraint.of().pattern("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent/[-a-zA-Z0-9]*$|^\\$\\..+$"))
        .build();

    public NotificationRecipientType() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the user account.
     *
     * <p>Pattern: {@code
     * ^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent/[-a-zA-Z0-9]*$|^&#92;$&#92;..+$}.
     * CloudFormation property {@code UserArns}.
     */
    public NotificationRecipientType userArns(List<String> value) {
      return set("UserArns", Value.listOf(value));
    }

    /** Sets {@code UserArns} to this value; see {@link #userArns(List)}. */
    public NotificationRecipientType userArns(Value<List<String>> value) {
      return set("UserArns", value);
    }

    /**
     * The tags used to organize, track, or control access for this resource. For example, { "tags":
     * {"key1":"value1", "key2":"value2"} }. Connect Customer users with the specified tags will be
     * notified.
     *
     * <p>CloudFormation property {@code UserTags}.
     */
    public NotificationRecipientType userTags(Map<String, String> value) {
      return set("UserTags", Value.mapOf(value));
    }

    /** Sets {@code UserTags} to this value; see {@link #userTags(Map)}. */
    public NotificationRecipientType userTags(Value<Map<String, String>> value) {
      return set("UserTags", value);
    }
  }

  /**
   * Information about the reference when the <code>referenceType</code> is <code>URL</code> .
   * Otherwise, null. (Supports variable injection in the <code>Value</code> field.)
   *
   * <p>Property type {@code AWS::Connect::Rule.Reference}.
   */
  public static final class Reference extends Struct<Reference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.Reference")
        .required("Type", "Value")
        .allowed("Type", "URL", "ATTACHMENT", "NUMBER", "STRING", "DATE", "EMAIL")
        .build();

    public Reference() {
      super(SCHEMA);
    }

    /**
     * The type of the reference. <code>DATE</code> must be of type Epoch timestamp.
     *
     * <p><em>Allowed values</em> : <code>URL</code> | <code>ATTACHMENT</code> | <code>NUMBER</code>
     * | <code>STRING</code> | <code>DATE</code> | <code>EMAIL</code>
     *
     * <p>Required. Allowed values: {@code URL}, {@code ATTACHMENT}, {@code NUMBER}, {@code STRING},
     * {@code DATE}, {@code EMAIL}. CloudFormation property {@code Type}.
     */
    public Reference type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Reference type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * A valid value for the reference. For example, for a URL reference, a formatted URL that is
     * displayed to an agent in the Contact Control Panel (CCP).
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Reference value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Reference value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The name of the event source.
   *
   * <p>Property type {@code AWS::Connect::Rule.RuleTriggerEventSource}.
   */
  public static final class RuleTriggerEventSource extends Struct<RuleTriggerEventSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.RuleTriggerEventSource")
        .required("EventSourceName")
        .allowed("EventSourceName", "OnEmailAnalysisAvailable", "OnContactEvaluationSubmit",
            "OnPostCallAnalysisAvailable", "OnRealTimeCallAnalysisAvailable",
            "OnRealTimeChatAnalysisAvailable", "OnPostChatAnalysisAvailable",
            "OnZendeskTicketCreate", "OnZendeskTicketStatusUpdate", "OnSalesforceCaseCreate",
            "OnMetricDataUpdate", "OnCaseCreate", "OnCaseUpdate", "OnSlaBreach",
            "OnSchedulePublish", "OnScheduleUpdate", "OnScheduleTimeOffRequestActivity")
        .constrain("IntegrationAssociationArn", Constraint.of().pattern("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/integration-association/[-a-zA-Z0-9]*$"))
        .build();

    public RuleTriggerEventSource() {
      super(SCHEMA);
    }

    /**
     * The name of the event source.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code
     * OnEmailAnalysisAvailable}, {@code OnContactEvaluationSubmit}, {@code
     * OnPostCallAnalysisAvailable}, {@code OnRealTimeCallAnalysisAvailable}, {@code
     * OnRealTimeChatAnalysisAvailable}, {@code OnPostChatAnalysisAvailable}, {@code
     * OnZendeskTicketCreate}, {@code OnZendeskTicketStatusUpdate}, {@code OnSalesforceCaseCreate},
     * {@code OnMetricDataUpdate}, {@code OnCaseCreate}, {@code OnCaseUpdate}, {@code OnSlaBreach},
     * {@code OnSchedulePublish}, {@code OnScheduleUpdate}, {@code
     * OnScheduleTimeOffRequestActivity}. CloudFormation property {@code EventSourceName}.
     */
    public RuleTriggerEventSource eventSourceName(String value) {
      return set("EventSourceName", Value.of(value));
    }

    /** Sets {@code EventSourceName} to this value; see {@link #eventSourceName(String)}. */
    public RuleTriggerEventSource eventSourceName(Value<String> value) {
      return set("EventSourceName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the integration association.
     * <code>IntegrationAssociationArn</code> is required if <code>TriggerEventSource</code> is one
     * of the following values: <code>OnZendeskTicketCreate</code> |
     * <code>OnZendeskTicketStatusUpdate</code> | <code>OnSalesforceCaseCreate</code>
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * ^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;integration-association/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code IntegrationAssociationArn}.
     */
    public RuleTriggerEventSource integrationAssociationArn(String value) {
      return set("IntegrationAssociationArn", Value.of(value));
    }

    /**
     * Sets {@code IntegrationAssociationArn} to this value; see {@link
     * #integrationAssociationArn(String)}.
     */
    public RuleTriggerEventSource integrationAssociationArn(Value<String> value) {
      return set("IntegrationAssociationArn", value);
    }
  }

  /**
   * Information about the send notification action.
   *
   * <p>Property type {@code AWS::Connect::Rule.SendNotificationAction}.
   */
  public static final class SendNotificationAction extends Struct<SendNotificationAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.SendNotificationAction")
        .required("Content", "ContentType", "DeliveryMethod", "Recipient")
        .constrain("Content", Constraint.of().minLength(1).maxLength(1024))
        .allowed("ContentType", "PLAIN_TEXT")
        .allowed("DeliveryMethod", "EMAIL")
        .constrain("Subject", Constraint.of().minLength(1).maxLength(200))
        .build();

    public SendNotificationAction() {
      super(SCHEMA);
    }

    /**
     * Notification content. Supports variable injection. For more information, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html">JSONPath
     * reference</a> in the <em>Connect Customer Administrators Guide</em> .
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Content}.
     */
    public SendNotificationAction content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public SendNotificationAction content(Value<String> value) {
      return set("Content", value);
    }

    /**
     * Content type format.
     *
     * <p><em>Allowed value</em> : <code>PLAIN_TEXT</code>
     *
     * <p>Required. Allowed values: {@code PLAIN_TEXT}. CloudFormation property {@code ContentType}.
     */
    public SendNotificationAction contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public SendNotificationAction contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * Notification delivery method.
     *
     * <p><em>Allowed value</em> : <code>EMAIL</code>
     *
     * <p>Required. Allowed values: {@code EMAIL}. CloudFormation property {@code DeliveryMethod}.
     */
    public SendNotificationAction deliveryMethod(String value) {
      return set("DeliveryMethod", Value.of(value));
    }

    /** Sets {@code DeliveryMethod} to this value; see {@link #deliveryMethod(String)}. */
    public SendNotificationAction deliveryMethod(Value<String> value) {
      return set("DeliveryMethod", value);
    }

    /**
     * The type of notification recipient.
     *
     * <p>CloudFormation property {@code Exclusion}.
     */
    public SendNotificationAction exclusion(Value<NotificationRecipientType> value) {
      return set("Exclusion", value);
    }

    /**
     * Notification recipient.
     *
     * <p>Required. CloudFormation property {@code Recipient}.
     */
    public SendNotificationAction recipient(Value<NotificationRecipientType> value) {
      return set("Recipient", value);
    }

    /**
     * The subject of the email if the delivery method is <code>EMAIL</code> . Supports variable
     * injection. For more information, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html">JSONPath
     * reference</a> in the <em>Connect Customer Administrators Guide</em> .
     *
     * <p>Length: 1 to 200 characters. CloudFormation property {@code Subject}.
     */
    public SendNotificationAction subject(String value) {
      return set("Subject", Value.of(value));
    }

    /** Sets {@code Subject} to this value; see {@link #subject(String)}. */
    public SendNotificationAction subject(Value<String> value) {
      return set("Subject", value);
    }
  }

  /** Property type {@code AWS::Connect::Rule.SlaTargetFieldValue}. */
  public static final class SlaTargetFieldValue extends Struct<SlaTargetFieldValue> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::Rule.SlaTargetFieldValue");

    public SlaTargetFieldValue() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code StringValue}. */
    public SlaTargetFieldValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public SlaTargetFieldValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /** Property type {@code AWS::Connect::Rule.SubmitAutoEvaluationAction}. */
  public static final class SubmitAutoEvaluationAction extends Struct<SubmitAutoEvaluationAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.SubmitAutoEvaluationAction")
        .required("EvaluationFormArn")
        .constrain("EvaluationFormArn", Constraint.of().pattern("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/evaluation-form/[-a-zA-Z0-9]*$"))
        .build();

    public SubmitAutoEvaluationAction() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code
     * ^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;evaluation-form/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code EvaluationFormArn}.
     */
    public SubmitAutoEvaluationAction evaluationFormArn(String value) {
      return set("EvaluationFormArn", Value.of(value));
    }

    /** Sets {@code EvaluationFormArn} to this value; see {@link #evaluationFormArn(String)}. */
    public SubmitAutoEvaluationAction evaluationFormArn(Value<String> value) {
      return set("EvaluationFormArn", value);
    }
  }

  /**
   * Information about the task action. This field is required if <code>TriggerEventSource</code> is
   * one of the following values: <code>OnZendeskTicketCreate</code> |
   * <code>OnZendeskTicketStatusUpdate</code> | <code>OnSalesforceCaseCreate</code>
   *
   * <p>Property type {@code AWS::Connect::Rule.TaskAction}.
   */
  public static final class TaskAction extends Struct<TaskAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.TaskAction")
        .required("ContactFlowArn", "Name")
        .constrain("ContactFlowArn", Constraint.of().pattern("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*$"))
        .constrain("Description", Constraint.of().minLength(0).maxLength(4096))
        .constrain("Name", Constraint.of().minLength(1).maxLength(512))
        .build();

    public TaskAction() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the flow.
     *
     * <p>Required. Pattern: {@code
     * ^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code ContactFlowArn}.
     */
    public TaskAction contactFlowArn(String value) {
      return set("ContactFlowArn", Value.of(value));
    }

    /** Sets {@code ContactFlowArn} to this value; see {@link #contactFlowArn(String)}. */
    public TaskAction contactFlowArn(Value<String> value) {
      return set("ContactFlowArn", value);
    }

    /**
     * The description. Supports variable injection. For more information, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html">JSONPath
     * reference</a> in the <em>Connect Customer Administrators Guide</em> .
     *
     * <p>Length: 0 to 4096 characters. CloudFormation property {@code Description}.
     */
    public TaskAction description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TaskAction description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name. Supports variable injection. For more information, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html">JSONPath
     * reference</a> in the <em>Connect Customer Administrators Guide</em> .
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code Name}.
     */
    public TaskAction name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TaskAction name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Information about the reference when the <code>referenceType</code> is <code>URL</code> .
     * Otherwise, null. <code>URL</code> is the only accepted type. (Supports variable injection in
     * the <code>Value</code> field.)
     *
     * <p>CloudFormation property {@code References}.
     */
    public TaskAction references(Map<String, Reference> value) {
      return set("References", Value.mapOf(value));
    }

    /** Sets {@code References} to this value; see {@link #references(Map)}. */
    public TaskAction references(Value<Map<String, Reference>> value) {
      return set("References", value);
    }
  }

  /** Property type {@code AWS::Connect::Rule.UpdateCaseAction}. */
  public static final class UpdateCaseAction extends Struct<UpdateCaseAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Rule.UpdateCaseAction")
        .required("Fields")
        .build();

    public UpdateCaseAction() {
      super(SCHEMA);
    }

    /**
     * An array of case fields
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public UpdateCaseAction fields(List<Field> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public UpdateCaseAction fields(Value<List<Field>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public UpdateCaseAction fields(Field... values) {
      return set("Fields", Value.list(values));
    }
  }
}
