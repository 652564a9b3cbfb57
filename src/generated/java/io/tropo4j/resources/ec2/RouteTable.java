// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a route table for the specified VPC. After you create a route table, you can add routes
 * and associate the table with a subnet.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html">Route tables</a> in
 * the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::RouteTable}.
 */
public final class RouteTable extends Resource<RouteTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteTable")
      .required("VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("RouteTableId")
      .attributes("RouteTableId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouteTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any tags assigned to the route table.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouteTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouteTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouteTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public RouteTable vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public RouteTable vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public RouteTable vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RouteTableId}.
   */
  public Value<String> routeTableId() {
    return getAtt("RouteTableId");
  }
}
