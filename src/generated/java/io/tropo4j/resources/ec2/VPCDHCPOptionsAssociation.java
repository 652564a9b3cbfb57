// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a set of DHCP options with a VPC, or associates no DHCP options with the VPC.
 *
 * <p>After you associate the options with the VPC, any existing instances and all new instances
 * that you launch in that VPC use the options. You don't need to restart or relaunch the instances.
 * They automatically pick up the changes within a few hours, depending on how frequently the
 * instance renews its DHCP lease. You can explicitly renew the lease using the operating system on
 * the instance.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCDHCPOptionsAssociation}.
 */
public final class VPCDHCPOptionsAssociation extends Resource<VPCDHCPOptionsAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCDHCPOptionsAssociation")
      .required("DhcpOptionsId", "VpcId")
      .references("DhcpOptionsId", "AWS::EC2::DHCPOptions.Ref")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .build();

  public VPCDHCPOptionsAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the DHCP options set, or <code>default</code> to associate no DHCP options with the
   * VPC.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DhcpOptionsId}.
   */
  public VPCDHCPOptionsAssociation dhcpOptionsId(String value) {
    return set("DhcpOptionsId", Value.of(value));
  }

  /** Sets {@code DhcpOptionsId} to this value; see {@link #dhcpOptionsId(String)}. */
  public VPCDHCPOptionsAssociation dhcpOptionsId(Value<String> value) {
    return set("DhcpOptionsId", value);
  }

  /**
   * Sets {@code DhcpOptionsId} to the Ref of {@code AWS::EC2::DHCPOptions}; see {@link
   * #dhcpOptionsId(String)}.
   */
  public VPCDHCPOptionsAssociation dhcpOptionsId(DHCPOptions resource) {
    return set("DhcpOptionsId", resource.ref());
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public VPCDHCPOptionsAssociation vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCDHCPOptionsAssociation vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public VPCDHCPOptionsAssociation vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }
}
