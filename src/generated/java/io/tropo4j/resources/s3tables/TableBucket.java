// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3tables;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a table bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-buckets-create.html">Creating
 * a table bucket</a> in the <em>Amazon Simple Storage Service User Guide</em> .
 *
 * <ul> <li><b>Permissions</b> - - You must have the <code>s3tables:CreateTableBucket</code>
 * permission to use this operation. <li>If you use this operation with the optional
 * <code>encryptionConfiguration</code> parameter you must have the
 * <code>s3tables:PutTableBucketEncryption</code> permission. <li><b>Cloud Development Kit</b> - To
 * use S3 Tables AWS CDK constructs, add the <code>&#64;aws-cdk/aws-s3tables-alpha</code> dependency
 * with one of the following options: </ul>
 *
 * <ul> <li>NPM: <code>npm i &#64;aws-cdk/aws-s3tables-alpha</code> <li>Yarn: <code>yarn add
 * &#64;aws-cdk/aws-s3tables-alpha</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Tables::TableBucket}.
 */
public final class TableBucket extends Resource<TableBucket> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket")
      .required("TableBucketName")
      .constrain("TableBucketName", Constraint.of().minLength(3).maxLength(63))
      .refYields("TableBucketARN")
      .attributes("TableBucketARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TableBucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration specifying how data should be encrypted. This structure defines the encryption
   * algorithm and optional KMS key to be used for server-side encryption.
   *
   * <p>CloudFormation property {@code EncryptionConfiguration}.
   */
  public TableBucket encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * Settings governing the Metric configuration for the table bucket.
   *
   * <p>CloudFormation property {@code MetricsConfiguration}.
   */
  public TableBucket metricsConfiguration(Value<MetricsConfiguration> value) {
    return set("MetricsConfiguration", value);
  }

  /**
   * Specifies replication configuration for the table bucket
   *
   * <p>CloudFormation property {@code ReplicationConfiguration}.
   */
  public TableBucket replicationConfiguration(Value<ReplicationConfiguration> value) {
    return set("ReplicationConfiguration", value);
  }

  /**
   * The configuration details for the storage class of tables or table buckets. This allows you to
   * optimize storage costs by selecting the appropriate storage class based on your access patterns
   * and performance requirements.
   *
   * <p>CloudFormation property {@code StorageClassConfiguration}.
   */
  public TableBucket storageClassConfiguration(Value<StorageClassConfiguration> value) {
    return set("StorageClassConfiguration", value);
  }

  /**
   * The name for the table bucket.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. CloudFormation
   * property {@code TableBucketName}.
   */
  public TableBucket tableBucketName(String value) {
    return set("TableBucketName", Value.of(value));
  }

  /** Sets {@code TableBucketName} to this value; see {@link #tableBucketName(String)}. */
  public TableBucket tableBucketName(Value<String> value) {
    return set("TableBucketName", value);
  }

  /**
   * User tags (key-value pairs) to associate with the table bucket.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TableBucket tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TableBucket tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TableBucket tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unreferenced file removal settings for your table bucket. Unreferenced file removal
   * identifies and deletes all objects that are not referenced by any table snapshots. For more
   * information, see the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-table-buckets-maintenance.html"><em>Amazon
   * S3 User Guide</em></a> .
   *
   * <p>CloudFormation property {@code UnreferencedFileRemoval}.
   */
  public TableBucket unreferencedFileRemoval(Value<UnreferencedFileRemoval> value) {
    return set("UnreferencedFileRemoval", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the table bucket.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TableBucketARN}.
   */
  public Value<String> tableBucketARN() {
    return getAtt("TableBucketARN");
  }

  /**
   * Configuration specifying how data should be encrypted. This structure defines the encryption
   * algorithm and optional KMS key to be used for server-side encryption.
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.EncryptionConfiguration")
        .constrain("KMSKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .allowed("SSEAlgorithm", "AES256", "aws:kms")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key to use for encryption. This field is required
     * only when <code>sseAlgorithm</code> is set to <code>aws:kms</code> .
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KMSKeyArn}.
     */
    public EncryptionConfiguration kmsKeyArn(String value) {
      return set("KMSKeyArn", Value.of(value));
    }

    /** Sets {@code KMSKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KMSKeyArn", value);
    }

    /**
     * The server-side encryption algorithm to use. Valid values are <code>AES256</code> for
     * S3-managed encryption keys, or <code>aws:kms</code> for AWS KMS-managed encryption keys. If
     * you choose SSE-KMS encryption you must grant the S3 Tables maintenance principal access to
     * your KMS key. For more information, see <a
     * href="https://docs.aws.amazon.com//AmazonS3/latest/userguide/s3-tables-kms-permissions.html">Permissions
     * requirements for S3 Tables SSE-KMS encryption</a> .
     *
     * <p>Allowed values: {@code AES256}, {@code aws:kms}. CloudFormation property {@code
     * SSEAlgorithm}.
     */
    public EncryptionConfiguration sseAlgorithm(String value) {
      return set("SSEAlgorithm", Value.of(value));
    }

    /** Sets {@code SSEAlgorithm} to this value; see {@link #sseAlgorithm(String)}. */
    public EncryptionConfiguration sseAlgorithm(Value<String> value) {
      return set("SSEAlgorithm", value);
    }
  }

  /**
   * Settings governing the Metric configuration for the table bucket.
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.MetricsConfiguration}.
   */
  public static final class MetricsConfiguration extends Struct<MetricsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.MetricsConfiguration")
        .allowed("Status", "Enabled", "Disabled")
        .build();

    public MetricsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether Metrics are enabled.
     *
     * <p>Allowed values: {@code Enabled}, {@code Disabled}. Default: {@code "Disabled"}.
     * CloudFormation property {@code Status}.
     */
    public MetricsConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public MetricsConfiguration status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies replication configuration for the table bucket
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.ReplicationConfiguration}.
   */
  public static final class ReplicationConfiguration extends Struct<ReplicationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.ReplicationConfiguration")
        .required("Role", "Rules")
        .build();

    public ReplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role to use for replication
     *
     * <p>Required. CloudFormation property {@code Role}.
     */
    public ReplicationConfiguration role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public ReplicationConfiguration role(Value<String> value) {
      return set("Role", value);
    }

    /**
     * List of replication rules
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public ReplicationConfiguration rules(List<ReplicationRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public ReplicationConfiguration rules(Value<List<ReplicationRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public ReplicationConfiguration rules(ReplicationRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * A replication destination
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.ReplicationDestination}.
   */
  public static final class ReplicationDestination extends Struct<ReplicationDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.ReplicationDestination")
        .required("DestinationTableBucketARN")
        .build();

    public ReplicationDestination() {
      super(SCHEMA);
    }

    /**
     * The ARN of the destination table bucket
     *
     * <p>Required. CloudFormation property {@code DestinationTableBucketARN}.
     */
    public ReplicationDestination destinationTableBucketARN(String value) {
      return set("DestinationTableBucketARN", Value.of(value));
    }

    /**
     * Sets {@code DestinationTableBucketARN} to this value; see {@link
     * #destinationTableBucketARN(String)}.
     */
    public ReplicationDestination destinationTableBucketARN(Value<String> value) {
      return set("DestinationTableBucketARN", value);
    }
  }

  /**
   * A replication rule for the table bucket
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.ReplicationRule}.
   */
  public static final class ReplicationRule extends Struct<ReplicationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.ReplicationRule")
        .required("Destinations")
        .build();

    public ReplicationRule() {
      super(SCHEMA);
    }

    /**
     * List of replication destinations
     *
     * <p>Required. CloudFormation property {@code Destinations}.
     */
    public ReplicationRule destinations(List<ReplicationDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public ReplicationRule destinations(Value<List<ReplicationDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public ReplicationRule destinations(ReplicationDestination... values) {
      return set("Destinations", Value.list(values));
    }
  }

  /**
   * The configuration details for the storage class of tables or table buckets. This allows you to
   * optimize storage costs by selecting the appropriate storage class based on your access patterns
   * and performance requirements.
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.StorageClassConfiguration}.
   */
  public static final class StorageClassConfiguration extends Struct<StorageClassConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.StorageClassConfiguration")
        .allowed("StorageClass", "STANDARD", "INTELLIGENT_TIERING")
        .build();

    public StorageClassConfiguration() {
      super(SCHEMA);
    }

    /**
     * The storage class for the table or table bucket. Valid values include storage classes
     * optimized for different access patterns and cost profiles.
     *
     * <p>Allowed values: {@code STANDARD}, {@code INTELLIGENT_TIERING}. CloudFormation property
     * {@code StorageClass}.
     */
    public StorageClassConfiguration storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public StorageClassConfiguration storageClass(Value<String> value) {
      return set("StorageClass", value);
    }
  }

  /**
   * The unreferenced file removal settings for your table bucket. Unreferenced file removal
   * identifies and deletes all objects that are not referenced by any table snapshots. For more
   * information, see the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-table-buckets-maintenance.html"><em>Amazon
   * S3 User Guide</em></a> .
   *
   * <p>Property type {@code AWS::S3Tables::TableBucket.UnreferencedFileRemoval}.
   */
  public static final class UnreferencedFileRemoval extends Struct<UnreferencedFileRemoval> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucket.UnreferencedFileRemoval")
        .constrain("NoncurrentDays", Constraint.of().minimum(1))
        .allowed("Status", "Enabled", "Disabled")
        .constrain("UnreferencedDays", Constraint.of().minimum(1))
        .build();

    public UnreferencedFileRemoval() {
      super(SCHEMA);
    }

    /**
     * The number of days an object can be noncurrent before Amazon S3 deletes it.
     *
     * <p>Range: at least 1. CloudFormation property {@code NoncurrentDays}.
     */
    public UnreferencedFileRemoval noncurrentDays(int value) {
      return set("NoncurrentDays", Value.of(value));
    }

    /** Sets {@code NoncurrentDays} to this value; see {@link #noncurrentDays(int)}. */
    public UnreferencedFileRemoval noncurrentDays(Value<Integer> value) {
      return set("NoncurrentDays", value);
    }

    /**
     * The status of the unreferenced file removal configuration for your table bucket.
     *
     * <p>Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property {@code Status}.
     */
    public UnreferencedFileRemoval status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public UnreferencedFileRemoval status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The number of days an object must be unreferenced by your table before Amazon S3 marks the
     * object as noncurrent.
     *
     * <p>Range: at least 1. CloudFormation property {@code UnreferencedDays}.
     */
    public UnreferencedFileRemoval unreferencedDays(int value) {
      return set("UnreferencedDays", Value.of(value));
    }

    /** Sets {@code UnreferencedDays} to this value; see {@link #unreferencedDays(int)}. */
    public UnreferencedFileRemoval unreferencedDays(Value<Integer> value) {
      return set("UnreferencedDays", value);
    }
  }
}
