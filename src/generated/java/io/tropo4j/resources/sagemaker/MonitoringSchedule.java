// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::SageMaker::MonitoringSchedule</code> resource is an Amazon SageMaker resource type
 * that regularly starts SageMaker processing Jobs to monitor the data captured for a SageMaker
 * endpoint.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::MonitoringSchedule}.
 */
public final class MonitoringSchedule extends Resource<MonitoringSchedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule")
      .required("MonitoringScheduleConfig", "MonitoringScheduleName")
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
      .constrain("FailureReason", Constraint.of().minLength(1).maxLength(1024))
      .constrain("MonitoringScheduleName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .allowed("MonitoringScheduleStatus", "Pending", "Failed", "Scheduled", "Stopped")
      .refYields("MonitoringScheduleArn")
      .attributes("CreationTime", "LastModifiedTime", "MonitoringScheduleArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MonitoringSchedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the endpoint using the monitoring schedule.
   *
   * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation
   * property {@code EndpointName}.
   */
  public MonitoringSchedule endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public MonitoringSchedule endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * Contains the reason a monitoring job failed, if it failed.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code FailureReason}.
   */
  public MonitoringSchedule failureReason(String value) {
    return set("FailureReason", Value.of(value));
  }

  /** Sets {@code FailureReason} to this value; see {@link #failureReason(String)}. */
  public MonitoringSchedule failureReason(Value<String> value) {
    return set("FailureReason", value);
  }

  /**
   * Describes metadata on the last execution to run, if there was one.
   *
   * <p>CloudFormation property {@code LastMonitoringExecutionSummary}.
   */
  public MonitoringSchedule lastMonitoringExecutionSummary(Value<MonitoringExecutionSummary> value) {
    return set("LastMonitoringExecutionSummary", value);
  }

  /**
   * The configuration object that specifies the monitoring schedule and defines the monitoring job.
   *
   * <p>Required. CloudFormation property {@code MonitoringScheduleConfig}.
   */
  public MonitoringSchedule monitoringScheduleConfig(Value<MonitoringScheduleConfig> value) {
    return set("MonitoringScheduleConfig", value);
  }

  /**
   * The name of the monitoring schedule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code MonitoringScheduleName}.
   */
  public MonitoringSchedule monitoringScheduleName(String value) {
    return set("MonitoringScheduleName", Value.of(value));
  }

  /**
   * Sets {@code MonitoringScheduleName} to this value; see {@link #monitoringScheduleName(String)}.
   */
  public MonitoringSchedule monitoringScheduleName(Value<String> value) {
    return set("MonitoringScheduleName", value);
  }

  /**
   * The status of the monitoring schedule.
   *
   * <p>Allowed values: {@code Pending}, {@code Failed}, {@code Scheduled}, {@code Stopped}.
   * CloudFormation property {@code MonitoringScheduleStatus}.
   */
  public MonitoringSchedule monitoringScheduleStatus(String value) {
    return set("MonitoringScheduleStatus", Value.of(value));
  }

  /**
   * Sets {@code MonitoringScheduleStatus} to this value; see {@link
   * #monitoringScheduleStatus(String)}.
   */
  public MonitoringSchedule monitoringScheduleStatus(Value<String> value) {
    return set("MonitoringScheduleStatus", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MonitoringSchedule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MonitoringSchedule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MonitoringSchedule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time when the monitoring schedule was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The last time that the monitoring schedule was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the monitoring schedule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitoringScheduleArn}.
   */
  public Value<String> monitoringScheduleArn() {
    return getAtt("MonitoringScheduleArn");
  }

  /**
   * Baseline configuration used to validate that the data conforms to the specified constraints and
   * statistics.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.BaselineConfig}.
   */
  public static final class BaselineConfig extends Struct<BaselineConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::MonitoringSchedule.BaselineConfig");

    public BaselineConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 URI for the constraints resource.
     *
     * <p>CloudFormation property {@code ConstraintsResource}.
     */
    public BaselineConfig constraintsResource(Value<ConstraintsResource> value) {
      return set("ConstraintsResource", value);
    }

    /**
     * The baseline statistics file in Amazon S3 that the current monitoring job should be validated
     * against.
     *
     * <p>CloudFormation property {@code StatisticsResource}.
     */
    public BaselineConfig statisticsResource(Value<StatisticsResource> value) {
      return set("StatisticsResource", value);
    }
  }

  /**
   * Input object for the batch transform job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.BatchTransformInput}.
   */
  public static final class BatchTransformInput extends Struct<BatchTransformInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.BatchTransformInput")
        .required("DataCapturedDestinationS3Uri", "DatasetFormat", "LocalPath")
        .constrain("DataCapturedDestinationS3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(512))
        .constrain("ExcludeFeaturesAttribute", Constraint.of().minLength(0).maxLength(100))
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("S3DataDistributionType", "FullyReplicated", "ShardedByS3Key")
        .allowed("S3InputMode", "Pipe", "File")
        .build();

    public BatchTransformInput() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 location being used to capture the data.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code DataCapturedDestinationS3Uri}.
     */
    public BatchTransformInput dataCapturedDestinationS3Uri(String value) {
      return set("DataCapturedDestinationS3Uri", Value.of(value));
    }

    /**
     * Sets {@code DataCapturedDestinationS3Uri} to this value; see {@link
     * #dataCapturedDestinationS3Uri(String)}.
     */
    public BatchTransformInput dataCapturedDestinationS3Uri(Value<String> value) {
      return set("DataCapturedDestinationS3Uri", value);
    }

    /**
     * The dataset format for your batch transform job.
     *
     * <p>Required. CloudFormation property {@code DatasetFormat}.
     */
    public BatchTransformInput datasetFormat(Value<DatasetFormat> value) {
      return set("DatasetFormat", value);
    }

    /**
     * The attributes of the input data to exclude from the analysis.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code ExcludeFeaturesAttribute}.
     */
    public BatchTransformInput excludeFeaturesAttribute(String value) {
      return set("ExcludeFeaturesAttribute", Value.of(value));
    }

    /**
     * Sets {@code ExcludeFeaturesAttribute} to this value; see {@link
     * #excludeFeaturesAttribute(String)}.
     */
    public BatchTransformInput excludeFeaturesAttribute(Value<String> value) {
      return set("ExcludeFeaturesAttribute", value);
    }

    /**
     * Path to the filesystem where the batch transform data is available to the container.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * LocalPath}.
     */
    public BatchTransformInput localPath(String value) {
      return set("LocalPath", Value.of(value));
    }

    /** Sets {@code LocalPath} to this value; see {@link #localPath(String)}. */
    public BatchTransformInput localPath(Value<String> value) {
      return set("LocalPath", value);
    }

    /**
     * Whether input data distributed in Amazon S3 is fully replicated or sharded by an S3 key.
     * Defaults to <code>FullyReplicated</code>
     *
     * <p>Allowed values: {@code FullyReplicated}, {@code ShardedByS3Key}. CloudFormation property
     * {@code S3DataDistributionType}.
     */
    public BatchTransformInput s3DataDistributionType(String value) {
      return set("S3DataDistributionType", Value.of(value));
    }

    /**
     * Sets {@code S3DataDistributionType} to this value; see {@link
     * #s3DataDistributionType(String)}.
     */
    public BatchTransformInput s3DataDistributionType(Value<String> value) {
      return set("S3DataDistributionType", value);
    }

    /**
     * Whether the <code>Pipe</code> or <code>File</code> is used as the input mode for transferring
     * data for the monitoring job. <code>Pipe</code> mode is recommended for large datasets.
     * <code>File</code> mode is useful for small files that fit in memory. Defaults to
     * <code>File</code> .
     *
     * <p>Allowed values: {@code Pipe}, {@code File}. CloudFormation property {@code S3InputMode}.
     */
    public BatchTransformInput s3InputMode(String value) {
      return set("S3InputMode", Value.of(value));
    }

    /** Sets {@code S3InputMode} to this value; see {@link #s3InputMode(String)}. */
    public BatchTransformInput s3InputMode(Value<String> value) {
      return set("S3InputMode", value);
    }
  }

  /**
   * Configuration for the cluster used to run model monitoring jobs.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.ClusterConfig}.
   */
  public static final class ClusterConfig extends Struct<ClusterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.ClusterConfig")
        .required("InstanceCount", "InstanceType", "VolumeSizeInGB")
        .constrain("InstanceCount", Constraint.of().minimum(1).maximum(100))
        .constrain("VolumeKmsKeyId", Constraint.of().pattern("^[a-zA-Z0-9:/_-]*$").minLength(0).maxLength(2048).minimum(1).maximum(2048))
        .constrain("VolumeSizeInGB", Constraint.of().minimum(1).maximum(16384))
        .build();

    public ClusterConfig() {
      super(SCHEMA);
    }

    /**
     * The number of ML compute instances to use in the model monitoring job. For distributed
     * processing jobs, specify a value greater than 1. The default value is 1.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code InstanceCount}.
     */
    public ClusterConfig instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public ClusterConfig instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The ML compute instance type for the processing job.
     *
     * <p>Required. CloudFormation property {@code InstanceType}.
     */
    public ClusterConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ClusterConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt data on
     * the storage volume attached to the ML compute instance(s) that run the model monitoring job.
     *
     * <p>Length: 0 to 2048 characters. Range: 1 to 2048. Pattern: {@code ^[a-zA-Z0-9:/_-]*$}.
     * CloudFormation property {@code VolumeKmsKeyId}.
     */
    public ClusterConfig volumeKmsKeyId(String value) {
      return set("VolumeKmsKeyId", Value.of(value));
    }

    /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
    public ClusterConfig volumeKmsKeyId(Value<String> value) {
      return set("VolumeKmsKeyId", value);
    }

    /**
     * The size of the ML storage volume, in gigabytes, that you want to provision. You must specify
     * sufficient ML storage for your scenario.
     *
     * <p>Required. Range: 1 to 16384. CloudFormation property {@code VolumeSizeInGB}.
     */
    public ClusterConfig volumeSizeInGB(int value) {
      return set("VolumeSizeInGB", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGB} to this value; see {@link #volumeSizeInGB(int)}. */
    public ClusterConfig volumeSizeInGB(Value<Integer> value) {
      return set("VolumeSizeInGB", value);
    }
  }

  /**
   * The Amazon S3 URI for the constraints resource.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.ConstraintsResource}.
   */
  public static final class ConstraintsResource extends Struct<ConstraintsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.ConstraintsResource")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public ConstraintsResource() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 URI for the constraints resource.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3Uri}.
     */
    public ConstraintsResource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public ConstraintsResource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * The CSV format
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.Csv}.
   */
  public static final class Csv extends Struct<Csv> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::MonitoringSchedule.Csv");

    public Csv() {
      super(SCHEMA);
    }

    /**
     * A boolean flag indicating if given CSV has header
     *
     * <p>CloudFormation property {@code Header}.
     */
    public Csv header(boolean value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(boolean)}. */
    public Csv header(Value<Boolean> value) {
      return set("Header", value);
    }
  }

  /**
   * The dataset format of the data to monitor
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.DatasetFormat}.
   */
  public static final class DatasetFormat extends Struct<DatasetFormat> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::MonitoringSchedule.DatasetFormat");

    public DatasetFormat() {
      super(SCHEMA);
    }

    /**
     * The CSV format
     *
     * <p>CloudFormation property {@code Csv}.
     */
    public DatasetFormat csv(Value<Csv> value) {
      return set("Csv", value);
    }

    /**
     * The Json format
     *
     * <p>CloudFormation property {@code Json}.
     */
    public DatasetFormat json(Value<Json> value) {
      return set("Json", value);
    }

    /**
     * A flag indicating if the dataset format is Parquet
     *
     * <p>CloudFormation property {@code Parquet}.
     */
    public DatasetFormat parquet(boolean value) {
      return set("Parquet", Value.of(value));
    }

    /** Sets {@code Parquet} to this value; see {@link #parquet(boolean)}. */
    public DatasetFormat parquet(Value<Boolean> value) {
      return set("Parquet", value);
    }
  }

  /**
   * Input object for the endpoint
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.EndpointInput}.
   */
  public static final class EndpointInput extends Struct<EndpointInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.EndpointInput")
        .required("EndpointName", "LocalPath")
        .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
        .constrain("ExcludeFeaturesAttribute", Constraint.of().minLength(0).maxLength(100))
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("S3DataDistributionType", "FullyReplicated", "ShardedByS3Key")
        .allowed("S3InputMode", "Pipe", "File")
        .build();

    public EndpointInput() {
      super(SCHEMA);
    }

    /**
     * An endpoint in customer's account which has enabled <code>DataCaptureConfig</code> enabled.
     *
     * <p>Required. Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}.
     * CloudFormation property {@code EndpointName}.
     */
    public EndpointInput endpointName(String value) {
      return set("EndpointName", Value.of(value));
    }

    /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
    public EndpointInput endpointName(Value<String> value) {
      return set("EndpointName", value);
    }

    /**
     * The attributes of the input data to exclude from the analysis.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code ExcludeFeaturesAttribute}.
     */
    public EndpointInput excludeFeaturesAttribute(String value) {
      return set("ExcludeFeaturesAttribute", Value.of(value));
    }

    /**
     * Sets {@code ExcludeFeaturesAttribute} to this value; see {@link
     * #excludeFeaturesAttribute(String)}.
     */
    public EndpointInput excludeFeaturesAttribute(Value<String> value) {
      return set("ExcludeFeaturesAttribute", value);
    }

    /**
     * Path to the filesystem where the endpoint data is available to the container.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * LocalPath}.
     */
    public EndpointInput localPath(String value) {
      return set("LocalPath", Value.of(value));
    }

    /** Sets {@code LocalPath} to this value; see {@link #localPath(String)}. */
    public EndpointInput localPath(Value<String> value) {
      return set("LocalPath", value);
    }

    /**
     * Whether input data distributed in Amazon S3 is fully replicated or sharded by an Amazon S3
     * key. Defaults to <code>FullyReplicated</code>
     *
     * <p>Allowed values: {@code FullyReplicated}, {@code ShardedByS3Key}. CloudFormation property
     * {@code S3DataDistributionType}.
     */
    public EndpointInput s3DataDistributionType(String value) {
      return set("S3DataDistributionType", Value.of(value));
    }

    /**
     * Sets {@code S3DataDistributionType} to this value; see {@link
     * #s3DataDistributionType(String)}.
     */
    public EndpointInput s3DataDistributionType(Value<String> value) {
      return set("S3DataDistributionType", value);
    }

    /**
     * Whether the <code>Pipe</code> or <code>File</code> is used as the input mode for transferring
     * data for the monitoring job. <code>Pipe</code> mode is recommended for large datasets.
     * <code>File</code> mode is useful for small files that fit in memory. Defaults to
     * <code>File</code> .
     *
     * <p>Allowed values: {@code Pipe}, {@code File}. CloudFormation property {@code S3InputMode}.
     */
    public EndpointInput s3InputMode(String value) {
      return set("S3InputMode", Value.of(value));
    }

    /** Sets {@code S3InputMode} to this value; see {@link #s3InputMode(String)}. */
    public EndpointInput s3InputMode(Value<String> value) {
      return set("S3InputMode", value);
    }
  }

  /**
   * The Json format
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.Json}.
   */
  public static final class Json extends Struct<Json> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::MonitoringSchedule.Json");

    public Json() {
      super(SCHEMA);
    }

    /**
     * A boolean flag indicating if it is JSON line format
     *
     * <p>CloudFormation property {@code Line}.
     */
    public Json line(boolean value) {
      return set("Line", Value.of(value));
    }

    /** Sets {@code Line} to this value; see {@link #line(boolean)}. */
    public Json line(Value<Boolean> value) {
      return set("Line", value);
    }
  }

  /**
   * Container image configuration object for the monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringAppSpecification}.
   */
  public static final class MonitoringAppSpecification extends Struct<MonitoringAppSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringAppSpecification")
        .required("ImageUri")
        .constrain("ContainerArguments", Constraint.of().minLength(1).maxLength(256))
        .constrain("ContainerEntrypoint", Constraint.of().minLength(1).maxLength(256))
        .constrain("ImageUri", Constraint.of().pattern(".*").minLength(0).maxLength(255))
        .constrain("PostAnalyticsProcessorSourceUri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .constrain("RecordPreprocessorSourceUri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public MonitoringAppSpecification() {
      super(SCHEMA);
    }

    /**
     * An array of arguments for the container used to run the monitoring job.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ContainerArguments}.
     */
    public MonitoringAppSpecification containerArguments(List<String> value) {
      return set("ContainerArguments", Value.listOf(value));
    }

    /** Sets {@code ContainerArguments} to this value; see {@link #containerArguments(List)}. */
    public MonitoringAppSpecification containerArguments(Value<List<String>> value) {
      return set("ContainerArguments", value);
    }

    /**
     * Specifies the entrypoint for a container used to run the monitoring job.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ContainerEntrypoint}.
     */
    public MonitoringAppSpecification containerEntrypoint(List<String> value) {
      return set("ContainerEntrypoint", Value.listOf(value));
    }

    /** Sets {@code ContainerEntrypoint} to this value; see {@link #containerEntrypoint(List)}. */
    public MonitoringAppSpecification containerEntrypoint(Value<List<String>> value) {
      return set("ContainerEntrypoint", value);
    }

    /**
     * The container image to be run by the monitoring job.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ImageUri}.
     */
    public MonitoringAppSpecification imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public MonitoringAppSpecification imageUri(Value<String> value) {
      return set("ImageUri", value);
    }

    /**
     * An Amazon S3 URI to a script that is called after analysis has been performed. Applicable
     * only for the built-in (first party) containers.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code PostAnalyticsProcessorSourceUri}.
     */
    public MonitoringAppSpecification postAnalyticsProcessorSourceUri(String value) {
      return set("PostAnalyticsProcessorSourceUri", Value.of(value));
    }

    /**
     * Sets {@code PostAnalyticsProcessorSourceUri} to this value; see {@link
     * #postAnalyticsProcessorSourceUri(String)}.
     */
    public MonitoringAppSpecification postAnalyticsProcessorSourceUri(Value<String> value) {
      return set("PostAnalyticsProcessorSourceUri", value);
    }

    /**
     * An Amazon S3 URI to a script that is called per row prior to running analysis. It can base64
     * decode the payload and convert it into a flattened JSON so that the built-in container can
     * use the converted data. Applicable only for the built-in (first party) containers.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code RecordPreprocessorSourceUri}.
     */
    public MonitoringAppSpecification recordPreprocessorSourceUri(String value) {
      return set("RecordPreprocessorSourceUri", Value.of(value));
    }

    /**
     * Sets {@code RecordPreprocessorSourceUri} to this value; see {@link
     * #recordPreprocessorSourceUri(String)}.
     */
    public MonitoringAppSpecification recordPreprocessorSourceUri(Value<String> value) {
      return set("RecordPreprocessorSourceUri", value);
    }
  }

  /**
   * Summary of information about the last monitoring job to run.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringExecutionSummary}.
   */
  public static final class MonitoringExecutionSummary extends Struct<MonitoringExecutionSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringExecutionSummary")
        .required("CreationTime", "LastModifiedTime", "MonitoringExecutionStatus",
            "MonitoringScheduleName", "ScheduledTime")
        .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
        .constrain("FailureReason", Constraint.of().maxLength(1024))
        .allowed("MonitoringExecutionStatus", "Pending", "Completed", "CompletedWithViolations",
            "InProgress", "Failed", "Stopping", "Stopped")
        .constrain("MonitoringScheduleName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .constrain("ProcessingJobArn", Constraint.of().pattern("aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:processing-job/.*").maxLength(256))
        .build();

    public MonitoringExecutionSummary() {
      super(SCHEMA);
    }

    /**
     * The time at which the monitoring job was created.
     *
     * <p>Required. CloudFormation property {@code CreationTime}.
     */
    public MonitoringExecutionSummary creationTime(String value) {
      return set("CreationTime", Value.of(value));
    }

    /** Sets {@code CreationTime} to this value; see {@link #creationTime(String)}. */
    public MonitoringExecutionSummary creationTime(Value<String> value) {
      return set("CreationTime", value);
    }

    /**
     * The name of the endpoint used to run the monitoring job.
     *
     * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation
     * property {@code EndpointName}.
     */
    public MonitoringExecutionSummary endpointName(String value) {
      return set("EndpointName", Value.of(value));
    }

    /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
    public MonitoringExecutionSummary endpointName(Value<String> value) {
      return set("EndpointName", value);
    }

    /**
     * Contains the reason a monitoring job failed, if it failed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code FailureReason}.
     */
    public MonitoringExecutionSummary failureReason(String value) {
      return set("FailureReason", Value.of(value));
    }

    /** Sets {@code FailureReason} to this value; see {@link #failureReason(String)}. */
    public MonitoringExecutionSummary failureReason(Value<String> value) {
      return set("FailureReason", value);
    }

    /**
     * A timestamp that indicates the last time the monitoring job was modified.
     *
     * <p>Required. CloudFormation property {@code LastModifiedTime}.
     */
    public MonitoringExecutionSummary lastModifiedTime(String value) {
      return set("LastModifiedTime", Value.of(value));
    }

    /** Sets {@code LastModifiedTime} to this value; see {@link #lastModifiedTime(String)}. */
    public MonitoringExecutionSummary lastModifiedTime(Value<String> value) {
      return set("LastModifiedTime", value);
    }

    /**
     * The status of the monitoring job.
     *
     * <p>Required. Allowed values: {@code Pending}, {@code Completed}, {@code
     * CompletedWithViolations}, {@code InProgress}, {@code Failed}, {@code Stopping}, {@code
     * Stopped}. CloudFormation property {@code MonitoringExecutionStatus}.
     */
    public MonitoringExecutionSummary monitoringExecutionStatus(String value) {
      return set("MonitoringExecutionStatus", Value.of(value));
    }

    /**
     * Sets {@code MonitoringExecutionStatus} to this value; see {@link
     * #monitoringExecutionStatus(String)}.
     */
    public MonitoringExecutionSummary monitoringExecutionStatus(Value<String> value) {
      return set("MonitoringExecutionStatus", value);
    }

    /**
     * The name of the monitoring schedule.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
     * CloudFormation property {@code MonitoringScheduleName}.
     */
    public MonitoringExecutionSummary monitoringScheduleName(String value) {
      return set("MonitoringScheduleName", Value.of(value));
    }

    /**
     * Sets {@code MonitoringScheduleName} to this value; see {@link
     * #monitoringScheduleName(String)}.
     */
    public MonitoringExecutionSummary monitoringScheduleName(Value<String> value) {
      return set("MonitoringScheduleName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the monitoring job.
     *
     * <p>Length: at most 256 characters. Pattern: {@code
     * aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:processing-job/.*}. CloudFormation
     * property {@code ProcessingJobArn}.
     */
    public MonitoringExecutionSummary processingJobArn(String value) {
      return set("ProcessingJobArn", Value.of(value));
    }

    /** Sets {@code ProcessingJobArn} to this value; see {@link #processingJobArn(String)}. */
    public MonitoringExecutionSummary processingJobArn(Value<String> value) {
      return set("ProcessingJobArn", value);
    }

    /**
     * The time the monitoring job was scheduled.
     *
     * <p>Required. CloudFormation property {@code ScheduledTime}.
     */
    public MonitoringExecutionSummary scheduledTime(String value) {
      return set("ScheduledTime", Value.of(value));
    }

    /** Sets {@code ScheduledTime} to this value; see {@link #scheduledTime(String)}. */
    public MonitoringExecutionSummary scheduledTime(Value<String> value) {
      return set("ScheduledTime", value);
    }
  }

  /**
   * The inputs for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringInput}.
   */
  public static final class MonitoringInput extends Struct<MonitoringInput> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::MonitoringSchedule.MonitoringInput");

    public MonitoringInput() {
      super(SCHEMA);
    }

    /**
     * Input object for the batch transform job.
     *
     * <p>CloudFormation property {@code BatchTransformInput}.
     */
    public MonitoringInput batchTransformInput(Value<BatchTransformInput> value) {
      return set("BatchTransformInput", value);
    }

    /**
     * The endpoint for a monitoring job.
     *
     * <p>CloudFormation property {@code EndpointInput}.
     */
    public MonitoringInput endpointInput(Value<EndpointInput> value) {
      return set("EndpointInput", value);
    }
  }

  /**
   * Defines the monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringJobDefinition}.
   */
  public static final class MonitoringJobDefinition extends Struct<MonitoringJobDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringJobDefinition")
        .required("MonitoringAppSpecification", "MonitoringInputs", "MonitoringOutputConfig",
            "MonitoringResources", "RoleArn")
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public MonitoringJobDefinition() {
      super(SCHEMA);
    }

    /**
     * Baseline configuration used to validate that the data conforms to the specified constraints
     * and statistics
     *
     * <p>CloudFormation property {@code BaselineConfig}.
     */
    public MonitoringJobDefinition baselineConfig(Value<BaselineConfig> value) {
      return set("BaselineConfig", value);
    }

    /**
     * Sets the environment variables in the Docker container.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public MonitoringJobDefinition environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public MonitoringJobDefinition environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * Configures the monitoring job to run a specified Docker container image.
     *
     * <p>Required. CloudFormation property {@code MonitoringAppSpecification}.
     */
    public MonitoringJobDefinition monitoringAppSpecification(Value<MonitoringAppSpecification> value) {
      return set("MonitoringAppSpecification", value);
    }

    /**
     * The array of inputs for the monitoring job. Currently we support monitoring an Amazon
     * SageMaker AI Endpoint.
     *
     * <p>Required. CloudFormation property {@code MonitoringInputs}.
     */
    public MonitoringJobDefinition monitoringInputs(List<MonitoringInput> value) {
      return set("MonitoringInputs", Value.listOf(value));
    }

    /** Sets {@code MonitoringInputs} to this value; see {@link #monitoringInputs(List)}. */
    public MonitoringJobDefinition monitoringInputs(Value<List<MonitoringInput>> value) {
      return set("MonitoringInputs", value);
    }

    /** Sets {@code MonitoringInputs} to a list of these; see {@link #monitoringInputs(List)}. */
    public MonitoringJobDefinition monitoringInputs(MonitoringInput... values) {
      return set("MonitoringInputs", Value.list(values));
    }

    /**
     * The array of outputs from the monitoring job to be uploaded to Amazon S3.
     *
     * <p>Required. CloudFormation property {@code MonitoringOutputConfig}.
     */
    public MonitoringJobDefinition monitoringOutputConfig(Value<MonitoringOutputConfig> value) {
      return set("MonitoringOutputConfig", value);
    }

    /**
     * Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
     * monitoring job. In distributed processing, you specify more than one instance.
     *
     * <p>Required. CloudFormation property {@code MonitoringResources}.
     */
    public MonitoringJobDefinition monitoringResources(Value<MonitoringResources> value) {
      return set("MonitoringResources", value);
    }

    /**
     * Specifies networking options for an monitoring job.
     *
     * <p>CloudFormation property {@code NetworkConfig}.
     */
    public MonitoringJobDefinition networkConfig(Value<NetworkConfig> value) {
      return set("NetworkConfig", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
     * tasks on your behalf.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public MonitoringJobDefinition roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public MonitoringJobDefinition roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public MonitoringJobDefinition roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * Specifies a time limit for how long the monitoring job is allowed to run.
     *
     * <p>CloudFormation property {@code StoppingCondition}.
     */
    public MonitoringJobDefinition stoppingCondition(Value<StoppingCondition> value) {
      return set("StoppingCondition", value);
    }
  }

  /**
   * The output object for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringOutput}.
   */
  public static final class MonitoringOutput extends Struct<MonitoringOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringOutput")
        .required("S3Output")
        .build();

    public MonitoringOutput() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 storage location where the results of a monitoring job are saved.
     *
     * <p>Required. CloudFormation property {@code S3Output}.
     */
    public MonitoringOutput s3Output(Value<S3Output> value) {
      return set("S3Output", value);
    }
  }

  /**
   * The output configuration for monitoring jobs.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringOutputConfig}.
   */
  public static final class MonitoringOutputConfig extends Struct<MonitoringOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringOutputConfig")
        .required("MonitoringOutputs")
        .build();

    public MonitoringOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service ( AWS ) key that Amazon SageMaker AI uses to encrypt the model
     * artifacts at rest using Amazon S3 server-side encryption.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public MonitoringOutputConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public MonitoringOutputConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Monitoring outputs for monitoring jobs. This is where the output of the periodic monitoring
     * jobs is uploaded.
     *
     * <p>Required. CloudFormation property {@code MonitoringOutputs}.
     */
    public MonitoringOutputConfig monitoringOutputs(List<MonitoringOutput> value) {
      return set("MonitoringOutputs", Value.listOf(value));
    }

    /** Sets {@code MonitoringOutputs} to this value; see {@link #monitoringOutputs(List)}. */
    public MonitoringOutputConfig monitoringOutputs(Value<List<MonitoringOutput>> value) {
      return set("MonitoringOutputs", value);
    }

    /** Sets {@code MonitoringOutputs} to a list of these; see {@link #monitoringOutputs(List)}. */
    public MonitoringOutputConfig monitoringOutputs(MonitoringOutput... values) {
      return set("MonitoringOutputs", Value.list(values));
    }
  }

  /**
   * Identifies the resources to deploy for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringResources}.
   */
  public static final class MonitoringResources extends Struct<MonitoringResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringResources")
        .required("ClusterConfig")
        .build();

    public MonitoringResources() {
      super(SCHEMA);
    }

    /**
     * The configuration for the cluster resources used to run the processing job.
     *
     * <p>Required. CloudFormation property {@code ClusterConfig}.
     */
    public MonitoringResources clusterConfig(Value<ClusterConfig> value) {
      return set("ClusterConfig", value);
    }
  }

  /**
   * Configures the monitoring schedule and defines the monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.MonitoringScheduleConfig}.
   */
  public static final class MonitoringScheduleConfig extends Struct<MonitoringScheduleConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.MonitoringScheduleConfig")
        .constrain("MonitoringJobDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .allowed("MonitoringType", "DataQuality", "ModelQuality", "ModelBias",
            "ModelExplainability")
        .build();

    public MonitoringScheduleConfig() {
      super(SCHEMA);
    }

    /**
     * Defines the monitoring job.
     *
     * <p>CloudFormation property {@code MonitoringJobDefinition}.
     */
    public MonitoringScheduleConfig monitoringJobDefinition(Value<MonitoringJobDefinition> value) {
      return set("MonitoringJobDefinition", value);
    }

    /**
     * The name of the monitoring job definition to schedule.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
     * property {@code MonitoringJobDefinitionName}.
     */
    public MonitoringScheduleConfig monitoringJobDefinitionName(String value) {
      return set("MonitoringJobDefinitionName", Value.of(value));
    }

    /**
     * Sets {@code MonitoringJobDefinitionName} to this value; see {@link
     * #monitoringJobDefinitionName(String)}.
     */
    public MonitoringScheduleConfig monitoringJobDefinitionName(Value<String> value) {
      return set("MonitoringJobDefinitionName", value);
    }

    /**
     * The type of the monitoring job definition to schedule.
     *
     * <p>Allowed values: {@code DataQuality}, {@code ModelQuality}, {@code ModelBias}, {@code
     * ModelExplainability}. CloudFormation property {@code MonitoringType}.
     */
    public MonitoringScheduleConfig monitoringType(String value) {
      return set("MonitoringType", Value.of(value));
    }

    /** Sets {@code MonitoringType} to this value; see {@link #monitoringType(String)}. */
    public MonitoringScheduleConfig monitoringType(Value<String> value) {
      return set("MonitoringType", value);
    }

    /**
     * Configures the monitoring schedule.
     *
     * <p>CloudFormation property {@code ScheduleConfig}.
     */
    public MonitoringScheduleConfig scheduleConfig(Value<ScheduleConfig> value) {
      return set("ScheduleConfig", value);
    }
  }

  /**
   * Networking options for a job, such as network traffic encryption between containers, whether to
   * allow inbound and outbound network calls to and from containers, and the VPC subnets and
   * security groups to use for VPC-enabled jobs.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.NetworkConfig}.
   */
  public static final class NetworkConfig extends Struct<NetworkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::MonitoringSchedule.NetworkConfig");

    public NetworkConfig() {
      super(SCHEMA);
    }

    /**
     * Whether to encrypt all communications between distributed processing jobs. Choose
     * <code>True</code> to encrypt communications. Encryption provides greater security for
     * distributed processing jobs, but the processing might take longer.
     *
     * <p>CloudFormation property {@code EnableInterContainerTrafficEncryption}.
     */
    public NetworkConfig enableInterContainerTrafficEncryption(boolean value) {
      return set("EnableInterContainerTrafficEncryption", Value.of(value));
    }

    /**
     * Sets {@code EnableInterContainerTrafficEncryption} to this value; see {@link
     * #enableInterContainerTrafficEncryption(boolean)}.
     */
    public NetworkConfig enableInterContainerTrafficEncryption(Value<Boolean> value) {
      return set("EnableInterContainerTrafficEncryption", value);
    }

    /**
     * Whether to allow inbound and outbound network calls to and from the containers used for the
     * processing job.
     *
     * <p>CloudFormation property {@code EnableNetworkIsolation}.
     */
    public NetworkConfig enableNetworkIsolation(boolean value) {
      return set("EnableNetworkIsolation", Value.of(value));
    }

    /**
     * Sets {@code EnableNetworkIsolation} to this value; see {@link
     * #enableNetworkIsolation(boolean)}.
     */
    public NetworkConfig enableNetworkIsolation(Value<Boolean> value) {
      return set("EnableNetworkIsolation", value);
    }

    /**
     * Specifies a VPC that your training jobs and hosted models have access to. Control access to
     * and from your training and model containers by configuring the VPC. For more information, see
     * <a href="https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html">Protect Endpoints by
     * Using an Amazon Virtual Private Cloud</a> and <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html">Protect Training Jobs
     * by Using an Amazon Virtual Private Cloud</a> .
     *
     * <p>CloudFormation property {@code VpcConfig}.
     */
    public NetworkConfig vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * Information about where and how you want to store the results of a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.S3Output}.
   */
  public static final class S3Output extends Struct<S3Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.S3Output")
        .required("LocalPath", "S3Uri")
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("S3UploadMode", "Continuous", "EndOfJob")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(512))
        .build();

    public S3Output() {
      super(SCHEMA);
    }

    /**
     * The local path to the S3 storage location where SageMaker saves the results of a monitoring
     * job. LocalPath is an absolute path for the output data.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * LocalPath}.
     */
    public S3Output localPath(String value) {
      return set("LocalPath", Value.of(value));
    }

    /** Sets {@code LocalPath} to this value; see {@link #localPath(String)}. */
    public S3Output localPath(Value<String> value) {
      return set("LocalPath", value);
    }

    /**
     * Whether to upload the results of the monitoring job continuously or after the job completes.
     *
     * <p>Allowed values: {@code Continuous}, {@code EndOfJob}. CloudFormation property {@code
     * S3UploadMode}.
     */
    public S3Output s3UploadMode(String value) {
      return set("S3UploadMode", Value.of(value));
    }

    /** Sets {@code S3UploadMode} to this value; see {@link #s3UploadMode(String)}. */
    public S3Output s3UploadMode(Value<String> value) {
      return set("S3UploadMode", value);
    }

    /**
     * A URI that identifies the S3 storage location where SageMaker saves the results of a
     * monitoring job.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3Uri}.
     */
    public S3Output s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3Output s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Configuration details about the monitoring schedule.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.ScheduleConfig}.
   */
  public static final class ScheduleConfig extends Struct<ScheduleConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.ScheduleConfig")
        .required("ScheduleExpression")
        .constrain("DataAnalysisEndTime", Constraint.of().pattern("^.?P.*").minLength(1).maxLength(15))
        .constrain("DataAnalysisStartTime", Constraint.of().pattern("^.?P.*").minLength(1).maxLength(15))
        .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ScheduleConfig() {
      super(SCHEMA);
    }

    /**
     * Sets the end time for a monitoring job window. Express this time as an offset to the times
     * that you schedule your monitoring jobs to run. You schedule monitoring jobs with the
     * <code>ScheduleExpression</code> parameter. Specify this offset in ISO 8601 duration format.
     * For example, if you want to end the window one hour before the start of each monitoring job,
     * you would specify: <code>"-PT1H"</code> .
     *
     * <p>The end time that you specify must not follow the start time that you specify by more than
     * 24 hours. You specify the start time with the <code>DataAnalysisStartTime</code> parameter.
     *
     * <p>If you set <code>ScheduleExpression</code> to <code>NOW</code> , this parameter is
     * required.
     *
     * <p>Length: 1 to 15 characters. Pattern: {@code ^.?P.*}. CloudFormation property {@code
     * DataAnalysisEndTime}.
     */
    public ScheduleConfig dataAnalysisEndTime(String value) {
      return set("DataAnalysisEndTime", Value.of(value));
    }

    /** Sets {@code DataAnalysisEndTime} to this value; see {@link #dataAnalysisEndTime(String)}. */
    public ScheduleConfig dataAnalysisEndTime(Value<String> value) {
      return set("DataAnalysisEndTime", value);
    }

    /**
     * Sets the start time for a monitoring job window. Express this time as an offset to the times
     * that you schedule your monitoring jobs to run. You schedule monitoring jobs with the
     * <code>ScheduleExpression</code> parameter. Specify this offset in ISO 8601 duration format.
     * For example, if you want to monitor the five hours of data in your dataset that precede the
     * start of each monitoring job, you would specify: <code>"-PT5H"</code> .
     *
     * <p>The start time that you specify must not precede the end time that you specify by more
     * than 24 hours. You specify the end time with the <code>DataAnalysisEndTime</code> parameter.
     *
     * <p>If you set <code>ScheduleExpression</code> to <code>NOW</code> , this parameter is
     * required.
     *
     * <p>Length: 1 to 15 characters. Pattern: {@code ^.?P.*}. CloudFormation property {@code
     * DataAnalysisStartTime}.
     */
    public ScheduleConfig dataAnalysisStartTime(String value) {
      return set("DataAnalysisStartTime", Value.of(value));
    }

    /**
     * Sets {@code DataAnalysisStartTime} to this value; see {@link #dataAnalysisStartTime(String)}.
     */
    public ScheduleConfig dataAnalysisStartTime(Value<String> value) {
      return set("DataAnalysisStartTime", value);
    }

    /**
     * A cron expression that describes details about the monitoring schedule.
     *
     * <p>The supported cron expressions are:
     *
     * <ul> <li>If you want to set the job to start every hour, use the following: </ul>
     *
     * <p><code>Hourly: cron(0 * ? * * *)</code>
     *
     * <ul> <li>If you want to start the job daily: </ul>
     *
     * <p><code>cron(0 [00-23] ? * * *)</code>
     *
     * <ul> <li>If you want to run the job one time, immediately, use the following keyword: </ul>
     *
     * <p><code>NOW</code>
     *
     * <p>For example, the following are valid cron expressions:
     *
     * <ul> <li>Daily at noon UTC: <code>cron(0 12 ? * * *)</code> <li>Daily at midnight UTC:
     * <code>cron(0 0 ? * * *)</code> </ul>
     *
     * <p>To support running every 6, 12 hours, the following are also supported:
     *
     * <p><code>cron(0 [00-23]/[01-24] ? * * *)</code>
     *
     * <p>For example, the following are valid cron expressions:
     *
     * <ul> <li>Every 12 hours, starting at 5pm UTC: <code>cron(0 17/12 ? * * *)</code> <li>Every
     * two hours starting at midnight: <code>cron(0 0/2 ? * * *)</code> </ul>
     *
     * <p>- Even though the cron expression is set to start at 5PM UTC, note that there could be a
     * delay of 0-20 minutes from the actual requested time to run the execution. - We recommend
     * that if you would like a daily schedule, you do not provide this parameter. Amazon SageMaker
     * AI will pick a time for running every day.
     *
     * <p>You can also specify the keyword <code>NOW</code> to run the monitoring job immediately,
     * one time, without recurring.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ScheduleExpression}.
     */
    public ScheduleConfig scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduleConfig scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }
  }

  /**
   * The baseline statistics file in Amazon S3 that the current monitoring job should be validated
   * against.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.StatisticsResource}.
   */
  public static final class StatisticsResource extends Struct<StatisticsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.StatisticsResource")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public StatisticsResource() {
      super(SCHEMA);
    }

    /**
     * The S3 URI for the statistics resource.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3Uri}.
     */
    public StatisticsResource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public StatisticsResource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Specifies a limit to how long a job can run. When the job reaches the time limit, SageMaker
   * ends the job. Use this API to cap costs.
   *
   * <p>To stop a training job, SageMaker sends the algorithm the <code>SIGTERM</code> signal, which
   * delays job termination for 120 seconds. Algorithms can use this 120-second window to save the
   * model artifacts, so the results of training are not lost.
   *
   * <p>The training algorithms provided by SageMaker automatically save the intermediate results of
   * a model training job when possible. This attempt to save artifacts is only a best effort case
   * as model might not be in a state from which it can be saved. For example, if training has just
   * started, the model might not be ready to save. When saved, this intermediate data is a valid
   * model artifact. You can use it to create a model with <code>CreateModel</code> .
   *
   * <p>The Neural Topic Model (NTM) currently does not support saving intermediate model artifacts.
   * When training NTMs, make sure that the maximum runtime is sufficient for the training job to
   * complete.
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.StoppingCondition}.
   */
  public static final class StoppingCondition extends Struct<StoppingCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.StoppingCondition")
        .required("MaxRuntimeInSeconds")
        .constrain("MaxRuntimeInSeconds", Constraint.of().minimum(1).maximum(86400))
        .build();

    public StoppingCondition() {
      super(SCHEMA);
    }

    /**
     * The maximum length of time, in seconds, that a training or compilation job can run before it
     * is stopped.
     *
     * <p>For compilation jobs, if the job does not complete during this time, a
     * <code>TimeOut</code> error is generated. We recommend starting with 900 seconds and
     * increasing as necessary based on your model.
     *
     * <p>For all other jobs, if the job does not complete during this time, SageMaker ends the job.
     * When <code>RetryStrategy</code> is specified in the job request,
     * <code>MaxRuntimeInSeconds</code> specifies the maximum time for all of the attempts in total,
     * not each individual attempt. The default value is 1 day. The maximum value is 28 days.
     *
     * <p>The maximum time that a <code>TrainingJob</code> can run in total, including any time
     * spent publishing metrics or archiving and uploading models after it has been stopped, is 30
     * days.
     *
     * <p>Required. Range: 1 to 86400. CloudFormation property {@code MaxRuntimeInSeconds}.
     */
    public StoppingCondition maxRuntimeInSeconds(int value) {
      return set("MaxRuntimeInSeconds", Value.of(value));
    }

    /** Sets {@code MaxRuntimeInSeconds} to this value; see {@link #maxRuntimeInSeconds(int)}. */
    public StoppingCondition maxRuntimeInSeconds(Value<Integer> value) {
      return set("MaxRuntimeInSeconds", value);
    }
  }

  /**
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
   * SageMaker Access to Resources in your Amazon VPC</a> .
   *
   * <p>Property type {@code AWS::SageMaker::MonitoringSchedule.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MonitoringSchedule.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The VPC security group IDs, in the form <code>sg-xxxxxxxx</code> . Specify the security
     * groups for the VPC that is specified in the <code>Subnets</code> field.
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID of the subnets in the VPC to which you want to connect your training job or model. For
     * information about the availability of specific instance types, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/instance-types-az.html">Supported
     * Instance Types and Availability Zones</a> .
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
