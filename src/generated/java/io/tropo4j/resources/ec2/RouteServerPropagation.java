// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies route propagation from a route server to a route table.
 *
 * <p>For more information see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html">Dynamic
 * routing in your VPC with VPC Route Server</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::RouteServerPropagation}.
 */
public final class RouteServerPropagation extends Resource<RouteServerPropagation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteServerPropagation")
      .required("RouteServerId", "RouteTableId")
      .build();

  public RouteServerPropagation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the route server configured for route propagation.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteServerId}.
   */
  public RouteServerPropagation routeServerId(String value) {
    return set("RouteServerId", Value.of(value));
  }

  /** Sets {@code RouteServerId} to this value; see {@link #routeServerId(String)}. */
  public RouteServerPropagation routeServerId(Value<String> value) {
    return set("RouteServerId", value);
  }

  /**
   * The ID of the route table configured for route server propagation.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteTableId}.
   */
  public RouteServerPropagation routeTableId(String value) {
    return set("RouteTableId", Value.of(value));
  }

  /** Sets {@code RouteTableId} to this value; see {@link #routeTableId(String)}. */
  public RouteServerPropagation routeTableId(Value<String> value) {
    return set("RouteTableId", value);
  }
}
