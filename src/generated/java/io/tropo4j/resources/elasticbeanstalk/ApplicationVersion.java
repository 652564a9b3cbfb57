// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticbeanstalk;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specify an AWS Elastic Beanstalk application version by using the
 * AWS::ElasticBeanstalk::ApplicationVersion resource in an AWS CloudFormation template.
 *
 * <p>The AWS::ElasticBeanstalk::ApplicationVersion resource is an AWS Elastic Beanstalk resource
 * type that specifies an application version, an iteration of deployable code, for an Elastic
 * Beanstalk application.
 *
 * <p>After you create an application version with a specified Amazon S3 bucket and key location,
 * you can't change that Amazon S3 location. If you change the Amazon S3 location, an attempt to
 * launch an environment from the application version will fail.
 *
 * <p>CloudFormation type {@code AWS::ElasticBeanstalk::ApplicationVersion}.
 */
public final class ApplicationVersion extends Resource<ApplicationVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ApplicationVersion")
      .required("ApplicationName")
      .constrain("ApplicationName", Constraint.of().minLength(1).maxLength(100))
      .references("ApplicationName", "AWS::ElasticBeanstalk::Application.Ref")
      .constrain("Description", Constraint.of().minLength(0).maxLength(200))
      .attributes("Id")
      .build();

  public ApplicationVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Elastic Beanstalk application that is associated with this application version.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code ApplicationName}.
   */
  public ApplicationVersion applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public ApplicationVersion applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Sets {@code ApplicationName} to the Ref of {@code AWS::ElasticBeanstalk::Application}; see
   * {@link #applicationName(String)}.
   */
  public ApplicationVersion applicationName(Application resource) {
    return set("ApplicationName", resource.ref());
  }

  /** Changing it replaces the resource. CloudFormation property {@code BuildConfiguration}. */
  public ApplicationVersion buildConfiguration(Value<BuildConfiguration> value) {
    return set("BuildConfiguration", value);
  }

  /**
   * A description of this application version.
   *
   * <p>Length: 0 to 200 characters. CloudFormation property {@code Description}.
   */
  public ApplicationVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApplicationVersion description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ImageConfiguration}. */
  public ApplicationVersion imageConfiguration(Value<ImageConfiguration> value) {
    return set("ImageConfiguration", value);
  }

  /**
   * Pre-process and validate the environment manifest (<code>env.yaml</code>) and configuration
   * files in the source bundle. Leave unset for the service default.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Process}.
   */
  public ApplicationVersion process(boolean value) {
    return set("Process", Value.of(value));
  }

  /** Sets {@code Process} to this value; see {@link #process(boolean)}. */
  public ApplicationVersion process(Value<Boolean> value) {
    return set("Process", value);
  }

  /**
   * The Amazon S3 bucket and key that identify the location of the source bundle for this version.
   *
   * <p>The Amazon S3 bucket must be in the same region as the environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceBundle}.
   */
  public ApplicationVersion sourceBundle(Value<SourceBundle> value) {
    return set("SourceBundle", value);
  }

  /**
   * Sets {@code SourceBundle} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #sourceBundle(Value)}.
   */
  public ApplicationVersion sourceBundle(Asset asset) {
    return set("SourceBundle", new SourceBundle().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::ElasticBeanstalk::ApplicationVersion.BuildConfiguration}. */
  public static final class BuildConfiguration extends Struct<BuildConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ApplicationVersion.BuildConfiguration")
        .required("CodeBuildServiceRole", "Image")
        .constrain("CodeBuildServiceRole", Constraint.of().pattern("\\S"))
        .allowed("ComputeType", "BUILD_GENERAL1_SMALL", "BUILD_GENERAL1_MEDIUM",
            "BUILD_GENERAL1_LARGE")
        .constrain("Image", Constraint.of().pattern("\\S"))
        .build();

    public BuildConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the build artifact.
     *
     * <p>CloudFormation property {@code ArtifactName}.
     */
    public BuildConfiguration artifactName(String value) {
      return set("ArtifactName", Value.of(value));
    }

    /** Sets {@code ArtifactName} to this value; see {@link #artifactName(String)}. */
    public BuildConfiguration artifactName(Value<String> value) {
      return set("ArtifactName", value);
    }

    /**
     * The ARN of the IAM role that AWS CodeBuild assumes to build the application version.
     *
     * <p>Required. Pattern: {@code &#92;S}. CloudFormation property {@code CodeBuildServiceRole}.
     */
    public BuildConfiguration codeBuildServiceRole(String value) {
      return set("CodeBuildServiceRole", Value.of(value));
    }

    /**
     * Sets {@code CodeBuildServiceRole} to this value; see {@link #codeBuildServiceRole(String)}.
     */
    public BuildConfiguration codeBuildServiceRole(Value<String> value) {
      return set("CodeBuildServiceRole", value);
    }

    /**
     * The compute type for the CodeBuild build environment.
     *
     * <p>Allowed values: {@code BUILD_GENERAL1_SMALL}, {@code BUILD_GENERAL1_MEDIUM}, {@code
     * BUILD_GENERAL1_LARGE}. CloudFormation property {@code ComputeType}.
     */
    public BuildConfiguration computeType(String value) {
      return set("ComputeType", Value.of(value));
    }

    /** Sets {@code ComputeType} to this value; see {@link #computeType(String)}. */
    public BuildConfiguration computeType(Value<String> value) {
      return set("ComputeType", value);
    }

    /**
     * The CodeBuild image used for the build environment.
     *
     * <p>Required. Pattern: {@code &#92;S}. CloudFormation property {@code Image}.
     */
    public BuildConfiguration image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public BuildConfiguration image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * The timeout for the CodeBuild build, in minutes.
     *
     * <p>CloudFormation property {@code TimeoutInMinutes}.
     */
    public BuildConfiguration timeoutInMinutes(int value) {
      return set("TimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(int)}. */
    public BuildConfiguration timeoutInMinutes(Value<Integer> value) {
      return set("TimeoutInMinutes", value);
    }
  }

  /** Property type {@code AWS::ElasticBeanstalk::ApplicationVersion.ImageBuildConfiguration}. */
  public static final class ImageBuildConfiguration extends Struct<ImageBuildConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ApplicationVersion.ImageBuildConfiguration")
        .required("CodeBuildServiceRole", "Type")
        .allowed("Architecture", "amd64", "arm64")
        .constrain("CodeBuildServiceRole", Constraint.of().pattern("\\S"))
        .allowed("ComputeType", "BUILD_GENERAL1_SMALL", "BUILD_GENERAL1_MEDIUM",
            "BUILD_GENERAL1_LARGE")
        .allowed("Type", "docker", "buildpack")
        .build();

    public ImageBuildConfiguration() {
      super(SCHEMA);
    }

    /**
     * The target architecture for the built container image.
     *
     * <p>Allowed values: {@code amd64}, {@code arm64}. CloudFormation property {@code
     * Architecture}.
     */
    public ImageBuildConfiguration architecture(String value) {
      return set("Architecture", Value.of(value));
    }

    /** Sets {@code Architecture} to this value; see {@link #architecture(String)}. */
    public ImageBuildConfiguration architecture(Value<String> value) {
      return set("Architecture", value);
    }

    /**
     * The buildpack to use for building the image.
     *
     * <p>CloudFormation property {@code Buildpack}.
     */
    public ImageBuildConfiguration buildpack(String value) {
      return set("Buildpack", Value.of(value));
    }

    /** Sets {@code Buildpack} to this value; see {@link #buildpack(String)}. */
    public ImageBuildConfiguration buildpack(Value<String> value) {
      return set("Buildpack", value);
    }

    /**
     * The ARN of the IAM role that AWS CodeBuild assumes to build the application version.
     *
     * <p>Required. Pattern: {@code &#92;S}. CloudFormation property {@code CodeBuildServiceRole}.
     */
    public ImageBuildConfiguration codeBuildServiceRole(String value) {
      return set("CodeBuildServiceRole", Value.of(value));
    }

    /**
     * Sets {@code CodeBuildServiceRole} to this value; see {@link #codeBuildServiceRole(String)}.
     */
    public ImageBuildConfiguration codeBuildServiceRole(Value<String> value) {
      return set("CodeBuildServiceRole", value);
    }

    /**
     * The compute type for the CodeBuild build environment.
     *
     * <p>Allowed values: {@code BUILD_GENERAL1_SMALL}, {@code BUILD_GENERAL1_MEDIUM}, {@code
     * BUILD_GENERAL1_LARGE}. CloudFormation property {@code ComputeType}.
     */
    public ImageBuildConfiguration computeType(String value) {
      return set("ComputeType", Value.of(value));
    }

    /** Sets {@code ComputeType} to this value; see {@link #computeType(String)}. */
    public ImageBuildConfiguration computeType(Value<String> value) {
      return set("ComputeType", value);
    }

    /**
     * The path to the Dockerfile, relative to the source root.
     *
     * <p>CloudFormation property {@code DockerfileLocation}.
     */
    public ImageBuildConfiguration dockerfileLocation(String value) {
      return set("DockerfileLocation", Value.of(value));
    }

    /** Sets {@code DockerfileLocation} to this value; see {@link #dockerfileLocation(String)}. */
    public ImageBuildConfiguration dockerfileLocation(Value<String> value) {
      return set("DockerfileLocation", value);
    }

    /**
     * The timeout for the CodeBuild build, in minutes.
     *
     * <p>CloudFormation property {@code TimeoutInMinutes}.
     */
    public ImageBuildConfiguration timeoutInMinutes(int value) {
      return set("TimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(int)}. */
    public ImageBuildConfiguration timeoutInMinutes(Value<Integer> value) {
      return set("TimeoutInMinutes", value);
    }

    /**
     * The type of image build: docker or buildpack.
     *
     * <p>Required. Allowed values: {@code docker}, {@code buildpack}. CloudFormation property
     * {@code Type}.
     */
    public ImageBuildConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ImageBuildConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::ElasticBeanstalk::ApplicationVersion.ImageConfiguration}. */
  public static final class ImageConfiguration extends Struct<ImageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::ApplicationVersion.ImageConfiguration");

    public ImageConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Build}. */
    public ImageConfiguration build(Value<ImageBuildConfiguration> value) {
      return set("Build", value);
    }

    /** CloudFormation property {@code Source}. */
    public ImageConfiguration source(Value<ImageSource> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::ElasticBeanstalk::ApplicationVersion.ImageSource}. */
  public static final class ImageSource extends Struct<ImageSource> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::ApplicationVersion.ImageSource");

    public ImageSource() {
      super(SCHEMA);
    }

    /**
     * The URI of the container image, e.g. an ECR image URI.
     *
     * <p>CloudFormation property {@code Uri}.
     */
    public ImageSource uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public ImageSource uri(Value<String> value) {
      return set("Uri", value);
    }
  }

  /**
   * Use the <code>SourceBundle</code> property type to specify the Amazon S3 location of the source
   * bundle for an AWS Elastic Beanstalk application version when defining an
   * AWS::ElasticBeanstalk::ApplicationVersion resource in an AWS CloudFormation template.
   *
   * <p>The <code>SourceBundle</code> property is an embedded property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-beanstalk-sourcebundle.html">AWS::ElasticBeanstalk::ApplicationVersion</a>
   * resource. It specifies the Amazon S3 location of the source bundle for an AWS Elastic Beanstalk
   * application version.
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::ApplicationVersion.SourceBundle}.
   */
  public static final class SourceBundle extends Struct<SourceBundle> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ApplicationVersion.SourceBundle")
        .required("S3Bucket", "S3Key")
        .constrain("S3Bucket", Constraint.of().minLength(0).maxLength(255).format("AWS::S3::Bucket.Name"))
        .constrain("S3Key", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public SourceBundle() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket where the data is located.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public SourceBundle s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public SourceBundle s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The Amazon S3 key where the data is located.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation
     * property {@code S3Key}.
     */
    public SourceBundle s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public SourceBundle s3Key(Value<String> value) {
      return set("S3Key", value);
    }
  }
}
