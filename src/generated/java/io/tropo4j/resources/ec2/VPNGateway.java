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
 * Specifies a virtual private gateway. A virtual private gateway is the endpoint on the VPC side of
 * your VPN connection. You can create a virtual private gateway before creating the VPC itself.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html">AWS Site-to-Site VPN</a> in the
 * <em>AWS Site-to-Site VPN User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPNGateway}.
 */
public final class VPNGateway extends Resource<VPNGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNGateway")
      .required("Type")
      .constrain("AmazonSideAsn", Constraint.of().format("int64"))
      .refYields("VPNGatewayId")
      .attributes("VPNGatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPNGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The private Autonomous System Number (ASN) for the Amazon side of a BGP session.
   *
   * <p>Changing it replaces the resource. Format: {@code int64}. CloudFormation property {@code
   * AmazonSideAsn}.
   */
  public VPNGateway amazonSideAsn(int value) {
    return set("AmazonSideAsn", Value.of(value));
  }

  /** Sets {@code AmazonSideAsn} to this value; see {@link #amazonSideAsn(int)}. */
  public VPNGateway amazonSideAsn(Value<Integer> value) {
    return set("AmazonSideAsn", value);
  }

  /**
   * Any tags assigned to the virtual private gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPNGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPNGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPNGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of VPN connection the virtual private gateway supports.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public VPNGateway typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public VPNGateway typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID of the VPN gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VPNGatewayId}.
   */
  public Value<String> vpnGatewayId() {
    return getAtt("VPNGatewayId");
  }
}
