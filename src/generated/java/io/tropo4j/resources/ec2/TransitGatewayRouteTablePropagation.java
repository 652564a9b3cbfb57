// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Enables the specified attachment to propagate routes to the specified propagation route table.
 *
 * <p>For more information about enabling transit gateway route propagation, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableTransitGatewayRouteTablePropagation.html">EnableTransitGatewayRouteTablePropagation</a>
 * in the <em>Amazon EC2 API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayRouteTablePropagation}.
 */
public final class TransitGatewayRouteTablePropagation extends Resource<TransitGatewayRouteTablePropagation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayRouteTablePropagation")
      .required("TransitGatewayAttachmentId", "TransitGatewayRouteTableId")
      .references("TransitGatewayAttachmentId", "AWS::EC2::TransitGatewayAttachment.Ref")
      .references("TransitGatewayRouteTableId", "AWS::EC2::TransitGatewayRouteTable.Ref")
      .build();

  public TransitGatewayRouteTablePropagation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayAttachmentId}.
   */
  public TransitGatewayRouteTablePropagation transitGatewayAttachmentId(String value) {
    return set("TransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to this value; see {@link
   * #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRouteTablePropagation transitGatewayAttachmentId(Value<String> value) {
    return set("TransitGatewayAttachmentId", value);
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to the Ref of {@code
   * AWS::EC2::TransitGatewayAttachment}; see {@link #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayRouteTablePropagation transitGatewayAttachmentId(TransitGatewayAttachment resource) {
    return set("TransitGatewayAttachmentId", resource.ref());
  }

  /**
   * The ID of the propagation route table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayRouteTableId}.
   */
  public TransitGatewayRouteTablePropagation transitGatewayRouteTableId(String value) {
    return set("TransitGatewayRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayRouteTableId} to this value; see {@link
   * #transitGatewayRouteTableId(String)}.
   */
  public TransitGatewayRouteTablePropagation transitGatewayRouteTableId(Value<String> value) {
    return set("TransitGatewayRouteTableId", value);
  }

  /**
   * Sets {@code TransitGatewayRouteTableId} to the Ref of {@code
   * AWS::EC2::TransitGatewayRouteTable}; see {@link #transitGatewayRouteTableId(String)}.
   */
  public TransitGatewayRouteTablePropagation transitGatewayRouteTableId(TransitGatewayRouteTable resource) {
    return set("TransitGatewayRouteTableId", resource.ref());
  }
}
