// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds a policy grant (an authorization policy) to a specified entity, including domain units,
 * environment blueprint configurations, or environment profiles.
 *
 * <p>CloudFormation type {@code AWS::DataZone::PolicyGrant}.
 */
public final class PolicyGrant extends Resource<PolicyGrant> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant")
      .required("DomainIdentifier", "EntityIdentifier", "EntityType", "PolicyType")
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .allowed("EntityType", "DOMAIN_UNIT", "ENVIRONMENT_BLUEPRINT_CONFIGURATION",
          "ENVIRONMENT_PROFILE", "ASSET_TYPE")
      .allowed("PolicyType", "CREATE_DOMAIN_UNIT", "OVERRIDE_DOMAIN_UNIT_OWNERS",
          "ADD_TO_PROJECT_MEMBER_POOL", "OVERRIDE_PROJECT_OWNERS", "CREATE_GLOSSARY",
          "CREATE_FORM_TYPE", "CREATE_ASSET_TYPE", "CREATE_PROJECT", "CREATE_ENVIRONMENT_PROFILE",
          "DELEGATE_CREATE_ENVIRONMENT_PROFILE", "CREATE_ENVIRONMENT",
          "CREATE_ENVIRONMENT_FROM_BLUEPRINT", "CREATE_PROJECT_FROM_PROJECT_PROFILE")
      .attributes("CreatedAt", "CreatedBy", "GrantId")
      .build();

  public PolicyGrant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The details of the policy grant member.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Detail}.
   */
  public PolicyGrant detail(Value<PolicyGrantDetail> value) {
    return set("Detail", value);
  }

  /**
   * The ID of the domain where you want to add a policy grant.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public PolicyGrant domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public PolicyGrant domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The ID of the entity (resource) to which you want to add a policy grant.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EntityIdentifier}.
   */
  public PolicyGrant entityIdentifier(String value) {
    return set("EntityIdentifier", Value.of(value));
  }

  /** Sets {@code EntityIdentifier} to this value; see {@link #entityIdentifier(String)}. */
  public PolicyGrant entityIdentifier(Value<String> value) {
    return set("EntityIdentifier", value);
  }

  /**
   * The type of entity (resource) to which the grant is added.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DOMAIN_UNIT}, {@code
   * ENVIRONMENT_BLUEPRINT_CONFIGURATION}, {@code ENVIRONMENT_PROFILE}, {@code ASSET_TYPE}.
   * CloudFormation property {@code EntityType}.
   */
  public PolicyGrant entityType(String value) {
    return set("EntityType", Value.of(value));
  }

  /** Sets {@code EntityType} to this value; see {@link #entityType(String)}. */
  public PolicyGrant entityType(Value<String> value) {
    return set("EntityType", value);
  }

  /**
   * The type of policy that you want to grant.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CREATE_DOMAIN_UNIT},
   * {@code OVERRIDE_DOMAIN_UNIT_OWNERS}, {@code ADD_TO_PROJECT_MEMBER_POOL}, {@code
   * OVERRIDE_PROJECT_OWNERS}, {@code CREATE_GLOSSARY}, {@code CREATE_FORM_TYPE}, {@code
   * CREATE_ASSET_TYPE}, {@code CREATE_PROJECT}, {@code CREATE_ENVIRONMENT_PROFILE}, {@code
   * DELEGATE_CREATE_ENVIRONMENT_PROFILE}, {@code CREATE_ENVIRONMENT}, {@code
   * CREATE_ENVIRONMENT_FROM_BLUEPRINT}, {@code CREATE_PROJECT_FROM_PROJECT_PROFILE}. CloudFormation
   * property {@code PolicyType}.
   */
  public PolicyGrant policyType(String value) {
    return set("PolicyType", Value.of(value));
  }

  /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
  public PolicyGrant policyType(Value<String> value) {
    return set("PolicyType", value);
  }

  /**
   * The principal of the policy grant member.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Principal}.
   */
  public PolicyGrant principal(Value<PolicyGrantPrincipal> value) {
    return set("Principal", value);
  }

  /**
   * Specifies the timestamp at which policy grant member was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Specifies the user who created the policy grant member.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The unique identifier of the policy grant returned by the AddPolicyGrant API
   *
   * <p>{@code Fn::GetAtt} attribute {@code GrantId}.
   */
  public Value<String> grantId() {
    return getAtt("GrantId");
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.AddToProjectMemberPoolPolicyGrantDetail}.
   */
  public static final class AddToProjectMemberPoolPolicyGrantDetail extends Struct<AddToProjectMemberPoolPolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.AddToProjectMemberPoolPolicyGrantDetail");

    public AddToProjectMemberPoolPolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy grant is applied to child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public AddToProjectMemberPoolPolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public AddToProjectMemberPoolPolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.CreateAssetTypePolicyGrantDetail}.
   */
  public static final class CreateAssetTypePolicyGrantDetail extends Struct<CreateAssetTypePolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateAssetTypePolicyGrantDetail");

    public CreateAssetTypePolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy grant is applied to child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public CreateAssetTypePolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public CreateAssetTypePolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.CreateDomainUnitPolicyGrantDetail}.
   */
  public static final class CreateDomainUnitPolicyGrantDetail extends Struct<CreateDomainUnitPolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateDomainUnitPolicyGrantDetail");

    public CreateDomainUnitPolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy grant is applied to child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public CreateDomainUnitPolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public CreateDomainUnitPolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.CreateEnvironmentProfilePolicyGrantDetail}.
   */
  public static final class CreateEnvironmentProfilePolicyGrantDetail extends Struct<CreateEnvironmentProfilePolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateEnvironmentProfilePolicyGrantDetail");

    public CreateEnvironmentProfilePolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * The ID of the domain unit.
     *
     * <p>CloudFormation property {@code DomainUnitId}.
     */
    public CreateEnvironmentProfilePolicyGrantDetail domainUnitId(String value) {
      return set("DomainUnitId", Value.of(value));
    }

    /** Sets {@code DomainUnitId} to this value; see {@link #domainUnitId(String)}. */
    public CreateEnvironmentProfilePolicyGrantDetail domainUnitId(Value<String> value) {
      return set("DomainUnitId", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.CreateFormTypePolicyGrantDetail}.
   */
  public static final class CreateFormTypePolicyGrantDetail extends Struct<CreateFormTypePolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateFormTypePolicyGrantDetail");

    public CreateFormTypePolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy grant is applied to child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public CreateFormTypePolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public CreateFormTypePolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.CreateGlossaryPolicyGrantDetail}.
   */
  public static final class CreateGlossaryPolicyGrantDetail extends Struct<CreateGlossaryPolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateGlossaryPolicyGrantDetail");

    public CreateGlossaryPolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy grant is applied to child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public CreateGlossaryPolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public CreateGlossaryPolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * Specifies whether to create a project from project profile policy grant details.
   *
   * <p>Property type {@code
   * AWS::DataZone::PolicyGrant.CreateProjectFromProjectProfilePolicyGrantDetail}.
   */
  public static final class CreateProjectFromProjectProfilePolicyGrantDetail extends Struct<CreateProjectFromProjectProfilePolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateProjectFromProjectProfilePolicyGrantDetail");

    public CreateProjectFromProjectProfilePolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to include child domain units when creating a project from project profile
     * policy grant details
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public CreateProjectFromProjectProfilePolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public CreateProjectFromProjectProfilePolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }

    /**
     * Specifies project profiles when creating a project from project profile policy grant details
     *
     * <p>CloudFormation property {@code ProjectProfiles}.
     */
    public CreateProjectFromProjectProfilePolicyGrantDetail projectProfiles(List<String> value) {
      return set("ProjectProfiles", Value.listOf(value));
    }

    /** Sets {@code ProjectProfiles} to this value; see {@link #projectProfiles(List)}. */
    public CreateProjectFromProjectProfilePolicyGrantDetail projectProfiles(Value<List<String>> value) {
      return set("ProjectProfiles", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.CreateProjectPolicyGrantDetail}.
   */
  public static final class CreateProjectPolicyGrantDetail extends Struct<CreateProjectPolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.CreateProjectPolicyGrantDetail");

    public CreateProjectPolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy grant is applied to child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public CreateProjectPolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public CreateProjectPolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The domain unit filter of the project grant filter.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.DomainUnitFilterForProject}.
   */
  public static final class DomainUnitFilterForProject extends Struct<DomainUnitFilterForProject> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant.DomainUnitFilterForProject")
        .required("DomainUnit")
        .build();

    public DomainUnitFilterForProject() {
      super(SCHEMA);
    }

    /**
     * The domain unit ID to use in the filter.
     *
     * <p>Required. CloudFormation property {@code DomainUnit}.
     */
    public DomainUnitFilterForProject domainUnit(String value) {
      return set("DomainUnit", Value.of(value));
    }

    /** Sets {@code DomainUnit} to this value; see {@link #domainUnit(String)}. */
    public DomainUnitFilterForProject domainUnit(Value<String> value) {
      return set("DomainUnit", value);
    }

    /**
     * Specifies whether to include child domain units.
     *
     * <p>Default: {@code false}. CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public DomainUnitFilterForProject includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public DomainUnitFilterForProject includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The grant filter for the domain unit. In the current release of Amazon DataZone, the only
   * supported filter is the <code>allDomainUnitsGrantFilter</code> .
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.DomainUnitGrantFilter}.
   */
  public static final class DomainUnitGrantFilter extends Struct<DomainUnitGrantFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant.DomainUnitGrantFilter")
        .required("AllDomainUnitsGrantFilter")
        .build();

    public DomainUnitGrantFilter() {
      super(SCHEMA);
    }

    /**
     * Specifies a grant filter containing all domain units.
     *
     * <p>Required. CloudFormation property {@code AllDomainUnitsGrantFilter}.
     */
    public DomainUnitGrantFilter allDomainUnitsGrantFilter(Value<Json> value) {
      return set("AllDomainUnitsGrantFilter", value);
    }
  }

  /**
   * The domain unit principal to whom the policy is granted.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.DomainUnitPolicyGrantPrincipal}.
   */
  public static final class DomainUnitPolicyGrantPrincipal extends Struct<DomainUnitPolicyGrantPrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant.DomainUnitPolicyGrantPrincipal")
        .allowed("DomainUnitDesignation", "OWNER")
        .build();

    public DomainUnitPolicyGrantPrincipal() {
      super(SCHEMA);
    }

    /**
     * Specifes the designation of the domain unit users.
     *
     * <p>Allowed values: {@code OWNER}. CloudFormation property {@code DomainUnitDesignation}.
     */
    public DomainUnitPolicyGrantPrincipal domainUnitDesignation(String value) {
      return set("DomainUnitDesignation", Value.of(value));
    }

    /**
     * Sets {@code DomainUnitDesignation} to this value; see {@link #domainUnitDesignation(String)}.
     */
    public DomainUnitPolicyGrantPrincipal domainUnitDesignation(Value<String> value) {
      return set("DomainUnitDesignation", value);
    }

    /**
     * The grant filter for the domain unit.
     *
     * <p>CloudFormation property {@code DomainUnitGrantFilter}.
     */
    public DomainUnitPolicyGrantPrincipal domainUnitGrantFilter(Value<DomainUnitGrantFilter> value) {
      return set("DomainUnitGrantFilter", value);
    }

    /**
     * The ID of the domain unit.
     *
     * <p>CloudFormation property {@code DomainUnitIdentifier}.
     */
    public DomainUnitPolicyGrantPrincipal domainUnitIdentifier(String value) {
      return set("DomainUnitIdentifier", Value.of(value));
    }

    /**
     * Sets {@code DomainUnitIdentifier} to this value; see {@link #domainUnitIdentifier(String)}.
     */
    public DomainUnitPolicyGrantPrincipal domainUnitIdentifier(Value<String> value) {
      return set("DomainUnitIdentifier", value);
    }
  }

  /**
   * The group principal to whom the policy is granted.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.GroupPolicyGrantPrincipal}.
   */
  public static final class GroupPolicyGrantPrincipal extends Struct<GroupPolicyGrantPrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant.GroupPolicyGrantPrincipal")
        .required("GroupIdentifier")
        .build();

    public GroupPolicyGrantPrincipal() {
      super(SCHEMA);
    }

    /**
     * The ID Of the group of the group principal.
     *
     * <p>Required. CloudFormation property {@code GroupIdentifier}.
     */
    public GroupPolicyGrantPrincipal groupIdentifier(String value) {
      return set("GroupIdentifier", Value.of(value));
    }

    /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
    public GroupPolicyGrantPrincipal groupIdentifier(Value<String> value) {
      return set("GroupIdentifier", value);
    }
  }

  /**
   * The grant details of the override domain unit owners policy.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.OverrideDomainUnitOwnersPolicyGrantDetail}.
   */
  public static final class OverrideDomainUnitOwnersPolicyGrantDetail extends Struct<OverrideDomainUnitOwnersPolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.OverrideDomainUnitOwnersPolicyGrantDetail");

    public OverrideDomainUnitOwnersPolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy is inherited by child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public OverrideDomainUnitOwnersPolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public OverrideDomainUnitOwnersPolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The details of the override project owners policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.OverrideProjectOwnersPolicyGrantDetail}.
   */
  public static final class OverrideProjectOwnersPolicyGrantDetail extends Struct<OverrideProjectOwnersPolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.OverrideProjectOwnersPolicyGrantDetail");

    public OverrideProjectOwnersPolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy is inherited by child domain units.
     *
     * <p>CloudFormation property {@code IncludeChildDomainUnits}.
     */
    public OverrideProjectOwnersPolicyGrantDetail includeChildDomainUnits(boolean value) {
      return set("IncludeChildDomainUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeChildDomainUnits} to this value; see {@link
     * #includeChildDomainUnits(boolean)}.
     */
    public OverrideProjectOwnersPolicyGrantDetail includeChildDomainUnits(Value<Boolean> value) {
      return set("IncludeChildDomainUnits", value);
    }
  }

  /**
   * The details of the policy grant.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.PolicyGrantDetail}.
   */
  public static final class PolicyGrantDetail extends Struct<PolicyGrantDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.PolicyGrantDetail");

    public PolicyGrantDetail() {
      super(SCHEMA);
    }

    /**
     * Specifies that the policy grant is to be added to the members of the project.
     *
     * <p>CloudFormation property {@code AddToProjectMemberPool}.
     */
    public PolicyGrantDetail addToProjectMemberPool(Value<AddToProjectMemberPoolPolicyGrantDetail> value) {
      return set("AddToProjectMemberPool", value);
    }

    /**
     * Specifies that this is a create asset type policy.
     *
     * <p>CloudFormation property {@code CreateAssetType}.
     */
    public PolicyGrantDetail createAssetType(Value<CreateAssetTypePolicyGrantDetail> value) {
      return set("CreateAssetType", value);
    }

    /**
     * Specifies that this is a create domain unit policy.
     *
     * <p>CloudFormation property {@code CreateDomainUnit}.
     */
    public PolicyGrantDetail createDomainUnit(Value<CreateDomainUnitPolicyGrantDetail> value) {
      return set("CreateDomainUnit", value);
    }

    /**
     * Specifies that this is a create environment policy.
     *
     * <p>CloudFormation property {@code CreateEnvironment}.
     */
    public PolicyGrantDetail createEnvironment(Value<Json> value) {
      return set("CreateEnvironment", value);
    }

    /**
     * The details of the policy of creating an environment.
     *
     * <p>CloudFormation property {@code CreateEnvironmentFromBlueprint}.
     */
    public PolicyGrantDetail createEnvironmentFromBlueprint(Value<Json> value) {
      return set("CreateEnvironmentFromBlueprint", value);
    }

    /**
     * Specifies that this is a create environment profile policy.
     *
     * <p>CloudFormation property {@code CreateEnvironmentProfile}.
     */
    public PolicyGrantDetail createEnvironmentProfile(Value<CreateEnvironmentProfilePolicyGrantDetail> value) {
      return set("CreateEnvironmentProfile", value);
    }

    /**
     * Specifies that this is a create form type policy.
     *
     * <p>CloudFormation property {@code CreateFormType}.
     */
    public PolicyGrantDetail createFormType(Value<CreateFormTypePolicyGrantDetail> value) {
      return set("CreateFormType", value);
    }

    /**
     * Specifies that this is a create glossary policy.
     *
     * <p>CloudFormation property {@code CreateGlossary}.
     */
    public PolicyGrantDetail createGlossary(Value<CreateGlossaryPolicyGrantDetail> value) {
      return set("CreateGlossary", value);
    }

    /**
     * Specifies that this is a create project policy.
     *
     * <p>CloudFormation property {@code CreateProject}.
     */
    public PolicyGrantDetail createProject(Value<CreateProjectPolicyGrantDetail> value) {
      return set("CreateProject", value);
    }

    /**
     * Specifies whether to create a project from project profile.
     *
     * <p>CloudFormation property {@code CreateProjectFromProjectProfile}.
     */
    public PolicyGrantDetail createProjectFromProjectProfile(Value<CreateProjectFromProjectProfilePolicyGrantDetail> value) {
      return set("CreateProjectFromProjectProfile", value);
    }

    /**
     * Specifies that this is the delegation of the create environment profile policy.
     *
     * <p>CloudFormation property {@code DelegateCreateEnvironmentProfile}.
     */
    public PolicyGrantDetail delegateCreateEnvironmentProfile(Value<Json> value) {
      return set("DelegateCreateEnvironmentProfile", value);
    }

    /**
     * Specifies whether to override domain unit owners.
     *
     * <p>CloudFormation property {@code OverrideDomainUnitOwners}.
     */
    public PolicyGrantDetail overrideDomainUnitOwners(Value<OverrideDomainUnitOwnersPolicyGrantDetail> value) {
      return set("OverrideDomainUnitOwners", value);
    }

    /**
     * Specifies whether to override project owners.
     *
     * <p>CloudFormation property {@code OverrideProjectOwners}.
     */
    public PolicyGrantDetail overrideProjectOwners(Value<OverrideProjectOwnersPolicyGrantDetail> value) {
      return set("OverrideProjectOwners", value);
    }
  }

  /**
   * The policy grant principal.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.PolicyGrantPrincipal}.
   */
  public static final class PolicyGrantPrincipal extends Struct<PolicyGrantPrincipal> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.PolicyGrantPrincipal");

    public PolicyGrantPrincipal() {
      super(SCHEMA);
    }

    /**
     * The domain unit of the policy grant principal.
     *
     * <p>CloudFormation property {@code DomainUnit}.
     */
    public PolicyGrantPrincipal domainUnit(Value<DomainUnitPolicyGrantPrincipal> value) {
      return set("DomainUnit", value);
    }

    /**
     * The group of the policy grant principal.
     *
     * <p>CloudFormation property {@code Group}.
     */
    public PolicyGrantPrincipal group(Value<GroupPolicyGrantPrincipal> value) {
      return set("Group", value);
    }

    /**
     * The project of the policy grant principal.
     *
     * <p>CloudFormation property {@code Project}.
     */
    public PolicyGrantPrincipal project(Value<ProjectPolicyGrantPrincipal> value) {
      return set("Project", value);
    }

    /**
     * The user of the policy grant principal.
     *
     * <p>CloudFormation property {@code User}.
     */
    public PolicyGrantPrincipal user(Value<UserPolicyGrantPrincipal> value) {
      return set("User", value);
    }
  }

  /**
   * The project grant filter.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.ProjectGrantFilter}.
   */
  public static final class ProjectGrantFilter extends Struct<ProjectGrantFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant.ProjectGrantFilter")
        .required("DomainUnitFilter")
        .build();

    public ProjectGrantFilter() {
      super(SCHEMA);
    }

    /**
     * The domain unit filter of the project grant filter.
     *
     * <p>Required. CloudFormation property {@code DomainUnitFilter}.
     */
    public ProjectGrantFilter domainUnitFilter(Value<DomainUnitFilterForProject> value) {
      return set("DomainUnitFilter", value);
    }
  }

  /**
   * The project policy grant principal.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.ProjectPolicyGrantPrincipal}.
   */
  public static final class ProjectPolicyGrantPrincipal extends Struct<ProjectPolicyGrantPrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::PolicyGrant.ProjectPolicyGrantPrincipal")
        .allowed("ProjectDesignation", "OWNER", "CONTRIBUTOR", "PROJECT_CATALOG_STEWARD")
        .build();

    public ProjectPolicyGrantPrincipal() {
      super(SCHEMA);
    }

    /**
     * The project designation of the project policy grant principal.
     *
     * <p>Allowed values: {@code OWNER}, {@code CONTRIBUTOR}, {@code PROJECT_CATALOG_STEWARD}.
     * CloudFormation property {@code ProjectDesignation}.
     */
    public ProjectPolicyGrantPrincipal projectDesignation(String value) {
      return set("ProjectDesignation", Value.of(value));
    }

    /** Sets {@code ProjectDesignation} to this value; see {@link #projectDesignation(String)}. */
    public ProjectPolicyGrantPrincipal projectDesignation(Value<String> value) {
      return set("ProjectDesignation", value);
    }

    /**
     * The project grant filter of the project policy grant principal.
     *
     * <p>CloudFormation property {@code ProjectGrantFilter}.
     */
    public ProjectPolicyGrantPrincipal projectGrantFilter(Value<ProjectGrantFilter> value) {
      return set("ProjectGrantFilter", value);
    }

    /**
     * The project ID of the project policy grant principal.
     *
     * <p>CloudFormation property {@code ProjectIdentifier}.
     */
    public ProjectPolicyGrantPrincipal projectIdentifier(String value) {
      return set("ProjectIdentifier", Value.of(value));
    }

    /** Sets {@code ProjectIdentifier} to this value; see {@link #projectIdentifier(String)}. */
    public ProjectPolicyGrantPrincipal projectIdentifier(Value<String> value) {
      return set("ProjectIdentifier", value);
    }
  }

  /**
   * The user policy grant principal.
   *
   * <p>Property type {@code AWS::DataZone::PolicyGrant.UserPolicyGrantPrincipal}.
   */
  public static final class UserPolicyGrantPrincipal extends Struct<UserPolicyGrantPrincipal> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::PolicyGrant.UserPolicyGrantPrincipal");

    public UserPolicyGrantPrincipal() {
      super(SCHEMA);
    }

    /**
     * The all users grant filter of the user policy grant principal.
     *
     * <p>CloudFormation property {@code AllUsersGrantFilter}.
     */
    public UserPolicyGrantPrincipal allUsersGrantFilter(Value<Json> value) {
      return set("AllUsersGrantFilter", value);
    }

    /**
     * The user ID of the user policy grant principal.
     *
     * <p>CloudFormation property {@code UserIdentifier}.
     */
    public UserPolicyGrantPrincipal userIdentifier(String value) {
      return set("UserIdentifier", Value.of(value));
    }

    /** Sets {@code UserIdentifier} to this value; see {@link #userIdentifier(String)}. */
    public UserPolicyGrantPrincipal userIdentifier(Value<String> value) {
      return set("UserIdentifier", value);
    }
  }
}
