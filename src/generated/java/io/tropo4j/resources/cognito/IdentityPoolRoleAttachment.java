// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Cognito::IdentityPoolRoleAttachment</code> resource manages the role configuration
 * for an Amazon Cognito identity pool.
 *
 * <p>CloudFormation type {@code AWS::Cognito::IdentityPoolRoleAttachment}.
 */
public final class IdentityPoolRoleAttachment extends Resource<IdentityPoolRoleAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPoolRoleAttachment")
      .required("IdentityPoolId")
      .references("IdentityPoolId", "AWS::Cognito::IdentityPool.Ref")
      .refYields("Id")
      .attributes("Id")
      .build();

  public IdentityPoolRoleAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An identity pool ID in the format <code>REGION:GUID</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IdentityPoolId}.
   */
  public IdentityPoolRoleAttachment identityPoolId(String value) {
    return set("IdentityPoolId", Value.of(value));
  }

  /** Sets {@code IdentityPoolId} to this value; see {@link #identityPoolId(String)}. */
  public IdentityPoolRoleAttachment identityPoolId(Value<String> value) {
    return set("IdentityPoolId", value);
  }

  /**
   * Sets {@code IdentityPoolId} to the Ref of {@code AWS::Cognito::IdentityPool}; see {@link
   * #identityPoolId(String)}.
   */
  public IdentityPoolRoleAttachment identityPoolId(IdentityPool resource) {
    return set("IdentityPoolId", resource.ref());
  }

  /**
   * How users for a specific identity provider are mapped to roles. This is a string to the
   * <code>RoleMapping</code> object map. The string identifies the identity provider. For example:
   * <code>graph.facebook.com</code> or
   * <code>cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi:app_client_id</code> .
   *
   * <p>If the <code>IdentityProvider</code> field isn't provided in this object, the string is used
   * as the identity provider name.
   *
   * <p>For more information, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-identitypoolroleattachment-rolemapping.html">RoleMapping
   * property</a> .
   *
   * <p>CloudFormation property {@code RoleMappings}.
   */
  public IdentityPoolRoleAttachment roleMappings(Map<String, RoleMapping> value) {
    return set("RoleMappings", Value.mapOf(value));
  }

  /** Sets {@code RoleMappings} to this value; see {@link #roleMappings(Map)}. */
  public IdentityPoolRoleAttachment roleMappings(Value<Map<String, RoleMapping>> value) {
    return set("RoleMappings", value);
  }

  /**
   * The map of the roles associated with this pool. For a given role, the key is either
   * "authenticated" or "unauthenticated". The value is the role ARN.
   *
   * <p>CloudFormation property {@code Roles}.
   */
  public IdentityPoolRoleAttachment roles(Map<String, String> value) {
    return set("Roles", Value.mapOf(value));
  }

  /** Sets {@code Roles} to this value; see {@link #roles(Map)}. */
  public IdentityPoolRoleAttachment roles(Value<Map<String, String>> value) {
    return set("Roles", value);
  }

  /**
   * The resource ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Defines how to map a claim to a role ARN.
   *
   * <p>Property type {@code AWS::Cognito::IdentityPoolRoleAttachment.MappingRule}.
   */
  public static final class MappingRule extends Struct<MappingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPoolRoleAttachment.MappingRule")
        .required("Claim", "MatchType", "RoleARN", "Value")
        .build();

    public MappingRule() {
      super(SCHEMA);
    }

    /**
     * The claim name that must be present in the token. For example: "isAdmin" or "paid".
     *
     * <p>Required. CloudFormation property {@code Claim}.
     */
    public MappingRule claim(String value) {
      return set("Claim", Value.of(value));
    }

    /** Sets {@code Claim} to this value; see {@link #claim(String)}. */
    public MappingRule claim(Value<String> value) {
      return set("Claim", value);
    }

    /**
     * The match condition that specifies how closely the claim value in the IdP token must match
     * <code>Value</code> .
     *
     * <p>Valid values are: <code>Equals</code> , <code>Contains</code> , <code>StartsWith</code> ,
     * and <code>NotEqual</code> .
     *
     * <p>Required. CloudFormation property {@code MatchType}.
     */
    public MappingRule matchType(String value) {
      return set("MatchType", Value.of(value));
    }

    /** Sets {@code MatchType} to this value; see {@link #matchType(String)}. */
    public MappingRule matchType(Value<String> value) {
      return set("MatchType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the role.
     *
     * <p>Required. CloudFormation property {@code RoleARN}.
     */
    public MappingRule roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public MappingRule roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /**
     * A brief string that the claim must match. For example, "paid" or "yes".
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public MappingRule value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public MappingRule value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * One of a set of <code>RoleMappings</code> , a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-identitypoolroleattachment.html">AWS::Cognito::IdentityPoolRoleAttachment</a>
   * resource that defines the role-mapping attributes of an Amazon Cognito identity pool.
   *
   * <p>Property type {@code AWS::Cognito::IdentityPoolRoleAttachment.RoleMapping}.
   */
  public static final class RoleMapping extends Struct<RoleMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPoolRoleAttachment.RoleMapping")
        .required("Type")
        .build();

    public RoleMapping() {
      super(SCHEMA);
    }

    /**
     * If you specify Token or Rules as the <code>Type</code> , <code>AmbiguousRoleResolution</code>
     * is required.
     *
     * <p>Specifies the action to be taken if either no rules match the claim value for the
     * <code>Rules</code> type, or there is no <code>cognito:preferred_role</code> claim and there
     * are multiple <code>cognito:roles</code> matches for the <code>Token</code> type.
     *
     * <p>CloudFormation property {@code AmbiguousRoleResolution}.
     */
    public RoleMapping ambiguousRoleResolution(String value) {
      return set("AmbiguousRoleResolution", Value.of(value));
    }

    /**
     * Sets {@code AmbiguousRoleResolution} to this value; see {@link
     * #ambiguousRoleResolution(String)}.
     */
    public RoleMapping ambiguousRoleResolution(Value<String> value) {
      return set("AmbiguousRoleResolution", value);
    }

    /**
     * Identifier for the identity provider for which the role is mapped. For example:
     * <code>graph.facebook.com</code> or
     * <code>cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi:app_client_id
     * (http://cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi:app_client_id)</code> . This
     * is the identity provider that is used by the user for authentication.
     *
     * <p>If the identity provider property isn't provided, the key of the entry in the
     * <code>RoleMappings</code> map is used as the identity provider.
     *
     * <p>CloudFormation property {@code IdentityProvider}.
     */
    public RoleMapping identityProvider(String value) {
      return set("IdentityProvider", Value.of(value));
    }

    /** Sets {@code IdentityProvider} to this value; see {@link #identityProvider(String)}. */
    public RoleMapping identityProvider(Value<String> value) {
      return set("IdentityProvider", value);
    }

    /**
     * The rules to be used for mapping users to roles. If you specify "Rules" as the role-mapping
     * type, RulesConfiguration is required.
     *
     * <p>CloudFormation property {@code RulesConfiguration}.
     */
    public RoleMapping rulesConfiguration(Value<RulesConfigurationType> value) {
      return set("RulesConfiguration", value);
    }

    /**
     * The role mapping type. Token will use <code>cognito:roles</code> and
     * <code>cognito:preferred_role</code> claims from the Cognito identity provider token to map
     * groups to roles. Rules will attempt to match claims from the token to map to a role.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public RoleMapping type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RoleMapping type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * <code>RulesConfigurationType</code> is a subproperty of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-identitypoolroleattachment-rolemapping.html">RoleMapping</a>
   * property that defines the rules to be used for mapping users to roles.
   *
   * <p>Property type {@code AWS::Cognito::IdentityPoolRoleAttachment.RulesConfigurationType}.
   */
  public static final class RulesConfigurationType extends Struct<RulesConfigurationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPoolRoleAttachment.RulesConfigurationType")
        .required("Rules")
        .build();

    public RulesConfigurationType() {
      super(SCHEMA);
    }

    /**
     * The rules. You can specify up to 25 rules per identity provider.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public RulesConfigurationType rules(List<MappingRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public RulesConfigurationType rules(Value<List<MappingRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public RulesConfigurationType rules(MappingRule... values) {
      return set("Rules", Value.list(values));
    }
  }
}
