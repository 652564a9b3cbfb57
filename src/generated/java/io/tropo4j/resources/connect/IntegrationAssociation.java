// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the association of an AWS resource such as Lex bot (both v1 and v2) and Lambda function
 * with an Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::IntegrationAssociation}.
 */
public final class IntegrationAssociation extends Resource<IntegrationAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::IntegrationAssociation")
      .required("InstanceId", "IntegrationArn", "IntegrationType")
      .constrain("InstanceId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .references("InstanceId", "AWS::Connect::Instance.Ref")
      .constrain("IntegrationArn", Constraint.of().minLength(1).maxLength(140))
      .allowed("IntegrationType", "LEX_BOT", "LAMBDA_FUNCTION", "APPLICATION", "CASES_DOMAIN",
          "WISDOM_ASSISTANT", "WISDOM_KNOWLEDGE_BASE", "WISDOM_QUICK_RESPONSES", "FILE_SCANNER",
          "MESSAGE_PROCESSOR", "Q_MESSAGE_TEMPLATES", "SES_IDENTITY")
      .attributes("IntegrationAssociationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IntegrationAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>100</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceId}.
   */
  public IntegrationAssociation instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public IntegrationAssociation instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceId(String)}.
   */
  public IntegrationAssociation instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * ARN of the integration being associated with the instance.
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>140</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 140 characters. CloudFormation
   * property {@code IntegrationArn}.
   */
  public IntegrationAssociation integrationArn(String value) {
    return set("IntegrationArn", Value.of(value));
  }

  /** Sets {@code IntegrationArn} to this value; see {@link #integrationArn(String)}. */
  public IntegrationAssociation integrationArn(Value<String> value) {
    return set("IntegrationArn", value);
  }

  /**
   * Specifies the integration type to be associated with the instance.
   *
   * <p><em>Allowed Values</em> : <code>LEX_BOT</code> | <code>LAMBDA_FUNCTION</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code LEX_BOT}, {@code
   * LAMBDA_FUNCTION}, {@code APPLICATION}, {@code CASES_DOMAIN}, {@code WISDOM_ASSISTANT}, {@code
   * WISDOM_KNOWLEDGE_BASE}, {@code WISDOM_QUICK_RESPONSES}, {@code FILE_SCANNER}, {@code
   * MESSAGE_PROCESSOR}, {@code Q_MESSAGE_TEMPLATES}, {@code SES_IDENTITY}. CloudFormation property
   * {@code IntegrationType}.
   */
  public IntegrationAssociation integrationType(String value) {
    return set("IntegrationType", Value.of(value));
  }

  /** Sets {@code IntegrationType} to this value; see {@link #integrationType(String)}. */
  public IntegrationAssociation integrationType(Value<String> value) {
    return set("IntegrationType", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IntegrationAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IntegrationAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IntegrationAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Identifier of the association with an Amazon Connect instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationAssociationId}.
   */
  public Value<String> integrationAssociationId() {
    return getAtt("IntegrationAssociationId");
  }
}
