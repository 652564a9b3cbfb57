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
 * Associates the specified VPC with the specified local gateway route table.
 *
 * <p>CloudFormation type {@code AWS::EC2::LocalGatewayRouteTableVPCAssociation}.
 */
public final class LocalGatewayRouteTableVPCAssociation extends Resource<LocalGatewayRouteTableVPCAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LocalGatewayRouteTableVPCAssociation")
      .required("LocalGatewayRouteTableId", "VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("LocalGatewayRouteTableVpcAssociationId")
      .attributes("LocalGatewayId", "LocalGatewayRouteTableVpcAssociationId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocalGatewayRouteTableVPCAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the local gateway route table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LocalGatewayRouteTableId}.
   */
  public LocalGatewayRouteTableVPCAssociation localGatewayRouteTableId(String value) {
    return set("LocalGatewayRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code LocalGatewayRouteTableId} to this value; see {@link
   * #localGatewayRouteTableId(String)}.
   */
  public LocalGatewayRouteTableVPCAssociation localGatewayRouteTableId(Value<String> value) {
    return set("LocalGatewayRouteTableId", value);
  }

  /**
   * The tags assigned to the association.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocalGatewayRouteTableVPCAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocalGatewayRouteTableVPCAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocalGatewayRouteTableVPCAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public LocalGatewayRouteTableVPCAssociation vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public LocalGatewayRouteTableVPCAssociation vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public LocalGatewayRouteTableVPCAssociation vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the local gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayId}.
   */
  public Value<String> localGatewayId() {
    return getAtt("LocalGatewayId");
  }

  /**
   * The ID of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayRouteTableVpcAssociationId}.
   */
  public Value<String> localGatewayRouteTableVpcAssociationId() {
    return getAtt("LocalGatewayRouteTableVpcAssociationId");
  }

  /**
   * The state of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
