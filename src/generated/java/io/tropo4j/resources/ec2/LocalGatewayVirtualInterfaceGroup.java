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
 * Describes a local gateway virtual interface group.
 *
 * <p>CloudFormation type {@code AWS::EC2::LocalGatewayVirtualInterfaceGroup}.
 */
public final class LocalGatewayVirtualInterfaceGroup extends Resource<LocalGatewayVirtualInterfaceGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LocalGatewayVirtualInterfaceGroup")
      .required("LocalGatewayId")
      .constrain("LocalBgpAsnExtended", Constraint.of().format("int64"))
      .refYields("LocalGatewayVirtualInterfaceGroupId")
      .attributes("ConfigurationState", "LocalGatewayVirtualInterfaceGroupArn",
          "LocalGatewayVirtualInterfaceGroupId", "LocalGatewayVirtualInterfaceIds", "OwnerId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocalGatewayVirtualInterfaceGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Autonomous System Number(ASN) for the local Border Gateway Protocol (BGP).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LocalBgpAsn}.
   */
  public LocalGatewayVirtualInterfaceGroup localBgpAsn(int value) {
    return set("LocalBgpAsn", Value.of(value));
  }

  /** Sets {@code LocalBgpAsn} to this value; see {@link #localBgpAsn(int)}. */
  public LocalGatewayVirtualInterfaceGroup localBgpAsn(Value<Integer> value) {
    return set("LocalBgpAsn", value);
  }

  /**
   * The extended 32-bit ASN for the local BGP configuration.
   *
   * <p>Changing it replaces the resource. Format: {@code int64}. CloudFormation property {@code
   * LocalBgpAsnExtended}.
   */
  public LocalGatewayVirtualInterfaceGroup localBgpAsnExtended(int value) {
    return set("LocalBgpAsnExtended", Value.of(value));
  }

  /** Sets {@code LocalBgpAsnExtended} to this value; see {@link #localBgpAsnExtended(int)}. */
  public LocalGatewayVirtualInterfaceGroup localBgpAsnExtended(Value<Integer> value) {
    return set("LocalBgpAsnExtended", value);
  }

  /**
   * The ID of the local gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LocalGatewayId}.
   */
  public LocalGatewayVirtualInterfaceGroup localGatewayId(String value) {
    return set("LocalGatewayId", Value.of(value));
  }

  /** Sets {@code LocalGatewayId} to this value; see {@link #localGatewayId(String)}. */
  public LocalGatewayVirtualInterfaceGroup localGatewayId(Value<String> value) {
    return set("LocalGatewayId", value);
  }

  /**
   * The tags assigned to the virtual interface group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocalGatewayVirtualInterfaceGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocalGatewayVirtualInterfaceGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocalGatewayVirtualInterfaceGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The current state of the local gateway virtual interface group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationState}.
   */
  public Value<String> configurationState() {
    return getAtt("ConfigurationState");
  }

  /**
   * The Amazon Resource Number (ARN) of the local gateway virtual interface group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayVirtualInterfaceGroupArn}.
   */
  public Value<String> localGatewayVirtualInterfaceGroupArn() {
    return getAtt("LocalGatewayVirtualInterfaceGroupArn");
  }

  /**
   * The ID of the virtual interface group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayVirtualInterfaceGroupId}.
   */
  public Value<String> localGatewayVirtualInterfaceGroupId() {
    return getAtt("LocalGatewayVirtualInterfaceGroupId");
  }

  /**
   * The IDs of the virtual interfaces.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayVirtualInterfaceIds}.
   */
  public Value<List<String>> localGatewayVirtualInterfaceIds() {
    return getAtt("LocalGatewayVirtualInterfaceIds");
  }

  /**
   * The ID of the AWS account that owns the local gateway virtual interface group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }
}
