// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Creates a <code>Domain</code> . A domain consists of an associated Amazon Elastic File System
 * volume, a list of authorized users, and a variety of security, application, policy, and Amazon
 * Virtual Private Cloud (VPC) configurations. Users within a domain can share notebook files and
 * other artifacts with each other.
 *
 * <p><em>EFS storage</em>
 *
 * <p>When a domain is created, an EFS volume is created for use by all of the users within the
 * domain. Each user receives a private home directory within the EFS volume for notebooks, Git
 * repositories, and data files.
 *
 * <p>SageMaker AI uses the AWS Key Management Service ( AWS KMS) to encrypt the EFS volume attached
 * to the domain with an AWS managed key by default. For more control, you can specify a customer
 * managed key. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html">Protect Data at
 * Rest Using Encryption</a> .
 *
 * <p><em>VPC configuration</em>
 *
 * <p>All traffic between the domain and the Amazon EFS volume is through the specified VPC and
 * subnets. For other traffic, you can specify the <code>AppNetworkAccessType</code> parameter.
 * <code>AppNetworkAccessType</code> corresponds to the network access type that you choose when you
 * onboard to the domain. The following options are available:
 *
 * <ul> <li><code>PublicInternetOnly</code> - Non-EFS traffic goes through a VPC managed by Amazon
 * SageMaker AI, which allows internet access. This is the default value. <li><code>VpcOnly</code> -
 * All traffic is through the specified VPC and subnets. Internet access is disabled by default. To
 * allow internet access, you must specify a NAT gateway. </ul>
 *
 * <p>When internet access is disabled, you won't be able to run a Amazon SageMaker AI Studio
 * notebook or to train or host models unless your VPC has an interface endpoint to the SageMaker AI
 * API and runtime or a NAT gateway and your security groups allow outbound connections.
 *
 * <p>NFS traffic over TCP on port 2049 needs to be allowed in both inbound and outbound rules in
 * order to launch a Amazon SageMaker AI Studio app successfully.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html">Connect
 * Amazon SageMaker AI Studio Notebooks to Resources in a VPC</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain")
      .required("AuthMode", "DefaultUserSettings", "DomainName")
      .allowed("AppNetworkAccessType", "PublicInternetOnly", "VpcOnly")
      .allowed("AppSecurityGroupManagement", "Service", "Customer")
      .allowed("AuthMode", "SSO", "IAM")
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").maxLength(63))
      .allowed("HomeEfsFileSystemCreation", "Enabled", "Disabled")
      .constrain("SubnetIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .allowed("TagPropagation", "ENABLED", "DISABLED")
      .constrain("VpcId", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("DomainId")
      .attributes("DomainArn", "DomainId", "HomeEfsFileSystemId",
          "SecurityGroupIdForDomainBoundary", "SingleSignOnApplicationArn",
          "SingleSignOnManagedApplicationInstanceId", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the VPC used for non-EFS traffic. The default value is
   * <code>PublicInternetOnly</code> .
   *
   * <ul> <li><code>PublicInternetOnly</code> - Non-EFS traffic is through a VPC managed by Amazon
   * SageMaker AI , which allows direct internet access <li><code>VpcOnly</code> - All Studio
   * traffic is through the specified VPC and subnets </ul>
   *
   * <p><em>Valid Values</em> : <code>PublicInternetOnly | VpcOnly</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code PublicInternetOnly}, {@code
   * VpcOnly}. CloudFormation property {@code AppNetworkAccessType}.
   */
  public Domain appNetworkAccessType(String value) {
    return set("AppNetworkAccessType", Value.of(value));
  }

  /** Sets {@code AppNetworkAccessType} to this value; see {@link #appNetworkAccessType(String)}. */
  public Domain appNetworkAccessType(Value<String> value) {
    return set("AppNetworkAccessType", value);
  }

  /**
   * The entity that creates and manages the required security groups for inter-app communication in
   * <code>VpcOnly</code> mode. Required when <code>CreateDomain.AppNetworkAccessType</code> is
   * <code>VpcOnly</code> and
   * <code>DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn</code> is provided.
   * If setting up the domain for use with RStudio, this value must be set to <code>Service</code> .
   *
   * <p><em>Allowed Values</em> : <code>Service</code> | <code>Customer</code>
   *
   * <p>Allowed values: {@code Service}, {@code Customer}. CloudFormation property {@code
   * AppSecurityGroupManagement}.
   */
  public Domain appSecurityGroupManagement(String value) {
    return set("AppSecurityGroupManagement", Value.of(value));
  }

  /**
   * Sets {@code AppSecurityGroupManagement} to this value; see {@link
   * #appSecurityGroupManagement(String)}.
   */
  public Domain appSecurityGroupManagement(Value<String> value) {
    return set("AppSecurityGroupManagement", value);
  }

  /**
   * The mode of authentication that members use to access the Domain.
   *
   * <p><em>Valid Values</em> : <code>SSO | IAM</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SSO}, {@code IAM}.
   * CloudFormation property {@code AuthMode}.
   */
  public Domain authMode(String value) {
    return set("AuthMode", Value.of(value));
  }

  /** Sets {@code AuthMode} to this value; see {@link #authMode(String)}. */
  public Domain authMode(Value<String> value) {
    return set("AuthMode", value);
  }

  /**
   * The default settings for shared spaces that users create in the domain.
   *
   * <p>SageMaker applies these settings only to shared spaces. It doesn't apply them to private
   * spaces.
   *
   * <p>CloudFormation property {@code DefaultSpaceSettings}.
   */
  public Domain defaultSpaceSettings(Value<DefaultSpaceSettings> value) {
    return set("DefaultSpaceSettings", value);
  }

  /**
   * The default user settings.
   *
   * <p>Required. CloudFormation property {@code DefaultUserSettings}.
   */
  public Domain defaultUserSettings(Value<UserSettings> value) {
    return set("DefaultUserSettings", value);
  }

  /**
   * The domain name.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code DomainName}.
   */
  public Domain domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Domain domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * A collection of settings that apply to the <code>SageMaker Domain</code> . These settings are
   * specified through the <code>CreateDomain</code> API call.
   *
   * <p>CloudFormation property {@code DomainSettings}.
   */
  public Domain domainSettings(Value<DomainSettings> value) {
    return set("DomainSettings", value);
  }

  /**
   * Indicates whether a home EFS file system is created for the domain. Set to Disabled to skip EFS
   * creation and reduce domain creation time.
   *
   * <p>Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property {@code
   * HomeEfsFileSystemCreation}.
   */
  public Domain homeEfsFileSystemCreation(String value) {
    return set("HomeEfsFileSystemCreation", Value.of(value));
  }

  /**
   * Sets {@code HomeEfsFileSystemCreation} to this value; see {@link
   * #homeEfsFileSystemCreation(String)}.
   */
  public Domain homeEfsFileSystemCreation(Value<String> value) {
    return set("HomeEfsFileSystemCreation", value);
  }

  /**
   * SageMaker uses AWS KMS to encrypt the EFS volume attached to the Domain with an AWS managed
   * customer master key (CMK) by default. For more control, specify a customer managed CMK.
   *
   * <p><em>Length Constraints</em> : Maximum length of 2048.
   *
   * <p><em>Pattern</em> : <code>.*</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Domain kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Domain kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The VPC subnets that Studio uses for communication.
   *
   * <p><em>Length Constraints</em> : Maximum length of 32.
   *
   * <p><em>Array members</em> : Minimum number of 1 item. Maximum number of 16 items.
   *
   * <p><em>Pattern</em> : <code>[-0-9a-zA-Z]+</code>
   *
   * <p>Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
   * [-0-9a-zA-Z]+}. CloudFormation property {@code SubnetIds}.
   */
  public Domain subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Domain subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public Domain subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * Indicates whether the tags added to Domain, User Profile and Space entity is propagated to all
   * SageMaker resources.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * TagPropagation}.
   */
  public Domain tagPropagation(String value) {
    return set("TagPropagation", Value.of(value));
  }

  /** Sets {@code TagPropagation} to this value; see {@link #tagPropagation(String)}. */
  public Domain tagPropagation(Value<String> value) {
    return set("TagPropagation", value);
  }

  /**
   * Tags to associated with the Domain. Each tag consists of a key and an optional value. Tag keys
   * must be unique per resource. Tags are searchable using the Search API.
   *
   * <p>Tags that you specify for the Domain are also added to all apps that are launched in the
   * Domain.
   *
   * <p><em>Array members</em> : Minimum number of 0 items. Maximum number of 50 items.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the Amazon Virtual Private Cloud (Amazon VPC) that Studio uses for communication.
   *
   * <p><em>Length Constraints</em> : Maximum length of 32.
   *
   * <p><em>Pattern</em> : <code>[-0-9a-zA-Z]+</code>
   *
   * <p>Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
   * [-0-9a-zA-Z]+}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public Domain vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Domain vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public Domain vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the Domain, such as
   * <code>arn:aws:sagemaker:us-west-2:account-id:domain/my-domain-name</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainArn}.
   */
  public Value<String> domainArn() {
    return getAtt("DomainArn");
  }

  /**
   * The Domain ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The ID of the Amazon Elastic File System (EFS) managed by this Domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HomeEfsFileSystemId}.
   */
  public Value<String> homeEfsFileSystemId() {
    return getAtt("HomeEfsFileSystemId");
  }

  /**
   * The ID of the security group that authorizes traffic between the <code>RSessionGateway</code>
   * apps and the <code>RStudioServerPro</code> app.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecurityGroupIdForDomainBoundary}.
   */
  public Value<String> securityGroupIdForDomainBoundary() {
    return getAtt("SecurityGroupIdForDomainBoundary");
  }

  /**
   * The ARN of the application managed by SageMaker in IAM Identity Center. This value is only
   * returned for domains created after October 1, 2023.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SingleSignOnApplicationArn}.
   */
  public Value<String> singleSignOnApplicationArn() {
    return getAtt("SingleSignOnApplicationArn");
  }

  /**
   * The SSO managed application instance ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SingleSignOnManagedApplicationInstanceId}.
   */
  public Value<String> singleSignOnManagedApplicationInstanceId() {
    return getAtt("SingleSignOnManagedApplicationInstanceId");
  }

  /**
   * The URL for the Domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }

  /**
   * Settings that are used to configure and manage the lifecycle of Amazon SageMaker Studio
   * applications.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.AppLifecycleManagement}.
   */
  public static final class AppLifecycleManagement extends Struct<AppLifecycleManagement> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Domain.AppLifecycleManagement");

    public AppLifecycleManagement() {
      super(SCHEMA);
    }

    /**
     * Settings related to idle shutdown of Studio applications.
     *
     * <p>CloudFormation property {@code IdleSettings}.
     */
    public AppLifecycleManagement idleSettings(Value<IdleSettings> value) {
      return set("IdleSettings", value);
    }
  }

  /**
   * The Code Editor application settings.
   *
   * <p>For more information about Code Editor, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/code-editor.html">Get started with Code
   * Editor in Amazon SageMaker</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Domain.CodeEditorAppSettings}.
   */
  public static final class CodeEditorAppSettings extends Struct<CodeEditorAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.CodeEditorAppSettings")
        .constrain("BuiltInLifecycleConfigArn", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .constrain("LifecycleConfigArns", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .build();

    public CodeEditorAppSettings() {
      super(SCHEMA);
    }

    /**
     * Settings that are used to configure and manage the lifecycle of CodeEditor applications.
     *
     * <p>CloudFormation property {@code AppLifecycleManagement}.
     */
    public CodeEditorAppSettings appLifecycleManagement(Value<AppLifecycleManagement> value) {
      return set("AppLifecycleManagement", value);
    }

    /**
     * The lifecycle configuration that runs before the default lifecycle configuration. It can
     * override changes made in the default lifecycle configuration.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
     * CloudFormation property {@code BuiltInLifecycleConfigArn}.
     */
    public CodeEditorAppSettings builtInLifecycleConfigArn(String value) {
      return set("BuiltInLifecycleConfigArn", Value.of(value));
    }

    /**
     * Sets {@code BuiltInLifecycleConfigArn} to this value; see {@link
     * #builtInLifecycleConfigArn(String)}.
     */
    public CodeEditorAppSettings builtInLifecycleConfigArn(Value<String> value) {
      return set("BuiltInLifecycleConfigArn", value);
    }

    /**
     * A list of custom SageMaker images that are configured to run as a Code Editor app.
     *
     * <p>CloudFormation property {@code CustomImages}.
     */
    public CodeEditorAppSettings customImages(List<CustomImage> value) {
      return set("CustomImages", Value.listOf(value));
    }

    /** Sets {@code CustomImages} to this value; see {@link #customImages(List)}. */
    public CodeEditorAppSettings customImages(Value<List<CustomImage>> value) {
      return set("CustomImages", value);
    }

    /** Sets {@code CustomImages} to a list of these; see {@link #customImages(List)}. */
    public CodeEditorAppSettings customImages(CustomImage... values) {
      return set("CustomImages", Value.list(values));
    }

    /**
     * The default instance type and the Amazon Resource Name (ARN) of the default SageMaker image
     * used by the Code Editor app.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public CodeEditorAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Code Editor application lifecycle configuration.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
     * CloudFormation property {@code LifecycleConfigArns}.
     */
    public CodeEditorAppSettings lifecycleConfigArns(List<String> value) {
      return set("LifecycleConfigArns", Value.listOf(value));
    }

    /** Sets {@code LifecycleConfigArns} to this value; see {@link #lifecycleConfigArns(List)}. */
    public CodeEditorAppSettings lifecycleConfigArns(Value<List<String>> value) {
      return set("LifecycleConfigArns", value);
    }
  }

  /**
   * A Git repository that SageMaker AI automatically displays to users for cloning in the
   * JupyterServer application.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.CodeRepository}.
   */
  public static final class CodeRepository extends Struct<CodeRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.CodeRepository")
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
   * The settings for assigning a custom file system to a user profile or space for an Amazon
   * SageMaker AI Domain. Permitted users can access this file system in Amazon SageMaker AI Studio.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.CustomFileSystemConfig}.
   */
  public static final class CustomFileSystemConfig extends Struct<CustomFileSystemConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Domain.CustomFileSystemConfig");

    public CustomFileSystemConfig() {
      super(SCHEMA);
    }

    /**
     * The settings for a custom Amazon EFS file system.
     *
     * <p>CloudFormation property {@code EFSFileSystemConfig}.
     */
    public CustomFileSystemConfig efsFileSystemConfig(Value<EFSFileSystemConfig> value) {
      return set("EFSFileSystemConfig", value);
    }

    /**
     * The settings for a custom Amazon FSx for Lustre file system.
     *
     * <p>CloudFormation property {@code FSxLustreFileSystemConfig}.
     */
    public CustomFileSystemConfig fSxLustreFileSystemConfig(Value<FSxLustreFileSystemConfig> value) {
      return set("FSxLustreFileSystemConfig", value);
    }

    /**
     * Configuration settings for a custom Amazon S3 file system.
     *
     * <p>CloudFormation property {@code S3FileSystemConfig}.
     */
    public CustomFileSystemConfig s3FileSystemConfig(Value<S3FileSystemConfig> value) {
      return set("S3FileSystemConfig", value);
    }
  }

  /**
   * A custom SageMaker AI image. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/studio-byoi.html">Bring your own
   * SageMaker AI image</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Domain.CustomImage}.
   */
  public static final class CustomImage extends Struct<CustomImage> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.CustomImage")
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
   * Details about the POSIX identity that is used for file system operations.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.CustomPosixUserConfig}.
   */
  public static final class CustomPosixUserConfig extends Struct<CustomPosixUserConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.CustomPosixUserConfig")
        .required("Gid", "Uid")
        .constrain("Gid", Constraint.of().minimum(1001).maximum(4000000))
        .constrain("Uid", Constraint.of().minimum(10000).maximum(4000000))
        .build();

    public CustomPosixUserConfig() {
      super(SCHEMA);
    }

    /**
     * The POSIX group ID.
     *
     * <p>Required. Range: 1001 to 4000000. CloudFormation property {@code Gid}.
     */
    public CustomPosixUserConfig gid(int value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(int)}. */
    public CustomPosixUserConfig gid(Value<Integer> value) {
      return set("Gid", value);
    }

    /**
     * The POSIX user ID.
     *
     * <p>Required. Range: 10000 to 4000000. CloudFormation property {@code Uid}.
     */
    public CustomPosixUserConfig uid(int value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(int)}. */
    public CustomPosixUserConfig uid(Value<Integer> value) {
      return set("Uid", value);
    }
  }

  /**
   * A collection of default EBS storage settings that apply to spaces created within a domain or
   * user profile.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.DefaultEbsStorageSettings}.
   */
  public static final class DefaultEbsStorageSettings extends Struct<DefaultEbsStorageSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.DefaultEbsStorageSettings")
        .required("DefaultEbsVolumeSizeInGb", "MaximumEbsVolumeSizeInGb")
        .constrain("DefaultEbsVolumeSizeInGb", Constraint.of().minimum(5).maximum(16384))
        .constrain("MaximumEbsVolumeSizeInGb", Constraint.of().minimum(5).maximum(16384))
        .build();

    public DefaultEbsStorageSettings() {
      super(SCHEMA);
    }

    /**
     * The default size of the EBS storage volume for a space.
     *
     * <p>Required. Range: 5 to 16384. CloudFormation property {@code DefaultEbsVolumeSizeInGb}.
     */
    public DefaultEbsStorageSettings defaultEbsVolumeSizeInGb(int value) {
      return set("DefaultEbsVolumeSizeInGb", Value.of(value));
    }

    /**
     * Sets {@code DefaultEbsVolumeSizeInGb} to this value; see {@link
     * #defaultEbsVolumeSizeInGb(int)}.
     */
    public DefaultEbsStorageSettings defaultEbsVolumeSizeInGb(Value<Integer> value) {
      return set("DefaultEbsVolumeSizeInGb", value);
    }

    /**
     * The maximum size of the EBS storage volume for a space.
     *
     * <p>Required. Range: 5 to 16384. CloudFormation property {@code MaximumEbsVolumeSizeInGb}.
     */
    public DefaultEbsStorageSettings maximumEbsVolumeSizeInGb(int value) {
      return set("MaximumEbsVolumeSizeInGb", Value.of(value));
    }

    /**
     * Sets {@code MaximumEbsVolumeSizeInGb} to this value; see {@link
     * #maximumEbsVolumeSizeInGb(int)}.
     */
    public DefaultEbsStorageSettings maximumEbsVolumeSizeInGb(Value<Integer> value) {
      return set("MaximumEbsVolumeSizeInGb", value);
    }
  }

  /**
   * The default settings for shared spaces that users create in the domain.
   *
   * <p>SageMaker applies these settings only to shared spaces. It doesn't apply them to private
   * spaces.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.DefaultSpaceSettings}.
   */
  public static final class DefaultSpaceSettings extends Struct<DefaultSpaceSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.DefaultSpaceSettings")
        .required("ExecutionRole")
        .constrain("ExecutionRole", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048))
        .constrain("SecurityGroups", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public DefaultSpaceSettings() {
      super(SCHEMA);
    }

    /**
     * The settings for assigning a custom file system to a domain. Permitted users can access this
     * file system in Amazon SageMaker AI Studio.
     *
     * <p>CloudFormation property {@code CustomFileSystemConfigs}.
     */
    public DefaultSpaceSettings customFileSystemConfigs(List<CustomFileSystemConfig> value) {
      return set("CustomFileSystemConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code CustomFileSystemConfigs} to this value; see {@link
     * #customFileSystemConfigs(List)}.
     */
    public DefaultSpaceSettings customFileSystemConfigs(Value<List<CustomFileSystemConfig>> value) {
      return set("CustomFileSystemConfigs", value);
    }

    /**
     * Sets {@code CustomFileSystemConfigs} to a list of these; see {@link
     * #customFileSystemConfigs(List)}.
     */
    public DefaultSpaceSettings customFileSystemConfigs(CustomFileSystemConfig... values) {
      return set("CustomFileSystemConfigs", Value.list(values));
    }

    /** CloudFormation property {@code CustomPosixUserConfig}. */
    public DefaultSpaceSettings customPosixUserConfig(Value<CustomPosixUserConfig> value) {
      return set("CustomPosixUserConfig", value);
    }

    /**
     * The ARN of the execution role for the space.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
     * property {@code ExecutionRole}.
     */
    public DefaultSpaceSettings executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public DefaultSpaceSettings executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * The JupyterLab app settings.
     *
     * <p>CloudFormation property {@code JupyterLabAppSettings}.
     */
    public DefaultSpaceSettings jupyterLabAppSettings(Value<JupyterLabAppSettings> value) {
      return set("JupyterLabAppSettings", value);
    }

    /**
     * The JupyterServer app settings.
     *
     * <p>CloudFormation property {@code JupyterServerAppSettings}.
     */
    public DefaultSpaceSettings jupyterServerAppSettings(Value<JupyterServerAppSettings> value) {
      return set("JupyterServerAppSettings", value);
    }

    /**
     * The KernelGateway app settings.
     *
     * <p>CloudFormation property {@code KernelGatewayAppSettings}.
     */
    public DefaultSpaceSettings kernelGatewayAppSettings(Value<KernelGatewayAppSettings> value) {
      return set("KernelGatewayAppSettings", value);
    }

    /**
     * The security group IDs for the Amazon VPC that the space uses for communication.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
     */
    public DefaultSpaceSettings securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public DefaultSpaceSettings securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Default storage settings for a space.
     *
     * <p>CloudFormation property {@code SpaceStorageSettings}.
     */
    public DefaultSpaceSettings spaceStorageSettings(Value<DefaultSpaceStorageSettings> value) {
      return set("SpaceStorageSettings", value);
    }
  }

  /**
   * The default storage settings for a space.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.DefaultSpaceStorageSettings}.
   */
  public static final class DefaultSpaceStorageSettings extends Struct<DefaultSpaceStorageSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Domain.DefaultSpaceStorageSettings");

    public DefaultSpaceStorageSettings() {
      super(SCHEMA);
    }

    /**
     * The default EBS storage settings for a space.
     *
     * <p>CloudFormation property {@code DefaultEbsStorageSettings}.
     */
    public DefaultSpaceStorageSettings defaultEbsStorageSettings(Value<DefaultEbsStorageSettings> value) {
      return set("DefaultEbsStorageSettings", value);
    }
  }

  /**
   * A collection of settings that configure the domain's Docker interaction.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.DockerSettings}.
   */
  public static final class DockerSettings extends Struct<DockerSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.DockerSettings")
        .allowed("EnableDockerAccess", "ENABLED", "DISABLED")
        .constrain("VpcOnlyTrustedAccounts", Constraint.of().pattern("^\\d+$").minLength(12).maxLength(12))
        .build();

    public DockerSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the domain can access Docker.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * EnableDockerAccess}.
     */
    public DockerSettings enableDockerAccess(String value) {
      return set("EnableDockerAccess", Value.of(value));
    }

    /** Sets {@code EnableDockerAccess} to this value; see {@link #enableDockerAccess(String)}. */
    public DockerSettings enableDockerAccess(Value<String> value) {
      return set("EnableDockerAccess", value);
    }

    /**
     * The list of AWS accounts that are trusted when the domain is created in VPC-only mode.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^&#92;d+$}. CloudFormation property {@code
     * VpcOnlyTrustedAccounts}.
     */
    public DockerSettings vpcOnlyTrustedAccounts(List<String> value) {
      return set("VpcOnlyTrustedAccounts", Value.listOf(value));
    }

    /**
     * Sets {@code VpcOnlyTrustedAccounts} to this value; see {@link #vpcOnlyTrustedAccounts(List)}.
     */
    public DockerSettings vpcOnlyTrustedAccounts(Value<List<String>> value) {
      return set("VpcOnlyTrustedAccounts", value);
    }
  }

  /**
   * A collection of settings that apply to the <code>SageMaker Domain</code> . These settings are
   * specified through the <code>CreateDomain</code> API call.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.DomainSettings}.
   */
  public static final class DomainSettings extends Struct<DomainSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.DomainSettings")
        .allowed("ExecutionRoleIdentityConfig", "USER_PROFILE_NAME", "DISABLED")
        .allowed("IpAddressType", "IPV4", "DUALSTACK")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public DomainSettings() {
      super(SCHEMA);
    }

    /**
     * A collection of settings that configure the domain's Docker interaction.
     *
     * <p>CloudFormation property {@code DockerSettings}.
     */
    public DomainSettings dockerSettings(Value<DockerSettings> value) {
      return set("DockerSettings", value);
    }

    /**
     * The configuration for attaching a SageMaker AI user profile name to the execution role as a
     * <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html">sts:SourceIdentity
     * key</a> .
     *
     * <p>Allowed values: {@code USER_PROFILE_NAME}, {@code DISABLED}. CloudFormation property
     * {@code ExecutionRoleIdentityConfig}.
     */
    public DomainSettings executionRoleIdentityConfig(String value) {
      return set("ExecutionRoleIdentityConfig", Value.of(value));
    }

    /**
     * Sets {@code ExecutionRoleIdentityConfig} to this value; see {@link
     * #executionRoleIdentityConfig(String)}.
     */
    public DomainSettings executionRoleIdentityConfig(Value<String> value) {
      return set("ExecutionRoleIdentityConfig", value);
    }

    /**
     * The IP address type for the domain. Specify <code>ipv4</code> for IPv4-only connectivity or
     * <code>dualstack</code> for both IPv4 and IPv6 connectivity. When you specify
     * <code>dualstack</code> , the subnet must support IPv6 CIDR blocks. If not specified, defaults
     * to <code>ipv4</code> .
     *
     * <p>Allowed values: {@code IPV4}, {@code DUALSTACK}. CloudFormation property {@code
     * IpAddressType}.
     */
    public DomainSettings ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public DomainSettings ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * A collection of settings that configure the <code>RStudioServerPro</code> Domain-level app.
     *
     * <p>CloudFormation property {@code RStudioServerProDomainSettings}.
     */
    public DomainSettings rStudioServerProDomainSettings(Value<RStudioServerProDomainSettings> value) {
      return set("RStudioServerProDomainSettings", value);
    }

    /**
     * The security groups for the Amazon Virtual Private Cloud that the <code>Domain</code> uses
     * for communication between Domain-level apps and user apps.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public DomainSettings securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public DomainSettings securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The settings that apply to an SageMaker AI domain when you use it in Amazon SageMaker Unified
     * Studio.
     *
     * <p>CloudFormation property {@code UnifiedStudioSettings}.
     */
    public DomainSettings unifiedStudioSettings(Value<UnifiedStudioSettings> value) {
      return set("UnifiedStudioSettings", value);
    }
  }

  /**
   * The settings for assigning a custom Amazon EFS file system to a user profile or space for an
   * Amazon SageMaker AI Domain.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.EFSFileSystemConfig}.
   */
  public static final class EFSFileSystemConfig extends Struct<EFSFileSystemConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.EFSFileSystemConfig")
        .required("FileSystemId")
        .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
        .constrain("FileSystemPath", Constraint.of().pattern("^\\/\\S*$").minLength(1).maxLength(256))
        .build();

    public EFSFileSystemConfig() {
      super(SCHEMA);
    }

    /**
     * The ID of your Amazon EFS file system.
     *
     * <p>Required. Length: 11 to 21 characters. Pattern: {@code ^(fs-[0-9a-f]{8,})$}.
     * CloudFormation property {@code FileSystemId}.
     */
    public EFSFileSystemConfig fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public EFSFileSystemConfig fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The path to the file system directory that is accessible in Amazon SageMaker AI Studio.
     * Permitted users can access only this directory and below.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^&#92;/&#92;S*$}. CloudFormation property
     * {@code FileSystemPath}.
     */
    public EFSFileSystemConfig fileSystemPath(String value) {
      return set("FileSystemPath", Value.of(value));
    }

    /** Sets {@code FileSystemPath} to this value; see {@link #fileSystemPath(String)}. */
    public EFSFileSystemConfig fileSystemPath(Value<String> value) {
      return set("FileSystemPath", value);
    }
  }

  /**
   * The settings for assigning a custom Amazon FSx for Lustre file system to a user profile or
   * space for an Amazon SageMaker Domain.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.FSxLustreFileSystemConfig}.
   */
  public static final class FSxLustreFileSystemConfig extends Struct<FSxLustreFileSystemConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.FSxLustreFileSystemConfig")
        .required("FileSystemId")
        .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
        .constrain("FileSystemPath", Constraint.of().pattern("^\\/\\S*$").minLength(1).maxLength(256))
        .build();

    public FSxLustreFileSystemConfig() {
      super(SCHEMA);
    }

    /**
     * The globally unique, 17-digit, ID of the file system, assigned by Amazon FSx for Lustre.
     *
     * <p>Required. Length: 11 to 21 characters. Pattern: {@code ^(fs-[0-9a-f]{8,})$}.
     * CloudFormation property {@code FileSystemId}.
     */
    public FSxLustreFileSystemConfig fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public FSxLustreFileSystemConfig fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The path to the file system directory that is accessible in Amazon SageMaker Studio.
     * Permitted users can access only this directory and below.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^&#92;/&#92;S*$}. CloudFormation property
     * {@code FileSystemPath}.
     */
    public FSxLustreFileSystemConfig fileSystemPath(String value) {
      return set("FileSystemPath", Value.of(value));
    }

    /** Sets {@code FileSystemPath} to this value; see {@link #fileSystemPath(String)}. */
    public FSxLustreFileSystemConfig fileSystemPath(Value<String> value) {
      return set("FileSystemPath", value);
    }
  }

  /**
   * The SageMaker images that are hidden from the Studio user interface. You must specify the
   * SageMaker image name and version aliases.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.HiddenSageMakerImage}.
   */
  public static final class HiddenSageMakerImage extends Struct<HiddenSageMakerImage> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.HiddenSageMakerImage")
        .allowed("SageMakerImageName", "sagemaker_distribution")
        .constrain("VersionAliases", Constraint.of().pattern("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$").minLength(1).maxLength(128))
        .build();

    public HiddenSageMakerImage() {
      super(SCHEMA);
    }

    /**
     * The SageMaker image name that you are hiding from the Studio user interface.
     *
     * <p>Allowed values: {@code sagemaker_distribution}. CloudFormation property {@code
     * SageMakerImageName}.
     */
    public HiddenSageMakerImage sageMakerImageName(String value) {
      return set("SageMakerImageName", Value.of(value));
    }

    /** Sets {@code SageMakerImageName} to this value; see {@link #sageMakerImageName(String)}. */
    public HiddenSageMakerImage sageMakerImageName(Value<String> value) {
      return set("SageMakerImageName", value);
    }

    /**
     * The version aliases you are hiding from the Studio user interface.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^(0|[1-9]&#92;d*)&#92;.(0|[1-9]&#92;d*)$}.
     * CloudFormation property {@code VersionAliases}.
     */
    public HiddenSageMakerImage versionAliases(List<String> value) {
      return set("VersionAliases", Value.listOf(value));
    }

    /** Sets {@code VersionAliases} to this value; see {@link #versionAliases(List)}. */
    public HiddenSageMakerImage versionAliases(Value<List<String>> value) {
      return set("VersionAliases", value);
    }
  }

  /**
   * Settings related to idle shutdown of Studio applications.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.IdleSettings}.
   */
  public static final class IdleSettings extends Struct<IdleSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.IdleSettings")
        .constrain("IdleTimeoutInMinutes", Constraint.of().minimum(60).maximum(525600))
        .allowed("LifecycleManagement", "ENABLED", "DISABLED")
        .constrain("MaxIdleTimeoutInMinutes", Constraint.of().minimum(60).maximum(525600))
        .constrain("MinIdleTimeoutInMinutes", Constraint.of().minimum(60).maximum(525600))
        .build();

    public IdleSettings() {
      super(SCHEMA);
    }

    /**
     * The time that SageMaker waits after the application becomes idle before shutting it down.
     *
     * <p>Range: 60 to 525600. CloudFormation property {@code IdleTimeoutInMinutes}.
     */
    public IdleSettings idleTimeoutInMinutes(int value) {
      return set("IdleTimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code IdleTimeoutInMinutes} to this value; see {@link #idleTimeoutInMinutes(int)}. */
    public IdleSettings idleTimeoutInMinutes(Value<Integer> value) {
      return set("IdleTimeoutInMinutes", value);
    }

    /**
     * Indicates whether idle shutdown is activated for the application type.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * LifecycleManagement}.
     */
    public IdleSettings lifecycleManagement(String value) {
      return set("LifecycleManagement", Value.of(value));
    }

    /** Sets {@code LifecycleManagement} to this value; see {@link #lifecycleManagement(String)}. */
    public IdleSettings lifecycleManagement(Value<String> value) {
      return set("LifecycleManagement", value);
    }

    /**
     * The maximum value in minutes that custom idle shutdown can be set to by the user.
     *
     * <p>Range: 60 to 525600. CloudFormation property {@code MaxIdleTimeoutInMinutes}.
     */
    public IdleSettings maxIdleTimeoutInMinutes(int value) {
      return set("MaxIdleTimeoutInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaxIdleTimeoutInMinutes} to this value; see {@link
     * #maxIdleTimeoutInMinutes(int)}.
     */
    public IdleSettings maxIdleTimeoutInMinutes(Value<Integer> value) {
      return set("MaxIdleTimeoutInMinutes", value);
    }

    /**
     * The minimum value in minutes that custom idle shutdown can be set to by the user.
     *
     * <p>Range: 60 to 525600. CloudFormation property {@code MinIdleTimeoutInMinutes}.
     */
    public IdleSettings minIdleTimeoutInMinutes(int value) {
      return set("MinIdleTimeoutInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MinIdleTimeoutInMinutes} to this value; see {@link
     * #minIdleTimeoutInMinutes(int)}.
     */
    public IdleSettings minIdleTimeoutInMinutes(Value<Integer> value) {
      return set("MinIdleTimeoutInMinutes", value);
    }
  }

  /**
   * The settings for the JupyterLab application.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.JupyterLabAppSettings}.
   */
  public static final class JupyterLabAppSettings extends Struct<JupyterLabAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.JupyterLabAppSettings")
        .constrain("BuiltInLifecycleConfigArn", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .constrain("LifecycleConfigArns", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .build();

    public JupyterLabAppSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates whether idle shutdown is activated for JupyterLab applications.
     *
     * <p>CloudFormation property {@code AppLifecycleManagement}.
     */
    public JupyterLabAppSettings appLifecycleManagement(Value<AppLifecycleManagement> value) {
      return set("AppLifecycleManagement", value);
    }

    /**
     * The lifecycle configuration that runs before the default lifecycle configuration. It can
     * override changes made in the default lifecycle configuration.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
     * CloudFormation property {@code BuiltInLifecycleConfigArn}.
     */
    public JupyterLabAppSettings builtInLifecycleConfigArn(String value) {
      return set("BuiltInLifecycleConfigArn", Value.of(value));
    }

    /**
     * Sets {@code BuiltInLifecycleConfigArn} to this value; see {@link
     * #builtInLifecycleConfigArn(String)}.
     */
    public JupyterLabAppSettings builtInLifecycleConfigArn(Value<String> value) {
      return set("BuiltInLifecycleConfigArn", value);
    }

    /**
     * A list of Git repositories that SageMaker automatically displays to users for cloning in the
     * JupyterLab application.
     *
     * <p>CloudFormation property {@code CodeRepositories}.
     */
    public JupyterLabAppSettings codeRepositories(List<CodeRepository> value) {
      return set("CodeRepositories", Value.listOf(value));
    }

    /** Sets {@code CodeRepositories} to this value; see {@link #codeRepositories(List)}. */
    public JupyterLabAppSettings codeRepositories(Value<List<CodeRepository>> value) {
      return set("CodeRepositories", value);
    }

    /** Sets {@code CodeRepositories} to a list of these; see {@link #codeRepositories(List)}. */
    public JupyterLabAppSettings codeRepositories(CodeRepository... values) {
      return set("CodeRepositories", Value.list(values));
    }

    /**
     * A list of custom SageMaker images that are configured to run as a JupyterLab app.
     *
     * <p>CloudFormation property {@code CustomImages}.
     */
    public JupyterLabAppSettings customImages(List<CustomImage> value) {
      return set("CustomImages", Value.listOf(value));
    }

    /** Sets {@code CustomImages} to this value; see {@link #customImages(List)}. */
    public JupyterLabAppSettings customImages(Value<List<CustomImage>> value) {
      return set("CustomImages", value);
    }

    /** Sets {@code CustomImages} to a list of these; see {@link #customImages(List)}. */
    public JupyterLabAppSettings customImages(CustomImage... values) {
      return set("CustomImages", Value.list(values));
    }

    /**
     * The default instance type and the Amazon Resource Name (ARN) of the default SageMaker image
     * used by the JupyterLab app.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public JupyterLabAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the lifecycle configurations attached to the user profile
     * or domain. To remove a lifecycle config, you must set <code>LifecycleConfigArns</code> to an
     * empty list.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
     * CloudFormation property {@code LifecycleConfigArns}.
     */
    public JupyterLabAppSettings lifecycleConfigArns(List<String> value) {
      return set("LifecycleConfigArns", Value.listOf(value));
    }

    /** Sets {@code LifecycleConfigArns} to this value; see {@link #lifecycleConfigArns(List)}. */
    public JupyterLabAppSettings lifecycleConfigArns(Value<List<String>> value) {
      return set("LifecycleConfigArns", value);
    }
  }

  /**
   * The JupyterServer app settings.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.JupyterServerAppSettings}.
   */
  public static final class JupyterServerAppSettings extends Struct<JupyterServerAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.JupyterServerAppSettings")
        .constrain("LifecycleConfigArns", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .build();

    public JupyterServerAppSettings() {
      super(SCHEMA);
    }

    /**
     * The default instance type and the Amazon Resource Name (ARN) of the default SageMaker image
     * used by the JupyterServer app.
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
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
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
   * <p>Property type {@code AWS::SageMaker::Domain.KernelGatewayAppSettings}.
   */
  public static final class KernelGatewayAppSettings extends Struct<KernelGatewayAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.KernelGatewayAppSettings")
        .constrain("LifecycleConfigArns", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
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
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
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
   * A collection of settings that apply to an <code>RSessionGateway</code> app.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.RSessionAppSettings}.
   */
  public static final class RSessionAppSettings extends Struct<RSessionAppSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Domain.RSessionAppSettings");

    public RSessionAppSettings() {
      super(SCHEMA);
    }

    /**
     * A list of custom SageMaker AI images that are configured to run as a RSession app.
     *
     * <p>CloudFormation property {@code CustomImages}.
     */
    public RSessionAppSettings customImages(List<CustomImage> value) {
      return set("CustomImages", Value.listOf(value));
    }

    /** Sets {@code CustomImages} to this value; see {@link #customImages(List)}. */
    public RSessionAppSettings customImages(Value<List<CustomImage>> value) {
      return set("CustomImages", value);
    }

    /** Sets {@code CustomImages} to a list of these; see {@link #customImages(List)}. */
    public RSessionAppSettings customImages(CustomImage... values) {
      return set("CustomImages", Value.list(values));
    }

    /**
     * Specifies the ARNs of a SageMaker image and SageMaker image version, and the instance type
     * that the version runs on.
     *
     * <p>CloudFormation property {@code DefaultResourceSpec}.
     */
    public RSessionAppSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }
  }

  /**
   * A collection of settings that configure user interaction with the <code>RStudioServerPro</code>
   * app.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.RStudioServerProAppSettings}.
   */
  public static final class RStudioServerProAppSettings extends Struct<RStudioServerProAppSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.RStudioServerProAppSettings")
        .allowed("AccessStatus", "ENABLED", "DISABLED")
        .allowed("UserGroup", "R_STUDIO_ADMIN", "R_STUDIO_USER")
        .build();

    public RStudioServerProAppSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the current user has access to the <code>RStudioServerPro</code> app.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * AccessStatus}.
     */
    public RStudioServerProAppSettings accessStatus(String value) {
      return set("AccessStatus", Value.of(value));
    }

    /** Sets {@code AccessStatus} to this value; see {@link #accessStatus(String)}. */
    public RStudioServerProAppSettings accessStatus(Value<String> value) {
      return set("AccessStatus", value);
    }

    /**
     * The level of permissions that the user has within the <code>RStudioServerPro</code> app. This
     * value defaults to <code>User</code>. The <code>Admin</code> value allows the user access to
     * the RStudio Administrative Dashboard.
     *
     * <p>Allowed values: {@code R_STUDIO_ADMIN}, {@code R_STUDIO_USER}. CloudFormation property
     * {@code UserGroup}.
     */
    public RStudioServerProAppSettings userGroup(String value) {
      return set("UserGroup", Value.of(value));
    }

    /** Sets {@code UserGroup} to this value; see {@link #userGroup(String)}. */
    public RStudioServerProAppSettings userGroup(Value<String> value) {
      return set("UserGroup", value);
    }
  }

  /**
   * A collection of settings that configure the <code>RStudioServerPro</code> Domain-level app.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.RStudioServerProDomainSettings}.
   */
  public static final class RStudioServerProDomainSettings extends Struct<RStudioServerProDomainSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.RStudioServerProDomainSettings")
        .required("DomainExecutionRoleArn")
        .constrain("DomainExecutionRoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("RStudioConnectUrl", Constraint.of().pattern("^(https:|http:|www\\.)\\S*"))
        .constrain("RStudioPackageManagerUrl", Constraint.of().pattern("^(https:|http:|www\\.)\\S*"))
        .build();

    public RStudioServerProDomainSettings() {
      super(SCHEMA);
    }

    /**
     * A collection that defines the default <code>InstanceType</code> ,
     * <code>SageMakerImageArn</code> , and <code>SageMakerImageVersionArn</code> for the Domain.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DefaultResourceSpec}.
     */
    public RStudioServerProDomainSettings defaultResourceSpec(Value<ResourceSpec> value) {
      return set("DefaultResourceSpec", value);
    }

    /**
     * The ARN of the execution role for the <code>RStudioServerPro</code> Domain-level app.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code DomainExecutionRoleArn}.
     */
    public RStudioServerProDomainSettings domainExecutionRoleArn(String value) {
      return set("DomainExecutionRoleArn", Value.of(value));
    }

    /**
     * Sets {@code DomainExecutionRoleArn} to this value; see {@link
     * #domainExecutionRoleArn(String)}.
     */
    public RStudioServerProDomainSettings domainExecutionRoleArn(Value<String> value) {
      return set("DomainExecutionRoleArn", value);
    }

    /**
     * A URL pointing to an RStudio Connect server.
     *
     * <p>Pattern: {@code ^(https:|http:|www&#92;.)&#92;S*}. CloudFormation property {@code
     * RStudioConnectUrl}.
     */
    public RStudioServerProDomainSettings rStudioConnectUrl(String value) {
      return set("RStudioConnectUrl", Value.of(value));
    }

    /** Sets {@code RStudioConnectUrl} to this value; see {@link #rStudioConnectUrl(String)}. */
    public RStudioServerProDomainSettings rStudioConnectUrl(Value<String> value) {
      return set("RStudioConnectUrl", value);
    }

    /**
     * A URL pointing to an RStudio Package Manager server.
     *
     * <p>Pattern: {@code ^(https:|http:|www&#92;.)&#92;S*}. CloudFormation property {@code
     * RStudioPackageManagerUrl}.
     */
    public RStudioServerProDomainSettings rStudioPackageManagerUrl(String value) {
      return set("RStudioPackageManagerUrl", Value.of(value));
    }

    /**
     * Sets {@code RStudioPackageManagerUrl} to this value; see {@link
     * #rStudioPackageManagerUrl(String)}.
     */
    public RStudioServerProDomainSettings rStudioPackageManagerUrl(Value<String> value) {
      return set("RStudioPackageManagerUrl", value);
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
   * <p>Property type {@code AWS::SageMaker::Domain.ResourceSpec}.
   */
  public static final class ResourceSpec extends Struct<ResourceSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.ResourceSpec")
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
            "ml.p6-b200.48xlarge", "ml.g7e.2xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge",
            "ml.g7e.12xlarge", "ml.g7e.24xlarge", "ml.g7e.48xlarge")
        .constrain("LifecycleConfigArn", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .constrain("SageMakerImageArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$").minLength(0).maxLength(256))
        .constrain("SageMakerImageVersionArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+$").minLength(0).maxLength(256))
        .constrain("TrainingPlanArn", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*|None)$").minLength(0).maxLength(2048))
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
     * <p>Changing it may replace the resource. Allowed values: {@code system}, {@code ml.t3.micro},
     * {@code ml.t3.small}, {@code ml.t3.medium}, {@code ml.t3.large}, {@code ml.t3.xlarge}, {@code
     * ml.t3.2xlarge}, {@code ml.m5.large}, {@code ml.m5.xlarge}, {@code ml.m5.2xlarge}, {@code
     * ml.m5.4xlarge}, {@code ml.m5.8xlarge}, {@code ml.m5.12xlarge}, {@code ml.m5.16xlarge}, {@code
     * ml.m5.24xlarge}, {@code ml.m5d.large}, {@code ml.m5d.xlarge}, {@code ml.m5d.2xlarge}, {@code
     * ml.m5d.4xlarge}, {@code ml.m5d.8xlarge}, {@code ml.m5d.12xlarge}, {@code ml.m5d.16xlarge},
     * {@code ml.m5d.24xlarge}, {@code ml.c5.large}, {@code ml.c5.xlarge}, {@code ml.c5.2xlarge},
     * {@code ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.12xlarge}, {@code ml.c5.18xlarge},
     * {@code ml.c5.24xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code ml.p3.16xlarge},
     * {@code ml.p3dn.24xlarge}, {@code ml.g4dn.xlarge}, {@code ml.g4dn.2xlarge}, {@code
     * ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code ml.g4dn.12xlarge}, {@code
     * ml.g4dn.16xlarge}, {@code ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5.2xlarge}, {@code
     * ml.r5.4xlarge}, {@code ml.r5.8xlarge}, {@code ml.r5.12xlarge}, {@code ml.r5.16xlarge}, {@code
     * ml.r5.24xlarge}, {@code ml.g5.xlarge}, {@code ml.g5.2xlarge}, {@code ml.g5.4xlarge}, {@code
     * ml.g5.8xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge},
     * {@code ml.g5.48xlarge}, {@code ml.g6.xlarge}, {@code ml.g6.2xlarge}, {@code ml.g6.4xlarge},
     * {@code ml.g6.8xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code
     * ml.g6.24xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6e.xlarge}, {@code ml.g6e.2xlarge},
     * {@code ml.g6e.4xlarge}, {@code ml.g6e.8xlarge}, {@code ml.g6e.12xlarge}, {@code
     * ml.g6e.16xlarge}, {@code ml.g6e.24xlarge}, {@code ml.g6e.48xlarge}, {@code
     * ml.geospatial.interactive}, {@code ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code
     * ml.trn1.2xlarge}, {@code ml.trn1.32xlarge}, {@code ml.trn1n.32xlarge}, {@code
     * ml.p5.48xlarge}, {@code ml.p5e.48xlarge}, {@code ml.p5en.48xlarge}, {@code ml.m6i.large},
     * {@code ml.m6i.xlarge}, {@code ml.m6i.2xlarge}, {@code ml.m6i.4xlarge}, {@code
     * ml.m6i.8xlarge}, {@code ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge},
     * {@code ml.m6i.32xlarge}, {@code ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.m7i.2xlarge},
     * {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge}, {@code ml.m7i.12xlarge}, {@code
     * ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code ml.m7i.48xlarge}, {@code ml.c6i.large},
     * {@code ml.c6i.xlarge}, {@code ml.c6i.2xlarge}, {@code ml.c6i.4xlarge}, {@code
     * ml.c6i.8xlarge}, {@code ml.c6i.12xlarge}, {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge},
     * {@code ml.c6i.32xlarge}, {@code ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.c7i.2xlarge},
     * {@code ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code ml.c7i.12xlarge}, {@code
     * ml.c7i.16xlarge}, {@code ml.c7i.24xlarge}, {@code ml.c7i.48xlarge}, {@code ml.r6i.large},
     * {@code ml.r6i.xlarge}, {@code ml.r6i.2xlarge}, {@code ml.r6i.4xlarge}, {@code
     * ml.r6i.8xlarge}, {@code ml.r6i.12xlarge}, {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge},
     * {@code ml.r6i.32xlarge}, {@code ml.r7i.large}, {@code ml.r7i.xlarge}, {@code ml.r7i.2xlarge},
     * {@code ml.r7i.4xlarge}, {@code ml.r7i.8xlarge}, {@code ml.r7i.12xlarge}, {@code
     * ml.r7i.16xlarge}, {@code ml.r7i.24xlarge}, {@code ml.r7i.48xlarge}, {@code ml.m6id.large},
     * {@code ml.m6id.xlarge}, {@code ml.m6id.2xlarge}, {@code ml.m6id.4xlarge}, {@code
     * ml.m6id.8xlarge}, {@code ml.m6id.12xlarge}, {@code ml.m6id.16xlarge}, {@code
     * ml.m6id.24xlarge}, {@code ml.m6id.32xlarge}, {@code ml.c6id.large}, {@code ml.c6id.xlarge},
     * {@code ml.c6id.2xlarge}, {@code ml.c6id.4xlarge}, {@code ml.c6id.8xlarge}, {@code
     * ml.c6id.12xlarge}, {@code ml.c6id.16xlarge}, {@code ml.c6id.24xlarge}, {@code
     * ml.c6id.32xlarge}, {@code ml.r6id.large}, {@code ml.r6id.xlarge}, {@code ml.r6id.2xlarge},
     * {@code ml.r6id.4xlarge}, {@code ml.r6id.8xlarge}, {@code ml.r6id.12xlarge}, {@code
     * ml.r6id.16xlarge}, {@code ml.r6id.24xlarge}, {@code ml.r6id.32xlarge}, {@code ml.p5.4xlarge},
     * {@code ml.p6-b200.48xlarge}, {@code ml.g7e.2xlarge}, {@code ml.g7e.4xlarge}, {@code
     * ml.g7e.8xlarge}, {@code ml.g7e.12xlarge}, {@code ml.g7e.24xlarge}, {@code ml.g7e.48xlarge}.
     * CloudFormation property {@code InstanceType}.
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
     * <p>Changing it may replace the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
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
     * <p>Changing it may replace the resource. Length: 0 to 256 characters. Pattern: {@code
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
     * <p>Changing it may replace the resource. Length: 0 to 256 characters. Pattern: {@code
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
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:training-plan/.*|None)$}.
     * CloudFormation property {@code TrainingPlanArn}.
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
   * Configuration for the custom Amazon S3 file system.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.S3FileSystemConfig}.
   */
  public static final class S3FileSystemConfig extends Struct<S3FileSystemConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.S3FileSystemConfig")
        .constrain("MountPath", Constraint.of().minLength(0).maxLength(1024))
        .constrain("S3Uri", Constraint.of().pattern("(s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
        .build();

    public S3FileSystemConfig() {
      super(SCHEMA);
    }

    /**
     * The file system path where the Amazon S3 storage location will be mounted within the Amazon
     * SageMaker Studio environment.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code MountPath}.
     */
    public S3FileSystemConfig mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public S3FileSystemConfig mountPath(Value<String> value) {
      return set("MountPath", value);
    }

    /**
     * The Amazon S3 URI of the S3 file system configuration.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code (s3)://([^/]+)/?(.*)}. CloudFormation
     * property {@code S3Uri}.
     */
    public S3FileSystemConfig s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3FileSystemConfig s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Specifies options when sharing an Amazon SageMaker Studio notebook. These settings are
   * specified as part of <code>DefaultUserSettings</code> when the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html">CreateDomain</a>
   * API is called, and as part of <code>UserSettings</code> when the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateUserProfile.html">CreateUserProfile</a>
   * API is called.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.SharingSettings}.
   */
  public static final class SharingSettings extends Struct<SharingSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.SharingSettings")
        .allowed("NotebookOutputOption", "Allowed", "Disabled")
        .constrain("S3KmsKeyId", Constraint.of().pattern(".*").minLength(0).maxLength(2048))
        .constrain("S3OutputPath", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public SharingSettings() {
      super(SCHEMA);
    }

    /**
     * Whether to include the notebook cell output when sharing the notebook. The default is
     * <code>Disabled</code> .
     *
     * <p>Allowed values: {@code Allowed}, {@code Disabled}. CloudFormation property {@code
     * NotebookOutputOption}.
     */
    public SharingSettings notebookOutputOption(String value) {
      return set("NotebookOutputOption", Value.of(value));
    }

    /**
     * Sets {@code NotebookOutputOption} to this value; see {@link #notebookOutputOption(String)}.
     */
    public SharingSettings notebookOutputOption(Value<String> value) {
      return set("NotebookOutputOption", value);
    }

    /**
     * When <code>NotebookOutputOption</code> is <code>Allowed</code> , the AWS Key Management
     * Service (KMS) encryption key ID used to encrypt the notebook cell output in the Amazon S3
     * bucket.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code .*}. CloudFormation property {@code
     * S3KmsKeyId}.
     */
    public SharingSettings s3KmsKeyId(String value) {
      return set("S3KmsKeyId", Value.of(value));
    }

    /** Sets {@code S3KmsKeyId} to this value; see {@link #s3KmsKeyId(String)}. */
    public SharingSettings s3KmsKeyId(Value<String> value) {
      return set("S3KmsKeyId", value);
    }

    /**
     * When <code>NotebookOutputOption</code> is <code>Allowed</code> , the Amazon S3 bucket used to
     * store the shared notebook snapshots.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3OutputPath}.
     */
    public SharingSettings s3OutputPath(String value) {
      return set("S3OutputPath", Value.of(value));
    }

    /** Sets {@code S3OutputPath} to this value; see {@link #s3OutputPath(String)}. */
    public SharingSettings s3OutputPath(Value<String> value) {
      return set("S3OutputPath", value);
    }
  }

  /**
   * Studio settings. If these settings are applied on a user level, they take priority over the
   * settings applied on a domain level.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.StudioWebPortalSettings}.
   */
  public static final class StudioWebPortalSettings extends Struct<StudioWebPortalSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.StudioWebPortalSettings")
        .allowed("HiddenAppTypes", "JupyterServer", "TensorBoard", "RStudioServerPro", "JupyterLab",
            "CodeEditor", "DetailedProfiler", "Canvas")
        .allowed("HiddenInstanceTypes", "system", "ml.t3.micro", "ml.t3.small", "ml.t3.medium",
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
            "ml.p6-b200.48xlarge", "ml.g7e.2xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge",
            "ml.g7e.12xlarge", "ml.g7e.24xlarge", "ml.g7e.48xlarge")
        .allowed("HiddenMlTools", "DataWrangler", "FeatureStore", "EmrClusters", "AutoMl",
            "Experiments", "Training", "ModelEvaluation", "Pipelines", "Models", "JumpStart",
            "InferenceRecommender", "Endpoints", "Projects", "InferenceOptimization",
            "HyperPodClusters", "Comet", "DeepchecksLLMEvaluation", "Fiddler", "LakeraGuard",
            "PerformanceEvaluation")
        .build();

    public StudioWebPortalSettings() {
      super(SCHEMA);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-apps.html">Applications
     * supported in Studio</a> that are hidden from the Studio left navigation pane.
     *
     * <p>Allowed values: {@code JupyterServer}, {@code TensorBoard}, {@code RStudioServerPro},
     * {@code JupyterLab}, {@code CodeEditor}, {@code DetailedProfiler}, {@code Canvas}.
     * CloudFormation property {@code HiddenAppTypes}.
     */
    public StudioWebPortalSettings hiddenAppTypes(List<String> value) {
      return set("HiddenAppTypes", Value.listOf(value));
    }

    /** Sets {@code HiddenAppTypes} to this value; see {@link #hiddenAppTypes(List)}. */
    public StudioWebPortalSettings hiddenAppTypes(Value<List<String>> value) {
      return set("HiddenAppTypes", value);
    }

    /**
     * The instance types you are hiding from the Studio user interface.
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
     * ml.p6-b200.48xlarge}, {@code ml.g7e.2xlarge}, {@code ml.g7e.4xlarge}, {@code ml.g7e.8xlarge},
     * {@code ml.g7e.12xlarge}, {@code ml.g7e.24xlarge}, {@code ml.g7e.48xlarge}. CloudFormation
     * property {@code HiddenInstanceTypes}.
     */
    public StudioWebPortalSettings hiddenInstanceTypes(List<String> value) {
      return set("HiddenInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code HiddenInstanceTypes} to this value; see {@link #hiddenInstanceTypes(List)}. */
    public StudioWebPortalSettings hiddenInstanceTypes(Value<List<String>> value) {
      return set("HiddenInstanceTypes", value);
    }

    /**
     * The machine learning tools that are hidden from the Studio left navigation pane.
     *
     * <p>Allowed values: {@code DataWrangler}, {@code FeatureStore}, {@code EmrClusters}, {@code
     * AutoMl}, {@code Experiments}, {@code Training}, {@code ModelEvaluation}, {@code Pipelines},
     * {@code Models}, {@code JumpStart}, {@code InferenceRecommender}, {@code Endpoints}, {@code
     * Projects}, {@code InferenceOptimization}, {@code HyperPodClusters}, {@code Comet}, {@code
     * DeepchecksLLMEvaluation}, {@code Fiddler}, {@code LakeraGuard}, {@code
     * PerformanceEvaluation}. CloudFormation property {@code HiddenMlTools}.
     */
    public StudioWebPortalSettings hiddenMlTools(List<String> value) {
      return set("HiddenMlTools", Value.listOf(value));
    }

    /** Sets {@code HiddenMlTools} to this value; see {@link #hiddenMlTools(List)}. */
    public StudioWebPortalSettings hiddenMlTools(Value<List<String>> value) {
      return set("HiddenMlTools", value);
    }

    /**
     * The version aliases you are hiding from the Studio user interface.
     *
     * <p>CloudFormation property {@code HiddenSageMakerImageVersionAliases}.
     */
    public StudioWebPortalSettings hiddenSageMakerImageVersionAliases(List<HiddenSageMakerImage> value) {
      return set("HiddenSageMakerImageVersionAliases", Value.listOf(value));
    }

    /**
     * Sets {@code HiddenSageMakerImageVersionAliases} to this value; see {@link
     * #hiddenSageMakerImageVersionAliases(List)}.
     */
    public StudioWebPortalSettings hiddenSageMakerImageVersionAliases(Value<List<HiddenSageMakerImage>> value) {
      return set("HiddenSageMakerImageVersionAliases", value);
    }

    /**
     * Sets {@code HiddenSageMakerImageVersionAliases} to a list of these; see {@link
     * #hiddenSageMakerImageVersionAliases(List)}.
     */
    public StudioWebPortalSettings hiddenSageMakerImageVersionAliases(HiddenSageMakerImage... values) {
      return set("HiddenSageMakerImageVersionAliases", Value.list(values));
    }
  }

  /**
   * The settings that apply to an Amazon SageMaker AI domain when you use it in Amazon SageMaker
   * Unified Studio.
   *
   * <p>Property type {@code AWS::SageMaker::Domain.UnifiedStudioSettings}.
   */
  public static final class UnifiedStudioSettings extends Struct<UnifiedStudioSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.UnifiedStudioSettings")
        .constrain("DomainAccountId", Constraint.of().pattern("^\\d+$").minLength(12).maxLength(12))
        .constrain("DomainId", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$").minLength(1).maxLength(36))
        .constrain("DomainRegion", Constraint.of().pattern("[a-zA-Z]{2}-[a-zA-Z\\-]+-\\d+").minLength(1).maxLength(24))
        .constrain("EnvironmentId", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$").minLength(1).maxLength(36))
        .constrain("ProjectId", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
        .constrain("ProjectS3Path", Constraint.of().pattern("[\\w\\.-]+$").minLength(1).maxLength(100))
        .allowed("StudioWebPortalAccess", "ENABLED", "DISABLED")
        .build();

    public UnifiedStudioSettings() {
      super(SCHEMA);
    }

    /**
     * The ID of the AWS account that has the Amazon SageMaker Unified Studio domain. The default
     * value, if you don't specify an ID, is the ID of the account that has the Amazon SageMaker AI
     * domain.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^&#92;d+$}. CloudFormation property {@code
     * DomainAccountId}.
     */
    public UnifiedStudioSettings domainAccountId(String value) {
      return set("DomainAccountId", Value.of(value));
    }

    /** Sets {@code DomainAccountId} to this value; see {@link #domainAccountId(String)}. */
    public UnifiedStudioSettings domainAccountId(Value<String> value) {
      return set("DomainAccountId", value);
    }

    /**
     * The ID of the Amazon SageMaker Unified Studio domain associated with this domain.
     *
     * <p>Length: 1 to 36 characters. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}. CloudFormation
     * property {@code DomainId}.
     */
    public UnifiedStudioSettings domainId(String value) {
      return set("DomainId", Value.of(value));
    }

    /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
    public UnifiedStudioSettings domainId(Value<String> value) {
      return set("DomainId", value);
    }

    /**
     * The AWS Region where the domain is located in Amazon SageMaker Unified Studio. The default
     * value, if you don't specify a Region, is the Region where the Amazon SageMaker AI domain is
     * located.
     *
     * <p>Length: 1 to 24 characters. Pattern: {@code [a-zA-Z]{2}-[a-zA-Z&#92;-]+-&#92;d+}.
     * CloudFormation property {@code DomainRegion}.
     */
    public UnifiedStudioSettings domainRegion(String value) {
      return set("DomainRegion", Value.of(value));
    }

    /** Sets {@code DomainRegion} to this value; see {@link #domainRegion(String)}. */
    public UnifiedStudioSettings domainRegion(Value<String> value) {
      return set("DomainRegion", value);
    }

    /**
     * The ID of the environment that Amazon SageMaker Unified Studio associates with the domain.
     *
     * <p>Length: 1 to 36 characters. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation
     * property {@code EnvironmentId}.
     */
    public UnifiedStudioSettings environmentId(String value) {
      return set("EnvironmentId", Value.of(value));
    }

    /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
    public UnifiedStudioSettings environmentId(Value<String> value) {
      return set("EnvironmentId", value);
    }

    /**
     * The ID of the Amazon SageMaker Unified Studio project that corresponds to the domain.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code ProjectId}.
     */
    public UnifiedStudioSettings projectId(String value) {
      return set("ProjectId", Value.of(value));
    }

    /** Sets {@code ProjectId} to this value; see {@link #projectId(String)}. */
    public UnifiedStudioSettings projectId(Value<String> value) {
      return set("ProjectId", value);
    }

    /**
     * The location where Amazon S3 stores temporary execution data and other artifacts for the
     * project that corresponds to the domain.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code [&#92;w&#92;.-]+$}. CloudFormation property
     * {@code ProjectS3Path}.
     */
    public UnifiedStudioSettings projectS3Path(String value) {
      return set("ProjectS3Path", Value.of(value));
    }

    /** Sets {@code ProjectS3Path} to this value; see {@link #projectS3Path(String)}. */
    public UnifiedStudioSettings projectS3Path(Value<String> value) {
      return set("ProjectS3Path", value);
    }

    /**
     * Sets whether you can access the domain in Amazon SageMaker Studio:
     *
     * <ul> <li><b>ENABLED</b> - You can access the domain in Amazon SageMaker Studio. If you
     * migrate the domain to Amazon SageMaker Unified Studio, you can access it in both studio
     * interfaces. <li><b>DISABLED</b> - You can't access the domain in Amazon SageMaker Studio. If
     * you migrate the domain to Amazon SageMaker Unified Studio, you can access it only in that
     * studio interface. </ul>
     *
     * <p>To migrate a domain to Amazon SageMaker Unified Studio, you specify the
     * UnifiedStudioSettings data type when you use the UpdateDomain action.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * StudioWebPortalAccess}.
     */
    public UnifiedStudioSettings studioWebPortalAccess(String value) {
      return set("StudioWebPortalAccess", Value.of(value));
    }

    /**
     * Sets {@code StudioWebPortalAccess} to this value; see {@link #studioWebPortalAccess(String)}.
     */
    public UnifiedStudioSettings studioWebPortalAccess(Value<String> value) {
      return set("StudioWebPortalAccess", value);
    }
  }

  /**
   * A collection of settings that apply to users of Amazon SageMaker Studio. These settings are
   * specified when the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateUserProfile.html">CreateUserProfile</a>
   * API is called, and as <code>DefaultUserSettings</code> when the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html">CreateDomain</a>
   * API is called.
   *
   * <p><code>SecurityGroups</code> is aggregated when specified in both calls. For all other
   * settings in <code>UserSettings</code> , the values specified in <code>CreateUserProfile</code>
   * take precedence over those specified in <code>CreateDomain</code> .
   *
   * <p>Property type {@code AWS::SageMaker::Domain.UserSettings}.
   */
  public static final class UserSettings extends Struct<UserSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Domain.UserSettings")
        .required("ExecutionRole")
        .allowed("AutoMountHomeEFS", "Enabled", "Disabled", "DefaultAsDomain")
        .constrain("DefaultLandingUri", Constraint.of().minLength(0).maxLength(1023))
        .constrain("ExecutionRole", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048))
        .references("ExecutionRole", "AWS::IAM::Role.Arn")
        .constrain("SecurityGroups", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroups", "AWS::EC2::SecurityGroup.Ref")
        .allowed("StudioWebPortal", "ENABLED", "DISABLED")
        .build();

    public UserSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates whether auto-mounting of an EFS volume is supported for the user profile. The
     * <code>DefaultAsDomain</code> value is only supported for user profiles. Do not use the
     * <code>DefaultAsDomain</code> value when setting this parameter for a domain.
     *
     * <p>SageMaker applies this setting only to private spaces that the user creates in the domain.
     * SageMaker doesn't apply this setting to shared spaces.
     *
     * <p>Allowed values: {@code Enabled}, {@code Disabled}, {@code DefaultAsDomain}. CloudFormation
     * property {@code AutoMountHomeEFS}.
     */
    public UserSettings autoMountHomeEFS(String value) {
      return set("AutoMountHomeEFS", Value.of(value));
    }

    /** Sets {@code AutoMountHomeEFS} to this value; see {@link #autoMountHomeEFS(String)}. */
    public UserSettings autoMountHomeEFS(Value<String> value) {
      return set("AutoMountHomeEFS", value);
    }

    /**
     * The Code Editor application settings.
     *
     * <p>SageMaker applies these settings only to private spaces that the user creates in the
     * domain. SageMaker doesn't apply these settings to shared spaces.
     *
     * <p>CloudFormation property {@code CodeEditorAppSettings}.
     */
    public UserSettings codeEditorAppSettings(Value<CodeEditorAppSettings> value) {
      return set("CodeEditorAppSettings", value);
    }

    /**
     * The settings for assigning a custom file system to a user profile. Permitted users can access
     * this file system in Amazon SageMaker AI Studio.
     *
     * <p>SageMaker applies these settings only to private spaces that the user creates in the
     * domain. SageMaker doesn't apply these settings to shared spaces.
     *
     * <p>CloudFormation property {@code CustomFileSystemConfigs}.
     */
    public UserSettings customFileSystemConfigs(List<CustomFileSystemConfig> value) {
      return set("CustomFileSystemConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code CustomFileSystemConfigs} to this value; see {@link
     * #customFileSystemConfigs(List)}.
     */
    public UserSettings customFileSystemConfigs(Value<List<CustomFileSystemConfig>> value) {
      return set("CustomFileSystemConfigs", value);
    }

    /**
     * Sets {@code CustomFileSystemConfigs} to a list of these; see {@link
     * #customFileSystemConfigs(List)}.
     */
    public UserSettings customFileSystemConfigs(CustomFileSystemConfig... values) {
      return set("CustomFileSystemConfigs", Value.list(values));
    }

    /**
     * Details about the POSIX identity that is used for file system operations.
     *
     * <p>SageMaker applies these settings only to private spaces that the user creates in the
     * domain. SageMaker doesn't apply these settings to shared spaces.
     *
     * <p>CloudFormation property {@code CustomPosixUserConfig}.
     */
    public UserSettings customPosixUserConfig(Value<CustomPosixUserConfig> value) {
      return set("CustomPosixUserConfig", value);
    }

    /**
     * The default experience that the user is directed to when accessing the domain. The supported
     * values are:
     *
     * <ul> <li><code>studio::</code> : Indicates that Studio is the default experience. This value
     * can only be passed if <code>StudioWebPortal</code> is set to <code>ENABLED</code> .
     * <li><code>app:JupyterServer:</code> : Indicates that Studio Classic is the default
     * experience. </ul>
     *
     * <p>Length: 0 to 1023 characters. CloudFormation property {@code DefaultLandingUri}.
     */
    public UserSettings defaultLandingUri(String value) {
      return set("DefaultLandingUri", Value.of(value));
    }

    /** Sets {@code DefaultLandingUri} to this value; see {@link #defaultLandingUri(String)}. */
    public UserSettings defaultLandingUri(Value<String> value) {
      return set("DefaultLandingUri", value);
    }

    /**
     * The execution role for the user.
     *
     * <p>SageMaker applies this setting only to private spaces that the user creates in the domain.
     * SageMaker doesn't apply this setting to shared spaces.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
     * property {@code ExecutionRole}.
     */
    public UserSettings executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public UserSettings executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * Sets {@code ExecutionRole} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #executionRole(String)}.
     */
    public UserSettings executionRole(Role resource) {
      return set("ExecutionRole", resource.arn());
    }

    /**
     * The settings for the JupyterLab application.
     *
     * <p>SageMaker applies these settings only to private spaces that the user creates in the
     * domain. SageMaker doesn't apply these settings to shared spaces.
     *
     * <p>CloudFormation property {@code JupyterLabAppSettings}.
     */
    public UserSettings jupyterLabAppSettings(Value<JupyterLabAppSettings> value) {
      return set("JupyterLabAppSettings", value);
    }

    /**
     * The Jupyter server's app settings.
     *
     * <p>CloudFormation property {@code JupyterServerAppSettings}.
     */
    public UserSettings jupyterServerAppSettings(Value<JupyterServerAppSettings> value) {
      return set("JupyterServerAppSettings", value);
    }

    /**
     * The kernel gateway app settings.
     *
     * <p>CloudFormation property {@code KernelGatewayAppSettings}.
     */
    public UserSettings kernelGatewayAppSettings(Value<KernelGatewayAppSettings> value) {
      return set("KernelGatewayAppSettings", value);
    }

    /**
     * A collection of settings that configure the <code>RSessionGateway</code> app.
     *
     * <p>CloudFormation property {@code RSessionAppSettings}.
     */
    public UserSettings rSessionAppSettings(Value<RSessionAppSettings> value) {
      return set("RSessionAppSettings", value);
    }

    /**
     * A collection of settings that configure user interaction with the
     * <code>RStudioServerPro</code> app.
     *
     * <p>CloudFormation property {@code RStudioServerProAppSettings}.
     */
    public UserSettings rStudioServerProAppSettings(Value<RStudioServerProAppSettings> value) {
      return set("RStudioServerProAppSettings", value);
    }

    /**
     * The security groups for the Amazon Virtual Private Cloud (VPC) that the domain uses for
     * communication.
     *
     * <p>Optional when the <code>CreateDomain.AppNetworkAccessType</code> parameter is set to
     * <code>PublicInternetOnly</code> .
     *
     * <p>Required when the <code>CreateDomain.AppNetworkAccessType</code> parameter is set to
     * <code>VpcOnly</code> , unless specified as part of the <code>DefaultUserSettings</code> for
     * the domain.
     *
     * <p>Amazon SageMaker AI adds a security group to allow NFS traffic from Amazon SageMaker AI
     * Studio. Therefore, the number of security groups that you can specify is one less than the
     * maximum number shown.
     *
     * <p>SageMaker applies these settings only to private spaces that the user creates in the
     * domain. SageMaker doesn't apply these settings to shared spaces.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
     */
    public UserSettings securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public UserSettings securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Sets {@code SecurityGroups} to the Ref of each {@code AWS::EC2::SecurityGroup}; see {@link
     * #securityGroups(List)}.
     */
    public UserSettings securityGroups(SecurityGroup... resources) {
      return set("SecurityGroups", Value.refs(resources));
    }

    /**
     * Specifies options for sharing Amazon SageMaker AI Studio notebooks.
     *
     * <p>CloudFormation property {@code SharingSettings}.
     */
    public UserSettings sharingSettings(Value<SharingSettings> value) {
      return set("SharingSettings", value);
    }

    /**
     * The storage settings for a space.
     *
     * <p>SageMaker applies these settings only to private spaces that the user creates in the
     * domain. SageMaker doesn't apply these settings to shared spaces.
     *
     * <p>CloudFormation property {@code SpaceStorageSettings}.
     */
    public UserSettings spaceStorageSettings(Value<DefaultSpaceStorageSettings> value) {
      return set("SpaceStorageSettings", value);
    }

    /**
     * Whether the user can access Studio. If this value is set to <code>DISABLED</code> , the user
     * cannot access Studio, even if that is the default experience for the domain.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * StudioWebPortal}.
     */
    public UserSettings studioWebPortal(String value) {
      return set("StudioWebPortal", Value.of(value));
    }

    /** Sets {@code StudioWebPortal} to this value; see {@link #studioWebPortal(String)}. */
    public UserSettings studioWebPortal(Value<String> value) {
      return set("StudioWebPortal", value);
    }

    /**
     * Studio settings. If these settings are applied on a user level, they take priority over the
     * settings applied on a domain level.
     *
     * <p>CloudFormation property {@code StudioWebPortalSettings}.
     */
    public UserSettings studioWebPortalSettings(Value<StudioWebPortalSettings> value) {
      return set("StudioWebPortalSettings", value);
    }
  }
}
