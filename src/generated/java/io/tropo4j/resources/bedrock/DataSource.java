// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Properties with <code>__Update requires: Replacement__</code> can result in the creation of a new
 * data source and deletion of the old one. This can happen if you also change the Name of the data
 * source.
 *
 * <p>Specifies a data source as a resource in a top-level template. Minimally, you must specify the
 * following properties:
 *
 * <ul> <li>Name – Specify a name for the data source. <li>KnowledgeBaseId – Specify the ID of the
 * knowledge base for the data source to belong to. <li>DataSourceConfiguration – Specify
 * information about the Amazon S3 bucket containing the data source. The following sub-properties
 * are required: </ul>
 *
 * <ul> <li>Type – Specify the value <code>S3</code> . </ul>
 *
 * <p>For more information about setting up data sources in Amazon Bedrock , see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-ds.html">Set up a data
 * source for your knowledge base</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource")
      .required("DataSourceConfiguration", "KnowledgeBaseId", "Name")
      .allowed("DataDeletionPolicy", "RETAIN", "DELETE")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("KnowledgeBaseId", Constraint.of().pattern("^[0-9a-zA-Z]{10}$"))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .attributes("CreatedAt",
          "DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader",
          "DataSourceId", "DataSourceStatus", "FailureReasons", "UpdatedAt")
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The data deletion policy for the data source.
   *
   * <p>Allowed values: {@code RETAIN}, {@code DELETE}. CloudFormation property {@code
   * DataDeletionPolicy}.
   */
  public DataSource dataDeletionPolicy(String value) {
    return set("DataDeletionPolicy", Value.of(value));
  }

  /** Sets {@code DataDeletionPolicy} to this value; see {@link #dataDeletionPolicy(String)}. */
  public DataSource dataDeletionPolicy(Value<String> value) {
    return set("DataDeletionPolicy", value);
  }

  /**
   * The connection configuration for the data source.
   *
   * <p>Required. CloudFormation property {@code DataSourceConfiguration}.
   */
  public DataSource dataSourceConfiguration(Value<DataSourceConfiguration> value) {
    return set("DataSourceConfiguration", value);
  }

  /**
   * The description of the data source.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public DataSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier of the knowledge base to which the data source belongs.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9a-zA-Z]{10}$}.
   * CloudFormation property {@code KnowledgeBaseId}.
   */
  public DataSource knowledgeBaseId(String value) {
    return set("KnowledgeBaseId", Value.of(value));
  }

  /** Sets {@code KnowledgeBaseId} to this value; see {@link #knowledgeBaseId(String)}. */
  public DataSource knowledgeBaseId(Value<String> value) {
    return set("KnowledgeBaseId", value);
  }

  /**
   * The name of the data source.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * Name}.
   */
  public DataSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains details about the configuration of the server-side encryption.
   *
   * <p>CloudFormation property {@code ServerSideEncryptionConfiguration}.
   */
  public DataSource serverSideEncryptionConfiguration(Value<ServerSideEncryptionConfiguration> value) {
    return set("ServerSideEncryptionConfiguration", value);
  }

  /**
   * Contains details about how to ingest the documents in the data source.
   *
   * <p>CloudFormation property {@code VectorIngestionConfiguration}.
   */
  public DataSource vectorIngestionConfiguration(Value<VectorIngestionConfiguration> value) {
    return set("VectorIngestionConfiguration", value);
  }

  /**
   * The time at which the data source was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * A string used for identifying the crawler or bot when it accesses a web server. The user agent
   * header value consists of the <code>bedrockbot</code> , UUID, and a user agent suffix for your
   * crawler (if one is provided). By default, it is set to <code>bedrockbot_UUID</code> . You can
   * optionally append a custom suffix to <code>bedrockbot_UUID</code> to allowlist a specific user
   * agent permitted to access your source URLs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader}.
   */
  public Value<String> dataSourceConfigurationWebConfigurationCrawlerConfigurationUserAgentHeader() {
    return getAtt("DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader");
  }

  /**
   * The unique identifier of the data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataSourceId}.
   */
  public Value<String> dataSourceId() {
    return getAtt("DataSourceId");
  }

  /**
   * The status of the data source. The following statuses are possible:
   *
   * <ul> <li>Available – The data source has been created and is ready for ingestion into the
   * knowledge base. <li>Deleting – The data source is being deleted. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataSourceStatus}.
   */
  public Value<String> dataSourceStatus() {
    return getAtt("DataSourceStatus");
  }

  /**
   * The detailed reasons on the failure to delete a data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReasons}.
   */
  public Value<List<String>> failureReasons() {
    return getAtt("FailureReasons");
  }

  /**
   * The time at which the data source was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration for audio extraction.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.AudioExtractionConfiguration}.
   */
  public static final class AudioExtractionConfiguration extends Struct<AudioExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.AudioExtractionConfiguration")
        .required("AudioExtractionStatus")
        .allowed("AudioExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public AudioExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a feature is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code AudioExtractionStatus}.
     */
    public AudioExtractionConfiguration audioExtractionStatus(String value) {
      return set("AudioExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code AudioExtractionStatus} to this value; see {@link #audioExtractionStatus(String)}.
     */
    public AudioExtractionConfiguration audioExtractionStatus(Value<String> value) {
      return set("AudioExtractionStatus", value);
    }
  }

  /**
   * Contains configurations for using Amazon Bedrock Data Automation as the parser for ingesting
   * your data sources.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.BedrockDataAutomationConfiguration}.
   */
  public static final class BedrockDataAutomationConfiguration extends Struct<BedrockDataAutomationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.BedrockDataAutomationConfiguration")
        .allowed("ParsingModality", "MULTIMODAL")
        .build();

    public BedrockDataAutomationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to enable parsing of multimodal data, including both text and/or images.
     *
     * <p>Allowed values: {@code MULTIMODAL}. CloudFormation property {@code ParsingModality}.
     */
    public BedrockDataAutomationConfiguration parsingModality(String value) {
      return set("ParsingModality", Value.of(value));
    }

    /** Sets {@code ParsingModality} to this value; see {@link #parsingModality(String)}. */
    public BedrockDataAutomationConfiguration parsingModality(Value<String> value) {
      return set("ParsingModality", value);
    }
  }

  /**
   * Settings for a foundation model used to parse documents for a data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.BedrockFoundationModelConfiguration}.
   */
  public static final class BedrockFoundationModelConfiguration extends Struct<BedrockFoundationModelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.BedrockFoundationModelConfiguration")
        .required("ModelArn")
        .constrain("ModelArn", Constraint.of().pattern("^(arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:(bedrock):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$").minLength(1).maxLength(2048))
        .allowed("ParsingModality", "MULTIMODAL")
        .build();

    public BedrockFoundationModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the foundation model to use for parsing.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:(bedrock):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$}.
     * CloudFormation property {@code ModelArn}.
     */
    public BedrockFoundationModelConfiguration modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public BedrockFoundationModelConfiguration modelArn(Value<String> value) {
      return set("ModelArn", value);
    }

    /**
     * Specifies whether to enable parsing of multimodal data, including both text and/or images.
     *
     * <p>Allowed values: {@code MULTIMODAL}. CloudFormation property {@code ParsingModality}.
     */
    public BedrockFoundationModelConfiguration parsingModality(String value) {
      return set("ParsingModality", Value.of(value));
    }

    /** Sets {@code ParsingModality} to this value; see {@link #parsingModality(String)}. */
    public BedrockFoundationModelConfiguration parsingModality(Value<String> value) {
      return set("ParsingModality", value);
    }

    /**
     * Instructions for interpreting the contents of a document.
     *
     * <p>CloudFormation property {@code ParsingPrompt}.
     */
    public BedrockFoundationModelConfiguration parsingPrompt(Value<ParsingPrompt> value) {
      return set("ParsingPrompt", value);
    }
  }

  /**
   * Context enrichment configuration is used to provide additional context to the RAG application
   * using Amazon Bedrock foundation models.
   *
   * <p>Property type {@code
   * AWS::Bedrock::DataSource.BedrockFoundationModelContextEnrichmentConfiguration}.
   */
  public static final class BedrockFoundationModelContextEnrichmentConfiguration extends Struct<BedrockFoundationModelContextEnrichmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.BedrockFoundationModelContextEnrichmentConfiguration")
        .required("EnrichmentStrategyConfiguration", "ModelArn")
        .constrain("ModelArn", Constraint.of().pattern("^(arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:(bedrock):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$").minLength(1).maxLength(2048))
        .build();

    public BedrockFoundationModelContextEnrichmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The enrichment stategy used to provide additional context. For example, Neptune GraphRAG uses
     * Amazon Bedrock foundation models to perform chunk entity extraction.
     *
     * <p>Required. CloudFormation property {@code EnrichmentStrategyConfiguration}.
     */
    public BedrockFoundationModelContextEnrichmentConfiguration enrichmentStrategyConfiguration(Value<EnrichmentStrategyConfiguration> value) {
      return set("EnrichmentStrategyConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the model used to create vector embeddings for the
     * knowledge base.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:(bedrock):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$}.
     * CloudFormation property {@code ModelArn}.
     */
    public BedrockFoundationModelContextEnrichmentConfiguration modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public BedrockFoundationModelContextEnrichmentConfiguration modelArn(Value<String> value) {
      return set("ModelArn", value);
    }
  }

  /**
   * Details about how to chunk the documents in the data source. A <em>chunk</em> refers to an
   * excerpt from a data source that is returned when the knowledge base that it belongs to is
   * queried.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ChunkingConfiguration}.
   */
  public static final class ChunkingConfiguration extends Struct<ChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ChunkingConfiguration")
        .required("ChunkingStrategy")
        .allowed("ChunkingStrategy", "FIXED_SIZE", "NONE", "HIERARCHICAL", "SEMANTIC")
        .build();

    public ChunkingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Knowledge base can split your source data into chunks. A <em>chunk</em> refers to an excerpt
     * from a data source that is returned when the knowledge base that it belongs to is queried.
     * You have the following options for chunking your data. If you opt for <code>NONE</code> ,
     * then you may want to pre-process your files by splitting them up such that each file
     * corresponds to a chunk.
     *
     * <ul> <li><code>FIXED_SIZE</code> – Amazon Bedrock splits your source data into chunks of the
     * approximate size that you set in the <code>fixedSizeChunkingConfiguration</code> .
     * <li><code>HIERARCHICAL</code> – Split documents into layers of chunks where the first layer
     * contains large chunks, and the second layer contains smaller chunks derived from the first
     * layer. <li><code>SEMANTIC</code> – Split documents into chunks based on groups of similar
     * content derived with natural language processing. <li><code>NONE</code> – Amazon Bedrock
     * treats each file as one chunk. If you choose this option, you may want to pre-process your
     * documents by splitting them into separate files. </ul>
     *
     * <p>Required. Allowed values: {@code FIXED_SIZE}, {@code NONE}, {@code HIERARCHICAL}, {@code
     * SEMANTIC}. CloudFormation property {@code ChunkingStrategy}.
     */
    public ChunkingConfiguration chunkingStrategy(String value) {
      return set("ChunkingStrategy", Value.of(value));
    }

    /** Sets {@code ChunkingStrategy} to this value; see {@link #chunkingStrategy(String)}. */
    public ChunkingConfiguration chunkingStrategy(Value<String> value) {
      return set("ChunkingStrategy", value);
    }

    /**
     * Configurations for when you choose fixed-size chunking. If you set the
     * <code>chunkingStrategy</code> as <code>NONE</code> , exclude this field.
     *
     * <p>CloudFormation property {@code FixedSizeChunkingConfiguration}.
     */
    public ChunkingConfiguration fixedSizeChunkingConfiguration(Value<FixedSizeChunkingConfiguration> value) {
      return set("FixedSizeChunkingConfiguration", value);
    }

    /**
     * Settings for hierarchical document chunking for a data source. Hierarchical chunking splits
     * documents into layers of chunks where the first layer contains large chunks, and the second
     * layer contains smaller chunks derived from the first layer.
     *
     * <p>CloudFormation property {@code HierarchicalChunkingConfiguration}.
     */
    public ChunkingConfiguration hierarchicalChunkingConfiguration(Value<HierarchicalChunkingConfiguration> value) {
      return set("HierarchicalChunkingConfiguration", value);
    }

    /**
     * Settings for semantic document chunking for a data source. Semantic chunking splits a
     * document into into smaller documents based on groups of similar content derived from the text
     * with natural language processing.
     *
     * <p>CloudFormation property {@code SemanticChunkingConfiguration}.
     */
    public ChunkingConfiguration semanticChunkingConfiguration(Value<SemanticChunkingConfiguration> value) {
      return set("SemanticChunkingConfiguration", value);
    }
  }

  /**
   * The configuration of the Confluence content. For example, configuring specific types of
   * Confluence content.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ConfluenceCrawlerConfiguration}.
   */
  public static final class ConfluenceCrawlerConfiguration extends Struct<ConfluenceCrawlerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.ConfluenceCrawlerConfiguration");

    public ConfluenceCrawlerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of filtering the Confluence content. For example, configuring regular
     * expression patterns to include or exclude certain content.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public ConfluenceCrawlerConfiguration filterConfiguration(Value<CrawlFilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }
  }

  /**
   * The configuration information to connect to Confluence as your data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ConfluenceDataSourceConfiguration}.
   */
  public static final class ConfluenceDataSourceConfiguration extends Struct<ConfluenceDataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ConfluenceDataSourceConfiguration")
        .required("SourceConfiguration")
        .build();

    public ConfluenceDataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of the Confluence content. For example, configuring specific types of
     * Confluence content.
     *
     * <p>CloudFormation property {@code CrawlerConfiguration}.
     */
    public ConfluenceDataSourceConfiguration crawlerConfiguration(Value<ConfluenceCrawlerConfiguration> value) {
      return set("CrawlerConfiguration", value);
    }

    /**
     * The endpoint information to connect to your Confluence data source.
     *
     * <p>Required. CloudFormation property {@code SourceConfiguration}.
     */
    public ConfluenceDataSourceConfiguration sourceConfiguration(Value<ConfluenceSourceConfiguration> value) {
      return set("SourceConfiguration", value);
    }
  }

  /**
   * The endpoint information to connect to your Confluence data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ConfluenceSourceConfiguration}.
   */
  public static final class ConfluenceSourceConfiguration extends Struct<ConfluenceSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ConfluenceSourceConfiguration")
        .required("AuthType", "CredentialsSecretArn", "HostType", "HostUrl")
        .allowed("AuthType", "BASIC", "OAUTH2_CLIENT_CREDENTIALS")
        .constrain("CredentialsSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .allowed("HostType", "SAAS")
        .constrain("HostUrl", Constraint.of().pattern("^https://[A-Za-z0-9][^\\s]*$").minLength(1).maxLength(2048))
        .build();

    public ConfluenceSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The supported authentication type to authenticate and connect to your Confluence instance.
     *
     * <p>Required. Allowed values: {@code BASIC}, {@code OAUTH2_CLIENT_CREDENTIALS}. CloudFormation
     * property {@code AuthType}.
     */
    public ConfluenceSourceConfiguration authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public ConfluenceSourceConfiguration authType(Value<String> value) {
      return set("AuthType", value);
    }

    /**
     * The Amazon Resource Name of an AWS Secrets Manager secret that stores your authentication
     * credentials for your Confluence instance URL. For more information on the key-value pairs
     * that must be included in your secret, depending on your authentication type, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/confluence-data-source-connector.html#configuration-confluence-connector">Confluence
     * connection configuration</a> .
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code CredentialsSecretArn}.
     */
    public ConfluenceSourceConfiguration credentialsSecretArn(String value) {
      return set("CredentialsSecretArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialsSecretArn} to this value; see {@link #credentialsSecretArn(String)}.
     */
    public ConfluenceSourceConfiguration credentialsSecretArn(Value<String> value) {
      return set("CredentialsSecretArn", value);
    }

    /**
     * The supported host type, whether online/cloud or server/on-premises.
     *
     * <p>Required. Allowed values: {@code SAAS}. CloudFormation property {@code HostType}.
     */
    public ConfluenceSourceConfiguration hostType(String value) {
      return set("HostType", Value.of(value));
    }

    /** Sets {@code HostType} to this value; see {@link #hostType(String)}. */
    public ConfluenceSourceConfiguration hostType(Value<String> value) {
      return set("HostType", value);
    }

    /**
     * The Confluence host URL or instance URL.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^https://[A-Za-z0-9][^&#92;s]*$}.
     * CloudFormation property {@code HostUrl}.
     */
    public ConfluenceSourceConfiguration hostUrl(String value) {
      return set("HostUrl", Value.of(value));
    }

    /** Sets {@code HostUrl} to this value; see {@link #hostUrl(String)}. */
    public ConfluenceSourceConfiguration hostUrl(Value<String> value) {
      return set("HostUrl", value);
    }
  }

  /**
   * Context enrichment configuration is used to provide additional context to the RAG application.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ContextEnrichmentConfiguration}.
   */
  public static final class ContextEnrichmentConfiguration extends Struct<ContextEnrichmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ContextEnrichmentConfiguration")
        .required("Type")
        .allowed("Type", "BEDROCK_FOUNDATION_MODEL")
        .build();

    public ContextEnrichmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of the Amazon Bedrock foundation model used for context enrichment.
     *
     * <p>CloudFormation property {@code BedrockFoundationModelConfiguration}.
     */
    public ContextEnrichmentConfiguration bedrockFoundationModelConfiguration(Value<BedrockFoundationModelContextEnrichmentConfiguration> value) {
      return set("BedrockFoundationModelConfiguration", value);
    }

    /**
     * The method used for context enrichment. It must be Amazon Bedrock foundation models.
     *
     * <p>Required. Allowed values: {@code BEDROCK_FOUNDATION_MODEL}. CloudFormation property {@code
     * Type}.
     */
    public ContextEnrichmentConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContextEnrichmentConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The configuration of filtering the data source content. For example, configuring regular
   * expression patterns to include or exclude certain content.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.CrawlFilterConfiguration}.
   */
  public static final class CrawlFilterConfiguration extends Struct<CrawlFilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.CrawlFilterConfiguration")
        .required("Type")
        .allowed("Type", "PATTERN")
        .build();

    public CrawlFilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of filtering certain objects or content types of the data source.
     *
     * <p>CloudFormation property {@code PatternObjectFilter}.
     */
    public CrawlFilterConfiguration patternObjectFilter(Value<PatternObjectFilterConfiguration> value) {
      return set("PatternObjectFilter", value);
    }

    /**
     * The type of filtering that you want to apply to certain objects or content of the data
     * source. For example, the <code>PATTERN</code> type is regular expression patterns you can
     * apply to filter your content.
     *
     * <p>Required. Allowed values: {@code PATTERN}. CloudFormation property {@code Type}.
     */
    public CrawlFilterConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CrawlFilterConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Settings for customizing steps in the data source content ingestion pipeline.
   *
   * <p>You can configure the data source to process documents with a Lambda function after they are
   * parsed and converted into chunks. When you add a post-chunking transformation, the service
   * stores chunked documents in an S3 bucket and invokes a Lambda function to process them.
   *
   * <p>To process chunked documents with a Lambda function, define an S3 bucket path for input and
   * output objects, and a transformation that specifies the Lambda function to invoke. You can use
   * the Lambda function to customize how chunks are split, and the metadata for each chunk.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.CustomTransformationConfiguration}.
   */
  public static final class CustomTransformationConfiguration extends Struct<CustomTransformationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.CustomTransformationConfiguration")
        .required("IntermediateStorage", "Transformations")
        .build();

    public CustomTransformationConfiguration() {
      super(SCHEMA);
    }

    /**
     * An S3 bucket path for input and output objects.
     *
     * <p>Required. CloudFormation property {@code IntermediateStorage}.
     */
    public CustomTransformationConfiguration intermediateStorage(Value<IntermediateStorage> value) {
      return set("IntermediateStorage", value);
    }

    /**
     * A Lambda function that processes documents.
     *
     * <p>Required. CloudFormation property {@code Transformations}.
     */
    public CustomTransformationConfiguration transformations(List<Transformation> value) {
      return set("Transformations", Value.listOf(value));
    }

    /** Sets {@code Transformations} to this value; see {@link #transformations(List)}. */
    public CustomTransformationConfiguration transformations(Value<List<Transformation>> value) {
      return set("Transformations", value);
    }

    /** Sets {@code Transformations} to a list of these; see {@link #transformations(List)}. */
    public CustomTransformationConfiguration transformations(Transformation... values) {
      return set("Transformations", Value.list(values));
    }
  }

  /**
   * The connection configuration for the data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.DataSourceConfiguration}.
   */
  public static final class DataSourceConfiguration extends Struct<DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.DataSourceConfiguration")
        .required("Type")
        .allowed("Type", "S3", "CONFLUENCE", "SALESFORCE", "SHAREPOINT", "WEB", "CUSTOM",
            "REDSHIFT_METADATA", "MANAGED_KNOWLEDGE_BASE_CONNECTOR")
        .build();

    public DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration information to connect to Confluence as your data source.
     *
     * <p>Confluence data source connector is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code ConfluenceConfiguration}.
     */
    public DataSourceConfiguration confluenceConfiguration(Value<ConfluenceDataSourceConfiguration> value) {
      return set("ConfluenceConfiguration", value);
    }

    /**
     * Configuration for managed knowledge base connector data sources.
     *
     * <p>CloudFormation property {@code ManagedKnowledgeBaseConnectorConfiguration}.
     */
    public DataSourceConfiguration managedKnowledgeBaseConnectorConfiguration(Value<ManagedKnowledgeBaseConnectorConfiguration> value) {
      return set("ManagedKnowledgeBaseConnectorConfiguration", value);
    }

    /**
     * The configuration information to connect to Amazon S3 as your data source.
     *
     * <p>CloudFormation property {@code S3Configuration}.
     */
    public DataSourceConfiguration s3Configuration(Value<S3DataSourceConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The configuration information to connect to Salesforce as your data source.
     *
     * <p>Salesforce data source connector is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code SalesforceConfiguration}.
     */
    public DataSourceConfiguration salesforceConfiguration(Value<SalesforceDataSourceConfiguration> value) {
      return set("SalesforceConfiguration", value);
    }

    /**
     * The configuration information to connect to SharePoint as your data source.
     *
     * <p>SharePoint data source connector is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code SharePointConfiguration}.
     */
    public DataSourceConfiguration sharePointConfiguration(Value<SharePointDataSourceConfiguration> value) {
      return set("SharePointConfiguration", value);
    }

    /**
     * The type of data source.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code S3}, {@code
     * CONFLUENCE}, {@code SALESFORCE}, {@code SHAREPOINT}, {@code WEB}, {@code CUSTOM}, {@code
     * REDSHIFT_METADATA}, {@code MANAGED_KNOWLEDGE_BASE_CONNECTOR}. CloudFormation property {@code
     * Type}.
     */
    public DataSourceConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataSourceConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The configuration of web URLs to crawl for your data source. You should be authorized to
     * crawl the URLs.
     *
     * <p>Crawling web URLs as your data source is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code WebConfiguration}.
     */
    public DataSourceConfiguration webConfiguration(Value<WebDataSourceConfiguration> value) {
      return set("WebConfiguration", value);
    }
  }

  /**
   * Day of the month on which a monthly refresh runs. Exactly one variant is set: an explicit day
   * number, or the last calendar day of the month.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.DayOfMonth}.
   */
  public static final class DayOfMonth extends Struct<DayOfMonth> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.DayOfMonth")
        .constrain("DayNumber", Constraint.of().minimum(1).maximum(28))
        .build();

    public DayOfMonth() {
      super(SCHEMA);
    }

    /**
     * Specific day of the month, 1 through 28 (capped at 28 to avoid month-length ambiguity).
     *
     * <p>Range: 1 to 28. CloudFormation property {@code DayNumber}.
     */
    public DayOfMonth dayNumber(int value) {
      return set("DayNumber", Value.of(value));
    }

    /** Sets {@code DayNumber} to this value; see {@link #dayNumber(int)}. */
    public DayOfMonth dayNumber(Value<Integer> value) {
      return set("DayNumber", value);
    }

    /**
     * Run on the last calendar day of each month.
     *
     * <p>CloudFormation property {@code LastDayOfMonth}.
     */
    public DayOfMonth lastDayOfMonth(Value<Json> value) {
      return set("LastDayOfMonth", value);
    }
  }

  /**
   * Configuration for deletion protection.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.DeletionProtectionConfiguration}.
   */
  public static final class DeletionProtectionConfiguration extends Struct<DeletionProtectionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.DeletionProtectionConfiguration")
        .required("DeletionProtectionStatus")
        .allowed("DeletionProtectionStatus", "ENABLED", "DISABLED")
        .constrain("DeletionProtectionThreshold", Constraint.of().minimum(0).maximum(100))
        .build();

    public DeletionProtectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a feature is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code DeletionProtectionStatus}.
     */
    public DeletionProtectionConfiguration deletionProtectionStatus(String value) {
      return set("DeletionProtectionStatus", Value.of(value));
    }

    /**
     * Sets {@code DeletionProtectionStatus} to this value; see {@link
     * #deletionProtectionStatus(String)}.
     */
    public DeletionProtectionConfiguration deletionProtectionStatus(Value<String> value) {
      return set("DeletionProtectionStatus", value);
    }

    /**
     * Threshold for deletion protection.
     *
     * <p>Range: 0 to 100. Default: {@code 15}. CloudFormation property {@code
     * DeletionProtectionThreshold}.
     */
    public DeletionProtectionConfiguration deletionProtectionThreshold(int value) {
      return set("DeletionProtectionThreshold", Value.of(value));
    }

    /**
     * Sets {@code DeletionProtectionThreshold} to this value; see {@link
     * #deletionProtectionThreshold(int)}.
     */
    public DeletionProtectionConfiguration deletionProtectionThreshold(Value<Integer> value) {
      return set("DeletionProtectionThreshold", value);
    }
  }

  /**
   * The strategy used for performing context enrichment.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.EnrichmentStrategyConfiguration}.
   */
  public static final class EnrichmentStrategyConfiguration extends Struct<EnrichmentStrategyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.EnrichmentStrategyConfiguration")
        .required("Method")
        .allowed("Method", "CHUNK_ENTITY_EXTRACTION")
        .build();

    public EnrichmentStrategyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The method used for the context enrichment strategy.
     *
     * <p>Required. Allowed values: {@code CHUNK_ENTITY_EXTRACTION}. CloudFormation property {@code
     * Method}.
     */
    public EnrichmentStrategyConfiguration method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public EnrichmentStrategyConfiguration method(Value<String> value) {
      return set("Method", value);
    }
  }

  /**
   * Configurations for when you choose fixed-size chunking. If you set the
   * <code>chunkingStrategy</code> as <code>NONE</code> , exclude this field.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.FixedSizeChunkingConfiguration}.
   */
  public static final class FixedSizeChunkingConfiguration extends Struct<FixedSizeChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.FixedSizeChunkingConfiguration")
        .required("MaxTokens", "OverlapPercentage")
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .constrain("OverlapPercentage", Constraint.of().minimum(1).maximum(99))
        .build();

    public FixedSizeChunkingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of tokens to include in a chunk.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxTokens}.
     */
    public FixedSizeChunkingConfiguration maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public FixedSizeChunkingConfiguration maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }

    /**
     * The percentage of overlap between adjacent chunks of a data source.
     *
     * <p>Required. Range: 1 to 99. CloudFormation property {@code OverlapPercentage}.
     */
    public FixedSizeChunkingConfiguration overlapPercentage(int value) {
      return set("OverlapPercentage", Value.of(value));
    }

    /** Sets {@code OverlapPercentage} to this value; see {@link #overlapPercentage(int)}. */
    public FixedSizeChunkingConfiguration overlapPercentage(Value<Integer> value) {
      return set("OverlapPercentage", value);
    }
  }

  /**
   * Settings for hierarchical document chunking for a data source. Hierarchical chunking splits
   * documents into layers of chunks where the first layer contains large chunks, and the second
   * layer contains smaller chunks derived from the first layer.
   *
   * <p>You configure the number of tokens to overlap, or repeat across adjacent chunks. For
   * example, if you set overlap tokens to 60, the last 60 tokens in the first chunk are also
   * included at the beginning of the second chunk. For each layer, you must also configure the
   * maximum number of tokens in a chunk.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.HierarchicalChunkingConfiguration}.
   */
  public static final class HierarchicalChunkingConfiguration extends Struct<HierarchicalChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.HierarchicalChunkingConfiguration")
        .required("LevelConfigurations", "OverlapTokens")
        .constrain("OverlapTokens", Constraint.of().minimum(1))
        .build();

    public HierarchicalChunkingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Token settings for each layer.
     *
     * <p>Required. CloudFormation property {@code LevelConfigurations}.
     */
    public HierarchicalChunkingConfiguration levelConfigurations(List<HierarchicalChunkingLevelConfiguration> value) {
      return set("LevelConfigurations", Value.listOf(value));
    }

    /** Sets {@code LevelConfigurations} to this value; see {@link #levelConfigurations(List)}. */
    public HierarchicalChunkingConfiguration levelConfigurations(Value<List<HierarchicalChunkingLevelConfiguration>> value) {
      return set("LevelConfigurations", value);
    }

    /**
     * Sets {@code LevelConfigurations} to a list of these; see {@link #levelConfigurations(List)}.
     */
    public HierarchicalChunkingConfiguration levelConfigurations(HierarchicalChunkingLevelConfiguration... values) {
      return set("LevelConfigurations", Value.list(values));
    }

    /**
     * The number of tokens to repeat across chunks in the same layer.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code OverlapTokens}.
     */
    public HierarchicalChunkingConfiguration overlapTokens(int value) {
      return set("OverlapTokens", Value.of(value));
    }

    /** Sets {@code OverlapTokens} to this value; see {@link #overlapTokens(int)}. */
    public HierarchicalChunkingConfiguration overlapTokens(Value<Integer> value) {
      return set("OverlapTokens", value);
    }
  }

  /**
   * Token settings for a layer in a hierarchical chunking configuration.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.HierarchicalChunkingLevelConfiguration}.
   */
  public static final class HierarchicalChunkingLevelConfiguration extends Struct<HierarchicalChunkingLevelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.HierarchicalChunkingLevelConfiguration")
        .required("MaxTokens")
        .constrain("MaxTokens", Constraint.of().minimum(1).maximum(8192))
        .build();

    public HierarchicalChunkingLevelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of tokens that a chunk can contain in this layer.
     *
     * <p>Required. Range: 1 to 8192. CloudFormation property {@code MaxTokens}.
     */
    public HierarchicalChunkingLevelConfiguration maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public HierarchicalChunkingLevelConfiguration maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }
  }

  /**
   * Configuration for image extraction.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ImageExtractionConfiguration}.
   */
  public static final class ImageExtractionConfiguration extends Struct<ImageExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ImageExtractionConfiguration")
        .required("ImageExtractionStatus")
        .allowed("ImageExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public ImageExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a feature is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code ImageExtractionStatus}.
     */
    public ImageExtractionConfiguration imageExtractionStatus(String value) {
      return set("ImageExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code ImageExtractionStatus} to this value; see {@link #imageExtractionStatus(String)}.
     */
    public ImageExtractionConfiguration imageExtractionStatus(Value<String> value) {
      return set("ImageExtractionStatus", value);
    }
  }

  /**
   * A location for storing content from data sources temporarily as it is processed by custom
   * components in the ingestion pipeline.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.IntermediateStorage}.
   */
  public static final class IntermediateStorage extends Struct<IntermediateStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.IntermediateStorage")
        .required("S3Location")
        .build();

    public IntermediateStorage() {
      super(SCHEMA);
    }

    /**
     * An S3 bucket path.
     *
     * <p>Required. CloudFormation property {@code S3Location}.
     */
    public IntermediateStorage s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }
  }

  /**
   * Configuration for managed knowledge base connector data sources.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ManagedKnowledgeBaseConnectorConfiguration}.
   */
  public static final class ManagedKnowledgeBaseConnectorConfiguration extends Struct<ManagedKnowledgeBaseConnectorConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.ManagedKnowledgeBaseConnectorConfiguration");

    public ManagedKnowledgeBaseConnectorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Connector-specific parameters.
     *
     * <p>CloudFormation property {@code ConnectorParameters}.
     */
    public ManagedKnowledgeBaseConnectorConfiguration connectorParameters(Value<Json> value) {
      return set("ConnectorParameters", value);
    }

    /**
     * Configuration for deletion protection.
     *
     * <p>CloudFormation property {@code DeletionProtectionConfiguration}.
     */
    public ManagedKnowledgeBaseConnectorConfiguration deletionProtectionConfiguration(Value<DeletionProtectionConfiguration> value) {
      return set("DeletionProtectionConfiguration", value);
    }

    /**
     * Configuration for media extraction settings.
     *
     * <p>CloudFormation property {@code MediaExtractionConfiguration}.
     */
    public ManagedKnowledgeBaseConnectorConfiguration mediaExtractionConfiguration(Value<MediaExtractionConfiguration> value) {
      return set("MediaExtractionConfiguration", value);
    }

    /**
     * Recurring schedule on which the connector automatically refreshes ingested content. Exactly
     * one frequency variant is set.
     *
     * <p>CloudFormation property {@code SyncSchedule}.
     */
    public ManagedKnowledgeBaseConnectorConfiguration syncSchedule(Value<SyncSchedule> value) {
      return set("SyncSchedule", value);
    }
  }

  /**
   * Configuration for media extraction settings.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.MediaExtractionConfiguration}.
   */
  public static final class MediaExtractionConfiguration extends Struct<MediaExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.MediaExtractionConfiguration");

    public MediaExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for audio extraction.
     *
     * <p>CloudFormation property {@code AudioExtractionConfiguration}.
     */
    public MediaExtractionConfiguration audioExtractionConfiguration(Value<AudioExtractionConfiguration> value) {
      return set("AudioExtractionConfiguration", value);
    }

    /**
     * Configuration for image extraction.
     *
     * <p>CloudFormation property {@code ImageExtractionConfiguration}.
     */
    public MediaExtractionConfiguration imageExtractionConfiguration(Value<ImageExtractionConfiguration> value) {
      return set("ImageExtractionConfiguration", value);
    }

    /**
     * Configuration for video extraction.
     *
     * <p>CloudFormation property {@code VideoExtractionConfiguration}.
     */
    public MediaExtractionConfiguration videoExtractionConfiguration(Value<VideoExtractionConfiguration> value) {
      return set("VideoExtractionConfiguration", value);
    }
  }

  /**
   * A monthly refresh on a specified day of the month.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.MonthlySchedule}.
   */
  public static final class MonthlySchedule extends Struct<MonthlySchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.MonthlySchedule")
        .required("DayOfMonth")
        .build();

    public MonthlySchedule() {
      super(SCHEMA);
    }

    /**
     * Day of the month on which a monthly refresh runs. Exactly one variant is set: an explicit day
     * number, or the last calendar day of the month.
     *
     * <p>Required. CloudFormation property {@code DayOfMonth}.
     */
    public MonthlySchedule dayOfMonth(Value<DayOfMonth> value) {
      return set("DayOfMonth", value);
    }
  }

  /**
   * Settings for parsing document contents. If you exclude this field, the default parser converts
   * the contents of each document into text before splitting it into chunks. Specify the parsing
   * strategy to use in the <code>parsingStrategy</code> field and include the relevant
   * configuration, or omit it to use the Amazon Bedrock default parser. For more information, see
   * <a href="https://docs.aws.amazon.com/bedrock/latest/userguide/kb-advanced-parsing.html">Parsing
   * options for your data source</a> .
   *
   * <p>If you specify <code>BEDROCK_DATA_AUTOMATION</code> or <code>BEDROCK_FOUNDATION_MODEL</code>
   * and it fails to parse a file, the Amazon Bedrock default parser will be used instead.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ParsingConfiguration}.
   */
  public static final class ParsingConfiguration extends Struct<ParsingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ParsingConfiguration")
        .required("ParsingStrategy")
        .allowed("ParsingStrategy", "BEDROCK_FOUNDATION_MODEL", "BEDROCK_DATA_AUTOMATION",
            "SMART_PARSING", "MULTI_MODAL_EMBEDDINGS")
        .build();

    public ParsingConfiguration() {
      super(SCHEMA);
    }

    /**
     * If you specify <code>BEDROCK_DATA_AUTOMATION</code> as the parsing strategy for ingesting
     * your data source, use this object to modify configurations for using the Amazon Bedrock Data
     * Automation parser.
     *
     * <p>CloudFormation property {@code BedrockDataAutomationConfiguration}.
     */
    public ParsingConfiguration bedrockDataAutomationConfiguration(Value<BedrockDataAutomationConfiguration> value) {
      return set("BedrockDataAutomationConfiguration", value);
    }

    /**
     * If you specify <code>BEDROCK_FOUNDATION_MODEL</code> as the parsing strategy for ingesting
     * your data source, use this object to modify configurations for using a foundation model to
     * parse documents.
     *
     * <p>CloudFormation property {@code BedrockFoundationModelConfiguration}.
     */
    public ParsingConfiguration bedrockFoundationModelConfiguration(Value<BedrockFoundationModelConfiguration> value) {
      return set("BedrockFoundationModelConfiguration", value);
    }

    /**
     * The parsing strategy for the data source.
     *
     * <p>Required. Allowed values: {@code BEDROCK_FOUNDATION_MODEL}, {@code
     * BEDROCK_DATA_AUTOMATION}, {@code SMART_PARSING}, {@code MULTI_MODAL_EMBEDDINGS}.
     * CloudFormation property {@code ParsingStrategy}.
     */
    public ParsingConfiguration parsingStrategy(String value) {
      return set("ParsingStrategy", Value.of(value));
    }

    /** Sets {@code ParsingStrategy} to this value; see {@link #parsingStrategy(String)}. */
    public ParsingConfiguration parsingStrategy(Value<String> value) {
      return set("ParsingStrategy", value);
    }
  }

  /**
   * Instructions for interpreting the contents of a document.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ParsingPrompt}.
   */
  public static final class ParsingPrompt extends Struct<ParsingPrompt> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ParsingPrompt")
        .required("ParsingPromptText")
        .constrain("ParsingPromptText", Constraint.of().minLength(1).maxLength(10000))
        .build();

    public ParsingPrompt() {
      super(SCHEMA);
    }

    /**
     * Instructions for interpreting the contents of a document.
     *
     * <p>Required. Length: 1 to 10000 characters. CloudFormation property {@code
     * ParsingPromptText}.
     */
    public ParsingPrompt parsingPromptText(String value) {
      return set("ParsingPromptText", Value.of(value));
    }

    /** Sets {@code ParsingPromptText} to this value; see {@link #parsingPromptText(String)}. */
    public ParsingPrompt parsingPromptText(Value<String> value) {
      return set("ParsingPromptText", value);
    }
  }

  /**
   * The specific filters applied to your data source content. You can filter out or include certain
   * content.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.PatternObjectFilter}.
   */
  public static final class PatternObjectFilter extends Struct<PatternObjectFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.PatternObjectFilter")
        .required("ObjectType")
        .constrain("ExclusionFilters", Constraint.of().maxLength(1000))
        .constrain("InclusionFilters", Constraint.of().maxLength(1000))
        .constrain("ObjectType", Constraint.of().minLength(1).maxLength(50))
        .build();

    public PatternObjectFilter() {
      super(SCHEMA);
    }

    /**
     * A list of one or more exclusion regular expression patterns to exclude certain object types
     * that adhere to the pattern. If you specify an inclusion and exclusion filter/pattern and both
     * match a document, the exclusion filter takes precedence and the document isn’t crawled.
     *
     * <p>Length: at most 1000 characters. CloudFormation property {@code ExclusionFilters}.
     */
    public PatternObjectFilter exclusionFilters(List<String> value) {
      return set("ExclusionFilters", Value.listOf(value));
    }

    /** Sets {@code ExclusionFilters} to this value; see {@link #exclusionFilters(List)}. */
    public PatternObjectFilter exclusionFilters(Value<List<String>> value) {
      return set("ExclusionFilters", value);
    }

    /**
     * A list of one or more inclusion regular expression patterns to include certain object types
     * that adhere to the pattern. If you specify an inclusion and exclusion filter/pattern and both
     * match a document, the exclusion filter takes precedence and the document isn’t crawled.
     *
     * <p>Length: at most 1000 characters. CloudFormation property {@code InclusionFilters}.
     */
    public PatternObjectFilter inclusionFilters(List<String> value) {
      return set("InclusionFilters", Value.listOf(value));
    }

    /** Sets {@code InclusionFilters} to this value; see {@link #inclusionFilters(List)}. */
    public PatternObjectFilter inclusionFilters(Value<List<String>> value) {
      return set("InclusionFilters", value);
    }

    /**
     * The supported object type or content type of the data source.
     *
     * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code ObjectType}.
     */
    public PatternObjectFilter objectType(String value) {
      return set("ObjectType", Value.of(value));
    }

    /** Sets {@code ObjectType} to this value; see {@link #objectType(String)}. */
    public PatternObjectFilter objectType(Value<String> value) {
      return set("ObjectType", value);
    }
  }

  /**
   * The configuration of filtering certain objects or content types of the data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.PatternObjectFilterConfiguration}.
   */
  public static final class PatternObjectFilterConfiguration extends Struct<PatternObjectFilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.PatternObjectFilterConfiguration")
        .required("Filters")
        .build();

    public PatternObjectFilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of specific filters applied to your data source content. You can filter out
     * or include certain content.
     *
     * <p>Required. CloudFormation property {@code Filters}.
     */
    public PatternObjectFilterConfiguration filters(List<PatternObjectFilter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public PatternObjectFilterConfiguration filters(Value<List<PatternObjectFilter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public PatternObjectFilterConfiguration filters(PatternObjectFilter... values) {
      return set("Filters", Value.list(values));
    }
  }

  /**
   * The configuration information to connect to Amazon S3 as your data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.S3DataSourceConfiguration}.
   */
  public static final class S3DataSourceConfiguration extends Struct<S3DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.S3DataSourceConfiguration")
        .required("BucketArn")
        .constrain("BucketArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$").minLength(1).maxLength(2048))
        .constrain("BucketOwnerAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("InclusionPrefixes", Constraint.of().minLength(1).maxLength(300))
        .build();

    public S3DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the S3 bucket that contains your data.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$}.
     * CloudFormation property {@code BucketArn}.
     */
    public S3DataSourceConfiguration bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public S3DataSourceConfiguration bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * The account ID for the owner of the S3 bucket.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * BucketOwnerAccountId}.
     */
    public S3DataSourceConfiguration bucketOwnerAccountId(String value) {
      return set("BucketOwnerAccountId", Value.of(value));
    }

    /**
     * Sets {@code BucketOwnerAccountId} to this value; see {@link #bucketOwnerAccountId(String)}.
     */
    public S3DataSourceConfiguration bucketOwnerAccountId(Value<String> value) {
      return set("BucketOwnerAccountId", value);
    }

    /**
     * A list of S3 prefixes to include certain files or content. This field is an array with a
     * maximum of one item, which can contain a string that has a maximum length of 300 characters.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-prefixes.html">Organizing
     * objects using prefixes</a> .
     *
     * <p>Length: 1 to 300 characters. CloudFormation property {@code InclusionPrefixes}.
     */
    public S3DataSourceConfiguration inclusionPrefixes(List<String> value) {
      return set("InclusionPrefixes", Value.listOf(value));
    }

    /** Sets {@code InclusionPrefixes} to this value; see {@link #inclusionPrefixes(List)}. */
    public S3DataSourceConfiguration inclusionPrefixes(Value<List<String>> value) {
      return set("InclusionPrefixes", value);
    }
  }

  /**
   * A storage location in an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.S3Location")
        .required("URI")
        .constrain("URI", Constraint.of().pattern("^s3://.{1,128}$").minLength(1).maxLength(2048))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * An object URI starting with <code>s3://</code> .
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^s3://.{1,128}$}. CloudFormation
     * property {@code URI}.
     */
    public S3Location uri(String value) {
      return set("URI", Value.of(value));
    }

    /** Sets {@code URI} to this value; see {@link #uri(String)}. */
    public S3Location uri(Value<String> value) {
      return set("URI", value);
    }
  }

  /**
   * The configuration of the Salesforce content. For example, configuring specific types of
   * Salesforce content.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SalesforceCrawlerConfiguration}.
   */
  public static final class SalesforceCrawlerConfiguration extends Struct<SalesforceCrawlerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.SalesforceCrawlerConfiguration");

    public SalesforceCrawlerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of filtering the Salesforce content. For example, configuring regular
     * expression patterns to include or exclude certain content.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public SalesforceCrawlerConfiguration filterConfiguration(Value<CrawlFilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }
  }

  /**
   * The configuration information to connect to Salesforce as your data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SalesforceDataSourceConfiguration}.
   */
  public static final class SalesforceDataSourceConfiguration extends Struct<SalesforceDataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.SalesforceDataSourceConfiguration")
        .required("SourceConfiguration")
        .build();

    public SalesforceDataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of the Salesforce content. For example, configuring specific types of
     * Salesforce content.
     *
     * <p>CloudFormation property {@code CrawlerConfiguration}.
     */
    public SalesforceDataSourceConfiguration crawlerConfiguration(Value<SalesforceCrawlerConfiguration> value) {
      return set("CrawlerConfiguration", value);
    }

    /**
     * The endpoint information to connect to your Salesforce data source.
     *
     * <p>Required. CloudFormation property {@code SourceConfiguration}.
     */
    public SalesforceDataSourceConfiguration sourceConfiguration(Value<SalesforceSourceConfiguration> value) {
      return set("SourceConfiguration", value);
    }
  }

  /**
   * The endpoint information to connect to your Salesforce data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SalesforceSourceConfiguration}.
   */
  public static final class SalesforceSourceConfiguration extends Struct<SalesforceSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.SalesforceSourceConfiguration")
        .required("AuthType", "CredentialsSecretArn", "HostUrl")
        .allowed("AuthType", "OAUTH2_CLIENT_CREDENTIALS")
        .constrain("CredentialsSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .constrain("HostUrl", Constraint.of().pattern("^https://[A-Za-z0-9][^\\s]*$").minLength(1).maxLength(2048))
        .build();

    public SalesforceSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The supported authentication type to authenticate and connect to your Salesforce instance.
     *
     * <p>Required. Allowed values: {@code OAUTH2_CLIENT_CREDENTIALS}. CloudFormation property
     * {@code AuthType}.
     */
    public SalesforceSourceConfiguration authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public SalesforceSourceConfiguration authType(Value<String> value) {
      return set("AuthType", value);
    }

    /**
     * The Amazon Resource Name of an AWS Secrets Manager secret that stores your authentication
     * credentials for your Salesforce instance URL. For more information on the key-value pairs
     * that must be included in your secret, depending on your authentication type, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/salesforce-data-source-connector.html#configuration-salesforce-connector">Salesforce
     * connection configuration</a> .
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code CredentialsSecretArn}.
     */
    public SalesforceSourceConfiguration credentialsSecretArn(String value) {
      return set("CredentialsSecretArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialsSecretArn} to this value; see {@link #credentialsSecretArn(String)}.
     */
    public SalesforceSourceConfiguration credentialsSecretArn(Value<String> value) {
      return set("CredentialsSecretArn", value);
    }

    /**
     * The Salesforce host URL or instance URL.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^https://[A-Za-z0-9][^&#92;s]*$}.
     * CloudFormation property {@code HostUrl}.
     */
    public SalesforceSourceConfiguration hostUrl(String value) {
      return set("HostUrl", Value.of(value));
    }

    /** Sets {@code HostUrl} to this value; see {@link #hostUrl(String)}. */
    public SalesforceSourceConfiguration hostUrl(Value<String> value) {
      return set("HostUrl", value);
    }
  }

  /**
   * The seed or starting point URL. You should be authorized to crawl the URL.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SeedUrl}.
   */
  public static final class SeedUrl extends Struct<SeedUrl> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.SeedUrl")
        .required("Url")
        .constrain("Url", Constraint.of().pattern("^https?://[A-Za-z0-9][^\\s]*$"))
        .build();

    public SeedUrl() {
      super(SCHEMA);
    }

    /**
     * A seed or starting point URL.
     *
     * <p>Required. Pattern: {@code ^https?://[A-Za-z0-9][^&#92;s]*$}. CloudFormation property
     * {@code Url}.
     */
    public SeedUrl url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public SeedUrl url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Settings for semantic document chunking for a data source. Semantic chunking splits a document
   * into into smaller documents based on groups of similar content derived from the text with
   * natural language processing.
   *
   * <p>With semantic chunking, each sentence is compared to the next to determine how similar they
   * are. You specify a threshold in the form of a percentile, where adjacent sentences that are
   * less similar than that percentage of sentence pairs are divided into separate chunks. For
   * example, if you set the threshold to 90, then the 10 percent of sentence pairs that are least
   * similar are split. So if you have 101 sentences, 100 sentence pairs are compared, and the 10
   * with the least similarity are split, creating 11 chunks. These chunks are further split if they
   * exceed the max token size.
   *
   * <p>You must also specify a buffer size, which determines whether sentences are compared in
   * isolation, or within a moving context window that includes the previous and following sentence.
   * For example, if you set the buffer size to <code>1</code> , the embedding for sentence 10 is
   * derived from sentences 9, 10, and 11 combined.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SemanticChunkingConfiguration}.
   */
  public static final class SemanticChunkingConfiguration extends Struct<SemanticChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.SemanticChunkingConfiguration")
        .required("BreakpointPercentileThreshold", "BufferSize", "MaxTokens")
        .constrain("BreakpointPercentileThreshold", Constraint.of().minimum(50).maximum(99))
        .constrain("BufferSize", Constraint.of().minimum(0).maximum(1))
        .constrain("MaxTokens", Constraint.of().minimum(1))
        .build();

    public SemanticChunkingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The dissimilarity threshold for splitting chunks.
     *
     * <p>Required. Range: 50 to 99. CloudFormation property {@code BreakpointPercentileThreshold}.
     */
    public SemanticChunkingConfiguration breakpointPercentileThreshold(int value) {
      return set("BreakpointPercentileThreshold", Value.of(value));
    }

    /**
     * Sets {@code BreakpointPercentileThreshold} to this value; see {@link
     * #breakpointPercentileThreshold(int)}.
     */
    public SemanticChunkingConfiguration breakpointPercentileThreshold(Value<Integer> value) {
      return set("BreakpointPercentileThreshold", value);
    }

    /**
     * The buffer size.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BufferSize}.
     */
    public SemanticChunkingConfiguration bufferSize(int value) {
      return set("BufferSize", Value.of(value));
    }

    /** Sets {@code BufferSize} to this value; see {@link #bufferSize(int)}. */
    public SemanticChunkingConfiguration bufferSize(Value<Integer> value) {
      return set("BufferSize", value);
    }

    /**
     * The maximum number of tokens that a chunk can contain.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxTokens}.
     */
    public SemanticChunkingConfiguration maxTokens(int value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(int)}. */
    public SemanticChunkingConfiguration maxTokens(Value<Integer> value) {
      return set("MaxTokens", value);
    }
  }

  /**
   * Contains the configuration for server-side encryption.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.ServerSideEncryptionConfiguration}.
   */
  public static final class ServerSideEncryptionConfiguration extends Struct<ServerSideEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.ServerSideEncryptionConfiguration")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public ServerSideEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS key used to encrypt the resource.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public ServerSideEncryptionConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public ServerSideEncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * The configuration of the SharePoint content. For example, configuring specific types of
   * SharePoint content.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SharePointCrawlerConfiguration}.
   */
  public static final class SharePointCrawlerConfiguration extends Struct<SharePointCrawlerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.SharePointCrawlerConfiguration");

    public SharePointCrawlerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of filtering the SharePoint content. For example, configuring regular
     * expression patterns to include or exclude certain content.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public SharePointCrawlerConfiguration filterConfiguration(Value<CrawlFilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }
  }

  /**
   * The configuration information to connect to SharePoint as your data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SharePointDataSourceConfiguration}.
   */
  public static final class SharePointDataSourceConfiguration extends Struct<SharePointDataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.SharePointDataSourceConfiguration")
        .required("SourceConfiguration")
        .build();

    public SharePointDataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of the SharePoint content. For example, configuring specific types of
     * SharePoint content.
     *
     * <p>CloudFormation property {@code CrawlerConfiguration}.
     */
    public SharePointDataSourceConfiguration crawlerConfiguration(Value<SharePointCrawlerConfiguration> value) {
      return set("CrawlerConfiguration", value);
    }

    /**
     * The endpoint information to connect to your SharePoint data source.
     *
     * <p>Required. CloudFormation property {@code SourceConfiguration}.
     */
    public SharePointDataSourceConfiguration sourceConfiguration(Value<SharePointSourceConfiguration> value) {
      return set("SourceConfiguration", value);
    }
  }

  /**
   * The endpoint information to connect to your SharePoint data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SharePointSourceConfiguration}.
   */
  public static final class SharePointSourceConfiguration extends Struct<SharePointSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.SharePointSourceConfiguration")
        .required("AuthType", "CredentialsSecretArn", "Domain", "HostType", "SiteUrls")
        .allowed("AuthType", "OAUTH2_CLIENT_CREDENTIALS",
            "OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS")
        .constrain("CredentialsSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .constrain("Domain", Constraint.of().minLength(1).maxLength(50))
        .allowed("HostType", "ONLINE")
        .constrain("SiteUrls", Constraint.of().pattern("^https://[A-Za-z0-9][^\\s]*$"))
        .constrain("TenantId", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
        .build();

    public SharePointSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The supported authentication type to authenticate and connect to your SharePoint site/sites.
     *
     * <p>Required. Allowed values: {@code OAUTH2_CLIENT_CREDENTIALS}, {@code
     * OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS}. CloudFormation property {@code AuthType}.
     */
    public SharePointSourceConfiguration authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public SharePointSourceConfiguration authType(Value<String> value) {
      return set("AuthType", value);
    }

    /**
     * The Amazon Resource Name of an AWS Secrets Manager secret that stores your authentication
     * credentials for your SharePoint site/sites. For more information on the key-value pairs that
     * must be included in your secret, depending on your authentication type, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/sharepoint-data-source-connector.html#configuration-sharepoint-connector">SharePoint
     * connection configuration</a> .
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code CredentialsSecretArn}.
     */
    public SharePointSourceConfiguration credentialsSecretArn(String value) {
      return set("CredentialsSecretArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialsSecretArn} to this value; see {@link #credentialsSecretArn(String)}.
     */
    public SharePointSourceConfiguration credentialsSecretArn(Value<String> value) {
      return set("CredentialsSecretArn", value);
    }

    /**
     * The domain of your SharePoint instance or site URL/URLs.
     *
     * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code Domain}.
     */
    public SharePointSourceConfiguration domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public SharePointSourceConfiguration domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * The supported host type, whether online/cloud or server/on-premises.
     *
     * <p>Required. Allowed values: {@code ONLINE}. CloudFormation property {@code HostType}.
     */
    public SharePointSourceConfiguration hostType(String value) {
      return set("HostType", Value.of(value));
    }

    /** Sets {@code HostType} to this value; see {@link #hostType(String)}. */
    public SharePointSourceConfiguration hostType(Value<String> value) {
      return set("HostType", value);
    }

    /**
     * A list of one or more SharePoint site URLs.
     *
     * <p>Required. Pattern: {@code ^https://[A-Za-z0-9][^&#92;s]*$}. CloudFormation property {@code
     * SiteUrls}.
     */
    public SharePointSourceConfiguration siteUrls(List<String> value) {
      return set("SiteUrls", Value.listOf(value));
    }

    /** Sets {@code SiteUrls} to this value; see {@link #siteUrls(List)}. */
    public SharePointSourceConfiguration siteUrls(Value<List<String>> value) {
      return set("SiteUrls", value);
    }

    /**
     * The identifier of your Microsoft 365 tenant.
     *
     * <p>Pattern: {@code ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
     * CloudFormation property {@code TenantId}.
     */
    public SharePointSourceConfiguration tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public SharePointSourceConfiguration tenantId(Value<String> value) {
      return set("TenantId", value);
    }
  }

  /**
   * Recurring schedule on which the connector automatically refreshes ingested content. Exactly one
   * frequency variant is set.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.SyncSchedule}.
   */
  public static final class SyncSchedule extends Struct<SyncSchedule> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.SyncSchedule");

    public SyncSchedule() {
      super(SCHEMA);
    }

    /**
     * A daily refresh. The run time is system-chosen (off-peak) and not customer-configurable.
     *
     * <p>CloudFormation property {@code Daily}.
     */
    public SyncSchedule daily(Value<Json> value) {
      return set("Daily", value);
    }

    /**
     * A monthly refresh on a specified day of the month.
     *
     * <p>CloudFormation property {@code Monthly}.
     */
    public SyncSchedule monthly(Value<MonthlySchedule> value) {
      return set("Monthly", value);
    }

    /**
     * A weekly refresh on a specified day of the week.
     *
     * <p>CloudFormation property {@code Weekly}.
     */
    public SyncSchedule weekly(Value<WeeklySchedule> value) {
      return set("Weekly", value);
    }
  }

  /**
   * A custom processing step for documents moving through a data source ingestion pipeline. To
   * process documents after they have been converted into chunks, set the step to apply to
   * <code>POST_CHUNKING</code> .
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.Transformation}.
   */
  public static final class Transformation extends Struct<Transformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.Transformation")
        .required("StepToApply", "TransformationFunction")
        .allowed("StepToApply", "POST_CHUNKING")
        .build();

    public Transformation() {
      super(SCHEMA);
    }

    /**
     * When the service applies the transformation.
     *
     * <p>Required. Allowed values: {@code POST_CHUNKING}. CloudFormation property {@code
     * StepToApply}.
     */
    public Transformation stepToApply(String value) {
      return set("StepToApply", Value.of(value));
    }

    /** Sets {@code StepToApply} to this value; see {@link #stepToApply(String)}. */
    public Transformation stepToApply(Value<String> value) {
      return set("StepToApply", value);
    }

    /**
     * A Lambda function that processes documents.
     *
     * <p>Required. CloudFormation property {@code TransformationFunction}.
     */
    public Transformation transformationFunction(Value<TransformationFunction> value) {
      return set("TransformationFunction", value);
    }
  }

  /**
   * A Lambda function that processes documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.TransformationFunction}.
   */
  public static final class TransformationFunction extends Struct<TransformationFunction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.TransformationFunction")
        .required("TransformationLambdaConfiguration")
        .build();

    public TransformationFunction() {
      super(SCHEMA);
    }

    /**
     * The Lambda function.
     *
     * <p>Required. CloudFormation property {@code TransformationLambdaConfiguration}.
     */
    public TransformationFunction transformationLambdaConfiguration(Value<TransformationLambdaConfiguration> value) {
      return set("TransformationLambdaConfiguration", value);
    }
  }

  /**
   * A Lambda function that processes documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.TransformationLambdaConfiguration}.
   */
  public static final class TransformationLambdaConfiguration extends Struct<TransformationLambdaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.TransformationLambdaConfiguration")
        .required("LambdaArn")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").minLength(0).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .build();

    public TransformationLambdaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The function's ARN identifier.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}(-gov)?-[a-z]+-&#92;d{1}:&#92;d{12}:function:[a-zA-Z0-9-_&#92;.]+(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public TransformationLambdaConfiguration lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public TransformationLambdaConfiguration lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }
  }

  /**
   * The configuration of web URLs that you want to crawl. You should be authorized to crawl the
   * URLs.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.UrlConfiguration}.
   */
  public static final class UrlConfiguration extends Struct<UrlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.UrlConfiguration")
        .required("SeedUrls")
        .build();

    public UrlConfiguration() {
      super(SCHEMA);
    }

    /**
     * One or more seed or starting point URLs.
     *
     * <p>Required. CloudFormation property {@code SeedUrls}.
     */
    public UrlConfiguration seedUrls(List<SeedUrl> value) {
      return set("SeedUrls", Value.listOf(value));
    }

    /** Sets {@code SeedUrls} to this value; see {@link #seedUrls(List)}. */
    public UrlConfiguration seedUrls(Value<List<SeedUrl>> value) {
      return set("SeedUrls", value);
    }

    /** Sets {@code SeedUrls} to a list of these; see {@link #seedUrls(List)}. */
    public UrlConfiguration seedUrls(SeedUrl... values) {
      return set("SeedUrls", Value.list(values));
    }
  }

  /**
   * Contains details about how to ingest the documents in a data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.VectorIngestionConfiguration}.
   */
  public static final class VectorIngestionConfiguration extends Struct<VectorIngestionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataSource.VectorIngestionConfiguration");

    public VectorIngestionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Details about how to chunk the documents in the data source. A <em>chunk</em> refers to an
     * excerpt from a data source that is returned when the knowledge base that it belongs to is
     * queried.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ChunkingConfiguration}.
     */
    public VectorIngestionConfiguration chunkingConfiguration(Value<ChunkingConfiguration> value) {
      return set("ChunkingConfiguration", value);
    }

    /**
     * The context enrichment configuration used for ingestion of the data into the vector store.
     *
     * <p>CloudFormation property {@code ContextEnrichmentConfiguration}.
     */
    public VectorIngestionConfiguration contextEnrichmentConfiguration(Value<ContextEnrichmentConfiguration> value) {
      return set("ContextEnrichmentConfiguration", value);
    }

    /**
     * A custom document transformer for parsed data source documents.
     *
     * <p>CloudFormation property {@code CustomTransformationConfiguration}.
     */
    public VectorIngestionConfiguration customTransformationConfiguration(Value<CustomTransformationConfiguration> value) {
      return set("CustomTransformationConfiguration", value);
    }

    /**
     * Configurations for a parser to use for parsing documents in your data source. If you exclude
     * this field, the default parser will be used.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ParsingConfiguration}.
     */
    public VectorIngestionConfiguration parsingConfiguration(Value<ParsingConfiguration> value) {
      return set("ParsingConfiguration", value);
    }
  }

  /**
   * Configuration for video extraction.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.VideoExtractionConfiguration}.
   */
  public static final class VideoExtractionConfiguration extends Struct<VideoExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.VideoExtractionConfiguration")
        .required("VideoExtractionStatus")
        .allowed("VideoExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public VideoExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a feature is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code VideoExtractionStatus}.
     */
    public VideoExtractionConfiguration videoExtractionStatus(String value) {
      return set("VideoExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code VideoExtractionStatus} to this value; see {@link #videoExtractionStatus(String)}.
     */
    public VideoExtractionConfiguration videoExtractionStatus(Value<String> value) {
      return set("VideoExtractionStatus", value);
    }
  }

  /**
   * The configuration of web URLs that you want to crawl. You should be authorized to crawl the
   * URLs.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.WebCrawlerConfiguration}.
   */
  public static final class WebCrawlerConfiguration extends Struct<WebCrawlerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.WebCrawlerConfiguration")
        .constrain("ExclusionFilters", Constraint.of().maxLength(1000))
        .constrain("InclusionFilters", Constraint.of().maxLength(1000))
        .allowed("Scope", "HOST_ONLY", "SUBDOMAINS")
        .constrain("UserAgent", Constraint.of().minLength(15).maxLength(40))
        .constrain("UserAgentHeader", Constraint.of().minLength(61).maxLength(86))
        .build();

    public WebCrawlerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of crawl limits for the web URLs.
     *
     * <p>CloudFormation property {@code CrawlerLimits}.
     */
    public WebCrawlerConfiguration crawlerLimits(Value<WebCrawlerLimits> value) {
      return set("CrawlerLimits", value);
    }

    /**
     * A list of one or more exclusion regular expression patterns to exclude certain URLs. If you
     * specify an inclusion and exclusion filter/pattern and both match a URL, the exclusion filter
     * takes precedence and the web content of the URL isn’t crawled.
     *
     * <p>Length: at most 1000 characters. CloudFormation property {@code ExclusionFilters}.
     */
    public WebCrawlerConfiguration exclusionFilters(List<String> value) {
      return set("ExclusionFilters", Value.listOf(value));
    }

    /** Sets {@code ExclusionFilters} to this value; see {@link #exclusionFilters(List)}. */
    public WebCrawlerConfiguration exclusionFilters(Value<List<String>> value) {
      return set("ExclusionFilters", value);
    }

    /**
     * A list of one or more inclusion regular expression patterns to include certain URLs. If you
     * specify an inclusion and exclusion filter/pattern and both match a URL, the exclusion filter
     * takes precedence and the web content of the URL isn’t crawled.
     *
     * <p>Length: at most 1000 characters. CloudFormation property {@code InclusionFilters}.
     */
    public WebCrawlerConfiguration inclusionFilters(List<String> value) {
      return set("InclusionFilters", Value.listOf(value));
    }

    /** Sets {@code InclusionFilters} to this value; see {@link #inclusionFilters(List)}. */
    public WebCrawlerConfiguration inclusionFilters(Value<List<String>> value) {
      return set("InclusionFilters", value);
    }

    /**
     * The scope of what is crawled for your URLs.
     *
     * <p>You can choose to crawl only web pages that belong to the same host or primary domain. For
     * example, only web pages that contain the seed URL
     * "https://docs.aws.amazon.com/bedrock/latest/userguide/" and no other domains. You can choose
     * to include sub domains in addition to the host or primary domain. For example, web pages that
     * contain "aws.amazon.com" can also include sub domain "docs.aws.amazon.com".
     *
     * <p>Allowed values: {@code HOST_ONLY}, {@code SUBDOMAINS}. CloudFormation property {@code
     * Scope}.
     */
    public WebCrawlerConfiguration scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public WebCrawlerConfiguration scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * Returns the user agent suffix for your web crawler.
     *
     * <p>Length: 15 to 40 characters. CloudFormation property {@code UserAgent}.
     */
    public WebCrawlerConfiguration userAgent(String value) {
      return set("UserAgent", Value.of(value));
    }

    /** Sets {@code UserAgent} to this value; see {@link #userAgent(String)}. */
    public WebCrawlerConfiguration userAgent(Value<String> value) {
      return set("UserAgent", value);
    }

    /**
     * A string used for identifying the crawler or bot when it accesses a web server. The user
     * agent header value consists of the <code>bedrockbot</code> , UUID, and a user agent suffix
     * for your crawler (if one is provided). By default, it is set to <code>bedrockbot_UUID</code>
     * . You can optionally append a custom suffix to <code>bedrockbot_UUID</code> to allowlist a
     * specific user agent permitted to access your source URLs.
     *
     * <p>Length: 61 to 86 characters. CloudFormation property {@code UserAgentHeader}.
     */
    public WebCrawlerConfiguration userAgentHeader(String value) {
      return set("UserAgentHeader", Value.of(value));
    }

    /** Sets {@code UserAgentHeader} to this value; see {@link #userAgentHeader(String)}. */
    public WebCrawlerConfiguration userAgentHeader(Value<String> value) {
      return set("UserAgentHeader", value);
    }
  }

  /**
   * The rate limits for the URLs that you want to crawl. You should be authorized to crawl the
   * URLs.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.WebCrawlerLimits}.
   */
  public static final class WebCrawlerLimits extends Struct<WebCrawlerLimits> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.WebCrawlerLimits")
        .constrain("MaxPages", Constraint.of().minimum(1))
        .constrain("RateLimit", Constraint.of().minimum(1).maximum(300))
        .build();

    public WebCrawlerLimits() {
      super(SCHEMA);
    }

    /**
     * The max number of web pages crawled from your source URLs, up to 25,000 pages. If the web
     * pages exceed this limit, the data source sync will fail and no web pages will be ingested.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxPages}.
     */
    public WebCrawlerLimits maxPages(int value) {
      return set("MaxPages", Value.of(value));
    }

    /** Sets {@code MaxPages} to this value; see {@link #maxPages(int)}. */
    public WebCrawlerLimits maxPages(Value<Integer> value) {
      return set("MaxPages", value);
    }

    /**
     * The max rate at which pages are crawled, up to 300 per minute per host.
     *
     * <p>Range: 1 to 300. CloudFormation property {@code RateLimit}.
     */
    public WebCrawlerLimits rateLimit(int value) {
      return set("RateLimit", Value.of(value));
    }

    /** Sets {@code RateLimit} to this value; see {@link #rateLimit(int)}. */
    public WebCrawlerLimits rateLimit(Value<Integer> value) {
      return set("RateLimit", value);
    }
  }

  /**
   * The configuration details for the web data source.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.WebDataSourceConfiguration}.
   */
  public static final class WebDataSourceConfiguration extends Struct<WebDataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.WebDataSourceConfiguration")
        .required("SourceConfiguration")
        .build();

    public WebDataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Web Crawler configuration details for the web data source.
     *
     * <p>CloudFormation property {@code CrawlerConfiguration}.
     */
    public WebDataSourceConfiguration crawlerConfiguration(Value<WebCrawlerConfiguration> value) {
      return set("CrawlerConfiguration", value);
    }

    /**
     * The source configuration details for the web data source.
     *
     * <p>Required. CloudFormation property {@code SourceConfiguration}.
     */
    public WebDataSourceConfiguration sourceConfiguration(Value<WebSourceConfiguration> value) {
      return set("SourceConfiguration", value);
    }
  }

  /**
   * The configuration of the URL/URLs for the web content that you want to crawl. You should be
   * authorized to crawl the URLs.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.WebSourceConfiguration}.
   */
  public static final class WebSourceConfiguration extends Struct<WebSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.WebSourceConfiguration")
        .required("UrlConfiguration")
        .build();

    public WebSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of the URL/URLs.
     *
     * <p>Required. CloudFormation property {@code UrlConfiguration}.
     */
    public WebSourceConfiguration urlConfiguration(Value<UrlConfiguration> value) {
      return set("UrlConfiguration", value);
    }
  }

  /**
   * A weekly refresh on a specified day of the week.
   *
   * <p>Property type {@code AWS::Bedrock::DataSource.WeeklySchedule}.
   */
  public static final class WeeklySchedule extends Struct<WeeklySchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataSource.WeeklySchedule")
        .required("DayOfWeek")
        .allowed("DayOfWeek", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY")
        .build();

    public WeeklySchedule() {
      super(SCHEMA);
    }

    /**
     * Day of the week.
     *
     * <p>Required. Allowed values: {@code SUNDAY}, {@code MONDAY}, {@code TUESDAY}, {@code
     * WEDNESDAY}, {@code THURSDAY}, {@code FRIDAY}, {@code SATURDAY}. CloudFormation property
     * {@code DayOfWeek}.
     */
    public WeeklySchedule dayOfWeek(String value) {
      return set("DayOfWeek", Value.of(value));
    }

    /** Sets {@code DayOfWeek} to this value; see {@link #dayOfWeek(String)}. */
    public WeeklySchedule dayOfWeek(Value<String> value) {
      return set("DayOfWeek", value);
    }
  }
}
