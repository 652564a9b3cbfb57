// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a transit gateway peering connection.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::TransitGatewayPeering}.
 */
public final class TransitGatewayPeering extends Resource<TransitGatewayPeering> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::TransitGatewayPeering")
      .required("CoreNetworkId", "TransitGatewayArn")
      .constrain("CoreNetworkId", Constraint.of().pattern("^core-network-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("TransitGatewayArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(500))
      .refYields("PeeringId")
      .attributes("CoreNetworkArn", "CreatedAt", "EdgeLocation", "LastModificationErrors",
          "OwnerAccountId", "PeeringId", "PeeringType", "ResourceArn", "State",
          "TransitGatewayPeeringAttachmentId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayPeering(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the core network.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^core-network-([0-9a-f]{8,17})$}. CloudFormation property {@code CoreNetworkId}.
   */
  public TransitGatewayPeering coreNetworkId(String value) {
    return set("CoreNetworkId", Value.of(value));
  }

  /** Sets {@code CoreNetworkId} to this value; see {@link #coreNetworkId(String)}. */
  public TransitGatewayPeering coreNetworkId(Value<String> value) {
    return set("CoreNetworkId", value);
  }

  /**
   * The list of key-value tags associated with the peering.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayPeering tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayPeering tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayPeering tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code TransitGatewayArn}.
   */
  public TransitGatewayPeering transitGatewayArn(String value) {
    return set("TransitGatewayArn", Value.of(value));
  }

  /** Sets {@code TransitGatewayArn} to this value; see {@link #transitGatewayArn(String)}. */
  public TransitGatewayPeering transitGatewayArn(Value<String> value) {
    return set("TransitGatewayArn", value);
  }

  /**
   * The ARN of the core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkArn}.
   */
  public Value<String> coreNetworkArn() {
    return getAtt("CoreNetworkArn");
  }

  /**
   * The timestamp when the core network peering was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The edge location for the peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EdgeLocation}.
   */
  public Value<String> edgeLocation() {
    return getAtt("EdgeLocation");
  }

  /**
   * Errors from the last modification of the transit gateway peering.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationErrors}.
   */
  public Value<List<String>> lastModificationErrors() {
    return getAtt("LastModificationErrors");
  }

  /**
   * The ID of the account owner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccountId}.
   */
  public Value<String> ownerAccountId() {
    return getAtt("OwnerAccountId");
  }

  /**
   * The ID of the peering.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PeeringId}.
   */
  public Value<String> peeringId() {
    return getAtt("PeeringId");
  }

  /**
   * The peering type. This will be <code>TRANSIT_GATEWAY</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PeeringType}.
   */
  public Value<String> peeringType() {
    return getAtt("PeeringType");
  }

  /**
   * The ARN of the resource peered to a core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The current state of the peer. This can be <code>CREATING</code> | <code>FAILED</code> |
   * <code>AVAILABLE</code> | <code>DELETING</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The ID of the peering attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayPeeringAttachmentId}.
   */
  public Value<String> transitGatewayPeeringAttachmentId() {
    return getAtt("TransitGatewayPeeringAttachmentId");
  }
}
