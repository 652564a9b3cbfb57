// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * In IPAM, an allocation is a CIDR assignment from an IPAM pool to another IPAM pool or to a
 * resource.
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMAllocation}.
 */
public final class IPAMAllocation extends Resource<IPAMAllocation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMAllocation")
      .required("IpamPoolId")
      .constrain("Cidr", Constraint.of().format("ipv4-network"))
      .attributes("IpamPoolAllocationId")
      .build();

  public IPAMAllocation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The CIDR you would like to allocate from the IPAM pool. Note the following:
   *
   * <ul> <li>If there is no DefaultNetmaskLength allocation rule set on the pool, you must specify
   * either the NetmaskLength or the CIDR. <li>If the DefaultNetmaskLength allocation rule is set on
   * the pool, you can specify either the NetmaskLength or the CIDR and the DefaultNetmaskLength
   * allocation rule will be ignored. </ul>
   *
   * <p>Possible values: Any available IPv4 or IPv6 CIDR.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code Cidr}.
   */
  public IPAMAllocation cidr(String value) {
    return set("Cidr", Value.of(value));
  }

  /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
  public IPAMAllocation cidr(Value<String> value) {
    return set("Cidr", value);
  }

  /**
   * A description for the allocation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public IPAMAllocation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPAMAllocation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the IPAM pool from which you would like to allocate a CIDR.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpamPoolId}.
   */
  public IPAMAllocation ipamPoolId(String value) {
    return set("IpamPoolId", Value.of(value));
  }

  /** Sets {@code IpamPoolId} to this value; see {@link #ipamPoolId(String)}. */
  public IPAMAllocation ipamPoolId(Value<String> value) {
    return set("IpamPoolId", value);
  }

  /**
   * The netmask length of the CIDR you would like to allocate from the IPAM pool. Note the
   * following:
   *
   * <ul> <li>If there is no DefaultNetmaskLength allocation rule set on the pool, you must specify
   * either the NetmaskLength or the CIDR. <li>If the DefaultNetmaskLength allocation rule is set on
   * the pool, you can specify either the NetmaskLength or the CIDR and the DefaultNetmaskLength
   * allocation rule will be ignored. </ul>
   *
   * <p>Possible netmask lengths for IPv4 addresses are 0 - 32. Possible netmask lengths for IPv6
   * addresses are 0 - 128.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetmaskLength}.
   */
  public IPAMAllocation netmaskLength(int value) {
    return set("NetmaskLength", Value.of(value));
  }

  /** Sets {@code NetmaskLength} to this value; see {@link #netmaskLength(int)}. */
  public IPAMAllocation netmaskLength(Value<Integer> value) {
    return set("NetmaskLength", value);
  }

  /**
   * The ID of an allocation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPoolAllocationId}.
   */
  public Value<String> ipamPoolAllocationId() {
    return getAtt("IpamPoolAllocationId");
  }
}
