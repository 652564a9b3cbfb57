// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a case in the specified Cases domain.
 *
 * <p>CloudFormation type {@code AWS::Cases::Case}.
 */
public final class Case extends Resource<Case> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::Case")
      .required("CustomerId", "DomainId", "TemplateId", "Title")
      .constrain("CustomerId", Constraint.of().maxLength(4100))
      .constrain("DomainId", Constraint.of().minLength(1).maxLength(500))
      .constrain("TemplateId", Constraint.of().minLength(1).maxLength(500))
      .constrain("Title", Constraint.of().maxLength(4100))
      .refYields("Arn")
      .attributes("Arn", "CaseId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Case(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The full customer profile ARN for the case.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 4100 characters. CloudFormation
   * property {@code CustomerId}.
   */
  public Case customerId(String value) {
    return set("CustomerId", Value.of(value));
  }

  /** Sets {@code CustomerId} to this value; see {@link #customerId(String)}. */
  public Case customerId(Value<String> value) {
    return set("CustomerId", value);
  }

  /**
   * The unique identifier of the Cases domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation
   * property {@code DomainId}.
   */
  public Case domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public Case domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * A list of tags for the case.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Case tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Case tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Case tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique identifier of a template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation
   * property {@code TemplateId}.
   */
  public Case templateId(String value) {
    return set("TemplateId", Value.of(value));
  }

  /** Sets {@code TemplateId} to this value; see {@link #templateId(String)}. */
  public Case templateId(Value<String> value) {
    return set("TemplateId", value);
  }

  /**
   * The title of the case.
   *
   * <p>Required. Length: at most 4100 characters. CloudFormation property {@code Title}.
   */
  public Case title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public Case title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A unique identifier of the case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CaseId}.
   */
  public Value<String> caseId() {
    return getAtt("CaseId");
  }
}
