// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.verifiedpermissions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a reference to Amazon Cognito as an external identity provider.
 *
 * <p>If you are creating a new identity source, then you must specify a <code>Configuration</code>
 * . If you are updating an existing identity source, then you must specify an
 * <code>UpdateConfiguration</code> .
 *
 * <p>After you create an identity source, you can use the identities provided by the IdP as proxies
 * for the principal in authorization queries that use the <a
 * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_IsAuthorizedWithToken.html">IsAuthorizedWithToken</a>
 * operation. These identities take the form of tokens that contain claims about the user, such as
 * IDs, attributes and group memberships. Amazon Cognito provides both identity tokens and access
 * tokens, and Verified Permissions can use either or both. Any combination of identity and access
 * tokens results in the same Cedar principal. Verified Permissions automatically translates the
 * information about the identities into the standard Cedar attributes that can be evaluated by your
 * policies. Because the Amazon Cognito identity and access tokens can contain different
 * information, the tokens you choose to use determine the attributes that are available to access
 * in the Cedar principal from your policies.
 *
 * <p>Amazon Cognito Identity is not available in all of the same AWS Regions as . Because of this,
 * the <code>AWS::VerifiedPermissions::IdentitySource</code> type is not available to create from
 * CloudFormation in Regions where Amazon Cognito Identity is not currently available. Users can
 * still create <code>AWS::VerifiedPermissions::IdentitySource</code> in those Regions, but only
 * from the AWS CLI , SDK, or from the AWS console.
 *
 * <p>To reference a user from this identity source in your Cedar policies, use the following
 * syntax. <em>IdentityType::"&lt;CognitoUserPoolIdentifier&gt;|&lt;CognitoClientId&gt;</em> Where
 * <code>IdentityType</code> is the string that you provide to the <code>PrincipalEntityType</code>
 * parameter for this operation. The <code>CognitoUserPoolId</code> and <code>CognitoClientId</code>
 * are defined by the Amazon Cognito user pool.
 *
 * <p>CloudFormation type {@code AWS::VerifiedPermissions::IdentitySource}.
 */
public final class IdentitySource extends Resource<IdentitySource> {
  private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::IdentitySource")
      .required("Configuration", "PolicyStoreId")
      .constrain("PolicyStoreId", Constraint.of().pattern("^[a-zA-Z0-9-]*$").minLength(1).maxLength(200))
      .constrain("PrincipalEntityType", Constraint.of().pattern("^.*$").minLength(1).maxLength(200))
      .attributes("Details", "Details.ClientIds", "Details.DiscoveryUrl", "Details.OpenIdIssuer",
          "Details.UserPoolArn", "IdentitySourceId")
      .build();

