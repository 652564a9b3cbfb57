// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DevOpsAgent::Association</code> resource specifies an association between an Agent
 * Space and a service, defining how the Agent Space interacts with external services like GitHub,
 * Slack, AWS accounts, and others.
 *
 * <p>CloudFormation type {@code AWS::DevOpsAgent::Association}.
 */
public final class Association extends Resource<Association> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association")
      .required("AgentSpaceId", "Configuration", "ServiceId")
      .constrain("AgentSpaceId", Constraint.of().minLength(1).maxLength(255))
      .constrain("LinkedAssociationIds", Constraint.of().minLength(1).maxLength(255))
      .constrain("ServiceId", Constraint.of().minLength(1).maxLength(255))
      .attributes("AssociationId", "CreatedAt", "UpdatedAt")
      .build();

  public Association(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the Agent Space.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AgentSpaceId}.
   */
  public Association agentSpaceId(String value) {
    return set("AgentSpaceId", Value.of(value));
  }

  /** Sets {@code AgentSpaceId} to this value; see {@link #agentSpaceId(String)}. */
  public Association agentSpaceId(Value<String> value) {
    return set("AgentSpaceId", value);
  }

  /**
   * The configuration that directs how the Agent Space interacts with the given service. You can
   * specify only one configuration type per association.
   *
   * <p><em>Allowed Values</em> : <code>SourceAws</code> | <code>Aws</code> | <code>GitHub</code> |
   * <code>GitLab</code> | <code>Slack</code> | <code>Dynatrace</code> | <code>ServiceNow</code> |
   * <code>MCPServer</code> | <code>MCPServerNewRelic</code> | <code>MCPServerDatadog</code> |
   * <code>MCPServerSplunk</code> | <code>EventChannel</code>
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public Association configuration(Value<ServiceConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * Set of linked association IDs for parent-child relationships.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code LinkedAssociationIds}.
   */
  public Association linkedAssociationIds(List<String> value) {
    return set("LinkedAssociationIds", Value.listOf(value));
  }

  /** Sets {@code LinkedAssociationIds} to this value; see {@link #linkedAssociationIds(List)}. */
  public Association linkedAssociationIds(Value<List<String>> value) {
    return set("LinkedAssociationIds", value);
  }

  /**
   * The identifier for the associated service. For <code>SourceAws</code> and <code>Aws</code>
   * configurations, this must be <code>aws</code> . For all other service types, this is a UUID
   * generated from the RegisterService command.
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code ServiceId}.
   */
  public Association serviceId(String value) {
    return set("ServiceId", Value.of(value));
  }

  /** Sets {@code ServiceId} to this value; see {@link #serviceId(String)}. */
  public Association serviceId(Value<String> value) {
    return set("ServiceId", value);
  }

  /**
   * The unique identifier of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }

  /**
   * The timestamp when the association was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the association was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration for AWS monitor account integration. Specifies the account ID, assumable role
   * ARN, and resources to be monitored in the primary monitoring account.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.AWSConfiguration}.
   */
  public static final class AWSConfiguration extends Struct<AWSConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.AWSConfiguration")
        .required("AccountId", "AccountType", "AssumableRoleArn")
        .allowed("AccountType", "monitor")
        .build();

    public AWSConfiguration() {
      super(SCHEMA);
    }

    /**
     * Account ID corresponding to the provided resources.
     *
     * <p>Required. CloudFormation property {@code AccountId}.
     */
    public AWSConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public AWSConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * Account Type 'monitor' for AWS DevOps Agent monitoring.
     *
     * <p>Required. Allowed values: {@code monitor}. CloudFormation property {@code AccountType}.
     */
    public AWSConfiguration accountType(String value) {
      return set("AccountType", Value.of(value));
    }

    /** Sets {@code AccountType} to this value; see {@link #accountType(String)}. */
    public AWSConfiguration accountType(Value<String> value) {
      return set("AccountType", value);
    }

    /**
     * Role ARN used by AWS DevOps Agent to access resources in the primary account.
     *
     * <p>Required. CloudFormation property {@code AssumableRoleArn}.
     */
    public AWSConfiguration assumableRoleArn(String value) {
      return set("AssumableRoleArn", Value.of(value));
    }

    /** Sets {@code AssumableRoleArn} to this value; see {@link #assumableRoleArn(String)}. */
    public AWSConfiguration assumableRoleArn(Value<String> value) {
      return set("AssumableRoleArn", value);
    }

    /**
     * List of resources to monitor.
     *
     * <p>CloudFormation property {@code Resources}.
     */
    public AWSConfiguration resources(List<AWSResource> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public AWSConfiguration resources(Value<List<AWSResource>> value) {
      return set("Resources", value);
    }

    /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
    public AWSConfiguration resources(AWSResource... values) {
      return set("Resources", Value.list(values));
    }

    /**
     * List of tags as key-value pairs, used to identify resources for topology crawl.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public AWSConfiguration tags(List<KeyValuePair> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public AWSConfiguration tags(Value<List<KeyValuePair>> value) {
      return set("Tags", value);
    }

    /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
    public AWSConfiguration tags(KeyValuePair... values) {
      return set("Tags", Value.list(values));
    }
  }

  /**
   * Defines an AWS resource to be monitored, including its type, ARN, and optional metadata.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.AWSResource}.
   */
  public static final class AWSResource extends Struct<AWSResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.AWSResource")
        .required("ResourceArn")
        .allowed("ResourceType", "AWS::CloudFormation::Stack", "AWS::ECR::Repository",
            "AWS::S3::Bucket", "AWS::S3::Object")
        .build();

    public AWSResource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource.
     *
     * <p>Required. CloudFormation property {@code ResourceArn}.
     */
    public AWSResource resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public AWSResource resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * Additional metadata specific to the resource. This is an optional JSON object that can
     * include resource-specific information to provide additional context for monitoring and
     * management.
     *
     * <p>CloudFormation property {@code ResourceMetadata}.
     */
    public AWSResource resourceMetadata(Value<Json> value) {
      return set("ResourceMetadata", value);
    }

    /**
     * Resource type.
     *
     * <p>Allowed values: {@code AWS::CloudFormation::Stack}, {@code AWS::ECR::Repository}, {@code
     * AWS::S3::Bucket}, {@code AWS::S3::Object}. CloudFormation property {@code ResourceType}.
     */
    public AWSResource resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public AWSResource resourceType(Value<String> value) {
      return set("ResourceType", value);
    }
  }

  /**
   * Azure subscription integration configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.AzureConfiguration}.
   */
  public static final class AzureConfiguration extends Struct<AzureConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.AzureConfiguration")
        .required("SubscriptionId")
        .build();

    public AzureConfiguration() {
      super(SCHEMA);
    }

    /**
     * Azure subscription ID corresponding to provided resources
     *
     * <p>Required. CloudFormation property {@code SubscriptionId}.
     */
    public AzureConfiguration subscriptionId(String value) {
      return set("SubscriptionId", Value.of(value));
    }

    /** Sets {@code SubscriptionId} to this value; see {@link #subscriptionId(String)}. */
    public AzureConfiguration subscriptionId(Value<String> value) {
      return set("SubscriptionId", value);
    }
  }

  /**
   * Configuration for Dynatrace monitoring integration. Defines the Dynatrace environment ID, list
   * of resources to monitor, and webhook update settings required for the Agent Space to access
   * metrics, traces, and logs from Dynatrace.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.DynatraceConfiguration}.
   */
  public static final class DynatraceConfiguration extends Struct<DynatraceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.DynatraceConfiguration")
        .required("EnvId")
        .build();

    public DynatraceConfiguration() {
      super(SCHEMA);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public DynatraceConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public DynatraceConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * Dynatrace environment id.
     *
     * <p>Required. CloudFormation property {@code EnvId}.
     */
    public DynatraceConfiguration envId(String value) {
      return set("EnvId", Value.of(value));
    }

    /** Sets {@code EnvId} to this value; see {@link #envId(String)}. */
    public DynatraceConfiguration envId(Value<String> value) {
      return set("EnvId", value);
    }

    /**
     * List of Dynatrace resources to monitor.
     *
     * <p>CloudFormation property {@code Resources}.
     */
    public DynatraceConfiguration resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public DynatraceConfiguration resources(Value<List<String>> value) {
      return set("Resources", value);
    }
  }

  /**
   * Configuration for Event Channel integration. Defines webhook update settings to enable the
   * Agent Space to receive real-time event notifications from event channel integrations.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.EventChannelConfiguration}.
   */
  public static final class EventChannelConfiguration extends Struct<EventChannelConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Association.EventChannelConfiguration");

    public EventChannelConfiguration() {
      super(SCHEMA);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public EventChannelConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public EventChannelConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }
  }

  /**
   * Configuration for GitHub repository integration. Defines the repository name, numeric
   * repository ID, owner name, and owner type (user or organization) required for the Agent Space
   * to access and interact with the GitHub repository.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.GitHubConfiguration}.
   */
  public static final class GitHubConfiguration extends Struct<GitHubConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.GitHubConfiguration")
        .required("Owner", "OwnerType", "RepoId", "RepoName")
        .allowed("OwnerType", "organization", "user")
        .build();

    public GitHubConfiguration() {
      super(SCHEMA);
    }

    /**
     * Repository owner.
     *
     * <p>Required. CloudFormation property {@code Owner}.
     */
    public GitHubConfiguration owner(String value) {
      return set("Owner", Value.of(value));
    }

    /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
    public GitHubConfiguration owner(Value<String> value) {
      return set("Owner", value);
    }

    /**
     * Type of repository owner.
     *
     * <p>Required. Allowed values: {@code organization}, {@code user}. CloudFormation property
     * {@code OwnerType}.
     */
    public GitHubConfiguration ownerType(String value) {
      return set("OwnerType", Value.of(value));
    }

    /** Sets {@code OwnerType} to this value; see {@link #ownerType(String)}. */
    public GitHubConfiguration ownerType(Value<String> value) {
      return set("OwnerType", value);
    }

    /**
     * Associated Github repo ID.
     *
     * <p>Required. CloudFormation property {@code RepoId}.
     */
    public GitHubConfiguration repoId(String value) {
      return set("RepoId", Value.of(value));
    }

    /** Sets {@code RepoId} to this value; see {@link #repoId(String)}. */
    public GitHubConfiguration repoId(Value<String> value) {
      return set("RepoId", value);
    }

    /**
     * Associated Github repo name.
     *
     * <p>Required. CloudFormation property {@code RepoName}.
     */
    public GitHubConfiguration repoName(String value) {
      return set("RepoName", Value.of(value));
    }

    /** Sets {@code RepoName} to this value; see {@link #repoName(String)}. */
    public GitHubConfiguration repoName(Value<String> value) {
      return set("RepoName", value);
    }
  }

  /**
   * Configuration for GitLab project integration. Defines the numeric project ID, full project path
   * (namespace/project-name), GitLab instance identifier, and webhook update settings required for
   * the Agent Space to access and interact with the GitLab project.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.GitLabConfiguration}.
   */
  public static final class GitLabConfiguration extends Struct<GitLabConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.GitLabConfiguration")
        .required("ProjectId", "ProjectPath")
        .build();

    public GitLabConfiguration() {
      super(SCHEMA);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public GitLabConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public GitLabConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * GitLab instance identifier (e.g., gitlab.com).
     *
     * <p>CloudFormation property {@code InstanceIdentifier}.
     */
    public GitLabConfiguration instanceIdentifier(String value) {
      return set("InstanceIdentifier", Value.of(value));
    }

    /** Sets {@code InstanceIdentifier} to this value; see {@link #instanceIdentifier(String)}. */
    public GitLabConfiguration instanceIdentifier(Value<String> value) {
      return set("InstanceIdentifier", value);
    }

    /**
     * GitLab numeric project ID.
     *
     * <p>Required. CloudFormation property {@code ProjectId}.
     */
    public GitLabConfiguration projectId(String value) {
      return set("ProjectId", Value.of(value));
    }

    /** Sets {@code ProjectId} to this value; see {@link #projectId(String)}. */
    public GitLabConfiguration projectId(Value<String> value) {
      return set("ProjectId", value);
    }

    /**
     * Full GitLab project path (e.g., namespace/project-name).
     *
     * <p>Required. CloudFormation property {@code ProjectPath}.
     */
    public GitLabConfiguration projectPath(String value) {
      return set("ProjectPath", Value.of(value));
    }

    /** Sets {@code ProjectPath} to this value; see {@link #projectPath(String)}. */
    public GitLabConfiguration projectPath(Value<String> value) {
      return set("ProjectPath", value);
    }
  }

  /**
   * A key-value pair for tags.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.KeyValuePair}.
   */
  public static final class KeyValuePair extends Struct<KeyValuePair> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.KeyValuePair")
        .required("Key", "Value")
        .build();

    public KeyValuePair() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public KeyValuePair key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KeyValuePair key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public KeyValuePair value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeyValuePair value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Configuration for MCP (Model Context Protocol) server integration. Defines the server name,
   * endpoint URL, available tools, optional description, and webhook update settings for custom MCP
   * servers.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.MCPServerConfiguration}.
   */
  public static final class MCPServerConfiguration extends Struct<MCPServerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.MCPServerConfiguration")
        .required("Tools")
        .build();

    public MCPServerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The description of the MCP server.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public MCPServerConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public MCPServerConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * MCP server endpoint URL.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public MCPServerConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The name of the MCP server.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public MCPServerConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * List of MCP tools that can be used with the association.
     *
     * <p>Required. CloudFormation property {@code Tools}.
     */
    public MCPServerConfiguration tools(List<String> value) {
      return set("Tools", Value.listOf(value));
    }

    /** Sets {@code Tools} to this value; see {@link #tools(List)}. */
    public MCPServerConfiguration tools(Value<List<String>> value) {
      return set("Tools", value);
    }
  }

  /**
   * Configuration for Datadog MCP server integration. Defines the server name, endpoint URL,
   * optional description, and webhook update settings.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.MCPServerDatadogConfiguration}.
   */
  public static final class MCPServerDatadogConfiguration extends Struct<MCPServerDatadogConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Association.MCPServerDatadogConfiguration");

    public MCPServerDatadogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The description of the MCP server.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerDatadogConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerDatadogConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public MCPServerDatadogConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public MCPServerDatadogConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * MCP server endpoint URL.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public MCPServerDatadogConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerDatadogConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The name of the MCP server.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public MCPServerDatadogConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerDatadogConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Grafana MCP server configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.MCPServerGrafanaConfiguration}.
   */
  public static final class MCPServerGrafanaConfiguration extends Struct<MCPServerGrafanaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.MCPServerGrafanaConfiguration")
        .required("Endpoint")
        .allowed("Tools", "alerting", "annotations", "asserts", "cloudwatch", "dashboard",
            "datasource", "elasticsearch", "examples", "incident", "loki", "navigation", "oncall",
            "prometheus", "pyroscope", "rendering", "runpanelquery", "search", "searchlogs", "sift")
        .build();

    public MCPServerGrafanaConfiguration() {
      super(SCHEMA);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public MCPServerGrafanaConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public MCPServerGrafanaConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * MCP server endpoint URL
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public MCPServerGrafanaConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerGrafanaConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * List of tool categories to enable for the Grafana MCP server
     *
     * <p>Allowed values: {@code alerting}, {@code annotations}, {@code asserts}, {@code
     * cloudwatch}, {@code dashboard}, {@code datasource}, {@code elasticsearch}, {@code examples},
     * {@code incident}, {@code loki}, {@code navigation}, {@code oncall}, {@code prometheus},
     * {@code pyroscope}, {@code rendering}, {@code runpanelquery}, {@code search}, {@code
     * searchlogs}, {@code sift}. CloudFormation property {@code Tools}.
     */
    public MCPServerGrafanaConfiguration tools(List<String> value) {
      return set("Tools", Value.listOf(value));
    }

    /** Sets {@code Tools} to this value; see {@link #tools(List)}. */
    public MCPServerGrafanaConfiguration tools(Value<List<String>> value) {
      return set("Tools", value);
    }
  }

  /**
   * Configuration for New Relic MCP server integration. Defines the New Relic account ID and MCP
   * server endpoint URL required for the Agent Space to authenticate and query observability data
   * from New Relic.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.MCPServerNewRelicConfiguration}.
   */
  public static final class MCPServerNewRelicConfiguration extends Struct<MCPServerNewRelicConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.MCPServerNewRelicConfiguration")
        .required("AccountId", "Endpoint")
        .build();

    public MCPServerNewRelicConfiguration() {
      super(SCHEMA);
    }

    /**
     * New Relic Account ID.
     *
     * <p>Required. CloudFormation property {@code AccountId}.
     */
    public MCPServerNewRelicConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public MCPServerNewRelicConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * MCP server endpoint URL (e.g., https://mcp.newrelic.com/mcp/).
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public MCPServerNewRelicConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerNewRelicConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }
  }

  /**
   * SigV4-authenticated MCP server configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.MCPServerSigV4Configuration}.
   */
  public static final class MCPServerSigV4Configuration extends Struct<MCPServerSigV4Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.MCPServerSigV4Configuration")
        .required("Tools")
        .build();

    public MCPServerSigV4Configuration() {
      super(SCHEMA);
    }

    /**
     * List of MCP tools available for the association
     *
     * <p>Required. CloudFormation property {@code Tools}.
     */
    public MCPServerSigV4Configuration tools(List<String> value) {
      return set("Tools", Value.listOf(value));
    }

    /** Sets {@code Tools} to this value; see {@link #tools(List)}. */
    public MCPServerSigV4Configuration tools(Value<List<String>> value) {
      return set("Tools", value);
    }
  }

  /**
   * Configuration for Splunk MCP server integration. Defines the server name, endpoint URL,
   * optional description, and webhook update settings.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.MCPServerSplunkConfiguration}.
   */
  public static final class MCPServerSplunkConfiguration extends Struct<MCPServerSplunkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Association.MCPServerSplunkConfiguration");

    public MCPServerSplunkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The description of the MCP server.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MCPServerSplunkConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MCPServerSplunkConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public MCPServerSplunkConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public MCPServerSplunkConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * MCP server endpoint URL.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public MCPServerSplunkConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MCPServerSplunkConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The name of the MCP server.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public MCPServerSplunkConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MCPServerSplunkConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * PagerDuty integration configuration
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.PagerDutyConfiguration}.
   */
  public static final class PagerDutyConfiguration extends Struct<PagerDutyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.PagerDutyConfiguration")
        .required("CustomerEmail", "Services")
        .build();

    public PagerDutyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Email to be used in PagerDuty API header
     *
     * <p>Required. CloudFormation property {@code CustomerEmail}.
     */
    public PagerDutyConfiguration customerEmail(String value) {
      return set("CustomerEmail", Value.of(value));
    }

    /** Sets {@code CustomerEmail} to this value; see {@link #customerEmail(String)}. */
    public PagerDutyConfiguration customerEmail(Value<String> value) {
      return set("CustomerEmail", value);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public PagerDutyConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public PagerDutyConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * List of PagerDuty service IDs available for the association
     *
     * <p>Required. CloudFormation property {@code Services}.
     */
    public PagerDutyConfiguration services(List<String> value) {
      return set("Services", Value.listOf(value));
    }

    /** Sets {@code Services} to this value; see {@link #services(List)}. */
    public PagerDutyConfiguration services(Value<List<String>> value) {
      return set("Services", value);
    }
  }

  /**
   * The configuration that directs how Agent Space interacts with the given service. You can
   * specify only one configuration type per association.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.ServiceConfiguration}.
   */
  public static final class ServiceConfiguration extends Struct<ServiceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Association.ServiceConfiguration");

    public ServiceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for AWS monitor account integration. Specifies the account ID, assumable role
     * ARN, and resources to be monitored in the primary monitoring account.
     *
     * <p>CloudFormation property {@code Aws}.
     */
    public ServiceConfiguration aws(Value<AWSConfiguration> value) {
      return set("Aws", value);
    }

    /**
     * Azure subscription integration configuration
     *
     * <p>CloudFormation property {@code Azure}.
     */
    public ServiceConfiguration azure(Value<AzureConfiguration> value) {
      return set("Azure", value);
    }

    /**
     * Configuration for Dynatrace monitoring integration. Specifies the environment ID, resources
     * to monitor, and webhook settings to enable the Agent Space to access Dynatrace metrics,
     * traces, and logs.
     *
     * <p>CloudFormation property {@code Dynatrace}.
     */
    public ServiceConfiguration dynatrace(Value<DynatraceConfiguration> value) {
      return set("Dynatrace", value);
    }

    /**
     * Configuration for Event Channel integration. Specifies webhook settings to enable the Agent
     * Space to receive and process real-time events from external systems.
     *
     * <p>CloudFormation property {@code EventChannel}.
     */
    public ServiceConfiguration eventChannel(Value<EventChannelConfiguration> value) {
      return set("EventChannel", value);
    }

    /**
     * Configuration for GitHub repository integration. Specifies the repository name, repository
     * ID, owner, and owner type to enable the Agent Space to access code, pull requests, and
     * issues.
     *
     * <p>CloudFormation property {@code GitHub}.
     */
    public ServiceConfiguration gitHub(Value<GitHubConfiguration> value) {
      return set("GitHub", value);
    }

    /**
     * Configuration for GitLab project integration. Specifies the project ID, project path,
     * instance identifier, and webhook settings to enable the Agent Space to access code, merge
     * requests, and issues.
     *
     * <p>CloudFormation property {@code GitLab}.
     */
    public ServiceConfiguration gitLab(Value<GitLabConfiguration> value) {
      return set("GitLab", value);
    }

    /**
     * Configuration for custom MCP (Model Context Protocol) server integration. Specifies the
     * server name, endpoint URL, available tools, description, and webhook settings to enable the
     * Agent Space to interact with custom MCP servers.
     *
     * <p>CloudFormation property {@code MCPServer}.
     */
    public ServiceConfiguration mcpServer(Value<MCPServerConfiguration> value) {
      return set("MCPServer", value);
    }

    /**
     * Configuration for Datadog MCP server integration. Specifies the server name, endpoint URL,
     * optional description, and webhook settings to enable the Agent Space to query metrics,
     * traces, and logs from Datadog.
     *
     * <p>CloudFormation property {@code MCPServerDatadog}.
     */
    public ServiceConfiguration mcpServerDatadog(Value<MCPServerDatadogConfiguration> value) {
      return set("MCPServerDatadog", value);
    }

    /**
     * Grafana MCP server configuration
     *
     * <p>CloudFormation property {@code MCPServerGrafana}.
     */
    public ServiceConfiguration mcpServerGrafana(Value<MCPServerGrafanaConfiguration> value) {
      return set("MCPServerGrafana", value);
    }

    /**
     * Configuration for New Relic MCP server integration. Specifies the New Relic account ID and
     * MCP endpoint URL to enable the Agent Space to query metrics, traces, and logs from New Relic.
     *
     * <p>CloudFormation property {@code MCPServerNewRelic}.
     */
    public ServiceConfiguration mcpServerNewRelic(Value<MCPServerNewRelicConfiguration> value) {
      return set("MCPServerNewRelic", value);
    }

    /**
     * SigV4-authenticated MCP server configuration
     *
     * <p>CloudFormation property {@code MCPServerSigV4}.
     */
    public ServiceConfiguration mcpServerSigV4(Value<MCPServerSigV4Configuration> value) {
      return set("MCPServerSigV4", value);
    }

    /**
     * Configuration for Splunk MCP server integration. Specifies the server name, endpoint URL,
     * optional description, and webhook settings to enable the Agent Space to query logs, metrics,
     * and events from Splunk.
     *
     * <p>CloudFormation property {@code MCPServerSplunk}.
     */
    public ServiceConfiguration mcpServerSplunk(Value<MCPServerSplunkConfiguration> value) {
      return set("MCPServerSplunk", value);
    }

    /**
     * PagerDuty integration configuration
     *
     * <p>CloudFormation property {@code PagerDuty}.
     */
    public ServiceConfiguration pagerDuty(Value<PagerDutyConfiguration> value) {
      return set("PagerDuty", value);
    }

    /**
     * Configuration for ServiceNow instance integration. Specifies the instance URL, instance ID,
     * and webhook settings to enable the Agent Space to create, update, and manage ServiceNow
     * incidents and change requests.
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public ServiceConfiguration serviceNow(Value<ServiceNowConfiguration> value) {
      return set("ServiceNow", value);
    }

    /**
     * Configuration for Slack workspace integration. Specifies the workspace ID, workspace name,
     * and transmission targets to enable the Agent Space to send notifications to designated Slack
     * channels.
     *
     * <p>CloudFormation property {@code Slack}.
     */
    public ServiceConfiguration slack(Value<SlackConfiguration> value) {
      return set("Slack", value);
    }

    /**
     * Configuration for AWS source account integration. Specifies the account ID, assumable role
     * ARN, and resources to be monitored in the source account.
     *
     * <p>CloudFormation property {@code SourceAws}.
     */
    public ServiceConfiguration sourceAws(Value<SourceAwsConfiguration> value) {
      return set("SourceAws", value);
    }
  }

  /**
   * Configuration for ServiceNow integration. Defines the ServiceNow instance URL, instance ID, and
   * webhook update settings required for the Agent Space to create, update, and manage incidents
   * and change requests.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.ServiceNowConfiguration}.
   */
  public static final class ServiceNowConfiguration extends Struct<ServiceNowConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::Association.ServiceNowConfiguration");

    public ServiceNowConfiguration() {
      super(SCHEMA);
    }

    /**
     * When set to true, enables the Agent Space to create and update webhooks for receiving
     * notifications and events from the service.
     *
     * <p>CloudFormation property {@code EnableWebhookUpdates}.
     */
    public ServiceNowConfiguration enableWebhookUpdates(boolean value) {
      return set("EnableWebhookUpdates", Value.of(value));
    }

    /**
     * Sets {@code EnableWebhookUpdates} to this value; see {@link #enableWebhookUpdates(boolean)}.
     */
    public ServiceNowConfiguration enableWebhookUpdates(Value<Boolean> value) {
      return set("EnableWebhookUpdates", value);
    }

    /**
     * ServiceNow instance ID.
     *
     * <p>CloudFormation property {@code InstanceId}.
     */
    public ServiceNowConfiguration instanceId(String value) {
      return set("InstanceId", Value.of(value));
    }

    /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
    public ServiceNowConfiguration instanceId(Value<String> value) {
      return set("InstanceId", value);
    }
  }

  /**
   * Represents a Slack channel with its unique identifier and optional display name.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.SlackChannel}.
   */
  public static final class SlackChannel extends Struct<SlackChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.SlackChannel")
        .required("ChannelId")
        .build();

    public SlackChannel() {
      super(SCHEMA);
    }

    /**
     * Slack channel ID.
     *
     * <p>Required. CloudFormation property {@code ChannelId}.
     */
    public SlackChannel channelId(String value) {
      return set("ChannelId", Value.of(value));
    }

    /** Sets {@code ChannelId} to this value; see {@link #channelId(String)}. */
    public SlackChannel channelId(Value<String> value) {
      return set("ChannelId", value);
    }

    /**
     * Slack channel name.
     *
     * <p>CloudFormation property {@code ChannelName}.
     */
    public SlackChannel channelName(String value) {
      return set("ChannelName", Value.of(value));
    }

    /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
    public SlackChannel channelName(Value<String> value) {
      return set("ChannelName", value);
    }
  }

  /**
   * Configuration for Slack workspace integration. Defines the workspace ID, workspace name, and
   * transmission targets that specify which Slack channels receive notifications.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.SlackConfiguration}.
   */
  public static final class SlackConfiguration extends Struct<SlackConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.SlackConfiguration")
        .required("TransmissionTarget", "WorkspaceId", "WorkspaceName")
        .build();

    public SlackConfiguration() {
      super(SCHEMA);
    }

    /**
     * Transmission targets for agent notifications.
     *
     * <p>Required. CloudFormation property {@code TransmissionTarget}.
     */
    public SlackConfiguration transmissionTarget(Value<SlackTransmissionTarget> value) {
      return set("TransmissionTarget", value);
    }

    /**
     * Associated Slack workspace ID.
     *
     * <p>Required. CloudFormation property {@code WorkspaceId}.
     */
    public SlackConfiguration workspaceId(String value) {
      return set("WorkspaceId", Value.of(value));
    }

    /** Sets {@code WorkspaceId} to this value; see {@link #workspaceId(String)}. */
    public SlackConfiguration workspaceId(Value<String> value) {
      return set("WorkspaceId", value);
    }

    /**
     * Associated Slack workspace name.
     *
     * <p>Required. CloudFormation property {@code WorkspaceName}.
     */
    public SlackConfiguration workspaceName(String value) {
      return set("WorkspaceName", Value.of(value));
    }

    /** Sets {@code WorkspaceName} to this value; see {@link #workspaceName(String)}. */
    public SlackConfiguration workspaceName(Value<String> value) {
      return set("WorkspaceName", value);
    }
  }

  /**
   * Defines the Slack channels where different types of agent notifications will be sent.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.SlackTransmissionTarget}.
   */
  public static final class SlackTransmissionTarget extends Struct<SlackTransmissionTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.SlackTransmissionTarget")
        .required("IncidentResponseTarget")
        .build();

    public SlackTransmissionTarget() {
      super(SCHEMA);
    }

    /**
     * Destination for AWS DevOps Agent Incident Response.
     *
     * <p>Required. CloudFormation property {@code IncidentResponseTarget}.
     */
    public SlackTransmissionTarget incidentResponseTarget(Value<SlackChannel> value) {
      return set("IncidentResponseTarget", value);
    }
  }

  /**
   * Configuration for AWS source account integration. Specifies the account ID, assumable role ARN,
   * and resources to be monitored in the source account.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Association.SourceAwsConfiguration}.
   */
  public static final class SourceAwsConfiguration extends Struct<SourceAwsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Association.SourceAwsConfiguration")
        .required("AccountId", "AccountType", "AssumableRoleArn")
        .allowed("AccountType", "source")
        .build();

    public SourceAwsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Account ID corresponding to the provided resources.
     *
     * <p>Required. CloudFormation property {@code AccountId}.
     */
    public SourceAwsConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public SourceAwsConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * Account Type 'source' for AWS DevOps Agent monitoring.
     *
     * <p>Required. Allowed values: {@code source}. CloudFormation property {@code AccountType}.
     */
    public SourceAwsConfiguration accountType(String value) {
      return set("AccountType", Value.of(value));
    }

    /** Sets {@code AccountType} to this value; see {@link #accountType(String)}. */
    public SourceAwsConfiguration accountType(Value<String> value) {
      return set("AccountType", value);
    }

    /**
     * Role ARN to be assumed by AWS DevOps Agent to operate on behalf of customer.
     *
     * <p>Required. CloudFormation property {@code AssumableRoleArn}.
     */
    public SourceAwsConfiguration assumableRoleArn(String value) {
      return set("AssumableRoleArn", Value.of(value));
    }

    /** Sets {@code AssumableRoleArn} to this value; see {@link #assumableRoleArn(String)}. */
    public SourceAwsConfiguration assumableRoleArn(Value<String> value) {
      return set("AssumableRoleArn", value);
    }

    /**
     * List of resources to monitor.
     *
     * <p>CloudFormation property {@code Resources}.
     */
    public SourceAwsConfiguration resources(List<AWSResource> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public SourceAwsConfiguration resources(Value<List<AWSResource>> value) {
      return set("Resources", value);
    }

    /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
    public SourceAwsConfiguration resources(AWSResource... values) {
      return set("Resources", Value.list(values));
    }

    /**
     * List of tags as key-value pairs, used to identify resources for topology crawl.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public SourceAwsConfiguration tags(List<KeyValuePair> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public SourceAwsConfiguration tags(Value<List<KeyValuePair>> value) {
      return set("Tags", value);
    }

    /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
    public SourceAwsConfiguration tags(KeyValuePair... values) {
      return set("Tags", Value.list(values));
    }
  }
}
