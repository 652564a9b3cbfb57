// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a local gateway virtual interface.
 *
 * <p>CloudFormation type {@code AWS::EC2::LocalGatewayVirtualInterface}.
 */
public final class LocalGatewayVirtualInterface extends Resource<LocalGatewayVirtualInterface> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LocalGatewayVirtualInterface")
      .required("LocalAddress", "LocalGatewayVirtualInterfaceGroupId", "OutpostLagId",
          "PeerAddress", "Vlan")
      .constrain("PeerBgpAsnExtended", Constraint.of().format("int64"))
      .refYields("LocalGatewayVirtualInterfaceId")
      .attributes("ConfigurationState", "LocalBgpAsn", "LocalGatewayId",
          "LocalGatewayVirtualInterfaceId", "OwnerId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocalGatewayVirtualInterface(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The local address.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LocalAddress}.
   */
  public LocalGatewayVirtualInterface localAddress(String value) {
    return set("LocalAddress", Value.of(value));
  }

  /** Sets {@code LocalAddress} to this value; see {@link #localAddress(String)}. */
  public LocalGatewayVirtualInterface localAddress(Value<String> value) {
    return set("LocalAddress", value);
  }

  /**
   * The ID of the local gateway virtual interface group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LocalGatewayVirtualInterfaceGroupId}.
   */
  public LocalGatewayVirtualInterface localGatewayVirtualInterfaceGroupId(String value) {
    return set("LocalGatewayVirtualInterfaceGroupId", Value.of(value));
  }

  /**
   * Sets {@code LocalGatewayVirtualInterfaceGroupId} to this value; see {@link
   * #localGatewayVirtualInterfaceGroupId(String)}.
   */
  public LocalGatewayVirtualInterface localGatewayVirtualInterfaceGroupId(Value<String> value) {
    return set("LocalGatewayVirtualInterfaceGroupId", value);
  }

  /**
   * The Outpost LAG ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code OutpostLagId}.
   */
  public LocalGatewayVirtualInterface outpostLagId(String value) {
    return set("OutpostLagId", Value.of(value));
  }

  /** Sets {@code OutpostLagId} to this value; see {@link #outpostLagId(String)}. */
  public LocalGatewayVirtualInterface outpostLagId(Value<String> value) {
    return set("OutpostLagId", value);
  }

  /**
   * The peer address.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeerAddress}.
   */
  public LocalGatewayVirtualInterface peerAddress(String value) {
    return set("PeerAddress", Value.of(value));
  }

  /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
  public LocalGatewayVirtualInterface peerAddress(Value<String> value) {
    return set("PeerAddress", value);
  }

  /**
   * The peer BGP ASN.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PeerBgpAsn}.
   */
  public LocalGatewayVirtualInterface peerBgpAsn(int value) {
    return set("PeerBgpAsn", Value.of(value));
  }

  /** Sets {@code PeerBgpAsn} to this value; see {@link #peerBgpAsn(int)}. */
  public LocalGatewayVirtualInterface peerBgpAsn(Value<Integer> value) {
    return set("PeerBgpAsn", value);
  }

  /**
   * The extended 32-bit ASN of the BGP peer for use with larger ASN values.
   *
   * <p>Changing it replaces the resource. Format: {@code int64}. CloudFormation property {@code
   * PeerBgpAsnExtended}.
   */
  public LocalGatewayVirtualInterface peerBgpAsnExtended(int value) {
    return set("PeerBgpAsnExtended", Value.of(value));
  }

  /** Sets {@code PeerBgpAsnExtended} to this value; see {@link #peerBgpAsnExtended(int)}. */
  public LocalGatewayVirtualInterface peerBgpAsnExtended(Value<Integer> value) {
    return set("PeerBgpAsnExtended", value);
  }

  /**
   * The tags assigned to the virtual interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocalGatewayVirtualInterface tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocalGatewayVirtualInterface tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocalGatewayVirtualInterface tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VLAN.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Vlan}.
   */
  public LocalGatewayVirtualInterface vlan(int value) {
    return set("Vlan", Value.of(value));
  }

  /** Sets {@code Vlan} to this value; see {@link #vlan(int)}. */
  public LocalGatewayVirtualInterface vlan(Value<Integer> value) {
    return set("Vlan", value);
  }

  /**
   * The current state of the local gateway virtual interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationState}.
   */
  public Value<String> configurationState() {
    return getAtt("ConfigurationState");
  }

  /**
   * The Border Gateway Protocol (BGP) Autonomous System Number (ASN) of the local gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalBgpAsn}.
   */
  public Value<Integer> localBgpAsn() {
    return getAtt("LocalBgpAsn");
  }

  /**
   * The ID of the local gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayId}.
   */
  public Value<String> localGatewayId() {
    return getAtt("LocalGatewayId");
  }

  /**
   * The ID of the virtual interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayVirtualInterfaceId}.
   */
  public Value<String> localGatewayVirtualInterfaceId() {
    return getAtt("LocalGatewayVirtualInterfaceId");
  }

  /**
   * The ID of the AWS account that owns the local gateway virtual interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }
}
