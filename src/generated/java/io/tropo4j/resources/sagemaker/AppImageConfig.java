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
 * Creates a configuration for running a SageMaker AI image as a KernelGateway app. The
 * configuration specifies the Amazon Elastic File System storage volume on the image, and a list of
 * the kernels in the image.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::AppImageConfig}.
 */
public final class AppImageConfig extends Resource<AppImageConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AppImageConfig")
      .required("AppImageConfigName")
      .constrain("AppImageConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").minLength(1).maxLength(63))
      .refYields("AppImageConfigName")
      .attributes("AppImageConfigArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppImageConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the AppImageConfig. Must be unique to your account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code AppImageConfigName}.
   */
  public AppImageConfig appImageConfigName(String value) {
    return set("AppImageConfigName", Value.of(value));
  }

  /** Sets {@code AppImageConfigName} to this value; see {@link #appImageConfigName(String)}. */
  public AppImageConfig appImageConfigName(Value<String> value) {
    return set("AppImageConfigName", value);
  }

  /**
   * The configuration for the file system and the runtime, such as the environment variables and
   * entry point.
   *
   * <p>CloudFormation property {@code CodeEditorAppImageConfig}.
   */
  public AppImageConfig codeEditorAppImageConfig(Value<CodeEditorAppImageConfig> value) {
    return set("CodeEditorAppImageConfig", value);
  }

  /**
   * The configuration for the file system and the runtime, such as the environment variables and
   * entry point.
   *
   * <p>CloudFormation property {@code JupyterLabAppImageConfig}.
   */
  public AppImageConfig jupyterLabAppImageConfig(Value<JupyterLabAppImageConfig> value) {
    return set("JupyterLabAppImageConfig", value);
  }

  /**
   * The configuration for the file system and kernels in the SageMaker AI image.
   *
   * <p>CloudFormation property {@code KernelGatewayImageConfig}.
   */
  public AppImageConfig kernelGatewayImageConfig(Value<KernelGatewayImageConfig> value) {
    return set("KernelGatewayImageConfig", value);
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
  public AppImageConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppImageConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppImageConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the AppImageConfig, such as
   * <code>arn:aws:sagemaker:us-west-2:account-id:app-image-config/my-app-image-config-name</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppImageConfigArn}.
   */
  public Value<String> appImageConfigArn() {
    return getAtt("AppImageConfigArn");
  }

  /**
   * The configuration for the file system and kernels in a SageMaker image running as a Code Editor
   * app. The <code>FileSystemConfig</code> object is not supported.
   *
   * <p>Property type {@code AWS::SageMaker::AppImageConfig.CodeEditorAppImageConfig}.
   */
  public static final class CodeEditorAppImageConfig extends Struct<CodeEditorAppImageConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::AppImageConfig.CodeEditorAppImageConfig");

    public CodeEditorAppImageConfig() {
      super(SCHEMA);
    }

    /**
     * The container configuration for a SageMaker image.
     *
     * <p>CloudFormation property {@code ContainerConfig}.
     */
    public CodeEditorAppImageConfig containerConfig(Value<ContainerConfig> value) {
      return set("ContainerConfig", value);
    }
  }

  /**
   * The configuration used to run the application image container.
   *
   * <p>Property type {@code AWS::SageMaker::AppImageConfig.ContainerConfig}.
   */
  public static final class ContainerConfig extends Struct<ContainerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AppImageConfig.ContainerConfig")
        .constrain("ContainerArguments", Constraint.of().pattern("^(?!\\s*$).+").minLength(1).maxLength(64))
        .constrain("ContainerEntrypoint", Constraint.of().pattern("^(?!\\s*$).+").minLength(1).maxLength(256))
        .build();

    public ContainerConfig() {
      super(SCHEMA);
    }

    /**
     * The arguments for the container when you're running the application.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation property
     * {@code ContainerArguments}.
     */
    public ContainerConfig containerArguments(List<String> value) {
      return set("ContainerArguments", Value.listOf(value));
    }

    /** Sets {@code ContainerArguments} to this value; see {@link #containerArguments(List)}. */
    public ContainerConfig containerArguments(Value<List<String>> value) {
      return set("ContainerArguments", value);
    }

    /**
     * The entrypoint used to run the application in the container.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation property
     * {@code ContainerEntrypoint}.
     */
    public ContainerConfig containerEntrypoint(List<String> value) {
      return set("ContainerEntrypoint", Value.listOf(value));
    }

    /** Sets {@code ContainerEntrypoint} to this value; see {@link #containerEntrypoint(List)}. */
    public ContainerConfig containerEntrypoint(Value<List<String>> value) {
      return set("ContainerEntrypoint", value);
    }

    /**
     * The environment variables to set in the container
     *
     * <p>CloudFormation property {@code ContainerEnvironmentVariables}.
     */
    public ContainerConfig containerEnvironmentVariables(List<CustomImageContainerEnvironmentVariable> value) {
      return set("ContainerEnvironmentVariables", Value.listOf(value));
    }

    /**
     * Sets {@code ContainerEnvironmentVariables} to this value; see {@link
     * #containerEnvironmentVariables(List)}.
     */
    public ContainerConfig containerEnvironmentVariables(Value<List<CustomImageContainerEnvironmentVariable>> value) {
      return set("ContainerEnvironmentVariables", value);
    }

    /**
     * Sets {@code ContainerEnvironmentVariables} to a list of these; see {@link
     * #containerEnvironmentVariables(List)}.
     */
    public ContainerConfig containerEnvironmentVariables(CustomImageContainerEnvironmentVariable... values) {
      return set("ContainerEnvironmentVariables", Value.list(values));
    }
  }

  /**
   * The environment variables to set in the container
   *
   * <p>Property type {@code
   * AWS::SageMaker::AppImageConfig.CustomImageContainerEnvironmentVariable}.
   */
  public static final class CustomImageContainerEnvironmentVariable extends Struct<CustomImageContainerEnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AppImageConfig.CustomImageContainerEnvironmentVariable")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^(?!\\s*$).+").minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().pattern("^(?!\\s*$).+").minLength(1).maxLength(256))
        .build();

    public CustomImageContainerEnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The key that identifies a container environment variable.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation
     * property {@code Key}.
     */
    public CustomImageContainerEnvironmentVariable key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public CustomImageContainerEnvironmentVariable key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the container environment variable.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation
     * property {@code Value}.
     */
    public CustomImageContainerEnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomImageContainerEnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The Amazon Elastic File System storage configuration for a SageMaker AI image.
   *
   * <p>Property type {@code AWS::SageMaker::AppImageConfig.FileSystemConfig}.
   */
  public static final class FileSystemConfig extends Struct<FileSystemConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AppImageConfig.FileSystemConfig")
        .constrain("DefaultGid", Constraint.of().minimum(0).maximum(65535))
        .constrain("DefaultUid", Constraint.of().minimum(0).maximum(65535))
        .constrain("MountPath", Constraint.of().pattern("^/.*").minLength(1).maxLength(1024))
        .build();

    public FileSystemConfig() {
      super(SCHEMA);
    }

    /**
     * The default POSIX group ID (GID). If not specified, defaults to <code>100</code> .
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code DefaultGid}.
     */
    public FileSystemConfig defaultGid(int value) {
      return set("DefaultGid", Value.of(value));
    }

    /** Sets {@code DefaultGid} to this value; see {@link #defaultGid(int)}. */
    public FileSystemConfig defaultGid(Value<Integer> value) {
      return set("DefaultGid", value);
    }

    /**
     * The default POSIX user ID (UID). If not specified, defaults to <code>1000</code> .
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code DefaultUid}.
     */
    public FileSystemConfig defaultUid(int value) {
      return set("DefaultUid", Value.of(value));
    }

    /** Sets {@code DefaultUid} to this value; see {@link #defaultUid(int)}. */
    public FileSystemConfig defaultUid(Value<Integer> value) {
      return set("DefaultUid", value);
    }

    /**
     * The path within the image to mount the user's EFS home directory. The directory should be
     * empty. If not specified, defaults to <em>&#47;home/sagemaker-user</em> .
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^/.*}. CloudFormation property {@code
     * MountPath}.
     */
    public FileSystemConfig mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public FileSystemConfig mountPath(Value<String> value) {
      return set("MountPath", value);
    }
  }

  /**
   * The configuration for the file system and kernels in a SageMaker AI image running as a
   * JupyterLab app. The <code>FileSystemConfig</code> object is not supported.
   *
   * <p>Property type {@code AWS::SageMaker::AppImageConfig.JupyterLabAppImageConfig}.
   */
  public static final class JupyterLabAppImageConfig extends Struct<JupyterLabAppImageConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::AppImageConfig.JupyterLabAppImageConfig");

    public JupyterLabAppImageConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration used to run the application image container.
     *
     * <p>CloudFormation property {@code ContainerConfig}.
     */
    public JupyterLabAppImageConfig containerConfig(Value<ContainerConfig> value) {
      return set("ContainerConfig", value);
    }
  }

  /**
   * The configuration for the file system and kernels in a SageMaker AI image running as a
   * KernelGateway app.
   *
   * <p>Property type {@code AWS::SageMaker::AppImageConfig.KernelGatewayImageConfig}.
   */
  public static final class KernelGatewayImageConfig extends Struct<KernelGatewayImageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AppImageConfig.KernelGatewayImageConfig")
        .required("KernelSpecs")
        .build();

    public KernelGatewayImageConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Elastic File System storage configuration for a SageMaker AI image.
     *
     * <p>CloudFormation property {@code FileSystemConfig}.
     */
    public KernelGatewayImageConfig fileSystemConfig(Value<FileSystemConfig> value) {
      return set("FileSystemConfig", value);
    }

    /**
     * The specification of the Jupyter kernels in the image.
     *
     * <p>Required. CloudFormation property {@code KernelSpecs}.
     */
    public KernelGatewayImageConfig kernelSpecs(List<KernelSpec> value) {
      return set("KernelSpecs", Value.listOf(value));
    }

    /** Sets {@code KernelSpecs} to this value; see {@link #kernelSpecs(List)}. */
    public KernelGatewayImageConfig kernelSpecs(Value<List<KernelSpec>> value) {
      return set("KernelSpecs", value);
    }

    /** Sets {@code KernelSpecs} to a list of these; see {@link #kernelSpecs(List)}. */
    public KernelGatewayImageConfig kernelSpecs(KernelSpec... values) {
      return set("KernelSpecs", Value.list(values));
    }
  }

  /**
   * The specification of a Jupyter kernel.
   *
   * <p>Property type {@code AWS::SageMaker::AppImageConfig.KernelSpec}.
   */
  public static final class KernelSpec extends Struct<KernelSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AppImageConfig.KernelSpec")
        .required("Name")
        .constrain("DisplayName", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public KernelSpec() {
      super(SCHEMA);
    }

    /**
     * The display name of the kernel.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code DisplayName}.
     */
    public KernelSpec displayName(String value) {
      return set("DisplayName", Value.of(value));
    }

    /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
    public KernelSpec displayName(Value<String> value) {
      return set("DisplayName", value);
    }

    /**
     * The name of the Jupyter kernel in the image. This value is case sensitive.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Name}.
     */
    public KernelSpec name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public KernelSpec name(Value<String> value) {
      return set("Name", value);
    }
  }
}
