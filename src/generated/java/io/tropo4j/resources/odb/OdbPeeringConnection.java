// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.odb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a peering connection between an ODB network and a VPC.
 *
 * <p>A peering connection enables private connectivity between the networks for application-tier
 * communication.
 *
 * <p>CloudFormation type {@code AWS::ODB::OdbPeeringConnection}.
 */
public final class OdbPeeringConnection extends Resource<OdbPeeringConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbPeeringConnection")
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$").minLength(1).maxLength(255))
      .constrain("OdbNetworkId", Constraint.of().pattern("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$").minLength(6).maxLength(2048))
      .constrain("PeerNetworkId", Constraint.of().pattern("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$").minLength(6).maxLength(2048))
      .constrain("PeerNetworkRouteTableIds", Constraint.of().pattern("^rtb-[a-z0-9]{8,17}$"))
      .refYields("OdbPeeringConnectionArn")
      .attributes("OdbNetworkArn", "OdbPeeringConnectionArn", "OdbPeeringConnectionId",
          "PeerNetworkArn", "PeerNetworkCidrs")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OdbPeeringConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The additional CIDR blocks for the ODB peering connection.
   *
   * <p>CloudFormation property {@code AdditionalPeerNetworkCidrs}.
   */
  public OdbPeeringConnection additionalPeerNetworkCidrs(List<String> value) {
    return set("AdditionalPeerNetworkCidrs", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalPeerNetworkCidrs} to this value; see {@link
   * #additionalPeerNetworkCidrs(List)}.
   */
  public OdbPeeringConnection additionalPeerNetworkCidrs(Value<List<String>> value) {
    return set("AdditionalPeerNetworkCidrs", value);
  }

  /**
   * The display name of the ODB peering connection.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public OdbPeeringConnection displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public OdbPeeringConnection displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The unique identifier of the ODB network.
   *
   * <p>Changing it replaces the resource. Length: 6 to 2048 characters. Pattern: {@code
   * ^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$}.
   * CloudFormation property {@code OdbNetworkId}.
   */
  public OdbPeeringConnection odbNetworkId(String value) {
    return set("OdbNetworkId", Value.of(value));
  }

  /** Sets {@code OdbNetworkId} to this value; see {@link #odbNetworkId(String)}. */
  public OdbPeeringConnection odbNetworkId(Value<String> value) {
    return set("OdbNetworkId", value);
  }

  /**
   * The unique identifier of the peer network.
   *
   * <p>Changing it replaces the resource. Length: 6 to 2048 characters. Pattern: {@code
   * ^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$}.
   * CloudFormation property {@code PeerNetworkId}.
   */
  public OdbPeeringConnection peerNetworkId(String value) {
    return set("PeerNetworkId", Value.of(value));
  }

  /** Sets {@code PeerNetworkId} to this value; see {@link #peerNetworkId(String)}. */
  public OdbPeeringConnection peerNetworkId(Value<String> value) {
    return set("PeerNetworkId", value);
  }

  /**
   * The unique identifier of the VPC route table for which a route to the ODB network is
   * automatically created during peering connection establishment.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^rtb-[a-z0-9]{8,17}$}. CloudFormation
   * property {@code PeerNetworkRouteTableIds}.
   */
  public OdbPeeringConnection peerNetworkRouteTableIds(List<String> value) {
    return set("PeerNetworkRouteTableIds", Value.listOf(value));
  }

  /**
   * Sets {@code PeerNetworkRouteTableIds} to this value; see {@link
   * #peerNetworkRouteTableIds(List)}.
   */
  public OdbPeeringConnection peerNetworkRouteTableIds(Value<List<String>> value) {
    return set("PeerNetworkRouteTableIds", value);
  }

  /**
   * Tags to assign to the Odb peering connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OdbPeeringConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OdbPeeringConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OdbPeeringConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the ODB network that initiated the peering connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OdbNetworkArn}.
   */
  public Value<String> odbNetworkArn() {
    return getAtt("OdbNetworkArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the ODB peering connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OdbPeeringConnectionArn}.
   */
  public Value<String> odbPeeringConnectionArn() {
    return getAtt("OdbPeeringConnectionArn");
  }

  /**
   * The unique identifier of the ODB peering connection. A sample ID is
   * <code>odbpcx-abcdefgh12345678</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code OdbPeeringConnectionId}.
   */
  public Value<String> odbPeeringConnectionId() {
    return getAtt("OdbPeeringConnectionId");
  }

  /**
   * The Amazon Resource Name (ARN) of the peer network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PeerNetworkArn}.
   */
  public Value<String> peerNetworkArn() {
    return getAtt("PeerNetworkArn");
  }

  /**
   * The CIDR blocks associated with the peering connection. These CIDR blocks define the IP address
   * ranges that can communicate through the peering connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PeerNetworkCidrs}.
   */
  public Value<List<String>> peerNetworkCidrs() {
    return getAtt("PeerNetworkCidrs");
  }
}
