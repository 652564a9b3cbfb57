// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates the specified attachment with the specified transit gateway route table. You can
 * associate one route table with an attachment.
 *
 * <p>Before you can update the route table associated with an attachment, you must disassociate the
 * transit gateway route table that is currently associated with the attachment. First update the
 * stack to remove the associated transit gateway route table, and then update the stack with the ID
 * of the new transit gateway route table to associate. In addition, the attachment must be in an
 * <code>available</code> state; otherwise, the request will return an error.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayRouteTableAssociation}.
 */
public final class TransitGatewayRouteTableAssociation extends Resource<TransitGatewayRouteTableAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayRouteTableAssociation")
      .required("TransitGatewayAttachmentId", "TransitGatewayRouteTableId")
      .references("TransitGatewayAttachmentId", "AWS::EC2::TransitGatewayAttachment.Ref")
      .references("TransitGatewayRouteTableId", "AWS::EC2::TransitGatewayRouteTable.Ref")
      .build();

  public TransitGatewayRouteTableAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayAttachmentId}.
   */
  public TransitGatewayRouteTableAssociation transitGatewayAttachmentId(String value) {
    return set("TransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to this value; see {@link
   * #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRouteTableAssociation transitGatewayAttachmentId(Value<String> value) {
    return set("TransitGatewayAttachmentId", value);
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to the Ref of {@code
   * AWS::EC2::TransitGatewayAttachment}; see {@link #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRouteTableAssociation transitGatewayAttachmentId(TransitGatewayAttachment resource) {
    return set("TransitGatewayAttachmentId", resource.ref());
  }

  /**
   * The ID of the route table for the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayRouteTableId}.
   */
  public TransitGatewayRouteTableAssociation transitGatewayRouteTableId(String value) {
    return set("TransitGatewayRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayRouteTableId} to this value; see {@link
   * #transitGatewayRouteTableId(String)}.
   */
  public TransitGatewayRouteTableAssociation transitGatewayRouteTableId(Value<String> value) {
    return set("TransitGatewayRouteTableId", value);
  }

  /**
   * Sets {@code TransitGatewayRouteTableId} to the Ref of {@code
   * AWS::EC2::TransitGatewayRouteTable}; see {@link #transitGatewayRouteTableId(String)}.
   */
  public TransitGatewayRouteTableAssociation transitGatewayRouteTableId(TransitGatewayRouteTable resource) {
    return set("TransitGatewayRouteTableId", resource.ref());
  }
}
