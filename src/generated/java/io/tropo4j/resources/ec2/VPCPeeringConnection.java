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
 * Requests a VPC peering connection between two VPCs: a requester VPC that you own and an accepter
 * VPC with which to create the connection. The accepter VPC can belong to a different AWS account
 * and can be in a different Region than the requester VPC.
 *
 * <p>The requester VPC and accepter VPC cannot have overlapping CIDR blocks. If you create a VPC
 * peering connection request between VPCs with overlapping CIDR blocks, the VPC peering connection
 * has a status of <code>failed</code> .
 *
 * <p>If the VPCs belong to different accounts, the acceptor account must have a role that allows
 * the requester account to accept the VPC peering connection. For an example, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/peer-with-vpc-in-another-account.html">Walkthrough:
 * Peer with a VPC in another AWS account</a> .
 *
 * <p>If the requester and acceptor VPCs are in the same account, the peering request is accepted
 * without a peering role.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCPeeringConnection}.
 */
public final class VPCPeeringConnection extends Resource<VPCPeeringConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCPeeringConnection")
      .required("PeerVpcId", "VpcId")
      .constrain("PeerRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("PeerVpcId", "AWS::EC2::VPC.Ref")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCPeeringConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Region code to use when calling Security Token Service (STS) to assume the PeerRoleArn, if
   * provided.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AssumeRoleRegion}.
   */
  public VPCPeeringConnection assumeRoleRegion(String value) {
    return set("AssumeRoleRegion", Value.of(value));
  }

  /** Sets {@code AssumeRoleRegion} to this value; see {@link #assumeRoleRegion(String)}. */
  public VPCPeeringConnection assumeRoleRegion(Value<String> value) {
    return set("AssumeRoleRegion", value);
  }

  /**
   * The AWS account ID of the owner of the accepter VPC.
   *
   * <p>Default: Your AWS account ID
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PeerOwnerId}.
   */
  public VPCPeeringConnection peerOwnerId(String value) {
    return set("PeerOwnerId", Value.of(value));
  }

  /** Sets {@code PeerOwnerId} to this value; see {@link #peerOwnerId(String)}. */
  public VPCPeeringConnection peerOwnerId(Value<String> value) {
    return set("PeerOwnerId", value);
  }

  /**
   * The Region code for the accepter VPC, if the accepter VPC is located in a Region other than the
   * Region in which you make the request.
   *
   * <p>Default: The Region in which you make the request.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PeerRegion}.
   */
  public VPCPeeringConnection peerRegion(String value) {
    return set("PeerRegion", Value.of(value));
  }

  /** Sets {@code PeerRegion} to this value; see {@link #peerRegion(String)}. */
  public VPCPeeringConnection peerRegion(Value<String> value) {
    return set("PeerRegion", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the VPC peer role for the peering connection in another AWS
   * account.
   *
   * <p>This is required when you are peering a VPC in a different AWS account.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code PeerRoleArn}.
   */
  public VPCPeeringConnection peerRoleArn(String value) {
    return set("PeerRoleArn", Value.of(value));
  }

  /** Sets {@code PeerRoleArn} to this value; see {@link #peerRoleArn(String)}. */
  public VPCPeeringConnection peerRoleArn(Value<String> value) {
    return set("PeerRoleArn", value);
  }

  /**
   * The ID of the VPC with which you are creating the VPC peering connection. You must specify this
   * parameter in the request.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeerVpcId}.
   */
  public VPCPeeringConnection peerVpcId(String value) {
    return set("PeerVpcId", Value.of(value));
  }

  /** Sets {@code PeerVpcId} to this value; see {@link #peerVpcId(String)}. */
  public VPCPeeringConnection peerVpcId(Value<String> value) {
    return set("PeerVpcId", value);
  }

  /** Sets {@code PeerVpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #peerVpcId(String)}. */
  public VPCPeeringConnection peerVpcId(VPC resource) {
    return set("PeerVpcId", resource.ref());
  }

  /**
   * Any tags assigned to the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCPeeringConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCPeeringConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCPeeringConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public VPCPeeringConnection vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCPeeringConnection vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public VPCPeeringConnection vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the peering connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
