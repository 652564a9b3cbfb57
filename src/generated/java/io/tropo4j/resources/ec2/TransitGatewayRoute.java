// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a static route for a transit gateway route table.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayRoute}.
 */
public final class TransitGatewayRoute extends Resource<TransitGatewayRoute> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayRoute")
      .required("DestinationCidrBlock", "TransitGatewayRouteTableId")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .references("TransitGatewayAttachmentId", "AWS::EC2::TransitGatewayAttachment.Ref",
          "AWS::EC2::TransitGatewayPeeringAttachment.Ref")
      .references("TransitGatewayRouteTableId", "AWS::EC2::TransitGatewayRouteTable.Ref")
      .build();

  public TransitGatewayRoute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether to drop traffic that matches this route.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Blackhole}.
   */
  public TransitGatewayRoute blackhole(boolean value) {
    return set("Blackhole", Value.of(value));
  }

  /** Sets {@code Blackhole} to this value; see {@link #blackhole(boolean)}. */
  public TransitGatewayRoute blackhole(Value<Boolean> value) {
    return set("Blackhole", value);
  }

  /**
   * The CIDR block used for destination matches.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
   * property {@code DestinationCidrBlock}.
   */
  public TransitGatewayRoute destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public TransitGatewayRoute destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * The ID of the attachment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayAttachmentId}.
   */
  public TransitGatewayRoute transitGatewayAttachmentId(String value) {
    return set("TransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to this value; see {@link
   * #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRoute transitGatewayAttachmentId(Value<String> value) {
    return set("TransitGatewayAttachmentId", value);
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to the Ref of {@code
   * AWS::EC2::TransitGatewayAttachment}; see {@link #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRoute transitGatewayAttachmentId(TransitGatewayAttachment resource) {
    return set("TransitGatewayAttachmentId", resource.ref());
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to the Ref of {@code
   * AWS::EC2::TransitGatewayPeeringAttachment}; see {@link #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRoute transitGatewayAttachmentId(TransitGatewayPeeringAttachment resource) {
    return set("TransitGatewayAttachmentId", resource.ref());
  }

  /**
   * The ID of the transit gateway route table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayRouteTableId}.
   */
  public TransitGatewayRoute transitGatewayRouteTableId(String value) {
    return set("TransitGatewayRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayRouteTableId} to this value; see {@link
   * #transitGatewayRouteTableId(String)}.
   */
  public TransitGatewayRoute transitGatewayRouteTableId(Value<String> value) {
    return set("TransitGatewayRouteTableId", value);
  }

  /**
   * Sets {@code TransitGatewayRouteTableId} to the Ref of {@code
   * AWS::EC2::TransitGatewayRouteTable}; see {@link #transitGatewayRouteTableId(String)}.
   */
  public TransitGatewayRoute transitGatewayRouteTableId(TransitGatewayRouteTable resource) {
    return set("TransitGatewayRouteTableId", resource.ref());
  }
}
