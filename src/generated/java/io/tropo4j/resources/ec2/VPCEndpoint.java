// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a VPC endpoint. A VPC endpoint provides a private connection between your VPC and an
 * endpoint service. You can use an endpoint service provided by AWS , an AWS Marketplace Partner,
 * or another AWS accounts in your organization. For more information, see the <a
 * href="https://docs.aws.amazon.com/vpc/latest/privatelink/">AWS PrivateLink User Guide</a> .
 *
 * <p>An endpoint of type <code>Interface</code> establishes connections between the subnets in your
 * VPC and an AWS service , your own service, or a service hosted by another AWS account . With an
 * interface VPC endpoint, you specify the subnets in which to create the endpoint and the security
 * groups to associate with the endpoint network interfaces.
 *
 * <p>An endpoint of type <code>gateway</code> serves as a target for a route in your route table
 * for traffic destined for Amazon S3 or DynamoDB . You can specify an endpoint policy for the
 * endpoint, which controls access to the service from your VPC. You can also specify the VPC route
 * tables that use the endpoint. For more information about connectivity to Amazon S3 , see <a
 * href="https://docs.aws.amazon.com/premiumsupport/knowledge-center/connect-s3-vpc-endpoint">Why
 * can't I connect to an S3 bucket using a gateway VPC endpoint?</a>
 *
 * <p>An endpoint of type <code>GatewayLoadBalancer</code> provides private connectivity between
 * your VPC and virtual appliances from a service provider.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCEndpoint}.
 */
