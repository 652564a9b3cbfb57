// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.verifiedpermissions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates or updates a Cedar policy and saves it in the specified policy store. You can create
 * either a static policy or a policy linked to a policy template.
 *
 * <p>You can directly update only static policies. To update a template-linked policy, you must
 * update its linked policy template instead.
 *
 * <ul> <li>To create a static policy, in the <code>Definition</code> include a <code>Static</code>
 * element that includes the Cedar policy text in the <code>Statement</code> element. <li>To create
 * a policy that is dynamically linked to a policy template, in the <code>Definition</code> include
 * a <code>Templatelinked</code> element that specifies the policy template ID and the principal and
 * resource to associate with this policy. If the policy template is ever updated, any policies
 * linked to the policy template automatically use the updated template. </ul>
 *
 * <p>- If policy validation is enabled in the policy store, then updating a static policy causes
 * Verified Permissions to validate the policy against the schema in the policy store. If the
 * updated static policy doesn't pass validation, the operation fails and the update isn't stored. -
 * When you edit a static policy, You can change only certain elements of a static policy: - The
 * action referenced by the policy. - A condition clause, such as when and unless. You can't change
 * these elements of a static policy: - Changing a policy from a static policy to a template-linked
 * policy. - Changing the effect of a static policy from permit or forbid. - The principal
 * referenced by a static policy. - The resource referenced by a static policy. - To update a
 * template-linked policy, you must update the template instead.
 *
 * <p>CloudFormation type {@code AWS::VerifiedPermissions::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::Policy")
      .required("Definition", "PolicyStoreId")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-/_]*$").minLength(0).maxLength(150))
      .constrain("PolicyStoreId", Constraint.of().pattern("^[a-zA-Z0-9-]*$").minLength(1).maxLength(200))
      .attributes("PolicyId", "PolicyType")
      .build();

  public Policy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the policy type and content to use for the new or updated policy. The definition
   * structure must include either a <code>Static</code> or a <code>TemplateLinked</code> element.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public Policy definition(Value<PolicyDefinition> value) {
    return set("Definition", value);
  }

  /**
   * Length: 0 to 150 characters. Pattern: {@code ^[a-zA-Z0-9-/_]*$}. CloudFormation property {@code
   * Name}.
   */
  public Policy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Policy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the <code>PolicyStoreId</code> of the policy store you want to store the policy in.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]*$}. CloudFormation property {@code PolicyStoreId}.
   */
  public Policy policyStoreId(String value) {
    return set("PolicyStoreId", Value.of(value));
  }

  /** Sets {@code PolicyStoreId} to this value; see {@link #policyStoreId(String)}. */
  public Policy policyStoreId(Value<String> value) {
    return set("PolicyStoreId", value);
  }

  /**
   * The unique ID of the new or updated policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyId}.
   */
  public Value<String> policyId() {
    return getAtt("PolicyId");
  }

  /**
   * The type of the policy. This is one of the following values:
   *
   * <ul> <li>Static <li>TemplateLinked </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyType}.
   */
  public Value<String> policyType() {
    return getAtt("PolicyType");
  }

  /**
   * Contains the identifier of an entity in a policy, including its ID and type.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::Policy.EntityIdentifier}.
   */
  public static final class EntityIdentifier extends Struct<EntityIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::Policy.EntityIdentifier")
        .required("EntityId", "EntityType")
        .build();

    public EntityIdentifier() {
      super(SCHEMA);
    }

    /**
     * The identifier of an entity.
     *
     * <p><code>"entityId":" <em>identifier</em> "</code>
     *
     * <p>Required. CloudFormation property {@code EntityId}.
     */
    public EntityIdentifier entityId(String value) {
      return set("EntityId", Value.of(value));
    }

    /** Sets {@code EntityId} to this value; see {@link #entityId(String)}. */
    public EntityIdentifier entityId(Value<String> value) {
      return set("EntityId", value);
    }

    /**
     * The type of an entity.
     *
     * <p>Example: <code>"entityType":" <em>typeName</em> "</code>
     *
     * <p>Required. CloudFormation property {@code EntityType}.
     */
    public EntityIdentifier entityType(String value) {
      return set("EntityType", Value.of(value));
    }

    /** Sets {@code EntityType} to this value; see {@link #entityType(String)}. */
    public EntityIdentifier entityType(Value<String> value) {
      return set("EntityType", value);
    }
  }

  /**
   * A structure that defines a Cedar policy. It includes the policy type, a description, and a
   * policy body. This is a top level data type used to create a policy.
   *
   * <p>This data type is used as a request parameter for the <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreatePolicy.html">CreatePolicy</a>
   * operation. This structure must always have either an <code>Static</code> or a
   * <code>TemplateLinked</code> element.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::Policy.PolicyDefinition}.
   */
  public static final class PolicyDefinition extends Struct<PolicyDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::Policy.PolicyDefinition");

    public PolicyDefinition() {
      super(SCHEMA);
    }

    /**
     * A structure that describes a static policy. An static policy doesn't use a template or allow
     * placeholders for entities.
     *
     * <p>CloudFormation property {@code Static}.
     */
    public PolicyDefinition staticProperty(Value<StaticPolicyDefinition> value) {
      return set("Static", value);
    }

    /**
     * A structure that describes a policy that was instantiated from a template. The template can
     * specify placeholders for <code>principal</code> and <code>resource</code> . When you use <a
     * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreatePolicy.html">CreatePolicy</a>
     * to create a policy from a template, you specify the exact principal and resource to use for
     * the instantiated policy.
     *
     * <p>CloudFormation property {@code TemplateLinked}.
     */
    public PolicyDefinition templateLinked(Value<TemplateLinkedPolicyDefinition> value) {
      return set("TemplateLinked", value);
    }
  }

  /**
   * A structure that defines a static policy.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::Policy.StaticPolicyDefinition}.
   */
  public static final class StaticPolicyDefinition extends Struct<StaticPolicyDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::Policy.StaticPolicyDefinition")
        .required("Statement")
        .build();

    public StaticPolicyDefinition() {
      super(SCHEMA);
    }

    /**
     * The description of the static policy.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public StaticPolicyDefinition description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public StaticPolicyDefinition description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The policy content of the static policy, written in the Cedar policy language.
     *
     * <p>Required. CloudFormation property {@code Statement}.
     */
    public StaticPolicyDefinition statement(String value) {
      return set("Statement", Value.of(value));
    }

    /** Sets {@code Statement} to this value; see {@link #statement(String)}. */
    public StaticPolicyDefinition statement(Value<String> value) {
      return set("Statement", value);
    }
  }

  /**
   * A structure that describes a policy created by instantiating a policy template.
   *
   * <p>You can't directly update a template-linked policy. You must update the associated policy
   * template instead.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::Policy.TemplateLinkedPolicyDefinition}.
   */
  public static final class TemplateLinkedPolicyDefinition extends Struct<TemplateLinkedPolicyDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::Policy.TemplateLinkedPolicyDefinition")
        .required("PolicyTemplateId")
        .build();

    public TemplateLinkedPolicyDefinition() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the policy template used to create this policy.
     *
     * <p>Required. CloudFormation property {@code PolicyTemplateId}.
     */
    public TemplateLinkedPolicyDefinition policyTemplateId(String value) {
      return set("PolicyTemplateId", Value.of(value));
    }

    /** Sets {@code PolicyTemplateId} to this value; see {@link #policyTemplateId(String)}. */
    public TemplateLinkedPolicyDefinition policyTemplateId(Value<String> value) {
      return set("PolicyTemplateId", value);
    }

    /**
     * The principal associated with this template-linked policy. Verified Permissions substitutes
     * this principal for the <code>?principal</code> placeholder in the policy template when it
     * evaluates an authorization request.
     *
     * <p>CloudFormation property {@code Principal}.
     */
    public TemplateLinkedPolicyDefinition principal(Value<EntityIdentifier> value) {
      return set("Principal", value);
    }

    /**
     * The resource associated with this template-linked policy. Verified Permissions substitutes
     * this resource for the <code>?resource</code> placeholder in the policy template when it
     * evaluates an authorization request.
     *
     * <p>CloudFormation property {@code Resource}.
     */
    public TemplateLinkedPolicyDefinition resource(Value<EntityIdentifier> value) {
      return set("Resource", value);
    }
  }
}
