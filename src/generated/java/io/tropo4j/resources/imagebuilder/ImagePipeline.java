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
 * An image pipeline is the automation configuration for building secure OS images on AWS . The
 * Image Builder image pipeline is associated with an image recipe that defines the build,
 * validation, and test phases for an image build lifecycle. An image pipeline can be associated
 * with an infrastructure configuration that defines where your image is built. You can define
 * attributes, such as instance types, a subnet for your VPC, security groups, logging, and other
 * infrastructure-related configurations. You can also associate your image pipeline with a
 * distribution configuration to define how you would like to deploy your image.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::ImagePipeline}.
 */
public final class ImagePipeline extends Resource<ImagePipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline")
      .required("InfrastructureConfigurationArn", "Name")
      .constrain("ContainerRecipeArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"))
      .references("ContainerRecipeArn", "AWS::ImageBuilder::ContainerRecipe.Ref")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("DistributionConfigurationArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$"))
      .references("DistributionConfigurationArn",
          "AWS::ImageBuilder::DistributionConfiguration.Ref")
      .constrain("ExecutionRole", Constraint.of().pattern("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(2048))
      .constrain("ImageRecipeArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"))
      .references("ImageRecipeArn", "AWS::ImageBuilder::ImageRecipe.Ref")
      .constrain("InfrastructureConfigurationArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$"))
      .references("InfrastructureConfigurationArn",
          "AWS::ImageBuilder::InfrastructureConfiguration.Ref")
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .allowed("Status", "DISABLED", "ENABLED")
      .refYields("Arn")
      .attributes("Arn", "DeploymentId", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ImagePipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the container recipe that is used for this pipeline.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)&#92;.(?:[0-9]+|x)&#92;.(?:[0-9]+|x)$}.
   * CloudFormation property {@code ContainerRecipeArn}.
   */
  public ImagePipeline containerRecipeArn(String value) {
    return set("ContainerRecipeArn", Value.of(value));
  }

  /** Sets {@code ContainerRecipeArn} to this value; see {@link #containerRecipeArn(String)}. */
  public ImagePipeline containerRecipeArn(Value<String> value) {
    return set("ContainerRecipeArn", value);
  }

  /**
   * Sets {@code ContainerRecipeArn} to the Ref of {@code AWS::ImageBuilder::ContainerRecipe}; see
   * {@link #containerRecipeArn(String)}.
   */
  public ImagePipeline containerRecipeArn(ContainerRecipe resource) {
    return set("ContainerRecipeArn", resource.ref());
  }

  /**
   * The description of this image pipeline.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public ImagePipeline description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ImagePipeline description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the distribution configuration associated with this image
   * pipeline.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$}.
   * CloudFormation property {@code DistributionConfigurationArn}.
   */
  public ImagePipeline distributionConfigurationArn(String value) {
    return set("DistributionConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code DistributionConfigurationArn} to this value; see {@link
   * #distributionConfigurationArn(String)}.
   */
  public ImagePipeline distributionConfigurationArn(Value<String> value) {
    return set("DistributionConfigurationArn", value);
  }

  /**
   * Sets {@code DistributionConfigurationArn} to the Ref of {@code
   * AWS::ImageBuilder::DistributionConfiguration}; see {@link
   * #distributionConfigurationArn(String)}.
   */
  public ImagePipeline distributionConfigurationArn(DistributionConfiguration resource) {
    return set("DistributionConfigurationArn", resource.ref());
  }

  /**
   * Collects additional information about the image being created, including the operating system
   * (OS) version and package list. This information is used to enhance the overall experience of
   * using EC2 Image Builder. Enabled by default.
   *
   * <p>CloudFormation property {@code EnhancedImageMetadataEnabled}.
   */
  public ImagePipeline enhancedImageMetadataEnabled(boolean value) {
    return set("EnhancedImageMetadataEnabled", Value.of(value));
  }

  /**
   * Sets {@code EnhancedImageMetadataEnabled} to this value; see {@link
   * #enhancedImageMetadataEnabled(boolean)}.
   */
  public ImagePipeline enhancedImageMetadataEnabled(Value<Boolean> value) {
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
  public ImagePipeline executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public ImagePipeline executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the image recipe associated with this image pipeline.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)&#92;.(?:[0-9]+|x)&#92;.(?:[0-9]+|x)$}.
   * CloudFormation property {@code ImageRecipeArn}.
   */
  public ImagePipeline imageRecipeArn(String value) {
    return set("ImageRecipeArn", Value.of(value));
  }

  /** Sets {@code ImageRecipeArn} to this value; see {@link #imageRecipeArn(String)}. */
  public ImagePipeline imageRecipeArn(Value<String> value) {
    return set("ImageRecipeArn", value);
  }

  /**
   * Sets {@code ImageRecipeArn} to the Ref of {@code AWS::ImageBuilder::ImageRecipe}; see {@link
   * #imageRecipeArn(String)}.
   */
  public ImagePipeline imageRecipeArn(ImageRecipe resource) {
    return set("ImageRecipeArn", resource.ref());
  }

  /**
   * Contains settings for vulnerability scans.
   *
   * <p>CloudFormation property {@code ImageScanningConfiguration}.
   */
  public ImagePipeline imageScanningConfiguration(Value<ImageScanningConfiguration> value) {
    return set("ImageScanningConfiguration", value);
  }

  /**
   * The tags to be applied to images created by this pipeline.
   *
   * <p>CloudFormation property {@code ImageTags}.
   */
  public ImagePipeline imageTags(Map<String, String> value) {
    return set("ImageTags", Value.mapOf(value));
  }

  /** Sets {@code ImageTags} to this value; see {@link #imageTags(Map)}. */
  public ImagePipeline imageTags(Value<Map<String, String>> value) {
    return set("ImageTags", value);
  }

  /**
   * The configuration of the image tests that run after image creation to ensure the quality of the
   * image that was created.
   *
   * <p>CloudFormation property {@code ImageTestsConfiguration}.
   */
  public ImagePipeline imageTestsConfiguration(Value<ImageTestsConfiguration> value) {
    return set("ImageTestsConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the infrastructure configuration associated with this image
   * pipeline.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$}.
   * CloudFormation property {@code InfrastructureConfigurationArn}.
   */
  public ImagePipeline infrastructureConfigurationArn(String value) {
    return set("InfrastructureConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code InfrastructureConfigurationArn} to this value; see {@link
   * #infrastructureConfigurationArn(String)}.
   */
  public ImagePipeline infrastructureConfigurationArn(Value<String> value) {
    return set("InfrastructureConfigurationArn", value);
  }

  /**
   * Sets {@code InfrastructureConfigurationArn} to the Ref of {@code
   * AWS::ImageBuilder::InfrastructureConfiguration}; see {@link
   * #infrastructureConfigurationArn(String)}.
   */
  public ImagePipeline infrastructureConfigurationArn(InfrastructureConfiguration resource) {
    return set("InfrastructureConfigurationArn", resource.ref());
  }

  /**
   * Defines logging configuration for the output image.
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public ImagePipeline loggingConfiguration(Value<PipelineLoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * The name of the image pipeline.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public ImagePipeline name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ImagePipeline name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The schedule of the image pipeline. A schedule configures how often and when a pipeline
   * automatically creates a new image.
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public ImagePipeline schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * The status of the image pipeline.
   *
   * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Status}.
   */
  public ImagePipeline status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public ImagePipeline status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags of this image pipeline.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ImagePipeline tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ImagePipeline tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ImagePipeline tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Contains the workflows that run for the image pipeline.
   *
   * <p>CloudFormation property {@code Workflows}.
   */
  public ImagePipeline workflows(List<WorkflowConfiguration> value) {
    return set("Workflows", Value.listOf(value));
  }

  /** Sets {@code Workflows} to this value; see {@link #workflows(List)}. */
  public ImagePipeline workflows(Value<List<WorkflowConfiguration>> value) {
    return set("Workflows", value);
  }

  /** Sets {@code Workflows} to a list of these; see {@link #workflows(List)}. */
  public ImagePipeline workflows(WorkflowConfiguration... values) {
    return set("Workflows", Value.list(values));
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the image pipeline. For example,
   * <code>arn:aws:imagebuilder:us-west-2:123456789012:image-pipeline/mywindows2016pipeline</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the deployment ID of the pipeline, used for resource create/update triggers.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentId}.
   */
  public Value<String> deploymentId() {
    return getAtt("DeploymentId");
  }

  /**
   * Returns the name of the image pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Defines the rules by which an image pipeline is automatically disabled when it fails.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.AutoDisablePolicy}.
   */
  public static final class AutoDisablePolicy extends Struct<AutoDisablePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.AutoDisablePolicy")
        .required("FailureCount")
        .constrain("FailureCount", Constraint.of().minimum(1).maximum(10))
        .build();

    public AutoDisablePolicy() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive scheduled image pipeline executions that must fail before Image
     * Builder automatically disables the pipeline.
     *
     * <p>Required. Range: 1 to 10. CloudFormation property {@code FailureCount}.
     */
    public AutoDisablePolicy failureCount(int value) {
      return set("FailureCount", Value.of(value));
    }

    /** Sets {@code FailureCount} to this value; see {@link #failureCount(int)}. */
    public AutoDisablePolicy failureCount(Value<Integer> value) {
      return set("FailureCount", value);
    }
  }

  /**
   * Settings that Image Builder uses to configure the ECR repository and the output container
   * images that Amazon Inspector scans.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.EcrConfiguration}.
   */
  public static final class EcrConfiguration extends Struct<EcrConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.EcrConfiguration")
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
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ContainerTags}.
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
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code RepositoryName}.
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
   * Contains settings for Image Builder image resource and container image scans.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.ImageScanningConfiguration}.
   */
  public static final class ImageScanningConfiguration extends Struct<ImageScanningConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::ImagePipeline.ImageScanningConfiguration");

    public ImageScanningConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains Amazon ECR settings for vulnerability scans.
     *
     * <p>CloudFormation property {@code EcrConfiguration}.
     */
    public ImageScanningConfiguration ecrConfiguration(Value<EcrConfiguration> value) {
      return set("EcrConfiguration", value);
    }

    /**
     * A setting that indicates whether Image Builder keeps a snapshot of the vulnerability scans
     * that Amazon Inspector runs against the build instance when you create a new image.
     *
     * <p>CloudFormation property {@code ImageScanningEnabled}.
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
   * components that your image pipeline uses to create the final image. You must have at least one
   * build component to create a recipe, but test components are not required. Your pipeline runs
   * tests after it builds the image, to ensure that the target image is functional and can be used
   * reliably for launching Amazon EC2 instances.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.ImageTestsConfiguration}.
   */
  public static final class ImageTestsConfiguration extends Struct<ImageTestsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.ImageTestsConfiguration")
        .constrain("TimeoutMinutes", Constraint.of().minimum(60).maximum(1440))
        .build();

    public ImageTestsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines if tests should be executed when building this image. For example, <code>true</code>
     * or <code>false</code> .
     *
     * <p>CloudFormation property {@code ImageTestsEnabled}.
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
     * <p>Range: 60 to 1440. CloudFormation property {@code TimeoutMinutes}.
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
   * The logging configuration that's defined for pipeline execution.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.PipelineLoggingConfiguration}.
   */
  public static final class PipelineLoggingConfiguration extends Struct<PipelineLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.PipelineLoggingConfiguration")
        .constrain("ImageLogGroupName", Constraint.of().pattern("^[a-zA-Z0-9\\-_/\\.]{1,512}$").minLength(1).maxLength(512))
        .constrain("PipelineLogGroupName", Constraint.of().pattern("^[a-zA-Z0-9\\-_/\\.]{1,512}$").minLength(1).maxLength(512))
        .build();

    public PipelineLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The log group name that Image Builder uses for image creation. If not specified, the log
     * group name defaults to <code>/aws/imagebuilder/image-name</code> .
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9&#92;-_/&#92;.]{1,512}$}.
     * CloudFormation property {@code ImageLogGroupName}.
     */
    public PipelineLoggingConfiguration imageLogGroupName(String value) {
      return set("ImageLogGroupName", Value.of(value));
    }

    /** Sets {@code ImageLogGroupName} to this value; see {@link #imageLogGroupName(String)}. */
    public PipelineLoggingConfiguration imageLogGroupName(Value<String> value) {
      return set("ImageLogGroupName", value);
    }

    /**
     * The log group name that Image Builder uses for the log output during creation of a new
     * pipeline. If not specified, the pipeline log group name defaults to
     * <code>/aws/imagebuilder/pipeline/pipeline-name</code> .
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9&#92;-_/&#92;.]{1,512}$}.
     * CloudFormation property {@code PipelineLogGroupName}.
     */
    public PipelineLoggingConfiguration pipelineLogGroupName(String value) {
      return set("PipelineLogGroupName", Value.of(value));
    }

    /**
     * Sets {@code PipelineLogGroupName} to this value; see {@link #pipelineLogGroupName(String)}.
     */
    public PipelineLoggingConfiguration pipelineLogGroupName(Value<String> value) {
      return set("PipelineLogGroupName", value);
    }
  }

  /**
   * A schedule configures when and how often a pipeline will automatically create a new image.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.Schedule")
        .allowed("PipelineExecutionStartCondition", "EXPRESSION_MATCH_ONLY",
            "EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE")
        .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Timezone", Constraint.of().pattern("^[a-zA-Z0-9]{2,}(?:\\/[a-zA-Z0-9\\-_+]+)*$").minLength(3).maxLength(100))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * The policy that configures when Image Builder should automatically disable a pipeline that is
     * failing.
     *
     * <p>CloudFormation property {@code AutoDisablePolicy}.
     */
    public Schedule autoDisablePolicy(Value<AutoDisablePolicy> value) {
      return set("AutoDisablePolicy", value);
    }

    /**
     * The condition configures when the pipeline should trigger a new image build. When the
     * <code>pipelineExecutionStartCondition</code> is set to
     * <code>EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE</code> , and you use semantic version
     * filters on the base image or components in your image recipe, Image Builder will build a new
     * image only when there are new versions of the image or components in your recipe that match
     * the semantic version filter. When it is set to <code>EXPRESSION_MATCH_ONLY</code> , it will
     * build a new image every time the CRON expression matches the current time. For semantic
     * version syntax, see <a
     * href="https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html">CreateComponent</a>
     * in the <em>Image Builder API Reference</em> .
     *
     * <p>Allowed values: {@code EXPRESSION_MATCH_ONLY}, {@code
     * EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE}. CloudFormation property {@code
     * PipelineExecutionStartCondition}.
     */
    public Schedule pipelineExecutionStartCondition(String value) {
      return set("PipelineExecutionStartCondition", Value.of(value));
    }

    /**
     * Sets {@code PipelineExecutionStartCondition} to this value; see {@link
     * #pipelineExecutionStartCondition(String)}.
     */
    public Schedule pipelineExecutionStartCondition(Value<String> value) {
      return set("PipelineExecutionStartCondition", value);
    }

    /**
     * The cron expression determines how often EC2 Image Builder evaluates your
     * <code>pipelineExecutionStartCondition</code> .
     *
     * <p>For information on how to format a cron expression in Image Builder, see <a
     * href="https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-cron.html">Use
     * cron expressions in EC2 Image Builder</a> .
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ScheduleExpression}.
     */
    public Schedule scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public Schedule scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * The timezone that applies to the scheduling expression, for example "Etc/UTC" or
     * "America/Los_Angeles" in IANA timezone format. If not specified, this defaults to UTC.
     *
     * <p>Length: 3 to 100 characters. Pattern: {@code
     * ^[a-zA-Z0-9]{2,}(?:&#92;/[a-zA-Z0-9&#92;-_+]+)*$}. CloudFormation property {@code Timezone}.
     */
    public Schedule timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public Schedule timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /**
   * Contains control settings and configurable inputs for a workflow resource.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.WorkflowConfiguration}.
   */
  public static final class WorkflowConfiguration extends Struct<WorkflowConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.WorkflowConfiguration")
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
   * <p>Property type {@code AWS::ImageBuilder::ImagePipeline.WorkflowParameter}.
   */
  public static final class WorkflowParameter extends Struct<WorkflowParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImagePipeline.WorkflowParameter")
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
