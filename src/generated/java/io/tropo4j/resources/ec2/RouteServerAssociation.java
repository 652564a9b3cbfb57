// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies the association between a route server and a VPC.
 *
 * <p>A route server association is the connection established between a route server and a VPC.
 *
 * <p>CloudFormation type {@code AWS::EC2::RouteServerAssociation}.
 */
public final class RouteServerAssociation extends Resource<RouteServerAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteServerAssociation")
      .required("RouteServerId", "VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .build();

  public RouteServerAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the associated route server.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteServerId}.
   */
  public RouteServerAssociation routeServerId(String value) {
    return set("RouteServerId", Value.of(value));
  }

  /** Sets {@code RouteServerId} to this value; see {@link #routeServerId(String)}. */
  public RouteServerAssociation routeServerId(Value<String> value) {
    return set("RouteServerId", value);
  }

  /**
   * The ID of the associated VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public RouteServerAssociation vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public RouteServerAssociation vpcId(Value<String> value) {
    return set("VpcId", value);
  }
}
