// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codeconnections;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A resource that represents the infrastructure where a third-party provider is installed. You
 * create one host for all connections to that provider.
 *
 * <p>CloudFormation type {@code AWS::CodeConnections::Host}.
 */
public final class Host extends Resource<Host> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeConnections::Host")
      .required("Name", "ProviderEndpoint", "ProviderType")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .constrain("ProviderEndpoint", Constraint.of().minLength(1).maxLength(512))
      .allowed("ProviderType", "Bitbucket", "GitHub", "GitHubEnterpriseServer", "GitLab",
          "GitLabSelfManaged", "AzureDevOps")
      .refYields("HostArn")
      .attributes("HostArn", "HostId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Host(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the host.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Name}.
   */
  public Host name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Host name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The endpoint of the infrastructure where your provider type is installed.
   *
   * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code ProviderEndpoint}.
   */
  public Host providerEndpoint(String value) {
    return set("ProviderEndpoint", Value.of(value));
  }

  /** Sets {@code ProviderEndpoint} to this value; see {@link #providerEndpoint(String)}. */
  public Host providerEndpoint(Value<String> value) {
    return set("ProviderEndpoint", value);
  }

  /**
   * The name of the installed provider to be associated with your connection.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Bitbucket}, {@code
   * GitHub}, {@code GitHubEnterpriseServer}, {@code GitLab}, {@code GitLabSelfManaged}, {@code
   * AzureDevOps}. CloudFormation property {@code ProviderType}.
   */
  public Host providerType(String value) {
    return set("ProviderType", Value.of(value));
  }

  /** Sets {@code ProviderType} to this value; see {@link #providerType(String)}. */
  public Host providerType(Value<String> value) {
    return set("ProviderType", value);
  }

  /**
   * Tags to apply to the host.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Host tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Host tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Host tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC configuration provisioned for the host.
   *
   * <p>CloudFormation property {@code VpcConfiguration}.
   */
  public Host vpcConfiguration(Value<VpcConfiguration> value) {
    return set("VpcConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the host.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostArn}.
   */
  public Value<String> hostArn() {
    return getAtt("HostArn");
  }

  /**
   * The server-generated unique identifier for the host.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostId}.
   */
  public Value<String> hostId() {
    return getAtt("HostId");
  }

  /**
   * The status of the host.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The VPC configuration provisioned for the host.
   *
   * <p>Property type {@code AWS::CodeConnections::Host.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeConnections::Host.VpcConfiguration")
        .required("SecurityGroupIds", "SubnetIds", "VpcId")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-\\w{8}(\\w{9})?$").minLength(11).maxLength(20).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-\\w{8}(\\w{9})?$").minLength(15).maxLength(24))
        .constrain("TlsCertificate", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(16384))
        .constrain("VpcId", Constraint.of().pattern("^vpc-\\w{8}(\\w{9})?$").minLength(12).maxLength(21).format("AWS::EC2::VPC.Id"))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the security group or security groups associated with the Amazon VPC.
     *
     * <p>Required. Length: 11 to 20 characters. Pattern: {@code ^sg-&#92;w{8}(&#92;w{9})?$}.
     * Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID of the subnet or subnets associated with the Amazon VPC.
     *
     * <p>Required. Length: 15 to 24 characters. Pattern: {@code ^subnet-&#92;w{8}(&#92;w{9})?$}.
     * CloudFormation property {@code SubnetIds}.
     */
    public VpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * The value of the Transport Layer Security (TLS) certificate associated with the
     * infrastructure where your provider type is installed.
     *
     * <p>Length: 1 to 16384 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code TlsCertificate}.
     */
    public VpcConfiguration tlsCertificate(String value) {
      return set("TlsCertificate", Value.of(value));
    }

    /** Sets {@code TlsCertificate} to this value; see {@link #tlsCertificate(String)}. */
    public VpcConfiguration tlsCertificate(Value<String> value) {
      return set("TlsCertificate", value);
    }

    /**
     * The ID of the Amazon VPC connected to the infrastructure where your provider type is
     * installed.
     *
     * <p>Required. Length: 12 to 21 characters. Pattern: {@code ^vpc-&#92;w{8}(&#92;w{9})?$}.
     * Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
