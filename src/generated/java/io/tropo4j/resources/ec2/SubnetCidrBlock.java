// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a CIDR block with your subnet. You can associate a single IPv6 CIDR block with your
 * subnet.
 *
 * <p>CloudFormation type {@code AWS::EC2::SubnetCidrBlock}.
 */
public final class SubnetCidrBlock extends Resource<SubnetCidrBlock> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SubnetCidrBlock")
      .required("SubnetId")
      .constrain("Ipv6CidrBlock", Constraint.of().maxLength(42).format("ipv6-network"))
      .constrain("Ipv6NetmaskLength", Constraint.of().minimum(0).maximum(128))
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .refYields("Id")
      .attributes("Id", "IpSource", "Ipv6AddressAttribute")
      .build();

  public SubnetCidrBlock(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPv6 network range for the subnet, in CIDR notation.
   *
   * <p>Changing it replaces the resource. Length: at most 42 characters. Format: {@code
   * ipv6-network}. CloudFormation property {@code Ipv6CidrBlock}.
   */
  public SubnetCidrBlock ipv6CidrBlock(String value) {
    return set("Ipv6CidrBlock", Value.of(value));
  }

  /** Sets {@code Ipv6CidrBlock} to this value; see {@link #ipv6CidrBlock(String)}. */
  public SubnetCidrBlock ipv6CidrBlock(Value<String> value) {
    return set("Ipv6CidrBlock", value);
  }

  /**
   * An IPv6 IPAM pool ID for the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6IpamPoolId}.
   */
  public SubnetCidrBlock ipv6IpamPoolId(String value) {
    return set("Ipv6IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv6IpamPoolId} to this value; see {@link #ipv6IpamPoolId(String)}. */
  public SubnetCidrBlock ipv6IpamPoolId(Value<String> value) {
    return set("Ipv6IpamPoolId", value);
  }

  /**
   * An IPv6 netmask length for the subnet.
   *
   * <p>Changing it replaces the resource. Range: 0 to 128. CloudFormation property {@code
   * Ipv6NetmaskLength}.
   */
  public SubnetCidrBlock ipv6NetmaskLength(int value) {
    return set("Ipv6NetmaskLength", Value.of(value));
  }

  /** Sets {@code Ipv6NetmaskLength} to this value; see {@link #ipv6NetmaskLength(int)}. */
  public SubnetCidrBlock ipv6NetmaskLength(Value<Integer> value) {
    return set("Ipv6NetmaskLength", value);
  }

  /**
   * The ID of the subnet.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public SubnetCidrBlock subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public SubnetCidrBlock subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public SubnetCidrBlock subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * The ID of the association.
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
