// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.timestream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * Create a scheduled query that will be run on your behalf at the configured schedule. Timestream
 * assumes the execution role provided as part of the <code>ScheduledQueryExecutionRoleArn</code>
 * parameter to run the query. You can use the <code>NotificationConfiguration</code> parameter to
 * configure notification for your scheduled query operations.
 *
 * <p>CloudFormation type {@code AWS::Timestream::ScheduledQuery}.
 */
public final class ScheduledQuery extends Resource<ScheduledQuery> {
  private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery")
      .required("ErrorReportConfiguration", "NotificationConfiguration", "QueryString",
          "ScheduleConfiguration", "ScheduledQueryExecutionRoleArn")
      .constrain("ClientToken", Constraint.of().minLength(32).maxLength(128))
      .references("KmsKeyId", "AWS::KMS::Key.Ref")
      .constrain("QueryString", Constraint.of().minLength(1).maxLength(262144))
      .constrain("ScheduledQueryExecutionRoleArn", Constraint.of().minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("ScheduledQueryExecutionRoleArn", "AWS::IAM::Role.Arn")
      .constrain("ScheduledQueryName", Constraint.of().pattern("[a-zA-Z0-9_.-]+").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "SQErrorReportConfiguration", "SQKmsKeyId", "SQName",
          "SQNotificationConfiguration", "SQQueryString", "SQScheduleConfiguration",
          "SQScheduledQueryExecutionRoleArn", "SQTargetConfiguration")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ScheduledQuery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Using a ClientToken makes the call to CreateScheduledQuery idempotent, in other words, making
   * the same request repeatedly will produce the same result. Making multiple identical
   * CreateScheduledQuery requests has the same effect as making a single request.
   *
   * <ul> <li>If CreateScheduledQuery is called without a <code>ClientToken</code> , the Query SDK
   * generates a <code>ClientToken</code> on your behalf. <li>After 8 hours, any request with the
   * same <code>ClientToken</code> is treated as a new request. </ul>
   *
   * <p>Changing it replaces the resource. Length: 32 to 128 characters. CloudFormation property
   * {@code ClientToken}.
   */
  public ScheduledQuery clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public ScheduledQuery clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Configuration for error reporting. Error reports will be generated when a problem is
   * encountered when writing the query results.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ErrorReportConfiguration}.
   */
  public ScheduledQuery errorReportConfiguration(Value<ErrorReportConfiguration> value) {
    return set("ErrorReportConfiguration", value);
  }

  /**
   * The Amazon KMS key used to encrypt the scheduled query resource, at-rest. If the Amazon KMS key
   * is not specified, the scheduled query resource will be encrypted with a Timestream owned Amazon
   * KMS key. To specify a KMS key, use the key ID, key ARN, alias name, or alias ARN. When using an
   * alias name, prefix the name with <em>alias/</em>
   *
   * <p>If ErrorReportConfiguration uses <code>SSE_KMS</code> as encryption type, the same KmsKeyId
   * is used to encrypt the error report at rest.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public ScheduledQuery kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public ScheduledQuery kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public ScheduledQuery kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.ref());
  }

  /**
   * Notification configuration for the scheduled query. A notification is sent by Timestream when a
   * query run finishes, when the state is updated or when you delete it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NotificationConfiguration}.
   */
  public ScheduledQuery notificationConfiguration(Value<NotificationConfiguration> value) {
    return set("NotificationConfiguration", value);
  }

  /**
   * The query string to run. Parameter names can be specified in the query string
   * <code>&#64;</code> character followed by an identifier. The named Parameter
   * <code>&#64;scheduled_runtime</code> is reserved and can be used in the query to get the time at
   * which the query is scheduled to run.
   *
   * <p>The timestamp calculated according to the ScheduleConfiguration parameter, will be the value
   * of <code>&#64;scheduled_runtime</code> paramater for each query run. For example, consider an
   * instance of a scheduled query executing on 2021-12-01 00:00:00. For this instance, the
   * <code>&#64;scheduled_runtime</code> parameter is initialized to the timestamp 2021-12-01
   * 00:00:00 when invoking the query.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 262144 characters. CloudFormation
   * property {@code QueryString}.
   */
  public ScheduledQuery queryString(String value) {
    return set("QueryString", Value.of(value));
  }

