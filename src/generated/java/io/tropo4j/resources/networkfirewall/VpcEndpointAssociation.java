// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A VPC endpoint association defines a single subnet to use for a firewall endpoint for a
 * <code>Firewall</code> . You can define VPC endpoint associations only in the Availability Zones
 * that already have a subnet mapping defined in the <code>Firewall</code> resource.
 *
 * <p>You can retrieve the list of Availability Zones that are available for use by calling
 * <code>DescribeFirewallMetadata</code> .
 *
 * <p>To manage firewall endpoints, first, in the <code>Firewall</code> specification, you specify a
 * single VPC and one subnet for each of the Availability Zones where you want to use the firewall.
 * Then you can define additional endpoints as VPC endpoint associations.
 *
 * <p>You can use VPC endpoint associations to expand the protections of the firewall as follows:
 *
 * <ul> <li><em>Protect multiple VPCs with a single firewall</em> - You can use the firewall to
 * protect other VPCs, either in your account or in accounts where the firewall is shared. You can
 * only specify Availability Zones that already have a firewall endpoint defined in the
 * <code>Firewall</code> subnet mappings. <li><em>Define multiple firewall endpoints for a VPC in an
 * Availability Zone</em> - You can create additional firewall endpoints for the VPC that you have
 * defined in the firewall, in any Availability Zone that already has an endpoint defined in the
 * <code>Firewall</code> subnet mappings. You can create multiple VPC endpoint associations for any
 * other VPC where you use the firewall. </ul>
 *
 * <p>You can use AWS Resource Access Manager to share a <code>Firewall</code> that you own with
 * other accounts, which gives them the ability to use the firewall to create VPC endpoint
 * associations. For information about sharing a firewall, see <code>PutResourcePolicy</code> in
 * this guide and see <a
 * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/sharing.html">Sharing
 * Network Firewall resources</a> in the <em>AWS Network Firewall Developer Guide</em> .
 *
 * <p>The status of the VPC endpoint association, which indicates whether it's ready to filter
 * network traffic, is provided in the corresponding VPC endpoint association status. You can
 * retrieve both the association and its status by calling
 * <code>DescribeVpcEndpointAssociation</code> .
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::VpcEndpointAssociation}.
 */
public final class VpcEndpointAssociation extends Resource<VpcEndpointAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::VpcEndpointAssociation")
      .required("FirewallArn", "SubnetMapping", "VpcId")
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(0).maxLength(512))
      .constrain("FirewallArn", Constraint.of().pattern("^(arn:aws.*)$").minLength(1).maxLength(256))
      .constrain("VpcId", Constraint.of().pattern("^vpc-[0-9a-f]+$").minLength(1).maxLength(128).format("AWS::EC2::VPC.Id"))
      .refYields("VpcEndpointAssociationArn")
      .attributes("EndpointId", "VpcEndpointAssociationArn", "VpcEndpointAssociationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VpcEndpointAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the VPC endpoint association.
   *
   * <p>Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code ^.*$}.
   * CloudFormation property {@code Description}.
   */
  public VpcEndpointAssociation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VpcEndpointAssociation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the firewall.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^(arn:aws.*)$}. CloudFormation property {@code FirewallArn}.
   */
  public VpcEndpointAssociation firewallArn(String value) {
    return set("FirewallArn", Value.of(value));
  }

  /** Sets {@code FirewallArn} to this value; see {@link #firewallArn(String)}. */
  public VpcEndpointAssociation firewallArn(Value<String> value) {
    return set("FirewallArn", value);
  }

  /**
   * The ID for a subnet that's used in an association with a firewall. This is used in
   * <code>CreateFirewall</code> , <code>AssociateSubnets</code> , and
   * <code>CreateVpcEndpointAssociation</code> . AWS Network Firewall creates an instance of the
   * associated firewall in each subnet that you specify, to filter traffic in the subnet's
   * Availability Zone.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SubnetMapping}.
   */
  public VpcEndpointAssociation subnetMapping(Value<SubnetMapping> value) {
    return set("SubnetMapping", value);
  }

  /**
   * The key:value pairs to associate with the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VpcEndpointAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VpcEndpointAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VpcEndpointAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier of the VPC for the endpoint association.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^vpc-[0-9a-f]+$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public VpcEndpointAssociation vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VpcEndpointAssociation vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The unique ID of the firewall endpoint for the subnet that you attached to the firewall.For
   * example: "vpce-111122223333"
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointId}.
   */
  public Value<String> endpointId() {
    return getAtt("EndpointId");
  }

  /**
   * The Amazon Resource Name (ARN) of a VPC endpoint association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpointAssociationArn}.
   */
  public Value<String> vpcEndpointAssociationArn() {
    return getAtt("VpcEndpointAssociationArn");
  }

  /**
   * The unique identifier of the VPC endpoint association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpointAssociationId}.
   */
  public Value<String> vpcEndpointAssociationId() {
    return getAtt("VpcEndpointAssociationId");
  }

  /**
   * The ID for a subnet that's used in an association with a firewall. This is used in
   * <code>CreateFirewall</code> , <code>AssociateSubnets</code> , and
   * <code>CreateVpcEndpointAssociation</code> . AWS Network Firewall creates an instance of the
   * associated firewall in each subnet that you specify, to filter traffic in the subnet's
   * Availability Zone.
   *
   * <p>Property type {@code AWS::NetworkFirewall::VpcEndpointAssociation.SubnetMapping}.
   */
  public static final class SubnetMapping extends Struct<SubnetMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::VpcEndpointAssociation.SubnetMapping")
        .required("SubnetId")
        .allowed("IPAddressType", "DUALSTACK", "IPV4", "IPV6")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public SubnetMapping() {
      super(SCHEMA);
    }

    /**
     * The subnet's IP address type. You can't change the IP address type after you create the
     * subnet.
     *
     * <p>Allowed values: {@code DUALSTACK}, {@code IPV4}, {@code IPV6}. CloudFormation property
     * {@code IPAddressType}.
     */
    public SubnetMapping ipAddressType(String value) {
      return set("IPAddressType", Value.of(value));
    }

    /** Sets {@code IPAddressType} to this value; see {@link #ipAddressType(String)}. */
    public SubnetMapping ipAddressType(Value<String> value) {
      return set("IPAddressType", value);
    }

    /**
     * The unique identifier for the subnet.
     *
     * <p>Required. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
     */
    public SubnetMapping subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public SubnetMapping subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }
}
