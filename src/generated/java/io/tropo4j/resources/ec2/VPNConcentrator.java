// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a VPN concentrator.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPNConcentrator}.
 */
public final class VPNConcentrator extends Resource<VPNConcentrator> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConcentrator")
      .required("TransitGatewayId", "Type")
      .refYields("VpnConcentratorId")
      .attributes("TransitGatewayAttachmentId", "VpnConcentratorId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPNConcentrator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any tags assigned to the VPN concentrator.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPNConcentrator tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPNConcentrator tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPNConcentrator tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway associated with the VPN concentrator.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public VPNConcentrator transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public VPNConcentrator transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * The type of VPN concentrator.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public VPNConcentrator typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public VPNConcentrator typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID of the transit gateway attachment for the VPN concentrator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayAttachmentId}.
   */
  public Value<String> transitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  /**
   * The ID of the VPN concentrator to associate with the VPN connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpnConcentratorId}.
   */
  public Value<String> vpnConcentratorId() {
    return getAtt("VpnConcentratorId");
  }
}
