// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates a message template that you can use in messages that are sent through the SMS channel. A
 * <em>message template</em> is a set of content and settings that you can define, save, and reuse
 * in messages for any of your Amazon Pinpoint applications.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::SmsTemplate}.
 */
public final class SmsTemplate extends Resource<SmsTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::SmsTemplate")
      .required("Body", "TemplateName")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SmsTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The message body to use in text messages that are based on the message template.
   *
   * <p>Required. CloudFormation property {@code Body}.
   */
  public SmsTemplate body(String value) {
    return set("Body", Value.of(value));
  }

  /** Sets {@code Body} to this value; see {@link #body(String)}. */
  public SmsTemplate body(Value<String> value) {
    return set("Body", value);
  }

  /**
   * A JSON object that specifies the default values to use for message variables in the message
   * template. This object is a set of key-value pairs. Each key defines a message variable in the
   * template. The corresponding value defines the default value for that variable. When you create
   * a message that's based on the template, you can override these defaults with message-specific
   * and address-specific variables and values.
   *
   * <p>CloudFormation property {@code DefaultSubstitutions}.
   */
  public SmsTemplate defaultSubstitutions(String value) {
    return set("DefaultSubstitutions", Value.of(value));
  }

  /** Sets {@code DefaultSubstitutions} to this value; see {@link #defaultSubstitutions(String)}. */
  public SmsTemplate defaultSubstitutions(Value<String> value) {
    return set("DefaultSubstitutions", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public SmsTemplate tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public SmsTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A custom description of the message template.
   *
   * <p>CloudFormation property {@code TemplateDescription}.
   */
  public SmsTemplate templateDescription(String value) {
    return set("TemplateDescription", Value.of(value));
  }

  /** Sets {@code TemplateDescription} to this value; see {@link #templateDescription(String)}. */
  public SmsTemplate templateDescription(Value<String> value) {
    return set("TemplateDescription", value);
  }

  /**
   * The name of the message template to use for the message. If specified, this value must match
   * the name of an existing message template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TemplateName}.
   */
  public SmsTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public SmsTemplate templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the message template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
