// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * Specifies an Amazon Redshift subnet group. You must provide a list of one or more subnets in your
 * existing Amazon Virtual Private Cloud ( Amazon VPC ) when creating Amazon Redshift subnet group.
 *
 * <p>For information about subnet groups, go to <a
 * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html">Amazon
 * Redshift Cluster Subnet Groups</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Redshift::ClusterSubnetGroup}.
 */
public final class ClusterSubnetGroup extends Resource<ClusterSubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ClusterSubnetGroup")
      .required("Description", "SubnetIds")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("SubnetIds", Constraint.of().minLength(0).maxLength(2147483647))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("ClusterSubnetGroupName")
      .attributes("ClusterSubnetGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClusterSubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the subnet group.
   *
   * <p>Required. Length: 0 to 2147483647 characters. CloudFormation property {@code Description}.
   */
  public ClusterSubnetGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClusterSubnetGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An array of VPC subnet IDs. A maximum of 20 subnets can be modified in a single request.
   *
   * <p>Required. Length: 0 to 2147483647 characters. CloudFormation property {@code SubnetIds}.
   */
  public ClusterSubnetGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public ClusterSubnetGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public ClusterSubnetGroup subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * Specifies an arbitrary set of tags (key–value pairs) to associate with this subnet group. Use
   * tags to manage your resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ClusterSubnetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ClusterSubnetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ClusterSubnetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the cluster subnet group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterSubnetGroupName}.
   */
  public Value<String> clusterSubnetGroupName() {
    return getAtt("ClusterSubnetGroupName");
  }
}
