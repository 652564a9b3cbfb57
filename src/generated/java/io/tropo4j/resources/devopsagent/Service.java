// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::DevOpsAgent::Service resource registers external services (like Dynatrace, MCP servers,
 * GitLab) for integration with DevOpsAgent.
 *
 * <p>CloudFormation type {@code AWS::DevOpsAgent::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service")
      .required("ServiceType")
      .constrain("ExchangeUrlPrivateConnectionName", Constraint.of().pattern("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$").minLength(3).maxLength(30))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("PrivateConnectionName", Constraint.of().pattern("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$").minLength(3).maxLength(30))
      .allowed("ServiceType", "dynatrace", "mcpserver", "mcpserversplunk", "mcpservernewrelic",
          "gitlab", "servicenow", "pagerduty", "azureidentity", "mcpserversigv4",
          "mcpservergrafana")
      .constrain("TargetUrlPrivateConnectionName", Constraint.of().pattern("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$").minLength(3).maxLength(30))
      .refYields("ServiceId")
      .attributes("AccessibleResources", "AdditionalServiceDetails", "Arn", "ServiceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the private connection to use for OAuth token exchange requests only. Cannot be
   * specified when PrivateConnectionName is provided.
   *
   * <p>Changing it replaces the resource. Length: 3 to 30 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$}. CloudFormation property {@code
   * ExchangeUrlPrivateConnectionName}.
   */
  public Service exchangeUrlPrivateConnectionName(String value) {
    return set("ExchangeUrlPrivateConnectionName", Value.of(value));
  }

  /**
   * Sets {@code ExchangeUrlPrivateConnectionName} to this value; see {@link
   * #exchangeUrlPrivateConnectionName(String)}.
   */
  public Service exchangeUrlPrivateConnectionName(Value<String> value) {
    return set("ExchangeUrlPrivateConnectionName", value);
  }

  /**
   * The ARN of the KMS key to use for encryption.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Service kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Service kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The name of the private connection to use for VPC connectivity.
   *
   * <p>Changing it replaces the resource. Length: 3 to 30 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$}. CloudFormation property {@code PrivateConnectionName}.
   */
  public Service privateConnectionName(String value) {
    return set("PrivateConnectionName", Value.of(value));
  }

  /**
   * Sets {@code PrivateConnectionName} to this value; see {@link #privateConnectionName(String)}.
   */
  public Service privateConnectionName(Value<String> value) {
    return set("PrivateConnectionName", value);
  }

  /**
   * Service-specific configuration details - MCPServerSigV4 supports in-place updates; GitLab
   * (TokenValue), MCPServer (ApiKey or BearerToken credential rotation), MCPServerNewRelic (ApiKey
   * rotation), and MCPServerGrafana (BearerToken rotation) support in-place credential rotation;
   * all other service types and fields require replacement when modified
   *
   * <p>CloudFormation property {@code ServiceDetails}.
   */
  public Service serviceDetails(Value<ServiceDetails> value) {
    return set("ServiceDetails", value);
  }

  /**
   * The type of service being registered
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code dynatrace}, {@code
   * mcpserver}, {@code mcpserversplunk}, {@code mcpservernewrelic}, {@code gitlab}, {@code
   * servicenow}, {@code pagerduty}, {@code azureidentity}, {@code mcpserversigv4}, {@code
   * mcpservergrafana}. CloudFormation property {@code ServiceType}.
   */
  public Service serviceType(String value) {
    return set("ServiceType", Value.of(value));
  }

  /** Sets {@code ServiceType} to this value; see {@link #serviceType(String)}. */
  public Service serviceType(Value<String> value) {
    return set("ServiceType", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Service tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Service tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Service tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the private connection to use for API calls (target URL) only. Cannot be specified
   * when PrivateConnectionName is provided.
   *
   * <p>Changing it replaces the resource. Length: 3 to 30 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$}. CloudFormation property {@code
   * TargetUrlPrivateConnectionName}.
   */
  public Service targetUrlPrivateConnectionName(String value) {
    return set("TargetUrlPrivateConnectionName", Value.of(value));
  }

  /**
   * Sets {@code TargetUrlPrivateConnectionName} to this value; see {@link
   * #targetUrlPrivateConnectionName(String)}.
   */
  public Service targetUrlPrivateConnectionName(Value<String> value) {
    return set("TargetUrlPrivateConnectionName", value);
  }

  /**
   * List of accessible resources for this service
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessibleResources}.
   */
  public Value<List<Map<String, String>>> accessibleResources() {
    return getAtt("AccessibleResources");
  }

  /**
   * Additional details specific to the service type returned after registration
   *
   * <p>{@code Fn::GetAtt} attribute {@code AdditionalServiceDetails}.
   */
  public Value<AdditionalServiceDetails> additionalServiceDetails() {
    return getAtt("AdditionalServiceDetails");
  }

  /**
   * The Amazon Resource Name (ARN) of the Service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the service
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceId}.
   */
  public Value<String> serviceId() {
    return getAtt("ServiceId");
  }

  /** Property type {@code AWS::DevOpsAgent::Service.AdditionalServiceDetails}. */
  public static final class AdditionalServiceDetails extends Struct<AdditionalServiceDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Service.AdditionalServiceDetails");

    public AdditionalServiceDetails() {
      super(SCHEMA);
    }

    /**
     * Azure Identity service details returned after registration
     *
     * <p>CloudFormation property {@code AzureIdentity}.
     */
    public AdditionalServiceDetails azureIdentity(Value<RegisteredAzureIdentityDetails> value) {
      return set("AzureIdentity", value);
    }

    /**
     * Dynatrace service details returned after registration
     *
     * <p>CloudFormation property {@code Dynatrace}.
     */
    public AdditionalServiceDetails dynatrace(Value<RegisteredDynatraceDetails> value) {
      return set("Dynatrace", value);
    }

    /**
     * GitLab service details returned after registration
     *
     * <p>CloudFormation property {@code GitLab}.
     */
    public AdditionalServiceDetails gitLab(Value<RegisteredGitLabServiceDetails> value) {
      return set("GitLab", value);
    }

    /**
     * MCP server details returned after registration
     *
     * <p>CloudFormation property {@code MCPServer}.
     */
    public AdditionalServiceDetails mcpServer(Value<RegisteredMCPServerDetails> value) {
      return set("MCPServer", value);
    }

    /**
     * Grafana MCP server details returned after registration
     *
     * <p>CloudFormation property {@code MCPServerGrafana}.
     */
    public AdditionalServiceDetails mcpServerGrafana(Value<RegisteredMCPServerGrafanaDetails> value) {
      return set("MCPServerGrafana", value);
    }

    /**
     * New Relic service details returned after registration
     *
     * <p>CloudFormation property {@code MCPServerNewRelic}.
     */
    public AdditionalServiceDetails mcpServerNewRelic(Value<RegisteredNewRelicDetails> value) {
      return set("MCPServerNewRelic", value);
    }

    /**
     * SigV4-authenticated MCP server details returned after registration
     *
     * <p>CloudFormation property {@code MCPServerSigV4}.
     */
    public AdditionalServiceDetails mcpServerSigV4(Value<RegisteredMCPServerSigV4Details> value) {
      return set("MCPServerSigV4", value);
    }

    /**
     * MCP server details returned after registration
     *
     * <p>CloudFormation property {@code MCPServerSplunk}.
     */
    public AdditionalServiceDetails mcpServerSplunk(Value<RegisteredMCPServerDetails> value) {
      return set("MCPServerSplunk", value);
    }

    /**
     * PagerDuty service details returned after registration
     *
     * <p>CloudFormation property {@code PagerDuty}.
     */
    public AdditionalServiceDetails pagerDuty(Value<RegisteredPagerDutyDetails> value) {
      return set("PagerDuty", value);
    }

    /**
     * ServiceNow service details returned after registration
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public AdditionalServiceDetails serviceNow(Value<RegisteredServiceNowDetails> value) {
      return set("ServiceNow", value);
    }
  }

  /**
   * API key authentication details
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.ApiKeyDetails}.
   */
  public static final class ApiKeyDetails extends Struct<ApiKeyDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.ApiKeyDetails")
        .required("ApiKeyHeader", "ApiKeyName", "ApiKeyValue")
        .build();

    public ApiKeyDetails() {
      super(SCHEMA);
    }

    /**
     * HTTP header name to send the API key
     *
     * <p>Required. CloudFormation property {@code ApiKeyHeader}.
     */
    public ApiKeyDetails apiKeyHeader(String value) {
      return set("ApiKeyHeader", Value.of(value));
    }

    /** Sets {@code ApiKeyHeader} to this value; see {@link #apiKeyHeader(String)}. */
    public ApiKeyDetails apiKeyHeader(Value<String> value) {
      return set("ApiKeyHeader", value);
    }

    /**
     * User friendly API key name
     *
     * <p>Required. CloudFormation property {@code ApiKeyName}.
     */
    public ApiKeyDetails apiKeyName(String value) {
      return set("ApiKeyName", Value.of(value));
    }

    /** Sets {@code ApiKeyName} to this value; see {@link #apiKeyName(String)}. */
    public ApiKeyDetails apiKeyName(Value<String> value) {
      return set("ApiKeyName", value);
    }

    /**
     * API key value
     *
     * <p>Required. CloudFormation property {@code ApiKeyValue}.
     */
    public ApiKeyDetails apiKeyValue(String value) {
      return set("ApiKeyValue", Value.of(value));
    }

    /** Sets {@code ApiKeyValue} to this value; see {@link #apiKeyValue(String)}. */
    public ApiKeyDetails apiKeyValue(Value<String> value) {
      return set("ApiKeyValue", value);
    }
  }

  /**
   * Azure Identity service configuration for federated identity
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.AzureIdentityServiceDetails}.
   */
  public static final class AzureIdentityServiceDetails extends Struct<AzureIdentityServiceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.AzureIdentityServiceDetails")
        .required("ClientId", "TenantId", "WebIdentityRoleArn", "WebIdentityTokenAudiences")
        .build();

    public AzureIdentityServiceDetails() {
      super(SCHEMA);
    }

    /**
     * Azure AD application client ID
     *
     * <p>Required. CloudFormation property {@code ClientId}.
     */
    public AzureIdentityServiceDetails clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public AzureIdentityServiceDetails clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * Azure AD tenant ID
     *
     * <p>Required. CloudFormation property {@code TenantId}.
     */
    public AzureIdentityServiceDetails tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public AzureIdentityServiceDetails tenantId(Value<String> value) {
      return set("TenantId", value);
    }

    /**
     * ARN of the IAM role for web identity token exchange
     *
     * <p>Required. CloudFormation property {@code WebIdentityRoleArn}.
     */
    public AzureIdentityServiceDetails webIdentityRoleArn(String value) {
      return set("WebIdentityRoleArn", Value.of(value));
    }

    /** Sets {@code WebIdentityRoleArn} to this value; see {@link #webIdentityRoleArn(String)}. */
    public AzureIdentityServiceDetails webIdentityRoleArn(Value<String> value) {
      return set("WebIdentityRoleArn", value);
    }

    /**
     * List of audiences for the web identity token
     *
     * <p>Required. CloudFormation property {@code WebIdentityTokenAudiences}.
     */
    public AzureIdentityServiceDetails webIdentityTokenAudiences(List<String> value) {
      return set("WebIdentityTokenAudiences", Value.listOf(value));
    }

    /**
     * Sets {@code WebIdentityTokenAudiences} to this value; see {@link
     * #webIdentityTokenAudiences(List)}.
     */
    public AzureIdentityServiceDetails webIdentityTokenAudiences(Value<List<String>> value) {
      return set("WebIdentityTokenAudiences", value);
    }
  }

  /**
   * Bearer token authentication details
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.BearerTokenDetails}.
   */
  public static final class BearerTokenDetails extends Struct<BearerTokenDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.BearerTokenDetails")
        .required("TokenName", "TokenValue")
        .build();

    public BearerTokenDetails() {
      super(SCHEMA);
    }

    /**
     * HTTP header name to send the bearer token
     *
     * <p>Default: {@code "Authorization"}. CloudFormation property {@code AuthorizationHeader}.
     */
    public BearerTokenDetails authorizationHeader(String value) {
      return set("AuthorizationHeader", Value.of(value));
    }

    /** Sets {@code AuthorizationHeader} to this value; see {@link #authorizationHeader(String)}. */
    public BearerTokenDetails authorizationHeader(Value<String> value) {
      return set("AuthorizationHeader", value);
    }

    /**
     * User friendly bearer token name
     *
     * <p>Required. CloudFormation property {@code TokenName}.
     */
    public BearerTokenDetails tokenName(String value) {
      return set("TokenName", Value.of(value));
    }

    /** Sets {@code TokenName} to this value; see {@link #tokenName(String)}. */
    public BearerTokenDetails tokenName(Value<String> value) {
      return set("TokenName", value);
    }

    /**
     * Bearer token value
     *
     * <p>Required. CloudFormation property {@code TokenValue}.
     */
    public BearerTokenDetails tokenValue(String value) {
      return set("TokenValue", Value.of(value));
    }

    /** Sets {@code TokenValue} to this value; see {@link #tokenValue(String)}. */
    public BearerTokenDetails tokenValue(Value<String> value) {
      return set("TokenValue", value);
    }
  }

  /**
   * Dynatrace OAuth authorization configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.DynatraceAuthorizationConfig}.
   */
  public static final class DynatraceAuthorizationConfig extends Struct<DynatraceAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Service.DynatraceAuthorizationConfig");

    public DynatraceAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * OAuth client credentials
     *
     * <p>CloudFormation property {@code OAuthClientCredentials}.
     */
    public DynatraceAuthorizationConfig oAuthClientCredentials(Value<OAuthClientDetails> value) {
      return set("OAuthClientCredentials", value);
    }
  }

  /**
   * Dynatrace service configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.DynatraceServiceDetails}.
   */
  public static final class DynatraceServiceDetails extends Struct<DynatraceServiceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.DynatraceServiceDetails")
        .required("AccountUrn")
        .build();

    public DynatraceServiceDetails() {
      super(SCHEMA);
    }

    /**
     * Dynatrace resource account URN
     *
     * <p>Required. CloudFormation property {@code AccountUrn}.
     */
    public DynatraceServiceDetails accountUrn(String value) {
      return set("AccountUrn", Value.of(value));
    }

    /** Sets {@code AccountUrn} to this value; see {@link #accountUrn(String)}. */
    public DynatraceServiceDetails accountUrn(Value<String> value) {
      return set("AccountUrn", value);
    }

    /**
     * Dynatrace OAuth authorization configuration
     *
     * <p>CloudFormation property {@code AuthorizationConfig}.
     */
    public DynatraceServiceDetails authorizationConfig(Value<DynatraceAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }
  }

  /**
   * GitLab service configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.GitLabDetails}.
   */
  public static final class GitLabDetails extends Struct<GitLabDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.GitLabDetails")
        .required("TargetUrl", "TokenType", "TokenValue")
        .allowed("TokenType", "personal", "group")
        .build();

    public GitLabDetails() {
      super(SCHEMA);
    }

    /**
     * Optional GitLab group ID for group-level access tokens
     *
     * <p>CloudFormation property {@code GroupId}.
     */
    public GitLabDetails groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public GitLabDetails groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /**
     * GitLab instance URL
     *
     * <p>Required. CloudFormation property {@code TargetUrl}.
     */
    public GitLabDetails targetUrl(String value) {
      return set("TargetUrl", Value.of(value));
    }

    /** Sets {@code TargetUrl} to this value; see {@link #targetUrl(String)}. */
    public GitLabDetails targetUrl(Value<String> value) {
      return set("TargetUrl", value);
    }

    /**
     * Type of GitLab access token
     *
     * <p>Required. Allowed values: {@code personal}, {@code group}. CloudFormation property {@code
     * TokenType}.
     */
    public GitLabDetails tokenType(String value) {
      return set("TokenType", Value.of(value));
    }

    /** Sets {@code TokenType} to this value; see {@link #tokenType(String)}. */
    public GitLabDetails tokenType(Value<String> value) {
      return set("TokenType", value);
    }

    /**
     * GitLab access token value
     *
     * <p>Required. CloudFormation property {@code TokenValue}.
     */
    public GitLabDetails tokenValue(String value) {
      return set("TokenValue", Value.of(value));
    }

    /** Sets {@code TokenValue} to this value; see {@link #tokenValue(String)}. */
    public GitLabDetails tokenValue(Value<String> value) {
      return set("TokenValue", value);
    }
  }

  /** Property type {@code AWS::DevOpsAgent::Service.MCPServerAuthorizationConfig}. */
  public static final class MCPServerAuthorizationConfig extends Struct<MCPServerAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Service.MCPServerAuthorizationConfig");

    public MCPServerAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * API key authentication details
     *
     * <p>CloudFormation property {@code ApiKey}.
     */
    public MCPServerAuthorizationConfig apiKey(Value<ApiKeyDetails> value) {
      return set("ApiKey", value);
    }

    /**
     * Bearer token authentication details
     *
     * <p>CloudFormation property {@code BearerToken}.
     */
    public MCPServerAuthorizationConfig bearerToken(Value<BearerTokenDetails> value) {
      return set("BearerToken", value);
    }

    /**
     * MCP server OAuth client credentials configuration
     *
     * <p>CloudFormation property {@code OAuthClientCredentials}.
     */
    public MCPServerAuthorizationConfig oAuthClientCredentials(Value<MCPServerOAuthClientCredentialsConfig> value) {
      return set("OAuthClientCredentials", value);
    }
  }

  /**
   * MCP server configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerDetails}.
   */
  public static final class MCPServerDetails extends Struct<MCPServerDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerDetails")
        .required("AuthorizationConfig", "Endpoint", "Name")
        .build();

    public MCPServerDetails() {
      super(SCHEMA);
    }

    /**
     * MCP server authorization configuration
     *
     * <p>Required. CloudFormation property {@code AuthorizationConfig}.
     */
    public MCPServerDetails authorizationConfig(Value<MCPServerAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerDetails description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerDetails description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public MCPServerDetails endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerDetails endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * MCP server name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MCPServerDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Grafana MCP server authorization configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerGrafanaAuthorizationConfig}.
   */
  public static final class MCPServerGrafanaAuthorizationConfig extends Struct<MCPServerGrafanaAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerGrafanaAuthorizationConfig")
        .required("BearerToken")
        .build();

    public MCPServerGrafanaAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * Bearer token authentication details
     *
     * <p>Required. CloudFormation property {@code BearerToken}.
     */
    public MCPServerGrafanaAuthorizationConfig bearerToken(Value<BearerTokenDetails> value) {
      return set("BearerToken", value);
    }
  }

  /**
   * Grafana MCP server configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerGrafanaDetails}.
   */
  public static final class MCPServerGrafanaDetails extends Struct<MCPServerGrafanaDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerGrafanaDetails")
        .required("AuthorizationConfig", "Endpoint", "Name")
        .build();

    public MCPServerGrafanaDetails() {
      super(SCHEMA);
    }

    /**
     * Grafana MCP server authorization configuration
     *
     * <p>Required. CloudFormation property {@code AuthorizationConfig}.
     */
    public MCPServerGrafanaDetails authorizationConfig(Value<MCPServerGrafanaAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerGrafanaDetails description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerGrafanaDetails description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public MCPServerGrafanaDetails endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerGrafanaDetails endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * MCP server name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MCPServerGrafanaDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerGrafanaDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * MCP server OAuth client credentials configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerOAuthClientCredentialsConfig}.
   */
  public static final class MCPServerOAuthClientCredentialsConfig extends Struct<MCPServerOAuthClientCredentialsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerOAuthClientCredentialsConfig")
        .required("ClientId", "ClientSecret", "ExchangeUrl")
        .build();

    public MCPServerOAuthClientCredentialsConfig() {
      super(SCHEMA);
    }

    /**
     * OAuth client ID
     *
     * <p>Required. CloudFormation property {@code ClientId}.
     */
    public MCPServerOAuthClientCredentialsConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public MCPServerOAuthClientCredentialsConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * User friendly OAuth client name
     *
     * <p>CloudFormation property {@code ClientName}.
     */
    public MCPServerOAuthClientCredentialsConfig clientName(String value) {
      return set("ClientName", Value.of(value));
    }

    /** Sets {@code ClientName} to this value; see {@link #clientName(String)}. */
    public MCPServerOAuthClientCredentialsConfig clientName(Value<String> value) {
      return set("ClientName", value);
    }

    /**
     * OAuth client secret
     *
     * <p>Required. CloudFormation property {@code ClientSecret}.
     */
    public MCPServerOAuthClientCredentialsConfig clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public MCPServerOAuthClientCredentialsConfig clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * OAuth token exchange parameters
     *
     * <p>CloudFormation property {@code ExchangeParameters}.
     */
    public MCPServerOAuthClientCredentialsConfig exchangeParameters(Value<Json> value) {
      return set("ExchangeParameters", value);
    }

    /**
     * OAuth token exchange URL
     *
     * <p>Required. CloudFormation property {@code ExchangeUrl}.
     */
    public MCPServerOAuthClientCredentialsConfig exchangeUrl(String value) {
      return set("ExchangeUrl", Value.of(value));
    }

    /** Sets {@code ExchangeUrl} to this value; see {@link #exchangeUrl(String)}. */
    public MCPServerOAuthClientCredentialsConfig exchangeUrl(Value<String> value) {
      return set("ExchangeUrl", value);
    }

    /**
     * OAuth scopes
     *
     * <p>CloudFormation property {@code Scopes}.
     */
    public MCPServerOAuthClientCredentialsConfig scopes(List<String> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public MCPServerOAuthClientCredentialsConfig scopes(Value<List<String>> value) {
      return set("Scopes", value);
    }
  }

  /**
   * SigV4 authorization configuration for MCP server
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerSigV4AuthorizationConfig}.
   */
  public static final class MCPServerSigV4AuthorizationConfig extends Struct<MCPServerSigV4AuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerSigV4AuthorizationConfig")
        .required("Region", "Service")
        .build();

    public MCPServerSigV4AuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * Custom headers for the SigV4 MCP server
     *
     * <p>CloudFormation property {@code CustomHeaders}.
     */
    public MCPServerSigV4AuthorizationConfig customHeaders(Map<String, String> value) {
      return set("CustomHeaders", Value.mapOf(value));
    }

    /** Sets {@code CustomHeaders} to this value; see {@link #customHeaders(Map)}. */
    public MCPServerSigV4AuthorizationConfig customHeaders(Value<Map<String, String>> value) {
      return set("CustomHeaders", value);
    }

    /**
     * IAM role ARN to assume for SigV4 signing. Optional - when omitted, credentials are resolved
     * at runtime via a monitor account association.
     *
     * <p>CloudFormation property {@code McpRoleArn}.
     */
    public MCPServerSigV4AuthorizationConfig mcpRoleArn(String value) {
      return set("McpRoleArn", Value.of(value));
    }

    /** Sets {@code McpRoleArn} to this value; see {@link #mcpRoleArn(String)}. */
    public MCPServerSigV4AuthorizationConfig mcpRoleArn(Value<String> value) {
      return set("McpRoleArn", value);
    }

    /**
     * AWS region for SigV4 signing. Use '*' for SigV4a multi-region signing.
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public MCPServerSigV4AuthorizationConfig region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public MCPServerSigV4AuthorizationConfig region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * Deprecated - use McpRoleArn instead. IAM role ARN to assume for SigV4 signing. Set to an
     * empty string to remove a previously configured role and make the server role-less
     * (cross-account).
     *
     * <p>CloudFormation property {@code RoleArn}.
     */
    public MCPServerSigV4AuthorizationConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public MCPServerSigV4AuthorizationConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * AWS service name for SigV4 signing
     *
     * <p>Required. CloudFormation property {@code Service}.
     */
    public MCPServerSigV4AuthorizationConfig service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public MCPServerSigV4AuthorizationConfig service(Value<String> value) {
      return set("Service", value);
    }
  }

  /**
   * SigV4-authenticated MCP server configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerSigV4Details}.
   */
  public static final class MCPServerSigV4Details extends Struct<MCPServerSigV4Details> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerSigV4Details")
        .required("AuthorizationConfig", "Endpoint", "Name")
        .build();

    public MCPServerSigV4Details() {
      super(SCHEMA);
    }

    /**
     * SigV4 authorization configuration for MCP server
     *
     * <p>Required. CloudFormation property {@code AuthorizationConfig}.
     */
    public MCPServerSigV4Details authorizationConfig(Value<MCPServerSigV4AuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerSigV4Details description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerSigV4Details description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public MCPServerSigV4Details endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerSigV4Details endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * MCP server name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MCPServerSigV4Details name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerSigV4Details name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * MCP server splunk authorization configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerSplunkAuthorizationConfig}.
   */
  public static final class MCPServerSplunkAuthorizationConfig extends Struct<MCPServerSplunkAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerSplunkAuthorizationConfig")
        .required("BearerToken")
        .build();

    public MCPServerSplunkAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * Bearer token authentication details
     *
     * <p>Required. CloudFormation property {@code BearerToken}.
     */
    public MCPServerSplunkAuthorizationConfig bearerToken(Value<BearerTokenDetails> value) {
      return set("BearerToken", value);
    }
  }

  /**
   * Splunk MCP server configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.MCPServerSplunkDetails}.
   */
  public static final class MCPServerSplunkDetails extends Struct<MCPServerSplunkDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.MCPServerSplunkDetails")
        .required("AuthorizationConfig", "Endpoint", "Name")
        .build();

    public MCPServerSplunkDetails() {
      super(SCHEMA);
    }

    /**
     * MCP server splunk authorization configuration
     *
     * <p>Required. CloudFormation property {@code AuthorizationConfig}.
     */
    public MCPServerSplunkDetails authorizationConfig(Value<MCPServerSplunkAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerSplunkDetails description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerSplunkDetails description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public MCPServerSplunkDetails endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerSplunkDetails endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * MCP server name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MCPServerSplunkDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerSplunkDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * New Relic API key configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.NewRelicApiKeyConfig}.
   */
  public static final class NewRelicApiKeyConfig extends Struct<NewRelicApiKeyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.NewRelicApiKeyConfig")
        .required("AccountId", "ApiKey", "Region")
        .allowed("Region", "US", "EU")
        .build();

    public NewRelicApiKeyConfig() {
      super(SCHEMA);
    }

    /**
     * New Relic Account ID
     *
     * <p>Required. CloudFormation property {@code AccountId}.
     */
    public NewRelicApiKeyConfig accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public NewRelicApiKeyConfig accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * List of alert policy IDs
     *
     * <p>CloudFormation property {@code AlertPolicyIds}.
     */
    public NewRelicApiKeyConfig alertPolicyIds(List<String> value) {
      return set("AlertPolicyIds", Value.listOf(value));
    }

    /** Sets {@code AlertPolicyIds} to this value; see {@link #alertPolicyIds(List)}. */
    public NewRelicApiKeyConfig alertPolicyIds(Value<List<String>> value) {
      return set("AlertPolicyIds", value);
    }

    /**
     * New Relic User API Key
     *
     * <p>Required. CloudFormation property {@code ApiKey}.
     */
    public NewRelicApiKeyConfig apiKey(String value) {
      return set("ApiKey", Value.of(value));
    }

    /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
    public NewRelicApiKeyConfig apiKey(Value<String> value) {
      return set("ApiKey", value);
    }

    /**
     * List of monitored APM application IDs
     *
     * <p>CloudFormation property {@code ApplicationIds}.
     */
    public NewRelicApiKeyConfig applicationIds(List<String> value) {
      return set("ApplicationIds", Value.listOf(value));
    }

    /** Sets {@code ApplicationIds} to this value; see {@link #applicationIds(List)}. */
    public NewRelicApiKeyConfig applicationIds(Value<List<String>> value) {
      return set("ApplicationIds", value);
    }

    /**
     * List of globally unique IDs for New Relic resources
     *
     * <p>CloudFormation property {@code EntityGuids}.
     */
    public NewRelicApiKeyConfig entityGuids(List<String> value) {
      return set("EntityGuids", Value.listOf(value));
    }

    /** Sets {@code EntityGuids} to this value; see {@link #entityGuids(List)}. */
    public NewRelicApiKeyConfig entityGuids(Value<List<String>> value) {
      return set("EntityGuids", value);
    }

    /**
     * New Relic region
     *
     * <p>Required. Allowed values: {@code US}, {@code EU}. CloudFormation property {@code Region}.
     */
    public NewRelicApiKeyConfig region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public NewRelicApiKeyConfig region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * New Relic authorization configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.NewRelicAuthorizationConfig}.
   */
  public static final class NewRelicAuthorizationConfig extends Struct<NewRelicAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.NewRelicAuthorizationConfig")
        .required("ApiKey")
        .build();

    public NewRelicAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * New Relic API key configuration
     *
     * <p>Required. CloudFormation property {@code ApiKey}.
     */
    public NewRelicAuthorizationConfig apiKey(Value<NewRelicApiKeyConfig> value) {
      return set("ApiKey", value);
    }
  }

  /**
   * New Relic service configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.NewRelicServiceDetails}.
   */
  public static final class NewRelicServiceDetails extends Struct<NewRelicServiceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.NewRelicServiceDetails")
        .required("AuthorizationConfig")
        .build();

    public NewRelicServiceDetails() {
      super(SCHEMA);
    }

    /**
     * New Relic authorization configuration
     *
     * <p>Required. CloudFormation property {@code AuthorizationConfig}.
     */
    public NewRelicServiceDetails authorizationConfig(Value<NewRelicAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }
  }

  /**
   * OAuth client credentials
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.OAuthClientDetails}.
   */
  public static final class OAuthClientDetails extends Struct<OAuthClientDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.OAuthClientDetails")
        .required("ClientId", "ClientSecret")
        .build();

    public OAuthClientDetails() {
      super(SCHEMA);
    }

    /**
     * OAuth client ID
     *
     * <p>Required. CloudFormation property {@code ClientId}.
     */
    public OAuthClientDetails clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OAuthClientDetails clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * User friendly OAuth client name
     *
     * <p>CloudFormation property {@code ClientName}.
     */
    public OAuthClientDetails clientName(String value) {
      return set("ClientName", Value.of(value));
    }

    /** Sets {@code ClientName} to this value; see {@link #clientName(String)}. */
    public OAuthClientDetails clientName(Value<String> value) {
      return set("ClientName", value);
    }

    /**
     * OAuth client secret
     *
     * <p>Required. CloudFormation property {@code ClientSecret}.
     */
    public OAuthClientDetails clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public OAuthClientDetails clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * OAuth token exchange parameters
     *
     * <p>CloudFormation property {@code ExchangeParameters}.
     */
    public OAuthClientDetails exchangeParameters(Value<Json> value) {
      return set("ExchangeParameters", value);
    }
  }

  /**
   * PagerDuty OAuth authorization configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.PagerDutyAuthorizationConfig}.
   */
  public static final class PagerDutyAuthorizationConfig extends Struct<PagerDutyAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Service.PagerDutyAuthorizationConfig");

    public PagerDutyAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * OAuth client credentials
     *
     * <p>CloudFormation property {@code OAuthClientCredentials}.
     */
    public PagerDutyAuthorizationConfig oAuthClientCredentials(Value<OAuthClientDetails> value) {
      return set("OAuthClientCredentials", value);
    }
  }

  /**
   * PagerDuty service configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.PagerDutyDetails}.
   */
  public static final class PagerDutyDetails extends Struct<PagerDutyDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.PagerDutyDetails")
        .required("AuthorizationConfig", "Scopes")
        .build();

    public PagerDutyDetails() {
      super(SCHEMA);
    }

    /**
     * PagerDuty OAuth authorization configuration
     *
     * <p>Required. CloudFormation property {@code AuthorizationConfig}.
     */
    public PagerDutyDetails authorizationConfig(Value<PagerDutyAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * PagerDuty scopes
     *
     * <p>Required. CloudFormation property {@code Scopes}.
     */
    public PagerDutyDetails scopes(List<String> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public PagerDutyDetails scopes(Value<List<String>> value) {
      return set("Scopes", value);
    }
  }

  /**
   * Azure Identity service details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredAzureIdentityDetails}.
   */
  public static final class RegisteredAzureIdentityDetails extends Struct<RegisteredAzureIdentityDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredAzureIdentityDetails")
        .required("ClientId", "TenantId", "WebIdentityRoleArn", "WebIdentityTokenAudiences")
        .build();

    public RegisteredAzureIdentityDetails() {
      super(SCHEMA);
    }

    /**
     * Azure AD application client ID
     *
     * <p>Required. CloudFormation property {@code ClientId}.
     */
    public RegisteredAzureIdentityDetails clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public RegisteredAzureIdentityDetails clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * Azure AD tenant ID
     *
     * <p>Required. CloudFormation property {@code TenantId}.
     */
    public RegisteredAzureIdentityDetails tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public RegisteredAzureIdentityDetails tenantId(Value<String> value) {
      return set("TenantId", value);
    }

    /**
     * ARN of the IAM role for web identity token exchange
     *
     * <p>Required. CloudFormation property {@code WebIdentityRoleArn}.
     */
    public RegisteredAzureIdentityDetails webIdentityRoleArn(String value) {
      return set("WebIdentityRoleArn", Value.of(value));
    }

    /** Sets {@code WebIdentityRoleArn} to this value; see {@link #webIdentityRoleArn(String)}. */
    public RegisteredAzureIdentityDetails webIdentityRoleArn(Value<String> value) {
      return set("WebIdentityRoleArn", value);
    }

    /**
     * List of audiences for the web identity token
     *
     * <p>Required. CloudFormation property {@code WebIdentityTokenAudiences}.
     */
    public RegisteredAzureIdentityDetails webIdentityTokenAudiences(List<String> value) {
      return set("WebIdentityTokenAudiences", Value.listOf(value));
    }

    /**
     * Sets {@code WebIdentityTokenAudiences} to this value; see {@link
     * #webIdentityTokenAudiences(List)}.
     */
    public RegisteredAzureIdentityDetails webIdentityTokenAudiences(Value<List<String>> value) {
      return set("WebIdentityTokenAudiences", value);
    }
  }

  /**
   * Dynatrace service details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredDynatraceDetails}.
   */
  public static final class RegisteredDynatraceDetails extends Struct<RegisteredDynatraceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredDynatraceDetails")
        .required("AccountUrn")
        .build();

    public RegisteredDynatraceDetails() {
      super(SCHEMA);
    }

    /**
     * Dynatrace resource account URN
     *
     * <p>Required. CloudFormation property {@code AccountUrn}.
     */
    public RegisteredDynatraceDetails accountUrn(String value) {
      return set("AccountUrn", Value.of(value));
    }

    /** Sets {@code AccountUrn} to this value; see {@link #accountUrn(String)}. */
    public RegisteredDynatraceDetails accountUrn(Value<String> value) {
      return set("AccountUrn", value);
    }
  }

  /**
   * GitLab service details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredGitLabServiceDetails}.
   */
  public static final class RegisteredGitLabServiceDetails extends Struct<RegisteredGitLabServiceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredGitLabServiceDetails")
        .required("TargetUrl", "TokenType")
        .allowed("TokenType", "personal", "group")
        .build();

    public RegisteredGitLabServiceDetails() {
      super(SCHEMA);
    }

    /**
     * Optional GitLab group ID for group-level access tokens
     *
     * <p>CloudFormation property {@code GroupId}.
     */
    public RegisteredGitLabServiceDetails groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public RegisteredGitLabServiceDetails groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /**
     * GitLab instance URL
     *
     * <p>Required. CloudFormation property {@code TargetUrl}.
     */
    public RegisteredGitLabServiceDetails targetUrl(String value) {
      return set("TargetUrl", Value.of(value));
    }

    /** Sets {@code TargetUrl} to this value; see {@link #targetUrl(String)}. */
    public RegisteredGitLabServiceDetails targetUrl(Value<String> value) {
      return set("TargetUrl", value);
    }

    /**
     * Type of GitLab access token
     *
     * <p>Required. Allowed values: {@code personal}, {@code group}. CloudFormation property {@code
     * TokenType}.
     */
    public RegisteredGitLabServiceDetails tokenType(String value) {
      return set("TokenType", Value.of(value));
    }

    /** Sets {@code TokenType} to this value; see {@link #tokenType(String)}. */
    public RegisteredGitLabServiceDetails tokenType(Value<String> value) {
      return set("TokenType", value);
    }
  }

  /**
   * MCP server details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredMCPServerDetails}.
   */
  public static final class RegisteredMCPServerDetails extends Struct<RegisteredMCPServerDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredMCPServerDetails")
        .required("AuthorizationMethod", "Endpoint", "Name")
        .allowed("AuthorizationMethod", "oauth-client-credentials", "api-key", "bearer-token")
        .build();

    public RegisteredMCPServerDetails() {
      super(SCHEMA);
    }

    /**
     * API key header name if using API key authentication
     *
     * <p>CloudFormation property {@code ApiKeyHeader}.
     */
    public RegisteredMCPServerDetails apiKeyHeader(String value) {
      return set("ApiKeyHeader", Value.of(value));
    }

    /** Sets {@code ApiKeyHeader} to this value; see {@link #apiKeyHeader(String)}. */
    public RegisteredMCPServerDetails apiKeyHeader(Value<String> value) {
      return set("ApiKeyHeader", value);
    }

    /**
     * MCP server authorization method
     *
     * <p>Required. Allowed values: {@code oauth-client-credentials}, {@code api-key}, {@code
     * bearer-token}. CloudFormation property {@code AuthorizationMethod}.
     */
    public RegisteredMCPServerDetails authorizationMethod(String value) {
      return set("AuthorizationMethod", Value.of(value));
    }

    /** Sets {@code AuthorizationMethod} to this value; see {@link #authorizationMethod(String)}. */
    public RegisteredMCPServerDetails authorizationMethod(Value<String> value) {
      return set("AuthorizationMethod", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public RegisteredMCPServerDetails description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RegisteredMCPServerDetails description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public RegisteredMCPServerDetails endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public RegisteredMCPServerDetails endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * MCP server name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public RegisteredMCPServerDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RegisteredMCPServerDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Grafana MCP server details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredMCPServerGrafanaDetails}.
   */
  public static final class RegisteredMCPServerGrafanaDetails extends Struct<RegisteredMCPServerGrafanaDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredMCPServerGrafanaDetails")
        .required("AuthorizationMethod", "Endpoint")
        .allowed("AuthorizationMethod", "bearer-token")
        .build();

    public RegisteredMCPServerGrafanaDetails() {
      super(SCHEMA);
    }

    /**
     * MCP server authorization method
     *
     * <p>Required. Allowed values: {@code bearer-token}. CloudFormation property {@code
     * AuthorizationMethod}.
     */
    public RegisteredMCPServerGrafanaDetails authorizationMethod(String value) {
      return set("AuthorizationMethod", Value.of(value));
    }

    /** Sets {@code AuthorizationMethod} to this value; see {@link #authorizationMethod(String)}. */
    public RegisteredMCPServerGrafanaDetails authorizationMethod(Value<String> value) {
      return set("AuthorizationMethod", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public RegisteredMCPServerGrafanaDetails description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RegisteredMCPServerGrafanaDetails description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public RegisteredMCPServerGrafanaDetails endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public RegisteredMCPServerGrafanaDetails endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * MCP server name
     *
     * <p>CloudFormation property {@code Name}.
     */
    public RegisteredMCPServerGrafanaDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RegisteredMCPServerGrafanaDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * SigV4-authenticated MCP server details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredMCPServerSigV4Details}.
   */
  public static final class RegisteredMCPServerSigV4Details extends Struct<RegisteredMCPServerSigV4Details> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredMCPServerSigV4Details")
        .required("Endpoint", "Name", "Region", "RoleArn", "Service")
        .build();

    public RegisteredMCPServerSigV4Details() {
      super(SCHEMA);
    }

    /**
     * Custom headers for the SigV4 MCP server
     *
     * <p>CloudFormation property {@code CustomHeaders}.
     */
    public RegisteredMCPServerSigV4Details customHeaders(Map<String, String> value) {
      return set("CustomHeaders", Value.mapOf(value));
    }

    /** Sets {@code CustomHeaders} to this value; see {@link #customHeaders(Map)}. */
    public RegisteredMCPServerSigV4Details customHeaders(Value<Map<String, String>> value) {
      return set("CustomHeaders", value);
    }

    /**
     * Optional description for the MCP server
     *
     * <p>CloudFormation property {@code Description}.
     */
    public RegisteredMCPServerSigV4Details description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RegisteredMCPServerSigV4Details description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public RegisteredMCPServerSigV4Details endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public RegisteredMCPServerSigV4Details endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * IAM role ARN for SigV4 signing. Absent when no dedicated role is configured.
     *
     * <p>CloudFormation property {@code McpRoleArn}.
     */
    public RegisteredMCPServerSigV4Details mcpRoleArn(String value) {
      return set("McpRoleArn", Value.of(value));
    }

    /** Sets {@code McpRoleArn} to this value; see {@link #mcpRoleArn(String)}. */
    public RegisteredMCPServerSigV4Details mcpRoleArn(Value<String> value) {
      return set("McpRoleArn", value);
    }

    /**
     * The MCP server name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public RegisteredMCPServerSigV4Details name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RegisteredMCPServerSigV4Details name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * AWS region for SigV4 signing
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public RegisteredMCPServerSigV4Details region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RegisteredMCPServerSigV4Details region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * Deprecated - use McpRoleArn instead. IAM role ARN for SigV4 signing
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public RegisteredMCPServerSigV4Details roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RegisteredMCPServerSigV4Details roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * AWS service name for SigV4 signing
     *
     * <p>Required. CloudFormation property {@code Service}.
     */
    public RegisteredMCPServerSigV4Details service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public RegisteredMCPServerSigV4Details service(Value<String> value) {
      return set("Service", value);
    }
  }

  /**
   * New Relic service details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredNewRelicDetails}.
   */
  public static final class RegisteredNewRelicDetails extends Struct<RegisteredNewRelicDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredNewRelicDetails")
        .required("AccountId", "Region")
        .allowed("Region", "US", "EU")
        .build();

    public RegisteredNewRelicDetails() {
      super(SCHEMA);
    }

    /**
     * New Relic account ID
     *
     * <p>Required. CloudFormation property {@code AccountId}.
     */
    public RegisteredNewRelicDetails accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public RegisteredNewRelicDetails accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * Optional user description
     *
     * <p>CloudFormation property {@code Description}.
     */
    public RegisteredNewRelicDetails description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RegisteredNewRelicDetails description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * New Relic region
     *
     * <p>Required. Allowed values: {@code US}, {@code EU}. CloudFormation property {@code Region}.
     */
    public RegisteredNewRelicDetails region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RegisteredNewRelicDetails region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * PagerDuty service details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredPagerDutyDetails}.
   */
  public static final class RegisteredPagerDutyDetails extends Struct<RegisteredPagerDutyDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredPagerDutyDetails")
        .required("Scopes")
        .build();

    public RegisteredPagerDutyDetails() {
      super(SCHEMA);
    }

    /**
     * The scopes assigned to the service
     *
     * <p>Required. CloudFormation property {@code Scopes}.
     */
    public RegisteredPagerDutyDetails scopes(List<String> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public RegisteredPagerDutyDetails scopes(Value<List<String>> value) {
      return set("Scopes", value);
    }
  }

  /**
   * ServiceNow service details returned after registration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.RegisteredServiceNowDetails}.
   */
  public static final class RegisteredServiceNowDetails extends Struct<RegisteredServiceNowDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.RegisteredServiceNowDetails")
        .required("InstanceUrl")
        .build();

    public RegisteredServiceNowDetails() {
      super(SCHEMA);
    }

    /**
     * ServiceNow instance URL
     *
     * <p>Required. CloudFormation property {@code InstanceUrl}.
     */
    public RegisteredServiceNowDetails instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public RegisteredServiceNowDetails instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /** Property type {@code AWS::DevOpsAgent::Service.ServiceDetails}. */
  public static final class ServiceDetails extends Struct<ServiceDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Service.ServiceDetails");

    public ServiceDetails() {
      super(SCHEMA);
    }

    /**
     * Azure Identity service configuration for federated identity
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AzureIdentity}.
     */
    public ServiceDetails azureIdentity(Value<AzureIdentityServiceDetails> value) {
      return set("AzureIdentity", value);
    }

    /**
     * Dynatrace service configuration
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Dynatrace}.
     */
    public ServiceDetails dynatrace(Value<DynatraceServiceDetails> value) {
      return set("Dynatrace", value);
    }

    /**
     * GitLab service configuration
     *
     * <p>CloudFormation property {@code GitLab}.
     */
    public ServiceDetails gitLab(Value<GitLabDetails> value) {
      return set("GitLab", value);
    }

    /**
     * MCP server configuration
     *
     * <p>CloudFormation property {@code MCPServer}.
     */
    public ServiceDetails mcpServer(Value<MCPServerDetails> value) {
      return set("MCPServer", value);
    }

    /**
     * Grafana MCP server configuration
     *
     * <p>CloudFormation property {@code MCPServerGrafana}.
     */
    public ServiceDetails mcpServerGrafana(Value<MCPServerGrafanaDetails> value) {
      return set("MCPServerGrafana", value);
    }

    /**
     * New Relic service configuration
     *
     * <p>CloudFormation property {@code MCPServerNewRelic}.
     */
    public ServiceDetails mcpServerNewRelic(Value<NewRelicServiceDetails> value) {
      return set("MCPServerNewRelic", value);
    }

    /**
     * SigV4-authenticated MCP server configuration
     *
     * <p>CloudFormation property {@code MCPServerSigV4}.
     */
    public ServiceDetails mcpServerSigV4(Value<MCPServerSigV4Details> value) {
      return set("MCPServerSigV4", value);
    }

    /**
     * Splunk MCP server configuration
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MCPServerSplunk}.
     */
    public ServiceDetails mcpServerSplunk(Value<MCPServerSplunkDetails> value) {
      return set("MCPServerSplunk", value);
    }

    /**
     * PagerDuty service configuration
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PagerDuty}.
     */
    public ServiceDetails pagerDuty(Value<PagerDutyDetails> value) {
      return set("PagerDuty", value);
    }

    /**
     * ServiceNow service configuration
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ServiceNow}.
     */
    public ServiceDetails serviceNow(Value<ServiceNowServiceDetails> value) {
      return set("ServiceNow", value);
    }
  }

  /**
   * ServiceNow OAuth authorization configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.ServiceNowAuthorizationConfig}.
   */
  public static final class ServiceNowAuthorizationConfig extends Struct<ServiceNowAuthorizationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Service.ServiceNowAuthorizationConfig");

    public ServiceNowAuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * OAuth client credentials
     *
     * <p>CloudFormation property {@code OAuthClientCredentials}.
     */
    public ServiceNowAuthorizationConfig oAuthClientCredentials(Value<OAuthClientDetails> value) {
      return set("OAuthClientCredentials", value);
    }
  }

  /**
   * ServiceNow service configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Service.ServiceNowServiceDetails}.
   */
  public static final class ServiceNowServiceDetails extends Struct<ServiceNowServiceDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Service.ServiceNowServiceDetails")
        .required("InstanceUrl")
        .build();

    public ServiceNowServiceDetails() {
      super(SCHEMA);
    }

    /**
     * ServiceNow OAuth authorization configuration
     *
     * <p>CloudFormation property {@code AuthorizationConfig}.
     */
    public ServiceNowServiceDetails authorizationConfig(Value<ServiceNowAuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * ServiceNow instance URL
     *
     * <p>Required. CloudFormation property {@code InstanceUrl}.
     */
    public ServiceNowServiceDetails instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public ServiceNowServiceDetails instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }
}
