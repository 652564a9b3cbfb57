// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptune;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Neptune::DBSubnetGroup</code> type creates an Amazon Neptune DB subnet group.
 * Subnet groups must contain at least two subnets in two different Availability Zones in the same
 * AWS Region.
 *
 * <p>CloudFormation type {@code AWS::Neptune::DBSubnetGroup}.
 */
public final class DBSubnetGroup extends Resource<DBSubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBSubnetGroup")
      .required("DBSubnetGroupDescription", "SubnetIds")
      .refYields("DBSubnetGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBSubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Provides the description of the DB subnet group.
   *
   * <p>Required. CloudFormation property {@code DBSubnetGroupDescription}.
   */
  public DBSubnetGroup dbSubnetGroupDescription(String value) {
    return set("DBSubnetGroupDescription", Value.of(value));
  }

  /**
   * Sets {@code DBSubnetGroupDescription} to this value; see {@link
   * #dbSubnetGroupDescription(String)}.
   */
  public DBSubnetGroup dbSubnetGroupDescription(Value<String> value) {
    return set("DBSubnetGroupDescription", value);
  }

  /**
   * The name of the DB subnet group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSubnetGroupName}.
   */
  public DBSubnetGroup dbSubnetGroupName(String value) {
    return set("DBSubnetGroupName", Value.of(value));
  }

  /** Sets {@code DBSubnetGroupName} to this value; see {@link #dbSubnetGroupName(String)}. */
  public DBSubnetGroup dbSubnetGroupName(Value<String> value) {
    return set("DBSubnetGroupName", value);
  }

  /**
   * The Amazon EC2 subnet IDs for the DB subnet group.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public DBSubnetGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public DBSubnetGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * The tags that you want to attach to the DB subnet group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBSubnetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBSubnetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBSubnetGroup tags(Tags tags) {
    return set("Tags", tags);
  }
}
