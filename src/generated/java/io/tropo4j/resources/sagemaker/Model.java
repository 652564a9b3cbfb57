// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

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
 * The <code>AWS::SageMaker::Model</code> resource to create a model to host at an Amazon SageMaker
 * endpoint. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-hosting.html">Deploying a
 * Model on Amazon SageMaker Hosting Services</a> in the <em>Amazon SageMaker Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Model}.
 */
public final class Model extends Resource<Model> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model")
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("ModelName", Constraint.of().pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$").minLength(0).maxLength(63))
      .refYields("ModelArn")
      .attributes("ModelArn", "ModelName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Model(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the containers in the inference pipeline.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Containers}.
   */
  public Model containers(List<ContainerDefinition> value) {
    return set("Containers", Value.listOf(value));
  }

  /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
  public Model containers(Value<List<ContainerDefinition>> value) {
    return set("Containers", value);
  }

  /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
  public Model containers(ContainerDefinition... values) {
    return set("Containers", Value.list(values));
  }

  /**
   * Isolates the model container. No inbound or outbound network calls can be made to or from the
   * model container.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnableNetworkIsolation}.
   */
  public Model enableNetworkIsolation(boolean value) {
    return set("EnableNetworkIsolation", Value.of(value));
  }

  /**
   * Sets {@code EnableNetworkIsolation} to this value; see {@link
   * #enableNetworkIsolation(boolean)}.
   */
  public Model enableNetworkIsolation(Value<Boolean> value) {
    return set("EnableNetworkIsolation", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that SageMaker can assume to access model
   * artifacts and docker image for deployment on ML compute instances or for batch transform jobs.
   * Deploying on ML compute instances is part of model hosting. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html">SageMaker Roles</a>
   * .
   *
   * <p>To be able to pass this role to SageMaker, the caller of this API must have the
   * <code>iam:PassRole</code> permission.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public Model executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Model executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Specifies details of how containers in a multi-container endpoint are called.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InferenceExecutionConfig}.
   */
  public Model inferenceExecutionConfig(Value<InferenceExecutionConfig> value) {
    return set("InferenceExecutionConfig", value);
  }

  /**
   * The name of the new model.
   *
   * <p>Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9]([&#92;-a-zA-Z0-9]*[a-zA-Z0-9])?$}. CloudFormation property {@code ModelName}.
   */
  public Model modelName(String value) {
    return set("ModelName", Value.of(value));
  }

  /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
  public Model modelName(Value<String> value) {
    return set("ModelName", value);
  }

  /**
   * The location of the primary docker image containing inference code, associated artifacts, and
   * custom environment map that the inference code uses when the model is deployed for predictions.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PrimaryContainer}.
   */
  public Model primaryContainer(Value<ContainerDefinition> value) {
    return set("PrimaryContainer", value);
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * Tag</a> and <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html#allocation-what">Using
   * Cost Allocation Tags</a> in the <em>AWS Billing and Cost Management User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Model tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Model tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Model tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A <a href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_VpcConfig.html">VpcConfig</a>
   * object that specifies the VPC that you want your model to connect to. Control access to and
   * from your model container by configuring the VPC. <code>VpcConfig</code> is used in hosting
   * services and in batch transform. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html">Protect Endpoints by Using
   * an Amazon Virtual Private Cloud</a> and <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/batch-vpc.html">Protect Data in Batch
   * Transform Jobs by Using an Amazon Virtual Private Cloud</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
   */
  public Model vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the model.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelArn}.
   */
  public Value<String> modelArn() {
    return getAtt("ModelArn");
  }

  /**
   * The name of the model, such as <code>MyModel</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelName}.
   */
  public Value<String> modelName() {
    return getAtt("ModelName");
  }

  /**
   * Describes the container, as part of model definition.
   *
   * <p>Property type {@code AWS::SageMaker::Model.ContainerDefinition}.
   */
  public static final class ContainerDefinition extends Struct<ContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.ContainerDefinition")
        .constrain("ContainerHostname", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(0).maxLength(63))
        .constrain("Environment", Constraint.of().format("json"))
        .constrain("Image", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(255))
        .constrain("InferenceSpecificationName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
        .allowed("Mode", "SingleModel", "MultiModel")
        .constrain("ModelDataUrl", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .constrain("ModelPackageName", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\\/[0-9]{1,9})?$").minLength(1).maxLength(176))
        .build();

    public ContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * This parameter is ignored for models that contain only a <code>PrimaryContainer</code> .
     *
     * <p>When a <code>ContainerDefinition</code> is part of an inference pipeline, the value of the
     * parameter uniquely identifies the container for the purposes of logging and metrics. For
     * information, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/inference-pipeline-logs-metrics.html">Use
     * Logs and Metrics to Monitor an Inference Pipeline</a> . If you don't specify a value for this
     * parameter for a <code>ContainerDefinition</code> that is part of an inference pipeline, a
     * unique name is automatically assigned based on the position of the
     * <code>ContainerDefinition</code> in the pipeline. If you specify a value for the
     * <code>ContainerHostName</code> for any <code>ContainerDefinition</code> that is part of an
     * inference pipeline, you must specify a value for the <code>ContainerHostName</code> parameter
     * of every <code>ContainerDefinition</code> in that pipeline.
     *
     * <p>Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code ContainerHostname}.
     */
    public ContainerDefinition containerHostname(String value) {
      return set("ContainerHostname", Value.of(value));
    }

    /** Sets {@code ContainerHostname} to this value; see {@link #containerHostname(String)}. */
    public ContainerDefinition containerHostname(Value<String> value) {
      return set("ContainerHostname", value);
    }

    /**
     * The environment variables to set in the Docker container. Don't include any sensitive data in
     * your environment variables.
     *
     * <p>The maximum length of each key and value in the <code>Environment</code> map is 1024
     * bytes. The maximum length of all keys and values in the map, combined, is 32 KB. If you pass
     * multiple containers to a <code>CreateModel</code> request, then the maximum length of all of
     * their maps, combined, is also 32 KB.
     *
     * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
     * Environment}.
     */
    public ContainerDefinition environment(Value<Json> value) {
      return set("Environment", value);
    }

    /**
     * The path where inference code is stored. This can be either in Amazon EC2 Container Registry
     * or in a Docker registry that is accessible from the same VPC that you configure for your
     * endpoint. If you are using your own custom algorithm instead of an algorithm provided by
     * SageMaker, the inference code must meet SageMaker requirements. SageMaker supports both
     * <code>registry/repository[:tag]</code> and <code>registry/repository[&#64;digest]</code>
     * image path formats. For more information, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms.html">Using Your Own
     * Algorithms with Amazon SageMaker</a> .
     *
     * <p>The model artifacts in an Amazon S3 bucket and the Docker image for inference container in
     * Amazon EC2 Container Registry must be in the same region as the model or endpoint you are
     * creating.
     *
     * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * ^[&#92;S]+$}. CloudFormation property {@code Image}.
     */
    public ContainerDefinition image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ContainerDefinition image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * Specifies whether the model container is in Amazon ECR or a private Docker registry
     * accessible from your Amazon Virtual Private Cloud (VPC). For information about storing
     * containers in a private Docker registry, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-containers-inference-private.html">Use
     * a Private Docker Registry for Real-Time Inference Containers</a> .
     *
     * <p>The model artifacts in an Amazon S3 bucket and the Docker image for inference container in
     * Amazon EC2 Container Registry must be in the same region as the model or endpoint you are
     * creating.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ImageConfig}.
     */
    public ContainerDefinition imageConfig(Value<ImageConfig> value) {
      return set("ImageConfig", value);
    }

    /**
     * The inference specification name in the model package version.
     *
     * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code
     * InferenceSpecificationName}.
     */
    public ContainerDefinition inferenceSpecificationName(String value) {
      return set("InferenceSpecificationName", Value.of(value));
    }

    /**
     * Sets {@code InferenceSpecificationName} to this value; see {@link
     * #inferenceSpecificationName(String)}.
     */
    public ContainerDefinition inferenceSpecificationName(Value<String> value) {
      return set("InferenceSpecificationName", value);
    }

    /**
     * Whether the container hosts a single model or multiple models.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SingleModel}, {@code
     * MultiModel}. CloudFormation property {@code Mode}.
     */
    public ContainerDefinition mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ContainerDefinition mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * Specifies the location of ML model data to deploy.
     *
     * <p>Currently you cannot use <code>ModelDataSource</code> in conjunction with SageMaker batch
     * transform, SageMaker serverless endpoints, SageMaker multi-model endpoints, and SageMaker
     * Marketplace.
     *
     * <p>CloudFormation property {@code ModelDataSource}.
     */
    public ContainerDefinition modelDataSource(Value<ModelDataSource> value) {
      return set("ModelDataSource", value);
    }

    /**
     * The S3 path where the model artifacts, which result from model training, are stored. This
     * path must point to a single gzip compressed tar archive (.tar.gz suffix). The S3 path is
     * required for SageMaker built-in algorithms, but not if you use your own algorithms. For more
     * information on built-in algorithms, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-algo-docker-registry-paths.html">Common
     * Parameters</a> .
     *
     * <p>The model artifacts must be in an S3 bucket that is in the same region as the model or
     * endpoint you are creating.
     *
     * <p>If you provide a value for this parameter, SageMaker uses AWS Security Token Service to
     * download model artifacts from the S3 path you provide. AWS STS is activated in your AWS
     * account by default. If you previously deactivated AWS STS for a region, you need to
     * reactivate AWS STS for that region. For more information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html">Activating
     * and Deactivating AWS STS in an AWS Region</a> in the <em>AWS Identity and Access Management
     * User Guide</em> .
     *
     * <p>If you use a built-in algorithm to create a model, SageMaker requires that you provide a
     * S3 path to the model artifacts in <code>ModelDataUrl</code> .
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code ModelDataUrl}.
     */
    public ContainerDefinition modelDataUrl(String value) {
      return set("ModelDataUrl", Value.of(value));
    }

    /** Sets {@code ModelDataUrl} to this value; see {@link #modelDataUrl(String)}. */
    public ContainerDefinition modelDataUrl(Value<String> value) {
      return set("ModelDataUrl", value);
    }

    /**
     * The name or Amazon Resource Name (ARN) of the model package to use to create the model.
     *
     * <p>Changing it replaces the resource. Length: 1 to 176 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:[a-z&#92;-]*&#92;/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?&lt;!-)(&#92;/[0-9]{1,9})?$}.
     * CloudFormation property {@code ModelPackageName}.
     */
    public ContainerDefinition modelPackageName(String value) {
      return set("ModelPackageName", Value.of(value));
    }

    /** Sets {@code ModelPackageName} to this value; see {@link #modelPackageName(String)}. */
    public ContainerDefinition modelPackageName(Value<String> value) {
      return set("ModelPackageName", value);
    }

    /**
     * Specifies additional configuration for multi-model endpoints.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MultiModelConfig}.
     */
    public ContainerDefinition multiModelConfig(Value<MultiModelConfig> value) {
      return set("MultiModelConfig", value);
    }
  }

  /**
   * The configuration for a private hub model reference that points to a public SageMaker JumpStart
   * model.
   *
   * <p>For more information about private hubs, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/jumpstart-curated-hubs.html">Private
   * curated hubs for foundation model access control in JumpStart</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Model.HubAccessConfig}.
   */
  public static final class HubAccessConfig extends Struct<HubAccessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.HubAccessConfig")
        .required("HubContentArn")
        .constrain("HubContentArn", Constraint.of().minLength(0).maxLength(255))
        .build();

    public HubAccessConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of your private model hub content. This should be a <code>ModelReference</code>
     * resource type that points to a SageMaker JumpStart public hub model.
     *
     * <p>Required. Length: 0 to 255 characters. CloudFormation property {@code HubContentArn}.
     */
    public HubAccessConfig hubContentArn(String value) {
      return set("HubContentArn", Value.of(value));
    }

    /** Sets {@code HubContentArn} to this value; see {@link #hubContentArn(String)}. */
    public HubAccessConfig hubContentArn(Value<String> value) {
      return set("HubContentArn", value);
    }
  }

  /**
   * Specifies whether the model container is in Amazon ECR or a private Docker registry accessible
   * from your Amazon Virtual Private Cloud (VPC).
   *
   * <p>Property type {@code AWS::SageMaker::Model.ImageConfig}.
   */
  public static final class ImageConfig extends Struct<ImageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.ImageConfig")
        .required("RepositoryAccessMode")
        .allowed("RepositoryAccessMode", "Platform", "Vpc")
        .build();

    public ImageConfig() {
      super(SCHEMA);
    }

    /**
     * Set this to one of the following values:
     *
     * <ul> <li><code>Platform</code> - The model image is hosted in Amazon ECR.
     * <li><code>Vpc</code> - The model image is hosted in a private Docker registry in your VPC.
     * </ul>
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code Platform}, {@code
     * Vpc}. CloudFormation property {@code RepositoryAccessMode}.
     */
    public ImageConfig repositoryAccessMode(String value) {
      return set("RepositoryAccessMode", Value.of(value));
    }

    /**
     * Sets {@code RepositoryAccessMode} to this value; see {@link #repositoryAccessMode(String)}.
     */
    public ImageConfig repositoryAccessMode(Value<String> value) {
      return set("RepositoryAccessMode", value);
    }

    /**
     * (Optional) Specifies an authentication configuration for the private docker registry where
     * your model image is hosted. Specify a value for this property only if you specified
     * <code>Vpc</code> as the value for the <code>RepositoryAccessMode</code> field, and the
     * private Docker registry where the model image is hosted requires authentication.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RepositoryAuthConfig}.
     */
    public ImageConfig repositoryAuthConfig(Value<RepositoryAuthConfig> value) {
      return set("RepositoryAuthConfig", value);
    }
  }

  /**
   * Specifies details about how containers in a multi-container endpoint are run.
   *
   * <p>Property type {@code AWS::SageMaker::Model.InferenceExecutionConfig}.
   */
  public static final class InferenceExecutionConfig extends Struct<InferenceExecutionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.InferenceExecutionConfig")
        .required("Mode")
        .allowed("Mode", "Serial", "Direct")
        .build();

    public InferenceExecutionConfig() {
      super(SCHEMA);
    }

    /**
     * How containers in a multi-container are run. The following values are valid.
     *
     * <ul> <li><code>Serial</code> - Containers run as a serial pipeline. <li><code>Direct</code> -
     * Only the individual container that you specify is run. </ul>
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code Serial}, {@code
     * Direct}. CloudFormation property {@code Mode}.
     */
    public InferenceExecutionConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public InferenceExecutionConfig mode(Value<String> value) {
      return set("Mode", value);
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
   * <p>Property type {@code AWS::SageMaker::Model.ModelAccessConfig}.
   */
  public static final class ModelAccessConfig extends Struct<ModelAccessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.ModelAccessConfig")
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
   * Specifies the location of ML model data to deploy. If specified, you must specify one and only
   * one of the available data sources.
   *
   * <p>Property type {@code AWS::SageMaker::Model.ModelDataSource}.
   */
  public static final class ModelDataSource extends Struct<ModelDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.ModelDataSource")
        .required("S3DataSource")
        .build();

    public ModelDataSource() {
      super(SCHEMA);
    }

    /**
     * Specifies the S3 location of ML model data to deploy.
     *
     * <p>Required. CloudFormation property {@code S3DataSource}.
     */
    public ModelDataSource s3DataSource(Value<S3DataSource> value) {
      return set("S3DataSource", value);
    }
  }

  /**
   * Specifies additional configuration for hosting multi-model endpoints.
   *
   * <p>Property type {@code AWS::SageMaker::Model.MultiModelConfig}.
   */
  public static final class MultiModelConfig extends Struct<MultiModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.MultiModelConfig")
        .allowed("ModelCacheSetting", "Enabled", "Disabled")
        .build();

    public MultiModelConfig() {
      super(SCHEMA);
    }

    /**
     * Whether to cache models for a multi-model endpoint. By default, multi-model endpoints cache
     * models so that a model does not have to be loaded into memory each time it is invoked. Some
     * use cases do not benefit from model caching. For example, if an endpoint hosts a large number
     * of models that are each invoked infrequently, the endpoint might perform better if you
     * disable model caching. To disable model caching, set the value of this parameter to Disabled.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code Enabled}, {@code Disabled}.
     * CloudFormation property {@code ModelCacheSetting}.
     */
    public MultiModelConfig modelCacheSetting(String value) {
      return set("ModelCacheSetting", Value.of(value));
    }

    /** Sets {@code ModelCacheSetting} to this value; see {@link #modelCacheSetting(String)}. */
    public MultiModelConfig modelCacheSetting(Value<String> value) {
      return set("ModelCacheSetting", value);
    }
  }

  /**
   * Specifies an authentication configuration for the private docker registry where your model
   * image is hosted. Specify a value for this property only if you specified <code>Vpc</code> as
   * the value for the <code>RepositoryAccessMode</code> field of the <code>ImageConfig</code>
   * object that you passed to a call to <code>CreateModel</code> and the private Docker registry
   * where the model image is hosted requires authentication.
   *
   * <p>Property type {@code AWS::SageMaker::Model.RepositoryAuthConfig}.
   */
  public static final class RepositoryAuthConfig extends Struct<RepositoryAuthConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.RepositoryAuthConfig")
        .required("RepositoryCredentialsProviderArn")
        .constrain("RepositoryCredentialsProviderArn", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public RepositoryAuthConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Lambda function that provides credentials to
     * authenticate to the private Docker registry where your model image is hosted. For information
     * about how to create an AWS Lambda function, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/getting-started-create-function.html">Create
     * a Lambda function with the console</a> in the <em>AWS Lambda Developer Guide</em> .
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
     * property {@code RepositoryCredentialsProviderArn}.
     */
    public RepositoryAuthConfig repositoryCredentialsProviderArn(String value) {
      return set("RepositoryCredentialsProviderArn", Value.of(value));
    }

    /**
     * Sets {@code RepositoryCredentialsProviderArn} to this value; see {@link
     * #repositoryCredentialsProviderArn(String)}.
     */
    public RepositoryAuthConfig repositoryCredentialsProviderArn(Value<String> value) {
      return set("RepositoryCredentialsProviderArn", value);
    }
  }

  /**
   * Describes the S3 data source.
   *
   * <p>Your input bucket must be in the same AWS region as your training job.
   *
   * <p>Property type {@code AWS::SageMaker::Model.S3DataSource}.
   */
  public static final class S3DataSource extends Struct<S3DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.S3DataSource")
        .required("CompressionType", "S3DataType", "S3Uri")
        .allowed("CompressionType", "None", "Gzip")
        .allowed("S3DataType", "S3Prefix", "S3Object")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public S3DataSource() {
      super(SCHEMA);
    }

    /**
     * Specifies how the ML model data is prepared.
     *
     * <p>Required. Allowed values: {@code None}, {@code Gzip}. CloudFormation property {@code
     * CompressionType}.
     */
    public S3DataSource compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public S3DataSource compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * The configuration for a private hub model reference that points to a SageMaker JumpStart
     * public hub model.
     *
     * <p>CloudFormation property {@code HubAccessConfig}.
     */
    public S3DataSource hubAccessConfig(Value<HubAccessConfig> value) {
      return set("HubAccessConfig", value);
    }

    /**
     * The access configuration file to control access to the ML model. You can explicitly accept
     * the model end-user license agreement (EULA) within the <code>ModelAccessConfig</code>.
     *
     * <p>CloudFormation property {@code ModelAccessConfig}.
     */
    public S3DataSource modelAccessConfig(Value<ModelAccessConfig> value) {
      return set("ModelAccessConfig", value);
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
     * <p>Required. Allowed values: {@code S3Prefix}, {@code S3Object}. CloudFormation property
     * {@code S3DataType}.
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
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3Uri}.
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
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
   * SageMaker Access to Resources in your Amazon VPC</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Model.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Model.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The VPC security group IDs, in the form <code>sg-xxxxxxxx</code> . Specify the security
     * groups for the VPC that is specified in the <code>Subnets</code> field.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
     * ^[-0-9a-zA-Z]+$}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
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
     * ^[-0-9a-zA-Z]+$}. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code
     * Subnets}.
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
