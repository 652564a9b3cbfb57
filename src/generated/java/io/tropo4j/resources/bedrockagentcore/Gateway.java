// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Amazon Bedrock AgentCore Gateway provides a unified connectivity layer between agents and the
 * tools and resources they need to interact with.
 *
 * <p>For more information about creating a gateway, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/gateway-building.html">Set up
 * an Amazon Bedrock AgentCore gateway</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Gateway}.
 */
public final class Gateway extends Resource<Gateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway")
      .required("AuthorizerType", "Name", "RoleArn")
      .allowed("AuthorizerType", "CUSTOM_JWT", "AWS_IAM", "NONE", "AUTHENTICATE_ONLY")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .allowed("ExceptionLevel", "DEBUG")
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][-]?){1,48}$"))
      .allowed("ProtocolType", "MCP")
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("GatewayIdentifier")
      .attributes("CreatedAt", "GatewayArn", "GatewayIdentifier", "GatewayUrl", "Status",
          "StatusReasons", "UpdatedAt", "WebAclArn", "WorkloadIdentityDetails")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Gateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code AuthorizerConfiguration}. */
  public Gateway authorizerConfiguration(Value<AuthorizerConfiguration> value) {
    return set("AuthorizerConfiguration", value);
  }

  /**
   * The authorizer type for the gateway.
   *
   * <p>Required. Allowed values: {@code CUSTOM_JWT}, {@code AWS_IAM}, {@code NONE}, {@code
   * AUTHENTICATE_ONLY}. CloudFormation property {@code AuthorizerType}.
   */
  public Gateway authorizerType(String value) {
    return set("AuthorizerType", Value.of(value));
  }

  /** Sets {@code AuthorizerType} to this value; see {@link #authorizerType(String)}. */
  public Gateway authorizerType(Value<String> value) {
    return set("AuthorizerType", value);
  }

  /**
   * The description for the gateway.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public Gateway description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Gateway description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The exception level for the gateway.
   *
   * <p>Allowed values: {@code DEBUG}. CloudFormation property {@code ExceptionLevel}.
   */
  public Gateway exceptionLevel(String value) {
    return set("ExceptionLevel", Value.of(value));
  }

  /** Sets {@code ExceptionLevel} to this value; see {@link #exceptionLevel(String)}. */
  public Gateway exceptionLevel(Value<String> value) {
    return set("ExceptionLevel", value);
  }

  /** CloudFormation property {@code InterceptorConfigurations}. */
  public Gateway interceptorConfigurations(List<GatewayInterceptorConfiguration> value) {
    return set("InterceptorConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code InterceptorConfigurations} to this value; see {@link
   * #interceptorConfigurations(List)}.
   */
  public Gateway interceptorConfigurations(Value<List<GatewayInterceptorConfiguration>> value) {
    return set("InterceptorConfigurations", value);
  }

  /**
   * Sets {@code InterceptorConfigurations} to a list of these; see {@link
   * #interceptorConfigurations(List)}.
   */
  public Gateway interceptorConfigurations(GatewayInterceptorConfiguration... values) {
    return set("InterceptorConfigurations", Value.list(values));
  }

  /**
   * The KMS key ARN for the gateway.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Gateway kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Gateway kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The name for the gateway.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][-]?){1,48}$}. CloudFormation property {@code Name}.
   */
  public Gateway name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Gateway name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code PolicyEngineConfiguration}. */
  public Gateway policyEngineConfiguration(Value<GatewayPolicyEngineConfiguration> value) {
    return set("PolicyEngineConfiguration", value);
  }

  /**
   * The protocol configuration for the gateway target.
   *
   * <p>CloudFormation property {@code ProtocolConfiguration}.
   */
  public Gateway protocolConfiguration(Value<GatewayProtocolConfiguration> value) {
    return set("ProtocolConfiguration", value);
  }

  /**
   * The protocol type for the gateway target.
   *
   * <p>Allowed values: {@code MCP}. CloudFormation property {@code ProtocolType}.
   */
  public Gateway protocolType(String value) {
    return set("ProtocolType", Value.of(value));
  }

  /** Sets {@code ProtocolType} to this value; see {@link #protocolType(String)}. */
  public Gateway protocolType(Value<String> value) {
    return set("ProtocolType", value);
  }

  /**
   * Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public Gateway roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Gateway roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags for the gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Gateway tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Gateway tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Gateway tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** CloudFormation property {@code WafConfiguration}. */
  public Gateway wafConfiguration(Value<WafConfiguration> value) {
    return set("WafConfiguration", value);
  }

  /**
   * The date and time at which the gateway was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN for the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GatewayArn}.
   */
  public Value<String> gatewayArn() {
    return getAtt("GatewayArn");
  }

  /** {@code Fn::GetAtt} attribute {@code GatewayIdentifier}. */
  public Value<String> gatewayIdentifier() {
    return getAtt("GatewayIdentifier");
  }

  /**
   * The gateway URL for the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GatewayUrl}.
   */
  public Value<String> gatewayUrl() {
    return getAtt("GatewayUrl");
  }

  /**
   * The status for the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The status reasons for the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReasons}.
   */
  public Value<List<String>> statusReasons() {
    return getAtt("StatusReasons");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code WebAclArn}. */
  public Value<String> webAclArn() {
    return getAtt("WebAclArn");
  }

  /** {@code Fn::GetAtt} attribute {@code WorkloadIdentityDetails}. */
  public Value<WorkloadIdentityDetails> workloadIdentityDetails() {
    return getAtt("WorkloadIdentityDetails");
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.AuthorizerConfiguration}. */
  public static final class AuthorizerConfiguration extends Struct<AuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.AuthorizerConfiguration")
        .required("CustomJWTAuthorizer")
        .build();

    public AuthorizerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The authorizer configuration for the gateway.
     *
     * <p>Required. CloudFormation property {@code CustomJWTAuthorizer}.
     */
    public AuthorizerConfiguration customJWTAuthorizer(Value<CustomJWTAuthorizerConfiguration> value) {
      return set("CustomJWTAuthorizer", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.AuthorizingClaimMatchValueType}. */
  public static final class AuthorizingClaimMatchValueType extends Struct<AuthorizingClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.AuthorizingClaimMatchValueType")
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

    /** Required. CloudFormation property {@code ClaimMatchValue}. */
    public AuthorizingClaimMatchValueType claimMatchValue(Value<ClaimMatchValueType> value) {
      return set("ClaimMatchValue", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.ClaimMatchValueType}. */
  public static final class ClaimMatchValueType extends Struct<ClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Gateway.ClaimMatchValueType");

    public ClaimMatchValueType() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MatchValueString}. */
    public ClaimMatchValueType matchValueString(String value) {
      return set("MatchValueString", Value.of(value));
    }

    /** Sets {@code MatchValueString} to this value; see {@link #matchValueString(String)}. */
    public ClaimMatchValueType matchValueString(Value<String> value) {
      return set("MatchValueString", value);
    }

    /** CloudFormation property {@code MatchValueStringList}. */
    public ClaimMatchValueType matchValueStringList(List<String> value) {
      return set("MatchValueStringList", Value.listOf(value));
    }

    /** Sets {@code MatchValueStringList} to this value; see {@link #matchValueStringList(List)}. */
    public ClaimMatchValueType matchValueStringList(Value<List<String>> value) {
      return set("MatchValueStringList", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.CustomClaimValidationType}. */
  public static final class CustomClaimValidationType extends Struct<CustomClaimValidationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.CustomClaimValidationType")
        .required("AuthorizingClaimMatchValue", "InboundTokenClaimName",
            "InboundTokenClaimValueType")
        .allowed("InboundTokenClaimValueType", "STRING", "STRING_ARRAY")
        .build();

    public CustomClaimValidationType() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthorizingClaimMatchValue}. */
    public CustomClaimValidationType authorizingClaimMatchValue(Value<AuthorizingClaimMatchValueType> value) {
      return set("AuthorizingClaimMatchValue", value);
    }

    /** Required. CloudFormation property {@code InboundTokenClaimName}. */
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

  /** Property type {@code AWS::BedrockAgentCore::Gateway.CustomJWTAuthorizerConfiguration}. */
  public static final class CustomJWTAuthorizerConfiguration extends Struct<CustomJWTAuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.CustomJWTAuthorizerConfiguration")
        .required("DiscoveryUrl")
        .build();

    public CustomJWTAuthorizerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maps an originalScope (from allowedScopes) to an advertisedScope exposed in WWW-Authenticate
     * / Protected Resource Metadata.
     *
     * <p>CloudFormation property {@code AdvertisedScopeMapping}.
     */
    public CustomJWTAuthorizerConfiguration advertisedScopeMapping(Map<String, String> value) {
      return set("AdvertisedScopeMapping", Value.mapOf(value));
    }

    /**
     * Sets {@code AdvertisedScopeMapping} to this value; see {@link #advertisedScopeMapping(Map)}.
     */
    public CustomJWTAuthorizerConfiguration advertisedScopeMapping(Value<Map<String, String>> value) {
      return set("AdvertisedScopeMapping", value);
    }

    /**
     * The allowed audience authorized for the gateway target.
     *
     * <p>CloudFormation property {@code AllowedAudience}.
     */
    public CustomJWTAuthorizerConfiguration allowedAudience(List<String> value) {
      return set("AllowedAudience", Value.listOf(value));
    }

    /** Sets {@code AllowedAudience} to this value; see {@link #allowedAudience(List)}. */
    public CustomJWTAuthorizerConfiguration allowedAudience(Value<List<String>> value) {
      return set("AllowedAudience", value);
    }

    /** CloudFormation property {@code AllowedClients}. */
    public CustomJWTAuthorizerConfiguration allowedClients(List<String> value) {
      return set("AllowedClients", Value.listOf(value));
    }

    /** Sets {@code AllowedClients} to this value; see {@link #allowedClients(List)}. */
    public CustomJWTAuthorizerConfiguration allowedClients(Value<List<String>> value) {
      return set("AllowedClients", value);
    }

    /** CloudFormation property {@code AllowedScopes}. */
    public CustomJWTAuthorizerConfiguration allowedScopes(List<String> value) {
      return set("AllowedScopes", Value.listOf(value));
    }

    /** Sets {@code AllowedScopes} to this value; see {@link #allowedScopes(List)}. */
    public CustomJWTAuthorizerConfiguration allowedScopes(Value<List<String>> value) {
      return set("AllowedScopes", value);
    }

    /** CloudFormation property {@code CustomClaims}. */
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
     * The discovery URL for the authorizer configuration.
     *
     * <p>Required. CloudFormation property {@code DiscoveryUrl}.
     */
    public CustomJWTAuthorizerConfiguration discoveryUrl(String value) {
      return set("DiscoveryUrl", Value.of(value));
    }

    /** Sets {@code DiscoveryUrl} to this value; see {@link #discoveryUrl(String)}. */
    public CustomJWTAuthorizerConfiguration discoveryUrl(Value<String> value) {
      return set("DiscoveryUrl", value);
    }

    /** CloudFormation property {@code PrivateEndpoint}. */
    public CustomJWTAuthorizerConfiguration privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.GatewayInterceptorConfiguration}. */
  public static final class GatewayInterceptorConfiguration extends Struct<GatewayInterceptorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.GatewayInterceptorConfiguration")
        .required("InterceptionPoints", "Interceptor")
        .allowed("InterceptionPoints", "REQUEST", "RESPONSE")
        .build();

    public GatewayInterceptorConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InputConfiguration}. */
    public GatewayInterceptorConfiguration inputConfiguration(Value<InterceptorInputConfiguration> value) {
      return set("InputConfiguration", value);
    }

    /**
     * Required. Allowed values: {@code REQUEST}, {@code RESPONSE}. CloudFormation property {@code
     * InterceptionPoints}.
     */
    public GatewayInterceptorConfiguration interceptionPoints(List<String> value) {
      return set("InterceptionPoints", Value.listOf(value));
    }

    /** Sets {@code InterceptionPoints} to this value; see {@link #interceptionPoints(List)}. */
    public GatewayInterceptorConfiguration interceptionPoints(Value<List<String>> value) {
      return set("InterceptionPoints", value);
    }

    /** Required. CloudFormation property {@code Interceptor}. */
    public GatewayInterceptorConfiguration interceptor(Value<InterceptorConfiguration> value) {
      return set("Interceptor", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.GatewayPolicyEngineConfiguration}. */
  public static final class GatewayPolicyEngineConfiguration extends Struct<GatewayPolicyEngineConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.GatewayPolicyEngineConfiguration")
        .required("Arn", "Mode")
        .constrain("Arn", Constraint.of().pattern("^arn:aws:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:policy-engine\\/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9_]{10}$").minLength(1).maxLength(170))
        .allowed("Mode", "LOG_ONLY", "ENFORCE")
        .build();

    public GatewayPolicyEngineConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 170 characters. Pattern: {@code
     * ^arn:aws:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:policy-engine&#92;/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9_]{10}$}.
     * CloudFormation property {@code Arn}.
     */
    public GatewayPolicyEngineConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public GatewayPolicyEngineConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Required. Allowed values: {@code LOG_ONLY}, {@code ENFORCE}. CloudFormation property {@code
     * Mode}.
     */
    public GatewayPolicyEngineConfiguration mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public GatewayPolicyEngineConfiguration mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * The protocol configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Gateway.GatewayProtocolConfiguration}.
   */
  public static final class GatewayProtocolConfiguration extends Struct<GatewayProtocolConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.GatewayProtocolConfiguration")
        .required("Mcp")
        .build();

    public GatewayProtocolConfiguration() {
      super(SCHEMA);
    }

    /**
     * The gateway protocol configuration for MCP.
     *
     * <p>Required. CloudFormation property {@code Mcp}.
     */
    public GatewayProtocolConfiguration mcp(Value<MCPGatewayConfiguration> value) {
      return set("Mcp", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.InterceptorConfiguration}. */
  public static final class InterceptorConfiguration extends Struct<InterceptorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.InterceptorConfiguration")
        .required("Lambda")
        .build();

    public InterceptorConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Lambda}. */
    public InterceptorConfiguration lambda(Value<LambdaInterceptorConfiguration> value) {
      return set("Lambda", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.InterceptorInputConfiguration}. */
  public static final class InterceptorInputConfiguration extends Struct<InterceptorInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.InterceptorInputConfiguration")
        .required("PassRequestHeaders")
        .build();

    public InterceptorInputConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code PassRequestHeaders}. */
    public InterceptorInputConfiguration passRequestHeaders(boolean value) {
      return set("PassRequestHeaders", Value.of(value));
    }

    /** Sets {@code PassRequestHeaders} to this value; see {@link #passRequestHeaders(boolean)}. */
    public InterceptorInputConfiguration passRequestHeaders(Value<Boolean> value) {
      return set("PassRequestHeaders", value);
    }

    /** CloudFormation property {@code PayloadFilter}. */
    public InterceptorInputConfiguration payloadFilter(Value<InterceptorPayloadFilter> value) {
      return set("PayloadFilter", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.InterceptorPayloadExclusionSelector}. */
  public static final class InterceptorPayloadExclusionSelector extends Struct<InterceptorPayloadExclusionSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.InterceptorPayloadExclusionSelector")
        .required("Field")
        .allowed("Field", "RESPONSE_BODY")
        .build();

    public InterceptorPayloadExclusionSelector() {
      super(SCHEMA);
    }

    /** Required. Allowed values: {@code RESPONSE_BODY}. CloudFormation property {@code Field}. */
    public InterceptorPayloadExclusionSelector field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public InterceptorPayloadExclusionSelector field(Value<String> value) {
      return set("Field", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.InterceptorPayloadFilter}. */
  public static final class InterceptorPayloadFilter extends Struct<InterceptorPayloadFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.InterceptorPayloadFilter")
        .required("Exclude")
        .build();

    public InterceptorPayloadFilter() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Exclude}. */
    public InterceptorPayloadFilter exclude(List<InterceptorPayloadExclusionSelector> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public InterceptorPayloadFilter exclude(Value<List<InterceptorPayloadExclusionSelector>> value) {
      return set("Exclude", value);
    }

    /** Sets {@code Exclude} to a list of these; see {@link #exclude(List)}. */
    public InterceptorPayloadFilter exclude(InterceptorPayloadExclusionSelector... values) {
      return set("Exclude", Value.list(values));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.LambdaInterceptorConfiguration}. */
  public static final class LambdaInterceptorConfiguration extends Struct<LambdaInterceptorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.LambdaInterceptorConfiguration")
        .required("Arn")
        .build();

    public LambdaInterceptorConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Arn}. */
    public LambdaInterceptorConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public LambdaInterceptorConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The gateway configuration for MCP.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Gateway.MCPGatewayConfiguration}.
   */
  public static final class MCPGatewayConfiguration extends Struct<MCPGatewayConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.MCPGatewayConfiguration")
        .allowed("SearchType", "SEMANTIC")
        .build();

    public MCPGatewayConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Instructions}. */
    public MCPGatewayConfiguration instructions(String value) {
      return set("Instructions", Value.of(value));
    }

    /** Sets {@code Instructions} to this value; see {@link #instructions(String)}. */
    public MCPGatewayConfiguration instructions(Value<String> value) {
      return set("Instructions", value);
    }

    /**
     * The MCP gateway configuration search type.
     *
     * <p>Allowed values: {@code SEMANTIC}. CloudFormation property {@code SearchType}.
     */
    public MCPGatewayConfiguration searchType(String value) {
      return set("SearchType", Value.of(value));
    }

    /** Sets {@code SearchType} to this value; see {@link #searchType(String)}. */
    public MCPGatewayConfiguration searchType(Value<String> value) {
      return set("SearchType", value);
    }

    /** CloudFormation property {@code SessionConfiguration}. */
    public MCPGatewayConfiguration sessionConfiguration(Value<SessionConfiguration> value) {
      return set("SessionConfiguration", value);
    }

    /** CloudFormation property {@code StreamingConfiguration}. */
    public MCPGatewayConfiguration streamingConfiguration(Value<StreamingConfiguration> value) {
      return set("StreamingConfiguration", value);
    }

    /**
     * The supported versions for the MCP configuration for the gateway target.
     *
     * <p>CloudFormation property {@code SupportedVersions}.
     */
    public MCPGatewayConfiguration supportedVersions(List<String> value) {
      return set("SupportedVersions", Value.listOf(value));
    }

    /** Sets {@code SupportedVersions} to this value; see {@link #supportedVersions(List)}. */
    public MCPGatewayConfiguration supportedVersions(Value<List<String>> value) {
      return set("SupportedVersions", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.ManagedVpcResource}. */
  public static final class ManagedVpcResource extends Struct<ManagedVpcResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.ManagedVpcResource")
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

    /** CloudFormation property {@code Tags}. */
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

  /** Property type {@code AWS::BedrockAgentCore::Gateway.PrivateEndpoint}. */
  public static final class PrivateEndpoint extends Struct<PrivateEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Gateway.PrivateEndpoint");

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

  /** Property type {@code AWS::BedrockAgentCore::Gateway.SelfManagedLatticeResource}. */
  public static final class SelfManagedLatticeResource extends Struct<SelfManagedLatticeResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.SelfManagedLatticeResource")
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

  /** Property type {@code AWS::BedrockAgentCore::Gateway.SessionConfiguration}. */
  public static final class SessionConfiguration extends Struct<SessionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Gateway.SessionConfiguration");

    public SessionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SessionTimeoutInSeconds}. */
    public SessionConfiguration sessionTimeoutInSeconds(double value) {
      return set("SessionTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code SessionTimeoutInSeconds} to this value; see {@link
     * #sessionTimeoutInSeconds(double)}.
     */
    public SessionConfiguration sessionTimeoutInSeconds(Value<Double> value) {
      return set("SessionTimeoutInSeconds", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.StreamingConfiguration}. */
  public static final class StreamingConfiguration extends Struct<StreamingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Gateway.StreamingConfiguration");

    public StreamingConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EnableResponseStreaming}. */
    public StreamingConfiguration enableResponseStreaming(boolean value) {
      return set("EnableResponseStreaming", Value.of(value));
    }

    /**
     * Sets {@code EnableResponseStreaming} to this value; see {@link
     * #enableResponseStreaming(boolean)}.
     */
    public StreamingConfiguration enableResponseStreaming(Value<Boolean> value) {
      return set("EnableResponseStreaming", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Gateway.WafConfiguration}. */
  public static final class WafConfiguration extends Struct<WafConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.WafConfiguration")
        .allowed("FailureMode", "FAIL_CLOSE", "FAIL_OPEN")
        .build();

    public WafConfiguration() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code FAIL_CLOSE}, {@code FAIL_OPEN}. CloudFormation property {@code
     * FailureMode}.
     */
    public WafConfiguration failureMode(String value) {
      return set("FailureMode", Value.of(value));
    }

    /** Sets {@code FailureMode} to this value; see {@link #failureMode(String)}. */
    public WafConfiguration failureMode(Value<String> value) {
      return set("FailureMode", value);
    }
  }

  /**
   * The workload identity details for the gateway.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Gateway.WorkloadIdentityDetails}.
   */
  public static final class WorkloadIdentityDetails extends Struct<WorkloadIdentityDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Gateway.WorkloadIdentityDetails")
        .required("WorkloadIdentityArn")
        .build();

    public WorkloadIdentityDetails() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code WorkloadIdentityArn}. */
    public WorkloadIdentityDetails workloadIdentityArn(String value) {
      return set("WorkloadIdentityArn", Value.of(value));
    }

    /** Sets {@code WorkloadIdentityArn} to this value; see {@link #workloadIdentityArn(String)}. */
    public WorkloadIdentityDetails workloadIdentityArn(Value<String> value) {
      return set("WorkloadIdentityArn", value);
    }
  }
}
