// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * The <code>AWS::RDS::DBSubnetGroup</code> resource creates a database subnet group. Subnet groups
 * must contain at least two subnets in two different Availability Zones in the same region.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets">Working
 * with DB subnet groups</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBSubnetGroup}.
 */
public final class DBSubnetGroup extends Resource<DBSubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBSubnetGroup")
      .required("DBSubnetGroupDescription", "SubnetIds")
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("DBSubnetGroupName")
      .attributes("DBSubnetGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBSubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description for the DB subnet group.
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
   * The name for the DB subnet group. This value is stored as a lowercase string.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain no more than 255 letters, numbers, periods, underscores, spaces, or
   * hyphens. <li>Must not be default. <li>First character must be a letter. </ul>
   *
   * <p>Example: <code>mydbsubnetgroup</code>
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
   * The EC2 Subnet IDs for the DB subnet group.
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
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public DBSubnetGroup subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * Tags to assign to the DB subnet group.
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

  /** {@code Fn::GetAtt} attribute {@code DBSubnetGroupArn}. */
  public Value<String> dbSubnetGroupArn() {
    return getAtt("DBSubnetGroupArn");
  }
}
