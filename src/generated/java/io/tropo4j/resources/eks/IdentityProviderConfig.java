// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Associates an identity provider configuration to a cluster.
 *
 * <p>If you want to authenticate identities using an identity provider, you can create an identity
 * provider configuration and associate it to your cluster. After configuring authentication to your
 * cluster you can create Kubernetes <code>Role</code> and <code>ClusterRole</code> objects, assign
 * permissions to them, and then bind them to the identities using Kubernetes
 * <code>RoleBinding</code> and <code>ClusterRoleBinding</code> objects. For more information see <a
 * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/access-authn-authz/rbac/">Using
 * RBAC Authorization</a> in the Kubernetes documentation.
 *
 * <p>CloudFormation type {@code AWS::EKS::IdentityProviderConfig}.
 */
public final class IdentityProviderConfig extends Resource<IdentityProviderConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::IdentityProviderConfig")
      .required("ClusterName", "Type")
      .allowed("Type", "oidc")
      .attributes("IdentityProviderConfigArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdentityProviderConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of your cluster.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterName}.
   */
  public IdentityProviderConfig clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public IdentityProviderConfig clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The name of the configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * IdentityProviderConfigName}.
   */
  public IdentityProviderConfig identityProviderConfigName(String value) {
    return set("IdentityProviderConfigName", Value.of(value));
  }

  /**
   * Sets {@code IdentityProviderConfigName} to this value; see {@link
   * #identityProviderConfigName(String)}.
   */
  public IdentityProviderConfig identityProviderConfigName(Value<String> value) {
    return set("IdentityProviderConfigName", value);
  }

  /**
   * An object representing an OpenID Connect (OIDC) identity provider configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Oidc}.
   */
  public IdentityProviderConfig oidc(Value<OidcIdentityProviderConfig> value) {
    return set("Oidc", value);
  }

  /**
   * Metadata that assists with categorization and organization. Each tag consists of a key and an
   * optional value. You define both. Tags don't propagate to any other cluster or AWS resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IdentityProviderConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdentityProviderConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdentityProviderConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the identity provider configuration. The only type available is <code>oidc</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code oidc}. CloudFormation
   * property {@code Type}.
   */
  public IdentityProviderConfig typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public IdentityProviderConfig typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) associated with the identity provider config.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityProviderConfigArn}.
   */
  public Value<String> identityProviderConfigArn() {
    return getAtt("IdentityProviderConfigArn");
  }

  /**
   * An object representing the configuration for an OpenID Connect (OIDC) identity provider.
   *
   * <p>Property type {@code AWS::EKS::IdentityProviderConfig.OidcIdentityProviderConfig}.
   */
  public static final class OidcIdentityProviderConfig extends Struct<OidcIdentityProviderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::IdentityProviderConfig.OidcIdentityProviderConfig")
        .required("ClientId", "IssuerUrl")
        .build();

    public OidcIdentityProviderConfig() {
      super(SCHEMA);
    }

    /**
     * This is also known as <em>audience</em> . The ID of the client application that makes
     * authentication requests to the OIDC identity provider.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClientId}.
     */
    public OidcIdentityProviderConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OidcIdentityProviderConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The JSON web token (JWT) claim that the provider uses to return your groups.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupsClaim}.
     */
    public OidcIdentityProviderConfig groupsClaim(String value) {
      return set("GroupsClaim", Value.of(value));
    }

    /** Sets {@code GroupsClaim} to this value; see {@link #groupsClaim(String)}. */
    public OidcIdentityProviderConfig groupsClaim(Value<String> value) {
      return set("GroupsClaim", value);
    }

    /**
     * The prefix that is prepended to group claims to prevent clashes with existing names (such as
     * <code>system:</code> groups). For example, the value <code>oidc:</code> creates group names
     * like <code>oidc:engineering</code> and <code>oidc:infra</code> . The prefix can't contain
     * <code>system:</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupsPrefix}.
     */
    public OidcIdentityProviderConfig groupsPrefix(String value) {
      return set("GroupsPrefix", Value.of(value));
    }

    /** Sets {@code GroupsPrefix} to this value; see {@link #groupsPrefix(String)}. */
    public OidcIdentityProviderConfig groupsPrefix(Value<String> value) {
      return set("GroupsPrefix", value);
    }

    /**
     * The URL of the OIDC identity provider that allows the API server to discover public signing
     * keys for verifying tokens.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code IssuerUrl}.
     */
    public OidcIdentityProviderConfig issuerUrl(String value) {
      return set("IssuerUrl", Value.of(value));
    }

    /** Sets {@code IssuerUrl} to this value; see {@link #issuerUrl(String)}. */
    public OidcIdentityProviderConfig issuerUrl(Value<String> value) {
      return set("IssuerUrl", value);
    }

    /**
     * The key-value pairs that describe required claims in the identity token. If set, each claim
     * is verified to be present in the token with a matching value.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RequiredClaims}.
     */
    public OidcIdentityProviderConfig requiredClaims(List<RequiredClaim> value) {
      return set("RequiredClaims", Value.listOf(value));
    }

    /** Sets {@code RequiredClaims} to this value; see {@link #requiredClaims(List)}. */
    public OidcIdentityProviderConfig requiredClaims(Value<List<RequiredClaim>> value) {
      return set("RequiredClaims", value);
    }

    /** Sets {@code RequiredClaims} to a list of these; see {@link #requiredClaims(List)}. */
    public OidcIdentityProviderConfig requiredClaims(RequiredClaim... values) {
      return set("RequiredClaims", Value.list(values));
    }

    /**
     * The JSON Web token (JWT) claim that is used as the username.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code UsernameClaim}.
     */
    public OidcIdentityProviderConfig usernameClaim(String value) {
      return set("UsernameClaim", Value.of(value));
    }

    /** Sets {@code UsernameClaim} to this value; see {@link #usernameClaim(String)}. */
    public OidcIdentityProviderConfig usernameClaim(Value<String> value) {
      return set("UsernameClaim", value);
    }

    /**
     * The prefix that is prepended to username claims to prevent clashes with existing names. The
     * prefix can't contain <code>system:</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code UsernamePrefix}.
     */
    public OidcIdentityProviderConfig usernamePrefix(String value) {
      return set("UsernamePrefix", Value.of(value));
    }

    /** Sets {@code UsernamePrefix} to this value; see {@link #usernamePrefix(String)}. */
    public OidcIdentityProviderConfig usernamePrefix(Value<String> value) {
      return set("UsernamePrefix", value);
    }
  }

  /**
   * A key-value pair that describes a required claim in the identity token. If set, each claim is
   * verified to be present in the token with a matching value.
   *
   * <p>Property type {@code AWS::EKS::IdentityProviderConfig.RequiredClaim}.
   */
  public static final class RequiredClaim extends Struct<RequiredClaim> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::IdentityProviderConfig.RequiredClaim")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(63))
        .constrain("Value", Constraint.of().minLength(1).maxLength(253))
        .build();

    public RequiredClaim() {
      super(SCHEMA);
    }

    /**
     * The key to match from the token.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation
     * property {@code Key}.
     */
    public RequiredClaim key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public RequiredClaim key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the key from the token.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 253 characters. CloudFormation
     * property {@code Value}.
     */
    public RequiredClaim value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public RequiredClaim value(Value<String> value) {
      return set("Value", value);
    }
  }
}
