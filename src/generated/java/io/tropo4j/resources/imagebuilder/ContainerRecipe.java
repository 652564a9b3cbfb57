// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.imagebuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ecr.Repository;
import java.util.List;
import java.util.Map;

/**
 * Creates a new container recipe. Container recipes define how images are configured, tested, and
 * assessed.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::ContainerRecipe}.
 */
public final class ContainerRecipe extends Resource<ContainerRecipe> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe")
      .required("ContainerType", "Name", "ParentImage", "TargetRepository", "Version")
      .allowed("ContainerType", "DOCKER")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("DockerfileTemplateData", Constraint.of().pattern("^[^\\x00]+$").minLength(1).maxLength(16000))
      .constrain("ImageOsVersionOverride", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .constrain("ParentImage", Constraint.of().minLength(1).maxLength(1024))
      .allowed("PlatformOverride", "Windows", "Linux")
      .constrain("WorkingDirectory", Constraint.of().minLength(1).maxLength(1024))
      .refYields("Arn")
      .attributes("Arn", "LatestVersion", "LatestVersion.Arn", "LatestVersion.Major",
          "LatestVersion.Minor", "LatestVersion.Patch", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ContainerRecipe(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Build and test components that are included in the container recipe. Recipes require a minimum
   * of one build component, and can have a maximum of 20 build and test components in any
   * combination.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Components}.
   */
  public ContainerRecipe components(List<ComponentConfiguration> value) {
    return set("Components", Value.listOf(value));
  }

  /** Sets {@code Components} to this value; see {@link #components(List)}. */
  public ContainerRecipe components(Value<List<ComponentConfiguration>> value) {
    return set("Components", value);
  }

  /** Sets {@code Components} to a list of these; see {@link #components(List)}. */
  public ContainerRecipe components(ComponentConfiguration... values) {
    return set("Components", Value.list(values));
  }

  /**
   * Specifies the type of container, such as Docker.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DOCKER}. CloudFormation
   * property {@code ContainerType}.
   */
  public ContainerRecipe containerType(String value) {
    return set("ContainerType", Value.of(value));
  }

  /** Sets {@code ContainerType} to this value; see {@link #containerType(String)}. */
  public ContainerRecipe containerType(Value<String> value) {
    return set("ContainerType", value);
  }

  /**
   * The description of the container recipe.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public ContainerRecipe description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContainerRecipe description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Dockerfiles are text documents that are used to build Docker containers, and ensure that they
   * contain all of the elements required by the application running inside. The template data
   * consists of contextual variables where Image Builder places build information or scripts, based
   * on your container image recipe.
   *
   * <p>Changing it replaces the resource. Length: 1 to 16000 characters. Pattern: {@code
   * ^[^&#92;x00]+$}. CloudFormation property {@code DockerfileTemplateData}.
   */
  public ContainerRecipe dockerfileTemplateData(String value) {
    return set("DockerfileTemplateData", Value.of(value));
  }

  /**
   * Sets {@code DockerfileTemplateData} to this value; see {@link #dockerfileTemplateData(String)}.
   */
  public ContainerRecipe dockerfileTemplateData(Value<String> value) {
    return set("DockerfileTemplateData", value);
  }

  /**
   * The S3 URI for the Dockerfile that will be used to build your container image.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DockerfileTemplateUri}.
   */
  public ContainerRecipe dockerfileTemplateUri(String value) {
    return set("DockerfileTemplateUri", Value.of(value));
  }

  /**
   * Sets {@code DockerfileTemplateUri} to this value; see {@link #dockerfileTemplateUri(String)}.
   */
  public ContainerRecipe dockerfileTemplateUri(Value<String> value) {
    return set("DockerfileTemplateUri", value);
  }

  /**
   * Specifies the operating system version for the base image.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code ImageOsVersionOverride}.
   */
  public ContainerRecipe imageOsVersionOverride(String value) {
    return set("ImageOsVersionOverride", Value.of(value));
  }

  /**
   * Sets {@code ImageOsVersionOverride} to this value; see {@link #imageOsVersionOverride(String)}.
   */
  public ContainerRecipe imageOsVersionOverride(Value<String> value) {
    return set("ImageOsVersionOverride", value);
  }

  /**
   * A group of options that can be used to configure an instance for building and testing container
   * images.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceConfiguration}.
   */
  public ContainerRecipe instanceConfiguration(Value<InstanceConfiguration> value) {
    return set("InstanceConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies which KMS key is used to encrypt the
   * container image for distribution to the target Region. This can be either the Key ARN or the
   * Alias ARN. For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN">Key
   * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public ContainerRecipe kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public ContainerRecipe kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the container recipe.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public ContainerRecipe name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ContainerRecipe name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The base image for customizations specified in the container recipe. This can contain an Image
   * Builder image resource ARN or a container image URI, for example
   * <code>amazonlinux:latest</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
   * property {@code ParentImage}.
   */
  public ContainerRecipe parentImage(String value) {
    return set("ParentImage", Value.of(value));
  }

  /** Sets {@code ParentImage} to this value; see {@link #parentImage(String)}. */
  public ContainerRecipe parentImage(Value<String> value) {
    return set("ParentImage", value);
  }

  /**
   * Specifies the operating system platform when you use a custom base image.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Windows}, {@code Linux}.
   * CloudFormation property {@code PlatformOverride}.
   */
  public ContainerRecipe platformOverride(String value) {
    return set("PlatformOverride", Value.of(value));
  }

  /** Sets {@code PlatformOverride} to this value; see {@link #platformOverride(String)}. */
  public ContainerRecipe platformOverride(Value<String> value) {
    return set("PlatformOverride", value);
  }

  /**
   * Tags that are attached to the container recipe.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ContainerRecipe tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ContainerRecipe tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ContainerRecipe tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The destination repository for the container image.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TargetRepository}.
   */
  public ContainerRecipe targetRepository(Value<TargetContainerRepository> value) {
    return set("TargetRepository", value);
  }

  /**
   * The semantic version of the container recipe. This version follows the semantic version syntax.
   *
   * <p>The semantic version has four nodes:
   * &lt;major&gt;.&lt;minor&gt;.&lt;patch&gt;/&lt;build&gt;. You can assign values for the first
   * three, and can filter on all of them. <em>Assignment:</em> For the first three nodes you can
   * assign any positive integer value, including zero, with an upper limit of 2^30-1, or 1073741823
   * for each node. Image Builder automatically assigns the build number to the fourth node.
   * <em>Patterns:</em> You can use any numeric pattern that adheres to the assignment requirements
   * for the nodes that you can assign. For example, you might choose a software version pattern,
   * such as 1.0.0, or a date, such as 2021.01.01.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Version}.
   */
  public ContainerRecipe version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public ContainerRecipe version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The working directory for use during build and test workflows.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code WorkingDirectory}.
   */
  public ContainerRecipe workingDirectory(String value) {
    return set("WorkingDirectory", Value.of(value));
  }

  /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
  public ContainerRecipe workingDirectory(Value<String> value) {
    return set("WorkingDirectory", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the container recipe. For example,
   * <code>arn:aws:imagebuilder:us-east-1:123456789012:container-recipe/mybasicrecipe/2020.12.17</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The latest version references of the container recipe.
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
   * Returns the name of the container recipe.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Configuration details of the component.
   *
   * <p>Property type {@code AWS::ImageBuilder::ContainerRecipe.ComponentConfiguration}.
   */
  public static final class ComponentConfiguration extends Struct<ComponentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe.ComponentConfiguration")
        .constrain("ComponentArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"))
        .build();

    public ComponentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the component.
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * ^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/(?:(?:([0-9]+|x)&#92;.([0-9]+|x)&#92;.([0-9]+|x))|(?:[0-9]+&#92;.[0-9]+&#92;.[0-9]+/[0-9]+))$}.
     * CloudFormation property {@code ComponentArn}.
     */
    public ComponentConfiguration componentArn(String value) {
      return set("ComponentArn", Value.of(value));
    }

    /** Sets {@code ComponentArn} to this value; see {@link #componentArn(String)}. */
    public ComponentConfiguration componentArn(Value<String> value) {
      return set("ComponentArn", value);
    }

    /**
     * A group of parameter settings that Image Builder uses to configure the component for a
     * specific recipe.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Parameters}.
     */
    public ComponentConfiguration parameters(List<ComponentParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public ComponentConfiguration parameters(Value<List<ComponentParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public ComponentConfiguration parameters(ComponentParameter... values) {
      return set("Parameters", Value.list(values));
    }
  }

  /**
   * Contains a key/value pair that sets the named component parameter.
   *
   * <p>Property type {@code AWS::ImageBuilder::ContainerRecipe.ComponentParameter}.
   */
  public static final class ComponentParameter extends Struct<ComponentParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe.ComponentParameter")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[^\\x00]+$").minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().pattern("^[^\\x00]*$").minLength(0))
        .build();

    public ComponentParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the component parameter to set.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;x00]+$}. CloudFormation property {@code Name}.
     */
    public ComponentParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ComponentParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Sets the value for the named component parameter.
     *
     * <p>Required. Changing it replaces the resource. Length: at least 0 characters. Pattern:
     * {@code ^[^&#92;x00]*$}. CloudFormation property {@code Value}.
     */
    public ComponentParameter value(List<String> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(List)}. */
    public ComponentParameter value(Value<List<String>> value) {
      return set("Value", value);
    }
  }

  /**
   * Amazon EBS-specific block device mapping specifications.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::ContainerRecipe.EbsInstanceBlockDeviceSpecification}.
   */
  public static final class EbsInstanceBlockDeviceSpecification extends Struct<EbsInstanceBlockDeviceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe.EbsInstanceBlockDeviceSpecification")
        .constrain("Iops", Constraint.of().minimum(100).maximum(64000))
        .constrain("SnapshotId", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Throughput", Constraint.of().minimum(125).maximum(1000))
        .constrain("VolumeSize", Constraint.of().minimum(1).maximum(16000))
        .allowed("VolumeType", "standard", "io1", "io2", "io2a", "gp2", "gp3", "gp3a", "sc1", "st1")
        .build();

    public EbsInstanceBlockDeviceSpecification() {
      super(SCHEMA);
    }

    /**
     * Use to configure delete on termination of the associated device.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeleteOnTermination}.
     */
    public EbsInstanceBlockDeviceSpecification deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public EbsInstanceBlockDeviceSpecification deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * Use to configure device encryption.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Encrypted}.
     */
    public EbsInstanceBlockDeviceSpecification encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public EbsInstanceBlockDeviceSpecification encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * Use to configure device IOPS.
     *
     * <p>Changing it replaces the resource. Range: 100 to 64000. CloudFormation property {@code
     * Iops}.
     */
    public EbsInstanceBlockDeviceSpecification iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EbsInstanceBlockDeviceSpecification iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The Amazon Resource Name (ARN) that uniquely identifies the KMS key to use when encrypting
     * the device. This can be either the Key ARN or the Alias ARN. For more information, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN">Key
     * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public EbsInstanceBlockDeviceSpecification kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EbsInstanceBlockDeviceSpecification kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The snapshot that defines the device contents.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code SnapshotId}.
     */
    public EbsInstanceBlockDeviceSpecification snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public EbsInstanceBlockDeviceSpecification snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * <em>For GP3 volumes only</em> – The throughput in MiB/s that the volume supports.
     *
     * <p>Changing it replaces the resource. Range: 125 to 1000. CloudFormation property {@code
     * Throughput}.
     */
    public EbsInstanceBlockDeviceSpecification throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public EbsInstanceBlockDeviceSpecification throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * Use to override the device's volume size.
     *
     * <p>Changing it replaces the resource. Range: 1 to 16000. CloudFormation property {@code
     * VolumeSize}.
     */
    public EbsInstanceBlockDeviceSpecification volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EbsInstanceBlockDeviceSpecification volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * Use to override the device's volume type.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code standard}, {@code io1}, {@code
     * io2}, {@code io2a}, {@code gp2}, {@code gp3}, {@code gp3a}, {@code sc1}, {@code st1}.
     * CloudFormation property {@code VolumeType}.
     */
    public EbsInstanceBlockDeviceSpecification volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EbsInstanceBlockDeviceSpecification volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Defines block device mappings for the instance used to configure your image.
   *
   * <p>Property type {@code AWS::ImageBuilder::ContainerRecipe.InstanceBlockDeviceMapping}.
   */
  public static final class InstanceBlockDeviceMapping extends Struct<InstanceBlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe.InstanceBlockDeviceMapping")
        .constrain("DeviceName", Constraint.of().minLength(1).maxLength(1024))
        .constrain("NoDevice", Constraint.of().minLength(0).maxLength(0))
        .constrain("VirtualName", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public InstanceBlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device to which these mappings apply.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code DeviceName}.
     */
    public InstanceBlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public InstanceBlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * Use to manage Amazon EBS-specific configuration for this mapping.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ebs}.
     */
    public InstanceBlockDeviceMapping ebs(Value<EbsInstanceBlockDeviceSpecification> value) {
      return set("Ebs", value);
    }

    /**
     * Use to remove a mapping from the base image.
     *
     * <p>Changing it replaces the resource. Length: 0 to 0 characters. CloudFormation property
     * {@code NoDevice}.
     */
    public InstanceBlockDeviceMapping noDevice(String value) {
      return set("NoDevice", Value.of(value));
    }

    /** Sets {@code NoDevice} to this value; see {@link #noDevice(String)}. */
    public InstanceBlockDeviceMapping noDevice(Value<String> value) {
      return set("NoDevice", value);
    }

    /**
     * Use to manage instance ephemeral devices.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code VirtualName}.
     */
    public InstanceBlockDeviceMapping virtualName(String value) {
      return set("VirtualName", Value.of(value));
    }

    /** Sets {@code VirtualName} to this value; see {@link #virtualName(String)}. */
    public InstanceBlockDeviceMapping virtualName(Value<String> value) {
      return set("VirtualName", value);
    }
  }

  /**
   * Defines a custom base AMI and block device mapping configurations of an instance used for
   * building and testing container images.
   *
   * <p>Property type {@code AWS::ImageBuilder::ContainerRecipe.InstanceConfiguration}.
   */
  public static final class InstanceConfiguration extends Struct<InstanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe.InstanceConfiguration")
        .constrain("Image", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public InstanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines the block devices to attach for building an instance from this Image Builder AMI.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BlockDeviceMappings}.
     */
    public InstanceConfiguration blockDeviceMappings(List<InstanceBlockDeviceMapping> value) {
      return set("BlockDeviceMappings", Value.listOf(value));
    }

    /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
    public InstanceConfiguration blockDeviceMappings(Value<List<InstanceBlockDeviceMapping>> value) {
      return set("BlockDeviceMappings", value);
    }

    /**
     * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
     */
    public InstanceConfiguration blockDeviceMappings(InstanceBlockDeviceMapping... values) {
      return set("BlockDeviceMappings", Value.list(values));
    }

    /**
     * The base image for a container build and test instance. This can contain an AMI ID or it can
     * specify an AWS Systems Manager (SSM) Parameter Store Parameter, prefixed by <code>ssm:</code>
     * , followed by the parameter name or ARN.
     *
     * <p>If not specified, Image Builder uses the appropriate ECS-optimized AMI as a base image.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code Image}.
     */
    public InstanceConfiguration image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public InstanceConfiguration image(Value<String> value) {
      return set("Image", value);
    }
  }

  /**
   * The resource ARNs with different wildcard variations of semantic versioning.
   *
   * <p>Property type {@code AWS::ImageBuilder::ContainerRecipe.LatestVersion}.
   */
  public static final class LatestVersion extends Struct<LatestVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::ContainerRecipe.LatestVersion");

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
   * The container repository where the output container image is stored.
   *
   * <p>Property type {@code AWS::ImageBuilder::ContainerRecipe.TargetContainerRepository}.
   */
  public static final class TargetContainerRepository extends Struct<TargetContainerRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ContainerRecipe.TargetContainerRepository")
        .constrain("RepositoryName", Constraint.of().minLength(1).maxLength(1024))
        .references("RepositoryName", "AWS::ECR::Repository.Ref")
        .allowed("Service", "ECR")
        .build();

    public TargetContainerRepository() {
      super(SCHEMA);
    }

    /**
     * The name of the container repository where the output container image is stored. This name is
     * prefixed by the repository location. For example, <code>&lt;repository location
     * url&gt;/repository_name</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code RepositoryName}.
     */
    public TargetContainerRepository repositoryName(String value) {
      return set("RepositoryName", Value.of(value));
    }

    /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
    public TargetContainerRepository repositoryName(Value<String> value) {
      return set("RepositoryName", value);
    }

    /**
     * Sets {@code RepositoryName} to the Ref of {@code AWS::ECR::Repository}; see {@link
     * #repositoryName(String)}.
     */
    public TargetContainerRepository repositoryName(Repository resource) {
      return set("RepositoryName", resource.ref());
    }

    /**
     * Specifies the service in which this image was registered.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ECR}. CloudFormation property
     * {@code Service}.
     */
    public TargetContainerRepository service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public TargetContainerRepository service(Value<String> value) {
      return set("Service", value);
    }
  }
}
