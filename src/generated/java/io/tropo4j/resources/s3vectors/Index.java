// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3vectors;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3Vectors::Index</code> resource defines a vector index within an Amazon S3 vector
 * bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-vectors-create-index.html">Creating
 * a vector index in a vector bucket</a> in the <em>Amazon Simple Storage Service User Guide</em> .
 *
 * <p>You must specify either <code>VectorBucketName</code> or <code>VectorBucketArn</code> to
 * identify the bucket that contains the index.
 *
 * <p>To control how AWS CloudFormation handles the vector index when the stack is deleted, you can
 * set a deletion policy for your index. You can choose to <em>retain</em> the index or to
 * <em>delete</em> the index. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * attribute</a> .
 *
 * <ul> <li><b>Permissions</b> - The required permissions for CloudFormation to use are based on the
 * operations that are performed on the stack. </ul>
 *
 * <ul> <li>Create </ul>
 *
 * <ul> <li>s3vectors:CreateIndex <li>s3vectors:GetIndex <li>Read </ul>
 *
 * <ul> <li>s3vectors:GetIndex <li>Delete </ul>
 *
 * <ul> <li>s3vectors:DeleteIndex <li>s3vectors:GetIndex <li>List </ul>
 *
 * <ul> <li>s3vectors:ListIndexes </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Vectors::Index}.
 */
