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
 * Defines an Amazon S3 vector bucket in the same AWS Region where you create the AWS CloudFormation
 * stack.
 *
 * <p>Vector buckets are specialized storage containers designed for storing and managing vector
 * data used in machine learning and AI applications. They provide optimized storage and retrieval
 * capabilities for high-dimensional vector data.
 *
 * <p>To control how AWS CloudFormation handles the bucket when the stack is deleted, you can set a
 * deletion policy for your bucket. You can choose to <em>retain</em> the bucket or to
 * <em>delete</em> the bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * attribute</a> .
 *
 * <p>You can only delete empty vector buckets. Deletion fails for buckets that have contents.
 *
 * <ul> <li><b>Permissions</b> - The required permissions for CloudFormation to use are based on the
 * operations that are performed on the stack. </ul>
 *
 * <ul> <li>Create </ul>
 *
 * <ul> <li>s3vectors:CreateVectorBucket <li>s3vectors:GetVectorBucket <li>kms:GenerateDataKey (if
 * using KMS encryption) <li>Read </ul>
 *
 * <ul> <li>s3vectors:GetVectorBucket <li>kms:GenerateDataKey (if using KMS encryption) <li>Delete
 * </ul>
 *
 * <ul> <li>s3vectors:DeleteVectorBucket <li>s3vectors:GetVectorBucket <li>kms:GenerateDataKey (if
 * using KMS encryption) <li>List </ul>
 *
 * <ul> <li>s3vectors:ListVectorBuckets <li>kms:GenerateDataKey (if using KMS encryption) </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Vectors::VectorBucket}.
 */
public final class VectorBucket extends Resource<VectorBucket> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Vectors::VectorBucket")
      .constrain("VectorBucketName", Constraint.of().minLength(3).maxLength(63))
      .refYields("VectorBucketArn")
      .attributes("CreationTime", "VectorBucketArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VectorBucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The encryption configuration for the vector bucket.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public VectorBucket encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * User tags (key-value pairs) to associate with the vector bucket.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VectorBucket tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VectorBucket tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VectorBucket tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A name for the vector bucket. The bucket name must contain only lowercase letters, numbers, and
   * hyphens (-). The bucket name must be unique in the same AWS account for each AWS Region. If you
   * don't specify a name, AWS CloudFormation generates a unique ID and uses that ID for the bucket
   * name.
   *
   * <p>The bucket name must be between 3 and 63 characters long and must not contain uppercase
   * characters or underscores.
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you need to replace the
   * resource, specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. CloudFormation property
   * {@code VectorBucketName}.
   */
  public VectorBucket vectorBucketName(String value) {
    return set("VectorBucketName", Value.of(value));
  }

  /** Sets {@code VectorBucketName} to this value; see {@link #vectorBucketName(String)}. */
  public VectorBucket vectorBucketName(Value<String> value) {
    return set("VectorBucketName", value);
  }

  /**
   * Returns the date and time when the vector bucket was created.
   *
   * <p>Example: <code>2024-12-21T10:30:00Z</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified vector bucket.
   *
   * <p>Example:
   * <code>arn:aws:s3vectors:us-east-1:123456789012:bucket/amzn-s3-demo-vector-bucket</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code VectorBucketArn}.
   */
  public Value<String> vectorBucketArn() {
    return getAtt("VectorBucketArn");
  }

  /**
   * Specifies the encryption configuration for the vector bucket. By default, all new vectors in
   * Amazon S3 vector buckets use server-side encryption with Amazon S3 managed keys (SSE-S3),
   * specifically AES256.
   *
   * <p>Property type {@code AWS::S3Vectors::VectorBucket.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Vectors::VectorBucket.EncryptionConfiguration")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:aws[-a-z0-9]*:kms:[-a-z0-9]*:[0-9]{12}:key/.+)$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .allowed("SseType", "AES256", "aws:kms")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * AWS Key Management Service (KMS) customer managed key ARN to use for the encryption
     * configuration. This parameter is required if and only if <code>SseType</code> is set to
     * <code>aws:kms</code> .
     *
     * <p>You must specify the full ARN of the KMS key. Key IDs or key aliases aren't supported.
     *
     * <p>Amazon S3 Vectors only supports symmetric encryption KMS keys. For more information, see
     * <a
     * href="https://docs.aws.amazon.com//kms/latest/developerguide/symmetric-asymmetric.html">Asymmetric
     * keys in AWS KMS</a> in the <em>AWS Key Management Service Developer Guide</em> .
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
     * Valid values are <code>AES256</code> for Amazon S3 managed keys and <code>aws:kms</code> for
     * AWS KMS keys.
     *
     * <p>Allowed values: {@code AES256}, {@code aws:kms}. Default: {@code "AES256"}. CloudFormation
     * property {@code SseType}.
     */
    public EncryptionConfiguration sseType(String value) {
      return set("SseType", Value.of(value));
    }

    /** Sets {@code SseType} to this value; see {@link #sseType(String)}. */
    public EncryptionConfiguration sseType(Value<String> value) {
      return set("SseType", value);
    }
  }
}
