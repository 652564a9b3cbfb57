// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SES::CustomVerificationEmailTemplate.
 *
 * <p>CloudFormation type {@code AWS::SES::CustomVerificationEmailTemplate}.
 */
public final class CustomVerificationEmailTemplate extends Resource<CustomVerificationEmailTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::CustomVerificationEmailTemplate")
      .required("FailureRedirectionURL", "FromEmailAddress", "SuccessRedirectionURL",
          "TemplateContent", "TemplateName", "TemplateSubject")
      .constrain("TemplateName", Constraint.of().minLength(1).maxLength(64))
      .refYields("TemplateName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomVerificationEmailTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The URL that the recipient of the verification email is sent to if his or her address is not
   * successfully verified.
   *
   * <p>Required. CloudFormation property {@code FailureRedirectionURL}.
   */
  public CustomVerificationEmailTemplate failureRedirectionURL(String value) {
    return set("FailureRedirectionURL", Value.of(value));
  }

  /**
   * Sets {@code FailureRedirectionURL} to this value; see {@link #failureRedirectionURL(String)}.
   */
  public CustomVerificationEmailTemplate failureRedirectionURL(Value<String> value) {
    return set("FailureRedirectionURL", value);
  }

  /**
   * The email address that the custom verification email is sent from.
   *
   * <p>Required. CloudFormation property {@code FromEmailAddress}.
   */
  public CustomVerificationEmailTemplate fromEmailAddress(String value) {
    return set("FromEmailAddress", Value.of(value));
  }

  /** Sets {@code FromEmailAddress} to this value; see {@link #fromEmailAddress(String)}. */
  public CustomVerificationEmailTemplate fromEmailAddress(Value<String> value) {
    return set("FromEmailAddress", value);
  }

  /**
   * The URL that the recipient of the verification email is sent to if his or her address is
   * successfully verified.
   *
   * <p>Required. CloudFormation property {@code SuccessRedirectionURL}.
   */
  public CustomVerificationEmailTemplate successRedirectionURL(String value) {
    return set("SuccessRedirectionURL", Value.of(value));
  }

  /**
   * Sets {@code SuccessRedirectionURL} to this value; see {@link #successRedirectionURL(String)}.
   */
  public CustomVerificationEmailTemplate successRedirectionURL(Value<String> value) {
    return set("SuccessRedirectionURL", value);
  }

  /**
   * The tags (keys and values) associated with the tenant.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomVerificationEmailTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomVerificationEmailTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomVerificationEmailTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The content of the custom verification email. The total size of the email must be less than 10
   * MB. The message body may contain HTML, with some limitations.
   *
   * <p>Required. CloudFormation property {@code TemplateContent}.
   */
  public CustomVerificationEmailTemplate templateContent(String value) {
    return set("TemplateContent", Value.of(value));
  }

  /** Sets {@code TemplateContent} to this value; see {@link #templateContent(String)}. */
  public CustomVerificationEmailTemplate templateContent(Value<String> value) {
    return set("TemplateContent", value);
  }

  /**
   * The name of the custom verification email template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code TemplateName}.
   */
  public CustomVerificationEmailTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public CustomVerificationEmailTemplate templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * The subject line of the custom verification email.
   *
   * <p>Required. CloudFormation property {@code TemplateSubject}.
   */
  public CustomVerificationEmailTemplate templateSubject(String value) {
    return set("TemplateSubject", Value.of(value));
  }

  /** Sets {@code TemplateSubject} to this value; see {@link #templateSubject(String)}. */
  public CustomVerificationEmailTemplate templateSubject(Value<String> value) {
    return set("TemplateSubject", value);
  }
}
