// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A CIDR provisioned to an IPAM pool.
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMPoolCidr}.
 */
public final class IPAMPoolCidr extends Resource<IPAMPoolCidr> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPoolCidr")
      .required("IpamPoolId")
      .constrain("Cidr", Constraint.of().format("ipv4-network"))
      .attributes("IpamPoolCidrId", "State")
      .build();

  public IPAMPoolCidr(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address and its
   * associated network mask (or netmask) and refers to a range of IP addresses. An IPv4 CIDR
   * example is <code>10.24.34.0/23</code> . An IPv6 CIDR example is <code>2001:DB8::/32</code> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code Cidr}.
   */
  public IPAMPoolCidr cidr(String value) {
    return set("Cidr", Value.of(value));
  }

  /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
  public IPAMPoolCidr cidr(Value<String> value) {
    return set("Cidr", value);
  }

  /**
   * The ID of the IPAM pool.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpamPoolId}.
   */
  public IPAMPoolCidr ipamPoolId(String value) {
    return set("IpamPoolId", Value.of(value));
  }

  /** Sets {@code IpamPoolId} to this value; see {@link #ipamPoolId(String)}. */
  public IPAMPoolCidr ipamPoolId(Value<String> value) {
    return set("IpamPoolId", value);
  }

  /**
   * The netmask length of the CIDR you'd like to provision to a pool. Can be used for provisioning
   * Amazon-provided IPv6 CIDRs to top-level pools and for provisioning CIDRs to pools with source
   * pools. Cannot be used to provision BYOIP CIDRs to top-level pools. "NetmaskLength" or "Cidr" is
   * required.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetmaskLength}.
   */
  public IPAMPoolCidr netmaskLength(int value) {
    return set("NetmaskLength", Value.of(value));
  }

  /** Sets {@code NetmaskLength} to this value; see {@link #netmaskLength(int)}. */
  public IPAMPoolCidr netmaskLength(Value<Integer> value) {
    return set("NetmaskLength", value);
  }

  /**
   * The IPAM pool CIDR ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPoolCidrId}.
   */
  public Value<String> ipamPoolCidrId() {
    return getAtt("IpamPoolCidrId");
  }

  /**
   * The state of the CIDR.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
