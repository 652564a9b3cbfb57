// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Enables a virtual private gateway (VGW) to propagate routes to the specified route table of a
 * VPC.
 *
 * <p>If you reference a VPN gateway that is in the same template as your VPN gateway route
 * propagation, you must explicitly declare a dependency on the VPN gateway attachment. The
 * <code>AWS::EC2::VPNGatewayRoutePropagation</code> resource cannot use the VPN gateway until it
 * has successfully attached to the VPC. Add a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * Attribute</a> in the <code>AWS::EC2::VPNGatewayRoutePropagation</code> resource to explicitly
 * declare a dependency on the VPN gateway attachment.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPNGatewayRoutePropagation}.
 */
public final class VPNGatewayRoutePropagation extends Resource<VPNGatewayRoutePropagation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNGatewayRoutePropagation")
      .required("RouteTableIds", "VpnGatewayId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public VPNGatewayRoutePropagation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the route table. The routing table must be associated with the same VPC that the
   * virtual private gateway is attached to.
   *
   * <p>Required. CloudFormation property {@code RouteTableIds}.
   */
  public VPNGatewayRoutePropagation routeTableIds(List<String> value) {
    return set("RouteTableIds", Value.listOf(value));
  }

  /** Sets {@code RouteTableIds} to this value; see {@link #routeTableIds(List)}. */
  public VPNGatewayRoutePropagation routeTableIds(Value<List<String>> value) {
    return set("RouteTableIds", value);
  }

  /**
   * The ID of the virtual private gateway that is attached to a VPC. The virtual private gateway
   * must be attached to the same VPC that the routing tables are associated with.
   *
   * <p>Required. CloudFormation property {@code VpnGatewayId}.
   */
  public VPNGatewayRoutePropagation vpnGatewayId(String value) {
    return set("VpnGatewayId", Value.of(value));
  }

  /** Sets {@code VpnGatewayId} to this value; see {@link #vpnGatewayId(String)}. */
  public VPNGatewayRoutePropagation vpnGatewayId(Value<String> value) {
    return set("VpnGatewayId", value);
  }

  /**
   * The ID of the VPN gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
