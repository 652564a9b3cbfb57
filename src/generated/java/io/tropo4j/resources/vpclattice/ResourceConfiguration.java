// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a resource configuration. A resource configuration defines a specific resource. You can
 * associate a resource configuration with a service network or a VPC endpoint.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ResourceConfiguration}.
 */
public final class ResourceConfiguration extends Resource<ResourceConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ResourceConfiguration")
      .required("Name", "ResourceConfigurationType")
      .constrain("CustomDomainName", Constraint.of().minLength(3).maxLength(255))
      .constrain("DomainVerificationId", Constraint.of().pattern("^dv-[a-fA-F0-9]{17}$").minLength(20).maxLength(20))
      .constrain("GroupDomain", Constraint.of().minLength(3).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(40))
      .constrain("PortRanges", Constraint.of().pattern("^((\\d{1,5}\\-\\d{1,5})|(\\d+))$").minLength(1).maxLength(11))
      .allowed("ProtocolType", "TCP")
      .allowed("ResourceConfigurationAuthType", "NONE", "AWS_IAM")
      .constrain("ResourceConfigurationGroupId", Constraint.of().pattern("^rcfg-[0-9a-z]{17}$").minLength(22).maxLength(22))
      .allowed("ResourceConfigurationType", "GROUP", "CHILD", "SINGLE", "ARN", "CIDR")
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResourceConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether the resource configuration can be associated with a sharable service network.
   *
   * <p>CloudFormation property {@code AllowAssociationToSharableServiceNetwork}.
   */
  public ResourceConfiguration allowAssociationToSharableServiceNetwork(boolean value) {
    return set("AllowAssociationToSharableServiceNetwork", Value.of(value));
  }

  /**
   * Sets {@code AllowAssociationToSharableServiceNetwork} to this value; see {@link
   * #allowAssociationToSharableServiceNetwork(boolean)}.
   */
  public ResourceConfiguration allowAssociationToSharableServiceNetwork(Value<Boolean> value) {
    return set("AllowAssociationToSharableServiceNetwork", value);
  }

  /**
   * The custom domain name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 255 characters. CloudFormation property
   * {@code CustomDomainName}.
   */
  public ResourceConfiguration customDomainName(String value) {
    return set("CustomDomainName", Value.of(value));
  }

  /** Sets {@code CustomDomainName} to this value; see {@link #customDomainName(String)}. */
  public ResourceConfiguration customDomainName(Value<String> value) {
    return set("CustomDomainName", value);
  }

  /**
   * The domain verification ID.
   *
   * <p>Changing it replaces the resource. Length: 20 to 20 characters. Pattern: {@code
   * ^dv-[a-fA-F0-9]{17}$}. CloudFormation property {@code DomainVerificationId}.
   */
  public ResourceConfiguration domainVerificationId(String value) {
    return set("DomainVerificationId", Value.of(value));
  }

  /** Sets {@code DomainVerificationId} to this value; see {@link #domainVerificationId(String)}. */
  public ResourceConfiguration domainVerificationId(Value<String> value) {
    return set("DomainVerificationId", value);
  }

  /**
   * (GROUP) The group domain for a group resource configuration. Any domains that you create for
   * the child resource are subdomains of the group domain. Child resources inherit the verification
   * status of the domain.
   *
   * <p>Changing it replaces the resource. Length: 3 to 255 characters. CloudFormation property
   * {@code GroupDomain}.
   */
  public ResourceConfiguration groupDomain(String value) {
    return set("GroupDomain", Value.of(value));
  }

  /** Sets {@code GroupDomain} to this value; see {@link #groupDomain(String)}. */
  public ResourceConfiguration groupDomain(Value<String> value) {
    return set("GroupDomain", value);
  }

  /**
   * The name of the resource configuration.
   *
   * <p>Required. Length: 3 to 40 characters. Pattern: {@code
   * ^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public ResourceConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResourceConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * (SINGLE, GROUP, CHILD) The TCP port ranges that a consumer can use to access a resource
   * configuration (for example: 1-65535). You can separate port ranges using commas (for example:
   * 1,2,22-30).
   *
   * <p>Length: 1 to 11 characters. Pattern: {@code ^((&#92;d{1,5}&#92;-&#92;d{1,5})|(&#92;d+))$}.
   * CloudFormation property {@code PortRanges}.
   */
  public ResourceConfiguration portRanges(List<String> value) {
    return set("PortRanges", Value.listOf(value));
  }

  /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
  public ResourceConfiguration portRanges(Value<List<String>> value) {
    return set("PortRanges", value);
  }

  /**
   * (SINGLE, GROUP) The protocol accepted by the resource configuration.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code TCP}. CloudFormation property
   * {@code ProtocolType}.
   */
  public ResourceConfiguration protocolType(String value) {
    return set("ProtocolType", Value.of(value));
  }

  /** Sets {@code ProtocolType} to this value; see {@link #protocolType(String)}. */
  public ResourceConfiguration protocolType(Value<String> value) {
    return set("ProtocolType", value);
  }

  /**
   * The auth type for the resource configuration.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code NONE}, {@code AWS_IAM}.
   * CloudFormation property {@code ResourceConfigurationAuthType}.
   */
  public ResourceConfiguration resourceConfigurationAuthType(String value) {
    return set("ResourceConfigurationAuthType", Value.of(value));
  }

  /**
   * Sets {@code ResourceConfigurationAuthType} to this value; see {@link
   * #resourceConfigurationAuthType(String)}.
   */
  public ResourceConfiguration resourceConfigurationAuthType(Value<String> value) {
    return set("ResourceConfigurationAuthType", value);
  }

  /**
   * Identifies the resource configuration in one of the following ways:
   *
   * <ul> <li><em>Amazon Resource Name (ARN)</em> - Supported resource-types that are provisioned by
   * AWS services, such as RDS databases, can be identified by their ARN. <li><em>Domain name</em> -
   * Any domain name that is publicly resolvable. <li><em>IP address</em> - For IPv4 and IPv6, only
   * IP addresses in the VPC are supported. </ul>
   *
   * <p>CloudFormation property {@code ResourceConfigurationDefinition}.
   */
  public ResourceConfiguration resourceConfigurationDefinition(Value<ResourceConfigurationDefinition> value) {
    return set("ResourceConfigurationDefinition", value);
  }

  /**
   * The ID of the group resource configuration.
   *
   * <p>Length: 22 to 22 characters. Pattern: {@code ^rcfg-[0-9a-z]{17}$}. CloudFormation property
   * {@code ResourceConfigurationGroupId}.
   */
  public ResourceConfiguration resourceConfigurationGroupId(String value) {
    return set("ResourceConfigurationGroupId", Value.of(value));
  }

  /**
   * Sets {@code ResourceConfigurationGroupId} to this value; see {@link
   * #resourceConfigurationGroupId(String)}.
   */
  public ResourceConfiguration resourceConfigurationGroupId(Value<String> value) {
    return set("ResourceConfigurationGroupId", value);
  }

  /**
   * The type of resource configuration. A resource configuration can be one of the following types:
   *
   * <ul> <li><em>SINGLE</em> - A single resource. <li><em>GROUP</em> - A group of resources. You
   * must create a group resource configuration before you create a child resource configuration.
   * <li><em>CHILD</em> - A single resource that is part of a group resource configuration.
   * <li><em>ARN</em> - An AWS resource. </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code GROUP}, {@code CHILD},
   * {@code SINGLE}, {@code ARN}, {@code CIDR}. CloudFormation property {@code
   * ResourceConfigurationType}.
   */
  public ResourceConfiguration resourceConfigurationType(String value) {
    return set("ResourceConfigurationType", Value.of(value));
  }

  /**
   * Sets {@code ResourceConfigurationType} to this value; see {@link
   * #resourceConfigurationType(String)}.
   */
  public ResourceConfiguration resourceConfigurationType(Value<String> value) {
    return set("ResourceConfigurationType", value);
  }

  /**
   * The ID of the resource gateway.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceGatewayId}.
   */
  public ResourceConfiguration resourceGatewayId(String value) {
    return set("ResourceGatewayId", Value.of(value));
  }

  /** Sets {@code ResourceGatewayId} to this value; see {@link #resourceGatewayId(String)}. */
  public ResourceConfiguration resourceGatewayId(Value<String> value) {
    return set("ResourceGatewayId", value);
  }

  /**
   * The tags for the resource configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResourceConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResourceConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResourceConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the resource configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::VpcLattice::ResourceConfiguration.CidrResource}. */
  public static final class CidrResource extends Struct<CidrResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ResourceConfiguration.CidrResource")
        .required("CidrRanges")
        .build();

    public CidrResource() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code CidrRanges}. */
    public CidrResource cidrRanges(List<String> value) {
      return set("CidrRanges", Value.listOf(value));
    }

    /** Sets {@code CidrRanges} to this value; see {@link #cidrRanges(List)}. */
    public CidrResource cidrRanges(Value<List<String>> value) {
      return set("CidrRanges", value);
    }
  }

  /**
   * The domain name of the resource configuration.
   *
   * <p>Property type {@code AWS::VpcLattice::ResourceConfiguration.DnsResource}.
   */
  public static final class DnsResource extends Struct<DnsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ResourceConfiguration.DnsResource")
        .required("DomainName", "IpAddressType")
        .allowed("IpAddressType", "IPV4", "IPV6", "DUALSTACK")
        .build();

    public DnsResource() {
      super(SCHEMA);
    }

    /**
     * The domain name of the resource configuration.
     *
     * <p>Required. CloudFormation property {@code DomainName}.
     */
    public DnsResource domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DnsResource domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The IP address type for the resource configuration. Dualstack is not currently supported.
     *
     * <p>Required. Allowed values: {@code IPV4}, {@code IPV6}, {@code DUALSTACK}. CloudFormation
     * property {@code IpAddressType}.
     */
    public DnsResource ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public DnsResource ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }
  }

  /**
   * Identifies the resource configuration in one of the following ways:
   *
   * <ul> <li><em>Amazon Resource Name (ARN)</em> - Supported resource-types that are provisioned by
   * AWS services, such as RDS databases, can be identified by their ARN. <li><em>Domain name</em> -
   * Any domain name that is publicly resolvable. <li><em>IP address</em> - For IPv4 and IPv6, only
   * IP addresses in the VPC are supported. </ul>
   *
   * <p>Property type {@code
   * AWS::VpcLattice::ResourceConfiguration.ResourceConfigurationDefinition}.
   */
  public static final class ResourceConfigurationDefinition extends Struct<ResourceConfigurationDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::VpcLattice::ResourceConfiguration.ResourceConfigurationDefinition");

    public ResourceConfigurationDefinition() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource configuration. For the ARN syntax and format,
     * see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html#arns-syntax">ARN
     * format</a> in the <em>AWS Identity and Access Management user guide</em> .
     *
     * <p>CloudFormation property {@code ArnResource}.
     */
    public ResourceConfigurationDefinition arnResource(String value) {
      return set("ArnResource", Value.of(value));
    }

    /** Sets {@code ArnResource} to this value; see {@link #arnResource(String)}. */
    public ResourceConfigurationDefinition arnResource(Value<String> value) {
      return set("ArnResource", value);
    }

    /** CloudFormation property {@code CidrResource}. */
    public ResourceConfigurationDefinition cidrResource(Value<CidrResource> value) {
      return set("CidrResource", value);
    }

    /**
     * The DNS name of the resource configuration.
     *
     * <p>CloudFormation property {@code DnsResource}.
     */
    public ResourceConfigurationDefinition dnsResource(Value<DnsResource> value) {
      return set("DnsResource", value);
    }

    /**
     * The IP address of the resource configuration.
     *
     * <p>CloudFormation property {@code IpResource}.
     */
    public ResourceConfigurationDefinition ipResource(String value) {
      return set("IpResource", Value.of(value));
    }

    /** Sets {@code IpResource} to this value; see {@link #ipResource(String)}. */
    public ResourceConfigurationDefinition ipResource(Value<String> value) {
      return set("IpResource", value);
    }
  }
}
