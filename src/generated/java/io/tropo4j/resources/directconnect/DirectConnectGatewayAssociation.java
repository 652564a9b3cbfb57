// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.directconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.TransitGateway;
import io.tropo4j.resources.ec2.VPNGateway;
import java.util.List;

/**
 * Resource Type definition for AWS::DirectConnect::DirectConnectGatewayAssociation
 *
 * <p>CloudFormation type {@code AWS::DirectConnect::DirectConnectGatewayAssociation}.
 */
public final class DirectConnectGatewayAssociation extends Resource<DirectConnectGatewayAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::DirectConnectGatewayAssociation")
      .required("AssociatedGatewayId", "DirectConnectGatewayId")
      .constrain("AcceptDirectConnectGatewayAssociationProposalRoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$").format("AWS::IAM::Role.Arn"))
      .constrain("AllowedPrefixesToDirectConnectGateway", Constraint.of().pattern("^[0-9a-fA-F:.]+/[0-9]+$"))
      .references("AssociatedGatewayId", "AWS::EC2::VPNGateway.Ref", "AWS::EC2::TransitGateway.Ref",
          "AWS::EC2::TransitGateway.TransitGatewayArn")
      .references("DirectConnectGatewayId",
          "AWS::DirectConnect::DirectConnectGateway.DirectConnectGatewayId")
      .refYields("AssociationId")
      .attributes("AssociationId")
      .build();

  public DirectConnectGatewayAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the role to accept the Direct Connect Gateway association
   * proposal. Needs directconnect:AcceptDirectConnectGatewayAssociationProposal permissions.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * AcceptDirectConnectGatewayAssociationProposalRoleArn}.
   */
  public DirectConnectGatewayAssociation acceptDirectConnectGatewayAssociationProposalRoleArn(String value) {
    return set("AcceptDirectConnectGatewayAssociationProposalRoleArn", Value.of(value));
  }

  /**
   * Sets {@code AcceptDirectConnectGatewayAssociationProposalRoleArn} to this value; see {@link
   * #acceptDirectConnectGatewayAssociationProposalRoleArn(String)}.
   */
  public DirectConnectGatewayAssociation acceptDirectConnectGatewayAssociationProposalRoleArn(Value<String> value) {
    return set("AcceptDirectConnectGatewayAssociationProposalRoleArn", value);
  }

  /**
   * The Amazon VPC prefixes to advertise to the Direct Connect gateway. This parameter is required
   * when you create an association to a transit gateway.
   *
   * <p>Pattern: {@code ^[0-9a-fA-F:.]+/[0-9]+$}. CloudFormation property {@code
   * AllowedPrefixesToDirectConnectGateway}.
   */
  public DirectConnectGatewayAssociation allowedPrefixesToDirectConnectGateway(List<String> value) {
    return set("AllowedPrefixesToDirectConnectGateway", Value.listOf(value));
  }

  /**
   * Sets {@code AllowedPrefixesToDirectConnectGateway} to this value; see {@link
   * #allowedPrefixesToDirectConnectGateway(List)}.
   */
  public DirectConnectGatewayAssociation allowedPrefixesToDirectConnectGateway(Value<List<String>> value) {
    return set("AllowedPrefixesToDirectConnectGateway", value);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * AssociatedGatewayId}.
   */
  public DirectConnectGatewayAssociation associatedGatewayId(String value) {
    return set("AssociatedGatewayId", Value.of(value));
  }

  /** Sets {@code AssociatedGatewayId} to this value; see {@link #associatedGatewayId(String)}. */
  public DirectConnectGatewayAssociation associatedGatewayId(Value<String> value) {
    return set("AssociatedGatewayId", value);
  }

  /**
   * Sets {@code AssociatedGatewayId} to the Ref of {@code AWS::EC2::VPNGateway}; see {@link
   * #associatedGatewayId(String)}.
   */
  public DirectConnectGatewayAssociation associatedGatewayId(VPNGateway resource) {
    return set("AssociatedGatewayId", resource.ref());
  }

  /**
   * Sets {@code AssociatedGatewayId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #associatedGatewayId(String)}.
   */
  public DirectConnectGatewayAssociation associatedGatewayId(TransitGateway resource) {
    return set("AssociatedGatewayId", resource.ref());
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * DirectConnectGatewayId}.
   */
  public DirectConnectGatewayAssociation directConnectGatewayId(String value) {
    return set("DirectConnectGatewayId", Value.of(value));
  }

  /**
   * Sets {@code DirectConnectGatewayId} to this value; see {@link #directConnectGatewayId(String)}.
   */
  public DirectConnectGatewayAssociation directConnectGatewayId(Value<String> value) {
    return set("DirectConnectGatewayId", value);
  }

  /**
   * Sets {@code DirectConnectGatewayId} to the DirectConnectGatewayId of {@code
   * AWS::DirectConnect::DirectConnectGateway}; see {@link #directConnectGatewayId(String)}.
   */
  public DirectConnectGatewayAssociation directConnectGatewayId(DirectConnectGateway resource) {
    return set("DirectConnectGatewayId", resource.directConnectGatewayId());
  }

  /**
   * The ID of the Direct Connect gateway association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }
}
