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
import java.util.List;

/**
 * The AWS::S3::StorageLens resource creates an Amazon S3 Storage Lens configuration.
 *
 * <p>CloudFormation type {@code AWS::S3::StorageLens}.
 */
public final class StorageLens extends Resource<StorageLens> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens")
      .required("StorageLensConfiguration")
      .refYields("StorageLensConfiguration/Id")
      .attributes("StorageLensConfiguration.StorageLensArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StorageLens(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This resource contains the details Amazon S3 Storage Lens configuration.
   *
   * <p>Required. CloudFormation property {@code StorageLensConfiguration}.
   */
  public StorageLens storageLensConfiguration(Value<StorageLensConfiguration> value) {
    return set("StorageLensConfiguration", value);
  }

  /**
   * A set of tags (key–value pairs) to associate with the Storage Lens configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StorageLens tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StorageLens tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StorageLens tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * This property contains the details of the ARN of the S3 Storage Lens configuration. This
   * property is read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLensConfiguration.StorageLensArn}.
   */
  public Value<String> storageLensConfigurationStorageLensArn() {
    return getAtt("StorageLensConfiguration.StorageLensArn");
  }

  /**
   * This resource contains the details of the account-level metrics for Amazon S3 Storage Lens.
   *
   * <p>Property type {@code AWS::S3::StorageLens.AccountLevel}.
   */
  public static final class AccountLevel extends Struct<AccountLevel> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.AccountLevel")
        .required("BucketLevel")
        .build();

    public AccountLevel() {
      super(SCHEMA);
    }

    /**
     * This property contains the details of account-level activity metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code ActivityMetrics}.
     */
    public AccountLevel activityMetrics(Value<ActivityMetrics> value) {
      return set("ActivityMetrics", value);
    }

    /**
     * This property contains the details of account-level advanced cost optimization metrics for S3
     * Storage Lens.
     *
     * <p>CloudFormation property {@code AdvancedCostOptimizationMetrics}.
     */
    public AccountLevel advancedCostOptimizationMetrics(Value<AdvancedCostOptimizationMetrics> value) {
      return set("AdvancedCostOptimizationMetrics", value);
    }

    /**
     * This property contains the details of account-level advanced data protection metrics for S3
     * Storage Lens.
     *
     * <p>CloudFormation property {@code AdvancedDataProtectionMetrics}.
     */
    public AccountLevel advancedDataProtectionMetrics(Value<AdvancedDataProtectionMetrics> value) {
      return set("AdvancedDataProtectionMetrics", value);
    }

    /**
     * This property contains the account-level details for S3 Storage Lens advanced performance
     * metrics.
     *
     * <p>CloudFormation property {@code AdvancedPerformanceMetrics}.
     */
    public AccountLevel advancedPerformanceMetrics(Value<AdvancedPerformanceMetrics> value) {
      return set("AdvancedPerformanceMetrics", value);
    }

    /**
     * This property contains the details of the account-level bucket-level configurations for
     * Amazon S3 Storage Lens. To enable bucket-level configurations, make sure to also set the same
     * metrics at the account level.
     *
     * <p>Required. CloudFormation property {@code BucketLevel}.
     */
    public AccountLevel bucketLevel(Value<BucketLevel> value) {
      return set("BucketLevel", value);
    }

    /**
     * This property contains the details of account-level detailed status code metrics for S3
     * Storage Lens.
     *
     * <p>CloudFormation property {@code DetailedStatusCodesMetrics}.
     */
    public AccountLevel detailedStatusCodesMetrics(Value<DetailedStatusCodesMetrics> value) {
      return set("DetailedStatusCodesMetrics", value);
    }

    /**
     * This property determines the scope of Storage Lens group data that is displayed in the
     * Storage Lens dashboard.
     *
     * <p>CloudFormation property {@code StorageLensGroupLevel}.
     */
    public AccountLevel storageLensGroupLevel(Value<StorageLensGroupLevel> value) {
      return set("StorageLensGroupLevel", value);
    }
  }

  /**
   * This resource enables Amazon S3 Storage Lens activity metrics. Activity metrics show details
   * about how your storage is requested, such as requests (for example, All requests, Get requests,
   * Put requests), bytes uploaded or downloaded, and errors.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html">Assessing your
   * storage activity and usage with S3 Storage Lens</a> in the <em>Amazon S3 User Guide</em> . For
   * a complete list of metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html">S3
   * Storage Lens metrics glossary</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::StorageLens.ActivityMetrics}.
   */
  public static final class ActivityMetrics extends Struct<ActivityMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.ActivityMetrics");

    public ActivityMetrics() {
      super(SCHEMA);
    }

    /**
     * A property that indicates whether the activity metrics is enabled.
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public ActivityMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public ActivityMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }

  /**
   * This resource enables Amazon S3 Storage Lens advanced cost optimization metrics. Advanced cost
   * optimization metrics provide insights that you can use to manage and optimize your storage
   * costs, for example, lifecycle rule counts for transitions, expirations, and incomplete
   * multipart uploads.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html">Assessing your
   * storage activity and usage with S3 Storage Lens</a> in the <em>Amazon S3 User Guide</em> . For
   * a complete list of metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html">S3
   * Storage Lens metrics glossary</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::StorageLens.AdvancedCostOptimizationMetrics}.
   */
  public static final class AdvancedCostOptimizationMetrics extends Struct<AdvancedCostOptimizationMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.AdvancedCostOptimizationMetrics");

    public AdvancedCostOptimizationMetrics() {
      super(SCHEMA);
    }

    /**
     * Indicates whether advanced cost optimization metrics are enabled.
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public AdvancedCostOptimizationMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public AdvancedCostOptimizationMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }

  /**
   * This resource enables Amazon S3 Storage Lens advanced data protection metrics. Advanced data
   * protection metrics provide insights that you can use to perform audits and protect your data,
   * for example replication rule counts within and across Regions.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html">Assessing your
   * storage activity and usage with S3 Storage Lens</a> in the <em>Amazon S3 User Guide</em> . For
   * a complete list of metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html">S3
   * Storage Lens metrics glossary</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::StorageLens.AdvancedDataProtectionMetrics}.
   */
  public static final class AdvancedDataProtectionMetrics extends Struct<AdvancedDataProtectionMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.AdvancedDataProtectionMetrics");

    public AdvancedDataProtectionMetrics() {
      super(SCHEMA);
    }

    /**
     * Indicates whether advanced data protection metrics are enabled.
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public AdvancedDataProtectionMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public AdvancedDataProtectionMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }

  /**
   * A property for S3 Storage Lens advanced performance metrics. Advanced performance metrics
   * provide insights into application performance such as access patterns and network originality
   * metrics.
   *
   * <p>Property type {@code AWS::S3::StorageLens.AdvancedPerformanceMetrics}.
   */
  public static final class AdvancedPerformanceMetrics extends Struct<AdvancedPerformanceMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.AdvancedPerformanceMetrics");

    public AdvancedPerformanceMetrics() {
      super(SCHEMA);
    }

    /**
     * This property indicates whether the advanced performance metrics are enabled.
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public AdvancedPerformanceMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public AdvancedPerformanceMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }

  /**
   * This resource contains the details of the AWS Organization for Amazon S3 Storage Lens.
   *
   * <p>Property type {@code AWS::S3::StorageLens.AwsOrg}.
   */
  public static final class AwsOrg extends Struct<AwsOrg> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.AwsOrg")
        .required("Arn")
        .build();

    public AwsOrg() {
      super(SCHEMA);
    }

    /**
     * This resource contains the ARN of the AWS Organization.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public AwsOrg arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public AwsOrg arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * A property for the bucket-level storage metrics for Amazon S3 Storage Lens.
   *
   * <p>Property type {@code AWS::S3::StorageLens.BucketLevel}.
   */
  public static final class BucketLevel extends Struct<BucketLevel> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.BucketLevel");

    public BucketLevel() {
      super(SCHEMA);
    }

    /**
     * A property for bucket-level activity metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code ActivityMetrics}.
     */
    public BucketLevel activityMetrics(Value<ActivityMetrics> value) {
      return set("ActivityMetrics", value);
    }

    /**
     * A property for bucket-level advanced cost optimization metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code AdvancedCostOptimizationMetrics}.
     */
    public BucketLevel advancedCostOptimizationMetrics(Value<AdvancedCostOptimizationMetrics> value) {
      return set("AdvancedCostOptimizationMetrics", value);
    }

    /**
     * A property for bucket-level advanced data protection metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code AdvancedDataProtectionMetrics}.
     */
    public BucketLevel advancedDataProtectionMetrics(Value<AdvancedDataProtectionMetrics> value) {
      return set("AdvancedDataProtectionMetrics", value);
    }

    /**
     * A property for bucket-level advanced performance metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code AdvancedPerformanceMetrics}.
     */
    public BucketLevel advancedPerformanceMetrics(Value<AdvancedPerformanceMetrics> value) {
      return set("AdvancedPerformanceMetrics", value);
    }

    /**
     * A property for bucket-level detailed status code metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code DetailedStatusCodesMetrics}.
     */
    public BucketLevel detailedStatusCodesMetrics(Value<DetailedStatusCodesMetrics> value) {
      return set("DetailedStatusCodesMetrics", value);
    }

    /**
     * A property for bucket-level prefix-level storage metrics for S3 Storage Lens.
     *
     * <p>CloudFormation property {@code PrefixLevel}.
     */
    public BucketLevel prefixLevel(Value<PrefixLevel> value) {
      return set("PrefixLevel", value);
    }
  }

  /**
   * This resource contains the details of the buckets and Regions for the Amazon S3 Storage Lens
   * configuration.
   *
   * <p>Property type {@code AWS::S3::StorageLens.BucketsAndRegions}.
   */
  public static final class BucketsAndRegions extends Struct<BucketsAndRegions> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.BucketsAndRegions");

    public BucketsAndRegions() {
      super(SCHEMA);
    }

    /**
     * This property contains the details of the buckets for the Amazon S3 Storage Lens
     * configuration. This should be the bucket Amazon Resource Name(ARN). For valid values, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_Include.html#API_control_Include_Contents">Buckets
     * ARN format here</a> in the <em>Amazon S3 API Reference</em> .
     *
     * <p>CloudFormation property {@code Buckets}.
     */
    public BucketsAndRegions buckets(List<String> value) {
      return set("Buckets", Value.listOf(value));
    }

    /** Sets {@code Buckets} to this value; see {@link #buckets(List)}. */
    public BucketsAndRegions buckets(Value<List<String>> value) {
      return set("Buckets", value);
    }

    /**
     * This property contains the details of the Regions for the S3 Storage Lens configuration.
     *
     * <p>CloudFormation property {@code Regions}.
     */
    public BucketsAndRegions regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public BucketsAndRegions regions(Value<List<String>> value) {
      return set("Regions", value);
    }
  }

  /**
   * This resource enables the Amazon CloudWatch publishing option for Amazon S3 Storage Lens
   * metrics.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_view_metrics_cloudwatch.html">Monitor
   * S3 Storage Lens metrics in CloudWatch</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::StorageLens.CloudWatchMetrics}.
   */
  public static final class CloudWatchMetrics extends Struct<CloudWatchMetrics> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.CloudWatchMetrics")
        .required("IsEnabled")
        .build();

    public CloudWatchMetrics() {
      super(SCHEMA);
    }

    /**
     * This property identifies whether the CloudWatch publishing option for S3 Storage Lens is
     * enabled.
     *
     * <p>Required. CloudFormation property {@code IsEnabled}.
     */
    public CloudWatchMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public CloudWatchMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }

  /**
   * This resource contains the details of the Amazon S3 Storage Lens metrics export.
   *
   * <p>Property type {@code AWS::S3::StorageLens.DataExport}.
   */
  public static final class DataExport extends Struct<DataExport> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.DataExport");

    public DataExport() {
      super(SCHEMA);
    }

    /**
     * This property enables the Amazon CloudWatch publishing option for S3 Storage Lens metrics.
     *
     * <p>CloudFormation property {@code CloudWatchMetrics}.
     */
    public DataExport cloudWatchMetrics(Value<CloudWatchMetrics> value) {
      return set("CloudWatchMetrics", value);
    }

    /**
     * This property contains the details of the bucket where the S3 Storage Lens metrics export
     * will be placed.
     *
     * <p>CloudFormation property {@code S3BucketDestination}.
     */
    public DataExport s3BucketDestination(Value<S3BucketDestination> value) {
      return set("S3BucketDestination", value);
    }

    /**
     * This property contains the details of the S3 table bucket where the S3 Storage Lens default
     * metrics report will be placed. This property enables you to store your Storage Lens metrics
     * in read-only S3 Tables.
     *
     * <p>CloudFormation property {@code StorageLensTableDestination}.
     */
    public DataExport storageLensTableDestination(Value<StorageLensTableDestination> value) {
      return set("StorageLensTableDestination", value);
    }
  }

  /**
   * This resource enables Amazon S3 Storage Lens detailed status code metrics. Detailed status code
   * metrics generate metrics for HTTP status codes, such as <code>200 OK</code> , <code>403
   * Forbidden</code> , <code>503 Service Unavailable</code> and others.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html">Assessing your
   * storage activity and usage with S3 Storage Lens</a> in the <em>Amazon S3 User Guide</em> . For
   * a complete list of metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html">S3
   * Storage Lens metrics glossary</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::StorageLens.DetailedStatusCodesMetrics}.
   */
  public static final class DetailedStatusCodesMetrics extends Struct<DetailedStatusCodesMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.DetailedStatusCodesMetrics");

    public DetailedStatusCodesMetrics() {
      super(SCHEMA);
    }

    /**
     * Indicates whether detailed status code metrics are enabled.
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public DetailedStatusCodesMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public DetailedStatusCodesMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }

  /**
   * This resource contains the type of server-side encryption used to encrypt an Amazon S3 Storage
   * Lens metrics export. For valid values, see the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_StorageLensDataExportEncryption.html">StorageLensDataExportEncryption</a>
   * in the <em>Amazon S3 API Reference</em> .
   *
   * <p>Property type {@code AWS::S3::StorageLens.Encryption}.
   */
  public static final class Encryption extends Struct<Encryption> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.Encryption");

    public Encryption() {
      super(SCHEMA);
    }

    /**
     * Specifies the use of AWS Key Management Service keys (SSE-KMS) to encrypt the S3 Storage Lens
     * metrics export file.
     *
     * <p>CloudFormation property {@code SSEKMS}.
     */
    public Encryption ssekms(Value<SSEKMS> value) {
      return set("SSEKMS", value);
    }

    /**
     * Specifies the use of an Amazon S3-managed key (SSE-S3) to encrypt the S3 Storage Lens metrics
     * export file.
     *
     * <p>CloudFormation property {@code SSES3}.
     */
    public Encryption sses3(Value<Json> value) {
      return set("SSES3", value);
    }
  }

  /**
   * This resource contains the details of the prefix-level of the Amazon S3 Storage Lens.
   *
   * <p>Property type {@code AWS::S3::StorageLens.PrefixLevel}.
   */
  public static final class PrefixLevel extends Struct<PrefixLevel> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.PrefixLevel")
        .required("StorageMetrics")
        .build();

    public PrefixLevel() {
      super(SCHEMA);
    }

    /**
     * A property for the prefix-level storage metrics for Amazon S3 Storage Lens.
     *
     * <p>Required. CloudFormation property {@code StorageMetrics}.
     */
    public PrefixLevel storageMetrics(Value<PrefixLevelStorageMetrics> value) {
      return set("StorageMetrics", value);
    }
  }

  /**
   * This resource contains the details of the prefix-level storage metrics for Amazon S3 Storage
   * Lens.
   *
   * <p>Property type {@code AWS::S3::StorageLens.PrefixLevelStorageMetrics}.
   */
  public static final class PrefixLevelStorageMetrics extends Struct<PrefixLevelStorageMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.PrefixLevelStorageMetrics");

    public PrefixLevelStorageMetrics() {
      super(SCHEMA);
    }

    /**
     * This property identifies whether the details of the prefix-level storage metrics for S3
     * Storage Lens are enabled.
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public PrefixLevelStorageMetrics isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public PrefixLevelStorageMetrics isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }

    /**
     * This property identifies whether the details of the prefix-level storage metrics for S3
     * Storage Lens are enabled.
     *
     * <p>CloudFormation property {@code SelectionCriteria}.
     */
    public PrefixLevelStorageMetrics selectionCriteria(Value<SelectionCriteria> value) {
      return set("SelectionCriteria", value);
    }
  }

  /**
   * This resource contains the details of the bucket where the Amazon S3 Storage Lens metrics
   * export will be placed.
   *
   * <p>Property type {@code AWS::S3::StorageLens.S3BucketDestination}.
   */
  public static final class S3BucketDestination extends Struct<S3BucketDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.S3BucketDestination")
        .required("AccountId", "Arn", "Format", "OutputSchemaVersion")
        .references("Arn", "AWS::S3::Bucket.Arn")
        .allowed("Format", "CSV", "Parquet")
        .allowed("OutputSchemaVersion", "V_1")
        .build();

    public S3BucketDestination() {
      super(SCHEMA);
    }

    /**
     * This property contains the details of the AWS account ID of the S3 Storage Lens export bucket
     * destination.
     *
     * <p>Required. CloudFormation property {@code AccountId}.
     */
    public S3BucketDestination accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public S3BucketDestination accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * This property contains the details of the ARN of the bucket destination of the S3 Storage
     * Lens export.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public S3BucketDestination arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public S3BucketDestination arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::S3::Bucket}; see {@link #arn(String)}. */
    public S3BucketDestination arn(Bucket resource) {
      return set("Arn", resource.arn());
    }

    /**
     * This property contains the details of the encryption of the bucket destination of the Amazon
     * S3 Storage Lens metrics export.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public S3BucketDestination encryption(Value<Encryption> value) {
      return set("Encryption", value);
    }

    /**
     * This property contains the details of the format of the S3 Storage Lens export bucket
     * destination.
     *
     * <p>Required. Allowed values: {@code CSV}, {@code Parquet}. CloudFormation property {@code
     * Format}.
     */
    public S3BucketDestination format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public S3BucketDestination format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * This property contains the details of the output schema version of the S3 Storage Lens export
     * bucket destination.
     *
     * <p>Required. Allowed values: {@code V_1}. CloudFormation property {@code
     * OutputSchemaVersion}.
     */
    public S3BucketDestination outputSchemaVersion(String value) {
      return set("OutputSchemaVersion", Value.of(value));
    }

    /** Sets {@code OutputSchemaVersion} to this value; see {@link #outputSchemaVersion(String)}. */
    public S3BucketDestination outputSchemaVersion(Value<String> value) {
      return set("OutputSchemaVersion", value);
    }

    /**
     * This property contains the details of the prefix of the bucket destination of the S3 Storage
     * Lens export .
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public S3BucketDestination prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3BucketDestination prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Specifies the use of server-side encryption using an AWS Key Management Service key (SSE-KMS)
   * to encrypt the delivered S3 Storage Lens metrics export file.
   *
   * <p>Property type {@code AWS::S3::StorageLens.SSEKMS}.
   */
  public static final class SSEKMS extends Struct<SSEKMS> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.SSEKMS")
        .required("KeyId")
        .build();

    public SSEKMS() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon Resource Name (ARN) of the customer managed AWS key to use for
     * encrypting the S3 Storage Lens metrics export file. Amazon S3 only supports symmetric
     * encryption keys. For more information, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-types.html">Special-purpose
     * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code KeyId}.
     */
    public SSEKMS keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public SSEKMS keyId(Value<String> value) {
      return set("KeyId", value);
    }
  }

  /**
   * This resource contains the details of the Amazon S3 Storage Lens selection criteria.
   *
   * <p>Property type {@code AWS::S3::StorageLens.SelectionCriteria}.
   */
  public static final class SelectionCriteria extends Struct<SelectionCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.SelectionCriteria");

    public SelectionCriteria() {
      super(SCHEMA);
    }

    /**
     * This property contains the details of the S3 Storage Lens delimiter being used.
     *
     * <p>CloudFormation property {@code Delimiter}.
     */
    public SelectionCriteria delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public SelectionCriteria delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * This property contains the details of the max depth that S3 Storage Lens will collect metrics
     * up to.
     *
     * <p>CloudFormation property {@code MaxDepth}.
     */
    public SelectionCriteria maxDepth(int value) {
      return set("MaxDepth", Value.of(value));
    }

    /** Sets {@code MaxDepth} to this value; see {@link #maxDepth(int)}. */
    public SelectionCriteria maxDepth(Value<Integer> value) {
      return set("MaxDepth", value);
    }

    /**
     * This property contains the details of the minimum storage bytes percentage threshold that S3
     * Storage Lens will collect metrics up to.
     *
     * <p>CloudFormation property {@code MinStorageBytesPercentage}.
     */
    public SelectionCriteria minStorageBytesPercentage(double value) {
      return set("MinStorageBytesPercentage", Value.of(value));
    }

    /**
     * Sets {@code MinStorageBytesPercentage} to this value; see {@link
     * #minStorageBytesPercentage(double)}.
     */
    public SelectionCriteria minStorageBytesPercentage(Value<Double> value) {
      return set("MinStorageBytesPercentage", value);
    }
  }

  /**
   * This is the property of the Amazon S3 Storage Lens configuration.
   *
   * <p>Property type {@code AWS::S3::StorageLens.StorageLensConfiguration}.
   */
  public static final class StorageLensConfiguration extends Struct<StorageLensConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.StorageLensConfiguration")
        .required("AccountLevel", "Id", "IsEnabled")
        .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9\\-_.]+$").minLength(1).maxLength(64))
        .build();

    public StorageLensConfiguration() {
      super(SCHEMA);
    }

    /**
     * This property contains the details of the account-level metrics for Amazon S3 Storage Lens
     * configuration.
     *
     * <p>Required. CloudFormation property {@code AccountLevel}.
     */
    public StorageLensConfiguration accountLevel(Value<AccountLevel> value) {
      return set("AccountLevel", value);
    }

    /**
     * This property contains the details of the AWS Organization for the S3 Storage Lens
     * configuration.
     *
     * <p>CloudFormation property {@code AwsOrg}.
     */
    public StorageLensConfiguration awsOrg(Value<AwsOrg> value) {
      return set("AwsOrg", value);
    }

    /**
     * This property contains the details of this S3 Storage Lens configuration's metrics export.
     *
     * <p>CloudFormation property {@code DataExport}.
     */
    public StorageLensConfiguration dataExport(Value<DataExport> value) {
      return set("DataExport", value);
    }

    /**
     * This property contains the details of the bucket and or Regions excluded for Amazon S3
     * Storage Lens configuration.
     *
     * <p>CloudFormation property {@code Exclude}.
     */
    public StorageLensConfiguration exclude(Value<BucketsAndRegions> value) {
      return set("Exclude", value);
    }

    /**
     * This property configures your S3 Storage Lens expanded prefixes metrics report.
     *
     * <p>CloudFormation property {@code ExpandedPrefixesDataExport}.
     */
    public StorageLensConfiguration expandedPrefixesDataExport(Value<StorageLensExpandedPrefixesDataExport> value) {
      return set("ExpandedPrefixesDataExport", value);
    }

    /**
     * This property contains the details of the ID of the S3 Storage Lens configuration.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
     * ^[a-zA-Z0-9&#92;-_.]+$}. CloudFormation property {@code Id}.
     */
    public StorageLensConfiguration id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public StorageLensConfiguration id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * This property contains the details of the bucket and or Regions included for Amazon S3
     * Storage Lens configuration.
     *
     * <p>CloudFormation property {@code Include}.
     */
    public StorageLensConfiguration include(Value<BucketsAndRegions> value) {
      return set("Include", value);
    }

    /**
     * This property contains the details of whether the Amazon S3 Storage Lens configuration is
     * enabled.
     *
     * <p>Required. CloudFormation property {@code IsEnabled}.
     */
    public StorageLensConfiguration isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public StorageLensConfiguration isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }

    /**
     * The delimiter to divide S3 key into hierarchy of prefixes.
     *
     * <p>CloudFormation property {@code PrefixDelimiter}.
     */
    public StorageLensConfiguration prefixDelimiter(String value) {
      return set("PrefixDelimiter", Value.of(value));
    }

    /** Sets {@code PrefixDelimiter} to this value; see {@link #prefixDelimiter(String)}. */
    public StorageLensConfiguration prefixDelimiter(Value<String> value) {
      return set("PrefixDelimiter", value);
    }

    /**
     * This property contains the details of the ARN of the S3 Storage Lens configuration. This
     * property is read-only.
     *
     * <p>CloudFormation property {@code StorageLensArn}.
     */
    public StorageLensConfiguration storageLensArn(String value) {
      return set("StorageLensArn", Value.of(value));
    }

    /** Sets {@code StorageLensArn} to this value; see {@link #storageLensArn(String)}. */
    public StorageLensConfiguration storageLensArn(Value<String> value) {
      return set("StorageLensArn", value);
    }
  }

  /**
   * This resource specifies the properties of your S3 Storage Lens Expanded Prefixes metrics
   * export.
   *
   * <p>Property type {@code AWS::S3::StorageLens.StorageLensExpandedPrefixesDataExport}.
   */
  public static final class StorageLensExpandedPrefixesDataExport extends Struct<StorageLensExpandedPrefixesDataExport> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.StorageLensExpandedPrefixesDataExport");

    public StorageLensExpandedPrefixesDataExport() {
      super(SCHEMA);
    }

    /**
     * This property specifies the general purpose bucket where the S3 Storage Lens Expanded
     * Prefixes metrics export files are located. At least one export destination must be specified.
     *
     * <p>CloudFormation property {@code S3BucketDestination}.
     */
    public StorageLensExpandedPrefixesDataExport s3BucketDestination(Value<S3BucketDestination> value) {
      return set("S3BucketDestination", value);
    }

    /**
     * This property configures S3 Storage Lens Expanded Prefixes metrics report to read-only S3
     * table buckets.
     *
     * <p>CloudFormation property {@code StorageLensTableDestination}.
     */
    public StorageLensExpandedPrefixesDataExport storageLensTableDestination(Value<StorageLensTableDestination> value) {
      return set("StorageLensTableDestination", value);
    }
  }

  /**
   * This resource determines the scope of Storage Lens group data that is displayed in the Storage
   * Lens dashboard.
   *
   * <p>Property type {@code AWS::S3::StorageLens.StorageLensGroupLevel}.
   */
  public static final class StorageLensGroupLevel extends Struct<StorageLensGroupLevel> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.StorageLensGroupLevel");

    public StorageLensGroupLevel() {
      super(SCHEMA);
    }

    /**
     * This property indicates which Storage Lens group ARNs to include or exclude in the Storage
     * Lens group aggregation. If this value is left null, then all Storage Lens groups are
     * selected.
     *
     * <p>CloudFormation property {@code StorageLensGroupSelectionCriteria}.
     */
    public StorageLensGroupLevel storageLensGroupSelectionCriteria(Value<StorageLensGroupSelectionCriteria> value) {
      return set("StorageLensGroupSelectionCriteria", value);
    }
  }

  /**
   * This resource indicates which Storage Lens group ARNs to include or exclude in the Storage Lens
   * group aggregation. You can only attach Storage Lens groups to your dashboard if they're
   * included in your Storage Lens group aggregation. If this value is left null, then all Storage
   * Lens groups are selected.
   *
   * <p>Property type {@code AWS::S3::StorageLens.StorageLensGroupSelectionCriteria}.
   */
  public static final class StorageLensGroupSelectionCriteria extends Struct<StorageLensGroupSelectionCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::StorageLens.StorageLensGroupSelectionCriteria");

    public StorageLensGroupSelectionCriteria() {
      super(SCHEMA);
    }

    /**
     * This property indicates which Storage Lens group ARNs to exclude from the Storage Lens group
     * aggregation.
     *
     * <p>CloudFormation property {@code Exclude}.
     */
    public StorageLensGroupSelectionCriteria exclude(List<String> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public StorageLensGroupSelectionCriteria exclude(Value<List<String>> value) {
      return set("Exclude", value);
    }

    /**
     * This property indicates which Storage Lens group ARNs to include in the Storage Lens group
     * aggregation.
     *
     * <p>CloudFormation property {@code Include}.
     */
    public StorageLensGroupSelectionCriteria include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public StorageLensGroupSelectionCriteria include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * This resource configures your S3 Storage Lens reports to export to read-only S3 table buckets.
   * With this resource, you can store your Storage Lens metrics in S3 Tables that are created in a
   * read-only S3 table bucket called aws-s3.
   *
   * <p>Property type {@code AWS::S3::StorageLens.StorageLensTableDestination}.
   */
  public static final class StorageLensTableDestination extends Struct<StorageLensTableDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLens.StorageLensTableDestination")
        .required("IsEnabled")
        .build();

    public StorageLensTableDestination() {
      super(SCHEMA);
    }

    /**
     * This resource configures your data encryption settings for Storage Lens metrics in read-only
     * S3 table buckets.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public StorageLensTableDestination encryption(Value<Encryption> value) {
      return set("Encryption", value);
    }

    /**
     * This property indicates whether the export to read-only S3 table buckets is enabled for your
     * S3 Storage Lens configuration. When set to true, Storage Lens reports are automatically
     * exported to tables in addition to other configured destinations.
     *
     * <p>Required. CloudFormation property {@code IsEnabled}.
     */
    public StorageLensTableDestination isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public StorageLensTableDestination isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }
  }
}
