// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Registers members (network interfaces) with the transit gateway multicast group. A member is a
 * network interface associated with a supported EC2 instance that receives multicast traffic. For
 * information about supported instances, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-limits.html#multicast-limits">Multicast
 * Consideration</a> in <em>Amazon VPC Transit Gateways</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayMulticastGroupMember}.
 */
public final class TransitGatewayMulticastGroupMember extends Resource<TransitGatewayMulticastGroupMember> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayMulticastGroupMember")
      .required("GroupIpAddress", "NetworkInterfaceId", "TransitGatewayMulticastDomainId")
      .attributes("GroupMember", "GroupSource", "MemberType", "ResourceId", "ResourceType",
          "SourceType", "SubnetId", "TransitGatewayAttachmentId")
      .build();

  public TransitGatewayMulticastGroupMember(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IP address assigned to the transit gateway multicast group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupIpAddress}.
   */
  public TransitGatewayMulticastGroupMember groupIpAddress(String value) {
    return set("GroupIpAddress", Value.of(value));
  }

  /** Sets {@code GroupIpAddress} to this value; see {@link #groupIpAddress(String)}. */
  public TransitGatewayMulticastGroupMember groupIpAddress(Value<String> value) {
    return set("GroupIpAddress", value);
  }

  /**
   * The group members' network interface IDs to register with the transit gateway multicast group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInterfaceId}.
   */
  public TransitGatewayMulticastGroupMember networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public TransitGatewayMulticastGroupMember networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The ID of the transit gateway multicast domain.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayMulticastDomainId}.
   */
  public TransitGatewayMulticastGroupMember transitGatewayMulticastDomainId(String value) {
    return set("TransitGatewayMulticastDomainId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayMulticastDomainId} to this value; see {@link
   * #transitGatewayMulticastDomainId(String)}.
   */
  public TransitGatewayMulticastGroupMember transitGatewayMulticastDomainId(Value<String> value) {
    return set("TransitGatewayMulticastDomainId", value);
  }

  /**
   * Information about the registered transit gateway multicast domain group members.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupMember}.
   */
  public Value<Boolean> groupMember() {
    return getAtt("GroupMember");
  }

  /**
   * Indicates that the resource is a transit gateway multicast domain group member.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupSource}.
   */
  public Value<Boolean> groupSource() {
    return getAtt("GroupSource");
  }

  /**
   * The type of group member, for example static.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemberType}.
   */
  public Value<String> memberType() {
    return getAtt("MemberType");
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

  /** {@code Fn::GetAtt} attribute {@code SourceType}. */
  public Value<String> sourceType() {
    return getAtt("SourceType");
  }

  /**
   * The ID of the subnet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubnetId}.
   */
  public Value<String> subnetId() {
    return getAtt("SubnetId");
  }

  /**
   * The ID of the transit gateway attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayAttachmentId}.
   */
  public Value<String> transitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }
}
