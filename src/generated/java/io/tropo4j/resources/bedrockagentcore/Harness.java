// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

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
 * Resource Type definition for AWS::BedrockAgentCore::Harness - a managed agentic loop service that
 * provides a turnkey solution for running stateful, tool-equipped AI agents.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Harness}.
 */
public final class Harness extends Resource<Harness> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness")
      .required("ExecutionRoleArn", "HarnessName", "Model")
      .constrain("AllowedTools", Constraint.of().pattern("^(\\*|@?[^/]+(/[^/]+)?)$").minLength(1).maxLength(64))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("HarnessName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,39}$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn",
          "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId",
          "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName", "HarnessId",
          "Memory.ManagedMemoryConfiguration.Arn", "Status", "UpdatedAt", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Harness(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tools that the agent is allowed to use.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^(&#92;*|&#64;?[^/]+(/[^/]+)?)$}. CloudFormation
   * property {@code AllowedTools}.
   */
  public Harness allowedTools(List<String> value) {
    return set("AllowedTools", Value.listOf(value));
  }

  /** Sets {@code AllowedTools} to this value; see {@link #allowedTools(List)}. */
  public Harness allowedTools(Value<List<String>> value) {
    return set("AllowedTools", value);
  }

  /** CloudFormation property {@code AuthorizerConfiguration}. */
  public Harness authorizerConfiguration(Value<AuthorizerConfiguration> value) {
    return set("AuthorizerConfiguration", value);
  }

  /** CloudFormation property {@code Environment}. */
  public Harness environment(Value<HarnessEnvironmentProvider> value) {
    return set("Environment", value);
  }

  /** CloudFormation property {@code EnvironmentArtifact}. */
  public Harness environmentArtifact(Value<HarnessEnvironmentArtifact> value) {
    return set("EnvironmentArtifact", value);
  }

  /**
   * Environment variables to set in the harness runtime environment.
   *
   * <p>CloudFormation property {@code EnvironmentVariables}.
   */
  public Harness environmentVariables(Map<String, String> value) {
    return set("EnvironmentVariables", Value.mapOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
  public Harness environmentVariables(Value<Map<String, String>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * The ARN of the IAM role that the harness assumes when running.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ExecutionRoleArn}.
   */
  public Harness executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Harness executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of the harness.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,39}$}.
   * CloudFormation property {@code HarnessName}.
   */
  public Harness harnessName(String value) {
    return set("HarnessName", Value.of(value));
  }

  /** Sets {@code HarnessName} to this value; see {@link #harnessName(String)}. */
  public Harness harnessName(Value<String> value) {
    return set("HarnessName", value);
  }

  /**
   * The maximum number of iterations the agent loop can execute per invocation.
   *
   * <p>CloudFormation property {@code MaxIterations}.
   */
  public Harness maxIterations(int value) {
    return set("MaxIterations", Value.of(value));
  }

  /** Sets {@code MaxIterations} to this value; see {@link #maxIterations(int)}. */
  public Harness maxIterations(Value<Integer> value) {
    return set("MaxIterations", value);
  }

  /**
   * The maximum number of tokens the agent can generate per iteration.
   *
   * <p>CloudFormation property {@code MaxTokens}.
   */
  public Harness maxTokens(int value) {
    return set("MaxTokens", Value.of(value));
  }

  /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
  public Harness maxTokens(Value<Integer> value) {
    return set("MaxTokens", value);
  }

  /** CloudFormation property {@code Memory}. */
  public Harness memory(Value<HarnessMemoryConfiguration> value) {
    return set("Memory", value);
  }

  /** Required. CloudFormation property {@code Model}. */
  public Harness model(Value<HarnessModelConfiguration> value) {
    return set("Model", value);
  }

  /**
   * The skills available to the agent.
   *
   * <p>CloudFormation property {@code Skills}.
   */
  public Harness skills(List<HarnessSkill> value) {
    return set("Skills", Value.listOf(value));
  }

  /** Sets {@code Skills} to this value; see {@link #skills(List)}. */
  public Harness skills(Value<List<HarnessSkill>> value) {
    return set("Skills", value);
  }

  /** Sets {@code Skills} to a list of these; see {@link #skills(List)}. */
  public Harness skills(HarnessSkill... values) {
    return set("Skills", Value.list(values));
  }

  /**
   * The system prompt that defines the agent's behavior.
   *
   * <p>CloudFormation property {@code SystemPrompt}.
   */
  public Harness systemPrompt(List<HarnessSystemContentBlock> value) {
    return set("SystemPrompt", Value.listOf(value));
  }

  /** Sets {@code SystemPrompt} to this value; see {@link #systemPrompt(List)}. */
  public Harness systemPrompt(Value<List<HarnessSystemContentBlock>> value) {
    return set("SystemPrompt", value);
  }

  /** Sets {@code SystemPrompt} to a list of these; see {@link #systemPrompt(List)}. */
  public Harness systemPrompt(HarnessSystemContentBlock... values) {
    return set("SystemPrompt", Value.list(values));
  }

  /**
   * Tags to apply to the harness resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Harness tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Harness tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Harness tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The maximum duration in seconds for the agent loop execution per invocation.
   *
   * <p>CloudFormation property {@code TimeoutSeconds}.
   */
  public Harness timeoutSeconds(int value) {
    return set("TimeoutSeconds", Value.of(value));
  }

  /** Sets {@code TimeoutSeconds} to this value; see {@link #timeoutSeconds(int)}. */
  public Harness timeoutSeconds(Value<Integer> value) {
    return set("TimeoutSeconds", value);
  }

  /**
   * The tools available to the agent.
   *
   * <p>CloudFormation property {@code Tools}.
   */
  public Harness tools(List<HarnessTool> value) {
    return set("Tools", Value.listOf(value));
  }

  /** Sets {@code Tools} to this value; see {@link #tools(List)}. */
  public Harness tools(Value<List<HarnessTool>> value) {
    return set("Tools", value);
  }

  /** Sets {@code Tools} to a list of these; see {@link #tools(List)}. */
  public Harness tools(HarnessTool... values) {
    return set("Tools", Value.list(values));
  }

  /** CloudFormation property {@code Truncation}. */
  public Harness truncation(Value<HarnessTruncationConfiguration> value) {
    return set("Truncation", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the harness.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the harness was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the underlying AgentCore Runtime.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn}.
   */
  public Value<String> environmentAgentCoreRuntimeEnvironmentAgentRuntimeArn() {
    return getAtt("Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn");
  }

  /**
   * The ID of the underlying AgentCore Runtime.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId}.
   */
  public Value<String> environmentAgentCoreRuntimeEnvironmentAgentRuntimeId() {
    return getAtt("Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId");
  }

  /**
   * The name of the underlying AgentCore Runtime.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName}.
   */
  public Value<String> environmentAgentCoreRuntimeEnvironmentAgentRuntimeName() {
    return getAtt("Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName");
  }

  /**
   * The unique identifier of the harness.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HarnessId}.
   */
  public Value<String> harnessId() {
    return getAtt("HarnessId");
  }

  /**
   * The ARN of the managed memory resource. Read-only, populated by the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Memory.ManagedMemoryConfiguration.Arn}.
   */
  public Value<String> memoryManagedMemoryConfigurationArn() {
    return getAtt("Memory.ManagedMemoryConfiguration.Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the harness was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The version of the harness. Incremented on every successful update.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.AuthorizerConfiguration}. */
  public static final class AuthorizerConfiguration extends Struct<AuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.AuthorizerConfiguration");

    public AuthorizerConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomJWTAuthorizer}. */
    public AuthorizerConfiguration customJWTAuthorizer(Value<CustomJWTAuthorizerConfiguration> value) {
      return set("CustomJWTAuthorizer", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.AuthorizingClaimMatchValueType}. */
  public static final class AuthorizingClaimMatchValueType extends Struct<AuthorizingClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.AuthorizingClaimMatchValueType")
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

  /** Property type {@code AWS::BedrockAgentCore::Harness.ClaimMatchValueType}. */
  public static final class ClaimMatchValueType extends Struct<ClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.ClaimMatchValueType")
        .constrain("MatchValueString", Constraint.of().pattern("^[A-Za-z0-9_.-]+$").minLength(1).maxLength(255))
        .constrain("MatchValueStringList", Constraint.of().pattern("^[A-Za-z0-9_.-]+$").minLength(1).maxLength(255))
        .build();

    public ClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-]+$}. CloudFormation property
     * {@code MatchValueString}.
     */
    public ClaimMatchValueType matchValueString(String value) {
      return set("MatchValueString", Value.of(value));
    }

    /** Sets {@code MatchValueString} to this value; see {@link #matchValueString(String)}. */
    public ClaimMatchValueType matchValueString(Value<String> value) {
      return set("MatchValueString", value);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-]+$}. CloudFormation property
     * {@code MatchValueStringList}.
     */
    public ClaimMatchValueType matchValueStringList(List<String> value) {
      return set("MatchValueStringList", Value.listOf(value));
    }

    /** Sets {@code MatchValueStringList} to this value; see {@link #matchValueStringList(List)}. */
    public ClaimMatchValueType matchValueStringList(Value<List<String>> value) {
      return set("MatchValueStringList", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.ContainerConfiguration}. */
  public static final class ContainerConfiguration extends Struct<ContainerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.ContainerConfiguration")
        .required("ContainerUri")
        .constrain("ContainerUri", Constraint.of().pattern("^(([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?|public\\.ecr\\.aws)/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:@]{1,300}))?(?:@(.+))?$").minLength(1).maxLength(1024))
        .build();

    public ContainerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ECR URI of the container.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^(([0-9]{12})&#92;.dkr&#92;.ecr&#92;.([a-z0-9-]+)&#92;.amazonaws&#92;.com(&#92;.cn)?|public&#92;.ecr&#92;.aws)/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*&#47;)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:&#64;]{1,300}))?(?:&#64;(.+))?$}.
     * CloudFormation property {@code ContainerUri}.
     */
    public ContainerConfiguration containerUri(String value) {
      return set("ContainerUri", Value.of(value));
    }

    /** Sets {@code ContainerUri} to this value; see {@link #containerUri(String)}. */
    public ContainerConfiguration containerUri(Value<String> value) {
      return set("ContainerUri", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.CustomClaimValidationType}. */
  public static final class CustomClaimValidationType extends Struct<CustomClaimValidationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.CustomClaimValidationType")
        .required("AuthorizingClaimMatchValue", "InboundTokenClaimName",
            "InboundTokenClaimValueType")
        .constrain("InboundTokenClaimName", Constraint.of().pattern("^[A-Za-z0-9_.-:]+$").minLength(1).maxLength(255))
        .allowed("InboundTokenClaimValueType", "STRING", "STRING_ARRAY")
        .build();

    public CustomClaimValidationType() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthorizingClaimMatchValue}. */
    public CustomClaimValidationType authorizingClaimMatchValue(Value<AuthorizingClaimMatchValueType> value) {
      return set("AuthorizingClaimMatchValue", value);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-:]+$}. CloudFormation
     * property {@code InboundTokenClaimName}.
     */
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

  /** Property type {@code AWS::BedrockAgentCore::Harness.CustomJWTAuthorizerConfiguration}. */
  public static final class CustomJWTAuthorizerConfiguration extends Struct<CustomJWTAuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.CustomJWTAuthorizerConfiguration")
        .required("DiscoveryUrl")
        .constrain("AllowedScopes", Constraint.of().pattern("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$").minLength(1).maxLength(255))
        .constrain("DiscoveryUrl", Constraint.of().pattern("^.+/\\.well-known/openid-configuration$"))
        .build();

    public CustomJWTAuthorizerConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AllowedAudience}. */
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

    /**
     * Length: 1 to 255 characters. Pattern: {@code
     * ^[&#92;x21&#92;x23-&#92;x5B&#92;x5D-&#92;x7E]+$}. CloudFormation property {@code
     * AllowedScopes}.
     */
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
     * Required. Pattern: {@code ^.+/&#92;.well-known/openid-configuration$}. CloudFormation
     * property {@code DiscoveryUrl}.
     */
    public CustomJWTAuthorizerConfiguration discoveryUrl(String value) {
      return set("DiscoveryUrl", Value.of(value));
    }

    /** Sets {@code DiscoveryUrl} to this value; see {@link #discoveryUrl(String)}. */
    public CustomJWTAuthorizerConfiguration discoveryUrl(Value<String> value) {
      return set("DiscoveryUrl", value);
    }

    /**
     * Private endpoint configuration for connecting to the OpenID Connect discovery endpoint over a
     * private network.
     *
     * <p>CloudFormation property {@code PrivateEndpoint}.
     */
    public CustomJWTAuthorizerConfiguration privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }

    /** CloudFormation property {@code PrivateEndpointOverrides}. */
    public CustomJWTAuthorizerConfiguration privateEndpointOverrides(List<PrivateEndpointOverride> value) {
      return set("PrivateEndpointOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code PrivateEndpointOverrides} to this value; see {@link
     * #privateEndpointOverrides(List)}.
     */
    public CustomJWTAuthorizerConfiguration privateEndpointOverrides(Value<List<PrivateEndpointOverride>> value) {
      return set("PrivateEndpointOverrides", value);
    }

    /**
     * Sets {@code PrivateEndpointOverrides} to a list of these; see {@link
     * #privateEndpointOverrides(List)}.
     */
    public CustomJWTAuthorizerConfiguration privateEndpointOverrides(PrivateEndpointOverride... values) {
      return set("PrivateEndpointOverrides", Value.list(values));
    }
  }

  /**
   * Configuration for an Amazon EFS access point to mount into the AgentCore Runtime.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.EfsAccessPointConfiguration}.
   */
  public static final class EfsAccessPointConfiguration extends Struct<EfsAccessPointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.EfsAccessPointConfiguration")
        .required("AccessPointArn", "MountPath")
        .constrain("AccessPointArn", Constraint.of().pattern("^arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}$").maxLength(128))
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .build();

    public EfsAccessPointConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: at most 128 characters. Pattern: {@code
     * ^arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}$}.
     * CloudFormation property {@code AccessPointArn}.
     */
    public EfsAccessPointConfiguration accessPointArn(String value) {
      return set("AccessPointArn", Value.of(value));
    }

    /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
    public EfsAccessPointConfiguration accessPointArn(Value<String> value) {
      return set("AccessPointArn", value);
    }

    /**
     * Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
     * CloudFormation property {@code MountPath}.
     */
    public EfsAccessPointConfiguration mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public EfsAccessPointConfiguration mountPath(Value<String> value) {
      return set("MountPath", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.FilesystemConfiguration}. */
  public static final class FilesystemConfiguration extends Struct<FilesystemConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.FilesystemConfiguration");

    public FilesystemConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for an Amazon EFS access point to mount into the AgentCore Runtime.
     *
     * <p>CloudFormation property {@code EfsAccessPoint}.
     */
    public FilesystemConfiguration efsAccessPoint(Value<EfsAccessPointConfiguration> value) {
      return set("EfsAccessPoint", value);
    }

    /**
     * Configuration for an Amazon S3 Files access point to mount into the AgentCore Runtime.
     *
     * <p>CloudFormation property {@code S3FilesAccessPoint}.
     */
    public FilesystemConfiguration s3FilesAccessPoint(Value<S3FilesAccessPointConfiguration> value) {
      return set("S3FilesAccessPoint", value);
    }

    /** CloudFormation property {@code SessionStorage}. */
    public FilesystemConfiguration sessionStorage(Value<SessionStorageConfiguration> value) {
      return set("SessionStorage", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessAgentCoreBrowserConfig}. */
  public static final class HarnessAgentCoreBrowserConfig extends Struct<HarnessAgentCoreBrowserConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessAgentCoreBrowserConfig")
        .constrain("BrowserArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:(aws|[0-9]{12}):browser(-custom)?/(aws\\.browser\\.v1|[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10})$"))
        .build();

    public HarnessAgentCoreBrowserConfig() {
      super(SCHEMA);
    }

    /**
     * Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:(aws|[0-9]{12}):browser(-custom)?/(aws&#92;.browser&#92;.v1|[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10})$}.
     * CloudFormation property {@code BrowserArn}.
     */
    public HarnessAgentCoreBrowserConfig browserArn(String value) {
      return set("BrowserArn", Value.of(value));
    }

    /** Sets {@code BrowserArn} to this value; see {@link #browserArn(String)}. */
    public HarnessAgentCoreBrowserConfig browserArn(Value<String> value) {
      return set("BrowserArn", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessAgentCoreCodeInterpreterConfig}. */
  public static final class HarnessAgentCoreCodeInterpreterConfig extends Struct<HarnessAgentCoreCodeInterpreterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessAgentCoreCodeInterpreterConfig")
        .constrain("CodeInterpreterArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:(aws|[0-9]{12}):code-interpreter(-custom)?/(aws\\.codeinterpreter\\.v1|[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10})$"))
        .build();

    public HarnessAgentCoreCodeInterpreterConfig() {
      super(SCHEMA);
    }

    /**
     * Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:(aws|[0-9]{12}):code-interpreter(-custom)?/(aws&#92;.codeinterpreter&#92;.v1|[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10})$}.
     * CloudFormation property {@code CodeInterpreterArn}.
     */
    public HarnessAgentCoreCodeInterpreterConfig codeInterpreterArn(String value) {
      return set("CodeInterpreterArn", Value.of(value));
    }

    /** Sets {@code CodeInterpreterArn} to this value; see {@link #codeInterpreterArn(String)}. */
    public HarnessAgentCoreCodeInterpreterConfig codeInterpreterArn(Value<String> value) {
      return set("CodeInterpreterArn", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessAgentCoreGatewayConfig}. */
  public static final class HarnessAgentCoreGatewayConfig extends Struct<HarnessAgentCoreGatewayConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessAgentCoreGatewayConfig")
        .required("GatewayArn")
        .constrain("GatewayArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):bedrock-agentcore:[a-z0-9-]{1,20}:[0-9]{12}:gateway/([0-9a-z][-]?){1,48}-[a-z0-9]{10}$"))
        .build();

    public HarnessAgentCoreGatewayConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):bedrock-agentcore:[a-z0-9-]{1,20}:[0-9]{12}:gateway/([0-9a-z][-]?){1,48}-[a-z0-9]{10}$}.
     * CloudFormation property {@code GatewayArn}.
     */
    public HarnessAgentCoreGatewayConfig gatewayArn(String value) {
      return set("GatewayArn", Value.of(value));
    }

    /** Sets {@code GatewayArn} to this value; see {@link #gatewayArn(String)}. */
    public HarnessAgentCoreGatewayConfig gatewayArn(Value<String> value) {
      return set("GatewayArn", value);
    }

    /** CloudFormation property {@code OutboundAuth}. */
    public HarnessAgentCoreGatewayConfig outboundAuth(Value<HarnessGatewayOutboundAuth> value) {
      return set("OutboundAuth", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessAgentCoreMemoryConfiguration}. */
  public static final class HarnessAgentCoreMemoryConfiguration extends Struct<HarnessAgentCoreMemoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessAgentCoreMemoryConfiguration")
        .required("Arn")
        .constrain("Arn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"))
        .build();

    public HarnessAgentCoreMemoryConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ActorId}. */
    public HarnessAgentCoreMemoryConfiguration actorId(String value) {
      return set("ActorId", Value.of(value));
    }

    /** Sets {@code ActorId} to this value; see {@link #actorId(String)}. */
    public HarnessAgentCoreMemoryConfiguration actorId(Value<String> value) {
      return set("ActorId", value);
    }

    /**
     * Required. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}.
     * CloudFormation property {@code Arn}.
     */
    public HarnessAgentCoreMemoryConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public HarnessAgentCoreMemoryConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }

    /** CloudFormation property {@code MessagesCount}. */
    public HarnessAgentCoreMemoryConfiguration messagesCount(int value) {
      return set("MessagesCount", Value.of(value));
    }

    /** Sets {@code MessagesCount} to this value; see {@link #messagesCount(int)}. */
    public HarnessAgentCoreMemoryConfiguration messagesCount(Value<Integer> value) {
      return set("MessagesCount", value);
    }

    /** CloudFormation property {@code RetrievalConfig}. */
    public HarnessAgentCoreMemoryConfiguration retrievalConfig(Map<String, HarnessAgentCoreMemoryRetrievalConfig> value) {
      return set("RetrievalConfig", Value.mapOf(value));
    }

    /** Sets {@code RetrievalConfig} to this value; see {@link #retrievalConfig(Map)}. */
    public HarnessAgentCoreMemoryConfiguration retrievalConfig(Value<Map<String, HarnessAgentCoreMemoryRetrievalConfig>> value) {
      return set("RetrievalConfig", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessAgentCoreMemoryRetrievalConfig}. */
  public static final class HarnessAgentCoreMemoryRetrievalConfig extends Struct<HarnessAgentCoreMemoryRetrievalConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessAgentCoreMemoryRetrievalConfig");

    public HarnessAgentCoreMemoryRetrievalConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code RelevanceScore}. */
    public HarnessAgentCoreMemoryRetrievalConfig relevanceScore(String value) {
      return set("RelevanceScore", Value.of(value));
    }

    /** Sets {@code RelevanceScore} to this value; see {@link #relevanceScore(String)}. */
    public HarnessAgentCoreMemoryRetrievalConfig relevanceScore(Value<String> value) {
      return set("RelevanceScore", value);
    }

    /** Sets {@code RelevanceScore} to this value; see {@link #relevanceScore(String)}. */
    public HarnessAgentCoreMemoryRetrievalConfig relevanceScore(double value) {
      return set("RelevanceScore", Value.of(value));
    }

    /** CloudFormation property {@code StrategyId}. */
    public HarnessAgentCoreMemoryRetrievalConfig strategyId(String value) {
      return set("StrategyId", Value.of(value));
    }

    /** Sets {@code StrategyId} to this value; see {@link #strategyId(String)}. */
    public HarnessAgentCoreMemoryRetrievalConfig strategyId(Value<String> value) {
      return set("StrategyId", value);
    }

    /** CloudFormation property {@code TopK}. */
    public HarnessAgentCoreMemoryRetrievalConfig topK(String value) {
      return set("TopK", Value.of(value));
    }

    /** Sets {@code TopK} to this value; see {@link #topK(String)}. */
    public HarnessAgentCoreMemoryRetrievalConfig topK(Value<String> value) {
      return set("TopK", value);
    }

    /** Sets {@code TopK} to this value; see {@link #topK(String)}. */
    public HarnessAgentCoreMemoryRetrievalConfig topK(int value) {
      return set("TopK", Value.of(value));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessAgentCoreRuntimeEnvironment}. */
  public static final class HarnessAgentCoreRuntimeEnvironment extends Struct<HarnessAgentCoreRuntimeEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessAgentCoreRuntimeEnvironment")
        .constrain("AgentRuntimeArn", Constraint.of().minLength(20).maxLength(1011))
        .build();

    public HarnessAgentCoreRuntimeEnvironment() {
      super(SCHEMA);
    }

    /**
     * The ARN of the underlying AgentCore Runtime.
     *
     * <p>Length: 20 to 1011 characters. CloudFormation property {@code AgentRuntimeArn}.
     */
    public HarnessAgentCoreRuntimeEnvironment agentRuntimeArn(String value) {
      return set("AgentRuntimeArn", Value.of(value));
    }

    /** Sets {@code AgentRuntimeArn} to this value; see {@link #agentRuntimeArn(String)}. */
    public HarnessAgentCoreRuntimeEnvironment agentRuntimeArn(Value<String> value) {
      return set("AgentRuntimeArn", value);
    }

    /**
     * The ID of the underlying AgentCore Runtime.
     *
     * <p>CloudFormation property {@code AgentRuntimeId}.
     */
    public HarnessAgentCoreRuntimeEnvironment agentRuntimeId(String value) {
      return set("AgentRuntimeId", Value.of(value));
    }

    /** Sets {@code AgentRuntimeId} to this value; see {@link #agentRuntimeId(String)}. */
    public HarnessAgentCoreRuntimeEnvironment agentRuntimeId(Value<String> value) {
      return set("AgentRuntimeId", value);
    }

    /**
     * The name of the underlying AgentCore Runtime.
     *
     * <p>CloudFormation property {@code AgentRuntimeName}.
     */
    public HarnessAgentCoreRuntimeEnvironment agentRuntimeName(String value) {
      return set("AgentRuntimeName", Value.of(value));
    }

    /** Sets {@code AgentRuntimeName} to this value; see {@link #agentRuntimeName(String)}. */
    public HarnessAgentCoreRuntimeEnvironment agentRuntimeName(Value<String> value) {
      return set("AgentRuntimeName", value);
    }

    /** CloudFormation property {@code FilesystemConfigurations}. */
    public HarnessAgentCoreRuntimeEnvironment filesystemConfigurations(List<FilesystemConfiguration> value) {
      return set("FilesystemConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code FilesystemConfigurations} to this value; see {@link
     * #filesystemConfigurations(List)}.
     */
    public HarnessAgentCoreRuntimeEnvironment filesystemConfigurations(Value<List<FilesystemConfiguration>> value) {
      return set("FilesystemConfigurations", value);
    }

    /**
     * Sets {@code FilesystemConfigurations} to a list of these; see {@link
     * #filesystemConfigurations(List)}.
     */
    public HarnessAgentCoreRuntimeEnvironment filesystemConfigurations(FilesystemConfiguration... values) {
      return set("FilesystemConfigurations", Value.list(values));
    }

    /** CloudFormation property {@code LifecycleConfiguration}. */
    public HarnessAgentCoreRuntimeEnvironment lifecycleConfiguration(Value<LifecycleConfiguration> value) {
      return set("LifecycleConfiguration", value);
    }

    /** CloudFormation property {@code NetworkConfiguration}. */
    public HarnessAgentCoreRuntimeEnvironment networkConfiguration(Value<NetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessBedrockModelConfig}. */
  public static final class HarnessBedrockModelConfig extends Struct<HarnessBedrockModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessBedrockModelConfig")
        .required("ModelId")
        .allowed("ApiFormat", "converse_stream", "responses", "chat_completions")
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(2))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public HarnessBedrockModelConfig() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code converse_stream}, {@code responses}, {@code chat_completions}.
     * CloudFormation property {@code ApiFormat}.
     */
    public HarnessBedrockModelConfig apiFormat(String value) {
      return set("ApiFormat", Value.of(value));
    }

    /** Sets {@code ApiFormat} to this value; see {@link #apiFormat(String)}. */
    public HarnessBedrockModelConfig apiFormat(Value<String> value) {
      return set("ApiFormat", value);
    }

    /** Range: at least 1. CloudFormation property {@code MaxTokens}. */
    public HarnessBedrockModelConfig maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public HarnessBedrockModelConfig maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public HarnessBedrockModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public HarnessBedrockModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /** Range: 0 to 2. CloudFormation property {@code Temperature}. */
    public HarnessBedrockModelConfig temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public HarnessBedrockModelConfig temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /** Range: 0 to 1. CloudFormation property {@code TopP}. */
    public HarnessBedrockModelConfig topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public HarnessBedrockModelConfig topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessEnvironmentArtifact}. */
  public static final class HarnessEnvironmentArtifact extends Struct<HarnessEnvironmentArtifact> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessEnvironmentArtifact");

    public HarnessEnvironmentArtifact() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContainerConfiguration}. */
    public HarnessEnvironmentArtifact containerConfiguration(Value<ContainerConfiguration> value) {
      return set("ContainerConfiguration", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessEnvironmentProvider}. */
  public static final class HarnessEnvironmentProvider extends Struct<HarnessEnvironmentProvider> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessEnvironmentProvider");

    public HarnessEnvironmentProvider() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AgentCoreRuntimeEnvironment}. */
    public HarnessEnvironmentProvider agentCoreRuntimeEnvironment(Value<HarnessAgentCoreRuntimeEnvironment> value) {
      return set("AgentCoreRuntimeEnvironment", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessGatewayOutboundAuth}. */
  public static final class HarnessGatewayOutboundAuth extends Struct<HarnessGatewayOutboundAuth> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessGatewayOutboundAuth");

    public HarnessGatewayOutboundAuth() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AwsIam}. */
    public HarnessGatewayOutboundAuth awsIam(Value<Json> value) {
      return set("AwsIam", value);
    }

    /** CloudFormation property {@code None}. */
    public HarnessGatewayOutboundAuth none(Value<Json> value) {
      return set("None", value);
    }

    /** CloudFormation property {@code Oauth}. */
    public HarnessGatewayOutboundAuth oauth(Value<OAuthCredentialProvider> value) {
      return set("Oauth", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessGeminiModelConfig}. */
  public static final class HarnessGeminiModelConfig extends Struct<HarnessGeminiModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessGeminiModelConfig")
        .required("ApiKeyArn", "ModelId")
        .constrain("ApiKeyArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"))
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(2))
        .constrain("TopK", Constraint.of().minimum(0).maximum(500))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public HarnessGeminiModelConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$}.
     * CloudFormation property {@code ApiKeyArn}.
     */
    public HarnessGeminiModelConfig apiKeyArn(String value) {
      return set("ApiKeyArn", Value.of(value));
    }

    /** Sets {@code ApiKeyArn} to this value; see {@link #apiKeyArn(String)}. */
    public HarnessGeminiModelConfig apiKeyArn(Value<String> value) {
      return set("ApiKeyArn", value);
    }

    /** Range: at least 1. CloudFormation property {@code MaxTokens}. */
    public HarnessGeminiModelConfig maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public HarnessGeminiModelConfig maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public HarnessGeminiModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public HarnessGeminiModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /** Range: 0 to 2. CloudFormation property {@code Temperature}. */
    public HarnessGeminiModelConfig temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public HarnessGeminiModelConfig temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /** Range: 0 to 500. CloudFormation property {@code TopK}. */
    public HarnessGeminiModelConfig topK(int value) {
      return set("TopK", Value.of(value));
    }

    /** Sets {@code TopK} to this value; see {@link #topK(int)}. */
    public HarnessGeminiModelConfig topK(Value<Integer> value) {
      return set("TopK", value);
    }

    /** Range: 0 to 1. CloudFormation property {@code TopP}. */
    public HarnessGeminiModelConfig topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public HarnessGeminiModelConfig topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessInlineFunctionConfig}. */
  public static final class HarnessInlineFunctionConfig extends Struct<HarnessInlineFunctionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessInlineFunctionConfig")
        .required("Description", "InputSchema")
        .constrain("Description", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public HarnessInlineFunctionConfig() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 4096 characters. CloudFormation property {@code Description}. */
    public HarnessInlineFunctionConfig description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public HarnessInlineFunctionConfig description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * JSON Schema describing the tool's input parameters.
     *
     * <p>Required. CloudFormation property {@code InputSchema}.
     */
    public HarnessInlineFunctionConfig inputSchema(Value<Json> value) {
      return set("InputSchema", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessLiteLlmModelConfig}. */
  public static final class HarnessLiteLlmModelConfig extends Struct<HarnessLiteLlmModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessLiteLlmModelConfig")
        .required("ModelId")
        .constrain("ApiBase", Constraint.of().minLength(1).maxLength(16383))
        .constrain("ApiKeyArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"))
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(2))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public HarnessLiteLlmModelConfig() {
      super(SCHEMA);
    }

    /** Length: 1 to 16383 characters. CloudFormation property {@code ApiBase}. */
    public HarnessLiteLlmModelConfig apiBase(String value) {
      return set("ApiBase", Value.of(value));
    }

    /** Sets {@code ApiBase} to this value; see {@link #apiBase(String)}. */
    public HarnessLiteLlmModelConfig apiBase(Value<String> value) {
      return set("ApiBase", value);
    }

    /**
     * Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$}.
     * CloudFormation property {@code ApiKeyArn}.
     */
    public HarnessLiteLlmModelConfig apiKeyArn(String value) {
      return set("ApiKeyArn", Value.of(value));
    }

    /** Sets {@code ApiKeyArn} to this value; see {@link #apiKeyArn(String)}. */
    public HarnessLiteLlmModelConfig apiKeyArn(Value<String> value) {
      return set("ApiKeyArn", value);
    }

    /** Range: at least 1. CloudFormation property {@code MaxTokens}. */
    public HarnessLiteLlmModelConfig maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public HarnessLiteLlmModelConfig maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public HarnessLiteLlmModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public HarnessLiteLlmModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /** Range: 0 to 2. CloudFormation property {@code Temperature}. */
    public HarnessLiteLlmModelConfig temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public HarnessLiteLlmModelConfig temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /** Range: 0 to 1. CloudFormation property {@code TopP}. */
    public HarnessLiteLlmModelConfig topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public HarnessLiteLlmModelConfig topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /**
   * Configuration for managed memory. The harness creates and manages a memory resource in the
   * customer's account.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.HarnessManagedMemoryConfiguration}.
   */
  public static final class HarnessManagedMemoryConfiguration extends Struct<HarnessManagedMemoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessManagedMemoryConfiguration")
        .constrain("Arn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"))
        .constrain("EventExpiryDuration", Constraint.of().minimum(3).maximum(365))
        .allowed("Strategies", "SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "EPISODIC")
        .build();

    public HarnessManagedMemoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the managed memory resource. Read-only, populated by the service.
     *
     * <p>Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}.
     * CloudFormation property {@code Arn}.
     */
    public HarnessManagedMemoryConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public HarnessManagedMemoryConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Customer-managed KMS key ARN. Defaults to AWS-owned key. Not updatable after creation.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionKeyArn}.
     */
    public HarnessManagedMemoryConfiguration encryptionKeyArn(String value) {
      return set("EncryptionKeyArn", Value.of(value));
    }

    /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
    public HarnessManagedMemoryConfiguration encryptionKeyArn(Value<String> value) {
      return set("EncryptionKeyArn", value);
    }

    /**
     * Event retention in days. Defaults to 30.
     *
     * <p>Range: 3 to 365. CloudFormation property {@code EventExpiryDuration}.
     */
    public HarnessManagedMemoryConfiguration eventExpiryDuration(int value) {
      return set("EventExpiryDuration", Value.of(value));
    }

    /** Sets {@code EventExpiryDuration} to this value; see {@link #eventExpiryDuration(int)}. */
    public HarnessManagedMemoryConfiguration eventExpiryDuration(Value<Integer> value) {
      return set("EventExpiryDuration", value);
    }

    /**
     * Strategy types to enable. Defaults to [SEMANTIC, SUMMARIZATION].
     *
     * <p>Allowed values: {@code SEMANTIC}, {@code SUMMARIZATION}, {@code USER_PREFERENCE}, {@code
     * EPISODIC}. CloudFormation property {@code Strategies}.
     */
    public HarnessManagedMemoryConfiguration strategies(List<String> value) {
      return set("Strategies", Value.listOf(value));
    }

    /** Sets {@code Strategies} to this value; see {@link #strategies(List)}. */
    public HarnessManagedMemoryConfiguration strategies(Value<List<String>> value) {
      return set("Strategies", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessMemoryConfiguration}. */
  public static final class HarnessMemoryConfiguration extends Struct<HarnessMemoryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessMemoryConfiguration");

    public HarnessMemoryConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AgentCoreMemoryConfiguration}. */
    public HarnessMemoryConfiguration agentCoreMemoryConfiguration(Value<HarnessAgentCoreMemoryConfiguration> value) {
      return set("AgentCoreMemoryConfiguration", value);
    }

    /**
     * Explicitly opt out of memory.
     *
     * <p>CloudFormation property {@code Disabled}.
     */
    public HarnessMemoryConfiguration disabled(Value<Json> value) {
      return set("Disabled", value);
    }

    /**
     * Configuration for managed memory. The harness creates and manages a memory resource in the
     * customer's account.
     *
     * <p>CloudFormation property {@code ManagedMemoryConfiguration}.
     */
    public HarnessMemoryConfiguration managedMemoryConfiguration(Value<HarnessManagedMemoryConfiguration> value) {
      return set("ManagedMemoryConfiguration", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessModelConfiguration}. */
  public static final class HarnessModelConfiguration extends Struct<HarnessModelConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessModelConfiguration");

    public HarnessModelConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BedrockModelConfig}. */
    public HarnessModelConfiguration bedrockModelConfig(Value<HarnessBedrockModelConfig> value) {
      return set("BedrockModelConfig", value);
    }

    /** CloudFormation property {@code GeminiModelConfig}. */
    public HarnessModelConfiguration geminiModelConfig(Value<HarnessGeminiModelConfig> value) {
      return set("GeminiModelConfig", value);
    }

    /** CloudFormation property {@code LiteLlmModelConfig}. */
    public HarnessModelConfiguration liteLlmModelConfig(Value<HarnessLiteLlmModelConfig> value) {
      return set("LiteLlmModelConfig", value);
    }

    /** CloudFormation property {@code OpenAiModelConfig}. */
    public HarnessModelConfiguration openAiModelConfig(Value<HarnessOpenAiModelConfig> value) {
      return set("OpenAiModelConfig", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessOpenAiModelConfig}. */
  public static final class HarnessOpenAiModelConfig extends Struct<HarnessOpenAiModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessOpenAiModelConfig")
        .required("ApiKeyArn", "ModelId")
        .allowed("ApiFormat", "chat_completions", "responses")
        .constrain("ApiKeyArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"))
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .constrain("Temperature", Constraint.of().minimum(0).maximum(2))
        .constrain("TopP", Constraint.of().minimum(0).maximum(1))
        .build();

    public HarnessOpenAiModelConfig() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code chat_completions}, {@code responses}. CloudFormation property {@code
     * ApiFormat}.
     */
    public HarnessOpenAiModelConfig apiFormat(String value) {
      return set("ApiFormat", Value.of(value));
    }

    /** Sets {@code ApiFormat} to this value; see {@link #apiFormat(String)}. */
    public HarnessOpenAiModelConfig apiFormat(Value<String> value) {
      return set("ApiFormat", value);
    }

    /**
     * Required. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$}.
     * CloudFormation property {@code ApiKeyArn}.
     */
    public HarnessOpenAiModelConfig apiKeyArn(String value) {
      return set("ApiKeyArn", Value.of(value));
    }

    /** Sets {@code ApiKeyArn} to this value; see {@link #apiKeyArn(String)}. */
    public HarnessOpenAiModelConfig apiKeyArn(Value<String> value) {
      return set("ApiKeyArn", value);
    }

    /** Range: at least 1. CloudFormation property {@code MaxTokens}. */
    public HarnessOpenAiModelConfig maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public HarnessOpenAiModelConfig maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public HarnessOpenAiModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public HarnessOpenAiModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /** Range: 0 to 2. CloudFormation property {@code Temperature}. */
    public HarnessOpenAiModelConfig temperature(double value) {
      return set("Temperature", Value.of(value));
    }

    /** Sets {@code Temperature} to this value; see {@link #temperature(double)}. */
    public HarnessOpenAiModelConfig temperature(Value<Double> value) {
      return set("Temperature", value);
    }

    /** Range: 0 to 1. CloudFormation property {@code TopP}. */
    public HarnessOpenAiModelConfig topP(double value) {
      return set("TopP", Value.of(value));
    }

    /** Sets {@code TopP} to this value; see {@link #topP(double)}. */
    public HarnessOpenAiModelConfig topP(Value<Double> value) {
      return set("TopP", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessRemoteMcpConfig}. */
  public static final class HarnessRemoteMcpConfig extends Struct<HarnessRemoteMcpConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessRemoteMcpConfig")
        .required("Url")
        .constrain("Url", Constraint.of().minLength(1).maxLength(16383))
        .build();

    public HarnessRemoteMcpConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Headers}. */
    public HarnessRemoteMcpConfig headers(Map<String, String> value) {
      return set("Headers", Value.mapOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(Map)}. */
    public HarnessRemoteMcpConfig headers(Value<Map<String, String>> value) {
      return set("Headers", value);
    }

    /** Required. Length: 1 to 16383 characters. CloudFormation property {@code Url}. */
    public HarnessRemoteMcpConfig url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HarnessRemoteMcpConfig url(Value<String> value) {
      return set("Url", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessSkill}. */
  public static final class HarnessSkill extends Struct<HarnessSkill> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessSkill")
        .constrain("Path", Constraint.of().minLength(1))
        .build();

    public HarnessSkill() {
      super(SCHEMA);
    }

    /**
     * AWS Skills baked into the Harness's underlying Runtime.
     *
     * <p>CloudFormation property {@code AwsSkills}.
     */
    public HarnessSkill awsSkills(Value<HarnessSkillAwsSkillsSource> value) {
      return set("AwsSkills", value);
    }

    /**
     * A git repository containing the skill, cloned over HTTPS.
     *
     * <p>CloudFormation property {@code Git}.
     */
    public HarnessSkill git(Value<HarnessSkillGitSource> value) {
      return set("Git", value);
    }

    /**
     * The filesystem path to the skill definition.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Path}.
     */
    public HarnessSkill path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HarnessSkill path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * An S3 source containing the skill.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public HarnessSkill s3(Value<HarnessSkillS3Source> value) {
      return set("S3", value);
    }
  }

  /**
   * AWS Skills baked into the Harness's underlying Runtime.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.HarnessSkillAwsSkillsSource}.
   */
  public static final class HarnessSkillAwsSkillsSource extends Struct<HarnessSkillAwsSkillsSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessSkillAwsSkillsSource")
        .constrain("Paths", Constraint.of().pattern("^([^*?\\[\\]]|\\*)+$").minLength(1).maxLength(4096))
        .build();

    public HarnessSkillAwsSkillsSource() {
      super(SCHEMA);
    }

    /**
     * Optionally filter allowed skills with glob syntax, e.g., ['core-skills/*'].
     *
     * <p>Length: 1 to 4096 characters. Pattern: {@code ^([^*?&#92;[&#92;]]|&#92;*)+$}.
     * CloudFormation property {@code Paths}.
     */
    public HarnessSkillAwsSkillsSource paths(List<String> value) {
      return set("Paths", Value.listOf(value));
    }

    /** Sets {@code Paths} to this value; see {@link #paths(List)}. */
    public HarnessSkillAwsSkillsSource paths(Value<List<String>> value) {
      return set("Paths", value);
    }
  }

  /**
   * Authentication configuration for accessing a private git repository.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.HarnessSkillGitAuth}.
   */
  public static final class HarnessSkillGitAuth extends Struct<HarnessSkillGitAuth> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessSkillGitAuth")
        .required("CredentialArn")
        .constrain("CredentialArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"))
        .build();

    public HarnessSkillGitAuth() {
      super(SCHEMA);
    }

    /**
     * The ARN of the credential in AgentCore Identity containing the password or personal access
     * token.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$}.
     * CloudFormation property {@code CredentialArn}.
     */
    public HarnessSkillGitAuth credentialArn(String value) {
      return set("CredentialArn", Value.of(value));
    }

    /** Sets {@code CredentialArn} to this value; see {@link #credentialArn(String)}. */
    public HarnessSkillGitAuth credentialArn(Value<String> value) {
      return set("CredentialArn", value);
    }

    /**
     * Username for authentication. Defaults to 'oauth2' if not specified.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public HarnessSkillGitAuth username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public HarnessSkillGitAuth username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * A git repository containing the skill, cloned over HTTPS.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.HarnessSkillGitSource}.
   */
  public static final class HarnessSkillGitSource extends Struct<HarnessSkillGitSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessSkillGitSource")
        .required("Url")
        .constrain("Url", Constraint.of().pattern("^https://").minLength(8))
        .build();

    public HarnessSkillGitSource() {
      super(SCHEMA);
    }

    /**
     * Authentication configuration for accessing a private git repository.
     *
     * <p>CloudFormation property {@code Auth}.
     */
    public HarnessSkillGitSource auth(Value<HarnessSkillGitAuth> value) {
      return set("Auth", value);
    }

    /**
     * Subdirectory within the repository containing the skill.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public HarnessSkillGitSource path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HarnessSkillGitSource path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The HTTPS URL of the git repository.
     *
     * <p>Required. Length: at least 8 characters. Pattern: {@code ^https://}. CloudFormation
     * property {@code Url}.
     */
    public HarnessSkillGitSource url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HarnessSkillGitSource url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * An S3 source containing the skill.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.HarnessSkillS3Source}.
   */
  public static final class HarnessSkillS3Source extends Struct<HarnessSkillS3Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessSkillS3Source")
        .required("Uri")
        .constrain("Uri", Constraint.of().pattern("^s3://").minLength(5))
        .build();

    public HarnessSkillS3Source() {
      super(SCHEMA);
    }

    /**
     * The S3 URI pointing to the skill directory (e.g., s3://bucket/skills/my-skill/).
     *
     * <p>Required. Length: at least 5 characters. Pattern: {@code ^s3://}. CloudFormation property
     * {@code Uri}.
     */
    public HarnessSkillS3Source uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public HarnessSkillS3Source uri(Value<String> value) {
      return set("Uri", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessSlidingWindowConfiguration}. */
  public static final class HarnessSlidingWindowConfiguration extends Struct<HarnessSlidingWindowConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessSlidingWindowConfiguration");

    public HarnessSlidingWindowConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MessagesCount}. */
    public HarnessSlidingWindowConfiguration messagesCount(int value) {
      return set("MessagesCount", Value.of(value));
    }

    /** Sets {@code MessagesCount} to this value; see {@link #messagesCount(int)}. */
    public HarnessSlidingWindowConfiguration messagesCount(Value<Integer> value) {
      return set("MessagesCount", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessSummarizationConfiguration}. */
  public static final class HarnessSummarizationConfiguration extends Struct<HarnessSummarizationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessSummarizationConfiguration");

    public HarnessSummarizationConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PreserveRecentMessages}. */
    public HarnessSummarizationConfiguration preserveRecentMessages(int value) {
      return set("PreserveRecentMessages", Value.of(value));
    }

    /**
     * Sets {@code PreserveRecentMessages} to this value; see {@link #preserveRecentMessages(int)}.
     */
    public HarnessSummarizationConfiguration preserveRecentMessages(Value<Integer> value) {
      return set("PreserveRecentMessages", value);
    }

    /** CloudFormation property {@code SummarizationSystemPrompt}. */
    public HarnessSummarizationConfiguration summarizationSystemPrompt(String value) {
      return set("SummarizationSystemPrompt", Value.of(value));
    }

    /**
     * Sets {@code SummarizationSystemPrompt} to this value; see {@link
     * #summarizationSystemPrompt(String)}.
     */
    public HarnessSummarizationConfiguration summarizationSystemPrompt(Value<String> value) {
      return set("SummarizationSystemPrompt", value);
    }

    /** CloudFormation property {@code SummaryRatio}. */
    public HarnessSummarizationConfiguration summaryRatio(double value) {
      return set("SummaryRatio", Value.of(value));
    }

    /** Sets {@code SummaryRatio} to this value; see {@link #summaryRatio(double)}. */
    public HarnessSummarizationConfiguration summaryRatio(Value<Double> value) {
      return set("SummaryRatio", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessSystemContentBlock}. */
  public static final class HarnessSystemContentBlock extends Struct<HarnessSystemContentBlock> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessSystemContentBlock")
        .required("Text")
        .constrain("Text", Constraint.of().minLength(1))
        .build();

    public HarnessSystemContentBlock() {
      super(SCHEMA);
    }

    /**
     * The text content of the system prompt block.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Text}.
     */
    public HarnessSystemContentBlock text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public HarnessSystemContentBlock text(Value<String> value) {
      return set("Text", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessTool}. */
  public static final class HarnessTool extends Struct<HarnessTool> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessTool")
        .required("Type")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .allowed("Type", "remote_mcp", "agentcore_browser", "agentcore_gateway", "inline_function",
            "agentcore_code_interpreter")
        .build();

    public HarnessTool() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Config}. */
    public HarnessTool config(Value<HarnessToolConfiguration> value) {
      return set("Config", value);
    }

    /**
     * Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code
     * Name}.
     */
    public HarnessTool name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HarnessTool name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Required. Allowed values: {@code remote_mcp}, {@code agentcore_browser}, {@code
     * agentcore_gateway}, {@code inline_function}, {@code agentcore_code_interpreter}.
     * CloudFormation property {@code Type}.
     */
    public HarnessTool type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HarnessTool type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessToolConfiguration}. */
  public static final class HarnessToolConfiguration extends Struct<HarnessToolConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessToolConfiguration");

    public HarnessToolConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AgentCoreBrowser}. */
    public HarnessToolConfiguration agentCoreBrowser(Value<HarnessAgentCoreBrowserConfig> value) {
      return set("AgentCoreBrowser", value);
    }

    /** CloudFormation property {@code AgentCoreCodeInterpreter}. */
    public HarnessToolConfiguration agentCoreCodeInterpreter(Value<HarnessAgentCoreCodeInterpreterConfig> value) {
      return set("AgentCoreCodeInterpreter", value);
    }

    /** CloudFormation property {@code AgentCoreGateway}. */
    public HarnessToolConfiguration agentCoreGateway(Value<HarnessAgentCoreGatewayConfig> value) {
      return set("AgentCoreGateway", value);
    }

    /** CloudFormation property {@code InlineFunction}. */
    public HarnessToolConfiguration inlineFunction(Value<HarnessInlineFunctionConfig> value) {
      return set("InlineFunction", value);
    }

    /** CloudFormation property {@code RemoteMcp}. */
    public HarnessToolConfiguration remoteMcp(Value<HarnessRemoteMcpConfig> value) {
      return set("RemoteMcp", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.HarnessTruncationConfiguration}. */
  public static final class HarnessTruncationConfiguration extends Struct<HarnessTruncationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.HarnessTruncationConfiguration")
        .required("Strategy")
        .allowed("Strategy", "sliding_window", "summarization", "none")
        .build();

    public HarnessTruncationConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Config}. */
    public HarnessTruncationConfiguration config(Value<HarnessTruncationStrategyConfiguration> value) {
      return set("Config", value);
    }

    /**
     * Required. Allowed values: {@code sliding_window}, {@code summarization}, {@code none}.
     * CloudFormation property {@code Strategy}.
     */
    public HarnessTruncationConfiguration strategy(String value) {
      return set("Strategy", Value.of(value));
    }

    /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
    public HarnessTruncationConfiguration strategy(Value<String> value) {
      return set("Strategy", value);
    }
  }

  /**
   * Property type {@code AWS::BedrockAgentCore::Harness.HarnessTruncationStrategyConfiguration}.
   */
  public static final class HarnessTruncationStrategyConfiguration extends Struct<HarnessTruncationStrategyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.HarnessTruncationStrategyConfiguration");

    public HarnessTruncationStrategyConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SlidingWindow}. */
    public HarnessTruncationStrategyConfiguration slidingWindow(Value<HarnessSlidingWindowConfiguration> value) {
      return set("SlidingWindow", value);
    }

    /** CloudFormation property {@code Summarization}. */
    public HarnessTruncationStrategyConfiguration summarization(Value<HarnessSummarizationConfiguration> value) {
      return set("Summarization", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.LifecycleConfiguration}. */
  public static final class LifecycleConfiguration extends Struct<LifecycleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.LifecycleConfiguration")
        .constrain("IdleRuntimeSessionTimeout", Constraint.of().minimum(60).maximum(1209600))
        .constrain("MaxLifetime", Constraint.of().minimum(60).maximum(1209600))
        .build();

    public LifecycleConfiguration() {
      super(SCHEMA);
    }

    /** Range: 60 to 1209600. CloudFormation property {@code IdleRuntimeSessionTimeout}. */
    public LifecycleConfiguration idleRuntimeSessionTimeout(int value) {
      return set("IdleRuntimeSessionTimeout", Value.of(value));
    }

    /**
     * Sets {@code IdleRuntimeSessionTimeout} to this value; see {@link
     * #idleRuntimeSessionTimeout(int)}.
     */
    public LifecycleConfiguration idleRuntimeSessionTimeout(Value<Integer> value) {
      return set("IdleRuntimeSessionTimeout", value);
    }

    /** Range: 60 to 1209600. CloudFormation property {@code MaxLifetime}. */
    public LifecycleConfiguration maxLifetime(int value) {
      return set("MaxLifetime", Value.of(value));
    }

    /** Sets {@code MaxLifetime} to this value; see {@link #maxLifetime(int)}. */
    public LifecycleConfiguration maxLifetime(Value<Integer> value) {
      return set("MaxLifetime", value);
    }
  }

  /**
   * Configuration for a service-managed VPC endpoint.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.ManagedVpcResource}.
   */
  public static final class ManagedVpcResource extends Struct<ManagedVpcResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.ManagedVpcResource")
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

    /** Length: 3 to 255 characters. CloudFormation property {@code RoutingDomain}. */
    public ManagedVpcResource routingDomain(String value) {
      return set("RoutingDomain", Value.of(value));
    }

    /** Sets {@code RoutingDomain} to this value; see {@link #routingDomain(String)}. */
    public ManagedVpcResource routingDomain(Value<String> value) {
      return set("RoutingDomain", value);
    }

    /**
     * Pattern: {@code ^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$}. Format: {@code
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
     * Required. Pattern: {@code ^subnet-[0-9a-zA-Z]{8,17}$}. CloudFormation property {@code
     * SubnetIds}.
     */
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

    /**
     * Required. Pattern: {@code ^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$}. CloudFormation property
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

  /** Property type {@code AWS::BedrockAgentCore::Harness.NetworkConfiguration}. */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.NetworkConfiguration")
        .required("NetworkMode")
        .allowed("NetworkMode", "PUBLIC", "VPC")
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code PUBLIC}, {@code VPC}. CloudFormation property {@code
     * NetworkMode}.
     */
    public NetworkConfiguration networkMode(String value) {
      return set("NetworkMode", Value.of(value));
    }

    /** Sets {@code NetworkMode} to this value; see {@link #networkMode(String)}. */
    public NetworkConfiguration networkMode(Value<String> value) {
      return set("NetworkMode", value);
    }

    /** CloudFormation property {@code NetworkModeConfig}. */
    public NetworkConfiguration networkModeConfig(Value<VpcConfig> value) {
      return set("NetworkModeConfig", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.OAuthCredentialProvider}. */
  public static final class OAuthCredentialProvider extends Struct<OAuthCredentialProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.OAuthCredentialProvider")
        .required("ProviderArn", "Scopes")
        .constrain("DefaultReturnUrl", Constraint.of().pattern("^\\w+:(\\/?\\/?)[^\\s]+$").minLength(1).maxLength(2048))
        .allowed("GrantType", "CLIENT_CREDENTIALS", "AUTHORIZATION_CODE")
        .constrain("ProviderArn", Constraint.of().pattern("^arn:([^:]*):([^:]*):([^:]*):([0-9]{12})?:(.+)$"))
        .constrain("Scopes", Constraint.of().minLength(1).maxLength(64))
        .build();

    public OAuthCredentialProvider() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomParameters}. */
    public OAuthCredentialProvider customParameters(Map<String, String> value) {
      return set("CustomParameters", Value.mapOf(value));
    }

    /** Sets {@code CustomParameters} to this value; see {@link #customParameters(Map)}. */
    public OAuthCredentialProvider customParameters(Value<Map<String, String>> value) {
      return set("CustomParameters", value);
    }

    /**
     * Length: 1 to 2048 characters. Pattern: {@code ^&#92;w+:(&#92;/?&#92;/?)[^&#92;s]+$}.
     * CloudFormation property {@code DefaultReturnUrl}.
     */
    public OAuthCredentialProvider defaultReturnUrl(String value) {
      return set("DefaultReturnUrl", Value.of(value));
    }

    /** Sets {@code DefaultReturnUrl} to this value; see {@link #defaultReturnUrl(String)}. */
    public OAuthCredentialProvider defaultReturnUrl(Value<String> value) {
      return set("DefaultReturnUrl", value);
    }

    /**
     * Allowed values: {@code CLIENT_CREDENTIALS}, {@code AUTHORIZATION_CODE}. CloudFormation
     * property {@code GrantType}.
     */
    public OAuthCredentialProvider grantType(String value) {
      return set("GrantType", Value.of(value));
    }

    /** Sets {@code GrantType} to this value; see {@link #grantType(String)}. */
    public OAuthCredentialProvider grantType(Value<String> value) {
      return set("GrantType", value);
    }

    /**
     * Required. Pattern: {@code ^arn:([^:]*):([^:]*):([^:]*):([0-9]{12})?:(.+)$}. CloudFormation
     * property {@code ProviderArn}.
     */
    public OAuthCredentialProvider providerArn(String value) {
      return set("ProviderArn", Value.of(value));
    }

    /** Sets {@code ProviderArn} to this value; see {@link #providerArn(String)}. */
    public OAuthCredentialProvider providerArn(Value<String> value) {
      return set("ProviderArn", value);
    }

    /** Required. Length: 1 to 64 characters. CloudFormation property {@code Scopes}. */
    public OAuthCredentialProvider scopes(List<String> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public OAuthCredentialProvider scopes(Value<List<String>> value) {
      return set("Scopes", value);
    }
  }

  /**
   * Private endpoint configuration for connecting to the OpenID Connect discovery endpoint over a
   * private network.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.PrivateEndpoint}.
   */
  public static final class PrivateEndpoint extends Struct<PrivateEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Harness.PrivateEndpoint");

    public PrivateEndpoint() {
      super(SCHEMA);
    }

    /**
     * Configuration for a service-managed VPC endpoint.
     *
     * <p>CloudFormation property {@code ManagedVpcResource}.
     */
    public PrivateEndpoint managedVpcResource(Value<ManagedVpcResource> value) {
      return set("ManagedVpcResource", value);
    }

    /**
     * Configuration for connecting to a private resource using a self-managed VPC Lattice resource
     * configuration.
     *
     * <p>CloudFormation property {@code SelfManagedLatticeResource}.
     */
    public PrivateEndpoint selfManagedLatticeResource(Value<SelfManagedLatticeResource> value) {
      return set("SelfManagedLatticeResource", value);
    }
  }

  /**
   * Maps a domain to a private endpoint for resolving that domain over a private network.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.PrivateEndpointOverride}.
   */
  public static final class PrivateEndpointOverride extends Struct<PrivateEndpointOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.PrivateEndpointOverride")
        .required("Domain", "PrivateEndpoint")
        .constrain("Domain", Constraint.of().minLength(1).maxLength(253))
        .build();

    public PrivateEndpointOverride() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 253 characters. CloudFormation property {@code Domain}. */
    public PrivateEndpointOverride domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public PrivateEndpointOverride domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * Private endpoint configuration for connecting to the OpenID Connect discovery endpoint over a
     * private network.
     *
     * <p>Required. CloudFormation property {@code PrivateEndpoint}.
     */
    public PrivateEndpointOverride privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }
  }

  /**
   * Configuration for an Amazon S3 Files access point to mount into the AgentCore Runtime.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.S3FilesAccessPointConfiguration}.
   */
  public static final class S3FilesAccessPointConfiguration extends Struct<S3FilesAccessPointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.S3FilesAccessPointConfiguration")
        .required("AccessPointArn", "MountPath")
        .constrain("AccessPointArn", Constraint.of().pattern("^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$").maxLength(256))
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .build();

    public S3FilesAccessPointConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: at most 256 characters. Pattern: {@code
     * ^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$}.
     * CloudFormation property {@code AccessPointArn}.
     */
    public S3FilesAccessPointConfiguration accessPointArn(String value) {
      return set("AccessPointArn", Value.of(value));
    }

    /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
    public S3FilesAccessPointConfiguration accessPointArn(Value<String> value) {
      return set("AccessPointArn", value);
    }

    /**
     * Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
     * CloudFormation property {@code MountPath}.
     */
    public S3FilesAccessPointConfiguration mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public S3FilesAccessPointConfiguration mountPath(Value<String> value) {
      return set("MountPath", value);
    }
  }

  /**
   * Configuration for connecting to a private resource using a self-managed VPC Lattice resource
   * configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Harness.SelfManagedLatticeResource}.
   */
  public static final class SelfManagedLatticeResource extends Struct<SelfManagedLatticeResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.SelfManagedLatticeResource")
        .required("ResourceConfigurationIdentifier")
        .constrain("ResourceConfigurationIdentifier", Constraint.of().pattern("^((rcfg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
        .build();

    public SelfManagedLatticeResource() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 20 to 2048 characters. Pattern: {@code
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

  /** Property type {@code AWS::BedrockAgentCore::Harness.SessionStorageConfiguration}. */
  public static final class SessionStorageConfiguration extends Struct<SessionStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.SessionStorageConfiguration")
        .required("MountPath")
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .build();

    public SessionStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
     * CloudFormation property {@code MountPath}.
     */
    public SessionStorageConfiguration mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public SessionStorageConfiguration mountPath(Value<String> value) {
      return set("MountPath", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Harness.VpcConfig}. */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Harness.VpcConfig")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code ^sg-[0-9a-zA-Z]{8,17}$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
     */
    public VpcConfig securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public VpcConfig securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Required. Pattern: {@code ^subnet-[0-9a-zA-Z]{8,17}$}. Format: {@code AWS::EC2::Subnet.Id}.
     * CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
