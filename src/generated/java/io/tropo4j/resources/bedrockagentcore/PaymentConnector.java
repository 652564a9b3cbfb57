// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BedrockAgentCore::PaymentConnector
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::PaymentConnector}.
 */
public final class PaymentConnector extends Resource<PaymentConnector> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentConnector")
      .required("ConnectorName", "ConnectorType", "PaymentManagerId")
      .constrain("ConnectorName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .allowed("ConnectorType", "CoinbaseCDP", "StripePrivy")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s]+$").minLength(1).maxLength(4096))
      .constrain("PaymentManagerId", Constraint.of().pattern("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"))
      .allowed("ProvisionMode", "MANUAL", "QUICK_CREATE")
      .refYields("PaymentConnectorArn")
      .attributes("AuthorizationUrl", "ConnectorCreatedAt", "ConnectorLastUpdatedAt",
          "ConnectorStatus", "PaymentConnectorArn", "PaymentConnectorId")
      .build();

  public PaymentConnector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the payment connector
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code ConnectorName}.
   */
  public PaymentConnector connectorName(String value) {
    return set("ConnectorName", Value.of(value));
  }

  /** Sets {@code ConnectorName} to this value; see {@link #connectorName(String)}. */
  public PaymentConnector connectorName(Value<String> value) {
    return set("ConnectorName", value);
  }

  /**
   * Required. Changing it replaces the resource. Allowed values: {@code CoinbaseCDP}, {@code
   * StripePrivy}. CloudFormation property {@code ConnectorType}.
   */
  public PaymentConnector connectorType(String value) {
    return set("ConnectorType", Value.of(value));
  }

  /** Sets {@code ConnectorType} to this value; see {@link #connectorType(String)}. */
  public PaymentConnector connectorType(Value<String> value) {
    return set("ConnectorType", value);
  }

  /**
   * The credential provider configurations for the connector. Required when ProvisionMode is MANUAL
   * or not specified. Empty for QUICK_CREATE until provisioning completes.
   *
   * <p>CloudFormation property {@code CredentialProviderConfigurations}.
   */
  public PaymentConnector credentialProviderConfigurations(List<CredentialsProviderConfiguration> value) {
    return set("CredentialProviderConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code CredentialProviderConfigurations} to this value; see {@link
   * #credentialProviderConfigurations(List)}.
   */
  public PaymentConnector credentialProviderConfigurations(Value<List<CredentialsProviderConfiguration>> value) {
    return set("CredentialProviderConfigurations", value);
  }

  /**
   * Sets {@code CredentialProviderConfigurations} to a list of these; see {@link
   * #credentialProviderConfigurations(List)}.
   */
  public PaymentConnector credentialProviderConfigurations(CredentialsProviderConfiguration... values) {
    return set("CredentialProviderConfigurations", Value.list(values));
  }

  /**
   * A description of the payment connector
   *
   * <p>Length: 1 to 4096 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s]+$}. CloudFormation property
   * {@code Description}.
   */
  public PaymentConnector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PaymentConnector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the parent payment manager
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$}. CloudFormation property {@code PaymentManagerId}.
   */
  public PaymentConnector paymentManagerId(String value) {
    return set("PaymentManagerId", Value.of(value));
  }

  /** Sets {@code PaymentManagerId} to this value; see {@link #paymentManagerId(String)}. */
  public PaymentConnector paymentManagerId(Value<String> value) {
    return set("PaymentManagerId", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code MANUAL}, {@code QUICK_CREATE}.
   * CloudFormation property {@code ProvisionMode}.
   */
  public PaymentConnector provisionMode(String value) {
    return set("ProvisionMode", Value.of(value));
  }

  /** Sets {@code ProvisionMode} to this value; see {@link #provisionMode(String)}. */
  public PaymentConnector provisionMode(Value<String> value) {
    return set("ProvisionMode", value);
  }

  /**
   * The URL the user must open to complete OAuth consent. Only present when ConnectorStatus is
   * PENDING_AUTHENTICATION.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AuthorizationUrl}.
   */
  public Value<String> authorizationUrl() {
    return getAtt("AuthorizationUrl");
  }

  /**
   * The timestamp when the connector was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorCreatedAt}.
   */
  public Value<String> connectorCreatedAt() {
    return getAtt("ConnectorCreatedAt");
  }

  /**
   * The timestamp when the connector was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorLastUpdatedAt}.
   */
  public Value<String> connectorLastUpdatedAt() {
    return getAtt("ConnectorLastUpdatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code ConnectorStatus}. */
  public Value<String> connectorStatus() {
    return getAtt("ConnectorStatus");
  }

  /**
   * Synthetic ARN for the payment connector (used for engine resolution)
   *
   * <p>{@code Fn::GetAtt} attribute {@code PaymentConnectorArn}.
   */
  public Value<String> paymentConnectorArn() {
    return getAtt("PaymentConnectorArn");
  }

  /**
   * The unique identifier for the payment connector
   *
   * <p>{@code Fn::GetAtt} attribute {@code PaymentConnectorId}.
   */
  public Value<String> paymentConnectorId() {
    return getAtt("PaymentConnectorId");
  }

  /**
   * Property type {@code AWS::BedrockAgentCore::PaymentConnector.CredentialsProviderConfiguration}.
   */
  public static final class CredentialsProviderConfiguration extends Struct<CredentialsProviderConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::PaymentConnector.CredentialsProviderConfiguration");

    public CredentialsProviderConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CoinbaseCDP}. */
    public CredentialsProviderConfiguration coinbaseCDP(Value<PaymentCredentialProviderConfiguration> value) {
      return set("CoinbaseCDP", value);
    }

    /** CloudFormation property {@code StripePrivy}. */
    public CredentialsProviderConfiguration stripePrivy(Value<PaymentCredentialProviderConfiguration> value) {
      return set("StripePrivy", value);
    }
  }

  /**
   * Property type {@code
   * AWS::BedrockAgentCore::PaymentConnector.PaymentCredentialProviderConfiguration}.
   */
  public static final class PaymentCredentialProviderConfiguration extends Struct<PaymentCredentialProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentConnector.PaymentCredentialProviderConfiguration")
        .required("CredentialProviderArn")
        .build();

    public PaymentCredentialProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the payment credential provider
     *
     * <p>Required. CloudFormation property {@code CredentialProviderArn}.
     */
    public PaymentCredentialProviderConfiguration credentialProviderArn(String value) {
      return set("CredentialProviderArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialProviderArn} to this value; see {@link #credentialProviderArn(String)}.
     */
    public PaymentCredentialProviderConfiguration credentialProviderArn(Value<String> value) {
      return set("CredentialProviderArn", value);
    }
  }
}
