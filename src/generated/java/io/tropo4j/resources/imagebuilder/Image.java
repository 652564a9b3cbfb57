// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.imagebuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a new image. This request will create a new image along with all of the configured output
 * resources defined in the distribution configuration. You must specify exactly one recipe for your
 * image, using either a ContainerRecipeArn or an ImageRecipeArn.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::Image}.
 */
public final class Image extends Resource<Image> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image")
      .constrain("ContainerRecipeArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"))
      .constrain("DistributionConfigurationArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$"))
      .references("DistributionConfigurationArn",
          "AWS::ImageBuilder::DistributionConfiguration.Ref")
      .constrain("ExecutionRole", Constraint.of().pattern("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(2048))
      .constrain("ImageRecipeArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"))
      .references("ImageRecipeArn", "AWS::ImageBuilder::ImageRecipe.Ref")
      .constrain("InfrastructureConfigurationArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$"))
      .references("InfrastructureConfigurationArn",
          "AWS::ImageBuilder::InfrastructureConfiguration.Ref")
      .refYields("Arn")
      .attributes("Arn", "ImageId", "ImageUri", "LatestVersion", "LatestVersion.Arn",
          "LatestVersion.Major", "LatestVersion.Minor", "LatestVersion.Patch", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Image(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the container recipe that defines how images are configured
   * and tested.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)&#92;.(?:[0-9]+|x)&#92;.(?:[0-9]+|x)$}.
   * CloudFormation property {@code ContainerRecipeArn}.
   */
  public Image containerRecipeArn(String value) {
    return set("ContainerRecipeArn", Value.of(value));
  }

  /** Sets {@code ContainerRecipeArn} to this value; see {@link #containerRecipeArn(String)}. */
  public Image containerRecipeArn(Value<String> value) {
    return set("ContainerRecipeArn", value);
  }

  /**
   * Enables deletion of underlying resources of an image when it is replaced or deleted, including
   * its Amazon Machine Images (AMIs), snapshots, or containers.
   *
   * <p>CloudFormation property {@code DeletionSettings}.
   */
  public Image deletionSettings(Value<DeletionSettings> value) {
    return set("DeletionSettings", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the distribution configuration that defines and configures
   * the outputs of your pipeline.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$}.
   * CloudFormation property {@code DistributionConfigurationArn}.
   */
  public Image distributionConfigurationArn(String value) {
    return set("DistributionConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code DistributionConfigurationArn} to this value; see {@link
   * #distributionConfigurationArn(String)}.
   */
  public Image distributionConfigurationArn(Value<String> value) {
    return set("DistributionConfigurationArn", value);
  }

  /**
   * Sets {@code DistributionConfigurationArn} to the Ref of {@code
   * AWS::ImageBuilder::DistributionConfiguration}; see {@link
   * #distributionConfigurationArn(String)}.
   */
  public Image distributionConfigurationArn(DistributionConfiguration resource) {
    return set("DistributionConfigurationArn", resource.ref());
  }

  /**
   * Collects additional information about the image being created, including the operating system
   * (OS) version and package list. This information is used to enhance the overall experience of
   * using EC2 Image Builder. Enabled by default.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * EnhancedImageMetadataEnabled}.
   */
  public Image enhancedImageMetadataEnabled(boolean value) {
    return set("EnhancedImageMetadataEnabled", Value.of(value));
  }

  /**
   * Sets {@code EnhancedImageMetadataEnabled} to this value; see {@link
   * #enhancedImageMetadataEnabled(boolean)}.
   */
  public Image enhancedImageMetadataEnabled(Value<Boolean> value) {
    return set("EnhancedImageMetadataEnabled", value);
  }

  /**
   * The name or Amazon Resource Name (ARN) for the IAM role you create that grants Image Builder
   * access to perform workflow actions.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
   * property {@code ExecutionRole}.
   */
  public Image executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public Image executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * The image pipeline execution settings of the image.
   *
   * <p>CloudFormation property {@code ImagePipelineExecutionSettings}.
   */
  public Image imagePipelineExecutionSettings(Value<ImagePipelineExecutionSettings> value) {
    return set("ImagePipelineExecutionSettings", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the image recipe that defines how images are configured,
   * tested, and assessed.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)&#92;.(?:[0-9]+|x)&#92;.(?:[0-9]+|x)$}.
   * CloudFormation property {@code ImageRecipeArn}.
   */
  public Image imageRecipeArn(String value) {
    return set("ImageRecipeArn", Value.of(value));
  }

  /** Sets {@code ImageRecipeArn} to this value; see {@link #imageRecipeArn(String)}. */
  public Image imageRecipeArn(Value<String> value) {
    return set("ImageRecipeArn", value);
  }

  /**
   * Sets {@code ImageRecipeArn} to the Ref of {@code AWS::ImageBuilder::ImageRecipe}; see {@link
   * #imageRecipeArn(String)}.
   */
  public Image imageRecipeArn(ImageRecipe resource) {
    return set("ImageRecipeArn", resource.ref());
  }

  /**
   * Contains settings for vulnerability scans.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ImageScanningConfiguration}.
   */
  public Image imageScanningConfiguration(Value<ImageScanningConfiguration> value) {
    return set("ImageScanningConfiguration", value);
  }

  /**
   * The image tests configuration of the image.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ImageTestsConfiguration}.
   */
  public Image imageTestsConfiguration(Value<ImageTestsConfiguration> value) {
    return set("ImageTestsConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the infrastructure configuration that defines the environment
   * in which your image will be built and tested.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$}.
   * CloudFormation property {@code InfrastructureConfigurationArn}.
   */
  public Image infrastructureConfigurationArn(String value) {
    return set("InfrastructureConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code InfrastructureConfigurationArn} to this value; see {@link
   * #infrastructureConfigurationArn(String)}.
   */
  public Image infrastructureConfigurationArn(Value<String> value) {
    return set("InfrastructureConfigurationArn", value);
  }

  /**
   * Sets {@code InfrastructureConfigurationArn} to the Ref of {@code
   * AWS::ImageBuilder::InfrastructureConfiguration}; see {@link
   * #infrastructureConfigurationArn(String)}.
   */
  public Image infrastructureConfigurationArn(InfrastructureConfiguration resource) {
    return set("InfrastructureConfigurationArn", resource.ref());
  }

  /**
   * The logging configuration that's defined for the image. Image Builder uses the defined settings
   * to direct execution log output during image creation.
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public Image loggingConfiguration(Value<ImageLoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * The tags of the image.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Image tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Image tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Image tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Contains an array of workflow configuration objects.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Workflows}.
   */
  public Image workflows(List<WorkflowConfiguration> value) {
    return set("Workflows", Value.listOf(value));
  }

  /** Sets {@code Workflows} to this value; see {@link #workflows(List)}. */
  public Image workflows(Value<List<WorkflowConfiguration>> value) {
    return set("Workflows", value);
  }

  /** Sets {@code Workflows} to a list of these; see {@link #workflows(List)}. */
  public Image workflows(WorkflowConfiguration... values) {
    return set("Workflows", Value.list(values));
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the image. For example,
   * <code>arn:aws:imagebuilder:us-west-2:123456789012:image/mybasicrecipe/2019.12.03/1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the AMI ID of the Amazon EC2 AMI in the Region in which you are using Image Builder.
   * Values are returned only for AMIs, and not for container images.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImageId}.
   */
  public Value<String> imageId() {
    return getAtt("ImageId");
  }

  /**
   * Returns the URI for a container image created in the context Region. Values are returned only
   * for container images, and not for AMIs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImageUri}.
   */
  public Value<String> imageUri() {
    return getAtt("ImageUri");
  }

  /**
   * The latest version references of the image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion}.
   */
  public Value<LatestVersion> latestVersion() {
    return getAtt("LatestVersion");
  }

  /**
   * The latest version Amazon Resource Name (ARN) of the Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Arn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersion.Arn");
  }

  /**
   * The latest version Amazon Resource Name (ARN) with the same <code>major</code> version of the
   * Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Major}.
   */
  public Value<String> latestVersionMajor() {
    return getAtt("LatestVersion.Major");
  }

  /**
   * The latest version Amazon Resource Name (ARN) with the same <code>minor</code> version of the
   * Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Minor}.
   */
  public Value<String> latestVersionMinor() {
    return getAtt("LatestVersion.Minor");
  }

  /**
   * The latest version Amazon Resource Name (ARN) with the same <code>patch</code> version of the
   * Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Patch}.
   */
  public Value<String> latestVersionPatch() {
    return getAtt("LatestVersion.Patch");
  }

  /**
   * Returns the name of the image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Contains deletion settings of underlying resources of an image when it is replaced or deleted,
   * including its Amazon Machine Images (AMIs), snapshots, or containers.
   *
   * <p>If you specify the <code>Retain</code> option in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html">DeletionPolicy</a>
   * or <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html">UpdateReplacePolicy</a>
   * , the deletion of underlying resources will not be executed.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.DeletionSettings}.
   */
  public static final class DeletionSettings extends Struct<DeletionSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image.DeletionSettings")
        .required("ExecutionRole")
        .build();

    public DeletionSettings() {
      super(SCHEMA);
    }

    /**
     * The name or Amazon Resource Name (ARN) for the IAM role you create that grants Image Builder
     * access to delete the image and its underlying resources.
     *
     * <p>Required. CloudFormation property {@code ExecutionRole}.
     */
    public DeletionSettings executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public DeletionSettings executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }
  }

  /**
   * Settings that Image Builder uses to configure the ECR repository and the output container
   * images that Amazon Inspector scans.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.EcrConfiguration}.
   */
  public static final class EcrConfiguration extends Struct<EcrConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image.EcrConfiguration")
        .constrain("ContainerTags", Constraint.of().minLength(1).maxLength(1024))
        .constrain("RepositoryName", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public EcrConfiguration() {
      super(SCHEMA);
    }

    /**
     * Tags for Image Builder to apply to the output container image that Amazon Inspector scans.
     * Tags can help you identify and manage your scanned images.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code ContainerTags}.
     */
    public EcrConfiguration containerTags(List<String> value) {
      return set("ContainerTags", Value.listOf(value));
    }

    /** Sets {@code ContainerTags} to this value; see {@link #containerTags(List)}. */
    public EcrConfiguration containerTags(Value<List<String>> value) {
      return set("ContainerTags", value);
    }

    /**
     * The name of the container repository that Amazon Inspector scans to identify findings for
     * your container images. The name includes the path for the repository location. If you don’t
     * provide this information, Image Builder creates a repository in your account named
     * <code>image-builder-image-scanning-repository</code> for vulnerability scans of your output
     * container images.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code RepositoryName}.
     */
    public EcrConfiguration repositoryName(String value) {
      return set("RepositoryName", Value.of(value));
    }

    /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
    public EcrConfiguration repositoryName(Value<String> value) {
      return set("RepositoryName", value);
    }
  }

  /**
   * The logging configuration that's defined for the image. Image Builder uses the defined settings
   * to direct execution log output during image creation.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.ImageLoggingConfiguration}.
   */
  public static final class ImageLoggingConfiguration extends Struct<ImageLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image.ImageLoggingConfiguration")
        .constrain("LogGroupName", Constraint.of().pattern("^[a-zA-Z0-9\\-_/\\.]{1,512}$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .build();

    public ImageLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The log group name that Image Builder uses for image creation. If not specified, the log
     * group name defaults to <code>/aws/imagebuilder/image-name</code> .
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9&#92;-_/&#92;.]{1,512}$}. Format:
     * {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public ImageLoggingConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public ImageLoggingConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }

  /**
   * Contains settings for starting an image pipeline execution.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.ImagePipelineExecutionSettings}.
   */
  public static final class ImagePipelineExecutionSettings extends Struct<ImagePipelineExecutionSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::Image.ImagePipelineExecutionSettings");

    public ImagePipelineExecutionSettings() {
      super(SCHEMA);
    }

    /**
     * The deployment identifier of the pipeline, utilized to initiate new image pipeline
     * executions.
     *
     * <p>CloudFormation property {@code DeploymentId}.
     */
    public ImagePipelineExecutionSettings deploymentId(String value) {
      return set("DeploymentId", Value.of(value));
    }

    /** Sets {@code DeploymentId} to this value; see {@link #deploymentId(String)}. */
    public ImagePipelineExecutionSettings deploymentId(Value<String> value) {
      return set("DeploymentId", value);
    }

    /**
     * Defines whether the pipeline should be executed upon pipeline updates. False by default.
     *
     * <p>CloudFormation property {@code OnUpdate}.
     */
    public ImagePipelineExecutionSettings onUpdate(boolean value) {
      return set("OnUpdate", Value.of(value));
    }

    /** Sets {@code OnUpdate} to this value; see {@link #onUpdate(boolean)}. */
    public ImagePipelineExecutionSettings onUpdate(Value<Boolean> value) {
      return set("OnUpdate", value);
    }
  }

  /**
   * Contains settings for Image Builder image resource and container image scans.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.ImageScanningConfiguration}.
   */
  public static final class ImageScanningConfiguration extends Struct<ImageScanningConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::Image.ImageScanningConfiguration");

    public ImageScanningConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains Amazon ECR settings for vulnerability scans.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EcrConfiguration}.
     */
    public ImageScanningConfiguration ecrConfiguration(Value<EcrConfiguration> value) {
      return set("EcrConfiguration", value);
    }

    /**
     * A setting that indicates whether Image Builder keeps a snapshot of the vulnerability scans
     * that Amazon Inspector runs against the build instance when you create a new image.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ImageScanningEnabled}.
     */
    public ImageScanningConfiguration imageScanningEnabled(boolean value) {
      return set("ImageScanningEnabled", Value.of(value));
    }

    /**
     * Sets {@code ImageScanningEnabled} to this value; see {@link #imageScanningEnabled(boolean)}.
     */
    public ImageScanningConfiguration imageScanningEnabled(Value<Boolean> value) {
      return set("ImageScanningEnabled", value);
    }
  }

  /**
   * When you create an image or container recipe with Image Builder , you can add the build or test
   * components that are used to create the final image. You must have at least one build component
   * to create a recipe, but test components are not required. If you have added tests, they run
   * after the image is created, to ensure that the target image is functional and can be used
   * reliably for launching Amazon EC2 instances.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.ImageTestsConfiguration}.
   */
  public static final class ImageTestsConfiguration extends Struct<ImageTestsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image.ImageTestsConfiguration")
        .constrain("TimeoutMinutes", Constraint.of().minimum(60).maximum(1440))
        .build();

    public ImageTestsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Determines if tests should run after building the image. Image Builder defaults to enable
     * tests to run following the image build, before image distribution.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ImageTestsEnabled}.
     */
    public ImageTestsConfiguration imageTestsEnabled(boolean value) {
      return set("ImageTestsEnabled", Value.of(value));
    }

    /** Sets {@code ImageTestsEnabled} to this value; see {@link #imageTestsEnabled(boolean)}. */
    public ImageTestsConfiguration imageTestsEnabled(Value<Boolean> value) {
      return set("ImageTestsEnabled", value);
    }

    /**
     * The maximum time in minutes that tests are permitted to run.
     *
     * <p>The timeout property is not currently active. This value is ignored.
     *
     * <p>Changing it replaces the resource. Range: 60 to 1440. CloudFormation property {@code
     * TimeoutMinutes}.
     */
    public ImageTestsConfiguration timeoutMinutes(int value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(int)}. */
    public ImageTestsConfiguration timeoutMinutes(Value<Integer> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /**
   * The resource ARNs with different wildcard variations of semantic versioning.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.LatestVersion}.
   */
  public static final class LatestVersion extends Struct<LatestVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::Image.LatestVersion");

    public LatestVersion() {
      super(SCHEMA);
    }

    /**
     * The latest version Amazon Resource Name (ARN) of the Image Builder resource.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public LatestVersion arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public LatestVersion arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The latest version Amazon Resource Name (ARN) with the same <code>major</code> version of the
     * Image Builder resource.
     *
     * <p>CloudFormation property {@code Major}.
     */
    public LatestVersion major(String value) {
      return set("Major", Value.of(value));
    }

    /** Sets {@code Major} to this value; see {@link #major(String)}. */
    public LatestVersion major(Value<String> value) {
      return set("Major", value);
    }

    /**
     * The latest version Amazon Resource Name (ARN) with the same <code>minor</code> version of the
     * Image Builder resource.
     *
     * <p>CloudFormation property {@code Minor}.
     */
    public LatestVersion minor(String value) {
      return set("Minor", Value.of(value));
    }

    /** Sets {@code Minor} to this value; see {@link #minor(String)}. */
    public LatestVersion minor(Value<String> value) {
      return set("Minor", value);
    }

    /**
     * The latest version Amazon Resource Name (ARN) with the same <code>patch</code> version of the
     * Image Builder resource.
     *
     * <p>CloudFormation property {@code Patch}.
     */
    public LatestVersion patch(String value) {
      return set("Patch", Value.of(value));
    }

    /** Sets {@code Patch} to this value; see {@link #patch(String)}. */
    public LatestVersion patch(Value<String> value) {
      return set("Patch", value);
    }
  }

  /**
   * Contains control settings and configurable inputs for a workflow resource.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.WorkflowConfiguration}.
   */
  public static final class WorkflowConfiguration extends Struct<WorkflowConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image.WorkflowConfiguration")
        .allowed("OnFailure", "CONTINUE", "ABORT")
        .constrain("ParallelGroup", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$").minLength(1).maxLength(100))
        .constrain("WorkflowArn", Constraint.of().pattern("^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow/(build|test|distribution)/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"))
        .build();

    public WorkflowConfiguration() {
      super(SCHEMA);
    }

    /**
     * The action to take if the workflow fails.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code ABORT}. CloudFormation property {@code
     * OnFailure}.
     */
    public WorkflowConfiguration onFailure(String value) {
      return set("OnFailure", Value.of(value));
    }

    /** Sets {@code OnFailure} to this value; see {@link #onFailure(String)}. */
    public WorkflowConfiguration onFailure(Value<String> value) {
      return set("OnFailure", value);
    }

    /**
     * Test workflows are defined within named runtime groups called parallel groups. The parallel
     * group is the named group that contains this test workflow. Test workflows within a parallel
     * group can run at the same time. Image Builder starts up to five test workflows in the group
     * at the same time, and starts additional workflows as others complete, until all workflows in
     * the group have completed. This field only applies for test workflows.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$}.
     * CloudFormation property {@code ParallelGroup}.
     */
    public WorkflowConfiguration parallelGroup(String value) {
      return set("ParallelGroup", Value.of(value));
    }

    /** Sets {@code ParallelGroup} to this value; see {@link #parallelGroup(String)}. */
    public WorkflowConfiguration parallelGroup(Value<String> value) {
      return set("ParallelGroup", value);
    }

    /**
     * Contains parameter values for each of the parameters that the workflow document defined for
     * the workflow resource.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public WorkflowConfiguration parameters(List<WorkflowParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public WorkflowConfiguration parameters(Value<List<WorkflowParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public WorkflowConfiguration parameters(WorkflowParameter... values) {
      return set("Parameters", Value.list(values));
    }

    /**
     * The Amazon Resource Name (ARN) of the workflow resource.
     *
     * <p>Pattern: {@code
     * ^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow/(build|test|distribution)/[a-z0-9-_]+/(?:(?:([0-9]+|x)&#92;.([0-9]+|x)&#92;.([0-9]+|x))|(?:[0-9]+&#92;.[0-9]+&#92;.[0-9]+/[0-9]+))$}.
     * CloudFormation property {@code WorkflowArn}.
     */
    public WorkflowConfiguration workflowArn(String value) {
      return set("WorkflowArn", Value.of(value));
    }

    /** Sets {@code WorkflowArn} to this value; see {@link #workflowArn(String)}. */
    public WorkflowConfiguration workflowArn(Value<String> value) {
      return set("WorkflowArn", value);
    }
  }

  /**
   * Contains a key/value pair that sets the named workflow parameter.
   *
   * <p>Property type {@code AWS::ImageBuilder::Image.WorkflowParameter}.
   */
  public static final class WorkflowParameter extends Struct<WorkflowParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Image.WorkflowParameter")
        .constrain("Name", Constraint.of().pattern("^[^\\x00]+$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^[^\\x00]*$").minLength(0))
        .build();

    public WorkflowParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the workflow parameter to set.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[^&#92;x00]+$}. CloudFormation property
     * {@code Name}.
     */
    public WorkflowParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public WorkflowParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Sets the value for the named workflow parameter.
     *
     * <p>Length: at least 0 characters. Pattern: {@code ^[^&#92;x00]*$}. CloudFormation property
     * {@code Value}.
     */
    public WorkflowParameter value(List<String> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(List)}. */
    public WorkflowParameter value(Value<List<String>> value) {
      return set("Value", value);
    }
  }
}
