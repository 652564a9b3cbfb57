// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a static route for a VPN connection between an existing virtual private gateway and a
 * VPN customer gateway. The static route allows traffic to be routed from the virtual private
 * gateway to the VPN customer gateway.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html">AWS Site-to-Site VPN</a> in the
 * <em>AWS Site-to-Site VPN User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPNConnectionRoute}.
 */
public final class VPNConnectionRoute extends Resource<VPNConnectionRoute> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnectionRoute")
      .required("DestinationCidrBlock", "VpnConnectionId")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .references("VpnConnectionId", "AWS::EC2::VPNConnection.Ref")
      .build();

  public VPNConnectionRoute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The CIDR block associated with the local subnet of the customer network.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
   * property {@code DestinationCidrBlock}.
   */
  public VPNConnectionRoute destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public VPNConnectionRoute destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * The ID of the VPN connection.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VpnConnectionId}.
   */
  public VPNConnectionRoute vpnConnectionId(String value) {
    return set("VpnConnectionId", Value.of(value));
  }

  /** Sets {@code VpnConnectionId} to this value; see {@link #vpnConnectionId(String)}. */
  public VPNConnectionRoute vpnConnectionId(Value<String> value) {
    return set("VpnConnectionId", value);
  }

  /**
   * Sets {@code VpnConnectionId} to the Ref of {@code AWS::EC2::VPNConnection}; see {@link
   * #vpnConnectionId(String)}.
   */
  public VPNConnectionRoute vpnConnectionId(VPNConnection resource) {
    return set("VpnConnectionId", resource.ref());
  }
}
