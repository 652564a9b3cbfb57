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
 * Creates a new image recipe. Image recipes define how images are configured, tested, and assessed.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::ImageRecipe}.
 */
public final class ImageRecipe extends Resource<ImageRecipe> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImageRecipe")
      .required("Name", "ParentImage", "Version")
      .constrain("AmiWatermarks", Constraint.of().pattern("^[A-Za-z0-9()\\[\\]./'@_\\-][A-Za-z0-9 ()\\[\\]./'@_\\-]{1,126}[A-Za-z0-9()\\[\\]./'@_\\-]$").minLength(3).maxLength(128))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .constrain("ParentImage", Constraint.of().minLength(1).maxLength(1024))
      .constrain("WorkingDirectory", Constraint.of().minLength(1).maxLength(1024))
      .refYields("Arn")
      .attributes("Arn", "LatestVersion", "LatestVersion.Arn", "LatestVersion.Major",
          "LatestVersion.Minor", "LatestVersion.Patch", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ImageRecipe(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Before you create a new AMI, Image Builder launches temporary Amazon EC2 instances to build and
   * test your image configuration. Instance configuration adds a layer of control over those
   * instances. You can define settings and add scripts to run when an instance is launched from
   * your AMI.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalInstanceConfiguration}.
   */
  public ImageRecipe additionalInstanceConfiguration(Value<AdditionalInstanceConfiguration> value) {
    return set("AdditionalInstanceConfiguration", value);
  }

  /**
   * Tags that are applied to the AMI that Image Builder creates during the Build phase prior to
   * image distribution.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AmiTags}.
   */
  public ImageRecipe amiTags(Map<String, String> value) {
    return set("AmiTags", Value.mapOf(value));
  }

  /** Sets {@code AmiTags} to this value; see {@link #amiTags(Map)}. */
  public ImageRecipe amiTags(Value<Map<String, String>> value) {
    return set("AmiTags", value);
  }

  /**
   * The AMI watermark names to attach to the output AMI from this recipe. AMI watermarks are
   * lineage markers that automatically propagate to derivative AMIs when the source AMI is copied
   * or distributed.
   *
   * <p>Changing it replaces the resource. Length: 3 to 128 characters. Pattern: {@code
   * ^[A-Za-z0-9()&#92;[&#92;]./'&#64;_&#92;-][A-Za-z0-9
   * ()&#92;[&#92;]./'&#64;_&#92;-]{1,126}[A-Za-z0-9()&#92;[&#92;]./'&#64;_&#92;-]$}. CloudFormation
   * property {@code AmiWatermarks}.
   */
  public ImageRecipe amiWatermarks(List<String> value) {
    return set("AmiWatermarks", Value.listOf(value));
  }

  /** Sets {@code AmiWatermarks} to this value; see {@link #amiWatermarks(List)}. */
  public ImageRecipe amiWatermarks(Value<List<String>> value) {
    return set("AmiWatermarks", value);
  }

  /**
   * The block device mappings to apply when creating images from this recipe.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BlockDeviceMappings}.
   */
  public ImageRecipe blockDeviceMappings(List<InstanceBlockDeviceMapping> value) {
    return set("BlockDeviceMappings", Value.listOf(value));
  }

  /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
  public ImageRecipe blockDeviceMappings(Value<List<InstanceBlockDeviceMapping>> value) {
    return set("BlockDeviceMappings", value);
  }

  /**
   * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
   */
  public ImageRecipe blockDeviceMappings(InstanceBlockDeviceMapping... values) {
    return set("BlockDeviceMappings", Value.list(values));
  }

  /**
   * The components that are included in the image recipe. Recipes require a minimum of one build
   * component, and can have a maximum of 20 build and test components in any combination.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Components}.
   */
  public ImageRecipe components(List<ComponentConfiguration> value) {
    return set("Components", Value.listOf(value));
  }

  /** Sets {@code Components} to this value; see {@link #components(List)}. */
  public ImageRecipe components(Value<List<ComponentConfiguration>> value) {
    return set("Components", value);
  }

  /** Sets {@code Components} to a list of these; see {@link #components(List)}. */
  public ImageRecipe components(ComponentConfiguration... values) {
    return set("Components", Value.list(values));
  }

  /**
   * The description of the image recipe.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public ImageRecipe description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ImageRecipe description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the image recipe.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public ImageRecipe name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ImageRecipe name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The base image for customizations specified in the image recipe. You can specify the parent
   * image using one of the following options:
   *
   * <ul> <li>AMI ID <li>Image Builder image Amazon Resource Name (ARN) <li>AWS Systems Manager
   * (SSM) Parameter Store Parameter, prefixed by <code>ssm:</code> , followed by the parameter name
   * or ARN. <li>AWS Marketplace product ID </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
   * property {@code ParentImage}.
   */
  public ImageRecipe parentImage(String value) {
    return set("ParentImage", Value.of(value));
  }

  /** Sets {@code ParentImage} to this value; see {@link #parentImage(String)}. */
  public ImageRecipe parentImage(Value<String> value) {
    return set("ParentImage", value);
  }

  /**
   * The tags of the image recipe.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ImageRecipe tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ImageRecipe tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ImageRecipe tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The semantic version of the image recipe. This version follows the semantic version syntax.
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
  public ImageRecipe version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public ImageRecipe version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The working directory to be used during build and test workflows.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code WorkingDirectory}.
   */
  public ImageRecipe workingDirectory(String value) {
    return set("WorkingDirectory", Value.of(value));
  }

  /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
  public ImageRecipe workingDirectory(Value<String> value) {
    return set("WorkingDirectory", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the image recipe. For example,
   * <code>arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/mybasicrecipe/2019.12.03</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The latest version references of the image recipe.
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
   * The name of the image recipe.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * In addition to your infrastructure configuration, these settings provide an extra layer of
   * control over your build instances. You can also specify commands to run on launch for all of
   * your build instances.
   *
   * <p>Image Builder does not automatically install the Systems Manager agent on Windows instances.
   * If your base image includes the Systems Manager agent, then the AMI that you create will also
   * include the agent. For Linux instances, if the base image does not already include the Systems
   * Manager agent, Image Builder installs it. For Linux instances where Image Builder installs the
   * Systems Manager agent, you can choose whether to keep it for the AMI that you create.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.AdditionalInstanceConfiguration}.
   */
  public static final class AdditionalInstanceConfiguration extends Struct<AdditionalInstanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImageRecipe.AdditionalInstanceConfiguration")
        .constrain("UserDataOverride", Constraint.of().pattern("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$").minLength(1).maxLength(21847))
        .build();

    public AdditionalInstanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains settings for the Systems Manager agent on your build instance.
     *
     * <p>CloudFormation property {@code SystemsManagerAgent}.
     */
    public AdditionalInstanceConfiguration systemsManagerAgent(Value<SystemsManagerAgent> value) {
      return set("SystemsManagerAgent", value);
    }

    /**
     * Use this property to provide commands or a command script to run when you launch your build
     * instance.
     *
     * <p>The userDataOverride property replaces any commands that Image Builder might have added to
     * ensure that Systems Manager is installed on your Linux build instance. If you override the
     * user data, make sure that you add commands to install Systems Manager, if it is not
     * pre-installed on your base image.
     *
     * <p>The user data is always base 64 encoded. For example, the following commands are encoded
     * as <code>IyEvYmluL2Jhc2gKbWtkaXIgLXAgL3Zhci9iYi8KdG91Y2ggL3Zhci$</code> :
     * <em>#!/bin/bash</em> mkdir -p /var/bb/ touch /var
     *
     * <p>Length: 1 to 21847 characters. Pattern: {@code
     * ^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$}. CloudFormation property
     * {@code UserDataOverride}.
     */
    public AdditionalInstanceConfiguration userDataOverride(String value) {
      return set("UserDataOverride", Value.of(value));
    }

    /** Sets {@code UserDataOverride} to this value; see {@link #userDataOverride(String)}. */
    public AdditionalInstanceConfiguration userDataOverride(Value<String> value) {
      return set("UserDataOverride", value);
    }
  }

  /**
   * Configuration details of the component.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.ComponentConfiguration}.
   */
  public static final class ComponentConfiguration extends Struct<ComponentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImageRecipe.ComponentConfiguration")
        .constrain("ComponentArn", Constraint.of().pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"))
        .references("ComponentArn", "AWS::ImageBuilder::Component.Ref")
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
     * Sets {@code ComponentArn} to the Ref of {@code AWS::ImageBuilder::Component}; see {@link
     * #componentArn(String)}.
     */
    public ComponentConfiguration componentArn(Component resource) {
      return set("ComponentArn", resource.ref());
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
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.ComponentParameter}.
   */
  public static final class ComponentParameter extends Struct<ComponentParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImageRecipe.ComponentParameter")
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
   * The image recipe EBS instance block device specification includes the Amazon EBS-specific block
   * device mapping specifications for the image.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.EbsInstanceBlockDeviceSpecification}.
   */
  public static final class EbsInstanceBlockDeviceSpecification extends Struct<EbsInstanceBlockDeviceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImageRecipe.EbsInstanceBlockDeviceSpecification")
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
     * Configures delete on termination of the associated device.
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
     * Overrides the volume size of the device.
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
     * Overrides the volume type of the device.
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
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.InstanceBlockDeviceMapping}.
   */
  public static final class InstanceBlockDeviceMapping extends Struct<InstanceBlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::ImageRecipe.InstanceBlockDeviceMapping")
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
     * Enter an empty string to remove a mapping from the parent image.
     *
     * <p>The following is an example of an empty string value in the <code>NoDevice</code> field.
     *
     * <p><code>NoDevice:""</code>
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
     * Manages the instance ephemeral devices.
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
   * The resource ARNs with different wildcard variations of semantic versioning.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.LatestVersion}.
   */
  public static final class LatestVersion extends Struct<LatestVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::ImageRecipe.LatestVersion");

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
   * Contains settings for the Systems Manager agent on your build instance.
   *
   * <p>Property type {@code AWS::ImageBuilder::ImageRecipe.SystemsManagerAgent}.
   */
  public static final class SystemsManagerAgent extends Struct<SystemsManagerAgent> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::ImageRecipe.SystemsManagerAgent");

    public SystemsManagerAgent() {
      super(SCHEMA);
    }

    /**
     * Controls whether the Systems Manager agent is removed from your final build image, prior to
     * creating the new AMI. If this is set to true, then the agent is removed from the final image.
     * If it's set to false, then the agent is left in, so that it is included in the new AMI.
     * default value is false.
     *
     * <p>The default behavior of uninstallAfterBuild is to remove the SSM Agent if it was installed
     * by EC2 Image Builder
     *
     * <p>CloudFormation property {@code UninstallAfterBuild}.
     */
    public SystemsManagerAgent uninstallAfterBuild(boolean value) {
      return set("UninstallAfterBuild", Value.of(value));
    }

    /**
     * Sets {@code UninstallAfterBuild} to this value; see {@link #uninstallAfterBuild(boolean)}.
     */
    public SystemsManagerAgent uninstallAfterBuild(Value<Boolean> value) {
      return set("UninstallAfterBuild", value);
    }
  }
}
