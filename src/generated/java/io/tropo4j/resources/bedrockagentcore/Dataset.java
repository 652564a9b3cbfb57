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

/**
 * Definition of AWS::BedrockAgentCore::Dataset Resource Type
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Dataset")
      .required("DatasetName", "SchemaType")
      .constrain("DatasetName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .constrain("Description", Constraint.of().maxLength(200))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .allowed("SchemaType", "AGENTCORE_EVALUATION_PREDEFINED_V1",
          "AGENTCORE_EVALUATION_SIMULATED_V1")
      .refYields("DatasetArn")
      .attributes("CreatedAt", "DatasetArn", "DatasetId", "ExampleCount", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Human-readable name for the dataset. Unique within the account (case-insensitive). Immutable
   * after creation.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code DatasetName}.
   */
  public Dataset datasetName(String value) {
    return set("DatasetName", Value.of(value));
  }

  /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
  public Dataset datasetName(Value<String> value) {
    return set("DatasetName", value);
  }

  /**
   * A description of the dataset.
   *
   * <p>Length: at most 200 characters. CloudFormation property {@code Description}.
   */
  public Dataset description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Dataset description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Optional AWS KMS key ARN for SSE-KMS on service S3 writes.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Dataset kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Dataset kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Versioned schema type governing the structure of examples. Immutable after creation.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * AGENTCORE_EVALUATION_PREDEFINED_V1}, {@code AGENTCORE_EVALUATION_SIMULATED_V1}. CloudFormation
   * property {@code SchemaType}.
   */
  public Dataset schemaType(String value) {
    return set("SchemaType", Value.of(value));
  }

  /** Sets {@code SchemaType} to this value; see {@link #schemaType(String)}. */
  public Dataset schemaType(Value<String> value) {
    return set("SchemaType", value);
  }

  /**
   * Source of initial examples. Provide either inline examples or an S3 URI pointing to a JSONL
   * file.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public Dataset source(Value<DataSourceType> value) {
    return set("Source", value);
  }

  /**
   * A list of tags to assign to the dataset.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dataset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dataset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dataset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the dataset was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetArn}.
   */
  public Value<String> datasetArn() {
    return getAtt("DatasetArn");
  }

  /**
   * The unique identifier of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetId}.
   */
  public Value<String> datasetId() {
    return getAtt("DatasetId");
  }

  /**
   * The number of examples in the dataset DRAFT.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExampleCount}.
   */
  public Value<Integer> exampleCount() {
    return getAtt("ExampleCount");
  }

  /**
   * The current status of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the dataset was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Source of initial examples. Provide either inline examples or an S3 URI pointing to a JSONL
   * file.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Dataset.DataSourceType}.
   */
  public static final class DataSourceType extends Struct<DataSourceType> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Dataset.DataSourceType");

    public DataSourceType() {
      super(SCHEMA);
    }

    /**
     * Inline examples provided directly in the request body.
     *
     * <p>CloudFormation property {@code InlineExamples}.
     */
    public DataSourceType inlineExamples(Value<InlineExamplesSource> value) {
      return set("InlineExamples", value);
    }

    /**
     * S3 location of a JSONL file containing dataset examples.
     *
     * <p>CloudFormation property {@code S3Source}.
     */
    public DataSourceType s3Source(Value<S3Source> value) {
      return set("S3Source", value);
    }
  }

  /**
   * Inline examples provided directly in the request body.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Dataset.InlineExamplesSource}.
   */
  public static final class InlineExamplesSource extends Struct<InlineExamplesSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Dataset.InlineExamplesSource")
        .required("Examples")
        .build();

    public InlineExamplesSource() {
      super(SCHEMA);
    }

    /**
     * Examples to add. Each example is a free-form JSON document validated against the declared
     * schemaType.
     *
     * <p>Required. CloudFormation property {@code Examples}.
     */
    public InlineExamplesSource examples(List<Json> value) {
      return set("Examples", Value.listOf(value));
    }

    /** Sets {@code Examples} to this value; see {@link #examples(List)}. */
    public InlineExamplesSource examples(Value<List<Json>> value) {
      return set("Examples", value);
    }
  }

  /**
   * S3 location of a JSONL file containing dataset examples.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Dataset.S3Source}.
   */
  public static final class S3Source extends Struct<S3Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Dataset.S3Source")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]/.{1,1024}$"))
        .build();

    public S3Source() {
      super(SCHEMA);
    }

    /**
     * S3 URI of the JSONL file (e.g. s3://my-bucket/path/to/examples.jsonl).
     *
     * <p>Required. Pattern: {@code ^s3://[a-z0-9][a-z0-9.&#92;-]{1,61}[a-z0-9]/.{1,1024}$}.
     * CloudFormation property {@code S3Uri}.
     */
    public S3Source s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3Source s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }
}
