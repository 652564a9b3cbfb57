// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3express;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::S3Express::DirectoryBucket</code> resource defines an Amazon S3 directory bucket
 * in the same AWS Region where you create the AWS CloudFormation stack.
 *
 * <p>To control how AWS CloudFormation handles the bucket when the stack is deleted, you can set a
 * deletion policy for your bucket. You can choose to <em>retain</em> the bucket or to
 * <em>delete</em> the bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * attribute</a> .
 *
 * <p>You can only delete empty buckets. Deletion fails for buckets that have contents.
 *
 * <ul> <li><b>Permissions</b> - The required permissions for CloudFormation to use are based on the
 * operations that are performed on the stack. </ul>
 *
 * <ul> <li>Create </ul>
 *
 * <ul> <li>s3express:CreateBucket <li>s3express:ListAllMyDirectoryBuckets <li>Read </ul>
 *
 * <ul> <li>s3express:ListAllMyDirectoryBuckets <li>ec2:DescribeAvailabilityZones <li>Delete </ul>
 *
 * <ul> <li>s3express:DeleteBucket <li>s3express:ListAllMyDirectoryBuckets <li>List </ul>
 *
 * <ul> <li>s3express:ListAllMyDirectoryBuckets <li>PutBucketEncryption </ul>
 *
 * <ul> <li>s3express:PutEncryptionConfiguration <li>To set a directory bucket default encryption
 * with SSE-KMS, you must also have the kms:GenerateDataKey and kms:Decrypt permissions in IAM
 * identity-based policies and AWS KMS key policies for the target AWS KMS key.
 * <li>GetBucketEncryption </ul>
 *
 * <ul> <li>s3express:GetBucketEncryption <li>DeleteBucketEncryption </ul>
 *
 * <ul> <li>s3express:PutEncryptionConfiguration </ul>
 *
 * <p>The following operations are related to <code>AWS::S3Express::DirectoryBucket</code> :
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html">CreateBucket</a>
 * <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListDirectoryBuckets.html">ListDirectoryBuckets</a>
 * <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html">DeleteBucket</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Express::DirectoryBucket}.
 */
