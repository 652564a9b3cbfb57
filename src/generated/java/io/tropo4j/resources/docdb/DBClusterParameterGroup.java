// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DocDB::DBClusterParameterGroup</code> Amazon DocumentDB (with MongoDB
 * compatibility) resource describes a DBClusterParameterGroup. For more information, see <a
 * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/API_DBClusterParameterGroup.html">DBClusterParameterGroup</a>
 * in the <em>Amazon DocumentDB Developer Guide</em> .
 *
 * <p>Parameters in a cluster parameter group apply to all of the instances in a cluster.
 *
 * <p>A cluster parameter group is initially created with the default parameters for the database
 * engine used by instances in the cluster. To provide custom values for any of the parameters, you
 * must modify the group after you create it. After you create a DB cluster parameter group, you
 * must associate it with your cluster. For the new cluster parameter group and associated settings
 * to take effect, you must then reboot the DB instances in the cluster without failover.
 *
 * <p>After you create a cluster parameter group, you should wait at least 5 minutes before creating
 * your first cluster that uses that cluster parameter group as the default parameter group. This
 * allows Amazon DocumentDB to fully complete the create action before the cluster parameter group
 * is used as the default for a new cluster. This step is especially important for parameters that
 * are critical when creating the default database for a cluster, such as the character set for the
 * default database defined by the <code>character_set_database</code> parameter.
 *
 * <p>CloudFormation type {@code AWS::DocDB::DBClusterParameterGroup}.
 */
public final class DBClusterParameterGroup extends Resource<DBClusterParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDB::DBClusterParameterGroup")
      .required("Description", "Family", "Parameters")
      .constrain("Description", Constraint.of().minLength(1).maxLength(255))
      .constrain("Family", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9-]*").minLength(1).maxLength(255))
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBClusterParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description for the cluster parameter group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Description}.
   */
  public DBClusterParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DBClusterParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The cluster parameter group family name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Family}.
   */
  public DBClusterParameterGroup family(String value) {
    return set("Family", Value.of(value));
  }

  /** Sets {@code Family} to this value; see {@link #family(String)}. */
  public DBClusterParameterGroup family(Value<String> value) {
    return set("Family", value);
  }

  /**
   * The name of the DB cluster parameter group.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must not match the name of an existing <code>DBClusterParameterGroup</code> . </ul>
   *
   * <p>This value is stored as a lowercase string.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [a-zA-Z0-9-]*}. CloudFormation property {@code Name}.
   */
  public DBClusterParameterGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DBClusterParameterGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Provides a list of parameters for the cluster parameter group.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public DBClusterParameterGroup parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /**
   * The tags to be assigned to the cluster parameter group.
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