  public IdentitySource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains configuration information used when creating a new identity source.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public IdentitySource configuration(Value<IdentitySourceConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * Specifies the ID of the policy store in which you want to store this identity source. Only
   * policies and requests made using this policy store can reference identities from the identity
   * provider configured in the new identity source.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]*$}. CloudFormation property {@code PolicyStoreId}.
   */
  public IdentitySource policyStoreId(String value) {
    return set("PolicyStoreId", Value.of(value));
  }

  /** Sets {@code PolicyStoreId} to this value; see {@link #policyStoreId(String)}. */
  public IdentitySource policyStoreId(Value<String> value) {
    return set("PolicyStoreId", value);
  }

  /**
   * Specifies the namespace and data type of the principals generated for identities authenticated
   * by the new identity source.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * PrincipalEntityType}.
   */
  public IdentitySource principalEntityType(String value) {
    return set("PrincipalEntityType", Value.of(value));
  }

  /** Sets {@code PrincipalEntityType} to this value; see {@link #principalEntityType(String)}. */
  public IdentitySource principalEntityType(Value<String> value) {
    return set("PrincipalEntityType", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Details}. */
  public Value<IdentitySourceDetails> details() {
    return getAtt("Details");
  }

  /** {@code Fn::GetAtt} attribute {@code Details.ClientIds}. */
  public Value<List<String>> detailsClientIds() {
    return getAtt("Details.ClientIds");
  }

  /** {@code Fn::GetAtt} attribute {@code Details.DiscoveryUrl}. */
  public Value<String> detailsDiscoveryUrl() {
    return getAtt("Details.DiscoveryUrl");
  }

  /** {@code Fn::GetAtt} attribute {@code Details.OpenIdIssuer}. */
  public Value<String> detailsOpenIdIssuer() {
    return getAtt("Details.OpenIdIssuer");
  }

  /** {@code Fn::GetAtt} attribute {@code Details.UserPoolArn}. */
  public Value<String> detailsUserPoolArn() {
    return getAtt("Details.UserPoolArn");
  }

  /**
   * The unique ID of the new or updated identity store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentitySourceId}.
   */
  public Value<String> identitySourceId() {
    return getAtt("IdentitySourceId");
  }

  /**
   * The type of entity that a policy store maps to groups from an Amazon Cognito user pool identity
   * source.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::IdentitySource.CognitoGroupConfiguration}.
   */
  public static final class CognitoGroupConfiguration extends Struct<CognitoGroupConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::IdentitySource.CognitoGroupConfiguration")
        .required("GroupEntityType")
        .build();

    public CognitoGroupConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the schema entity type that's mapped to the user pool group. Defaults to
     * <code>AWS::CognitoGroup</code> .
     *
     * <p>Required. CloudFormation property {@code GroupEntityType}.
     */
    public CognitoGroupConfiguration groupEntityType(String value) {
      return set("GroupEntityType", Value.of(value));
    }

    /** Sets {@code GroupEntityType} to this value; see {@link #groupEntityType(String)}. */
    public CognitoGroupConfiguration groupEntityType(Value<String> value) {
      return set("GroupEntityType", value);
    }
  }

  /**
   * A structure that contains configuration information used when creating or updating an identity
   * source that represents a connection to an Amazon Cognito user pool used as an identity provider
   * for Verified Permissions .
   *
   * <p>Property type {@code AWS::VerifiedPermissions::IdentitySource.CognitoUserPoolConfiguration}.
   */
  public static final class CognitoUserPoolConfiguration extends Struct<CognitoUserPoolConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::IdentitySource.CognitoUserPoolConfiguration")
        .required("UserPoolArn")
        .build();

    public CognitoUserPoolConfiguration() {
      super(SCHEMA);
    }

    /**
     * The unique application client IDs that are associated with the specified Amazon Cognito user
     * pool.
     *
     * <p>Example: <code>"ClientIds": ["&amp;ExampleCogClientId;"]</code>
     *
     * <p>CloudFormation property {@code ClientIds}.
     */
    public CognitoUserPoolConfiguration clientIds(List<String> value) {
      return set("ClientIds", Value.listOf(value));
    }

    /** Sets {@code ClientIds} to this value; see {@link #clientIds(List)}. */
    public CognitoUserPoolConfiguration clientIds(Value<List<String>> value) {
      return set("ClientIds", value);
    }

    /**
     * The type of entity that a policy store maps to groups from an Amazon Cognito user pool
     * identity source.
     *
     * <p>CloudFormation property {@code GroupConfiguration}.
     */
    public CognitoUserPoolConfiguration groupConfiguration(Value<CognitoGroupConfiguration> value) {
      return set("GroupConfiguration", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html">Amazon
     * Resource Name (ARN)</a> of the Amazon Cognito user pool that contains the identities to be
     * authorized.
     *
     * <p>Required. CloudFormation property {@code UserPoolArn}.
     */
    public CognitoUserPoolConfiguration userPoolArn(String value) {
      return set("UserPoolArn", Value.of(value));
    }

    /** Sets {@code UserPoolArn} to this value; see {@link #userPoolArn(String)}. */
    public CognitoUserPoolConfiguration userPoolArn(Value<String> value) {
      return set("UserPoolArn", value);
    }
  }

  /**
   * A structure that contains configuration information used when creating or updating a new
   * identity source.
   *
   * <p>At this time, the only valid member of this structure is a Amazon Cognito user pool
   * configuration. You must specify a <code>userPoolArn</code> , and optionally, a
   * <code>ClientId</code> .
   *
   * <p>Property type {@code AWS::VerifiedPermissions::IdentitySource.IdentitySourceConfiguration}.
   */
  public static final class IdentitySourceConfiguration extends Struct<IdentitySourceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::IdentitySource.IdentitySourceConfiguration");

    public IdentitySourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * A structure that contains configuration information used when creating or updating an
     * identity source that represents a connection to an Amazon Cognito user pool used as an
     * identity provider for Verified Permissions .
     *
     * <p>CloudFormation property {@code CognitoUserPoolConfiguration}.
     */
    public IdentitySourceConfiguration cognitoUserPoolConfiguration(Value<CognitoUserPoolConfiguration> value) {
      return set("CognitoUserPoolConfiguration", value);
    }

    /** CloudFormation property {@code OpenIdConnectConfiguration}. */
    public IdentitySourceConfiguration openIdConnectConfiguration(Value<OpenIdConnectConfiguration> value) {
      return set("OpenIdConnectConfiguration", value);
    }
  }

  /** Property type {@code AWS::VerifiedPermissions::IdentitySource.IdentitySourceDetails}. */
  public static final class IdentitySourceDetails extends Struct<IdentitySourceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::IdentitySource.IdentitySourceDetails")
        .allowed("OpenIdIssuer", "COGNITO")
        .build();

    public IdentitySourceDetails() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ClientIds}. */
    public IdentitySourceDetails clientIds(List<String> value) {
      return set("ClientIds", Value.listOf(value));
    }

    /** Sets {@code ClientIds} to this value; see {@link #clientIds(List)}. */
    public IdentitySourceDetails clientIds(Value<List<String>> value) {
      return set("ClientIds", value);
    }

    /** CloudFormation property {@code DiscoveryUrl}. */
    public IdentitySourceDetails discoveryUrl(String value) {
      return set("DiscoveryUrl", Value.of(value));
    }

    /** Sets {@code DiscoveryUrl} to this value; see {@link #discoveryUrl(String)}. */
    public IdentitySourceDetails discoveryUrl(Value<String> value) {
      return set("DiscoveryUrl", value);
    }

    /** Allowed values: {@code COGNITO}. CloudFormation property {@code OpenIdIssuer}. */
    public IdentitySourceDetails openIdIssuer(String value) {
      return set("OpenIdIssuer", Value.of(value));
    }

    /** Sets {@code OpenIdIssuer} to this value; see {@link #openIdIssuer(String)}. */
    public IdentitySourceDetails openIdIssuer(Value<String> value) {
      return set("OpenIdIssuer", value);
    }

    /** CloudFormation property {@code UserPoolArn}. */
    public IdentitySourceDetails userPoolArn(String value) {
      return set("UserPoolArn", Value.of(value));
    }

    /** Sets {@code UserPoolArn} to this value; see {@link #userPoolArn(String)}. */
    public IdentitySourceDetails userPoolArn(Value<String> value) {
      return set("UserPoolArn", value);
    }
  }

  /**
   * The configuration of an OpenID Connect (OIDC) identity source for handling access token claims.
   * Contains the claim that you want to identify as the principal in an authorization request, and
   * the values of the <code>aud</code> claim, or audiences, that you want to accept.
   *
   * <p>This data type is part of a <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_OpenIdConnectTokenSelection.html">OpenIdConnectTokenSelection</a>
   * structure, which is a parameter of <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreateIdentitySource.html">CreateIdentitySource</a>
   * .
   *
   * <p>Property type {@code
   * AWS::VerifiedPermissions::IdentitySource.OpenIdConnectAccessTokenConfiguration}.
   */
  public static final class OpenIdConnectAccessTokenConfiguration extends Struct<OpenIdConnectAccessTokenConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::IdentitySource.OpenIdConnectAccessTokenConfiguration");

    public OpenIdConnectAccessTokenConfiguration() {
      super(SCHEMA);
    }

    /**
     * The access token <code>aud</code> claim values that you want to accept in your policy store.
     * For example, <code>https://myapp.example.com, https://myapp2.example.com</code> .
     *
     * <p>CloudFormation property {@code Audiences}.
     */
    public OpenIdConnectAccessTokenConfiguration audiences(List<String> value) {
      return set("Audiences", Value.listOf(value));
    }

    /** Sets {@code Audiences} to this value; see {@link #audiences(List)}. */
    public OpenIdConnectAccessTokenConfiguration audiences(Value<List<String>> value) {
      return set("Audiences", value);
    }

    /**
     * The claim that determines the principal in OIDC access tokens. For example, <code>sub</code>
     * .
     *
     * <p>Default: {@code "sub"}. CloudFormation property {@code PrincipalIdClaim}.
     */
    public OpenIdConnectAccessTokenConfiguration principalIdClaim(String value) {
      return set("PrincipalIdClaim", Value.of(value));
    }

    /** Sets {@code PrincipalIdClaim} to this value; see {@link #principalIdClaim(String)}. */
    public OpenIdConnectAccessTokenConfiguration principalIdClaim(Value<String> value) {
      return set("PrincipalIdClaim", value);
    }
  }

  /**
   * Contains configuration details of an OpenID Connect (OIDC) identity provider, or identity
   * source, that Verified Permissions can use to generate entities from authenticated identities.
   * It specifies the issuer URL, token type that you want to use, and policy store entity details.
   *
   * <p>This data type is part of a <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_Configuration.html">Configuration</a>
   * structure, which is a parameter to <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreateIdentitySource.html">CreateIdentitySource</a>
   * .
   *
   * <p>Property type {@code AWS::VerifiedPermissions::IdentitySource.OpenIdConnectConfiguration}.
   */
  public static final class OpenIdConnectConfiguration extends Struct<OpenIdConnectConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::IdentitySource.OpenIdConnectConfiguration")
        .required("Issuer", "TokenSelection")
        .build();

    public OpenIdConnectConfiguration() {
      super(SCHEMA);
    }

    /**
     * A descriptive string that you want to prefix to user entities from your OIDC identity
     * provider. For example, if you set an <code>entityIdPrefix</code> of
     * <code>MyOIDCProvider</code> , you can reference principals in your policies in the format
     * <code>MyCorp::User::MyOIDCProvider|Carlos</code> .
     *
     * <p>CloudFormation property {@code EntityIdPrefix}.
     */
    public OpenIdConnectConfiguration entityIdPrefix(String value) {
      return set("EntityIdPrefix", Value.of(value));
    }

    /** Sets {@code EntityIdPrefix} to this value; see {@link #entityIdPrefix(String)}. */
    public OpenIdConnectConfiguration entityIdPrefix(Value<String> value) {
      return set("EntityIdPrefix", value);
    }

    /**
     * The claim in OIDC identity provider tokens that indicates a user's group membership, and the
     * entity type that you want to map it to. For example, this object can map the contents of a
     * <code>groups</code> claim to <code>MyCorp::UserGroup</code> .
     *
     * <p>CloudFormation property {@code GroupConfiguration}.
     */
    public OpenIdConnectConfiguration groupConfiguration(Value<OpenIdConnectGroupConfiguration> value) {
      return set("GroupConfiguration", value);
    }

    /**
     * The issuer URL of an OIDC identity provider. This URL must have an OIDC discovery endpoint at
     * the path <code>.well-known/openid-configuration</code> .
     *
     * <p>Required. CloudFormation property {@code Issuer}.
     */
    public OpenIdConnectConfiguration issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public OpenIdConnectConfiguration issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The token type that you want to process from your OIDC identity provider. Your policy store
     * can process either identity (ID) or access tokens from a given OIDC identity source.
     *
     * <p>Required. CloudFormation property {@code TokenSelection}.
     */
    public OpenIdConnectConfiguration tokenSelection(Value<OpenIdConnectTokenSelection> value) {
      return set("TokenSelection", value);
    }
  }

  /**
   * The claim in OIDC identity provider tokens that indicates a user's group membership, and the
   * entity type that you want to map it to. For example, this object can map the contents of a
   * <code>groups</code> claim to <code>MyCorp::UserGroup</code> .
   *
   * <p>This data type is part of a <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_OpenIdConnectConfiguration.html">OpenIdConnectConfiguration</a>
   * structure, which is a parameter of <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreateIdentitySource.html">CreateIdentitySource</a>
   * .
   *
   * <p>Property type {@code
   * AWS::VerifiedPermissions::IdentitySource.OpenIdConnectGroupConfiguration}.
   */
  public static final class OpenIdConnectGroupConfiguration extends Struct<OpenIdConnectGroupConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::IdentitySource.OpenIdConnectGroupConfiguration")
        .required("GroupClaim", "GroupEntityType")
        .build();

    public OpenIdConnectGroupConfiguration() {
      super(SCHEMA);
    }

    /**
     * The token claim that you want Verified Permissions to interpret as group membership. For
     * example, <code>groups</code> .
     *
     * <p>Required. CloudFormation property {@code GroupClaim}.
     */
    public OpenIdConnectGroupConfiguration groupClaim(String value) {
      return set("GroupClaim", Value.of(value));
    }

    /** Sets {@code GroupClaim} to this value; see {@link #groupClaim(String)}. */
    public OpenIdConnectGroupConfiguration groupClaim(Value<String> value) {
      return set("GroupClaim", value);
    }

    /**
     * The policy store entity type that you want to map your users' group claim to. For example,
     * <code>MyCorp::UserGroup</code> . A group entity type is an entity that can have a user entity
     * type as a member.
     *
     * <p>Required. CloudFormation property {@code GroupEntityType}.
     */
    public OpenIdConnectGroupConfiguration groupEntityType(String value) {
      return set("GroupEntityType", Value.of(value));
    }

    /** Sets {@code GroupEntityType} to this value; see {@link #groupEntityType(String)}. */
    public OpenIdConnectGroupConfiguration groupEntityType(Value<String> value) {
      return set("GroupEntityType", value);
    }
  }

  /**
   * The configuration of an OpenID Connect (OIDC) identity source for handling identity (ID) token
   * claims. Contains the claim that you want to identify as the principal in an authorization
   * request, and the values of the <code>aud</code> claim, or audiences, that you want to accept.
   *
   * <p>This data type is part of a <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_OpenIdConnectTokenSelection.html">OpenIdConnectTokenSelection</a>
   * structure, which is a parameter of <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreateIdentitySource.html">CreateIdentitySource</a>
   * .
   *
   * <p>Property type {@code
   * AWS::VerifiedPermissions::IdentitySource.OpenIdConnectIdentityTokenConfiguration}.
   */
  public static final class OpenIdConnectIdentityTokenConfiguration extends Struct<OpenIdConnectIdentityTokenConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::IdentitySource.OpenIdConnectIdentityTokenConfiguration");

    public OpenIdConnectIdentityTokenConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID token audience, or client ID, claim values that you want to accept in your policy
     * store from an OIDC identity provider. For example, <code>1example23456789,
     * 2example10111213</code> .
     *
     * <p>CloudFormation property {@code ClientIds}.
     */
    public OpenIdConnectIdentityTokenConfiguration clientIds(List<String> value) {
      return set("ClientIds", Value.listOf(value));
    }

    /** Sets {@code ClientIds} to this value; see {@link #clientIds(List)}. */
    public OpenIdConnectIdentityTokenConfiguration clientIds(Value<List<String>> value) {
      return set("ClientIds", value);
    }

    /**
     * The claim that determines the principal in OIDC access tokens. For example, <code>sub</code>
     * .
     *
     * <p>Default: {@code "sub"}. CloudFormation property {@code PrincipalIdClaim}.
     */
    public OpenIdConnectIdentityTokenConfiguration principalIdClaim(String value) {
      return set("PrincipalIdClaim", Value.of(value));
    }

    /** Sets {@code PrincipalIdClaim} to this value; see {@link #principalIdClaim(String)}. */
    public OpenIdConnectIdentityTokenConfiguration principalIdClaim(Value<String> value) {
      return set("PrincipalIdClaim", value);
    }
  }

  /**
   * The token type that you want to process from your OIDC identity provider. Your policy store can
   * process either identity (ID) or access tokens from a given OIDC identity source.
   *
   * <p>This data type is part of a <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_OpenIdConnectConfiguration.html">OpenIdConnectConfiguration</a>
   * structure, which is a parameter of <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_CreateIdentitySource.html">CreateIdentitySource</a>
   * .
   *
   * <p>Property type {@code AWS::VerifiedPermissions::IdentitySource.OpenIdConnectTokenSelection}.
   */
  public static final class OpenIdConnectTokenSelection extends Struct<OpenIdConnectTokenSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::IdentitySource.OpenIdConnectTokenSelection");

    public OpenIdConnectTokenSelection() {
      super(SCHEMA);
    }

    /**
     * The OIDC configuration for processing access tokens. Contains allowed audience claims, for
     * example <code>https://auth.example.com</code> , and the claim that you want to map to the
     * principal, for example <code>sub</code> .
     *
     * <p>CloudFormation property {@code AccessTokenOnly}.
     */
    public OpenIdConnectTokenSelection accessTokenOnly(Value<OpenIdConnectAccessTokenConfiguration> value) {
      return set("AccessTokenOnly", value);
    }

    /**
     * The OIDC configuration for processing identity (ID) tokens. Contains allowed client ID
     * claims, for example <code>1example23456789</code> , and the claim that you want to map to the
     * principal, for example <code>sub</code> .
     *
     * <p>CloudFormation property {@code IdentityTokenOnly}.
     */
    public OpenIdConnectTokenSelection identityTokenOnly(Value<OpenIdConnectIdentityTokenConfiguration> value) {
      return set("IdentityTokenOnly", value);
    }
  }
}
