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

/**
 * Resource Type definition for AWS::BedrockAgentCore::PaymentCredentialProvider
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::PaymentCredentialProvider}.
 */
public final class PaymentCredentialProvider extends Resource<PaymentCredentialProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider")
      .required("CredentialProviderVendor", "Name")
      .allowed("CredentialProviderVendor", "CoinbaseCDP", "StripePrivy")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(128))
      .refYields("CredentialProviderArn")
      .attributes("CreatedTime", "CredentialProviderArn", "LastUpdatedTime",
          "ProviderConfigurationOutput")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PaymentCredentialProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Supported vendor types for payment providers
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CoinbaseCDP}, {@code
   * StripePrivy}. CloudFormation property {@code CredentialProviderVendor}.
   */
  public PaymentCredentialProvider credentialProviderVendor(String value) {
    return set("CredentialProviderVendor", Value.of(value));
  }

  /**
   * Sets {@code CredentialProviderVendor} to this value; see {@link
   * #credentialProviderVendor(String)}.
   */
  public PaymentCredentialProvider credentialProviderVendor(Value<String> value) {
    return set("CredentialProviderVendor", value);
  }

  /**
   * Unique name for the payment credential provider
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code Name}.
   */
  public PaymentCredentialProvider name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PaymentCredentialProvider name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Provider configuration input containing secrets for creation/update
   *
   * <p>CloudFormation property {@code ProviderConfigurationInput}.
   */
  public PaymentCredentialProvider providerConfigurationInput(Value<PaymentProviderConfigurationInput> value) {
    return set("ProviderConfigurationInput", value);
  }

  /**
   * Tags for the payment credential provider
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PaymentCredentialProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PaymentCredentialProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PaymentCredentialProvider tags(Tags tags) {
    return set("Tags", tags);
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
   * The Amazon Resource Name (ARN) of the payment credential provider
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
   * Provider configuration output containing secret ARNs (no raw secrets)
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProviderConfigurationOutput}.
   */
  public Value<PaymentProviderConfigurationOutput> providerConfigurationOutput() {
    return getAtt("ProviderConfigurationOutput");
  }

  /**
   * Coinbase CDP configuration with API credentials
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::PaymentCredentialProvider.CoinbaseCdpConfigurationInput}.
   */
  public static final class CoinbaseCdpConfigurationInput extends Struct<CoinbaseCdpConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider.CoinbaseCdpConfigurationInput")
        .required("ApiKeyId")
        .constrain("ApiKeyId", Constraint.of().minLength(1).maxLength(512))
        .constrain("ApiKeySecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("ApiKeySecretSource", "MANAGED", "EXTERNAL")
        .constrain("WalletSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("WalletSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public CoinbaseCdpConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The Coinbase CDP API key ID
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code ApiKeyId}.
     */
    public CoinbaseCdpConfigurationInput apiKeyId(String value) {
      return set("ApiKeyId", Value.of(value));
    }

    /** Sets {@code ApiKeyId} to this value; see {@link #apiKeyId(String)}. */
    public CoinbaseCdpConfigurationInput apiKeyId(Value<String> value) {
      return set("ApiKeyId", value);
    }

    /**
     * The Coinbase CDP API key secret
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code ApiKeySecret}.
     */
    public CoinbaseCdpConfigurationInput apiKeySecret(String value) {
      return set("ApiKeySecret", Value.of(value));
    }

    /** Sets {@code ApiKeySecret} to this value; see {@link #apiKeySecret(String)}. */
    public CoinbaseCdpConfigurationInput apiKeySecret(Value<String> value) {
      return set("ApiKeySecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code ApiKeySecretConfig}.
     */
    public CoinbaseCdpConfigurationInput apiKeySecretConfig(Value<SecretReference> value) {
      return set("ApiKeySecretConfig", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ApiKeySecretSource}.
     */
    public CoinbaseCdpConfigurationInput apiKeySecretSource(String value) {
      return set("ApiKeySecretSource", Value.of(value));
    }

    /** Sets {@code ApiKeySecretSource} to this value; see {@link #apiKeySecretSource(String)}. */
    public CoinbaseCdpConfigurationInput apiKeySecretSource(Value<String> value) {
      return set("ApiKeySecretSource", value);
    }

    /**
     * The Coinbase CDP wallet secret
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code WalletSecret}.
     */
    public CoinbaseCdpConfigurationInput walletSecret(String value) {
      return set("WalletSecret", Value.of(value));
    }

    /** Sets {@code WalletSecret} to this value; see {@link #walletSecret(String)}. */
    public CoinbaseCdpConfigurationInput walletSecret(Value<String> value) {
      return set("WalletSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code WalletSecretConfig}.
     */
    public CoinbaseCdpConfigurationInput walletSecretConfig(Value<SecretReference> value) {
      return set("WalletSecretConfig", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * WalletSecretSource}.
     */
    public CoinbaseCdpConfigurationInput walletSecretSource(String value) {
      return set("WalletSecretSource", Value.of(value));
    }

    /** Sets {@code WalletSecretSource} to this value; see {@link #walletSecretSource(String)}. */
    public CoinbaseCdpConfigurationInput walletSecretSource(Value<String> value) {
      return set("WalletSecretSource", value);
    }
  }

  /**
   * Coinbase CDP configuration output with secret ARNs
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::PaymentCredentialProvider.CoinbaseCdpConfigurationOutput}.
   */
  public static final class CoinbaseCdpConfigurationOutput extends Struct<CoinbaseCdpConfigurationOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider.CoinbaseCdpConfigurationOutput")
        .required("ApiKeyId", "ApiKeySecretArn")
        .allowed("ApiKeySecretSource", "MANAGED", "EXTERNAL")
        .allowed("WalletSecretSource", "MANAGED", "EXTERNAL")
        .build();

    public CoinbaseCdpConfigurationOutput() {
      super(SCHEMA);
    }

    /**
     * The Coinbase CDP API key ID
     *
     * <p>Required. CloudFormation property {@code ApiKeyId}.
     */
    public CoinbaseCdpConfigurationOutput apiKeyId(String value) {
      return set("ApiKeyId", Value.of(value));
    }

    /** Sets {@code ApiKeyId} to this value; see {@link #apiKeyId(String)}. */
    public CoinbaseCdpConfigurationOutput apiKeyId(Value<String> value) {
      return set("ApiKeyId", value);
    }

    /**
     * Contains information about a secret in AWS Secrets Manager
     *
     * <p>Required. CloudFormation property {@code ApiKeySecretArn}.
     */
    public CoinbaseCdpConfigurationOutput apiKeySecretArn(Value<SecretInfo> value) {
      return set("ApiKeySecretArn", value);
    }

    /**
     * The JSON key within the secret that contains the API key secret value
     *
     * <p>CloudFormation property {@code ApiKeySecretJsonKey}.
     */
    public CoinbaseCdpConfigurationOutput apiKeySecretJsonKey(String value) {
      return set("ApiKeySecretJsonKey", Value.of(value));
    }

    /** Sets {@code ApiKeySecretJsonKey} to this value; see {@link #apiKeySecretJsonKey(String)}. */
    public CoinbaseCdpConfigurationOutput apiKeySecretJsonKey(Value<String> value) {
      return set("ApiKeySecretJsonKey", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * ApiKeySecretSource}.
     */
    public CoinbaseCdpConfigurationOutput apiKeySecretSource(String value) {
      return set("ApiKeySecretSource", Value.of(value));
    }

    /** Sets {@code ApiKeySecretSource} to this value; see {@link #apiKeySecretSource(String)}. */
    public CoinbaseCdpConfigurationOutput apiKeySecretSource(Value<String> value) {
      return set("ApiKeySecretSource", value);
    }

    /**
     * Contains information about a secret in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code WalletSecretArn}.
     */
    public CoinbaseCdpConfigurationOutput walletSecretArn(Value<SecretInfo> value) {
      return set("WalletSecretArn", value);
    }

    /**
     * The JSON key within the secret that contains the wallet secret value
     *
     * <p>CloudFormation property {@code WalletSecretJsonKey}.
     */
    public CoinbaseCdpConfigurationOutput walletSecretJsonKey(String value) {
      return set("WalletSecretJsonKey", Value.of(value));
    }

    /** Sets {@code WalletSecretJsonKey} to this value; see {@link #walletSecretJsonKey(String)}. */
    public CoinbaseCdpConfigurationOutput walletSecretJsonKey(Value<String> value) {
      return set("WalletSecretJsonKey", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * WalletSecretSource}.
     */
    public CoinbaseCdpConfigurationOutput walletSecretSource(String value) {
      return set("WalletSecretSource", Value.of(value));
    }

    /** Sets {@code WalletSecretSource} to this value; see {@link #walletSecretSource(String)}. */
    public CoinbaseCdpConfigurationOutput walletSecretSource(Value<String> value) {
      return set("WalletSecretSource", value);
    }
  }

  /**
   * Provider configuration input containing secrets for creation/update
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::PaymentCredentialProvider.PaymentProviderConfigurationInput}.
   */
  public static final class PaymentProviderConfigurationInput extends Struct<PaymentProviderConfigurationInput> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::PaymentCredentialProvider.PaymentProviderConfigurationInput");

    public PaymentProviderConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * Coinbase CDP configuration with API credentials
     *
     * <p>CloudFormation property {@code CoinbaseCdpConfiguration}.
     */
    public PaymentProviderConfigurationInput coinbaseCdpConfiguration(Value<CoinbaseCdpConfigurationInput> value) {
      return set("CoinbaseCdpConfiguration", value);
    }

    /**
     * Stripe Privy configuration with credentials
     *
     * <p>CloudFormation property {@code StripePrivyConfiguration}.
     */
    public PaymentProviderConfigurationInput stripePrivyConfiguration(Value<StripePrivyConfigurationInput> value) {
      return set("StripePrivyConfiguration", value);
    }
  }

  /**
   * Provider configuration output containing secret ARNs (no raw secrets)
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::PaymentCredentialProvider.PaymentProviderConfigurationOutput}.
   */
  public static final class PaymentProviderConfigurationOutput extends Struct<PaymentProviderConfigurationOutput> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::PaymentCredentialProvider.PaymentProviderConfigurationOutput");

    public PaymentProviderConfigurationOutput() {
      super(SCHEMA);
    }

    /**
     * Coinbase CDP configuration output with secret ARNs
     *
     * <p>CloudFormation property {@code CoinbaseCdpConfiguration}.
     */
    public PaymentProviderConfigurationOutput coinbaseCdpConfiguration(Value<CoinbaseCdpConfigurationOutput> value) {
      return set("CoinbaseCdpConfiguration", value);
    }

    /**
     * Stripe Privy configuration output with secret ARNs
     *
     * <p>CloudFormation property {@code StripePrivyConfiguration}.
     */
    public PaymentProviderConfigurationOutput stripePrivyConfiguration(Value<StripePrivyConfigurationOutput> value) {
      return set("StripePrivyConfiguration", value);
    }
  }

  /**
   * Contains information about a secret in AWS Secrets Manager
   *
   * <p>Property type {@code AWS::BedrockAgentCore::PaymentCredentialProvider.SecretInfo}.
   */
  public static final class SecretInfo extends Struct<SecretInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider.SecretInfo")
        .required("SecretArn")
        .build();

    public SecretInfo() {
      super(SCHEMA);
    }

    /**
     * The ARN of the secret in AWS Secrets Manager
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public SecretInfo secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SecretInfo secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * A reference to a customer-provided secret stored in AWS Secrets Manager
   *
   * <p>Property type {@code AWS::BedrockAgentCore::PaymentCredentialProvider.SecretReference}.
   */
  public static final class SecretReference extends Struct<SecretReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider.SecretReference")
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
   * Stripe Privy configuration with credentials
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::PaymentCredentialProvider.StripePrivyConfigurationInput}.
   */
  public static final class StripePrivyConfigurationInput extends Struct<StripePrivyConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider.StripePrivyConfigurationInput")
        .required("AppId", "AuthorizationId")
        .constrain("AppId", Constraint.of().minLength(1).maxLength(512))
        .constrain("AppSecret", Constraint.of().minLength(1).maxLength(2048))
        .allowed("AppSecretSource", "MANAGED", "EXTERNAL")
        .constrain("AuthorizationId", Constraint.of().minLength(1).maxLength(512))
        .constrain("AuthorizationPrivateKey", Constraint.of().minLength(1).maxLength(4096))
        .allowed("AuthorizationPrivateKeySource", "MANAGED", "EXTERNAL")
        .build();

    public StripePrivyConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The app ID provided by Privy
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code AppId}.
     */
    public StripePrivyConfigurationInput appId(String value) {
      return set("AppId", Value.of(value));
    }

    /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
    public StripePrivyConfigurationInput appId(Value<String> value) {
      return set("AppId", value);
    }

    /**
     * The app secret provided by Privy
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code AppSecret}.
     */
    public StripePrivyConfigurationInput appSecret(String value) {
      return set("AppSecret", Value.of(value));
    }

    /** Sets {@code AppSecret} to this value; see {@link #appSecret(String)}. */
    public StripePrivyConfigurationInput appSecret(Value<String> value) {
      return set("AppSecret", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code AppSecretConfig}.
     */
    public StripePrivyConfigurationInput appSecretConfig(Value<SecretReference> value) {
      return set("AppSecretConfig", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * AppSecretSource}.
     */
    public StripePrivyConfigurationInput appSecretSource(String value) {
      return set("AppSecretSource", Value.of(value));
    }

    /** Sets {@code AppSecretSource} to this value; see {@link #appSecretSource(String)}. */
    public StripePrivyConfigurationInput appSecretSource(Value<String> value) {
      return set("AppSecretSource", value);
    }

    /**
     * The authorization ID for the Stripe Privy integration
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code AuthorizationId}.
     */
    public StripePrivyConfigurationInput authorizationId(String value) {
      return set("AuthorizationId", Value.of(value));
    }

    /** Sets {@code AuthorizationId} to this value; see {@link #authorizationId(String)}. */
    public StripePrivyConfigurationInput authorizationId(Value<String> value) {
      return set("AuthorizationId", value);
    }

    /**
     * The authorization private key for the Stripe Privy integration
     *
     * <p>Length: 1 to 4096 characters. CloudFormation property {@code AuthorizationPrivateKey}.
     */
    public StripePrivyConfigurationInput authorizationPrivateKey(String value) {
      return set("AuthorizationPrivateKey", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationPrivateKey} to this value; see {@link
     * #authorizationPrivateKey(String)}.
     */
    public StripePrivyConfigurationInput authorizationPrivateKey(Value<String> value) {
      return set("AuthorizationPrivateKey", value);
    }

    /**
     * A reference to a customer-provided secret stored in AWS Secrets Manager
     *
     * <p>CloudFormation property {@code AuthorizationPrivateKeyConfig}.
     */
    public StripePrivyConfigurationInput authorizationPrivateKeyConfig(Value<SecretReference> value) {
      return set("AuthorizationPrivateKeyConfig", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * AuthorizationPrivateKeySource}.
     */
    public StripePrivyConfigurationInput authorizationPrivateKeySource(String value) {
      return set("AuthorizationPrivateKeySource", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationPrivateKeySource} to this value; see {@link
     * #authorizationPrivateKeySource(String)}.
     */
    public StripePrivyConfigurationInput authorizationPrivateKeySource(Value<String> value) {
      return set("AuthorizationPrivateKeySource", value);
    }
  }

  /**
   * Stripe Privy configuration output with secret ARNs
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::PaymentCredentialProvider.StripePrivyConfigurationOutput}.
   */
  public static final class StripePrivyConfigurationOutput extends Struct<StripePrivyConfigurationOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentCredentialProvider.StripePrivyConfigurationOutput")
        .required("AppId", "AppSecretArn", "AuthorizationId", "AuthorizationPrivateKeyArn")
        .allowed("AppSecretSource", "MANAGED", "EXTERNAL")
        .allowed("AuthorizationPrivateKeySource", "MANAGED", "EXTERNAL")
        .build();

    public StripePrivyConfigurationOutput() {
      super(SCHEMA);
    }

    /**
     * The app ID provided by Privy
     *
     * <p>Required. CloudFormation property {@code AppId}.
     */
    public StripePrivyConfigurationOutput appId(String value) {
      return set("AppId", Value.of(value));
    }

    /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
    public StripePrivyConfigurationOutput appId(Value<String> value) {
      return set("AppId", value);
    }

    /**
     * Contains information about a secret in AWS Secrets Manager
     *
     * <p>Required. CloudFormation property {@code AppSecretArn}.
     */
    public StripePrivyConfigurationOutput appSecretArn(Value<SecretInfo> value) {
      return set("AppSecretArn", value);
    }

    /**
     * The JSON key within the secret that contains the app secret value
     *
     * <p>CloudFormation property {@code AppSecretJsonKey}.
     */
    public StripePrivyConfigurationOutput appSecretJsonKey(String value) {
      return set("AppSecretJsonKey", Value.of(value));
    }

    /** Sets {@code AppSecretJsonKey} to this value; see {@link #appSecretJsonKey(String)}. */
    public StripePrivyConfigurationOutput appSecretJsonKey(Value<String> value) {
      return set("AppSecretJsonKey", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * AppSecretSource}.
     */
    public StripePrivyConfigurationOutput appSecretSource(String value) {
      return set("AppSecretSource", Value.of(value));
    }

    /** Sets {@code AppSecretSource} to this value; see {@link #appSecretSource(String)}. */
    public StripePrivyConfigurationOutput appSecretSource(Value<String> value) {
      return set("AppSecretSource", value);
    }

    /**
     * The authorization ID for the Stripe Privy integration
     *
     * <p>Required. CloudFormation property {@code AuthorizationId}.
     */
    public StripePrivyConfigurationOutput authorizationId(String value) {
      return set("AuthorizationId", Value.of(value));
    }

    /** Sets {@code AuthorizationId} to this value; see {@link #authorizationId(String)}. */
    public StripePrivyConfigurationOutput authorizationId(Value<String> value) {
      return set("AuthorizationId", value);
    }

    /**
     * Contains information about a secret in AWS Secrets Manager
     *
     * <p>Required. CloudFormation property {@code AuthorizationPrivateKeyArn}.
     */
    public StripePrivyConfigurationOutput authorizationPrivateKeyArn(Value<SecretInfo> value) {
      return set("AuthorizationPrivateKeyArn", value);
    }

    /**
     * The JSON key within the secret that contains the authorization private key value
     *
     * <p>CloudFormation property {@code AuthorizationPrivateKeyJsonKey}.
     */
    public StripePrivyConfigurationOutput authorizationPrivateKeyJsonKey(String value) {
      return set("AuthorizationPrivateKeyJsonKey", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationPrivateKeyJsonKey} to this value; see {@link
     * #authorizationPrivateKeyJsonKey(String)}.
     */
    public StripePrivyConfigurationOutput authorizationPrivateKeyJsonKey(Value<String> value) {
      return set("AuthorizationPrivateKeyJsonKey", value);
    }

    /**
     * The source of the secret. Use MANAGED for service-managed secrets or EXTERNAL for
     * customer-provided secrets.
     *
     * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
     * AuthorizationPrivateKeySource}.
     */
    public StripePrivyConfigurationOutput authorizationPrivateKeySource(String value) {
      return set("AuthorizationPrivateKeySource", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationPrivateKeySource} to this value; see {@link
     * #authorizationPrivateKeySource(String)}.
     */
    public StripePrivyConfigurationOutput authorizationPrivateKeySource(Value<String> value) {
      return set("AuthorizationPrivateKeySource", value);
    }
  }
}
