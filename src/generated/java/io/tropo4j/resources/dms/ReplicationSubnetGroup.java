// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DMS::ReplicationSubnetGroup</code> resource creates an AWS DMS replication subnet
 * group. Subnet groups must contain at least two subnets in two different Availability Zones in the
 * same AWS Region .
 *
 * <p>Resource creation fails if the <code>dms-vpc-role</code> AWS Identity and Access Management (
 * IAM ) role doesn't already exist. For more information, see <a
 * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.APIRole.html">Creating the
 * IAM Roles to Use With the AWS CLI and AWS DMS API</a> in the <em>AWS Database Migration Service
 * User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::DMS::ReplicationSubnetGroup}.
 */
public final class ReplicationSubnetGroup extends Resource<ReplicationSubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::ReplicationSubnetGroup")
      .required("ReplicationSubnetGroupDescription", "SubnetIds")
      .refYields("ReplicationSubnetGroupIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationSubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description for the subnet group.
   *
   * <p>Required. CloudFormation property {@code ReplicationSubnetGroupDescription}.
   */
  public ReplicationSubnetGroup replicationSubnetGroupDescription(String value) {
    return set("ReplicationSubnetGroupDescription", Value.of(value));
  }

  /**
   * Sets {@code ReplicationSubnetGroupDescription} to this value; see {@link
   * #replicationSubnetGroupDescription(String)}.
   */
  public ReplicationSubnetGroup replicationSubnetGroupDescription(Value<String> value) {
    return set("ReplicationSubnetGroupDescription", value);
  }

  /**
   * The identifier for the replication subnet group. If you don't specify a name, CloudFormation
   * generates a unique ID and uses that ID for the identifier.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ReplicationSubnetGroupIdentifier}.
   */
  public ReplicationSubnetGroup replicationSubnetGroupIdentifier(String value) {
    return set("ReplicationSubnetGroupIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ReplicationSubnetGroupIdentifier} to this value; see {@link
   * #replicationSubnetGroupIdentifier(String)}.
   */
  public ReplicationSubnetGroup replicationSubnetGroupIdentifier(Value<String> value) {
    return set("ReplicationSubnetGroupIdentifier", value);
  }

  /**
   * One or more subnet IDs to be assigned to the subnet group.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public ReplicationSubnetGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public ReplicationSubnetGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * One or more tags to be assigned to the subnet group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationSubnetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationSubnetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationSubnetGroup tags(Tags tags) {
    return set("Tags", tags);
  }
}
