// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a virtual private gateway or internet gateway with a route table. The gateway and
 * route table must be in the same VPC. This association causes the incoming traffic to the gateway
 * to be routed according to the routes in the route table.
 *
 * <p>CloudFormation type {@code AWS::EC2::GatewayRouteTableAssociation}.
 */
public final class GatewayRouteTableAssociation extends Resource<GatewayRouteTableAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::GatewayRouteTableAssociation")
      .required("GatewayId", "RouteTableId")
      .references("GatewayId", "AWS::EC2::InternetGateway.Ref", "AWS::EC2::VPNGateway.Ref")
      .references("RouteTableId", "AWS::EC2::RouteTable.Ref")
      .refYields("GatewayId")
      .attributes("AssociationId")
      .build();

  public GatewayRouteTableAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GatewayId}.
   */
  public GatewayRouteTableAssociation gatewayId(String value) {
    return set("GatewayId", Value.of(value));
  }

  /** Sets {@code GatewayId} to this value; see {@link #gatewayId(String)}. */
  public GatewayRouteTableAssociation gatewayId(Value<String> value) {
    return set("GatewayId", value);
  }

  /**
   * Sets {@code GatewayId} to the Ref of {@code AWS::EC2::InternetGateway}; see {@link
   * #gatewayId(String)}.
   */
  public GatewayRouteTableAssociation gatewayId(InternetGateway resource) {
    return set("GatewayId", resource.ref());
  }

  /**
   * Sets {@code GatewayId} to the Ref of {@code AWS::EC2::VPNGateway}; see {@link
   * #gatewayId(String)}.
   */
  public GatewayRouteTableAssociation gatewayId(VPNGateway resource) {
    return set("GatewayId", resource.ref());
  }

  /**
   * The ID of the route table.
   *
   * <p>Required. CloudFormation property {@code RouteTableId}.
   */
  public GatewayRouteTableAssociation routeTableId(String value) {
    return set("RouteTableId", Value.of(value));
  }

  /** Sets {@code RouteTableId} to this value; see {@link #routeTableId(String)}. */
  public GatewayRouteTableAssociation routeTableId(Value<String> value) {
    return set("RouteTableId", value);
  }

  /**
   * Sets {@code RouteTableId} to the Ref of {@code AWS::EC2::RouteTable}; see {@link
   * #routeTableId(String)}.
   */
  public GatewayRouteTableAssociation routeTableId(RouteTable resource) {
    return set("RouteTableId", resource.ref());
  }

  /**
   * The ID of the route table association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }
}
