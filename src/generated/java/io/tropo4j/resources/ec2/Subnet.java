// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a subnet for the specified VPC.
 *
 * <p>For an IPv4 only subnet, specify an IPv4 CIDR block. If the VPC has an IPv6 CIDR block, you
 * can create an IPv6 only subnet or a dual stack subnet instead. For an IPv6 only subnet, specify
 * an IPv6 CIDR block. For a dual stack subnet, specify both an IPv4 CIDR block and an IPv6 CIDR
 * block.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html">Subnets for your
 * VPC</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::Subnet}.
 */
public final class Subnet extends Resource<Subnet> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::Subnet")
      .required("VpcId")
      .constrain("CidrBlock", Constraint.of().format("ipv4-network"))
      .constrain("Ipv6CidrBlock", Constraint.of().format("ipv6-network"))
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("SubnetId")
      .attributes("AvailabilityZone", "AvailabilityZoneId", "BlockPublicAccessStates", "CidrBlock",
          "Ipv6CidrBlocks", "NetworkAclAssociationId", "OutpostArn", "SubnetId", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Subnet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether a network interface created in this subnet receives an IPv6 address. The
   * default value is <code>false</code> .
   *
   * <p>If you specify <code>AssignIpv6AddressOnCreation</code> , you must also specify an IPv6 CIDR
   * block.
   *
   * <p>CloudFormation property {@code AssignIpv6AddressOnCreation}.
   */
  public Subnet assignIpv6AddressOnCreation(boolean value) {
    return set("AssignIpv6AddressOnCreation", Value.of(value));
  }

  /**
   * Sets {@code AssignIpv6AddressOnCreation} to this value; see {@link
   * #assignIpv6AddressOnCreation(boolean)}.
   */
  public Subnet assignIpv6AddressOnCreation(Value<Boolean> value) {
    return set("AssignIpv6AddressOnCreation", value);
  }

  /**
   * The Availability Zone of the subnet.
   *
   * <p>If you update this property, you must also update the <code>CidrBlock</code> property.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public Subnet availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Subnet availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The AZ ID of the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZoneId}.
   */
  public Subnet availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public Subnet availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * The IPv4 CIDR block assigned to the subnet.
   *
   * <p>If you update this property, we create a new subnet, and then delete the existing one.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code CidrBlock}.
   */
  public Subnet cidrBlock(String value) {
    return set("CidrBlock", Value.of(value));
  }

  /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
  public Subnet cidrBlock(Value<String> value) {
    return set("CidrBlock", value);
  }

  /**
   * Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should
   * return synthetic IPv6 addresses for IPv4-only destinations.
   *
   * <p>You must first configure a NAT gateway in a public subnet (separate from the subnet
   * containing the IPv6-only workloads). For example, the subnet containing the NAT gateway should
   * have a <code>0.0.0.0/0</code> route pointing to the internet gateway. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-nat64-dns64.html#nat-gateway-nat64-dns64-walkthrough">Configure
   * DNS64 and NAT64</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
   *
   * <p>CloudFormation property {@code EnableDns64}.
   */
  public Subnet enableDns64(boolean value) {
    return set("EnableDns64", Value.of(value));
  }

  /** Sets {@code EnableDns64} to this value; see {@link #enableDns64(boolean)}. */
  public Subnet enableDns64(Value<Boolean> value) {
    return set("EnableDns64", value);
  }

  /**
   * Indicates the device position for local network interfaces in this subnet. For example,
   * <code>1</code> indicates local network interfaces in this subnet are the secondary network
   * interface (eth1).
   *
   * <p>CloudFormation property {@code EnableLniAtDeviceIndex}.
   */
  public Subnet enableLniAtDeviceIndex(int value) {
    return set("EnableLniAtDeviceIndex", Value.of(value));
  }

  /**
   * Sets {@code EnableLniAtDeviceIndex} to this value; see {@link #enableLniAtDeviceIndex(int)}.
   */
  public Subnet enableLniAtDeviceIndex(Value<Integer> value) {
    return set("EnableLniAtDeviceIndex", value);
  }

  /**
   * An IPv4 IPAM pool ID for the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv4IpamPoolId}.
   */
  public Subnet ipv4IpamPoolId(String value) {
    return set("Ipv4IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv4IpamPoolId} to this value; see {@link #ipv4IpamPoolId(String)}. */
  public Subnet ipv4IpamPoolId(Value<String> value) {
    return set("Ipv4IpamPoolId", value);
  }

  /**
   * An IPv4 netmask length for the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv4NetmaskLength}.
   */
  public Subnet ipv4NetmaskLength(int value) {
    return set("Ipv4NetmaskLength", Value.of(value));
  }

  /** Sets {@code Ipv4NetmaskLength} to this value; see {@link #ipv4NetmaskLength(int)}. */
  public Subnet ipv4NetmaskLength(Value<Integer> value) {
    return set("Ipv4NetmaskLength", value);
  }

  /**
   * The IPv6 CIDR block.
   *
   * <p>If you specify <code>AssignIpv6AddressOnCreation</code> , you must also specify an IPv6 CIDR
   * block.
   *
   * <p>Changing it may replace the resource. Format: {@code ipv6-network}. CloudFormation property
   * {@code Ipv6CidrBlock}.
   */
  public Subnet ipv6CidrBlock(String value) {
    return set("Ipv6CidrBlock", Value.of(value));
  }

  /** Sets {@code Ipv6CidrBlock} to this value; see {@link #ipv6CidrBlock(String)}. */
  public Subnet ipv6CidrBlock(Value<String> value) {
    return set("Ipv6CidrBlock", value);
  }

  /**
   * An IPv6 IPAM pool ID for the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6IpamPoolId}.
   */
  public Subnet ipv6IpamPoolId(String value) {
    return set("Ipv6IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv6IpamPoolId} to this value; see {@link #ipv6IpamPoolId(String)}. */
  public Subnet ipv6IpamPoolId(Value<String> value) {
    return set("Ipv6IpamPoolId", value);
  }

  /**
   * Indicates whether this is an IPv6 only subnet. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html#subnet-basics">Subnet
   * basics</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6Native}.
   */
  public Subnet ipv6Native(boolean value) {
    return set("Ipv6Native", Value.of(value));
  }

  /** Sets {@code Ipv6Native} to this value; see {@link #ipv6Native(boolean)}. */
  public Subnet ipv6Native(Value<Boolean> value) {
    return set("Ipv6Native", value);
  }

  /**
   * An IPv6 netmask length for the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6NetmaskLength}.
   */
  public Subnet ipv6NetmaskLength(int value) {
    return set("Ipv6NetmaskLength", Value.of(value));
  }

  /** Sets {@code Ipv6NetmaskLength} to this value; see {@link #ipv6NetmaskLength(int)}. */
  public Subnet ipv6NetmaskLength(Value<Integer> value) {
    return set("Ipv6NetmaskLength", value);
  }

  /**
   * Indicates whether instances launched in this subnet receive a public IPv4 address. The default
   * value is <code>false</code> .
   *
   * <p>AWS charges for all public IPv4 addresses, including public IPv4 addresses associated with
   * running instances and Elastic IP addresses. For more information, see the <em>Public IPv4
   * Address</em> tab on the <a href="https://docs.aws.amazon.com/vpc/pricing/">VPC pricing page</a>
   * .
   *
   * <p>CloudFormation property {@code MapPublicIpOnLaunch}.
   */
  public Subnet mapPublicIpOnLaunch(boolean value) {
    return set("MapPublicIpOnLaunch", Value.of(value));
  }

  /** Sets {@code MapPublicIpOnLaunch} to this value; see {@link #mapPublicIpOnLaunch(boolean)}. */
  public Subnet mapPublicIpOnLaunch(Value<Boolean> value) {
    return set("MapPublicIpOnLaunch", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Outpost.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OutpostArn}.
   */
  public Subnet outpostArn(String value) {
    return set("OutpostArn", Value.of(value));
  }

  /** Sets {@code OutpostArn} to this value; see {@link #outpostArn(String)}. */
  public Subnet outpostArn(Value<String> value) {
    return set("OutpostArn", value);
  }

  /**
   * The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record
   * queries to the instances should be handled. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon EC2
   * instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p>Available options:
   *
   * <ul> <li>EnableResourceNameDnsAAAARecord (true | false) <li>EnableResourceNameDnsARecord (true
   * | false) <li>HostnameType (ip-name | resource-name) </ul>
   *
   * <p>CloudFormation property {@code PrivateDnsNameOptionsOnLaunch}.
   */
  public Subnet privateDnsNameOptionsOnLaunch(Value<PrivateDnsNameOptionsOnLaunch> value) {
    return set("PrivateDnsNameOptionsOnLaunch", value);
  }

  /**
   * Any tags assigned to the subnet.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Subnet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Subnet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Subnet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC the subnet is in.
   *
   * <p>If you update this property, you must also update the <code>CidrBlock</code> property.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public Subnet vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Subnet vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public Subnet vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The Availability Zone of this subnet. For example, <code>us-east-1a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The Availability Zone ID of this subnet. For example, <code>use1-az1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZoneId}.
   */
  public Value<String> availabilityZoneId() {
    return getAtt("AvailabilityZoneId");
  }

  /** {@code Fn::GetAtt} attribute {@code BlockPublicAccessStates}. */
  public Value<BlockPublicAccessStates> blockPublicAccessStates() {
    return getAtt("BlockPublicAccessStates");
  }

  /**
   * The IPv4 CIDR blocks that are associated with the subnet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CidrBlock}.
   */
  public Value<String> cidrBlock() {
    return getAtt("CidrBlock");
  }

  /**
   * The IPv6 CIDR blocks that are associated with the subnet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ipv6CidrBlocks}.
   */
  public Value<List<String>> ipv6CidrBlocks() {
    return getAtt("Ipv6CidrBlocks");
  }

  /**
   * The ID of the network ACL that is associated with the subnet's VPC, such as
   * <code>acl-5fb85d36</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkAclAssociationId}.
   */
  public Value<String> networkAclAssociationId() {
    return getAtt("NetworkAclAssociationId");
  }

  /**
   * The Amazon Resource Name (ARN) of the Outpost.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutpostArn}.
   */
  public Value<String> outpostArn() {
    return getAtt("OutpostArn");
  }

  /**
   * The ID of the subnet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubnetId}.
   */
  public Value<String> subnetId() {
    return getAtt("SubnetId");
  }

  /**
   * The ID of the subnet's VPC, such as <code>vpc-11ad4878</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * Specifies the state of VPC Block Public Access (BPA).
   *
   * <p>Property type {@code AWS::EC2::Subnet.BlockPublicAccessStates}.
   */
  public static final class BlockPublicAccessStates extends Struct<BlockPublicAccessStates> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Subnet.BlockPublicAccessStates");

    public BlockPublicAccessStates() {
      super(SCHEMA);
    }

    /**
     * The mode of VPC BPA.
     *
     * <ul> <li><code>off</code> : VPC BPA is not enabled and traffic is allowed to and from
     * internet gateways and egress-only internet gateways in this Region.
     * <li><code>block-bidirectional</code> : Block all traffic to and from internet gateways and
     * egress-only internet gateways in this Region (except for excluded VPCs and subnets).
     * <li><code>block-ingress</code> : Block all internet traffic to the VPCs in this Region
     * (except for VPCs or subnets which are excluded). Only traffic to and from NAT gateways and
     * egress-only internet gateways is allowed because these gateways only allow outbound
     * connections to be established. </ul>
     *
     * <p>CloudFormation property {@code InternetGatewayBlockMode}.
     */
    public BlockPublicAccessStates internetGatewayBlockMode(String value) {
      return set("InternetGatewayBlockMode", Value.of(value));
    }

    /**
     * Sets {@code InternetGatewayBlockMode} to this value; see {@link
     * #internetGatewayBlockMode(String)}.
     */
    public BlockPublicAccessStates internetGatewayBlockMode(Value<String> value) {
      return set("InternetGatewayBlockMode", value);
    }
  }

  /**
   * Specifies the options for instance hostnames.
   *
   * <p>Property type {@code AWS::EC2::Subnet.PrivateDnsNameOptionsOnLaunch}.
   */
  public static final class PrivateDnsNameOptionsOnLaunch extends Struct<PrivateDnsNameOptionsOnLaunch> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Subnet.PrivateDnsNameOptionsOnLaunch");

    public PrivateDnsNameOptionsOnLaunch() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to respond to DNS queries for instance hostname with DNS AAAA records.
     *
     * <p>CloudFormation property {@code EnableResourceNameDnsAAAARecord}.
     */
    public PrivateDnsNameOptionsOnLaunch enableResourceNameDnsAAAARecord(boolean value) {
      return set("EnableResourceNameDnsAAAARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsAAAARecord} to this value; see {@link
     * #enableResourceNameDnsAAAARecord(boolean)}.
     */
    public PrivateDnsNameOptionsOnLaunch enableResourceNameDnsAAAARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsAAAARecord", value);
    }

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
     *
     * <p>CloudFormation property {@code EnableResourceNameDnsARecord}.
     */
    public PrivateDnsNameOptionsOnLaunch enableResourceNameDnsARecord(boolean value) {
      return set("EnableResourceNameDnsARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsARecord} to this value; see {@link
     * #enableResourceNameDnsARecord(boolean)}.
     */
    public PrivateDnsNameOptionsOnLaunch enableResourceNameDnsARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsARecord", value);
    }

    /**
     * The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be
     * based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based
     * on the instance ID. For dual-stack subnets, you can specify whether DNS names use the
     * instance IPv4 address or the instance ID.
     *
     * <p>CloudFormation property {@code HostnameType}.
     */
    public PrivateDnsNameOptionsOnLaunch hostnameType(String value) {
      return set("HostnameType", Value.of(value));
    }

    /** Sets {@code HostnameType} to this value; see {@link #hostnameType(String)}. */
    public PrivateDnsNameOptionsOnLaunch hostnameType(Value<String> value) {
      return set("HostnameType", value);
    }
  }
}
