// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DocDB::DBSubnetGroup</code> Amazon DocumentDB (with MongoDB compatibility)
 * resource describes a DBSubnetGroup. subnet groups must contain at least one subnet in at least
 * two Availability Zones in the AWS Region . For more information, see <a
 * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/API_DBSubnetGroup.html">DBSubnetGroup</a>
 * in the <em>Amazon DocumentDB Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::DocDB::DBSubnetGroup}.
 */
public final class DBSubnetGroup extends Resource<DBSubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDB::DBSubnetGroup")
      .required("DBSubnetGroupDescription", "SubnetIds")
      .constrain("DBSubnetGroupDescription", Constraint.of().minLength(1).maxLength(100))
      .constrain("DBSubnetGroupName", Constraint.of().pattern("[a-zA-Z][0-9a-zA-Z-:._ ]*").minLength(1).maxLength(255))
      .refYields("DBSubnetGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBSubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description for the subnet group.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
   * DBSubnetGroupDescription}.
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
   * The name for the subnet group. This value is stored as a lowercase string.
   *
   * <p>Constraints: Must contain no more than 255 letters, numbers, periods, underscores, spaces,
   * or hyphens. Must not be default.
   *
   * <p>Example: <code>mySubnetgroup</code>
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [a-zA-Z][0-9a-zA-Z-:._ ]*}. CloudFormation property {@code DBSubnetGroupName}.
   */
  public DBSubnetGroup dbSubnetGroupName(String value) {
    return set("DBSubnetGroupName", Value.of(value));
  }

  /** Sets {@code DBSubnetGroupName} to this value; see {@link #dbSubnetGroupName(String)}. */
  public DBSubnetGroup dbSubnetGroupName(Value<String> value) {
    return set("DBSubnetGroupName", value);
  }

  /**
   * The Amazon EC2 subnet IDs for the subnet group.
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
   * The tags to be assigned to the subnet group.
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