  /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
  public ScheduledQuery queryString(Value<String> value) {
    return set("QueryString", value);
  }

  /**
   * Schedule configuration.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ScheduleConfiguration}.
   */
  public ScheduledQuery scheduleConfiguration(Value<ScheduleConfiguration> value) {
    return set("ScheduleConfiguration", value);
  }

  /**
   * The ARN for the IAM role that Timestream will assume when running the scheduled query.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ScheduledQueryExecutionRoleArn}.
   */
  public ScheduledQuery scheduledQueryExecutionRoleArn(String value) {
    return set("ScheduledQueryExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ScheduledQueryExecutionRoleArn} to this value; see {@link
   * #scheduledQueryExecutionRoleArn(String)}.
   */
  public ScheduledQuery scheduledQueryExecutionRoleArn(Value<String> value) {
    return set("ScheduledQueryExecutionRoleArn", value);
  }

  /**
   * Sets {@code ScheduledQueryExecutionRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #scheduledQueryExecutionRoleArn(String)}.
   */
  public ScheduledQuery scheduledQueryExecutionRoleArn(Role resource) {
    return set("ScheduledQueryExecutionRoleArn", resource.arn());
  }

  /**
   * A name for the query. Scheduled query names must be unique within each Region.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9_.-]+}. CloudFormation property {@code ScheduledQueryName}.
   */
  public ScheduledQuery scheduledQueryName(String value) {
    return set("ScheduledQueryName", Value.of(value));
  }

  /** Sets {@code ScheduledQueryName} to this value; see {@link #scheduledQueryName(String)}. */
  public ScheduledQuery scheduledQueryName(Value<String> value) {
    return set("ScheduledQueryName", value);
  }

  /**
   * A list of key-value pairs to label the scheduled query.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ScheduledQuery tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ScheduledQuery tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ScheduledQuery tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Scheduled query target store configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TargetConfiguration}.
   */
  public ScheduledQuery targetConfiguration(Value<TargetConfiguration> value) {
    return set("TargetConfiguration", value);
  }

  /**
   * The <code>ARN</code> of the scheduled query.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The scheduled query error reporting configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQErrorReportConfiguration}.
   */
  public Value<String> sqErrorReportConfiguration() {
    return getAtt("SQErrorReportConfiguration");
  }

  /**
   * The KMS key used to encrypt the query resource, if a customer managed KMS key was provided.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQKmsKeyId}.
   */
  public Value<String> sqKmsKeyId() {
    return getAtt("SQKmsKeyId");
  }

  /**
   * The scheduled query name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQName}.
   */
  public Value<String> sqName() {
    return getAtt("SQName");
  }

  /**
   * The scheduled query notification configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQNotificationConfiguration}.
   */
  public Value<String> sqNotificationConfiguration() {
    return getAtt("SQNotificationConfiguration");
  }

  /**
   * The scheduled query string..
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQQueryString}.
   */
  public Value<String> sqQueryString() {
    return getAtt("SQQueryString");
  }

  /**
   * The scheduled query schedule configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQScheduleConfiguration}.
   */
  public Value<String> sqScheduleConfiguration() {
    return getAtt("SQScheduleConfiguration");
  }

  /**
   * The ARN of the IAM role that will be used by Timestream to run the query.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQScheduledQueryExecutionRoleArn}.
   */
  public Value<String> sqScheduledQueryExecutionRoleArn() {
    return getAtt("SQScheduledQueryExecutionRoleArn");
  }

  /**
   * The configuration for query output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SQTargetConfiguration}.
   */
  public Value<String> sqTargetConfiguration() {
    return getAtt("SQTargetConfiguration");
  }

  /**
   * This type is used to map column(s) from the query result to a dimension in the destination
   * table.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.DimensionMapping}.
   */
  public static final class DimensionMapping extends Struct<DimensionMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.DimensionMapping")
        .required("DimensionValueType", "Name")
        .allowed("DimensionValueType", "VARCHAR")
        .build();

    public DimensionMapping() {
      super(SCHEMA);
    }

    /**
     * Type for the dimension: VARCHAR
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code VARCHAR}.
     * CloudFormation property {@code DimensionValueType}.
     */
    public DimensionMapping dimensionValueType(String value) {
      return set("DimensionValueType", Value.of(value));
    }

    /** Sets {@code DimensionValueType} to this value; see {@link #dimensionValueType(String)}. */
    public DimensionMapping dimensionValueType(Value<String> value) {
      return set("DimensionValueType", value);
    }

    /**
     * Column name from query result.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public DimensionMapping name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DimensionMapping name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Configuration required for error reporting.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.ErrorReportConfiguration}.
   */
  public static final class ErrorReportConfiguration extends Struct<ErrorReportConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.ErrorReportConfiguration")
        .required("S3Configuration")
        .build();

    public ErrorReportConfiguration() {
      super(SCHEMA);
    }

    /**
     * The S3 configuration for the error reports.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * S3Configuration}.
     */
    public ErrorReportConfiguration s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * MixedMeasureMappings are mappings that can be used to ingest data into a mixture of narrow and
   * multi measures in the derived table.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.MixedMeasureMapping}.
   */
  public static final class MixedMeasureMapping extends Struct<MixedMeasureMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.MixedMeasureMapping")
        .required("MeasureValueType")
        .allowed("MeasureValueType", "BIGINT", "BOOLEAN", "DOUBLE", "VARCHAR", "MULTI")
        .build();

    public MixedMeasureMapping() {
      super(SCHEMA);
    }

    /**
     * Refers to the value of measure_name in a result row. This field is required if
     * MeasureNameColumn is provided.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MeasureName}.
     */
    public MixedMeasureMapping measureName(String value) {
      return set("MeasureName", Value.of(value));
    }

    /** Sets {@code MeasureName} to this value; see {@link #measureName(String)}. */
    public MixedMeasureMapping measureName(Value<String> value) {
      return set("MeasureName", value);
    }

    /**
     * Type of the value that is to be read from sourceColumn. If the mapping is for MULTI, use
     * MeasureValueType.MULTI.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code BIGINT}, {@code
     * BOOLEAN}, {@code DOUBLE}, {@code VARCHAR}, {@code MULTI}. CloudFormation property {@code
     * MeasureValueType}.
     */
    public MixedMeasureMapping measureValueType(String value) {
      return set("MeasureValueType", Value.of(value));
    }

    /** Sets {@code MeasureValueType} to this value; see {@link #measureValueType(String)}. */
    public MixedMeasureMapping measureValueType(Value<String> value) {
      return set("MeasureValueType", value);
    }

    /**
     * Required when measureValueType is MULTI. Attribute mappings for MULTI value measures.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * MultiMeasureAttributeMappings}.
     */
    public MixedMeasureMapping multiMeasureAttributeMappings(List<MultiMeasureAttributeMapping> value) {
      return set("MultiMeasureAttributeMappings", Value.listOf(value));
    }

    /**
     * Sets {@code MultiMeasureAttributeMappings} to this value; see {@link
     * #multiMeasureAttributeMappings(List)}.
     */
    public MixedMeasureMapping multiMeasureAttributeMappings(Value<List<MultiMeasureAttributeMapping>> value) {
      return set("MultiMeasureAttributeMappings", value);
    }

    /**
     * Sets {@code MultiMeasureAttributeMappings} to a list of these; see {@link
     * #multiMeasureAttributeMappings(List)}.
     */
    public MixedMeasureMapping multiMeasureAttributeMappings(MultiMeasureAttributeMapping... values) {
      return set("MultiMeasureAttributeMappings", Value.list(values));
    }

    /**
     * This field refers to the source column from which measure-value is to be read for result
     * materialization.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceColumn}.
     */
    public MixedMeasureMapping sourceColumn(String value) {
      return set("SourceColumn", Value.of(value));
    }

    /** Sets {@code SourceColumn} to this value; see {@link #sourceColumn(String)}. */
    public MixedMeasureMapping sourceColumn(Value<String> value) {
      return set("SourceColumn", value);
    }

    /**
     * Target measure name to be used. If not provided, the target measure name by default would be
     * measure-name if provided, or sourceColumn otherwise.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TargetMeasureName}.
     */
    public MixedMeasureMapping targetMeasureName(String value) {
      return set("TargetMeasureName", Value.of(value));
    }

    /** Sets {@code TargetMeasureName} to this value; see {@link #targetMeasureName(String)}. */
    public MixedMeasureMapping targetMeasureName(Value<String> value) {
      return set("TargetMeasureName", value);
    }
  }

