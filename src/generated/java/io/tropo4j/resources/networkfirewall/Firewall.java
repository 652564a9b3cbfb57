// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * Use the firewall to provide stateful, managed, network firewall and intrusion detection and
 * prevention filtering for your VPCs in Amazon VPC .
 *
 * <p>The firewall defines the configuration settings for an AWS Network Firewall firewall. The
 * settings include the firewall policy, the subnets in your VPC to use for the firewall endpoints,
 * and any tags that are attached to the firewall AWS resource.
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::Firewall}.
 */
public final class Firewall extends Resource<Firewall> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::Firewall")
      .required("FirewallName", "FirewallPolicyArn")
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(0).maxLength(512))
      .allowed("EnabledAnalysisTypes", "TLS_SNI", "HTTP_HOST")
      .constrain("FirewallName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .constrain("FirewallPolicyArn", Constraint.of().pattern("^arn:aws.*$").minLength(1).maxLength(256))
      .references("FirewallPolicyArn", "AWS::NetworkFirewall::FirewallPolicy.Ref")
      .constrain("TransitGatewayId", Constraint.of().pattern("^tgw-[0-9a-z]+$").minLength(1).maxLength(128))
      .constrain("VpcId", Constraint.of().pattern("^vpc-[0-9a-f]+$").minLength(1).maxLength(128).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("FirewallArn")
      .attributes("EndpointIds", "FirewallArn", "FirewallId", "TransitGatewayAttachmentId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Firewall(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A setting indicating whether the firewall is protected against changes to its Availability Zone
   * configuration. When set to <code>TRUE</code> , you must first disable this protection before
   * adding or removing Availability Zones.
   *
   * <p>CloudFormation property {@code AvailabilityZoneChangeProtection}.
   */
  public Firewall availabilityZoneChangeProtection(boolean value) {
    return set("AvailabilityZoneChangeProtection", Value.of(value));
  }

  /**
   * Sets {@code AvailabilityZoneChangeProtection} to this value; see {@link
   * #availabilityZoneChangeProtection(boolean)}.
   */
  public Firewall availabilityZoneChangeProtection(Value<Boolean> value) {
    return set("AvailabilityZoneChangeProtection", value);
  }

  /**
   * The Availability Zones where the firewall endpoints are created for a transit gateway-attached
   * firewall. Each mapping specifies an Availability Zone where the firewall processes traffic.
   *
   * <p>CloudFormation property {@code AvailabilityZoneMappings}.
   */
  public Firewall availabilityZoneMappings(List<AvailabilityZoneMapping> value) {
    return set("AvailabilityZoneMappings", Value.listOf(value));
  }

  /**
   * Sets {@code AvailabilityZoneMappings} to this value; see {@link
   * #availabilityZoneMappings(List)}.
   */
  public Firewall availabilityZoneMappings(Value<List<AvailabilityZoneMapping>> value) {
    return set("AvailabilityZoneMappings", value);
  }

  /**
   * Sets {@code AvailabilityZoneMappings} to a list of these; see {@link
   * #availabilityZoneMappings(List)}.
   */
  public Firewall availabilityZoneMappings(AvailabilityZoneMapping... values) {
    return set("AvailabilityZoneMappings", Value.list(values));
  }

  /**
   * A flag indicating whether it is possible to delete the firewall. A setting of <code>TRUE</code>
   * indicates that the firewall is protected against deletion. Use this setting to protect against
   * accidentally deleting a firewall that is in use. When you create a firewall, the operation
   * initializes this flag to <code>TRUE</code> .
   *
   * <p>CloudFormation property {@code DeleteProtection}.
   */
  public Firewall deleteProtection(boolean value) {
    return set("DeleteProtection", Value.of(value));
  }

  /** Sets {@code DeleteProtection} to this value; see {@link #deleteProtection(boolean)}. */
  public Firewall deleteProtection(Value<Boolean> value) {
    return set("DeleteProtection", value);
  }

  /**
   * A description of the firewall.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * Description}.
   */
  public Firewall description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Firewall description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An optional setting indicating the specific traffic analysis types to enable on the firewall.
   *
   * <p>Allowed values: {@code TLS_SNI}, {@code HTTP_HOST}. CloudFormation property {@code
   * EnabledAnalysisTypes}.
   */
  public Firewall enabledAnalysisTypes(List<String> value) {
    return set("EnabledAnalysisTypes", Value.listOf(value));
  }

  /** Sets {@code EnabledAnalysisTypes} to this value; see {@link #enabledAnalysisTypes(List)}. */
  public Firewall enabledAnalysisTypes(Value<List<String>> value) {
    return set("EnabledAnalysisTypes", value);
  }

  /**
   * The descriptive name of the firewall. You can't change the name of a firewall after you create
   * it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code FirewallName}.
   */
  public Firewall firewallName(String value) {
    return set("FirewallName", Value.of(value));
  }

  /** Sets {@code FirewallName} to this value; see {@link #firewallName(String)}. */
  public Firewall firewallName(Value<String> value) {
    return set("FirewallName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the firewall policy.
   *
   * <p>The relationship of firewall to firewall policy is many to one. Each firewall requires one
   * firewall policy association, and you can use the same firewall policy for multiple firewalls.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^arn:aws.*$}. CloudFormation property
   * {@code FirewallPolicyArn}.
   */
  public Firewall firewallPolicyArn(String value) {
    return set("FirewallPolicyArn", Value.of(value));
  }

  /** Sets {@code FirewallPolicyArn} to this value; see {@link #firewallPolicyArn(String)}. */
  public Firewall firewallPolicyArn(Value<String> value) {
    return set("FirewallPolicyArn", value);
  }

  /**
   * Sets {@code FirewallPolicyArn} to the Ref of {@code AWS::NetworkFirewall::FirewallPolicy}; see
   * {@link #firewallPolicyArn(String)}.
   */
  public Firewall firewallPolicyArn(FirewallPolicy resource) {
    return set("FirewallPolicyArn", resource.ref());
  }

  /**
   * A setting indicating whether the firewall is protected against a change to the firewall policy
   * association. Use this setting to protect against accidentally modifying the firewall policy for
   * a firewall that is in use. When you create a firewall, the operation initializes this setting
   * to <code>TRUE</code> .
   *
   * <p>CloudFormation property {@code FirewallPolicyChangeProtection}.
   */
  public Firewall firewallPolicyChangeProtection(boolean value) {
    return set("FirewallPolicyChangeProtection", Value.of(value));
  }

  /**
   * Sets {@code FirewallPolicyChangeProtection} to this value; see {@link
   * #firewallPolicyChangeProtection(boolean)}.
   */
  public Firewall firewallPolicyChangeProtection(Value<Boolean> value) {
    return set("FirewallPolicyChangeProtection", value);
  }

  /**
   * A setting indicating whether the firewall is protected against changes to the subnet
   * associations. Use this setting to protect against accidentally modifying the subnet
   * associations for a firewall that is in use. When you create a firewall, the operation
   * initializes this setting to <code>TRUE</code> .
   *
   * <p>CloudFormation property {@code SubnetChangeProtection}.
   */
  public Firewall subnetChangeProtection(boolean value) {
    return set("SubnetChangeProtection", Value.of(value));
  }

  /**
   * Sets {@code SubnetChangeProtection} to this value; see {@link
   * #subnetChangeProtection(boolean)}.
   */
  public Firewall subnetChangeProtection(Value<Boolean> value) {
    return set("SubnetChangeProtection", value);
  }

  /**
   * The primary public subnets that Network Firewall is using for the firewall. Network Firewall
   * creates a firewall endpoint in each subnet. Create a subnet mapping for each Availability Zone
   * where you want to use the firewall.
   *
   * <p>These subnets are all defined for a single, primary VPC, and each must belong to a different
   * Availability Zone. Each of these subnets establishes the availability of the firewall in its
   * Availability Zone.
   *
   * <p>In addition to these subnets, you can define other endpoints for the firewall in
   * <code>VpcEndpointAssociation</code> resources. You can define these additional endpoints for
   * any VPC, and for any of the Availability Zones where the firewall resource already has a subnet
   * mapping. VPC endpoint associations give you the ability to protect multiple VPCs using a single
   * firewall, and to define multiple firewall endpoints for a VPC in a single Availability Zone.
   *
   * <p>CloudFormation property {@code SubnetMappings}.
   */
  public Firewall subnetMappings(List<SubnetMapping> value) {
    return set("SubnetMappings", Value.listOf(value));
  }

  /** Sets {@code SubnetMappings} to this value; see {@link #subnetMappings(List)}. */
  public Firewall subnetMappings(Value<List<SubnetMapping>> value) {
    return set("SubnetMappings", value);
  }

  /** Sets {@code SubnetMappings} to a list of these; see {@link #subnetMappings(List)}. */
  public Firewall subnetMappings(SubnetMapping... values) {
    return set("SubnetMappings", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Firewall tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Firewall tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Firewall tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier of the transit gateway associated with this firewall. This field is only
   * present for transit gateway-attached firewalls.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^tgw-[0-9a-z]+$}. CloudFormation property
   * {@code TransitGatewayId}.
   */
  public Firewall transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public Firewall transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * The unique identifier of the VPC where the firewall is in use. You can't change the VPC of a
   * firewall after you create the firewall.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^vpc-[0-9a-f]+$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public Firewall vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Firewall vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public Firewall vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The unique IDs of the firewall endpoints for all of the subnets that you attached to the
   * firewall. The subnets are not listed in any particular order. For example:
   * <code>["us-west-2c:vpce-111122223333", "us-west-2a:vpce-987654321098",
   * "us-west-2b:vpce-012345678901"]</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointIds}.
   */
  public Value<List<String>> endpointIds() {
    return getAtt("EndpointIds");
  }

  /**
   * The Amazon Resource Name (ARN) of the firewall.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FirewallArn}.
   */
  public Value<String> firewallArn() {
    return getAtt("FirewallArn");
  }

  /**
   * The name of the firewallresource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FirewallId}.
   */
  public Value<String> firewallId() {
    return getAtt("FirewallId");
  }

  /**
   * The unique identifier of the transit gateway attachment associated with this firewall. This
   * field is only present for transit gateway-attached firewalls.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayAttachmentId}.
   */
  public Value<String> transitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  /**
   * Defines the mapping between an Availability Zone and a firewall endpoint for a transit
   * gateway-attached firewall. Each mapping represents where the firewall can process traffic. You
   * use these mappings when calling <code>CreateFirewall</code> ,
   * <code>AssociateAvailabilityZones</code> , and <code>DisassociateAvailabilityZones</code> .
   *
   * <p>To retrieve the current Availability Zone mappings for a firewall, use
   * <code>DescribeFirewall</code> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::Firewall.AvailabilityZoneMapping}.
   */
  public static final class AvailabilityZoneMapping extends Struct<AvailabilityZoneMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::Firewall.AvailabilityZoneMapping")
        .required("AvailabilityZone")
        .constrain("AvailabilityZone", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(128))
        .build();

    public AvailabilityZoneMapping() {
      super(SCHEMA);
    }

    /**
     * The ID of the Availability Zone where the firewall endpoint is located. For example,
     * <code>us-east-2a</code> . The Availability Zone must be in the same Region as the transit
     * gateway.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property
     * {@code AvailabilityZone}.
     */
    public AvailabilityZoneMapping availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public AvailabilityZoneMapping availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }
  }

  /**
   * The ID for a subnet that you want to associate with the firewall. AWS Network Firewall creates
   * an instance of the associated firewall in each subnet that you specify, to filter traffic in
   * the subnet's Availability Zone.
   *
   * <p>Property type {@code AWS::NetworkFirewall::Firewall.SubnetMapping}.
   */
  public static final class SubnetMapping extends Struct<SubnetMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::Firewall.SubnetMapping")
        .required("SubnetId")
        .allowed("IPAddressType", "DUALSTACK", "IPV4", "IPV6")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .references("SubnetId", "AWS::EC2::Subnet.Ref")
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

    /**
     * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
     */
    public SubnetMapping subnetId(Subnet resource) {
      return set("SubnetId", resource.ref());
    }
  }
}
