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
 * Specifies a transit gateway.
 *
 * <p>You can use a transit gateway to interconnect your virtual private clouds (VPC) and
 * on-premises networks. After the transit gateway enters the <code>available</code> state, you can
 * attach your VPCs and VPN connections to the transit gateway.
 *
 * <p>To attach your VPCs, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-transitgatewayattachment.html">AWS::EC2::TransitGatewayAttachment</a>
 * .
 *
 * <p>To attach a VPN connection, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-customer-gateway.html">AWS::EC2::CustomerGateway</a>
 * to create a customer gateway and specify the ID of the customer gateway and the ID of the transit
 * gateway in a call to <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpn-connection.html">AWS::EC2::VPNConnection</a>
 * .
 *
 * <p>When you create a transit gateway, we create a default transit gateway route table and use it
 * as the default association route table and the default propagation route table. You can use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-transitgatewayroutetable.html">AWS::EC2::TransitGatewayRouteTable</a>
 * to create additional transit gateway route tables. If you disable automatic route propagation, we
 * do not create a default transit gateway route table. You can use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-transitgatewayroutetablepropagation.html">AWS::EC2::TransitGatewayRouteTablePropagation</a>
 * to propagate routes from a resource attachment to a transit gateway route table. If you disable
 * automatic associations, you can use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-transitgatewayroutetableassociation.html">AWS::EC2::TransitGatewayRouteTableAssociation</a>
 * to associate a resource attachment with a transit gateway route table.
 *
 * <p>To create a transit gateway with <code>EncryptionSupport</code> enabled through
 * CloudFormation, you will need the <code>ec2:ModifyTransitGateway</code> Identity and Access
 * Management (IAM) permission. For more information, see <code>ModifyTransitGateway</code> in <a
 * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-actions-as-">Actions,
 * resources, and condition keys for Amazon EC2</a> of the <em>Identify and Access Management
 * Service Authorization Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGateway}.
 */
