// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes an association between a local gateway route table and a virtual interface group.
 *
 * <p>CloudFormation type {@code AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation}.
 */
public final class LocalGatewayRouteTableVirtualInterfaceGroupAssociation extends Resource<LocalGatewayRouteTableVirtualInterfaceGroupAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation")
      .required("LocalGatewayRouteTableId", "LocalGatewayVirtualInterfaceGroupId")
      .refYields("LocalGatewayRouteTableVirtualInterfaceGroupAssociationId")
      .attributes("LocalGatewayId", "LocalGatewayRouteTableArn",
          "LocalGatewayRouteTableVirtualInterfaceGroupAssociationId", "OwnerId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the local gateway route table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LocalGatewayRouteTableId}.
   */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation localGatewayRouteTableId(String value) {
    return set("LocalGatewayRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code LocalGatewayRouteTableId} to this value; see {@link
   * #localGatewayRouteTableId(String)}.
   */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation localGatewayRouteTableId(Value<String> value) {
    return set("LocalGatewayRouteTableId", value);
  }

  /**
   * The ID of the virtual interface group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LocalGatewayVirtualInterfaceGroupId}.
   */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation localGatewayVirtualInterfaceGroupId(String value) {
    return set("LocalGatewayVirtualInterfaceGroupId", Value.of(value));
  }

  /**
   * Sets {@code LocalGatewayVirtualInterfaceGroupId} to this value; see {@link
   * #localGatewayVirtualInterfaceGroupId(String)}.
   */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation localGatewayVirtualInterfaceGroupId(Value<String> value) {
    return set("LocalGatewayVirtualInterfaceGroupId", value);
  }

  /**
   * The tags assigned to the association.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocalGatewayRouteTableVirtualInterfaceGroupAssociation tags(Tags tags) {
    return set("Tags", tags);
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
   * The Amazon Resource Name (ARN) of the local gateway route table for the virtual interface
   * group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayRouteTableArn}.
   */
  public Value<String> localGatewayRouteTableArn() {
    return getAtt("LocalGatewayRouteTableArn");
  }

  /**
   * The ID of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * LocalGatewayRouteTableVirtualInterfaceGroupAssociationId}.
   */
  public Value<String> localGatewayRouteTableVirtualInterfaceGroupAssociationId() {
    return getAtt("LocalGatewayRouteTableVirtualInterfaceGroupAssociationId");
  }

  /**
   * The ID of the AWS account that owns the local gateway virtual interface group association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
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
