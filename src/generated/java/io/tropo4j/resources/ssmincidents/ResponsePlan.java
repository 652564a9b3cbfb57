// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmincidents;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSMIncidents::ResponsePlan</code> resource specifies the details of the response
 * plan that are used when creating an incident.
 *
 * <p>CloudFormation type {@code AWS::SSMIncidents::ResponsePlan}.
 */
public final class ResponsePlan extends Resource<ResponsePlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan")
      .required("IncidentTemplate", "Name")
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(200))
      .constrain("Engagements", Constraint.of().pattern("^arn:aws(-(cn|us-gov))?:ssm-contacts:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]*$").minLength(1).maxLength(200))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResponsePlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The actions that the response plan starts at the beginning of an incident.
   *
   * <p>CloudFormation property {@code Actions}.
   */
  public ResponsePlan actions(List<Action> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public ResponsePlan actions(Value<List<Action>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public ResponsePlan actions(Action... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * The chat channel used for collaboration during an incident.
   *
   * <p>CloudFormation property {@code ChatChannel}.
   */
  public ResponsePlan chatChannel(Value<ChatChannel> value) {
    return set("ChatChannel", value);
  }

  /**
   * The human readable name of the response plan.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code DisplayName}.
   */
  public ResponsePlan displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public ResponsePlan displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the contacts and escalation plans that the response plan
   * engages during an incident.
   *
   * <p>Length: at most 1000 characters. Pattern: {@code
   * ^arn:aws(-(cn|us-gov))?:ssm-contacts:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. CloudFormation
   * property {@code Engagements}.
   */
  public ResponsePlan engagements(List<String> value) {
    return set("Engagements", Value.listOf(value));
  }

  /** Sets {@code Engagements} to this value; see {@link #engagements(List)}. */
  public ResponsePlan engagements(Value<List<String>> value) {
    return set("Engagements", value);
  }

  /**
   * Details used to create an incident when using this response plan.
   *
   * <p>Required. CloudFormation property {@code IncidentTemplate}.
   */
  public ResponsePlan incidentTemplate(Value<IncidentTemplate> value) {
    return set("IncidentTemplate", value);
  }

  /**
   * Information about third-party services integrated into the response plan.
   *
   * <p>CloudFormation property {@code Integrations}.
   */
  public ResponsePlan integrations(List<Integration> value) {
    return set("Integrations", Value.listOf(value));
  }

  /** Sets {@code Integrations} to this value; see {@link #integrations(List)}. */
  public ResponsePlan integrations(Value<List<Integration>> value) {
    return set("Integrations", value);
  }

  /** Sets {@code Integrations} to a list of these; see {@link #integrations(List)}. */
  public ResponsePlan integrations(Integration... values) {
    return set("Integrations", Value.list(values));
  }

  /**
   * The name of the response plan.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]*$}. CloudFormation property {@code Name}.
   */
  public ResponsePlan name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResponsePlan name(Value<String> value) {
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
  public ResponsePlan tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResponsePlan tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResponsePlan tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the response plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The <code>Action</code> property type specifies the configuration to launch.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::SSMIncidents::ResponsePlan.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * Details about the Systems Manager automation document that will be used as a runbook during
     * an incident.
     *
     * <p>CloudFormation property {@code SsmAutomation}.
     */
    public Action ssmAutomation(Value<SsmAutomation> value) {
      return set("SsmAutomation", value);
    }
  }

  /**
   * The chat channel used for collaboration during an incident.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.ChatChannel}.
   */
  public static final class ChatChannel extends Struct<ChatChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.ChatChannel")
        .constrain("ChatbotSns", Constraint.of().pattern("^arn:aws(-(cn|us-gov))?:sns:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").maxLength(1000).format("AWS::SNS::Topic.Arn"))
        .build();

    public ChatChannel() {
      super(SCHEMA);
    }

    /**
     * The Amazon targets that uses to notify the chat channel of updates to an incident. You can
     * also make updates to the incident through the chat channel by using the Amazon topics
     *
     * <p>Length: at most 1000 characters. Pattern: {@code
     * ^arn:aws(-(cn|us-gov))?:sns:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. Format: {@code
     * AWS::SNS::Topic.Arn}. CloudFormation property {@code ChatbotSns}.
     */
    public ChatChannel chatbotSns(List<String> value) {
      return set("ChatbotSns", Value.listOf(value));
    }

    /** Sets {@code ChatbotSns} to this value; see {@link #chatbotSns(List)}. */
    public ChatChannel chatbotSns(Value<List<String>> value) {
      return set("ChatbotSns", value);
    }
  }

  /**
   * When you add a runbook to a response plan, you can specify the parameters for the runbook to
   * use at runtime. Response plans support parameters with both static and dynamic values. For
   * static values, you enter the value when you define the parameter in the response plan. For
   * dynamic values, the system determines the correct parameter value by collecting information
   * from the incident. Incident Manager supports the following dynamic parameters:
   *
   * <p><em>Incident ARN</em>
   *
   * <p>When Incident Manager creates an incident, the system captures the Amazon Resource Name
   * (ARN) of the corresponding incident record and enters it for this parameter in the runbook.
   *
   * <p>This value can only be assigned to parameters of type <code>String</code> . If assigned to a
   * parameter of any other type, the runbook fails to run.
   *
   * <p><em>Involved resources</em>
   *
   * <p>When Incident Manager creates an incident, the system captures the ARNs of the resources
   * involved in the incident. These resource ARNs are then assigned to this parameter in the
   * runbook.
   *
   * <p>This value can only be assigned to parameters of type <code>StringList</code> . If assigned
   * to a parameter of any other type, the runbook fails to run.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.DynamicSsmParameter}.
   */
  public static final class DynamicSsmParameter extends Struct<DynamicSsmParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.DynamicSsmParameter")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(50))
        .build();

    public DynamicSsmParameter() {
      super(SCHEMA);
    }

    /**
     * The key parameter to use when running the Systems Manager Automation runbook.
     *
     * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code Key}.
     */
    public DynamicSsmParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public DynamicSsmParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The dynamic parameter value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public DynamicSsmParameter value(Value<DynamicSsmParameterValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The dynamic parameter value.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.DynamicSsmParameterValue}.
   */
  public static final class DynamicSsmParameterValue extends Struct<DynamicSsmParameterValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.DynamicSsmParameterValue")
        .allowed("Variable", "INCIDENT_RECORD_ARN", "INVOLVED_RESOURCES")
        .build();

    public DynamicSsmParameterValue() {
      super(SCHEMA);
    }

    /**
     * Variable dynamic parameters. A parameter value is determined when an incident is created.
     *
     * <p>Allowed values: {@code INCIDENT_RECORD_ARN}, {@code INVOLVED_RESOURCES}. CloudFormation
     * property {@code Variable}.
     */
    public DynamicSsmParameterValue variable(String value) {
      return set("Variable", Value.of(value));
    }

    /** Sets {@code Variable} to this value; see {@link #variable(String)}. */
    public DynamicSsmParameterValue variable(Value<String> value) {
      return set("Variable", value);
    }
  }

  /**
   * The <code>IncidentTemplate</code> property type specifies details used to create an incident
   * when using this response plan.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.IncidentTemplate}.
   */
  public static final class IncidentTemplate extends Struct<IncidentTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.IncidentTemplate")
        .required("Impact", "Title")
        .constrain("DedupeString", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Impact", Constraint.of().minimum(1).maximum(5))
        .constrain("Summary", Constraint.of().minLength(1).maxLength(4000))
        .constrain("Title", Constraint.of().maxLength(200))
        .build();

    public IncidentTemplate() {
      super(SCHEMA);
    }

    /**
     * Used to create only one incident record for an incident.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code DedupeString}.
     */
    public IncidentTemplate dedupeString(String value) {
      return set("DedupeString", Value.of(value));
    }

    /** Sets {@code DedupeString} to this value; see {@link #dedupeString(String)}. */
    public IncidentTemplate dedupeString(Value<String> value) {
      return set("DedupeString", value);
    }

    /**
     * Defines the impact to the customers. Providing an impact overwrites the impact provided by a
     * response plan.
     *
     * <p><b>Possible impacts:</b> - <code>1</code> - Critical impact, this typically relates to
     * full application failure that impacts many to all customers.
     *
     * <ul> <li><code>2</code> - High impact, partial application failure with impact to many
     * customers. <li><code>3</code> - Medium impact, the application is providing reduced service
     * to customers. <li><code>4</code> - Low impact, customer might aren't impacted by the problem
     * yet. <li><code>5</code> - No impact, customers aren't currently impacted but urgent action is
     * needed to avoid impact. </ul>
     *
     * <p>Required. Range: 1 to 5. CloudFormation property {@code Impact}.
     */
    public IncidentTemplate impact(int value) {
      return set("Impact", Value.of(value));
    }

    /** Sets {@code Impact} to this value; see {@link #impact(int)}. */
    public IncidentTemplate impact(Value<Integer> value) {
      return set("Impact", value);
    }

    /**
     * Tags to assign to the template. When the <code>StartIncident</code> API action is called,
     * Incident Manager assigns the tags specified in the template to the incident.
     *
     * <p>CloudFormation property {@code IncidentTags}.
     */
    public IncidentTemplate incidentTags(List<Tag> value) {
      return set("IncidentTags", Value.listOf(value));
    }

    /** Sets {@code IncidentTags} to this value; see {@link #incidentTags(List)}. */
    public IncidentTemplate incidentTags(Value<List<Tag>> value) {
      return set("IncidentTags", value);
    }

    /**
     * The Amazon Simple Notification Service ( Amazon ) targets that uses to notify the chat
     * channel of updates to an incident. You can also make updates to the incident through the chat
     * channel using the Amazon topics.
     *
     * <p>CloudFormation property {@code NotificationTargets}.
     */
    public IncidentTemplate notificationTargets(List<NotificationTargetItem> value) {
      return set("NotificationTargets", Value.listOf(value));
    }

    /** Sets {@code NotificationTargets} to this value; see {@link #notificationTargets(List)}. */
    public IncidentTemplate notificationTargets(Value<List<NotificationTargetItem>> value) {
      return set("NotificationTargets", value);
    }

    /**
     * Sets {@code NotificationTargets} to a list of these; see {@link #notificationTargets(List)}.
     */
    public IncidentTemplate notificationTargets(NotificationTargetItem... values) {
      return set("NotificationTargets", Value.list(values));
    }

    /**
     * The summary describes what has happened during the incident.
     *
     * <p>Length: 1 to 4000 characters. CloudFormation property {@code Summary}.
     */
    public IncidentTemplate summary(String value) {
      return set("Summary", Value.of(value));
    }

    /** Sets {@code Summary} to this value; see {@link #summary(String)}. */
    public IncidentTemplate summary(Value<String> value) {
      return set("Summary", value);
    }

    /**
     * The title of the incident is a brief and easily recognizable.
     *
     * <p>Required. Length: at most 200 characters. CloudFormation property {@code Title}.
     */
    public IncidentTemplate title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public IncidentTemplate title(Value<String> value) {
      return set("Title", value);
    }
  }

  /**
   * Information about third-party services integrated into a response plan.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.Integration}.
   */
  public static final class Integration extends Struct<Integration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.Integration")
        .required("PagerDutyConfiguration")
        .build();

    public Integration() {
      super(SCHEMA);
    }

    /**
     * Information about the PagerDuty service where the response plan creates an incident.
     *
     * <p>Required. CloudFormation property {@code PagerDutyConfiguration}.
     */
    public Integration pagerDutyConfiguration(Value<PagerDutyConfiguration> value) {
      return set("PagerDutyConfiguration", value);
    }
  }

  /**
   * The Amazon topic that's used by to notify the incidents chat channel.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.NotificationTargetItem}.
   */
  public static final class NotificationTargetItem extends Struct<NotificationTargetItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.NotificationTargetItem")
        .constrain("SnsTopicArn", Constraint.of().pattern("^arn:aws(-(cn|us-gov))?:sns:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").maxLength(1000).format("AWS::SNS::Topic.Arn"))
        .build();

    public NotificationTargetItem() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon topic.
     *
     * <p>Length: at most 1000 characters. Pattern: {@code
     * ^arn:aws(-(cn|us-gov))?:sns:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. Format: {@code
     * AWS::SNS::Topic.Arn}. CloudFormation property {@code SnsTopicArn}.
     */
    public NotificationTargetItem snsTopicArn(String value) {
      return set("SnsTopicArn", Value.of(value));
    }

    /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
    public NotificationTargetItem snsTopicArn(Value<String> value) {
      return set("SnsTopicArn", value);
    }
  }

  /**
   * Details about the PagerDuty configuration for a response plan.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.PagerDutyConfiguration}.
   */
  public static final class PagerDutyConfiguration extends Struct<PagerDutyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.PagerDutyConfiguration")
        .required("Name", "PagerDutyIncidentConfiguration", "SecretId")
        .constrain("Name", Constraint.of().minLength(1).maxLength(200))
        .constrain("SecretId", Constraint.of().minLength(1).maxLength(512))
        .build();

    public PagerDutyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the PagerDuty configuration.
     *
     * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code Name}.
     */
    public PagerDutyConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PagerDutyConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Details about the PagerDuty service associated with the configuration.
     *
     * <p>Required. CloudFormation property {@code PagerDutyIncidentConfiguration}.
     */
    public PagerDutyConfiguration pagerDutyIncidentConfiguration(Value<PagerDutyIncidentConfiguration> value) {
      return set("PagerDutyIncidentConfiguration", value);
    }

    /**
     * The ID of the AWS Secrets Manager secret that stores your PagerDuty key, either a General
     * Access REST API Key or User Token REST API Key, and other user credentials.
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code SecretId}.
     */
    public PagerDutyConfiguration secretId(String value) {
      return set("SecretId", Value.of(value));
    }

    /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
    public PagerDutyConfiguration secretId(Value<String> value) {
      return set("SecretId", value);
    }
  }

  /**
   * Details about the PagerDuty service where the response plan creates an incident.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.PagerDutyIncidentConfiguration}.
   */
  public static final class PagerDutyIncidentConfiguration extends Struct<PagerDutyIncidentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.PagerDutyIncidentConfiguration")
        .required("ServiceId")
        .constrain("ServiceId", Constraint.of().minLength(1).maxLength(200))
        .build();

    public PagerDutyIncidentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the PagerDuty service that the response plan associates with an incident when it
     * launches.
     *
     * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code ServiceId}.
     */
    public PagerDutyIncidentConfiguration serviceId(String value) {
      return set("ServiceId", Value.of(value));
    }

    /** Sets {@code ServiceId} to this value; see {@link #serviceId(String)}. */
    public PagerDutyIncidentConfiguration serviceId(Value<String> value) {
      return set("ServiceId", value);
    }
  }

  /**
   * The <code>SsmAutomation</code> property type specifies details about the Systems Manager
   * Automation runbook that will be used as the runbook during an incident.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.SsmAutomation}.
   */
  public static final class SsmAutomation extends Struct<SsmAutomation> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.SsmAutomation")
        .required("DocumentName", "RoleArn")
        .constrain("DocumentName", Constraint.of().maxLength(128))
        .constrain("DocumentVersion", Constraint.of().maxLength(128))
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-(cn|us-gov))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").maxLength(1000).format("AWS::IAM::Role.Arn"))
        .allowed("TargetAccount", "IMPACTED_ACCOUNT", "RESPONSE_PLAN_OWNER_ACCOUNT")
        .build();

    public SsmAutomation() {
      super(SCHEMA);
    }

    /**
     * The automation document's name.
     *
     * <p>Required. Length: at most 128 characters. CloudFormation property {@code DocumentName}.
     */
    public SsmAutomation documentName(String value) {
      return set("DocumentName", Value.of(value));
    }

    /** Sets {@code DocumentName} to this value; see {@link #documentName(String)}. */
    public SsmAutomation documentName(Value<String> value) {
      return set("DocumentName", value);
    }

    /**
     * The version of the runbook to use when running.
     *
     * <p>Length: at most 128 characters. CloudFormation property {@code DocumentVersion}.
     */
    public SsmAutomation documentVersion(String value) {
      return set("DocumentVersion", Value.of(value));
    }

    /** Sets {@code DocumentVersion} to this value; see {@link #documentVersion(String)}. */
    public SsmAutomation documentVersion(Value<String> value) {
      return set("DocumentVersion", value);
    }

    /**
     * The key-value pairs to resolve dynamic parameter values when processing a Systems Manager
     * Automation runbook.
     *
     * <p>CloudFormation property {@code DynamicParameters}.
     */
    public SsmAutomation dynamicParameters(List<DynamicSsmParameter> value) {
      return set("DynamicParameters", Value.listOf(value));
    }

    /** Sets {@code DynamicParameters} to this value; see {@link #dynamicParameters(List)}. */
    public SsmAutomation dynamicParameters(Value<List<DynamicSsmParameter>> value) {
      return set("DynamicParameters", value);
    }

    /** Sets {@code DynamicParameters} to a list of these; see {@link #dynamicParameters(List)}. */
    public SsmAutomation dynamicParameters(DynamicSsmParameter... values) {
      return set("DynamicParameters", Value.list(values));
    }

    /**
     * The key-value pair parameters to use when running the runbook.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public SsmAutomation parameters(List<SsmParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public SsmAutomation parameters(Value<List<SsmParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public SsmAutomation parameters(SsmParameter... values) {
      return set("Parameters", Value.list(values));
    }

    /**
     * The Amazon Resource Name (ARN) of the role that the automation document will assume when
     * running commands.
     *
     * <p>Required. Length: at most 1000 characters. Pattern: {@code
     * ^arn:aws(-(cn|us-gov))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public SsmAutomation roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SsmAutomation roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The account that the automation document will be run in. This can be in either the management
     * account or an application account.
     *
     * <p>Allowed values: {@code IMPACTED_ACCOUNT}, {@code RESPONSE_PLAN_OWNER_ACCOUNT}.
     * CloudFormation property {@code TargetAccount}.
     */
    public SsmAutomation targetAccount(String value) {
      return set("TargetAccount", Value.of(value));
    }

    /** Sets {@code TargetAccount} to this value; see {@link #targetAccount(String)}. */
    public SsmAutomation targetAccount(Value<String> value) {
      return set("TargetAccount", value);
    }
  }

  /**
   * The key-value pair parameters to use when running the Automation runbook.
   *
   * <p>Property type {@code AWS::SSMIncidents::ResponsePlan.SsmParameter}.
   */
  public static final class SsmParameter extends Struct<SsmParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ResponsePlan.SsmParameter")
        .required("Key", "Values")
        .constrain("Key", Constraint.of().minLength(1).maxLength(50))
        .constrain("Values", Constraint.of().maxLength(10000))
        .build();

    public SsmParameter() {
      super(SCHEMA);
    }

    /**
     * The key parameter to use when running the Automation runbook.
     *
     * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code Key}.
     */
    public SsmParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public SsmParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value parameter to use when running the Automation runbook.
     *
     * <p>Required. Length: at most 10000 characters. CloudFormation property {@code Values}.
     */
    public SsmParameter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public SsmParameter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
