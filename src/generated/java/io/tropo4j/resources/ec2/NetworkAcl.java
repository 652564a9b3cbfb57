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
 * Specifies a network ACL for your VPC.
 *
 * <p>To add a network ACL entry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html">AWS::EC2::NetworkAclEntry</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkAcl}.
 */
public final class NetworkAcl extends Resource<NetworkAcl> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkAcl")
      .required("VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkAcl(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tags for the network ACL.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkAcl tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkAcl tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkAcl tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC for the network ACL.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public NetworkAcl vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public NetworkAcl vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public NetworkAcl vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the network ACL.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