  /**
   * Attribute mapping for MULTI value measures.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.MultiMeasureAttributeMapping}.
   */
  public static final class MultiMeasureAttributeMapping extends Struct<MultiMeasureAttributeMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.MultiMeasureAttributeMapping")
        .required("MeasureValueType", "SourceColumn")
        .allowed("MeasureValueType", "BIGINT", "BOOLEAN", "DOUBLE", "VARCHAR", "TIMESTAMP")
        .build();

    public MultiMeasureAttributeMapping() {
      super(SCHEMA);
    }

    /**
     * Type of the attribute to be read from the source column.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code BIGINT}, {@code
     * BOOLEAN}, {@code DOUBLE}, {@code VARCHAR}, {@code TIMESTAMP}. CloudFormation property {@code
     * MeasureValueType}.
     */
    public MultiMeasureAttributeMapping measureValueType(String value) {
      return set("MeasureValueType", Value.of(value));
    }

    /** Sets {@code MeasureValueType} to this value; see {@link #measureValueType(String)}. */
    public MultiMeasureAttributeMapping measureValueType(Value<String> value) {
      return set("MeasureValueType", value);
    }

    /**
     * Source column from where the attribute value is to be read.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SourceColumn}.
     */
    public MultiMeasureAttributeMapping sourceColumn(String value) {
      return set("SourceColumn", Value.of(value));
    }