public final class DirectoryBucket extends Resource<DirectoryBucket> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket")
      .required("DataRedundancy", "LocationName")
      .constrain("BucketName", Constraint.of().pattern("^[a-z0-9][a-z0-9//.//-]*[a-z0-9]$").maxLength(63).format("AWS::S3::Bucket.Name"))
      .allowed("DataRedundancy", "SingleAvailabilityZone", "SingleLocalZone")
      .refYields("BucketName")
      .attributes("Arn", "AvailabilityZoneName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DirectoryBucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies default encryption for a bucket using server-side encryption with Amazon S3 managed
   * keys (SSE-S3) or AWS KMS keys (SSE-KMS). For information about default encryption for directory
   * buckets, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-bucket-encryption.html">Setting
   * and monitoring default encryption for directory buckets</a> in the <em>Amazon S3 User
   * Guide</em> .
   *
   * <p>CloudFormation property {@code BucketEncryption}.
   */
  public DirectoryBucket bucketEncryption(Value<BucketEncryption> value) {
    return set("BucketEncryption", value);
  }

  /**
   * A name for the bucket. The bucket name must contain only lowercase letters, numbers, and
   * hyphens (-). A directory bucket name must be unique in the chosen Zone (Availability Zone or
   * Local Zone). The bucket name must also follow the format <code><em>bucket_base_name</em> --
   * <em>zone_id</em> --x-s3</code> (for example, <code><em>bucket_base_name</em> --
   * <em>usw2-az1</em> --x-s3</code> ). If you don't specify a name, AWS CloudFormation generates a
   * unique ID and uses that ID for the bucket name. For information about bucket naming
   * restrictions, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html">Directory
   * bucket naming rules</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you need to replace the
   * resource, specify a new name.
   *
   * <p>Changing it replaces the resource. Length: at most 63 characters. Pattern: {@code
   * ^[a-z0-9][a-z0-9//.//-]*[a-z0-9]$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
   * property {@code BucketName}.
   */
  public DirectoryBucket bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public DirectoryBucket bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /**
   * The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the bucket.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SingleAvailabilityZone},
   * {@code SingleLocalZone}. CloudFormation property {@code DataRedundancy}.
   */
  public DirectoryBucket dataRedundancy(String value) {
    return set("DataRedundancy", Value.of(value));
  }

  /** Sets {@code DataRedundancy} to this value; see {@link #dataRedundancy(String)}. */
  public DirectoryBucket dataRedundancy(Value<String> value) {
    return set("DataRedundancy", value);
  }

  /**
   * The inventory configuration for an Amazon S3 Express bucket.
   *
   * <p>CloudFormation property {@code InventoryConfigurations}.
   */
  public DirectoryBucket inventoryConfigurations(List<InventoryConfiguration> value) {
    return set("InventoryConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code InventoryConfigurations} to this value; see {@link #inventoryConfigurations(List)}.
   */
  public DirectoryBucket inventoryConfigurations(Value<List<InventoryConfiguration>> value) {
    return set("InventoryConfigurations", value);
  }

  /**
   * Sets {@code InventoryConfigurations} to a list of these; see {@link
   * #inventoryConfigurations(List)}.
   */
  public DirectoryBucket inventoryConfigurations(InventoryConfiguration... values) {
    return set("InventoryConfigurations", Value.list(values));
  }

  /**
   * Container for lifecycle rules. You can add as many as 1000 rules.
   *
   * <p>For more information see, [Creating and managing a lifecycle configuration for directory
   * buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-lifecycle.html
   * ) in the <em>Amazon S3 User Guide</em> .
   *
   * <p>CloudFormation property {@code LifecycleConfiguration}.
   */
  public DirectoryBucket lifecycleConfiguration(Value<LifecycleConfiguration> value) {
    return set("LifecycleConfiguration", value);
  }

  /**
   * The name of the location where the bucket will be created.
   *
   * <p>For directory buckets, the name of the location is the Zone ID of the Availability Zone (AZ)
   * or Local Zone (LZ) where the bucket will be created. An example AZ ID value is
   * <code>usw2-az1</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LocationName}.
   */
  public DirectoryBucket locationName(String value) {
    return set("LocationName", Value.of(value));
  }

  /** Sets {@code LocationName} to this value; see {@link #locationName(String)}. */
  public DirectoryBucket locationName(Value<String> value) {
    return set("LocationName", value);
  }

  /**
   * Specifies the metrics configurations for the Amazon S3 Express bucket.
   *
   * <p>CloudFormation property {@code MetricsConfigurations}.
   */
  public DirectoryBucket metricsConfigurations(List<MetricsConfiguration> value) {
    return set("MetricsConfigurations", Value.listOf(value));
  }

  /** Sets {@code MetricsConfigurations} to this value; see {@link #metricsConfigurations(List)}. */
  public DirectoryBucket metricsConfigurations(Value<List<MetricsConfiguration>> value) {
    return set("MetricsConfigurations", value);
  }

  /**
   * Sets {@code MetricsConfigurations} to a list of these; see {@link
   * #metricsConfigurations(List)}.
   */
  public DirectoryBucket metricsConfigurations(MetricsConfiguration... values) {
    return set("MetricsConfigurations", Value.list(values));
  }

  /**
   * An array of tags that you can apply to the S3 directory bucket. Tags are key-value pairs of
   * metadata used to categorize and organize your buckets, track costs, and control access. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-tagging.html">Using
   * tags with directory buckets</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DirectoryBucket tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DirectoryBucket tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DirectoryBucket tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified bucket.
   *
   * <p>Example: <code>arn:aws:s3express: <em>us-west-2</em> : <em>account_id</em> :bucket/
   * <em>bucket_base_name</em> -- <em>usw2-az1</em> --x-s3</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the code for the Availability Zone or the Local Zone where the directory bucket was
   * created.
   *
   * <p>Example value for an Availability Zone code: <em>us-east-1f</em>
   *
   * <p>An Availability Zone code might not represent the same physical location for different AWS
   * accounts. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-Endpoints.html">Availability
   * Zones and Regions</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZoneName}.
   */
  public Value<String> availabilityZoneName() {
    return getAtt("AvailabilityZoneName");
  }

  /**
   * Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will
   * wait before permanently removing all parts of the upload. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config">Aborting
   * Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration</a> in the <em>Amazon S3
   * User Guide</em> .
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.AbortIncompleteMultipartUpload}.
   */
  public static final class AbortIncompleteMultipartUpload extends Struct<AbortIncompleteMultipartUpload> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.AbortIncompleteMultipartUpload")
        .required("DaysAfterInitiation")
        .constrain("DaysAfterInitiation", Constraint.of().minimum(0))
        .build();

    public AbortIncompleteMultipartUpload() {
      super(SCHEMA);
    }

    /**
     * Specifies the number of days after which Amazon S3 aborts an incomplete multipart upload.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code DaysAfterInitiation}.
     */
    public AbortIncompleteMultipartUpload daysAfterInitiation(int value) {
      return set("DaysAfterInitiation", Value.of(value));
    }

    /** Sets {@code DaysAfterInitiation} to this value; see {@link #daysAfterInitiation(int)}. */
    public AbortIncompleteMultipartUpload daysAfterInitiation(Value<Integer> value) {
      return set("DaysAfterInitiation", value);
    }
  }

  /**
   * Specifies default encryption for a bucket using server-side encryption with Amazon S3 managed
   * keys (SSE-S3) or AWS KMS keys (SSE-KMS). For information about default encryption for directory
   * buckets, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-bucket-encryption.html">Setting
   * and monitoring default encryption for directory buckets</a> in the <em>Amazon S3 User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.BucketEncryption}.
   */
  public static final class BucketEncryption extends Struct<BucketEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.BucketEncryption")
        .required("ServerSideEncryptionConfiguration")
        .build();

    public BucketEncryption() {
      super(SCHEMA);
    }

    /**
     * Specifies the default server-side-encryption configuration.
     *
     * <p>Required. CloudFormation property {@code ServerSideEncryptionConfiguration}.
     */
    public BucketEncryption serverSideEncryptionConfiguration(List<ServerSideEncryptionRule> value) {
      return set("ServerSideEncryptionConfiguration", Value.listOf(value));
    }

    /**
     * Sets {@code ServerSideEncryptionConfiguration} to this value; see {@link
     * #serverSideEncryptionConfiguration(List)}.
     */
    public BucketEncryption serverSideEncryptionConfiguration(Value<List<ServerSideEncryptionRule>> value) {
      return set("ServerSideEncryptionConfiguration", value);
    }

    /**
     * Sets {@code ServerSideEncryptionConfiguration} to a list of these; see {@link
     * #serverSideEncryptionConfiguration(List)}.
     */
    public BucketEncryption serverSideEncryptionConfiguration(ServerSideEncryptionRule... values) {
      return set("ServerSideEncryptionConfiguration", Value.list(values));
    }
  }

  /**
   * Specifies information about where to publish inventory reports for an Amazon S3 Express bucket.
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.Destination}.
   */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.Destination")
        .required("BucketArn", "Format")
        .allowed("Format", "CSV", "ORC", "Parquet")
        .build();

    public Destination() {
      super(SCHEMA);
    }

    /**
     * The account ID that owns the destination S3 bucket.
     *
     * <p>CloudFormation property {@code BucketAccountId}.
     */
    public Destination bucketAccountId(String value) {
      return set("BucketAccountId", Value.of(value));
    }

    /** Sets {@code BucketAccountId} to this value; see {@link #bucketAccountId(String)}. */
    public Destination bucketAccountId(Value<String> value) {
      return set("BucketAccountId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the destination Amazon S3 bucket to which data is exported.
     *
     * <p>Required. CloudFormation property {@code BucketArn}.
     */
    public Destination bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public Destination bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * Specifies the file format used when exporting data to Amazon S3.
     *
     * <p>Required. Allowed values: {@code CSV}, {@code ORC}, {@code Parquet}. CloudFormation
     * property {@code Format}.
     */
    public Destination format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public Destination format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * The prefix to use when exporting data. The prefix is prepended to all results.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public Destination prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public Destination prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Specifies an inventory configuration for an Amazon S3 Express bucket
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.InventoryConfiguration}.
   */
  public static final class InventoryConfiguration extends Struct<InventoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.InventoryConfiguration")
        .required("Destination", "Enabled", "Id", "IncludedObjectVersions", "ScheduleFrequency")
        .allowed("IncludedObjectVersions", "All", "Current")
        .allowed("OptionalFields", "Size", "LastModifiedDate", "StorageClass", "ETag",
            "IsMultipartUploaded", "EncryptionStatus", "BucketKeyStatus", "ChecksumAlgorithm",
            "LifecycleExpirationDate")
        .allowed("ScheduleFrequency", "Daily", "Weekly")
        .build();

    public InventoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies information about where to publish inventory reports for an Amazon S3 Express
     * bucket.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public InventoryConfiguration destination(Value<Destination> value) {
      return set("Destination", value);
    }

    /**
     * Specifies whether the inventory is enabled or disabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public InventoryConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public InventoryConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The ID used to identify the inventory configuration.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public InventoryConfiguration id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public InventoryConfiguration id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Object versions to include in the inventory list.
     *
     * <p>Required. Allowed values: {@code All}, {@code Current}. CloudFormation property {@code
     * IncludedObjectVersions}.
     */
    public InventoryConfiguration includedObjectVersions(String value) {
      return set("IncludedObjectVersions", Value.of(value));
    }

    /**
     * Sets {@code IncludedObjectVersions} to this value; see {@link
     * #includedObjectVersions(String)}.
     */
    public InventoryConfiguration includedObjectVersions(Value<String> value) {
      return set("IncludedObjectVersions", value);
    }

    /**
     * Contains the optional fields that are included in the inventory results.
     *
     * <p>Allowed values: {@code Size}, {@code LastModifiedDate}, {@code StorageClass}, {@code
     * ETag}, {@code IsMultipartUploaded}, {@code EncryptionStatus}, {@code BucketKeyStatus}, {@code
     * ChecksumAlgorithm}, {@code LifecycleExpirationDate}. CloudFormation property {@code
     * OptionalFields}.
     */
    public InventoryConfiguration optionalFields(List<String> value) {
      return set("OptionalFields", Value.listOf(value));
    }

    /** Sets {@code OptionalFields} to this value; see {@link #optionalFields(List)}. */
    public InventoryConfiguration optionalFields(Value<List<String>> value) {
      return set("OptionalFields", value);
    }

    /**
     * The prefix that is prepended to all inventory results.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public InventoryConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public InventoryConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * Specifies the schedule for generating inventory results.
     *
     * <p>Required. Allowed values: {@code Daily}, {@code Weekly}. CloudFormation property {@code
     * ScheduleFrequency}.
     */
    public InventoryConfiguration scheduleFrequency(String value) {
      return set("ScheduleFrequency", Value.of(value));
    }

    /** Sets {@code ScheduleFrequency} to this value; see {@link #scheduleFrequency(String)}. */
    public InventoryConfiguration scheduleFrequency(Value<String> value) {
      return set("ScheduleFrequency", value);
    }
  }

  /**
   * Container for lifecycle rules. You can add as many as 1000 rules.
   *
   * <p>For more information see, [Creating and managing a lifecycle configuration for directory
   * buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-lifecycle.html
   * ) in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.LifecycleConfiguration}.
   */
  public static final class LifecycleConfiguration extends Struct<LifecycleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.LifecycleConfiguration")
        .required("Rules")
        .build();

    public LifecycleConfiguration() {
      super(SCHEMA);
    }

    /**
     * A lifecycle rule for individual objects in an Amazon S3 Express bucket.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public LifecycleConfiguration rules(List<Rule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public LifecycleConfiguration rules(Value<List<Rule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public LifecycleConfiguration rules(Rule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * Specifies a metrics configuration for the CloudWatch request metrics from an Amazon S3 Express
   * bucket.
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.MetricsConfiguration}.
   */
  public static final class MetricsConfiguration extends Struct<MetricsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.MetricsConfiguration")
        .required("Id")
        .build();

    public MetricsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The access point ARN used when evaluating a metrics filter.
     *
     * <p>CloudFormation property {@code AccessPointArn}.
     */
    public MetricsConfiguration accessPointArn(String value) {
      return set("AccessPointArn", Value.of(value));
    }

    /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
    public MetricsConfiguration accessPointArn(Value<String> value) {
      return set("AccessPointArn", value);
    }

    /**
     * The ID used to identify the metrics configuration.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public MetricsConfiguration id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public MetricsConfiguration id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The prefix used when evaluating a metrics filter.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public MetricsConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public MetricsConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Specifies lifecycle rules for an Amazon S3 bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlifecycle.html">Put Bucket
   * Lifecycle Configuration</a> in the <em>Amazon S3 API Reference</em> . For examples, see <a
   * href="https://docs.aws.amazon.com//AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html#API_PutBucketLifecycleConfiguration_Examples">Put
   * Bucket Lifecycle Configuration Examples</a> .
   *
   * <p>You must specify at least one of the following properties:
   * <code>AbortIncompleteMultipartUpload</code> , or <code>ExpirationInDays</code> .
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.Rule")
        .required("Status")
        .constrain("Id", Constraint.of().maxLength(255))
        .constrain("ObjectSizeGreaterThan", Constraint.of().pattern("[0-9]+").maxLength(20))
        .constrain("ObjectSizeLessThan", Constraint.of().pattern("[0-9]+").maxLength(20))
        .allowed("Status", "Enabled", "Disabled")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will
     * wait before permanently removing all parts of the upload.
     *
     * <p>CloudFormation property {@code AbortIncompleteMultipartUpload}.
     */
    public Rule abortIncompleteMultipartUpload(Value<AbortIncompleteMultipartUpload> value) {
      return set("AbortIncompleteMultipartUpload", value);
    }

    /**
     * Indicates the number of days after creation when objects are deleted from Amazon S3 and
     * Amazon S3 Glacier. If you specify an expiration and transition time, you must use the same
     * time unit for both properties (either in days or by date). The expiration time must also be
     * later than the transition time.
     *
     * <p>CloudFormation property {@code ExpirationInDays}.
     */
    public Rule expirationInDays(int value) {
      return set("ExpirationInDays", Value.of(value));
    }

    /** Sets {@code ExpirationInDays} to this value; see {@link #expirationInDays(int)}. */
    public Rule expirationInDays(Value<Integer> value) {
      return set("ExpirationInDays", value);
    }

    /**
     * Unique identifier for the rule. The value can't be longer than 255 characters.
     *
     * <p>Length: at most 255 characters. CloudFormation property {@code Id}.
     */
    public Rule id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Rule id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Specifies the minimum object size in bytes for this rule to apply to. Objects must be larger
     * than this value in bytes. For more information about size based rules, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html#lc-size-rules">Lifecycle
     * configuration using size-based rules</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Length: at most 20 characters. Pattern: {@code [0-9]+}. CloudFormation property {@code
     * ObjectSizeGreaterThan}.
     */
    public Rule objectSizeGreaterThan(String value) {
      return set("ObjectSizeGreaterThan", Value.of(value));
    }

    /**
     * Sets {@code ObjectSizeGreaterThan} to this value; see {@link #objectSizeGreaterThan(String)}.
     */
    public Rule objectSizeGreaterThan(Value<String> value) {
      return set("ObjectSizeGreaterThan", value);
    }

    /**
     * Specifies the maximum object size in bytes for this rule to apply to. Objects must be smaller
     * than this value in bytes. For more information about sized based rules, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html#lc-size-rules">Lifecycle
     * configuration using size-based rules</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Length: at most 20 characters. Pattern: {@code [0-9]+}. CloudFormation property {@code
     * ObjectSizeLessThan}.
     */
    public Rule objectSizeLessThan(String value) {
      return set("ObjectSizeLessThan", Value.of(value));
    }

    /** Sets {@code ObjectSizeLessThan} to this value; see {@link #objectSizeLessThan(String)}. */
    public Rule objectSizeLessThan(Value<String> value) {
      return set("ObjectSizeLessThan", value);
    }

    /**
     * Object key prefix that identifies one or more objects to which this rule applies.
     *
     * <p>Replacement must be made for object keys containing special characters (such as carriage
     * returns) when using XML requests. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints">XML
     * related object key constraints</a> .
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public Rule prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public Rule prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * If <code>Enabled</code> , the rule is currently being applied. If <code>Disabled</code> , the
     * rule is not currently being applied.
     *
     * <p>Required. Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property
     * {@code Status}.
     */
    public Rule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Rule status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Describes the default server-side encryption to apply to new objects in the bucket. If a PUT
   * Object request doesn't specify any server-side encryption, this default encryption will be
   * applied. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTencryption.html">PutBucketEncryption</a>
   * in the <em>Amazon S3 API Reference</em> .
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.ServerSideEncryptionByDefault}.
   */
  public static final class ServerSideEncryptionByDefault extends Struct<ServerSideEncryptionByDefault> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::DirectoryBucket.ServerSideEncryptionByDefault")
        .required("SSEAlgorithm")
        .references("KMSMasterKeyID", "AWS::KMS::Key.Ref", "AWS::KMS::Key.Arn")
        .allowed("SSEAlgorithm", "aws:kms", "AES256")
        .build();

    public ServerSideEncryptionByDefault() {
      super(SCHEMA);
    }

    /**
     * AWS Key Management Service (KMS) customer managed key ID to use for the default encryption.
     * This parameter is allowed only if <code>SSEAlgorithm</code> is set to <code>aws:kms</code> .
     *
     * <p>You can specify this parameter with the key ID or the Amazon Resource Name (ARN) of the
     * KMS key. You can’t use the key alias of the KMS key.
     *
     * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
     * <code>arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
     * </ul>
     *
     * <p>If you are using encryption with cross-account or AWS service operations, you must use a
     * fully qualified KMS key ARN. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-bucket-encryption.html#s3-express-bucket-encryption-update-bucket-policy">Using
     * encryption for cross-account operations</a> .
     *
     * <p>Your SSE-KMS configuration can only support 1 <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk">customer
     * managed key</a> per directory bucket for the lifetime of the bucket. <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk">AWS
     * managed key</a> ( <code>aws/s3</code> ) isn't supported. Also, after you specify a customer
     * managed key for SSE-KMS and upload objects with this configuration, you can't override the
     * customer managed key for your SSE-KMS configuration. To use a new customer manager key for
     * your data, we recommend copying your existing objects to a new directory bucket with a new
     * customer managed key. &gt; Amazon S3 only supports symmetric encryption KMS keys. For more
     * information, see <a
     * href="https://docs.aws.amazon.com//kms/latest/developerguide/symmetric-asymmetric.html">Asymmetric
     * keys in AWS KMS</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code KMSMasterKeyID}.
     */
    public ServerSideEncryptionByDefault kmsMasterKeyID(String value) {
      return set("KMSMasterKeyID", Value.of(value));
    }

    /** Sets {@code KMSMasterKeyID} to this value; see {@link #kmsMasterKeyID(String)}. */
    public ServerSideEncryptionByDefault kmsMasterKeyID(Value<String> value) {
      return set("KMSMasterKeyID", value);
    }

    /**
     * Sets {@code KMSMasterKeyID} to the Ref of {@code AWS::KMS::Key}; see {@link
     * #kmsMasterKeyID(String)}.
     */
    public ServerSideEncryptionByDefault kmsMasterKeyID(Key resource) {
      return set("KMSMasterKeyID", resource.ref());
    }

    /**
     * Server-side encryption algorithm to use for the default encryption.
     *
     * <p>For directory buckets, there are only two supported values for server-side encryption:
     * <code>AES256</code> and <code>aws:kms</code> .
     *
     * <p>Required. Allowed values: {@code aws:kms}, {@code AES256}. CloudFormation property {@code
     * SSEAlgorithm}.
     */
    public ServerSideEncryptionByDefault sseAlgorithm(String value) {
      return set("SSEAlgorithm", Value.of(value));
    }

    /** Sets {@code SSEAlgorithm} to this value; see {@link #sseAlgorithm(String)}. */
    public ServerSideEncryptionByDefault sseAlgorithm(Value<String> value) {
      return set("SSEAlgorithm", value);
    }
  }

  /**
   * Specifies the default server-side encryption configuration.
   *
   * <p>Property type {@code AWS::S3Express::DirectoryBucket.ServerSideEncryptionRule}.
   */
  public static final class ServerSideEncryptionRule extends Struct<ServerSideEncryptionRule> {
    private static final Schema SCHEMA = Schema.of("AWS::S3Express::DirectoryBucket.ServerSideEncryptionRule");

    public ServerSideEncryptionRule() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS
     * (SSE-KMS) for new objects in the bucket. S3 Bucket Keys are always enabled for
     * <code>GET</code> and <code>PUT</code> operations on a directory bucket and can’t be disabled.
     * It's only allowed to set the <code>BucketKeyEnabled</code> element to <code>true</code> .
     *
     * <p>S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general
     * purpose buckets to directory buckets, from directory buckets to general purpose buckets, or
     * between directory buckets, through <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html">CopyObject</a> ,
     * <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html">UploadPartCopy</a>
     * , <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops">the
     * Copy operation in Batch Operations</a> , or <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job">the import
     * jobs</a> . In this case, Amazon S3 makes a call to AWS KMS every time a copy request is made
     * for a KMS-encrypted object.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-UsingKMSEncryption.html#s3-express-sse-kms-bucket-keys">Amazon
     * S3 Bucket Keys</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>CloudFormation property {@code BucketKeyEnabled}.
     */
    public ServerSideEncryptionRule bucketKeyEnabled(boolean value) {
      return set("BucketKeyEnabled", Value.of(value));
    }

    /** Sets {@code BucketKeyEnabled} to this value; see {@link #bucketKeyEnabled(boolean)}. */
    public ServerSideEncryptionRule bucketKeyEnabled(Value<Boolean> value) {
      return set("BucketKeyEnabled", value);
    }

    /**
     * Specifies the default server-side encryption to apply to new objects in the bucket. If a PUT
     * Object request doesn't specify any server-side encryption, this default encryption will be
     * applied.
     *
     * <p>CloudFormation property {@code ServerSideEncryptionByDefault}.
     */
    public ServerSideEncryptionRule serverSideEncryptionByDefault(Value<ServerSideEncryptionByDefault> value) {
      return set("ServerSideEncryptionByDefault", value);
    }
  }
}
