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
 * Specifies a virtual private cloud (VPC).
 *
 * <p>A VPC must have an associated IPv4 CIDR block. You can specify an IPv4 CIDR block or an
 * IPAM-allocated IPv4 CIDR block. To associate an IPv6 CIDR block with the VPC, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpccidrblock.html">AWS::EC2::VPCCidrBlock</a>
 * .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/configure-your-vpc.html">Virtual private
 * clouds (VPC)</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPC}.
 */
public final class VPC extends Resource<VPC> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPC")
      .constrain("CidrBlock", Constraint.of().format("ipv4-network"))
      .allowed("InstanceTenancy", "dedicated", "default", "host")
      .refYields("VpcId")
      .attributes("CidrBlock", "CidrBlockAssociations", "DefaultNetworkAcl", "DefaultSecurityGroup",
          "Ipv6CidrBlocks", "VpcEncryptionControl.ResourceExclusions",
          "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway",
          "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State",
          "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem",
          "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State",
          "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.InternetGateway",
          "VpcEncryptionControl.ResourceExclusions.InternetGateway.State",
          "VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.Lambda",
          "VpcEncryptionControl.ResourceExclusions.Lambda.State",
          "VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.NatGateway",
          "VpcEncryptionControl.ResourceExclusions.NatGateway.State",
          "VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway",
          "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State",
          "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.VpcLattice",
          "VpcEncryptionControl.ResourceExclusions.VpcLattice.State",
          "VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage",
          "VpcEncryptionControl.ResourceExclusions.VpcPeering",
          "VpcEncryptionControl.ResourceExclusions.VpcPeering.State",
          "VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage",
          "VpcEncryptionControl.State", "VpcEncryptionControl.StateMessage",
          "VpcEncryptionControl.VpcEncryptionControlId", "VpcEncryptionControl.VpcId", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPC(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPv4 network range for the VPC, in CIDR notation. For example, <code>10.0.0.0/16</code> .
   * We modify the specified CIDR block to its canonical form; for example, if you specify
   * <code>100.68.0.18/18</code> , we modify it to <code>100.68.0.0/18</code> .
   *
   * <p>You must specify either <code>CidrBlock</code> or <code>Ipv4IpamPoolId</code> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code CidrBlock}.
   */
  public VPC cidrBlock(String value) {
    return set("CidrBlock", Value.of(value));
  }

  /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
  public VPC cidrBlock(Value<String> value) {
    return set("CidrBlock", value);
  }

  /**
   * Indicates whether the instances launched in the VPC get DNS hostnames. If enabled, instances in
   * the VPC get DNS hostnames; otherwise, they do not. Disabled by default for nondefault VPCs. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html#vpc-dns-support">DNS
   * attributes in your VPC</a> .
   *
   * <p>You can only enable DNS hostnames if you've enabled DNS support.
   *
   * <p>CloudFormation property {@code EnableDnsHostnames}.
   */
  public VPC enableDnsHostnames(boolean value) {
    return set("EnableDnsHostnames", Value.of(value));
  }

  /** Sets {@code EnableDnsHostnames} to this value; see {@link #enableDnsHostnames(boolean)}. */
  public VPC enableDnsHostnames(Value<Boolean> value) {
    return set("EnableDnsHostnames", value);
  }

  /**
   * Indicates whether the DNS resolution is supported for the VPC. If enabled, queries to the
   * Amazon provided DNS server at the 169.254.169.253 IP address, or the reserved IP address at the
   * base of the VPC network range "plus two" succeed. If disabled, the Amazon provided DNS service
   * in the VPC that resolves public DNS hostnames to IP addresses is not enabled. Enabled by
   * default. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html#vpc-dns-support">DNS
   * attributes in your VPC</a> .
   *
   * <p>CloudFormation property {@code EnableDnsSupport}.
   */
  public VPC enableDnsSupport(boolean value) {
    return set("EnableDnsSupport", Value.of(value));
  }

  /** Sets {@code EnableDnsSupport} to this value; see {@link #enableDnsSupport(boolean)}. */
  public VPC enableDnsSupport(Value<Boolean> value) {
    return set("EnableDnsSupport", value);
  }

  /**
   * The allowed tenancy of instances launched into the VPC.
   *
   * <ul> <li><code>default</code> : An instance launched into the VPC runs on shared hardware by
   * default, unless you explicitly specify a different tenancy during instance launch.
   * <li><code>dedicated</code> : An instance launched into the VPC runs on dedicated hardware by
   * default, unless you explicitly specify a tenancy of <code>host</code> during instance launch.
   * You cannot specify a tenancy of <code>default</code> during instance launch. </ul>
   *
   * <p>Updating <code>InstanceTenancy</code> requires no replacement only if you are updating its
   * value from <code>dedicated</code> to <code>default</code> . Updating
   * <code>InstanceTenancy</code> from <code>default</code> to <code>dedicated</code> requires
   * replacement.
   *
   * <p>Changing it may replace the resource. Allowed values: {@code dedicated}, {@code default},
   * {@code host}. CloudFormation property {@code InstanceTenancy}.
   */
  public VPC instanceTenancy(String value) {
    return set("InstanceTenancy", Value.of(value));
  }

  /** Sets {@code InstanceTenancy} to this value; see {@link #instanceTenancy(String)}. */
  public VPC instanceTenancy(Value<String> value) {
    return set("InstanceTenancy", value);
  }

  /**
   * The ID of an IPv4 IPAM pool you want to use for allocating this VPC's CIDR. For more
   * information, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in
   * the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>You must specify either <code>CidrBlock</code> or <code>Ipv4IpamPoolId</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv4IpamPoolId}.
   */
  public VPC ipv4IpamPoolId(String value) {
    return set("Ipv4IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv4IpamPoolId} to this value; see {@link #ipv4IpamPoolId(String)}. */
  public VPC ipv4IpamPoolId(Value<String> value) {
    return set("Ipv4IpamPoolId", value);
  }

  /**
   * The netmask length of the IPv4 CIDR you want to allocate to this VPC from an Amazon VPC IP
   * Address Manager (IPAM) pool. For more information about IPAM, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in
   * the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv4NetmaskLength}.
   */
  public VPC ipv4NetmaskLength(int value) {
    return set("Ipv4NetmaskLength", Value.of(value));
  }

  /** Sets {@code Ipv4NetmaskLength} to this value; see {@link #ipv4NetmaskLength(int)}. */
  public VPC ipv4NetmaskLength(Value<Integer> value) {
    return set("Ipv4NetmaskLength", value);
  }

  /**
   * The tags for the VPC.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPC tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPC tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPC tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes the configuration and state of VPC encryption controls. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcEncryptionControl}.
   */
  public VPC vpcEncryptionControl(Value<VpcEncryptionControl> value) {
    return set("VpcEncryptionControl", value);
  }

  /**
   * The primary IPv4 CIDR block for the VPC. For example, 10.0.0.0/16.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CidrBlock}.
   */
  public Value<String> cidrBlock() {
    return getAtt("CidrBlock");
  }

  /**
   * The association IDs of the IPv4 CIDR blocks for the VPC. For example, [ vpc-cidr-assoc-0280ab6b
   * ].
   *
   * <p>{@code Fn::GetAtt} attribute {@code CidrBlockAssociations}.
   */
  public Value<List<String>> cidrBlockAssociations() {
    return getAtt("CidrBlockAssociations");
  }

  /**
   * The ID of the default network ACL for the VPC. For example, acl-814dafe3.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultNetworkAcl}.
   */
  public Value<String> defaultNetworkAcl() {
    return getAtt("DefaultNetworkAcl");
  }

  /**
   * The ID of the default security group for the VPC. For example, sg-b178e0d3.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultSecurityGroup}.
   */
  public Value<String> defaultSecurityGroup() {
    return getAtt("DefaultSecurityGroup");
  }

  /**
   * The IPv6 CIDR blocks for the VPC. For example, [ 2001:db8:1234:1a00::/56 ].
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ipv6CidrBlocks}.
   */
  public Value<List<String>> ipv6CidrBlocks() {
    return getAtt("Ipv6CidrBlocks");
  }

  /**
   * Describes the exclusion configurations for various resource types in VPC Encryption Control.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.ResourceExclusions}.
   */
  public Value<VpcEncryptionControlExclusions> vpcEncryptionControlResourceExclusions() {
    return getAtt("VpcEncryptionControl.ResourceExclusions");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsEgressOnlyInternetGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsEgressOnlyInternetGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsEgressOnlyInternetGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.ElasticFileSystem}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsElasticFileSystem() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsElasticFileSystemState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsElasticFileSystemStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.InternetGateway}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsInternetGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.InternetGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.InternetGateway.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsInternetGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.InternetGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsInternetGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.ResourceExclusions.Lambda}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsLambda() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.Lambda");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.ResourceExclusions.Lambda.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsLambdaState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.Lambda.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsLambdaStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.ResourceExclusions.NatGateway}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsNatGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.NatGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.NatGateway.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsNatGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.NatGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsNatGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsVirtualPrivateGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsVirtualPrivateGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsVirtualPrivateGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.ResourceExclusions.VpcLattice}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsVpcLattice() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcLattice");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VpcLattice.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsVpcLatticeState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcLattice.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsVpcLatticeStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage");
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.ResourceExclusions.VpcPeering}.
   */
  public Value<VpcEncryptionControlExclusion> vpcEncryptionControlResourceExclusionsVpcPeering() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcPeering");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VpcPeering.State}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsVpcPeeringState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcPeering.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage}.
   */
  public Value<String> vpcEncryptionControlResourceExclusionsVpcPeeringStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage");
  }

  /**
   * The current state of the VPC Encryption Control configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.State}.
   */
  public Value<String> vpcEncryptionControlState() {
    return getAtt("VpcEncryptionControl.State");
  }

  /**
   * A message providing additional information about the encryption control state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.StateMessage}.
   */
  public Value<String> vpcEncryptionControlStateMessage() {
    return getAtt("VpcEncryptionControl.StateMessage");
  }

  /**
   * The ID of the VPC Encryption Control configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.VpcEncryptionControlId}.
   */
  public Value<String> vpcEncryptionControlVpcEncryptionControlId() {
    return getAtt("VpcEncryptionControl.VpcEncryptionControlId");
  }

  /**
   * The ID of the VPC associated with the encryption control configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControl.VpcId}.
   */
  public Value<String> vpcEncryptionControlVpcId() {
    return getAtt("VpcEncryptionControl.VpcId");
  }

  /**
   * The ID of the VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * Describes the configuration and state of VPC encryption controls. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>Property type {@code AWS::EC2::VPC.VpcEncryptionControl}.
   */
  public static final class VpcEncryptionControl extends Struct<VpcEncryptionControl> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPC.VpcEncryptionControl")
        .allowed("EgressOnlyInternetGatewayExclusion", "enable", "disable")
        .allowed("ElasticFileSystemExclusion", "enable", "disable")
        .allowed("InternetGatewayExclusion", "enable", "disable")
        .allowed("LambdaExclusion", "enable", "disable")
        .allowed("Mode", "monitor", "enforce")
        .allowed("NatGatewayExclusion", "enable", "disable")
        .allowed("VirtualPrivateGatewayExclusion", "enable", "disable")
        .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .allowed("VpcLatticeExclusion", "enable", "disable")
        .allowed("VpcPeeringExclusion", "enable", "disable")
        .build();

    public VpcEncryptionControl() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * EgressOnlyInternetGatewayExclusion}.
     */
    public VpcEncryptionControl egressOnlyInternetGatewayExclusion(String value) {
      return set("EgressOnlyInternetGatewayExclusion", Value.of(value));
    }

    /**
     * Sets {@code EgressOnlyInternetGatewayExclusion} to this value; see {@link
     * #egressOnlyInternetGatewayExclusion(String)}.
     */
    public VpcEncryptionControl egressOnlyInternetGatewayExclusion(Value<String> value) {
      return set("EgressOnlyInternetGatewayExclusion", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * ElasticFileSystemExclusion}.
     */
    public VpcEncryptionControl elasticFileSystemExclusion(String value) {
      return set("ElasticFileSystemExclusion", Value.of(value));
    }

    /**
     * Sets {@code ElasticFileSystemExclusion} to this value; see {@link
     * #elasticFileSystemExclusion(String)}.
     */
    public VpcEncryptionControl elasticFileSystemExclusion(Value<String> value) {
      return set("ElasticFileSystemExclusion", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * InternetGatewayExclusion}.
     */
    public VpcEncryptionControl internetGatewayExclusion(String value) {
      return set("InternetGatewayExclusion", Value.of(value));
    }

    /**
     * Sets {@code InternetGatewayExclusion} to this value; see {@link
     * #internetGatewayExclusion(String)}.
     */
    public VpcEncryptionControl internetGatewayExclusion(Value<String> value) {
      return set("InternetGatewayExclusion", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * LambdaExclusion}.
     */
    public VpcEncryptionControl lambdaExclusion(String value) {
      return set("LambdaExclusion", Value.of(value));
    }

    /** Sets {@code LambdaExclusion} to this value; see {@link #lambdaExclusion(String)}. */
    public VpcEncryptionControl lambdaExclusion(Value<String> value) {
      return set("LambdaExclusion", value);
    }

    /**
     * The encryption mode for the VPC Encryption Control configuration.
     *
     * <p>Allowed values: {@code monitor}, {@code enforce}. CloudFormation property {@code Mode}.
     */
    public VpcEncryptionControl mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public VpcEncryptionControl mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * NatGatewayExclusion}.
     */
    public VpcEncryptionControl natGatewayExclusion(String value) {
      return set("NatGatewayExclusion", Value.of(value));
    }

    /** Sets {@code NatGatewayExclusion} to this value; see {@link #natGatewayExclusion(String)}. */
    public VpcEncryptionControl natGatewayExclusion(Value<String> value) {
      return set("NatGatewayExclusion", value);
    }

    /**
     * Describes the exclusion configurations for various resource types in VPC Encryption Control.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code ResourceExclusions}.
     */
    public VpcEncryptionControl resourceExclusions(Value<VpcEncryptionControlExclusions> value) {
      return set("ResourceExclusions", value);
    }

    /**
     * The current state of the VPC Encryption Control configuration.
     *
     * <p>CloudFormation property {@code State}.
     */
    public VpcEncryptionControl state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public VpcEncryptionControl state(Value<String> value) {
      return set("State", value);
    }

    /**
     * A message providing additional information about the encryption control state.
     *
     * <p>CloudFormation property {@code StateMessage}.
     */
    public VpcEncryptionControl stateMessage(String value) {
      return set("StateMessage", Value.of(value));
    }

    /** Sets {@code StateMessage} to this value; see {@link #stateMessage(String)}. */
    public VpcEncryptionControl stateMessage(Value<String> value) {
      return set("StateMessage", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * VirtualPrivateGatewayExclusion}.
     */
    public VpcEncryptionControl virtualPrivateGatewayExclusion(String value) {
      return set("VirtualPrivateGatewayExclusion", Value.of(value));
    }

    /**
     * Sets {@code VirtualPrivateGatewayExclusion} to this value; see {@link
     * #virtualPrivateGatewayExclusion(String)}.
     */
    public VpcEncryptionControl virtualPrivateGatewayExclusion(Value<String> value) {
      return set("VirtualPrivateGatewayExclusion", value);
    }

    /**
     * The ID of the VPC Encryption Control configuration.
     *
     * <p>CloudFormation property {@code VpcEncryptionControlId}.
     */
    public VpcEncryptionControl vpcEncryptionControlId(String value) {
      return set("VpcEncryptionControlId", Value.of(value));
    }

    /**
     * Sets {@code VpcEncryptionControlId} to this value; see {@link
     * #vpcEncryptionControlId(String)}.
     */
    public VpcEncryptionControl vpcEncryptionControlId(Value<String> value) {
      return set("VpcEncryptionControlId", value);
    }

    /**
     * The ID of the VPC associated with the encryption control configuration.
     *
     * <p>Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcEncryptionControl vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcEncryptionControl vpcId(Value<String> value) {
      return set("VpcId", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * VpcLatticeExclusion}.
     */
    public VpcEncryptionControl vpcLatticeExclusion(String value) {
      return set("VpcLatticeExclusion", Value.of(value));
    }

    /** Sets {@code VpcLatticeExclusion} to this value; see {@link #vpcLatticeExclusion(String)}. */
    public VpcEncryptionControl vpcLatticeExclusion(Value<String> value) {
      return set("VpcLatticeExclusion", value);
    }

    /**
     * Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * VpcPeeringExclusion}.
     */
    public VpcEncryptionControl vpcPeeringExclusion(String value) {
      return set("VpcPeeringExclusion", Value.of(value));
    }

    /** Sets {@code VpcPeeringExclusion} to this value; see {@link #vpcPeeringExclusion(String)}. */
    public VpcEncryptionControl vpcPeeringExclusion(Value<String> value) {
      return set("VpcPeeringExclusion", value);
    }
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>Property type {@code AWS::EC2::VPC.VpcEncryptionControlExclusion}.
   */
  public static final class VpcEncryptionControlExclusion extends Struct<VpcEncryptionControlExclusion> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VPC.VpcEncryptionControlExclusion");

    public VpcEncryptionControlExclusion() {
      super(SCHEMA);
    }

    /**
     * The current state of the exclusion configuration.
     *
     * <p>CloudFormation property {@code State}.
     */
    public VpcEncryptionControlExclusion state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public VpcEncryptionControlExclusion state(Value<String> value) {
      return set("State", value);
    }

    /**
     * A message providing additional information about the exclusion state.
     *
     * <p>CloudFormation property {@code StateMessage}.
     */
    public VpcEncryptionControlExclusion stateMessage(String value) {
      return set("StateMessage", Value.of(value));
    }

    /** Sets {@code StateMessage} to this value; see {@link #stateMessage(String)}. */
    public VpcEncryptionControlExclusion stateMessage(Value<String> value) {
      return set("StateMessage", value);
    }
  }

  /**
   * Describes the exclusion configurations for various resource types in VPC Encryption Control.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
   *
   * <p>Property type {@code AWS::EC2::VPC.VpcEncryptionControlExclusions}.
   */
  public static final class VpcEncryptionControlExclusions extends Struct<VpcEncryptionControlExclusions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VPC.VpcEncryptionControlExclusions");

    public VpcEncryptionControlExclusions() {
      super(SCHEMA);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code EgressOnlyInternetGateway}.
     */
    public VpcEncryptionControlExclusions egressOnlyInternetGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("EgressOnlyInternetGateway", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code ElasticFileSystem}.
     */
    public VpcEncryptionControlExclusions elasticFileSystem(Value<VpcEncryptionControlExclusion> value) {
      return set("ElasticFileSystem", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code InternetGateway}.
     */
    public VpcEncryptionControlExclusions internetGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("InternetGateway", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public VpcEncryptionControlExclusions lambda(Value<VpcEncryptionControlExclusion> value) {
      return set("Lambda", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code NatGateway}.
     */
    public VpcEncryptionControlExclusions natGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("NatGateway", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code VirtualPrivateGateway}.
     */
    public VpcEncryptionControlExclusions virtualPrivateGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("VirtualPrivateGateway", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code VpcLattice}.
     */
    public VpcEncryptionControlExclusions vpcLattice(Value<VpcEncryptionControlExclusion> value) {
      return set("VpcLattice", value);
    }

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
     * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em>.
     *
     * <p>CloudFormation property {@code VpcPeering}.
     */
    public VpcEncryptionControlExclusions vpcPeering(Value<VpcEncryptionControlExclusion> value) {
      return set("VpcPeering", value);
    }
  }
}
