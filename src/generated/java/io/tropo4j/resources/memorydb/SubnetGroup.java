// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * Specifies a subnet group. A subnet group is a collection of subnets (typically private) that you
 * can designate for your cluster s running in an Amazon Virtual Private Cloud (VPC) environment.
 * When you create a cluster in an Amazon VPC , you must specify a subnet group. MemoryDB uses that
 * subnet group to choose a subnet and IP addresses within that subnet to associate with your nodes.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/memorydb/latest/devguide/subnetgroups.html">Subnets and subnet
 * groups</a> .
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::SubnetGroup}.
 */
public final class SubnetGroup extends Resource<SubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::SubnetGroup")
      .required("SubnetGroupName", "SubnetIds")
      .constrain("SubnetGroupName", Constraint.of().pattern("[a-z][a-z0-9\\-]*"))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("SubnetGroupName")
      .attributes("ARN", "SupportedNetworkTypes")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the subnet group.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public SubnetGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SubnetGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the subnet group to be used for the cluster .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z][a-z0-9&#92;-]*}.
   * CloudFormation property {@code SubnetGroupName}.
   */
  public SubnetGroup subnetGroupName(String value) {
    return set("SubnetGroupName", Value.of(value));
  }

  /** Sets {@code SubnetGroupName} to this value; see {@link #subnetGroupName(String)}. */
  public SubnetGroup subnetGroupName(Value<String> value) {
    return set("SubnetGroupName", value);
  }

  /**
   * A list of Amazon VPC subnet IDs for the subnet group.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public SubnetGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public SubnetGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public SubnetGroup subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
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
  public SubnetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SubnetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SubnetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When you pass the logical ID of this resource to the intrinsic <code>Ref</code> function, Ref
   * returns the ARN of the subnet group, such as
   * <code>arn:aws:memorydb:us-east-1:123456789012:subnetgroup/my-subnet-group</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }

  /**
   * The network types supported by this subnet. Returns an array of strings that can include
   * 'ipv4', 'ipv6', or both, indicating whether the subnet supports IPv4 only, IPv6 only, or
   * dual-stack deployments.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportedNetworkTypes}.
   */
  public Value<List<String>> supportedNetworkTypes() {
    return getAtt("SupportedNetworkTypes");
  }
}
