// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a template in the Cases domain. This template is used to define the case object model
 * (that is, to define what data can be captured on cases) in a Cases domain. A template must have a
 * unique name within a domain, and it must reference existing field IDs and layout IDs.
 * Additionally, multiple fields with same IDs are not allowed within the same Template. A template
 * can be either Active or Inactive, as indicated by its status. Inactive templates cannot be used
 * to create cases.
 *
 * <p>Other template APIs are:
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_DeleteTemplate.html">DeleteTemplate</a>
 * <li><a
 * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_GetTemplate.html">GetTemplate</a>
 * <li><a
 * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_ListTemplates.html">ListTemplates</a>
 * <li><a
 * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_UpdateTemplate.html">UpdateTemplate</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::Cases::Template}.
 */
public final class Template extends Resource<Template> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::Template")
      .required("Name")
      .constrain("Description", Constraint.of().maxLength(255))
      .constrain("DomainId", Constraint.of().minLength(1).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^.*[\\S]$").minLength(1).maxLength(100))
      .allowed("Status", "Active", "Inactive")
      .refYields("TemplateArn")
      .attributes("CreatedTime", "LastModifiedTime", "TemplateArn", "TemplateId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Template(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A brief description of the template.
   *
   * <p>Length: at most 255 characters. CloudFormation property {@code Description}.
   */
  public Template description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Template description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier of the Cases domain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation property
   * {@code DomainId}.
   */
  public Template domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public Template domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * Object to store configuration of layouts associated to the template.
   *
   * <p>CloudFormation property {@code LayoutConfiguration}.
   */
  public Template layoutConfiguration(Value<LayoutConfiguration> value) {
    return set("LayoutConfiguration", value);
  }

  /**
   * The template name.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^.*[&#92;S]$}. CloudFormation
   * property {@code Name}.
   */
  public Template name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Template name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of fields that must contain a value for a case to be successfully created with this
   * template.
   *
   * <p>CloudFormation property {@code RequiredFields}.
   */
  public Template requiredFields(List<RequiredField> value) {
    return set("RequiredFields", Value.listOf(value));
  }

  /** Sets {@code RequiredFields} to this value; see {@link #requiredFields(List)}. */
  public Template requiredFields(Value<List<RequiredField>> value) {
    return set("RequiredFields", value);
  }

  /** Sets {@code RequiredFields} to a list of these; see {@link #requiredFields(List)}. */
  public Template requiredFields(RequiredField... values) {
    return set("RequiredFields", Value.list(values));
  }

  /**
   * A list of case rules (also known as <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">case
   * field conditions</a> ) on a template.
   *
   * <p>CloudFormation property {@code Rules}.
   */
  public Template rules(List<TemplateRule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public Template rules(Value<List<TemplateRule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public Template rules(TemplateRule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * The status of the template.
   *
   * <p>Allowed values: {@code Active}, {@code Inactive}. CloudFormation property {@code Status}.
   */
  public Template status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Template status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
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
   * Timestamp at which the resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp at which the resource was created or last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TemplateArn}.
   */
  public Value<String> templateArn() {
    return getAtt("TemplateArn");
  }

  /**
   * A unique identifier of a template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TemplateId}.
   */
  public Value<String> templateId() {
    return getAtt("TemplateId");
  }

  /**
   * Object to store configuration of layouts associated to the template.
   *
   * <p>Property type {@code AWS::Cases::Template.LayoutConfiguration}.
   */
  public static final class LayoutConfiguration extends Struct<LayoutConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Template.LayoutConfiguration")
        .constrain("DefaultLayout", Constraint.of().minLength(1).maxLength(500))
        .build();

    public LayoutConfiguration() {
      super(SCHEMA);
    }

    /**
     * Unique identifier of a layout.
     *
     * <p>Length: 1 to 500 characters. CloudFormation property {@code DefaultLayout}.
     */
    public LayoutConfiguration defaultLayout(String value) {
      return set("DefaultLayout", Value.of(value));
    }

    /** Sets {@code DefaultLayout} to this value; see {@link #defaultLayout(String)}. */
    public LayoutConfiguration defaultLayout(Value<String> value) {
      return set("DefaultLayout", value);
    }
  }

  /**
   * List of fields that must have a value provided to create a case.
   *
   * <p>Property type {@code AWS::Cases::Template.RequiredField}.
   */
  public static final class RequiredField extends Struct<RequiredField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Template.RequiredField")
        .required("FieldId")
        .constrain("FieldId", Constraint.of().minLength(1).maxLength(500))
        .build();

    public RequiredField() {
      super(SCHEMA);
    }

    /**
     * Unique identifier of a field.
     *
     * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code FieldId}.
     */
    public RequiredField fieldId(String value) {
      return set("FieldId", Value.of(value));
    }

    /** Sets {@code FieldId} to this value; see {@link #fieldId(String)}. */
    public RequiredField fieldId(Value<String> value) {
      return set("FieldId", value);
    }
  }

  /**
   * An association representing a case rule acting upon a field. In the Amazon Connect admin
   * website, case rules are known as <em>case field conditions</em> . For more information about
   * case field conditions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/case-field-conditions.html">Add
   * case field conditions to a case template</a> .
   *
   * <p>Property type {@code AWS::Cases::Template.TemplateRule}.
   */
  public static final class TemplateRule extends Struct<TemplateRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Template.TemplateRule")
        .required("CaseRuleId")
        .constrain("CaseRuleId", Constraint.of().minLength(1).maxLength(500))
        .constrain("FieldId", Constraint.of().minLength(1).maxLength(500))
        .build();

    public TemplateRule() {
      super(SCHEMA);
    }

    /**
     * Unique identifier of a case rule.
     *
     * <p>Required. Length: 1 to 500 characters. CloudFormation property {@code CaseRuleId}.
     */
    public TemplateRule caseRuleId(String value) {
      return set("CaseRuleId", Value.of(value));
    }

    /** Sets {@code CaseRuleId} to this value; see {@link #caseRuleId(String)}. */
    public TemplateRule caseRuleId(Value<String> value) {
      return set("CaseRuleId", value);
    }

    /**
     * Unique identifier of a field.
     *
     * <p>Length: 1 to 500 characters. CloudFormation property {@code FieldId}.
     */
    public TemplateRule fieldId(String value) {
      return set("FieldId", Value.of(value));
    }

    /** Sets {@code FieldId} to this value; see {@link #fieldId(String)}. */
    public TemplateRule fieldId(Value<String> value) {
      return set("FieldId", value);
    }
  }
}
