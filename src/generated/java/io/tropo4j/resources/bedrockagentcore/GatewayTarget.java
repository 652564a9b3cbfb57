// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * After creating a gateway, you can add targets, which define the tools that your gateway will
 * host.
 *
 * <p>For more information about adding gateway targets, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/gateway-building-adding-targets.html">Add
 * targets to an existing gateway</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::GatewayTarget}.
 */
public final class GatewayTarget extends Resource<GatewayTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget")
      .required("TargetConfiguration")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("GatewayIdentifier", Constraint.of().pattern("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][-]?){1,100}$"))
      .attributes("AuthorizationData", "CreatedAt", "GatewayArn", "LastSynchronizedAt",
          "PrivateEndpointManagedResources", "ProtocolType", "Status", "StatusReasons", "TargetId",
          "UpdatedAt")
      .build();

  public GatewayTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The OAuth credential provider configuration.
   *
   * <p>CloudFormation property {@code CredentialProviderConfigurations}.
   */
  public GatewayTarget credentialProviderConfigurations(List<CredentialProviderConfiguration> value) {
    return set("CredentialProviderConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code CredentialProviderConfigurations} to this value; see {@link
   * #credentialProviderConfigurations(List)}.
   */
  public GatewayTarget credentialProviderConfigurations(Value<List<CredentialProviderConfiguration>> value) {
    return set("CredentialProviderConfigurations", value);
  }

  /**
   * Sets {@code CredentialProviderConfigurations} to a list of these; see {@link
   * #credentialProviderConfigurations(List)}.
   */
  public GatewayTarget credentialProviderConfigurations(CredentialProviderConfiguration... values) {
    return set("CredentialProviderConfigurations", Value.list(values));
  }

  /**
   * The description for the gateway target.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public GatewayTarget description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GatewayTarget description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The gateway ID for the gateway target.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$}.
   * CloudFormation property {@code GatewayIdentifier}.
   */
  public GatewayTarget gatewayIdentifier(String value) {
    return set("GatewayIdentifier", Value.of(value));
  }

  /** Sets {@code GatewayIdentifier} to this value; see {@link #gatewayIdentifier(String)}. */
  public GatewayTarget gatewayIdentifier(Value<String> value) {
    return set("GatewayIdentifier", value);
  }

  /** CloudFormation property {@code MetadataConfiguration}. */
  public GatewayTarget metadataConfiguration(Value<MetadataConfiguration> value) {
    return set("MetadataConfiguration", value);
  }

  /**
   * The name for the gateway target.
   *
   * <p>Pattern: {@code ^([0-9a-zA-Z][-]?){1,100}$}. CloudFormation property {@code Name}.
   */
  public GatewayTarget name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public GatewayTarget name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code PrivateEndpoint}. */
  public GatewayTarget privateEndpoint(Value<PrivateEndpoint> value) {
    return set("PrivateEndpoint", value);
  }

  /**
   * The target configuration for the Smithy model target.
   *
   * <p>Required. CloudFormation property {@code TargetConfiguration}.
   */
  public GatewayTarget targetConfiguration(Value<TargetConfiguration> value) {
    return set("TargetConfiguration", value);
  }

  /** {@code Fn::GetAtt} attribute {@code AuthorizationData}. */
  public Value<AuthorizationData> authorizationData() {
    return getAtt("AuthorizationData");
  }

  /**
   * The date and time at which the gateway target was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code GatewayArn}. */
  public Value<String> gatewayArn() {
    return getAtt("GatewayArn");
  }

  /** {@code Fn::GetAtt} attribute {@code LastSynchronizedAt}. */
  public Value<String> lastSynchronizedAt() {
    return getAtt("LastSynchronizedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code PrivateEndpointManagedResources}. */
  public Value<List<ManagedResourceDetails>> privateEndpointManagedResources() {
    return getAtt("PrivateEndpointManagedResources");
  }

  /** {@code Fn::GetAtt} attribute {@code ProtocolType}. */
  public Value<String> protocolType() {
    return getAtt("ProtocolType");
  }

  /**
   * The status for the gateway target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The status reasons for the gateway target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReasons}.
   */
  public Value<List<String>> statusReasons() {
    return getAtt("StatusReasons");
  }

  /**
   * The target ID for the gateway target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetId}.
   */
  public Value<String> targetId() {
    return getAtt("TargetId");
  }

  /**
   * The time at which the resource was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ApiGatewayTargetConfiguration}. */
  public static final class ApiGatewayTargetConfiguration extends Struct<ApiGatewayTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ApiGatewayTargetConfiguration")
        .required("ApiGatewayToolConfiguration", "RestApiId", "Stage")
        .build();

    public ApiGatewayTargetConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ApiGatewayToolConfiguration}. */
    public ApiGatewayTargetConfiguration apiGatewayToolConfiguration(Value<ApiGatewayToolConfiguration> value) {
      return set("ApiGatewayToolConfiguration", value);
    }

    /** Required. CloudFormation property {@code RestApiId}. */
    public ApiGatewayTargetConfiguration restApiId(String value) {
      return set("RestApiId", Value.of(value));
    }

    /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
    public ApiGatewayTargetConfiguration restApiId(Value<String> value) {
      return set("RestApiId", value);
    }

    /** Required. CloudFormation property {@code Stage}. */
    public ApiGatewayTargetConfiguration stage(String value) {
      return set("Stage", Value.of(value));
    }

    /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
    public ApiGatewayTargetConfiguration stage(Value<String> value) {
      return set("Stage", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ApiGatewayToolConfiguration}. */
  public static final class ApiGatewayToolConfiguration extends Struct<ApiGatewayToolConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ApiGatewayToolConfiguration")
        .required("ToolFilters")
        .build();

    public ApiGatewayToolConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ToolFilters}. */
    public ApiGatewayToolConfiguration toolFilters(List<ApiGatewayToolFilter> value) {
      return set("ToolFilters", Value.listOf(value));
    }

    /** Sets {@code ToolFilters} to this value; see {@link #toolFilters(List)}. */
    public ApiGatewayToolConfiguration toolFilters(Value<List<ApiGatewayToolFilter>> value) {
      return set("ToolFilters", value);
    }

    /** Sets {@code ToolFilters} to a list of these; see {@link #toolFilters(List)}. */
    public ApiGatewayToolConfiguration toolFilters(ApiGatewayToolFilter... values) {
      return set("ToolFilters", Value.list(values));
    }

    /** CloudFormation property {@code ToolOverrides}. */
    public ApiGatewayToolConfiguration toolOverrides(List<ApiGatewayToolOverride> value) {
      return set("ToolOverrides", Value.listOf(value));
    }

    /** Sets {@code ToolOverrides} to this value; see {@link #toolOverrides(List)}. */
    public ApiGatewayToolConfiguration toolOverrides(Value<List<ApiGatewayToolOverride>> value) {
      return set("ToolOverrides", value);
    }

    /** Sets {@code ToolOverrides} to a list of these; see {@link #toolOverrides(List)}. */
    public ApiGatewayToolConfiguration toolOverrides(ApiGatewayToolOverride... values) {
      return set("ToolOverrides", Value.list(values));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ApiGatewayToolFilter}. */
  public static final class ApiGatewayToolFilter extends Struct<ApiGatewayToolFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ApiGatewayToolFilter")
        .required("FilterPath", "Methods")
        .allowed("Methods", "GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "PUT", "POST")
        .build();

    public ApiGatewayToolFilter() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code FilterPath}. */
    public ApiGatewayToolFilter filterPath(String value) {
      return set("FilterPath", Value.of(value));
    }

    /** Sets {@code FilterPath} to this value; see {@link #filterPath(String)}. */
    public ApiGatewayToolFilter filterPath(Value<String> value) {
      return set("FilterPath", value);
    }

    /**
     * Required. Allowed values: {@code GET}, {@code DELETE}, {@code HEAD}, {@code OPTIONS}, {@code
     * PATCH}, {@code PUT}, {@code POST}. CloudFormation property {@code Methods}.
     */
    public ApiGatewayToolFilter methods(List<String> value) {
      return set("Methods", Value.listOf(value));
    }

    /** Sets {@code Methods} to this value; see {@link #methods(List)}. */
    public ApiGatewayToolFilter methods(Value<List<String>> value) {
      return set("Methods", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ApiGatewayToolOverride}. */
  public static final class ApiGatewayToolOverride extends Struct<ApiGatewayToolOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ApiGatewayToolOverride")
        .required("Method", "Name", "Path")
        .allowed("Method", "GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "PUT", "POST")
        .build();

    public ApiGatewayToolOverride() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Description}. */
    public ApiGatewayToolOverride description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ApiGatewayToolOverride description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Required. Allowed values: {@code GET}, {@code DELETE}, {@code HEAD}, {@code OPTIONS}, {@code
     * PATCH}, {@code PUT}, {@code POST}. CloudFormation property {@code Method}.
     */
    public ApiGatewayToolOverride method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public ApiGatewayToolOverride method(Value<String> value) {
      return set("Method", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public ApiGatewayToolOverride name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ApiGatewayToolOverride name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code Path}. */
    public ApiGatewayToolOverride path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public ApiGatewayToolOverride path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * The API key credential provider for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.ApiKeyCredentialProvider}.
   */
  public static final class ApiKeyCredentialProvider extends Struct<ApiKeyCredentialProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ApiKeyCredentialProvider")
        .required("ProviderArn")
        .allowed("CredentialLocation", "HEADER", "QUERY_PARAMETER")
        .build();

    public ApiKeyCredentialProvider() {
      super(SCHEMA);
    }

    /**
     * The credential location for the gateway target.
     *
     * <p>Allowed values: {@code HEADER}, {@code QUERY_PARAMETER}. CloudFormation property {@code
     * CredentialLocation}.
     */
    public ApiKeyCredentialProvider credentialLocation(String value) {
      return set("CredentialLocation", Value.of(value));
    }

    /** Sets {@code CredentialLocation} to this value; see {@link #credentialLocation(String)}. */
    public ApiKeyCredentialProvider credentialLocation(Value<String> value) {
      return set("CredentialLocation", value);
    }

    /**
     * The credential parameter name for the provider for the gateway target.
     *
     * <p>CloudFormation property {@code CredentialParameterName}.
     */
    public ApiKeyCredentialProvider credentialParameterName(String value) {
      return set("CredentialParameterName", Value.of(value));
    }

    /**
     * Sets {@code CredentialParameterName} to this value; see {@link
     * #credentialParameterName(String)}.
     */
    public ApiKeyCredentialProvider credentialParameterName(Value<String> value) {
      return set("CredentialParameterName", value);
    }

    /**
     * The API key credential provider for the gateway target.
     *
     * <p>CloudFormation property {@code CredentialPrefix}.
     */
    public ApiKeyCredentialProvider credentialPrefix(String value) {
      return set("CredentialPrefix", Value.of(value));
    }

    /** Sets {@code CredentialPrefix} to this value; see {@link #credentialPrefix(String)}. */
    public ApiKeyCredentialProvider credentialPrefix(Value<String> value) {
      return set("CredentialPrefix", value);
    }

    /**
     * The provider ARN for the gateway target.
     *
     * <p>Required. CloudFormation property {@code ProviderArn}.
     */
    public ApiKeyCredentialProvider providerArn(String value) {
      return set("ProviderArn", Value.of(value));
    }

    /** Sets {@code ProviderArn} to this value; see {@link #providerArn(String)}. */
    public ApiKeyCredentialProvider providerArn(Value<String> value) {
      return set("ProviderArn", value);
    }
  }

  /**
   * The API schema configuration for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.ApiSchemaConfiguration}.
   */
  public static final class ApiSchemaConfiguration extends Struct<ApiSchemaConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.ApiSchemaConfiguration");

    public ApiSchemaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The inline payload for the gateway.
     *
     * <p>CloudFormation property {@code InlinePayload}.
     */
    public ApiSchemaConfiguration inlinePayload(String value) {
      return set("InlinePayload", Value.of(value));
    }

    /** Sets {@code InlinePayload} to this value; see {@link #inlinePayload(String)}. */
    public ApiSchemaConfiguration inlinePayload(Value<String> value) {
      return set("InlinePayload", value);
    }

    /**
     * The API schema configuration.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public ApiSchemaConfiguration s3(Value<S3Configuration> value) {
      return set("S3", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.AuthorizationData}. */
  public static final class AuthorizationData extends Struct<AuthorizationData> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.AuthorizationData")
        .required("Oauth2")
        .build();

    public AuthorizationData() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Oauth2}. */
    public AuthorizationData oauth2(Value<OAuth2AuthorizationData> value) {
      return set("Oauth2", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ConnectorConfiguration}. */
  public static final class ConnectorConfiguration extends Struct<ConnectorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ConnectorConfiguration")
        .required("Name")
        .build();

    public ConnectorConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Description}. */
    public ConnectorConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ConnectorConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public ConnectorConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ConnectorConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code ParameterOverrides}. */
    public ConnectorConfiguration parameterOverrides(List<ConnectorParameterOverride> value) {
      return set("ParameterOverrides", Value.listOf(value));
    }

    /** Sets {@code ParameterOverrides} to this value; see {@link #parameterOverrides(List)}. */
    public ConnectorConfiguration parameterOverrides(Value<List<ConnectorParameterOverride>> value) {
      return set("ParameterOverrides", value);
    }

    /**
     * Sets {@code ParameterOverrides} to a list of these; see {@link #parameterOverrides(List)}.
     */
    public ConnectorConfiguration parameterOverrides(ConnectorParameterOverride... values) {
      return set("ParameterOverrides", Value.list(values));
    }

    /** CloudFormation property {@code ParameterValues}. */
    public ConnectorConfiguration parameterValues(Value<Json> value) {
      return set("ParameterValues", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ConnectorParameterOverride}. */
  public static final class ConnectorParameterOverride extends Struct<ConnectorParameterOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ConnectorParameterOverride")
        .required("Path")
        .build();

    public ConnectorParameterOverride() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Description}. */
    public ConnectorParameterOverride description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ConnectorParameterOverride description(Value<String> value) {
      return set("Description", value);
    }

    /** Required. CloudFormation property {@code Path}. */
    public ConnectorParameterOverride path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public ConnectorParameterOverride path(Value<String> value) {
      return set("Path", value);
    }

    /** CloudFormation property {@code Visible}. */
    public ConnectorParameterOverride visible(boolean value) {
      return set("Visible", Value.of(value));
    }

    /** Sets {@code Visible} to this value; see {@link #visible(boolean)}. */
    public ConnectorParameterOverride visible(Value<Boolean> value) {
      return set("Visible", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ConnectorSource}. */
  public static final class ConnectorSource extends Struct<ConnectorSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ConnectorSource")
        .required("ConnectorId")
        .build();

    public ConnectorSource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ConnectorId}. */
    public ConnectorSource connectorId(String value) {
      return set("ConnectorId", Value.of(value));
    }

    /** Sets {@code ConnectorId} to this value; see {@link #connectorId(String)}. */
    public ConnectorSource connectorId(Value<String> value) {
      return set("ConnectorId", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ConnectorTargetConfiguration}. */
  public static final class ConnectorTargetConfiguration extends Struct<ConnectorTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ConnectorTargetConfiguration")
        .required("Source")
        .build();

    public ConnectorTargetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Configurations}. */
    public ConnectorTargetConfiguration configurations(List<ConnectorConfiguration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public ConnectorTargetConfiguration configurations(Value<List<ConnectorConfiguration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public ConnectorTargetConfiguration configurations(ConnectorConfiguration... values) {
      return set("Configurations", Value.list(values));
    }

    /** CloudFormation property {@code Enabled}. */
    public ConnectorTargetConfiguration enabled(List<String> value) {
      return set("Enabled", Value.listOf(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(List)}. */
    public ConnectorTargetConfiguration enabled(Value<List<String>> value) {
      return set("Enabled", value);
    }

    /** Required. CloudFormation property {@code Source}. */
    public ConnectorTargetConfiguration source(Value<ConnectorSource> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.CredentialProvider}. */
  public static final class CredentialProvider extends Struct<CredentialProvider> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.CredentialProvider");

    public CredentialProvider() {
      super(SCHEMA);
    }

    /**
     * The API key credential provider.
     *
     * <p>CloudFormation property {@code ApiKeyCredentialProvider}.
     */
    public CredentialProvider apiKeyCredentialProvider(Value<ApiKeyCredentialProvider> value) {
      return set("ApiKeyCredentialProvider", value);
    }

    /** CloudFormation property {@code IamCredentialProvider}. */
    public CredentialProvider iamCredentialProvider(Value<IamCredentialProvider> value) {
      return set("IamCredentialProvider", value);
    }

    /**
     * The OAuth credential provider for the gateway target.
     *
     * <p>CloudFormation property {@code OauthCredentialProvider}.
     */
    public CredentialProvider oauthCredentialProvider(Value<OAuthCredentialProvider> value) {
      return set("OauthCredentialProvider", value);
    }
  }

  /**
   * The credential provider configuration for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.CredentialProviderConfiguration}.
   */
  public static final class CredentialProviderConfiguration extends Struct<CredentialProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.CredentialProviderConfiguration")
        .required("CredentialProviderType")
        .allowed("CredentialProviderType", "GATEWAY_IAM_ROLE", "OAUTH", "API_KEY",
            "CALLER_IAM_CREDENTIALS", "JWT_PASSTHROUGH")
        .build();

    public CredentialProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The credential provider for the gateway target.
     *
     * <p>CloudFormation property {@code CredentialProvider}.
     */
    public CredentialProviderConfiguration credentialProvider(Value<CredentialProvider> value) {
      return set("CredentialProvider", value);
    }

    /**
     * The credential provider type for the gateway target.
     *
     * <p>Required. Allowed values: {@code GATEWAY_IAM_ROLE}, {@code OAUTH}, {@code API_KEY}, {@code
     * CALLER_IAM_CREDENTIALS}, {@code JWT_PASSTHROUGH}. CloudFormation property {@code
     * CredentialProviderType}.
     */
    public CredentialProviderConfiguration credentialProviderType(String value) {
      return set("CredentialProviderType", Value.of(value));
    }

    /**
     * Sets {@code CredentialProviderType} to this value; see {@link
     * #credentialProviderType(String)}.
     */
    public CredentialProviderConfiguration credentialProviderType(Value<String> value) {
      return set("CredentialProviderType", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.HttpApiSchemaConfiguration}. */
  public static final class HttpApiSchemaConfiguration extends Struct<HttpApiSchemaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.HttpApiSchemaConfiguration")
        .required("Source")
        .build();

    public HttpApiSchemaConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Source}. */
    public HttpApiSchemaConfiguration source(Value<ApiSchemaConfiguration> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.HttpConnectorSource}. */
  public static final class HttpConnectorSource extends Struct<HttpConnectorSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.HttpConnectorSource")
        .required("ConnectorId")
        .build();

    public HttpConnectorSource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ConnectorId}. */
    public HttpConnectorSource connectorId(String value) {
      return set("ConnectorId", Value.of(value));
    }

    /** Sets {@code ConnectorId} to this value; see {@link #connectorId(String)}. */
    public HttpConnectorSource connectorId(Value<String> value) {
      return set("ConnectorId", value);
    }
  }

  /**
   * Property type {@code AWS::BedrockAgentCore::GatewayTarget.HttpConnectorTargetConfiguration}.
   */
  public static final class HttpConnectorTargetConfiguration extends Struct<HttpConnectorTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.HttpConnectorTargetConfiguration")
        .required("Source")
        .build();

    public HttpConnectorTargetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Parameters}. */
    public HttpConnectorTargetConfiguration parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public HttpConnectorTargetConfiguration parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /** Required. CloudFormation property {@code Source}. */
    public HttpConnectorTargetConfiguration source(Value<HttpConnectorSource> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.HttpTargetConfiguration}. */
  public static final class HttpTargetConfiguration extends Struct<HttpTargetConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.HttpTargetConfiguration");

    public HttpTargetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AgentcoreRuntime}. */
    public HttpTargetConfiguration agentcoreRuntime(Value<RuntimeTargetConfiguration> value) {
      return set("AgentcoreRuntime", value);
    }

    /** CloudFormation property {@code Connector}. */
    public HttpTargetConfiguration connector(Value<HttpConnectorTargetConfiguration> value) {
      return set("Connector", value);
    }

    /** CloudFormation property {@code Passthrough}. */
    public HttpTargetConfiguration passthrough(Value<PassthroughTargetConfiguration> value) {
      return set("Passthrough", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.IamCredentialProvider}. */
  public static final class IamCredentialProvider extends Struct<IamCredentialProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.IamCredentialProvider")
        .required("Service")
        .build();

    public IamCredentialProvider() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Region}. */
    public IamCredentialProvider region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public IamCredentialProvider region(Value<String> value) {
      return set("Region", value);
    }

    /** Required. CloudFormation property {@code Service}. */
    public IamCredentialProvider service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public IamCredentialProvider service(Value<String> value) {
      return set("Service", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.InferenceConnectorSource}. */
  public static final class InferenceConnectorSource extends Struct<InferenceConnectorSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.InferenceConnectorSource")
        .required("ConnectorId")
        .build();

    public InferenceConnectorSource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ConnectorId}. */
    public InferenceConnectorSource connectorId(String value) {
      return set("ConnectorId", Value.of(value));
    }

    /** Sets {@code ConnectorId} to this value; see {@link #connectorId(String)}. */
    public InferenceConnectorSource connectorId(Value<String> value) {
      return set("ConnectorId", value);
    }
  }

  /**
   * Property type {@code
   * AWS::BedrockAgentCore::GatewayTarget.InferenceConnectorTargetConfiguration}.
   */
  public static final class InferenceConnectorTargetConfiguration extends Struct<InferenceConnectorTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.InferenceConnectorTargetConfiguration")
        .required("Source")
        .build();

    public InferenceConnectorTargetConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Source}. */
    public InferenceConnectorTargetConfiguration source(Value<InferenceConnectorSource> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.InferenceOperationConfiguration}. */
  public static final class InferenceOperationConfiguration extends Struct<InferenceOperationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.InferenceOperationConfiguration")
        .required("Path")
        .build();

    public InferenceOperationConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Models}. */
    public InferenceOperationConfiguration models(List<ModelEntry> value) {
      return set("Models", Value.listOf(value));
    }

    /** Sets {@code Models} to this value; see {@link #models(List)}. */
    public InferenceOperationConfiguration models(Value<List<ModelEntry>> value) {
      return set("Models", value);
    }

    /** Sets {@code Models} to a list of these; see {@link #models(List)}. */
    public InferenceOperationConfiguration models(ModelEntry... values) {
      return set("Models", Value.list(values));
    }

    /** Required. CloudFormation property {@code Path}. */
    public InferenceOperationConfiguration path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public InferenceOperationConfiguration path(Value<String> value) {
      return set("Path", value);
    }

    /** CloudFormation property {@code ProviderPath}. */
    public InferenceOperationConfiguration providerPath(String value) {
      return set("ProviderPath", Value.of(value));
    }

    /** Sets {@code ProviderPath} to this value; see {@link #providerPath(String)}. */
    public InferenceOperationConfiguration providerPath(Value<String> value) {
      return set("ProviderPath", value);
    }
  }

  /**
   * Property type {@code
   * AWS::BedrockAgentCore::GatewayTarget.InferenceProviderTargetConfiguration}.
   */
  public static final class InferenceProviderTargetConfiguration extends Struct<InferenceProviderTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.InferenceProviderTargetConfiguration")
        .required("Endpoint")
        .build();

    public InferenceProviderTargetConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Endpoint}. */
    public InferenceProviderTargetConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public InferenceProviderTargetConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /** CloudFormation property {@code ModelMapping}. */
    public InferenceProviderTargetConfiguration modelMapping(Value<ModelMapping> value) {
      return set("ModelMapping", value);
    }

    /** CloudFormation property {@code Operations}. */
    public InferenceProviderTargetConfiguration operations(List<InferenceOperationConfiguration> value) {
      return set("Operations", Value.listOf(value));
    }

    /** Sets {@code Operations} to this value; see {@link #operations(List)}. */
    public InferenceProviderTargetConfiguration operations(Value<List<InferenceOperationConfiguration>> value) {
      return set("Operations", value);
    }

    /** Sets {@code Operations} to a list of these; see {@link #operations(List)}. */
    public InferenceProviderTargetConfiguration operations(InferenceOperationConfiguration... values) {
      return set("Operations", Value.list(values));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.InferenceTargetConfiguration}. */
  public static final class InferenceTargetConfiguration extends Struct<InferenceTargetConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.InferenceTargetConfiguration");

    public InferenceTargetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Connector}. */
    public InferenceTargetConfiguration connector(Value<InferenceConnectorTargetConfiguration> value) {
      return set("Connector", value);
    }

    /** CloudFormation property {@code Provider}. */
    public InferenceTargetConfiguration provider(Value<InferenceProviderTargetConfiguration> value) {
      return set("Provider", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ManagedResourceDetails}. */
  public static final class ManagedResourceDetails extends Struct<ManagedResourceDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.ManagedResourceDetails");

    public ManagedResourceDetails() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Domain}. */
    public ManagedResourceDetails domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public ManagedResourceDetails domain(Value<String> value) {
      return set("Domain", value);
    }

    /** CloudFormation property {@code ResourceAssociationArn}. */
    public ManagedResourceDetails resourceAssociationArn(String value) {
      return set("ResourceAssociationArn", Value.of(value));
    }

    /**
     * Sets {@code ResourceAssociationArn} to this value; see {@link
     * #resourceAssociationArn(String)}.
     */
    public ManagedResourceDetails resourceAssociationArn(Value<String> value) {
      return set("ResourceAssociationArn", value);
    }

    /** CloudFormation property {@code ResourceGatewayArn}. */
    public ManagedResourceDetails resourceGatewayArn(String value) {
      return set("ResourceGatewayArn", Value.of(value));
    }

    /** Sets {@code ResourceGatewayArn} to this value; see {@link #resourceGatewayArn(String)}. */
    public ManagedResourceDetails resourceGatewayArn(Value<String> value) {
      return set("ResourceGatewayArn", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ManagedVpcResource}. */
  public static final class ManagedVpcResource extends Struct<ManagedVpcResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ManagedVpcResource")
        .required("EndpointIpAddressType", "SubnetIds", "VpcIdentifier")
        .allowed("EndpointIpAddressType", "IPV4", "IPV6")
        .build();

    public ManagedVpcResource() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code IPV4}, {@code IPV6}. CloudFormation property {@code
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

    /** CloudFormation property {@code RoutingDomain}. */
    public ManagedVpcResource routingDomain(String value) {
      return set("RoutingDomain", Value.of(value));
    }

    /** Sets {@code RoutingDomain} to this value; see {@link #routingDomain(String)}. */
    public ManagedVpcResource routingDomain(Value<String> value) {
      return set("RoutingDomain", value);
    }

    /** CloudFormation property {@code SecurityGroupIds}. */
    public ManagedVpcResource securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public ManagedVpcResource securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /** Required. CloudFormation property {@code SubnetIds}. */
    public ManagedVpcResource subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public ManagedVpcResource subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Tags applied to the AWS-managed VPC Lattice resource gateway when it is created on your
     * behalf (tag-on-create). Useful for cost allocation. These tags are forwarded to VPC Lattice
     * and are not stored on the gateway target itself.
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

    /** Required. CloudFormation property {@code VpcIdentifier}. */
    public ManagedVpcResource vpcIdentifier(String value) {
      return set("VpcIdentifier", Value.of(value));
    }

    /** Sets {@code VpcIdentifier} to this value; see {@link #vpcIdentifier(String)}. */
    public ManagedVpcResource vpcIdentifier(Value<String> value) {
      return set("VpcIdentifier", value);
    }
  }

  /**
   * The Lambda target configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.McpLambdaTargetConfiguration}.
   */
  public static final class McpLambdaTargetConfiguration extends Struct<McpLambdaTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.McpLambdaTargetConfiguration")
        .required("LambdaArn", "ToolSchema")
        .build();

    public McpLambdaTargetConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda target configuration.
     *
     * <p>Required. CloudFormation property {@code LambdaArn}.
     */
    public McpLambdaTargetConfiguration lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public McpLambdaTargetConfiguration lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * The tool schema configuration for the gateway target MCP configuration for Lambda.
     *
     * <p>Required. CloudFormation property {@code ToolSchema}.
     */
    public McpLambdaTargetConfiguration toolSchema(Value<ToolSchema> value) {
      return set("ToolSchema", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.McpServerTargetConfiguration}. */
  public static final class McpServerTargetConfiguration extends Struct<McpServerTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.McpServerTargetConfiguration")
        .required("Endpoint")
        .allowed("ListingMode", "DEFAULT", "DYNAMIC")
        .build();

    public McpServerTargetConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Endpoint}. */
    public McpServerTargetConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public McpServerTargetConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * Allowed values: {@code DEFAULT}, {@code DYNAMIC}. CloudFormation property {@code
     * ListingMode}.
     */
    public McpServerTargetConfiguration listingMode(String value) {
      return set("ListingMode", Value.of(value));
    }

    /** Sets {@code ListingMode} to this value; see {@link #listingMode(String)}. */
    public McpServerTargetConfiguration listingMode(Value<String> value) {
      return set("ListingMode", value);
    }

    /** CloudFormation property {@code McpToolSchema}. */
    public McpServerTargetConfiguration mcpToolSchema(Value<McpToolSchemaConfiguration> value) {
      return set("McpToolSchema", value);
    }

    /** CloudFormation property {@code ResourcePriority}. */
    public McpServerTargetConfiguration resourcePriority(double value) {
      return set("ResourcePriority", Value.of(value));
    }

    /** Sets {@code ResourcePriority} to this value; see {@link #resourcePriority(double)}. */
    public McpServerTargetConfiguration resourcePriority(Value<Double> value) {
      return set("ResourcePriority", value);
    }
  }

  /**
   * The MCP target configuration for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.McpTargetConfiguration}.
   */
  public static final class McpTargetConfiguration extends Struct<McpTargetConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.McpTargetConfiguration");

    public McpTargetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ApiGateway}. */
    public McpTargetConfiguration apiGateway(Value<ApiGatewayTargetConfiguration> value) {
      return set("ApiGateway", value);
    }

    /** CloudFormation property {@code Connector}. */
    public McpTargetConfiguration connector(Value<ConnectorTargetConfiguration> value) {
      return set("Connector", value);
    }

    /**
     * The Lambda MCP configuration for the gateway target.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public McpTargetConfiguration lambda(Value<McpLambdaTargetConfiguration> value) {
      return set("Lambda", value);
    }

    /** CloudFormation property {@code McpServer}. */
    public McpTargetConfiguration mcpServer(Value<McpServerTargetConfiguration> value) {
      return set("McpServer", value);
    }

    /**
     * The OpenApi schema for the gateway target MCP configuration.
     *
     * <p>CloudFormation property {@code OpenApiSchema}.
     */
    public McpTargetConfiguration openApiSchema(Value<ApiSchemaConfiguration> value) {
      return set("OpenApiSchema", value);
    }

    /**
     * The target configuration for the Smithy model target.
     *
     * <p>CloudFormation property {@code SmithyModel}.
     */
    public McpTargetConfiguration smithyModel(Value<ApiSchemaConfiguration> value) {
      return set("SmithyModel", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.McpToolSchemaConfiguration}. */
  public static final class McpToolSchemaConfiguration extends Struct<McpToolSchemaConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.McpToolSchemaConfiguration");

    public McpToolSchemaConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InlinePayload}. */
    public McpToolSchemaConfiguration inlinePayload(String value) {
      return set("InlinePayload", Value.of(value));
    }

    /** Sets {@code InlinePayload} to this value; see {@link #inlinePayload(String)}. */
    public McpToolSchemaConfiguration inlinePayload(Value<String> value) {
      return set("InlinePayload", value);
    }

    /** CloudFormation property {@code S3}. */
    public McpToolSchemaConfiguration s3(Value<S3Configuration> value) {
      return set("S3", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.MetadataConfiguration}. */
  public static final class MetadataConfiguration extends Struct<MetadataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.MetadataConfiguration")
        .constrain("AllowedQueryParameters", Constraint.of().minLength(1).maxLength(40))
        .constrain("AllowedRequestHeaders", Constraint.of().minLength(1).maxLength(100))
        .constrain("AllowedResponseHeaders", Constraint.of().minLength(1).maxLength(100))
        .build();

    public MetadataConfiguration() {
      super(SCHEMA);
    }

    /** Length: 1 to 40 characters. CloudFormation property {@code AllowedQueryParameters}. */
    public MetadataConfiguration allowedQueryParameters(List<String> value) {
      return set("AllowedQueryParameters", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedQueryParameters} to this value; see {@link #allowedQueryParameters(List)}.
     */
    public MetadataConfiguration allowedQueryParameters(Value<List<String>> value) {
      return set("AllowedQueryParameters", value);
    }

    /** Length: 1 to 100 characters. CloudFormation property {@code AllowedRequestHeaders}. */
    public MetadataConfiguration allowedRequestHeaders(List<String> value) {
      return set("AllowedRequestHeaders", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedRequestHeaders} to this value; see {@link #allowedRequestHeaders(List)}.
     */
    public MetadataConfiguration allowedRequestHeaders(Value<List<String>> value) {
      return set("AllowedRequestHeaders", value);
    }

    /** Length: 1 to 100 characters. CloudFormation property {@code AllowedResponseHeaders}. */
    public MetadataConfiguration allowedResponseHeaders(List<String> value) {
      return set("AllowedResponseHeaders", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedResponseHeaders} to this value; see {@link #allowedResponseHeaders(List)}.
     */
    public MetadataConfiguration allowedResponseHeaders(Value<List<String>> value) {
      return set("AllowedResponseHeaders", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ModelEntry}. */
  public static final class ModelEntry extends Struct<ModelEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ModelEntry")
        .required("Model")
        .build();

    public ModelEntry() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Model}. */
    public ModelEntry model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public ModelEntry model(Value<String> value) {
      return set("Model", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ModelMapping}. */
  public static final class ModelMapping extends Struct<ModelMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.ModelMapping");

    public ModelMapping() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ProviderPrefix}. */
    public ModelMapping providerPrefix(Value<ProviderPrefix> value) {
      return set("ProviderPrefix", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.OAuth2AuthorizationData}. */
  public static final class OAuth2AuthorizationData extends Struct<OAuth2AuthorizationData> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.OAuth2AuthorizationData")
        .required("AuthorizationUrl")
        .build();

    public OAuth2AuthorizationData() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthorizationUrl}. */
    public OAuth2AuthorizationData authorizationUrl(String value) {
      return set("AuthorizationUrl", Value.of(value));
    }

    /** Sets {@code AuthorizationUrl} to this value; see {@link #authorizationUrl(String)}. */
    public OAuth2AuthorizationData authorizationUrl(Value<String> value) {
      return set("AuthorizationUrl", value);
    }

    /** CloudFormation property {@code UserId}. */
    public OAuth2AuthorizationData userId(String value) {
      return set("UserId", Value.of(value));
    }

    /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
    public OAuth2AuthorizationData userId(Value<String> value) {
      return set("UserId", value);
    }
  }

  /**
   * The OAuth credential provider for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.OAuthCredentialProvider}.
   */
  public static final class OAuthCredentialProvider extends Struct<OAuthCredentialProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.OAuthCredentialProvider")
        .required("ProviderArn", "Scopes")
        .allowed("GrantType", "CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "TOKEN_EXCHANGE")
        .build();

    public OAuthCredentialProvider() {
      super(SCHEMA);
    }

    /**
     * The OAuth credential provider.
     *
     * <p>CloudFormation property {@code CustomParameters}.
     */
    public OAuthCredentialProvider customParameters(Map<String, String> value) {
      return set("CustomParameters", Value.mapOf(value));
    }

    /** Sets {@code CustomParameters} to this value; see {@link #customParameters(Map)}. */
    public OAuthCredentialProvider customParameters(Value<Map<String, String>> value) {
      return set("CustomParameters", value);
    }

    /** CloudFormation property {@code DefaultReturnUrl}. */
    public OAuthCredentialProvider defaultReturnUrl(String value) {
      return set("DefaultReturnUrl", Value.of(value));
    }

    /** Sets {@code DefaultReturnUrl} to this value; see {@link #defaultReturnUrl(String)}. */
    public OAuthCredentialProvider defaultReturnUrl(Value<String> value) {
      return set("DefaultReturnUrl", value);
    }

    /**
     * Allowed values: {@code CLIENT_CREDENTIALS}, {@code AUTHORIZATION_CODE}, {@code
     * TOKEN_EXCHANGE}. CloudFormation property {@code GrantType}.
     */
    public OAuthCredentialProvider grantType(String value) {
      return set("GrantType", Value.of(value));
    }

    /** Sets {@code GrantType} to this value; see {@link #grantType(String)}. */
    public OAuthCredentialProvider grantType(Value<String> value) {
      return set("GrantType", value);
    }

    /**
     * The provider ARN for the gateway target.
     *
     * <p>Required. CloudFormation property {@code ProviderArn}.
     */
    public OAuthCredentialProvider providerArn(String value) {
      return set("ProviderArn", Value.of(value));
    }

    /** Sets {@code ProviderArn} to this value; see {@link #providerArn(String)}. */
    public OAuthCredentialProvider providerArn(Value<String> value) {
      return set("ProviderArn", value);
    }

    /**
     * The OAuth credential provider scopes.
     *
     * <p>Required. CloudFormation property {@code Scopes}.
     */
    public OAuthCredentialProvider scopes(List<String> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public OAuthCredentialProvider scopes(Value<List<String>> value) {
      return set("Scopes", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.PassthroughTargetConfiguration}. */
  public static final class PassthroughTargetConfiguration extends Struct<PassthroughTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.PassthroughTargetConfiguration")
        .required("Endpoint", "ProtocolType")
        .allowed("ProtocolType", "MCP", "A2A", "INFERENCE", "CUSTOM")
        .build();

    public PassthroughTargetConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Endpoint}. */
    public PassthroughTargetConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public PassthroughTargetConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * Required. Allowed values: {@code MCP}, {@code A2A}, {@code INFERENCE}, {@code CUSTOM}.
     * CloudFormation property {@code ProtocolType}.
     */
    public PassthroughTargetConfiguration protocolType(String value) {
      return set("ProtocolType", Value.of(value));
    }

    /** Sets {@code ProtocolType} to this value; see {@link #protocolType(String)}. */
    public PassthroughTargetConfiguration protocolType(Value<String> value) {
      return set("ProtocolType", value);
    }

    /** CloudFormation property {@code Schema}. */
    public PassthroughTargetConfiguration schemaProperty(Value<HttpApiSchemaConfiguration> value) {
      return set("Schema", value);
    }

    /** CloudFormation property {@code StickinessConfiguration}. */
    public PassthroughTargetConfiguration stickinessConfiguration(Value<StickinessConfiguration> value) {
      return set("StickinessConfiguration", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.PrivateEndpoint}. */
  public static final class PrivateEndpoint extends Struct<PrivateEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.PrivateEndpoint");

    public PrivateEndpoint() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ManagedVpcResource}. */
    public PrivateEndpoint managedVpcResource(Value<ManagedVpcResource> value) {
      return set("ManagedVpcResource", value);
    }

    /** CloudFormation property {@code SelfManagedLatticeResource}. */
    public PrivateEndpoint selfManagedLatticeResource(Value<SelfManagedLatticeResource> value) {
      return set("SelfManagedLatticeResource", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.ProviderPrefix}. */
  public static final class ProviderPrefix extends Struct<ProviderPrefix> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.ProviderPrefix");

    public ProviderPrefix() {
      super(SCHEMA);
    }

    /** Default: {@code "."}. CloudFormation property {@code Separator}. */
    public ProviderPrefix separator(String value) {
      return set("Separator", Value.of(value));
    }

    /** Sets {@code Separator} to this value; see {@link #separator(String)}. */
    public ProviderPrefix separator(Value<String> value) {
      return set("Separator", value);
    }

    /** Default: {@code false}. CloudFormation property {@code Strip}. */
    public ProviderPrefix strip(boolean value) {
      return set("Strip", Value.of(value));
    }

    /** Sets {@code Strip} to this value; see {@link #strip(boolean)}. */
    public ProviderPrefix strip(Value<Boolean> value) {
      return set("Strip", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.RuntimeTargetConfiguration}. */
  public static final class RuntimeTargetConfiguration extends Struct<RuntimeTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.RuntimeTargetConfiguration")
        .required("Arn")
        .build();

    public RuntimeTargetConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Arn}. */
    public RuntimeTargetConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public RuntimeTargetConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }

    /** CloudFormation property {@code Qualifier}. */
    public RuntimeTargetConfiguration qualifier(String value) {
      return set("Qualifier", Value.of(value));
    }

    /** Sets {@code Qualifier} to this value; see {@link #qualifier(String)}. */
    public RuntimeTargetConfiguration qualifier(Value<String> value) {
      return set("Qualifier", value);
    }

    /** CloudFormation property {@code Schema}. */
    public RuntimeTargetConfiguration schemaProperty(Value<HttpApiSchemaConfiguration> value) {
      return set("Schema", value);
    }
  }

  /**
   * The S3 configuration for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.S3Configuration");

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * The S3 configuration bucket owner account ID for the gateway target.
     *
     * <p>CloudFormation property {@code BucketOwnerAccountId}.
     */
    public S3Configuration bucketOwnerAccountId(String value) {
      return set("BucketOwnerAccountId", Value.of(value));
    }

    /**
     * Sets {@code BucketOwnerAccountId} to this value; see {@link #bucketOwnerAccountId(String)}.
     */
    public S3Configuration bucketOwnerAccountId(Value<String> value) {
      return set("BucketOwnerAccountId", value);
    }

    /**
     * The configuration URI for the gateway target.
     *
     * <p>CloudFormation property {@code Uri}.
     */
    public S3Configuration uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public S3Configuration uri(Value<String> value) {
      return set("Uri", value);
    }
  }

  /**
   * The schema definition for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.SchemaDefinition}.
   */
  public static final class SchemaDefinition extends Struct<SchemaDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.SchemaDefinition")
        .required("Type")
        .allowed("Type", "string", "number", "object", "array", "boolean", "integer")
        .build();

    public SchemaDefinition() {
      super(SCHEMA);
    }

    /**
     * The workload identity details for the gateway.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public SchemaDefinition description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public SchemaDefinition description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code Items}. */
    public SchemaDefinition items(Value<SchemaDefinition> value) {
      return set("Items", value);
    }

    /**
     * The schema definition properties for the gateway target.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public SchemaDefinition propertiesProperty(Map<String, SchemaDefinition> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public SchemaDefinition propertiesProperty(Value<Map<String, SchemaDefinition>> value) {
      return set("Properties", value);
    }

    /**
     * The schema definition.
     *
     * <p>CloudFormation property {@code Required}.
     */
    public SchemaDefinition required(List<String> value) {
      return set("Required", Value.listOf(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(List)}. */
    public SchemaDefinition required(Value<List<String>> value) {
      return set("Required", value);
    }

    /**
     * The scheme definition type for the gateway target.
     *
     * <p>Required. Allowed values: {@code string}, {@code number}, {@code object}, {@code array},
     * {@code boolean}, {@code integer}. CloudFormation property {@code Type}.
     */
    public SchemaDefinition type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SchemaDefinition type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.SelfManagedLatticeResource}. */
  public static final class SelfManagedLatticeResource extends Struct<SelfManagedLatticeResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.SelfManagedLatticeResource")
        .required("ResourceConfigurationIdentifier")
        .build();

    public SelfManagedLatticeResource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ResourceConfigurationIdentifier}. */
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

  /** Property type {@code AWS::BedrockAgentCore::GatewayTarget.StickinessConfiguration}. */
  public static final class StickinessConfiguration extends Struct<StickinessConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.StickinessConfiguration")
        .required("Identifier")
        .build();

    public StickinessConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Identifier}. */
    public StickinessConfiguration identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public StickinessConfiguration identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /** CloudFormation property {@code Timeout}. */
    public StickinessConfiguration timeout(double value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(double)}. */
    public StickinessConfiguration timeout(Value<Double> value) {
      return set("Timeout", value);
    }
  }

  /**
   * The target configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.TargetConfiguration}.
   */
  public static final class TargetConfiguration extends Struct<TargetConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.TargetConfiguration");

    public TargetConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Http}. */
    public TargetConfiguration http(Value<HttpTargetConfiguration> value) {
      return set("Http", value);
    }

    /** CloudFormation property {@code Inference}. */
    public TargetConfiguration inference(Value<InferenceTargetConfiguration> value) {
      return set("Inference", value);
    }

    /**
     * The target configuration definition for MCP.
     *
     * <p>CloudFormation property {@code Mcp}.
     */
    public TargetConfiguration mcp(Value<McpTargetConfiguration> value) {
      return set("Mcp", value);
    }
  }

  /**
   * The tool definition for the gateway.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.ToolDefinition}.
   */
  public static final class ToolDefinition extends Struct<ToolDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayTarget.ToolDefinition")
        .required("Description", "InputSchema", "Name")
        .build();

    public ToolDefinition() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Description}. */
    public ToolDefinition description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ToolDefinition description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The input schema for the gateway target.
     *
     * <p>Required. CloudFormation property {@code InputSchema}.
     */
    public ToolDefinition inputSchema(Value<SchemaDefinition> value) {
      return set("InputSchema", value);
    }

    /**
     * The tool name.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ToolDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ToolDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The tool definition output schema for the gateway target.
     *
     * <p>CloudFormation property {@code OutputSchema}.
     */
    public ToolDefinition outputSchema(Value<SchemaDefinition> value) {
      return set("OutputSchema", value);
    }
  }

  /**
   * The tool schema for the gateway target.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayTarget.ToolSchema}.
   */
  public static final class ToolSchema extends Struct<ToolSchema> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayTarget.ToolSchema");

    public ToolSchema() {
      super(SCHEMA);
    }

    /**
     * The inline payload for the gateway target.
     *
     * <p>CloudFormation property {@code InlinePayload}.
     */
    public ToolSchema inlinePayload(List<ToolDefinition> value) {
      return set("InlinePayload", Value.listOf(value));
    }

    /** Sets {@code InlinePayload} to this value; see {@link #inlinePayload(List)}. */
    public ToolSchema inlinePayload(Value<List<ToolDefinition>> value) {
      return set("InlinePayload", value);
    }

    /** Sets {@code InlinePayload} to a list of these; see {@link #inlinePayload(List)}. */
    public ToolSchema inlinePayload(ToolDefinition... values) {
      return set("InlinePayload", Value.list(values));
    }

    /**
     * The S3 tool schema for the gateway target.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public ToolSchema s3(Value<S3Configuration> value) {
      return set("S3", value);
    }
  }
}
