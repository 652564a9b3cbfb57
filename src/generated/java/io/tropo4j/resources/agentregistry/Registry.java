// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.agentregistry;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::AgentRegistry::Registry Resource Type
 *
 * <p>CloudFormation type {@code AWS::AgentRegistry::Registry}.
 */
public final class Registry extends Resource<Registry> {
  private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry")
      .required("Name")
      .allowed("AuthorizerType", "CUSTOM_JWT", "AWS_IAM")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4096))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_\\-\\.\\/]*$").minLength(1).maxLength(64))
      .refYields("RegistryArn")
      .attributes("CreatedAt", "RegistryArn", "RegistryId", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Registry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration for the registry's record approval workflow.
   *
   * <p>CloudFormation property {@code ApprovalConfiguration}.
   */
  public Registry approvalConfiguration(Value<ApprovalConfiguration> value) {
    return set("ApprovalConfiguration", value);
  }

  /**
   * The type of authorizer that controls how consumers access the registry's search and MCP invoke
   * operations.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CUSTOM_JWT}, {@code AWS_IAM}.
   * CloudFormation property {@code AuthorizerType}.
   */
  public Registry authorizerType(String value) {
    return set("AuthorizerType", Value.of(value));
  }

  /** Sets {@code AuthorizerType} to this value; see {@link #authorizerType(String)}. */
  public Registry authorizerType(Value<String> value) {
    return set("AuthorizerType", value);
  }

  /**
   * The description of the registry.
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code Description}.
   */
  public Registry description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Registry description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Discovery configuration for the registry. Controls how consumers are authorized to search the
   * registry and invoke its MCP endpoint.
   *
   * <p>CloudFormation property {@code DiscoveryConfiguration}.
   */
  public Registry discoveryConfiguration(Value<DiscoveryConfiguration> value) {
    return set("DiscoveryConfiguration", value);
  }

  /**
   * The name of the registry.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_&#92;-&#92;.&#92;/]*$}. CloudFormation property {@code Name}.
   */
  public Registry name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Registry name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags to assign to the registry.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Registry tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Registry tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Registry tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the registry was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryArn}.
   */
  public Value<String> registryArn() {
    return getAtt("RegistryArn");
  }

  /**
   * The unique identifier of the registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryId}.
   */
  public Value<String> registryId() {
    return getAtt("RegistryId");
  }

  /**
   * The status of the registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the registry was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration for the registry's record approval workflow.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.ApprovalConfiguration}.
   */
  public static final class ApprovalConfiguration extends Struct<ApprovalConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry.ApprovalConfiguration")
        .allowed("AutoApprovalRules", "APPROVE_ALL")
        .build();

    public ApprovalConfiguration() {
      super(SCHEMA);
    }

    /**
     * The rules that determine which registry records are automatically approved on submission.
     * When omitted or empty, submitted records require manual review.
     *
     * <p>Allowed values: {@code APPROVE_ALL}. CloudFormation property {@code AutoApprovalRules}.
     */
    public ApprovalConfiguration autoApprovalRules(List<String> value) {
      return set("AutoApprovalRules", Value.listOf(value));
    }

    /** Sets {@code AutoApprovalRules} to this value; see {@link #autoApprovalRules(List)}. */
    public ApprovalConfiguration autoApprovalRules(Value<List<String>> value) {
      return set("AutoApprovalRules", value);
    }
  }

  /**
   * The authorizer configuration for the registry. This is a union - specify exactly one member.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.AuthorizerConfiguration}.
   */
  public static final class AuthorizerConfiguration extends Struct<AuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry.AuthorizerConfiguration")
        .required("CustomJWTAuthorizer")
        .build();

    public AuthorizerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for a custom JWT authorizer that validates inbound bearer tokens against an
     * OpenID Connect identity provider.
     *
     * <p>Required. CloudFormation property {@code CustomJWTAuthorizer}.
     */
    public AuthorizerConfiguration customJWTAuthorizer(Value<CustomJWTAuthorizerConfiguration> value) {
      return set("CustomJWTAuthorizer", value);
    }
  }

  /**
   * The value and match operator used to authorize a claim during JWT validation.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.AuthorizingClaimMatchValueType}.
   */
  public static final class AuthorizingClaimMatchValueType extends Struct<AuthorizingClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry.AuthorizingClaimMatchValueType")
        .required("ClaimMatchOperator", "ClaimMatchValue")
        .allowed("ClaimMatchOperator", "EQUALS", "CONTAINS", "CONTAINS_ANY")
        .build();

    public AuthorizingClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code EQUALS}, {@code CONTAINS}, {@code CONTAINS_ANY}.
     * CloudFormation property {@code ClaimMatchOperator}.
     */
    public AuthorizingClaimMatchValueType claimMatchOperator(String value) {
      return set("ClaimMatchOperator", Value.of(value));
    }

    /** Sets {@code ClaimMatchOperator} to this value; see {@link #claimMatchOperator(String)}. */
    public AuthorizingClaimMatchValueType claimMatchOperator(Value<String> value) {
      return set("ClaimMatchOperator", value);
    }

    /**
     * The expected value used to match a claim. Exactly one member is set.
     *
     * <p>Required. CloudFormation property {@code ClaimMatchValue}.
     */
    public AuthorizingClaimMatchValueType claimMatchValue(Value<ClaimMatchValueType> value) {
      return set("ClaimMatchValue", value);
    }
  }

  /**
   * The expected value used to match a claim. Exactly one member is set.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.ClaimMatchValueType}.
   */
  public static final class ClaimMatchValueType extends Struct<ClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry.ClaimMatchValueType")
        .constrain("MatchValueString", Constraint.of().pattern("^[A-Za-z0-9_.:/-]+$").minLength(1).maxLength(255))
        .constrain("MatchValueStringList", Constraint.of().pattern("^[A-Za-z0-9_.:/-]+$").minLength(1).maxLength(255))
        .build();

    public ClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.:/-]+$}. CloudFormation property
     * {@code MatchValueString}.
     */
    public ClaimMatchValueType matchValueString(String value) {
      return set("MatchValueString", Value.of(value));
    }

    /** Sets {@code MatchValueString} to this value; see {@link #matchValueString(String)}. */
    public ClaimMatchValueType matchValueString(Value<String> value) {
      return set("MatchValueString", value);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.:/-]+$}. CloudFormation property
     * {@code MatchValueStringList}.
     */
    public ClaimMatchValueType matchValueStringList(List<String> value) {
      return set("MatchValueStringList", Value.listOf(value));
    }

    /** Sets {@code MatchValueStringList} to this value; see {@link #matchValueStringList(List)}. */
    public ClaimMatchValueType matchValueStringList(Value<List<String>> value) {
      return set("MatchValueStringList", value);
    }
  }

  /**
   * A validation rule applied to a single claim of an inbound JWT.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.CustomClaimValidationType}.
   */
  public static final class CustomClaimValidationType extends Struct<CustomClaimValidationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry.CustomClaimValidationType")
        .required("AuthorizingClaimMatchValue", "InboundTokenClaimName",
            "InboundTokenClaimValueType")
        .constrain("InboundTokenClaimName", Constraint.of().pattern("^[A-Za-z0-9_.-:]+$").minLength(1).maxLength(255))
        .allowed("InboundTokenClaimValueType", "STRING", "STRING_ARRAY")
        .build();

    public CustomClaimValidationType() {
      super(SCHEMA);
    }

    /**
     * The value and match operator used to authorize a claim during JWT validation.
     *
     * <p>Required. CloudFormation property {@code AuthorizingClaimMatchValue}.
     */
    public CustomClaimValidationType authorizingClaimMatchValue(Value<AuthorizingClaimMatchValueType> value) {
      return set("AuthorizingClaimMatchValue", value);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-:]+$}. CloudFormation
     * property {@code InboundTokenClaimName}.
     */
    public CustomClaimValidationType inboundTokenClaimName(String value) {
      return set("InboundTokenClaimName", Value.of(value));
    }

    /**
     * Sets {@code InboundTokenClaimName} to this value; see {@link #inboundTokenClaimName(String)}.
     */
    public CustomClaimValidationType inboundTokenClaimName(Value<String> value) {
      return set("InboundTokenClaimName", value);
    }

    /**
     * Required. Allowed values: {@code STRING}, {@code STRING_ARRAY}. CloudFormation property
     * {@code InboundTokenClaimValueType}.
     */
    public CustomClaimValidationType inboundTokenClaimValueType(String value) {
      return set("InboundTokenClaimValueType", Value.of(value));
    }

    /**
     * Sets {@code InboundTokenClaimValueType} to this value; see {@link
     * #inboundTokenClaimValueType(String)}.
     */
    public CustomClaimValidationType inboundTokenClaimValueType(Value<String> value) {
      return set("InboundTokenClaimValueType", value);
    }
  }

  /**
   * Configuration for a custom JWT authorizer that validates inbound bearer tokens against an
   * OpenID Connect identity provider.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.CustomJWTAuthorizerConfiguration}.
   */
  public static final class CustomJWTAuthorizerConfiguration extends Struct<CustomJWTAuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::Registry.CustomJWTAuthorizerConfiguration")
        .required("DiscoveryUrl")
        .constrain("AllowedAudience", Constraint.of().minLength(1).maxLength(255))
        .constrain("AllowedClients", Constraint.of().minLength(1).maxLength(255))
        .constrain("AllowedScopes", Constraint.of().pattern("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$").minLength(1).maxLength(255))
        .constrain("DiscoveryUrl", Constraint.of().pattern("^.+/\\.well-known/openid-configuration$").minLength(1).maxLength(2048))
        .build();

    public CustomJWTAuthorizerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The audience values accepted during JWT validation.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code AllowedAudience}.
     */
    public CustomJWTAuthorizerConfiguration allowedAudience(List<String> value) {
      return set("AllowedAudience", Value.listOf(value));
    }

    /** Sets {@code AllowedAudience} to this value; see {@link #allowedAudience(List)}. */
    public CustomJWTAuthorizerConfiguration allowedAudience(Value<List<String>> value) {
      return set("AllowedAudience", value);
    }

    /**
     * The client identifiers accepted during JWT validation.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code AllowedClients}.
     */
    public CustomJWTAuthorizerConfiguration allowedClients(List<String> value) {
      return set("AllowedClients", Value.listOf(value));
    }

    /** Sets {@code AllowedClients} to this value; see {@link #allowedClients(List)}. */
    public CustomJWTAuthorizerConfiguration allowedClients(Value<List<String>> value) {
      return set("AllowedClients", value);
    }

    /**
     * The scopes accepted during JWT validation.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code
     * ^[&#92;x21&#92;x23-&#92;x5B&#92;x5D-&#92;x7E]+$}. CloudFormation property {@code
     * AllowedScopes}.
     */
    public CustomJWTAuthorizerConfiguration allowedScopes(List<String> value) {
      return set("AllowedScopes", Value.listOf(value));
    }

    /** Sets {@code AllowedScopes} to this value; see {@link #allowedScopes(List)}. */
    public CustomJWTAuthorizerConfiguration allowedScopes(Value<List<String>> value) {
      return set("AllowedScopes", value);
    }

    /**
     * Additional custom claim validations applied to the inbound JWT.
     *
     * <p>CloudFormation property {@code CustomClaims}.
     */
    public CustomJWTAuthorizerConfiguration customClaims(List<CustomClaimValidationType> value) {
      return set("CustomClaims", Value.listOf(value));
    }

    /** Sets {@code CustomClaims} to this value; see {@link #customClaims(List)}. */
    public CustomJWTAuthorizerConfiguration customClaims(Value<List<CustomClaimValidationType>> value) {
      return set("CustomClaims", value);
    }

    /** Sets {@code CustomClaims} to a list of these; see {@link #customClaims(List)}. */
    public CustomJWTAuthorizerConfiguration customClaims(CustomClaimValidationType... values) {
      return set("CustomClaims", Value.list(values));
    }

    /**
     * The OpenID Connect discovery URL used to retrieve the identity provider's metadata and
     * signing keys.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^.+/&#92;.well-known/openid-configuration$}. CloudFormation property {@code DiscoveryUrl}.
     */
    public CustomJWTAuthorizerConfiguration discoveryUrl(String value) {
      return set("DiscoveryUrl", Value.of(value));
    }

    /** Sets {@code DiscoveryUrl} to this value; see {@link #discoveryUrl(String)}. */
    public CustomJWTAuthorizerConfiguration discoveryUrl(Value<String> value) {
      return set("DiscoveryUrl", value);
    }
  }

  /**
   * Discovery configuration for the registry. Controls how consumers are authorized to search the
   * registry and invoke its MCP endpoint.
   *
   * <p>Property type {@code AWS::AgentRegistry::Registry.DiscoveryConfiguration}.
   */
  public static final class DiscoveryConfiguration extends Struct<DiscoveryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::Registry.DiscoveryConfiguration");

    public DiscoveryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The authorizer configuration for the registry. This is a union - specify exactly one member.
     *
     * <p>CloudFormation property {@code AuthorizerConfiguration}.
     */
    public DiscoveryConfiguration authorizerConfiguration(Value<AuthorizerConfiguration> value) {
      return set("AuthorizerConfiguration", value);
    }
  }
}
