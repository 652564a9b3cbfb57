// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a route in a route table. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#route-table-routes">Routes</a>
 * in the <em>Amazon VPC User Guide</em> .
 *
 * <p>You must specify either a destination CIDR block or prefix list ID. You must also specify
 * exactly one of the resources as the target.
 *
 * <p>If you create a route that references a transit gateway in the same template where you create
 * the transit gateway, you must declare a dependency on the transit gateway attachment. The route
 * table cannot use the transit gateway until it has successfully attached to the VPC. Add a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * Attribute</a> in the <code>AWS::EC2::Route</code> resource to explicitly declare a dependency on
 * the <code>AWS::EC2::TransitGatewayAttachment</code> resource.
 *
 * <p>CloudFormation type {@code AWS::EC2::Route}.
 */
public final class Route extends Resource<Route> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::Route")
      .required("RouteTableId")
      .references("CarrierGatewayId", "AWS::EC2::CarrierGateway.Ref")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .references("EgressOnlyInternetGatewayId", "AWS::EC2::EgressOnlyInternetGateway.Ref")
      .references("GatewayId", "AWS::EC2::InternetGateway.Ref", "AWS::EC2::VPNGateway.Ref")
      .references("InstanceId", "AWS::EC2::Instance.Ref")
      .references("NatGatewayId", "AWS::EC2::NatGateway.Ref")
      .references("RouteTableId", "AWS::EC2::RouteTable.Ref")
      .references("TransitGatewayId", "AWS::EC2::TransitGateway.Ref")
      .references("VpcPeeringConnectionId", "AWS::EC2::VPCPeeringConnection.Ref")
      .attributes("CidrBlock")
      .build();

  public Route(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the carrier gateway.
   *
   * <p>You can only use this option when the VPC contains a subnet which is associated with a
   * Wavelength Zone.
   *
   * <p>CloudFormation property {@code CarrierGatewayId}.
   */
  public Route carrierGatewayId(String value) {
    return set("CarrierGatewayId", Value.of(value));
  }

  /** Sets {@code CarrierGatewayId} to this value; see {@link #carrierGatewayId(String)}. */
  public Route carrierGatewayId(Value<String> value) {
    return set("CarrierGatewayId", value);
  }

  /**
   * Sets {@code CarrierGatewayId} to the Ref of {@code AWS::EC2::CarrierGateway}; see {@link
   * #carrierGatewayId(String)}.
   */
  public Route carrierGatewayId(CarrierGateway resource) {
    return set("CarrierGatewayId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the core network.
   *
   * <p>CloudFormation property {@code CoreNetworkArn}.
   */
  public Route coreNetworkArn(String value) {
    return set("CoreNetworkArn", Value.of(value));
  }

  /** Sets {@code CoreNetworkArn} to this value; see {@link #coreNetworkArn(String)}. */
  public Route coreNetworkArn(Value<String> value) {
    return set("CoreNetworkArn", value);
  }

  /**
   * The IPv4 CIDR address block used for the destination match. Routing decisions are based on the
   * most specific match. We modify the specified CIDR block to its canonical form; for example, if
   * you specify <code>100.68.0.18/18</code> , we modify it to <code>100.68.0.0/18</code> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code DestinationCidrBlock}.
   */
  public Route destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public Route destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * The IPv6 CIDR block used for the destination match. Routing decisions are based on the most
   * specific match.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DestinationIpv6CidrBlock}.
   */
  public Route destinationIpv6CidrBlock(String value) {
    return set("DestinationIpv6CidrBlock", Value.of(value));
  }

  /**
   * Sets {@code DestinationIpv6CidrBlock} to this value; see {@link
   * #destinationIpv6CidrBlock(String)}.
   */
  public Route destinationIpv6CidrBlock(Value<String> value) {
    return set("DestinationIpv6CidrBlock", value);
  }

  /**
   * The ID of a prefix list used for the destination match.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPrefixListId}.
   */
  public Route destinationPrefixListId(String value) {
    return set("DestinationPrefixListId", Value.of(value));
  }

  /**
   * Sets {@code DestinationPrefixListId} to this value; see {@link
   * #destinationPrefixListId(String)}.
   */
  public Route destinationPrefixListId(Value<String> value) {
    return set("DestinationPrefixListId", value);
  }

  /**
   * [IPv6 traffic only] The ID of an egress-only internet gateway.
   *
   * <p>CloudFormation property {@code EgressOnlyInternetGatewayId}.
   */
  public Route egressOnlyInternetGatewayId(String value) {
    return set("EgressOnlyInternetGatewayId", Value.of(value));
  }

  /**
   * Sets {@code EgressOnlyInternetGatewayId} to this value; see {@link
   * #egressOnlyInternetGatewayId(String)}.
   */
  public Route egressOnlyInternetGatewayId(Value<String> value) {
    return set("EgressOnlyInternetGatewayId", value);
  }

  /**
   * Sets {@code EgressOnlyInternetGatewayId} to the Ref of {@code
   * AWS::EC2::EgressOnlyInternetGateway}; see {@link #egressOnlyInternetGatewayId(String)}.
   */
  public Route egressOnlyInternetGatewayId(EgressOnlyInternetGateway resource) {
    return set("EgressOnlyInternetGatewayId", resource.ref());
  }

  /**
   * The ID of an internet gateway or virtual private gateway attached to your VPC.
   *
   * <p>CloudFormation property {@code GatewayId}.
   */
  public Route gatewayId(String value) {
    return set("GatewayId", Value.of(value));
  }

  /** Sets {@code GatewayId} to this value; see {@link #gatewayId(String)}. */
  public Route gatewayId(Value<String> value) {
    return set("GatewayId", value);
  }

  /**
   * Sets {@code GatewayId} to the Ref of {@code AWS::EC2::InternetGateway}; see {@link
   * #gatewayId(String)}.
   */
  public Route gatewayId(InternetGateway resource) {
    return set("GatewayId", resource.ref());
  }

  /**
   * Sets {@code GatewayId} to the Ref of {@code AWS::EC2::VPNGateway}; see {@link
   * #gatewayId(String)}.
   */
  public Route gatewayId(VPNGateway resource) {
    return set("GatewayId", resource.ref());
  }

  /**
   * The ID of a NAT instance in your VPC. The operation fails if you specify an instance ID unless
   * exactly one network interface is attached.
   *
   * <p>CloudFormation property {@code InstanceId}.
   */
  public Route instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public Route instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::EC2::Instance}; see {@link
   * #instanceId(String)}.
   */
  public Route instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * The ID of the local gateway.
   *
   * <p>CloudFormation property {@code LocalGatewayId}.
   */
  public Route localGatewayId(String value) {
    return set("LocalGatewayId", Value.of(value));
  }

  /** Sets {@code LocalGatewayId} to this value; see {@link #localGatewayId(String)}. */
  public Route localGatewayId(Value<String> value) {
    return set("LocalGatewayId", value);
  }

  /**
   * [IPv4 traffic only] The ID of a NAT gateway.
   *
   * <p>CloudFormation property {@code NatGatewayId}.
   */
  public Route natGatewayId(String value) {
    return set("NatGatewayId", Value.of(value));
  }

  /** Sets {@code NatGatewayId} to this value; see {@link #natGatewayId(String)}. */
  public Route natGatewayId(Value<String> value) {
    return set("NatGatewayId", value);
  }

  /**
   * Sets {@code NatGatewayId} to the Ref of {@code AWS::EC2::NatGateway}; see {@link
   * #natGatewayId(String)}.
   */
  public Route natGatewayId(NatGateway resource) {
    return set("NatGatewayId", resource.ref());
  }

  /**
   * The ID of a network interface.
   *
   * <p>CloudFormation property {@code NetworkInterfaceId}.
   */
  public Route networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public Route networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the ODB network.
   *
   * <p>CloudFormation property {@code OdbNetworkArn}.
   */
  public Route odbNetworkArn(String value) {
    return set("OdbNetworkArn", Value.of(value));
  }

  /** Sets {@code OdbNetworkArn} to this value; see {@link #odbNetworkArn(String)}. */
  public Route odbNetworkArn(Value<String> value) {
    return set("OdbNetworkArn", value);
  }

  /**
   * The ID of the route table for the route.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteTableId}.
   */
  public Route routeTableId(String value) {
    return set("RouteTableId", Value.of(value));
  }

  /** Sets {@code RouteTableId} to this value; see {@link #routeTableId(String)}. */
  public Route routeTableId(Value<String> value) {
    return set("RouteTableId", value);
  }

  /**
   * Sets {@code RouteTableId} to the Ref of {@code AWS::EC2::RouteTable}; see {@link
   * #routeTableId(String)}.
   */
  public Route routeTableId(RouteTable resource) {
    return set("RouteTableId", resource.ref());
  }

  /**
   * The ID of a transit gateway.
   *
   * <p>CloudFormation property {@code TransitGatewayId}.
   */
  public Route transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public Route transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * Sets {@code TransitGatewayId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #transitGatewayId(String)}.
   */
  public Route transitGatewayId(TransitGateway resource) {
    return set("TransitGatewayId", resource.ref());
  }

  /**
   * The ID of a VPC endpoint. Supported for Gateway Load Balancer endpoints only.
   *
   * <p>CloudFormation property {@code VpcEndpointId}.
   */
  public Route vpcEndpointId(String value) {
    return set("VpcEndpointId", Value.of(value));
  }

  /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
  public Route vpcEndpointId(Value<String> value) {
    return set("VpcEndpointId", value);
  }

  /**
   * The ID of a VPC peering connection.
   *
   * <p>CloudFormation property {@code VpcPeeringConnectionId}.
   */
  public Route vpcPeeringConnectionId(String value) {
    return set("VpcPeeringConnectionId", Value.of(value));
  }

  /**
   * Sets {@code VpcPeeringConnectionId} to this value; see {@link #vpcPeeringConnectionId(String)}.
   */
  public Route vpcPeeringConnectionId(Value<String> value) {
    return set("VpcPeeringConnectionId", value);
  }

  /**
   * Sets {@code VpcPeeringConnectionId} to the Ref of {@code AWS::EC2::VPCPeeringConnection}; see
   * {@link #vpcPeeringConnectionId(String)}.
   */
  public Route vpcPeeringConnectionId(VPCPeeringConnection resource) {
    return set("VpcPeeringConnectionId", resource.ref());
  }

  /**
   * The IPv4 CIDR block.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CidrBlock}.
   */
  public Value<String> cidrBlock() {
    return getAtt("CidrBlock");
  }
}
