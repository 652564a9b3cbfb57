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
 * Defines an action that can be applied to audit findings by using StartAuditMitigationActionsTask.
 * For API reference, see <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreateMitigationAction.html">CreateMitigationAction</a>
 * and for general information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/dd-mitigation-actions.html">Mitigation
 * actions</a> .
 *
 * <p>CloudFormation type {@code AWS::IoT::MitigationAction}.
 */
public final class MitigationAction extends Resource<MitigationAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction")
      .required("ActionParams", "RoleArn")
      .constrain("ActionName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("ActionName")
      .attributes("MitigationActionArn", "MitigationActionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MitigationAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The friendly name of the mitigation action.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code ActionName}.
   */
  public MitigationAction actionName(String value) {
    return set("ActionName", Value.of(value));
  }

  /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
  public MitigationAction actionName(Value<String> value) {
    return set("ActionName", value);
  }

  /**
   * The set of parameters for this mitigation action. The parameters vary, depending on the kind of
   * action you apply.
   *
   * <p>Required. CloudFormation property {@code ActionParams}.
   */
  public MitigationAction actionParams(Value<ActionParams> value) {
    return set("ActionParams", value);
  }

  /**
   * The IAM role ARN used to apply this mitigation action.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public MitigationAction roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public MitigationAction roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Metadata that can be used to manage the mitigation action.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MitigationAction tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MitigationAction tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MitigationAction tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the mitigation action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MitigationActionArn}.
   */
  public Value<String> mitigationActionArn() {
    return getAtt("MitigationActionArn");
  }

  /**
   * The ID of the mitigation action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MitigationActionId}.
   */
  public Value<String> mitigationActionId() {
    return getAtt("MitigationActionId");
  }

  /**
   * Defines the type of action and the parameters for that action.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.ActionParams}.
   */
  public static final class ActionParams extends Struct<ActionParams> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::MitigationAction.ActionParams");

    public ActionParams() {
      super(SCHEMA);
    }

    /**
     * Specifies the group to which you want to add the devices.
     *
     * <p>CloudFormation property {@code AddThingsToThingGroupParams}.
     */
    public ActionParams addThingsToThingGroupParams(Value<AddThingsToThingGroupParams> value) {
      return set("AddThingsToThingGroupParams", value);
    }

    /**
     * Specifies the logging level and the role with permissions for logging. You cannot specify a
     * logging level of <code>DISABLED</code> .
     *
     * <p>CloudFormation property {@code EnableIoTLoggingParams}.
     */
    public ActionParams enableIoTLoggingParams(Value<EnableIoTLoggingParams> value) {
      return set("EnableIoTLoggingParams", value);
    }

    /**
     * Specifies the topic to which the finding should be published.
     *
     * <p>CloudFormation property {@code PublishFindingToSnsParams}.
     */
    public ActionParams publishFindingToSnsParams(Value<PublishFindingToSnsParams> value) {
      return set("PublishFindingToSnsParams", value);
    }

    /**
     * Replaces the policy version with a default or blank policy. You specify the template name.
     * Only a value of <code>BLANK_POLICY</code> is currently supported.
     *
     * <p>CloudFormation property {@code ReplaceDefaultPolicyVersionParams}.
     */
    public ActionParams replaceDefaultPolicyVersionParams(Value<ReplaceDefaultPolicyVersionParams> value) {
      return set("ReplaceDefaultPolicyVersionParams", value);
    }

    /**
     * Specifies the new state for the CA certificate. Only a value of <code>DEACTIVATE</code> is
     * currently supported.
     *
     * <p>CloudFormation property {@code UpdateCACertificateParams}.
     */
    public ActionParams updateCACertificateParams(Value<UpdateCACertificateParams> value) {
      return set("UpdateCACertificateParams", value);
    }

    /**
     * Specifies the new state for a device certificate. Only a value of <code>DEACTIVATE</code> is
     * currently supported.
     *
     * <p>CloudFormation property {@code UpdateDeviceCertificateParams}.
     */
    public ActionParams updateDeviceCertificateParams(Value<UpdateDeviceCertificateParams> value) {
      return set("UpdateDeviceCertificateParams", value);
    }
  }

  /**
   * Parameters used when defining a mitigation action that move a set of things to a thing group.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.AddThingsToThingGroupParams}.
   */
  public static final class AddThingsToThingGroupParams extends Struct<AddThingsToThingGroupParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction.AddThingsToThingGroupParams")
        .required("ThingGroupNames")
        .constrain("ThingGroupNames", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(128))
        .build();

    public AddThingsToThingGroupParams() {
      super(SCHEMA);
    }

    /**
     * Specifies if this mitigation action can move the things that triggered the mitigation action
     * even if they are part of one or more dynamic thing groups.
     *
     * <p>CloudFormation property {@code OverrideDynamicGroups}.
     */
    public AddThingsToThingGroupParams overrideDynamicGroups(boolean value) {
      return set("OverrideDynamicGroups", Value.of(value));
    }

    /**
     * Sets {@code OverrideDynamicGroups} to this value; see {@link
     * #overrideDynamicGroups(boolean)}.
     */
    public AddThingsToThingGroupParams overrideDynamicGroups(Value<Boolean> value) {
      return set("OverrideDynamicGroups", value);
    }

    /**
     * The list of groups to which you want to add the things that triggered the mitigation action.
     * You can add a thing to a maximum of 10 groups, but you can't add a thing to more than one
     * group in the same hierarchy.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9:_-]+$}. CloudFormation
     * property {@code ThingGroupNames}.
     */
    public AddThingsToThingGroupParams thingGroupNames(List<String> value) {
      return set("ThingGroupNames", Value.listOf(value));
    }

    /** Sets {@code ThingGroupNames} to this value; see {@link #thingGroupNames(List)}. */
    public AddThingsToThingGroupParams thingGroupNames(Value<List<String>> value) {
      return set("ThingGroupNames", value);
    }
  }

  /**
   * Parameters used when defining a mitigation action that enable AWS IoT Core logging.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.EnableIoTLoggingParams}.
   */
  public static final class EnableIoTLoggingParams extends Struct<EnableIoTLoggingParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction.EnableIoTLoggingParams")
        .required("LogLevel", "RoleArnForLogging")
        .allowed("LogLevel", "DEBUG", "INFO", "ERROR", "WARN", "UNSET_VALUE")
        .constrain("RoleArnForLogging", Constraint.of().minLength(11).maxLength(2048))
        .build();

    public EnableIoTLoggingParams() {
      super(SCHEMA);
    }

    /**
     * Specifies the type of information to be logged.
     *
     * <p>Required. Allowed values: {@code DEBUG}, {@code INFO}, {@code ERROR}, {@code WARN}, {@code
     * UNSET_VALUE}. CloudFormation property {@code LogLevel}.
     */
    public EnableIoTLoggingParams logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public EnableIoTLoggingParams logLevel(Value<String> value) {
      return set("LogLevel", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role used for logging.
     *
     * <p>Required. Length: 11 to 2048 characters. CloudFormation property {@code
     * RoleArnForLogging}.
     */
    public EnableIoTLoggingParams roleArnForLogging(String value) {
      return set("RoleArnForLogging", Value.of(value));
    }

    /** Sets {@code RoleArnForLogging} to this value; see {@link #roleArnForLogging(String)}. */
    public EnableIoTLoggingParams roleArnForLogging(Value<String> value) {
      return set("RoleArnForLogging", value);
    }
  }

  /**
   * Parameters to define a mitigation action that publishes findings to Amazon SNS. You can
   * implement your own custom actions in response to the Amazon SNS messages.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.PublishFindingToSnsParams}.
   */
  public static final class PublishFindingToSnsParams extends Struct<PublishFindingToSnsParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction.PublishFindingToSnsParams")
        .required("TopicArn")
        .constrain("TopicArn", Constraint.of().minLength(11).maxLength(2048).format("AWS::SNS::Topic.Arn"))
        .build();

    public PublishFindingToSnsParams() {
      super(SCHEMA);
    }

    /**
     * The ARN of the topic to which you want to publish the findings.
     *
     * <p>Required. Length: 11 to 2048 characters. Format: {@code AWS::SNS::Topic.Arn}.
     * CloudFormation property {@code TopicArn}.
     */
    public PublishFindingToSnsParams topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public PublishFindingToSnsParams topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /**
   * Parameters to define a mitigation action that adds a blank policy to restrict permissions.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.ReplaceDefaultPolicyVersionParams}.
   */
  public static final class ReplaceDefaultPolicyVersionParams extends Struct<ReplaceDefaultPolicyVersionParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction.ReplaceDefaultPolicyVersionParams")
        .required("TemplateName")
        .allowed("TemplateName", "BLANK_POLICY", "UNSET_VALUE")
        .build();

    public ReplaceDefaultPolicyVersionParams() {
      super(SCHEMA);
    }

    /**
     * The name of the template to be applied. The only supported value is <code>BLANK_POLICY</code>
     * .
     *
     * <p>Required. Allowed values: {@code BLANK_POLICY}, {@code UNSET_VALUE}. CloudFormation
     * property {@code TemplateName}.
     */
    public ReplaceDefaultPolicyVersionParams templateName(String value) {
      return set("TemplateName", Value.of(value));
    }

    /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
    public ReplaceDefaultPolicyVersionParams templateName(Value<String> value) {
      return set("TemplateName", value);
    }
  }

  /**
   * Parameters to define a mitigation action that changes the state of the CA certificate to
   * inactive.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.UpdateCACertificateParams}.
   */
  public static final class UpdateCACertificateParams extends Struct<UpdateCACertificateParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction.UpdateCACertificateParams")
        .required("Action")
        .allowed("Action", "DEACTIVATE", "UNSET_VALUE")
        .build();

    public UpdateCACertificateParams() {
      super(SCHEMA);
    }

    /**
     * The action that you want to apply to the CA certificate. The only supported value is
     * <code>DEACTIVATE</code> .
     *
     * <p>Required. Allowed values: {@code DEACTIVATE}, {@code UNSET_VALUE}. CloudFormation property
     * {@code Action}.
     */
    public UpdateCACertificateParams action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public UpdateCACertificateParams action(Value<String> value) {
      return set("Action", value);
    }
  }

  /**
   * Parameters to define a mitigation action that changes the state of the device certificate to
   * inactive.
   *
   * <p>Property type {@code AWS::IoT::MitigationAction.UpdateDeviceCertificateParams}.
   */
  public static final class UpdateDeviceCertificateParams extends Struct<UpdateDeviceCertificateParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::MitigationAction.UpdateDeviceCertificateParams")
        .required("Action")
        .allowed("Action", "DEACTIVATE", "UNSET_VALUE")
        .build();

    public UpdateDeviceCertificateParams() {
      super(SCHEMA);
    }

    /**
     * The action that you want to apply to the device certificate. The only supported value is
     * <code>DEACTIVATE</code> .
     *
     * <p>Required. Allowed values: {@code DEACTIVATE}, {@code UNSET_VALUE}. CloudFormation property
     * {@code Action}.
     */
    public UpdateDeviceCertificateParams action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public UpdateDeviceCertificateParams action(Value<String> value) {
      return set("Action", value);
    }
  }
}
