// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Attaches an internet gateway, or a virtual private gateway to a VPC, enabling connectivity
 * between the internet and the VPC.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCGatewayAttachment}.
 */
public final class VPCGatewayAttachment extends Resource<VPCGatewayAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCGatewayAttachment")
      .required("VpcId")
      .references("InternetGatewayId", "AWS::EC2::InternetGateway.Ref")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .references("VpnGatewayId", "AWS::EC2::VPNGateway.Ref")
      .attributes("AttachmentType")
      .build();

  public VPCGatewayAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the internet gateway.
   *
   * <p>You must specify either <code>InternetGatewayId</code> or <code>VpnGatewayId</code> , but
   * not both.
   *
   * <p>CloudFormation property {@code InternetGatewayId}.
   */
  public VPCGatewayAttachment internetGatewayId(String value) {
    return set("InternetGatewayId", Value.of(value));
  }

  /** Sets {@code InternetGatewayId} to this value; see {@link #internetGatewayId(String)}. */
  public VPCGatewayAttachment internetGatewayId(Value<String> value) {
    return set("InternetGatewayId", value);
  }

  /**
   * Sets {@code InternetGatewayId} to the Ref of {@code AWS::EC2::InternetGateway}; see {@link
   * #internetGatewayId(String)}.
   */
  public VPCGatewayAttachment internetGatewayId(InternetGateway resource) {
    return set("InternetGatewayId", resource.ref());
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public VPCGatewayAttachment vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCGatewayAttachment vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public VPCGatewayAttachment vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the virtual private gateway.
   *
   * <p>You must specify either <code>InternetGatewayId</code> or <code>VpnGatewayId</code> , but
   * not both.
   *
   * <p>CloudFormation property {@code VpnGatewayId}.
   */
  public VPCGatewayAttachment vpnGatewayId(String value) {
    return set("VpnGatewayId", Value.of(value));
  }

  /** Sets {@code VpnGatewayId} to this value; see {@link #vpnGatewayId(String)}. */
  public VPCGatewayAttachment vpnGatewayId(Value<String> value) {
    return set("VpnGatewayId", value);
  }

  /**
   * Sets {@code VpnGatewayId} to the Ref of {@code AWS::EC2::VPNGateway}; see {@link
   * #vpnGatewayId(String)}.
   */
  public VPCGatewayAttachment vpnGatewayId(VPNGateway resource) {
    return set("VpnGatewayId", resource.ref());
  }

  /**
   * Used to identify if this resource is an Internet Gateway or Vpn Gateway Attachment
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentType}.
   */
  public Value<String> attachmentType() {
    return getAtt("AttachmentType");
  }
}
