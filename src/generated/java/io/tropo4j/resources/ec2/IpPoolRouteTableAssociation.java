// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A route server association is the connection established between a route server and a VPC.
 *
 * <p>CloudFormation type {@code AWS::EC2::IpPoolRouteTableAssociation}.
 */
public final class IpPoolRouteTableAssociation extends Resource<IpPoolRouteTableAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IpPoolRouteTableAssociation")
      .required("PublicIpv4Pool", "RouteTableId")
      .refYields("AssociationId")
      .attributes("AssociationId")
      .build();

  public IpPoolRouteTableAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of a public IPv4 address pool.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PublicIpv4Pool}.
   */
  public IpPoolRouteTableAssociation publicIpv4Pool(String value) {
    return set("PublicIpv4Pool", Value.of(value));
  }

  /** Sets {@code PublicIpv4Pool} to this value; see {@link #publicIpv4Pool(String)}. */
  public IpPoolRouteTableAssociation publicIpv4Pool(Value<String> value) {
    return set("PublicIpv4Pool", value);
  }

  /**
   * The ID of a route table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteTableId}.
   */
  public IpPoolRouteTableAssociation routeTableId(String value) {
    return set("RouteTableId", Value.of(value));
  }

  /** Sets {@code RouteTableId} to this value; see {@link #routeTableId(String)}. */
  public IpPoolRouteTableAssociation routeTableId(Value<String> value) {
    return set("RouteTableId", value);
  }

  /**
   * The ID of a route table association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }
}
