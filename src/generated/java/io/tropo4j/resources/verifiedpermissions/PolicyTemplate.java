// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.verifiedpermissions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a policy template. A template can use placeholders for the principal and resource. A
 * template must be instantiated into a policy by associating it with specific principals and
 * resources to use for the placeholders. That instantiated policy can then be considered in
 * authorization decisions. The instantiated policy works identically to any other policy, except
 * that it is dynamically linked to the template. If the template changes, then any policies that
 * are linked to that template are immediately updated as well.
 *
 * <p>CloudFormation type {@code AWS::VerifiedPermissions::PolicyTemplate}.
 */
public final class PolicyTemplate extends Resource<PolicyTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyTemplate")
      .required("PolicyStoreId", "Statement")
      .constrain("Description", Constraint.of().minLength(0).maxLength(150))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-/_]*$").minLength(0).maxLength(150))
      .constrain("PolicyStoreId", Constraint.of().pattern("^[a-zA-Z0-9-]*$").minLength(1).maxLength(200))
      .constrain("Statement", Constraint.of().minLength(1).maxLength(10000))
      .attributes("PolicyTemplateId")
      .build();

  public PolicyTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description to attach to the new or updated policy template.
   *
   * <p>Length: 0 to 150 characters. CloudFormation property {@code Description}.
   */
  public PolicyTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PolicyTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Length: 0 to 150 characters. Pattern: {@code ^[a-zA-Z0-9-/_]*$}. CloudFormation property {@code
   * Name}.
   */
  public PolicyTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PolicyTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The unique identifier of the policy store that contains the template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]*$}. CloudFormation property {@code PolicyStoreId}.
   */
  public PolicyTemplate policyStoreId(String value) {
    return set("PolicyStoreId", Value.of(value));
  }

  /** Sets {@code PolicyStoreId} to this value; see {@link #policyStoreId(String)}. */
  public PolicyTemplate policyStoreId(Value<String> value) {
    return set("PolicyStoreId", value);
  }

  /**
   * Specifies the content that you want to use for the new policy template, written in the Cedar
   * policy language.
   *
   * <p>Required. Length: 1 to 10000 characters. CloudFormation property {@code Statement}.
   */
  public PolicyTemplate statement(String value) {
    return set("Statement", Value.of(value));
  }

  /** Sets {@code Statement} to this value; see {@link #statement(String)}. */
  public PolicyTemplate statement(Value<String> value) {
    return set("Statement", value);
  }

  /**
   * The unique identifier of the new or modified policy template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyTemplateId}.
   */
  public Value<String> policyTemplateId() {
    return getAtt("PolicyTemplateId");
  }
}
