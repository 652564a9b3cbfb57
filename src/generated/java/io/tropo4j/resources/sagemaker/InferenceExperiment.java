// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an inference experiment using the configurations specified in the request.
 *
 * <p>Use this API to setup and schedule an experiment to compare model variants on a Amazon
 * SageMaker inference endpoint. For more information about inference experiments, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/shadow-tests.html">Shadow tests</a> .
 *
 * <p>Amazon SageMaker begins your experiment at the scheduled time and routes traffic to your
 * endpoint's model variants based on your specified configuration.
 *
 * <p>While the experiment is in progress or after it has concluded, you can view metrics that
 * compare your model variants. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/shadow-tests-view-monitor-edit.html">View,
 * monitor, and edit shadow tests</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::InferenceExperiment}.
 */
public final class InferenceExperiment extends Resource<InferenceExperiment> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment")
      .required("EndpointName", "ModelVariants", "Name", "RoleArn", "Type")
      .constrain("Description", Constraint.of().pattern(".*").minLength(1).maxLength(1024))
      .allowed("DesiredState", "Running", "Completed", "Cancelled")
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
      .constrain("KmsKey", Constraint.of().pattern(".*").minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("StatusReason", Constraint.of().pattern(".*").minLength(1).maxLength(1024))
      .allowed("Type", "ShadowMode")
      .refYields("Name")
      .attributes("Arn", "CreationTime", "EndpointMetadata", "EndpointMetadata.EndpointConfigName",
          "EndpointMetadata.EndpointName", "EndpointMetadata.EndpointStatus", "LastModifiedTime",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InferenceExperiment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon S3 location and configuration for storing inference request and response data.
   *
   * <p>CloudFormation property {@code DataStorageConfig}.
   */
  public InferenceExperiment dataStorageConfig(Value<DataStorageConfig> value) {
    return set("DataStorageConfig", value);
  }

  /**
   * The description of the inference experiment.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * Description}.
   */
  public InferenceExperiment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public InferenceExperiment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The desired state of the experiment after stopping. The possible states are the following:
   *
   * <ul> <li><code>Completed</code> : The experiment completed successfully
   * <li><code>Cancelled</code> : The experiment was canceled </ul>
   *
   * <p>Allowed values: {@code Running}, {@code Completed}, {@code Cancelled}. CloudFormation
   * property {@code DesiredState}.
   */
  public InferenceExperiment desiredState(String value) {
    return set("DesiredState", Value.of(value));
  }

  /** Sets {@code DesiredState} to this value; see {@link #desiredState(String)}. */
  public InferenceExperiment desiredState(Value<String> value) {
    return set("DesiredState", value);
  }

  /**
   * The name of the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code EndpointName}.
   */
  public InferenceExperiment endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public InferenceExperiment endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The AWS Key Management Service key that Amazon SageMaker uses to encrypt captured data at rest
   * using Amazon S3 server-side encryption.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code .*}.
   * CloudFormation property {@code KmsKey}.
   */
  public InferenceExperiment kmsKey(String value) {
    return set("KmsKey", Value.of(value));
  }

  /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
  public InferenceExperiment kmsKey(Value<String> value) {
    return set("KmsKey", value);
  }

  /**
   * An array of <code>ModelVariantConfigSummary</code> objects. There is one for each variant in
   * the inference experiment. Each <code>ModelVariantConfigSummary</code> object in the array
   * describes the infrastructure configuration for deploying the corresponding variant.
   *
   * <p>Required. CloudFormation property {@code ModelVariants}.
   */
  public InferenceExperiment modelVariants(List<ModelVariantConfig> value) {
    return set("ModelVariants", Value.listOf(value));
  }

  /** Sets {@code ModelVariants} to this value; see {@link #modelVariants(List)}. */
  public InferenceExperiment modelVariants(Value<List<ModelVariantConfig>> value) {
    return set("ModelVariants", value);
  }

  /** Sets {@code ModelVariants} to a list of these; see {@link #modelVariants(List)}. */
  public InferenceExperiment modelVariants(ModelVariantConfig... values) {
    return set("ModelVariants", Value.list(values));
  }

  /**
   * The name of the inference experiment.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 120 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}. CloudFormation property {@code Name}.
   */
  public InferenceExperiment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InferenceExperiment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and
   * container images, and manage Amazon SageMaker Inference endpoints for model deployment.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public InferenceExperiment roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public InferenceExperiment roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The duration for which the inference experiment ran or will run.
   *
   * <p>The maximum duration that you can set for an inference experiment is 30 days.
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public InferenceExperiment schedule(Value<InferenceExperimentSchedule> value) {
    return set("Schedule", value);
  }

  /**
   * The configuration of <code>ShadowMode</code> inference experiment type, which shows the
   * production variant that takes all the inference requests, and the shadow variant to which
   * Amazon SageMaker replicates a percentage of the inference requests. For the shadow variant it
   * also shows the percentage of requests that Amazon SageMaker replicates.
   *
   * <p>CloudFormation property {@code ShadowModeConfig}.
   */
  public InferenceExperiment shadowModeConfig(Value<ShadowModeConfig> value) {
    return set("ShadowModeConfig", value);
  }

  /**
   * The error message for the inference experiment status result.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * StatusReason}.
   */
  public InferenceExperiment statusReason(String value) {
    return set("StatusReason", Value.of(value));
  }

  /** Sets {@code StatusReason} to this value; see {@link #statusReason(String)}. */
  public InferenceExperiment statusReason(Value<String> value) {
    return set("StatusReason", value);
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
  public InferenceExperiment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InferenceExperiment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InferenceExperiment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the inference experiment.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ShadowMode}.
   * CloudFormation property {@code Type}.
   */
  public InferenceExperiment typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public InferenceExperiment typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN for your inference experiment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp at which the inference experiment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The metadata of the endpoint on which the inference experiment ran.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointMetadata}.
   */
  public Value<EndpointMetadata> endpointMetadata() {
    return getAtt("EndpointMetadata");
  }

  /** {@code Fn::GetAtt} attribute {@code EndpointMetadata.EndpointConfigName}. */
  public Value<String> endpointMetadataEndpointConfigName() {
    return getAtt("EndpointMetadata.EndpointConfigName");
  }

  /** {@code Fn::GetAtt} attribute {@code EndpointMetadata.EndpointName}. */
  public Value<String> endpointMetadataEndpointName() {
    return getAtt("EndpointMetadata.EndpointName");
  }

  /** {@code Fn::GetAtt} attribute {@code EndpointMetadata.EndpointStatus}. */
  public Value<String> endpointMetadataEndpointStatus() {
    return getAtt("EndpointMetadata.EndpointStatus");
  }

  /**
   * The timestamp at which you last modified the inference experiment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The status of the inference experiment. The following are the possible statuses for an
   * inference experiment:
   *
   * <ul> <li><code>Creating</code> - Amazon SageMaker is creating your experiment.
   * <li><code>Created</code> - Amazon SageMaker has finished the creation of your experiment and
   * will begin the experiment at the scheduled time. <li><code>Updating</code> - When you make
   * changes to your experiment, your experiment shows as updating. <li><code>Starting</code> -
   * Amazon SageMaker is beginning your experiment. <li><code>Running</code> - Your experiment is in
   * progress. <li><code>Stopping</code> - Amazon SageMaker is stopping your experiment.
   * <li><code>Completed</code> - Your experiment has completed. <li><code>Cancelled</code> - When
   * you conclude your experiment early using the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopInferenceExperiment.html">StopInferenceExperiment</a>
   * API, or if any operation fails with an unexpected error, it shows as cancelled. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Configuration specifying how to treat different headers. If no headers are specified Amazon
   * SageMaker AI will by default base64 encode when capturing the data.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.CaptureContentTypeHeader}.
   */
  public static final class CaptureContentTypeHeader extends Struct<CaptureContentTypeHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.CaptureContentTypeHeader")
        .constrain("CsvContentTypes", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*/[a-zA-Z0-9](-*[a-zA-Z0-9.])*").minLength(1).maxLength(256))
        .constrain("JsonContentTypes", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*/[a-zA-Z0-9](-*[a-zA-Z0-9.])*").minLength(1).maxLength(256))
        .build();

    public CaptureContentTypeHeader() {
      super(SCHEMA);
    }

    /**
     * The list of all content type headers that Amazon SageMaker AI will treat as CSV and capture
     * accordingly.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*&#47;[a-zA-Z0-9](-*[a-zA-Z0-9.])*}. CloudFormation property
     * {@code CsvContentTypes}.
     */
    public CaptureContentTypeHeader csvContentTypes(List<String> value) {
      return set("CsvContentTypes", Value.listOf(value));
    }

    /** Sets {@code CsvContentTypes} to this value; see {@link #csvContentTypes(List)}. */
    public CaptureContentTypeHeader csvContentTypes(Value<List<String>> value) {
      return set("CsvContentTypes", value);
    }

    /**
     * The list of all content type headers that SageMaker AI will treat as JSON and capture
     * accordingly.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*&#47;[a-zA-Z0-9](-*[a-zA-Z0-9.])*}. CloudFormation property
     * {@code JsonContentTypes}.
     */
    public CaptureContentTypeHeader jsonContentTypes(List<String> value) {
      return set("JsonContentTypes", Value.listOf(value));
    }

    /** Sets {@code JsonContentTypes} to this value; see {@link #jsonContentTypes(List)}. */
    public CaptureContentTypeHeader jsonContentTypes(Value<List<String>> value) {
      return set("JsonContentTypes", value);
    }
  }

  /**
   * The Amazon S3 location and configuration for storing inference request and response data.
   *
   * <p>This is an optional parameter that you can use for data capture. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture.html">Capture
   * data</a> .
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.DataStorageConfig}.
   */
  public static final class DataStorageConfig extends Struct<DataStorageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.DataStorageConfig")
        .required("Destination")
        .constrain("Destination", Constraint.of().pattern("^(https|s3)://([^/])/?(.*)$").minLength(0).maxLength(512))
        .constrain("KmsKey", Constraint.of().pattern(".*").minLength(0).maxLength(2048))
        .build();

    public DataStorageConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration specifying how to treat different headers. If no headers are specified
     * SageMaker will by default base64 encode when capturing the data.
     *
     * <p>CloudFormation property {@code ContentType}.
     */
    public DataStorageConfig contentType(Value<CaptureContentTypeHeader> value) {
      return set("ContentType", value);
    }

    /**
     * The Amazon S3 bucket where the inference request and response data is stored.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^(https|s3)://([^/])/?(.*)$}.
     * CloudFormation property {@code Destination}.
     */
    public DataStorageConfig destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public DataStorageConfig destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * The AWS Key Management Service key that Amazon SageMaker uses to encrypt captured data at
     * rest using Amazon S3 server-side encryption.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code .*}. CloudFormation property {@code KmsKey}.
     */
    public DataStorageConfig kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public DataStorageConfig kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }
  }

  /**
   * The metadata of the endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.EndpointMetadata}.
   */
  public static final class EndpointMetadata extends Struct<EndpointMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.EndpointMetadata")
        .required("EndpointName")
        .allowed("EndpointStatus", "Creating", "Updating", "SystemUpdating", "RollingBack",
            "InService", "OutOfService", "Deleting", "Failed")
        .build();

    public EndpointMetadata() {
      super(SCHEMA);
    }

    /**
     * The name of the endpoint configuration.
     *
     * <p>CloudFormation property {@code EndpointConfigName}.
     */
    public EndpointMetadata endpointConfigName(String value) {
      return set("EndpointConfigName", Value.of(value));
    }

    /** Sets {@code EndpointConfigName} to this value; see {@link #endpointConfigName(String)}. */
    public EndpointMetadata endpointConfigName(Value<String> value) {
      return set("EndpointConfigName", value);
    }

    /**
     * The name of the endpoint.
     *
     * <p>Required. CloudFormation property {@code EndpointName}.
     */
    public EndpointMetadata endpointName(String value) {
      return set("EndpointName", Value.of(value));
    }

    /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
    public EndpointMetadata endpointName(Value<String> value) {
      return set("EndpointName", value);
    }

    /**
     * The status of the endpoint. For possible values of the status of an endpoint, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-sagemaker-inferenceexperiment-endpointmetadata.html#cfn-sagemaker-inferenceexperiment-endpointmetadata-endpointstatus"></a>
     * .
     *
     * <p>Allowed values: {@code Creating}, {@code Updating}, {@code SystemUpdating}, {@code
     * RollingBack}, {@code InService}, {@code OutOfService}, {@code Deleting}, {@code Failed}.
     * CloudFormation property {@code EndpointStatus}.
     */
    public EndpointMetadata endpointStatus(String value) {
      return set("EndpointStatus", Value.of(value));
    }

    /** Sets {@code EndpointStatus} to this value; see {@link #endpointStatus(String)}. */
    public EndpointMetadata endpointStatus(Value<String> value) {
      return set("EndpointStatus", value);
    }
  }

  /**
   * The start and end times of an inference experiment.
   *
   * <p>The maximum duration that you can set for an inference experiment is 30 days.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.InferenceExperimentSchedule}.
   */
  public static final class InferenceExperimentSchedule extends Struct<InferenceExperimentSchedule> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::InferenceExperiment.InferenceExperimentSchedule");

    public InferenceExperimentSchedule() {
      super(SCHEMA);
    }

    /**
     * The timestamp at which the inference experiment ended or will end.
     *
     * <p>CloudFormation property {@code EndTime}.
     */
    public InferenceExperimentSchedule endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public InferenceExperimentSchedule endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The timestamp at which the inference experiment started or will start.
     *
     * <p>CloudFormation property {@code StartTime}.
     */
    public InferenceExperimentSchedule startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public InferenceExperimentSchedule startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * The configuration for the infrastructure that the model will be deployed to.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.ModelInfrastructureConfig}.
   */
  public static final class ModelInfrastructureConfig extends Struct<ModelInfrastructureConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.ModelInfrastructureConfig")
        .required("InfrastructureType", "RealTimeInferenceConfig")
        .allowed("InfrastructureType", "RealTimeInference")
        .build();

    public ModelInfrastructureConfig() {
      super(SCHEMA);
    }

    /**
     * The inference option to which to deploy your model. Possible values are the following:
     *
     * <ul> <li><code>RealTime</code> : Deploy to real-time inference. </ul>
     *
     * <p>Required. Allowed values: {@code RealTimeInference}. CloudFormation property {@code
     * InfrastructureType}.
     */
    public ModelInfrastructureConfig infrastructureType(String value) {
      return set("InfrastructureType", Value.of(value));
    }

    /** Sets {@code InfrastructureType} to this value; see {@link #infrastructureType(String)}. */
    public ModelInfrastructureConfig infrastructureType(Value<String> value) {
      return set("InfrastructureType", value);
    }

    /**
     * The infrastructure configuration for deploying the model to real-time inference.
     *
     * <p>Required. CloudFormation property {@code RealTimeInferenceConfig}.
     */
    public ModelInfrastructureConfig realTimeInferenceConfig(Value<RealTimeInferenceConfig> value) {
      return set("RealTimeInferenceConfig", value);
    }
  }

  /**
   * Contains information about the deployment options of a model.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.ModelVariantConfig}.
   */
  public static final class ModelVariantConfig extends Struct<ModelVariantConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.ModelVariantConfig")
        .required("InfrastructureConfig", "ModelName", "VariantName")
        .constrain("ModelName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(0).maxLength(63))
        .constrain("VariantName", Constraint.of().pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?").minLength(0).maxLength(63))
        .build();

    public ModelVariantConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration for the infrastructure that the model will be deployed to.
     *
     * <p>Required. CloudFormation property {@code InfrastructureConfig}.
     */
    public ModelVariantConfig infrastructureConfig(Value<ModelInfrastructureConfig> value) {
      return set("InfrastructureConfig", value);
    }

    /**
     * The name of the Amazon SageMaker Model entity.
     *
     * <p>Required. Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}.
     * CloudFormation property {@code ModelName}.
     */
    public ModelVariantConfig modelName(String value) {
      return set("ModelName", Value.of(value));
    }

    /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
    public ModelVariantConfig modelName(Value<String> value) {
      return set("ModelName", value);
    }

    /**
     * The name of the variant.
     *
     * <p>Required. Length: 0 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9]([&#92;-a-zA-Z0-9]*[a-zA-Z0-9])?}. CloudFormation property {@code VariantName}.
     */
    public ModelVariantConfig variantName(String value) {
      return set("VariantName", Value.of(value));
    }

    /** Sets {@code VariantName} to this value; see {@link #variantName(String)}. */
    public ModelVariantConfig variantName(Value<String> value) {
      return set("VariantName", value);
    }
  }

  /**
   * The infrastructure configuration for deploying the model to a real-time inference endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.RealTimeInferenceConfig}.
   */
  public static final class RealTimeInferenceConfig extends Struct<RealTimeInferenceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.RealTimeInferenceConfig")
        .required("InstanceCount", "InstanceType")
        .constrain("InstanceCount", Constraint.of().minimum(0))
        .build();

    public RealTimeInferenceConfig() {
      super(SCHEMA);
    }

    /**
     * The number of instances of the type specified by <code>InstanceType</code> .
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code InstanceCount}.
     */
    public RealTimeInferenceConfig instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public RealTimeInferenceConfig instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The instance type the model is deployed to.
     *
     * <p>Required. CloudFormation property {@code InstanceType}.
     */
    public RealTimeInferenceConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public RealTimeInferenceConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }
  }

  /**
   * The configuration of <code>ShadowMode</code> inference experiment type, which specifies a
   * production variant to take all the inference requests, and a shadow variant to which Amazon
   * SageMaker replicates a percentage of the inference requests. For the shadow variant it also
   * specifies the percentage of requests that Amazon SageMaker replicates.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.ShadowModeConfig}.
   */
  public static final class ShadowModeConfig extends Struct<ShadowModeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.ShadowModeConfig")
        .required("ShadowModelVariants", "SourceModelVariantName")
        .constrain("SourceModelVariantName", Constraint.of().pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?").minLength(0).maxLength(63))
        .build();

    public ShadowModeConfig() {
      super(SCHEMA);
    }

    /**
     * List of shadow variant configurations.
     *
     * <p>Required. CloudFormation property {@code ShadowModelVariants}.
     */
    public ShadowModeConfig shadowModelVariants(List<ShadowModelVariantConfig> value) {
      return set("ShadowModelVariants", Value.listOf(value));
    }

    /** Sets {@code ShadowModelVariants} to this value; see {@link #shadowModelVariants(List)}. */
    public ShadowModeConfig shadowModelVariants(Value<List<ShadowModelVariantConfig>> value) {
      return set("ShadowModelVariants", value);
    }

    /**
     * Sets {@code ShadowModelVariants} to a list of these; see {@link #shadowModelVariants(List)}.
     */
    public ShadowModeConfig shadowModelVariants(ShadowModelVariantConfig... values) {
      return set("ShadowModelVariants", Value.list(values));
    }

    /**
     * The name of the production variant, which takes all the inference requests.
     *
     * <p>Required. Length: 0 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9]([&#92;-a-zA-Z0-9]*[a-zA-Z0-9])?}. CloudFormation property {@code
     * SourceModelVariantName}.
     */
    public ShadowModeConfig sourceModelVariantName(String value) {
      return set("SourceModelVariantName", Value.of(value));
    }

    /**
     * Sets {@code SourceModelVariantName} to this value; see {@link
     * #sourceModelVariantName(String)}.
     */
    public ShadowModeConfig sourceModelVariantName(Value<String> value) {
      return set("SourceModelVariantName", value);
    }
  }

  /**
   * The name and sampling percentage of a shadow variant.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceExperiment.ShadowModelVariantConfig}.
   */
  public static final class ShadowModelVariantConfig extends Struct<ShadowModelVariantConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceExperiment.ShadowModelVariantConfig")
        .required("SamplingPercentage", "ShadowModelVariantName")
        .constrain("SamplingPercentage", Constraint.of().maximum(100))
        .constrain("ShadowModelVariantName", Constraint.of().pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?").minLength(0).maxLength(63))
        .build();

    public ShadowModelVariantConfig() {
      super(SCHEMA);
    }

    /**
     * The percentage of inference requests that Amazon SageMaker replicates from the production
     * variant to the shadow variant.
     *
     * <p>Required. Range: at most 100. CloudFormation property {@code SamplingPercentage}.
     */
    public ShadowModelVariantConfig samplingPercentage(int value) {
      return set("SamplingPercentage", Value.of(value));
    }

    /** Sets {@code SamplingPercentage} to this value; see {@link #samplingPercentage(int)}. */
    public ShadowModelVariantConfig samplingPercentage(Value<Integer> value) {
      return set("SamplingPercentage", value);
    }

    /**
     * The name of the shadow variant.
     *
     * <p>Required. Length: 0 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9]([&#92;-a-zA-Z0-9]*[a-zA-Z0-9])?}. CloudFormation property {@code
     * ShadowModelVariantName}.
     */
    public ShadowModelVariantConfig shadowModelVariantName(String value) {
      return set("ShadowModelVariantName", Value.of(value));
    }

    /**
     * Sets {@code ShadowModelVariantName} to this value; see {@link
     * #shadowModelVariantName(String)}.
     */
    public ShadowModelVariantConfig shadowModelVariantName(Value<String> value) {
      return set("ShadowModelVariantName", value);
    }
  }
}
