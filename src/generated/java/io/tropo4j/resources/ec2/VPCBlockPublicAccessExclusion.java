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
 * Create a VPC Block Public Access (BPA) exclusion. A VPC BPA exclusion is a mode that can be
 * applied to a single VPC or subnet that exempts it from the account’s BPA mode and will allow
 * bidirectional or egress-only access. You can create BPA exclusions for VPCs and subnets even when
 * BPA is not enabled on the account to ensure that there is no traffic disruption to the exclusions
 * when VPC BPA is turned on. To learn more about VPC BPA, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html">Block public access
 * to VPCs and subnets</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCBlockPublicAccessExclusion}.
 */
public final class VPCBlockPublicAccessExclusion extends Resource<VPCBlockPublicAccessExclusion> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCBlockPublicAccessExclusion")
      .required("InternetGatewayExclusionMode")
      .allowed("InternetGatewayExclusionMode", "allow-bidirectional", "allow-egress")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .refYields("ExclusionId")
      .attributes("ExclusionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCBlockPublicAccessExclusion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The desired VPC Block Public Access mode for a specific VPC or subnet exclusion.
   *
   * <ul> <li><code>allow-bidirectional</code> : Allow all internet traffic to and from the excluded
   * VPCs and subnets. <li><code>allow-egress</code> : Allow outbound internet traffic from the
   * excluded VPCs and subnets. Block inbound internet traffic to the excluded VPCs and subnets.
   * Only applies when VPC Block Public Access is set to <code>block-bidirectional</code> . </ul>
   *
   * <p>Required. Allowed values: {@code allow-bidirectional}, {@code allow-egress}. CloudFormation
   * property {@code InternetGatewayExclusionMode}.
   */
  public VPCBlockPublicAccessExclusion internetGatewayExclusionMode(String value) {
    return set("InternetGatewayExclusionMode", Value.of(value));
  }

  /**
   * Sets {@code InternetGatewayExclusionMode} to this value; see {@link
   * #internetGatewayExclusionMode(String)}.
   */
  public VPCBlockPublicAccessExclusion internetGatewayExclusionMode(Value<String> value) {
    return set("InternetGatewayExclusionMode", value);
  }

  /**
   * The ID of the subnet you want to exclude. Required only if you don't specify VpcId.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code SubnetId}.
   */
  public VPCBlockPublicAccessExclusion subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public VPCBlockPublicAccessExclusion subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCBlockPublicAccessExclusion tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCBlockPublicAccessExclusion tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCBlockPublicAccessExclusion tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC you want to exclude. Required only if you don't specify SubnetId.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public VPCBlockPublicAccessExclusion vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCBlockPublicAccessExclusion vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The ID of the exclusion.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExclusionId}.
   */
  public Value<String> exclusionId() {
    return getAtt("ExclusionId");
  }
}
