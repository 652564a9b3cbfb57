// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates a message template that you can use in messages that are sent through the email channel.
 * A <em>message template</em> is a set of content and settings that you can define, save, and reuse
 * in messages for any of your Amazon Pinpoint applications.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::EmailTemplate}.
 */
public final class EmailTemplate extends Resource<EmailTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::EmailTemplate")
      .required("Subject", "TemplateName")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public EmailTemplate(String logicalId) {
    super(logicalId, SCHEMA);
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
  public EmailTemplate defaultSubstitutions(String value) {
    return set("DefaultSubstitutions", Value.of(value));
  }

  /** Sets {@code DefaultSubstitutions} to this value; see {@link #defaultSubstitutions(String)}. */
  public EmailTemplate defaultSubstitutions(Value<String> value) {
    return set("DefaultSubstitutions", value);
  }

  /**
   * The message body, in HTML format, to use in email messages that are based on the message
   * template. We recommend using HTML format for email clients that render HTML content. You can
   * include links, formatted text, and more in an HTML message.
   *
   * <p>CloudFormation property {@code HtmlPart}.
   */
  public EmailTemplate htmlPart(String value) {
    return set("HtmlPart", Value.of(value));
  }

  /** Sets {@code HtmlPart} to this value; see {@link #htmlPart(String)}. */
  public EmailTemplate htmlPart(Value<String> value) {
    return set("HtmlPart", value);
  }

  /**
   * The subject line, or title, to use in email messages that are based on the message template.
   *
   * <p>Required. CloudFormation property {@code Subject}.
   */
  public EmailTemplate subject(String value) {
    return set("Subject", Value.of(value));
  }

  /** Sets {@code Subject} to this value; see {@link #subject(String)}. */
  public EmailTemplate subject(Value<String> value) {
    return set("Subject", value);
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
  public EmailTemplate tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public EmailTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A custom description of the message template.
   *
   * <p>CloudFormation property {@code TemplateDescription}.
   */
  public EmailTemplate templateDescription(String value) {
    return set("TemplateDescription", Value.of(value));
  }

  /** Sets {@code TemplateDescription} to this value; see {@link #templateDescription(String)}. */
  public EmailTemplate templateDescription(Value<String> value) {
    return set("TemplateDescription", value);
  }

  /**
   * The name of the message template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TemplateName}.
   */
  public EmailTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public EmailTemplate templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * The message body, in plain text format, to use in email messages that are based on the message
   * template. We recommend using plain text format for email clients that don't render HTML content
   * and clients that are connected to high-latency networks, such as mobile devices.
   *
   * <p>CloudFormation property {@code TextPart}.
   */
  public EmailTemplate textPart(String value) {
    return set("TextPart", Value.of(value));
  }

  /** Sets {@code TextPart} to this value; see {@link #textPart(String)}. */
  public EmailTemplate textPart(Value<String> value) {
    return set("TextPart", value);
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
