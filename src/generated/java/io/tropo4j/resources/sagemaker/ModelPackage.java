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
import java.util.Map;

/**
 * A container for your trained model that can be deployed for SageMaker inference. This can include
 * inference code, artifacts, and metadata. The model package type can be one of the following.
 *
 * <ul> <li>Versioned model: A part of a model package group in Model Registry. <li>Unversioned
 * model: Not part of a model package group and used in AWS Marketplace. </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackage.html"><code>CreateModelPackage</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ModelPackage}.
 */
public final class ModelPackage extends Resource<ModelPackage> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage")
      .constrain("ApprovalDescription", Constraint.of().pattern(".*").maxLength(1024))
      .constrain("ClientToken", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(36))
      .allowed("ModelApprovalStatus", "Approved", "Rejected", "PendingManualApproval")
      .constrain("ModelPackageDescription", Constraint.of().pattern("[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*").minLength(0).maxLength(1024))
      .constrain("ModelPackageGroupName", Constraint.of().pattern("(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$").minLength(1).maxLength(170))
      .constrain("ModelPackageName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .constrain("ModelPackageVersion", Constraint.of().minimum(1))
      .constrain("SamplePayloadUrl", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
      .allowed("SkipModelValidation", "None", "All")
      .constrain("SourceUri", Constraint.of().pattern("[\\p{L}\\p{M}\\p{Z}\\p{N}\\p{P}]{0,1024}").minLength(0).maxLength(1024))
      .refYields("ModelPackageArn")
      .attributes("CreationTime", "LastModifiedTime", "ModelPackageArn", "ModelPackageStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ModelPackage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of additional Inference Specification objects.
   *
   * <p>CloudFormation property {@code AdditionalInferenceSpecifications}.
   */
  public ModelPackage additionalInferenceSpecifications(List<AdditionalInferenceSpecificationDefinition> value) {
    return set("AdditionalInferenceSpecifications", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalInferenceSpecifications} to this value; see {@link
   * #additionalInferenceSpecifications(List)}.
   */
  public ModelPackage additionalInferenceSpecifications(Value<List<AdditionalInferenceSpecificationDefinition>> value) {
    return set("AdditionalInferenceSpecifications", value);
  }

  /**
   * Sets {@code AdditionalInferenceSpecifications} to a list of these; see {@link
   * #additionalInferenceSpecifications(List)}.
   */
  public ModelPackage additionalInferenceSpecifications(AdditionalInferenceSpecificationDefinition... values) {
    return set("AdditionalInferenceSpecifications", Value.list(values));
  }

  /**
   * An array of additional Inference Specification objects to be added to the existing array. The
   * total number of additional Inference Specification objects cannot exceed 15. Each additional
   * Inference Specification object specifies artifacts based on this model package that can be used
   * on inference endpoints. Generally used with SageMaker Neo to store the compiled artifacts.
   *
   * <p>CloudFormation property {@code AdditionalInferenceSpecificationsToAdd}.
   */
  public ModelPackage additionalInferenceSpecificationsToAdd(List<AdditionalInferenceSpecificationDefinition> value) {
    return set("AdditionalInferenceSpecificationsToAdd", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalInferenceSpecificationsToAdd} to this value; see {@link
   * #additionalInferenceSpecificationsToAdd(List)}.
   */
  public ModelPackage additionalInferenceSpecificationsToAdd(Value<List<AdditionalInferenceSpecificationDefinition>> value) {
    return set("AdditionalInferenceSpecificationsToAdd", value);
  }

  /**
   * Sets {@code AdditionalInferenceSpecificationsToAdd} to a list of these; see {@link
   * #additionalInferenceSpecificationsToAdd(List)}.
   */
  public ModelPackage additionalInferenceSpecificationsToAdd(AdditionalInferenceSpecificationDefinition... values) {
    return set("AdditionalInferenceSpecificationsToAdd", Value.list(values));
  }

  /**
   * A description provided when the model approval is set.
   *
   * <p>Length: at most 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * ApprovalDescription}.
   */
  public ModelPackage approvalDescription(String value) {
    return set("ApprovalDescription", Value.of(value));
  }

  /** Sets {@code ApprovalDescription} to this value; see {@link #approvalDescription(String)}. */
  public ModelPackage approvalDescription(Value<String> value) {
    return set("ApprovalDescription", value);
  }

  /**
   * Whether the model package is to be certified to be listed on AWS Marketplace. For information
   * about listing model packages on AWS Marketplace, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-mkt-list.html">List Your
   * Algorithm or Model Package on AWS Marketplace</a> .
   *
   * <p>CloudFormation property {@code CertifyForMarketplace}.
   */
  public ModelPackage certifyForMarketplace(boolean value) {
    return set("CertifyForMarketplace", Value.of(value));
  }

  /**
   * Sets {@code CertifyForMarketplace} to this value; see {@link #certifyForMarketplace(boolean)}.
   */
  public ModelPackage certifyForMarketplace(Value<Boolean> value) {
    return set("CertifyForMarketplace", value);
  }

  /**
   * A unique token that guarantees that the call to this API is idempotent.
   *
   * <p>Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code ClientToken}.
   */
  public ModelPackage clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public ModelPackage clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * The metadata properties for the model package.
   *
   * <p>CloudFormation property {@code CustomerMetadataProperties}.
   */
  public ModelPackage customerMetadataProperties(Map<String, String> value) {
    return set("CustomerMetadataProperties", Value.mapOf(value));
  }

  /**
   * Sets {@code CustomerMetadataProperties} to this value; see {@link
   * #customerMetadataProperties(Map)}.
   */
  public ModelPackage customerMetadataProperties(Value<Map<String, String>> value) {
    return set("CustomerMetadataProperties", value);
  }

  /**
   * The machine learning domain of your model package and its components. Common machine learning
   * domains include computer vision and natural language processing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Domain}.
   */
  public ModelPackage domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public ModelPackage domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * Represents the drift check baselines that can be used when the model monitor is set using the
   * model package.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DriftCheckBaselines}.
   */
  public ModelPackage driftCheckBaselines(Value<DriftCheckBaselines> value) {
    return set("DriftCheckBaselines", value);
  }

  /**
   * Defines how to perform inference generation after a training job is run.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InferenceSpecification}.
   */
  public ModelPackage inferenceSpecification(Value<InferenceSpecification> value) {
    return set("InferenceSpecification", value);
  }

  /**
   * The last time the model package was modified.
   *
   * <p>CloudFormation property {@code LastModifiedTime}.
   */
  public ModelPackage lastModifiedTime(String value) {
    return set("LastModifiedTime", Value.of(value));
  }

  /** Sets {@code LastModifiedTime} to this value; see {@link #lastModifiedTime(String)}. */
  public ModelPackage lastModifiedTime(Value<String> value) {
    return set("LastModifiedTime", value);
  }

  /**
   * Metadata properties of the tracking entity, trial, or trial component.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetadataProperties}.
   */
  public ModelPackage metadataProperties(Value<MetadataProperties> value) {
    return set("MetadataProperties", value);
  }

  /**
   * The approval status of the model. This can be one of the following values.
   *
   * <ul> <li><code>APPROVED</code> - The model is approved <li><code>REJECTED</code> - The model is
   * rejected. <li><code>PENDING_MANUAL_APPROVAL</code> - The model is waiting for manual approval.
   * </ul>
   *
   * <p>Allowed values: {@code Approved}, {@code Rejected}, {@code PendingManualApproval}.
   * CloudFormation property {@code ModelApprovalStatus}.
   */
  public ModelPackage modelApprovalStatus(String value) {
    return set("ModelApprovalStatus", Value.of(value));
  }

  /** Sets {@code ModelApprovalStatus} to this value; see {@link #modelApprovalStatus(String)}. */
  public ModelPackage modelApprovalStatus(Value<String> value) {
    return set("ModelApprovalStatus", value);
  }

  /**
   * An Amazon SageMaker Model Card.
   *
   * <p>CloudFormation property {@code ModelCard}.
   */
  public ModelPackage modelCard(Value<ModelCard> value) {
    return set("ModelCard", value);
  }

  /**
   * Metrics for the model.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModelMetrics}.
   */
  public ModelPackage modelMetrics(Value<ModelMetrics> value) {
    return set("ModelMetrics", value);
  }

  /**
   * The description of the model package.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * [&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*}. CloudFormation property {@code
   * ModelPackageDescription}.
   */
  public ModelPackage modelPackageDescription(String value) {
    return set("ModelPackageDescription", Value.of(value));
  }

  /**
   * Sets {@code ModelPackageDescription} to this value; see {@link
   * #modelPackageDescription(String)}.
   */
  public ModelPackage modelPackageDescription(Value<String> value) {
    return set("ModelPackageDescription", value);
  }

  /**
   * The model group to which the model belongs.
   *
   * <p>Changing it replaces the resource. Length: 1 to 170 characters. Pattern: {@code
   * (arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:[a-z&#92;-]*&#92;/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?&lt;!-)$}.
   * CloudFormation property {@code ModelPackageGroupName}.
   */
  public ModelPackage modelPackageGroupName(String value) {
    return set("ModelPackageGroupName", Value.of(value));
  }

  /**
   * Sets {@code ModelPackageGroupName} to this value; see {@link #modelPackageGroupName(String)}.
   */
  public ModelPackage modelPackageGroupName(Value<String> value) {
    return set("ModelPackageGroupName", value);
  }

  /**
   * The name of the model package. The name can be as follows:
   *
   * <ul> <li>For a versioned model, the name is automatically generated by SageMaker Model Registry
   * and follows the format ' <code>ModelPackageGroupName/ModelPackageVersion</code> '. <li>For an
   * unversioned model, you must provide the name. </ul>
   *
   * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}.
   * CloudFormation property {@code ModelPackageName}.
   */
  public ModelPackage modelPackageName(String value) {
    return set("ModelPackageName", Value.of(value));
  }

  /** Sets {@code ModelPackageName} to this value; see {@link #modelPackageName(String)}. */
  public ModelPackage modelPackageName(Value<String> value) {
    return set("ModelPackageName", value);
  }

  /**
   * Specifies the validation and image scan statuses of the model package.
   *
   * <p>CloudFormation property {@code ModelPackageStatusDetails}.
   */
  public ModelPackage modelPackageStatusDetails(Value<ModelPackageStatusDetails> value) {
    return set("ModelPackageStatusDetails", value);
  }

  /**
   * The version number of a versioned model.
   *
   * <p>Range: at least 1. CloudFormation property {@code ModelPackageVersion}.
   */
  public ModelPackage modelPackageVersion(int value) {
    return set("ModelPackageVersion", Value.of(value));
  }

  /** Sets {@code ModelPackageVersion} to this value; see {@link #modelPackageVersion(int)}. */
  public ModelPackage modelPackageVersion(Value<Integer> value) {
    return set("ModelPackageVersion", value);
  }

  /**
   * The Amazon Simple Storage Service path where the sample payload are stored. This path must
   * point to a single gzip compressed tar archive (.tar.gz suffix).
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code SamplePayloadUrl}.
   */
  public ModelPackage samplePayloadUrl(String value) {
    return set("SamplePayloadUrl", Value.of(value));
  }

  /** Sets {@code SamplePayloadUrl} to this value; see {@link #samplePayloadUrl(String)}. */
  public ModelPackage samplePayloadUrl(Value<String> value) {
    return set("SamplePayloadUrl", value);
  }

  /**
   * An optional AWS Key Management Service key to encrypt, decrypt, and re-encrypt model package
   * information for regulated workloads with highly sensitive data.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityConfig}.
   */
  public ModelPackage securityConfig(Value<SecurityConfig> value) {
    return set("SecurityConfig", value);
  }

  /**
   * Indicates if you want to skip model validation.
   *
   * <p>Allowed values: {@code None}, {@code All}. CloudFormation property {@code
   * SkipModelValidation}.
   */
  public ModelPackage skipModelValidation(String value) {
    return set("SkipModelValidation", Value.of(value));
  }

  /** Sets {@code SkipModelValidation} to this value; see {@link #skipModelValidation(String)}. */
  public ModelPackage skipModelValidation(Value<String> value) {
    return set("SkipModelValidation", value);
  }

  /**
   * A list of algorithms that were used to create a model package.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceAlgorithmSpecification}.
   */
  public ModelPackage sourceAlgorithmSpecification(Value<SourceAlgorithmSpecification> value) {
    return set("SourceAlgorithmSpecification", value);
  }

  /**
   * The URI of the source for the model package.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code
   * [&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{N}&#92;p{P}]{0,1024}}. CloudFormation property {@code
   * SourceUri}.
   */
  public ModelPackage sourceUri(String value) {
    return set("SourceUri", Value.of(value));
  }

  /** Sets {@code SourceUri} to this value; see {@link #sourceUri(String)}. */
  public ModelPackage sourceUri(Value<String> value) {
    return set("SourceUri", value);
  }

  /**
   * A list of the tags associated with the model package. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * in the <em>AWS General Reference Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ModelPackage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ModelPackage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ModelPackage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The machine learning task your model package accomplishes. Common machine learning tasks
   * include object detection and image classification.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Task}.
   */
  public ModelPackage task(String value) {
    return set("Task", Value.of(value));
  }

  /** Sets {@code Task} to this value; see {@link #task(String)}. */
  public ModelPackage task(Value<String> value) {
    return set("Task", value);
  }

  /**
   * Specifies batch transform jobs that SageMaker runs to validate your model package.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ValidationSpecification}.
   */
  public ModelPackage validationSpecification(Value<ValidationSpecification> value) {
    return set("ValidationSpecification", value);
  }

  /**
   * The time that the model package was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time at which the model package was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the model package.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelPackageArn}.
   */
  public Value<String> modelPackageArn() {
    return getAtt("ModelPackageArn");
  }

  /**
   * The status of the model package. This can be one of the following values.
   *
   * <ul> <li><code>PENDING</code> - The model package creation is pending.
   * <li><code>IN_PROGRESS</code> - The model package is in the process of being created.
   * <li><code>COMPLETED</code> - The model package was successfully created.
   * <li><code>FAILED</code> - The model package creation failed. <li><code>DELETING</code> - The
   * model package is in the process of being deleted. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelPackageStatus}.
   */
  public Value<String> modelPackageStatus() {
    return getAtt("ModelPackageStatus");
  }

  /**
   * A structure of additional Inference Specification. Additional Inference Specification specifies
   * details about inference jobs that can be run with models based on this model package
   *
   * <p>Property type {@code
   * AWS::SageMaker::ModelPackage.AdditionalInferenceSpecificationDefinition}.
   */
  public static final class AdditionalInferenceSpecificationDefinition extends Struct<AdditionalInferenceSpecificationDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.AdditionalInferenceSpecificationDefinition")
        .required("Containers", "Name")
        .constrain("Description", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
        .constrain("SupportedContentTypes", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("SupportedResponseMIMETypes", Constraint.of().pattern("^[-\\w]+\\/.+$").minLength(0).maxLength(1024))
        .build();

    public AdditionalInferenceSpecificationDefinition() {
      super(SCHEMA);
    }

    /**
     * The Amazon ECR registry path of the Docker image that contains the inference code.
     *
     * <p>Required. CloudFormation property {@code Containers}.
     */
    public AdditionalInferenceSpecificationDefinition containers(List<ModelPackageContainerDefinition> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public AdditionalInferenceSpecificationDefinition containers(Value<List<ModelPackageContainerDefinition>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public AdditionalInferenceSpecificationDefinition containers(ModelPackageContainerDefinition... values) {
      return set("Containers", Value.list(values));
    }

    /**
     * A description of the additional Inference specification
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
     * Description}.
     */
    public AdditionalInferenceSpecificationDefinition description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public AdditionalInferenceSpecificationDefinition description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A unique name to identify the additional inference specification. The name must be unique
     * within the list of your additional inference specifications for a particular model package.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}.
     * CloudFormation property {@code Name}.
     */
    public AdditionalInferenceSpecificationDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AdditionalInferenceSpecificationDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The supported MIME types for the input data.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * SupportedContentTypes}.
     */
    public AdditionalInferenceSpecificationDefinition supportedContentTypes(List<String> value) {
      return set("SupportedContentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedContentTypes} to this value; see {@link #supportedContentTypes(List)}.
     */
    public AdditionalInferenceSpecificationDefinition supportedContentTypes(Value<List<String>> value) {
      return set("SupportedContentTypes", value);
    }

    /**
     * A list of the instance types that are used to generate inferences in real-time.
     *
     * <p>CloudFormation property {@code SupportedRealtimeInferenceInstanceTypes}.
     */
    public AdditionalInferenceSpecificationDefinition supportedRealtimeInferenceInstanceTypes(List<String> value) {
      return set("SupportedRealtimeInferenceInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedRealtimeInferenceInstanceTypes} to this value; see {@link
     * #supportedRealtimeInferenceInstanceTypes(List)}.
     */
    public AdditionalInferenceSpecificationDefinition supportedRealtimeInferenceInstanceTypes(Value<List<String>> value) {
      return set("SupportedRealtimeInferenceInstanceTypes", value);
    }

    /**
     * The supported MIME types for the output data.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^[-&#92;w]+&#92;/.+$}. CloudFormation
     * property {@code SupportedResponseMIMETypes}.
     */
    public AdditionalInferenceSpecificationDefinition supportedResponseMIMETypes(List<String> value) {
      return set("SupportedResponseMIMETypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedResponseMIMETypes} to this value; see {@link
     * #supportedResponseMIMETypes(List)}.
     */
    public AdditionalInferenceSpecificationDefinition supportedResponseMIMETypes(Value<List<String>> value) {
      return set("SupportedResponseMIMETypes", value);
    }

    /**
     * A list of the instance types on which a transformation job can be run or on which an endpoint
     * can be deployed.
     *
     * <p>CloudFormation property {@code SupportedTransformInstanceTypes}.
     */
    public AdditionalInferenceSpecificationDefinition supportedTransformInstanceTypes(List<String> value) {
      return set("SupportedTransformInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedTransformInstanceTypes} to this value; see {@link
     * #supportedTransformInstanceTypes(List)}.
     */
    public AdditionalInferenceSpecificationDefinition supportedTransformInstanceTypes(Value<List<String>> value) {
      return set("SupportedTransformInstanceTypes", value);
    }
  }

  /**
   * Contains bias metrics for a model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.Bias}.
   */
  public static final class Bias extends Struct<Bias> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.Bias");

    public Bias() {
      super(SCHEMA);
    }

    /**
     * The post-training bias report for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PostTrainingReport}.
     */
    public Bias postTrainingReport(Value<MetricsSource> value) {
      return set("PostTrainingReport", value);
    }

    /**
     * The pre-training bias report for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PreTrainingReport}.
     */
    public Bias preTrainingReport(Value<MetricsSource> value) {
      return set("PreTrainingReport", value);
    }

    /**
     * The bias report for a model
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Report}.
     */
    public Bias report(Value<MetricsSource> value) {
      return set("Report", value);
    }
  }

  /**
   * Describes the location of the channel data.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.DataSource}.
   */
  public static final class DataSource extends Struct<DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.DataSource")
        .required("S3DataSource")
        .build();

    public DataSource() {
      super(SCHEMA);
    }

    /**
     * The S3 location of the data source that is associated with a channel.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3DataSource}.
     */
    public DataSource s3DataSource(Value<S3DataSource> value) {
      return set("S3DataSource", value);
    }
  }

  /**
   * Represents the drift check baselines that can be used when the model monitor is set using the
   * model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.DriftCheckBaselines}.
   */
  public static final class DriftCheckBaselines extends Struct<DriftCheckBaselines> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.DriftCheckBaselines");

    public DriftCheckBaselines() {
      super(SCHEMA);
    }

    /**
     * Represents the drift check bias baselines that can be used when the model monitor is set
     * using the model package.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Bias}.
     */
    public DriftCheckBaselines bias(Value<DriftCheckBias> value) {
      return set("Bias", value);
    }

    /**
     * Represents the drift check explainability baselines that can be used when the model monitor
     * is set using the model package.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Explainability}.
     */
    public DriftCheckBaselines explainability(Value<DriftCheckExplainability> value) {
      return set("Explainability", value);
    }

    /**
     * Represents the drift check model data quality baselines that can be used when the model
     * monitor is set using the model package.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ModelDataQuality}.
     */
    public DriftCheckBaselines modelDataQuality(Value<DriftCheckModelDataQuality> value) {
      return set("ModelDataQuality", value);
    }

    /**
     * Represents the drift check model quality baselines that can be used when the model monitor is
     * set using the model package.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ModelQuality}.
     */
    public DriftCheckBaselines modelQuality(Value<DriftCheckModelQuality> value) {
      return set("ModelQuality", value);
    }
  }

  /**
   * Represents the drift check bias baselines that can be used when the model monitor is set using
   * the model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.DriftCheckBias}.
   */
  public static final class DriftCheckBias extends Struct<DriftCheckBias> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.DriftCheckBias");

    public DriftCheckBias() {
      super(SCHEMA);
    }

    /**
     * The bias config file for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConfigFile}.
     */
    public DriftCheckBias configFile(Value<FileSource> value) {
      return set("ConfigFile", value);
    }

    /**
     * The post-training constraints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * PostTrainingConstraints}.
     */
    public DriftCheckBias postTrainingConstraints(Value<MetricsSource> value) {
      return set("PostTrainingConstraints", value);
    }

    /**
     * The pre-training constraints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PreTrainingConstraints}.
     */
    public DriftCheckBias preTrainingConstraints(Value<MetricsSource> value) {
      return set("PreTrainingConstraints", value);
    }
  }

  /**
   * Represents the drift check explainability baselines that can be used when the model monitor is
   * set using the model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.DriftCheckExplainability}.
   */
  public static final class DriftCheckExplainability extends Struct<DriftCheckExplainability> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.DriftCheckExplainability");

    public DriftCheckExplainability() {
      super(SCHEMA);
    }

    /**
     * The explainability config file for the model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConfigFile}.
     */
    public DriftCheckExplainability configFile(Value<FileSource> value) {
      return set("ConfigFile", value);
    }

    /**
     * The drift check explainability constraints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Constraints}.
     */
    public DriftCheckExplainability constraints(Value<MetricsSource> value) {
      return set("Constraints", value);
    }
  }

  /**
   * Represents the drift check data quality baselines that can be used when the model monitor is
   * set using the model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.DriftCheckModelDataQuality}.
   */
  public static final class DriftCheckModelDataQuality extends Struct<DriftCheckModelDataQuality> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.DriftCheckModelDataQuality");

    public DriftCheckModelDataQuality() {
      super(SCHEMA);
    }

    /**
     * The drift check model data quality constraints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Constraints}.
     */
    public DriftCheckModelDataQuality constraints(Value<MetricsSource> value) {
      return set("Constraints", value);
    }

    /**
     * The drift check model data quality statistics.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Statistics}.
     */
    public DriftCheckModelDataQuality statistics(Value<MetricsSource> value) {
      return set("Statistics", value);
    }
  }

  /**
   * Represents the drift check model quality baselines that can be used when the model monitor is
   * set using the model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.DriftCheckModelQuality}.
   */
  public static final class DriftCheckModelQuality extends Struct<DriftCheckModelQuality> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.DriftCheckModelQuality");

    public DriftCheckModelQuality() {
      super(SCHEMA);
    }

    /**
     * The drift check model quality constraints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Constraints}.
     */
    public DriftCheckModelQuality constraints(Value<MetricsSource> value) {
      return set("Constraints", value);
    }

    /**
     * The drift check model quality statistics.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Statistics}.
     */
    public DriftCheckModelQuality statistics(Value<MetricsSource> value) {
      return set("Statistics", value);
    }
  }

  /**
   * Contains explainability metrics for a model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.Explainability}.
   */
  public static final class Explainability extends Struct<Explainability> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.Explainability");

    public Explainability() {
      super(SCHEMA);
    }

    /**
     * The explainability report for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Report}.
     */
    public Explainability report(Value<MetricsSource> value) {
      return set("Report", value);
    }
  }

  /**
   * Contains details regarding the file source.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.FileSource}.
   */
  public static final class FileSource extends Struct<FileSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.FileSource")
        .required("S3Uri")
        .constrain("ContentDigest", Constraint.of().pattern("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$").minLength(0).maxLength(72))
        .constrain("ContentType", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public FileSource() {
      super(SCHEMA);
    }

    /**
     * The digest of the file source.
     *
     * <p>Changing it replaces the resource. Length: 0 to 72 characters. Pattern: {@code
     * ^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$}. CloudFormation property {@code ContentDigest}.
     */
    public FileSource contentDigest(String value) {
      return set("ContentDigest", Value.of(value));
    }

    /** Sets {@code ContentDigest} to this value; see {@link #contentDigest(String)}. */
    public FileSource contentDigest(Value<String> value) {
      return set("ContentDigest", value);
    }

    /**
     * The type of content stored in the file source.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code .*}.
     * CloudFormation property {@code ContentType}.
     */
    public FileSource contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public FileSource contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * The Amazon S3 URI for the file source.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
     */
    public FileSource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public FileSource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Defines how to perform inference generation after a training job is run.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.InferenceSpecification}.
   */
  public static final class InferenceSpecification extends Struct<InferenceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.InferenceSpecification")
        .required("Containers", "SupportedContentTypes", "SupportedResponseMIMETypes")
        .constrain("SupportedContentTypes", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("SupportedResponseMIMETypes", Constraint.of().pattern("^[-\\w]+\\/.+$").minLength(0).maxLength(1024))
        .build();

    public InferenceSpecification() {
      super(SCHEMA);
    }

    /**
     * The Amazon ECR registry path of the Docker image that contains the inference code.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Containers}.
     */
    public InferenceSpecification containers(List<ModelPackageContainerDefinition> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public InferenceSpecification containers(Value<List<ModelPackageContainerDefinition>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public InferenceSpecification containers(ModelPackageContainerDefinition... values) {
      return set("Containers", Value.list(values));
    }

    /**
     * The supported MIME types for the input data.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * .*}. CloudFormation property {@code SupportedContentTypes}.
     */
    public InferenceSpecification supportedContentTypes(List<String> value) {
      return set("SupportedContentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedContentTypes} to this value; see {@link #supportedContentTypes(List)}.
     */
    public InferenceSpecification supportedContentTypes(Value<List<String>> value) {
      return set("SupportedContentTypes", value);
    }

    /**
     * A list of the instance types that are used to generate inferences in real-time.
     *
     * <p>This parameter is required for unversioned models, and optional for versioned models.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SupportedRealtimeInferenceInstanceTypes}.
     */
    public InferenceSpecification supportedRealtimeInferenceInstanceTypes(List<String> value) {
      return set("SupportedRealtimeInferenceInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedRealtimeInferenceInstanceTypes} to this value; see {@link
     * #supportedRealtimeInferenceInstanceTypes(List)}.
     */
    public InferenceSpecification supportedRealtimeInferenceInstanceTypes(Value<List<String>> value) {
      return set("SupportedRealtimeInferenceInstanceTypes", value);
    }

    /**
     * The supported MIME types for the output data.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^[-&#92;w]+&#92;/.+$}. CloudFormation property {@code SupportedResponseMIMETypes}.
     */
    public InferenceSpecification supportedResponseMIMETypes(List<String> value) {
      return set("SupportedResponseMIMETypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedResponseMIMETypes} to this value; see {@link
     * #supportedResponseMIMETypes(List)}.
     */
    public InferenceSpecification supportedResponseMIMETypes(Value<List<String>> value) {
      return set("SupportedResponseMIMETypes", value);
    }

    /**
     * A list of the instance types on which a transformation job can be run or on which an endpoint
     * can be deployed.
     *
     * <p>This parameter is required for unversioned models, and optional for versioned models.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SupportedTransformInstanceTypes}.
     */
    public InferenceSpecification supportedTransformInstanceTypes(List<String> value) {
      return set("SupportedTransformInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedTransformInstanceTypes} to this value; see {@link
     * #supportedTransformInstanceTypes(List)}.
     */
    public InferenceSpecification supportedTransformInstanceTypes(Value<List<String>> value) {
      return set("SupportedTransformInstanceTypes", value);
    }
  }

  /**
   * Metadata properties of the tracking entity, trial, or trial component.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.MetadataProperties}.
   */
  public static final class MetadataProperties extends Struct<MetadataProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.MetadataProperties")
        .constrain("CommitId", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
        .constrain("GeneratedBy", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
        .constrain("ProjectId", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
        .constrain("Repository", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
        .build();

    public MetadataProperties() {
      super(SCHEMA);
    }

    /**
     * The commit ID.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code .*}.
     * CloudFormation property {@code CommitId}.
     */
    public MetadataProperties commitId(String value) {
      return set("CommitId", Value.of(value));
    }

    /** Sets {@code CommitId} to this value; see {@link #commitId(String)}. */
    public MetadataProperties commitId(Value<String> value) {
      return set("CommitId", value);
    }

    /**
     * The entity this entity was generated by.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code .*}.
     * CloudFormation property {@code GeneratedBy}.
     */
    public MetadataProperties generatedBy(String value) {
      return set("GeneratedBy", Value.of(value));
    }

    /** Sets {@code GeneratedBy} to this value; see {@link #generatedBy(String)}. */
    public MetadataProperties generatedBy(Value<String> value) {
      return set("GeneratedBy", value);
    }

    /**
     * The project ID.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code .*}.
     * CloudFormation property {@code ProjectId}.
     */
    public MetadataProperties projectId(String value) {
      return set("ProjectId", Value.of(value));
    }

    /** Sets {@code ProjectId} to this value; see {@link #projectId(String)}. */
    public MetadataProperties projectId(Value<String> value) {
      return set("ProjectId", value);
    }

    /**
     * The repository.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code .*}.
     * CloudFormation property {@code Repository}.
     */
    public MetadataProperties repository(String value) {
      return set("Repository", Value.of(value));
    }

    /** Sets {@code Repository} to this value; see {@link #repository(String)}. */
    public MetadataProperties repository(Value<String> value) {
      return set("Repository", value);
    }
  }

  /**
   * Details about the metrics source.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.MetricsSource}.
   */
  public static final class MetricsSource extends Struct<MetricsSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.MetricsSource")
        .required("ContentType", "S3Uri")
        .constrain("ContentDigest", Constraint.of().pattern("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$").minLength(0).maxLength(72))
        .constrain("ContentType", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public MetricsSource() {
      super(SCHEMA);
    }

    /**
     * The hash key used for the metrics source.
     *
     * <p>Changing it replaces the resource. Length: 0 to 72 characters. Pattern: {@code
     * ^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$}. CloudFormation property {@code ContentDigest}.
     */
    public MetricsSource contentDigest(String value) {
      return set("ContentDigest", Value.of(value));
    }

    /** Sets {@code ContentDigest} to this value; see {@link #contentDigest(String)}. */
    public MetricsSource contentDigest(Value<String> value) {
      return set("ContentDigest", value);
    }

    /**
     * The metric source content type.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * .*}. CloudFormation property {@code ContentType}.
     */
    public MetricsSource contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public MetricsSource contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * The S3 URI for the metrics source.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
     */
    public MetricsSource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public MetricsSource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * The access configuration file to control access to the ML model. You can explicitly accept the
   * model end-user license agreement (EULA) within the <code>ModelAccessConfig</code> .
   *
   * <ul> <li>If you are a Jumpstart user, see the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/jumpstart-foundation-models-choose.html#jumpstart-foundation-models-choose-eula">End-user
   * license agreements</a> section for more details on accepting the EULA. <li>If you are an AutoML
   * user, see the <em>Optional Parameters</em> section of <em>Create an AutoML job to fine-tune
   * text generation models using the API</em> for details on <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/autopilot-create-experiment-finetune-llms.html#autopilot-llms-finetuning-api-optional-params">How
   * to set the EULA acceptance when fine-tuning a model using the AutoML API</a> . </ul>
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelAccessConfig}.
   */
  public static final class ModelAccessConfig extends Struct<ModelAccessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ModelAccessConfig")
        .required("AcceptEula")
        .build();

    public ModelAccessConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies agreement to the model end-user license agreement (EULA). The
     * <code>AcceptEula</code> value must be explicitly defined as <code>True</code> in order to
     * accept the EULA that this model requires. You are responsible for reviewing and complying
     * with any applicable license terms and making sure they are acceptable for your use case
     * before downloading or using a model.
     *
     * <p>Required. CloudFormation property {@code AcceptEula}.
     */
    public ModelAccessConfig acceptEula(boolean value) {
      return set("AcceptEula", Value.of(value));
    }

    /** Sets {@code AcceptEula} to this value; see {@link #acceptEula(boolean)}. */
    public ModelAccessConfig acceptEula(Value<Boolean> value) {
      return set("AcceptEula", value);
    }
  }

  /**
   * An Amazon SageMaker Model Card.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelCard}.
   */
  public static final class ModelCard extends Struct<ModelCard> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ModelCard")
        .required("ModelCardContent", "ModelCardStatus")
        .constrain("ModelCardContent", Constraint.of().pattern(".*").minLength(0).maxLength(100000))
        .allowed("ModelCardStatus", "Draft", "PendingReview", "Approved", "Archived")
        .build();

    public ModelCard() {
      super(SCHEMA);
    }

    /**
     * The content of the model card.
     *
     * <p>Required. Length: 0 to 100000 characters. Pattern: {@code .*}. CloudFormation property
     * {@code ModelCardContent}.
     */
    public ModelCard modelCardContent(String value) {
      return set("ModelCardContent", Value.of(value));
    }

    /** Sets {@code ModelCardContent} to this value; see {@link #modelCardContent(String)}. */
    public ModelCard modelCardContent(Value<String> value) {
      return set("ModelCardContent", value);
    }

    /**
     * The approval status of the model card within your organization. Different organizations might
     * have different criteria for model card review and approval.
     *
     * <ul> <li><code>Draft</code> : The model card is a work in progress.
     * <li><code>PendingReview</code> : The model card is pending review. <li><code>Approved</code>
     * : The model card is approved. <li><code>Archived</code> : The model card is archived. No more
     * updates should be made to the model card, but it can still be exported. </ul>
     *
     * <p>Required. Allowed values: {@code Draft}, {@code PendingReview}, {@code Approved}, {@code
     * Archived}. CloudFormation property {@code ModelCardStatus}.
     */
    public ModelCard modelCardStatus(String value) {
      return set("ModelCardStatus", Value.of(value));
    }

    /** Sets {@code ModelCardStatus} to this value; see {@link #modelCardStatus(String)}. */
    public ModelCard modelCardStatus(Value<String> value) {
      return set("ModelCardStatus", value);
    }
  }

  /**
   * Data quality constraints and statistics for a model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelDataQuality}.
   */
  public static final class ModelDataQuality extends Struct<ModelDataQuality> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.ModelDataQuality");

    public ModelDataQuality() {
      super(SCHEMA);
    }

    /**
     * Data quality constraints for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Constraints}.
     */
    public ModelDataQuality constraints(Value<MetricsSource> value) {
      return set("Constraints", value);
    }

    /**
     * Data quality statistics for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Statistics}.
     */
    public ModelDataQuality statistics(Value<MetricsSource> value) {
      return set("Statistics", value);
    }
  }

  /**
   * Specifies the location of ML model data to deploy. If specified, you must specify one and only
   * one of the available data sources.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelDataSource}.
   */
  public static final class ModelDataSource extends Struct<ModelDataSource> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.ModelDataSource");

    public ModelDataSource() {
      super(SCHEMA);
    }

    /**
     * Specifies the S3 location of ML model data to deploy.
     *
     * <p>CloudFormation property {@code S3DataSource}.
     */
    public ModelDataSource s3DataSource(Value<S3ModelDataSource> value) {
      return set("S3DataSource", value);
    }
  }

  /**
   * Input object for the model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelInput}.
   */
  public static final class ModelInput extends Struct<ModelInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ModelInput")
        .required("DataInputConfig")
        .constrain("DataInputConfig", Constraint.of().pattern("[\\S\\s]+").minLength(1).maxLength(1024))
        .build();

    public ModelInput() {
      super(SCHEMA);
    }

    /**
     * The input configuration object for the model.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 1024 characters. Pattern:
     * {@code [&#92;S&#92;s]+}. CloudFormation property {@code DataInputConfig}.
     */
    public ModelInput dataInputConfig(String value) {
      return set("DataInputConfig", Value.of(value));
    }

    /** Sets {@code DataInputConfig} to this value; see {@link #dataInputConfig(String)}. */
    public ModelInput dataInputConfig(Value<String> value) {
      return set("DataInputConfig", value);
    }
  }

  /**
   * Contains metrics captured from a model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelMetrics}.
   */
  public static final class ModelMetrics extends Struct<ModelMetrics> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.ModelMetrics");

    public ModelMetrics() {
      super(SCHEMA);
    }

    /**
     * Metrics that measure bias in a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Bias}.
     */
    public ModelMetrics bias(Value<Bias> value) {
      return set("Bias", value);
    }

    /**
     * Metrics that help explain a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Explainability}.
     */
    public ModelMetrics explainability(Value<Explainability> value) {
      return set("Explainability", value);
    }

    /**
     * Metrics that measure the quality of the input data for a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ModelDataQuality}.
     */
    public ModelMetrics modelDataQuality(Value<ModelDataQuality> value) {
      return set("ModelDataQuality", value);
    }

    /**
     * Metrics that measure the quality of a model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ModelQuality}.
     */
    public ModelMetrics modelQuality(Value<ModelQuality> value) {
      return set("ModelQuality", value);
    }
  }

  /**
   * Describes the Docker container for the model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelPackageContainerDefinition}.
   */
  public static final class ModelPackageContainerDefinition extends Struct<ModelPackageContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ModelPackageContainerDefinition")
        .required("Image")
        .constrain("ContainerHostname", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").maxLength(63))
        .constrain("FrameworkVersion", Constraint.of().pattern("[0-9]\\.[A-Za-z0-9.]+").minLength(3).maxLength(10))
        .constrain("Image", Constraint.of().pattern("[\\S]{1,255}").minLength(1).maxLength(255))
        .constrain("ImageDigest", Constraint.of().pattern("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$").minLength(0).maxLength(72))
        .constrain("ModelDataUrl", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public ModelPackageContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * The DNS host name for the Docker container.
     *
     * <p>Changing it may replace the resource. Length: at most 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code ContainerHostname}.
     */
    public ModelPackageContainerDefinition containerHostname(String value) {
      return set("ContainerHostname", Value.of(value));
    }

    /** Sets {@code ContainerHostname} to this value; see {@link #containerHostname(String)}. */
    public ModelPackageContainerDefinition containerHostname(Value<String> value) {
      return set("ContainerHostname", value);
    }

    /**
     * The environment variables to set in the Docker container. Each key and value in the
     * <code>Environment</code> string to string map can have length of up to 1024. We support up to
     * 16 entries in the map.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Environment}.
     */
    public ModelPackageContainerDefinition environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public ModelPackageContainerDefinition environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * The machine learning framework of the model package container image.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Framework}.
     */
    public ModelPackageContainerDefinition framework(String value) {
      return set("Framework", Value.of(value));
    }

    /** Sets {@code Framework} to this value; see {@link #framework(String)}. */
    public ModelPackageContainerDefinition framework(Value<String> value) {
      return set("Framework", value);
    }

    /**
     * The framework version of the Model Package Container Image.
     *
     * <p>Changing it may replace the resource. Length: 3 to 10 characters. Pattern: {@code
     * [0-9]&#92;.[A-Za-z0-9.]+}. CloudFormation property {@code FrameworkVersion}.
     */
    public ModelPackageContainerDefinition frameworkVersion(String value) {
      return set("FrameworkVersion", Value.of(value));
    }

    /** Sets {@code FrameworkVersion} to this value; see {@link #frameworkVersion(String)}. */
    public ModelPackageContainerDefinition frameworkVersion(Value<String> value) {
      return set("FrameworkVersion", value);
    }

    /**
     * The Amazon Elastic Container Registry (Amazon ECR) path where inference code is stored.
     *
     * <p>If you are using your own custom algorithm instead of an algorithm provided by SageMaker,
     * the inference code must meet SageMaker requirements. SageMaker supports both
     * <code>registry/repository[:tag]</code> and <code>registry/repository[&#64;digest]</code>
     * image path formats. For more information, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms.html">Using Your Own
     * Algorithms with Amazon SageMaker</a> .
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 255 characters. Pattern:
     * {@code [&#92;S]{1,255}}. CloudFormation property {@code Image}.
     */
    public ModelPackageContainerDefinition image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ModelPackageContainerDefinition image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * An MD5 hash of the training algorithm that identifies the Docker image used for training.
     *
     * <p>Changing it may replace the resource. Length: 0 to 72 characters. Pattern: {@code
     * ^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$}. CloudFormation property {@code ImageDigest}.
     */
    public ModelPackageContainerDefinition imageDigest(String value) {
      return set("ImageDigest", Value.of(value));
    }

    /** Sets {@code ImageDigest} to this value; see {@link #imageDigest(String)}. */
    public ModelPackageContainerDefinition imageDigest(Value<String> value) {
      return set("ImageDigest", value);
    }

    /**
     * Specifies the location of ML model data to deploy during endpoint creation.
     *
     * <p>CloudFormation property {@code ModelDataSource}.
     */
    public ModelPackageContainerDefinition modelDataSource(Value<ModelDataSource> value) {
      return set("ModelDataSource", value);
    }

    /**
     * The Amazon S3 path where the model artifacts, which result from model training, are stored.
     * This path must point to a single <code>gzip</code> compressed tar archive (
     * <code>.tar.gz</code> suffix).
     *
     * <p>The model artifacts must be in an S3 bucket that is in the same region as the model
     * package.
     *
     * <p>Changing it may replace the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code ModelDataUrl}.
     */
    public ModelPackageContainerDefinition modelDataUrl(String value) {
      return set("ModelDataUrl", Value.of(value));
    }

    /** Sets {@code ModelDataUrl} to this value; see {@link #modelDataUrl(String)}. */
    public ModelPackageContainerDefinition modelDataUrl(Value<String> value) {
      return set("ModelDataUrl", value);
    }

    /**
     * A structure with Model Input details.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code ModelInput}.
     */
    public ModelPackageContainerDefinition modelInput(Value<ModelInput> value) {
      return set("ModelInput", value);
    }

    /**
     * The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference
     * Recommender model that matches your model. You can find a list of benchmarked models by
     * calling <code>ListModelMetadata</code> .
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code NearestModelName}.
     */
    public ModelPackageContainerDefinition nearestModelName(String value) {
      return set("NearestModelName", Value.of(value));
    }

    /** Sets {@code NearestModelName} to this value; see {@link #nearestModelName(String)}. */
    public ModelPackageContainerDefinition nearestModelName(Value<String> value) {
      return set("NearestModelName", value);
    }
  }

  /**
   * Specifies the validation and image scan statuses of the model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelPackageStatusDetails}.
   */
  public static final class ModelPackageStatusDetails extends Struct<ModelPackageStatusDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.ModelPackageStatusDetails");

    public ModelPackageStatusDetails() {
      super(SCHEMA);
    }

    /**
     * The validation status of the model package.
     *
     * <p>CloudFormation property {@code ValidationStatuses}.
     */
    public ModelPackageStatusDetails validationStatuses(List<ModelPackageStatusItem> value) {
      return set("ValidationStatuses", Value.listOf(value));
    }

    /** Sets {@code ValidationStatuses} to this value; see {@link #validationStatuses(List)}. */
    public ModelPackageStatusDetails validationStatuses(Value<List<ModelPackageStatusItem>> value) {
      return set("ValidationStatuses", value);
    }

    /**
     * Sets {@code ValidationStatuses} to a list of these; see {@link #validationStatuses(List)}.
     */
    public ModelPackageStatusDetails validationStatuses(ModelPackageStatusItem... values) {
      return set("ValidationStatuses", Value.list(values));
    }
  }

  /**
   * Represents the overall status of a model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelPackageStatusItem}.
   */
  public static final class ModelPackageStatusItem extends Struct<ModelPackageStatusItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ModelPackageStatusItem")
        .required("Name", "Status")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
        .allowed("Status", "NotStarted", "Failed", "InProgress", "Completed")
        .build();

    public ModelPackageStatusItem() {
      super(SCHEMA);
    }

    /**
     * if the overall status is <code>Failed</code> , the reason for the failure.
     *
     * <p>CloudFormation property {@code FailureReason}.
     */
    public ModelPackageStatusItem failureReason(String value) {
      return set("FailureReason", Value.of(value));
    }

    /** Sets {@code FailureReason} to this value; see {@link #failureReason(String)}. */
    public ModelPackageStatusItem failureReason(Value<String> value) {
      return set("FailureReason", value);
    }

    /**
     * The name of the model package for which the overall status is being reported.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}.
     * CloudFormation property {@code Name}.
     */
    public ModelPackageStatusItem name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ModelPackageStatusItem name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The current status.
     *
     * <p>Required. Allowed values: {@code NotStarted}, {@code Failed}, {@code InProgress}, {@code
     * Completed}. CloudFormation property {@code Status}.
     */
    public ModelPackageStatusItem status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ModelPackageStatusItem status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Model quality statistics and constraints.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ModelQuality}.
   */
  public static final class ModelQuality extends Struct<ModelQuality> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelPackage.ModelQuality");

    public ModelQuality() {
      super(SCHEMA);
    }

    /**
     * Model quality constraints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Constraints}.
     */
    public ModelQuality constraints(Value<MetricsSource> value) {
      return set("Constraints", value);
    }

    /**
     * Model quality statistics.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Statistics}.
     */
    public ModelQuality statistics(Value<MetricsSource> value) {
      return set("Statistics", value);
    }
  }

  /**
   * Describes the S3 data source.
   *
   * <p>Your input bucket must be in the same AWS region as your training job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.S3DataSource}.
   */
  public static final class S3DataSource extends Struct<S3DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.S3DataSource")
        .required("S3DataType", "S3Uri")
        .allowed("S3DataType", "ManifestFile", "S3Prefix", "AugmentedManifestFile")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public S3DataSource() {
      super(SCHEMA);
    }

    /**
     * If you choose <code>S3Prefix</code> , <code>S3Uri</code> identifies a key name prefix.
     * SageMaker uses all objects that match the specified key name prefix for model training.
     *
     * <p>If you choose <code>ManifestFile</code> , <code>S3Uri</code> identifies an object that is
     * a manifest file containing a list of object keys that you want SageMaker to use for model
     * training.
     *
     * <p>If you choose <code>AugmentedManifestFile</code> , <code>S3Uri</code> identifies an object
     * that is an augmented manifest file in JSON lines format. This file contains the data you want
     * to use for model training. <code>AugmentedManifestFile</code> can only be used if the
     * Channel's input mode is <code>Pipe</code> .
     *
     * <p>If you choose <code>Converse</code> , <code>S3Uri</code> identifies an Amazon S3 location
     * that contains data formatted according to Converse format. This format structures
     * conversational messages with specific roles and content types used for training and
     * fine-tuning foundational models.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code ManifestFile}, {@code
     * S3Prefix}, {@code AugmentedManifestFile}. CloudFormation property {@code S3DataType}.
     */
    public S3DataSource s3DataType(String value) {
      return set("S3DataType", Value.of(value));
    }

    /** Sets {@code S3DataType} to this value; see {@link #s3DataType(String)}. */
    public S3DataSource s3DataType(Value<String> value) {
      return set("S3DataType", value);
    }

    /**
     * Depending on the value specified for the <code>S3DataType</code> , identifies either a key
     * name prefix or a manifest. For example:
     *
     * <ul> <li>A key name prefix might look like this: <code>s3://bucketname/exampleprefix/</code>
     * <li>A manifest might look like this: <code>s3://bucketname/example.manifest</code> </ul>
     *
     * <p>A manifest is an S3 object which is a JSON file consisting of an array of elements. The
     * first element is a prefix which is followed by one or more suffixes. SageMaker appends the
     * suffix elements to the prefix to get a full set of <code>S3Uri</code> . Note that the prefix
     * must be a valid non-empty <code>S3Uri</code> that precludes users from specifying a manifest
     * whose individual <code>S3Uri</code> is sourced from different S3 buckets.
     *
     * <p>The following code example shows a valid manifest format:
     *
     * <p><code>[ {"prefix": "s3://customer_bucket/some/prefix/"},</code>
     *
     * <p><code>"relative/path/to/custdata-1",</code>
     *
     * <p><code>"relative/path/custdata-2",</code>
     *
     * <p><code>...</code>
     *
     * <p><code>"relative/path/custdata-N"</code>
     *
     * <p><code>]</code>
     *
     * <p>This JSON is equivalent to the following <code>S3Uri</code> list:
     *
     * <p><code>s3://customer_bucket/some/prefix/relative/path/to/custdata-1</code>
     *
     * <p><code>s3://customer_bucket/some/prefix/relative/path/custdata-2</code>
     *
     * <p><code>...</code>
     *
     * <p><code>s3://customer_bucket/some/prefix/relative/path/custdata-N</code>
     *
     * <p>The complete set of <code>S3Uri</code> in this manifest is the input data for the channel
     * for this data source. The object that each <code>S3Uri</code> points to must be readable by
     * the IAM role that SageMaker uses to perform tasks on your behalf.
     *
     * <p>Your input bucket must be located in same AWS region as your training job.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
     */
    public S3DataSource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3DataSource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Specifies the S3 location of ML model data to deploy.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.S3ModelDataSource}.
   */
  public static final class S3ModelDataSource extends Struct<S3ModelDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.S3ModelDataSource")
        .required("CompressionType", "S3DataType", "S3Uri")
        .allowed("CompressionType", "None", "Gzip")
        .allowed("S3DataType", "S3Prefix", "S3Object")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public S3ModelDataSource() {
      super(SCHEMA);
    }

    /**
     * Specifies how the ML model data is prepared.
     *
     * <p>If you choose <code>Gzip</code> and choose <code>S3Object</code> as the value of
     * <code>S3DataType</code> , <code>S3Uri</code> identifies an object that is a gzip-compressed
     * TAR archive. SageMaker will attempt to decompress and untar the object during model
     * deployment.
     *
     * <p>If you choose <code>None</code> and chooose <code>S3Object</code> as the value of
     * <code>S3DataType</code> , <code>S3Uri</code> identifies an object that represents an
     * uncompressed ML model to deploy.
     *
     * <p>If you choose None and choose <code>S3Prefix</code> as the value of
     * <code>S3DataType</code> , <code>S3Uri</code> identifies a key name prefix, under which all
     * objects represents the uncompressed ML model to deploy.
     *
     * <p>If you choose None, then SageMaker will follow rules below when creating model data files
     * under /opt/ml/model directory for use by your inference code:
     *
     * <ul> <li>If you choose <code>S3Object</code> as the value of <code>S3DataType</code> , then
     * SageMaker will split the key of the S3 object referenced by <code>S3Uri</code> by slash (/),
     * and use the last part as the filename of the file holding the content of the S3 object.
     * <li>If you choose <code>S3Prefix</code> as the value of <code>S3DataType</code> , then for
     * each S3 object under the key name pefix referenced by <code>S3Uri</code> , SageMaker will
     * trim its key by the prefix, and use the remainder as the path (relative to
     * <code>/opt/ml/model</code> ) of the file holding the content of the S3 object. SageMaker will
     * split the remainder by slash (/), using intermediate parts as directory names and the last
     * part as filename of the file holding the content of the S3 object. <li>Do not use any of the
     * following as file names or directory names: </ul>
     *
     * <ul> <li>An empty or blank string <li>A string which contains null bytes <li>A string longer
     * than 255 bytes <li>A single dot ( <code>.</code> ) <li>A double dot ( <code>..</code> )
     * <li>Ambiguous file names will result in model deployment failure. For example, if your
     * uncompressed ML model consists of two S3 objects <code>s3://mybucket/model/weights</code> and
     * <code>s3://mybucket/model/weights/part1</code> and you specify
     * <code>s3://mybucket/model/</code> as the value of <code>S3Uri</code> and
     * <code>S3Prefix</code> as the value of <code>S3DataType</code> , then it will result in name
     * clash between <code>/opt/ml/model/weights</code> (a regular file) and
     * <code>/opt/ml/model/weights/</code> (a directory). <li>Do not organize the model artifacts in
     * <a href="https://docs.aws.amazon.com//AmazonS3/latest/userguide/using-folders.html">S3
     * console using folders</a> . When you create a folder in S3 console, S3 creates a 0-byte
     * object with a key set to the folder name you provide. They key of the 0-byte object ends with
     * a slash (/) which violates SageMaker restrictions on model artifact file names, leading to
     * model deployment failure. </ul>
     *
     * <p>Required. Allowed values: {@code None}, {@code Gzip}. CloudFormation property {@code
     * CompressionType}.
     */
    public S3ModelDataSource compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public S3ModelDataSource compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * Specifies the access configuration file for the ML model. You can explicitly accept the model
     * end-user license agreement (EULA) within the <code>ModelAccessConfig</code> . You are
     * responsible for reviewing and complying with any applicable license terms and making sure
     * they are acceptable for your use case before downloading or using a model.
     *
     * <p>CloudFormation property {@code ModelAccessConfig}.
     */
    public S3ModelDataSource modelAccessConfig(Value<ModelAccessConfig> value) {
      return set("ModelAccessConfig", value);
    }

    /**
     * Specifies the type of ML model data to deploy.
     *
     * <p>If you choose <code>S3Prefix</code> , <code>S3Uri</code> identifies a key name prefix.
     * SageMaker uses all objects that match the specified key name prefix as part of the ML model
     * data to deploy. A valid key name prefix identified by <code>S3Uri</code> always ends with a
     * forward slash (/).
     *
     * <p>If you choose <code>S3Object</code> , <code>S3Uri</code> identifies an object that is the
     * ML model data to deploy.
     *
     * <p>Required. Allowed values: {@code S3Prefix}, {@code S3Object}. CloudFormation property
     * {@code S3DataType}.
     */
    public S3ModelDataSource s3DataType(String value) {
      return set("S3DataType", Value.of(value));
    }

    /** Sets {@code S3DataType} to this value; see {@link #s3DataType(String)}. */
    public S3ModelDataSource s3DataType(Value<String> value) {
      return set("S3DataType", value);
    }

    /**
     * Specifies the S3 path of ML model data to deploy.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3Uri}.
     */
    public S3ModelDataSource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3ModelDataSource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * An optional AWS Key Management Service key to encrypt, decrypt, and re-encrypt model package
   * information for regulated workloads with highly sensitive data.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.SecurityConfig}.
   */
  public static final class SecurityConfig extends Struct<SecurityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.SecurityConfig")
        .required("KmsKeyId")
        .build();

    public SecurityConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS KMS Key ID (KMSKeyId) used for encryption of model package information.
     *
     * <p>Required. CloudFormation property {@code KmsKeyId}.
     */
    public SecurityConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public SecurityConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Specifies an algorithm that was used to create the model package. The algorithm must be either
   * an algorithm resource in your SageMaker account or an algorithm in AWS Marketplace that you are
   * subscribed to.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.SourceAlgorithm}.
   */
  public static final class SourceAlgorithm extends Struct<SourceAlgorithm> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.SourceAlgorithm")
        .required("AlgorithmName")
        .constrain("AlgorithmName", Constraint.of().pattern("(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$").minLength(1).maxLength(170))
        .constrain("ModelDataUrl", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public SourceAlgorithm() {
      super(SCHEMA);
    }

    /**
     * The name of an algorithm that was used to create the model package. The algorithm must be
     * either an algorithm resource in your SageMaker account or an algorithm in AWS Marketplace
     * that you are subscribed to.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 170 characters. Pattern: {@code
     * (arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:[a-z&#92;-]*&#92;/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?&lt;!-)$}.
     * CloudFormation property {@code AlgorithmName}.
     */
    public SourceAlgorithm algorithmName(String value) {
      return set("AlgorithmName", Value.of(value));
    }

    /** Sets {@code AlgorithmName} to this value; see {@link #algorithmName(String)}. */
    public SourceAlgorithm algorithmName(Value<String> value) {
      return set("AlgorithmName", value);
    }

    /**
     * The Amazon S3 path where the model artifacts, which result from model training, are stored.
     * This path must point to a single <code>gzip</code> compressed tar archive (
     * <code>.tar.gz</code> suffix).
     *
     * <p>The model artifacts must be in an S3 bucket that is in the same AWS region as the
     * algorithm.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code ModelDataUrl}.
     */
    public SourceAlgorithm modelDataUrl(String value) {
      return set("ModelDataUrl", Value.of(value));
    }

    /** Sets {@code ModelDataUrl} to this value; see {@link #modelDataUrl(String)}. */
    public SourceAlgorithm modelDataUrl(Value<String> value) {
      return set("ModelDataUrl", value);
    }
  }

  /**
   * A list of algorithms that were used to create a model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.SourceAlgorithmSpecification}.
   */
  public static final class SourceAlgorithmSpecification extends Struct<SourceAlgorithmSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.SourceAlgorithmSpecification")
        .required("SourceAlgorithms")
        .build();

    public SourceAlgorithmSpecification() {
      super(SCHEMA);
    }

    /**
     * A list of the algorithms that were used to create a model package.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * SourceAlgorithms}.
     */
    public SourceAlgorithmSpecification sourceAlgorithms(List<SourceAlgorithm> value) {
      return set("SourceAlgorithms", Value.listOf(value));
    }

    /** Sets {@code SourceAlgorithms} to this value; see {@link #sourceAlgorithms(List)}. */
    public SourceAlgorithmSpecification sourceAlgorithms(Value<List<SourceAlgorithm>> value) {
      return set("SourceAlgorithms", value);
    }

    /** Sets {@code SourceAlgorithms} to a list of these; see {@link #sourceAlgorithms(List)}. */
    public SourceAlgorithmSpecification sourceAlgorithms(SourceAlgorithm... values) {
      return set("SourceAlgorithms", Value.list(values));
    }
  }

  /**
   * Describes the input source of a transform job and the way the transform job consumes it.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.TransformInput}.
   */
  public static final class TransformInput extends Struct<TransformInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.TransformInput")
        .required("DataSource")
        .allowed("CompressionType", "None", "Gzip")
        .constrain("ContentType", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("SplitType", "None", "TFRecord", "Line", "RecordIO")
        .build();

    public TransformInput() {
      super(SCHEMA);
    }

    /**
     * If your transform data is compressed, specify the compression type. Amazon SageMaker
     * automatically decompresses the data for the transform job accordingly. The default value is
     * <code>None</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code None}, {@code Gzip}.
     * CloudFormation property {@code CompressionType}.
     */
    public TransformInput compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public TransformInput compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * The multipurpose internet mail extension (MIME) type of the data. Amazon SageMaker uses the
     * MIME type with each http call to transfer data to the transform job.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code .*}.
     * CloudFormation property {@code ContentType}.
     */
    public TransformInput contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public TransformInput contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * Describes the location of the channel data, which is, the S3 location of the input data that
     * the model can consume.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code DataSource}.
     */
    public TransformInput dataSource(Value<DataSource> value) {
      return set("DataSource", value);
    }

    /**
     * The method to use to split the transform job's data files into smaller batches. Splitting is
     * necessary when the total size of each object is too large to fit in a single request. You can
     * also use data splitting to improve performance by processing multiple concurrent
     * mini-batches. The default value for <code>SplitType</code> is <code>None</code> , which
     * indicates that input data files are not split, and request payloads contain the entire
     * contents of an input object. Set the value of this parameter to <code>Line</code> to split
     * records on a newline character boundary. <code>SplitType</code> also supports a number of
     * record-oriented binary data formats. Currently, the supported record formats are:
     *
     * <ul> <li>RecordIO <li>TFRecord </ul>
     *
     * <p>When splitting is enabled, the size of a mini-batch depends on the values of the
     * <code>BatchStrategy</code> and <code>MaxPayloadInMB</code> parameters. When the value of
     * <code>BatchStrategy</code> is <code>MultiRecord</code> , Amazon SageMaker sends the maximum
     * number of records in each request, up to the <code>MaxPayloadInMB</code> limit. If the value
     * of <code>BatchStrategy</code> is <code>SingleRecord</code> , Amazon SageMaker sends
     * individual records in each request.
     *
     * <p>Some data formats represent a record as a binary payload wrapped with extra padding bytes.
     * When splitting is applied to a binary data format, padding is removed if the value of
     * <code>BatchStrategy</code> is set to <code>SingleRecord</code> . Padding is not removed if
     * the value of <code>BatchStrategy</code> is set to <code>MultiRecord</code> . For more
     * information about <code>RecordIO</code> , see <a
     * href="https://docs.aws.amazon.com/https://mxnet.apache.org/api/faq/recordio">Create a Dataset
     * Using RecordIO</a> in the MXNet documentation. For more information about
     * <code>TFRecord</code> , see <a
     * href="https://docs.aws.amazon.com/https://www.tensorflow.org/guide/data#consuming_tfrecord_data">Consuming
     * TFRecord data</a> in the TensorFlow documentation.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code None}, {@code TFRecord}, {@code
     * Line}, {@code RecordIO}. CloudFormation property {@code SplitType}.
     */
    public TransformInput splitType(String value) {
      return set("SplitType", Value.of(value));
    }

    /** Sets {@code SplitType} to this value; see {@link #splitType(String)}. */
    public TransformInput splitType(Value<String> value) {
      return set("SplitType", value);
    }
  }

  /**
   * Defines the input needed to run a transform job using the inference specification specified in
   * the algorithm.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.TransformJobDefinition}.
   */
  public static final class TransformJobDefinition extends Struct<TransformJobDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.TransformJobDefinition")
        .required("TransformInput", "TransformOutput", "TransformResources")
        .allowed("BatchStrategy", "MultiRecord", "SingleRecord")
        .constrain("MaxConcurrentTransforms", Constraint.of().minimum(0))
        .constrain("MaxPayloadInMB", Constraint.of().minimum(0))
        .build();

    public TransformJobDefinition() {
      super(SCHEMA);
    }

    /**
     * A string that determines the number of records included in a single mini-batch.
     *
     * <p><code>SingleRecord</code> means only one record is used per mini-batch.
     * <code>MultiRecord</code> means a mini-batch is set to contain as many records that can fit
     * within the <code>MaxPayloadInMB</code> limit.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code MultiRecord}, {@code
     * SingleRecord}. CloudFormation property {@code BatchStrategy}.
     */
    public TransformJobDefinition batchStrategy(String value) {
      return set("BatchStrategy", Value.of(value));
    }

    /** Sets {@code BatchStrategy} to this value; see {@link #batchStrategy(String)}. */
    public TransformJobDefinition batchStrategy(Value<String> value) {
      return set("BatchStrategy", value);
    }

    /**
     * The environment variables to set in the Docker container. We support up to 16 key and values
     * entries in the map.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Environment}.
     */
    public TransformJobDefinition environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public TransformJobDefinition environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * The maximum number of parallel requests that can be sent to each instance in a transform job.
     * The default value is 1.
     *
     * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code
     * MaxConcurrentTransforms}.
     */
    public TransformJobDefinition maxConcurrentTransforms(int value) {
      return set("MaxConcurrentTransforms", Value.of(value));
    }

    /**
     * Sets {@code MaxConcurrentTransforms} to this value; see {@link
     * #maxConcurrentTransforms(int)}.
     */
    public TransformJobDefinition maxConcurrentTransforms(Value<Integer> value) {
      return set("MaxConcurrentTransforms", value);
    }

    /**
     * The maximum payload size allowed, in MB. A payload is the data portion of a record (without
     * metadata).
     *
     * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code
     * MaxPayloadInMB}.
     */
    public TransformJobDefinition maxPayloadInMB(int value) {
      return set("MaxPayloadInMB", Value.of(value));
    }

    /** Sets {@code MaxPayloadInMB} to this value; see {@link #maxPayloadInMB(int)}. */
    public TransformJobDefinition maxPayloadInMB(Value<Integer> value) {
      return set("MaxPayloadInMB", value);
    }

    /**
     * A description of the input source and the way the transform job consumes it.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TransformInput}.
     */
    public TransformJobDefinition transformInput(Value<TransformInput> value) {
      return set("TransformInput", value);
    }

    /**
     * Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from
     * the transform job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TransformOutput}.
     */
    public TransformJobDefinition transformOutput(Value<TransformOutput> value) {
      return set("TransformOutput", value);
    }

    /**
     * Identifies the ML compute instances for the transform job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TransformResources}.
     */
    public TransformJobDefinition transformResources(Value<TransformResources> value) {
      return set("TransformResources", value);
    }
  }

  /**
   * Describes the results of a transform job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.TransformOutput}.
   */
  public static final class TransformOutput extends Struct<TransformOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.TransformOutput")
        .required("S3OutputPath")
        .constrain("Accept", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("AssembleWith", "None", "Line")
        .constrain("S3OutputPath", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public TransformOutput() {
      super(SCHEMA);
    }

    /**
     * The MIME type used to specify the output data. Amazon SageMaker uses the MIME type with each
     * http call to transfer data from the transform job.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code .*}.
     * CloudFormation property {@code Accept}.
     */
    public TransformOutput accept(String value) {
      return set("Accept", Value.of(value));
    }

    /** Sets {@code Accept} to this value; see {@link #accept(String)}. */
    public TransformOutput accept(Value<String> value) {
      return set("Accept", value);
    }

    /**
     * Defines how to assemble the results of the transform job as a single S3 object. Choose a
     * format that is most convenient to you. To concatenate the results in binary format, specify
     * <code>None</code> . To add a newline character at the end of every transformed record,
     * specify <code>Line</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code None}, {@code Line}.
     * CloudFormation property {@code AssembleWith}.
     */
    public TransformOutput assembleWith(String value) {
      return set("AssembleWith", Value.of(value));
    }

    /** Sets {@code AssembleWith} to this value; see {@link #assembleWith(String)}. */
    public TransformOutput assembleWith(Value<String> value) {
      return set("AssembleWith", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt the model
     * artifacts at rest using Amazon S3 server-side encryption. The <code>KmsKeyId</code> can be
     * any of the following formats:
     *
     * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
     * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
     * <li>Alias name: <code>alias/ExampleAlias</code> <li>Alias name ARN:
     * <code>arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias</code> </ul>
     *
     * <p>If you don't provide a KMS key ID, Amazon SageMaker uses the default KMS key for Amazon S3
     * for your role's account. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingKMSEncryption.html">KMS-Managed
     * Encryption Keys</a> in the <em>Amazon Simple Storage Service Developer Guide.</em>
     *
     * <p>The KMS key policy must grant permission to the IAM role that you specify in your <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html">CreateModel</a>
     * request. For more information, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html">Using Key
     * Policies in AWS KMS</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public TransformOutput kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public TransformOutput kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The Amazon S3 path where you want Amazon SageMaker to store the results of the transform job.
     * For example, <code>s3://bucket-name/key-name-prefix</code> .
     *
     * <p>For every S3 object used as input for the transform job, batch transform stores the
     * transformed data with an . <code>out</code> suffix in a corresponding subfolder in the
     * location in the output prefix. For example, for the input data stored at
     * <code>s3://bucket-name/input-name-prefix/dataset01/data.csv</code> , batch transform stores
     * the transformed data at
     * <code>s3://bucket-name/output-name-prefix/input-name-prefix/data.csv.out</code> . Batch
     * transform doesn't upload partially processed objects. For an input S3 object that contains
     * multiple records, it creates an . <code>out</code> file only if the transform job succeeds on
     * the entire file. When the input contains multiple S3 objects, the batch transform job
     * processes the listed S3 objects and uploads only the output for successfully processed
     * objects. If any object fails in the transform job batch transform marks the job as failed to
     * prompt investigation.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3OutputPath}.
     */
    public TransformOutput s3OutputPath(String value) {
      return set("S3OutputPath", Value.of(value));
    }

    /** Sets {@code S3OutputPath} to this value; see {@link #s3OutputPath(String)}. */
    public TransformOutput s3OutputPath(Value<String> value) {
      return set("S3OutputPath", value);
    }
  }

  /**
   * Describes the resources, including ML instance types and ML instance count, to use for
   * transform job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.TransformResources}.
   */
  public static final class TransformResources extends Struct<TransformResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.TransformResources")
        .required("InstanceCount", "InstanceType")
        .constrain("InstanceCount", Constraint.of().minimum(1))
        .constrain("VolumeKmsKeyId", Constraint.of().pattern(".*").minLength(0).maxLength(2048))
        .build();

    public TransformResources() {
      super(SCHEMA);
    }

    /**
     * The number of ML compute instances to use in the transform job. The default value is
     * <code>1</code> , and the maximum is <code>100</code> . For distributed transform jobs,
     * specify a value greater than <code>1</code> .
     *
     * <p>Required. Changing it replaces the resource. Range: at least 1. CloudFormation property
     * {@code InstanceCount}.
     */
    public TransformResources instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public TransformResources instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The ML compute instance type for the transform job. If you are using built-in algorithms to
     * transform moderately sized datasets, we recommend using ml.m4.xlarge or
     * <code>ml.m5.large</code> instance types.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public TransformResources instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public TransformResources instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt model
     * data on the storage volume attached to the ML compute instance(s) that run the batch
     * transform job.
     *
     * <p>Certain Nitro-based instances include local storage, dependent on the instance type. Local
     * storage volumes are encrypted using a hardware module on the instance. You can't request a
     * <code>VolumeKmsKeyId</code> when using an instance type with local storage. For a list of
     * instance types that support local instance storage, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html#instance-store-volumes">Instance
     * Store Volumes</a> . For more information about local instance storage encryption, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ssd-instance-store.html">SSD
     * Instance Store Volumes</a> .
     *
     * <p>The <code>VolumeKmsKeyId</code> can be any of the following formats:
     *
     * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
     * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
     * <li>Alias name: <code>alias/ExampleAlias</code> <li>Alias name ARN:
     * <code>arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias</code> </ul>
     *
     * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code .*}.
     * CloudFormation property {@code VolumeKmsKeyId}.
     */
    public TransformResources volumeKmsKeyId(String value) {
      return set("VolumeKmsKeyId", Value.of(value));
    }

    /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
    public TransformResources volumeKmsKeyId(Value<String> value) {
      return set("VolumeKmsKeyId", value);
    }
  }

  /**
   * Contains data, such as the inputs and targeted instance types that are used in the process of
   * validating the model package.
   *
   * <p>The data provided in the validation profile is made available to your buyers on AWS
   * Marketplace.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ValidationProfile}.
   */
  public static final class ValidationProfile extends Struct<ValidationProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ValidationProfile")
        .required("ProfileName", "TransformJobDefinition")
        .constrain("ProfileName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
        .build();

    public ValidationProfile() {
      super(SCHEMA);
    }

    /**
     * The name of the profile for the model package.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code ProfileName}.
     */
    public ValidationProfile profileName(String value) {
      return set("ProfileName", Value.of(value));
    }

    /** Sets {@code ProfileName} to this value; see {@link #profileName(String)}. */
    public ValidationProfile profileName(Value<String> value) {
      return set("ProfileName", value);
    }

    /**
     * The <code>TransformJobDefinition</code> object that describes the transform job used for the
     * validation of the model package.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TransformJobDefinition}.
     */
    public ValidationProfile transformJobDefinition(Value<TransformJobDefinition> value) {
      return set("TransformJobDefinition", value);
    }
  }

  /**
   * Specifies batch transform jobs that SageMaker runs to validate your model package.
   *
   * <p>Property type {@code AWS::SageMaker::ModelPackage.ValidationSpecification}.
   */
  public static final class ValidationSpecification extends Struct<ValidationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackage.ValidationSpecification")
        .required("ValidationProfiles", "ValidationRole")
        .constrain("ValidationRole", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048))
        .build();

    public ValidationSpecification() {
      super(SCHEMA);
    }

    /**
     * An array of <code>ModelPackageValidationProfile</code> objects, each of which specifies a
     * batch transform job that SageMaker runs to validate your model package.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ValidationProfiles}.
     */
    public ValidationSpecification validationProfiles(List<ValidationProfile> value) {
      return set("ValidationProfiles", Value.listOf(value));
    }

    /** Sets {@code ValidationProfiles} to this value; see {@link #validationProfiles(List)}. */
    public ValidationSpecification validationProfiles(Value<List<ValidationProfile>> value) {
      return set("ValidationProfiles", value);
    }

    /**
     * Sets {@code ValidationProfiles} to a list of these; see {@link #validationProfiles(List)}.
     */
    public ValidationSpecification validationProfiles(ValidationProfile... values) {
      return set("ValidationProfiles", Value.list(values));
    }

    /**
     * The IAM roles to be used for the validation of the model package.
     *
     * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern:
     * {@code ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}.
     * CloudFormation property {@code ValidationRole}.
     */
    public ValidationSpecification validationRole(String value) {
      return set("ValidationRole", Value.of(value));
    }

    /** Sets {@code ValidationRole} to this value; see {@link #validationRole(String)}. */
    public ValidationSpecification validationRole(Value<String> value) {
      return set("ValidationRole", value);
    }
  }
}
