// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates the specified subnets and transit gateway attachments with the specified transit
 * gateway multicast domain.
 *
 * <p>The transit gateway attachment must be in the available state before you can add a resource.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayMulticastDomainAssociation}.
 */
public final class TransitGatewayMulticastDomainAssociation extends Resource<TransitGatewayMulticastDomainAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayMulticastDomainAssociation")
      .required("SubnetId", "TransitGatewayAttachmentId", "TransitGatewayMulticastDomainId")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .attributes("ResourceId", "ResourceType", "State")
      .build();

  public TransitGatewayMulticastDomainAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IDs of the subnets to associate with the transit gateway multicast domain.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public TransitGatewayMulticastDomainAssociation subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public TransitGatewayMulticastDomainAssociation subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The ID of the transit gateway attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayAttachmentId}.
   */
  public TransitGatewayMulticastDomainAssociation transitGatewayAttachmentId(String value) {
    return set("TransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to this value; see {@link
   * #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayMulticastDomainAssociation transitGatewayAttachmentId(Value<String> value) {
    return set("TransitGatewayAttachmentId", value);
  }

  /**
   * The ID of the transit gateway multicast domain.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayMulticastDomainId}.
   */
  public TransitGatewayMulticastDomainAssociation transitGatewayMulticastDomainId(String value) {
    return set("TransitGatewayMulticastDomainId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayMulticastDomainId} to this value; see {@link
   * #transitGatewayMulticastDomainId(String)}.
   */
  public TransitGatewayMulticastDomainAssociation transitGatewayMulticastDomainId(Value<String> value) {
    return set("TransitGatewayMulticastDomainId", value);
  }

  /**
   * The ID of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceId}.
   */
  public Value<String> resourceId() {
    return getAtt("ResourceId");
  }

  /**
   * The type of resource, for example a VPC attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The state of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
