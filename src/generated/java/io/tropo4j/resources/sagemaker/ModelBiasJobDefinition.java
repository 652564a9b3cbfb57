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
 * Creates the definition for a model bias job.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ModelBiasJobDefinition}.
 */
public final class ModelBiasJobDefinition extends Resource<ModelBiasJobDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition")
      .required("JobResources", "ModelBiasAppSpecification", "ModelBiasJobInput",
          "ModelBiasJobOutputConfig", "RoleArn")
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
      .constrain("JobDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("JobDefinitionArn")
      .attributes("CreationTime", "JobDefinitionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ModelBiasJobDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the endpoint used to run the monitoring job.
   *
   * <p>Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code EndpointName}.
   */
  public ModelBiasJobDefinition endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public ModelBiasJobDefinition endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The name of the bias job definition. The name must be unique within an AWS Region in the AWS
   * account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code JobDefinitionName}.
   */
  public ModelBiasJobDefinition jobDefinitionName(String value) {
    return set("JobDefinitionName", Value.of(value));
  }

  /** Sets {@code JobDefinitionName} to this value; see {@link #jobDefinitionName(String)}. */
  public ModelBiasJobDefinition jobDefinitionName(Value<String> value) {
    return set("JobDefinitionName", value);
  }

  /**
   * Identifies the resources to deploy for a monitoring job.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code JobResources}.
   */
  public ModelBiasJobDefinition jobResources(Value<MonitoringResources> value) {
    return set("JobResources", value);
  }

  /**
   * Configures the model bias job to run a specified Docker container image.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ModelBiasAppSpecification}.
   */
  public ModelBiasJobDefinition modelBiasAppSpecification(Value<ModelBiasAppSpecification> value) {
    return set("ModelBiasAppSpecification", value);
  }

  /**
   * The baseline configuration for a model bias job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModelBiasBaselineConfig}.
   */
  public ModelBiasJobDefinition modelBiasBaselineConfig(Value<ModelBiasBaselineConfig> value) {
    return set("ModelBiasBaselineConfig", value);
  }

  /**
   * Inputs for the model bias job.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ModelBiasJobInput}.
   */
  public ModelBiasJobDefinition modelBiasJobInput(Value<ModelBiasJobInput> value) {
    return set("ModelBiasJobInput", value);
  }

  /**
   * The output configuration for monitoring jobs.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ModelBiasJobOutputConfig}.
   */
  public ModelBiasJobDefinition modelBiasJobOutputConfig(Value<MonitoringOutputConfig> value) {
    return set("ModelBiasJobOutputConfig", value);
  }

  /**
   * Networking options for a model bias job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkConfig}.
   */
  public ModelBiasJobDefinition networkConfig(Value<NetworkConfig> value) {
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
  public ModelBiasJobDefinition roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public ModelBiasJobDefinition roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public ModelBiasJobDefinition roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * A time limit for how long the monitoring job is allowed to run before stopping.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StoppingCondition}.
   */
  public ModelBiasJobDefinition stoppingCondition(Value<StoppingCondition> value) {
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
  public ModelBiasJobDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ModelBiasJobDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ModelBiasJobDefinition tags(Tags tags) {
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.BatchTransformInput}.
   */
  public static final class BatchTransformInput extends Struct<BatchTransformInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.BatchTransformInput")
        .required("DataCapturedDestinationS3Uri", "DatasetFormat", "LocalPath")
        .constrain("DataCapturedDestinationS3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(512))
        .constrain("EndTimeOffset", Constraint.of().pattern("^.?P.*").minLength(1).maxLength(15))
        .constrain("FeaturesAttribute", Constraint.of().maxLength(256))
        .constrain("InferenceAttribute", Constraint.of().maxLength(256))
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("ProbabilityAttribute", Constraint.of().maxLength(256))
        .constrain("ProbabilityThresholdAttribute", Constraint.of().format("double"))
        .allowed("S3DataDistributionType", "FullyReplicated", "ShardedByS3Key")
        .allowed("S3InputMode", "Pipe", "File")
        .constrain("StartTimeOffset", Constraint.of().pattern("^.?P.*").minLength(1).maxLength(15))
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
     * If specified, monitoring jobs subtract this time from the end time. For information about
     * using offsets for scheduling monitoring jobs, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-model-quality-schedule.html">Schedule
     * Model Quality Monitoring Jobs</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 15 characters. Pattern: {@code ^.?P.*}.
     * CloudFormation property {@code EndTimeOffset}.
     */
    public BatchTransformInput endTimeOffset(String value) {
      return set("EndTimeOffset", Value.of(value));
    }

    /** Sets {@code EndTimeOffset} to this value; see {@link #endTimeOffset(String)}. */
    public BatchTransformInput endTimeOffset(Value<String> value) {
      return set("EndTimeOffset", value);
    }

    /**
     * The attributes of the input data that are the input features.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code FeaturesAttribute}.
     */
    public BatchTransformInput featuresAttribute(String value) {
      return set("FeaturesAttribute", Value.of(value));
    }

    /** Sets {@code FeaturesAttribute} to this value; see {@link #featuresAttribute(String)}. */
    public BatchTransformInput featuresAttribute(Value<String> value) {
      return set("FeaturesAttribute", value);
    }

    /**
     * The attribute of the input data that represents the ground truth label.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code InferenceAttribute}.
     */
    public BatchTransformInput inferenceAttribute(String value) {
      return set("InferenceAttribute", Value.of(value));
    }

    /** Sets {@code InferenceAttribute} to this value; see {@link #inferenceAttribute(String)}. */
    public BatchTransformInput inferenceAttribute(Value<String> value) {
      return set("InferenceAttribute", value);
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
     * In a classification problem, the attribute that represents the class probability.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code ProbabilityAttribute}.
     */
    public BatchTransformInput probabilityAttribute(String value) {
      return set("ProbabilityAttribute", Value.of(value));
    }

    /**
     * Sets {@code ProbabilityAttribute} to this value; see {@link #probabilityAttribute(String)}.
     */
    public BatchTransformInput probabilityAttribute(Value<String> value) {
      return set("ProbabilityAttribute", value);
    }

    /**
     * The threshold for the class probability to be evaluated as a positive result.
     *
     * <p>Changing it replaces the resource. Format: {@code double}. CloudFormation property {@code
     * ProbabilityThresholdAttribute}.
     */
    public BatchTransformInput probabilityThresholdAttribute(double value) {
      return set("ProbabilityThresholdAttribute", Value.of(value));
    }

    /**
     * Sets {@code ProbabilityThresholdAttribute} to this value; see {@link
     * #probabilityThresholdAttribute(double)}.
     */
    public BatchTransformInput probabilityThresholdAttribute(Value<Double> value) {
      return set("ProbabilityThresholdAttribute", value);
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

    /**
     * If specified, monitoring jobs substract this time from the start time. For information about
     * using offsets for scheduling monitoring jobs, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-model-quality-schedule.html">Schedule
     * Model Quality Monitoring Jobs</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 15 characters. Pattern: {@code ^.?P.*}.
     * CloudFormation property {@code StartTimeOffset}.
     */
    public BatchTransformInput startTimeOffset(String value) {
      return set("StartTimeOffset", Value.of(value));
    }

    /** Sets {@code StartTimeOffset} to this value; see {@link #startTimeOffset(String)}. */
    public BatchTransformInput startTimeOffset(Value<String> value) {
      return set("StartTimeOffset", value);
    }
  }

  /**
   * The configuration for the cluster resources used to run the processing job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.ClusterConfig}.
   */
  public static final class ClusterConfig extends Struct<ClusterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.ClusterConfig")
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.ConstraintsResource}.
   */
  public static final class ConstraintsResource extends Struct<ConstraintsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.ConstraintsResource")
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.Csv}.
   */
  public static final class Csv extends Struct<Csv> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelBiasJobDefinition.Csv");

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
   * The dataset format of the data to monitor
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.DatasetFormat}.
   */
  public static final class DatasetFormat extends Struct<DatasetFormat> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelBiasJobDefinition.DatasetFormat");

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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.EndpointInput}.
   */
  public static final class EndpointInput extends Struct<EndpointInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.EndpointInput")
        .required("EndpointName", "LocalPath")
        .constrain("EndTimeOffset", Constraint.of().pattern("^.?P.*").minLength(1).maxLength(15))
        .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
        .constrain("FeaturesAttribute", Constraint.of().maxLength(256))
        .constrain("InferenceAttribute", Constraint.of().maxLength(256))
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("ProbabilityAttribute", Constraint.of().maxLength(256))
        .constrain("ProbabilityThresholdAttribute", Constraint.of().format("double"))
        .allowed("S3DataDistributionType", "FullyReplicated", "ShardedByS3Key")
        .allowed("S3InputMode", "Pipe", "File")
        .constrain("StartTimeOffset", Constraint.of().pattern("^.?P.*").minLength(1).maxLength(15))
        .build();

    public EndpointInput() {
      super(SCHEMA);
    }

    /**
     * If specified, monitoring jobs substract this time from the end time. For information about
     * using offsets for scheduling monitoring jobs, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-model-quality-schedule.html">Schedule
     * Model Quality Monitoring Jobs</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 15 characters. Pattern: {@code ^.?P.*}.
     * CloudFormation property {@code EndTimeOffset}.
     */
    public EndpointInput endTimeOffset(String value) {
      return set("EndTimeOffset", Value.of(value));
    }

    /** Sets {@code EndTimeOffset} to this value; see {@link #endTimeOffset(String)}. */
    public EndpointInput endTimeOffset(Value<String> value) {
      return set("EndTimeOffset", value);
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
     * The attributes of the input data that are the input features.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code FeaturesAttribute}.
     */
    public EndpointInput featuresAttribute(String value) {
      return set("FeaturesAttribute", Value.of(value));
    }

    /** Sets {@code FeaturesAttribute} to this value; see {@link #featuresAttribute(String)}. */
    public EndpointInput featuresAttribute(Value<String> value) {
      return set("FeaturesAttribute", value);
    }

    /**
     * The attribute of the input data that represents the ground truth label.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code InferenceAttribute}.
     */
    public EndpointInput inferenceAttribute(String value) {
      return set("InferenceAttribute", Value.of(value));
    }

    /** Sets {@code InferenceAttribute} to this value; see {@link #inferenceAttribute(String)}. */
    public EndpointInput inferenceAttribute(Value<String> value) {
      return set("InferenceAttribute", value);
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
     * In a classification problem, the attribute that represents the class probability.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code ProbabilityAttribute}.
     */
    public EndpointInput probabilityAttribute(String value) {
      return set("ProbabilityAttribute", Value.of(value));
    }

    /**
     * Sets {@code ProbabilityAttribute} to this value; see {@link #probabilityAttribute(String)}.
     */
    public EndpointInput probabilityAttribute(Value<String> value) {
      return set("ProbabilityAttribute", value);
    }

    /**
     * The threshold for the class probability to be evaluated as a positive result.
     *
     * <p>Changing it replaces the resource. Format: {@code double}. CloudFormation property {@code
     * ProbabilityThresholdAttribute}.
     */
    public EndpointInput probabilityThresholdAttribute(double value) {
      return set("ProbabilityThresholdAttribute", Value.of(value));
    }

    /**
     * Sets {@code ProbabilityThresholdAttribute} to this value; see {@link
     * #probabilityThresholdAttribute(double)}.
     */
    public EndpointInput probabilityThresholdAttribute(Value<Double> value) {
      return set("ProbabilityThresholdAttribute", value);
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

    /**
     * If specified, monitoring jobs substract this time from the start time. For information about
     * using offsets for scheduling monitoring jobs, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-model-quality-schedule.html">Schedule
     * Model Quality Monitoring Jobs</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 15 characters. Pattern: {@code ^.?P.*}.
     * CloudFormation property {@code StartTimeOffset}.
     */
    public EndpointInput startTimeOffset(String value) {
      return set("StartTimeOffset", Value.of(value));
    }

    /** Sets {@code StartTimeOffset} to this value; see {@link #startTimeOffset(String)}. */
    public EndpointInput startTimeOffset(Value<String> value) {
      return set("StartTimeOffset", value);
    }
  }

  /**
   * The Json format
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.Json}.
   */
  public static final class Json extends Struct<Json> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelBiasJobDefinition.Json");

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
   * Docker container image configuration object for the model bias job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.ModelBiasAppSpecification}.
   */
  public static final class ModelBiasAppSpecification extends Struct<ModelBiasAppSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.ModelBiasAppSpecification")
        .required("ConfigUri", "ImageUri")
        .constrain("ConfigUri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .constrain("ImageUri", Constraint.of().pattern(".*").minLength(0).maxLength(255))
        .build();

    public ModelBiasAppSpecification() {
      super(SCHEMA);
    }

    /**
     * JSON formatted S3 file that defines bias parameters. For more information on this JSON
     * configuration file, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-config-json-monitor-bias-parameters.html">Configure
     * bias parameters</a> .
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code ConfigUri}.
     */
    public ModelBiasAppSpecification configUri(String value) {
      return set("ConfigUri", Value.of(value));
    }

    /** Sets {@code ConfigUri} to this value; see {@link #configUri(String)}. */
    public ModelBiasAppSpecification configUri(Value<String> value) {
      return set("ConfigUri", value);
    }

    /**
     * Sets the environment variables in the Docker container.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Environment}.
     */
    public ModelBiasAppSpecification environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public ModelBiasAppSpecification environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * The container image to be run by the model bias job.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * .*}. CloudFormation property {@code ImageUri}.
     */
    public ModelBiasAppSpecification imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public ModelBiasAppSpecification imageUri(Value<String> value) {
      return set("ImageUri", value);
    }
  }

  /**
   * The configuration for a baseline model bias job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.ModelBiasBaselineConfig}.
   */
  public static final class ModelBiasBaselineConfig extends Struct<ModelBiasBaselineConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.ModelBiasBaselineConfig")
        .constrain("BaseliningJobName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .build();

    public ModelBiasBaselineConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the baseline model bias job.
     *
     * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code BaseliningJobName}.
     */
    public ModelBiasBaselineConfig baseliningJobName(String value) {
      return set("BaseliningJobName", Value.of(value));
    }

    /** Sets {@code BaseliningJobName} to this value; see {@link #baseliningJobName(String)}. */
    public ModelBiasBaselineConfig baseliningJobName(Value<String> value) {
      return set("BaseliningJobName", value);
    }

    /**
     * The constraints resource for a monitoring job.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConstraintsResource}.
     */
    public ModelBiasBaselineConfig constraintsResource(Value<ConstraintsResource> value) {
      return set("ConstraintsResource", value);
    }
  }

  /**
   * Inputs for the model bias job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.ModelBiasJobInput}.
   */
  public static final class ModelBiasJobInput extends Struct<ModelBiasJobInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.ModelBiasJobInput")
        .required("GroundTruthS3Input")
        .build();

    public ModelBiasJobInput() {
      super(SCHEMA);
    }

    /**
     * Input object for the batch transform job.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BatchTransformInput}.
     */
    public ModelBiasJobInput batchTransformInput(Value<BatchTransformInput> value) {
      return set("BatchTransformInput", value);
    }

    /**
     * Input object for the endpoint
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EndpointInput}.
     */
    public ModelBiasJobInput endpointInput(Value<EndpointInput> value) {
      return set("EndpointInput", value);
    }

    /**
     * Location of ground truth labels to use in model bias job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * GroundTruthS3Input}.
     */
    public ModelBiasJobInput groundTruthS3Input(Value<MonitoringGroundTruthS3Input> value) {
      return set("GroundTruthS3Input", value);
    }
  }

  /**
   * The ground truth labels for the dataset used for the monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.MonitoringGroundTruthS3Input}.
   */
  public static final class MonitoringGroundTruthS3Input extends Struct<MonitoringGroundTruthS3Input> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.MonitoringGroundTruthS3Input")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(512))
        .build();

    public MonitoringGroundTruthS3Input() {
      super(SCHEMA);
    }

    /**
     * The address of the Amazon S3 location of the ground truth labels.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
     */
    public MonitoringGroundTruthS3Input s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public MonitoringGroundTruthS3Input s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * The output object for a monitoring job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.MonitoringOutput}.
   */
  public static final class MonitoringOutput extends Struct<MonitoringOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.MonitoringOutput")
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.MonitoringOutputConfig}.
   */
  public static final class MonitoringOutputConfig extends Struct<MonitoringOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.MonitoringOutputConfig")
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.MonitoringResources}.
   */
  public static final class MonitoringResources extends Struct<MonitoringResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.MonitoringResources")
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.NetworkConfig}.
   */
  public static final class NetworkConfig extends Struct<NetworkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelBiasJobDefinition.NetworkConfig");

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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.S3Output}.
   */
  public static final class S3Output extends Struct<S3Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.S3Output")
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
     * a monitoring job. <code>LocalPath</code> is an absolute path for the output data.
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.StoppingCondition}.
   */
  public static final class StoppingCondition extends Struct<StoppingCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.StoppingCondition")
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
   * <p>Property type {@code AWS::SageMaker::ModelBiasJobDefinition.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelBiasJobDefinition.VpcConfig")
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
