// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new Amazon Redshift security group. You use security groups to control access to
 * non-VPC clusters.
 *
 * <p>For information about managing security groups, go to <a
 * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-security-groups.html">Amazon
 * Redshift Cluster Security Groups</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Redshift::ClusterSecurityGroup}.
 */
public final class ClusterSecurityGroup extends Resource<ClusterSecurityGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ClusterSecurityGroup")
      .required("Description")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClusterSecurityGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the security group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public ClusterSecurityGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClusterSecurityGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies an arbitrary set of tags (key–value pairs) to associate with this security group. Use
   * tags to manage your resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ClusterSecurityGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ClusterSecurityGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ClusterSecurityGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
