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
 * Memory allows AI agents to maintain both immediate and long-term knowledge, enabling
 * context-aware and personalized interactions.
 *
 * <p>For more information about using Memory in Amazon Bedrock AgentCore, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/memory-getting-started.html">Host
 * agent or tools with Amazon Bedrock AgentCore Memory</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Memory}.
 */
public final class Memory extends Resource<Memory> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory")
      .required("EventExpiryDuration", "Name")
      .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"))
      .constrain("EventExpiryDuration", Constraint.of().minimum(3).maximum(365))
      .constrain("MemoryExecutionRoleArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .refYields("MemoryArn")
      .attributes("CreatedAt", "FailureReason", "MemoryArn", "MemoryId", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Memory(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Description of the Memory resource
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Memory description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Memory description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The memory encryption key Amazon Resource Name (ARN).
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code EncryptionKeyArn}.
   */
  public Memory encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public Memory encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * The event expiry configuration.
   *
   * <p>Required. Range: 3 to 365. CloudFormation property {@code EventExpiryDuration}.
   */
  public Memory eventExpiryDuration(int value) {
    return set("EventExpiryDuration", Value.of(value));
  }

  /** Sets {@code EventExpiryDuration} to this value; see {@link #eventExpiryDuration(int)}. */
  public Memory eventExpiryDuration(Value<Integer> value) {
    return set("EventExpiryDuration", value);
  }

  /**
   * List of indexed keys for the memory
   *
   * <p>CloudFormation property {@code IndexedKeys}.
   */
  public Memory indexedKeys(List<IndexedKey> value) {
    return set("IndexedKeys", Value.listOf(value));
  }

  /** Sets {@code IndexedKeys} to this value; see {@link #indexedKeys(List)}. */
  public Memory indexedKeys(Value<List<IndexedKey>> value) {
    return set("IndexedKeys", value);
  }

  /** Sets {@code IndexedKeys} to a list of these; see {@link #indexedKeys(List)}. */
  public Memory indexedKeys(IndexedKey... values) {
    return set("IndexedKeys", Value.list(values));
  }

  /**
   * The memory role ARN.
   *
   * <p>Pattern: {@code
   * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code MemoryExecutionRoleArn}.
   */
  public Memory memoryExecutionRoleArn(String value) {
    return set("MemoryExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code MemoryExecutionRoleArn} to this value; see {@link #memoryExecutionRoleArn(String)}.
   */
  public Memory memoryExecutionRoleArn(Value<String> value) {
    return set("MemoryExecutionRoleArn", value);
  }

  /**
   * The memory strategies.
   *
   * <p>CloudFormation property {@code MemoryStrategies}.
   */
  public Memory memoryStrategies(List<MemoryStrategy> value) {
    return set("MemoryStrategies", Value.listOf(value));
  }

  /** Sets {@code MemoryStrategies} to this value; see {@link #memoryStrategies(List)}. */
  public Memory memoryStrategies(Value<List<MemoryStrategy>> value) {
    return set("MemoryStrategies", value);
  }

  /** Sets {@code MemoryStrategies} to a list of these; see {@link #memoryStrategies(List)}. */
  public Memory memoryStrategies(MemoryStrategy... values) {
    return set("MemoryStrategies", Value.list(values));
  }

  /**
   * The memory name.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code Name}.
   */
  public Memory name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Memory name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * List of namespace variable key definitions for a memory resource
   *
   * <p>CloudFormation property {@code NamespaceKeys}.
   */
  public Memory namespaceKeys(List<NamespaceKeyEntry> value) {
    return set("NamespaceKeys", Value.listOf(value));
  }

  /** Sets {@code NamespaceKeys} to this value; see {@link #namespaceKeys(List)}. */
  public Memory namespaceKeys(Value<List<NamespaceKeyEntry>> value) {
    return set("NamespaceKeys", value);
  }

  /** Sets {@code NamespaceKeys} to a list of these; see {@link #namespaceKeys(List)}. */
  public Memory namespaceKeys(NamespaceKeyEntry... values) {
    return set("NamespaceKeys", Value.list(values));
  }

  /** CloudFormation property {@code StreamDeliveryResources}. */
  public Memory streamDeliveryResources(Value<StreamDeliveryResources> value) {
    return set("StreamDeliveryResources", value);
  }

  /**
   * The tags for the resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Memory tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Memory tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Memory tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The timestamp when the memory record was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code FailureReason}. */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * ARN of the Memory resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemoryArn}.
   */
  public Value<String> memoryArn() {
    return getAtt("MemoryArn");
  }

  /**
   * The memory ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemoryId}.
   */
  public Value<String> memoryId() {
    return getAtt("MemoryId");
  }

  /**
   * The memory status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.ContentConfiguration}. */
  public static final class ContentConfiguration extends Struct<ContentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.ContentConfiguration")
        .required("Type")
        .allowed("Level", "METADATA_ONLY", "FULL_CONTENT")
        .allowed("Type", "MEMORY_RECORDS")
        .build();

    public ContentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The level of content detail to deliver
     *
     * <p>Allowed values: {@code METADATA_ONLY}, {@code FULL_CONTENT}. CloudFormation property
     * {@code Level}.
     */
    public ContentConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public ContentConfiguration level(Value<String> value) {
      return set("Level", value);
    }

    /**
     * The type of content to deliver
     *
     * <p>Required. Allowed values: {@code MEMORY_RECORDS}. CloudFormation property {@code Type}.
     */
    public ContentConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContentConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The memory configuration input.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.CustomConfigurationInput}.
   */
  public static final class CustomConfigurationInput extends Struct<CustomConfigurationInput> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.CustomConfigurationInput");

    public CustomConfigurationInput() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EpisodicOverride}. */
    public CustomConfigurationInput episodicOverride(Value<EpisodicOverride> value) {
      return set("EpisodicOverride", value);
    }

    /**
     * The custom configuration input.
     *
     * <p>CloudFormation property {@code SelfManagedConfiguration}.
     */
    public CustomConfigurationInput selfManagedConfiguration(Value<SelfManagedConfiguration> value) {
      return set("SelfManagedConfiguration", value);
    }

    /**
     * The memory override configuration.
     *
     * <p>CloudFormation property {@code SemanticOverride}.
     */
    public CustomConfigurationInput semanticOverride(Value<SemanticOverride> value) {
      return set("SemanticOverride", value);
    }

    /**
     * The memory configuration override.
     *
     * <p>CloudFormation property {@code SummaryOverride}.
     */
    public CustomConfigurationInput summaryOverride(Value<SummaryOverride> value) {
      return set("SummaryOverride", value);
    }

    /**
     * The memory user preference override.
     *
     * <p>CloudFormation property {@code UserPreferenceOverride}.
     */
    public CustomConfigurationInput userPreferenceOverride(Value<UserPreferenceOverride> value) {
      return set("UserPreferenceOverride", value);
    }
  }

  /**
   * The memory strategy.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.CustomMemoryStrategy}.
   */
  public static final class CustomMemoryStrategy extends Struct<CustomMemoryStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.CustomMemoryStrategy")
        .required("Name")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .allowed("Status", "CREATING", "ACTIVE", "DELETING", "FAILED")
        .constrain("StrategyId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$").minLength(12))
        .allowed("Type", "SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "CUSTOM", "EPISODIC")
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public CustomMemoryStrategy() {
      super(SCHEMA);
    }

    /**
     * The memory strategy configuration.
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public CustomMemoryStrategy configuration(Value<CustomConfigurationInput> value) {
      return set("Configuration", value);
    }

    /**
     * Creation timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code CreatedAt}.
     */
    public CustomMemoryStrategy createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public CustomMemoryStrategy createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * The memory strategy description.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public CustomMemoryStrategy description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public CustomMemoryStrategy description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public CustomMemoryStrategy memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /**
     * The memory strategy name.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code
     * Name}.
     */
    public CustomMemoryStrategy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CustomMemoryStrategy name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public CustomMemoryStrategy namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public CustomMemoryStrategy namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * The memory strategy namespaces.
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public CustomMemoryStrategy namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public CustomMemoryStrategy namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }

    /**
     * The memory strategy status.
     *
     * <p>Allowed values: {@code CREATING}, {@code ACTIVE}, {@code DELETING}, {@code FAILED}.
     * CloudFormation property {@code Status}.
     */
    public CustomMemoryStrategy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CustomMemoryStrategy status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The memory strategy ID.
     *
     * <p>Length: at least 12 characters. Pattern: {@code
     * ^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code StrategyId}.
     */
    public CustomMemoryStrategy strategyId(String value) {
      return set("StrategyId", Value.of(value));
    }

    /** Sets {@code StrategyId} to this value; see {@link #strategyId(String)}. */
    public CustomMemoryStrategy strategyId(Value<String> value) {
      return set("StrategyId", value);
    }

    /**
     * The memory strategy type.
     *
     * <p>Allowed values: {@code SEMANTIC}, {@code SUMMARIZATION}, {@code USER_PREFERENCE}, {@code
     * CUSTOM}, {@code EPISODIC}. CloudFormation property {@code Type}.
     */
    public CustomMemoryStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CustomMemoryStrategy type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The memory strategy update date and time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code UpdatedAt}.
     */
    public CustomMemoryStrategy updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public CustomMemoryStrategy updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.EpisodicMemoryStrategy}. */
  public static final class EpisodicMemoryStrategy extends Struct<EpisodicMemoryStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.EpisodicMemoryStrategy")
        .required("Name")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .allowed("Status", "CREATING", "ACTIVE", "DELETING", "FAILED")
        .constrain("StrategyId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$").minLength(12))
        .allowed("Type", "SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "CUSTOM", "EPISODIC")
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public EpisodicMemoryStrategy() {
      super(SCHEMA);
    }

    /**
     * Creation timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code CreatedAt}.
     */
    public EpisodicMemoryStrategy createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public EpisodicMemoryStrategy createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * Description of the Memory resource
     *
     * <p>CloudFormation property {@code Description}.
     */
    public EpisodicMemoryStrategy description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public EpisodicMemoryStrategy description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public EpisodicMemoryStrategy memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /**
     * Name of the Memory resource
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code
     * Name}.
     */
    public EpisodicMemoryStrategy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EpisodicMemoryStrategy name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public EpisodicMemoryStrategy namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public EpisodicMemoryStrategy namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public EpisodicMemoryStrategy namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public EpisodicMemoryStrategy namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }

    /** CloudFormation property {@code ReflectionConfiguration}. */
    public EpisodicMemoryStrategy reflectionConfiguration(Value<EpisodicReflectionConfigurationInput> value) {
      return set("ReflectionConfiguration", value);
    }

    /**
     * Status of the memory strategy
     *
     * <p>Allowed values: {@code CREATING}, {@code ACTIVE}, {@code DELETING}, {@code FAILED}.
     * CloudFormation property {@code Status}.
     */
    public EpisodicMemoryStrategy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public EpisodicMemoryStrategy status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * Unique identifier for the memory strategy
     *
     * <p>Length: at least 12 characters. Pattern: {@code
     * ^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code StrategyId}.
     */
    public EpisodicMemoryStrategy strategyId(String value) {
      return set("StrategyId", Value.of(value));
    }

    /** Sets {@code StrategyId} to this value; see {@link #strategyId(String)}. */
    public EpisodicMemoryStrategy strategyId(Value<String> value) {
      return set("StrategyId", value);
    }

    /**
     * Type of memory strategy
     *
     * <p>Allowed values: {@code SEMANTIC}, {@code SUMMARIZATION}, {@code USER_PREFERENCE}, {@code
     * CUSTOM}, {@code EPISODIC}. CloudFormation property {@code Type}.
     */
    public EpisodicMemoryStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EpisodicMemoryStrategy type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Last update timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code UpdatedAt}.
     */
    public EpisodicMemoryStrategy updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public EpisodicMemoryStrategy updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.EpisodicOverride}. */
  public static final class EpisodicOverride extends Struct<EpisodicOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.EpisodicOverride");

    public EpisodicOverride() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Consolidation}. */
    public EpisodicOverride consolidation(Value<EpisodicOverrideConsolidationConfigurationInput> value) {
      return set("Consolidation", value);
    }

    /** CloudFormation property {@code Extraction}. */
    public EpisodicOverride extraction(Value<EpisodicOverrideExtractionConfigurationInput> value) {
      return set("Extraction", value);
    }

    /** CloudFormation property {@code Reflection}. */
    public EpisodicOverride reflection(Value<EpisodicOverrideReflectionConfigurationInput> value) {
      return set("Reflection", value);
    }
  }

  /**
   * Property type {@code
   * AWS::BedrockAgentCore::Memory.EpisodicOverrideConsolidationConfigurationInput}.
   */
  public static final class EpisodicOverrideConsolidationConfigurationInput extends Struct<EpisodicOverrideConsolidationConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.EpisodicOverrideConsolidationConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public EpisodicOverrideConsolidationConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * Text prompt for model instructions
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public EpisodicOverrideConsolidationConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public EpisodicOverrideConsolidationConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public EpisodicOverrideConsolidationConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public EpisodicOverrideConsolidationConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * Property type {@code
   * AWS::BedrockAgentCore::Memory.EpisodicOverrideExtractionConfigurationInput}.
   */
  public static final class EpisodicOverrideExtractionConfigurationInput extends Struct<EpisodicOverrideExtractionConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.EpisodicOverrideExtractionConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public EpisodicOverrideExtractionConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * Text prompt for model instructions
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public EpisodicOverrideExtractionConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public EpisodicOverrideExtractionConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public EpisodicOverrideExtractionConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public EpisodicOverrideExtractionConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * Property type {@code
   * AWS::BedrockAgentCore::Memory.EpisodicOverrideReflectionConfigurationInput}.
   */
  public static final class EpisodicOverrideReflectionConfigurationInput extends Struct<EpisodicOverrideReflectionConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.EpisodicOverrideReflectionConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .build();

    public EpisodicOverrideReflectionConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * Text prompt for model instructions
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public EpisodicOverrideReflectionConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public EpisodicOverrideReflectionConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public EpisodicOverrideReflectionConfigurationInput memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /** Required. CloudFormation property {@code ModelId}. */
    public EpisodicOverrideReflectionConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public EpisodicOverrideReflectionConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public EpisodicOverrideReflectionConfigurationInput namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public EpisodicOverrideReflectionConfigurationInput namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public EpisodicOverrideReflectionConfigurationInput namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public EpisodicOverrideReflectionConfigurationInput namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.EpisodicReflectionConfigurationInput}. */
  public static final class EpisodicReflectionConfigurationInput extends Struct<EpisodicReflectionConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.EpisodicReflectionConfigurationInput")
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .build();

    public EpisodicReflectionConfigurationInput() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public EpisodicReflectionConfigurationInput memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public EpisodicReflectionConfigurationInput namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public EpisodicReflectionConfigurationInput namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public EpisodicReflectionConfigurationInput namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public EpisodicReflectionConfigurationInput namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.ExtractionConfig}. */
  public static final class ExtractionConfig extends Struct<ExtractionConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.ExtractionConfig");

    public ExtractionConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code LlmExtractionConfig}. */
    public ExtractionConfig llmExtractionConfig(Value<LlmExtractionConfig> value) {
      return set("LlmExtractionConfig", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.IndexedKey}. */
  public static final class IndexedKey extends Struct<IndexedKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.IndexedKey")
        .required("Key", "Type")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9\\s._:/=+@-]*$").minLength(1).maxLength(128))
        .allowed("Type", "STRING", "STRINGLIST", "NUMBER")
        .build();

    public IndexedKey() {
      super(SCHEMA);
    }

    /**
     * Key name for metadata fields
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s._:/=+&#64;-]*$}.
     * CloudFormation property {@code Key}.
     */
    public IndexedKey key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public IndexedKey key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Supported data types for metadata values
     *
     * <p>Required. Allowed values: {@code STRING}, {@code STRINGLIST}, {@code NUMBER}.
     * CloudFormation property {@code Type}.
     */
    public IndexedKey type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IndexedKey type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The memory invocation configuration input.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.InvocationConfigurationInput}.
   */
  public static final class InvocationConfigurationInput extends Struct<InvocationConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.InvocationConfigurationInput")
        .constrain("PayloadDeliveryBucketName", Constraint.of().pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"))
        .constrain("TopicArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"))
        .build();

    public InvocationConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The message invocation configuration information for the bucket name.
     *
     * <p>Pattern: {@code ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$}. CloudFormation property {@code
     * PayloadDeliveryBucketName}.
     */
    public InvocationConfigurationInput payloadDeliveryBucketName(String value) {
      return set("PayloadDeliveryBucketName", Value.of(value));
    }

    /**
     * Sets {@code PayloadDeliveryBucketName} to this value; see {@link
     * #payloadDeliveryBucketName(String)}.
     */
    public InvocationConfigurationInput payloadDeliveryBucketName(Value<String> value) {
      return set("PayloadDeliveryBucketName", value);
    }

    /**
     * The memory trigger condition topic Amazon Resource Name (ARN).
     *
     * <p>Pattern: {@code
     * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
     * CloudFormation property {@code TopicArn}.
     */
    public InvocationConfigurationInput topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public InvocationConfigurationInput topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.KinesisResource}. */
  public static final class KinesisResource extends Struct<KinesisResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.KinesisResource")
        .required("ContentConfigurations", "DataStreamArn")
        .constrain("DataStreamArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"))
        .build();

    public KinesisResource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ContentConfigurations}. */
    public KinesisResource contentConfigurations(List<ContentConfiguration> value) {
      return set("ContentConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code ContentConfigurations} to this value; see {@link #contentConfigurations(List)}.
     */
    public KinesisResource contentConfigurations(Value<List<ContentConfiguration>> value) {
      return set("ContentConfigurations", value);
    }

    /**
     * Sets {@code ContentConfigurations} to a list of these; see {@link
     * #contentConfigurations(List)}.
     */
    public KinesisResource contentConfigurations(ContentConfiguration... values) {
      return set("ContentConfigurations", Value.list(values));
    }

    /**
     * ARN format
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
     * CloudFormation property {@code DataStreamArn}.
     */
    public KinesisResource dataStreamArn(String value) {
      return set("DataStreamArn", Value.of(value));
    }

    /** Sets {@code DataStreamArn} to this value; see {@link #dataStreamArn(String)}. */
    public KinesisResource dataStreamArn(Value<String> value) {
      return set("DataStreamArn", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.LlmExtractionConfig}. */
  public static final class LlmExtractionConfig extends Struct<LlmExtractionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.LlmExtractionConfig")
        .required("Definition")
        .build();

    public LlmExtractionConfig() {
      super(SCHEMA);
    }

    /**
     * Definition for the metadata schema entry
     *
     * <p>Required. CloudFormation property {@code Definition}.
     */
    public LlmExtractionConfig definition(String value) {
      return set("Definition", Value.of(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
    public LlmExtractionConfig definition(Value<String> value) {
      return set("Definition", value);
    }

    /**
     * LLM extraction instruction
     *
     * <p>CloudFormation property {@code LlmExtractionInstruction}.
     */
    public LlmExtractionConfig llmExtractionInstruction(String value) {
      return set("LlmExtractionInstruction", Value.of(value));
    }

    /**
     * Sets {@code LlmExtractionInstruction} to this value; see {@link
     * #llmExtractionInstruction(String)}.
     */
    public LlmExtractionConfig llmExtractionInstruction(Value<String> value) {
      return set("LlmExtractionInstruction", value);
    }

    /** CloudFormation property {@code Validation}. */
    public LlmExtractionConfig validation(Value<Validation> value) {
      return set("Validation", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.MemoryRecordSchema}. */
  public static final class MemoryRecordSchema extends Struct<MemoryRecordSchema> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.MemoryRecordSchema");

    public MemoryRecordSchema() {
      super(SCHEMA);
    }

    /**
     * List of metadata schema entries
     *
     * <p>CloudFormation property {@code MetadataSchema}.
     */
    public MemoryRecordSchema metadataSchema(List<MetadataSchemaEntry> value) {
      return set("MetadataSchema", Value.listOf(value));
    }

    /** Sets {@code MetadataSchema} to this value; see {@link #metadataSchema(List)}. */
    public MemoryRecordSchema metadataSchema(Value<List<MetadataSchemaEntry>> value) {
      return set("MetadataSchema", value);
    }

    /** Sets {@code MetadataSchema} to a list of these; see {@link #metadataSchema(List)}. */
    public MemoryRecordSchema metadataSchema(MetadataSchemaEntry... values) {
      return set("MetadataSchema", Value.list(values));
    }
  }

  /**
   * The memory strategy.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.MemoryStrategy}.
   */
  public static final class MemoryStrategy extends Struct<MemoryStrategy> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.MemoryStrategy");

    public MemoryStrategy() {
      super(SCHEMA);
    }

    /**
     * The memory strategy.
     *
     * <p>CloudFormation property {@code CustomMemoryStrategy}.
     */
    public MemoryStrategy customMemoryStrategy(Value<CustomMemoryStrategy> value) {
      return set("CustomMemoryStrategy", value);
    }

    /** CloudFormation property {@code EpisodicMemoryStrategy}. */
    public MemoryStrategy episodicMemoryStrategy(Value<EpisodicMemoryStrategy> value) {
      return set("EpisodicMemoryStrategy", value);
    }

    /**
     * The memory strategy.
     *
     * <p>CloudFormation property {@code SemanticMemoryStrategy}.
     */
    public MemoryStrategy semanticMemoryStrategy(Value<SemanticMemoryStrategy> value) {
      return set("SemanticMemoryStrategy", value);
    }

    /**
     * The memory strategy summary.
     *
     * <p>CloudFormation property {@code SummaryMemoryStrategy}.
     */
    public MemoryStrategy summaryMemoryStrategy(Value<SummaryMemoryStrategy> value) {
      return set("SummaryMemoryStrategy", value);
    }

    /**
     * The memory strategy.
     *
     * <p>CloudFormation property {@code UserPreferenceMemoryStrategy}.
     */
    public MemoryStrategy userPreferenceMemoryStrategy(Value<UserPreferenceMemoryStrategy> value) {
      return set("UserPreferenceMemoryStrategy", value);
    }
  }

  /**
   * The message based trigger input.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.MessageBasedTriggerInput}.
   */
  public static final class MessageBasedTriggerInput extends Struct<MessageBasedTriggerInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.MessageBasedTriggerInput")
        .constrain("MessageCount", Constraint.of().minimum(1).maximum(50))
        .build();

    public MessageBasedTriggerInput() {
      super(SCHEMA);
    }

    /**
     * The memory trigger condition input for the message based trigger message count.
     *
     * <p>Range: 1 to 50. CloudFormation property {@code MessageCount}.
     */
    public MessageBasedTriggerInput messageCount(int value) {
      return set("MessageCount", Value.of(value));
    }

    /** Sets {@code MessageCount} to this value; see {@link #messageCount(int)}. */
    public MessageBasedTriggerInput messageCount(Value<Integer> value) {
      return set("MessageCount", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.MetadataSchemaEntry}. */
  public static final class MetadataSchemaEntry extends Struct<MetadataSchemaEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.MetadataSchemaEntry")
        .required("Key")
        .allowed("ExtractionType", "LLM_INFERRED", "STRICTLY_CONSISTENT")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9\\s._:/=+@-]*$").minLength(1).maxLength(128))
        .allowed("Type", "STRING", "STRINGLIST", "NUMBER")
        .build();

    public MetadataSchemaEntry() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ExtractionConfig}. */
    public MetadataSchemaEntry extractionConfig(Value<ExtractionConfig> value) {
      return set("ExtractionConfig", value);
    }

    /**
     * Specifies whether the metadata value is extracted by the LLM or passed through
     * deterministically from the event
     *
     * <p>Allowed values: {@code LLM_INFERRED}, {@code STRICTLY_CONSISTENT}. CloudFormation property
     * {@code ExtractionType}.
     */
    public MetadataSchemaEntry extractionType(String value) {
      return set("ExtractionType", Value.of(value));
    }

    /** Sets {@code ExtractionType} to this value; see {@link #extractionType(String)}. */
    public MetadataSchemaEntry extractionType(Value<String> value) {
      return set("ExtractionType", value);
    }

    /**
     * Key name for metadata fields
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s._:/=+&#64;-]*$}.
     * CloudFormation property {@code Key}.
     */
    public MetadataSchemaEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public MetadataSchemaEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Supported data types for metadata values
     *
     * <p>Allowed values: {@code STRING}, {@code STRINGLIST}, {@code NUMBER}. CloudFormation
     * property {@code Type}.
     */
    public MetadataSchemaEntry type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MetadataSchemaEntry type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A namespace variable key definition with optional validation rules
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.NamespaceKeyEntry}.
   */
  public static final class NamespaceKeyEntry extends Struct<NamespaceKeyEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.NamespaceKeyEntry")
        .required("Key")
        .constrain("Key", Constraint.of().pattern("^(?!memoryStrategyId$|actorId$|sessionId$)[a-z][a-z0-9]*$").minLength(1).maxLength(32))
        .build();

    public NamespaceKeyEntry() {
      super(SCHEMA);
    }

    /**
     * A namespace variable key name. Must start with a lowercase letter and contain only lowercase
     * alphanumeric characters. Cannot be a built-in variable (memoryStrategyId, sessionId,
     * actorId).
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code
     * ^(?!memoryStrategyId$|actorId$|sessionId$)[a-z][a-z0-9]*$}. CloudFormation property {@code
     * Key}.
     */
    public NamespaceKeyEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public NamespaceKeyEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Validation rules for namespace variable values. Multiple rules can be specified and all must
     * pass.
     *
     * <p>CloudFormation property {@code Validation}.
     */
    public NamespaceKeyEntry validation(Value<NamespaceKeyValidation> value) {
      return set("Validation", value);
    }
  }

  /**
   * Validation rules for namespace variable values. Multiple rules can be specified and all must
   * pass.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.NamespaceKeyValidation}.
   */
  public static final class NamespaceKeyValidation extends Struct<NamespaceKeyValidation> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.NamespaceKeyValidation")
        .constrain("AllowedValues", Constraint.of().pattern("^[a-z0-9][a-z0-9-_]*$").minLength(1).maxLength(64))
        .constrain("RegexPattern", Constraint.of().minLength(1).maxLength(64))
        .build();

    public NamespaceKeyValidation() {
      super(SCHEMA);
    }

    /**
     * List of allowed values for this namespace variable
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-z0-9][a-z0-9-_]*$}. CloudFormation
     * property {@code AllowedValues}.
     */
    public NamespaceKeyValidation allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public NamespaceKeyValidation allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /**
     * A regex pattern that a namespace variable value must match
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code RegexPattern}.
     */
    public NamespaceKeyValidation regexPattern(String value) {
      return set("RegexPattern", Value.of(value));
    }

    /** Sets {@code RegexPattern} to this value; see {@link #regexPattern(String)}. */
    public NamespaceKeyValidation regexPattern(Value<String> value) {
      return set("RegexPattern", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.NumberValidation}. */
  public static final class NumberValidation extends Struct<NumberValidation> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.NumberValidation");

    public NumberValidation() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MaxValue}. */
    public NumberValidation maxValue(double value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(double)}. */
    public NumberValidation maxValue(Value<Double> value) {
      return set("MaxValue", value);
    }

    /** CloudFormation property {@code MinValue}. */
    public NumberValidation minValue(double value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(double)}. */
    public NumberValidation minValue(Value<Double> value) {
      return set("MinValue", value);
    }
  }

  /**
   * The self managed configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.SelfManagedConfiguration}.
   */
  public static final class SelfManagedConfiguration extends Struct<SelfManagedConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.SelfManagedConfiguration")
        .constrain("HistoricalContextWindowSize", Constraint.of().minimum(0).maximum(50))
        .build();

    public SelfManagedConfiguration() {
      super(SCHEMA);
    }

    /**
     * The memory configuration for self managed.
     *
     * <p>Range: 0 to 50. CloudFormation property {@code HistoricalContextWindowSize}.
     */
    public SelfManagedConfiguration historicalContextWindowSize(int value) {
      return set("HistoricalContextWindowSize", Value.of(value));
    }

    /**
     * Sets {@code HistoricalContextWindowSize} to this value; see {@link
     * #historicalContextWindowSize(int)}.
     */
    public SelfManagedConfiguration historicalContextWindowSize(Value<Integer> value) {
      return set("HistoricalContextWindowSize", value);
    }

    /**
     * The self managed configuration.
     *
     * <p>CloudFormation property {@code InvocationConfiguration}.
     */
    public SelfManagedConfiguration invocationConfiguration(Value<InvocationConfigurationInput> value) {
      return set("InvocationConfiguration", value);
    }

    /** CloudFormation property {@code TriggerConditions}. */
    public SelfManagedConfiguration triggerConditions(List<TriggerConditionInput> value) {
      return set("TriggerConditions", Value.listOf(value));
    }

    /** Sets {@code TriggerConditions} to this value; see {@link #triggerConditions(List)}. */
    public SelfManagedConfiguration triggerConditions(Value<List<TriggerConditionInput>> value) {
      return set("TriggerConditions", value);
    }

    /** Sets {@code TriggerConditions} to a list of these; see {@link #triggerConditions(List)}. */
    public SelfManagedConfiguration triggerConditions(TriggerConditionInput... values) {
      return set("TriggerConditions", Value.list(values));
    }
  }

  /**
   * The memory strategy.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.SemanticMemoryStrategy}.
   */
  public static final class SemanticMemoryStrategy extends Struct<SemanticMemoryStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.SemanticMemoryStrategy")
        .required("Name")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .allowed("Status", "CREATING", "ACTIVE", "DELETING", "FAILED")
        .constrain("StrategyId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$").minLength(12))
        .allowed("Type", "SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "CUSTOM", "EPISODIC")
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public SemanticMemoryStrategy() {
      super(SCHEMA);
    }

    /**
     * Creation timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code CreatedAt}.
     */
    public SemanticMemoryStrategy createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public SemanticMemoryStrategy createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * The memory strategy description.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public SemanticMemoryStrategy description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public SemanticMemoryStrategy description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public SemanticMemoryStrategy memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /**
     * The memory strategy name.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code
     * Name}.
     */
    public SemanticMemoryStrategy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SemanticMemoryStrategy name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public SemanticMemoryStrategy namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public SemanticMemoryStrategy namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * The memory strategy namespaces.
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public SemanticMemoryStrategy namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public SemanticMemoryStrategy namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }

    /**
     * Status of the memory strategy
     *
     * <p>Allowed values: {@code CREATING}, {@code ACTIVE}, {@code DELETING}, {@code FAILED}.
     * CloudFormation property {@code Status}.
     */
    public SemanticMemoryStrategy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public SemanticMemoryStrategy status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The memory strategy ID.
     *
     * <p>Length: at least 12 characters. Pattern: {@code
     * ^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code StrategyId}.
     */
    public SemanticMemoryStrategy strategyId(String value) {
      return set("StrategyId", Value.of(value));
    }

    /** Sets {@code StrategyId} to this value; see {@link #strategyId(String)}. */
    public SemanticMemoryStrategy strategyId(Value<String> value) {
      return set("StrategyId", value);
    }

    /**
     * The memory strategy type.
     *
     * <p>Allowed values: {@code SEMANTIC}, {@code SUMMARIZATION}, {@code USER_PREFERENCE}, {@code
     * CUSTOM}, {@code EPISODIC}. CloudFormation property {@code Type}.
     */
    public SemanticMemoryStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SemanticMemoryStrategy type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Last update timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code UpdatedAt}.
     */
    public SemanticMemoryStrategy updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public SemanticMemoryStrategy updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /**
   * The memory override.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.SemanticOverride}.
   */
  public static final class SemanticOverride extends Struct<SemanticOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.SemanticOverride");

    public SemanticOverride() {
      super(SCHEMA);
    }

    /**
     * The memory override consolidation.
     *
     * <p>CloudFormation property {@code Consolidation}.
     */
    public SemanticOverride consolidation(Value<SemanticOverrideConsolidationConfigurationInput> value) {
      return set("Consolidation", value);
    }

    /**
     * The memory override extraction.
     *
     * <p>CloudFormation property {@code Extraction}.
     */
    public SemanticOverride extraction(Value<SemanticOverrideExtractionConfigurationInput> value) {
      return set("Extraction", value);
    }
  }

  /**
   * The memory override configuration.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::Memory.SemanticOverrideConsolidationConfigurationInput}.
   */
  public static final class SemanticOverrideConsolidationConfigurationInput extends Struct<SemanticOverrideConsolidationConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.SemanticOverrideConsolidationConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public SemanticOverrideConsolidationConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The override configuration.
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public SemanticOverrideConsolidationConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public SemanticOverrideConsolidationConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /**
     * The memory override model ID.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public SemanticOverrideConsolidationConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public SemanticOverrideConsolidationConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * The memory override configuration.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::Memory.SemanticOverrideExtractionConfigurationInput}.
   */
  public static final class SemanticOverrideExtractionConfigurationInput extends Struct<SemanticOverrideExtractionConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.SemanticOverrideExtractionConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public SemanticOverrideExtractionConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The extraction configuration.
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public SemanticOverrideExtractionConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public SemanticOverrideExtractionConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /**
     * The memory override configuration model ID.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public SemanticOverrideExtractionConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public SemanticOverrideExtractionConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.StreamDeliveryResource}. */
  public static final class StreamDeliveryResource extends Struct<StreamDeliveryResource> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.StreamDeliveryResource");

    public StreamDeliveryResource() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Kinesis}. */
    public StreamDeliveryResource kinesis(Value<KinesisResource> value) {
      return set("Kinesis", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.StreamDeliveryResources}. */
  public static final class StreamDeliveryResources extends Struct<StreamDeliveryResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.StreamDeliveryResources")
        .required("Resources")
        .build();

    public StreamDeliveryResources() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Resources}. */
    public StreamDeliveryResources resources(List<StreamDeliveryResource> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public StreamDeliveryResources resources(Value<List<StreamDeliveryResource>> value) {
      return set("Resources", value);
    }

    /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
    public StreamDeliveryResources resources(StreamDeliveryResource... values) {
      return set("Resources", Value.list(values));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.StringListValidation}. */
  public static final class StringListValidation extends Struct<StringListValidation> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.StringListValidation");

    public StringListValidation() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AllowedValues}. */
    public StringListValidation allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public StringListValidation allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /** CloudFormation property {@code MaxItems}. */
    public StringListValidation maxItems(int value) {
      return set("MaxItems", Value.of(value));
    }

    /** Sets {@code MaxItems} to this value; see {@link #maxItems(int)}. */
    public StringListValidation maxItems(Value<Integer> value) {
      return set("MaxItems", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.StringValidation}. */
  public static final class StringValidation extends Struct<StringValidation> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.StringValidation")
        .required("AllowedValues")
        .build();

    public StringValidation() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AllowedValues}. */
    public StringValidation allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public StringValidation allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }
  }

  /**
   * The memory strategy.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.SummaryMemoryStrategy}.
   */
  public static final class SummaryMemoryStrategy extends Struct<SummaryMemoryStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.SummaryMemoryStrategy")
        .required("Name")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .allowed("Status", "CREATING", "ACTIVE", "DELETING", "FAILED")
        .constrain("StrategyId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$").minLength(12))
        .allowed("Type", "SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "CUSTOM", "EPISODIC")
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public SummaryMemoryStrategy() {
      super(SCHEMA);
    }

    /**
     * Creation timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code CreatedAt}.
     */
    public SummaryMemoryStrategy createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public SummaryMemoryStrategy createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * The memory strategy description.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public SummaryMemoryStrategy description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public SummaryMemoryStrategy description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public SummaryMemoryStrategy memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /**
     * The memory strategy name.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code
     * Name}.
     */
    public SummaryMemoryStrategy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SummaryMemoryStrategy name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public SummaryMemoryStrategy namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public SummaryMemoryStrategy namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * The summary memory strategy.
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public SummaryMemoryStrategy namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public SummaryMemoryStrategy namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }

    /**
     * The memory strategy status.
     *
     * <p>Allowed values: {@code CREATING}, {@code ACTIVE}, {@code DELETING}, {@code FAILED}.
     * CloudFormation property {@code Status}.
     */
    public SummaryMemoryStrategy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public SummaryMemoryStrategy status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The memory strategy ID.
     *
     * <p>Length: at least 12 characters. Pattern: {@code
     * ^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code StrategyId}.
     */
    public SummaryMemoryStrategy strategyId(String value) {
      return set("StrategyId", Value.of(value));
    }

    /** Sets {@code StrategyId} to this value; see {@link #strategyId(String)}. */
    public SummaryMemoryStrategy strategyId(Value<String> value) {
      return set("StrategyId", value);
    }

    /**
     * The memory strategy type.
     *
     * <p>Allowed values: {@code SEMANTIC}, {@code SUMMARIZATION}, {@code USER_PREFERENCE}, {@code
     * CUSTOM}, {@code EPISODIC}. CloudFormation property {@code Type}.
     */
    public SummaryMemoryStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SummaryMemoryStrategy type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The memory strategy update date and time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code UpdatedAt}.
     */
    public SummaryMemoryStrategy updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public SummaryMemoryStrategy updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /**
   * The memory summary override.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.SummaryOverride}.
   */
  public static final class SummaryOverride extends Struct<SummaryOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.SummaryOverride");

    public SummaryOverride() {
      super(SCHEMA);
    }

    /**
     * The memory override consolidation.
     *
     * <p>CloudFormation property {@code Consolidation}.
     */
    public SummaryOverride consolidation(Value<SummaryOverrideConsolidationConfigurationInput> value) {
      return set("Consolidation", value);
    }
  }

  /**
   * The consolidation configuration.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::Memory.SummaryOverrideConsolidationConfigurationInput}.
   */
  public static final class SummaryOverrideConsolidationConfigurationInput extends Struct<SummaryOverrideConsolidationConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.SummaryOverrideConsolidationConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public SummaryOverrideConsolidationConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The memory override configuration.
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public SummaryOverrideConsolidationConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public SummaryOverrideConsolidationConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /**
     * The memory override configuration model ID.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public SummaryOverrideConsolidationConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public SummaryOverrideConsolidationConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * The memory trigger condition input for the time based trigger.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.TimeBasedTriggerInput}.
   */
  public static final class TimeBasedTriggerInput extends Struct<TimeBasedTriggerInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.TimeBasedTriggerInput")
        .constrain("IdleSessionTimeout", Constraint.of().minimum(10).maximum(3000))
        .build();

    public TimeBasedTriggerInput() {
      super(SCHEMA);
    }

    /**
     * The memory trigger condition input for the session timeout.
     *
     * <p>Range: 10 to 3000. CloudFormation property {@code IdleSessionTimeout}.
     */
    public TimeBasedTriggerInput idleSessionTimeout(int value) {
      return set("IdleSessionTimeout", Value.of(value));
    }

    /** Sets {@code IdleSessionTimeout} to this value; see {@link #idleSessionTimeout(int)}. */
    public TimeBasedTriggerInput idleSessionTimeout(Value<Integer> value) {
      return set("IdleSessionTimeout", value);
    }
  }

  /**
   * The token based trigger input.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.TokenBasedTriggerInput}.
   */
  public static final class TokenBasedTriggerInput extends Struct<TokenBasedTriggerInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.TokenBasedTriggerInput")
        .constrain("TokenCount", Constraint.of().minimum(100).maximum(500000))
        .build();

    public TokenBasedTriggerInput() {
      super(SCHEMA);
    }

    /**
     * The token based trigger token count.
     *
     * <p>Range: 100 to 500000. CloudFormation property {@code TokenCount}.
     */
    public TokenBasedTriggerInput tokenCount(int value) {
      return set("TokenCount", Value.of(value));
    }

    /** Sets {@code TokenCount} to this value; see {@link #tokenCount(int)}. */
    public TokenBasedTriggerInput tokenCount(Value<Integer> value) {
      return set("TokenCount", value);
    }
  }

  /**
   * The memory trigger condition input.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.TriggerConditionInput}.
   */
  public static final class TriggerConditionInput extends Struct<TriggerConditionInput> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.TriggerConditionInput");

    public TriggerConditionInput() {
      super(SCHEMA);
    }

    /**
     * The memory trigger condition input for the message based trigger.
     *
     * <p>CloudFormation property {@code MessageBasedTrigger}.
     */
    public TriggerConditionInput messageBasedTrigger(Value<MessageBasedTriggerInput> value) {
      return set("MessageBasedTrigger", value);
    }

    /**
     * The memory trigger condition input.
     *
     * <p>CloudFormation property {@code TimeBasedTrigger}.
     */
    public TriggerConditionInput timeBasedTrigger(Value<TimeBasedTriggerInput> value) {
      return set("TimeBasedTrigger", value);
    }

    /**
     * The trigger condition information for a token based trigger.
     *
     * <p>CloudFormation property {@code TokenBasedTrigger}.
     */
    public TriggerConditionInput tokenBasedTrigger(Value<TokenBasedTriggerInput> value) {
      return set("TokenBasedTrigger", value);
    }
  }

  /**
   * The memory strategy.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.UserPreferenceMemoryStrategy}.
   */
  public static final class UserPreferenceMemoryStrategy extends Struct<UserPreferenceMemoryStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.UserPreferenceMemoryStrategy")
        .required("Name")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
        .constrain("NamespaceTemplates", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .constrain("Namespaces", Constraint.of().pattern("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"))
        .allowed("Status", "CREATING", "ACTIVE", "DELETING", "FAILED")
        .constrain("StrategyId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$").minLength(12))
        .allowed("Type", "SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "CUSTOM", "EPISODIC")
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public UserPreferenceMemoryStrategy() {
      super(SCHEMA);
    }

    /**
     * Creation timestamp of the memory strategy
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code CreatedAt}.
     */
    public UserPreferenceMemoryStrategy createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public UserPreferenceMemoryStrategy createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * The memory strategy description.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public UserPreferenceMemoryStrategy description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public UserPreferenceMemoryStrategy description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code MemoryRecordSchema}. */
    public UserPreferenceMemoryStrategy memoryRecordSchema(Value<MemoryRecordSchema> value) {
      return set("MemoryRecordSchema", value);
    }

    /**
     * The memory strategy name.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code
     * Name}.
     */
    public UserPreferenceMemoryStrategy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public UserPreferenceMemoryStrategy name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * List of namespaces for memory strategy
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code NamespaceTemplates}.
     */
    public UserPreferenceMemoryStrategy namespaceTemplates(List<String> value) {
      return set("NamespaceTemplates", Value.listOf(value));
    }

    /** Sets {@code NamespaceTemplates} to this value; see {@link #namespaceTemplates(List)}. */
    public UserPreferenceMemoryStrategy namespaceTemplates(Value<List<String>> value) {
      return set("NamespaceTemplates", value);
    }

    /**
     * The memory namespaces.
     *
     * <p>Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_/]*(&#92;{[a-zA-Z][a-zA-Z0-9]*&#92;}[a-zA-Z0-9&#92;-_/]*)*$}.
     * CloudFormation property {@code Namespaces}.
     */
    public UserPreferenceMemoryStrategy namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public UserPreferenceMemoryStrategy namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }

    /**
     * The memory strategy status.
     *
     * <p>Allowed values: {@code CREATING}, {@code ACTIVE}, {@code DELETING}, {@code FAILED}.
     * CloudFormation property {@code Status}.
     */
    public UserPreferenceMemoryStrategy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public UserPreferenceMemoryStrategy status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The memory strategy ID.
     *
     * <p>Length: at least 12 characters. Pattern: {@code
     * ^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code StrategyId}.
     */
    public UserPreferenceMemoryStrategy strategyId(String value) {
      return set("StrategyId", Value.of(value));
    }

    /** Sets {@code StrategyId} to this value; see {@link #strategyId(String)}. */
    public UserPreferenceMemoryStrategy strategyId(Value<String> value) {
      return set("StrategyId", value);
    }

    /**
     * The memory strategy type.
     *
     * <p>Allowed values: {@code SEMANTIC}, {@code SUMMARIZATION}, {@code USER_PREFERENCE}, {@code
     * CUSTOM}, {@code EPISODIC}. CloudFormation property {@code Type}.
     */
    public UserPreferenceMemoryStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public UserPreferenceMemoryStrategy type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The memory strategy update date and time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code UpdatedAt}.
     */
    public UserPreferenceMemoryStrategy updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public UserPreferenceMemoryStrategy updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /**
   * The memory user preference override.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Memory.UserPreferenceOverride}.
   */
  public static final class UserPreferenceOverride extends Struct<UserPreferenceOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.UserPreferenceOverride");

    public UserPreferenceOverride() {
      super(SCHEMA);
    }

    /**
     * The memory override consolidation information.
     *
     * <p>CloudFormation property {@code Consolidation}.
     */
    public UserPreferenceOverride consolidation(Value<UserPreferenceOverrideConsolidationConfigurationInput> value) {
      return set("Consolidation", value);
    }

    /**
     * The memory user preferences for extraction.
     *
     * <p>CloudFormation property {@code Extraction}.
     */
    public UserPreferenceOverride extraction(Value<UserPreferenceOverrideExtractionConfigurationInput> value) {
      return set("Extraction", value);
    }
  }

  /**
   * The configuration input.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::Memory.UserPreferenceOverrideConsolidationConfigurationInput}.
   */
  public static final class UserPreferenceOverrideConsolidationConfigurationInput extends Struct<UserPreferenceOverrideConsolidationConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.UserPreferenceOverrideConsolidationConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public UserPreferenceOverrideConsolidationConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The memory configuration.
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public UserPreferenceOverrideConsolidationConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public UserPreferenceOverrideConsolidationConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /**
     * The memory override configuration model ID.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public UserPreferenceOverrideConsolidationConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public UserPreferenceOverrideConsolidationConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * The memory override configuration.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::Memory.UserPreferenceOverrideExtractionConfigurationInput}.
   */
  public static final class UserPreferenceOverrideExtractionConfigurationInput extends Struct<UserPreferenceOverrideExtractionConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Memory.UserPreferenceOverrideExtractionConfigurationInput")
        .required("AppendToPrompt", "ModelId")
        .constrain("AppendToPrompt", Constraint.of().minLength(1).maxLength(30000))
        .build();

    public UserPreferenceOverrideExtractionConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The extraction configuration.
     *
     * <p>Required. Length: 1 to 30000 characters. CloudFormation property {@code AppendToPrompt}.
     */
    public UserPreferenceOverrideExtractionConfigurationInput appendToPrompt(String value) {
      return set("AppendToPrompt", Value.of(value));
    }

    /** Sets {@code AppendToPrompt} to this value; see {@link #appendToPrompt(String)}. */
    public UserPreferenceOverrideExtractionConfigurationInput appendToPrompt(Value<String> value) {
      return set("AppendToPrompt", value);
    }

    /**
     * The memory override for the model ID.
     *
     * <p>Required. CloudFormation property {@code ModelId}.
     */
    public UserPreferenceOverrideExtractionConfigurationInput modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public UserPreferenceOverrideExtractionConfigurationInput modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::Memory.Validation}. */
  public static final class Validation extends Struct<Validation> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Memory.Validation");

    public Validation() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code NumberValidation}. */
    public Validation numberValidation(Value<NumberValidation> value) {
      return set("NumberValidation", value);
    }

    /** CloudFormation property {@code StringListValidation}. */
    public Validation stringListValidation(Value<StringListValidation> value) {
      return set("StringListValidation", value);
    }

    /** CloudFormation property {@code StringValidation}. */
    public Validation stringValidation(Value<StringValidation> value) {
      return set("StringValidation", value);
    }
  }
}
