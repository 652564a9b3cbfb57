// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Specifies a knowledge base as a resource in a top-level template. Minimally, you must specify the
 * following properties:
 *
 * <ul> <li>Name – Specify a name for the knowledge base. <li>RoleArn – Specify the Amazon Resource
 * Name (ARN) of the IAM role with permissions to invoke API operations on the knowledge base. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/kb-permissions.html">Create a service
 * role for Knowledge base for Amazon Bedrock</a> . <li>KnowledgeBaseConfiguration – Specify the
 * embeddings configuration of the knowledge base. The following sub-properties are required: </ul>
 *
 * <ul> <li>Type – Specify the value <code>VECTOR</code> . <li>StorageConfiguration – Specify
 * information about the vector store in which the data source is stored. The following
 * sub-properties are required: </ul>
 *
 * <ul> <li>Type – Specify the vector store service that you are using. </ul>
 *
 * <p>Redis Enterprise Cloud vector stores are currently unsupported in CloudFormation .
 *
 * <p>For more information about using knowledge bases in Amazon Bedrock , see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base.html">Knowledge base
 * for Amazon Bedrock</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::KnowledgeBase}.
 */
public final class KnowledgeBase extends Resource<KnowledgeBase> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase")
      .required("KnowledgeBaseConfiguration", "Name", "RoleArn")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$").maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("KnowledgeBaseId")
      .attributes("CreatedAt", "FailureReasons", "KnowledgeBaseArn", "KnowledgeBaseId", "Status",
          "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public KnowledgeBase(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the knowledge base associated with the inline agent.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public KnowledgeBase description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public KnowledgeBase description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Contains details about the embeddings configuration of the knowledge base.
   *
   * <p>Required. CloudFormation property {@code KnowledgeBaseConfiguration}.
   */
  public KnowledgeBase knowledgeBaseConfiguration(Value<KnowledgeBaseConfiguration> value) {
    return set("KnowledgeBaseConfiguration", value);
  }

  /**
   * The name of the knowledge base.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * Name}.
   */
  public KnowledgeBase name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public KnowledgeBase name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role with permissions to invoke API operations on the
   * knowledge base.
   *
   * <p>Required. Length: at most 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public KnowledgeBase roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public KnowledgeBase roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Contains details about the storage configuration of the knowledge base.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageConfiguration}.
   */
  public KnowledgeBase storageConfiguration(Value<StorageConfiguration> value) {
    return set("StorageConfiguration", value);
  }

  /**
   * Metadata that you can assign to a resource as key-value pairs. For more information, see the
   * following resources:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions">Tag
   * naming limits and requirements</a> <li><a
   * href="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-best-practices">Tagging
   * best practices</a> </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public KnowledgeBase tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public KnowledgeBase tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public KnowledgeBase tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The time the knowledge base was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * A list of reasons that the API operation on the knowledge base failed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReasons}.
   */
  public Value<List<String>> failureReasons() {
    return getAtt("FailureReasons");
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
   * The unique identifier for a knowledge base associated with the inline agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KnowledgeBaseId}.
   */
  public Value<String> knowledgeBaseId() {
    return getAtt("KnowledgeBaseId");
  }

  /**
   * The status of the knowledge base.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The time the knowledge base was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration settings for processing audio content in multimodal knowledge bases.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.AudioConfiguration}.
   */
  public static final class AudioConfiguration extends Struct<AudioConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.AudioConfiguration")
        .required("SegmentationConfiguration")
        .build();

    public AudioConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for segmenting audio content during processing.
     *
     * <p>Required. CloudFormation property {@code SegmentationConfiguration}.
     */
    public AudioConfiguration segmentationConfiguration(Value<AudioSegmentationConfiguration> value) {
      return set("SegmentationConfiguration", value);
    }
  }

  /**
   * Configuration for segmenting audio content during multimodal knowledge base ingestion.
   * Determines how audio files are divided into chunks for processing.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.AudioSegmentationConfiguration}.
   */
  public static final class AudioSegmentationConfiguration extends Struct<AudioSegmentationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.AudioSegmentationConfiguration")
        .required("FixedLengthDuration")
        .constrain("FixedLengthDuration", Constraint.of().minimum(1).maximum(30))
        .build();

    public AudioSegmentationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The duration in seconds for each audio segment. Audio files will be divided into chunks of
     * this length for processing.
     *
     * <p>Required. Range: 1 to 30. CloudFormation property {@code FixedLengthDuration}.
     */
    public AudioSegmentationConfiguration fixedLengthDuration(int value) {
      return set("FixedLengthDuration", Value.of(value));
    }

    /** Sets {@code FixedLengthDuration} to this value; see {@link #fixedLengthDuration(int)}. */
    public AudioSegmentationConfiguration fixedLengthDuration(Value<Integer> value) {
      return set("FixedLengthDuration", value);
    }
  }

  /**
   * The vector configuration details for the Bedrock embeddings model.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.BedrockEmbeddingModelConfiguration}.
   */
  public static final class BedrockEmbeddingModelConfiguration extends Struct<BedrockEmbeddingModelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.BedrockEmbeddingModelConfiguration")
        .constrain("Dimensions", Constraint.of().minimum(0).maximum(4096))
        .allowed("EmbeddingDataType", "FLOAT32", "BINARY")
        .build();

    public BedrockEmbeddingModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for processing audio content in multimodal knowledge bases.
     *
     * <p>CloudFormation property {@code Audio}.
     */
    public BedrockEmbeddingModelConfiguration audio(List<AudioConfiguration> value) {
      return set("Audio", Value.listOf(value));
    }

    /** Sets {@code Audio} to this value; see {@link #audio(List)}. */
    public BedrockEmbeddingModelConfiguration audio(Value<List<AudioConfiguration>> value) {
      return set("Audio", value);
    }

    /** Sets {@code Audio} to a list of these; see {@link #audio(List)}. */
    public BedrockEmbeddingModelConfiguration audio(AudioConfiguration... values) {
      return set("Audio", Value.list(values));
    }

    /**
     * The dimensions details for the vector configuration used on the Bedrock embeddings model.
     *
     * <p>Range: 0 to 4096. CloudFormation property {@code Dimensions}.
     */
    public BedrockEmbeddingModelConfiguration dimensions(int value) {
      return set("Dimensions", Value.of(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(int)}. */
    public BedrockEmbeddingModelConfiguration dimensions(Value<Integer> value) {
      return set("Dimensions", value);
    }

    /**
     * The data type for the vectors when using a model to convert text into vector embeddings. The
     * model must support the specified data type for vector embeddings. Floating-point (float32) is
     * the default data type, and is supported by most models for vector embeddings. See <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-supported.html">Supported
     * embeddings models</a> for information on the available models and their vector data types.
     *
     * <p>Allowed values: {@code FLOAT32}, {@code BINARY}. CloudFormation property {@code
     * EmbeddingDataType}.
     */
    public BedrockEmbeddingModelConfiguration embeddingDataType(String value) {
      return set("EmbeddingDataType", Value.of(value));
    }

    /** Sets {@code EmbeddingDataType} to this value; see {@link #embeddingDataType(String)}. */
    public BedrockEmbeddingModelConfiguration embeddingDataType(Value<String> value) {
      return set("EmbeddingDataType", value);
    }

    /**
     * Model-specific configuration for the embedding model.
     *
     * <p>CloudFormation property {@code ModelConfiguration}.
     */
    public BedrockEmbeddingModelConfiguration modelConfiguration(Value<Json> value) {
      return set("ModelConfiguration", value);
    }

    /**
     * Configuration settings for processing video content in multimodal knowledge bases.
     *
     * <p>CloudFormation property {@code Video}.
     */
    public BedrockEmbeddingModelConfiguration video(List<VideoConfiguration> value) {
      return set("Video", Value.listOf(value));
    }

    /** Sets {@code Video} to this value; see {@link #video(List)}. */
    public BedrockEmbeddingModelConfiguration video(Value<List<VideoConfiguration>> value) {
      return set("Video", value);
    }

    /** Sets {@code Video} to a list of these; see {@link #video(List)}. */
    public BedrockEmbeddingModelConfiguration video(VideoConfiguration... values) {
      return set("Video", Value.list(values));
    }
  }

  /**
   * Contains configurations for a query, each of which defines information about example queries to
   * help the query engine generate appropriate SQL queries.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.CuratedQuery}.
   */
  public static final class CuratedQuery extends Struct<CuratedQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.CuratedQuery")
        .required("NaturalLanguage", "Sql")
        .constrain("NaturalLanguage", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Sql", Constraint.of().minLength(1).maxLength(1000))
        .build();

    public CuratedQuery() {
      super(SCHEMA);
    }

    /**
     * An example natural language query.
     *
     * <p>Required. Length: 1 to 1000 characters. CloudFormation property {@code NaturalLanguage}.
     */
    public CuratedQuery naturalLanguage(String value) {
      return set("NaturalLanguage", Value.of(value));
    }

    /** Sets {@code NaturalLanguage} to this value; see {@link #naturalLanguage(String)}. */
    public CuratedQuery naturalLanguage(Value<String> value) {
      return set("NaturalLanguage", value);
    }

    /**
     * The SQL equivalent of the natural language query.
     *
     * <p>Required. Length: 1 to 1000 characters. CloudFormation property {@code Sql}.
     */
    public CuratedQuery sql(String value) {
      return set("Sql", Value.of(value));
    }

    /** Sets {@code Sql} to this value; see {@link #sql(String)}. */
    public CuratedQuery sql(Value<String> value) {
      return set("Sql", value);
    }
  }

  /**
   * The configuration details for the embeddings model.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.EmbeddingModelConfiguration}.
   */
  public static final class EmbeddingModelConfiguration extends Struct<EmbeddingModelConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::KnowledgeBase.EmbeddingModelConfiguration");

    public EmbeddingModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The vector configuration details on the Bedrock embeddings model.
     *
     * <p>CloudFormation property {@code BedrockEmbeddingModelConfiguration}.
     */
    public EmbeddingModelConfiguration bedrockEmbeddingModelConfiguration(Value<BedrockEmbeddingModelConfiguration> value) {
      return set("BedrockEmbeddingModelConfiguration", value);
    }
  }

  /**
   * Settings for an Amazon Kendra knowledge base.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.KendraKnowledgeBaseConfiguration}.
   */
  public static final class KendraKnowledgeBaseConfiguration extends Struct<KendraKnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.KendraKnowledgeBaseConfiguration")
        .required("KendraIndexArn")
        .constrain("KendraIndexArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kendra:[a-z0-9-]{1,20}:([0-9]{12}|):index/([a-zA-Z0-9][a-zA-Z0-9-]{35}|[a-zA-Z0-9][a-zA-Z0-9-]{35}-[a-zA-Z0-9][a-zA-Z0-9-]{35})$"))
        .build();

    public KendraKnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Amazon Kendra index.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):kendra:[a-z0-9-]{1,20}:([0-9]{12}|):index/([a-zA-Z0-9][a-zA-Z0-9-]{35}|[a-zA-Z0-9][a-zA-Z0-9-]{35}-[a-zA-Z0-9][a-zA-Z0-9-]{35})$}.
     * CloudFormation property {@code KendraIndexArn}.
     */
    public KendraKnowledgeBaseConfiguration kendraIndexArn(String value) {
      return set("KendraIndexArn", Value.of(value));
    }

    /** Sets {@code KendraIndexArn} to this value; see {@link #kendraIndexArn(String)}. */
    public KendraKnowledgeBaseConfiguration kendraIndexArn(Value<String> value) {
      return set("KendraIndexArn", value);
    }
  }

  /**
   * Configurations to apply to a knowledge base attached to the agent during query. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/agents-session-state.html#session-state-kb">Knowledge
   * base retrieval configurations</a> .
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.KnowledgeBaseConfiguration}.
   */
  public static final class KnowledgeBaseConfiguration extends Struct<KnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.KnowledgeBaseConfiguration")
        .required("Type")
        .allowed("Type", "VECTOR", "KENDRA", "SQL", "MANAGED")
        .build();

    public KnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for an Amazon Kendra knowledge base.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * KendraKnowledgeBaseConfiguration}.
     */
    public KnowledgeBaseConfiguration kendraKnowledgeBaseConfiguration(Value<KendraKnowledgeBaseConfiguration> value) {
      return set("KendraKnowledgeBaseConfiguration", value);
    }

    /**
     * Contains details about the model used to create vector embeddings for a managed knowledge
     * base.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ManagedKnowledgeBaseConfiguration}.
     */
    public KnowledgeBaseConfiguration managedKnowledgeBaseConfiguration(Value<ManagedKnowledgeBaseConfiguration> value) {
      return set("ManagedKnowledgeBaseConfiguration", value);
    }

    /**
     * Specifies configurations for a knowledge base connected to an SQL database.
     *
     * <p>CloudFormation property {@code SqlKnowledgeBaseConfiguration}.
     */
    public KnowledgeBaseConfiguration sqlKnowledgeBaseConfiguration(Value<SqlKnowledgeBaseConfiguration> value) {
      return set("SqlKnowledgeBaseConfiguration", value);
    }

    /**
     * The type of data that the data source is converted into for the knowledge base.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code VECTOR}, {@code
     * KENDRA}, {@code SQL}, {@code MANAGED}. CloudFormation property {@code Type}.
     */
    public KnowledgeBaseConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public KnowledgeBaseConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Contains details about the model that's used to convert the data source into vector
     * embeddings.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * VectorKnowledgeBaseConfiguration}.
     */
    public KnowledgeBaseConfiguration vectorKnowledgeBaseConfiguration(Value<VectorKnowledgeBaseConfiguration> value) {
      return set("VectorKnowledgeBaseConfiguration", value);
    }
  }

  /**
   * Contains details about the model used to create vector embeddings for a managed knowledge base.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.ManagedKnowledgeBaseConfiguration}.
   */
  public static final class ManagedKnowledgeBaseConfiguration extends Struct<ManagedKnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.ManagedKnowledgeBaseConfiguration")
        .constrain("EmbeddingModelArn", Constraint.of().pattern("^(arn:aws(-[^:]+)?:[a-z0-9-]+:[a-z0-9-]{1,20}:[0-9]{0,12}:[a-zA-Z0-9-:/._+]+)$").minLength(20).maxLength(2048))
        .allowed("EmbeddingModelType", "CUSTOM", "MANAGED")
        .build();

    public ManagedKnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the model used to create vector embeddings for the knowledge base.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^(arn:aws(-[^:]+)?:[a-z0-9-]+:[a-z0-9-]{1,20}:[0-9]{0,12}:[a-zA-Z0-9-:/._+]+)$}.
     * CloudFormation property {@code EmbeddingModelArn}.
     */
    public ManagedKnowledgeBaseConfiguration embeddingModelArn(String value) {
      return set("EmbeddingModelArn", Value.of(value));
    }

    /** Sets {@code EmbeddingModelArn} to this value; see {@link #embeddingModelArn(String)}. */
    public ManagedKnowledgeBaseConfiguration embeddingModelArn(Value<String> value) {
      return set("EmbeddingModelArn", value);
    }

    /**
     * The embeddings model configuration details for the vector model used in Knowledge Base.
     *
     * <p>CloudFormation property {@code EmbeddingModelConfiguration}.
     */
    public ManagedKnowledgeBaseConfiguration embeddingModelConfiguration(Value<EmbeddingModelConfiguration> value) {
      return set("EmbeddingModelConfiguration", value);
    }

    /**
     * The type of embedding model to use for the managed knowledge base.
     *
     * <p>Allowed values: {@code CUSTOM}, {@code MANAGED}. CloudFormation property {@code
     * EmbeddingModelType}.
     */
    public ManagedKnowledgeBaseConfiguration embeddingModelType(String value) {
      return set("EmbeddingModelType", Value.of(value));
    }

    /** Sets {@code EmbeddingModelType} to this value; see {@link #embeddingModelType(String)}. */
    public ManagedKnowledgeBaseConfiguration embeddingModelType(Value<String> value) {
      return set("EmbeddingModelType", value);
    }

    /**
     * Contains details about the server-side encryption for the managed knowledge base.
     *
     * <p>CloudFormation property {@code ServerSideEncryptionConfiguration}.
     */
    public ManagedKnowledgeBaseConfiguration serverSideEncryptionConfiguration(Value<ManagedKnowledgeBaseServerSideEncryptionConfiguration> value) {
      return set("ServerSideEncryptionConfiguration", value);
    }

    /**
     * Configurations for supplemental data storage.
     *
     * <p>CloudFormation property {@code SupplementalDataStorageConfiguration}.
     */
    public ManagedKnowledgeBaseConfiguration supplementalDataStorageConfiguration(Value<SupplementalDataStorageConfiguration> value) {
      return set("SupplementalDataStorageConfiguration", value);
    }
  }

  /**
   * Contains details about the server-side encryption for the managed knowledge base.
   *
   * <p>Property type {@code
   * AWS::Bedrock::KnowledgeBase.ManagedKnowledgeBaseServerSideEncryptionConfiguration}.
   */
  public static final class ManagedKnowledgeBaseServerSideEncryptionConfiguration extends Struct<ManagedKnowledgeBaseServerSideEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.ManagedKnowledgeBaseServerSideEncryptionConfiguration")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public ManagedKnowledgeBaseServerSideEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the AWS KMS key used to encrypt the managed knowledge base.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public ManagedKnowledgeBaseServerSideEncryptionConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public ManagedKnowledgeBaseServerSideEncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Contains details about the storage configuration of the knowledge base in MongoDB Atlas.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.MongoDbAtlasConfiguration}.
   */
  public static final class MongoDbAtlasConfiguration extends Struct<MongoDbAtlasConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.MongoDbAtlasConfiguration")
        .required("CollectionName", "CredentialsSecretArn", "DatabaseName", "Endpoint",
            "FieldMapping", "VectorIndexName")
        .constrain("CollectionName", Constraint.of().pattern("^.*$").maxLength(63))
        .constrain("CredentialsSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .constrain("DatabaseName", Constraint.of().pattern("^.*$").maxLength(63))
        .constrain("Endpoint", Constraint.of().pattern("^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]+\\.mongodb\\.net$").maxLength(2048))
        .constrain("EndpointServiceName", Constraint.of().pattern("^(?:arn:aws(?:-us-gov|-cn|-iso|-iso-[a-z])*:.+:.*:\\d+:.+/.+$|[a-zA-Z0-9*]+[a-zA-Z0-9._-]*)$").maxLength(255))
        .constrain("TextIndexName", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("VectorIndexName", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public MongoDbAtlasConfiguration() {
      super(SCHEMA);
    }

    /**
     * The collection name of the knowledge base in MongoDB Atlas.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code CollectionName}.
     */
    public MongoDbAtlasConfiguration collectionName(String value) {
      return set("CollectionName", Value.of(value));
    }

    /** Sets {@code CollectionName} to this value; see {@link #collectionName(String)}. */
    public MongoDbAtlasConfiguration collectionName(Value<String> value) {
      return set("CollectionName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret that you created in AWS Secrets Manager that
     * contains user credentials for your MongoDB Atlas cluster.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code CredentialsSecretArn}.
     */
    public MongoDbAtlasConfiguration credentialsSecretArn(String value) {
      return set("CredentialsSecretArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialsSecretArn} to this value; see {@link #credentialsSecretArn(String)}.
     */
    public MongoDbAtlasConfiguration credentialsSecretArn(Value<String> value) {
      return set("CredentialsSecretArn", value);
    }

    /**
     * The database name in your MongoDB Atlas cluster for your knowledge base.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code DatabaseName}.
     */
    public MongoDbAtlasConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public MongoDbAtlasConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The endpoint URL of your MongoDB Atlas cluster for your knowledge base.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code
     * ^[a-zA-Z0-9_-]+&#92;.[a-zA-Z0-9_-]+&#92;.mongodb&#92;.net$}. CloudFormation property {@code
     * Endpoint}.
     */
    public MongoDbAtlasConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public MongoDbAtlasConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The name of the VPC endpoint service in your account that is connected to your MongoDB Atlas
     * cluster.
     *
     * <p>Length: at most 255 characters. Pattern: {@code
     * ^(?:arn:aws(?:-us-gov|-cn|-iso|-iso-[a-z])*:.+:.*:&#92;d+:.+/.+$|[a-zA-Z0-9*]+[a-zA-Z0-9._-]*)$}.
     * CloudFormation property {@code EndpointServiceName}.
     */
    public MongoDbAtlasConfiguration endpointServiceName(String value) {
      return set("EndpointServiceName", Value.of(value));
    }

    /** Sets {@code EndpointServiceName} to this value; see {@link #endpointServiceName(String)}. */
    public MongoDbAtlasConfiguration endpointServiceName(Value<String> value) {
      return set("EndpointServiceName", value);
    }

    /**
     * Contains the names of the fields to which to map information about the vector store.
     *
     * <p>Required. CloudFormation property {@code FieldMapping}.
     */
    public MongoDbAtlasConfiguration fieldMapping(Value<MongoDbAtlasFieldMapping> value) {
      return set("FieldMapping", value);
    }

    /**
     * The name of the text search index in the MongoDB collection. This is required for using the
     * hybrid search feature.
     *
     * <p>Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * TextIndexName}.
     */
    public MongoDbAtlasConfiguration textIndexName(String value) {
      return set("TextIndexName", Value.of(value));
    }

    /** Sets {@code TextIndexName} to this value; see {@link #textIndexName(String)}. */
    public MongoDbAtlasConfiguration textIndexName(Value<String> value) {
      return set("TextIndexName", value);
    }

    /**
     * The name of the MongoDB Atlas vector search index.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code VectorIndexName}.
     */
    public MongoDbAtlasConfiguration vectorIndexName(String value) {
      return set("VectorIndexName", Value.of(value));
    }

    /** Sets {@code VectorIndexName} to this value; see {@link #vectorIndexName(String)}. */
    public MongoDbAtlasConfiguration vectorIndexName(Value<String> value) {
      return set("VectorIndexName", value);
    }
  }

  /**
   * Contains the names of the fields to which to map information about the vector store.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.MongoDbAtlasFieldMapping}.
   */
  public static final class MongoDbAtlasFieldMapping extends Struct<MongoDbAtlasFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.MongoDbAtlasFieldMapping")
        .required("MetadataField", "TextField", "VectorField")
        .constrain("MetadataField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("TextField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("VectorField", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public MongoDbAtlasFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in which Amazon Bedrock stores metadata about the vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code MetadataField}.
     */
    public MongoDbAtlasFieldMapping metadataField(String value) {
      return set("MetadataField", Value.of(value));
    }

    /** Sets {@code MetadataField} to this value; see {@link #metadataField(String)}. */
    public MongoDbAtlasFieldMapping metadataField(Value<String> value) {
      return set("MetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the raw text from your data. The text is
     * split according to the chunking strategy you choose.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code TextField}.
     */
    public MongoDbAtlasFieldMapping textField(String value) {
      return set("TextField", Value.of(value));
    }

    /** Sets {@code TextField} to this value; see {@link #textField(String)}. */
    public MongoDbAtlasFieldMapping textField(Value<String> value) {
      return set("TextField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the vector embeddings for your data
     * sources.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code VectorField}.
     */
    public MongoDbAtlasFieldMapping vectorField(String value) {
      return set("VectorField", Value.of(value));
    }

    /** Sets {@code VectorField} to this value; see {@link #vectorField(String)}. */
    public MongoDbAtlasFieldMapping vectorField(Value<String> value) {
      return set("VectorField", value);
    }
  }

  /**
   * Contains details about the storage configuration of the knowledge base in Amazon Neptune
   * Analytics. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-neptune.html">Create
   * a vector index in Amazon Neptune Analytics</a> .
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.NeptuneAnalyticsConfiguration}.
   */
  public static final class NeptuneAnalyticsConfiguration extends Struct<NeptuneAnalyticsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.NeptuneAnalyticsConfiguration")
        .required("FieldMapping", "GraphArn")
        .constrain("GraphArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):neptune-graph:[a-zA-Z0-9-]*:[0-9]{12}:graph\\/g-[a-zA-Z0-9]{10}$").minLength(1).maxLength(255))
        .build();

    public NeptuneAnalyticsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the names of the fields to which to map information about the vector store.
     *
     * <p>Required. CloudFormation property {@code FieldMapping}.
     */
    public NeptuneAnalyticsConfiguration fieldMapping(Value<NeptuneAnalyticsFieldMapping> value) {
      return set("FieldMapping", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Neptune Analytics vector store.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):neptune-graph:[a-zA-Z0-9-]*:[0-9]{12}:graph&#92;/g-[a-zA-Z0-9]{10}$}.
     * CloudFormation property {@code GraphArn}.
     */
    public NeptuneAnalyticsConfiguration graphArn(String value) {
      return set("GraphArn", Value.of(value));
    }

    /** Sets {@code GraphArn} to this value; see {@link #graphArn(String)}. */
    public NeptuneAnalyticsConfiguration graphArn(Value<String> value) {
      return set("GraphArn", value);
    }
  }

  /**
   * Contains the names of the fields to which to map information about the vector store.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.NeptuneAnalyticsFieldMapping}.
   */
  public static final class NeptuneAnalyticsFieldMapping extends Struct<NeptuneAnalyticsFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.NeptuneAnalyticsFieldMapping")
        .required("MetadataField", "TextField")
        .constrain("MetadataField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("TextField", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public NeptuneAnalyticsFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in which Amazon Bedrock stores metadata about the vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code MetadataField}.
     */
    public NeptuneAnalyticsFieldMapping metadataField(String value) {
      return set("MetadataField", Value.of(value));
    }

    /** Sets {@code MetadataField} to this value; see {@link #metadataField(String)}. */
    public NeptuneAnalyticsFieldMapping metadataField(Value<String> value) {
      return set("MetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the raw text from your data. The text is
     * split according to the chunking strategy you choose.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code TextField}.
     */
    public NeptuneAnalyticsFieldMapping textField(String value) {
      return set("TextField", Value.of(value));
    }

    /** Sets {@code TextField} to this value; see {@link #textField(String)}. */
    public NeptuneAnalyticsFieldMapping textField(Value<String> value) {
      return set("TextField", value);
    }
  }

  /**
   * Contains details about the Managed Cluster configuration of the knowledge base in Amazon
   * OpenSearch Service. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-osm.html">Create
   * a vector index in OpenSearch Managed Cluster</a> .
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.OpenSearchManagedClusterConfiguration}.
   */
  public static final class OpenSearchManagedClusterConfiguration extends Struct<OpenSearchManagedClusterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.OpenSearchManagedClusterConfiguration")
        .required("DomainArn", "DomainEndpoint", "FieldMapping", "VectorIndexName")
        .constrain("DomainArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:es:([a-z]{2,}-){2,}\\d:\\d{12}:domain/[a-z][a-z0-9-]{3,28}$").maxLength(2048))
        .constrain("DomainEndpoint", Constraint.of().pattern("^https://.*$").maxLength(2048))
        .constrain("VectorIndexName", Constraint.of().pattern("^(?![\\-_+.])[a-z0-9][a-z0-9\\-_\\.]*$").minLength(1).maxLength(2048))
        .build();

    public OpenSearchManagedClusterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the OpenSearch domain.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:es:([a-z]{2,}-){2,}&#92;d:&#92;d{12}:domain/[a-z][a-z0-9-]{3,28}$}.
     * CloudFormation property {@code DomainArn}.
     */
    public OpenSearchManagedClusterConfiguration domainArn(String value) {
      return set("DomainArn", Value.of(value));
    }

    /** Sets {@code DomainArn} to this value; see {@link #domainArn(String)}. */
    public OpenSearchManagedClusterConfiguration domainArn(Value<String> value) {
      return set("DomainArn", value);
    }

    /**
     * The endpoint URL the OpenSearch domain.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code DomainEndpoint}.
     */
    public OpenSearchManagedClusterConfiguration domainEndpoint(String value) {
      return set("DomainEndpoint", Value.of(value));
    }

    /** Sets {@code DomainEndpoint} to this value; see {@link #domainEndpoint(String)}. */
    public OpenSearchManagedClusterConfiguration domainEndpoint(Value<String> value) {
      return set("DomainEndpoint", value);
    }

    /**
     * Contains the names of the fields to which to map information about the vector store.
     *
     * <p>Required. CloudFormation property {@code FieldMapping}.
     */
    public OpenSearchManagedClusterConfiguration fieldMapping(Value<OpenSearchManagedClusterFieldMapping> value) {
      return set("FieldMapping", value);
    }

    /**
     * The name of the vector store.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(?![&#92;-_+.])[a-z0-9][a-z0-9&#92;-_&#92;.]*$}. CloudFormation property {@code
     * VectorIndexName}.
     */
    public OpenSearchManagedClusterConfiguration vectorIndexName(String value) {
      return set("VectorIndexName", Value.of(value));
    }

    /** Sets {@code VectorIndexName} to this value; see {@link #vectorIndexName(String)}. */
    public OpenSearchManagedClusterConfiguration vectorIndexName(Value<String> value) {
      return set("VectorIndexName", value);
    }
  }

  /**
   * Contains the names of the fields to which to map information about the vector store.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.OpenSearchManagedClusterFieldMapping}.
   */
  public static final class OpenSearchManagedClusterFieldMapping extends Struct<OpenSearchManagedClusterFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.OpenSearchManagedClusterFieldMapping")
        .required("MetadataField", "TextField", "VectorField")
        .constrain("MetadataField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("TextField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("VectorField", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public OpenSearchManagedClusterFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in which Amazon Bedrock stores metadata about the vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code MetadataField}.
     */
    public OpenSearchManagedClusterFieldMapping metadataField(String value) {
      return set("MetadataField", Value.of(value));
    }

    /** Sets {@code MetadataField} to this value; see {@link #metadataField(String)}. */
    public OpenSearchManagedClusterFieldMapping metadataField(Value<String> value) {
      return set("MetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the raw text from your data. The text is
     * split according to the chunking strategy you choose.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code TextField}.
     */
    public OpenSearchManagedClusterFieldMapping textField(String value) {
      return set("TextField", Value.of(value));
    }

    /** Sets {@code TextField} to this value; see {@link #textField(String)}. */
    public OpenSearchManagedClusterFieldMapping textField(Value<String> value) {
      return set("TextField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the vector embeddings for your data
     * sources.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code VectorField}.
     */
    public OpenSearchManagedClusterFieldMapping vectorField(String value) {
      return set("VectorField", Value.of(value));
    }

    /** Sets {@code VectorField} to this value; see {@link #vectorField(String)}. */
    public OpenSearchManagedClusterFieldMapping vectorField(Value<String> value) {
      return set("VectorField", value);
    }
  }

  /**
   * Contains details about the storage configuration of the knowledge base in Amazon OpenSearch
   * Service. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-oss.html">Create
   * a vector index in Amazon OpenSearch Service</a> .
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.OpenSearchServerlessConfiguration}.
   */
  public static final class OpenSearchServerlessConfiguration extends Struct<OpenSearchServerlessConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.OpenSearchServerlessConfiguration")
        .required("CollectionArn", "FieldMapping", "VectorIndexName")
        .constrain("CollectionArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov|-iso):aoss:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:collection/[a-z0-9-]{3,32}$").maxLength(2048))
        .constrain("VectorIndexName", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public OpenSearchServerlessConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the OpenSearch Service vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov|-iso):aoss:[a-z]{2}(-gov)?-[a-z]+-&#92;d{1}:&#92;d{12}:collection/[a-z0-9-]{3,32}$}.
     * CloudFormation property {@code CollectionArn}.
     */
    public OpenSearchServerlessConfiguration collectionArn(String value) {
      return set("CollectionArn", Value.of(value));
    }

    /** Sets {@code CollectionArn} to this value; see {@link #collectionArn(String)}. */
    public OpenSearchServerlessConfiguration collectionArn(Value<String> value) {
      return set("CollectionArn", value);
    }

    /**
     * Contains the names of the fields to which to map information about the vector store.
     *
     * <p>Required. CloudFormation property {@code FieldMapping}.
     */
    public OpenSearchServerlessConfiguration fieldMapping(Value<OpenSearchServerlessFieldMapping> value) {
      return set("FieldMapping", value);
    }

    /**
     * The name of the vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code VectorIndexName}.
     */
    public OpenSearchServerlessConfiguration vectorIndexName(String value) {
      return set("VectorIndexName", Value.of(value));
    }

    /** Sets {@code VectorIndexName} to this value; see {@link #vectorIndexName(String)}. */
    public OpenSearchServerlessConfiguration vectorIndexName(Value<String> value) {
      return set("VectorIndexName", value);
    }
  }

  /**
   * Contains the names of the fields to which to map information about the vector store.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.OpenSearchServerlessFieldMapping}.
   */
  public static final class OpenSearchServerlessFieldMapping extends Struct<OpenSearchServerlessFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.OpenSearchServerlessFieldMapping")
        .required("MetadataField", "TextField", "VectorField")
        .constrain("MetadataField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("TextField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("VectorField", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public OpenSearchServerlessFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in which Amazon Bedrock stores metadata about the vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code MetadataField}.
     */
    public OpenSearchServerlessFieldMapping metadataField(String value) {
      return set("MetadataField", Value.of(value));
    }

    /** Sets {@code MetadataField} to this value; see {@link #metadataField(String)}. */
    public OpenSearchServerlessFieldMapping metadataField(Value<String> value) {
      return set("MetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the raw text from your data. The text is
     * split according to the chunking strategy you choose.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code TextField}.
     */
    public OpenSearchServerlessFieldMapping textField(String value) {
      return set("TextField", Value.of(value));
    }

    /** Sets {@code TextField} to this value; see {@link #textField(String)}. */
    public OpenSearchServerlessFieldMapping textField(Value<String> value) {
      return set("TextField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the vector embeddings for your data
     * sources.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code VectorField}.
     */
    public OpenSearchServerlessFieldMapping vectorField(String value) {
      return set("VectorField", Value.of(value));
    }

    /** Sets {@code VectorField} to this value; see {@link #vectorField(String)}. */
    public OpenSearchServerlessFieldMapping vectorField(Value<String> value) {
      return set("VectorField", value);
    }
  }

  /**
   * Contains details about the storage configuration of the knowledge base in Pinecone. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-pinecone.html">Create
   * a vector index in Pinecone</a> .
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.PineconeConfiguration}.
   */
  public static final class PineconeConfiguration extends Struct<PineconeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.PineconeConfiguration")
        .required("ConnectionString", "CredentialsSecretArn", "FieldMapping")
        .constrain("ConnectionString", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("CredentialsSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .constrain("Namespace", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public PineconeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The endpoint URL for your index management page.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code ConnectionString}.
     */
    public PineconeConfiguration connectionString(String value) {
      return set("ConnectionString", Value.of(value));
    }

    /** Sets {@code ConnectionString} to this value; see {@link #connectionString(String)}. */
    public PineconeConfiguration connectionString(Value<String> value) {
      return set("ConnectionString", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret that you created in AWS Secrets Manager that is
     * linked to your Pinecone API key.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code CredentialsSecretArn}.
     */
    public PineconeConfiguration credentialsSecretArn(String value) {
      return set("CredentialsSecretArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialsSecretArn} to this value; see {@link #credentialsSecretArn(String)}.
     */
    public PineconeConfiguration credentialsSecretArn(Value<String> value) {
      return set("CredentialsSecretArn", value);
    }

    /**
     * Contains the names of the fields to which to map information about the vector store.
     *
     * <p>Required. CloudFormation property {@code FieldMapping}.
     */
    public PineconeConfiguration fieldMapping(Value<PineconeFieldMapping> value) {
      return set("FieldMapping", value);
    }

    /**
     * The namespace to be used to write new data to your database.
     *
     * <p>Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * Namespace}.
     */
    public PineconeConfiguration namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public PineconeConfiguration namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Contains the names of the fields to which to map information about the vector store.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.PineconeFieldMapping}.
   */
  public static final class PineconeFieldMapping extends Struct<PineconeFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.PineconeFieldMapping")
        .required("MetadataField", "TextField")
        .constrain("MetadataField", Constraint.of().pattern("^.*$").maxLength(2048))
        .constrain("TextField", Constraint.of().pattern("^.*$").maxLength(2048))
        .build();

    public PineconeFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in which Amazon Bedrock stores metadata about the vector store.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code MetadataField}.
     */
    public PineconeFieldMapping metadataField(String value) {
      return set("MetadataField", Value.of(value));
    }

    /** Sets {@code MetadataField} to this value; see {@link #metadataField(String)}. */
    public PineconeFieldMapping metadataField(Value<String> value) {
      return set("MetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the raw text from your data. The text is
     * split according to the chunking strategy you choose.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code TextField}.
     */
    public PineconeFieldMapping textField(String value) {
      return set("TextField", Value.of(value));
    }

    /** Sets {@code TextField} to this value; see {@link #textField(String)}. */
    public PineconeFieldMapping textField(Value<String> value) {
      return set("TextField", value);
    }
  }

  /**
   * Contains information about a column in the current table for the query engine to consider.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.QueryGenerationColumn}.
   */
  public static final class QueryGenerationColumn extends Struct<QueryGenerationColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.QueryGenerationColumn")
        .constrain("Description", Constraint.of().minLength(1).maxLength(200))
        .allowed("Inclusion", "INCLUDE", "EXCLUDE")
        .constrain("Name", Constraint.of().minLength(1).maxLength(127))
        .build();

    public QueryGenerationColumn() {
      super(SCHEMA);
    }

    /**
     * A description of the column that helps the query engine understand the contents of the
     * column.
     *
     * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
     */
    public QueryGenerationColumn description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public QueryGenerationColumn description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Specifies whether to include or exclude the column during query generation. If you specify
     * <code>EXCLUDE</code> , the column will be ignored. If you specify <code>INCLUDE</code> , all
     * other columns in the table will be ignored.
     *
     * <p>Allowed values: {@code INCLUDE}, {@code EXCLUDE}. CloudFormation property {@code
     * Inclusion}.
     */
    public QueryGenerationColumn inclusion(String value) {
      return set("Inclusion", Value.of(value));
    }

    /** Sets {@code Inclusion} to this value; see {@link #inclusion(String)}. */
    public QueryGenerationColumn inclusion(Value<String> value) {
      return set("Inclusion", value);
    }

    /**
     * The name of the column for which the other fields in this object apply.
     *
     * <p>Length: 1 to 127 characters. CloudFormation property {@code Name}.
     */
    public QueryGenerationColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public QueryGenerationColumn name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains configurations for query generation. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-build-structured.html">Build
   * a knowledge base by connecting to a structured data source</a> in the Amazon Bedrock User
   * Guide..
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.QueryGenerationConfiguration}.
   */
  public static final class QueryGenerationConfiguration extends Struct<QueryGenerationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.QueryGenerationConfiguration")
        .constrain("ExecutionTimeoutSeconds", Constraint.of().minimum(1).maximum(200))
        .build();

    public QueryGenerationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The time after which query generation will time out.
     *
     * <p>Range: 1 to 200. CloudFormation property {@code ExecutionTimeoutSeconds}.
     */
    public QueryGenerationConfiguration executionTimeoutSeconds(int value) {
      return set("ExecutionTimeoutSeconds", Value.of(value));
    }

    /**
     * Sets {@code ExecutionTimeoutSeconds} to this value; see {@link
     * #executionTimeoutSeconds(int)}.
     */
    public QueryGenerationConfiguration executionTimeoutSeconds(Value<Integer> value) {
      return set("ExecutionTimeoutSeconds", value);
    }

    /**
     * Specifies configurations for context to use during query generation.
     *
     * <p>CloudFormation property {@code GenerationContext}.
     */
    public QueryGenerationConfiguration generationContext(Value<QueryGenerationContext> value) {
      return set("GenerationContext", value);
    }
  }

  /**
   * Contains configurations for context to use during query generation.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.QueryGenerationContext}.
   */
  public static final class QueryGenerationContext extends Struct<QueryGenerationContext> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::KnowledgeBase.QueryGenerationContext");

    public QueryGenerationContext() {
      super(SCHEMA);
    }

    /**
     * An array of objects, each of which defines information about example queries to help the
     * query engine generate appropriate SQL queries.
     *
     * <p>CloudFormation property {@code CuratedQueries}.
     */
    public QueryGenerationContext curatedQueries(List<CuratedQuery> value) {
      return set("CuratedQueries", Value.listOf(value));
    }

    /** Sets {@code CuratedQueries} to this value; see {@link #curatedQueries(List)}. */
    public QueryGenerationContext curatedQueries(Value<List<CuratedQuery>> value) {
      return set("CuratedQueries", value);
    }

    /** Sets {@code CuratedQueries} to a list of these; see {@link #curatedQueries(List)}. */
    public QueryGenerationContext curatedQueries(CuratedQuery... values) {
      return set("CuratedQueries", Value.list(values));
    }

    /**
     * An array of objects, each of which defines information about a table in the database.
     *
     * <p>CloudFormation property {@code Tables}.
     */
    public QueryGenerationContext tables(List<QueryGenerationTable> value) {
      return set("Tables", Value.listOf(value));
    }

    /** Sets {@code Tables} to this value; see {@link #tables(List)}. */
    public QueryGenerationContext tables(Value<List<QueryGenerationTable>> value) {
      return set("Tables", value);
    }

    /** Sets {@code Tables} to a list of these; see {@link #tables(List)}. */
    public QueryGenerationContext tables(QueryGenerationTable... values) {
      return set("Tables", Value.list(values));
    }
  }

  /**
   * Contains information about a table for the query engine to consider.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.QueryGenerationTable}.
   */
  public static final class QueryGenerationTable extends Struct<QueryGenerationTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.QueryGenerationTable")
        .required("Name")
        .constrain("Description", Constraint.of().minLength(1).maxLength(200))
        .allowed("Inclusion", "INCLUDE", "EXCLUDE")
        .constrain("Name", Constraint.of().pattern("^.*\\..*\\..*$"))
        .build();

    public QueryGenerationTable() {
      super(SCHEMA);
    }

    /**
     * An array of objects, each of which defines information about a column in the table.
     *
     * <p>CloudFormation property {@code Columns}.
     */
    public QueryGenerationTable columns(List<QueryGenerationColumn> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public QueryGenerationTable columns(Value<List<QueryGenerationColumn>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public QueryGenerationTable columns(QueryGenerationColumn... values) {
      return set("Columns", Value.list(values));
    }

    /**
     * A description of the table that helps the query engine understand the contents of the table.
     *
     * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
     */
    public QueryGenerationTable description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public QueryGenerationTable description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Specifies whether to include or exclude the table during query generation. If you specify
     * <code>EXCLUDE</code> , the table will be ignored. If you specify <code>INCLUDE</code> , all
     * other tables will be ignored.
     *
     * <p>Allowed values: {@code INCLUDE}, {@code EXCLUDE}. CloudFormation property {@code
     * Inclusion}.
     */
    public QueryGenerationTable inclusion(String value) {
      return set("Inclusion", Value.of(value));
    }

    /** Sets {@code Inclusion} to this value; see {@link #inclusion(String)}. */
    public QueryGenerationTable inclusion(Value<String> value) {
      return set("Inclusion", value);
    }

    /**
     * The name of the table for which the other fields in this object apply.
     *
     * <p>Required. Pattern: {@code ^.*&#92;..*&#92;..*$}. CloudFormation property {@code Name}.
     */
    public QueryGenerationTable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public QueryGenerationTable name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains details about the storage configuration of the knowledge base in Amazon RDS. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-rds.html">Create
   * a vector index in Amazon RDS</a> .
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RdsConfiguration}.
   */
  public static final class RdsConfiguration extends Struct<RdsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RdsConfiguration")
        .required("CredentialsSecretArn", "DatabaseName", "FieldMapping", "ResourceArn",
            "TableName")
        .constrain("CredentialsSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .constrain("DatabaseName", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").maxLength(63))
        .constrain("ResourceArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):rds:[a-zA-Z0-9-]*:[0-9]{12}:cluster:[a-zA-Z0-9-]{1,63}$"))
        .constrain("TableName", Constraint.of().pattern("^[a-zA-Z0-9_\\.\\-]+$").maxLength(63))
        .build();

    public RdsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret that you created in AWS Secrets Manager that is
     * linked to your Amazon RDS database.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code CredentialsSecretArn}.
     */
    public RdsConfiguration credentialsSecretArn(String value) {
      return set("CredentialsSecretArn", Value.of(value));
    }

    /**
     * Sets {@code CredentialsSecretArn} to this value; see {@link #credentialsSecretArn(String)}.
     */
    public RdsConfiguration credentialsSecretArn(Value<String> value) {
      return set("CredentialsSecretArn", value);
    }

    /**
     * The name of your Amazon RDS database.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}.
     * CloudFormation property {@code DatabaseName}.
     */
    public RdsConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RdsConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Contains the names of the fields to which to map information about the vector store.
     *
     * <p>Required. CloudFormation property {@code FieldMapping}.
     */
    public RdsConfiguration fieldMapping(Value<RdsFieldMapping> value) {
      return set("FieldMapping", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the vector store.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):rds:[a-zA-Z0-9-]*:[0-9]{12}:cluster:[a-zA-Z0-9-]{1,63}$}.
     * CloudFormation property {@code ResourceArn}.
     */
    public RdsConfiguration resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public RdsConfiguration resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * The name of the table in the database.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;.&#92;-]+$}.
     * CloudFormation property {@code TableName}.
     */
    public RdsConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public RdsConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Contains the names of the fields to which to map information about the vector store.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RdsFieldMapping}.
   */
  public static final class RdsFieldMapping extends Struct<RdsFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RdsFieldMapping")
        .required("MetadataField", "PrimaryKeyField", "TextField", "VectorField")
        .constrain("CustomMetadataField", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").maxLength(63))
        .constrain("MetadataField", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").maxLength(63))
        .constrain("PrimaryKeyField", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").maxLength(63))
        .constrain("TextField", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").maxLength(63))
        .constrain("VectorField", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").maxLength(63))
        .build();

    public RdsFieldMapping() {
      super(SCHEMA);
    }

    /**
     * Provide a name for the universal metadata field where Amazon Bedrock will store any custom
     * metadata from your data source.
     *
     * <p>Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}. CloudFormation
     * property {@code CustomMetadataField}.
     */
    public RdsFieldMapping customMetadataField(String value) {
      return set("CustomMetadataField", Value.of(value));
    }

    /** Sets {@code CustomMetadataField} to this value; see {@link #customMetadataField(String)}. */
    public RdsFieldMapping customMetadataField(Value<String> value) {
      return set("CustomMetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores metadata about the vector store.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}.
     * CloudFormation property {@code MetadataField}.
     */
    public RdsFieldMapping metadataField(String value) {
      return set("MetadataField", Value.of(value));
    }

    /** Sets {@code MetadataField} to this value; see {@link #metadataField(String)}. */
    public RdsFieldMapping metadataField(Value<String> value) {
      return set("MetadataField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the ID for each entry.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}.
     * CloudFormation property {@code PrimaryKeyField}.
     */
    public RdsFieldMapping primaryKeyField(String value) {
      return set("PrimaryKeyField", Value.of(value));
    }

    /** Sets {@code PrimaryKeyField} to this value; see {@link #primaryKeyField(String)}. */
    public RdsFieldMapping primaryKeyField(Value<String> value) {
      return set("PrimaryKeyField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the raw text from your data. The text is
     * split according to the chunking strategy you choose.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}.
     * CloudFormation property {@code TextField}.
     */
    public RdsFieldMapping textField(String value) {
      return set("TextField", Value.of(value));
    }

    /** Sets {@code TextField} to this value; see {@link #textField(String)}. */
    public RdsFieldMapping textField(Value<String> value) {
      return set("TextField", value);
    }

    /**
     * The name of the field in which Amazon Bedrock stores the vector embeddings for your data
     * sources.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}.
     * CloudFormation property {@code VectorField}.
     */
    public RdsFieldMapping vectorField(String value) {
      return set("VectorField", Value.of(value));
    }

    /** Sets {@code VectorField} to this value; see {@link #vectorField(String)}. */
    public RdsFieldMapping vectorField(Value<String> value) {
      return set("VectorField", value);
    }
  }

  /**
   * Contains configurations for an Amazon Redshift database. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-build-structured.html">Build
   * a knowledge base by connecting to a structured data source</a> in the Amazon Bedrock User
   * Guide.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftConfiguration}.
   */
  public static final class RedshiftConfiguration extends Struct<RedshiftConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftConfiguration")
        .required("QueryEngineConfiguration", "StorageConfigurations")
        .build();

    public RedshiftConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configurations for an Amazon Redshift query engine.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * QueryEngineConfiguration}.
     */
    public RedshiftConfiguration queryEngineConfiguration(Value<RedshiftQueryEngineConfiguration> value) {
      return set("QueryEngineConfiguration", value);
    }

    /**
     * Specifies configurations for generating queries.
     *
     * <p>CloudFormation property {@code QueryGenerationConfiguration}.
     */
    public RedshiftConfiguration queryGenerationConfiguration(Value<QueryGenerationConfiguration> value) {
      return set("QueryGenerationConfiguration", value);
    }

    /**
     * Specifies configurations for Amazon Redshift database storage.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * StorageConfigurations}.
     */
    public RedshiftConfiguration storageConfigurations(List<RedshiftQueryEngineStorageConfiguration> value) {
      return set("StorageConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code StorageConfigurations} to this value; see {@link #storageConfigurations(List)}.
     */
    public RedshiftConfiguration storageConfigurations(Value<List<RedshiftQueryEngineStorageConfiguration>> value) {
      return set("StorageConfigurations", value);
    }

    /**
     * Sets {@code StorageConfigurations} to a list of these; see {@link
     * #storageConfigurations(List)}.
     */
    public RedshiftConfiguration storageConfigurations(RedshiftQueryEngineStorageConfiguration... values) {
      return set("StorageConfigurations", Value.list(values));
    }
  }

  /**
   * Contains configurations for authentication to an Amazon Redshift provisioned data warehouse.
   * Specify the type of authentication to use in the <code>type</code> field and include the
   * corresponding field. If you specify IAM authentication, you don't need to include another
   * field.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftProvisionedAuthConfiguration}.
   */
  public static final class RedshiftProvisionedAuthConfiguration extends Struct<RedshiftProvisionedAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftProvisionedAuthConfiguration")
        .required("Type")
        .allowed("Type", "IAM", "USERNAME_PASSWORD", "USERNAME")
        .constrain("UsernamePasswordSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .build();

    public RedshiftProvisionedAuthConfiguration() {
      super(SCHEMA);
    }

    /**
     * The database username for authentication to an Amazon Redshift provisioned data warehouse.
     *
     * <p>CloudFormation property {@code DatabaseUser}.
     */
    public RedshiftProvisionedAuthConfiguration databaseUser(String value) {
      return set("DatabaseUser", Value.of(value));
    }

    /** Sets {@code DatabaseUser} to this value; see {@link #databaseUser(String)}. */
    public RedshiftProvisionedAuthConfiguration databaseUser(Value<String> value) {
      return set("DatabaseUser", value);
    }

    /**
     * The type of authentication to use.
     *
     * <p>Required. Allowed values: {@code IAM}, {@code USERNAME_PASSWORD}, {@code USERNAME}.
     * CloudFormation property {@code Type}.
     */
    public RedshiftProvisionedAuthConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RedshiftProvisionedAuthConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The ARN of an Secrets Manager secret for authentication.
     *
     * <p>Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code UsernamePasswordSecretArn}.
     */
    public RedshiftProvisionedAuthConfiguration usernamePasswordSecretArn(String value) {
      return set("UsernamePasswordSecretArn", Value.of(value));
    }

    /**
     * Sets {@code UsernamePasswordSecretArn} to this value; see {@link
     * #usernamePasswordSecretArn(String)}.
     */
    public RedshiftProvisionedAuthConfiguration usernamePasswordSecretArn(Value<String> value) {
      return set("UsernamePasswordSecretArn", value);
    }
  }

  /**
   * Contains configurations for a provisioned Amazon Redshift query engine.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftProvisionedConfiguration}.
   */
  public static final class RedshiftProvisionedConfiguration extends Struct<RedshiftProvisionedConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftProvisionedConfiguration")
        .required("AuthConfiguration", "ClusterIdentifier")
        .constrain("ClusterIdentifier", Constraint.of().minLength(1).maxLength(63))
        .build();

    public RedshiftProvisionedConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configurations for authentication to Amazon Redshift.
     *
     * <p>Required. CloudFormation property {@code AuthConfiguration}.
     */
    public RedshiftProvisionedConfiguration authConfiguration(Value<RedshiftProvisionedAuthConfiguration> value) {
      return set("AuthConfiguration", value);
    }

    /**
     * The ID of the Amazon Redshift cluster.
     *
     * <p>Required. Length: 1 to 63 characters. CloudFormation property {@code ClusterIdentifier}.
     */
    public RedshiftProvisionedConfiguration clusterIdentifier(String value) {
      return set("ClusterIdentifier", Value.of(value));
    }

    /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
    public RedshiftProvisionedConfiguration clusterIdentifier(Value<String> value) {
      return set("ClusterIdentifier", value);
    }
  }

  /**
   * Contains configurations for storage in AWS Glue Data Catalog.
   *
   * <p>Property type {@code
   * AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineAwsDataCatalogStorageConfiguration}.
   */
  public static final class RedshiftQueryEngineAwsDataCatalogStorageConfiguration extends Struct<RedshiftQueryEngineAwsDataCatalogStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineAwsDataCatalogStorageConfiguration")
        .required("TableNames")
        .constrain("TableNames", Constraint.of().pattern("^.*\\.*$").minLength(1).maxLength(200))
        .build();

    public RedshiftQueryEngineAwsDataCatalogStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of names of the tables to use.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^.*&#92;.*$}. CloudFormation
     * property {@code TableNames}.
     */
    public RedshiftQueryEngineAwsDataCatalogStorageConfiguration tableNames(List<String> value) {
      return set("TableNames", Value.listOf(value));
    }

    /** Sets {@code TableNames} to this value; see {@link #tableNames(List)}. */
    public RedshiftQueryEngineAwsDataCatalogStorageConfiguration tableNames(Value<List<String>> value) {
      return set("TableNames", value);
    }
  }

  /**
   * Contains configurations for an Amazon Redshift query engine. Specify the type of query engine
   * in <code>type</code> and include the corresponding field. For more information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-build-structured.html">Build
   * a knowledge base by connecting to a structured data source</a> in the Amazon Bedrock User
   * Guide.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineConfiguration}.
   */
  public static final class RedshiftQueryEngineConfiguration extends Struct<RedshiftQueryEngineConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineConfiguration")
        .required("Type")
        .allowed("Type", "SERVERLESS", "PROVISIONED")
        .build();

    public RedshiftQueryEngineConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configurations for a provisioned Amazon Redshift query engine.
     *
     * <p>CloudFormation property {@code ProvisionedConfiguration}.
     */
    public RedshiftQueryEngineConfiguration provisionedConfiguration(Value<RedshiftProvisionedConfiguration> value) {
      return set("ProvisionedConfiguration", value);
    }

    /**
     * Specifies configurations for a serverless Amazon Redshift query engine.
     *
     * <p>CloudFormation property {@code ServerlessConfiguration}.
     */
    public RedshiftQueryEngineConfiguration serverlessConfiguration(Value<RedshiftServerlessConfiguration> value) {
      return set("ServerlessConfiguration", value);
    }

    /**
     * The type of query engine.
     *
     * <p>Required. Allowed values: {@code SERVERLESS}, {@code PROVISIONED}. CloudFormation property
     * {@code Type}.
     */
    public RedshiftQueryEngineConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RedshiftQueryEngineConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains configurations for storage in Amazon Redshift.
   *
   * <p>Property type {@code
   * AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineRedshiftStorageConfiguration}.
   */
  public static final class RedshiftQueryEngineRedshiftStorageConfiguration extends Struct<RedshiftQueryEngineRedshiftStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineRedshiftStorageConfiguration")
        .required("DatabaseName")
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(200))
        .build();

    public RedshiftQueryEngineRedshiftStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon Redshift database.
     *
     * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code DatabaseName}.
     */
    public RedshiftQueryEngineRedshiftStorageConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RedshiftQueryEngineRedshiftStorageConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }
  }

  /**
   * Contains configurations for Amazon Redshift data storage. Specify the data storage service to
   * use in the <code>type</code> field and include the corresponding field. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-build-structured.html">Build
   * a knowledge base by connecting to a structured data source</a> in the Amazon Bedrock User
   * Guide.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineStorageConfiguration}.
   */
  public static final class RedshiftQueryEngineStorageConfiguration extends Struct<RedshiftQueryEngineStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineStorageConfiguration")
        .required("Type")
        .allowed("Type", "REDSHIFT", "AWS_DATA_CATALOG")
        .build();

    public RedshiftQueryEngineStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configurations for storage in AWS Glue Data Catalog.
     *
     * <p>CloudFormation property {@code AwsDataCatalogConfiguration}.
     */
    public RedshiftQueryEngineStorageConfiguration awsDataCatalogConfiguration(Value<RedshiftQueryEngineAwsDataCatalogStorageConfiguration> value) {
      return set("AwsDataCatalogConfiguration", value);
    }

    /**
     * Specifies configurations for storage in Amazon Redshift.
     *
     * <p>CloudFormation property {@code RedshiftConfiguration}.
     */
    public RedshiftQueryEngineStorageConfiguration redshiftConfiguration(Value<RedshiftQueryEngineRedshiftStorageConfiguration> value) {
      return set("RedshiftConfiguration", value);
    }

    /**
     * The data storage service to use.
     *
     * <p>Required. Allowed values: {@code REDSHIFT}, {@code AWS_DATA_CATALOG}. CloudFormation
     * property {@code Type}.
     */
    public RedshiftQueryEngineStorageConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RedshiftQueryEngineStorageConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies configurations for authentication to a Redshift Serverless. Specify the type of
   * authentication to use in the <code>type</code> field and include the corresponding field. If
   * you specify IAM authentication, you don't need to include another field.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftServerlessAuthConfiguration}.
   */
  public static final class RedshiftServerlessAuthConfiguration extends Struct<RedshiftServerlessAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftServerlessAuthConfiguration")
        .required("Type")
        .allowed("Type", "IAM", "USERNAME_PASSWORD")
        .constrain("UsernamePasswordSecretArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"))
        .build();

    public RedshiftServerlessAuthConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of authentication to use.
     *
     * <p>Required. Allowed values: {@code IAM}, {@code USERNAME_PASSWORD}. CloudFormation property
     * {@code Type}.
     */
    public RedshiftServerlessAuthConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RedshiftServerlessAuthConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The ARN of an Secrets Manager secret for authentication.
     *
     * <p>Pattern: {@code
     * ^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.&#64;-]{1,512}$}.
     * CloudFormation property {@code UsernamePasswordSecretArn}.
     */
    public RedshiftServerlessAuthConfiguration usernamePasswordSecretArn(String value) {
      return set("UsernamePasswordSecretArn", Value.of(value));
    }

    /**
     * Sets {@code UsernamePasswordSecretArn} to this value; see {@link
     * #usernamePasswordSecretArn(String)}.
     */
    public RedshiftServerlessAuthConfiguration usernamePasswordSecretArn(Value<String> value) {
      return set("UsernamePasswordSecretArn", value);
    }
  }

  /**
   * Contains configurations for authentication to Amazon Redshift Serverless.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.RedshiftServerlessConfiguration}.
   */
  public static final class RedshiftServerlessConfiguration extends Struct<RedshiftServerlessConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.RedshiftServerlessConfiguration")
        .required("AuthConfiguration", "WorkgroupArn")
        .constrain("WorkgroupArn", Constraint.of().pattern("^(arn:(aws(-[a-z]+)*):redshift-serverless:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:workgroup/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"))
        .build();

    public RedshiftServerlessConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configurations for authentication to an Amazon Redshift provisioned data warehouse.
     *
     * <p>Required. CloudFormation property {@code AuthConfiguration}.
     */
    public RedshiftServerlessConfiguration authConfiguration(Value<RedshiftServerlessAuthConfiguration> value) {
      return set("AuthConfiguration", value);
    }

    /**
     * The ARN of the Amazon Redshift workgroup.
     *
     * <p>Required. Pattern: {@code
     * ^(arn:(aws(-[a-z]+)*):redshift-serverless:[a-z]{2}(-gov)?-[a-z]+-&#92;d{1}:&#92;d{12}:workgroup/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$}.
     * CloudFormation property {@code WorkgroupArn}.
     */
    public RedshiftServerlessConfiguration workgroupArn(String value) {
      return set("WorkgroupArn", Value.of(value));
    }

    /** Sets {@code WorkgroupArn} to this value; see {@link #workgroupArn(String)}. */
    public RedshiftServerlessConfiguration workgroupArn(Value<String> value) {
      return set("WorkgroupArn", value);
    }
  }

  /**
   * A storage location in an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.S3Location")
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
   * Contains the storage configuration of the knowledge base for S3 vectors.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.S3VectorsConfiguration}.
   */
  public static final class S3VectorsConfiguration extends Struct<S3VectorsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.S3VectorsConfiguration")
        .constrain("IndexName", Constraint.of().minLength(3).maxLength(63))
        .build();

    public S3VectorsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the vector index used for the knowledge base. This ARN
     * identifies the specific vector index resource within Amazon Bedrock.
     *
     * <p>CloudFormation property {@code IndexArn}.
     */
    public S3VectorsConfiguration indexArn(String value) {
      return set("IndexArn", Value.of(value));
    }

    /** Sets {@code IndexArn} to this value; see {@link #indexArn(String)}. */
    public S3VectorsConfiguration indexArn(Value<String> value) {
      return set("IndexArn", value);
    }

    /**
     * The name of the vector index used for the knowledge base. This name identifies the vector
     * index within the Amazon Bedrock service.
     *
     * <p>Length: 3 to 63 characters. CloudFormation property {@code IndexName}.
     */
    public S3VectorsConfiguration indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public S3VectorsConfiguration indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the S3 bucket where vector embeddings are stored. This
     * bucket contains the vector data used by the knowledge base.
     *
     * <p>CloudFormation property {@code VectorBucketArn}.
     */
    public S3VectorsConfiguration vectorBucketArn(String value) {
      return set("VectorBucketArn", Value.of(value));
    }

    /** Sets {@code VectorBucketArn} to this value; see {@link #vectorBucketArn(String)}. */
    public S3VectorsConfiguration vectorBucketArn(Value<String> value) {
      return set("VectorBucketArn", value);
    }
  }

  /**
   * Contains configurations for a knowledge base connected to an SQL database. Specify the SQL
   * database type in the <code>type</code> field and include the corresponding field. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-build-structured.html">Build
   * a knowledge base by connecting to a structured data source</a> in the Amazon Bedrock User
   * Guide.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.SqlKnowledgeBaseConfiguration}.
   */
  public static final class SqlKnowledgeBaseConfiguration extends Struct<SqlKnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.SqlKnowledgeBaseConfiguration")
        .required("Type")
        .allowed("Type", "REDSHIFT")
        .build();

    public SqlKnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configurations for a knowledge base connected to an Amazon Redshift database.
     *
     * <p>CloudFormation property {@code RedshiftConfiguration}.
     */
    public SqlKnowledgeBaseConfiguration redshiftConfiguration(Value<RedshiftConfiguration> value) {
      return set("RedshiftConfiguration", value);
    }

    /**
     * The type of SQL database to connect to the knowledge base.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code REDSHIFT}.
     * CloudFormation property {@code Type}.
     */
    public SqlKnowledgeBaseConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SqlKnowledgeBaseConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains the storage configuration of the knowledge base.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.StorageConfiguration}.
   */
  public static final class StorageConfiguration extends Struct<StorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.StorageConfiguration")
        .required("Type")
        .allowed("Type", "OPENSEARCH_SERVERLESS", "PINECONE", "RDS", "MONGO_DB_ATLAS",
            "NEPTUNE_ANALYTICS", "S3_VECTORS", "OPENSEARCH_MANAGED_CLUSTER")
        .build();

    public StorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the storage configuration of the knowledge base in MongoDB Atlas.
     *
     * <p>CloudFormation property {@code MongoDbAtlasConfiguration}.
     */
    public StorageConfiguration mongoDbAtlasConfiguration(Value<MongoDbAtlasConfiguration> value) {
      return set("MongoDbAtlasConfiguration", value);
    }

    /**
     * Contains details about the Neptune Analytics configuration of the knowledge base in Amazon
     * Neptune. For more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-neptune.html">Create
     * a vector index in Amazon Neptune Analytics.</a> .
     *
     * <p>CloudFormation property {@code NeptuneAnalyticsConfiguration}.
     */
    public StorageConfiguration neptuneAnalyticsConfiguration(Value<NeptuneAnalyticsConfiguration> value) {
      return set("NeptuneAnalyticsConfiguration", value);
    }

    /**
     * Contains details about the storage configuration of the knowledge base in OpenSearch Managed
     * Cluster. For more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-osm.html">Create
     * a vector index in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code OpensearchManagedClusterConfiguration}.
     */
    public StorageConfiguration opensearchManagedClusterConfiguration(Value<OpenSearchManagedClusterConfiguration> value) {
      return set("OpensearchManagedClusterConfiguration", value);
    }

    /**
     * Contains the storage configuration of the knowledge base in Amazon OpenSearch Service.
     *
     * <p>CloudFormation property {@code OpensearchServerlessConfiguration}.
     */
    public StorageConfiguration opensearchServerlessConfiguration(Value<OpenSearchServerlessConfiguration> value) {
      return set("OpensearchServerlessConfiguration", value);
    }

    /**
     * Contains the storage configuration of the knowledge base in Pinecone.
     *
     * <p>CloudFormation property {@code PineconeConfiguration}.
     */
    public StorageConfiguration pineconeConfiguration(Value<PineconeConfiguration> value) {
      return set("PineconeConfiguration", value);
    }

    /**
     * Contains details about the storage configuration of the knowledge base in Amazon RDS. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup-rds.html">Create
     * a vector index in Amazon RDS</a> .
     *
     * <p>CloudFormation property {@code RdsConfiguration}.
     */
    public StorageConfiguration rdsConfiguration(Value<RdsConfiguration> value) {
      return set("RdsConfiguration", value);
    }

    /**
     * The configuration settings for storing knowledge base data using S3 vectors. This includes
     * vector index information and S3 bucket details for vector storage.
     *
     * <p>CloudFormation property {@code S3VectorsConfiguration}.
     */
    public StorageConfiguration s3VectorsConfiguration(Value<S3VectorsConfiguration> value) {
      return set("S3VectorsConfiguration", value);
    }

    /**
     * The vector store service in which the knowledge base is stored.
     *
     * <p>Required. Allowed values: {@code OPENSEARCH_SERVERLESS}, {@code PINECONE}, {@code RDS},
     * {@code MONGO_DB_ATLAS}, {@code NEPTUNE_ANALYTICS}, {@code S3_VECTORS}, {@code
     * OPENSEARCH_MANAGED_CLUSTER}. CloudFormation property {@code Type}.
     */
    public StorageConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public StorageConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies configurations for the storage location of multimedia content (images, audio, and
   * video) extracted from multimodal documents in your data source. This content can be retrieved
   * and returned to the end user with timestamp references for audio and video segments.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.SupplementalDataStorageConfiguration}.
   */
  public static final class SupplementalDataStorageConfiguration extends Struct<SupplementalDataStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.SupplementalDataStorageConfiguration")
        .required("SupplementalDataStorageLocations")
        .build();

    public SupplementalDataStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of supplemental data storage locations.
     *
     * <p>Required. CloudFormation property {@code SupplementalDataStorageLocations}.
     */
    public SupplementalDataStorageConfiguration supplementalDataStorageLocations(List<SupplementalDataStorageLocation> value) {
      return set("SupplementalDataStorageLocations", Value.listOf(value));
    }

    /**
     * Sets {@code SupplementalDataStorageLocations} to this value; see {@link
     * #supplementalDataStorageLocations(List)}.
     */
    public SupplementalDataStorageConfiguration supplementalDataStorageLocations(Value<List<SupplementalDataStorageLocation>> value) {
      return set("SupplementalDataStorageLocations", value);
    }

    /**
     * Sets {@code SupplementalDataStorageLocations} to a list of these; see {@link
     * #supplementalDataStorageLocations(List)}.
     */
    public SupplementalDataStorageConfiguration supplementalDataStorageLocations(SupplementalDataStorageLocation... values) {
      return set("SupplementalDataStorageLocations", Value.list(values));
    }
  }

  /**
   * Contains information about a storage location for multimedia content (images, audio, and video)
   * extracted from multimodal documents in your data source.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.SupplementalDataStorageLocation}.
   */
  public static final class SupplementalDataStorageLocation extends Struct<SupplementalDataStorageLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.SupplementalDataStorageLocation")
        .required("SupplementalDataStorageLocationType")
        .allowed("SupplementalDataStorageLocationType", "S3")
        .build();

    public SupplementalDataStorageLocation() {
      super(SCHEMA);
    }

    /**
     * Contains information about the Amazon S3 location for the extracted multimedia content.
     *
     * <p>CloudFormation property {@code S3Location}.
     */
    public SupplementalDataStorageLocation s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }

    /**
     * Supplemental data storage location type.
     *
     * <p>Required. Allowed values: {@code S3}. CloudFormation property {@code
     * SupplementalDataStorageLocationType}.
     */
    public SupplementalDataStorageLocation supplementalDataStorageLocationType(String value) {
      return set("SupplementalDataStorageLocationType", Value.of(value));
    }

    /**
     * Sets {@code SupplementalDataStorageLocationType} to this value; see {@link
     * #supplementalDataStorageLocationType(String)}.
     */
    public SupplementalDataStorageLocation supplementalDataStorageLocationType(Value<String> value) {
      return set("SupplementalDataStorageLocationType", value);
    }
  }

  /**
   * Contains details about the model used to create vector embeddings for the knowledge base.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.VectorKnowledgeBaseConfiguration}.
   */
  public static final class VectorKnowledgeBaseConfiguration extends Struct<VectorKnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.VectorKnowledgeBaseConfiguration")
        .required("EmbeddingModelArn")
        .constrain("EmbeddingModelArn", Constraint.of().pattern("^(arn:aws(-[^:]+)?:[a-z0-9-]+:[a-z0-9-]{1,20}:[0-9]{0,12}:[a-zA-Z0-9-:/._+]+)$").minLength(20).maxLength(2048))
        .build();

    public VectorKnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the model used to create vector embeddings for the
     * knowledge base.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^(arn:aws(-[^:]+)?:[a-z0-9-]+:[a-z0-9-]{1,20}:[0-9]{0,12}:[a-zA-Z0-9-:/._+]+)$}.
     * CloudFormation property {@code EmbeddingModelArn}.
     */
    public VectorKnowledgeBaseConfiguration embeddingModelArn(String value) {
      return set("EmbeddingModelArn", Value.of(value));
    }

    /** Sets {@code EmbeddingModelArn} to this value; see {@link #embeddingModelArn(String)}. */
    public VectorKnowledgeBaseConfiguration embeddingModelArn(Value<String> value) {
      return set("EmbeddingModelArn", value);
    }

    /**
     * The embeddings model configuration details for the vector model used in Knowledge Base.
     *
     * <p>CloudFormation property {@code EmbeddingModelConfiguration}.
     */
    public VectorKnowledgeBaseConfiguration embeddingModelConfiguration(Value<EmbeddingModelConfiguration> value) {
      return set("EmbeddingModelConfiguration", value);
    }

    /**
     * If you include multimodal data from your data source, use this object to specify
     * configurations for the storage location of the images extracted from your documents. These
     * images can be retrieved and returned to the end user. They can also be used in generation
     * when using <a
     * href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_RetrieveAndGenerate.html">RetrieveAndGenerate</a>
     * .
     *
     * <p>CloudFormation property {@code SupplementalDataStorageConfiguration}.
     */
    public VectorKnowledgeBaseConfiguration supplementalDataStorageConfiguration(Value<SupplementalDataStorageConfiguration> value) {
      return set("SupplementalDataStorageConfiguration", value);
    }
  }

  /**
   * Configuration settings for processing video content in multimodal knowledge bases.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.VideoConfiguration}.
   */
  public static final class VideoConfiguration extends Struct<VideoConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.VideoConfiguration")
        .required("SegmentationConfiguration")
        .build();

    public VideoConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for segmenting video content during processing.
     *
     * <p>Required. CloudFormation property {@code SegmentationConfiguration}.
     */
    public VideoConfiguration segmentationConfiguration(Value<VideoSegmentationConfiguration> value) {
      return set("SegmentationConfiguration", value);
    }
  }

  /**
   * Configuration for segmenting video content during multimodal knowledge base ingestion.
   * Determines how video files are divided into chunks for processing.
   *
   * <p>Property type {@code AWS::Bedrock::KnowledgeBase.VideoSegmentationConfiguration}.
   */
  public static final class VideoSegmentationConfiguration extends Struct<VideoSegmentationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBase.VideoSegmentationConfiguration")
        .required("FixedLengthDuration")
        .constrain("FixedLengthDuration", Constraint.of().minimum(1).maximum(30))
        .build();

    public VideoSegmentationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The duration in seconds for each video segment. Video files will be divided into chunks of
     * this length for processing.
     *
     * <p>Required. Range: 1 to 30. CloudFormation property {@code FixedLengthDuration}.
     */
    public VideoSegmentationConfiguration fixedLengthDuration(int value) {
      return set("FixedLengthDuration", Value.of(value));
    }

    /** Sets {@code FixedLengthDuration} to this value; see {@link #fixedLengthDuration(int)}. */
    public VideoSegmentationConfiguration fixedLengthDuration(Value<Integer> value) {
      return set("FixedLengthDuration", value);
    }
  }
}
