// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::RDS::DBClusterParameterGroup</code> resource creates a new Amazon RDS DB cluster
 * parameter group.
 *
 * <p>For information about configuring parameters for Amazon Aurora DB clusters, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithParamGroups.html">Working
 * with parameter groups</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>If you apply a parameter group to a DB cluster, then its DB instances might need to reboot.
 * This can result in an outage while the DB instances are rebooting. If you apply a change to
 * parameter group associated with a stopped DB cluster, then the updated stack waits until the DB
 * cluster is started.
 *
 * <p>CloudFormation type {@code AWS::RDS::DBClusterParameterGroup}.
 */
public final class DBClusterParameterGroup extends Resource<DBClusterParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBClusterParameterGroup")
      .required("Description", "Family", "Parameters")
      .constrain("DBClusterParameterGroupName", Constraint.of().pattern("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9])*$").minLength(1))
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("DBClusterParameterGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBClusterParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the DB cluster parameter group.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must not match the name of an existing DB cluster parameter group. </ul>
   *
   * <p>This value is stored as a lowercase string.
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
   * ^[a-zA-Z]{1}(?:-?[a-zA-Z0-9])*$}. CloudFormation property {@code DBClusterParameterGroupName}.
   */
  public DBClusterParameterGroup dbClusterParameterGroupName(String value) {
    return set("DBClusterParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code DBClusterParameterGroupName} to this value; see {@link
   * #dbClusterParameterGroupName(String)}.
   */
  public DBClusterParameterGroup dbClusterParameterGroupName(Value<String> value) {
    return set("DBClusterParameterGroupName", value);
  }

  /**
   * The description for the DB cluster parameter group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public DBClusterParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DBClusterParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The DB cluster parameter group family name. A DB cluster parameter group can be associated with
   * one and only one DB cluster parameter group family, and can be applied only to a DB cluster
   * running a database engine and engine version compatible with that DB cluster parameter group
   * family.
   *
   * <p><em>Aurora MySQL</em>
   *
   * <p>Example: <code>aurora-mysql5.7</code> , <code>aurora-mysql8.0</code>
   *
   * <p><em>Aurora PostgreSQL</em>
   *
   * <p>Example: <code>aurora-postgresql14</code>
   *
   * <p><em>RDS for MySQL</em>
   *
   * <p>Example: <code>mysql8.0</code>
   *
   * <p><em>RDS for PostgreSQL</em>
   *
   * <p>Example: <code>postgres13</code>
   *
   * <p>To list all of the available parameter group families for a DB engine, use the following
   * command:
   *
   * <p><code>aws rds describe-db-engine-versions --query
   * "DBEngineVersions[].DBParameterGroupFamily" --engine &lt;engine&gt;</code>
   *
   * <p>For example, to list all of the available parameter group families for the Aurora PostgreSQL
   * DB engine, use the following command:
   *
   * <p><code>aws rds describe-db-engine-versions --query
   * "DBEngineVersions[].DBParameterGroupFamily" --engine aurora-postgresql</code>
   *
   * <p>The output contains duplicates.
   *
   * <p>The following are the valid DB engine values:
   *
   * <ul> <li><code>aurora-mysql</code> <li><code>aurora-postgresql</code> <li><code>mysql</code>
   * <li><code>postgres</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Family}.
   */
  public DBClusterParameterGroup family(String value) {
    return set("Family", Value.of(value));
  }

  /** Sets {@code Family} to this value; see {@link #family(String)}. */
  public DBClusterParameterGroup family(Value<String> value) {
    return set("Family", value);
  }

  /**
   * Provides a list of parameters for the DB cluster parameter group.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public DBClusterParameterGroup parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /**
   * Tags to assign to the DB cluster parameter group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBClusterParameterGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBClusterParameterGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBClusterParameterGroup tags(Tags tags) {
    return set("Tags", tags);
  }
}
