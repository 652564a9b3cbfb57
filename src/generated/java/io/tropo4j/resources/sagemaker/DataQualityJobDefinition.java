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
 * Creates a definition for a job that monitors data quality and drift. For information about model
 * monitor, see <a href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html">Amazon
 * SageMaker AI Model Monitor</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::DataQualityJobDefinition}.
 */
public final class DataQualityJobDefinition extends Resource<DataQualityJobDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition")
      .required("DataQualityAppSpecification", "DataQualityJobInput", "DataQualityJobOutputConfig",
          "JobResources", "RoleArn")
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
      .constrain("JobDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("JobDefinitionArn")
      .attributes("CreationTime", "JobDefinitionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataQualityJobDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the container that runs the monitoring job.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DataQualityAppSpecification}.
   */
  public DataQualityJobDefinition dataQualityAppSpecification(Value<DataQualityAppSpecification> value) {
    return set("DataQualityAppSpecification", value);
  }

  /**
   * Configures the constraints and baselines for the monitoring job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DataQualityBaselineConfig}.
   */
  public DataQualityJobDefinition dataQualityBaselineConfig(Value<DataQualityBaselineConfig> value) {
    return set("DataQualityBaselineConfig", value);
  }

  /**
   * A list of inputs for the monitoring job. Currently endpoints are supported as monitoring
   * inputs.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DataQualityJobInput}.
   */
  public DataQualityJobDefinition dataQualityJobInput(Value<DataQualityJobInput> value) {
    return set("DataQualityJobInput", value);
  }

  /**
   * The output configuration for monitoring jobs.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DataQualityJobOutputConfig}.
   */
  public DataQualityJobDefinition dataQualityJobOutputConfig(Value<MonitoringOutputConfig> value) {
    return set("DataQualityJobOutputConfig", value);
  }

  /**
   * The name of the endpoint used to run the monitoring job.
   *
   * <p>Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code EndpointName}.
   */
  public DataQualityJobDefinition endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public DataQualityJobDefinition endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The name for the monitoring job definition.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code JobDefinitionName}.
   */
  public DataQualityJobDefinition jobDefinitionName(String value) {
    return set("JobDefinitionName", Value.of(value));
  }

  /** Sets {@code JobDefinitionName} to this value; see {@link #jobDefinitionName(String)}. */
  public DataQualityJobDefinition jobDefinitionName(Value<String> value) {
    return set("JobDefinitionName", value);
  }

  /**
   * Identifies the resources to deploy for a monitoring job.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code JobResources}.
   */
  public DataQualityJobDefinition jobResources(Value<MonitoringResources> value) {
    return set("JobResources", value);
  }

  /**
   * Specifies networking configuration for the monitoring job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkConfig}.
   */
  public DataQualityJobDefinition networkConfig(Value<NetworkConfig> value) {
    return set("NetworkConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker can assume to perform tasks
   * on your behalf.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public DataQualityJobDefinition roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DataQualityJobDefinition roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public DataQualityJobDefinition roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * A time limit for how long the monitoring job is allowed to run before stopping.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StoppingCondition}.
   */
  public DataQualityJobDefinition stoppingCondition(Value<StoppingCondition> value) {
    return set("StoppingCondition", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public DataQualityJobDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataQualityJobDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataQualityJobDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time when the job definition was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the job definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code JobDefinitionArn}.
   */
  public Value<String> jobDefinitionArn() {
    return getAtt("JobDefinitionArn");
  }

  /**
   * Input object for the batch transform job.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.BatchTransformInput}.
   */
  public static final class BatchTransformInput extends Struct<BatchTransformInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.BatchTransformInput")
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
     * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code DataCapturedDestinationS3Uri}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DatasetFormat}.
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
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * .*}. CloudFormation property {@code LocalPath}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code FullyReplicated}, {@code
     * ShardedByS3Key}. CloudFormation property {@code S3DataDistributionType}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code Pipe}, {@code File}.
     * CloudFormation property {@code S3InputMode}.
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
   * The configuration for the cluster of resources used to run the processing job.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.ClusterConfig}.
   */
  public static final class ClusterConfig extends Struct<ClusterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.ClusterConfig")
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
     * <p>Required. Changing it replaces the resource. Range: 1 to 100. CloudFormation property
     * {@code InstanceCount}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
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
     * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Range: 1 to 2048.
     * Pattern: {@code ^[a-zA-Z0-9:/_-]*$}. CloudFormation property {@code VolumeKmsKeyId}.
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
     * <p>Required. Changing it replaces the resource. Range: 1 to 16384. CloudFormation property
     * {@code VolumeSizeInGB}.
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
   * The constraints resource for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.ConstraintsResource}.
   */
  public static final class ConstraintsResource extends Struct<ConstraintsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.ConstraintsResource")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public ConstraintsResource() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 URI for the constraints resource.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
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
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.Csv}.
   */
  public static final class Csv extends Struct<Csv> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::DataQualityJobDefinition.Csv");

    public Csv() {
      super(SCHEMA);
    }

    /**
     * A boolean flag indicating if given CSV has header
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Header}.
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
   * Information about the container that a data quality monitoring job runs.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.DataQualityAppSpecification}.
   */
  public static final class DataQualityAppSpecification extends Struct<DataQualityAppSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.DataQualityAppSpecification")
        .required("ImageUri")
        .constrain("ContainerArguments", Constraint.of().minLength(1).maxLength(256))
        .constrain("ContainerEntrypoint", Constraint.of().minLength(1).maxLength(256))
        .constrain("ImageUri", Constraint.of().pattern(".*").minLength(0).maxLength(255))
        .constrain("PostAnalyticsProcessorSourceUri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .constrain("RecordPreprocessorSourceUri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public DataQualityAppSpecification() {
      super(SCHEMA);
    }

    /**
     * The arguments to send to the container that the monitoring job runs.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property
     * {@code ContainerArguments}.
     */
    public DataQualityAppSpecification containerArguments(List<String> value) {
      return set("ContainerArguments", Value.listOf(value));
    }

    /** Sets {@code ContainerArguments} to this value; see {@link #containerArguments(List)}. */
    public DataQualityAppSpecification containerArguments(Value<List<String>> value) {
      return set("ContainerArguments", value);
    }

    /**
     * The entrypoint for a container used to run a monitoring job.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property
     * {@code ContainerEntrypoint}.
     */
    public DataQualityAppSpecification containerEntrypoint(List<String> value) {
      return set("ContainerEntrypoint", Value.listOf(value));
    }

    /** Sets {@code ContainerEntrypoint} to this value; see {@link #containerEntrypoint(List)}. */
    public DataQualityAppSpecification containerEntrypoint(Value<List<String>> value) {
      return set("ContainerEntrypoint", value);
    }

    /**
     * Sets the environment variables in the container that the monitoring job runs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Environment}.
     */
    public DataQualityAppSpecification environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public DataQualityAppSpecification environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * The container image that the data quality monitoring job runs.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * .*}. CloudFormation property {@code ImageUri}.
     */
    public DataQualityAppSpecification imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public DataQualityAppSpecification imageUri(Value<String> value) {
      return set("ImageUri", value);
    }

    /**
     * An Amazon S3 URI to a script that is called after analysis has been performed. Applicable
     * only for the built-in (first party) containers.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code
     * PostAnalyticsProcessorSourceUri}.
     */
    public DataQualityAppSpecification postAnalyticsProcessorSourceUri(String value) {
      return set("PostAnalyticsProcessorSourceUri", Value.of(value));
    }

    /**
     * Sets {@code PostAnalyticsProcessorSourceUri} to this value; see {@link
     * #postAnalyticsProcessorSourceUri(String)}.
     */
    public DataQualityAppSpecification postAnalyticsProcessorSourceUri(Value<String> value) {
      return set("PostAnalyticsProcessorSourceUri", value);
    }

    /**
     * An Amazon S3 URI to a script that is called per row prior to running analysis. It can base64
     * decode the payload and convert it into a flattened JSON so that the built-in container can
     * use the converted data. Applicable only for the built-in (first party) containers.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code RecordPreprocessorSourceUri}.
     */
    public DataQualityAppSpecification recordPreprocessorSourceUri(String value) {
      return set("RecordPreprocessorSourceUri", Value.of(value));
    }

    /**
     * Sets {@code RecordPreprocessorSourceUri} to this value; see {@link
     * #recordPreprocessorSourceUri(String)}.
     */
    public DataQualityAppSpecification recordPreprocessorSourceUri(Value<String> value) {
      return set("RecordPreprocessorSourceUri", value);
    }
  }

  /**
   * Configuration for monitoring constraints and monitoring statistics. These baseline resources
   * are compared against the results of the current job from the series of jobs scheduled to
   * collect data periodically.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.DataQualityBaselineConfig}.
   */
  public static final class DataQualityBaselineConfig extends Struct<DataQualityBaselineConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.DataQualityBaselineConfig")
        .constrain("BaseliningJobName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .build();

    public DataQualityBaselineConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the job that performs baselining for the data quality monitoring job.
     *
     * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code BaseliningJobName}.
     */
    public DataQualityBaselineConfig baseliningJobName(String value) {
      return set("BaseliningJobName", Value.of(value));
    }

    /** Sets {@code BaseliningJobName} to this value; see {@link #baseliningJobName(String)}. */
    public DataQualityBaselineConfig baseliningJobName(Value<String> value) {
      return set("BaseliningJobName", value);
    }

    /**
     * The constraints resource for a monitoring job.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConstraintsResource}.
     */
    public DataQualityBaselineConfig constraintsResource(Value<ConstraintsResource> value) {
      return set("ConstraintsResource", value);
    }

    /**
     * Configuration for monitoring constraints and monitoring statistics. These baseline resources
     * are compared against the results of the current job from the series of jobs scheduled to
     * collect data periodically.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StatisticsResource}.
     */
    public DataQualityBaselineConfig statisticsResource(Value<StatisticsResource> value) {
      return set("StatisticsResource", value);
    }
  }

  /**
   * The input for the data quality monitoring job. Currently endpoints are supported for input.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.DataQualityJobInput}.
   */
  public static final class DataQualityJobInput extends Struct<DataQualityJobInput> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::DataQualityJobDefinition.DataQualityJobInput");

    public DataQualityJobInput() {
      super(SCHEMA);
    }

    /**
     * Input object for the batch transform job.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BatchTransformInput}.
     */
    public DataQualityJobInput batchTransformInput(Value<BatchTransformInput> value) {
      return set("BatchTransformInput", value);
    }

    /**
     * Input object for the endpoint
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EndpointInput}.
     */
    public DataQualityJobInput endpointInput(Value<EndpointInput> value) {
      return set("EndpointInput", value);
    }
  }

  /**
   * The dataset format of the data to monitor
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.DatasetFormat}.
   */
  public static final class DatasetFormat extends Struct<DatasetFormat> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::DataQualityJobDefinition.DatasetFormat");

    public DatasetFormat() {
      super(SCHEMA);
    }

    /**
     * The CSV format
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Csv}.
     */
    public DatasetFormat csv(Value<Csv> value) {
      return set("Csv", value);
    }

    /**
     * The Json format
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Json}.
     */
    public DatasetFormat json(Value<Json> value) {
      return set("Json", value);
    }

    /**
     * A flag indicate if the dataset format is Parquet
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Parquet}.
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
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.EndpointInput}.
   */
  public static final class EndpointInput extends Struct<EndpointInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.EndpointInput")
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
     * <p>Required. Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code EndpointName}.
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
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * .*}. CloudFormation property {@code LocalPath}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code FullyReplicated}, {@code
     * ShardedByS3Key}. CloudFormation property {@code S3DataDistributionType}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code Pipe}, {@code File}.
     * CloudFormation property {@code S3InputMode}.
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
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.Json}.
   */
  public static final class Json extends Struct<Json> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::DataQualityJobDefinition.Json");

    public Json() {
      super(SCHEMA);
    }

    /**
     * A boolean flag indicating if it is JSON line format
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Line}.
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
   * The output object for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.MonitoringOutput}.
   */
  public static final class MonitoringOutput extends Struct<MonitoringOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.MonitoringOutput")
        .required("S3Output")
        .build();

    public MonitoringOutput() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 storage location where the results of a monitoring job are saved.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3Output}.
     */
    public MonitoringOutput s3Output(Value<S3Output> value) {
      return set("S3Output", value);
    }
  }

  /**
   * The output configuration for monitoring jobs.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.MonitoringOutputConfig}.
   */
  public static final class MonitoringOutputConfig extends Struct<MonitoringOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.MonitoringOutputConfig")
        .required("MonitoringOutputs")
        .build();

    public MonitoringOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service ( AWS ) key that Amazon SageMaker AI uses to encrypt the model
     * artifacts at rest using Amazon S3 server-side encryption.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * MonitoringOutputs}.
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
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.MonitoringResources}.
   */
  public static final class MonitoringResources extends Struct<MonitoringResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.MonitoringResources")
        .required("ClusterConfig")
        .build();

    public MonitoringResources() {
      super(SCHEMA);
    }

    /**
     * The configuration for the cluster resources used to run the processing job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ClusterConfig}.
     */
    public MonitoringResources clusterConfig(Value<ClusterConfig> value) {
      return set("ClusterConfig", value);
    }
  }

  /**
   * Networking options for a job, such as network traffic encryption between containers, whether to
   * allow inbound and outbound network calls to and from containers, and the VPC subnets and
   * security groups to use for VPC-enabled jobs.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.NetworkConfig}.
   */
  public static final class NetworkConfig extends Struct<NetworkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::DataQualityJobDefinition.NetworkConfig");

    public NetworkConfig() {
      super(SCHEMA);
    }

    /**
     * Whether to encrypt all communications between distributed processing jobs. Choose
     * <code>True</code> to encrypt communications. Encryption provides greater security for
     * distributed processing jobs, but the processing might take longer.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * EnableInterContainerTrafficEncryption}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code EnableNetworkIsolation}.
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
     * and from your training and model containers by configuring the VPC.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
     */
    public NetworkConfig vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * The Amazon S3 storage location where the results of a monitoring job are saved.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.S3Output}.
   */
  public static final class S3Output extends Struct<S3Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.S3Output")
        .required("LocalPath", "S3Uri")
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("S3UploadMode", "Continuous", "EndOfJob")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(512))
        .build();

    public S3Output() {
      super(SCHEMA);
    }

    /**
     * The local path to the Amazon S3 storage location where Amazon SageMaker saves the results of
     * a monitoring job. LocalPath is an absolute path for the output data.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * .*}. CloudFormation property {@code LocalPath}.
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
     * <p>Changing it replaces the resource. Allowed values: {@code Continuous}, {@code EndOfJob}.
     * CloudFormation property {@code S3UploadMode}.
     */
    public S3Output s3UploadMode(String value) {
      return set("S3UploadMode", Value.of(value));
    }

    /** Sets {@code S3UploadMode} to this value; see {@link #s3UploadMode(String)}. */
    public S3Output s3UploadMode(Value<String> value) {
      return set("S3UploadMode", value);
    }

    /**
     * A URI that identifies the Amazon S3 storage location where Amazon SageMaker saves the results
     * of a monitoring job.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
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
   * The statistics resource for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.StatisticsResource}.
   */
  public static final class StatisticsResource extends Struct<StatisticsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.StatisticsResource")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public StatisticsResource() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 URI for the statistics resource.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
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
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.StoppingCondition}.
   */
  public static final class StoppingCondition extends Struct<StoppingCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.StoppingCondition")
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
     * <p>Required. Changing it replaces the resource. Range: 1 to 86400. CloudFormation property
     * {@code MaxRuntimeInSeconds}.
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
   * <p>Property type {@code AWS::SageMaker::DataQualityJobDefinition.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DataQualityJobDefinition.VpcConfig")
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
     * <p>Required. Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
     * [-0-9a-zA-Z]+}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
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
     * <p>Required. Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
     * [-0-9a-zA-Z]+}. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
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
