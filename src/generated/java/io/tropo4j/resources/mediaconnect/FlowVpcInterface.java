// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::MediaConnect::FlowVpcInterface</code> resource is a connection between your AWS
 * Elemental MediaConnect flow and a virtual private cloud (VPC) that you created using the Amazon
 * Virtual Private Cloud service.
 *
 * <p>To avoid streaming your content over the public internet, you can add up to two VPC interfaces
 * to your flow and use those connections to transfer content between your VPC and MediaConnect.
 *
 * <p>You can update an existing flow to add a VPC interface. If you haven’t created the flow yet,
 * you must create the flow with a temporary standard source by doing the following:
 *
 * <ul> <li>Use CloudFormation to create a flow with a standard source that uses to the flow’s
 * public IP address. <li>Use CloudFormation to create a VPC interface to add to this flow. This can
 * also be done as part of the previous step. <li>After CloudFormation has created the flow and the
 * VPC interface, update the source to point to the VPC interface that you created. </ul>
 *
 * <p>The previous steps must be undone before the CloudFormation stack can be deleted. Because the
 * source is manually updated in step 3, CloudFormation is not aware of this change. The source must
 * be returned to a standard source before CloudFormation stack deletion. &gt; When configuring NDI
 * outputs for your flow, define the VPC interface as a nested attribute within the
 * <code>AWS::MediaConnect::Flow</code> resource. Do not use the top-level
 * <code>AWS::MediaConnect::FlowVpcInterface</code> resource type to specify NDI configurations.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::FlowVpcInterface}.
 */
public final class FlowVpcInterface extends Resource<FlowVpcInterface> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowVpcInterface")
      .required("FlowArn", "Name", "RoleArn", "SecurityGroupIds", "SubnetId")
      .constrain("FlowArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$").format("AWS::IAM::Role.Arn"))
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .attributes("NetworkInterfaceIds")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FlowVpcInterface(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code FlowArn}.
   */
  public FlowVpcInterface flowArn(String value) {
    return set("FlowArn", Value.of(value));
  }

  /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
  public FlowVpcInterface flowArn(Value<String> value) {
    return set("FlowArn", value);
  }

  /**
   * The name for the VPC interface. This name must be unique within the flow.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public FlowVpcInterface name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FlowVpcInterface name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the role that you created when you set up MediaConnect as a
   * trusted service.
   *
   * <p>Required. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.&#64;-]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public FlowVpcInterface roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public FlowVpcInterface roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A virtual firewall to control inbound and outbound traffic.
   *
   * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
   */
  public FlowVpcInterface securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public FlowVpcInterface securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The subnet IDs that you want to use for your VPC interface. A range of IP addresses in your
   * VPC. When you create your VPC, you specify a range of IPv4 addresses for the VPC in the form of
   * a Classless Inter-Domain Routing (CIDR) block; for example, 10.0.0.0/16. This is the primary
   * CIDR block for your VPC. When you create a subnet for your VPC, you specify the CIDR block for
   * the subnet, which is a subset of the VPC CIDR block. The subnets that you use across all VPC
   * interfaces on the flow must be in the same Availability Zone as the flow.
   *
   * <p>Required. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
   */
  public FlowVpcInterface subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public FlowVpcInterface subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this VPC network interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowVpcInterface tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FlowVpcInterface tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FlowVpcInterface tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The IDs of the network interfaces that MediaConnect created in your account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaceIds}.
   */
  public Value<List<String>> networkInterfaceIds() {
    return getAtt("NetworkInterfaceIds");
  }
}