    /** Sets {@code SourceColumn} to this value; see {@link #sourceColumn(String)}. */
    public MultiMeasureAttributeMapping sourceColumn(Value<String> value) {
      return set("SourceColumn", value);
    }

    /**
     * Custom name to be used for attribute name in derived table. If not provided, source column
     * name would be used.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * TargetMultiMeasureAttributeName}.
     */
    public MultiMeasureAttributeMapping targetMultiMeasureAttributeName(String value) {
      return set("TargetMultiMeasureAttributeName", Value.of(value));
    }

    /**
     * Sets {@code TargetMultiMeasureAttributeName} to this value; see {@link
     * #targetMultiMeasureAttributeName(String)}.
     */
    public MultiMeasureAttributeMapping targetMultiMeasureAttributeName(Value<String> value) {
      return set("TargetMultiMeasureAttributeName", value);
    }
  }

  /**
   * Only one of MixedMeasureMappings or MultiMeasureMappings is to be provided.
   * MultiMeasureMappings can be used to ingest data as multi measures in the derived table.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.MultiMeasureMappings}.
   */
  public static final class MultiMeasureMappings extends Struct<MultiMeasureMappings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.MultiMeasureMappings")
        .required("MultiMeasureAttributeMappings")
        .build();

    public MultiMeasureMappings() {
      super(SCHEMA);
    }

    /**
     * Required. Attribute mappings to be used for mapping query results to ingest data for
     * multi-measure attributes.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * MultiMeasureAttributeMappings}.
     */
    public MultiMeasureMappings multiMeasureAttributeMappings(List<MultiMeasureAttributeMapping> value) {
      return set("MultiMeasureAttributeMappings", Value.listOf(value));
    }

    /**
     * Sets {@code MultiMeasureAttributeMappings} to this value; see {@link
     * #multiMeasureAttributeMappings(List)}.
     */
    public MultiMeasureMappings multiMeasureAttributeMappings(Value<List<MultiMeasureAttributeMapping>> value) {
      return set("MultiMeasureAttributeMappings", value);
    }

    /**
     * Sets {@code MultiMeasureAttributeMappings} to a list of these; see {@link
     * #multiMeasureAttributeMappings(List)}.
     */
    public MultiMeasureMappings multiMeasureAttributeMappings(MultiMeasureAttributeMapping... values) {
      return set("MultiMeasureAttributeMappings", Value.list(values));
    }

    /**
     * The name of the target multi-measure name in the derived table. This input is required when
     * measureNameColumn is not provided. If MeasureNameColumn is provided, then value from that
     * column will be used as multi-measure name.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TargetMultiMeasureName}.
     */
    public MultiMeasureMappings targetMultiMeasureName(String value) {
      return set("TargetMultiMeasureName", Value.of(value));
    }

    /**
     * Sets {@code TargetMultiMeasureName} to this value; see {@link
     * #targetMultiMeasureName(String)}.
     */
    public MultiMeasureMappings targetMultiMeasureName(Value<String> value) {
      return set("TargetMultiMeasureName", value);
    }
  }

  /**
   * Notification configuration for a scheduled query. A notification is sent by Timestream when a
   * scheduled query is created, its state is updated or when it is deleted.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.NotificationConfiguration}.
   */
  public static final class NotificationConfiguration extends Struct<NotificationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.NotificationConfiguration")
        .required("SnsConfiguration")
        .build();

    public NotificationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Details on SNS configuration.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * SnsConfiguration}.
     */
    public NotificationConfiguration snsConfiguration(Value<SnsConfiguration> value) {
      return set("SnsConfiguration", value);
    }
  }

  /**
   * Details on S3 location for error reports that result from running a query.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.S3Configuration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .allowed("EncryptionOption", "SSE_S3", "SSE_KMS")
        .constrain("ObjectKeyPrefix", Constraint.of().pattern("[a-zA-Z0-9|!\\-_*'\\(\\)]([a-zA-Z0-9]|[!\\-_*'\\(\\)\\/.])+").minLength(1).maxLength(896))
        .build();

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * Name of the S3 bucket under which error reports will be created.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * [a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code BucketName}.
     */
    public S3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3Configuration bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * Encryption at rest options for the error reports. If no encryption option is specified,
     * Timestream will choose SSE_S3 as default.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SSE_S3}, {@code SSE_KMS}.
     * CloudFormation property {@code EncryptionOption}.
     */
    public S3Configuration encryptionOption(String value) {
      return set("EncryptionOption", Value.of(value));
    }

    /** Sets {@code EncryptionOption} to this value; see {@link #encryptionOption(String)}. */
    public S3Configuration encryptionOption(Value<String> value) {
      return set("EncryptionOption", value);
    }

    /**
     * Prefix for the error report key. Timestream by default adds the following prefix to the error
     * report path.
     *
     * <p>Changing it replaces the resource. Length: 1 to 896 characters. Pattern: {@code
     * [a-zA-Z0-9|!&#92;-_*'&#92;(&#92;)]([a-zA-Z0-9]|[!&#92;-_*'&#92;(&#92;)&#92;/.])+}.
     * CloudFormation property {@code ObjectKeyPrefix}.
     */
    public S3Configuration objectKeyPrefix(String value) {
      return set("ObjectKeyPrefix", Value.of(value));
    }

    /** Sets {@code ObjectKeyPrefix} to this value; see {@link #objectKeyPrefix(String)}. */
    public S3Configuration objectKeyPrefix(Value<String> value) {
      return set("ObjectKeyPrefix", value);
    }
  }

  /**
   * Configuration of the schedule of the query.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.ScheduleConfiguration}.
   */
  public static final class ScheduleConfiguration extends Struct<ScheduleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.ScheduleConfiguration")
        .required("ScheduleExpression")
        .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ScheduleConfiguration() {
      super(SCHEMA);
    }

    /**
     * An expression that denotes when to trigger the scheduled query run. This can be a cron
     * expression or a rate expression.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
     * property {@code ScheduleExpression}.
     */
    public ScheduleConfiguration scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduleConfiguration scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }
  }

  /**
   * Details on SNS that are required to send the notification.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.SnsConfiguration}.
   */
  public static final class SnsConfiguration extends Struct<SnsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.SnsConfiguration")
        .required("TopicArn")
        .constrain("TopicArn", Constraint.of().minLength(1).maxLength(2048).format("AWS::SNS::Topic.Arn"))
        .references("TopicArn", "AWS::SNS::Topic.Ref")
        .build();

    public SnsConfiguration() {
      super(SCHEMA);
    }

    /**
     * SNS topic ARN that the scheduled query status notifications will be sent to.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Format: {@code
     * AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public SnsConfiguration topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public SnsConfiguration topicArn(Value<String> value) {
      return set("TopicArn", value);
    }

    /**
     * Sets {@code TopicArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #topicArn(String)}.
     */
    public SnsConfiguration topicArn(Topic resource) {
      return set("TopicArn", resource.ref());
    }
  }

  /**
   * Configuration used for writing the output of a query.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.TargetConfiguration}.
   */
  public static final class TargetConfiguration extends Struct<TargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.TargetConfiguration")
        .required("TimestreamConfiguration")
        .build();

    public TargetConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration needed to write data into the Timestream database and table.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TimestreamConfiguration}.
     */
    public TargetConfiguration timestreamConfiguration(Value<TimestreamConfiguration> value) {
      return set("TimestreamConfiguration", value);
    }
  }

  /**
   * Configuration to write data into Timestream database and table. This configuration allows the
   * user to map the query result select columns into the destination table columns.
   *
   * <p>Property type {@code AWS::Timestream::ScheduledQuery.TimestreamConfiguration}.
   */
  public static final class TimestreamConfiguration extends Struct<TimestreamConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::ScheduledQuery.TimestreamConfiguration")
        .required("DatabaseName", "DimensionMappings", "TableName", "TimeColumn")
        .build();

    public TimestreamConfiguration() {
      super(SCHEMA);
    }

    /**
     * Name of Timestream database to which the query result will be written.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code DatabaseName}.
     */
    public TimestreamConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public TimestreamConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * This is to allow mapping column(s) from the query result to the dimension in the destination
     * table.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DimensionMappings}.
     */
    public TimestreamConfiguration dimensionMappings(List<DimensionMapping> value) {
      return set("DimensionMappings", Value.listOf(value));
    }

    /** Sets {@code DimensionMappings} to this value; see {@link #dimensionMappings(List)}. */
    public TimestreamConfiguration dimensionMappings(Value<List<DimensionMapping>> value) {
      return set("DimensionMappings", value);
    }

    /** Sets {@code DimensionMappings} to a list of these; see {@link #dimensionMappings(List)}. */
    public TimestreamConfiguration dimensionMappings(DimensionMapping... values) {
      return set("DimensionMappings", Value.list(values));
    }

    /**
     * Name of the measure column. Also see <code>MultiMeasureMappings</code> and
     * <code>MixedMeasureMappings</code> for how measure name properties on those relate to
     * <code>MeasureNameColumn</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MeasureNameColumn}.
     */
    public TimestreamConfiguration measureNameColumn(String value) {
      return set("MeasureNameColumn", Value.of(value));
    }

    /** Sets {@code MeasureNameColumn} to this value; see {@link #measureNameColumn(String)}. */
    public TimestreamConfiguration measureNameColumn(Value<String> value) {
      return set("MeasureNameColumn", value);
    }

    /**
     * Specifies how to map measures to multi-measure records.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MixedMeasureMappings}.
     */
    public TimestreamConfiguration mixedMeasureMappings(List<MixedMeasureMapping> value) {
      return set("MixedMeasureMappings", Value.listOf(value));
    }

    /** Sets {@code MixedMeasureMappings} to this value; see {@link #mixedMeasureMappings(List)}. */
    public TimestreamConfiguration mixedMeasureMappings(Value<List<MixedMeasureMapping>> value) {
      return set("MixedMeasureMappings", value);
    }

    /**
     * Sets {@code MixedMeasureMappings} to a list of these; see {@link
     * #mixedMeasureMappings(List)}.
     */
    public TimestreamConfiguration mixedMeasureMappings(MixedMeasureMapping... values) {
      return set("MixedMeasureMappings", Value.list(values));
    }

    /**
     * Multi-measure mappings.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MultiMeasureMappings}.
     */
    public TimestreamConfiguration multiMeasureMappings(Value<MultiMeasureMappings> value) {
      return set("MultiMeasureMappings", value);
    }

    /**
     * Name of Timestream table that the query result will be written to. The table should be within
     * the same database that is provided in Timestream configuration.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code TableName}.
     */
    public TimestreamConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public TimestreamConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Column from query result that should be used as the time column in destination table. Column
     * type for this should be TIMESTAMP.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code TimeColumn}.
     */
    public TimestreamConfiguration timeColumn(String value) {
      return set("TimeColumn", Value.of(value));
    }

    /** Sets {@code TimeColumn} to this value; see {@link #timeColumn(String)}. */
    public TimestreamConfiguration timeColumn(Value<String> value) {
      return set("TimeColumn", value);
    }
  }
}
