// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::ResourceDefinition</code> resource represents a resource definition
 * for AWS IoT Greengrass . Resource definitions are used to organize your resource definition
 * versions.
 *
 * <p>Resource definitions can reference multiple resource definition versions. All resource
 * definition versions must be associated with a resource definition. Each resource definition
 * version can contain one or more resources. (In CloudFormation , resources are named <em>resource
 * instances</em> .)
 *
 * <p>When you create a resource definition, you can optionally include an initial resource
 * definition version. To associate a resource definition version later, create an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-resourcedefinitionversion.html"><code>AWS::Greengrass::ResourceDefinitionVersion</code></a>
 * resource and specify the ID of this resource definition. After you create the resource definition
 * version that contains the resources you want to deploy, you must add it to your group version.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::ResourceDefinition}.
 */
public final class ResourceDefinition extends Resource<ResourceDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ResourceDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The resource definition version to include when the resource definition is created. A resource
   * definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourceinstance.html"><code>resource
   * instance</code></a> property types.
   *
   * <p>To associate a resource definition version after the resource definition is created, create
   * an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-resourcedefinitionversion.html"><code>AWS::Greengrass::ResourceDefinitionVersion</code></a>
   * resource and specify the ID of this resource definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public ResourceDefinition initialVersion(Value<ResourceDefinitionVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the resource definition.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public ResourceDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResourceDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Application-specific metadata to attach to the resource definition. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/tagging.html">Tagging Your AWS
   * IoT Greengrass Resources</a> in the <em>Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public ResourceDefinition tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public ResourceDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>ResourceDefinition</code> , such as
   * <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/resources/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>ResourceDefinition</code> , such as
   * <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>ResourceDefinitionVersion</code> that was added to the
   * <code>ResourceDefinition</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/resources/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the <code>ResourceDefinition</code> , such as <code>MyResourceDefinition</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Settings that define additional Linux OS group permissions to give to the Lambda function
   * process. You can give the permissions of the Linux group that owns the resource or choose
   * another Linux group. These permissions are in addition to the function's <code>RunAs</code>
   * permissions.
   *
   * <p>In an CloudFormation template, <code>GroupOwnerSetting</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-localdeviceresourcedata.html"><code>LocalDeviceResourceData</code></a>
   * and <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-localvolumeresourcedata.html"><code>LocalVolumeResourceData</code></a>
   * property types.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.GroupOwnerSetting}.
   */
  public static final class GroupOwnerSetting extends Struct<GroupOwnerSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.GroupOwnerSetting")
        .required("AutoAddGroupOwner")
        .build();

    public GroupOwnerSetting() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to give the privileges of the Linux group that owns the resource to the
     * Lambda process. This gives the Lambda process the file access permissions of the Linux group.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AutoAddGroupOwner}.
     */
    public GroupOwnerSetting autoAddGroupOwner(boolean value) {
      return set("AutoAddGroupOwner", Value.of(value));
    }

    /** Sets {@code AutoAddGroupOwner} to this value; see {@link #autoAddGroupOwner(boolean)}. */
    public GroupOwnerSetting autoAddGroupOwner(Value<Boolean> value) {
      return set("AutoAddGroupOwner", value);
    }

    /**
     * The name of the Linux group whose privileges you want to add to the Lambda process. This
     * value is ignored if <code>AutoAddGroupOwner</code> is true.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupOwner}.
     */
    public GroupOwnerSetting groupOwner(String value) {
      return set("GroupOwner", Value.of(value));
    }

    /** Sets {@code GroupOwner} to this value; see {@link #groupOwner(String)}. */
    public GroupOwnerSetting groupOwner(Value<String> value) {
      return set("GroupOwner", value);
    }
  }

  /**
   * Settings for a local device resource, which represents a file under <code>/dev</code> . For
   * more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/access-local-resources.html">Access
   * Local Resources with Lambda Functions</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>LocalDeviceResourceData</code> can be used in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourcedatacontainer.html"><code>ResourceDataContainer</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.LocalDeviceResourceData}.
   */
  public static final class LocalDeviceResourceData extends Struct<LocalDeviceResourceData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.LocalDeviceResourceData")
        .required("SourcePath")
        .build();

    public LocalDeviceResourceData() {
      super(SCHEMA);
    }

    /**
     * Settings that define additional Linux OS group permissions to give to the Lambda function
     * process.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupOwnerSetting}.
     */
    public LocalDeviceResourceData groupOwnerSetting(Value<GroupOwnerSetting> value) {
      return set("GroupOwnerSetting", value);
    }

    /**
     * The local absolute path of the device resource. The source path for a device resource can
     * refer only to a character device or block device under <code>/dev</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SourcePath}.
     */
    public LocalDeviceResourceData sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public LocalDeviceResourceData sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }

  /**
   * Settings for a local volume resource, which represents a file or directory on the root file
   * system. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/access-local-resources.html">Access
   * Local Resources with Lambda Functions</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>LocalVolumeResourceData</code> can be used in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourcedatacontainer.html"><code>ResourceDataContainer</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.LocalVolumeResourceData}.
   */
  public static final class LocalVolumeResourceData extends Struct<LocalVolumeResourceData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.LocalVolumeResourceData")
        .required("DestinationPath", "SourcePath")
        .build();

    public LocalVolumeResourceData() {
      super(SCHEMA);
    }

    /**
     * The absolute local path of the resource in the Lambda environment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationPath}.
     */
    public LocalVolumeResourceData destinationPath(String value) {
      return set("DestinationPath", Value.of(value));
    }

    /** Sets {@code DestinationPath} to this value; see {@link #destinationPath(String)}. */
    public LocalVolumeResourceData destinationPath(Value<String> value) {
      return set("DestinationPath", value);
    }

    /**
     * Settings that define additional Linux OS group permissions to give to the Lambda function
     * process.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupOwnerSetting}.
     */
    public LocalVolumeResourceData groupOwnerSetting(Value<GroupOwnerSetting> value) {
      return set("GroupOwnerSetting", value);
    }

    /**
     * The local absolute path of the volume resource on the host. The source path for a volume
     * resource type cannot start with <code>/sys</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SourcePath}.
     */
    public LocalVolumeResourceData sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public LocalVolumeResourceData sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }

  /**
   * A container for resource data, which defines the resource type. The container takes only one of
   * the following supported resource data types: <code>LocalDeviceResourceData</code> ,
   * <code>LocalVolumeResourceData</code> , <code>SageMakerMachineLearningModelResourceData</code> ,
   * <code>S3MachineLearningModelResourceData</code> , or
   * <code>SecretsManagerSecretResourceData</code> .
   *
   * <p>Only one resource type can be defined for a <code>ResourceDataContainer</code> instance.
   *
   * <p>In an CloudFormation template, <code>ResourceDataContainer</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourceinstance.html"><code>ResourceInstance</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.ResourceDataContainer}.
   */
  public static final class ResourceDataContainer extends Struct<ResourceDataContainer> {
    private static final Schema SCHEMA = Schema.of("AWS::Greengrass::ResourceDefinition.ResourceDataContainer");

    public ResourceDataContainer() {
      super(SCHEMA);
    }

    /**
     * Settings for a local device resource.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * LocalDeviceResourceData}.
     */
    public ResourceDataContainer localDeviceResourceData(Value<LocalDeviceResourceData> value) {
      return set("LocalDeviceResourceData", value);
    }

    /**
     * Settings for a local volume resource.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * LocalVolumeResourceData}.
     */
    public ResourceDataContainer localVolumeResourceData(Value<LocalVolumeResourceData> value) {
      return set("LocalVolumeResourceData", value);
    }

    /**
     * Settings for a machine learning resource stored in Amazon S3 .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * S3MachineLearningModelResourceData}.
     */
    public ResourceDataContainer s3MachineLearningModelResourceData(Value<S3MachineLearningModelResourceData> value) {
      return set("S3MachineLearningModelResourceData", value);
    }

    /**
     * Settings for a machine learning resource saved as an SageMaker AI training job.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SageMakerMachineLearningModelResourceData}.
     */
    public ResourceDataContainer sageMakerMachineLearningModelResourceData(Value<SageMakerMachineLearningModelResourceData> value) {
      return set("SageMakerMachineLearningModelResourceData", value);
    }

    /**
     * Settings for a secret resource.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SecretsManagerSecretResourceData}.
     */
    public ResourceDataContainer secretsManagerSecretResourceData(Value<SecretsManagerSecretResourceData> value) {
      return set("SecretsManagerSecretResourceData", value);
    }
  }

  /**
   * A resource definition version contains a list of resources. (In CloudFormation , resources are
   * named <em>resource instances</em> .)
   *
   * <p>After you create a resource definition version that contains the resources you want to
   * deploy, you must add it to your group version. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * .
   *
   * <p>In an CloudFormation template, <code>ResourceDefinitionVersion</code> is the property type
   * of the <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-resourcedefinition.html"><code>AWS::Greengrass::ResourceDefinition</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.ResourceDefinitionVersion}.
   */
  public static final class ResourceDefinitionVersion extends Struct<ResourceDefinitionVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.ResourceDefinitionVersion")
        .required("Resources")
        .build();

    public ResourceDefinitionVersion() {
      super(SCHEMA);
    }

    /**
     * The resources in this version.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Resources}.
     */
    public ResourceDefinitionVersion resources(List<ResourceInstance> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public ResourceDefinitionVersion resources(Value<List<ResourceInstance>> value) {
      return set("Resources", value);
    }

    /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
    public ResourceDefinitionVersion resources(ResourceInstance... values) {
      return set("Resources", Value.list(values));
    }
  }

  /**
   * The owner setting for a downloaded machine learning resource. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/access-ml-resources.html">Access
   * Machine Learning Resources from Lambda Functions</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>ResourceDownloadOwnerSetting</code> is the property
   * type of the <code>OwnerSetting</code> property for the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-s3machinelearningmodelresourcedata.html"><code>S3MachineLearningModelResourceData</code></a>
   * and <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-sagemakermachinelearningmodelresourcedata.html"><code>SageMakerMachineLearningModelResourceData</code></a>
   * property types.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.ResourceDownloadOwnerSetting}.
   */
  public static final class ResourceDownloadOwnerSetting extends Struct<ResourceDownloadOwnerSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.ResourceDownloadOwnerSetting")
        .required("GroupOwner", "GroupPermission")
        .build();

    public ResourceDownloadOwnerSetting() {
      super(SCHEMA);
    }

    /**
     * The group owner of the machine learning resource. This is the group ID (GID) of an existing
     * Linux OS group on the system. The group's permissions are added to the Lambda process.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupOwner}.
     */
    public ResourceDownloadOwnerSetting groupOwner(String value) {
      return set("GroupOwner", Value.of(value));
    }

    /** Sets {@code GroupOwner} to this value; see {@link #groupOwner(String)}. */
    public ResourceDownloadOwnerSetting groupOwner(Value<String> value) {
      return set("GroupOwner", value);
    }

    /**
     * The permissions that the group owner has to the machine learning resource. Valid values are
     * <code>rw</code> (read-write) or <code>ro</code> (read-only).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * GroupPermission}.
     */
    public ResourceDownloadOwnerSetting groupPermission(String value) {
      return set("GroupPermission", Value.of(value));
    }

    /** Sets {@code GroupPermission} to this value; see {@link #groupPermission(String)}. */
    public ResourceDownloadOwnerSetting groupPermission(Value<String> value) {
      return set("GroupPermission", value);
    }
  }

  /**
   * A local resource, machine learning resource, or secret resource. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/access-local-resources.html">Access
   * Local Resources with Lambda Functions</a> , <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/ml-inference.html">Perform
   * Machine Learning Inference</a> , and <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/secrets.html">Deploy Secrets to
   * the AWS IoT Greengrass Core</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Resources</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-resourcedefinition.html"><code>AWS::Greengrass::ResourceDefinition</code></a>
   * resource contains a list of <code>ResourceInstance</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.ResourceInstance}.
   */
  public static final class ResourceInstance extends Struct<ResourceInstance> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.ResourceInstance")
        .required("Id", "Name", "ResourceDataContainer")
        .build();

    public ResourceInstance() {
      super(SCHEMA);
    }

    /**
     * A descriptive or arbitrary ID for the resource. This value must be unique within the resource
     * definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public ResourceInstance id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ResourceInstance id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The descriptive resource name, which is displayed on the AWS IoT Greengrass console. Maximum
     * length 128 characters with pattern [a-zA-Z0-9:_-]+. This must be unique within a Greengrass
     * group.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public ResourceInstance name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ResourceInstance name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A container for resource data. The container takes only one of the following supported
     * resource data types: <code>LocalDeviceResourceData</code> ,
     * <code>LocalVolumeResourceData</code> , <code>SageMakerMachineLearningModelResourceData</code>
     * , <code>S3MachineLearningModelResourceData</code> , or
     * <code>SecretsManagerSecretResourceData</code> .
     *
     * <p>Only one resource type can be defined for a <code>ResourceDataContainer</code> instance.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ResourceDataContainer}.
     */
    public ResourceInstance resourceDataContainer(Value<ResourceDataContainer> value) {
      return set("ResourceDataContainer", value);
    }
  }

  /**
   * Settings for an Amazon S3 machine learning resource. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/ml-inference.html">Perform
   * Machine Learning Inference</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>S3MachineLearningModelResourceData</code> can be used
   * in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourcedatacontainer.html"><code>ResourceDataContainer</code></a>
   * property type.
   *
   * <p>Property type {@code
   * AWS::Greengrass::ResourceDefinition.S3MachineLearningModelResourceData}.
   */
  public static final class S3MachineLearningModelResourceData extends Struct<S3MachineLearningModelResourceData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.S3MachineLearningModelResourceData")
        .required("DestinationPath", "S3Uri")
        .build();

    public S3MachineLearningModelResourceData() {
      super(SCHEMA);
    }

    /**
     * The absolute local path of the resource inside the Lambda environment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationPath}.
     */
    public S3MachineLearningModelResourceData destinationPath(String value) {
      return set("DestinationPath", Value.of(value));
    }

    /** Sets {@code DestinationPath} to this value; see {@link #destinationPath(String)}. */
    public S3MachineLearningModelResourceData destinationPath(Value<String> value) {
      return set("DestinationPath", value);
    }

    /**
     * The owner setting for the downloaded machine learning resource. For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/access-ml-resources.html">Access
     * Machine Learning Resources from Lambda Functions</a> in the <em>Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OwnerSetting}.
     */
    public S3MachineLearningModelResourceData ownerSetting(Value<ResourceDownloadOwnerSetting> value) {
      return set("OwnerSetting", value);
    }

    /**
     * The URI of the source model in an Amazon S3 bucket. The model package must be in
     * <code>tar.gz</code> or <code>.zip</code> format.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3Uri}.
     */
    public S3MachineLearningModelResourceData s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3MachineLearningModelResourceData s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Settings for an Secrets Manager machine learning resource. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/ml-inference.html">Perform
   * Machine Learning Inference</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>SageMakerMachineLearningModelResourceData</code> can be
   * used in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourcedatacontainer.html"><code>ResourceDataContainer</code></a>
   * property type.
   *
   * <p>Property type {@code
   * AWS::Greengrass::ResourceDefinition.SageMakerMachineLearningModelResourceData}.
   */
  public static final class SageMakerMachineLearningModelResourceData extends Struct<SageMakerMachineLearningModelResourceData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.SageMakerMachineLearningModelResourceData")
        .required("DestinationPath", "SageMakerJobArn")
        .build();

    public SageMakerMachineLearningModelResourceData() {
      super(SCHEMA);
    }

    /**
     * The absolute local path of the resource inside the Lambda environment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationPath}.
     */
    public SageMakerMachineLearningModelResourceData destinationPath(String value) {
      return set("DestinationPath", Value.of(value));
    }

    /** Sets {@code DestinationPath} to this value; see {@link #destinationPath(String)}. */
    public SageMakerMachineLearningModelResourceData destinationPath(Value<String> value) {
      return set("DestinationPath", value);
    }

    /**
     * The owner setting for the downloaded machine learning resource. For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/access-ml-resources.html">Access
     * Machine Learning Resources from Lambda Functions</a> in the <em>Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OwnerSetting}.
     */
    public SageMakerMachineLearningModelResourceData ownerSetting(Value<ResourceDownloadOwnerSetting> value) {
      return set("OwnerSetting", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SageMaker AI training job that represents the
     * source model.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * SageMakerJobArn}.
     */
    public SageMakerMachineLearningModelResourceData sageMakerJobArn(String value) {
      return set("SageMakerJobArn", Value.of(value));
    }

    /** Sets {@code SageMakerJobArn} to this value; see {@link #sageMakerJobArn(String)}. */
    public SageMakerMachineLearningModelResourceData sageMakerJobArn(Value<String> value) {
      return set("SageMakerJobArn", value);
    }
  }

  /**
   * Settings for a secret resource, which references a secret from AWS Secrets Manager . AWS IoT
   * Greengrass stores a local, encrypted copy of the secret on the Greengrass core, where it can be
   * securely accessed by connectors and Lambda functions. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/secrets.html">Deploy Secrets to
   * the AWS IoT Greengrass Core</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>SecretsManagerSecretResourceData</code> can be used in
   * the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinition-resourcedatacontainer.html"><code>ResourceDataContainer</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::ResourceDefinition.SecretsManagerSecretResourceData}.
   */
  public static final class SecretsManagerSecretResourceData extends Struct<SecretsManagerSecretResourceData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ResourceDefinition.SecretsManagerSecretResourceData")
        .required("ARN")
        .build();

    public SecretsManagerSecretResourceData() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Secrets Manager secret to make available on the core.
     * The value of the secret's latest version (represented by the <code>AWSCURRENT</code> staging
     * label) is included by default.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ARN}.
     */
    public SecretsManagerSecretResourceData arn(String value) {
      return set("ARN", Value.of(value));
    }

    /** Sets {@code ARN} to this value; see {@link #arn(String)}. */
    public SecretsManagerSecretResourceData arn(Value<String> value) {
      return set("ARN", value);
    }

    /**
     * The staging labels whose values you want to make available on the core, in addition to
     * <code>AWSCURRENT</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AdditionalStagingLabelsToDownload}.
     */
    public SecretsManagerSecretResourceData additionalStagingLabelsToDownload(List<String> value) {
      return set("AdditionalStagingLabelsToDownload", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalStagingLabelsToDownload} to this value; see {@link
     * #additionalStagingLabelsToDownload(List)}.
     */
    public SecretsManagerSecretResourceData additionalStagingLabelsToDownload(Value<List<String>> value) {
      return set("AdditionalStagingLabelsToDownload", value);
    }
  }
}