public final class VPCEndpoint extends Resource<VPCEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCEndpoint")
      .required("VpcId")
      .allowed("IpAddressType", "ipv4", "ipv6", "dualstack", "not-specified")
      .references("RouteTableIds", "AWS::EC2::RouteTable.Ref")
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId",
          "AWS::EC2::VPC.DefaultSecurityGroup")
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .allowed("VpcEndpointType", "Interface", "Gateway", "GatewayLoadBalancer", "ServiceNetwork",
          "Resource", "Tunnel")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("CreationTimestamp", "DnsEntries", "Id", "NetworkInterfaceIds")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes the DNS options for an endpoint.
   *
   * <p>CloudFormation property {@code DnsOptions}.
   */
  public VPCEndpoint dnsOptions(Value<DnsOptionsSpecification> value) {
    return set("DnsOptions", value);
  }

  /**
   * The supported IP address types.
   *
   * <p>Allowed values: {@code ipv4}, {@code ipv6}, {@code dualstack}, {@code not-specified}.
   * CloudFormation property {@code IpAddressType}.
   */
  public VPCEndpoint ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public VPCEndpoint ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * An endpoint policy, which controls access to the service from the VPC. The default endpoint
   * policy allows full access to the service. Endpoint policies are supported only for gateway and
   * interface endpoints.
   *
   * <p>For CloudFormation templates in YAML, you can provide the policy in JSON or YAML format. For
   * example, if you have a JSON policy, you can convert it to YAML before including it in the YAML
   * template, and AWS CloudFormation converts the policy to JSON format before calling the API
   * actions for AWS PrivateLink . Alternatively, you can include the JSON directly in the YAML, as
   * shown in the following <code>Properties</code> section:
   *
   * <p><code>Properties: VpcEndpointType: 'Interface' ServiceName: !Sub
   * 'com.amazonaws.${AWS::Region}.logs' PolicyDocument: '{ "Version":"2012-10-17", "Statement": [{
   * "Effect":"Allow", "Principal":"<em>",
   * "Action":["logs:Describe</em>","logs:Get*","logs:List*","logs:FilterLogEvents"], "Resource":"*"
   * }] }'</code>
   *
   * <p>CloudFormation property {@code PolicyDocument}.
   */
  public VPCEndpoint policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public VPCEndpoint policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public VPCEndpoint policyDocument(Json value) {
    return set("PolicyDocument", value);
  }

  /**
   * Indicate whether to associate a private hosted zone with the specified VPC. The private hosted
   * zone contains a record set for the default public DNS name for the service for the Region (for
   * example, <code>kinesis.us-east-1.amazonaws.com</code> ), which resolves to the private IP
   * addresses of the endpoint network interfaces in the VPC. This enables you to make requests to
   * the default public DNS name for the service instead of the public DNS names that are
   * automatically generated by the VPC endpoint service.
   *
   * <p>To use a private hosted zone, you must set the following VPC attributes to <code>true</code>
   * : <code>enableDnsHostnames</code> and <code>enableDnsSupport</code> .
   *
   * <p>This property is supported only for interface endpoints.
   *
   * <p>Default: <code>false</code>
   *
   * <p>CloudFormation property {@code PrivateDnsEnabled}.
   */
  public VPCEndpoint privateDnsEnabled(boolean value) {
    return set("PrivateDnsEnabled", Value.of(value));
  }

  /** Sets {@code PrivateDnsEnabled} to this value; see {@link #privateDnsEnabled(boolean)}. */
  public VPCEndpoint privateDnsEnabled(Value<Boolean> value) {
    return set("PrivateDnsEnabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceConfigurationArn}.
   */
  public VPCEndpoint resourceConfigurationArn(String value) {
    return set("ResourceConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code ResourceConfigurationArn} to this value; see {@link
   * #resourceConfigurationArn(String)}.
   */
  public VPCEndpoint resourceConfigurationArn(Value<String> value) {
    return set("ResourceConfigurationArn", value);
  }

  /**
   * The IDs of the route tables. Routing is supported only for gateway endpoints.
   *
   * <p>CloudFormation property {@code RouteTableIds}.
   */
  public VPCEndpoint routeTableIds(List<String> value) {
    return set("RouteTableIds", Value.listOf(value));
  }

  /** Sets {@code RouteTableIds} to this value; see {@link #routeTableIds(List)}. */
  public VPCEndpoint routeTableIds(Value<List<String>> value) {
    return set("RouteTableIds", value);
  }

  /**
   * Sets {@code RouteTableIds} to the Ref of each {@code AWS::EC2::RouteTable}; see {@link
   * #routeTableIds(List)}.
   */
  public VPCEndpoint routeTableIds(RouteTable... resources) {
    return set("RouteTableIds", Value.refs(resources));
  }

  /**
   * The IDs of the security groups to associate with the endpoint network interfaces. If this
   * parameter is not specified, we use the default security group for the VPC. Security groups are
   * supported only for interface endpoints.
   *
   * <p>CloudFormation property {@code SecurityGroupIds}.
   */
  public VPCEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public VPCEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public VPCEndpoint securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The name of the endpoint service.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceName}.
   */
  public VPCEndpoint serviceName(String value) {
    return set("ServiceName", Value.of(value));
  }

  /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
  public VPCEndpoint serviceName(Value<String> value) {
    return set("ServiceName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the service network.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceNetworkArn}.
   */
  public VPCEndpoint serviceNetworkArn(String value) {
    return set("ServiceNetworkArn", Value.of(value));
  }

  /** Sets {@code ServiceNetworkArn} to this value; see {@link #serviceNetworkArn(String)}. */
  public VPCEndpoint serviceNetworkArn(Value<String> value) {
    return set("ServiceNetworkArn", value);
  }

  /**
   * Describes a Region.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceRegion}.
   */
  public VPCEndpoint serviceRegion(String value) {
    return set("ServiceRegion", Value.of(value));
  }

  /** Sets {@code ServiceRegion} to this value; see {@link #serviceRegion(String)}. */
  public VPCEndpoint serviceRegion(Value<String> value) {
    return set("ServiceRegion", value);
  }

  /**
   * The IDs of the subnets in which to create endpoint network interfaces. You must specify this
   * property for an interface endpoint or a Gateway Load Balancer endpoint. You can't specify this
   * property for a gateway endpoint. For a Gateway Load Balancer endpoint, you can specify only one
   * subnet.
   *
   * <p>CloudFormation property {@code SubnetIds}.
   */
  public VPCEndpoint subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public VPCEndpoint subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public VPCEndpoint subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * The tags to associate with the endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of endpoint.
   *
   * <p>Default: Gateway
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Interface}, {@code Gateway},
   * {@code GatewayLoadBalancer}, {@code ServiceNetwork}, {@code Resource}, {@code Tunnel}.
   * CloudFormation property {@code VpcEndpointType}.
   */
  public VPCEndpoint vpcEndpointType(String value) {
    return set("VpcEndpointType", Value.of(value));
  }

  /** Sets {@code VpcEndpointType} to this value; see {@link #vpcEndpointType(String)}. */
  public VPCEndpoint vpcEndpointType(Value<String> value) {
    return set("VpcEndpointType", value);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public VPCEndpoint vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCEndpoint vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public VPCEndpoint vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The date and time the VPC endpoint was created. For example: <code>Fri Sep 28 23:34:36 UTC
   * 2018.</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTimestamp}.
   */
  public Value<String> creationTimestamp() {
    return getAtt("CreationTimestamp");
  }

  /**
   * (Interface endpoints) The DNS entries for the endpoint. Each entry is a combination of the
   * hosted zone ID and the DNS name. The entries are ordered as follows: regional public DNS, zonal
   * public DNS, private DNS, and wildcard DNS. This order is not enforced for AWS Marketplace
   * services.
   *
   * <p>The following is an example. In the first entry, the hosted zone ID is Z1HUB23UULQXV and the
   * DNS name is vpce-01abc23456de78f9g-12abccd3.ec2.us-east-1.vpce.amazonaws.com.
   *
   * <p>["Z1HUB23UULQXV:vpce-01abc23456de78f9g-12abccd3.ec2.us-east-1.vpce.amazonaws.com",
   * "Z1HUB23UULQXV:vpce-01abc23456de78f9g-12abccd3-us-east-1a.ec2.us-east-1.vpce.amazonaws.com",
   * "Z1C12344VYDITB0:ec2.us-east-1.amazonaws.com"]
   *
   * <p>If you update the <code>PrivateDnsEnabled</code> or <code>SubnetIds</code> properties, the
   * DNS entries in the list will change.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsEntries}.
   */
  public Value<List<String>> dnsEntries() {
    return getAtt("DnsEntries");
  }

  /**
   * The ID of the VPC endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * (Interface endpoints) The network interface IDs. If you update the
   * <code>PrivateDnsEnabled</code> or <code>SubnetIds</code> properties, the items in this list
   * might change.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaceIds}.
   */
  public Value<List<String>> networkInterfaceIds() {
    return getAtt("NetworkInterfaceIds");
  }

  /**
   * Describes the DNS options for an endpoint.
   *
   * <p>Property type {@code AWS::EC2::VPCEndpoint.DnsOptionsSpecification}.
   */
  public static final class DnsOptionsSpecification extends Struct<DnsOptionsSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCEndpoint.DnsOptionsSpecification")
        .allowed("DnsRecordIpType", "ipv4", "ipv6", "dualstack", "service-defined", "not-specified")
        .allowed("PrivateDnsOnlyForInboundResolverEndpoint", "OnlyInboundResolver", "AllResolvers",
            "NotSpecified")
        .allowed("PrivateDnsPreference", "VERIFIED_DOMAINS_ONLY", "ALL_DOMAINS",
            "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS", "SPECIFIED_DOMAINS_ONLY")
        .constrain("PrivateDnsSpecifiedDomains", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DnsOptionsSpecification() {
      super(SCHEMA);
    }

    /**
     * The DNS records created for the endpoint.
     *
     * <p>Allowed values: {@code ipv4}, {@code ipv6}, {@code dualstack}, {@code service-defined},
     * {@code not-specified}. CloudFormation property {@code DnsRecordIpType}.
     */
    public DnsOptionsSpecification dnsRecordIpType(String value) {
      return set("DnsRecordIpType", Value.of(value));
    }

    /** Sets {@code DnsRecordIpType} to this value; see {@link #dnsRecordIpType(String)}. */
    public DnsOptionsSpecification dnsRecordIpType(Value<String> value) {
      return set("DnsRecordIpType", value);
    }

    /**
     * Indicates whether to enable private DNS only for inbound endpoints. This option is available
     * only for services that support both gateway and interface endpoints. It routes traffic that
     * originates from the VPC to the gateway endpoint and traffic that originates from on-premises
     * to the interface endpoint.
     *
     * <p>Allowed values: {@code OnlyInboundResolver}, {@code AllResolvers}, {@code NotSpecified}.
     * CloudFormation property {@code PrivateDnsOnlyForInboundResolverEndpoint}.
     */
    public DnsOptionsSpecification privateDnsOnlyForInboundResolverEndpoint(String value) {
      return set("PrivateDnsOnlyForInboundResolverEndpoint", Value.of(value));
    }

    /**
     * Sets {@code PrivateDnsOnlyForInboundResolverEndpoint} to this value; see {@link
     * #privateDnsOnlyForInboundResolverEndpoint(String)}.
     */
    public DnsOptionsSpecification privateDnsOnlyForInboundResolverEndpoint(Value<String> value) {
      return set("PrivateDnsOnlyForInboundResolverEndpoint", value);
    }

    /**
     * The preference for which private domains have a private hosted zone created for and
     * associated with the specified VPC. Only supported when private DNS is enabled and when the
     * VPC endpoint type is ServiceNetwork or Resource.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code VERIFIED_DOMAINS_ONLY}, {@code
     * ALL_DOMAINS}, {@code VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS}, {@code SPECIFIED_DOMAINS_ONLY}.
     * CloudFormation property {@code PrivateDnsPreference}.
     */
    public DnsOptionsSpecification privateDnsPreference(String value) {
      return set("PrivateDnsPreference", Value.of(value));
    }

    /**
     * Sets {@code PrivateDnsPreference} to this value; see {@link #privateDnsPreference(String)}.
     */
    public DnsOptionsSpecification privateDnsPreference(Value<String> value) {
      return set("PrivateDnsPreference", value);
    }

    /**
     * Indicates which of the private domains to create private hosted zones for and associate with
     * the specified VPC. Only supported when private DNS is enabled and the private DNS preference
     * is <code>VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS</code> or <code>SPECIFIED_DOMAINS_ONLY</code>
     * .
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code PrivateDnsSpecifiedDomains}.
     */
    public DnsOptionsSpecification privateDnsSpecifiedDomains(List<String> value) {
      return set("PrivateDnsSpecifiedDomains", Value.listOf(value));
    }

    /**
     * Sets {@code PrivateDnsSpecifiedDomains} to this value; see {@link
     * #privateDnsSpecifiedDomains(List)}.
     */
    public DnsOptionsSpecification privateDnsSpecifiedDomains(Value<List<String>> value) {
      return set("PrivateDnsSpecifiedDomains", value);
    }
  }
}
