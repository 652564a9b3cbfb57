// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Attaches a VPC to a transit gateway.
 *
 * <p>If you attach a VPC with a CIDR range that overlaps the CIDR range of a VPC that is already
 * attached, the new VPC CIDR range is not propagated to the default propagation route table.
 *
 * <p>To send VPC traffic to an attached transit gateway, add a route to the VPC route table using
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-route.html">AWS::EC2::Route</a>
 * .
 *
 * <p>To update tags for a VPC attachment after creation without replacing the attachment, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-transitgatewayvpcattachment.html">AWS::EC2::TransitGatewayVpcAttachment</a>
 * instead.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayAttachment}.
 */
public final class TransitGatewayAttachment extends Resource<TransitGatewayAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayAttachment")
      .required("SubnetIds", "TransitGatewayId", "VpcId")
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .references("TransitGatewayId", "AWS::EC2::TransitGateway.Ref")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The VPC attachment options.
   *
   * <p>CloudFormation property {@code Options}.
   */
  public TransitGatewayAttachment options(Value<Options> value) {
    return set("Options", value);
  }

  /**
   * The IDs of one or more subnets. You can specify only one subnet per Availability Zone. You must
   * specify at least one subnet, but we recommend that you specify two subnets for better
   * availability. The transit gateway uses one IP address from each specified subnet.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public TransitGatewayAttachment subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public TransitGatewayAttachment subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public TransitGatewayAttachment subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * The tags for the attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public TransitGatewayAttachment transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public TransitGatewayAttachment transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * Sets {@code TransitGatewayId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #transitGatewayId(String)}.
   */
  public TransitGatewayAttachment transitGatewayId(TransitGateway resource) {
    return set("TransitGatewayId", resource.ref());
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public TransitGatewayAttachment vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public TransitGatewayAttachment vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public TransitGatewayAttachment vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes the VPC attachment options.
   *
   * <p>Property type {@code AWS::EC2::TransitGatewayAttachment.Options}.
   */
  public static final class Options extends Struct<Options> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayAttachment.Options")
        .allowed("ApplianceModeSupport", "disable", "enable")
        .allowed("DnsSupport", "disable", "enable")
        .allowed("Ipv6Support", "disable", "enable")
        .allowed("SecurityGroupReferencingSupport", "disable", "enable")
        .build();

    public Options() {
      super(SCHEMA);
    }

    /**
     * Enable or disable appliance mode support. The default is <code>disable</code> .
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * ApplianceModeSupport}.
     */
    public Options applianceModeSupport(String value) {
      return set("ApplianceModeSupport", Value.of(value));
    }

    /**
     * Sets {@code ApplianceModeSupport} to this value; see {@link #applianceModeSupport(String)}.
     */
    public Options applianceModeSupport(Value<String> value) {
      return set("ApplianceModeSupport", value);
    }

    /**
     * Enable or disable DNS support. The default is <code>disable</code> .
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * DnsSupport}.
     */
    public Options dnsSupport(String value) {
      return set("DnsSupport", Value.of(value));
    }

    /** Sets {@code DnsSupport} to this value; see {@link #dnsSupport(String)}. */
    public Options dnsSupport(Value<String> value) {
      return set("DnsSupport", value);
    }

    /**
     * Enable or disable IPv6 support. The default is <code>disable</code> .
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * Ipv6Support}.
     */
    public Options ipv6Support(String value) {
      return set("Ipv6Support", Value.of(value));
    }

    /** Sets {@code Ipv6Support} to this value; see {@link #ipv6Support(String)}. */
    public Options ipv6Support(Value<String> value) {
      return set("Ipv6Support", value);
    }

    /**
     * Enables you to reference a security group across VPCs attached to a transit gateway (TGW).
     * Use this option to simplify security group management and control of instance-to-instance
     * traffic across VPCs that are connected by transit gateway. You can also use this option to
     * migrate from VPC peering (which was the only option that supported security group
     * referencing) to transit gateways (which now also support security group referencing). This
     * option is disabled by default and there are no additional costs to use this feature.
     *
     * <p>For important information about this feature, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html#create-tgw">Create
     * a transit gateway</a> in the <em>AWS Transit Gateway Guide</em> .
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * SecurityGroupReferencingSupport}.
     */
    public Options securityGroupReferencingSupport(String value) {
      return set("SecurityGroupReferencingSupport", Value.of(value));
    }

    /**
     * Sets {@code SecurityGroupReferencingSupport} to this value; see {@link
     * #securityGroupReferencingSupport(String)}.
     */
    public Options securityGroupReferencingSupport(Value<String> value) {
      return set("SecurityGroupReferencingSupport", value);
    }
  }
}
