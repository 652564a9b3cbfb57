// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a subnet with a route table. The subnet and route table must be in the same VPC. This
 * association causes traffic originating from the subnet to be routed according to the routes in
 * the route table. A route table can be associated with multiple subnets. To create a route table,
 * see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-routetable.html">AWS::EC2::RouteTable</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::EC2::SubnetRouteTableAssociation}.
 */
public final class SubnetRouteTableAssociation extends Resource<SubnetRouteTableAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SubnetRouteTableAssociation")
      .required("RouteTableId", "SubnetId")
      .references("RouteTableId", "AWS::EC2::RouteTable.Ref")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .refYields("Id")
      .attributes("Id")
      .build();

  public SubnetRouteTableAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the route table.
   *
   * <p>The physical ID changes when the route table ID is changed.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteTableId}.
   */
  public SubnetRouteTableAssociation routeTableId(String value) {
    return set("RouteTableId", Value.of(value));
  }

  /** Sets {@code RouteTableId} to this value; see {@link #routeTableId(String)}. */
  public SubnetRouteTableAssociation routeTableId(Value<String> value) {
    return set("RouteTableId", value);
  }

  /**
   * Sets {@code RouteTableId} to the Ref of {@code AWS::EC2::RouteTable}; see {@link
   * #routeTableId(String)}.
   */
  public SubnetRouteTableAssociation routeTableId(RouteTable resource) {
    return set("RouteTableId", resource.ref());
  }

  /**
   * The ID of the subnet.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public SubnetRouteTableAssociation subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public SubnetRouteTableAssociation subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public SubnetRouteTableAssociation subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * The ID of the subnet route table association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
