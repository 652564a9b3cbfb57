// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.agentregistry;

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
 * Definition of AWS::AgentRegistry::RegistryRecord Resource Type
 *
 * <p>CloudFormation type {@code AWS::AgentRegistry::RegistryRecord}.
 */
public final class RegistryRecord extends Resource<RegistryRecord> {
  private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord")
      .required("Descriptors", "Name", "RecordType")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4096))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_\\-\\.\\/]*$").minLength(1).maxLength(255))
      .allowed("RecordType", "MCP", "AGENT", "SKILL", "CUSTOM", "GATEWAY")
      .constrain("RecordVersion", Constraint.of().pattern("^[a-zA-Z0-9.-]+$").minLength(1).maxLength(255))
      .constrain("RegistryId", Constraint.of().pattern("^(arn:aws(-[^:]+)?:agent-registry:[a-z0-9-]+:[0-9]{12}:registry/)?[a-zA-Z0-9]{12,16}$").minLength(1).maxLength(2048))
      .refYields("RecordArn")
      .attributes("CreatedAt", "CreatedBy", "RecordArn", "RecordId", "RegistryArn", "Status",
          "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RegistryRecord(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the registry record.
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code Description}.
   */
  public RegistryRecord description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RegistryRecord description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The typed set of descriptors for a registry record. Exactly one descriptor field is populated
   * based on the record type.
   *
   * <p>Required. CloudFormation property {@code Descriptors}.
   */
  public RegistryRecord descriptors(Value<Descriptors> value) {
    return set("Descriptors", value);
  }

  /**
   * The human-readable display name of the registry record.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code DisplayName}.
   */
  public RegistryRecord displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public RegistryRecord displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the registry record.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_&#92;-&#92;.&#92;/]*$}. CloudFormation property {@code Name}.
   */
  public RegistryRecord name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RegistryRecord name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The type of the registry record.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code MCP}, {@code AGENT},
   * {@code SKILL}, {@code CUSTOM}, {@code GATEWAY}. CloudFormation property {@code RecordType}.
   */
  public RegistryRecord recordType(String value) {
    return set("RecordType", Value.of(value));
  }

  /** Sets {@code RecordType} to this value; see {@link #recordType(String)}. */
  public RegistryRecord recordType(Value<String> value) {
    return set("RecordType", value);
  }

  /**
   * The version of the registry record.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9.-]+$}. CloudFormation property
   * {@code RecordVersion}.
   */
  public RegistryRecord recordVersion(String value) {
    return set("RecordVersion", Value.of(value));
  }

  /** Sets {@code RecordVersion} to this value; see {@link #recordVersion(String)}. */
  public RegistryRecord recordVersion(Value<String> value) {
    return set("RecordVersion", value);
  }

  /**
   * The identifier of the registry in which to create the record. You can specify either the
   * registry ID or the registry Amazon Resource Name (ARN). Use the ARN form to reference a
   * registry shared from another account via AWS Resource Access Manager (RAM).
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^(arn:aws(-[^:]+)?:agent-registry:[a-z0-9-]+:[0-9]{12}:registry/)?[a-zA-Z0-9]{12,16}$}.
   * CloudFormation property {@code RegistryId}.
   */
  public RegistryRecord registryId(String value) {
    return set("RegistryId", Value.of(value));
  }

  /** Sets {@code RegistryId} to this value; see {@link #registryId(String)}. */
  public RegistryRecord registryId(Value<String> value) {
    return set("RegistryId", value);
  }

  /**
   * Tags to assign to the registry record.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RegistryRecord tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RegistryRecord tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RegistryRecord tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the registry record was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the AWS account that created the registry record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The Amazon Resource Name (ARN) of the registry record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RecordArn}.
   */
  public Value<String> recordArn() {
    return getAtt("RecordArn");
  }

  /**
   * The unique identifier of the registry record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RecordId}.
   */
  public Value<String> recordId() {
    return getAtt("RecordId");
  }

  /**
   * The Amazon Resource Name (ARN) of the registry containing the record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryArn}.
   */
  public Value<String> registryArn() {
    return getAtt("RegistryArn");
  }

  /**
   * The lifecycle status of the registry record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the registry record was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The A2A agent card descriptor, populated when the record type is AGENT.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.A2aAgentCardDescriptor}.
   */
  public static final class A2aAgentCardDescriptor extends Struct<A2aAgentCardDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.A2aAgentCardDescriptor")
        .constrain("Data", Constraint.of().minLength(1).maxLength(102400))
        .constrain("DataSchemaVersion", Constraint.of().minLength(1).maxLength(255))
        .build();

    public A2aAgentCardDescriptor() {
      super(SCHEMA);
    }

    /**
     * Descriptor payload data.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code Data}.
     */
    public A2aAgentCardDescriptor data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public A2aAgentCardDescriptor data(Value<String> value) {
      return set("Data", value);
    }

    /**
     * Version of the descriptor type schema.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DataSchemaVersion}.
     */
    public A2aAgentCardDescriptor dataSchemaVersion(String value) {
      return set("DataSchemaVersion", Value.of(value));
    }

    /** Sets {@code DataSchemaVersion} to this value; see {@link #dataSchemaVersion(String)}. */
    public A2aAgentCardDescriptor dataSchemaVersion(Value<String> value) {
      return set("DataSchemaVersion", value);
    }

    /**
     * The source configuration that defines where descriptor content is retrieved from.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public A2aAgentCardDescriptor source(Value<DescriptorSource> value) {
      return set("Source", value);
    }
  }

  /**
   * The AG-UI (Agent-User Interaction) descriptor, populated for records detected from an AG-UI
   * protocol source. This descriptor is source-only: its content is synchronized from the
   * configured source URL rather than supplied inline.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.AgUiDescriptor}.
   */
  public static final class AgUiDescriptor extends Struct<AgUiDescriptor> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.AgUiDescriptor");

    public AgUiDescriptor() {
      super(SCHEMA);
    }

    /**
     * Source configuration for a source-only descriptor. Unlike mcpServer/a2aAgentCard sources,
     * source-only descriptors do not support credential providers.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public AgUiDescriptor source(Value<SourceOnlyDescriptorSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Additional data associated with an agent skills definition descriptor.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.AgentSkillsAdditionalData}.
   */
  public static final class AgentSkillsAdditionalData extends Struct<AgentSkillsAdditionalData> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.AgentSkillsAdditionalData");

    public AgentSkillsAdditionalData() {
      super(SCHEMA);
    }

    /**
     * Markdown-format descriptor containing an agent skills document.
     *
     * <p>CloudFormation property {@code SkillMd}.
     */
    public AgentSkillsAdditionalData skillMd(Value<AgentSkillsMdDescriptor> value) {
      return set("SkillMd", value);
    }
  }

  /**
   * The agent skills definition descriptor, populated when the record type is SKILL.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.AgentSkillsDefinitionDescriptor}.
   */
  public static final class AgentSkillsDefinitionDescriptor extends Struct<AgentSkillsDefinitionDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.AgentSkillsDefinitionDescriptor")
        .constrain("Data", Constraint.of().minLength(1).maxLength(102400))
        .constrain("DataSchemaVersion", Constraint.of().minLength(1).maxLength(255))
        .build();

    public AgentSkillsDefinitionDescriptor() {
      super(SCHEMA);
    }

    /**
     * Additional data associated with an agent skills definition descriptor.
     *
     * <p>CloudFormation property {@code AdditionalData}.
     */
    public AgentSkillsDefinitionDescriptor additionalData(Value<AgentSkillsAdditionalData> value) {
      return set("AdditionalData", value);
    }

    /**
     * Descriptor payload data.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code Data}.
     */
    public AgentSkillsDefinitionDescriptor data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public AgentSkillsDefinitionDescriptor data(Value<String> value) {
      return set("Data", value);
    }

    /**
     * Version of the descriptor type schema.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DataSchemaVersion}.
     */
    public AgentSkillsDefinitionDescriptor dataSchemaVersion(String value) {
      return set("DataSchemaVersion", Value.of(value));
    }

    /** Sets {@code DataSchemaVersion} to this value; see {@link #dataSchemaVersion(String)}. */
    public AgentSkillsDefinitionDescriptor dataSchemaVersion(Value<String> value) {
      return set("DataSchemaVersion", value);
    }
  }

  /**
   * Markdown-format descriptor containing an agent skills document.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.AgentSkillsMdDescriptor}.
   */
  public static final class AgentSkillsMdDescriptor extends Struct<AgentSkillsMdDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.AgentSkillsMdDescriptor")
        .constrain("Data", Constraint.of().minLength(1).maxLength(102400))
        .constrain("DataSchemaVersion", Constraint.of().minLength(1).maxLength(255))
        .build();

    public AgentSkillsMdDescriptor() {
      super(SCHEMA);
    }

    /**
     * Descriptor payload data.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code Data}.
     */
    public AgentSkillsMdDescriptor data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public AgentSkillsMdDescriptor data(Value<String> value) {
      return set("Data", value);
    }

    /**
     * Version of the descriptor type schema.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DataSchemaVersion}.
     */
    public AgentSkillsMdDescriptor dataSchemaVersion(String value) {
      return set("DataSchemaVersion", Value.of(value));
    }

    /** Sets {@code DataSchemaVersion} to this value; see {@link #dataSchemaVersion(String)}. */
    public AgentSkillsMdDescriptor dataSchemaVersion(Value<String> value) {
      return set("DataSchemaVersion", value);
    }

    /**
     * Source configuration for a SkillMd document. Unlike MCP/A2A sources, SkillMd does not support
     * credential providers.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public AgentSkillsMdDescriptor source(Value<SkillMdSource> value) {
      return set("Source", value);
    }
  }

  /**
   * The custom descriptor, populated when the record type is CUSTOM.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.CustomDescriptor}.
   */
  public static final class CustomDescriptor extends Struct<CustomDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.CustomDescriptor")
        .constrain("Data", Constraint.of().minLength(1).maxLength(102400))
        .build();

    public CustomDescriptor() {
      super(SCHEMA);
    }

    /**
     * Descriptor payload data.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code Data}.
     */
    public CustomDescriptor data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public CustomDescriptor data(Value<String> value) {
      return set("Data", value);
    }
  }

  /**
   * The source configuration that defines where descriptor content is retrieved from.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.DescriptorSource}.
   */
  public static final class DescriptorSource extends Struct<DescriptorSource> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.DescriptorSource");

    public DescriptorSource() {
      super(SCHEMA);
    }

    /**
     * URL-based descriptor source configuration, with credential provider configurations for
     * authenticated URL retrieval.
     *
     * <p>CloudFormation property {@code FromUrl}.
     */
    public DescriptorSource fromUrl(Value<DescriptorSourceFromUrl> value) {
      return set("FromUrl", value);
    }
  }

  /**
   * URL-based descriptor source configuration, with credential provider configurations for
   * authenticated URL retrieval.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.DescriptorSourceFromUrl}.
   */
  public static final class DescriptorSourceFromUrl extends Struct<DescriptorSourceFromUrl> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.DescriptorSourceFromUrl")
        .required("Url")
        .constrain("Url", Constraint.of().pattern("^https://.*$").minLength(1).maxLength(2048))
        .build();

    public DescriptorSourceFromUrl() {
      super(SCHEMA);
    }

    /**
     * The credential providers used to authenticate when fetching descriptor content from the
     * source URL.
     *
     * <p>CloudFormation property {@code CredentialProviderConfigurations}.
     */
    public DescriptorSourceFromUrl credentialProviderConfigurations(List<RegistryRecordCredentialProviderConfiguration> value) {
      return set("CredentialProviderConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code CredentialProviderConfigurations} to this value; see {@link
     * #credentialProviderConfigurations(List)}.
     */
    public DescriptorSourceFromUrl credentialProviderConfigurations(Value<List<RegistryRecordCredentialProviderConfiguration>> value) {
      return set("CredentialProviderConfigurations", value);
    }

    /**
     * Sets {@code CredentialProviderConfigurations} to a list of these; see {@link
     * #credentialProviderConfigurations(List)}.
     */
    public DescriptorSourceFromUrl credentialProviderConfigurations(RegistryRecordCredentialProviderConfiguration... values) {
      return set("CredentialProviderConfigurations", Value.list(values));
    }

    /**
     * URL source for descriptor content.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code Url}.
     */
    public DescriptorSourceFromUrl url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public DescriptorSourceFromUrl url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * The typed set of descriptors for a registry record. Exactly one descriptor field is populated
   * based on the record type.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.Descriptors}.
   */
  public static final class Descriptors extends Struct<Descriptors> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.Descriptors");

    public Descriptors() {
      super(SCHEMA);
    }

    /**
     * The A2A agent card descriptor, populated when the record type is AGENT.
     *
     * <p>CloudFormation property {@code A2aAgentCard}.
     */
    public Descriptors a2aAgentCard(Value<A2aAgentCardDescriptor> value) {
      return set("A2aAgentCard", value);
    }

    /**
     * The agent skills definition descriptor, populated when the record type is SKILL.
     *
     * <p>CloudFormation property {@code AgentSkillsDefinition}.
     */
    public Descriptors agentSkillsDefinition(Value<AgentSkillsDefinitionDescriptor> value) {
      return set("AgentSkillsDefinition", value);
    }

    /**
     * The AG-UI (Agent-User Interaction) descriptor, populated for records detected from an AG-UI
     * protocol source. This descriptor is source-only: its content is synchronized from the
     * configured source URL rather than supplied inline.
     *
     * <p>CloudFormation property {@code Agui}.
     */
    public Descriptors agui(Value<AgUiDescriptor> value) {
      return set("Agui", value);
    }

    /**
     * The custom descriptor, populated when the record type is CUSTOM.
     *
     * <p>CloudFormation property {@code Custom}.
     */
    public Descriptors custom(Value<CustomDescriptor> value) {
      return set("Custom", value);
    }

    /**
     * The HTTP descriptor, populated for records detected from an HTTP protocol source. This
     * descriptor is source-only: its content is synchronized from the configured source URL rather
     * than supplied inline.
     *
     * <p>CloudFormation property {@code Http}.
     */
    public Descriptors http(Value<HttpDescriptor> value) {
      return set("Http", value);
    }

    /**
     * The MCP server descriptor, populated when the record type is MCP.
     *
     * <p>CloudFormation property {@code McpServer}.
     */
    public Descriptors mcpServer(Value<McpServerDescriptor> value) {
      return set("McpServer", value);
    }
  }

  /**
   * The HTTP descriptor, populated for records detected from an HTTP protocol source. This
   * descriptor is source-only: its content is synchronized from the configured source URL rather
   * than supplied inline.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.HttpDescriptor}.
   */
  public static final class HttpDescriptor extends Struct<HttpDescriptor> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.HttpDescriptor");

    public HttpDescriptor() {
      super(SCHEMA);
    }

    /**
     * Source configuration for a source-only descriptor. Unlike mcpServer/a2aAgentCard sources,
     * source-only descriptors do not support credential providers.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public HttpDescriptor source(Value<SourceOnlyDescriptorSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Additional data associated with an MCP server descriptor.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.McpServerAdditionalData}.
   */
  public static final class McpServerAdditionalData extends Struct<McpServerAdditionalData> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.McpServerAdditionalData");

    public McpServerAdditionalData() {
      super(SCHEMA);
    }

    /**
     * The MCP tools descriptor.
     *
     * <p>CloudFormation property {@code Tools}.
     */
    public McpServerAdditionalData tools(Value<McpToolsDescriptor> value) {
      return set("Tools", value);
    }
  }

  /**
   * The MCP server descriptor, populated when the record type is MCP.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.McpServerDescriptor}.
   */
  public static final class McpServerDescriptor extends Struct<McpServerDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.McpServerDescriptor")
        .constrain("Data", Constraint.of().minLength(1).maxLength(102400))
        .constrain("DataSchemaVersion", Constraint.of().minLength(1).maxLength(255))
        .build();

    public McpServerDescriptor() {
      super(SCHEMA);
    }

    /**
     * Additional data associated with an MCP server descriptor.
     *
     * <p>CloudFormation property {@code AdditionalData}.
     */
    public McpServerDescriptor additionalData(Value<McpServerAdditionalData> value) {
      return set("AdditionalData", value);
    }

    /**
     * Descriptor payload data.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code Data}.
     */
    public McpServerDescriptor data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public McpServerDescriptor data(Value<String> value) {
      return set("Data", value);
    }

    /**
     * Version of the descriptor type schema.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DataSchemaVersion}.
     */
    public McpServerDescriptor dataSchemaVersion(String value) {
      return set("DataSchemaVersion", Value.of(value));
    }

    /** Sets {@code DataSchemaVersion} to this value; see {@link #dataSchemaVersion(String)}. */
    public McpServerDescriptor dataSchemaVersion(Value<String> value) {
      return set("DataSchemaVersion", value);
    }

    /**
     * The source configuration that defines where descriptor content is retrieved from.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public McpServerDescriptor source(Value<DescriptorSource> value) {
      return set("Source", value);
    }
  }

  /**
   * The MCP tools descriptor.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.McpToolsDescriptor}.
   */
  public static final class McpToolsDescriptor extends Struct<McpToolsDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.McpToolsDescriptor")
        .constrain("Data", Constraint.of().minLength(1).maxLength(102400))
        .constrain("DataSchemaVersion", Constraint.of().minLength(1).maxLength(255))
        .build();

    public McpToolsDescriptor() {
      super(SCHEMA);
    }

    /**
     * Descriptor payload data.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code Data}.
     */
    public McpToolsDescriptor data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public McpToolsDescriptor data(Value<String> value) {
      return set("Data", value);
    }

    /**
     * Version of the tools descriptor schema.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DataSchemaVersion}.
     */
    public McpToolsDescriptor dataSchemaVersion(String value) {
      return set("DataSchemaVersion", Value.of(value));
    }

    /** Sets {@code DataSchemaVersion} to this value; see {@link #dataSchemaVersion(String)}. */
    public McpToolsDescriptor dataSchemaVersion(Value<String> value) {
      return set("DataSchemaVersion", value);
    }
  }

  /**
   * A credential provider configuration used for authenticated descriptor retrieval.
   *
   * <p>Property type {@code
   * AWS::AgentRegistry::RegistryRecord.RegistryRecordCredentialProviderConfiguration}.
   */
  public static final class RegistryRecordCredentialProviderConfiguration extends Struct<RegistryRecordCredentialProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.RegistryRecordCredentialProviderConfiguration")
        .required("CredentialProvider", "CredentialProviderType")
        .allowed("CredentialProviderType", "OAUTH", "IAM")
        .build();

    public RegistryRecordCredentialProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The credential provider details. Specify exactly one member.
     *
     * <p>Required. CloudFormation property {@code CredentialProvider}.
     */
    public RegistryRecordCredentialProviderConfiguration credentialProvider(Value<RegistryRecordCredentialProviderUnion> value) {
      return set("CredentialProvider", value);
    }

    /**
     * Required. Allowed values: {@code OAUTH}, {@code IAM}. CloudFormation property {@code
     * CredentialProviderType}.
     */
    public RegistryRecordCredentialProviderConfiguration credentialProviderType(String value) {
      return set("CredentialProviderType", Value.of(value));
    }

    /**
     * Sets {@code CredentialProviderType} to this value; see {@link
     * #credentialProviderType(String)}.
     */
    public RegistryRecordCredentialProviderConfiguration credentialProviderType(Value<String> value) {
      return set("CredentialProviderType", value);
    }
  }

  /**
   * The credential provider details. Specify exactly one member.
   *
   * <p>Property type {@code
   * AWS::AgentRegistry::RegistryRecord.RegistryRecordCredentialProviderUnion}.
   */
  public static final class RegistryRecordCredentialProviderUnion extends Struct<RegistryRecordCredentialProviderUnion> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.RegistryRecordCredentialProviderUnion");

    public RegistryRecordCredentialProviderUnion() {
      super(SCHEMA);
    }

    /**
     * IAM credential provider configuration.
     *
     * <p>CloudFormation property {@code IamCredentialProvider}.
     */
    public RegistryRecordCredentialProviderUnion iamCredentialProvider(Value<RegistryRecordIamCredentialProvider> value) {
      return set("IamCredentialProvider", value);
    }

    /**
     * OAuth credential provider configuration.
     *
     * <p>CloudFormation property {@code OauthCredentialProvider}.
     */
    public RegistryRecordCredentialProviderUnion oauthCredentialProvider(Value<RegistryRecordOAuthCredentialProvider> value) {
      return set("OauthCredentialProvider", value);
    }
  }

  /**
   * IAM credential provider configuration.
   *
   * <p>Property type {@code
   * AWS::AgentRegistry::RegistryRecord.RegistryRecordIamCredentialProvider}.
   */
  public static final class RegistryRecordIamCredentialProvider extends Struct<RegistryRecordIamCredentialProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.RegistryRecordIamCredentialProvider")
        .constrain("Region", Constraint.of().pattern("^[a-z0-9-]+$").minLength(1).maxLength(64))
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("Service", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .build();

    public RegistryRecordIamCredentialProvider() {
      super(SCHEMA);
    }

    /**
     * The SigV4 signing region.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-z0-9-]+$}. CloudFormation property {@code
     * Region}.
     */
    public RegistryRecordIamCredentialProvider region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RegistryRecordIamCredentialProvider region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The ARN of the IAM role.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public RegistryRecordIamCredentialProvider roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RegistryRecordIamCredentialProvider roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The SigV4 signing service name.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code Service}.
     */
    public RegistryRecordIamCredentialProvider service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public RegistryRecordIamCredentialProvider service(Value<String> value) {
      return set("Service", value);
    }
  }

  /**
   * OAuth credential provider configuration.
   *
   * <p>Property type {@code
   * AWS::AgentRegistry::RegistryRecord.RegistryRecordOAuthCredentialProvider}.
   */
  public static final class RegistryRecordOAuthCredentialProvider extends Struct<RegistryRecordOAuthCredentialProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.RegistryRecordOAuthCredentialProvider")
        .required("ProviderArn")
        .allowed("GrantType", "CLIENT_CREDENTIALS")
        .constrain("ProviderArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:.*$").minLength(1).maxLength(2048))
        .build();

    public RegistryRecordOAuthCredentialProvider() {
      super(SCHEMA);
    }

    /**
     * Additional custom parameters for the OAuth flow.
     *
     * <p>CloudFormation property {@code CustomParameters}.
     */
    public RegistryRecordOAuthCredentialProvider customParameters(Map<String, String> value) {
      return set("CustomParameters", Value.mapOf(value));
    }

    /** Sets {@code CustomParameters} to this value; see {@link #customParameters(Map)}. */
    public RegistryRecordOAuthCredentialProvider customParameters(Value<Map<String, String>> value) {
      return set("CustomParameters", value);
    }

    /** Allowed values: {@code CLIENT_CREDENTIALS}. CloudFormation property {@code GrantType}. */
    public RegistryRecordOAuthCredentialProvider grantType(String value) {
      return set("GrantType", Value.of(value));
    }

    /** Sets {@code GrantType} to this value; see {@link #grantType(String)}. */
    public RegistryRecordOAuthCredentialProvider grantType(Value<String> value) {
      return set("GrantType", value);
    }

    /**
     * The ARN of the OAuth credential provider.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:.*$}. CloudFormation property {@code
     * ProviderArn}.
     */
    public RegistryRecordOAuthCredentialProvider providerArn(String value) {
      return set("ProviderArn", Value.of(value));
    }

    /** Sets {@code ProviderArn} to this value; see {@link #providerArn(String)}. */
    public RegistryRecordOAuthCredentialProvider providerArn(Value<String> value) {
      return set("ProviderArn", value);
    }

    /**
     * OAuth scopes to request.
     *
     * <p>CloudFormation property {@code Scopes}.
     */
    public RegistryRecordOAuthCredentialProvider scopes(List<String> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public RegistryRecordOAuthCredentialProvider scopes(Value<List<String>> value) {
      return set("Scopes", value);
    }
  }

  /**
   * Source configuration for a SkillMd document. Unlike MCP/A2A sources, SkillMd does not support
   * credential providers.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.SkillMdSource}.
   */
  public static final class SkillMdSource extends Struct<SkillMdSource> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.SkillMdSource");

    public SkillMdSource() {
      super(SCHEMA);
    }

    /**
     * URL-based source for SkillMd content (sync is skipped; content is provided inline via Data).
     *
     * <p>CloudFormation property {@code FromUrl}.
     */
    public SkillMdSource fromUrl(Value<SkillMdSourceFromUrl> value) {
      return set("FromUrl", value);
    }
  }

  /**
   * URL-based source for SkillMd content (sync is skipped; content is provided inline via Data).
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.SkillMdSourceFromUrl}.
   */
  public static final class SkillMdSourceFromUrl extends Struct<SkillMdSourceFromUrl> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.SkillMdSourceFromUrl")
        .required("Url")
        .constrain("Url", Constraint.of().pattern("^https://.*$").minLength(1).maxLength(2048))
        .build();

    public SkillMdSourceFromUrl() {
      super(SCHEMA);
    }

    /**
     * URL source for the SkillMd document.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code Url}.
     */
    public SkillMdSourceFromUrl url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public SkillMdSourceFromUrl url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Source configuration for a source-only descriptor. Unlike mcpServer/a2aAgentCard sources,
   * source-only descriptors do not support credential providers.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.SourceOnlyDescriptorSource}.
   */
  public static final class SourceOnlyDescriptorSource extends Struct<SourceOnlyDescriptorSource> {
    private static final Schema SCHEMA = Schema.of("AWS::AgentRegistry::RegistryRecord.SourceOnlyDescriptorSource");

    public SourceOnlyDescriptorSource() {
      super(SCHEMA);
    }

    /**
     * URL-based source configuration for a source-only descriptor.
     *
     * <p>CloudFormation property {@code FromUrl}.
     */
    public SourceOnlyDescriptorSource fromUrl(Value<SourceOnlyDescriptorSourceFromUrl> value) {
      return set("FromUrl", value);
    }
  }

  /**
   * URL-based source configuration for a source-only descriptor.
   *
   * <p>Property type {@code AWS::AgentRegistry::RegistryRecord.SourceOnlyDescriptorSourceFromUrl}.
   */
  public static final class SourceOnlyDescriptorSourceFromUrl extends Struct<SourceOnlyDescriptorSourceFromUrl> {
    private static final Schema SCHEMA = Schema.builder("AWS::AgentRegistry::RegistryRecord.SourceOnlyDescriptorSourceFromUrl")
        .required("Url")
        .constrain("Url", Constraint.of().pattern("^https://.*$").minLength(1).maxLength(2048))
        .build();

    public SourceOnlyDescriptorSourceFromUrl() {
      super(SCHEMA);
    }

    /**
     * URL source for descriptor content.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code Url}.
     */
    public SourceOnlyDescriptorSourceFromUrl url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public SourceOnlyDescriptorSourceFromUrl url(Value<String> value) {
      return set("Url", value);
    }
  }
}
