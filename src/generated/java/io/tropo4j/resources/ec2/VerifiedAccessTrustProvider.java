// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A trust provider is a third-party entity that creates, maintains, and manages identity
 * information for users and devices. When an application request is made, the identity information
 * sent by the trust provider is evaluated by Verified Access before allowing or denying the
 * application request.
 *
 * <p>CloudFormation type {@code AWS::EC2::VerifiedAccessTrustProvider}.
 */
public final class VerifiedAccessTrustProvider extends Resource<VerifiedAccessTrustProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessTrustProvider")
      .required("PolicyReferenceName", "TrustProviderType")
      .allowed("DeviceTrustProviderType", "crowdstrike", "jamf", "jumpcloud")
      .allowed("TrustProviderType", "device", "user")
      .allowed("UserTrustProviderType", "iam-identity-center", "oidc")
      .refYields("VerifiedAccessTrustProviderId")
      .attributes("CreationTime", "LastUpdatedTime", "VerifiedAccessTrustProviderId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VerifiedAccessTrustProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the AWS Verified Access trust provider.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public VerifiedAccessTrustProvider description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VerifiedAccessTrustProvider description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The options for device-identity trust provider.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeviceOptions}.
   */
  public VerifiedAccessTrustProvider deviceOptions(Value<DeviceOptions> value) {
    return set("DeviceOptions", value);
  }

  /**
   * The type of device-based trust provider.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code crowdstrike}, {@code jamf}, {@code
   * jumpcloud}. CloudFormation property {@code DeviceTrustProviderType}.
   */
  public VerifiedAccessTrustProvider deviceTrustProviderType(String value) {
    return set("DeviceTrustProviderType", Value.of(value));
  }

  /**
   * Sets {@code DeviceTrustProviderType} to this value; see {@link
   * #deviceTrustProviderType(String)}.
   */
  public VerifiedAccessTrustProvider deviceTrustProviderType(Value<String> value) {
    return set("DeviceTrustProviderType", value);
  }

  /**
   * The OpenID Connect (OIDC) options.
   *
   * <p>CloudFormation property {@code NativeApplicationOidcOptions}.
   */
  public VerifiedAccessTrustProvider nativeApplicationOidcOptions(Value<NativeApplicationOidcOptions> value) {
    return set("NativeApplicationOidcOptions", value);
  }

  /**
   * The options for an OpenID Connect-compatible user-identity trust provider.
   *
   * <p>CloudFormation property {@code OidcOptions}.
   */
  public VerifiedAccessTrustProvider oidcOptions(Value<OidcOptions> value) {
    return set("OidcOptions", value);
  }

  /**
   * The identifier to be used when working with policy rules.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PolicyReferenceName}.
   */
  public VerifiedAccessTrustProvider policyReferenceName(String value) {
    return set("PolicyReferenceName", Value.of(value));
  }

  /** Sets {@code PolicyReferenceName} to this value; see {@link #policyReferenceName(String)}. */
  public VerifiedAccessTrustProvider policyReferenceName(Value<String> value) {
    return set("PolicyReferenceName", value);
  }

  /**
   * The options for additional server side encryption.
   *
   * <p>CloudFormation property {@code SseSpecification}.
   */
  public VerifiedAccessTrustProvider sseSpecification(Value<SseSpecification> value) {
    return set("SseSpecification", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VerifiedAccessTrustProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VerifiedAccessTrustProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VerifiedAccessTrustProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of Verified Access trust provider.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code device}, {@code user}.
   * CloudFormation property {@code TrustProviderType}.
   */
  public VerifiedAccessTrustProvider trustProviderType(String value) {
    return set("TrustProviderType", Value.of(value));
  }

  /** Sets {@code TrustProviderType} to this value; see {@link #trustProviderType(String)}. */
  public VerifiedAccessTrustProvider trustProviderType(Value<String> value) {
    return set("TrustProviderType", value);
  }

  /**
   * The type of user-based trust provider.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code iam-identity-center}, {@code
   * oidc}. CloudFormation property {@code UserTrustProviderType}.
   */
  public VerifiedAccessTrustProvider userTrustProviderType(String value) {
    return set("UserTrustProviderType", Value.of(value));
  }

  /**
   * Sets {@code UserTrustProviderType} to this value; see {@link #userTrustProviderType(String)}.
   */
  public VerifiedAccessTrustProvider userTrustProviderType(Value<String> value) {
    return set("UserTrustProviderType", value);
  }

  /**
   * The creation time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The last updated time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The ID of the Verified Access trust provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAccessTrustProviderId}.
   */
  public Value<String> verifiedAccessTrustProviderId() {
    return getAtt("VerifiedAccessTrustProviderId");
  }

  /**
   * Describes the options for an AWS Verified Access device-identity based trust provider.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessTrustProvider.DeviceOptions}.
   */
  public static final class DeviceOptions extends Struct<DeviceOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessTrustProvider.DeviceOptions");

    public DeviceOptions() {
      super(SCHEMA);
    }

    /**
     * The URL AWS Verified Access will use to verify the authenticity of the device tokens.
     *
     * <p>CloudFormation property {@code PublicSigningKeyUrl}.
     */
    public DeviceOptions publicSigningKeyUrl(String value) {
      return set("PublicSigningKeyUrl", Value.of(value));
    }

    /** Sets {@code PublicSigningKeyUrl} to this value; see {@link #publicSigningKeyUrl(String)}. */
    public DeviceOptions publicSigningKeyUrl(Value<String> value) {
      return set("PublicSigningKeyUrl", value);
    }

    /**
     * The ID of the tenant application with the device-identity provider.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TenantId}.
     */
    public DeviceOptions tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public DeviceOptions tenantId(Value<String> value) {
      return set("TenantId", value);
    }
  }

  /**
   * Describes the OpenID Connect (OIDC) options.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessTrustProvider.NativeApplicationOidcOptions}.
   */
  public static final class NativeApplicationOidcOptions extends Struct<NativeApplicationOidcOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessTrustProvider.NativeApplicationOidcOptions");

    public NativeApplicationOidcOptions() {
      super(SCHEMA);
    }

    /**
     * The authorization endpoint of the IdP.
     *
     * <p>CloudFormation property {@code AuthorizationEndpoint}.
     */
    public NativeApplicationOidcOptions authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public NativeApplicationOidcOptions authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /**
     * The OAuth 2.0 client identifier.
     *
     * <p>CloudFormation property {@code ClientId}.
     */
    public NativeApplicationOidcOptions clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public NativeApplicationOidcOptions clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The OAuth 2.0 client secret.
     *
     * <p>CloudFormation property {@code ClientSecret}.
     */
    public NativeApplicationOidcOptions clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public NativeApplicationOidcOptions clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * The OIDC issuer identifier of the IdP.
     *
     * <p>CloudFormation property {@code Issuer}.
     */
    public NativeApplicationOidcOptions issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public NativeApplicationOidcOptions issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The public signing key endpoint.
     *
     * <p>CloudFormation property {@code PublicSigningKeyEndpoint}.
     */
    public NativeApplicationOidcOptions publicSigningKeyEndpoint(String value) {
      return set("PublicSigningKeyEndpoint", Value.of(value));
    }

    /**
     * Sets {@code PublicSigningKeyEndpoint} to this value; see {@link
     * #publicSigningKeyEndpoint(String)}.
     */
    public NativeApplicationOidcOptions publicSigningKeyEndpoint(Value<String> value) {
      return set("PublicSigningKeyEndpoint", value);
    }

    /**
     * The set of user claims to be requested from the IdP.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public NativeApplicationOidcOptions scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public NativeApplicationOidcOptions scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * The token endpoint of the IdP.
     *
     * <p>CloudFormation property {@code TokenEndpoint}.
     */
    public NativeApplicationOidcOptions tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public NativeApplicationOidcOptions tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }

    /**
     * The user info endpoint of the IdP.
     *
     * <p>CloudFormation property {@code UserInfoEndpoint}.
     */
    public NativeApplicationOidcOptions userInfoEndpoint(String value) {
      return set("UserInfoEndpoint", Value.of(value));
    }

    /** Sets {@code UserInfoEndpoint} to this value; see {@link #userInfoEndpoint(String)}. */
    public NativeApplicationOidcOptions userInfoEndpoint(Value<String> value) {
      return set("UserInfoEndpoint", value);
    }
  }

  /**
   * Describes the options for an OpenID Connect-compatible user-identity trust provider.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessTrustProvider.OidcOptions}.
   */
  public static final class OidcOptions extends Struct<OidcOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessTrustProvider.OidcOptions");

    public OidcOptions() {
      super(SCHEMA);
    }

    /**
     * The OIDC authorization endpoint.
     *
     * <p>CloudFormation property {@code AuthorizationEndpoint}.
     */
    public OidcOptions authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public OidcOptions authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /**
     * The client identifier.
     *
     * <p>CloudFormation property {@code ClientId}.
     */
    public OidcOptions clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OidcOptions clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret.
     *
     * <p>CloudFormation property {@code ClientSecret}.
     */
    public OidcOptions clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public OidcOptions clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * The OIDC issuer.
     *
     * <p>CloudFormation property {@code Issuer}.
     */
    public OidcOptions issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public OidcOptions issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The OpenID Connect (OIDC) scope specified.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public OidcOptions scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public OidcOptions scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * The OIDC token endpoint.
     *
     * <p>CloudFormation property {@code TokenEndpoint}.
     */
    public OidcOptions tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public OidcOptions tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }

    /**
     * The OIDC user info endpoint.
     *
     * <p>CloudFormation property {@code UserInfoEndpoint}.
     */
    public OidcOptions userInfoEndpoint(String value) {
      return set("UserInfoEndpoint", Value.of(value));
    }

    /** Sets {@code UserInfoEndpoint} to this value; see {@link #userInfoEndpoint(String)}. */
    public OidcOptions userInfoEndpoint(Value<String> value) {
      return set("UserInfoEndpoint", value);
    }
  }

  /**
   * AWS Verified Access provides server side encryption by default to data at rest using AWS -owned
   * KMS keys. You also have the option of using customer managed KMS keys, which can be specified
   * using the options below.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessTrustProvider.SseSpecification}.
   */
  public static final class SseSpecification extends Struct<SseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessTrustProvider.SseSpecification")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public SseSpecification() {
      super(SCHEMA);
    }

    /**
     * Enable or disable the use of customer managed KMS keys for server side encryption.
     *
     * <p>Valid values: <code>True</code> | <code>False</code>
     *
     * <p>CloudFormation property {@code CustomerManagedKeyEnabled}.
     */
    public SseSpecification customerManagedKeyEnabled(boolean value) {
      return set("CustomerManagedKeyEnabled", Value.of(value));
    }

    /**
     * Sets {@code CustomerManagedKeyEnabled} to this value; see {@link
     * #customerManagedKeyEnabled(boolean)}.
     */
    public SseSpecification customerManagedKeyEnabled(Value<Boolean> value) {
      return set("CustomerManagedKeyEnabled", value);
    }

    /**
     * The ARN of the KMS key.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public SseSpecification kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public SseSpecification kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }
}
