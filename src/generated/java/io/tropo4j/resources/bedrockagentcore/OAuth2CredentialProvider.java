// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::BedrockAgentCore::OAuth2CredentialProvider
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider}.
 */
public final class OAuth2CredentialProvider extends Resource<OAuth2CredentialProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider")
      .required("CredentialProviderVendor", "Name")
      .allowed("CredentialProviderVendor", "GoogleOauth2", "GithubOauth2", "SlackOauth2",
          "SalesforceOauth2", "MicrosoftOauth2", "CustomOauth2", "AtlassianOauth2",
          "LinkedinOauth2", "XOauth2", "OktaOauth2", "OneLoginOauth2", "PingOneOauth2",
          "FacebookOauth2", "YandexOauth2", "RedditOauth2", "ZoomOauth2", "TwitchOauth2",
          "SpotifyOauth2", "DropboxOauth2", "NotionOauth2", "HubspotOauth2", "CyberArkOauth2",
          "FusionAuthOauth2", "Auth0Oauth2", "CognitoOauth2")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(128))
      .refYields("CredentialProviderArn")
      .attributes("CallbackUrl", "ClientSecretArn", "ClientSecretJsonKey", "ClientSecretSource",
          "CreatedTime", "CredentialProviderArn", "LastUpdatedTime", "Oauth2ProviderConfigOutput",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OAuth2CredentialProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The vendor of the OAuth2 credential provider
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code GoogleOauth2}, {@code
   * GithubOauth2}, {@code SlackOauth2}, {@code SalesforceOauth2}, {@code MicrosoftOauth2}, {@code
   * CustomOauth2}, {@code AtlassianOauth2}, {@code LinkedinOauth2}, {@code XOauth2}, {@code
   * OktaOauth2}, {@code OneLoginOauth2}, {@code PingOneOauth2}, {@code FacebookOauth2}, {@code
   * YandexOauth2}, {@code RedditOauth2}, {@code ZoomOauth2}, {@code TwitchOauth2}, {@code
   * SpotifyOauth2}, {@code DropboxOauth2}, {@code NotionOauth2}, {@code HubspotOauth2}, {@code
   * CyberArkOauth2}, {@code FusionAuthOauth2}, {@code Auth0Oauth2}, {@code CognitoOauth2}.
   * CloudFormation property {@code CredentialProviderVendor}.
   */
  public OAuth2CredentialProvider credentialProviderVendor(String value) {
    return set("CredentialProviderVendor", Value.of(value));
  }

  /**
   * Sets {@code CredentialProviderVendor} to this value; see {@link
   * #credentialProviderVendor(String)}.
   */
  public OAuth2CredentialProvider credentialProviderVendor(Value<String> value) {
    return set("CredentialProviderVendor", value);
  }

  /**
   * The name of the OAuth2 credential provider
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code Name}.
   */
  public OAuth2CredentialProvider name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public OAuth2CredentialProvider name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Input configuration for an OAuth2 provider
   *
   * <p>CloudFormation property {@code Oauth2ProviderConfigInput}.
   */
  public OAuth2CredentialProvider oauth2ProviderConfigInput(Value<Oauth2ProviderConfigInput> value) {
    return set("Oauth2ProviderConfigInput", value);
  }

  /**
   * Tags to assign to the OAuth2 credential provider
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OAuth2CredentialProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OAuth2CredentialProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OAuth2CredentialProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The callback URL for the OAuth2 authorization flow
   *
   * <p>{@code Fn::GetAtt} attribute {@code CallbackUrl}.
   */
  public Value<String> callbackUrl() {
    return getAtt("CallbackUrl");
  }

  /**
   * Contains information about a secret in AWS Secrets Manager
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClientSecretArn}.
   */
  public Value<ClientSecretArn> clientSecretArn() {
    return getAtt("ClientSecretArn");
  }

  /**
   * The JSON key within the secret that contains the client secret value
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClientSecretJsonKey}.
   */
  public Value<String> clientSecretJsonKey() {
    return getAtt("ClientSecretJsonKey");
  }

  /**
   * The source of the client secret
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClientSecretSource}.
   */
  public Value<String> clientSecretSource() {
    return getAtt("ClientSecretSource");
  }

  /**
   * The timestamp when the credential provider was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the OAuth2 credential provider
   *
   * <p>{@code Fn::GetAtt} attribute {@code CredentialProviderArn}.
   */
  public Value<String> credentialProviderArn() {
    return getAtt("CredentialProviderArn");
  }

  /**
   * The timestamp when the credential provider was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * Output configuration for an OAuth2 provider
   *
   * <p>{@code Fn::GetAtt} attribute {@code Oauth2ProviderConfigOutput}.
   */
  public Value<Oauth2ProviderConfigOutput> oauth2ProviderConfigOutput() {
    return getAtt("Oauth2ProviderConfigOutput");
  }

  /**
   * The current status of the OAuth2 credential provider
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Input configuration for an Atlassian OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.AtlassianOauth2ProviderConfigInput}.
   */
  public static final class AtlassianOauth2ProviderConfigInput extends Struct<AtlassianOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.AtlassianOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public AtlassianOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public AtlassianOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public AtlassianOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public AtlassianOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public AtlassianOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public AtlassianOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public AtlassianOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public AtlassianOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }
  }

  /**
   * Contains information about a secret in AWS Secrets Manager
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.ClientSecretArn}.
   */
  public static final class ClientSecretArn extends Struct<ClientSecretArn> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.ClientSecretArn")
        .required("SecretArn")
        .build();

    public ClientSecretArn() {
      super(SCHEMA);
    }

    /**
     * The ARN of the secret in AWS Secrets Manager
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ClientSecretArn secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ClientSecretArn secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Input configuration for a custom OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.CustomOauth2ProviderConfigInput}.
   */
  public static final class CustomOauth2ProviderConfigInput extends Struct<CustomOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.CustomOauth2ProviderConfigInput")
        .required("OauthDiscovery")
        .allowed("ClientAuthenticationMethod", "CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST",
            "AWS_IAM_ID_TOKEN_JWT", "PRIVATE_KEY_JWT")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public CustomOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /**
     * The client authentication method to use when authenticating with the token endpoint
     *
     * <p>Allowed values: {@code CLIENT_SECRET_BASIC}, {@code CLIENT_SECRET_POST}, {@code
     * AWS_IAM_ID_TOKEN_JWT}, {@code PRIVATE_KEY_JWT}. CloudFormation property {@code
     * ClientAuthenticationMethod}.
     */
    public CustomOauth2ProviderConfigInput clientAuthenticationMethod(String value) {
      return set("ClientAuthenticationMethod", Value.of(value));
    }

    /**
     * Sets {@code ClientAuthenticationMethod} to this value; see {@link
     * #clientAuthenticationMethod(String)}.
     */
    public CustomOauth2ProviderConfigInput clientAuthenticationMethod(Value<String> value) {
      return set("ClientAuthenticationMethod", value);
    }

    /**
     * The client ID for the custom OAuth2 provider
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ClientId}.
     */
    public CustomOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public CustomOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret for the custom OAuth2 provider
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}.
     */
    public CustomOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public CustomOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public CustomOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * The source of the client secret
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public CustomOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public CustomOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }

    /**
     * Discovery information for an OAuth2 provider
     *
     * <p>Required. CloudFormation property {@code OauthDiscovery}.
     */
    public CustomOauth2ProviderConfigInput oauthDiscovery(Value<Oauth2Discovery> value) {
      return set("OauthDiscovery", value);
    }

    /**
     * Configuration for on-behalf-of token exchange
     *
     * <p>CloudFormation property {@code OnBehalfOfTokenExchangeConfig}.
     */
    public CustomOauth2ProviderConfigInput onBehalfOfTokenExchangeConfig(Value<OnBehalfOfTokenExchangeConfig> value) {
      return set("OnBehalfOfTokenExchangeConfig", value);
    }

    /**
     * The private endpoint configuration for connecting to private resources in your VPC
     *
     * <p>CloudFormation property {@code PrivateEndpoint}.
     */
    public CustomOauth2ProviderConfigInput privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }

    /**
     * A list of private endpoint overrides. Each override maps a specific domain to a private
     * endpoint, enabling secure connectivity through VPC Lattice resource configurations.
     *
     * <p>CloudFormation property {@code PrivateEndpointOverrides}.
     */
    public CustomOauth2ProviderConfigInput privateEndpointOverrides(List<PrivateEndpointOverride> value) {
      return set("PrivateEndpointOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code PrivateEndpointOverrides} to this value; see {@link
     * #privateEndpointOverrides(List)}.
     */
    public CustomOauth2ProviderConfigInput privateEndpointOverrides(Value<List<PrivateEndpointOverride>> value) {
      return set("PrivateEndpointOverrides", value);
    }

    /**
     * Sets {@code PrivateEndpointOverrides} to a list of these; see {@link
     * #privateEndpointOverrides(List)}.
     */
    public CustomOauth2ProviderConfigInput privateEndpointOverrides(PrivateEndpointOverride... values) {
      return set("PrivateEndpointOverrides", Value.list(values));
    }

    /**
     * Configuration for private_key_jwt client authentication (RFC 7523)
     *
     * <p>CloudFormation property {@code PrivateKeyJwtConfig}.
     */
    public CustomOauth2ProviderConfigInput privateKeyJwtConfig(Value<PrivateKeyJwtConfig> value) {
      return set("PrivateKeyJwtConfig", value);
    }
  }

  /**
   * Input configuration for a GitHub OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.GithubOauth2ProviderConfigInput}.
   */
  public static final class GithubOauth2ProviderConfigInput extends Struct<GithubOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.GithubOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public GithubOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public GithubOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public GithubOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public GithubOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public GithubOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public GithubOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public GithubOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public GithubOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }
  }

  /**
   * Input configuration for a Google OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.GoogleOauth2ProviderConfigInput}.
   */
  public static final class GoogleOauth2ProviderConfigInput extends Struct<GoogleOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.GoogleOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public GoogleOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public GoogleOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public GoogleOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public GoogleOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public GoogleOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public GoogleOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public GoogleOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public GoogleOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }
  }

  /**
   * Input configuration for a supported non-custom OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.IncludedOauth2ProviderConfigInput}.
   */
  public static final class IncludedOauth2ProviderConfigInput extends Struct<IncludedOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.IncludedOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public IncludedOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /**
     * OAuth2 authorization endpoint for your isolated OAuth2 application tenant
     *
     * <p>CloudFormation property {@code AuthorizationEndpoint}.
     */
    public IncludedOauth2ProviderConfigInput authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public IncludedOauth2ProviderConfigInput authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public IncludedOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public IncludedOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public IncludedOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public IncludedOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public IncludedOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public IncludedOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public IncludedOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }

    /**
     * Token issuer of your isolated OAuth2 application tenant
     *
     * <p>CloudFormation property {@code Issuer}.
     */
    public IncludedOauth2ProviderConfigInput issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public IncludedOauth2ProviderConfigInput issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * OAuth2 token endpoint for your isolated OAuth2 application tenant
     *
     * <p>CloudFormation property {@code TokenEndpoint}.
     */
    public IncludedOauth2ProviderConfigInput tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public IncludedOauth2ProviderConfigInput tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }
  }

  /**
   * Contains the KMS key configuration for a JWT client assertion
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.KmsKeySourceType}.
   */
  public static final class KmsKeySourceType extends Struct<KmsKeySourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.KmsKeySourceType")
        .required("KmsKeyArn")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public KmsKeySourceType() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key used to sign the JWT client assertion
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public KmsKeySourceType kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public KmsKeySourceType kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Input configuration for a LinkedIn OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.LinkedinOauth2ProviderConfigInput}.
   */
  public static final class LinkedinOauth2ProviderConfigInput extends Struct<LinkedinOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.LinkedinOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public LinkedinOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public LinkedinOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public LinkedinOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public LinkedinOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public LinkedinOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public LinkedinOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public LinkedinOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public LinkedinOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }
  }

  /**
   * Configuration for a managed VPC Lattice resource. AgentCore creates and manages the VPC Lattice
   * resource gateway and resource configuration on your behalf.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.ManagedVpcResource}.
   */
  public static final class ManagedVpcResource extends Struct<ManagedVpcResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.ManagedVpcResource")
        .required("EndpointIpAddressType", "SubnetIds", "VpcIdentifier")
        .allowed("EndpointIpAddressType", "IPV4", "IPV6")
        .constrain("RoutingDomain", Constraint.of().minLength(3).maxLength(255))
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{8,17}$"))
        .constrain("VpcIdentifier", Constraint.of().pattern("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$"))
        .build();

    public ManagedVpcResource() {
      super(SCHEMA);
    }

    /**
     * The IP address type for the resource configuration endpoint
     *
     * <p>Required. Allowed values: {@code IPV4}, {@code IPV6}. CloudFormation property {@code
     * EndpointIpAddressType}.
     */
    public ManagedVpcResource endpointIpAddressType(String value) {
      return set("EndpointIpAddressType", Value.of(value));
    }

    /**
     * Sets {@code EndpointIpAddressType} to this value; see {@link #endpointIpAddressType(String)}.
     */
    public ManagedVpcResource endpointIpAddressType(Value<String> value) {
      return set("EndpointIpAddressType", value);
    }

    /**
     * An intermediate publicly resolvable domain used as the VPC Lattice resource configuration
     * endpoint
     *
     * <p>Length: 3 to 255 characters. CloudFormation property {@code RoutingDomain}.
     */
    public ManagedVpcResource routingDomain(String value) {
      return set("RoutingDomain", Value.of(value));
    }

    /** Sets {@code RoutingDomain} to this value; see {@link #routingDomain(String)}. */
    public ManagedVpcResource routingDomain(Value<String> value) {
      return set("RoutingDomain", value);
    }

    /**
     * The security group IDs to associate with the VPC Lattice resource gateway
     *
     * <p>Pattern: {@code ^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public ManagedVpcResource securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public ManagedVpcResource securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The subnet IDs within the VPC where the VPC Lattice resource gateway is placed
     *
     * <p>Required. Pattern: {@code ^subnet-[0-9a-zA-Z]{8,17}$}. CloudFormation property {@code
     * SubnetIds}.
     */
    public ManagedVpcResource subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public ManagedVpcResource subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * A map of tags (key-value pairs) to apply to a resource
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ManagedVpcResource tags(Map<String, String> value) {
      return set("Tags", Value.mapOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
    public ManagedVpcResource tags(Value<Map<String, String>> value) {
      return set("Tags", value);
    }

    /**
     * The ID of the VPC that contains your private resource
     *
     * <p>Required. Pattern: {@code ^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$}. CloudFormation property
     * {@code VpcIdentifier}.
     */
    public ManagedVpcResource vpcIdentifier(String value) {
      return set("VpcIdentifier", Value.of(value));
    }

    /** Sets {@code VpcIdentifier} to this value; see {@link #vpcIdentifier(String)}. */
    public ManagedVpcResource vpcIdentifier(Value<String> value) {
      return set("VpcIdentifier", value);
    }
  }

  /**
   * Input configuration for a Microsoft OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.MicrosoftOauth2ProviderConfigInput}.
   */
  public static final class MicrosoftOauth2ProviderConfigInput extends Struct<MicrosoftOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.MicrosoftOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .constrain("TenantId", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public MicrosoftOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public MicrosoftOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public MicrosoftOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public MicrosoftOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public MicrosoftOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public MicrosoftOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public MicrosoftOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public MicrosoftOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }

    /**
     * The Microsoft Entra ID tenant ID
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code TenantId}.
     */
    public MicrosoftOauth2ProviderConfigInput tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public MicrosoftOauth2ProviderConfigInput tenantId(Value<String> value) {
      return set("TenantId", value);
    }
  }

  /**
   * Authorization server metadata for the OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2AuthorizationServerMetadata}.
   */
  public static final class Oauth2AuthorizationServerMetadata extends Struct<Oauth2AuthorizationServerMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2AuthorizationServerMetadata")
        .required("AuthorizationEndpoint", "Issuer", "TokenEndpoint")
        .build();

    public Oauth2AuthorizationServerMetadata() {
      super(SCHEMA);
    }

    /**
     * The authorization endpoint URL
     *
     * <p>Required. CloudFormation property {@code AuthorizationEndpoint}.
     */
    public Oauth2AuthorizationServerMetadata authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public Oauth2AuthorizationServerMetadata authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /**
     * The issuer URL for the OAuth2 authorization server
     *
     * <p>Required. CloudFormation property {@code Issuer}.
     */
    public Oauth2AuthorizationServerMetadata issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public Oauth2AuthorizationServerMetadata issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The supported response types
     *
     * <p>CloudFormation property {@code ResponseTypes}.
     */
    public Oauth2AuthorizationServerMetadata responseTypes(List<String> value) {
      return set("ResponseTypes", Value.listOf(value));
    }

    /** Sets {@code ResponseTypes} to this value; see {@link #responseTypes(List)}. */
    public Oauth2AuthorizationServerMetadata responseTypes(Value<List<String>> value) {
      return set("ResponseTypes", value);
    }

    /**
     * The token endpoint URL
     *
     * <p>Required. CloudFormation property {@code TokenEndpoint}.
     */
    public Oauth2AuthorizationServerMetadata tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public Oauth2AuthorizationServerMetadata tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }
  }

  /**
   * Discovery information for an OAuth2 provider
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2Discovery}.
   */
  public static final class Oauth2Discovery extends Struct<Oauth2Discovery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2Discovery")
        .constrain("DiscoveryUrl", Constraint.of().pattern("^.+/\\.well-known/openid-configuration$"))
        .build();

    public Oauth2Discovery() {
      super(SCHEMA);
    }

    /**
     * Authorization server metadata for the OAuth2 provider
     *
     * <p>CloudFormation property {@code AuthorizationServerMetadata}.
     */
    public Oauth2Discovery authorizationServerMetadata(Value<Oauth2AuthorizationServerMetadata> value) {
      return set("AuthorizationServerMetadata", value);
    }

    /**
     * The discovery URL for the OAuth2 provider
     *
     * <p>Pattern: {@code ^.+/&#92;.well-known/openid-configuration$}. CloudFormation property
     * {@code DiscoveryUrl}.
     */
    public Oauth2Discovery discoveryUrl(String value) {
      return set("DiscoveryUrl", Value.of(value));
    }

    /** Sets {@code DiscoveryUrl} to this value; see {@link #discoveryUrl(String)}. */
    public Oauth2Discovery discoveryUrl(Value<String> value) {
      return set("DiscoveryUrl", value);
    }
  }

  /**
   * Input configuration for an OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2ProviderConfigInput}.
   */
  public static final class Oauth2ProviderConfigInput extends Struct<Oauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2ProviderConfigInput");

    public Oauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /**
     * Input configuration for an Atlassian OAuth2 provider
     *
     * <p>CloudFormation property {@code AtlassianOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput atlassianOauth2ProviderConfig(Value<AtlassianOauth2ProviderConfigInput> value) {
      return set("AtlassianOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a custom OAuth2 provider
     *
     * <p>CloudFormation property {@code CustomOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput customOauth2ProviderConfig(Value<CustomOauth2ProviderConfigInput> value) {
      return set("CustomOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a GitHub OAuth2 provider
     *
     * <p>CloudFormation property {@code GithubOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput githubOauth2ProviderConfig(Value<GithubOauth2ProviderConfigInput> value) {
      return set("GithubOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a Google OAuth2 provider
     *
     * <p>CloudFormation property {@code GoogleOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput googleOauth2ProviderConfig(Value<GoogleOauth2ProviderConfigInput> value) {
      return set("GoogleOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a supported non-custom OAuth2 provider
     *
     * <p>CloudFormation property {@code IncludedOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput includedOauth2ProviderConfig(Value<IncludedOauth2ProviderConfigInput> value) {
      return set("IncludedOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a LinkedIn OAuth2 provider
     *
     * <p>CloudFormation property {@code LinkedinOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput linkedinOauth2ProviderConfig(Value<LinkedinOauth2ProviderConfigInput> value) {
      return set("LinkedinOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a Microsoft OAuth2 provider
     *
     * <p>CloudFormation property {@code MicrosoftOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput microsoftOauth2ProviderConfig(Value<MicrosoftOauth2ProviderConfigInput> value) {
      return set("MicrosoftOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a Salesforce OAuth2 provider
     *
     * <p>CloudFormation property {@code SalesforceOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput salesforceOauth2ProviderConfig(Value<SalesforceOauth2ProviderConfigInput> value) {
      return set("SalesforceOauth2ProviderConfig", value);
    }

    /**
     * Input configuration for a Slack OAuth2 provider
     *
     * <p>CloudFormation property {@code SlackOauth2ProviderConfig}.
     */
    public Oauth2ProviderConfigInput slackOauth2ProviderConfig(Value<SlackOauth2ProviderConfigInput> value) {
      return set("SlackOauth2ProviderConfig", value);
    }
  }

  /**
   * Output configuration for an OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2ProviderConfigOutput}.
   */
  public static final class Oauth2ProviderConfigOutput extends Struct<Oauth2ProviderConfigOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2ProviderConfigOutput")
        .allowed("ClientAuthenticationMethod", "CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST",
            "AWS_IAM_ID_TOKEN_JWT", "PRIVATE_KEY_JWT")
        .build();

    public Oauth2ProviderConfigOutput() {
      super(SCHEMA);
    }

    /**
     * The client authentication method used when authenticating with the token endpoint
     *
     * <p>Allowed values: {@code CLIENT_SECRET_BASIC}, {@code CLIENT_SECRET_POST}, {@code
     * AWS_IAM_ID_TOKEN_JWT}, {@code PRIVATE_KEY_JWT}. CloudFormation property {@code
     * ClientAuthenticationMethod}.
     */
    public Oauth2ProviderConfigOutput clientAuthenticationMethod(String value) {
      return set("ClientAuthenticationMethod", Value.of(value));
    }

    /**
     * Sets {@code ClientAuthenticationMethod} to this value; see {@link
     * #clientAuthenticationMethod(String)}.
     */
    public Oauth2ProviderConfigOutput clientAuthenticationMethod(Value<String> value) {
      return set("ClientAuthenticationMethod", value);
    }

    /** CloudFormation property {@code ClientId}. */
    public Oauth2ProviderConfigOutput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public Oauth2ProviderConfigOutput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * Discovery information for an OAuth2 provider
     *
     * <p>CloudFormation property {@code OauthDiscovery}.
     */
    public Oauth2ProviderConfigOutput oauthDiscovery(Value<Oauth2Discovery> value) {
      return set("OauthDiscovery", value);
    }

    /**
     * Configuration for on-behalf-of token exchange
     *
     * <p>CloudFormation property {@code OnBehalfOfTokenExchangeConfig}.
     */
    public Oauth2ProviderConfigOutput onBehalfOfTokenExchangeConfig(Value<OnBehalfOfTokenExchangeConfig> value) {
      return set("OnBehalfOfTokenExchangeConfig", value);
    }

    /**
     * The private endpoint configuration for connecting to private resources in your VPC
     *
     * <p>CloudFormation property {@code PrivateEndpoint}.
     */
    public Oauth2ProviderConfigOutput privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }

    /**
     * The list of private endpoint overrides for the OAuth2 provider. Each override maps a specific
     * domain to a private endpoint, enabling secure connectivity through VPC Lattice resource
     * configurations.
     *
     * <p>CloudFormation property {@code PrivateEndpointOverrides}.
     */
    public Oauth2ProviderConfigOutput privateEndpointOverrides(List<PrivateEndpointOverride> value) {
      return set("PrivateEndpointOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code PrivateEndpointOverrides} to this value; see {@link
     * #privateEndpointOverrides(List)}.
     */
    public Oauth2ProviderConfigOutput privateEndpointOverrides(Value<List<PrivateEndpointOverride>> value) {
      return set("PrivateEndpointOverrides", value);
    }

    /**
     * Sets {@code PrivateEndpointOverrides} to a list of these; see {@link
     * #privateEndpointOverrides(List)}.
     */
    public Oauth2ProviderConfigOutput privateEndpointOverrides(PrivateEndpointOverride... values) {
      return set("PrivateEndpointOverrides", Value.list(values));
    }

    /**
     * Configuration for private_key_jwt client authentication (RFC 7523)
     *
     * <p>CloudFormation property {@code PrivateKeyJwtConfig}.
     */
    public Oauth2ProviderConfigOutput privateKeyJwtConfig(Value<PrivateKeyJwtConfig> value) {
      return set("PrivateKeyJwtConfig", value);
    }
  }

  /**
   * Configuration for on-behalf-of token exchange
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.OnBehalfOfTokenExchangeConfig}.
   */
  public static final class OnBehalfOfTokenExchangeConfig extends Struct<OnBehalfOfTokenExchangeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.OnBehalfOfTokenExchangeConfig")
        .required("GrantType")
        .allowed("GrantType", "TOKEN_EXCHANGE", "JWT_AUTHORIZATION_GRANT")
        .build();

    public OnBehalfOfTokenExchangeConfig() {
      super(SCHEMA);
    }

    /**
     * The grant type for on-behalf-of token exchange
     *
     * <p>Required. Allowed values: {@code TOKEN_EXCHANGE}, {@code JWT_AUTHORIZATION_GRANT}.
     * CloudFormation property {@code GrantType}.
     */
    public OnBehalfOfTokenExchangeConfig grantType(String value) {
      return set("GrantType", Value.of(value));
    }

    /** Sets {@code GrantType} to this value; see {@link #grantType(String)}. */
    public OnBehalfOfTokenExchangeConfig grantType(Value<String> value) {
      return set("GrantType", value);
    }

    /**
     * Configuration for RFC 8693 Token Exchange
     *
     * <p>CloudFormation property {@code TokenExchangeGrantTypeConfig}.
     */
    public OnBehalfOfTokenExchangeConfig tokenExchangeGrantTypeConfig(Value<TokenExchangeGrantTypeConfig> value) {
      return set("TokenExchangeGrantTypeConfig", value);
    }
  }

  /**
   * The private endpoint configuration for connecting to private resources in your VPC
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateEndpoint}.
   */
  public static final class PrivateEndpoint extends Struct<PrivateEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateEndpoint");

    public PrivateEndpoint() {
      super(SCHEMA);
    }

    /**
     * Configuration for a managed VPC Lattice resource. AgentCore creates and manages the VPC
     * Lattice resource gateway and resource configuration on your behalf.
     *
     * <p>CloudFormation property {@code ManagedVpcResource}.
     */
    public PrivateEndpoint managedVpcResource(Value<ManagedVpcResource> value) {
      return set("ManagedVpcResource", value);
    }

    /**
     * Configuration for a self-managed VPC Lattice resource. You create and manage the VPC Lattice
     * resource gateway and resource configuration, then provide the resource configuration
     * identifier.
     *
     * <p>CloudFormation property {@code SelfManagedLatticeResource}.
     */
    public PrivateEndpoint selfManagedLatticeResource(Value<SelfManagedLatticeResource> value) {
      return set("SelfManagedLatticeResource", value);
    }
  }

  /**
   * A mapping of a specific domain to a private endpoint for secure connectivity through a VPC
   * Lattice resource configuration
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateEndpointOverride}.
   */
  public static final class PrivateEndpointOverride extends Struct<PrivateEndpointOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateEndpointOverride")
        .required("Domain", "PrivateEndpoint")
        .constrain("Domain", Constraint.of().minLength(1).maxLength(253))
        .build();

    public PrivateEndpointOverride() {
      super(SCHEMA);
    }

    /**
     * The domain to override with a private endpoint
     *
     * <p>Required. Length: 1 to 253 characters. CloudFormation property {@code Domain}.
     */
    public PrivateEndpointOverride domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public PrivateEndpointOverride domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * The private endpoint configuration for connecting to private resources in your VPC
     *
     * <p>Required. CloudFormation property {@code PrivateEndpoint}.
     */
    public PrivateEndpointOverride privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }
  }

  /**
   * Configuration for private_key_jwt client authentication (RFC 7523)
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateKeyJwtConfig}.
   */
  public static final class PrivateKeyJwtConfig extends Struct<PrivateKeyJwtConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateKeyJwtConfig")
        .allowed("SigningAlgorithm", "RS256", "PS256", "ES256")
        .build();

    public PrivateKeyJwtConfig() {
      super(SCHEMA);
    }

    /**
     * A map of additional claims to include in the JWT client assertion
     *
     * <p>CloudFormation property {@code AdditionalHeaderClaims}.
     */
    public PrivateKeyJwtConfig additionalHeaderClaims(Map<String, String> value) {
      return set("AdditionalHeaderClaims", Value.mapOf(value));
    }

    /**
     * Sets {@code AdditionalHeaderClaims} to this value; see {@link #additionalHeaderClaims(Map)}.
     */
    public PrivateKeyJwtConfig additionalHeaderClaims(Value<Map<String, String>> value) {
      return set("AdditionalHeaderClaims", value);
    }

    /**
     * A map of additional claims to include in the JWT client assertion
     *
     * <p>CloudFormation property {@code AdditionalPayloadClaims}.
     */
    public PrivateKeyJwtConfig additionalPayloadClaims(Map<String, String> value) {
      return set("AdditionalPayloadClaims", Value.mapOf(value));
    }

    /**
     * Sets {@code AdditionalPayloadClaims} to this value; see {@link
     * #additionalPayloadClaims(Map)}.
     */
    public PrivateKeyJwtConfig additionalPayloadClaims(Value<Map<String, String>> value) {
      return set("AdditionalPayloadClaims", value);
    }

    /**
     * Contains the private key source configuration for a JWT client assertion
     *
     * <p>CloudFormation property {@code PrivateKeySource}.
     */
    public PrivateKeyJwtConfig privateKeySource(Value<PrivateKeySource> value) {
      return set("PrivateKeySource", value);
    }

    /**
     * The algorithm used to sign the JWT client assertion
     *
     * <p>Allowed values: {@code RS256}, {@code PS256}, {@code ES256}. CloudFormation property
     * {@code SigningAlgorithm}.
     */
    public PrivateKeyJwtConfig signingAlgorithm(String value) {
      return set("SigningAlgorithm", Value.of(value));
    }

    /** Sets {@code SigningAlgorithm} to this value; see {@link #signingAlgorithm(String)}. */
    public PrivateKeyJwtConfig signingAlgorithm(Value<String> value) {
      return set("SigningAlgorithm", value);
    }
  }

  /**
   * Contains the private key source configuration for a JWT client assertion
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateKeySource}.
   */
  public static final class PrivateKeySource extends Struct<PrivateKeySource> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateKeySource");

    public PrivateKeySource() {
      super(SCHEMA);
    }

    /**
     * Contains the KMS key configuration for a JWT client assertion
     *
     * <p>CloudFormation property {@code KmsKeySource}.
     */
    public PrivateKeySource kmsKeySource(Value<KmsKeySourceType> value) {
      return set("KmsKeySource", value);
    }
  }

  /**
   * Input configuration for a Salesforce OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.SalesforceOauth2ProviderConfigInput}.
   */
  public static final class SalesforceOauth2ProviderConfigInput extends Struct<SalesforceOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.SalesforceOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public SalesforceOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public SalesforceOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public SalesforceOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public SalesforceOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public SalesforceOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public SalesforceOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public SalesforceOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public SalesforceOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }
  }

  /**
   * A reference to a customer-provided secret stored in AWS Secrets Manager
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OAuth2CredentialProvider.SecretReference}.
   */
  public static final class SecretReference extends Struct<SecretReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.SecretReference")
        .required("JsonKey", "SecretId")
        .constrain("JsonKey", Constraint.of().minLength(1).maxLength(128))
        .constrain("SecretId", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public SecretReference() {
      super(SCHEMA);
    }

    /**
     * The JSON key within the secret that contains the credential value
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code JsonKey}.
     */
    public SecretReference jsonKey(String value) {
      return set("JsonKey", Value.of(value));
    }

    /** Sets {@code JsonKey} to this value; see {@link #jsonKey(String)}. */
    public SecretReference jsonKey(Value<String> value) {
      return set("JsonKey", value);
    }

    /**
     * The ID or ARN of the secret in AWS Secrets Manager
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code SecretId}.
     */
    public SecretReference secretId(String value) {
      return set("SecretId", Value.of(value));
    }

    /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
    public SecretReference secretId(Value<String> value) {
      return set("SecretId", value);
    }
  }

  /**
   * Configuration for a self-managed VPC Lattice resource. You create and manage the VPC Lattice
   * resource gateway and resource configuration, then provide the resource configuration
   * identifier.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.SelfManagedLatticeResource}.
   */
  public static final class SelfManagedLatticeResource extends Struct<SelfManagedLatticeResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.SelfManagedLatticeResource")
        .required("ResourceConfigurationIdentifier")
        .constrain("ResourceConfigurationIdentifier", Constraint.of().pattern("^((rcfg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
        .build();

    public SelfManagedLatticeResource() {
      super(SCHEMA);
    }

    /**
     * The ARN or ID of the VPC Lattice resource configuration
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^((rcfg-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}))$}.
     * CloudFormation property {@code ResourceConfigurationIdentifier}.
     */
    public SelfManagedLatticeResource resourceConfigurationIdentifier(String value) {
      return set("ResourceConfigurationIdentifier", Value.of(value));
    }

    /**
     * Sets {@code ResourceConfigurationIdentifier} to this value; see {@link
     * #resourceConfigurationIdentifier(String)}.
     */
    public SelfManagedLatticeResource resourceConfigurationIdentifier(Value<String> value) {
      return set("ResourceConfigurationIdentifier", value);
    }
  }

  /**
   * Input configuration for a Slack OAuth2 provider
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.SlackOauth2ProviderConfigInput}.
   */
  public static final class SlackOauth2ProviderConfigInput extends Struct<SlackOauth2ProviderConfigInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.SlackOauth2ProviderConfigInput")
        .required("ClientId")
        .constrain("ClientId", Constraint.of().minLength(1).maxLength(256))
        .constrain("ClientSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ClientSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public SlackOauth2ProviderConfigInput() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code ClientId}. */
    public SlackOauth2ProviderConfigInput clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public SlackOauth2ProviderConfigInput clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Length: 1 to 2048 characters. CloudFormation property {@code ClientSecret}. */
    public SlackOauth2ProviderConfigInput clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public SlackOauth2ProviderConfigInput clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ClientSecretConfig}.
     */
    public SlackOauth2ProviderConfigInput clientSecretConfig(Value<SecretReference> value) {
      return set("ClientSecretConfig", value);
    }

    /**
     * Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ClientSecretSource}.
     */
    public SlackOauth2ProviderConfigInput clientSecretSource(String value) {
      return set("ClientSecretSource", Value.of(value));
    }

    /** Sets {@code ClientSecretSource} to this value; see {@link #clientSecretSource(String)}. */
    public SlackOauth2ProviderConfigInput clientSecretSource(Value<String> value) {
      return set("ClientSecretSource", value);
    }
  }

  /**
   * Configuration for RFC 8693 Token Exchange
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OAuth2CredentialProvider.TokenExchangeGrantTypeConfig}.
   */
  public static final class TokenExchangeGrantTypeConfig extends Struct<TokenExchangeGrantTypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OAuth2CredentialProvider.TokenExchangeGrantTypeConfig")
        .required("ActorTokenContent")
        .allowed("ActorTokenContent", "NONE", "M2M", "AWS_IAM_ID_TOKEN_JWT")
        .build();

    public TokenExchangeGrantTypeConfig() {
      super(SCHEMA);
    }

    /**
     * The actor token content type
     *
     * <p>Required. Allowed values: {@code NONE}, {@code M2M}, {@code AWS_IAM_ID_TOKEN_JWT}.
     * CloudFormation property {@code ActorTokenContent}.
     */
    public TokenExchangeGrantTypeConfig actorTokenContent(String value) {
      return set("ActorTokenContent", Value.of(value));
    }

    /** Sets {@code ActorTokenContent} to this value; see {@link #actorTokenContent(String)}. */
    public TokenExchangeGrantTypeConfig actorTokenContent(Value<String> value) {
      return set("ActorTokenContent", value);
    }

    /**
     * The actor token scopes. Only valid when ActorTokenContent is M2M.
     *
     * <p>CloudFormation property {@code ActorTokenScopes}.
     */
    public TokenExchangeGrantTypeConfig actorTokenScopes(List<String> value) {
      return set("ActorTokenScopes", Value.listOf(value));
    }

    /** Sets {@code ActorTokenScopes} to this value; see {@link #actorTokenScopes(List)}. */
    public TokenExchangeGrantTypeConfig actorTokenScopes(Value<List<String>> value) {
      return set("ActorTokenScopes", value);
    }
  }
}
