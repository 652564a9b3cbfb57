// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.directoryservice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DirectoryService::MicrosoftAD</code> resource specifies a Microsoft Active
 * Directory in AWS so that your directory users and groups can access the AWS Management Console
 * and AWS applications using their existing credentials. For more information, see <a
 * href="https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_microsoft_ad.html">AWS
 * Managed Microsoft AD</a> in the <em>Directory Service Admin Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::DirectoryService::MicrosoftAD}.
 */
public final class MicrosoftAD extends Resource<MicrosoftAD> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectoryService::MicrosoftAD")
      .required("Name", "Password", "VpcSettings")
      .allowed("Edition", "Enterprise", "Standard")
      .constrain("Name", Constraint.of().pattern("^([a-zA-Z0-9]+[\\\\.-])+([a-zA-Z0-9])+$"))
      .constrain("Password", Constraint.of().pattern("^(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[^A-Za-z0-9\\s])(?=.*[a-z])|(?=.*[^A-Za-z0-9\\s])(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[A-Z])(?=.*[^A-Za-z0-9\\s]))^"))
      .constrain("ShortName", Constraint.of().pattern("^[^\\\\/:*?\"<>|.]+[^\\\\/:*?\"<>|]*$"))
      .refYields("Id")
      .attributes("Alias", "DnsIpAddresses", "Id")
      .build();

  public MicrosoftAD(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies an alias for a directory and assigns the alias to the directory. The alias is used to
   * construct the access URL for the directory, such as
   * <code>http://&lt;alias&gt;.awsapps.com</code> . By default, CloudFormation does not create an
   * alias.
   *
   * <p>After an alias has been created, it cannot be deleted or reused, so this operation should
   * only be used when absolutely necessary.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CreateAlias}.
   */
  public MicrosoftAD createAlias(boolean value) {
    return set("CreateAlias", Value.of(value));
  }

  /** Sets {@code CreateAlias} to this value; see {@link #createAlias(boolean)}. */
  public MicrosoftAD createAlias(Value<Boolean> value) {
    return set("CreateAlias", value);
  }

  /**
   * AWS Managed Microsoft AD is available in two editions: <code>Standard</code> and
   * <code>Enterprise</code> . <code>Enterprise</code> is the default.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Enterprise}, {@code Standard}.
   * CloudFormation property {@code Edition}.
   */
  public MicrosoftAD edition(String value) {
    return set("Edition", Value.of(value));
  }

  /** Sets {@code Edition} to this value; see {@link #edition(String)}. */
  public MicrosoftAD edition(Value<String> value) {
    return set("Edition", value);
  }

  /**
   * Whether to enable single sign-on for a Microsoft Active Directory in AWS . Single sign-on
   * allows users in your directory to access certain AWS services from a computer joined to the
   * directory without having to enter their credentials separately. If you don't specify a value,
   * CloudFormation disables single sign-on by default.
   *
   * <p>CloudFormation property {@code EnableSso}.
   */
  public MicrosoftAD enableSso(boolean value) {
    return set("EnableSso", Value.of(value));
  }

  /** Sets {@code EnableSso} to this value; see {@link #enableSso(boolean)}. */
  public MicrosoftAD enableSso(Value<Boolean> value) {
    return set("EnableSso", value);
  }

  /**
   * The fully qualified domain name for the AWS Managed Microsoft AD directory, such as
   * <code>corp.example.com</code> . This name will resolve inside your VPC only. It does not need
   * to be publicly resolvable.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^([a-zA-Z0-9]+[&#92;&#92;.-])+([a-zA-Z0-9])+$}. CloudFormation property {@code Name}.
   */
  public MicrosoftAD name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MicrosoftAD name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The password for the default administrative user named <code>Admin</code> .
   *
   * <p>If you need to change the password for the administrator account, see the <a
   * href="https://docs.aws.amazon.com/directoryservice/latest/devguide/API_ResetUserPassword.html">ResetUserPassword</a>
   * API call in the <em>Directory Service API Reference</em> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(?=^.{8,64}$)((?=.*&#92;d)(?=.*[A-Z])(?=.*[a-z])|(?=.*&#92;d)(?=.*[^A-Za-z0-9&#92;s])(?=.*[a-z])|(?=.*[^A-Za-z0-9&#92;s])(?=.*[A-Z])(?=.*[a-z])|(?=.*&#92;d)(?=.*[A-Z])(?=.*[^A-Za-z0-9&#92;s]))^}.
   * CloudFormation property {@code Password}.
   */
  public MicrosoftAD password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public MicrosoftAD password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The NetBIOS name for your domain, such as <code>CORP</code> . If you don't specify a NetBIOS
   * name, it will default to the first part of your directory DNS. For example, <code>CORP</code>
   * for the directory DNS <code>corp.example.com</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^[^&#92;&#92;/:*?"&lt;&gt;|.]+[^&#92;&#92;/:*?"&lt;&gt;|]*$}. CloudFormation property {@code
   * ShortName}.
   */
  public MicrosoftAD shortName(String value) {
    return set("ShortName", Value.of(value));
  }

  /** Sets {@code ShortName} to this value; see {@link #shortName(String)}. */
  public MicrosoftAD shortName(Value<String> value) {
    return set("ShortName", value);
  }

  /**
   * Specifies the VPC settings of the Microsoft AD directory server in AWS .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcSettings}.
   */
  public MicrosoftAD vpcSettings(Value<VpcSettings> value) {
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
   * The IP addresses of the DNS servers for the directory, such as <code>[ "192.0.2.1", "192.0.2.2"
   * ]</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsIpAddresses}.
   */
  public Value<List<String>> dnsIpAddresses() {
    return getAtt("DnsIpAddresses");
  }

  /**
   * The directory ID. For example: <code>d-12373a053a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
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
   * <p>Property type {@code AWS::DirectoryService::MicrosoftAD.VpcSettings}.
   */
  public static final class VpcSettings extends Struct<VpcSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DirectoryService::MicrosoftAD.VpcSettings")
        .required("SubnetIds", "VpcId")
        .constrain("SubnetIds", Constraint.of().pattern("^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$"))
        .constrain("VpcId", Constraint.of().pattern("^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$").format("AWS::EC2::VPC.Id"))
        .build();

    public VpcSettings() {
      super(SCHEMA);
    }

    /**
     * The identifiers of the subnets for the directory servers. The two subnets must be in
     * different Availability Zones. Directory Service specifies a directory server and a DNS server
     * in each of these subnets.
     *
     * <p>Required. Pattern: {@code ^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$}. CloudFormation
     * property {@code SubnetIds}.
     */
    public VpcSettings subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcSettings subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * The identifier of the VPC in which to create the directory.
     *
     * <p>Required. Pattern: {@code ^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$}. Format: {@code
     * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcSettings vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcSettings vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
