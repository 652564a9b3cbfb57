// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a static route for the specified local gateway route table. You must specify one of the
 * following targets:
 *
 * <ul> <li><code>LocalGatewayVirtualInterfaceGroupId</code> <li><code>NetworkInterfaceId</code>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::EC2::LocalGatewayRoute}.
 */
public final class LocalGatewayRoute extends Resource<LocalGatewayRoute> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LocalGatewayRoute")
      .required("DestinationCidrBlock", "LocalGatewayRouteTableId")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .attributes("State", "Type")
      .build();

  public LocalGatewayRoute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The CIDR block used for destination matches.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
   * property {@code DestinationCidrBlock}.
   */
  public LocalGatewayRoute destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public LocalGatewayRoute destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * The ID of the local gateway route table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LocalGatewayRouteTableId}.
   */
  public LocalGatewayRoute localGatewayRouteTableId(String value) {
    return set("LocalGatewayRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code LocalGatewayRouteTableId} to this value; see {@link
   * #localGatewayRouteTableId(String)}.
   */
  public LocalGatewayRoute localGatewayRouteTableId(Value<String> value) {
    return set("LocalGatewayRouteTableId", value);
  }

  /**
   * The ID of the virtual interface group.
   *
   * <p>CloudFormation property {@code LocalGatewayVirtualInterfaceGroupId}.
   */
  public LocalGatewayRoute localGatewayVirtualInterfaceGroupId(String value) {
    return set("LocalGatewayVirtualInterfaceGroupId", Value.of(value));
  }

  /**
   * Sets {@code LocalGatewayVirtualInterfaceGroupId} to this value; see {@link
   * #localGatewayVirtualInterfaceGroupId(String)}.
   */
  public LocalGatewayRoute localGatewayVirtualInterfaceGroupId(Value<String> value) {
    return set("LocalGatewayVirtualInterfaceGroupId", value);
  }

  /**
   * The ID of the network interface.
   *
   * <p>CloudFormation property {@code NetworkInterfaceId}.
   */
  public LocalGatewayRoute networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public LocalGatewayRoute networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The state of the local gateway route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The type of local gateway route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }
}
