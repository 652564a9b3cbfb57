// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * AWS::EC2::TransitGatewayPolicyTableAssociation Resource Definition
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayPolicyTableAssociation}.
 */
public final class TransitGatewayPolicyTableAssociation extends Resource<TransitGatewayPolicyTableAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayPolicyTableAssociation")
      .required("TransitGatewayAttachmentId", "TransitGatewayPolicyTableId")
      .attributes("State")
      .build();

  public TransitGatewayPolicyTableAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of transit gateway attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayAttachmentId}.
   */
  public TransitGatewayPolicyTableAssociation transitGatewayAttachmentId(String value) {
    return set("TransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to this value; see {@link
   * #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayPolicyTableAssociation transitGatewayAttachmentId(Value<String> value) {
    return set("TransitGatewayAttachmentId", value);
  }

  /**
   * The ID of transit gateway policy table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayPolicyTableId}.
   */
  public TransitGatewayPolicyTableAssociation transitGatewayPolicyTableId(String value) {
    return set("TransitGatewayPolicyTableId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayPolicyTableId} to this value; see {@link
   * #transitGatewayPolicyTableId(String)}.
   */
  public TransitGatewayPolicyTableAssociation transitGatewayPolicyTableId(Value<String> value) {
    return set("TransitGatewayPolicyTableId", value);
  }

  /**
   * The state of the transit gateway policy table association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
