// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an email template. Email templates enable you to send personalized email to one or more
 * destinations in a single API operation.
 *
 * <p>CloudFormation type {@code AWS::SES::Template}.
 */
public final class Template extends Resource<Template> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::Template")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Template(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tags (keys and values) associated with the email template.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Template tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Template tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Template tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The content of the email, composed of a subject line and either an HTML part or a text-only
   * part.
   *
   * <p>CloudFormation property {@code Template}.
   */
  public Template template(Value<TemplateProperty> value) {
    return set("Template", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An object that defines the email template to use for an email message, and the values to use
   * for any message variables in that template. An <em>email template</em> is a type of message
   * template that contains content that you want to reuse in email messages that you send. You can
   * specifiy the email template by providing the name or ARN of an <em>email template</em>
   * previously saved in your Amazon SES account or by providing the full template content.
   *
   * <p>Property type {@code AWS::SES::Template.Template}.
   */
  public static final class TemplateProperty extends Struct<TemplateProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::Template.Template")
        .required("SubjectPart")
        .constrain("TemplateName", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,64}$").minLength(1).maxLength(64))
        .build();

    public TemplateProperty() {
      super(SCHEMA);
    }

    /**
     * The HTML body of the email.
     *
     * <p>CloudFormation property {@code HtmlPart}.
     */
    public TemplateProperty htmlPart(String value) {
      return set("HtmlPart", Value.of(value));
    }

    /** Sets {@code HtmlPart} to this value; see {@link #htmlPart(String)}. */
    public TemplateProperty htmlPart(Value<String> value) {
      return set("HtmlPart", value);
    }

    /**
     * The subject line of the email.
     *
     * <p>Required. CloudFormation property {@code SubjectPart}.
     */
    public TemplateProperty subjectPart(String value) {
      return set("SubjectPart", Value.of(value));
    }

    /** Sets {@code SubjectPart} to this value; see {@link #subjectPart(String)}. */
    public TemplateProperty subjectPart(Value<String> value) {
      return set("SubjectPart", value);
    }

    /**
     * The name of the template. You will refer to this name when you send email using the
     * <code>SendEmail</code> or <code>SendBulkEmail</code> operations.
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
     * ^[a-zA-Z0-9_-]{1,64}$}. CloudFormation property {@code TemplateName}.
     */
    public TemplateProperty templateName(String value) {
      return set("TemplateName", Value.of(value));
    }

    /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
    public TemplateProperty templateName(Value<String> value) {
      return set("TemplateName", value);
    }

    /**
     * The email body that is visible to recipients whose email clients do not display HTML content.
     *
     * <p>CloudFormation property {@code TextPart}.
     */
    public TemplateProperty textPart(String value) {
      return set("TextPart", Value.of(value));
    }

    /** Sets {@code TextPart} to this value; see {@link #textPart(String)}. */
    public TemplateProperty textPart(Value<String> value) {
      return set("TextPart", value);
    }
  }
}