public final class TransitGateway extends Resource<TransitGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGateway")
      .constrain("AmazonSideAsn", Constraint.of().format("int64"))
      .allowed("EncryptionSupport", "disable", "enable")
      .refYields("Id")
      .attributes("EncryptionSupportState", "Id", "TransitGatewayArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A private Autonomous System Number (ASN) for the Amazon side of a BGP session. The range is
   * 64512 to 65534 for 16-bit ASNs. The default is 64512.
   *
   * <p>Changing it replaces the resource. Format: {@code int64}. CloudFormation property {@code
   * AmazonSideAsn}.
   */
  public TransitGateway amazonSideAsn(int value) {
    return set("AmazonSideAsn", Value.of(value));
  }

  /** Sets {@code AmazonSideAsn} to this value; see {@link #amazonSideAsn(int)}. */
  public TransitGateway amazonSideAsn(Value<Integer> value) {
    return set("AmazonSideAsn", value);
  }

  /**
   * The ID of the default association route table.
   *
   * <p>CloudFormation property {@code AssociationDefaultRouteTableId}.
   */
  public TransitGateway associationDefaultRouteTableId(String value) {
    return set("AssociationDefaultRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code AssociationDefaultRouteTableId} to this value; see {@link
   * #associationDefaultRouteTableId(String)}.
   */
  public TransitGateway associationDefaultRouteTableId(Value<String> value) {
    return set("AssociationDefaultRouteTableId", value);
  }

  /**
   * Enable or disable automatic acceptance of attachment requests. Disabled by default.
   *
   * <p>CloudFormation property {@code AutoAcceptSharedAttachments}.
   */
  public TransitGateway autoAcceptSharedAttachments(String value) {
    return set("AutoAcceptSharedAttachments", Value.of(value));
  }

  /**
   * Sets {@code AutoAcceptSharedAttachments} to this value; see {@link
   * #autoAcceptSharedAttachments(String)}.
   */
  public TransitGateway autoAcceptSharedAttachments(Value<String> value) {
    return set("AutoAcceptSharedAttachments", value);
  }

  /**
   * Enable or disable automatic association with the default association route table. Enabled by
   * default. If <code>DefaultRouteTableAssociation</code> is set to enable, AWS Transit Gateway
   * will create the default transit gateway route table.
   *
   * <p>CloudFormation property {@code DefaultRouteTableAssociation}.
   */
  public TransitGateway defaultRouteTableAssociation(String value) {
    return set("DefaultRouteTableAssociation", Value.of(value));
  }

  /**
   * Sets {@code DefaultRouteTableAssociation} to this value; see {@link
   * #defaultRouteTableAssociation(String)}.
   */
  public TransitGateway defaultRouteTableAssociation(Value<String> value) {
    return set("DefaultRouteTableAssociation", value);
  }

  /**
   * Enable or disable automatic propagation of routes to the default propagation route table.
   * Enabled by default. If <code>DefaultRouteTablePropagation</code> is set to enable, AWS Transit
   * Gateway will create the default transit gateway route table.
   *
   * <p>CloudFormation property {@code DefaultRouteTablePropagation}.
   */
  public TransitGateway defaultRouteTablePropagation(String value) {
    return set("DefaultRouteTablePropagation", Value.of(value));
  }

  /**
   * Sets {@code DefaultRouteTablePropagation} to this value; see {@link
   * #defaultRouteTablePropagation(String)}.
   */
  public TransitGateway defaultRouteTablePropagation(Value<String> value) {
    return set("DefaultRouteTablePropagation", value);
  }

  /**
   * The description of the transit gateway.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public TransitGateway description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TransitGateway description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Enable or disable DNS support. Enabled by default.
   *
   * <p>CloudFormation property {@code DnsSupport}.
   */
  public TransitGateway dnsSupport(String value) {
    return set("DnsSupport", Value.of(value));
  }

  /** Sets {@code DnsSupport} to this value; see {@link #dnsSupport(String)}. */
  public TransitGateway dnsSupport(Value<String> value) {
    return set("DnsSupport", value);
  }

  /**
   * Enable or disable encryption support. Disabled by default.
   *
   * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
   * EncryptionSupport}.
   */
  public TransitGateway encryptionSupport(String value) {
    return set("EncryptionSupport", Value.of(value));
  }

  /** Sets {@code EncryptionSupport} to this value; see {@link #encryptionSupport(String)}. */
  public TransitGateway encryptionSupport(Value<String> value) {
    return set("EncryptionSupport", value);
  }

  /**
   * Indicates whether multicast is enabled on the transit gateway
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MulticastSupport}.
   */
  public TransitGateway multicastSupport(String value) {
    return set("MulticastSupport", Value.of(value));
  }

  /** Sets {@code MulticastSupport} to this value; see {@link #multicastSupport(String)}. */
  public TransitGateway multicastSupport(Value<String> value) {
    return set("MulticastSupport", value);
  }

  /**
   * The ID of the default propagation route table.
   *
   * <p>CloudFormation property {@code PropagationDefaultRouteTableId}.
   */
  public TransitGateway propagationDefaultRouteTableId(String value) {
    return set("PropagationDefaultRouteTableId", Value.of(value));
  }

  /**
   * Sets {@code PropagationDefaultRouteTableId} to this value; see {@link
   * #propagationDefaultRouteTableId(String)}.
   */
  public TransitGateway propagationDefaultRouteTableId(Value<String> value) {
    return set("PropagationDefaultRouteTableId", value);
  }

  /**
   * Enables you to reference a security group across VPCs attached to a transit gateway (TGW). Use
   * this option to simplify security group management and control of instance-to-instance traffic
   * across VPCs that are connected by transit gateway. You can also use this option to migrate from
   * VPC peering (which was the only option that supported security group referencing) to transit
   * gateways (which now also support security group referencing). This option is disabled by
   * default and there are no additional costs to use this feature.
   *
   * <p>For important information about this feature, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html#create-tgw">Create a
   * transit gateway</a> in the <em>AWS Transit Gateway Guide</em> .
   *
   * <p>CloudFormation property {@code SecurityGroupReferencingSupport}.
   */
  public TransitGateway securityGroupReferencingSupport(String value) {
    return set("SecurityGroupReferencingSupport", Value.of(value));
  }

  /**
   * Sets {@code SecurityGroupReferencingSupport} to this value; see {@link
   * #securityGroupReferencingSupport(String)}.
   */
  public TransitGateway securityGroupReferencingSupport(Value<String> value) {
    return set("SecurityGroupReferencingSupport", value);
  }

  /**
   * The tags for the transit gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The transit gateway CIDR blocks.
   *
   * <p>CloudFormation property {@code TransitGatewayCidrBlocks}.
   */
  public TransitGateway transitGatewayCidrBlocks(List<String> value) {
    return set("TransitGatewayCidrBlocks", Value.listOf(value));
  }

  /**
   * Sets {@code TransitGatewayCidrBlocks} to this value; see {@link
   * #transitGatewayCidrBlocks(List)}.
   */
  public TransitGateway transitGatewayCidrBlocks(Value<List<String>> value) {
    return set("TransitGatewayCidrBlocks", value);
  }

  /**
   * Enable or disable Equal Cost Multipath Protocol support. Enabled by default.
   *
   * <p>CloudFormation property {@code VpnEcmpSupport}.
   */
  public TransitGateway vpnEcmpSupport(String value) {
    return set("VpnEcmpSupport", Value.of(value));
  }

  /** Sets {@code VpnEcmpSupport} to this value; see {@link #vpnEcmpSupport(String)}. */
  public TransitGateway vpnEcmpSupport(Value<String> value) {
    return set("VpnEcmpSupport", value);
  }

  /**
   * The encryption support state of the transit gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptionSupportState}.
   */
  public Value<String> encryptionSupportState() {
    return getAtt("EncryptionSupportState");
  }

  /**
   * The ID of the transit gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code TransitGatewayArn}. */
  public Value<String> transitGatewayArn() {
    return getAtt("TransitGatewayArn");
  }
}
