// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;

/**
 * The <code>AWS::S3::Bucket</code> resource creates an Amazon S3 bucket in the same AWS Region
 * where you create the AWS CloudFormation stack.
 *
 * <p>To control how AWS CloudFormation handles the bucket when the stack is deleted, you can set a
 * deletion policy for your bucket. You can choose to <em>retain</em> the bucket or to
 * <em>delete</em> the bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> .
 *
 * <p>You can only delete empty buckets. Deletion fails for buckets that have contents.
 *
 * <p>CloudFormation type {@code AWS::S3::Bucket}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Bucket extends Resource<Bucket> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket")
      .allowed("AbacStatus", "Enabled", "Disabled")
      .allowed("AccessControl", "AuthenticatedRead", "AwsExecRead", "BucketOwnerFullControl",
          "BucketOwnerRead", "LogDeliveryWrite", "Private", "PublicRead", "PublicReadWrite")
      .constrain("BucketName", Constraint.of().pattern("^([a-z0-9][a-z0-9.-]*[a-z0-9])?$").maxLength(63).format("AWS::S3::Bucket.Name"))
      .allowed("BucketNamespace", "global", "account-regional")
      .refYields("BucketName")
      .attributes("Arn", "DomainName", "DualStackDomainName",
          "MetadataConfiguration.AnnotationTableConfiguration.TableArn",
          "MetadataConfiguration.AnnotationTableConfiguration.TableName",
          "MetadataConfiguration.Destination",
          "MetadataConfiguration.InventoryTableConfiguration.TableArn",
          "MetadataConfiguration.InventoryTableConfiguration.TableName",
          "MetadataConfiguration.JournalTableConfiguration.TableArn",
          "MetadataConfiguration.JournalTableConfiguration.TableName",
          "MetadataTableConfiguration.S3TablesDestination.TableArn",
          "MetadataTableConfiguration.S3TablesDestination.TableNamespace", "RegionalDomainName",
          "WebsiteURL")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Bucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose
   * bucket, you can use tags to manage access to the general purpose buckets as well as for cost
   * tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use tags
   * for cost tracking purposes. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging.html">Using tags
   * with S3 general purpose buckets</a> .
   *
   * <p>Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property {@code
   * AbacStatus}.
   */
  public Bucket abacStatus(String value) {
    return set("AbacStatus", Value.of(value));
  }

  /** Sets {@code AbacStatus} to this value; see {@link #abacStatus(String)}. */
  public Bucket abacStatus(Value<String> value) {
    return set("AbacStatus", value);
  }

  /**
   * Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see
   * <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html">Amazon S3
   * Transfer Acceleration</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>CloudFormation property {@code AccelerateConfiguration}.
   */
  public Bucket accelerateConfiguration(Value<AccelerateConfiguration> value) {
    return set("AccelerateConfiguration", value);
  }

  /**
   * This is a legacy property, and it is not recommended for most use cases. A majority of modern
   * use cases in Amazon S3 no longer require the use of ACLs, and we recommend that you keep ACLs
   * disabled. For more information, see <a
   * href="https://docs.aws.amazon.com//AmazonS3/latest/userguide/about-object-ownership.html">Controlling
   * object ownership</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>A canned access control list (ACL) that grants predefined permissions to the bucket. For
   * more information about canned ACLs, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#canned-acl">Canned
   * ACL</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>S3 buckets are created with ACLs disabled by default. Therefore, unless you explicitly set
   * the <a
   * href="https://docs.aws.amazon.com//AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-ownershipcontrols.html">AWS::S3::OwnershipControls</a>
   * property to enable ACLs, your resource will fail to deploy with any value other than Private.
   * Use cases requiring ACLs are uncommon.
   *
   * <p>The majority of access control configurations can be successfully and more easily achieved
   * with bucket policies. For more information, see <a
   * href="https://docs.aws.amazon.com//AWSCloudFormation/latest/UserGuide/aws-properties-s3-policy.html">AWS::S3::BucketPolicy</a>
   * . For examples of common policy configurations, including S3 Server Access Logs buckets and
   * more, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html">Bucket
   * policy examples</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Allowed values: {@code AuthenticatedRead}, {@code AwsExecRead}, {@code
   * BucketOwnerFullControl}, {@code BucketOwnerRead}, {@code LogDeliveryWrite}, {@code Private},
   * {@code PublicRead}, {@code PublicReadWrite}. CloudFormation property {@code AccessControl}.
   */
  public Bucket accessControl(String value) {
    return set("AccessControl", Value.of(value));
  }

  /** Sets {@code AccessControl} to this value; see {@link #accessControl(String)}. */
  public Bucket accessControl(Value<String> value) {
    return set("AccessControl", value);
  }

  /**
   * Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
   *
   * <p>CloudFormation property {@code AnalyticsConfigurations}.
   */
  public Bucket analyticsConfigurations(List<AnalyticsConfiguration> value) {
    return set("AnalyticsConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code AnalyticsConfigurations} to this value; see {@link #analyticsConfigurations(List)}.
   */
  public Bucket analyticsConfigurations(Value<List<AnalyticsConfiguration>> value) {
    return set("AnalyticsConfigurations", value);
  }

  /**
   * Sets {@code AnalyticsConfigurations} to a list of these; see {@link
   * #analyticsConfigurations(List)}.
   */
  public Bucket analyticsConfigurations(AnalyticsConfiguration... values) {
    return set("AnalyticsConfigurations", Value.list(values));
  }

  /**
   * Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed
   * keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with
   * KMS-managed keys (DSSE-KMS). For information about the Amazon S3 default encryption feature,
   * see <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-encryption.html">Amazon S3
   * Default Encryption for S3 Buckets</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>CloudFormation property {@code BucketEncryption}.
   */
  public Bucket bucketEncryption(Value<BucketEncryption> value) {
    return set("BucketEncryption", value);
  }

  /**
   * A name for the bucket. If you don't specify a name, AWS CloudFormation generates a unique ID
   * and uses that ID for the bucket name. The bucket name must contain only lowercase letters,
   * numbers, periods (.), and dashes (-) and must follow <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/BucketRestrictions.html">Amazon S3 bucket
   * restrictions and limitations</a> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">Rules for
   * naming Amazon S3 buckets</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you need to replace the
   * resource, specify a new name.
   *
   * <p>Changing it replaces the resource. Length: at most 63 characters. Pattern: {@code
   * ^([a-z0-9][a-z0-9.-]*[a-z0-9])?$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
   * property {@code BucketName}.
   */
  public Bucket bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public Bucket bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code BucketNamePrefix}. */
  public Bucket bucketNamePrefix(String value) {
    return set("BucketNamePrefix", Value.of(value));
  }

  /** Sets {@code BucketNamePrefix} to this value; see {@link #bucketNamePrefix(String)}. */
  public Bucket bucketNamePrefix(Value<String> value) {
    return set("BucketNamePrefix", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code global}, {@code account-regional}.
   * CloudFormation property {@code BucketNamespace}.
   */
  public Bucket bucketNamespace(String value) {
    return set("BucketNamespace", Value.of(value));
  }

  /** Sets {@code BucketNamespace} to this value; see {@link #bucketNamespace(String)}. */
  public Bucket bucketNamespace(Value<String> value) {
    return set("BucketNamespace", value);
  }

  /**
   * Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more
   * information, see <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html">Enabling
   * Cross-Origin Resource Sharing</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>CloudFormation property {@code CorsConfiguration}.
   */
  public Bucket corsConfiguration(Value<CorsConfiguration> value) {
    return set("CorsConfiguration", value);
  }

  /**
   * Defines how Amazon S3 handles Intelligent-Tiering storage.
   *
   * <p>CloudFormation property {@code IntelligentTieringConfigurations}.
   */
  public Bucket intelligentTieringConfigurations(List<IntelligentTieringConfiguration> value) {
    return set("IntelligentTieringConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code IntelligentTieringConfigurations} to this value; see {@link
   * #intelligentTieringConfigurations(List)}.
   */
  public Bucket intelligentTieringConfigurations(Value<List<IntelligentTieringConfiguration>> value) {
    return set("IntelligentTieringConfigurations", value);
  }

  /**
   * Sets {@code IntelligentTieringConfigurations} to a list of these; see {@link
   * #intelligentTieringConfigurations(List)}.
   */
  public Bucket intelligentTieringConfigurations(IntelligentTieringConfiguration... values) {
    return set("IntelligentTieringConfigurations", Value.list(values));
  }

  /**
   * Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html">GET
   * Bucket inventory</a> in the <em>Amazon S3 API Reference</em> .
   *
   * <p>CloudFormation property {@code InventoryConfigurations}.
   */
  public Bucket inventoryConfigurations(List<InventoryConfiguration> value) {
    return set("InventoryConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code InventoryConfigurations} to this value; see {@link #inventoryConfigurations(List)}.
   */
  public Bucket inventoryConfigurations(Value<List<InventoryConfiguration>> value) {
    return set("InventoryConfigurations", value);
  }

  /**
   * Sets {@code InventoryConfigurations} to a list of these; see {@link
   * #inventoryConfigurations(List)}.
   */
  public Bucket inventoryConfigurations(InventoryConfiguration... values) {
    return set("InventoryConfigurations", Value.list(values));
  }

  /**
   * Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information,
   * see <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html">Object
   * Lifecycle Management</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>CloudFormation property {@code LifecycleConfiguration}.
   */
  public Bucket lifecycleConfiguration(Value<LifecycleConfiguration> value) {
    return set("LifecycleConfiguration", value);
  }

  /**
   * Settings that define where logs are stored.
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public Bucket loggingConfiguration(Value<LoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * The S3 Metadata configuration for a general purpose bucket.
   *
   * <p>CloudFormation property {@code MetadataConfiguration}.
   */
  public Bucket metadataConfiguration(Value<MetadataConfiguration> value) {
    return set("MetadataConfiguration", value);
  }

  /**
   * The metadata table configuration of an Amazon S3 general purpose bucket.
   *
   * <p>CloudFormation property {@code MetadataTableConfiguration}.
   */
  public Bucket metadataTableConfiguration(Value<MetadataTableConfiguration> value) {
    return set("MetadataTableConfiguration", value);
  }

  /**
   * Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics
   * configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics
   * configuration, note that this is a full replacement of the existing metrics configuration. If
   * you don't include the elements you want to keep, they are erased. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTMetricConfiguration.html">PutBucketMetricsConfiguration</a>
   * .
   *
   * <p>CloudFormation property {@code MetricsConfigurations}.
   */
  public Bucket metricsConfigurations(List<MetricsConfiguration> value) {
    return set("MetricsConfigurations", Value.listOf(value));
  }

  /** Sets {@code MetricsConfigurations} to this value; see {@link #metricsConfigurations(List)}. */
  public Bucket metricsConfigurations(Value<List<MetricsConfiguration>> value) {
    return set("MetricsConfigurations", value);
  }

  /**
   * Sets {@code MetricsConfigurations} to a list of these; see {@link
   * #metricsConfigurations(List)}.
   */
  public Bucket metricsConfigurations(MetricsConfiguration... values) {
    return set("MetricsConfigurations", Value.list(values));
  }

  /**
   * Configuration that defines how Amazon S3 handles bucket notifications.
   *
   * <p>CloudFormation property {@code NotificationConfiguration}.
   */
  public Bucket notificationConfiguration(Value<NotificationConfiguration> value) {
    return set("NotificationConfiguration", value);
  }

  /**
   * This operation is not supported for directory buckets.
   *
   * <p>Places an Object Lock configuration on the specified bucket. The rule specified in the
   * Object Lock configuration will be applied by default to every new object placed in the
   * specified bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html">Locking Objects</a> .
   *
   * <p>- The <code>DefaultRetention</code> settings require both a mode and a period. - The
   * <code>DefaultRetention</code> period can be either <code>Days</code> or <code>Years</code> but
   * you must select one. You cannot specify <code>Days</code> and <code>Years</code> at the same
   * time. - You can enable Object Lock for new or existing buckets. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-configure.html">Configuring
   * Object Lock</a> . &gt; You must URL encode any signed header values that contain spaces. For
   * example, if your header value is <code>my file.txt</code> , containing two spaces after
   * <code>my</code> , you must URL encode this value to <code>my%20%20file.txt</code> .
   *
   * <p>CloudFormation property {@code ObjectLockConfiguration}.
   */
  public Bucket objectLockConfiguration(Value<ObjectLockConfiguration> value) {
    return set("ObjectLockConfiguration", value);
  }

  /**
   * Indicates whether this bucket has an Object Lock configuration enabled. Enable
   * <code>ObjectLockEnabled</code> when you apply <code>ObjectLockConfiguration</code> to a bucket.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ObjectLockEnabled}.
   */
  public Bucket objectLockEnabled(boolean value) {
    return set("ObjectLockEnabled", Value.of(value));
  }

  /** Sets {@code ObjectLockEnabled} to this value; see {@link #objectLockEnabled(boolean)}. */
  public Bucket objectLockEnabled(Value<Boolean> value) {
    return set("ObjectLockEnabled", value);
  }

  /**
   * Configuration that defines how Amazon S3 handles Object Ownership rules.
   *
   * <p>CloudFormation property {@code OwnershipControls}.
   */
  public Bucket ownershipControls(Value<OwnershipControls> value) {
    return set("OwnershipControls", value);
  }

  /**
   * Configuration that defines how Amazon S3 handles public access.
   *
   * <p>CloudFormation property {@code PublicAccessBlockConfiguration}.
   */
  public Bucket publicAccessBlockConfiguration(Value<PublicAccessBlockConfiguration> value) {
    return set("PublicAccessBlockConfiguration", value);
  }

  /**
   * Configuration for replicating objects in an S3 bucket. To enable replication, you must also
   * enable versioning by using the <code>VersioningConfiguration</code> property.
   *
   * <p>Amazon S3 can store replicated objects in a single destination bucket or multiple
   * destination buckets. The destination bucket or buckets must already exist.
   *
   * <p>CloudFormation property {@code ReplicationConfiguration}.
   */
  public Bucket replicationConfiguration(Value<ReplicationConfiguration> value) {
    return set("ReplicationConfiguration", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this S3 bucket.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Bucket tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Bucket tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Bucket tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Enables multiple versions of all objects in this bucket. You might enable versioning to prevent
   * objects from being deleted or overwritten by mistake or to archive objects so that you can
   * retrieve previous versions of them.
   *
   * <p>When you enable versioning on a bucket for the first time, it might take a short amount of
   * time for the change to be fully propagated. We recommend that you wait for 15 minutes after
   * enabling versioning before issuing write operations ( <code>PUT</code> or <code>DELETE</code> )
   * on objects in the bucket.
   *
   * <p>CloudFormation property {@code VersioningConfiguration}.
   */
  public Bucket versioningConfiguration(Value<VersioningConfiguration> value) {
    return set("VersioningConfiguration", value);
  }

  /**
   * Information used to configure the bucket as a static website. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html">Hosting Websites on
   * Amazon S3</a> .
   *
   * <p>CloudFormation property {@code WebsiteConfiguration}.
   */
  public Bucket websiteConfiguration(Value<WebsiteConfiguration> value) {
    return set("WebsiteConfiguration", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified bucket.
   *
   * <p>Example: <code>arn:aws:s3:::DOC-EXAMPLE-BUCKET</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the IPv4 DNS name of the specified bucket.
   *
   * <p>Example: <code>DOC-EXAMPLE-BUCKET.s3.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * Returns the IPv6 DNS name of the specified bucket.
   *
   * <p>Example: <code>DOC-EXAMPLE-BUCKET.s3.dualstack.us-east-2.amazonaws.com</code>
   *
   * <p>For more information about dual-stack endpoints, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/dual-stack-endpoints.html">Using Amazon
   * S3 Dual-Stack Endpoints</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DualStackDomainName}.
   */
  public Value<String> dualStackDomainName() {
    return getAtt("DualStackDomainName");
  }

  /**
   * The Amazon Resource Name (ARN) for the annotation table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataConfiguration.AnnotationTableConfiguration.TableArn}.
   */
  public Value<String> metadataConfigurationAnnotationTableConfigurationTableArn() {
    return getAtt("MetadataConfiguration.AnnotationTableConfiguration.TableArn");
  }

  /**
   * The name of the annotation table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataConfiguration.AnnotationTableConfiguration.TableName}.
   */
  public Value<String> metadataConfigurationAnnotationTableConfigurationTableName() {
    return getAtt("MetadataConfiguration.AnnotationTableConfiguration.TableName");
  }

  /**
   * The destination information for the S3 Metadata configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MetadataConfiguration.Destination}.
   */
  public Value<MetadataDestination> metadataConfigurationDestination() {
    return getAtt("MetadataConfiguration.Destination");
  }

  /**
   * The Amazon Resource Name (ARN) for the inventory table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataConfiguration.InventoryTableConfiguration.TableArn}.
   */
  public Value<String> metadataConfigurationInventoryTableConfigurationTableArn() {
    return getAtt("MetadataConfiguration.InventoryTableConfiguration.TableArn");
  }

  /**
   * The name of the inventory table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataConfiguration.InventoryTableConfiguration.TableName}.
   */
  public Value<String> metadataConfigurationInventoryTableConfigurationTableName() {
    return getAtt("MetadataConfiguration.InventoryTableConfiguration.TableName");
  }

  /**
   * The Amazon Resource Name (ARN) for the journal table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataConfiguration.JournalTableConfiguration.TableArn}.
   */
  public Value<String> metadataConfigurationJournalTableConfigurationTableArn() {
    return getAtt("MetadataConfiguration.JournalTableConfiguration.TableArn");
  }

  /**
   * The name of the journal table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataConfiguration.JournalTableConfiguration.TableName}.
   */
  public Value<String> metadataConfigurationJournalTableConfigurationTableName() {
    return getAtt("MetadataConfiguration.JournalTableConfiguration.TableName");
  }

  /**
   * The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration. The
   * specified metadata table name must be unique within the <code>aws_s3_metadata</code> namespace
   * in the destination table bucket.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataTableConfiguration.S3TablesDestination.TableArn}.
   */
  public Value<String> metadataTableConfigurationS3TablesDestinationTableArn() {
    return getAtt("MetadataTableConfiguration.S3TablesDestination.TableArn");
  }

  /**
   * The table bucket namespace for the metadata table in your metadata table configuration. This
   * value is always <code>aws_s3_metadata</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * MetadataTableConfiguration.S3TablesDestination.TableNamespace}.
   */
  public Value<String> metadataTableConfigurationS3TablesDestinationTableNamespace() {
    return getAtt("MetadataTableConfiguration.S3TablesDestination.TableNamespace");
  }

  /**
   * Returns the regional domain name of the specified bucket.
   *
   * <p>Example: <code>DOC-EXAMPLE-BUCKET.s3.us-east-2.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegionalDomainName}.
   */
  public Value<String> regionalDomainName() {
    return getAtt("RegionalDomainName");
  }

  /**
   * Returns the Amazon S3 website endpoint for the specified bucket.
   *
   * <p>Example (IPv4): <code>http://DOC-EXAMPLE-BUCKET.s3-website.us-east-2.amazonaws.com</code>
   *
   * <p>Example (IPv6): <code>http://DOC-EXAMPLE-BUCKET.s3.dualstack.us-east-2.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebsiteURL}.
   */
  public Value<String> websiteURL() {
    return getAtt("WebsiteURL");
  }

  /**
   * Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will
   * wait before permanently removing all parts of the upload. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config">Stopping
   * Incomplete Multipart Uploads Using a Bucket Lifecycle Policy</a> in the <em>Amazon S3 User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.AbortIncompleteMultipartUpload}.
   */
  public static final class AbortIncompleteMultipartUpload extends Struct<AbortIncompleteMultipartUpload> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.AbortIncompleteMultipartUpload")
        .required("DaysAfterInitiation")
        .constrain("DaysAfterInitiation", Constraint.of().minimum(0))
        .build();

    public AbortIncompleteMultipartUpload() {
      super(SCHEMA);
    }

    /**
     * Specifies the number of days after which Amazon S3 stops an incomplete multipart upload.
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
   * Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see
   * <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html">Amazon S3
   * Transfer Acceleration</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.AccelerateConfiguration}.
   */
  public static final class AccelerateConfiguration extends Struct<AccelerateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.AccelerateConfiguration")
        .required("AccelerationStatus")
        .allowed("AccelerationStatus", "Enabled", "Suspended")
        .build();

    public AccelerateConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the transfer acceleration status of the bucket.
     *
     * <p>Required. Allowed values: {@code Enabled}, {@code Suspended}. CloudFormation property
     * {@code AccelerationStatus}.
     */
    public AccelerateConfiguration accelerationStatus(String value) {
      return set("AccelerationStatus", Value.of(value));
    }

    /** Sets {@code AccelerationStatus} to this value; see {@link #accelerationStatus(String)}. */
    public AccelerateConfiguration accelerationStatus(Value<String> value) {
      return set("AccelerationStatus", value);
    }
  }

  /**
   * Specify this only in a cross-account scenario (where source and destination bucket owners are
   * not the same), and you want to change replica ownership to the AWS account that owns the
   * destination bucket. If this is not specified in the replication configuration, the replicas are
   * owned by same AWS account that owns the source object.
   *
   * <p>Property type {@code AWS::S3::Bucket.AccessControlTranslation}.
   */
  public static final class AccessControlTranslation extends Struct<AccessControlTranslation> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.AccessControlTranslation")
        .required("Owner")
        .allowed("Owner", "Destination")
        .build();

    public AccessControlTranslation() {
      super(SCHEMA);
    }

    /**
     * Specifies the replica ownership. For default and valid values, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html">PUT
     * bucket replication</a> in the <em>Amazon S3 API Reference</em> .
     *
     * <p>Required. Allowed values: {@code Destination}. CloudFormation property {@code Owner}.
     */
    public AccessControlTranslation owner(String value) {
      return set("Owner", Value.of(value));
    }

    /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
    public AccessControlTranslation owner(Value<String> value) {
      return set("Owner", value);
    }
  }

  /**
   * Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.AnalyticsConfiguration}.
   */
  public static final class AnalyticsConfiguration extends Struct<AnalyticsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.AnalyticsConfiguration")
        .required("Id", "StorageClassAnalysis")
        .build();

    public AnalyticsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID that identifies the analytics configuration.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public AnalyticsConfiguration id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AnalyticsConfiguration id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The prefix that an object must have to be included in the analytics results.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public AnalyticsConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public AnalyticsConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * Contains data related to access patterns to be collected and made available to analyze the
     * tradeoffs between different storage classes.
     *
     * <p>Required. CloudFormation property {@code StorageClassAnalysis}.
     */
    public AnalyticsConfiguration storageClassAnalysis(Value<StorageClassAnalysis> value) {
      return set("StorageClassAnalysis", value);
    }

    /**
     * The tags to use when evaluating an analytics filter.
     *
     * <p>The analytics only includes objects that meet the filter's criteria. If no filter is
     * specified, all of the contents of the bucket are included in the analysis.
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public AnalyticsConfiguration tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public AnalyticsConfiguration tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public AnalyticsConfiguration tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }
  }

  /**
   * The annotation table configuration for an S3 Metadata configuration. The annotation table
   * tracks all annotations on objects in your bucket so that you can query annotation data at
   * scale. If you've disabled your annotation table configuration and now want to re-enable it, you
   * must first manually delete the old annotation table from your AWS managed table bucket.
   * Otherwise, the newly re-enabled annotation table configuration will enter a failed state
   * because the annotation table already exists in the table bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.AnnotationTableConfiguration}.
   */
  public static final class AnnotationTableConfiguration extends Struct<AnnotationTableConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.AnnotationTableConfiguration")
        .required("ConfigurationState")
        .allowed("ConfigurationState", "ENABLED", "DISABLED")
        .build();

    public AnnotationTableConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the annotation table configuration is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code ConfigurationState}.
     */
    public AnnotationTableConfiguration configurationState(String value) {
      return set("ConfigurationState", Value.of(value));
    }

    /** Sets {@code ConfigurationState} to this value; see {@link #configurationState(String)}. */
    public AnnotationTableConfiguration configurationState(Value<String> value) {
      return set("ConfigurationState", value);
    }

    /**
     * The encryption settings for an S3 Metadata journal table or inventory table configuration.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public AnnotationTableConfiguration encryptionConfiguration(Value<MetadataTableEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The ARN of the IAM role that grants Amazon S3 Metadata permission to read annotations from
     * your bucket.
     *
     * <p>CloudFormation property {@code Role}.
     */
    public AnnotationTableConfiguration role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public AnnotationTableConfiguration role(Value<String> value) {
      return set("Role", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the annotation table.
     *
     * <p>CloudFormation property {@code TableArn}.
     */
    public AnnotationTableConfiguration tableArn(String value) {
      return set("TableArn", Value.of(value));
    }

    /** Sets {@code TableArn} to this value; see {@link #tableArn(String)}. */
    public AnnotationTableConfiguration tableArn(Value<String> value) {
      return set("TableArn", value);
    }

    /**
     * The name of the annotation table.
     *
     * <p>CloudFormation property {@code TableName}.
     */
    public AnnotationTableConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public AnnotationTableConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new
   * objects encrypted with the specified server-side encryption type. For example, blocking an
   * encryption type will block <code>PutObject</code> , <code>CopyObject</code> ,
   * <code>PostObject</code> , multipart upload, and replication requests to the bucket for objects
   * with the specified encryption type. However, you can continue to read and list any pre-existing
   * objects already encrypted with the specified encryption type. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html">Blocking
   * or unblocking SSE-C for a general purpose bucket</a> .
   *
   * <p>This data type is used with the following actions:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketEncryption.html">PutBucketEncryption</a>
   * <li><a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html">GetBucketEncryption</a>
   * <li><a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketEncryption.html">DeleteBucketEncryption</a>
   * </ul>
   *
   * <ul> <li><b>Permissions</b> - You must have the <code>s3:PutEncryptionConfiguration</code>
   * permission to block or unblock an encryption type for a bucket. </ul>
   *
   * <p>You must have the <code>s3:GetEncryptionConfiguration</code> permission to view a bucket's
   * encryption type.
   *
   * <p>Property type {@code AWS::S3::Bucket.BlockedEncryptionTypes}.
   */
  public static final class BlockedEncryptionTypes extends Struct<BlockedEncryptionTypes> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.BlockedEncryptionTypes")
        .allowed("EncryptionType", "NONE", "SSE-C")
        .build();

    public BlockedEncryptionTypes() {
      super(SCHEMA);
    }

    /**
     * The object encryption type that you want to block or unblock for an Amazon S3 general purpose
     * bucket.
     *
     * <p>Currently, this parameter only supports blocking or unblocking server side encryption with
     * customer-provided keys (SSE-C). For more information about SSE-C, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html">Using
     * server-side encryption with customer-provided keys (SSE-C)</a> .
     *
     * <p>Allowed values: {@code NONE}, {@code SSE-C}. CloudFormation property {@code
     * EncryptionType}.
     */
    public BlockedEncryptionTypes encryptionType(List<String> value) {
      return set("EncryptionType", Value.listOf(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(List)}. */
    public BlockedEncryptionTypes encryptionType(Value<List<String>> value) {
      return set("EncryptionType", value);
    }
  }

  /**
   * Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed
   * keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with
   * KMS-managed keys (DSSE-KMS). For information about the Amazon S3 default encryption feature,
   * see <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-encryption.html">Amazon S3
   * Default Encryption for S3 Buckets</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.BucketEncryption}.
   */
  public static final class BucketEncryption extends Struct<BucketEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.BucketEncryption")
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
   * Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more
   * information, see <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html">Enabling
   * Cross-Origin Resource Sharing</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.CorsConfiguration}.
   */
  public static final class CorsConfiguration extends Struct<CorsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.CorsConfiguration")
        .required("CorsRules")
        .build();

    public CorsConfiguration() {
      super(SCHEMA);
    }

    /**
     * A set of origins and methods (cross-origin access that you want to allow). You can add up to
     * 100 rules to the configuration.
     *
     * <p>Required. CloudFormation property {@code CorsRules}.
     */
    public CorsConfiguration corsRules(List<CorsRule> value) {
      return set("CorsRules", Value.listOf(value));
    }

    /** Sets {@code CorsRules} to this value; see {@link #corsRules(List)}. */
    public CorsConfiguration corsRules(Value<List<CorsRule>> value) {
      return set("CorsRules", value);
    }

    /** Sets {@code CorsRules} to a list of these; see {@link #corsRules(List)}. */
    public CorsConfiguration corsRules(CorsRule... values) {
      return set("CorsRules", Value.list(values));
    }
  }

  /**
   * Specifies a cross-origin access rule for an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.CorsRule}.
   */
  public static final class CorsRule extends Struct<CorsRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.CorsRule")
        .required("AllowedMethods", "AllowedOrigins")
        .allowed("AllowedMethods", "GET", "PUT", "HEAD", "POST", "DELETE")
        .constrain("Id", Constraint.of().maxLength(255))
        .constrain("MaxAge", Constraint.of().minimum(0))
        .build();

    public CorsRule() {
      super(SCHEMA);
    }

    /**
     * Headers that are specified in the <code>Access-Control-Request-Headers</code> header. These
     * headers are allowed in a preflight OPTIONS request. In response to any preflight OPTIONS
     * request, Amazon S3 returns any requested headers that are allowed.
     *
     * <p>CloudFormation property {@code AllowedHeaders}.
     */
    public CorsRule allowedHeaders(List<String> value) {
      return set("AllowedHeaders", Value.listOf(value));
    }

    /** Sets {@code AllowedHeaders} to this value; see {@link #allowedHeaders(List)}. */
    public CorsRule allowedHeaders(Value<List<String>> value) {
      return set("AllowedHeaders", value);
    }

    /**
     * An HTTP method that you allow the origin to run.
     *
     * <p><em>Allowed values</em> : <code>GET</code> | <code>PUT</code> | <code>HEAD</code> |
     * <code>POST</code> | <code>DELETE</code>
     *
     * <p>Required. Allowed values: {@code GET}, {@code PUT}, {@code HEAD}, {@code POST}, {@code
     * DELETE}. CloudFormation property {@code AllowedMethods}.
     */
    public CorsRule allowedMethods(List<String> value) {
      return set("AllowedMethods", Value.listOf(value));
    }

    /** Sets {@code AllowedMethods} to this value; see {@link #allowedMethods(List)}. */
    public CorsRule allowedMethods(Value<List<String>> value) {
      return set("AllowedMethods", value);
    }

    /**
     * One or more origins you want customers to be able to access the bucket from.
     *
     * <p>Required. CloudFormation property {@code AllowedOrigins}.
     */
    public CorsRule allowedOrigins(List<String> value) {
      return set("AllowedOrigins", Value.listOf(value));
    }

    /** Sets {@code AllowedOrigins} to this value; see {@link #allowedOrigins(List)}. */
    public CorsRule allowedOrigins(Value<List<String>> value) {
      return set("AllowedOrigins", value);
    }

    /**
     * One or more headers in the response that you want customers to be able to access from their
     * applications (for example, from a JavaScript <code>XMLHttpRequest</code> object).
     *
     * <p>CloudFormation property {@code ExposedHeaders}.
     */
    public CorsRule exposedHeaders(List<String> value) {
      return set("ExposedHeaders", Value.listOf(value));
    }

    /** Sets {@code ExposedHeaders} to this value; see {@link #exposedHeaders(List)}. */
    public CorsRule exposedHeaders(Value<List<String>> value) {
      return set("ExposedHeaders", value);
    }

    /**
     * A unique identifier for this rule. The value must be no more than 255 characters.
     *
     * <p>Length: at most 255 characters. CloudFormation property {@code Id}.
     */
    public CorsRule id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public CorsRule id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The time in seconds that your browser is to cache the preflight response for the specified
     * resource.
     *
     * <p>Range: at least 0. CloudFormation property {@code MaxAge}.
     */
    public CorsRule maxAge(int value) {
      return set("MaxAge", Value.of(value));
    }

    /** Sets {@code MaxAge} to this value; see {@link #maxAge(int)}. */
    public CorsRule maxAge(Value<Integer> value) {
      return set("MaxAge", value);
    }
  }

  /**
   * Specifies how data related to the storage class analysis for an Amazon S3 bucket should be
   * exported.
   *
   * <p>Property type {@code AWS::S3::Bucket.DataExport}.
   */
  public static final class DataExport extends Struct<DataExport> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.DataExport")
        .required("Destination", "OutputSchemaVersion")
        .build();

    public DataExport() {
      super(SCHEMA);
    }

    /**
     * The place to store the data for an analysis.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public DataExport destination(Value<Destination> value) {
      return set("Destination", value);
    }

    /**
     * The version of the output schema to use when exporting data. Must be <code>V_1</code> .
     *
     * <p>Required. CloudFormation property {@code OutputSchemaVersion}.
     */
    public DataExport outputSchemaVersion(String value) {
      return set("OutputSchemaVersion", Value.of(value));
    }

    /** Sets {@code OutputSchemaVersion} to this value; see {@link #outputSchemaVersion(String)}. */
    public DataExport outputSchemaVersion(Value<String> value) {
      return set("OutputSchemaVersion", value);
    }
  }

  /** Property type {@code AWS::S3::Bucket.DefaultEventHold}. */
  public static final class DefaultEventHold extends Struct<DefaultEventHold> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.DefaultEventHold");

    public DefaultEventHold() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Days}. */
    public DefaultEventHold days(int value) {
      return set("Days", Value.of(value));
    }

    /** Sets {@code Days} to this value; see {@link #days(int)}. */
    public DefaultEventHold days(Value<Integer> value) {
      return set("Days", value);
    }

    /** CloudFormation property {@code Years}. */
    public DefaultEventHold years(int value) {
      return set("Years", Value.of(value));
    }

    /** Sets {@code Years} to this value; see {@link #years(int)}. */
    public DefaultEventHold years(Value<Integer> value) {
      return set("Years", value);
    }
  }

  /**
   * The container element for optionally specifying the default Object Lock retention settings for
   * new objects placed in the specified bucket.
   *
   * <p>- The <code>DefaultRetention</code> settings require both a mode and a period. - The
   * <code>DefaultRetention</code> period can be either <code>Days</code> or <code>Years</code> but
   * you must select one. You cannot specify <code>Days</code> and <code>Years</code> at the same
   * time.
   *
   * <p>Property type {@code AWS::S3::Bucket.DefaultRetention}.
   */
  public static final class DefaultRetention extends Struct<DefaultRetention> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.DefaultRetention")
        .allowed("Mode", "COMPLIANCE", "GOVERNANCE")
        .build();

    public DefaultRetention() {
      super(SCHEMA);
    }

    /**
     * The number of days that you want to specify for the default retention period. If Object Lock
     * is turned on, you must specify <code>Mode</code> and specify either <code>Days</code> or
     * <code>Years</code> .
     *
     * <p>CloudFormation property {@code Days}.
     */
    public DefaultRetention days(int value) {
      return set("Days", Value.of(value));
    }

    /** Sets {@code Days} to this value; see {@link #days(int)}. */
    public DefaultRetention days(Value<Integer> value) {
      return set("Days", value);
    }

    /** CloudFormation property {@code DefaultEventHold}. */
    public DefaultRetention defaultEventHold(Value<DefaultEventHold> value) {
      return set("DefaultEventHold", value);
    }

    /**
     * The default Object Lock retention mode you want to apply to new objects placed in the
     * specified bucket. If Object Lock is turned on, you must specify <code>Mode</code> and specify
     * either <code>Days</code> or <code>Years</code> .
     *
     * <p>Allowed values: {@code COMPLIANCE}, {@code GOVERNANCE}. CloudFormation property {@code
     * Mode}.
     */
    public DefaultRetention mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public DefaultRetention mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The number of years that you want to specify for the default retention period. If Object Lock
     * is turned on, you must specify <code>Mode</code> and specify either <code>Days</code> or
     * <code>Years</code> .
     *
     * <p>CloudFormation property {@code Years}.
     */
    public DefaultRetention years(int value) {
      return set("Years", Value.of(value));
    }

    /** Sets {@code Years} to this value; see {@link #years(int)}. */
    public DefaultRetention years(Value<Integer> value) {
      return set("Years", value);
    }
  }

  /**
   * Specifies whether Amazon S3 replicates delete markers. If you specify a <code>Filter</code> in
   * your replication configuration, you must also include a <code>DeleteMarkerReplication</code>
   * element. If your <code>Filter</code> includes a <code>Tag</code> element, the
   * <code>DeleteMarkerReplication</code> <code>Status</code> must be set to Disabled, because
   * Amazon S3 does not support replicating delete markers for tag-based rules. For an example
   * configuration, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config">Basic
   * Rule Configuration</a> .
   *
   * <p>For more information about delete marker replication, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/delete-marker-replication.html">Basic
   * Rule Configuration</a> .
   *
   * <p>If you are using an earlier version of the replication configuration, Amazon S3 handles
   * replication of delete markers differently. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-backward-compat-considerations">Backward
   * Compatibility</a> .
   *
   * <p>Property type {@code AWS::S3::Bucket.DeleteMarkerReplication}.
   */
  public static final class DeleteMarkerReplication extends Struct<DeleteMarkerReplication> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.DeleteMarkerReplication")
        .allowed("Status", "Disabled", "Enabled")
        .build();

    public DeleteMarkerReplication() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to replicate delete markers.
     *
     * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code Status}.
     */
    public DeleteMarkerReplication status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public DeleteMarkerReplication status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies information about where to publish analysis or configuration results for an Amazon S3
   * bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.Destination}.
   */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.Destination")
        .required("BucketArn", "Format")
        .references("BucketArn", "AWS::S3::Bucket.Arn")
        .allowed("Format", "CSV", "ORC", "Parquet")
        .build();

    public Destination() {
      super(SCHEMA);
    }

    /**
     * The account ID that owns the destination S3 bucket. If no account ID is provided, the owner
     * is not validated before exporting data.
     *
     * <p>Although this value is optional, we strongly recommend that you set it to help prevent
     * problems if the destination bucket ownership changes.
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
     * The Amazon Resource Name (ARN) of the bucket to which data is exported.
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
     * Sets {@code BucketArn} to the Arn of {@code AWS::S3::Bucket}; see {@link #bucketArn(String)}.
     */
    public Destination bucketArn(Bucket resource) {
      return set("BucketArn", resource.arn());
    }

    /**
     * Specifies the file format used when exporting data to Amazon S3.
     *
     * <p><em>Allowed values</em> : <code>CSV</code> | <code>ORC</code> | <code>Parquet</code>
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
   * Specifies encryption-related information for an Amazon S3 bucket that is a destination for
   * replicated objects.
   *
   * <p>If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS
   * key ARN. If you use a KMS key alias instead, then AWS resolves the key within the requester’s
   * account. This behavior can result in data that's encrypted with a KMS key that belongs to the
   * requester, and not the bucket owner.
   *
   * <p>Property type {@code AWS::S3::Bucket.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.EncryptionConfiguration")
        .required("ReplicaKmsKeyID")
        .references("ReplicaKmsKeyID", "AWS::KMS::Key.Arn")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the ID (Key ARN or Alias ARN) of the customer managed AWS KMS key stored in AWS Key
     * Management Service (KMS) for the destination bucket. Amazon S3 uses this key to encrypt
     * replica objects. Amazon S3 only supports symmetric encryption KMS keys. For more information,
     * see <a
     * href="https://docs.aws.amazon.com//kms/latest/developerguide/symmetric-asymmetric.html">Asymmetric
     * keys in AWS KMS</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code ReplicaKmsKeyID}.
     */
    public EncryptionConfiguration replicaKmsKeyID(String value) {
      return set("ReplicaKmsKeyID", Value.of(value));
    }

    /** Sets {@code ReplicaKmsKeyID} to this value; see {@link #replicaKmsKeyID(String)}. */
    public EncryptionConfiguration replicaKmsKeyID(Value<String> value) {
      return set("ReplicaKmsKeyID", value);
    }

    /**
     * Sets {@code ReplicaKmsKeyID} to the Arn of {@code AWS::KMS::Key}; see {@link
     * #replicaKmsKeyID(String)}.
     */
    public EncryptionConfiguration replicaKmsKeyID(Key resource) {
      return set("ReplicaKmsKeyID", resource.arn());
    }
  }

  /**
   * Amazon S3 can send events to Amazon EventBridge whenever certain events happen in your bucket,
   * see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html">Using
   * EventBridge</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Unlike other destinations, delivery of events to EventBridge can be either enabled or
   * disabled for a bucket. If enabled, all events will be sent to EventBridge and you can use
   * EventBridge rules to route events to additional targets. For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-what-is.html">What Is Amazon
   * EventBridge</a> in the <em>Amazon EventBridge User Guide</em>
   *
   * <p>Property type {@code AWS::S3::Bucket.EventBridgeConfiguration}.
   */
  public static final class EventBridgeConfiguration extends Struct<EventBridgeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.EventBridgeConfiguration")
        .required("EventBridgeEnabled")
        .build();

    public EventBridgeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables delivery of events to Amazon EventBridge.
     *
     * <p>Required. CloudFormation property {@code EventBridgeEnabled}.
     */
    public EventBridgeConfiguration eventBridgeEnabled(boolean value) {
      return set("EventBridgeEnabled", Value.of(value));
    }

    /** Sets {@code EventBridgeEnabled} to this value; see {@link #eventBridgeEnabled(boolean)}. */
    public EventBridgeConfiguration eventBridgeEnabled(Value<Boolean> value) {
      return set("EventBridgeEnabled", value);
    }
  }

  /**
   * Specifies the Amazon S3 object key name to filter on. An object key name is the name assigned
   * to an object in your Amazon S3 bucket. You specify whether to filter on the suffix or prefix of
   * the object key name. A prefix is a specific string of characters at the beginning of an object
   * key name, which you can use to organize objects. For example, you can start the key names of
   * related objects with a prefix, such as <code>2023-</code> or <code>engineering/</code> . Then,
   * you can use <code>FilterRule</code> to find objects in a bucket with key names that have the
   * same prefix. A suffix is similar to a prefix, but it is at the end of the object key name
   * instead of at the beginning.
   *
   * <p>Property type {@code AWS::S3::Bucket.FilterRule}.
   */
  public static final class FilterRule extends Struct<FilterRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.FilterRule")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().maxLength(1024))
        .build();

    public FilterRule() {
      super(SCHEMA);
    }

    /**
     * The object key name prefix or suffix identifying one or more objects to which the filtering
     * rule applies. The maximum length is 1,024 characters. Overlapping prefixes and suffixes are
     * not supported. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html">Configuring
     * Event Notifications</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Required. Length: at most 1024 characters. CloudFormation property {@code Name}.
     */
    public FilterRule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FilterRule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value that the filter searches for in object key names.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public FilterRule value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FilterRule value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the S3 Intelligent-Tiering configuration for an Amazon S3 bucket.
   *
   * <p>For information about the S3 Intelligent-Tiering storage class, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access">Storage
   * class for automatically optimizing frequently and infrequently accessed objects</a> .
   *
   * <p>Property type {@code AWS::S3::Bucket.IntelligentTieringConfiguration}.
   */
  public static final class IntelligentTieringConfiguration extends Struct<IntelligentTieringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.IntelligentTieringConfiguration")
        .required("Id", "Status", "Tierings")
        .allowed("Status", "Disabled", "Enabled")
        .build();

    public IntelligentTieringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID used to identify the S3 Intelligent-Tiering configuration.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public IntelligentTieringConfiguration id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public IntelligentTieringConfiguration id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * An object key name prefix that identifies the subset of objects to which the rule applies.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public IntelligentTieringConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public IntelligentTieringConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * Specifies the status of the configuration.
     *
     * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property
     * {@code Status}.
     */
    public IntelligentTieringConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public IntelligentTieringConfiguration status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * A container for a key-value pair.
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public IntelligentTieringConfiguration tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public IntelligentTieringConfiguration tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public IntelligentTieringConfiguration tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }

    /**
     * Specifies a list of S3 Intelligent-Tiering storage class tiers in the configuration. At least
     * one tier must be defined in the list. At most, you can specify two tiers in the list, one for
     * each available AccessTier: <code>ARCHIVE_ACCESS</code> and <code>DEEP_ARCHIVE_ACCESS</code> .
     *
     * <p>You only need Intelligent Tiering Configuration enabled on a bucket if you want to
     * automatically move objects stored in the Intelligent-Tiering storage class to Archive Access
     * or Deep Archive Access tiers.
     *
     * <p>Required. CloudFormation property {@code Tierings}.
     */
    public IntelligentTieringConfiguration tierings(List<Tiering> value) {
      return set("Tierings", Value.listOf(value));
    }

    /** Sets {@code Tierings} to this value; see {@link #tierings(List)}. */
    public IntelligentTieringConfiguration tierings(Value<List<Tiering>> value) {
      return set("Tierings", value);
    }

    /** Sets {@code Tierings} to a list of these; see {@link #tierings(List)}. */
    public IntelligentTieringConfiguration tierings(Tiering... values) {
      return set("Tierings", Value.list(values));
    }
  }

  /**
   * Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html">GET
   * Bucket inventory</a> in the <em>Amazon S3 API Reference</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.InventoryConfiguration}.
   */
  public static final class InventoryConfiguration extends Struct<InventoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.InventoryConfiguration")
        .required("Destination", "Enabled", "Id", "IncludedObjectVersions", "ScheduleFrequency")
        .allowed("IncludedObjectVersions", "All", "Current")
        .allowed("OptionalFields", "Size", "LastModifiedDate", "StorageClass", "ETag",
            "IsMultipartUploaded", "ReplicationStatus", "EncryptionStatus",
            "ObjectLockRetainUntilDate", "ObjectLockMode", "ObjectLockLegalHoldStatus",
            "ObjectLockEventHoldStatus", "ObjectLockEventHoldDuration",
            "IntelligentTieringAccessTier", "BucketKeyStatus", "ChecksumAlgorithm",
            "ObjectAccessControlList", "ObjectOwner", "LifecycleExpirationDate",
            "IntelligentTieringReferenceDate")
        .allowed("ScheduleFrequency", "Daily", "Weekly")
        .build();

    public InventoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains information about where to publish the inventory results.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public InventoryConfiguration destination(Value<Destination> value) {
      return set("Destination", value);
    }

    /**
     * Specifies whether the inventory is enabled or disabled. If set to <code>True</code> , an
     * inventory list is generated. If set to <code>False</code> , no inventory list is generated.
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
     * Object versions to include in the inventory list. If set to <code>All</code> , the list
     * includes all the object versions, which adds the version-related fields
     * <code>VersionId</code> , <code>IsLatest</code> , and <code>DeleteMarker</code> to the list.
     * If set to <code>Current</code> , the list does not contain these version-related fields.
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
     * ETag}, {@code IsMultipartUploaded}, {@code ReplicationStatus}, {@code EncryptionStatus},
     * {@code ObjectLockRetainUntilDate}, {@code ObjectLockMode}, {@code ObjectLockLegalHoldStatus},
     * {@code ObjectLockEventHoldStatus}, {@code ObjectLockEventHoldDuration}, {@code
     * IntelligentTieringAccessTier}, {@code BucketKeyStatus}, {@code ChecksumAlgorithm}, {@code
     * ObjectAccessControlList}, {@code ObjectOwner}, {@code LifecycleExpirationDate}, {@code
     * IntelligentTieringReferenceDate}. CloudFormation property {@code OptionalFields}.
     */
    public InventoryConfiguration optionalFields(List<String> value) {
      return set("OptionalFields", Value.listOf(value));
    }

    /** Sets {@code OptionalFields} to this value; see {@link #optionalFields(List)}. */
    public InventoryConfiguration optionalFields(Value<List<String>> value) {
      return set("OptionalFields", value);
    }

    /**
     * Specifies the inventory filter prefix.
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
   * The inventory table configuration for an S3 Metadata configuration.
   *
   * <p>Property type {@code AWS::S3::Bucket.InventoryTableConfiguration}.
   */
  public static final class InventoryTableConfiguration extends Struct<InventoryTableConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.InventoryTableConfiguration")
        .required("ConfigurationState")
        .allowed("ConfigurationState", "ENABLED", "DISABLED")
        .build();

    public InventoryTableConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration state of the inventory table, indicating whether the inventory table is
     * enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code ConfigurationState}.
     */
    public InventoryTableConfiguration configurationState(String value) {
      return set("ConfigurationState", Value.of(value));
    }

    /** Sets {@code ConfigurationState} to this value; see {@link #configurationState(String)}. */
    public InventoryTableConfiguration configurationState(Value<String> value) {
      return set("ConfigurationState", value);
    }

    /**
     * The encryption configuration for the inventory table.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public InventoryTableConfiguration encryptionConfiguration(Value<MetadataTableEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the inventory table.
     *
     * <p>CloudFormation property {@code TableArn}.
     */
    public InventoryTableConfiguration tableArn(String value) {
      return set("TableArn", Value.of(value));
    }

    /** Sets {@code TableArn} to this value; see {@link #tableArn(String)}. */
    public InventoryTableConfiguration tableArn(Value<String> value) {
      return set("TableArn", value);
    }

    /**
     * The name of the inventory table.
     *
     * <p>CloudFormation property {@code TableName}.
     */
    public InventoryTableConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public InventoryTableConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * The journal table configuration for an S3 Metadata configuration.
   *
   * <p>Property type {@code AWS::S3::Bucket.JournalTableConfiguration}.
   */
  public static final class JournalTableConfiguration extends Struct<JournalTableConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.JournalTableConfiguration")
        .required("RecordExpiration")
        .build();

    public JournalTableConfiguration() {
      super(SCHEMA);
    }

    /**
     * The encryption configuration for the journal table.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public JournalTableConfiguration encryptionConfiguration(Value<MetadataTableEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The journal table record expiration settings for the journal table.
     *
     * <p>Required. CloudFormation property {@code RecordExpiration}.
     */
    public JournalTableConfiguration recordExpiration(Value<RecordExpiration> value) {
      return set("RecordExpiration", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the journal table.
     *
     * <p>CloudFormation property {@code TableArn}.
     */
    public JournalTableConfiguration tableArn(String value) {
      return set("TableArn", Value.of(value));
    }

    /** Sets {@code TableArn} to this value; see {@link #tableArn(String)}. */
    public JournalTableConfiguration tableArn(Value<String> value) {
      return set("TableArn", value);
    }

    /**
     * The name of the journal table.
     *
     * <p>CloudFormation property {@code TableName}.
     */
    public JournalTableConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public JournalTableConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Describes the AWS Lambda functions to invoke and the events for which to invoke them.
   *
   * <p>Property type {@code AWS::S3::Bucket.LambdaConfiguration}.
   */
  public static final class LambdaConfiguration extends Struct<LambdaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.LambdaConfiguration")
        .required("Event", "Function")
        .references("Function", "AWS::Lambda::Function.Arn")
        .build();

    public LambdaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket event for which to invoke the AWS Lambda function. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html">Supported Event
     * Types</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Event}.
     */
    public LambdaConfiguration event(String value) {
      return set("Event", Value.of(value));
    }

    /** Sets {@code Event} to this value; see {@link #event(String)}. */
    public LambdaConfiguration event(Value<String> value) {
      return set("Event", value);
    }

    /**
     * The filtering rules that determine which objects invoke the AWS Lambda function. For example,
     * you can create a filter so that only image files with a <code>.jpg</code> extension invoke
     * the function when they are added to the Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public LambdaConfiguration filter(Value<NotificationFilter> value) {
      return set("Filter", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Lambda function that Amazon S3 invokes when the
     * specified event type occurs.
     *
     * <p>Required. CloudFormation property {@code Function}.
     */
    public LambdaConfiguration function(String value) {
      return set("Function", Value.of(value));
    }

    /** Sets {@code Function} to this value; see {@link #function(String)}. */
    public LambdaConfiguration function(Value<String> value) {
      return set("Function", value);
    }

    /**
     * Sets {@code Function} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #function(String)}.
     */
    public LambdaConfiguration function(Function resource) {
      return set("Function", resource.arn());
    }
  }

  /**
   * Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information,
   * see <a href="https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html">Object
   * Lifecycle Management</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.LifecycleConfiguration}.
   */
  public static final class LifecycleConfiguration extends Struct<LifecycleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.LifecycleConfiguration")
        .required("Rules")
        .allowed("TransitionDefaultMinimumObjectSize", "varies_by_storage_class",
            "all_storage_classes_128K")
        .build();

    public LifecycleConfiguration() {
      super(SCHEMA);
    }

    /**
     * A lifecycle rule for individual objects in an Amazon S3 bucket.
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

    /**
     * Indicates which default minimum object size behavior is applied to the lifecycle
     * configuration.
     *
     * <p>This parameter applies to general purpose buckets only. It isn't supported for directory
     * bucket lifecycle configurations.
     *
     * <ul> <li><code>all_storage_classes_128K</code> - Objects smaller than 128 KB will not
     * transition to any storage class by default. <li><code>varies_by_storage_class</code> -
     * Objects smaller than 128 KB will transition to Glacier Flexible Retrieval or Glacier Deep
     * Archive storage classes. By default, all other storage classes will prevent transitions
     * smaller than 128 KB. </ul>
     *
     * <p>To customize the minimum object size for any transition you can add a filter that
     * specifies a custom <code>ObjectSizeGreaterThan</code> or <code>ObjectSizeLessThan</code> in
     * the body of your transition rule. Custom filters always take precedence over the default
     * transition behavior.
     *
     * <p>Allowed values: {@code varies_by_storage_class}, {@code all_storage_classes_128K}.
     * CloudFormation property {@code TransitionDefaultMinimumObjectSize}.
     */
    public LifecycleConfiguration transitionDefaultMinimumObjectSize(String value) {
      return set("TransitionDefaultMinimumObjectSize", Value.of(value));
    }

    /**
     * Sets {@code TransitionDefaultMinimumObjectSize} to this value; see {@link
     * #transitionDefaultMinimumObjectSize(String)}.
     */
    public LifecycleConfiguration transitionDefaultMinimumObjectSize(Value<String> value) {
      return set("TransitionDefaultMinimumObjectSize", value);
    }
  }

  /**
   * Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys
   * for a bucket. For examples and more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html">PUT Bucket
   * logging</a> in the <em>Amazon S3 API Reference</em> .
   *
   * <p>To successfully complete the <code>AWS::S3::Bucket LoggingConfiguration</code> request, you
   * must have <code>s3:PutObject</code> and <code>s3:PutObjectAcl</code> in your IAM permissions.
   *
   * <p>Property type {@code AWS::S3::Bucket.LoggingConfiguration}.
   */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.LoggingConfiguration")
        .references("DestinationBucketName", "AWS::S3::Bucket.Ref")
        .build();

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the bucket where Amazon S3 should store server access log files. You can store
     * log files in any bucket that you own. By default, logs are stored in the bucket where the
     * <code>LoggingConfiguration</code> property is defined.
     *
     * <p>CloudFormation property {@code DestinationBucketName}.
     */
    public LoggingConfiguration destinationBucketName(String value) {
      return set("DestinationBucketName", Value.of(value));
    }

    /**
     * Sets {@code DestinationBucketName} to this value; see {@link #destinationBucketName(String)}.
     */
    public LoggingConfiguration destinationBucketName(Value<String> value) {
      return set("DestinationBucketName", value);
    }

    /**
     * Sets {@code DestinationBucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #destinationBucketName(String)}.
     */
    public LoggingConfiguration destinationBucketName(Bucket resource) {
      return set("DestinationBucketName", resource.ref());
    }

    /**
     * A prefix for all log object keys. If you store log files from multiple Amazon S3 buckets in a
     * single bucket, you can use a prefix to distinguish which log files came from which bucket.
     *
     * <p>CloudFormation property {@code LogFilePrefix}.
     */
    public LoggingConfiguration logFilePrefix(String value) {
      return set("LogFilePrefix", Value.of(value));
    }

    /** Sets {@code LogFilePrefix} to this value; see {@link #logFilePrefix(String)}. */
    public LoggingConfiguration logFilePrefix(Value<String> value) {
      return set("LogFilePrefix", value);
    }

    /**
     * Amazon S3 key format for log objects. Only one format, either PartitionedPrefix or
     * SimplePrefix, is allowed.
     *
     * <p>CloudFormation property {@code TargetObjectKeyFormat}.
     */
    public LoggingConfiguration targetObjectKeyFormat(Value<TargetObjectKeyFormat> value) {
      return set("TargetObjectKeyFormat", value);
    }
  }

  /**
   * Creates a V2 Amazon S3 Metadata configuration of a general purpose bucket. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html">Accelerating
   * data discovery with S3 Metadata</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.MetadataConfiguration}.
   */
  public static final class MetadataConfiguration extends Struct<MetadataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.MetadataConfiguration")
        .required("JournalTableConfiguration")
        .build();

    public MetadataConfiguration() {
      super(SCHEMA);
    }

    /**
     * The annotation table configuration for an S3 Metadata configuration. The annotation table
     * tracks all annotations on objects in your bucket so that you can query annotation data at
     * scale. If you've disabled your annotation table configuration and now want to re-enable it,
     * you must first manually delete the old annotation table from your AWS managed table bucket.
     * Otherwise, the newly re-enabled annotation table configuration will enter a failed state
     * because the annotation table already exists in the table bucket.
     *
     * <p>CloudFormation property {@code AnnotationTableConfiguration}.
     */
    public MetadataConfiguration annotationTableConfiguration(Value<AnnotationTableConfiguration> value) {
      return set("AnnotationTableConfiguration", value);
    }

    /**
     * The destination information for the S3 Metadata configuration.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public MetadataConfiguration destination(Value<MetadataDestination> value) {
      return set("Destination", value);
    }

    /**
     * The inventory table configuration for a metadata configuration.
     *
     * <p>CloudFormation property {@code InventoryTableConfiguration}.
     */
    public MetadataConfiguration inventoryTableConfiguration(Value<InventoryTableConfiguration> value) {
      return set("InventoryTableConfiguration", value);
    }

    /**
     * The journal table configuration for a metadata configuration.
     *
     * <p>Required. CloudFormation property {@code JournalTableConfiguration}.
     */
    public MetadataConfiguration journalTableConfiguration(Value<JournalTableConfiguration> value) {
      return set("JournalTableConfiguration", value);
    }
  }

  /**
   * The destination information for the S3 Metadata configuration.
   *
   * <p>Property type {@code AWS::S3::Bucket.MetadataDestination}.
   */
  public static final class MetadataDestination extends Struct<MetadataDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.MetadataDestination")
        .required("TableBucketType")
        .allowed("TableBucketType", "aws", "customer")
        .build();

    public MetadataDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is
     * stored.
     *
     * <p>CloudFormation property {@code TableBucketArn}.
     */
    public MetadataDestination tableBucketArn(String value) {
      return set("TableBucketArn", Value.of(value));
    }

    /** Sets {@code TableBucketArn} to this value; see {@link #tableBucketArn(String)}. */
    public MetadataDestination tableBucketArn(Value<String> value) {
      return set("TableBucketArn", value);
    }

    /**
     * The type of the table bucket where the metadata configuration is stored. The <code>aws</code>
     * value indicates an AWS managed table bucket, and the <code>customer</code> value indicates a
     * customer-managed table bucket. V2 metadata configurations are stored in AWS managed table
     * buckets, and V1 metadata configurations are stored in customer-managed table buckets.
     *
     * <p>Required. Allowed values: {@code aws}, {@code customer}. CloudFormation property {@code
     * TableBucketType}.
     */
    public MetadataDestination tableBucketType(String value) {
      return set("TableBucketType", Value.of(value));
    }

    /** Sets {@code TableBucketType} to this value; see {@link #tableBucketType(String)}. */
    public MetadataDestination tableBucketType(Value<String> value) {
      return set("TableBucketType", value);
    }

    /**
     * The namespace in the table bucket where the metadata tables for a metadata configuration are
     * stored.
     *
     * <p>CloudFormation property {@code TableNamespace}.
     */
    public MetadataDestination tableNamespace(String value) {
      return set("TableNamespace", Value.of(value));
    }

    /** Sets {@code TableNamespace} to this value; see {@link #tableNamespace(String)}. */
    public MetadataDestination tableNamespace(Value<String> value) {
      return set("TableNamespace", value);
    }
  }

  /**
   * We recommend that you create your S3 Metadata configurations by using the V2 <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadataconfiguration.html">MetadataConfiguration</a>
   * resource type. We no longer recommend using the V1 <code>MetadataTableConfiguration</code>
   * resource type. If you created your S3 Metadata configuration before July 15, 2025, we recommend
   * that you delete and re-create your configuration by using the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadataconfiguration.html">MetadataConfiguration</a>
   * resource type so that you can expire journal table records and create a live inventory table.
   *
   * <p>Creates a V1 S3 Metadata configuration for a general purpose bucket. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html">Accelerating
   * data discovery with S3 Metadata</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.MetadataTableConfiguration}.
   */
  public static final class MetadataTableConfiguration extends Struct<MetadataTableConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.MetadataTableConfiguration")
        .required("S3TablesDestination")
        .build();

    public MetadataTableConfiguration() {
      super(SCHEMA);
    }

    /**
     * The destination information for the metadata table configuration. The destination table
     * bucket must be in the same Region and AWS account as the general purpose bucket. The
     * specified metadata table name must be unique within the <code>aws_s3_metadata</code>
     * namespace in the destination table bucket.
     *
     * <p>Required. CloudFormation property {@code S3TablesDestination}.
     */
    public MetadataTableConfiguration s3TablesDestination(Value<S3TablesDestination> value) {
      return set("S3TablesDestination", value);
    }
  }

  /**
   * The encryption settings for an S3 Metadata journal table or inventory table configuration.
   *
   * <p>Property type {@code AWS::S3::Bucket.MetadataTableEncryptionConfiguration}.
   */
  public static final class MetadataTableEncryptionConfiguration extends Struct<MetadataTableEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.MetadataTableEncryptionConfiguration")
        .required("SseAlgorithm")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .allowed("SseAlgorithm", "aws:kms", "AES256")
        .build();

    public MetadataTableEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * If server-side encryption with AWS Key Management Service ( AWS ) keys (SSE-KMS) is
     * specified, you must also specify the KMS key Amazon Resource Name (ARN). You must specify a
     * customer-managed KMS key that's located in the same Region as the general purpose bucket that
     * corresponds to the metadata table configuration.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public MetadataTableEncryptionConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public MetadataTableEncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The encryption type specified for a metadata table. To specify server-side encryption with
     * AWS Key Management Service ( AWS ) keys (SSE-KMS), use the <code>aws:kms</code> value. To
     * specify server-side encryption with Amazon S3 managed keys (SSE-S3), use the
     * <code>AES256</code> value.
     *
     * <p>Required. Allowed values: {@code aws:kms}, {@code AES256}. CloudFormation property {@code
     * SseAlgorithm}.
     */
    public MetadataTableEncryptionConfiguration sseAlgorithm(String value) {
      return set("SseAlgorithm", Value.of(value));
    }

    /** Sets {@code SseAlgorithm} to this value; see {@link #sseAlgorithm(String)}. */
    public MetadataTableEncryptionConfiguration sseAlgorithm(Value<String> value) {
      return set("SseAlgorithm", value);
    }
  }

  /**
   * A container specifying replication metrics-related settings enabling replication metrics and
   * events.
   *
   * <p>Property type {@code AWS::S3::Bucket.Metrics}.
   */
  public static final class Metrics extends Struct<Metrics> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.Metrics")
        .required("Status")
        .allowed("Status", "Disabled", "Enabled")
        .build();

    public Metrics() {
      super(SCHEMA);
    }

    /**
     * A container specifying the time threshold for emitting the
     * <code>s3:Replication:OperationMissedThreshold</code> event.
     *
     * <p>CloudFormation property {@code EventThreshold}.
     */
    public Metrics eventThreshold(Value<ReplicationTimeValue> value) {
      return set("EventThreshold", value);
    }

    /**
     * Specifies whether the replication metrics are enabled.
     *
     * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property
     * {@code Status}.
     */
    public Metrics status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Metrics status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics
   * configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics
   * configuration, note that this is a full replacement of the existing metrics configuration. If
   * you don't include the elements you want to keep, they are erased. For examples, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket.html#aws-properties-s3-bucket--examples">AWS::S3::Bucket</a>
   * . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTMetricConfiguration.html">PUT
   * Bucket metrics</a> in the <em>Amazon S3 API Reference</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.MetricsConfiguration}.
   */
  public static final class MetricsConfiguration extends Struct<MetricsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.MetricsConfiguration")
        .required("Id")
        .build();

    public MetricsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The access point that was used while performing operations on the object. The metrics
     * configuration only includes objects that meet the filter's criteria.
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
     * The ID used to identify the metrics configuration. This can be any value you choose that
     * helps you identify your metrics configuration.
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
     * The prefix that an object must have to be included in the metrics results.
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

    /**
     * Specifies a list of tag filters to use as a metrics configuration filter. The metrics
     * configuration includes only objects that meet the filter's criteria.
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public MetricsConfiguration tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public MetricsConfiguration tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public MetricsConfiguration tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }
  }

  /**
   * Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently
   * deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket
   * that has versioning enabled (or suspended) to request that Amazon S3 delete noncurrent object
   * versions at a specific period in the object's lifetime. For more information about setting a
   * lifecycle rule configuration, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-lifecycleconfig-rule.html">AWS::S3::Bucket
   * Rule</a> .
   *
   * <p>Property type {@code AWS::S3::Bucket.NoncurrentVersionExpiration}.
   */
  public static final class NoncurrentVersionExpiration extends Struct<NoncurrentVersionExpiration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.NoncurrentVersionExpiration")
        .required("NoncurrentDays")
        .build();

    public NoncurrentVersionExpiration() {
      super(SCHEMA);
    }

    /**
     * Specifies how many noncurrent versions Amazon S3 will retain. If there are this many more
     * recent noncurrent versions, Amazon S3 will take the associated action. For more information
     * about noncurrent versions, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html">Lifecycle
     * configuration elements</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>CloudFormation property {@code NewerNoncurrentVersions}.
     */
    public NoncurrentVersionExpiration newerNoncurrentVersions(int value) {
      return set("NewerNoncurrentVersions", Value.of(value));
    }

    /**
     * Sets {@code NewerNoncurrentVersions} to this value; see {@link
     * #newerNoncurrentVersions(int)}.
     */
    public NoncurrentVersionExpiration newerNoncurrentVersions(Value<Integer> value) {
      return set("NewerNoncurrentVersions", value);
    }

    /**
     * Specifies the number of days an object is noncurrent before Amazon S3 can perform the
     * associated action. For information about the noncurrent days calculations, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations">How
     * Amazon S3 Calculates When an Object Became Noncurrent</a> in the <em>Amazon S3 User
     * Guide</em> .
     *
     * <p>Required. CloudFormation property {@code NoncurrentDays}.
     */
    public NoncurrentVersionExpiration noncurrentDays(int value) {
      return set("NoncurrentDays", Value.of(value));
    }

    /** Sets {@code NoncurrentDays} to this value; see {@link #noncurrentDays(int)}. */
    public NoncurrentVersionExpiration noncurrentDays(Value<Integer> value) {
      return set("NoncurrentDays", value);
    }
  }

  /**
   * Container for the transition rule that describes when noncurrent objects transition to the
   * <code>STANDARD_IA</code> , <code>ONEZONE_IA</code> , <code>INTELLIGENT_TIERING</code> ,
   * <code>GLACIER_IR</code> , <code>GLACIER</code> , or <code>DEEP_ARCHIVE</code> storage class. If
   * your bucket is versioning-enabled (or versioning is suspended), you can set this action to
   * request that Amazon S3 transition noncurrent object versions to the <code>STANDARD_IA</code> ,
   * <code>ONEZONE_IA</code> , <code>INTELLIGENT_TIERING</code> , <code>GLACIER_IR</code> ,
   * <code>GLACIER</code> , or <code>DEEP_ARCHIVE</code> storage class at a specific period in the
   * object's lifetime. If you specify this property, don't specify the
   * <code>NoncurrentVersionTransitions</code> property.
   *
   * <p>Property type {@code AWS::S3::Bucket.NoncurrentVersionTransition}.
   */
  public static final class NoncurrentVersionTransition extends Struct<NoncurrentVersionTransition> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.NoncurrentVersionTransition")
        .required("StorageClass", "TransitionInDays")
        .allowed("StorageClass", "DEEP_ARCHIVE", "GLACIER", "Glacier", "GLACIER_IR",
            "INTELLIGENT_TIERING", "ONEZONE_IA", "STANDARD_IA")
        .build();

    public NoncurrentVersionTransition() {
      super(SCHEMA);
    }

    /**
     * Specifies how many noncurrent versions Amazon S3 will retain. If there are this many more
     * recent noncurrent versions, Amazon S3 will take the associated action. For more information
     * about noncurrent versions, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html">Lifecycle
     * configuration elements</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>CloudFormation property {@code NewerNoncurrentVersions}.
     */
    public NoncurrentVersionTransition newerNoncurrentVersions(int value) {
      return set("NewerNoncurrentVersions", Value.of(value));
    }

    /**
     * Sets {@code NewerNoncurrentVersions} to this value; see {@link
     * #newerNoncurrentVersions(int)}.
     */
    public NoncurrentVersionTransition newerNoncurrentVersions(Value<Integer> value) {
      return set("NewerNoncurrentVersions", value);
    }

    /**
     * The class of storage used to store the object.
     *
     * <p>Required. Allowed values: {@code DEEP_ARCHIVE}, {@code GLACIER}, {@code Glacier}, {@code
     * GLACIER_IR}, {@code INTELLIGENT_TIERING}, {@code ONEZONE_IA}, {@code STANDARD_IA}.
     * CloudFormation property {@code StorageClass}.
     */
    public NoncurrentVersionTransition storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public NoncurrentVersionTransition storageClass(Value<String> value) {
      return set("StorageClass", value);
    }

    /**
     * Specifies the number of days an object is noncurrent before Amazon S3 can perform the
     * associated action. For information about the noncurrent days calculations, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations">How
     * Amazon S3 Calculates How Long an Object Has Been Noncurrent</a> in the <em>Amazon S3 User
     * Guide</em> .
     *
     * <p>Required. CloudFormation property {@code TransitionInDays}.
     */
    public NoncurrentVersionTransition transitionInDays(int value) {
      return set("TransitionInDays", Value.of(value));
    }

    /** Sets {@code TransitionInDays} to this value; see {@link #transitionInDays(int)}. */
    public NoncurrentVersionTransition transitionInDays(Value<Integer> value) {
      return set("TransitionInDays", value);
    }
  }

  /**
   * Describes the notification configuration for an Amazon S3 bucket.
   *
   * <p>If you create the target resource and related permissions in the same template, you might
   * have a circular dependency. For example, you might use the <code>AWS::Lambda::Permission</code>
   * resource to grant the bucket permission to invoke an AWS Lambda function. However, AWS
   * CloudFormation can't create the bucket until the bucket has permission to invoke the function (
   * AWS CloudFormation checks whether the bucket can invoke the function). If you're using Refs to
   * pass the bucket name, this leads to a circular dependency. To avoid this dependency, you can
   * create all resources without specifying the notification configuration. Then, update the stack
   * with a notification configuration. For more information on permissions, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html">AWS::Lambda::Permission</a>
   * and <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html#grant-destinations-permissions-to-s3">Granting
   * Permissions to Publish Event Notification Messages to a Destination</a> .
   *
   * <p>Property type {@code AWS::S3::Bucket.NotificationConfiguration}.
   */
  public static final class NotificationConfiguration extends Struct<NotificationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.NotificationConfiguration");

    public NotificationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables delivery of events to Amazon EventBridge.
     *
     * <p>CloudFormation property {@code EventBridgeConfiguration}.
     */
    public NotificationConfiguration eventBridgeConfiguration(Value<EventBridgeConfiguration> value) {
      return set("EventBridgeConfiguration", value);
    }

    /**
     * Describes the AWS Lambda functions to invoke and the events for which to invoke them.
     *
     * <p>CloudFormation property {@code LambdaConfigurations}.
     */
    public NotificationConfiguration lambdaConfigurations(List<LambdaConfiguration> value) {
      return set("LambdaConfigurations", Value.listOf(value));
    }

    /** Sets {@code LambdaConfigurations} to this value; see {@link #lambdaConfigurations(List)}. */
    public NotificationConfiguration lambdaConfigurations(Value<List<LambdaConfiguration>> value) {
      return set("LambdaConfigurations", value);
    }

    /**
     * Sets {@code LambdaConfigurations} to a list of these; see {@link
     * #lambdaConfigurations(List)}.
     */
    public NotificationConfiguration lambdaConfigurations(LambdaConfiguration... values) {
      return set("LambdaConfigurations", Value.list(values));
    }

    /**
     * The Amazon Simple Queue Service queues to publish messages to and the events for which to
     * publish messages.
     *
     * <p>CloudFormation property {@code QueueConfigurations}.
     */
    public NotificationConfiguration queueConfigurations(List<QueueConfiguration> value) {
      return set("QueueConfigurations", Value.listOf(value));
    }

    /** Sets {@code QueueConfigurations} to this value; see {@link #queueConfigurations(List)}. */
    public NotificationConfiguration queueConfigurations(Value<List<QueueConfiguration>> value) {
      return set("QueueConfigurations", value);
    }

    /**
     * Sets {@code QueueConfigurations} to a list of these; see {@link #queueConfigurations(List)}.
     */
    public NotificationConfiguration queueConfigurations(QueueConfiguration... values) {
      return set("QueueConfigurations", Value.list(values));
    }

    /**
     * The topic to which notifications are sent and the events for which notifications are
     * generated.
     *
     * <p>CloudFormation property {@code TopicConfigurations}.
     */
    public NotificationConfiguration topicConfigurations(List<TopicConfiguration> value) {
      return set("TopicConfigurations", Value.listOf(value));
    }

    /** Sets {@code TopicConfigurations} to this value; see {@link #topicConfigurations(List)}. */
    public NotificationConfiguration topicConfigurations(Value<List<TopicConfiguration>> value) {
      return set("TopicConfigurations", value);
    }

    /**
     * Sets {@code TopicConfigurations} to a list of these; see {@link #topicConfigurations(List)}.
     */
    public NotificationConfiguration topicConfigurations(TopicConfiguration... values) {
      return set("TopicConfigurations", Value.list(values));
    }
  }

  /**
   * Specifies object key name filtering rules. For information about key name filtering, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html">Configuring
   * event notifications using object key name filtering</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.NotificationFilter}.
   */
  public static final class NotificationFilter extends Struct<NotificationFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.NotificationFilter")
        .required("S3Key")
        .build();

    public NotificationFilter() {
      super(SCHEMA);
    }

    /**
     * A container for object key name prefix and suffix filtering rules.
     *
     * <p>Required. CloudFormation property {@code S3Key}.
     */
    public NotificationFilter s3Key(Value<S3KeyFilter> value) {
      return set("S3Key", value);
    }
  }

  /**
   * Places an Object Lock configuration on the specified bucket. The rule specified in the Object
   * Lock configuration will be applied by default to every new object placed in the specified
   * bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html">Locking Objects</a> .
   *
   * <p>Property type {@code AWS::S3::Bucket.ObjectLockConfiguration}.
   */
  public static final class ObjectLockConfiguration extends Struct<ObjectLockConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ObjectLockConfiguration")
        .allowed("ObjectLockEnabled", "Enabled")
        .build();

    public ObjectLockConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether this bucket has an Object Lock configuration enabled. Enable
     * <code>ObjectLockEnabled</code> when you apply <code>ObjectLockConfiguration</code> to a
     * bucket.
     *
     * <p>Allowed values: {@code Enabled}. CloudFormation property {@code ObjectLockEnabled}.
     */
    public ObjectLockConfiguration objectLockEnabled(String value) {
      return set("ObjectLockEnabled", Value.of(value));
    }

    /** Sets {@code ObjectLockEnabled} to this value; see {@link #objectLockEnabled(String)}. */
    public ObjectLockConfiguration objectLockEnabled(Value<String> value) {
      return set("ObjectLockEnabled", value);
    }

    /**
     * Specifies the Object Lock rule for the specified object. Enable this rule when you apply
     * <code>ObjectLockConfiguration</code> to a bucket. If Object Lock is turned on, bucket
     * settings require both <code>Mode</code> and a period of either <code>Days</code> or
     * <code>Years</code> . You cannot specify <code>Days</code> and <code>Years</code> at the same
     * time. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-objectlockrule.html">ObjectLockRule</a>
     * and <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-defaultretention.html">DefaultRetention</a>
     * .
     *
     * <p>CloudFormation property {@code Rule}.
     */
    public ObjectLockConfiguration rule(Value<ObjectLockRule> value) {
      return set("Rule", value);
    }
  }

  /**
   * Specifies the Object Lock rule for the specified object. Enable the this rule when you apply
   * <code>ObjectLockConfiguration</code> to a bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.ObjectLockRule}.
   */
  public static final class ObjectLockRule extends Struct<ObjectLockRule> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.ObjectLockRule");

    public ObjectLockRule() {
      super(SCHEMA);
    }

    /**
     * The default Object Lock retention mode and period that you want to apply to new objects
     * placed in the specified bucket. If Object Lock is turned on, bucket settings require both
     * <code>Mode</code> and a period of either <code>Days</code> or <code>Years</code> . You cannot
     * specify <code>Days</code> and <code>Years</code> at the same time. For more information about
     * allowable values for mode and period, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-defaultretention.html">DefaultRetention</a>
     * .
     *
     * <p>CloudFormation property {@code DefaultRetention}.
     */
    public ObjectLockRule defaultRetention(Value<DefaultRetention> value) {
      return set("DefaultRetention", value);
    }
  }

  /**
   * Specifies the container element for Object Ownership rules.
   *
   * <p>S3 Object Ownership is an Amazon S3 bucket-level setting that you can use to disable access
   * control lists (ACLs) and take ownership of every object in your bucket, simplifying access
   * management for data stored in Amazon S3. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html">Controlling
   * ownership of objects and disabling ACLs</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.OwnershipControls}.
   */
  public static final class OwnershipControls extends Struct<OwnershipControls> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.OwnershipControls")
        .required("Rules")
        .build();

    public OwnershipControls() {
      super(SCHEMA);
    }

    /**
     * Specifies the container element for Object Ownership rules.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public OwnershipControls rules(List<OwnershipControlsRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public OwnershipControls rules(Value<List<OwnershipControlsRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public OwnershipControls rules(OwnershipControlsRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * Specifies an Object Ownership rule.
   *
   * <p>S3 Object Ownership is an Amazon S3 bucket-level setting that you can use to disable access
   * control lists (ACLs) and take ownership of every object in your bucket, simplifying access
   * management for data stored in Amazon S3. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html">Controlling
   * ownership of objects and disabling ACLs</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.OwnershipControlsRule}.
   */
  public static final class OwnershipControlsRule extends Struct<OwnershipControlsRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.OwnershipControlsRule")
        .allowed("ObjectOwnership", "ObjectWriter", "BucketOwnerPreferred", "BucketOwnerEnforced")
        .build();

    public OwnershipControlsRule() {
      super(SCHEMA);
    }

    /**
     * Specifies an object ownership rule.
     *
     * <p>Allowed values: {@code ObjectWriter}, {@code BucketOwnerPreferred}, {@code
     * BucketOwnerEnforced}. CloudFormation property {@code ObjectOwnership}.
     */
    public OwnershipControlsRule objectOwnership(String value) {
      return set("ObjectOwnership", Value.of(value));
    }

    /** Sets {@code ObjectOwnership} to this value; see {@link #objectOwnership(String)}. */
    public OwnershipControlsRule objectOwnership(Value<String> value) {
      return set("ObjectOwnership", value);
    }
  }

  /**
   * Amazon S3 keys for log objects are partitioned in the following format:
   *
   * <p><code>[DestinationPrefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]</code>
   *
   * <p>PartitionedPrefix defaults to EventTime delivery when server access logs are delivered.
   *
   * <p>Property type {@code AWS::S3::Bucket.PartitionedPrefix}.
   */
  public static final class PartitionedPrefix extends Struct<PartitionedPrefix> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.PartitionedPrefix")
        .allowed("PartitionDateSource", "EventTime", "DeliveryTime")
        .build();

    public PartitionedPrefix() {
      super(SCHEMA);
    }

    /**
     * Specifies the partition date source for the partitioned prefix.
     * <code>PartitionDateSource</code> can be <code>EventTime</code> or <code>DeliveryTime</code> .
     *
     * <p>For <code>DeliveryTime</code> , the time in the log file names corresponds to the delivery
     * time for the log files.
     *
     * <p>For <code>EventTime</code> , The logs delivered are for a specific day only. The year,
     * month, and day correspond to the day on which the event occurred, and the hour, minutes and
     * seconds are set to 00 in the key.
     *
     * <p>Allowed values: {@code EventTime}, {@code DeliveryTime}. CloudFormation property {@code
     * PartitionDateSource}.
     */
    public PartitionedPrefix partitionDateSource(String value) {
      return set("PartitionDateSource", Value.of(value));
    }

    /** Sets {@code PartitionDateSource} to this value; see {@link #partitionDateSource(String)}. */
    public PartitionedPrefix partitionDateSource(Value<String> value) {
      return set("PartitionDateSource", value);
    }
  }

  /**
   * The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can
   * enable the configuration options in any combination. Bucket-level settings work alongside
   * account-level settings (which may inherit from organization-level policies). For more
   * information about when Amazon S3 considers a bucket or object public, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status">The
   * Meaning of "Public"</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.PublicAccessBlockConfiguration}.
   */
  public static final class PublicAccessBlockConfiguration extends Struct<PublicAccessBlockConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.PublicAccessBlockConfiguration");

    public PublicAccessBlockConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket
     * and objects in this bucket. Setting this element to <code>TRUE</code> causes the following
     * behavior:
     *
     * <ul> <li>PUT Bucket ACL and PUT Object ACL calls fail if the specified ACL is public. <li>PUT
     * Object calls fail if the request includes a public ACL. <li>PUT Bucket calls fail if the
     * request includes a public ACL. </ul>
     *
     * <p>Enabling this setting doesn't affect existing policies or ACLs.
     *
     * <p>CloudFormation property {@code BlockPublicAcls}.
     */
    public PublicAccessBlockConfiguration blockPublicAcls(boolean value) {
      return set("BlockPublicAcls", Value.of(value));
    }

    /** Sets {@code BlockPublicAcls} to this value; see {@link #blockPublicAcls(boolean)}. */
    public PublicAccessBlockConfiguration blockPublicAcls(Value<Boolean> value) {
      return set("BlockPublicAcls", value);
    }

    /**
     * Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this
     * element to <code>TRUE</code> causes Amazon S3 to reject calls to PUT Bucket policy if the
     * specified bucket policy allows public access.
     *
     * <p>Enabling this setting doesn't affect existing bucket policies.
     *
     * <p>CloudFormation property {@code BlockPublicPolicy}.
     */
    public PublicAccessBlockConfiguration blockPublicPolicy(boolean value) {
      return set("BlockPublicPolicy", Value.of(value));
    }

    /** Sets {@code BlockPublicPolicy} to this value; see {@link #blockPublicPolicy(boolean)}. */
    public PublicAccessBlockConfiguration blockPublicPolicy(Value<Boolean> value) {
      return set("BlockPublicPolicy", value);
    }

    /**
     * Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this
     * bucket. Setting this element to <code>TRUE</code> causes Amazon S3 to ignore all public ACLs
     * on this bucket and objects in this bucket.
     *
     * <p>Enabling this setting doesn't affect the persistence of any existing ACLs and doesn't
     * prevent new public ACLs from being set.
     *
     * <p>CloudFormation property {@code IgnorePublicAcls}.
     */
    public PublicAccessBlockConfiguration ignorePublicAcls(boolean value) {
      return set("IgnorePublicAcls", Value.of(value));
    }

    /** Sets {@code IgnorePublicAcls} to this value; see {@link #ignorePublicAcls(boolean)}. */
    public PublicAccessBlockConfiguration ignorePublicAcls(Value<Boolean> value) {
      return set("IgnorePublicAcls", value);
    }

    /**
     * Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting
     * this element to <code>TRUE</code> restricts access to this bucket to only AWS service
     * principals and authorized users within this account if the bucket has a public policy.
     *
     * <p>Enabling this setting doesn't affect previously stored bucket policies, except that public
     * and cross-account access within any public bucket policy, including non-public delegation to
     * specific accounts, is blocked.
     *
     * <p>CloudFormation property {@code RestrictPublicBuckets}.
     */
    public PublicAccessBlockConfiguration restrictPublicBuckets(boolean value) {
      return set("RestrictPublicBuckets", Value.of(value));
    }

    /**
     * Sets {@code RestrictPublicBuckets} to this value; see {@link
     * #restrictPublicBuckets(boolean)}.
     */
    public PublicAccessBlockConfiguration restrictPublicBuckets(Value<Boolean> value) {
      return set("RestrictPublicBuckets", value);
    }
  }

  /**
   * Specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon
   * SQS) queue when Amazon S3 detects specified events.
   *
   * <p>Property type {@code AWS::S3::Bucket.QueueConfiguration}.
   */
  public static final class QueueConfiguration extends Struct<QueueConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.QueueConfiguration")
        .required("Event", "Queue")
        .references("Queue", "AWS::SQS::Queue.Arn")
        .build();

    public QueueConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket event about which you want to publish messages to Amazon SQS. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html">Supported Event
     * Types</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Event}.
     */
    public QueueConfiguration event(String value) {
      return set("Event", Value.of(value));
    }

    /** Sets {@code Event} to this value; see {@link #event(String)}. */
    public QueueConfiguration event(Value<String> value) {
      return set("Event", value);
    }

    /**
     * The filtering rules that determine which objects trigger notifications. For example, you can
     * create a filter so that Amazon S3 sends notifications only when image files with a
     * <code>.jpg</code> extension are added to the bucket. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/user-guide/notification-how-to-filtering.html">Configuring
     * event notifications using object key name filtering</a> in the <em>Amazon S3 User Guide</em>
     * .
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public QueueConfiguration filter(Value<NotificationFilter> value) {
      return set("Filter", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message
     * when it detects events of the specified type. FIFO queues are not allowed when enabling an
     * SQS queue as the event notification destination.
     *
     * <p>Required. CloudFormation property {@code Queue}.
     */
    public QueueConfiguration queue(String value) {
      return set("Queue", Value.of(value));
    }

    /** Sets {@code Queue} to this value; see {@link #queue(String)}. */
    public QueueConfiguration queue(Value<String> value) {
      return set("Queue", value);
    }

    /** Sets {@code Queue} to the Arn of {@code AWS::SQS::Queue}; see {@link #queue(String)}. */
    public QueueConfiguration queue(Queue resource) {
      return set("Queue", resource.arn());
    }
  }

  /**
   * The journal table record expiration settings for a journal table in an S3 Metadata
   * configuration.
   *
   * <p>Property type {@code AWS::S3::Bucket.RecordExpiration}.
   */
  public static final class RecordExpiration extends Struct<RecordExpiration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.RecordExpiration")
        .required("Expiration")
        .allowed("Expiration", "ENABLED", "DISABLED")
        .build();

    public RecordExpiration() {
      super(SCHEMA);
    }

    /**
     * If you enable journal table record expiration, you can set the number of days to retain your
     * journal table records. Journal table records must be retained for a minimum of 7 days. To set
     * this value, specify any whole number from <code>7</code> to <code>2147483647</code> . For
     * example, to retain your journal table records for one year, set this value to
     * <code>365</code> .
     *
     * <p>CloudFormation property {@code Days}.
     */
    public RecordExpiration days(int value) {
      return set("Days", Value.of(value));
    }

    /** Sets {@code Days} to this value; see {@link #days(int)}. */
    public RecordExpiration days(Value<Integer> value) {
      return set("Days", value);
    }

    /**
     * Specifies whether journal table record expiration is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Expiration}.
     */
    public RecordExpiration expiration(String value) {
      return set("Expiration", Value.of(value));
    }

    /** Sets {@code Expiration} to this value; see {@link #expiration(String)}. */
    public RecordExpiration expiration(Value<String> value) {
      return set("Expiration", value);
    }
  }

  /**
   * Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.RedirectAllRequestsTo}.
   */
  public static final class RedirectAllRequestsTo extends Struct<RedirectAllRequestsTo> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.RedirectAllRequestsTo")
        .required("HostName")
        .allowed("Protocol", "http", "https")
        .build();

    public RedirectAllRequestsTo() {
      super(SCHEMA);
    }

    /**
     * Name of the host where requests are redirected.
     *
     * <p>Required. CloudFormation property {@code HostName}.
     */
    public RedirectAllRequestsTo hostName(String value) {
      return set("HostName", Value.of(value));
    }

    /** Sets {@code HostName} to this value; see {@link #hostName(String)}. */
    public RedirectAllRequestsTo hostName(Value<String> value) {
      return set("HostName", value);
    }

    /**
     * Protocol to use when redirecting requests. The default is the protocol that is used in the
     * original request.
     *
     * <p>Allowed values: {@code http}, {@code https}. CloudFormation property {@code Protocol}.
     */
    public RedirectAllRequestsTo protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public RedirectAllRequestsTo protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * Specifies how requests are redirected. In the event of an error, you can specify a different
   * error code to return.
   *
   * <p>Property type {@code AWS::S3::Bucket.RedirectRule}.
   */
  public static final class RedirectRule extends Struct<RedirectRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.RedirectRule")
        .allowed("Protocol", "http", "https")
        .build();

    public RedirectRule() {
      super(SCHEMA);
    }

    /**
     * The host name to use in the redirect request.
     *
     * <p>CloudFormation property {@code HostName}.
     */
    public RedirectRule hostName(String value) {
      return set("HostName", Value.of(value));
    }

    /** Sets {@code HostName} to this value; see {@link #hostName(String)}. */
    public RedirectRule hostName(Value<String> value) {
      return set("HostName", value);
    }

    /**
     * The HTTP redirect code to use on the response. Not required if one of the siblings is
     * present.
     *
     * <p>CloudFormation property {@code HttpRedirectCode}.
     */
    public RedirectRule httpRedirectCode(String value) {
      return set("HttpRedirectCode", Value.of(value));
    }

    /** Sets {@code HttpRedirectCode} to this value; see {@link #httpRedirectCode(String)}. */
    public RedirectRule httpRedirectCode(Value<String> value) {
      return set("HttpRedirectCode", value);
    }

    /**
     * Protocol to use when redirecting requests. The default is the protocol that is used in the
     * original request.
     *
     * <p>Allowed values: {@code http}, {@code https}. CloudFormation property {@code Protocol}.
     */
    public RedirectRule protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public RedirectRule protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The object key prefix to use in the redirect request. For example, to redirect requests for
     * all pages with prefix <code>docs/</code> (objects in the <code>docs/</code> folder) to
     * <code>documents/</code> , you can set a condition block with <code>KeyPrefixEquals</code> set
     * to <code>docs/</code> and in the Redirect set <code>ReplaceKeyPrefixWith</code> to
     * <code>/documents</code> . Not required if one of the siblings is present. Can be present only
     * if <code>ReplaceKeyWith</code> is not provided.
     *
     * <p>Replacement must be made for object keys containing special characters (such as carriage
     * returns) when using XML requests. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints">XML
     * related object key constraints</a> .
     *
     * <p>CloudFormation property {@code ReplaceKeyPrefixWith}.
     */
    public RedirectRule replaceKeyPrefixWith(String value) {
      return set("ReplaceKeyPrefixWith", Value.of(value));
    }

    /**
     * Sets {@code ReplaceKeyPrefixWith} to this value; see {@link #replaceKeyPrefixWith(String)}.
     */
    public RedirectRule replaceKeyPrefixWith(Value<String> value) {
      return set("ReplaceKeyPrefixWith", value);
    }

    /**
     * The specific object key to use in the redirect request. For example, redirect request to
     * <code>error.html</code> . Not required if one of the siblings is present. Can be present only
     * if <code>ReplaceKeyPrefixWith</code> is not provided.
     *
     * <p>Replacement must be made for object keys containing special characters (such as carriage
     * returns) when using XML requests. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints">XML
     * related object key constraints</a> .
     *
     * <p>CloudFormation property {@code ReplaceKeyWith}.
     */
    public RedirectRule replaceKeyWith(String value) {
      return set("ReplaceKeyWith", Value.of(value));
    }

    /** Sets {@code ReplaceKeyWith} to this value; see {@link #replaceKeyWith(String)}. */
    public RedirectRule replaceKeyWith(Value<String> value) {
      return set("ReplaceKeyWith", value);
    }
  }

  /**
   * A filter that you can specify for selection for modifications on replicas.
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicaModifications}.
   */
  public static final class ReplicaModifications extends Struct<ReplicaModifications> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ReplicaModifications")
        .required("Status")
        .allowed("Status", "Enabled", "Disabled")
        .build();

    public ReplicaModifications() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 replicates modifications on replicas.
     *
     * <p><em>Allowed values</em> : <code>Enabled</code> | <code>Disabled</code>
     *
     * <p>Required. Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property
     * {@code Status}.
     */
    public ReplicaModifications status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ReplicaModifications status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A container for replication rules. You can add up to 1,000 rules. The maximum size of a
   * replication configuration is 2 MB. The latest version of the replication configuration XML is
   * V2. For more information about XML V2 replication configurations, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-add-config.html">Replication
   * configuration</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationConfiguration}.
   */
  public static final class ReplicationConfiguration extends Struct<ReplicationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ReplicationConfiguration")
        .required("Role", "Rules")
        .references("Role", "AWS::IAM::Role.Arn")
        .build();

    public ReplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role that
     * Amazon S3 assumes when replicating objects. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-how-setup.html">How to Set
     * Up Replication</a> in the <em>Amazon S3 User Guide</em> .
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

    /** Sets {@code Role} to the Arn of {@code AWS::IAM::Role}; see {@link #role(String)}. */
    public ReplicationConfiguration role(Role resource) {
      return set("Role", resource.arn());
    }

    /**
     * A container for one or more replication rules. A replication configuration must have at least
     * one rule and can contain a maximum of 1,000 rules.
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
   * A container for information about the replication destination and its configurations including
   * enabling the S3 Replication Time Control (S3 RTC).
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationDestination}.
   */
  public static final class ReplicationDestination extends Struct<ReplicationDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ReplicationDestination")
        .required("Bucket")
        .references("Bucket", "AWS::S3::Bucket.Arn")
        .allowed("StorageClass", "DEEP_ARCHIVE", "GLACIER", "GLACIER_IR", "INTELLIGENT_TIERING",
            "ONEZONE_IA", "REDUCED_REDUNDANCY", "STANDARD", "STANDARD_IA")
        .build();

    public ReplicationDestination() {
      super(SCHEMA);
    }

    /**
     * Specify this only in a cross-account scenario (where source and destination bucket owners are
     * not the same), and you want to change replica ownership to the AWS account that owns the
     * destination bucket. If this is not specified in the replication configuration, the replicas
     * are owned by same AWS account that owns the source object.
     *
     * <p>CloudFormation property {@code AccessControlTranslation}.
     */
    public ReplicationDestination accessControlTranslation(Value<AccessControlTranslation> value) {
      return set("AccessControlTranslation", value);
    }

    /**
     * Destination bucket owner account ID. In a cross-account scenario, if you direct Amazon S3 to
     * change replica ownership to the AWS account that owns the destination bucket by specifying
     * the <code>AccessControlTranslation</code> property, this is the account ID of the destination
     * bucket owner. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/crr-change-owner.html">Cross-Region
     * Replication Additional Configuration: Change Replica Owner</a> in the <em>Amazon S3 User
     * Guide</em> .
     *
     * <p>If you specify the <code>AccessControlTranslation</code> property, the
     * <code>Account</code> property is required.
     *
     * <p>CloudFormation property {@code Account}.
     */
    public ReplicationDestination account(String value) {
      return set("Account", Value.of(value));
    }

    /** Sets {@code Account} to this value; see {@link #account(String)}. */
    public ReplicationDestination account(Value<String> value) {
      return set("Account", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the bucket where you want Amazon S3 to store the results.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public ReplicationDestination bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public ReplicationDestination bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Sets {@code Bucket} to the Arn of {@code AWS::S3::Bucket}; see {@link #bucket(String)}. */
    public ReplicationDestination bucket(Bucket resource) {
      return set("Bucket", resource.arn());
    }

    /**
     * Specifies encryption-related information.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public ReplicationDestination encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * A container specifying replication metrics-related settings enabling replication metrics and
     * events.
     *
     * <p>CloudFormation property {@code Metrics}.
     */
    public ReplicationDestination metrics(Value<Metrics> value) {
      return set("Metrics", value);
    }

    /**
     * A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is
     * enabled and the time when all objects and operations on objects must be replicated. Must be
     * specified together with a <code>Metrics</code> block.
     *
     * <p>CloudFormation property {@code ReplicationTime}.
     */
    public ReplicationDestination replicationTime(Value<ReplicationTime> value) {
      return set("ReplicationTime", value);
    }

    /**
     * The storage class to use when replicating objects, such as S3 Standard or reduced redundancy.
     * By default, Amazon S3 uses the storage class of the source object to create the object
     * replica.
     *
     * <p>For valid values, see the <code>StorageClass</code> element of the <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html">PUT
     * Bucket replication</a> action in the <em>Amazon S3 API Reference</em> .
     *
     * <p><code>FSX_OPENZFS</code> is not an accepted value when replicating objects.
     *
     * <p>Allowed values: {@code DEEP_ARCHIVE}, {@code GLACIER}, {@code GLACIER_IR}, {@code
     * INTELLIGENT_TIERING}, {@code ONEZONE_IA}, {@code REDUCED_REDUNDANCY}, {@code STANDARD},
     * {@code STANDARD_IA}. CloudFormation property {@code StorageClass}.
     */
    public ReplicationDestination storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public ReplicationDestination storageClass(Value<String> value) {
      return set("StorageClass", value);
    }
  }

  /**
   * Specifies which Amazon S3 objects to replicate and where to store the replicas.
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationRule}.
   */
  public static final class ReplicationRule extends Struct<ReplicationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ReplicationRule")
        .required("Destination", "Status")
        .constrain("Id", Constraint.of().maxLength(255))
        .constrain("Prefix", Constraint.of().maxLength(1024))
        .allowed("Status", "Disabled", "Enabled")
        .build();

    public ReplicationRule() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 replicates delete markers. If you specify a <code>Filter</code>
     * in your replication configuration, you must also include a
     * <code>DeleteMarkerReplication</code> element. If your <code>Filter</code> includes a
     * <code>Tag</code> element, the <code>DeleteMarkerReplication</code> <code>Status</code> must
     * be set to Disabled, because Amazon S3 does not support replicating delete markers for
     * tag-based rules. For an example configuration, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config">Basic
     * Rule Configuration</a> .
     *
     * <p>For more information about delete marker replication, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/delete-marker-replication.html">Basic
     * Rule Configuration</a> .
     *
     * <p>If you are using an earlier version of the replication configuration, Amazon S3 handles
     * replication of delete markers differently. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-backward-compat-considerations">Backward
     * Compatibility</a> .
     *
     * <p>CloudFormation property {@code DeleteMarkerReplication}.
     */
    public ReplicationRule deleteMarkerReplication(Value<DeleteMarkerReplication> value) {
      return set("DeleteMarkerReplication", value);
    }

    /**
     * A container for information about the replication destination and its configurations
     * including enabling the S3 Replication Time Control (S3 RTC).
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public ReplicationRule destination(Value<ReplicationDestination> value) {
      return set("Destination", value);
    }

    /**
     * A filter that identifies the subset of objects to which the replication rule applies. A
     * <code>Filter</code> must specify exactly one <code>Prefix</code> , <code>TagFilter</code> ,
     * or an <code>And</code> child element. The use of the filter field indicates that this is a V2
     * replication configuration. This field isn't supported in a V1 replication configuration.
     *
     * <p>V1 replication configuration only supports filtering by key prefix. To filter using a V1
     * replication configuration, add the <code>Prefix</code> directly as a child element of the
     * <code>Rule</code> element.
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public ReplicationRule filter(Value<ReplicationRuleFilter> value) {
      return set("Filter", value);
    }

    /**
     * A unique identifier for the rule. The maximum value is 255 characters. If you don't specify a
     * value, AWS CloudFormation generates a random ID. When using a V2 replication configuration
     * this property is capitalized as "ID".
     *
     * <p>Length: at most 255 characters. CloudFormation property {@code Id}.
     */
    public ReplicationRule id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ReplicationRule id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * An object key name prefix that identifies the object or objects to which the rule applies.
     * The maximum prefix length is 1,024 characters. To include all objects in a bucket, specify an
     * empty string. To filter using a V1 replication configuration, add the <code>Prefix</code>
     * directly as a child element of the <code>Rule</code> element.
     *
     * <p>Replacement must be made for object keys containing special characters (such as carriage
     * returns) when using XML requests. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints">XML
     * related object key constraints</a> .
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code Prefix}.
     */
    public ReplicationRule prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public ReplicationRule prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The priority indicates which rule has precedence whenever two or more replication rules
     * conflict. Amazon S3 will attempt to replicate objects according to all replication rules.
     * However, if there are two or more rules with the same destination bucket, then objects will
     * be replicated according to the rule with the highest priority. The higher the number, the
     * higher the priority.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/replication.html">Replication</a> in
     * the <em>Amazon S3 User Guide</em> .
     *
     * <p>CloudFormation property {@code Priority}.
     */
    public ReplicationRule priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public ReplicationRule priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * A container that describes additional filters for identifying the source objects that you
     * want to replicate. You can choose to enable or disable the replication of these objects.
     *
     * <p>CloudFormation property {@code SourceSelectionCriteria}.
     */
    public ReplicationRule sourceSelectionCriteria(Value<SourceSelectionCriteria> value) {
      return set("SourceSelectionCriteria", value);
    }

    /**
     * Specifies whether the rule is enabled.
     *
     * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property
     * {@code Status}.
     */
    public ReplicationRule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ReplicationRule status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A container for specifying rule filters. The filters determine the subset of objects to which
   * the rule applies. This element is required only if you specify more than one filter.
   *
   * <p>For example:
   *
   * <ul> <li>If you specify both a <code>Prefix</code> and a <code>TagFilter</code> , wrap these
   * filters in an <code>And</code> tag. <li>If you specify a filter based on multiple tags, wrap
   * the <code>TagFilter</code> elements in an <code>And</code> tag </ul>
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationRuleAndOperator}.
   */
  public static final class ReplicationRuleAndOperator extends Struct<ReplicationRuleAndOperator> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.ReplicationRuleAndOperator");

    public ReplicationRuleAndOperator() {
      super(SCHEMA);
    }

    /**
     * An object key name prefix that identifies the subset of objects to which the rule applies.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public ReplicationRuleAndOperator prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public ReplicationRuleAndOperator prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * An array of tags containing key and value pairs.
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public ReplicationRuleAndOperator tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public ReplicationRuleAndOperator tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public ReplicationRuleAndOperator tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }
  }

  /**
   * A filter that identifies the subset of objects to which the replication rule applies. A
   * <code>Filter</code> must specify exactly one <code>Prefix</code> , <code>TagFilter</code> , or
   * an <code>And</code> child element.
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationRuleFilter}.
   */
  public static final class ReplicationRuleFilter extends Struct<ReplicationRuleFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.ReplicationRuleFilter");

    public ReplicationRuleFilter() {
      super(SCHEMA);
    }

    /**
     * A container for specifying rule filters. The filters determine the subset of objects to which
     * the rule applies. This element is required only if you specify more than one filter. For
     * example:
     *
     * <ul> <li>If you specify both a <code>Prefix</code> and a <code>TagFilter</code> , wrap these
     * filters in an <code>And</code> tag. <li>If you specify a filter based on multiple tags, wrap
     * the <code>TagFilter</code> elements in an <code>And</code> tag. </ul>
     *
     * <p>CloudFormation property {@code And}.
     */
    public ReplicationRuleFilter and(Value<ReplicationRuleAndOperator> value) {
      return set("And", value);
    }

    /**
     * An object key name prefix that identifies the subset of objects to which the rule applies.
     *
     * <p>Replacement must be made for object keys containing special characters (such as carriage
     * returns) when using XML requests. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints">XML
     * related object key constraints</a> .
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public ReplicationRuleFilter prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public ReplicationRuleFilter prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * A container for specifying a tag key and value.
     *
     * <p>The rule applies only to objects that have the tag in their tag set.
     *
     * <p>CloudFormation property {@code TagFilter}.
     */
    public ReplicationRuleFilter tagFilter(Value<TagFilter> value) {
      return set("TagFilter", value);
    }
  }

  /**
   * A container specifying S3 Replication Time Control (S3 RTC) related information, including
   * whether S3 RTC is enabled and the time when all objects and operations on objects must be
   * replicated. Must be specified together with a <code>Metrics</code> block.
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationTime}.
   */
  public static final class ReplicationTime extends Struct<ReplicationTime> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ReplicationTime")
        .required("Status", "Time")
        .allowed("Status", "Disabled", "Enabled")
        .build();

    public ReplicationTime() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the replication time is enabled.
     *
     * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property
     * {@code Status}.
     */
    public ReplicationTime status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ReplicationTime status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * A container specifying the time by which replication should be complete for all objects and
     * operations on objects.
     *
     * <p>Required. CloudFormation property {@code Time}.
     */
    public ReplicationTime time(Value<ReplicationTimeValue> value) {
      return set("Time", value);
    }
  }

  /**
   * A container specifying the time value for S3 Replication Time Control (S3 RTC) and replication
   * metrics <code>EventThreshold</code> .
   *
   * <p>Property type {@code AWS::S3::Bucket.ReplicationTimeValue}.
   */
  public static final class ReplicationTimeValue extends Struct<ReplicationTimeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ReplicationTimeValue")
        .required("Minutes")
        .build();

    public ReplicationTimeValue() {
      super(SCHEMA);
    }

    /**
     * Contains an integer specifying time in minutes.
     *
     * <p>Valid value: 15
     *
     * <p>Required. CloudFormation property {@code Minutes}.
     */
    public ReplicationTimeValue minutes(int value) {
      return set("Minutes", Value.of(value));
    }

    /** Sets {@code Minutes} to this value; see {@link #minutes(int)}. */
    public ReplicationTimeValue minutes(Value<Integer> value) {
      return set("Minutes", value);
    }
  }

  /**
   * Specifies the redirect behavior and when a redirect is applied. For more information about
   * routing rules, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/how-to-page-redirect.html#advanced-conditional-redirects">Configuring
   * advanced conditional redirects</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.RoutingRule}.
   */
  public static final class RoutingRule extends Struct<RoutingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.RoutingRule")
        .required("RedirectRule")
        .build();

    public RoutingRule() {
      super(SCHEMA);
    }

    /**
     * Container for redirect information. You can redirect requests to another host, to another
     * page, or with another protocol. In the event of an error, you can specify a different error
     * code to return.
     *
     * <p>Required. CloudFormation property {@code RedirectRule}.
     */
    public RoutingRule redirectRule(Value<RedirectRule> value) {
      return set("RedirectRule", value);
    }

    /**
     * A container for describing a condition that must be met for the specified redirect to apply.
     * For example, 1. If request is for pages in the <code>/docs</code> folder, redirect to the
     * <code>/documents</code> folder. 2. If request results in HTTP error 4xx, redirect request to
     * another host where you might process the error.
     *
     * <p>CloudFormation property {@code RoutingRuleCondition}.
     */
    public RoutingRule routingRuleCondition(Value<RoutingRuleCondition> value) {
      return set("RoutingRuleCondition", value);
    }
  }

  /**
   * A container for describing a condition that must be met for the specified redirect to apply.
   * For example, 1. If request is for pages in the <code>/docs</code> folder, redirect to the
   * <code>/documents</code> folder. 2. If request results in HTTP error 4xx, redirect request to
   * another host where you might process the error.
   *
   * <p>Property type {@code AWS::S3::Bucket.RoutingRuleCondition}.
   */
  public static final class RoutingRuleCondition extends Struct<RoutingRuleCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.RoutingRuleCondition");

    public RoutingRuleCondition() {
      super(SCHEMA);
    }

    /**
     * The HTTP error code when the redirect is applied. In the event of an error, if the error code
     * equals this value, then the specified redirect is applied.
     *
     * <p>Required when parent element <code>Condition</code> is specified and sibling
     * <code>KeyPrefixEquals</code> is not specified. If both are specified, then both must be true
     * for the redirect to be applied.
     *
     * <p>CloudFormation property {@code HttpErrorCodeReturnedEquals}.
     */
    public RoutingRuleCondition httpErrorCodeReturnedEquals(String value) {
      return set("HttpErrorCodeReturnedEquals", Value.of(value));
    }

    /**
     * Sets {@code HttpErrorCodeReturnedEquals} to this value; see {@link
     * #httpErrorCodeReturnedEquals(String)}.
     */
    public RoutingRuleCondition httpErrorCodeReturnedEquals(Value<String> value) {
      return set("HttpErrorCodeReturnedEquals", value);
    }

    /**
     * The object key name prefix when the redirect is applied. For example, to redirect requests
     * for <code>ExamplePage.html</code> , the key prefix will be <code>ExamplePage.html</code> . To
     * redirect request for all pages with the prefix <code>docs/</code> , the key prefix will be
     * <code>docs/</code> , which identifies all objects in the docs/ folder.
     *
     * <p>Required when the parent element <code>Condition</code> is specified and sibling
     * <code>HttpErrorCodeReturnedEquals</code> is not specified. If both conditions are specified,
     * both must be true for the redirect to be applied.
     *
     * <p>CloudFormation property {@code KeyPrefixEquals}.
     */
    public RoutingRuleCondition keyPrefixEquals(String value) {
      return set("KeyPrefixEquals", Value.of(value));
    }

    /** Sets {@code KeyPrefixEquals} to this value; see {@link #keyPrefixEquals(String)}. */
    public RoutingRuleCondition keyPrefixEquals(Value<String> value) {
      return set("KeyPrefixEquals", value);
    }
  }

  /**
   * Specifies lifecycle rules for an Amazon S3 bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlifecycle.html">Put Bucket
   * Lifecycle Configuration</a> in the <em>Amazon S3 API Reference</em> .
   *
   * <p>You must specify at least one of the following properties:
   * <code>AbortIncompleteMultipartUpload</code> , <code>ExpirationDate</code> ,
   * <code>ExpirationInDays</code> , <code>NoncurrentVersionExpirationInDays</code> ,
   * <code>NoncurrentVersionTransition</code> , <code>NoncurrentVersionTransitions</code> ,
   * <code>Transition</code> , or <code>Transitions</code> .
   *
   * <p>Property type {@code AWS::S3::Bucket.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.Rule")
        .required("Status")
        .constrain("ExpirationDate", Constraint.of().pattern("^(\\d{4})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$"))
        .constrain("Id", Constraint.of().maxLength(255))
        .constrain("ObjectSizeGreaterThan", Constraint.of().pattern("[0-9]+").maxLength(20))
        .constrain("ObjectSizeLessThan", Constraint.of().pattern("[0-9]+").maxLength(20))
        .allowed("Status", "Enabled", "Disabled")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * Specifies a lifecycle rule that stops incomplete multipart uploads to an Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code AbortIncompleteMultipartUpload}.
     */
    public Rule abortIncompleteMultipartUpload(Value<AbortIncompleteMultipartUpload> value) {
      return set("AbortIncompleteMultipartUpload", value);
    }

    /**
     * Indicates when objects are deleted from Amazon S3 and Amazon S3 Glacier. The date value must
     * be in ISO 8601 format. The time is always midnight UTC. If you specify an expiration and
     * transition time, you must use the same time unit for both properties (either in days or by
     * date). The expiration time must also be later than the transition time.
     *
     * <p>Pattern: {@code
     * ^(&#92;d{4})-(0[0-9]|1[0-2])-([0-2]&#92;d|3[01])T([01]&#92;d|2[0-4]):([0-5]&#92;d):([0-6]&#92;d)((&#92;.&#92;d{3})?)Z$}.
     * CloudFormation property {@code ExpirationDate}.
     */
    public Rule expirationDate(String value) {
      return set("ExpirationDate", Value.of(value));
    }

    /** Sets {@code ExpirationDate} to this value; see {@link #expirationDate(String)}. */
    public Rule expirationDate(Value<String> value) {
      return set("ExpirationDate", value);
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
     * Indicates whether Amazon S3 will remove a delete marker without any noncurrent versions. If
     * set to true, the delete marker will be removed if there are no noncurrent versions. This
     * cannot be specified with <code>ExpirationInDays</code> , <code>ExpirationDate</code> , or
     * <code>TagFilters</code> .
     *
     * <p>CloudFormation property {@code ExpiredObjectDeleteMarker}.
     */
    public Rule expiredObjectDeleteMarker(boolean value) {
      return set("ExpiredObjectDeleteMarker", Value.of(value));
    }

    /**
     * Sets {@code ExpiredObjectDeleteMarker} to this value; see {@link
     * #expiredObjectDeleteMarker(boolean)}.
     */
    public Rule expiredObjectDeleteMarker(Value<Boolean> value) {
      return set("ExpiredObjectDeleteMarker", value);
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
     * Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently
     * deletes the noncurrent object versions. You set this lifecycle configuration action on a
     * bucket that has versioning enabled (or suspended) to request that Amazon S3 delete noncurrent
     * object versions at a specific period in the object's lifetime.
     *
     * <p>CloudFormation property {@code NoncurrentVersionExpiration}.
     */
    public Rule noncurrentVersionExpiration(Value<NoncurrentVersionExpiration> value) {
      return set("NoncurrentVersionExpiration", value);
    }

    /**
     * (Deprecated.) For buckets with versioning enabled (or suspended), specifies the time, in
     * days, between when a new version of the object is uploaded to the bucket and when old
     * versions of the object expire. When object versions expire, Amazon S3 permanently deletes
     * them. If you specify a transition and expiration time, the expiration time must be later than
     * the transition time.
     *
     * <p>CloudFormation property {@code NoncurrentVersionExpirationInDays}.
     */
    public Rule noncurrentVersionExpirationInDays(int value) {
      return set("NoncurrentVersionExpirationInDays", Value.of(value));
    }

    /**
     * Sets {@code NoncurrentVersionExpirationInDays} to this value; see {@link
     * #noncurrentVersionExpirationInDays(int)}.
     */
    public Rule noncurrentVersionExpirationInDays(Value<Integer> value) {
      return set("NoncurrentVersionExpirationInDays", value);
    }

    /**
     * (Deprecated.) For buckets with versioning enabled (or suspended), specifies when non-current
     * objects transition to a specified storage class. If you specify a transition and expiration
     * time, the expiration time must be later than the transition time. If you specify this
     * property, don't specify the <code>NoncurrentVersionTransitions</code> property.
     *
     * <p>CloudFormation property {@code NoncurrentVersionTransition}.
     */
    public Rule noncurrentVersionTransition(Value<NoncurrentVersionTransition> value) {
      return set("NoncurrentVersionTransition", value);
    }

    /**
     * For buckets with versioning enabled (or suspended), one or more transition rules that specify
     * when non-current objects transition to a specified storage class. If you specify a transition
     * and expiration time, the expiration time must be later than the transition time. If you
     * specify this property, don't specify the <code>NoncurrentVersionTransition</code> property.
     *
     * <p>CloudFormation property {@code NoncurrentVersionTransitions}.
     */
    public Rule noncurrentVersionTransitions(List<NoncurrentVersionTransition> value) {
      return set("NoncurrentVersionTransitions", Value.listOf(value));
    }

    /**
     * Sets {@code NoncurrentVersionTransitions} to this value; see {@link
     * #noncurrentVersionTransitions(List)}.
     */
    public Rule noncurrentVersionTransitions(Value<List<NoncurrentVersionTransition>> value) {
      return set("NoncurrentVersionTransitions", value);
    }

    /**
     * Sets {@code NoncurrentVersionTransitions} to a list of these; see {@link
     * #noncurrentVersionTransitions(List)}.
     */
    public Rule noncurrentVersionTransitions(NoncurrentVersionTransition... values) {
      return set("NoncurrentVersionTransitions", Value.list(values));
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
    public Rule objectSizeGreaterThan(int value) {
      return set("ObjectSizeGreaterThan", Value.of(value));
    }

    /**
     * Sets {@code ObjectSizeGreaterThan} to this value; see {@link #objectSizeGreaterThan(int)}.
     */
    public Rule objectSizeGreaterThan(Value<Integer> value) {
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
    public Rule objectSizeLessThan(int value) {
      return set("ObjectSizeLessThan", Value.of(value));
    }

    /** Sets {@code ObjectSizeLessThan} to this value; see {@link #objectSizeLessThan(int)}. */
    public Rule objectSizeLessThan(Value<Integer> value) {
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

    /**
     * Tags to use to identify a subset of objects to which the lifecycle rule applies.
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public Rule tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public Rule tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public Rule tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }

    /**
     * (Deprecated.) Specifies when an object transitions to a specified storage class. If you
     * specify an expiration and transition time, you must use the same time unit for both
     * properties (either in days or by date). The expiration time must also be later than the
     * transition time. If you specify this property, don't specify the <code>Transitions</code>
     * property.
     *
     * <p>CloudFormation property {@code Transition}.
     */
    public Rule transition(Value<Transition> value) {
      return set("Transition", value);
    }

    /**
     * One or more transition rules that specify when an object transitions to a specified storage
     * class. If you specify an expiration and transition time, you must use the same time unit for
     * both properties (either in days or by date). The expiration time must also be later than the
     * transition time. If you specify this property, don't specify the <code>Transition</code>
     * property.
     *
     * <p>CloudFormation property {@code Transitions}.
     */
    public Rule transitions(List<Transition> value) {
      return set("Transitions", Value.listOf(value));
    }

    /** Sets {@code Transitions} to this value; see {@link #transitions(List)}. */
    public Rule transitions(Value<List<Transition>> value) {
      return set("Transitions", value);
    }

    /** Sets {@code Transitions} to a list of these; see {@link #transitions(List)}. */
    public Rule transitions(Transition... values) {
      return set("Transitions", Value.list(values));
    }
  }

  /**
   * A container for object key name prefix and suffix filtering rules. For more information about
   * object key name filtering, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html">Configuring
   * event notifications using object key name filtering</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>The same type of filter rule cannot be used more than once. For example, you cannot specify
   * two prefix rules.
   *
   * <p>Property type {@code AWS::S3::Bucket.S3KeyFilter}.
   */
  public static final class S3KeyFilter extends Struct<S3KeyFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.S3KeyFilter")
        .required("Rules")
        .build();

    public S3KeyFilter() {
      super(SCHEMA);
    }

    /**
     * A list of containers for the key-value pair that defines the criteria for the filter rule.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public S3KeyFilter rules(List<FilterRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public S3KeyFilter rules(Value<List<FilterRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public S3KeyFilter rules(FilterRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * The destination information for a V1 S3 Metadata configuration. The destination table bucket
   * must be in the same Region and AWS account as the general purpose bucket. The specified
   * metadata table name must be unique within the <code>aws_s3_metadata</code> namespace in the
   * destination table bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.S3TablesDestination}.
   */
  public static final class S3TablesDestination extends Struct<S3TablesDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.S3TablesDestination")
        .required("TableBucketArn", "TableName")
        .build();

    public S3TablesDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration.
     * The specified metadata table name must be unique within the <code>aws_s3_metadata</code>
     * namespace in the destination table bucket.
     *
     * <p>CloudFormation property {@code TableArn}.
     */
    public S3TablesDestination tableArn(String value) {
      return set("TableArn", Value.of(value));
    }

    /** Sets {@code TableArn} to this value; see {@link #tableArn(String)}. */
    public S3TablesDestination tableArn(Value<String> value) {
      return set("TableArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in
     * the metadata table configuration. The destination table bucket must be in the same Region and
     * AWS account as the general purpose bucket.
     *
     * <p>Required. CloudFormation property {@code TableBucketArn}.
     */
    public S3TablesDestination tableBucketArn(String value) {
      return set("TableBucketArn", Value.of(value));
    }

    /** Sets {@code TableBucketArn} to this value; see {@link #tableBucketArn(String)}. */
    public S3TablesDestination tableBucketArn(Value<String> value) {
      return set("TableBucketArn", value);
    }

    /**
     * The name for the metadata table in your metadata table configuration. The specified metadata
     * table name must be unique within the <code>aws_s3_metadata</code> namespace in the
     * destination table bucket.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public S3TablesDestination tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public S3TablesDestination tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * The table bucket namespace for the metadata table in your metadata table configuration. This
     * value is always <code>aws_s3_metadata</code> .
     *
     * <p>CloudFormation property {@code TableNamespace}.
     */
    public S3TablesDestination tableNamespace(String value) {
      return set("TableNamespace", Value.of(value));
    }

    /** Sets {@code TableNamespace} to this value; see {@link #tableNamespace(String)}. */
    public S3TablesDestination tableNamespace(Value<String> value) {
      return set("TableNamespace", value);
    }
  }

  /**
   * Describes the default server-side encryption to apply to new objects in the bucket. If a PUT
   * Object request doesn't specify any server-side encryption, this default encryption will be
   * applied. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTencryption.html">PutBucketEncryption</a>
   * .
   *
   * <p>- <em>General purpose buckets</em> - If you don't specify a customer managed key at
   * configuration, Amazon S3 automatically creates an AWS KMS key ( <code>aws/s3</code> ) in your
   * AWS account the first time that you add an object encrypted with SSE-KMS to a bucket. By
   * default, Amazon S3 uses this KMS key for SSE-KMS. - <em>Directory buckets</em> - Your SSE-KMS
   * configuration can only support 1 <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk">customer
   * managed key</a> per directory bucket's lifetime. The <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk">AWS
   * managed key</a> ( <code>aws/s3</code> ) isn't supported. - <em>Directory buckets</em> - For
   * directory buckets, there are only two supported options for server-side encryption: SSE-S3 and
   * SSE-KMS.
   *
   * <p>Property type {@code AWS::S3::Bucket.ServerSideEncryptionByDefault}.
   */
  public static final class ServerSideEncryptionByDefault extends Struct<ServerSideEncryptionByDefault> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.ServerSideEncryptionByDefault")
        .required("SSEAlgorithm")
        .references("KMSMasterKeyID", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref",
            "AWS::KMS::Alias.Ref")
        .allowed("SSEAlgorithm", "aws:kms", "AES256", "aws:kms:dsse")
        .build();

    public ServerSideEncryptionByDefault() {
      super(SCHEMA);
    }

    /**
     * AWS Key Management Service (KMS) customer managed key ID to use for the default encryption.
     *
     * <p>- <em>General purpose buckets</em> - This parameter is allowed if and only if
     * <code>SSEAlgorithm</code> is set to <code>aws:kms</code> or <code>aws:kms:dsse</code> . -
     * <em>Directory buckets</em> - This parameter is allowed if and only if
     * <code>SSEAlgorithm</code> is set to <code>aws:kms</code> .
     *
     * <p>You can specify the key ID, key alias, or the Amazon Resource Name (ARN) of the KMS key.
     *
     * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
     * <code>arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
     * <li>Key Alias: <code>alias/alias-name</code> </ul>
     *
     * <p>If you are using encryption with cross-account or AWS service operations, you must use a
     * fully qualified KMS key ARN. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-encryption.html#bucket-encryption-update-bucket-policy">Using
     * encryption for cross-account operations</a> .
     *
     * <p>- <em>General purpose buckets</em> - If you're specifying a customer managed KMS key, we
     * recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then AWS
     * resolves the key within the requester’s account. This behavior can result in data that's
     * encrypted with a KMS key that belongs to the requester, and not the bucket owner. Also, if
     * you use a key ID, you can run into a LogDestination undeliverable error when creating a VPC
     * flow log. - <em>Directory buckets</em> - When you specify an <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk">AWS
     * customer managed key</a> for encryption in your directory bucket, only use the key ID or key
     * ARN. The key alias format of the KMS key isn't supported. &gt; Amazon S3 only supports
     * symmetric encryption KMS keys. For more information, see <a
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
     * Sets {@code KMSMasterKeyID} to the Arn of {@code AWS::KMS::Key}; see {@link
     * #kmsMasterKeyID(String)}.
     */
    public ServerSideEncryptionByDefault kmsMasterKeyID(Key resource) {
      return set("KMSMasterKeyID", resource.arn());
    }

    /**
     * Sets {@code KMSMasterKeyID} to the Ref of {@code AWS::KMS::Alias}; see {@link
     * #kmsMasterKeyID(String)}.
     */
    public ServerSideEncryptionByDefault kmsMasterKeyID(Alias resource) {
      return set("KMSMasterKeyID", resource.ref());
    }

    /**
     * Server-side encryption algorithm to use for the default encryption.
     *
     * <p>For directory buckets, there are only two supported values for server-side encryption:
     * <code>AES256</code> and <code>aws:kms</code> .
     *
     * <p>Required. Allowed values: {@code aws:kms}, {@code AES256}, {@code aws:kms:dsse}.
     * CloudFormation property {@code SSEAlgorithm}.
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
   * <p>- <em>General purpose buckets</em> - If you're specifying a customer managed KMS key, we
   * recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then AWS
   * resolves the key within the requester’s account. This behavior can result in data that's
   * encrypted with a KMS key that belongs to the requester, and not the bucket owner. -
   * <em>Directory buckets</em> - When you specify an <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk">AWS
   * customer managed key</a> for encryption in your directory bucket, only use the key ID or key
   * ARN. The key alias format of the KMS key isn't supported.
   *
   * <p>Property type {@code AWS::S3::Bucket.ServerSideEncryptionRule}.
   */
  public static final class ServerSideEncryptionRule extends Struct<ServerSideEncryptionRule> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.ServerSideEncryptionRule");

    public ServerSideEncryptionRule() {
      super(SCHEMA);
    }

    /**
     * A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of
     * new objects encrypted with the specified server-side encryption type. For example, blocking
     * an encryption type will block <code>PutObject</code> , <code>CopyObject</code> ,
     * <code>PostObject</code> , multipart upload, and replication requests to the bucket for
     * objects with the specified encryption type. However, you can continue to read and list any
     * pre-existing objects already encrypted with the specified encryption type. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html">Blocking
     * or unblocking SSE-C for a general purpose bucket</a> .
     *
     * <p>Currently, this parameter only supports blocking or unblocking server-side encryption with
     * customer-provided keys (SSE-C). For more information about SSE-C, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html">Using
     * server-side encryption with customer-provided keys (SSE-C)</a> .
     *
     * <p>CloudFormation property {@code BlockedEncryptionTypes}.
     */
    public ServerSideEncryptionRule blockedEncryptionTypes(Value<BlockedEncryptionTypes> value) {
      return set("BlockedEncryptionTypes", value);
    }

    /**
     * Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS
     * (SSE-KMS) for new objects in the bucket. Existing objects are not affected. Setting the
     * <code>BucketKeyEnabled</code> element to <code>true</code> causes Amazon S3 to use an S3
     * Bucket Key. By default, S3 Bucket Key is not enabled.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-key.html">Amazon S3 Bucket
     * Keys</a> in the <em>Amazon S3 User Guide</em> .
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

  /**
   * A container that describes additional filters for identifying the source objects that you want
   * to replicate. You can choose to enable or disable the replication of these objects.
   *
   * <p>Property type {@code AWS::S3::Bucket.SourceSelectionCriteria}.
   */
  public static final class SourceSelectionCriteria extends Struct<SourceSelectionCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.SourceSelectionCriteria");

    public SourceSelectionCriteria() {
      super(SCHEMA);
    }

    /**
     * A filter that you can specify for selection for modifications on replicas.
     *
     * <p>CloudFormation property {@code ReplicaModifications}.
     */
    public SourceSelectionCriteria replicaModifications(Value<ReplicaModifications> value) {
      return set("ReplicaModifications", value);
    }

    /**
     * A container for filter information for the selection of Amazon S3 objects encrypted with AWS
     * KMS.
     *
     * <p>CloudFormation property {@code SseKmsEncryptedObjects}.
     */
    public SourceSelectionCriteria sseKmsEncryptedObjects(Value<SseKmsEncryptedObjects> value) {
      return set("SseKmsEncryptedObjects", value);
    }
  }

  /**
   * A container for filter information for the selection of S3 objects encrypted with AWS KMS.
   *
   * <p>Property type {@code AWS::S3::Bucket.SseKmsEncryptedObjects}.
   */
  public static final class SseKmsEncryptedObjects extends Struct<SseKmsEncryptedObjects> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.SseKmsEncryptedObjects")
        .required("Status")
        .allowed("Status", "Disabled", "Enabled")
        .build();

    public SseKmsEncryptedObjects() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 replicates objects created with server-side encryption using an
     * AWS KMS key stored in AWS Key Management Service.
     *
     * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property
     * {@code Status}.
     */
    public SseKmsEncryptedObjects status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public SseKmsEncryptedObjects status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies data related to access patterns to be collected and made available to analyze the
   * tradeoffs between different storage classes for an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.StorageClassAnalysis}.
   */
  public static final class StorageClassAnalysis extends Struct<StorageClassAnalysis> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.StorageClassAnalysis");

    public StorageClassAnalysis() {
      super(SCHEMA);
    }

    /**
     * Specifies how data related to the storage class analysis for an Amazon S3 bucket should be
     * exported.
     *
     * <p>CloudFormation property {@code DataExport}.
     */
    public StorageClassAnalysis dataExport(Value<DataExport> value) {
      return set("DataExport", value);
    }
  }

  /**
   * Specifies tags to use to identify a subset of objects for an Amazon S3 bucket. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html">Categorizing
   * your storage using tags</a> in the <em>Amazon Simple Storage Service User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.TagFilter}.
   */
  public static final class TagFilter extends Struct<TagFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.TagFilter")
        .required("Key", "Value")
        .build();

    public TagFilter() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TagFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TagFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Amazon S3 key format for log objects. Only one format, PartitionedPrefix or SimplePrefix, is
   * allowed.
   *
   * <p>Property type {@code AWS::S3::Bucket.TargetObjectKeyFormat}.
   */
  public static final class TargetObjectKeyFormat extends Struct<TargetObjectKeyFormat> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.TargetObjectKeyFormat");

    public TargetObjectKeyFormat() {
      super(SCHEMA);
    }

    /**
     * Partitioned S3 key for log objects.
     *
     * <p>CloudFormation property {@code PartitionedPrefix}.
     */
    public TargetObjectKeyFormat partitionedPrefix(Value<PartitionedPrefix> value) {
      return set("PartitionedPrefix", value);
    }

    /**
     * To use the simple format for S3 keys for log objects. To specify SimplePrefix format, set
     * SimplePrefix to {}.
     *
     * <p>CloudFormation property {@code SimplePrefix}.
     */
    public TargetObjectKeyFormat simplePrefix(Value<Json> value) {
      return set("SimplePrefix", value);
    }
  }

  /**
   * The S3 Intelligent-Tiering storage class is designed to optimize storage costs by automatically
   * moving data to the most cost-effective storage access tier, without additional operational
   * overhead.
   *
   * <p>Property type {@code AWS::S3::Bucket.Tiering}.
   */
  public static final class Tiering extends Struct<Tiering> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.Tiering")
        .required("AccessTier", "Days")
        .allowed("AccessTier", "ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS")
        .build();

    public Tiering() {
      super(SCHEMA);
    }

    /**
     * S3 Intelligent-Tiering access tier. See <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access">Storage
     * class for automatically optimizing frequently and infrequently accessed objects</a> for a
     * list of access tiers in the S3 Intelligent-Tiering storage class.
     *
     * <p>Required. Allowed values: {@code ARCHIVE_ACCESS}, {@code DEEP_ARCHIVE_ACCESS}.
     * CloudFormation property {@code AccessTier}.
     */
    public Tiering accessTier(String value) {
      return set("AccessTier", Value.of(value));
    }

    /** Sets {@code AccessTier} to this value; see {@link #accessTier(String)}. */
    public Tiering accessTier(Value<String> value) {
      return set("AccessTier", value);
    }

    /**
     * The number of consecutive days of no access after which an object will be eligible to be
     * transitioned to the corresponding tier. The minimum number of days specified for Archive
     * Access tier must be at least 90 days and Deep Archive Access tier must be at least 180 days.
     * The maximum can be up to 2 years (730 days).
     *
     * <p>Required. CloudFormation property {@code Days}.
     */
    public Tiering days(int value) {
      return set("Days", Value.of(value));
    }

    /** Sets {@code Days} to this value; see {@link #days(int)}. */
    public Tiering days(Value<Integer> value) {
      return set("Days", value);
    }
  }

  /**
   * A container for specifying the configuration for publication of messages to an Amazon Simple
   * Notification Service (Amazon SNS) topic when Amazon S3 detects specified events.
   *
   * <p>Property type {@code AWS::S3::Bucket.TopicConfiguration}.
   */
  public static final class TopicConfiguration extends Struct<TopicConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.TopicConfiguration")
        .required("Event", "Topic")
        .references("Topic", "AWS::SNS::Topic.Ref")
        .build();

    public TopicConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket event about which to send notifications. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html">Supported Event
     * Types</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Event}.
     */
    public TopicConfiguration event(String value) {
      return set("Event", Value.of(value));
    }

    /** Sets {@code Event} to this value; see {@link #event(String)}. */
    public TopicConfiguration event(Value<String> value) {
      return set("Event", value);
    }

    /**
     * The filtering rules that determine for which objects to send notifications. For example, you
     * can create a filter so that Amazon S3 sends notifications only when image files with a
     * <code>.jpg</code> extension are added to the bucket.
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public TopicConfiguration filter(Value<NotificationFilter> value) {
      return set("Filter", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a message
     * when it detects events of the specified type.
     *
     * <p>Required. CloudFormation property {@code Topic}.
     */
    public TopicConfiguration topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public TopicConfiguration topic(Value<String> value) {
      return set("Topic", value);
    }

    /** Sets {@code Topic} to the Ref of {@code AWS::SNS::Topic}; see {@link #topic(String)}. */
    public TopicConfiguration topic(Topic resource) {
      return set("Topic", resource.ref());
    }
  }

  /**
   * Specifies when an object transitions to a specified storage class. For more information about
   * Amazon S3 lifecycle configuration rules, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html">Transitioning
   * Objects Using Amazon S3 Lifecycle</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::Bucket.Transition}.
   */
  public static final class Transition extends Struct<Transition> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.Transition")
        .required("StorageClass")
        .allowed("StorageClass", "DEEP_ARCHIVE", "GLACIER", "Glacier", "GLACIER_IR",
            "INTELLIGENT_TIERING", "ONEZONE_IA", "STANDARD_IA")
        .constrain("TransitionDate", Constraint.of().pattern("^(\\d{4})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$"))
        .build();

    public Transition() {
      super(SCHEMA);
    }

    /**
     * The storage class to which you want the object to transition.
     *
     * <p>Required. Allowed values: {@code DEEP_ARCHIVE}, {@code GLACIER}, {@code Glacier}, {@code
     * GLACIER_IR}, {@code INTELLIGENT_TIERING}, {@code ONEZONE_IA}, {@code STANDARD_IA}.
     * CloudFormation property {@code StorageClass}.
     */
    public Transition storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public Transition storageClass(Value<String> value) {
      return set("StorageClass", value);
    }

    /**
     * Indicates when objects are transitioned to the specified storage class. The date value must
     * be in ISO 8601 format. The time is always midnight UTC.
     *
     * <p>Pattern: {@code
     * ^(&#92;d{4})-(0[0-9]|1[0-2])-([0-2]&#92;d|3[01])T([01]&#92;d|2[0-4]):([0-5]&#92;d):([0-6]&#92;d)((&#92;.&#92;d{3})?)Z$}.
     * CloudFormation property {@code TransitionDate}.
     */
    public Transition transitionDate(String value) {
      return set("TransitionDate", Value.of(value));
    }

    /** Sets {@code TransitionDate} to this value; see {@link #transitionDate(String)}. */
    public Transition transitionDate(Value<String> value) {
      return set("TransitionDate", value);
    }

    /**
     * Indicates the number of days after creation when objects are transitioned to the specified
     * storage class. If the specified storage class is <code>INTELLIGENT_TIERING</code> ,
     * <code>GLACIER_IR</code> , <code>GLACIER</code> , or <code>DEEP_ARCHIVE</code> , valid values
     * are <code>0</code> or positive integers. If the specified storage class is
     * <code>STANDARD_IA</code> or <code>ONEZONE_IA</code> , valid values are positive integers
     * greater than <code>30</code> . Be aware that some storage classes have a minimum storage
     * duration and that you're charged for transitioning objects before their minimum storage
     * duration. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html#lifecycle-configuration-constraints">Constraints
     * and considerations for transitions</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>CloudFormation property {@code TransitionInDays}.
     */
    public Transition transitionInDays(int value) {
      return set("TransitionInDays", Value.of(value));
    }

    /** Sets {@code TransitionInDays} to this value; see {@link #transitionInDays(int)}. */
    public Transition transitionInDays(Value<Integer> value) {
      return set("TransitionInDays", value);
    }
  }

  /**
   * Describes the versioning state of an Amazon S3 bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTVersioningStatus.html">PUT
   * Bucket versioning</a> in the <em>Amazon S3 API Reference</em> .
   *
   * <p>Keep the following timing in mind when enabling, suspending, or transitioning between
   * versioning states:
   *
   * <ul> <li><em>Enabling versioning</em> - Changes may take up to 15 minutes to propagate across
   * all AWS regions for full consistency. <li><em>Suspending versioning</em> - Takes effect
   * immediately with no propagation delay. <li><em>Transitioning between states</em> - Any change
   * from Suspended to Enabled has a 15-minute delay. </ul>
   *
   * <p>Property type {@code AWS::S3::Bucket.VersioningConfiguration}.
   */
  public static final class VersioningConfiguration extends Struct<VersioningConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::Bucket.VersioningConfiguration")
        .required("Status")
        .allowed("Status", "Enabled", "Suspended")
        .build();

    public VersioningConfiguration() {
      super(SCHEMA);
    }

    /**
     * The versioning state of the bucket.
     *
     * <p>Required. Allowed values: {@code Enabled}, {@code Suspended}. Default: {@code
     * "Suspended"}. CloudFormation property {@code Status}.
     */
    public VersioningConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public VersioningConfiguration status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies website configuration parameters for an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::S3::Bucket.WebsiteConfiguration}.
   */
  public static final class WebsiteConfiguration extends Struct<WebsiteConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::Bucket.WebsiteConfiguration");

    public WebsiteConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the error document for the website.
     *
     * <p>CloudFormation property {@code ErrorDocument}.
     */
    public WebsiteConfiguration errorDocument(String value) {
      return set("ErrorDocument", Value.of(value));
    }

    /** Sets {@code ErrorDocument} to this value; see {@link #errorDocument(String)}. */
    public WebsiteConfiguration errorDocument(Value<String> value) {
      return set("ErrorDocument", value);
    }

    /**
     * The name of the index document for the website.
     *
     * <p>CloudFormation property {@code IndexDocument}.
     */
    public WebsiteConfiguration indexDocument(String value) {
      return set("IndexDocument", Value.of(value));
    }

    /** Sets {@code IndexDocument} to this value; see {@link #indexDocument(String)}. */
    public WebsiteConfiguration indexDocument(Value<String> value) {
      return set("IndexDocument", value);
    }

    /**
     * The redirect behavior for every request to this bucket's website endpoint.
     *
     * <p>If you specify this property, you can't specify any other property.
     *
     * <p>CloudFormation property {@code RedirectAllRequestsTo}.
     */
    public WebsiteConfiguration redirectAllRequestsTo(Value<RedirectAllRequestsTo> value) {
      return set("RedirectAllRequestsTo", value);
    }

    /**
     * Rules that define when a redirect is applied and the redirect behavior.
     *
     * <p>CloudFormation property {@code RoutingRules}.
     */
    public WebsiteConfiguration routingRules(List<RoutingRule> value) {
      return set("RoutingRules", Value.listOf(value));
    }

    /** Sets {@code RoutingRules} to this value; see {@link #routingRules(List)}. */
    public WebsiteConfiguration routingRules(Value<List<RoutingRule>> value) {
      return set("RoutingRules", value);
    }

    /** Sets {@code RoutingRules} to a list of these; see {@link #routingRules(List)}. */
    public WebsiteConfiguration routingRules(RoutingRule... values) {
      return set("RoutingRules", Value.list(values));
    }
  }
}
