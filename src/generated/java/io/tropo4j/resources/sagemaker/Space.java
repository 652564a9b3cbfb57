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
 * Creates a private space or a space used for real time collaboration in a domain.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Space}.
 */
public final class Space extends Resource<Space> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space")
      .required("DomainId", "SpaceName")
      .constrain("DomainId", Constraint.of().pattern("^d-(-*[a-z0-9]){1,61}$").minLength(1).maxLength(63))
      .constrain("SpaceDisplayName", Constraint.of().pattern("^(?!\\s*$).+").minLength(0).maxLength(64))
      .constrain("SpaceName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .attributes("SpaceArn", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Space(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the associated domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^d-(-*[a-z0-9]){1,61}$}. CloudFormation property {@code DomainId}.
   */
  public Space domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public Space domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * The collection of ownership settings for a space.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OwnershipSettings}.
   */
  public Space ownershipSettings(Value<OwnershipSettings> value) {
    return set("OwnershipSettings", value);
  }

  /**
   * The name of the space that appears in the Studio UI.
   *
   * <p>Length: 0 to 64 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation property {@code
   * SpaceDisplayName}.
   */
  public Space spaceDisplayName(String value) {
    return set("SpaceDisplayName", Value.of(value));
  }

  /** Sets {@code SpaceDisplayName} to this value; see {@link #spaceDisplayName(String)}. */
  public Space spaceDisplayName(Value<String> value) {
    return set("SpaceDisplayName", value);
  }

  /**
   * The name of the space.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code SpaceName}.
   */
  public Space spaceName(String value) {
    return set("SpaceName", Value.of(value));
  }

  /** Sets {@code SpaceName} to this value; see {@link #spaceName(String)}. */
  public Space spaceName(Value<String> value) {
    return set("SpaceName", value);
  }

  /**
   * A collection of space settings.
   *
   * <p>CloudFormation property {@code SpaceSettings}.
   */
  public Space spaceSettings(Value<SpaceSettings> value) {
    return set("SpaceSettings", value);
  }

  /**
   * A collection of space sharing settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SpaceSharingSettings}.
   */
  public Space spaceSharingSettings(Value<SpaceSharingSettings> value) {
    return set("SpaceSharingSettings", value);
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
  public Space tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Space tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Space tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The space's Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code SpaceArn}.
   */
  public Value<String> spaceArn() {
    return getAtt("SpaceArn");
  }

  /**
   * Returns the URL of the space. If the space is created with AWS IAM Identity Center (Successor
   * to AWS Single Sign-On) authentication, users can navigate to the URL after appending the
   * respective redirect parameter for the application type to be federated through AWS IAM Identity
   * Center.
   *
   * <p>The following application types are supported:
   *
   * <ul> <li>Studio Classic: <code>&amp;redirect=JupyterServer</code> <li>JupyterLab:
   * <code>&amp;redirect=JupyterLab</code> <li>Code Editor, based on Code-OSS, Visual Studio Code -
   * Open Source: <code>&amp;redirect=CodeEditor</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }

  /**
   * A Git repository that SageMaker AI automatically displays to users for cloning in the
   * JupyterServer application.
   *
   * <p>Property type {@code AWS::SageMaker::Space.CodeRepository}.
   */
  public static final class CodeRepository extends Struct<CodeRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.CodeRepository")
        .required("RepositoryUrl")
        .constrain("RepositoryUrl", Constraint.of().pattern("^https://([.\\-_a-zA-Z0-9]+/?){3,1016}$").maxLength(256))
        .build();

    public CodeRepository() {
      super(SCHEMA);
    }

    /**
     * The URL of the Git repository.
     *
     * <p>Required. Length: at most 256 characters. Pattern: {@code
     * ^https://([.&#92;-_a-zA-Z0-9]+/?){3,1016}$}. CloudFormation property {@code RepositoryUrl}.
     */
    public CodeRepository repositoryUrl(String value) {
      return set("RepositoryUrl", Value.of(value));
    }

    /** Sets {@code RepositoryUrl} to this value; see {@link #repositoryUrl(String)}. */
    public CodeRepository repositoryUrl(Value<String> value) {
      return set("RepositoryUrl", value);
    }
  }

  /**
   * A file system, created by you, that you assign to a user profile or space for an Amazon
   * SageMaker AI Domain. Permitted users can access this file system in Amazon SageMaker AI Studio.
   *
   * <p>Property type {@code AWS::SageMaker::Space.CustomFileSystem}.
   */
  public static final class CustomFileSystem extends Struct<CustomFileSystem> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Space.CustomFileSystem");

    public CustomFileSystem() {
      super(SCHEMA);
    }

    /**
     * A custom file system in Amazon EFS.
     *
     * <p>CloudFormation property {@code EFSFileSystem}.
     */
    public CustomFileSystem efsFileSystem(Value<EFSFileSystem> value) {
      return set("EFSFileSystem", value);
    }

    /**
     * A custom file system in Amazon FSx for Lustre.
     *
     * <p>CloudFormation property {@code FSxLustreFileSystem}.
     */
    public CustomFileSystem fSxLustreFileSystem(Value<FSxLustreFileSystem> value) {
      return set("FSxLustreFileSystem", value);
    }

    /**
     * A custom file system in Amazon S3. This is only supported in Amazon SageMaker Unified Studio.
     *
     * <p>CloudFormation property {@code S3FileSystem}.
     */
    public CustomFileSystem s3FileSystem(Value<S3FileSystem> value) {
      return set("S3FileSystem", value);
    }
  }

  /**
   * A custom SageMaker AI image. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/studio-byoi.html">Bring your own
   * SageMaker AI image</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Space.CustomImage}.
   */
  public static final class CustomImage extends Struct<CustomImage> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.CustomImage")
        .required("AppImageConfigName", "ImageName")
        .constrain("AppImageConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").maxLength(63))
        .constrain("ImageName", Constraint.of().pattern("^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$").maxLength(63))
        .constrain("ImageVersionNumber", Constraint.of().minimum(0))
        .build();

    public CustomImage() {
      super(SCHEMA);
    }

    /**
     * The name of the AppImageConfig.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code AppImageConfigName}.
     */
    public CustomImage appImageConfigName(String value) {
      return set("AppImageConfigName", Value.of(value));
    }

    /** Sets {@code AppImageConfigName} to this value; see {@link #appImageConfigName(String)}. */
    public CustomImage appImageConfigName(Value<String> value) {
      return set("AppImageConfigName", value);
    }

    /**
     * The name of the CustomImage. Must be unique to your account.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code ImageName}.
     */
    public CustomImage imageName(String value) {
      return set("ImageName", Value.of(value));
    }

    /** Sets {@code ImageName} to this value; see {@link #imageName(String)}. */
    public CustomImage imageName(Value<String> value) {
      return set("ImageName", value);
    }

    /**
     * The version number of the CustomImage.
     *
     * <p>Range: at least 0. CloudFormation property {@code ImageVersionNumber}.
     */
    public CustomImage imageVersionNumber(int value) {
      return set("ImageVersionNumber", Value.of(value));
    }

    /** Sets {@code ImageVersionNumber} to this value; see {@link #imageVersionNumber(int)}. */
    public CustomImage imageVersionNumber(Value<Integer> value) {
      return set("ImageVersionNumber", value);
    }
  }

  /**
   * A file system, created by you in Amazon EFS, that you assign to a user profile or space for an
   * Amazon SageMaker AI Domain. Permitted users can access this file system in Amazon SageMaker AI
   * Studio.
   *
   * <p>Property type {@code AWS::SageMaker::Space.EFSFileSystem}.
   */
  public static final class EFSFileSystem extends Struct<EFSFileSystem> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.EFSFileSystem")
        .required("FileSystemId")
        .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
        .build();

    public EFSFileSystem() {
      super(SCHEMA);
    }

    /**
     * The ID of your Amazon EFS file system.
     *
     * <p>Required. Length: 11 to 21 characters. Pattern: {@code ^(fs-[0-9a-f]{8,})$}.
     * CloudFormation property {@code FileSystemId}.
     */
    public EFSFileSystem fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public EFSFileSystem fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }
  }

  /**
   * A collection of EBS storage settings that apply to both private and shared spaces.
   *
   * <p>Property type {@code AWS::SageMaker::Space.EbsStorageSettings}.
   */
  public static final class EbsStorageSettings extends Struct<EbsStorageSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.EbsStorageSettings")
        .required("EbsVolumeSizeInGb")
        .constrain("EbsVolumeSizeInGb", Constraint.of().minimum(5).maximum(16384))
        .build();

    public EbsStorageSettings() {
      super(SCHEMA);
    }

    /**
     * The size of an EBS storage volume for a space.
     *
     * <p>Required. Range: 5 to 16384. CloudFormation property {@code EbsVolumeSizeInGb}.
     */
    public EbsStorageSettings ebsVolumeSizeInGb(int value) {
      return set("EbsVolumeSizeInGb", Value.of(value));
    }

    /** Sets {@code EbsVolumeSizeInGb} to this value; see {@link #ebsVolumeSizeInGb(int)}. */
    public EbsStorageSettings ebsVolumeSizeInGb(Value<Integer> value) {
      return set("EbsVolumeSizeInGb", value);
    }
  }

  /**
   * A custom file system in Amazon FSx for Lustre.
   *
   * <p>Property type {@code AWS::SageMaker::Space.FSxLustreFileSystem}.
   */
  public static final class FSxLustreFileSystem extends Struct<FSxLustreFileSystem> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.FSxLustreFileSystem")
        .required("FileSystemId")
        .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
        .build();

    public FSxLustreFileSystem() {
      super(SCHEMA);
    }

    /**
     * Amazon FSx for Lustre file system ID.
     *
     * <p>Required. Length: 11 to 21 characters. Pattern: {@code ^(fs-[0-9a-f]{8,})$}.
     * CloudFormation property {@code FileSystemId}.
     */
    public FSxLustreFileSystem fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public FSxLustreFileSystem fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }
  }

  /**
   * The JupyterServer app settings.
   *
   * <p>Property type {@code AWS::SageMaker::Space.JupyterServerAppSettings}.
   */
  public static final class JupyterServerAppSettings extends Struct<JupyterServerAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.JupyterServerAppSettings")
        .constrain("LifecycleConfigArns", Constraint.of().pattern("arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*").minLength(0).maxLength(256))
        .build();

    public JupyterServerAppSettings() {
      super(SCHEMA);
    }

    /**
     * The default instance type and the Amazon Resource Name (ARN) of the default SageMaker AI
     * image used by the JupyterServer app. If you use the <code>LifecycleConfigArns</code>
     * parameter, then this parameter is also required.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public JupyterServerAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lifecycle Configurations attached to the
     * JupyterServerApp. If you use this parameter, the <code>DefaultResourceSpec</code> parameter
     * is also required.
     *
     * <p>To remove a Lifecycle Config, you must set <code>LifecycleConfigArns</code> to an empty
     * list.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*}.
     * CloudFormation property {@code LifecycleConfigArns}.
     */
    public JupyterServerAppSettings lifecycleConfigArns(List<String> value) {
      return set("LifecycleConfigArns", Value.listOf(value));
    }

    /** Sets {@code LifecycleConfigArns} to this value; see {@link #lifecycleConfigArns(List)}. */
    public JupyterServerAppSettings lifecycleConfigArns(Value<List<String>> value) {
      return set("LifecycleConfigArns", value);
    }
  }

  /**
   * The KernelGateway app settings.
   *
   * <p>Property type {@code AWS::SageMaker::Space.KernelGatewayAppSettings}.
   */
  public static final class KernelGatewayAppSettings extends Struct<KernelGatewayAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.KernelGatewayAppSettings")
        .constrain("LifecycleConfigArns", Constraint.of().pattern("arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*").minLength(0).maxLength(256))
        .build();

    public KernelGatewayAppSettings() {
      super(SCHEMA);
    }

    /**
     * A list of custom SageMaker AI images that are configured to run as a KernelGateway app.
     *
     * <p>The maximum number of custom images are as follows.
     *
     * <ul> <li>On a domain level: 200 <li>On a space level: 5 <li>On a user profile level: 5 </ul>
     *
     * <p>CloudFormation property {@code CustomImages}.
     */
    public KernelGatewayAppSettings customImages(List<CustomImage> value) {
      return set("CustomImages", Value.listOf(value));
    }

    /** Sets {@code CustomImages} to this value; see {@link #customImages(List)}. */
    public KernelGatewayAppSettings customImages(Value<List<CustomImage>> value) {
      return set("CustomImages", value);
    }

    /** Sets {@code CustomImages} to a list of these; see {@link #customImages(List)}. */
    public KernelGatewayAppSettings customImages(CustomImage... values) {
      return set("CustomImages", Value.list(values));
    }

    /**
     * The default instance type and the Amazon Resource Name (ARN) of the default SageMaker AI
     * image used by the KernelGateway app.
     *
     * <p>The Amazon SageMaker AI Studio UI does not use the default instance type value set here.
     * The default instance type set here is used when Apps are created using the AWS CLI or
     * CloudFormation and the instance type parameter value is not passed.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public KernelGatewayAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lifecycle Configurations attached to the the user
     * profile or domain.
     *
     * <p>To remove a Lifecycle Config, you must set <code>LifecycleConfigArns</code> to an empty
     * list.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*}.
     * CloudFormation property {@code LifecycleConfigArns}.
     */
    public KernelGatewayAppSettings lifecycleConfigArns(List<String> value) {
      return set("LifecycleConfigArns", Value.listOf(value));
    }

    /** Sets {@code LifecycleConfigArns} to this value; see {@link #lifecycleConfigArns(List)}. */
    public KernelGatewayAppSettings lifecycleConfigArns(Value<List<String>> value) {
      return set("LifecycleConfigArns", value);
    }
  }

  /**
   * The collection of ownership settings for a space.
   *
   * <p>Property type {@code AWS::SageMaker::Space.OwnershipSettings}.
   */
  public static final class OwnershipSettings extends Struct<OwnershipSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.OwnershipSettings")
        .required("OwnerUserProfileName")
        .constrain("OwnerUserProfileName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").maxLength(63))
        .build();

    public OwnershipSettings() {
      super(SCHEMA);
    }

    /**
     * The user profile who is the owner of the space.
     *
     * <p>Required. Length: at most 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code OwnerUserProfileName}.
     */
    public OwnershipSettings ownerUserProfileName(String value) {
      return set("OwnerUserProfileName", Value.of(value));
    }

    /**
     * Sets {@code OwnerUserProfileName} to this value; see {@link #ownerUserProfileName(String)}.
     */
    public OwnershipSettings ownerUserProfileName(Value<String> value) {
      return set("OwnerUserProfileName", value);
    }
  }

  /**
   * Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
   * type that the version runs on.
   *
   * <p>When both <code>SageMakerImageVersionArn</code> and <code>SageMakerImageArn</code> are
   * passed, <code>SageMakerImageVersionArn</code> is used. Any updates to
   * <code>SageMakerImageArn</code> will not take effect if <code>SageMakerImageVersionArn</code>
   * already exists in the <code>ResourceSpec</code> because <code>SageMakerImageVersionArn</code>
   * always takes precedence. To clear the value set for <code>SageMakerImageVersionArn</code> ,
   * pass <code>None</code> as the value.
   *
   * <p>Property type {@code AWS::SageMaker::Space.ResourceSpec}.
   */
  public static final class ResourceSpec extends Struct<ResourceSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.ResourceSpec")
        .allowed("InstanceType", "system", "ml.t3.micro", "ml.t3.small", "ml.t3.medium",
            "ml.t3.large", "ml.t3.xlarge", "ml.t3.2xlarge", "ml.m5.large", "ml.m5.xlarge",
            "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.8xlarge", "ml.m5.12xlarge", "ml.m5.16xlarge",
            "ml.m5.24xlarge", "ml.m5d.large", "ml.m5d.xlarge", "ml.m5d.2xlarge", "ml.m5d.4xlarge",
            "ml.m5d.8xlarge", "ml.m5d.12xlarge", "ml.m5d.16xlarge", "ml.m5d.24xlarge",
            "ml.c5.large", "ml.c5.xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge",
            "ml.c5.12xlarge", "ml.c5.18xlarge", "ml.c5.24xlarge", "ml.p3.2xlarge", "ml.p3.8xlarge",
            "ml.p3.16xlarge", "ml.p3dn.24xlarge", "ml.g4dn.xlarge", "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge",
            "ml.r5.large", "ml.r5.xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.8xlarge",
            "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge", "ml.g5.xlarge", "ml.g5.2xlarge",
            "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.12xlarge", "ml.g5.16xlarge", "ml.g5.24xlarge",
            "ml.g5.48xlarge", "ml.g6.xlarge", "ml.g6.2xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge",
            "ml.g6.12xlarge", "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.48xlarge", "ml.g6e.xlarge",
            "ml.g6e.2xlarge", "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.12xlarge",
            "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.48xlarge", "ml.geospatial.interactive",
            "ml.p4d.24xlarge", "ml.p4de.24xlarge", "ml.trn1.2xlarge", "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge", "ml.p5.48xlarge", "ml.p5e.48xlarge", "ml.p5en.48xlarge",
            "ml.m6i.large", "ml.m6i.xlarge", "ml.m6i.2xlarge", "ml.m6i.4xlarge", "ml.m6i.8xlarge",
            "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.32xlarge",
            "ml.m7i.large", "ml.m7i.xlarge", "ml.m7i.2xlarge", "ml.m7i.4xlarge", "ml.m7i.8xlarge",
            "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.48xlarge",
            "ml.c6i.large", "ml.c6i.xlarge", "ml.c6i.2xlarge", "ml.c6i.4xlarge", "ml.c6i.8xlarge",
            "ml.c6i.12xlarge", "ml.c6i.16xlarge", "ml.c6i.24xlarge", "ml.c6i.32xlarge",
            "ml.c7i.large", "ml.c7i.xlarge", "ml.c7i.2xlarge", "ml.c7i.4xlarge", "ml.c7i.8xlarge",
            "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge", "ml.c7i.48xlarge",
            "ml.r6i.large", "ml.r6i.xlarge", "ml.r6i.2xlarge", "ml.r6i.4xlarge", "ml.r6i.8xlarge",
            "ml.r6i.12xlarge", "ml.r6i.16xlarge", "ml.r6i.24xlarge", "ml.r6i.32xlarge",
            "ml.r7i.large", "ml.r7i.xlarge", "ml.r7i.2xlarge", "ml.r7i.4xlarge", "ml.r7i.8xlarge",
            "ml.r7i.12xlarge", "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.48xlarge",
            "ml.m6id.large", "ml.m6id.xlarge", "ml.m6id.2xlarge", "ml.m6id.4xlarge",
            "ml.m6id.8xlarge", "ml.m6id.12xlarge", "ml.m6id.16xlarge", "ml.m6id.24xlarge",
            "ml.m6id.32xlarge", "ml.c6id.large", "ml.c6id.xlarge", "ml.c6id.2xlarge",
            "ml.c6id.4xlarge", "ml.c6id.8xlarge", "ml.c6id.12xlarge", "ml.c6id.16xlarge",
            "ml.c6id.24xlarge", "ml.c6id.32xlarge", "ml.r6id.large", "ml.r6id.xlarge",
            "ml.r6id.2xlarge", "ml.r6id.4xlarge", "ml.r6id.8xlarge", "ml.r6id.12xlarge",
            "ml.r6id.16xlarge", "ml.r6id.24xlarge", "ml.r6id.32xlarge", "ml.p5.4xlarge",
            "ml.p6-b200.48xlarge", "ml.g7.2xlarge", "ml.g7.4xlarge", "ml.g7.8xlarge",
            "ml.g7.12xlarge", "ml.g7.24xlarge", "ml.g7.48xlarge", "ml.g7e.2xlarge",
            "ml.g7e.4xlarge", "ml.g7e.8xlarge", "ml.g7e.12xlarge", "ml.g7e.24xlarge",
            "ml.g7e.48xlarge")
        .constrain("LifecycleConfigArn", Constraint.of().pattern("arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*").minLength(0).maxLength(256))
        .constrain("SageMakerImageArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$").minLength(0).maxLength(256))
        .constrain("SageMakerImageVersionArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+$").minLength(0).maxLength(256))
        .build();

    public ResourceSpec() {
      super(SCHEMA);
    }

    /**
     * The instance type that the image version runs on.
     *
     * <p><em>JupyterServer apps</em> only support the <code>system</code> value. For
     * <em>KernelGateway apps</em> , the <code>system</code> value is translated to
     * <code>ml.t3.medium</code> . KernelGateway apps also support all other values for available
     * instance types.
     *
     * <p>Allowed values: {@code system}, {@code ml.t3.micro}, {@code ml.t3.small}, {@code
     * ml.t3.medium}, {@code ml.t3.large}, {@code ml.t3.xlarge}, {@code ml.t3.2xlarge}, {@code
     * ml.m5.large}, {@code ml.m5.xlarge}, {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge}, {@code
     * ml.m5.8xlarge}, {@code ml.m5.12xlarge}, {@code ml.m5.16xlarge}, {@code ml.m5.24xlarge},
     * {@code ml.m5d.large}, {@code ml.m5d.xlarge}, {@code ml.m5d.2xlarge}, {@code ml.m5d.4xlarge},
     * {@code ml.m5d.8xlarge}, {@code ml.m5d.12xlarge}, {@code ml.m5d.16xlarge}, {@code
     * ml.m5d.24xlarge}, {@code ml.c5.large}, {@code ml.c5.xlarge}, {@code ml.c5.2xlarge}, {@code
     * ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.12xlarge}, {@code ml.c5.18xlarge}, {@code
     * ml.c5.24xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code ml.p3.16xlarge}, {@code
     * ml.p3dn.24xlarge}, {@code ml.g4dn.xlarge}, {@code ml.g4dn.2xlarge}, {@code ml.g4dn.4xlarge},
     * {@code ml.g4dn.8xlarge}, {@code ml.g4dn.12xlarge}, {@code ml.g4dn.16xlarge}, {@code
     * ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5.2xlarge}, {@code ml.r5.4xlarge}, {@code
     * ml.r5.8xlarge}, {@code ml.r5.12xlarge}, {@code ml.r5.16xlarge}, {@code ml.r5.24xlarge},
     * {@code ml.g5.xlarge}, {@code ml.g5.2xlarge}, {@code ml.g5.4xlarge}, {@code ml.g5.8xlarge},
     * {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge}, {@code
     * ml.g5.48xlarge}, {@code ml.g6.xlarge}, {@code ml.g6.2xlarge}, {@code ml.g6.4xlarge}, {@code
     * ml.g6.8xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code ml.g6.24xlarge},
     * {@code ml.g6.48xlarge}, {@code ml.g6e.xlarge}, {@code ml.g6e.2xlarge}, {@code
     * ml.g6e.4xlarge}, {@code ml.g6e.8xlarge}, {@code ml.g6e.12xlarge}, {@code ml.g6e.16xlarge},
     * {@code ml.g6e.24xlarge}, {@code ml.g6e.48xlarge}, {@code ml.geospatial.interactive}, {@code
     * ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code ml.trn1.2xlarge}, {@code
     * ml.trn1.32xlarge}, {@code ml.trn1n.32xlarge}, {@code ml.p5.48xlarge}, {@code
     * ml.p5e.48xlarge}, {@code ml.p5en.48xlarge}, {@code ml.m6i.large}, {@code ml.m6i.xlarge},
     * {@code ml.m6i.2xlarge}, {@code ml.m6i.4xlarge}, {@code ml.m6i.8xlarge}, {@code
     * ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge}, {@code ml.m6i.32xlarge},
     * {@code ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.m7i.2xlarge}, {@code ml.m7i.4xlarge},
     * {@code ml.m7i.8xlarge}, {@code ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code
     * ml.m7i.24xlarge}, {@code ml.m7i.48xlarge}, {@code ml.c6i.large}, {@code ml.c6i.xlarge},
     * {@code ml.c6i.2xlarge}, {@code ml.c6i.4xlarge}, {@code ml.c6i.8xlarge}, {@code
     * ml.c6i.12xlarge}, {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge}, {@code ml.c6i.32xlarge},
     * {@code ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.c7i.2xlarge}, {@code ml.c7i.4xlarge},
     * {@code ml.c7i.8xlarge}, {@code ml.c7i.12xlarge}, {@code ml.c7i.16xlarge}, {@code
     * ml.c7i.24xlarge}, {@code ml.c7i.48xlarge}, {@code ml.r6i.large}, {@code ml.r6i.xlarge},
     * {@code ml.r6i.2xlarge}, {@code ml.r6i.4xlarge}, {@code ml.r6i.8xlarge}, {@code
     * ml.r6i.12xlarge}, {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge}, {@code ml.r6i.32xlarge},
     * {@code ml.r7i.large}, {@code ml.r7i.xlarge}, {@code ml.r7i.2xlarge}, {@code ml.r7i.4xlarge},
     * {@code ml.r7i.8xlarge}, {@code ml.r7i.12xlarge}, {@code ml.r7i.16xlarge}, {@code
     * ml.r7i.24xlarge}, {@code ml.r7i.48xlarge}, {@code ml.m6id.large}, {@code ml.m6id.xlarge},
     * {@code ml.m6id.2xlarge}, {@code ml.m6id.4xlarge}, {@code ml.m6id.8xlarge}, {@code
     * ml.m6id.12xlarge}, {@code ml.m6id.16xlarge}, {@code ml.m6id.24xlarge}, {@code
     * ml.m6id.32xlarge}, {@code ml.c6id.large}, {@code ml.c6id.xlarge}, {@code ml.c6id.2xlarge},
     * {@code ml.c6id.4xlarge}, {@code ml.c6id.8xlarge}, {@code ml.c6id.12xlarge}, {@code
     * ml.c6id.16xlarge}, {@code ml.c6id.24xlarge}, {@code ml.c6id.32xlarge}, {@code ml.r6id.large},
     * {@code ml.r6id.xlarge}, {@code ml.r6id.2xlarge}, {@code ml.r6id.4xlarge}, {@code
     * ml.r6id.8xlarge}, {@code ml.r6id.12xlarge}, {@code ml.r6id.16xlarge}, {@code
     * ml.r6id.24xlarge}, {@code ml.r6id.32xlarge}, {@code ml.p5.4xlarge}, {@code
     * ml.p6-b200.48xlarge}, {@code ml.g7.2xlarge}, {@code ml.g7.4xlarge}, {@code ml.g7.8xlarge},
     * {@code ml.g7.12xlarge}, {@code ml.g7.24xlarge}, {@code ml.g7.48xlarge}, {@code
     * ml.g7e.2xlarge}, {@code ml.g7e.4xlarge}, {@code ml.g7e.8xlarge}, {@code ml.g7e.12xlarge},
     * {@code ml.g7e.24xlarge}, {@code ml.g7e.48xlarge}. CloudFormation property {@code
     * InstanceType}.
     */
    public ResourceSpec instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ResourceSpec instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lifecycle Configuration attached to the Resource.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*}.
     * CloudFormation property {@code LifecycleConfigArn}.
     */
    public ResourceSpec lifecycleConfigArn(String value) {
      return set("LifecycleConfigArn", Value.of(value));
    }

    /** Sets {@code LifecycleConfigArn} to this value; see {@link #lifecycleConfigArn(String)}. */
    public ResourceSpec lifecycleConfigArn(Value<String> value) {
      return set("LifecycleConfigArn", value);
    }

    /**
     * The ARN of the SageMaker AI image that the image version belongs to.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^arn:aws(-[&#92;w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$}. CloudFormation
     * property {@code SageMakerImageArn}.
     */
    public ResourceSpec sageMakerImageArn(String value) {
      return set("SageMakerImageArn", Value.of(value));
    }

    /** Sets {@code SageMakerImageArn} to this value; see {@link #sageMakerImageArn(String)}. */
    public ResourceSpec sageMakerImageArn(Value<String> value) {
      return set("SageMakerImageArn", value);
    }

    /**
     * The ARN of the image version created on the instance. To clear the value set for
     * <code>SageMakerImageVersionArn</code> , pass <code>None</code> as the value.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^arn:aws(-[&#92;w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*&#47;[0-9]+$}.
     * CloudFormation property {@code SageMakerImageVersionArn}.
     */
    public ResourceSpec sageMakerImageVersionArn(String value) {
      return set("SageMakerImageVersionArn", Value.of(value));
    }

    /**
     * Sets {@code SageMakerImageVersionArn} to this value; see {@link
     * #sageMakerImageVersionArn(String)}.
     */
    public ResourceSpec sageMakerImageVersionArn(Value<String> value) {
      return set("SageMakerImageVersionArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the training plan to use for the ResourceSpec.
     *
     * <p>CloudFormation property {@code TrainingPlanArn}.
     */
    public ResourceSpec trainingPlanArn(String value) {
      return set("TrainingPlanArn", Value.of(value));
    }

    /** Sets {@code TrainingPlanArn} to this value; see {@link #trainingPlanArn(String)}. */
    public ResourceSpec trainingPlanArn(Value<String> value) {
      return set("TrainingPlanArn", value);
    }
  }

  /**
   * A custom file system in Amazon S3. This is only supported in Amazon SageMaker Unified Studio.
   *
   * <p>Property type {@code AWS::SageMaker::Space.S3FileSystem}.
   */
  public static final class S3FileSystem extends Struct<S3FileSystem> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.S3FileSystem")
        .constrain("S3Uri", Constraint.of().pattern("(s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
        .build();

    public S3FileSystem() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 URI that specifies the location in S3 where files are stored, which is mounted
     * within the Studio environment. For example:
     * <code>s3://&lt;bucket-name&gt;/&lt;prefix&gt;/</code> .
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code (s3)://([^/]+)/?(.*)}. CloudFormation
     * property {@code S3Uri}.
     */
    public S3FileSystem s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3FileSystem s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Settings that are used to configure and manage the lifecycle of Amazon SageMaker Studio
   * applications in a space.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceAppLifecycleManagement}.
   */
  public static final class SpaceAppLifecycleManagement extends Struct<SpaceAppLifecycleManagement> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Space.SpaceAppLifecycleManagement");

    public SpaceAppLifecycleManagement() {
      super(SCHEMA);
    }

    /**
     * Settings related to idle shutdown of Studio applications.
     *
     * <p>CloudFormation property {@code IdleSettings}.
     */
    public SpaceAppLifecycleManagement idleSettings(Value<SpaceIdleSettings> value) {
      return set("IdleSettings", value);
    }
  }

  /**
   * The application settings for a Code Editor space.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceCodeEditorAppSettings}.
   */
  public static final class SpaceCodeEditorAppSettings extends Struct<SpaceCodeEditorAppSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Space.SpaceCodeEditorAppSettings");

    public SpaceCodeEditorAppSettings() {
      super(SCHEMA);
    }

    /**
     * Settings that are used to configure and manage the lifecycle of CodeEditor applications in a
     * space.
     *
     * <p>CloudFormation property {@code AppLifecycleManagement}.
     */
    public SpaceCodeEditorAppSettings appLifecycleManagement(Value<SpaceAppLifecycleManagement> value) {
      return set("AppLifecycleManagement", value);
    }

    /**
     * Specifies the ARNs of a SageMaker image and SageMaker image version, and the instance type
     * that the version runs on.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public SpaceCodeEditorAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }
  }

  /**
   * Settings related to idle shutdown of Studio applications in a space.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceIdleSettings}.
   */
  public static final class SpaceIdleSettings extends Struct<SpaceIdleSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Space.SpaceIdleSettings");

    public SpaceIdleSettings() {
      super(SCHEMA);
    }

    /**
     * The time that SageMaker waits after the application becomes idle before shutting it down.
     *
     * <p>CloudFormation property {@code IdleTimeoutInMinutes}.
     */
    public SpaceIdleSettings idleTimeoutInMinutes(int value) {
      return set("IdleTimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code IdleTimeoutInMinutes} to this value; see {@link #idleTimeoutInMinutes(int)}. */
    public SpaceIdleSettings idleTimeoutInMinutes(Value<Integer> value) {
      return set("IdleTimeoutInMinutes", value);
    }
  }

  /**
   * The settings for the JupyterLab application within a space.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceJupyterLabAppSettings}.
   */
  public static final class SpaceJupyterLabAppSettings extends Struct<SpaceJupyterLabAppSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Space.SpaceJupyterLabAppSettings");

    public SpaceJupyterLabAppSettings() {
      super(SCHEMA);
    }

    /**
     * Settings that are used to configure and manage the lifecycle of JupyterLab applications in a
     * space.
     *
     * <p>CloudFormation property {@code AppLifecycleManagement}.
     */
    public SpaceJupyterLabAppSettings appLifecycleManagement(Value<SpaceAppLifecycleManagement> value) {
      return set("AppLifecycleManagement", value);
    }

    /**
     * A list of Git repositories that SageMaker automatically displays to users for cloning in the
     * JupyterLab application.
     *
     * <p>CloudFormation property {@code CodeRepositories}.
     */
    public SpaceJupyterLabAppSettings codeRepositories(List<CodeRepository> value) {
      return set("CodeRepositories", Value.listOf(value));
    }

    /** Sets {@code CodeRepositories} to this value; see {@link #codeRepositories(List)}. */
    public SpaceJupyterLabAppSettings codeRepositories(Value<List<CodeRepository>> value) {
      return set("CodeRepositories", value);
    }

    /** Sets {@code CodeRepositories} to a list of these; see {@link #codeRepositories(List)}. */
    public SpaceJupyterLabAppSettings codeRepositories(CodeRepository... values) {
      return set("CodeRepositories", Value.list(values));
    }

    /**
     * Specifies the ARNs of a SageMaker image and SageMaker image version, and the instance type
     * that the version runs on.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public SpaceJupyterLabAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }
  }

  /**
   * A collection of space settings.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceSettings}.
   */
  public static final class SpaceSettings extends Struct<SpaceSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.SpaceSettings")
        .allowed("AppType", "JupyterServer", "KernelGateway", "TensorBoard", "RStudioServerPro",
            "RSessionGateway", "JupyterLab", "CodeEditor")
        .allowed("RemoteAccess", "ENABLED", "DISABLED")
        .allowed("SpaceManagedResources", "ENABLED", "DISABLED")
        .build();

    public SpaceSettings() {
      super(SCHEMA);
    }

    /**
     * The type of app created within the space.
     *
     * <p>If using the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateSpace.html">UpdateSpace</a>
     * API, you can't change the app type of your space by specifying a different value for this
     * field.
     *
     * <p>Allowed values: {@code JupyterServer}, {@code KernelGateway}, {@code TensorBoard}, {@code
     * RStudioServerPro}, {@code RSessionGateway}, {@code JupyterLab}, {@code CodeEditor}.
     * CloudFormation property {@code AppType}.
     */
    public SpaceSettings appType(String value) {
      return set("AppType", Value.of(value));
    }

    /** Sets {@code AppType} to this value; see {@link #appType(String)}. */
    public SpaceSettings appType(Value<String> value) {
      return set("AppType", value);
    }

    /**
     * The Code Editor application settings.
     *
     * <p>CloudFormation property {@code CodeEditorAppSettings}.
     */
    public SpaceSettings codeEditorAppSettings(Value<SpaceCodeEditorAppSettings> value) {
      return set("CodeEditorAppSettings", value);
    }

    /**
     * A file system, created by you, that you assign to a space for an Amazon SageMaker AI Domain.
     * Permitted users can access this file system in Amazon SageMaker AI Studio.
     *
     * <p>CloudFormation property {@code CustomFileSystems}.
     */
    public SpaceSettings customFileSystems(List<CustomFileSystem> value) {
      return set("CustomFileSystems", Value.listOf(value));
    }

    /** Sets {@code CustomFileSystems} to this value; see {@link #customFileSystems(List)}. */
    public SpaceSettings customFileSystems(Value<List<CustomFileSystem>> value) {
      return set("CustomFileSystems", value);
    }

    /** Sets {@code CustomFileSystems} to a list of these; see {@link #customFileSystems(List)}. */
    public SpaceSettings customFileSystems(CustomFileSystem... values) {
      return set("CustomFileSystems", Value.list(values));
    }

    /**
     * The settings for the JupyterLab application.
     *
     * <p>CloudFormation property {@code JupyterLabAppSettings}.
     */
    public SpaceSettings jupyterLabAppSettings(Value<SpaceJupyterLabAppSettings> value) {
      return set("JupyterLabAppSettings", value);
    }

    /**
     * The JupyterServer app settings.
     *
     * <p>CloudFormation property {@code JupyterServerAppSettings}.
     */
    public SpaceSettings jupyterServerAppSettings(Value<JupyterServerAppSettings> value) {
      return set("JupyterServerAppSettings", value);
    }

    /**
     * The KernelGateway app settings.
     *
     * <p>CloudFormation property {@code KernelGatewayAppSettings}.
     */
    public SpaceSettings kernelGatewayAppSettings(Value<KernelGatewayAppSettings> value) {
      return set("KernelGatewayAppSettings", value);
    }

    /**
     * A setting that enables or disables remote access for a SageMaker space. When enabled, this
     * allows you to connect to the remote space from your local IDE.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * RemoteAccess}.
     */
    public SpaceSettings remoteAccess(String value) {
      return set("RemoteAccess", Value.of(value));
    }

    /** Sets {@code RemoteAccess} to this value; see {@link #remoteAccess(String)}. */
    public SpaceSettings remoteAccess(Value<String> value) {
      return set("RemoteAccess", value);
    }

    /**
     * If you enable this option, SageMaker AI creates the following resources on your behalf when
     * you create the space:
     *
     * <ul> <li>The user profile that possesses the space. <li>The app that the space contains.
     * </ul>
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * SpaceManagedResources}.
     */
    public SpaceSettings spaceManagedResources(String value) {
      return set("SpaceManagedResources", Value.of(value));
    }

    /**
     * Sets {@code SpaceManagedResources} to this value; see {@link #spaceManagedResources(String)}.
     */
    public SpaceSettings spaceManagedResources(Value<String> value) {
      return set("SpaceManagedResources", value);
    }

    /**
     * The storage settings for a space.
     *
     * <p>CloudFormation property {@code SpaceStorageSettings}.
     */
    public SpaceSettings spaceStorageSettings(Value<SpaceStorageSettings> value) {
      return set("SpaceStorageSettings", value);
    }
  }

  /**
   * A collection of space sharing settings.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceSharingSettings}.
   */
  public static final class SpaceSharingSettings extends Struct<SpaceSharingSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Space.SpaceSharingSettings")
        .required("SharingType")
        .allowed("SharingType", "Private", "Shared")
        .build();

    public SpaceSharingSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies the sharing type of the space.
     *
     * <p>Required. Allowed values: {@code Private}, {@code Shared}. CloudFormation property {@code
     * SharingType}.
     */
    public SpaceSharingSettings sharingType(String value) {
      return set("SharingType", Value.of(value));
    }

    /** Sets {@code SharingType} to this value; see {@link #sharingType(String)}. */
    public SpaceSharingSettings sharingType(Value<String> value) {
      return set("SharingType", value);
    }
  }

  /**
   * The storage settings for a space.
   *
   * <p>Property type {@code AWS::SageMaker::Space.SpaceStorageSettings}.
   */
  public static final class SpaceStorageSettings extends Struct<SpaceStorageSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Space.SpaceStorageSettings");

    public SpaceStorageSettings() {
      super(SCHEMA);
    }

    /**
     * A collection of EBS storage settings for a space.
     *
     * <p>CloudFormation property {@code EbsStorageSettings}.
     */
    public SpaceStorageSettings ebsStorageSettings(Value<EbsStorageSettings> value) {
      return set("EbsStorageSettings", value);
    }
  }
}
