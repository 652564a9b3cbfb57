// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a knowledge base.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::KnowledgeBase}.
 */
public final class KnowledgeBase extends Resource<KnowledgeBase> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase")
      .required("KnowledgeBaseType", "Name")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .allowed("KnowledgeBaseType", "EXTERNAL", "CUSTOM", "MESSAGE_TEMPLATES", "MANAGED",
          "QUICK_RESPONSES")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .refYields("KnowledgeBaseId")
      .attributes("KnowledgeBaseArn", "KnowledgeBaseId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public KnowledgeBase(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Description}.
   */
  public KnowledgeBase description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public KnowledgeBase description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The type of knowledge base. Only CUSTOM knowledge bases allow you to upload your own content.
   * EXTERNAL knowledge bases support integrations with third-party systems whose content is
   * synchronized automatically.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code EXTERNAL}, {@code
   * CUSTOM}, {@code MESSAGE_TEMPLATES}, {@code MANAGED}, {@code QUICK_RESPONSES}. CloudFormation
   * property {@code KnowledgeBaseType}.
   */
  public KnowledgeBase knowledgeBaseType(String value) {
    return set("KnowledgeBaseType", Value.of(value));
  }

  /** Sets {@code KnowledgeBaseType} to this value; see {@link #knowledgeBaseType(String)}. */
  public KnowledgeBase knowledgeBaseType(Value<String> value) {
    return set("KnowledgeBaseType", value);
  }

  /**
   * The name of the knowledge base.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Name}.
   */
  public KnowledgeBase name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public KnowledgeBase name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Information about how to render the content.
   *
   * <p>CloudFormation property {@code RenderingConfiguration}.
   */
  public KnowledgeBase renderingConfiguration(Value<RenderingConfiguration> value) {
    return set("RenderingConfiguration", value);
  }

  /**
   * This customer managed key must have a policy that allows <code>kms:CreateGrant</code> and
   * <code>kms:DescribeKey</code> permissions to the IAM identity using the key to invoke Wisdom.
   * For more information about setting up a customer managed key for Wisdom, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/enable-wisdom.html">Enable Connect
   * Customer Wisdom for your instance</a> . For information about valid ID values, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id">Key
   * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ServerSideEncryptionConfiguration}.
   */
  public KnowledgeBase serverSideEncryptionConfiguration(Value<ServerSideEncryptionConfiguration> value) {
    return set("ServerSideEncryptionConfiguration", value);
  }

  /**
   * The source of the knowledge base content. Only set this argument for EXTERNAL or Managed
   * knowledge bases.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceConfiguration}.
   */
  public KnowledgeBase sourceConfiguration(Value<SourceConfiguration> value) {
    return set("SourceConfiguration", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public KnowledgeBase tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public KnowledgeBase tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public KnowledgeBase tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Contains details about how to ingest the documents in a data source.
   *
   * <p>CloudFormation property {@code VectorIngestionConfiguration}.
   */
  public KnowledgeBase vectorIngestionConfiguration(Value<VectorIngestionConfiguration> value) {
    return set("VectorIngestionConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the knowledge base.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KnowledgeBaseArn}.
   */
  public Value<String> knowledgeBaseArn() {
    return getAtt("KnowledgeBaseArn");
  }

  /**
   * The ID of the knowledge base.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KnowledgeBaseId}.
   */
  public Value<String> knowledgeBaseId() {
    return getAtt("KnowledgeBaseId");
  }

  /**
   * Configuration information for Amazon AppIntegrations to automatically ingest content.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.AppIntegrationsConfiguration}.
   */
  public static final class AppIntegrationsConfiguration extends Struct<AppIntegrationsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.AppIntegrationsConfiguration")
        .required("AppIntegrationArn")
        .build();

    public AppIntegrationsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AppIntegrations DataIntegration to use for ingesting
     * content.
     *
     * <ul> <li>For <a
     * href="https://docs.aws.amazon.com/https://developer.salesforce.com/docs/atlas.en-us.knowledge_dev.meta/knowledge_dev/sforce_api_objects_knowledge__kav.htm">Salesforce</a>
     * , your AppIntegrations DataIntegration must have an ObjectConfiguration if objectFields is
     * not provided, including at least <code>Id</code> , <code>ArticleNumber</code> ,
     * <code>VersionNumber</code> , <code>Title</code> , <code>PublishStatus</code> , and
     * <code>IsDeleted</code> as source fields. <li>For <a
     * href="https://docs.aws.amazon.com/https://developer.servicenow.com/dev.do#!/reference/api/rome/rest/knowledge-management-api">ServiceNow</a>
     * , your AppIntegrations DataIntegration must have an ObjectConfiguration if objectFields is
     * not provided, including at least <code>number</code> , <code>short_description</code> ,
     * <code>sys_mod_count</code> , <code>workflow_state</code> , and <code>active</code> as source
     * fields. <li>For <a
     * href="https://docs.aws.amazon.com/https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/">Zendesk</a>
     * , your AppIntegrations DataIntegration must have an ObjectConfiguration if
     * <code>objectFields</code> is not provided, including at least <code>id</code> ,
     * <code>title</code> , <code>updated_at</code> , and <code>draft</code> as source fields.
     * <li>For <a
     * href="https://docs.aws.amazon.com/https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/sharepoint-net-server-csom-jsom-and-rest-api-index">SharePoint</a>
     * , your AppIntegrations DataIntegration must have a FileConfiguration, including only file
     * extensions that are among <code>docx</code> , <code>pdf</code> , <code>html</code> ,
     * <code>htm</code> , and <code>txt</code> . <li>For <a
     * href="https://docs.aws.amazon.com/s3/">Amazon S3</a> , the ObjectConfiguration and
     * FileConfiguration of your AppIntegrations DataIntegration must be null. The
     * <code>SourceURI</code> of your DataIntegration must use the following format:
     * <code>s3://your_s3_bucket_name</code> . </ul>
     *
     * <p>The bucket policy of the corresponding S3 bucket must allow the AWS principal
     * <code>app-integrations.amazonaws.com</code> to perform <code>s3:ListBucket</code> ,
     * <code>s3:GetObject</code> , and <code>s3:GetBucketLocation</code> against the bucket.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AppIntegrationArn}.
     */
    public AppIntegrationsConfiguration appIntegrationArn(String value) {
      return set("AppIntegrationArn", Value.of(value));
    }

    /** Sets {@code AppIntegrationArn} to this value; see {@link #appIntegrationArn(String)}. */
    public AppIntegrationsConfiguration appIntegrationArn(Value<String> value) {
      return set("AppIntegrationArn", value);
    }

    /**
     * The fields from the source that are made available to your agents in Amazon Q in Connect.
     * Optional if ObjectConfiguration is included in the provided DataIntegration.
     *
     * <ul> <li>For <a
     * href="https://docs.aws.amazon.com/https://developer.salesforce.com/docs/atlas.en-us.knowledge_dev.meta/knowledge_dev/sforce_api_objects_knowledge__kav.htm">Salesforce</a>
     * , you must include at least <code>Id</code> , <code>ArticleNumber</code> ,
     * <code>VersionNumber</code> , <code>Title</code> , <code>PublishStatus</code> , and
     * <code>IsDeleted</code> . <li>For <a
     * href="https://docs.aws.amazon.com/https://developer.servicenow.com/dev.do#!/reference/api/rome/rest/knowledge-management-api">ServiceNow</a>
     * , you must include at least <code>number</code> , <code>short_description</code> ,
     * <code>sys_mod_count</code> , <code>workflow_state</code> , and <code>active</code> . <li>For
     * <a
     * href="https://docs.aws.amazon.com/https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/">Zendesk</a>
     * , you must include at least <code>id</code> , <code>title</code> , <code>updated_at</code> ,
     * and <code>draft</code> . </ul>
     *
     * <p>Make sure to include additional fields. These fields are indexed and used to source
     * recommendations.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ObjectFields}.
     */
    public AppIntegrationsConfiguration objectFields(List<String> value) {
      return set("ObjectFields", Value.listOf(value));
    }

    /** Sets {@code ObjectFields} to this value; see {@link #objectFields(List)}. */
    public AppIntegrationsConfiguration objectFields(Value<List<String>> value) {
      return set("ObjectFields", value);
    }
  }

  /**
   * The configuration of the Bedrock foundation model.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.BedrockFoundationModelConfiguration}.
   */
  public static final class BedrockFoundationModelConfiguration extends Struct<BedrockFoundationModelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.BedrockFoundationModelConfiguration")
        .required("ModelArn")
        .constrain("ModelArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model\\/anthropic.claude-3-haiku-20240307-v1:0$").minLength(1).maxLength(2048))
        .build();

    public BedrockFoundationModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The model ARN of the Bedrock foundation model.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model&#92;/anthropic.claude-3-haiku-20240307-v1:0$}.
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
     * The parsing prompt of the Bedrock foundation model configuration.
     *
     * <p>CloudFormation property {@code ParsingPrompt}.
     */
    public BedrockFoundationModelConfiguration parsingPrompt(Value<ParsingPrompt> value) {
      return set("ParsingPrompt", value);
    }
  }

  /**
   * Details about how to chunk the documents in the data source. A chunk refers to an excerpt from
   * a data source that is returned when the knowledge base that it belongs to is queried.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.ChunkingConfiguration}.
   */
  public static final class ChunkingConfiguration extends Struct<ChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.ChunkingConfiguration")
        .required("ChunkingStrategy")
        .allowed("ChunkingStrategy", "FIXED_SIZE", "NONE", "HIERARCHICAL", "SEMANTIC")
        .build();

    public ChunkingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Knowledge base can split your source data into chunks. A chunk refers to an excerpt from a
     * data source that is returned when the knowledge base that it belongs to is queried. You have
     * the following options for chunking your data. If you opt for <code>NONE</code> , then you may
     * want to pre-process your files by splitting them up such that each file corresponds to a
     * chunk.
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
     * document into smaller documents based on groups of similar content derived from the text with
     * natural language processing.
     *
     * <p>CloudFormation property {@code SemanticChunkingConfiguration}.
     */
    public ChunkingConfiguration semanticChunkingConfiguration(Value<SemanticChunkingConfiguration> value) {
      return set("SemanticChunkingConfiguration", value);
    }
  }

  /**
   * The limits of the crawler.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.CrawlerLimits}.
   */
  public static final class CrawlerLimits extends Struct<CrawlerLimits> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::KnowledgeBase.CrawlerLimits");

    public CrawlerLimits() {
      super(SCHEMA);
    }

    /**
     * The limit rate at which the crawler is configured.
     *
     * <p>CloudFormation property {@code RateLimit}.
     */
    public CrawlerLimits rateLimit(double value) {
      return set("RateLimit", Value.of(value));
    }

    /** Sets {@code RateLimit} to this value; see {@link #rateLimit(double)}. */
    public CrawlerLimits rateLimit(Value<Double> value) {
      return set("RateLimit", value);
    }
  }

  /**
   * Configurations for when you choose fixed-size chunking. If you set the
   * <code>chunkingStrategy</code> as <code>NONE</code> , exclude this field.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.FixedSizeChunkingConfiguration}.
   */
  public static final class FixedSizeChunkingConfiguration extends Struct<FixedSizeChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.FixedSizeChunkingConfiguration")
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
    public FixedSizeChunkingConfiguration maxTokens(double value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(double)}. */
    public FixedSizeChunkingConfiguration maxTokens(Value<Double> value) {
      return set("MaxTokens", value);
    }

    /**
     * The percentage of overlap between adjacent chunks of a data source.
     *
     * <p>Required. Range: 1 to 99. CloudFormation property {@code OverlapPercentage}.
     */
    public FixedSizeChunkingConfiguration overlapPercentage(double value) {
      return set("OverlapPercentage", Value.of(value));
    }

    /** Sets {@code OverlapPercentage} to this value; see {@link #overlapPercentage(double)}. */
    public FixedSizeChunkingConfiguration overlapPercentage(Value<Double> value) {
      return set("OverlapPercentage", value);
    }
  }

  /**
   * Settings for hierarchical document chunking for a data source. Hierarchical chunking splits
   * documents into layers of chunks where the first layer contains large chunks, and the second
   * layer contains smaller chunks derived from the first layer.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.HierarchicalChunkingConfiguration}.
   */
  public static final class HierarchicalChunkingConfiguration extends Struct<HierarchicalChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.HierarchicalChunkingConfiguration")
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
    public HierarchicalChunkingConfiguration overlapTokens(double value) {
      return set("OverlapTokens", Value.of(value));
    }

    /** Sets {@code OverlapTokens} to this value; see {@link #overlapTokens(double)}. */
    public HierarchicalChunkingConfiguration overlapTokens(Value<Double> value) {
      return set("OverlapTokens", value);
    }
  }

  /**
   * Token settings for each layer.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.HierarchicalChunkingLevelConfiguration}.
   */
  public static final class HierarchicalChunkingLevelConfiguration extends Struct<HierarchicalChunkingLevelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.HierarchicalChunkingLevelConfiguration")
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
    public HierarchicalChunkingLevelConfiguration maxTokens(double value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(double)}. */
    public HierarchicalChunkingLevelConfiguration maxTokens(Value<Double> value) {
      return set("MaxTokens", value);
    }
  }

  /**
   * Source configuration for managed resources.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.ManagedSourceConfiguration}.
   */
  public static final class ManagedSourceConfiguration extends Struct<ManagedSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.ManagedSourceConfiguration")
        .required("WebCrawlerConfiguration")
        .build();

    public ManagedSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration data for web crawler data source.
     *
     * <p>Required. CloudFormation property {@code WebCrawlerConfiguration}.
     */
    public ManagedSourceConfiguration webCrawlerConfiguration(Value<WebCrawlerConfiguration> value) {
      return set("WebCrawlerConfiguration", value);
    }
  }

  /**
   * Settings for parsing document contents. By default, the service converts the contents of each
   * document into text before splitting it into chunks. To improve processing of PDF files with
   * tables and images, you can configure the data source to convert the pages of text into images
   * and use a model to describe the contents of each page.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.ParsingConfiguration}.
   */
  public static final class ParsingConfiguration extends Struct<ParsingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.ParsingConfiguration")
        .required("ParsingStrategy")
        .allowed("ParsingStrategy", "BEDROCK_FOUNDATION_MODEL")
        .build();

    public ParsingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for a foundation model used to parse documents for a data source.
     *
     * <p>CloudFormation property {@code BedrockFoundationModelConfiguration}.
     */
    public ParsingConfiguration bedrockFoundationModelConfiguration(Value<BedrockFoundationModelConfiguration> value) {
      return set("BedrockFoundationModelConfiguration", value);
    }

    /**
     * The parsing strategy for the data source.
     *
     * <p>Required. Allowed values: {@code BEDROCK_FOUNDATION_MODEL}. CloudFormation property {@code
     * ParsingStrategy}.
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
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.ParsingPrompt}.
   */
  public static final class ParsingPrompt extends Struct<ParsingPrompt> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.ParsingPrompt")
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
   * Information about how to render the content.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.RenderingConfiguration}.
   */
  public static final class RenderingConfiguration extends Struct<RenderingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.RenderingConfiguration")
        .constrain("TemplateUri", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public RenderingConfiguration() {
      super(SCHEMA);
    }

    /**
     * A URI template containing exactly one variable in <code>${variableName}</code> format. This
     * can only be set for <code>EXTERNAL</code> knowledge bases. For Salesforce, ServiceNow, and
     * Zendesk, the variable must be one of the following:
     *
     * <ul> <li>Salesforce: <code>Id</code> , <code>ArticleNumber</code> ,
     * <code>VersionNumber</code> , <code>Title</code> , <code>PublishStatus</code> , or
     * <code>IsDeleted</code> <li>ServiceNow: <code>number</code> , <code>short_description</code> ,
     * <code>sys_mod_count</code> , <code>workflow_state</code> , or <code>active</code>
     * <li>Zendesk: <code>id</code> , <code>title</code> , <code>updated_at</code> , or
     * <code>draft</code> </ul>
     *
     * <p>The variable is replaced with the actual value for a piece of content when calling <a
     * href="https://docs.aws.amazon.com/amazon-q-connect/latest/APIReference/API_GetContent.html">GetContent</a>
     * .
     *
     * <p>Length: 1 to 4096 characters. CloudFormation property {@code TemplateUri}.
     */
    public RenderingConfiguration templateUri(String value) {
      return set("TemplateUri", Value.of(value));
    }

    /** Sets {@code TemplateUri} to this value; see {@link #templateUri(String)}. */
    public RenderingConfiguration templateUri(Value<String> value) {
      return set("TemplateUri", value);
    }
  }

  /**
   * A URL for crawling.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.SeedUrl}.
   */
  public static final class SeedUrl extends Struct<SeedUrl> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::KnowledgeBase.SeedUrl");

    public SeedUrl() {
      super(SCHEMA);
    }

    /**
     * URL for crawling
     *
     * <p>CloudFormation property {@code Url}.
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
   * into smaller documents based on groups of similar content derived from the text with natural
   * language processing.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.SemanticChunkingConfiguration}.
   */
  public static final class SemanticChunkingConfiguration extends Struct<SemanticChunkingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.SemanticChunkingConfiguration")
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
    public SemanticChunkingConfiguration breakpointPercentileThreshold(double value) {
      return set("BreakpointPercentileThreshold", Value.of(value));
    }

    /**
     * Sets {@code BreakpointPercentileThreshold} to this value; see {@link
     * #breakpointPercentileThreshold(double)}.
     */
    public SemanticChunkingConfiguration breakpointPercentileThreshold(Value<Double> value) {
      return set("BreakpointPercentileThreshold", value);
    }

    /**
     * The buffer size.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BufferSize}.
     */
    public SemanticChunkingConfiguration bufferSize(double value) {
      return set("BufferSize", Value.of(value));
    }

    /** Sets {@code BufferSize} to this value; see {@link #bufferSize(double)}. */
    public SemanticChunkingConfiguration bufferSize(Value<Double> value) {
      return set("BufferSize", value);
    }

    /**
     * The maximum number of tokens that a chunk can contain.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxTokens}.
     */
    public SemanticChunkingConfiguration maxTokens(double value) {
      return set("MaxTokens", Value.of(value));
    }

    /** Sets {@code MaxTokens} to this value; see {@link #maxTokens(double)}. */
    public SemanticChunkingConfiguration maxTokens(Value<Double> value) {
      return set("MaxTokens", value);
    }
  }

  /**
   * The configuration information for the customer managed key used for encryption.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.ServerSideEncryptionConfiguration}.
   */
  public static final class ServerSideEncryptionConfiguration extends Struct<ServerSideEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::KnowledgeBase.ServerSideEncryptionConfiguration");

    public ServerSideEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The customer managed key used for encryption.
     *
     * <p>This customer managed key must have a policy that allows <code>kms:CreateGrant</code> and
     * <code>kms:DescribeKey</code> permissions to the IAM identity using the key to invoke Wisdom.
     *
     * <p>For more information about setting up a customer managed key for Wisdom, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/enable-wisdom.html">Enable
     * Connect Customer Wisdom for your instance</a> . For information about valid ID values, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id">Key
     * identifiers (KeyId)</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public ServerSideEncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ServerSideEncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Configuration information about the external data source.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.SourceConfiguration}.
   */
  public static final class SourceConfiguration extends Struct<SourceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::KnowledgeBase.SourceConfiguration");

    public SourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information for Amazon AppIntegrations to automatically ingest content.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AppIntegrations}.
     */
    public SourceConfiguration appIntegrations(Value<AppIntegrationsConfiguration> value) {
      return set("AppIntegrations", value);
    }

    /**
     * Source configuration for managed resources.
     *
     * <p>CloudFormation property {@code ManagedSourceConfiguration}.
     */
    public SourceConfiguration managedSourceConfiguration(Value<ManagedSourceConfiguration> value) {
      return set("ManagedSourceConfiguration", value);
    }
  }

  /**
   * The configuration of the URL/URLs for the web content that you want to crawl. You should be
   * authorized to crawl the URLs.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.UrlConfiguration}.
   */
  public static final class UrlConfiguration extends Struct<UrlConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::KnowledgeBase.UrlConfiguration");

    public UrlConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of URLs for crawling.
     *
     * <p>CloudFormation property {@code SeedUrls}.
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
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.VectorIngestionConfiguration}.
   */
  public static final class VectorIngestionConfiguration extends Struct<VectorIngestionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::KnowledgeBase.VectorIngestionConfiguration");

    public VectorIngestionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Details about how to chunk the documents in the data source. A chunk refers to an excerpt
     * from a data source that is returned when the knowledge base that it belongs to is queried.
     *
     * <p>CloudFormation property {@code ChunkingConfiguration}.
     */
    public VectorIngestionConfiguration chunkingConfiguration(Value<ChunkingConfiguration> value) {
      return set("ChunkingConfiguration", value);
    }

    /**
     * A custom parser for data source documents.
     *
     * <p>CloudFormation property {@code ParsingConfiguration}.
     */
    public VectorIngestionConfiguration parsingConfiguration(Value<ParsingConfiguration> value) {
      return set("ParsingConfiguration", value);
    }
  }

  /**
   * The configuration details for the web data source.
   *
   * <p>Property type {@code AWS::Wisdom::KnowledgeBase.WebCrawlerConfiguration}.
   */
  public static final class WebCrawlerConfiguration extends Struct<WebCrawlerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::KnowledgeBase.WebCrawlerConfiguration")
        .required("UrlConfiguration")
        .allowed("Scope", "HOST_ONLY", "SUBDOMAINS")
        .build();

    public WebCrawlerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration of crawl limits for the web URLs.
     *
     * <p>CloudFormation property {@code CrawlerLimits}.
     */
    public WebCrawlerConfiguration crawlerLimits(Value<CrawlerLimits> value) {
      return set("CrawlerLimits", value);
    }

    /**
     * A list of one or more exclusion regular expression patterns to exclude certain URLs. If you
     * specify an inclusion and exclusion filter/pattern and both match a URL, the exclusion filter
     * takes precedence and the web content of the URL isn’t crawled.
     *
     * <p>CloudFormation property {@code ExclusionFilters}.
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
     * <p>CloudFormation property {@code InclusionFilters}.
     */
    public WebCrawlerConfiguration inclusionFilters(List<String> value) {
      return set("InclusionFilters", Value.listOf(value));
    }

    /** Sets {@code InclusionFilters} to this value; see {@link #inclusionFilters(List)}. */
    public WebCrawlerConfiguration inclusionFilters(Value<List<String>> value) {
      return set("InclusionFilters", value);
    }

    /**
     * The scope of what is crawled for your URLs. You can choose to crawl only web pages that
     * belong to the same host or primary domain. For example, only web pages that contain the seed
     * URL <code>https://docs.aws.amazon.com/bedrock/latest/userguide/</code> and no other domains.
     * You can choose to include sub domains in addition to the host or primary domain. For example,
     * web pages that contain <code>aws.amazon.com</code> can also include sub domain
     * <code>docs.aws.amazon.com</code> .
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
     * The configuration of the URL/URLs for the web content that you want to crawl. You should be
     * authorized to crawl the URLs.
     *
     * <p>Required. CloudFormation property {@code UrlConfiguration}.
     */
    public WebCrawlerConfiguration urlConfiguration(Value<UrlConfiguration> value) {
      return set("UrlConfiguration", value);
    }
  }
}
