// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.directoryservice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * The <code>AWS::DirectoryService::SimpleAD</code> resource specifies an Directory Service Simple
 * Active Directory ( Simple AD ) in AWS so that your directory users and groups can access the AWS
 * Management Console and AWS applications using their existing credentials. Simple AD is a
 * Microsoft Active Directory–compatible directory. For more information, see <a
 * href="https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_simple_ad.html">Simple
 * Active Directory</a> in the <em>Directory Service Admin Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::DirectoryService::SimpleAD}.
 */
public final class SimpleAD extends Resource<SimpleAD> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectoryService::SimpleAD")
      .required("Name", "Size", "VpcSettings")
      .constrain("Description", Constraint.of().pattern("^([a-zA-Z0-9_])[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]*$").minLength(0).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^([a-zA-Z0-9]+[\\\\.-])+([a-zA-Z0-9])+$"))
      .constrain("Password", Constraint.of().pattern("^(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[^A-Za-z0-9\\s])(?=.*[a-z])|(?=.*[^A-Za-z0-9\\s])(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[A-Z])(?=.*[^A-Za-z0-9\\s]))^"))
      .constrain("ShortName", Constraint.of().pattern("^[^\\\\/:*?\"<>|.]+[^\\\\/:*?\"<>|]*$"))
      .allowed("Size", "Large", "Small")
      .refYields("DirectoryId")
      .attributes("Alias", "DirectoryId", "DnsIpAddresses", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SimpleAD(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If set to <code>true</code> , specifies an alias for a directory and assigns the alias to the
   * directory. The alias is used to construct the access URL for the directory, such as
   * <code>http://&lt;alias&gt;.awsapps.com</code> . By default, this property is set to
   * <code>false</code> .
   *
   * <p>After an alias has been created, it cannot be deleted or reused, so this operation should
   * only be used when absolutely necessary.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CreateAlias}.
   */
  public SimpleAD createAlias(boolean value) {
    return set("CreateAlias", Value.of(value));
  }

  /** Sets {@code CreateAlias} to this value; see {@link #createAlias(boolean)}. */
  public SimpleAD createAlias(Value<Boolean> value) {
    return set("CreateAlias", value);
  }

  /**
   * A description for the directory.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^([a-zA-Z0-9_])[&#92;&#92;a-zA-Z0-9_&#64;#%*+=:?./!&#92;s-]*$}. CloudFormation property {@code
   * Description}.
   */
  public SimpleAD description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SimpleAD description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Whether to enable single sign-on for a directory. If you don't specify a value, CloudFormation
   * disables single sign-on by default.
   *
   * <p>CloudFormation property {@code EnableSso}.
   */
  public SimpleAD enableSso(boolean value) {
    return set("EnableSso", Value.of(value));
  }

  /** Sets {@code EnableSso} to this value; see {@link #enableSso(boolean)}. */
  public SimpleAD enableSso(Value<Boolean> value) {
    return set("EnableSso", value);
  }

  /**
   * The fully qualified name for the directory, such as <code>corp.example.com</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^([a-zA-Z0-9]+[&#92;&#92;.-])+([a-zA-Z0-9])+$}. CloudFormation property {@code Name}.
   */
  public SimpleAD name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SimpleAD name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The password for the directory administrator. The directory creation process creates a
   * directory administrator account with the user name <code>Administrator</code> and this
   * password.
   *
   * <p>If you need to change the password for the administrator account, see the <a
   * href="https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ResetUserPassword.html">ResetUserPassword</a>
   * API call in the <em>Directory Service API Reference</em> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^(?=^.{8,64}$)((?=.*&#92;d)(?=.*[A-Z])(?=.*[a-z])|(?=.*&#92;d)(?=.*[^A-Za-z0-9&#92;s])(?=.*[a-z])|(?=.*[^A-Za-z0-9&#92;s])(?=.*[A-Z])(?=.*[a-z])|(?=.*&#92;d)(?=.*[A-Z])(?=.*[^A-Za-z0-9&#92;s]))^}.
   * CloudFormation property {@code Password}.
   */
  public SimpleAD password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public SimpleAD password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The NetBIOS name of the directory, such as <code>CORP</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^[^&#92;&#92;/:*?"&lt;&gt;|.]+[^&#92;&#92;/:*?"&lt;&gt;|]*$}. CloudFormation property {@code
   * ShortName}.
   */
  public SimpleAD shortName(String value) {
    return set("ShortName", Value.of(value));
  }

  /** Sets {@code ShortName} to this value; see {@link #shortName(String)}. */
  public SimpleAD shortName(Value<String> value) {
    return set("ShortName", value);
  }

  /**
   * The size of the directory. For valid values, see <a
   * href="https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateDirectory.html">CreateDirectory</a>
   * in the <em>Directory Service API Reference</em> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Large}, {@code Small}.
   * CloudFormation property {@code Size}.
   */
  public SimpleAD size(String value) {
    return set("Size", Value.of(value));
  }

  /** Sets {@code Size} to this value; see {@link #size(String)}. */
  public SimpleAD size(Value<String> value) {
    return set("Size", value);
  }

  /** CloudFormation property {@code Tags}. */
  public SimpleAD tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SimpleAD tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SimpleAD tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A <a
   * href="https://docs.aws.amazon.com/directoryservice/latest/devguide/API_DirectoryVpcSettings.html">DirectoryVpcSettings</a>
   * object that contains additional information for the operation.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcSettings}.
   */
  public SimpleAD vpcSettings(Value<VpcSettings> value) {
    return set("VpcSettings", value);
  }

  /**
   * The alias for a directory. For example: <code>alias4-mydirectory-12345abcgmzsk</code> (if you
   * have the <code>CreateAlias</code> property set to true).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Alias}.
   */
  public Value<String> alias() {
    return getAtt("Alias");
  }

  /**
   * The directory ID. For example: <code>d-12373a053a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DirectoryId}.
   */
  public Value<String> directoryId() {
    return getAtt("DirectoryId");
  }

  /**
   * The IP addresses of the DNS servers for the directory, such as <code>[ "172.31.3.154",
   * "172.31.63.203" ]</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsIpAddresses}.
   */
  public Value<List<String>> dnsIpAddresses() {
    return getAtt("DnsIpAddresses");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Contains VPC information for the <a
   * href="https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateDirectory.html">CreateDirectory</a>
   * or <a
   * href="https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateMicrosoftAD.html">CreateMicrosoftAD</a>
   * operation.
   *
   * <p>Property type {@code AWS::DirectoryService::SimpleAD.VpcSettings}.
   */
  public static final class VpcSettings extends Struct<VpcSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DirectoryService::SimpleAD.VpcSettings")
        .required("SubnetIds", "VpcId")
        .constrain("SubnetIds", Constraint.of().pattern("^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$"))
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .constrain("VpcId", Constraint.of().pattern("^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$").format("AWS::EC2::VPC.Id"))
        .references("VpcId", "AWS::EC2::VPC.Ref")
        .build();

    public VpcSettings() {
      super(SCHEMA);
    }

    /**
     * The identifiers of the subnets for the directory servers. The two subnets must be in
     * different Availability Zones. Directory Service specifies a directory server and a DNS server
     * in each of these subnets.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$}. CloudFormation property {@code SubnetIds}.
     */
    public VpcSettings subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcSettings subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public VpcSettings subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }

    /**
     * The identifier of the VPC in which to create the directory.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation
     * property {@code VpcId}.
     */
    public VpcSettings vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcSettings vpcId(Value<String> value) {
      return set("VpcId", value);
    }

    /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
    public VpcSettings vpcId(VPC resource) {
      return set("VpcId", resource.ref());
    }
  }
}