public final class Index extends Resource<Index> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Vectors::Index")
      .required("DataType", "Dimension", "DistanceMetric")
      .allowed("DataType", "float32")
      .constrain("Dimension", Constraint.of().minimum(1).maximum(4096))
      .allowed("DistanceMetric", "cosine", "euclidean")
      .constrain("IndexName", Constraint.of().minLength(3).maxLength(63))
      .constrain("VectorBucketArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:s3vectors:[a-z0-9-]+:[0-9]{12}:bucket/[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$"))
      .constrain("VectorBucketName", Constraint.of().minLength(3).maxLength(63))
      .refYields("IndexArn")
      .attributes("CreationTime", "IndexArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Index(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The data type of the vectors to be inserted into the vector index. Currently, only
   * <code>float32</code> is supported, which represents 32-bit floating-point numbers.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code float32}. CloudFormation
   * property {@code DataType}.
   */
  public Index dataType(String value) {
    return set("DataType", Value.of(value));
  }

  /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
  public Index dataType(Value<String> value) {
    return set("DataType", value);
  }

  /**
   * The dimensions of the vectors to be inserted into the vector index. This value must be between
   * 1 and 4096, inclusive. All vectors stored in the index must have the same number of dimensions.
   *
   * <p>The dimension value affects the storage requirements and search performance. Higher
   * dimensions require more storage space and may impact search latency.
   *
   * <p>Required. Changing it replaces the resource. Range: 1 to 4096. CloudFormation property
   * {@code Dimension}.
   */
  public Index dimension(int value) {
    return set("Dimension", Value.of(value));
  }

  /** Sets {@code Dimension} to this value; see {@link #dimension(int)}. */
  public Index dimension(Value<Integer> value) {
    return set("Dimension", value);
  }

  /**
   * The distance metric to be used for similarity search. Valid values are:
   *
   * <ul> <li><code>cosine</code> - Measures the cosine of the angle between two vectors.
   * <li><code>euclidean</code> - Measures the straight-line distance between two points in
   * multi-dimensional space. Lower values indicate greater similarity. </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code cosine}, {@code
   * euclidean}. CloudFormation property {@code DistanceMetric}.
   */
  public Index distanceMetric(String value) {
    return set("DistanceMetric", Value.of(value));
  }

  /** Sets {@code DistanceMetric} to this value; see {@link #distanceMetric(String)}. */
  public Index distanceMetric(Value<String> value) {
    return set("DistanceMetric", value);
  }

  /**
   * The encryption configuration for a vector index. By default, if you don't specify, all new
   * vectors in the vector index will use the encryption configuration of the vector bucket.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Index encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The name of the vector index to create. The index name must be between 3 and 63 characters long
   * and can contain only lowercase letters, numbers, hyphens (-), and dots (.). The index name must
   * be unique within the vector bucket.
   *
   * <p>If you don't specify a name, AWS CloudFormation generates a unique ID and uses that ID for
   * the index name.
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you need to replace the
   * resource, specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. CloudFormation property
   * {@code IndexName}.
   */
  public Index indexName(String value) {
    return set("IndexName", Value.of(value));
  }

  /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
  public Index indexName(Value<String> value) {
    return set("IndexName", value);
  }

  /**
   * The metadata configuration for the vector index.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetadataConfiguration}.
   */
  public Index metadataConfiguration(Value<MetadataConfiguration> value) {
    return set("MetadataConfiguration", value);
  }

  /**
   * User tags (key-value pairs) to associate with the index.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Index tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Index tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Index tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the vector bucket that contains the vector index.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:s3vectors:[a-z0-9-]+:[0-9]{12}:bucket/[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$}.
   * CloudFormation property {@code VectorBucketArn}.
   */
  public Index vectorBucketArn(String value) {
    return set("VectorBucketArn", Value.of(value));
  }

  /** Sets {@code VectorBucketArn} to this value; see {@link #vectorBucketArn(String)}. */
  public Index vectorBucketArn(Value<String> value) {
    return set("VectorBucketArn", value);
  }

  /**
   * The name of the vector bucket that contains the vector index.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. CloudFormation property
   * {@code VectorBucketName}.
   */
  public Index vectorBucketName(String value) {
    return set("VectorBucketName", Value.of(value));
  }

  /** Sets {@code VectorBucketName} to this value; see {@link #vectorBucketName(String)}. */
  public Index vectorBucketName(Value<String> value) {
    return set("VectorBucketName", value);
  }

  /**
   * Returns the date and time when the vector index was created.
   *
   * <p>Example: <code>2024-12-21T10:30:00Z</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified index.
   *
   * <p>Example:
   * <code>arn:aws:s3vectors:us-east-1:123456789012:bucket/amzn-s3-demo-vector-bucket/index/my-index</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code IndexArn}.
   */
  public Value<String> indexArn() {
    return getAtt("IndexArn");
  }

  /**
   * The encryption configuration for a vector bucket or index. By default, if you don't specify,
   * all new vectors in Amazon S3 vector buckets use server-side encryption with Amazon S3 managed
   * keys (SSE-S3), specifically <code>AES256</code> . You can optionally override bucket level
   * encryption settings, and set a specific encryption configuration for a vector index at the time
   * of index creation.
   *
   * <p>Property type {@code AWS::S3Vectors::Index.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Vectors::Index.EncryptionConfiguration")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:aws[-a-z0-9]*:kms:[-a-z0-9]*:[0-9]{12}:key/.+)$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .allowed("SseType", "AES256", "aws:kms")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * AWS Key Management Service (KMS) customer managed key ID to use for the encryption
     * configuration. This parameter is allowed if and only if <code>sseType</code> is set to
     * <code>aws:kms</code> .
     *
     * <p>To specify the KMS key, you must use the format of the KMS key Amazon Resource Name (ARN).
     *
     * <p>For example, specify Key ARN in the following format:
     * <code>arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^(arn:aws[-a-z0-9]*:kms:[-a-z0-9]*:[0-9]{12}:key/.+)$}. Format: {@code AWS::KMS::Key.Arn}.
     * CloudFormation property {@code KmsKeyArn}.
     */
    public EncryptionConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The server-side encryption type to use for the encryption configuration of the vector bucket.
     * By default, if you don't specify, all new vectors in Amazon S3 vector buckets use server-side
     * encryption with Amazon S3 managed keys (SSE-S3), specifically <code>AES256</code> .
     *
     * <p>Allowed values: {@code AES256}, {@code aws:kms}. CloudFormation property {@code SseType}.
     */
    public EncryptionConfiguration sseType(String value) {
      return set("SseType", Value.of(value));
    }

    /** Sets {@code SseType} to this value; see {@link #sseType(String)}. */
    public EncryptionConfiguration sseType(Value<String> value) {
      return set("SseType", value);
    }
  }

  /**
   * The metadata configuration for the vector index. This configuration allows you to specify which
   * metadata keys should be treated as non-filterable.
   *
   * <p>Property type {@code AWS::S3Vectors::Index.MetadataConfiguration}.
   */
  public static final class MetadataConfiguration extends Struct<MetadataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Vectors::Index.MetadataConfiguration")
        .constrain("NonFilterableMetadataKeys", Constraint.of().minLength(1).maxLength(63))
        .build();

    public MetadataConfiguration() {
      super(SCHEMA);
    }

    /**
     * Non-filterable metadata keys allow you to enrich vectors with additional context during
     * storage and retrieval. Unlike default metadata keys, these keys can't be used as query
     * filters. Non-filterable metadata keys can be retrieved but can't be searched, queried, or
     * filtered. You can access non-filterable metadata keys of your vectors after finding the
     * vectors.
     *
     * <p>You can specify 1 to 10 non-filterable metadata keys. Each key must be 1 to 63 characters
     * long.
     *
     * <p>Length: 1 to 63 characters. CloudFormation property {@code NonFilterableMetadataKeys}.
     */
    public MetadataConfiguration nonFilterableMetadataKeys(List<String> value) {
      return set("NonFilterableMetadataKeys", Value.listOf(value));
    }

    /**
     * Sets {@code NonFilterableMetadataKeys} to this value; see {@link
     * #nonFilterableMetadataKeys(List)}.
     */
    public MetadataConfiguration nonFilterableMetadataKeys(Value<List<String>> value) {
      return set("NonFilterableMetadataKeys", value);
    }
  }
}
