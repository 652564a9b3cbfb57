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
 * Contains information about an agent runtime. An agent runtime is the execution environment for a
 * Amazon Bedrock Agent.
 *
 * <p>AgentCore Runtime is a secure, serverless runtime purpose-built for deploying and scaling
 * dynamic AI agents and tools using any open-source framework including LangGraph, CrewAI, and
 * Strands Agents, any protocol, and any model.
 *
 * <p>For more information about using agent runtime in Amazon Bedrock AgentCore, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/agents-tools-runtime.html">Host
 * agent or tools with Amazon Bedrock AgentCore Runtime</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Runtime}.
 */
public final class Runtime extends Resource<Runtime> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime")
      .required("AgentRuntimeArtifact", "AgentRuntimeName", "RoleArn")
      .constrain("AgentRuntimeName", Constraint.of().pattern("[a-zA-Z][a-zA-Z0-9_]{0,47}"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1200))
      .constrain("PlatformVersion", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(128))
      .allowed("ProtocolConfiguration", "MCP", "HTTP", "A2A", "AGUI")
      .constrain("RoleArn", Constraint.of().pattern("arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+").format("AWS::IAM::Role.Arn"))
      .refYields("AgentRuntimeId")
      .attributes("AgentRuntimeArn", "AgentRuntimeId", "AgentRuntimeVersion", "CreatedAt",
          "FailureReason", "LastUpdatedAt", "Status", "WorkloadIdentityDetails")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Runtime(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The artifact of the agent.
   *
   * <p>Required. CloudFormation property {@code AgentRuntimeArtifact}.
   */
  public Runtime agentRuntimeArtifact(Value<AgentRuntimeArtifact> value) {
    return set("AgentRuntimeArtifact", value);
  }

  /**
   * The name of the AgentCore Runtime endpoint.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-zA-Z][a-zA-Z0-9_]{0,47}}.
   * CloudFormation property {@code AgentRuntimeName}.
   */
  public Runtime agentRuntimeName(String value) {
    return set("AgentRuntimeName", Value.of(value));
  }

  /** Sets {@code AgentRuntimeName} to this value; see {@link #agentRuntimeName(String)}. */
  public Runtime agentRuntimeName(Value<String> value) {
    return set("AgentRuntimeName", value);
  }

  /**
   * Represents inbound authorization configuration options used to authenticate incoming requests.
   *
   * <p>CloudFormation property {@code AuthorizerConfiguration}.
   */
  public Runtime authorizerConfiguration(Value<AuthorizerConfiguration> value) {
    return set("AuthorizerConfiguration", value);
  }

  /**
   * Configuration for a capacity provider
   *
   * <p>CloudFormation property {@code CapacityProviderConfiguration}.
   */
  public Runtime capacityProviderConfiguration(Value<CapacityProviderConfiguration> value) {
    return set("CapacityProviderConfiguration", value);
  }

  /**
   * The agent runtime description.
   *
   * <p>Length: 1 to 1200 characters. CloudFormation property {@code Description}.
   */
  public Runtime description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Runtime description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The environment variables for the agent.
   *
   * <p>CloudFormation property {@code EnvironmentVariables}.
   */
  public Runtime environmentVariables(Map<String, String> value) {
    return set("EnvironmentVariables", Value.mapOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
  public Runtime environmentVariables(Value<Map<String, String>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * List of filesystem configurations
   *
   * <p>CloudFormation property {@code FilesystemConfigurations}.
   */
  public Runtime filesystemConfigurations(List<FilesystemConfiguration> value) {
    return set("FilesystemConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code FilesystemConfigurations} to this value; see {@link
   * #filesystemConfigurations(List)}.
   */
  public Runtime filesystemConfigurations(Value<List<FilesystemConfiguration>> value) {
    return set("FilesystemConfigurations", value);
  }

  /**
   * Sets {@code FilesystemConfigurations} to a list of these; see {@link
   * #filesystemConfigurations(List)}.
   */
  public Runtime filesystemConfigurations(FilesystemConfiguration... values) {
    return set("FilesystemConfigurations", Value.list(values));
  }

  /**
   * Configuration for managing the lifecycle of runtime sessions and resources
   *
   * <p>CloudFormation property {@code LifecycleConfiguration}.
   */
  public Runtime lifecycleConfiguration(Value<LifecycleConfiguration> value) {
    return set("LifecycleConfiguration", value);
  }

  /**
   * The network configuration.
   *
   * <p>CloudFormation property {@code NetworkConfiguration}.
   */
  public Runtime networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * Length: 1 to 128 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation property {@code
   * PlatformVersion}.
   */
  public Runtime platformVersion(String value) {
    return set("PlatformVersion", Value.of(value));
  }

  /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
  public Runtime platformVersion(Value<String> value) {
    return set("PlatformVersion", value);
  }

  /**
   * The protocol configuration for an agent runtime. This structure defines how the agent runtime
   * communicates with clients.
   *
   * <p>Allowed values: {@code MCP}, {@code HTTP}, {@code A2A}, {@code AGUI}. CloudFormation
   * property {@code ProtocolConfiguration}.
   */
  public Runtime protocolConfiguration(String value) {
    return set("ProtocolConfiguration", Value.of(value));
  }

  /**
   * Sets {@code ProtocolConfiguration} to this value; see {@link #protocolConfiguration(String)}.
   */
  public Runtime protocolConfiguration(Value<String> value) {
    return set("ProtocolConfiguration", value);
  }

  /**
   * Configuration for HTTP request headers
   *
   * <p>CloudFormation property {@code RequestHeaderConfiguration}.
   */
  public Runtime requestHeaderConfiguration(Value<RequestHeaderConfiguration> value) {
    return set("RequestHeaderConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) for for the role.
   *
   * <p>Required. Pattern: {@code arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Runtime roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Runtime roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags for the agent.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Runtime tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Runtime tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Runtime tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The agent runtime ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentRuntimeArn}.
   */
  public Value<String> agentRuntimeArn() {
    return getAtt("AgentRuntimeArn");
  }

  /**
   * The ID for the agent runtime.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentRuntimeId}.
   */
  public Value<String> agentRuntimeId() {
    return getAtt("AgentRuntimeId");
  }

  /**
   * The version for the agent runtime.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentRuntimeVersion}.
   */
  public Value<String> agentRuntimeVersion() {
    return getAtt("AgentRuntimeVersion");
  }

  /**
   * The time at which the runtime was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The reason for failure if the agent is in a failed state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The time at which the runtime was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The status for the agent runtime.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Configuration for workload identity
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkloadIdentityDetails}.
   */
  public Value<WorkloadIdentityDetails> workloadIdentityDetails() {
    return getAtt("WorkloadIdentityDetails");
  }

  /**
   * The artifact of the agent.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.AgentRuntimeArtifact}.
   */
  public static final class AgentRuntimeArtifact extends Struct<AgentRuntimeArtifact> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Runtime.AgentRuntimeArtifact");

    public AgentRuntimeArtifact() {
      super(SCHEMA);
    }

    /**
     * Representation of a code configuration
     *
     * <p>CloudFormation property {@code CodeConfiguration}.
     */
    public AgentRuntimeArtifact codeConfiguration(Value<CodeConfiguration> value) {
      return set("CodeConfiguration", value);
    }

    /**
     * Representation of a container configuration.
     *
     * <p>CloudFormation property {@code ContainerConfiguration}.
     */
    public AgentRuntimeArtifact containerConfiguration(Value<ContainerConfiguration> value) {
      return set("ContainerConfiguration", value);
    }
  }

  /**
   * Allow-list of upstream workloads permitted to reach this resource via the workload identity
   * chain. When set, the data plane enforces that the introspected workload chain's caller matches
   * one of the configured hosting environments or workload identities; absent means no chain
   * enforcement.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.AllowedWorkloadConfiguration}.
   */
  public static final class AllowedWorkloadConfiguration extends Struct<AllowedWorkloadConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.AllowedWorkloadConfiguration")
        .constrain("WorkloadIdentities", Constraint.of().pattern("^[A-Za-z0-9_.-]+$").minLength(3).maxLength(255))
        .build();

    public AllowedWorkloadConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of allow-listed hosting environments
     *
     * <p>CloudFormation property {@code HostingEnvironments}.
     */
    public AllowedWorkloadConfiguration hostingEnvironments(List<HostingEnvironment> value) {
      return set("HostingEnvironments", Value.listOf(value));
    }

    /** Sets {@code HostingEnvironments} to this value; see {@link #hostingEnvironments(List)}. */
    public AllowedWorkloadConfiguration hostingEnvironments(Value<List<HostingEnvironment>> value) {
      return set("HostingEnvironments", value);
    }

    /**
     * Sets {@code HostingEnvironments} to a list of these; see {@link #hostingEnvironments(List)}.
     */
    public AllowedWorkloadConfiguration hostingEnvironments(HostingEnvironment... values) {
      return set("HostingEnvironments", Value.list(values));
    }

    /**
     * List of allow-listed workload identity names
     *
     * <p>Length: 3 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-]+$}. CloudFormation property
     * {@code WorkloadIdentities}.
     */
    public AllowedWorkloadConfiguration workloadIdentities(List<String> value) {
      return set("WorkloadIdentities", Value.listOf(value));
    }

    /** Sets {@code WorkloadIdentities} to this value; see {@link #workloadIdentities(List)}. */
    public AllowedWorkloadConfiguration workloadIdentities(Value<List<String>> value) {
      return set("WorkloadIdentities", value);
    }
  }

  /**
   * The authorizer configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.AuthorizerConfiguration}.
   */
  public static final class AuthorizerConfiguration extends Struct<AuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Runtime.AuthorizerConfiguration");

    public AuthorizerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Represents inbound authorization configuration options used to authenticate incoming
     * requests.
     *
     * <p>CloudFormation property {@code CustomJWTAuthorizer}.
     */
    public AuthorizerConfiguration customJWTAuthorizer(Value<CustomJWTAuthorizerConfiguration> value) {
      return set("CustomJWTAuthorizer", value);
    }
  }

  /**
   * The value or values in the custom claim to match and relationship of match
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.AuthorizingClaimMatchValueType}.
   */
  public static final class AuthorizingClaimMatchValueType extends Struct<AuthorizingClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.AuthorizingClaimMatchValueType")
        .required("ClaimMatchOperator", "ClaimMatchValue")
        .allowed("ClaimMatchOperator", "EQUALS", "CONTAINS", "CONTAINS_ANY")
        .build();

    public AuthorizingClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * The relationship between the claim field value and the value or values being matched
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code CONTAINS}, {@code CONTAINS_ANY}.
     * CloudFormation property {@code ClaimMatchOperator}.
     */
    public AuthorizingClaimMatchValueType claimMatchOperator(String value) {
      return set("ClaimMatchOperator", Value.of(value));
    }

    /** Sets {@code ClaimMatchOperator} to this value; see {@link #claimMatchOperator(String)}. */
    public AuthorizingClaimMatchValueType claimMatchOperator(Value<String> value) {
      return set("ClaimMatchOperator", value);
    }

    /**
     * The value or values in the custom claim to match for
     *
     * <p>Required. CloudFormation property {@code ClaimMatchValue}.
     */
    public AuthorizingClaimMatchValueType claimMatchValue(Value<ClaimMatchValueType> value) {
      return set("ClaimMatchValue", value);
    }
  }

  /**
   * Configuration for a capacity provider
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.CapacityProviderConfiguration}.
   */
  public static final class CapacityProviderConfiguration extends Struct<CapacityProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.CapacityProviderConfiguration")
        .required("CapacityProviderArn")
        .constrain("CapacityProviderArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:capacity-provider/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$").maxLength(2048))
        .build();

    public CapacityProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of the capacity provider
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:capacity-provider/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$}.
     * CloudFormation property {@code CapacityProviderArn}.
     */
    public CapacityProviderConfiguration capacityProviderArn(String value) {
      return set("CapacityProviderArn", Value.of(value));
    }

    /** Sets {@code CapacityProviderArn} to this value; see {@link #capacityProviderArn(String)}. */
    public CapacityProviderConfiguration capacityProviderArn(Value<String> value) {
      return set("CapacityProviderArn", value);
    }
  }

  /**
   * Configuration for a CapacityProvider-managed volume to mount into the agent runtime
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.CapacityProviderVolumeConfiguration}.
   */
  public static final class CapacityProviderVolumeConfiguration extends Struct<CapacityProviderVolumeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.CapacityProviderVolumeConfiguration")
        .required("MountPath", "VolumeName")
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .constrain("VolumeName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_-]{0,47}$").minLength(1).maxLength(48))
        .build();

    public CapacityProviderVolumeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Mount path for filesystem configuration
     *
     * <p>Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
     * CloudFormation property {@code MountPath}.
     */
    public CapacityProviderVolumeConfiguration mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public CapacityProviderVolumeConfiguration mountPath(Value<String> value) {
      return set("MountPath", value);
    }

    /**
     * Name of the capacity provider volume
     *
     * <p>Required. Length: 1 to 48 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_-]{0,47}$}.
     * CloudFormation property {@code VolumeName}.
     */
    public CapacityProviderVolumeConfiguration volumeName(String value) {
      return set("VolumeName", Value.of(value));
    }

    /** Sets {@code VolumeName} to this value; see {@link #volumeName(String)}. */
    public CapacityProviderVolumeConfiguration volumeName(Value<String> value) {
      return set("VolumeName", value);
    }
  }

  /**
   * The value or values in the custom claim to match for
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.ClaimMatchValueType}.
   */
  public static final class ClaimMatchValueType extends Struct<ClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.ClaimMatchValueType")
        .constrain("MatchValueString", Constraint.of().pattern("[A-Za-z0-9_.-]+"))
        .constrain("MatchValueStringList", Constraint.of().pattern("[A-Za-z0-9_.-]+"))
        .build();

    public ClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * The string value to match for
     *
     * <p>Pattern: {@code [A-Za-z0-9_.-]+}. CloudFormation property {@code MatchValueString}.
     */
    public ClaimMatchValueType matchValueString(String value) {
      return set("MatchValueString", Value.of(value));
    }

    /** Sets {@code MatchValueString} to this value; see {@link #matchValueString(String)}. */
    public ClaimMatchValueType matchValueString(Value<String> value) {
      return set("MatchValueString", value);
    }

    /**
     * The list of strings to check for a match
     *
     * <p>Pattern: {@code [A-Za-z0-9_.-]+}. CloudFormation property {@code MatchValueStringList}.
     */
    public ClaimMatchValueType matchValueStringList(List<String> value) {
      return set("MatchValueStringList", Value.listOf(value));
    }

    /** Sets {@code MatchValueStringList} to this value; see {@link #matchValueStringList(List)}. */
    public ClaimMatchValueType matchValueStringList(Value<List<String>> value) {
      return set("MatchValueStringList", value);
    }
  }

  /**
   * Object represents source code from zip file
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.Code}.
   */
  public static final class Code extends Struct<Code> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Runtime.Code");

    public Code() {
      super(SCHEMA);
    }

    /**
     * S3 Location Configuration
     *
     * <p>CloudFormation property {@code S3}.
     */
    public Code s3(Value<S3Location> value) {
      return set("S3", value);
    }
  }

  /**
   * Representation of a code configuration
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.CodeConfiguration}.
   */
  public static final class CodeConfiguration extends Struct<CodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.CodeConfiguration")
        .required("Code", "EntryPoint", "Runtime")
        .allowed("Runtime", "PYTHON_3_10", "PYTHON_3_11", "PYTHON_3_12", "PYTHON_3_13",
            "PYTHON_3_14", "NODE_22")
        .build();

    public CodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Object represents source code from zip file
     *
     * <p>Required. CloudFormation property {@code Code}.
     */
    public CodeConfiguration code(Value<Code> value) {
      return set("Code", value);
    }

    /**
     * List of entry points
     *
     * <p>Required. CloudFormation property {@code EntryPoint}.
     */
    public CodeConfiguration entryPoint(List<String> value) {
      return set("EntryPoint", Value.listOf(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(List)}. */
    public CodeConfiguration entryPoint(Value<List<String>> value) {
      return set("EntryPoint", value);
    }

    /**
     * Managed runtime types
     *
     * <p>Required. Allowed values: {@code PYTHON_3_10}, {@code PYTHON_3_11}, {@code PYTHON_3_12},
     * {@code PYTHON_3_13}, {@code PYTHON_3_14}, {@code NODE_22}. CloudFormation property {@code
     * Runtime}.
     */
    public CodeConfiguration runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public CodeConfiguration runtime(Value<String> value) {
      return set("Runtime", value);
    }
  }

  /**
   * The container configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.ContainerConfiguration}.
   */
  public static final class ContainerConfiguration extends Struct<ContainerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.ContainerConfiguration")
        .required("ContainerUri")
        .constrain("ContainerUri", Constraint.of().pattern("^(([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.([a-z0-9-]+(?:\\.[a-z0-9-]+)+)|public\\.ecr\\.aws)/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:@]{1,300}))?(?:@(.+))?$").minLength(1).maxLength(1024))
        .build();

    public ContainerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The container Uri.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^(([0-9]{12})&#92;.dkr&#92;.ecr&#92;.([a-z0-9-]+)&#92;.([a-z0-9-]+(?:&#92;.[a-z0-9-]+)+)|public&#92;.ecr&#92;.aws)/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*&#47;)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:&#64;]{1,300}))?(?:&#64;(.+))?$}.
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

  /**
   * Required custom claim
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.CustomClaimValidationType}.
   */
  public static final class CustomClaimValidationType extends Struct<CustomClaimValidationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.CustomClaimValidationType")
        .required("AuthorizingClaimMatchValue", "InboundTokenClaimName",
            "InboundTokenClaimValueType")
        .constrain("InboundTokenClaimName", Constraint.of().pattern("[A-Za-z0-9_.-:]+"))
        .allowed("InboundTokenClaimValueType", "STRING", "STRING_ARRAY")
        .build();

    public CustomClaimValidationType() {
      super(SCHEMA);
    }

    /**
     * The value or values in the custom claim to match and relationship of match
     *
     * <p>Required. CloudFormation property {@code AuthorizingClaimMatchValue}.
     */
    public CustomClaimValidationType authorizingClaimMatchValue(Value<AuthorizingClaimMatchValueType> value) {
      return set("AuthorizingClaimMatchValue", value);
    }

    /**
     * The name of the custom claim to validate
     *
     * <p>Required. Pattern: {@code [A-Za-z0-9_.-:]+}. CloudFormation property {@code
     * InboundTokenClaimName}.
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
     * Token claim data type
     *
     * <p>Required. Allowed values: {@code STRING}, {@code STRING_ARRAY}. CloudFormation property
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

  /**
   * Configuration for custom JWT authorizer
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.CustomJWTAuthorizerConfiguration}.
   */
  public static final class CustomJWTAuthorizerConfiguration extends Struct<CustomJWTAuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.CustomJWTAuthorizerConfiguration")
        .required("DiscoveryUrl")
        .constrain("AllowedScopes", Constraint.of().pattern("[\\x21\\x23-\\x5B\\x5D-\\x7E]+"))
        .constrain("DiscoveryUrl", Constraint.of().pattern("^.+/\\.well-known/openid-configuration$"))
        .build();

    public CustomJWTAuthorizerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Represents inbound authorization configuration options used to authenticate incoming
     * requests.
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

    /**
     * Represents individual client IDs that are validated in the incoming JWT token validation
     * process.
     *
     * <p>CloudFormation property {@code AllowedClients}.
     */
    public CustomJWTAuthorizerConfiguration allowedClients(List<String> value) {
      return set("AllowedClients", Value.listOf(value));
    }

    /** Sets {@code AllowedClients} to this value; see {@link #allowedClients(List)}. */
    public CustomJWTAuthorizerConfiguration allowedClients(Value<List<String>> value) {
      return set("AllowedClients", value);
    }

    /**
     * List of allowed scopes
     *
     * <p>Pattern: {@code [&#92;x21&#92;x23-&#92;x5B&#92;x5D-&#92;x7E]+}. CloudFormation property
     * {@code AllowedScopes}.
     */
    public CustomJWTAuthorizerConfiguration allowedScopes(List<String> value) {
      return set("AllowedScopes", Value.listOf(value));
    }

    /** Sets {@code AllowedScopes} to this value; see {@link #allowedScopes(List)}. */
    public CustomJWTAuthorizerConfiguration allowedScopes(Value<List<String>> value) {
      return set("AllowedScopes", value);
    }

    /**
     * Allow-list of upstream workloads permitted to reach this resource via the workload identity
     * chain. When set, the data plane enforces that the introspected workload chain's caller
     * matches one of the configured hosting environments or workload identities; absent means no
     * chain enforcement.
     *
     * <p>CloudFormation property {@code AllowedWorkloadConfiguration}.
     */
    public CustomJWTAuthorizerConfiguration allowedWorkloadConfiguration(Value<AllowedWorkloadConfiguration> value) {
      return set("AllowedWorkloadConfiguration", value);
    }

    /**
     * List of required custom claims
     *
     * <p>CloudFormation property {@code CustomClaims}.
     */
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
     * The configuration authorization.
     *
     * <p>Required. Pattern: {@code ^.+/&#92;.well-known/openid-configuration$}. CloudFormation
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
     * Private endpoint configuration. Exactly one of SelfManagedLatticeResource or
     * ManagedVpcResource must be specified.
     *
     * <p>CloudFormation property {@code PrivateEndpoint}.
     */
    public CustomJWTAuthorizerConfiguration privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }

    /**
     * List of private endpoint overrides
     *
     * <p>CloudFormation property {@code PrivateEndpointOverrides}.
     */
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
   * Configuration for EFS access point filesystem
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.EfsAccessPointConfiguration}.
   */
  public static final class EfsAccessPointConfiguration extends Struct<EfsAccessPointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.EfsAccessPointConfiguration")
        .required("AccessPointArn", "MountPath")
        .constrain("AccessPointArn", Constraint.of().pattern("^arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}$").maxLength(128))
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .build();

    public EfsAccessPointConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of the EFS access point
     *
     * <p>Required. Length: at most 128 characters. Pattern: {@code
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
     * Mount path for filesystem configuration
     *
     * <p>Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
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

  /**
   * Filesystem configuration for the runtime
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.FilesystemConfiguration}.
   */
  public static final class FilesystemConfiguration extends Struct<FilesystemConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Runtime.FilesystemConfiguration");

    public FilesystemConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for a CapacityProvider-managed volume to mount into the agent runtime
     *
     * <p>CloudFormation property {@code CapacityProviderVolume}.
     */
    public FilesystemConfiguration capacityProviderVolume(Value<CapacityProviderVolumeConfiguration> value) {
      return set("CapacityProviderVolume", value);
    }

    /**
     * Configuration for EFS access point filesystem
     *
     * <p>CloudFormation property {@code EfsAccessPoint}.
     */
    public FilesystemConfiguration efsAccessPoint(Value<EfsAccessPointConfiguration> value) {
      return set("EfsAccessPoint", value);
    }

    /**
     * Configuration for S3 Files access point filesystem
     *
     * <p>CloudFormation property {@code S3FilesAccessPoint}.
     */
    public FilesystemConfiguration s3FilesAccessPoint(Value<S3FilesAccessPointConfiguration> value) {
      return set("S3FilesAccessPoint", value);
    }

    /**
     * Configuration for session storage
     *
     * <p>CloudFormation property {@code SessionStorage}.
     */
    public FilesystemConfiguration sessionStorage(Value<SessionStorageConfiguration> value) {
      return set("SessionStorage", value);
    }
  }

  /**
   * An upstream workload identified by the ARN of its hosting environment (for example a Gateway or
   * Runtime ARN)
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.HostingEnvironment}.
   */
  public static final class HostingEnvironment extends Struct<HostingEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.HostingEnvironment")
        .required("Arn")
        .constrain("Arn", Constraint.of().minLength(20).maxLength(1011))
        .build();

    public HostingEnvironment() {
      super(SCHEMA);
    }

    /**
     * The ARN of the bedrock-agentcore hosting environment
     *
     * <p>Required. Length: 20 to 1011 characters. CloudFormation property {@code Arn}.
     */
    public HostingEnvironment arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public HostingEnvironment arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * Configuration for managing the lifecycle of runtime sessions and resources
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.LifecycleConfiguration}.
   */
  public static final class LifecycleConfiguration extends Struct<LifecycleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.LifecycleConfiguration")
        .constrain("IdleRuntimeSessionTimeout", Constraint.of().minimum(60).maximum(1209600))
        .constrain("MaxLifetime", Constraint.of().minimum(60).maximum(1209600))
        .build();

    public LifecycleConfiguration() {
      super(SCHEMA);
    }

    /**
     * Timeout in seconds for idle runtime sessions
     *
     * <p>Range: 60 to 1209600. CloudFormation property {@code IdleRuntimeSessionTimeout}.
     */
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

    /**
     * Maximum lifetime in seconds for runtime sessions
     *
     * <p>Range: 60 to 1209600. CloudFormation property {@code MaxLifetime}.
     */
    public LifecycleConfiguration maxLifetime(int value) {
      return set("MaxLifetime", Value.of(value));
    }

    /** Sets {@code MaxLifetime} to this value; see {@link #maxLifetime(int)}. */
    public LifecycleConfiguration maxLifetime(Value<Integer> value) {
      return set("MaxLifetime", value);
    }
  }

  /**
   * Managed VPC resource configuration
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.ManagedVpcResource}.
   */
  public static final class ManagedVpcResource extends Struct<ManagedVpcResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.ManagedVpcResource")
        .required("EndpointIpAddressType", "SubnetIds", "VpcIdentifier")
        .allowed("EndpointIpAddressType", "IPV4", "IPV6")
        .build();

    public ManagedVpcResource() {
      super(SCHEMA);
    }

    /**
     * The IP address type for the endpoint
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
     * An intermediate domain to use as the resource configuration endpoint instead of the actual
     * target domain
     *
     * <p>CloudFormation property {@code RoutingDomain}.
     */
    public ManagedVpcResource routingDomain(String value) {
      return set("RoutingDomain", Value.of(value));
    }

    /** Sets {@code RoutingDomain} to this value; see {@link #routingDomain(String)}. */
    public ManagedVpcResource routingDomain(Value<String> value) {
      return set("RoutingDomain", value);
    }

    /**
     * The security group IDs
     *
     * <p>CloudFormation property {@code SecurityGroupIds}.
     */
    public ManagedVpcResource securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public ManagedVpcResource securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The subnet IDs
     *
     * <p>Required. CloudFormation property {@code SubnetIds}.
     */
    public ManagedVpcResource subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public ManagedVpcResource subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Tags to apply to the managed VPC Lattice resource gateway
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
     * The VPC identifier
     *
     * <p>Required. CloudFormation property {@code VpcIdentifier}.
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
   * The network configuration for the agent.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.NetworkConfiguration")
        .required("NetworkMode")
        .allowed("NetworkMode", "PUBLIC", "VPC")
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The network mode.
     *
     * <p>Required. Allowed values: {@code PUBLIC}, {@code VPC}. CloudFormation property {@code
     * NetworkMode}.
     */
    public NetworkConfiguration networkMode(String value) {
      return set("NetworkMode", Value.of(value));
    }

    /** Sets {@code NetworkMode} to this value; see {@link #networkMode(String)}. */
    public NetworkConfiguration networkMode(Value<String> value) {
      return set("NetworkMode", value);
    }

    /**
     * Network mode configuration for VPC
     *
     * <p>CloudFormation property {@code NetworkModeConfig}.
     */
    public NetworkConfiguration networkModeConfig(Value<VpcConfig> value) {
      return set("NetworkModeConfig", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Runtime.PrivateEndpoint}. */
  public static final class PrivateEndpoint extends Struct<PrivateEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Runtime.PrivateEndpoint");

    public PrivateEndpoint() {
      super(SCHEMA);
    }

    /**
     * Managed VPC resource configuration
     *
     * <p>CloudFormation property {@code ManagedVpcResource}.
     */
    public PrivateEndpoint managedVpcResource(Value<ManagedVpcResource> value) {
      return set("ManagedVpcResource", value);
    }

    /**
     * Self-managed VPC Lattice resource configuration
     *
     * <p>CloudFormation property {@code SelfManagedLatticeResource}.
     */
    public PrivateEndpoint selfManagedLatticeResource(Value<SelfManagedLatticeResource> value) {
      return set("SelfManagedLatticeResource", value);
    }
  }

  /**
   * Override mapping of a domain to a private endpoint
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.PrivateEndpointOverride}.
   */
  public static final class PrivateEndpointOverride extends Struct<PrivateEndpointOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.PrivateEndpointOverride")
        .required("Domain", "PrivateEndpoint")
        .constrain("Domain", Constraint.of().minLength(1).maxLength(253))
        .build();

    public PrivateEndpointOverride() {
      super(SCHEMA);
    }

    /**
     * The domain to override
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
     * Private endpoint configuration. Exactly one of SelfManagedLatticeResource or
     * ManagedVpcResource must be specified.
     *
     * <p>Required. CloudFormation property {@code PrivateEndpoint}.
     */
    public PrivateEndpointOverride privateEndpoint(Value<PrivateEndpoint> value) {
      return set("PrivateEndpoint", value);
    }
  }

  /**
   * Configuration for HTTP request headers
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.RequestHeaderConfiguration}.
   */
  public static final class RequestHeaderConfiguration extends Struct<RequestHeaderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.RequestHeaderConfiguration")
        .constrain("RequestHeaderAllowlist", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_-]{0,255}$").minLength(1).maxLength(256))
        .build();

    public RequestHeaderConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of allowed HTTP headers for agent runtime requests
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z][A-Za-z0-9_-]{0,255}$}.
     * CloudFormation property {@code RequestHeaderAllowlist}.
     */
    public RequestHeaderConfiguration requestHeaderAllowlist(List<String> value) {
      return set("RequestHeaderAllowlist", Value.listOf(value));
    }

    /**
     * Sets {@code RequestHeaderAllowlist} to this value; see {@link #requestHeaderAllowlist(List)}.
     */
    public RequestHeaderConfiguration requestHeaderAllowlist(Value<List<String>> value) {
      return set("RequestHeaderAllowlist", value);
    }
  }

  /**
   * Configuration for S3 Files access point filesystem
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.S3FilesAccessPointConfiguration}.
   */
  public static final class S3FilesAccessPointConfiguration extends Struct<S3FilesAccessPointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.S3FilesAccessPointConfiguration")
        .required("AccessPointArn", "MountPath")
        .constrain("AccessPointArn", Constraint.of().pattern("^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$").maxLength(256))
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .build();

    public S3FilesAccessPointConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of the S3 Files access point
     *
     * <p>Required. Length: at most 256 characters. Pattern: {@code
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
     * Mount path for filesystem configuration
     *
     * <p>Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
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
   * S3 Location Configuration
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.S3Location")
        .required("Bucket", "Prefix")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"))
        .constrain("Prefix", Constraint.of().minLength(1).maxLength(1024))
        .constrain("VersionId", Constraint.of().minLength(3).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * S3 bucket name
     *
     * <p>Required. Pattern: {@code ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$}. CloudFormation property
     * {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * S3 object key prefix
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Prefix}.
     */
    public S3Location prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3Location prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * S3 object version ID
     *
     * <p>Length: 3 to 1024 characters. CloudFormation property {@code VersionId}.
     */
    public S3Location versionId(String value) {
      return set("VersionId", Value.of(value));
    }

    /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
    public S3Location versionId(Value<String> value) {
      return set("VersionId", value);
    }
  }

  /**
   * Self-managed VPC Lattice resource configuration
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.SelfManagedLatticeResource}.
   */
  public static final class SelfManagedLatticeResource extends Struct<SelfManagedLatticeResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.SelfManagedLatticeResource")
        .required("ResourceConfigurationIdentifier")
        .build();

    public SelfManagedLatticeResource() {
      super(SCHEMA);
    }

    /**
     * The identifier of the VPC Lattice resource configuration
     *
     * <p>Required. CloudFormation property {@code ResourceConfigurationIdentifier}.
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
   * Configuration for session storage
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.SessionStorageConfiguration}.
   */
  public static final class SessionStorageConfiguration extends Struct<SessionStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.SessionStorageConfiguration")
        .required("MountPath")
        .constrain("MountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9._-]+/?$").minLength(6).maxLength(200))
        .build();

    public SessionStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Mount path for filesystem configuration
     *
     * <p>Required. Length: 6 to 200 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9._-]+/?$}.
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

  /**
   * Network mode configuration for VPC
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.VpcConfig")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Security groups for VPC
     *
     * <p>Required. Pattern: {@code ^sg-[0-9a-zA-Z]{8,17}$}. Format: {@code
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
     * Subnets for VPC
     *
     * <p>Required. Pattern: {@code ^subnet-[0-9a-zA-Z]{8,17}$}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * The workload identity details for the agent.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Runtime.WorkloadIdentityDetails}.
   */
  public static final class WorkloadIdentityDetails extends Struct<WorkloadIdentityDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Runtime.WorkloadIdentityDetails")
        .required("WorkloadIdentityArn")
        .build();

    public WorkloadIdentityDetails() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the workload identity.
     *
     * <p>Required. CloudFormation property {@code WorkloadIdentityArn}.
     */
    public WorkloadIdentityDetails workloadIdentityArn(String value) {
      return set("WorkloadIdentityArn", Value.of(value));
    }

    /** Sets {@code WorkloadIdentityArn} to this value; see {@link #workloadIdentityArn(String)}. */
    public WorkloadIdentityDetails workloadIdentityArn(Value<String> value) {
      return set("WorkloadIdentityArn", value);
    }
  }
}
