// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppStream::ImageBuilder</code> resource creates an image builder for Amazon
 * AppStream 2.0. An image builder is a virtual machine that is used to create an image.
 *
 * <p>The initial state of the image builder is <code>PENDING</code> . When it is ready, the state
 * is <code>RUNNING</code> .
 *
 * <p>CloudFormation type {@code AWS::AppStream::ImageBuilder}.
 */
public final class ImageBuilder extends Resource<ImageBuilder> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::ImageBuilder")
      .required("InstanceType", "Name")
      .constrain("AppstreamAgentVersion", Constraint.of().minLength(1).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("DisplayName", Constraint.of().minLength(0).maxLength(100))
      .constrain("IamRoleArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$").format("AWS::IAM::Role.Arn"))
      .constrain("ImageArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"))
      .constrain("ImageName", Constraint.of().minLength(1))
      .constrain("InstanceType", Constraint.of().minLength(1))
      .constrain("Name", Constraint.of().minLength(1))
      .constrain("SoftwaresToInstall", Constraint.of().minLength(1))
      .constrain("SoftwaresToUninstall", Constraint.of().minLength(1))
      .refYields("Name")
      .attributes("StreamingUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ImageBuilder(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of virtual private cloud (VPC) interface endpoint objects. Administrators can connect
   * to the image builder only through the specified endpoints.
   *
   * <p>CloudFormation property {@code AccessEndpoints}.
   */
  public ImageBuilder accessEndpoints(List<AccessEndpoint> value) {
    return set("AccessEndpoints", Value.listOf(value));
  }

  /** Sets {@code AccessEndpoints} to this value; see {@link #accessEndpoints(List)}. */
  public ImageBuilder accessEndpoints(Value<List<AccessEndpoint>> value) {
    return set("AccessEndpoints", value);
  }

  /** Sets {@code AccessEndpoints} to a list of these; see {@link #accessEndpoints(List)}. */
  public ImageBuilder accessEndpoints(AccessEndpoint... values) {
    return set("AccessEndpoints", Value.list(values));
  }

  /**
   * The version of the WorkSpaces Applications agent to use for this image builder. To use the
   * latest version of the WorkSpaces Applications agent, specify [LATEST].
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code AppstreamAgentVersion}.
   */
  public ImageBuilder appstreamAgentVersion(String value) {
    return set("AppstreamAgentVersion", Value.of(value));
  }

  /**
   * Sets {@code AppstreamAgentVersion} to this value; see {@link #appstreamAgentVersion(String)}.
   */
  public ImageBuilder appstreamAgentVersion(Value<String> value) {
    return set("AppstreamAgentVersion", value);
  }

  /**
   * The description to display.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public ImageBuilder description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ImageBuilder description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code DisableIMDSV1}. */
  public ImageBuilder disableIMDSV1(boolean value) {
    return set("DisableIMDSV1", Value.of(value));
  }

  /** Sets {@code DisableIMDSV1} to this value; see {@link #disableIMDSV1(boolean)}. */
  public ImageBuilder disableIMDSV1(Value<Boolean> value) {
    return set("DisableIMDSV1", value);
  }

  /**
   * The image builder name to display.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public ImageBuilder displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public ImageBuilder displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the directory and organizational unit (OU) to use to join the image builder to a
   * Microsoft Active Directory domain.
   *
   * <p>CloudFormation property {@code DomainJoinInfo}.
   */
  public ImageBuilder domainJoinInfo(Value<DomainJoinInfo> value) {
    return set("DomainJoinInfo", value);
  }

  /**
   * Enables or disables default internet access for the image builder.
   *
   * <p>CloudFormation property {@code EnableDefaultInternetAccess}.
   */
  public ImageBuilder enableDefaultInternetAccess(boolean value) {
    return set("EnableDefaultInternetAccess", Value.of(value));
  }

  /**
   * Sets {@code EnableDefaultInternetAccess} to this value; see {@link
   * #enableDefaultInternetAccess(boolean)}.
   */
  public ImageBuilder enableDefaultInternetAccess(Value<Boolean> value) {
    return set("EnableDefaultInternetAccess", value);
  }

  /**
   * The ARN of the IAM role that is applied to the image builder. To assume a role, the image
   * builder calls the Security Token Service <code>AssumeRole</code> API operation and passes the
   * ARN of the role to use. The operation creates a new session with temporary credentials.
   * AppStream 2.0 retrieves the temporary credentials and creates the
   * <em>appstream_machine_role</em> credential profile on the instance.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/appstream2/latest/developerguide/using-iam-roles-to-grant-permissions-to-applications-scripts-streaming-instances.html">Using
   * an IAM Role to Grant Permissions to Applications and Scripts Running on AppStream 2.0 Streaming
   * Instances</a> in the <em>Amazon AppStream 2.0 Administration Guide</em> .
   *
   * <p>Pattern: {@code
   * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.&#92;&#92;-]{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
   */
  public ImageBuilder iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public ImageBuilder iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
  }

  /**
   * The ARN of the public, private, or shared image to use.
   *
   * <p>Pattern: {@code
   * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.&#92;&#92;-]{0,1023}$}.
   * CloudFormation property {@code ImageArn}.
   */
  public ImageBuilder imageArn(String value) {
    return set("ImageArn", Value.of(value));
  }

  /** Sets {@code ImageArn} to this value; see {@link #imageArn(String)}. */
  public ImageBuilder imageArn(Value<String> value) {
    return set("ImageArn", value);
  }

  /**
   * The name of the image used to create the image builder.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code ImageName}.
   */
  public ImageBuilder imageName(String value) {
    return set("ImageName", Value.of(value));
  }

  /** Sets {@code ImageName} to this value; see {@link #imageName(String)}. */
  public ImageBuilder imageName(Value<String> value) {
    return set("ImageName", value);
  }

  /**
   * The instance type to use when launching the image builder. The following instance types are
   * available:
   *
   * <ul> <li>stream.standard.small <li>stream.standard.medium <li>stream.standard.large
   * <li>stream.compute.large <li>stream.compute.xlarge <li>stream.compute.2xlarge
   * <li>stream.compute.4xlarge <li>stream.compute.8xlarge <li>stream.memory.large
   * <li>stream.memory.xlarge <li>stream.memory.2xlarge <li>stream.memory.4xlarge
   * <li>stream.memory.8xlarge <li>stream.memory.z1d.large <li>stream.memory.z1d.xlarge
   * <li>stream.memory.z1d.2xlarge <li>stream.memory.z1d.3xlarge <li>stream.memory.z1d.6xlarge
   * <li>stream.memory.z1d.12xlarge <li>stream.graphics-design.large
   * <li>stream.graphics-design.xlarge <li>stream.graphics-design.2xlarge
   * <li>stream.graphics-design.4xlarge <li>stream.graphics.g4dn.xlarge
   * <li>stream.graphics.g4dn.2xlarge <li>stream.graphics.g4dn.4xlarge
   * <li>stream.graphics.g4dn.8xlarge <li>stream.graphics.g4dn.12xlarge
   * <li>stream.graphics.g4dn.16xlarge <li>stream.graphics.g5.xlarge <li>stream.graphics.g5.2xlarge
   * <li>stream.graphics.g5.4xlarge <li>stream.graphics.g5.8xlarge <li>stream.graphics.g5.16xlarge
   * <li>stream.graphics.g5.12xlarge <li>stream.graphics.g5.24xlarge <li>stream.graphics.g6.xlarge
   * <li>stream.graphics.g6.2xlarge <li>stream.graphics.g6.4xlarge <li>stream.graphics.g6.8xlarge
   * <li>stream.graphics.g6.16xlarge <li>stream.graphics.g6.12xlarge <li>stream.graphics.g6.24xlarge
   * <li>stream.graphics.gr6.4xlarge <li>stream.graphics.gr6.8xlarge <li>stream.graphics.g6f.large
   * <li>stream.graphics.g6f.xlarge <li>stream.graphics.g6f.2xlarge <li>stream.graphics.g6f.4xlarge
   * <li>stream.graphics.gr6f.4xlarge </ul>
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code InstanceType}.
   */
  public ImageBuilder instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public ImageBuilder instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * A unique name for the image builder.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code Name}.
   */
  public ImageBuilder name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ImageBuilder name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code RootVolumeConfig}. */
  public ImageBuilder rootVolumeConfig(Value<VolumeConfig> value) {
    return set("RootVolumeConfig", value);
  }

  /** Length: at least 1 characters. CloudFormation property {@code SoftwaresToInstall}. */
  public ImageBuilder softwaresToInstall(List<String> value) {
    return set("SoftwaresToInstall", Value.listOf(value));
  }

  /** Sets {@code SoftwaresToInstall} to this value; see {@link #softwaresToInstall(List)}. */
  public ImageBuilder softwaresToInstall(Value<List<String>> value) {
    return set("SoftwaresToInstall", value);
  }

  /** Length: at least 1 characters. CloudFormation property {@code SoftwaresToUninstall}. */
  public ImageBuilder softwaresToUninstall(List<String> value) {
    return set("SoftwaresToUninstall", Value.listOf(value));
  }

  /** Sets {@code SoftwaresToUninstall} to this value; see {@link #softwaresToUninstall(List)}. */
  public ImageBuilder softwaresToUninstall(Value<List<String>> value) {
    return set("SoftwaresToUninstall", value);
  }

  /**
   * An array of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ImageBuilder tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ImageBuilder tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ImageBuilder tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC configuration for the image builder. You can specify only one subnet.
   *
   * <p>CloudFormation property {@code VpcConfig}.
   */
  public ImageBuilder vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The URL to start an image builder streaming session, returned as a string.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StreamingUrl}.
   */
  public Value<String> streamingUrl() {
    return getAtt("StreamingUrl");
  }

  /**
   * Describes an interface VPC endpoint (interface endpoint) that lets you create a private
   * connection between the virtual private cloud (VPC) that you specify and WorkSpaces
   * Applications. When you specify an interface endpoint for a stack, users of the stack can
   * connect to WorkSpaces Applications only through that endpoint. When you specify an interface
   * endpoint for an image builder, administrators can connect to the image builder only through
   * that endpoint.
   *
   * <p>Property type {@code AWS::AppStream::ImageBuilder.AccessEndpoint}.
   */
  public static final class AccessEndpoint extends Struct<AccessEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::ImageBuilder.AccessEndpoint")
        .required("EndpointType", "VpceId")
        .allowed("EndpointType", "STREAMING")
        .constrain("VpceId", Constraint.of().minLength(1))
        .build();

    public AccessEndpoint() {
      super(SCHEMA);
    }

    /**
     * The type of interface endpoint.
     *
     * <p>Required. Allowed values: {@code STREAMING}. CloudFormation property {@code EndpointType}.
     */
    public AccessEndpoint endpointType(String value) {
      return set("EndpointType", Value.of(value));
    }

    /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
    public AccessEndpoint endpointType(Value<String> value) {
      return set("EndpointType", value);
    }

    /**
     * The identifier (ID) of the VPC in which the interface endpoint is used.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code VpceId}.
     */
    public AccessEndpoint vpceId(String value) {
      return set("VpceId", Value.of(value));
    }

    /** Sets {@code VpceId} to this value; see {@link #vpceId(String)}. */
    public AccessEndpoint vpceId(Value<String> value) {
      return set("VpceId", value);
    }
  }

  /**
   * The name of the directory and organizational unit (OU) to use to join the image builder to a
   * Microsoft Active Directory domain.
   *
   * <p>Property type {@code AWS::AppStream::ImageBuilder.DomainJoinInfo}.
   */
  public static final class DomainJoinInfo extends Struct<DomainJoinInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::ImageBuilder.DomainJoinInfo")
        .constrain("OrganizationalUnitDistinguishedName", Constraint.of().minLength(0).maxLength(2000))
        .build();

    public DomainJoinInfo() {
      super(SCHEMA);
    }

    /**
     * The fully qualified name of the directory (for example, corp.example.com).
     *
     * <p>CloudFormation property {@code DirectoryName}.
     */
    public DomainJoinInfo directoryName(String value) {
      return set("DirectoryName", Value.of(value));
    }

    /** Sets {@code DirectoryName} to this value; see {@link #directoryName(String)}. */
    public DomainJoinInfo directoryName(Value<String> value) {
      return set("DirectoryName", value);
    }

    /**
     * The distinguished name of the organizational unit for computer accounts.
     *
     * <p>Length: 0 to 2000 characters. CloudFormation property {@code
     * OrganizationalUnitDistinguishedName}.
     */
    public DomainJoinInfo organizationalUnitDistinguishedName(String value) {
      return set("OrganizationalUnitDistinguishedName", Value.of(value));
    }

    /**
     * Sets {@code OrganizationalUnitDistinguishedName} to this value; see {@link
     * #organizationalUnitDistinguishedName(String)}.
     */
    public DomainJoinInfo organizationalUnitDistinguishedName(Value<String> value) {
      return set("OrganizationalUnitDistinguishedName", value);
    }
  }

  /** Property type {@code AWS::AppStream::ImageBuilder.VolumeConfig}. */
  public static final class VolumeConfig extends Struct<VolumeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppStream::ImageBuilder.VolumeConfig");

    public VolumeConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code VolumeSizeInGb}. */
    public VolumeConfig volumeSizeInGb(int value) {
      return set("VolumeSizeInGb", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGb} to this value; see {@link #volumeSizeInGb(int)}. */
    public VolumeConfig volumeSizeInGb(Value<Integer> value) {
      return set("VolumeSizeInGb", value);
    }
  }

  /**
   * The VPC configuration for the image builder.
   *
   * <p>Property type {@code AWS::AppStream::ImageBuilder.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::ImageBuilder.VpcConfig")
        .constrain("SecurityGroupIds", Constraint.of().minLength(1).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().minLength(1))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The identifiers of the security groups for the image builder.
     *
     * <p>Length: at least 1 characters. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
     * property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The identifier of the subnet to which a network interface is attached from the image builder
     * instance. An image builder instance can use one subnet.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
