// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a network route to add to a Client VPN endpoint. Each Client VPN endpoint has a route
 * table that describes the available destination network routes. Each route in the route table
 * specifies the path for traffic to specific resources or networks.
 *
 * <p>A target network association must be created before you can specify a route. If you're setting
 * up all the components of a Client VPN endpoint at the same time, you must use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * Attribute</a> to declare a dependency on the
 * <code>AWS::EC2::ClientVpnTargetNetworkAssociation</code> resource.
 *
 * <p>CloudFormation type {@code AWS::EC2::ClientVpnRoute}.
 */
public final class ClientVpnRoute extends Resource<ClientVpnRoute> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnRoute")
      .required("ClientVpnEndpointId", "DestinationCidrBlock")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public ClientVpnRoute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Client VPN endpoint to which to add the route.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ClientVpnEndpointId}.
   */
  public ClientVpnRoute clientVpnEndpointId(String value) {
    return set("ClientVpnEndpointId", Value.of(value));
  }

  /** Sets {@code ClientVpnEndpointId} to this value; see {@link #clientVpnEndpointId(String)}. */
  public ClientVpnRoute clientVpnEndpointId(Value<String> value) {
    return set("ClientVpnEndpointId", value);
  }

  /**
   * A brief description of the route.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public ClientVpnRoute description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClientVpnRoute description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The IPv4 address range, in CIDR notation, of the route destination. For example:
   *
   * <ul> <li>To add a route for Internet access, enter <code>0.0.0.0/0</code> <li>To add a route
   * for a peered VPC, enter the peered VPC's IPv4 CIDR range <li>To add a route for an on-premises
   * network, enter the AWS Site-to-Site VPN connection's IPv4 CIDR range <li>To add a route for the
   * local network, enter the client CIDR range </ul>
   *
   * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
   * property {@code DestinationCidrBlock}.
   */
  public ClientVpnRoute destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public ClientVpnRoute destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * The ID of the subnet through which you want to route traffic. The specified subnet must be an
   * existing target network of the Client VPN endpoint.
   *
   * <p>Alternatively, if you're adding a route for the local network, specify <code>local</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TargetVpcSubnetId}.
   */
  public ClientVpnRoute targetVpcSubnetId(String value) {
    return set("TargetVpcSubnetId", Value.of(value));
  }

  /** Sets {@code TargetVpcSubnetId} to this value; see {@link #targetVpcSubnetId(String)}. */
  public ClientVpnRoute targetVpcSubnetId(Value<String> value) {
    return set("TargetVpcSubnetId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
