// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chatbot;

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
 * AWS Chatbot is now . <a
 * href="https://docs.aws.amazon.com//chatbot/latest/adminguide/service-rename.html">Learn more</a>
 * <code>Type</code> attribute values remain unchanged.
 *
 * <p>CloudFormation type {@code AWS::Chatbot::CustomAction}.
 */
public final class CustomAction extends Resource<CustomAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chatbot::CustomAction")
      .required("ActionName", "Definition")
      .constrain("ActionName", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,64}$").minLength(1).maxLength(64))
      .constrain("AliasName", Constraint.of().pattern("^[A-Za-z0-9-_]+$").minLength(1).maxLength(30))
      .refYields("CustomActionArn")
      .attributes("CustomActionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the custom action. This name is included in the Amazon Resource Name (ARN).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]{1,64}$}. CloudFormation property {@code ActionName}.
   */
  public CustomAction actionName(String value) {
    return set("ActionName", Value.of(value));
  }

  /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
  public CustomAction actionName(Value<String> value) {
    return set("ActionName", value);
  }

  /**
   * The name used to invoke this action in a chat channel. For example, <code>&#64;Amazon Q run
   * my-alias</code> .
   *
   * <p>Length: 1 to 30 characters. Pattern: {@code ^[A-Za-z0-9-_]+$}. CloudFormation property
   * {@code AliasName}.
   */
  public CustomAction aliasName(String value) {
    return set("AliasName", Value.of(value));
  }

  /** Sets {@code AliasName} to this value; see {@link #aliasName(String)}. */
  public CustomAction aliasName(Value<String> value) {
    return set("AliasName", value);
  }

  /**
   * Defines when this custom action button should be attached to a notification.
   *
   * <p>CloudFormation property {@code Attachments}.
   */
  public CustomAction attachments(List<CustomActionAttachment> value) {
    return set("Attachments", Value.listOf(value));
  }

  /** Sets {@code Attachments} to this value; see {@link #attachments(List)}. */
  public CustomAction attachments(Value<List<CustomActionAttachment>> value) {
    return set("Attachments", value);
  }

  /** Sets {@code Attachments} to a list of these; see {@link #attachments(List)}. */
  public CustomAction attachments(CustomActionAttachment... values) {
    return set("Attachments", Value.list(values));
  }

  /**
   * The definition of the command to run when invoked as an alias or as an action button.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public CustomAction definition(Value<CustomActionDefinition> value) {
    return set("Definition", value);
  }

  /**
   * The tags to add to the configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomAction tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomAction tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomAction tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The fully defined ARN of the custom action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CustomActionArn}.
   */
  public Value<String> customActionArn() {
    return getAtt("CustomActionArn");
  }

  /**
   * AWS Chatbot is now . <a
   * href="https://docs.aws.amazon.com//chatbot/latest/adminguide/service-rename.html">Learn
   * more</a> <code>Type</code> attribute values remain unchanged.
   *
   * <p>Defines when a custom action button should be attached to a notification.
   *
   * <p>Property type {@code AWS::Chatbot::CustomAction.CustomActionAttachment}.
   */
  public static final class CustomActionAttachment extends Struct<CustomActionAttachment> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chatbot::CustomAction.CustomActionAttachment")
        .constrain("ButtonText", Constraint.of().pattern("^[\\S\\s]+$").minLength(1).maxLength(50))
        .constrain("NotificationType", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(100))
        .build();

    public CustomActionAttachment() {
      super(SCHEMA);
    }

    /**
     * The text of the button that appears on the notification.
     *
     * <p>Length: 1 to 50 characters. Pattern: {@code ^[&#92;S&#92;s]+$}. CloudFormation property
     * {@code ButtonText}.
     */
    public CustomActionAttachment buttonText(String value) {
      return set("ButtonText", Value.of(value));
    }

    /** Sets {@code ButtonText} to this value; see {@link #buttonText(String)}. */
    public CustomActionAttachment buttonText(Value<String> value) {
      return set("ButtonText", value);
    }

    /**
     * The criteria for when a button should be shown based on values in the notification.
     *
     * <p>CloudFormation property {@code Criteria}.
     */
    public CustomActionAttachment criteria(List<CustomActionAttachmentCriteria> value) {
      return set("Criteria", Value.listOf(value));
    }

    /** Sets {@code Criteria} to this value; see {@link #criteria(List)}. */
    public CustomActionAttachment criteria(Value<List<CustomActionAttachmentCriteria>> value) {
      return set("Criteria", value);
    }

    /** Sets {@code Criteria} to a list of these; see {@link #criteria(List)}. */
    public CustomActionAttachment criteria(CustomActionAttachmentCriteria... values) {
      return set("Criteria", Value.list(values));
    }

    /**
     * The type of notification that the custom action should be attached to.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation property
     * {@code NotificationType}.
     */
    public CustomActionAttachment notificationType(String value) {
      return set("NotificationType", Value.of(value));
    }

    /** Sets {@code NotificationType} to this value; see {@link #notificationType(String)}. */
    public CustomActionAttachment notificationType(Value<String> value) {
      return set("NotificationType", value);
    }

    /**
     * The variables to extract from the notification.
     *
     * <p>CloudFormation property {@code Variables}.
     */
    public CustomActionAttachment variables(Map<String, String> value) {
      return set("Variables", Value.mapOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(Map)}. */
    public CustomActionAttachment variables(Value<Map<String, String>> value) {
      return set("Variables", value);
    }
  }

  /**
   * AWS Chatbot is now . <a
   * href="https://docs.aws.amazon.com//chatbot/latest/adminguide/service-rename.html">Learn
   * more</a> <code>Type</code> attribute values remain unchanged.
   *
   * <p>A criteria for when a button should be shown based on values in the notification.
   *
   * <p>Property type {@code AWS::Chatbot::CustomAction.CustomActionAttachmentCriteria}.
   */
  public static final class CustomActionAttachmentCriteria extends Struct<CustomActionAttachmentCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chatbot::CustomAction.CustomActionAttachmentCriteria")
        .required("Operator", "VariableName")
        .allowed("Operator", "HAS_VALUE", "EQUALS")
        .constrain("Value", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public CustomActionAttachmentCriteria() {
      super(SCHEMA);
    }

    /**
     * The operation to perform on the named variable.
     *
     * <p>Required. Allowed values: {@code HAS_VALUE}, {@code EQUALS}. CloudFormation property
     * {@code Operator}.
     */
    public CustomActionAttachmentCriteria operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public CustomActionAttachmentCriteria operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * A value that is compared with the actual value of the variable based on the behavior of the
     * operator.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Value}.
     */
    public CustomActionAttachmentCriteria value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomActionAttachmentCriteria value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * The name of the variable to operate on.
     *
     * <p>Required. CloudFormation property {@code VariableName}.
     */
    public CustomActionAttachmentCriteria variableName(String value) {
      return set("VariableName", Value.of(value));
    }

    /** Sets {@code VariableName} to this value; see {@link #variableName(String)}. */
    public CustomActionAttachmentCriteria variableName(Value<String> value) {
      return set("VariableName", value);
    }
  }

  /**
   * AWS Chatbot is now . <a
   * href="https://docs.aws.amazon.com//chatbot/latest/adminguide/service-rename.html">Learn
   * more</a> <code>Type</code> attribute values remain unchanged.
   *
   * <p>The definition of the command to run when invoked as an alias or as an action button.
   *
   * <p>Property type {@code AWS::Chatbot::CustomAction.CustomActionDefinition}.
   */
  public static final class CustomActionDefinition extends Struct<CustomActionDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chatbot::CustomAction.CustomActionDefinition")
        .required("CommandText")
        .constrain("CommandText", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public CustomActionDefinition() {
      super(SCHEMA);
    }

    /**
     * The command string to run which may include variables by prefixing with a dollar sign ($).
     *
     * <p>Required. Length: 1 to 5000 characters. CloudFormation property {@code CommandText}.
     */
    public CustomActionDefinition commandText(String value) {
      return set("CommandText", Value.of(value));
    }

    /** Sets {@code CommandText} to this value; see {@link #commandText(String)}. */
    public CustomActionDefinition commandText(Value<String> value) {
      return set("CommandText", value);
    }
  }
}
