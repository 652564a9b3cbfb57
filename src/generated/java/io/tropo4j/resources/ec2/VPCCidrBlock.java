// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a CIDR block with your VPC.
 *
 * <p>A VPC must have an associated IPv4 CIDR block. You can optionally associate additional IPv4
 * CIDR blocks with a VPC. You can optionally associate an IPv6 CIDR block with a VPC. You can
 * request an Amazon-provided IPv6 CIDR block from Amazon's pool of IPv6 addresses, or an IPv6 CIDR
 * block from an IPv6 address pool that you provisioned through bring your own IP addresses (BYOIP).
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html">VPC CIDR blocks</a>
 * in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCCidrBlock}.
 */
public final class VPCCidrBlock extends Resource<VPCCidrBlock> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCCidrBlock")
      .required("VpcId")
      .constrain("CidrBlock", Constraint.of().format("ipv4-network"))
      .constrain("Ipv6CidrBlock", Constraint.of().format("ipv6-network"))
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .attributes("Id", "IpSource", "Ipv6AddressAttribute")
      .build();

  public VPCCidrBlock(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Requests an Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC. You cannot
   * specify the range of IPv6 addresses or the size of the CIDR block.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AmazonProvidedIpv6CidrBlock}.
   */
  public VPCCidrBlock amazonProvidedIpv6CidrBlock(boolean value) {
    return set("AmazonProvidedIpv6CidrBlock", Value.of(value));
  }

  /**
   * Sets {@code AmazonProvidedIpv6CidrBlock} to this value; see {@link
   * #amazonProvidedIpv6CidrBlock(boolean)}.
   */
  public VPCCidrBlock amazonProvidedIpv6CidrBlock(Value<Boolean> value) {
    return set("AmazonProvidedIpv6CidrBlock", value);
  }

  /**
   * An IPv4 CIDR block to associate with the VPC.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code CidrBlock}.
   */
  public VPCCidrBlock cidrBlock(String value) {
    return set("CidrBlock", Value.of(value));
  }

  /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
  public VPCCidrBlock cidrBlock(Value<String> value) {
    return set("CidrBlock", value);
  }

  /**
   * Associate a CIDR allocated from an IPv4 IPAM pool to a VPC. For more information about Amazon
   * VPC IP Address Manager (IPAM), see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in
   * the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv4IpamPoolId}.
   */
  public VPCCidrBlock ipv4IpamPoolId(String value) {
    return set("Ipv4IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv4IpamPoolId} to this value; see {@link #ipv4IpamPoolId(String)}. */
  public VPCCidrBlock ipv4IpamPoolId(Value<String> value) {
    return set("Ipv4IpamPoolId", value);
  }

  /**
   * The netmask length of the IPv4 CIDR you would like to associate from an Amazon VPC IP Address
   * Manager (IPAM) pool. For more information about IPAM, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in
   * the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv4NetmaskLength}.
   */
  public VPCCidrBlock ipv4NetmaskLength(int value) {
    return set("Ipv4NetmaskLength", Value.of(value));
  }

  /** Sets {@code Ipv4NetmaskLength} to this value; see {@link #ipv4NetmaskLength(int)}. */
  public VPCCidrBlock ipv4NetmaskLength(Value<Integer> value) {
    return set("Ipv4NetmaskLength", value);
  }

  /**
   * An IPv6 CIDR block from the IPv6 address pool. You must also specify <code>Ipv6Pool</code> in
   * the request.
   *
   * <p>To let Amazon choose the IPv6 CIDR block for you, omit this parameter.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv6-network}. CloudFormation property
   * {@code Ipv6CidrBlock}.
   */
  public VPCCidrBlock ipv6CidrBlock(String value) {
    return set("Ipv6CidrBlock", Value.of(value));
  }

  /** Sets {@code Ipv6CidrBlock} to this value; see {@link #ipv6CidrBlock(String)}. */
  public VPCCidrBlock ipv6CidrBlock(Value<String> value) {
    return set("Ipv6CidrBlock", value);
  }

  /**
   * The name of the location from which we advertise the IPV6 CIDR block. Use this parameter to
   * limit the CIDR block to this location.
   *
   * <p>You must set <code>AmazonProvidedIpv6CidrBlock</code> to <code>true</code> to use this
   * parameter.
   *
   * <p>You can have one IPv6 CIDR block association per network border group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * Ipv6CidrBlockNetworkBorderGroup}.
   */
  public VPCCidrBlock ipv6CidrBlockNetworkBorderGroup(String value) {
    return set("Ipv6CidrBlockNetworkBorderGroup", Value.of(value));
  }

  /**
   * Sets {@code Ipv6CidrBlockNetworkBorderGroup} to this value; see {@link
   * #ipv6CidrBlockNetworkBorderGroup(String)}.
   */
  public VPCCidrBlock ipv6CidrBlockNetworkBorderGroup(Value<String> value) {
    return set("Ipv6CidrBlockNetworkBorderGroup", value);
  }

  /**
   * Associates a CIDR allocated from an IPv6 IPAM pool to a VPC. For more information about Amazon
   * VPC IP Address Manager (IPAM), see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in
   * the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6IpamPoolId}.
   */
  public VPCCidrBlock ipv6IpamPoolId(String value) {
    return set("Ipv6IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv6IpamPoolId} to this value; see {@link #ipv6IpamPoolId(String)}. */
  public VPCCidrBlock ipv6IpamPoolId(Value<String> value) {
    return set("Ipv6IpamPoolId", value);
  }

  /**
   * The netmask length of the IPv6 CIDR you would like to associate from an Amazon VPC IP Address
   * Manager (IPAM) pool. For more information about IPAM, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in
   * the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6NetmaskLength}.
   */
  public VPCCidrBlock ipv6NetmaskLength(int value) {
    return set("Ipv6NetmaskLength", Value.of(value));
  }

  /** Sets {@code Ipv6NetmaskLength} to this value; see {@link #ipv6NetmaskLength(int)}. */
  public VPCCidrBlock ipv6NetmaskLength(Value<Integer> value) {
    return set("Ipv6NetmaskLength", value);
  }

  /**
   * The ID of an IPv6 address pool from which to allocate the IPv6 CIDR block.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6Pool}.
   */
  public VPCCidrBlock ipv6Pool(String value) {
    return set("Ipv6Pool", Value.of(value));
  }

  /** Sets {@code Ipv6Pool} to this value; see {@link #ipv6Pool(String)}. */
  public VPCCidrBlock ipv6Pool(Value<String> value) {
    return set("Ipv6Pool", value);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public VPCCidrBlock vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCCidrBlock vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public VPCCidrBlock vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The Id of the VPC associated CIDR Block.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The source that allocated the IP address space. <code>byoip</code> or <code>amazon</code>
   * indicates public IP address space allocated by Amazon or space that you have allocated with
   * Bring your own IP (BYOIP). <code>none</code> indicates private space.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpSource}.
   */
  public Value<String> ipSource() {
    return getAtt("IpSource");
  }

  /**
   * Public IPv6 addresses are those advertised on the internet from AWS . Private IP addresses are
   * not and cannot be advertised on the internet from AWS .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ipv6AddressAttribute}.
   */
  public Value<String> ipv6AddressAttribute() {
    return getAtt("Ipv6AddressAttribute");
  }
}
