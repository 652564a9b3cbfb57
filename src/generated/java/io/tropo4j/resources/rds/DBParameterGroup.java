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
 * The <code>AWS::RDS::DBParameterGroup</code> resource creates a custom parameter group for an RDS
 * database family.
 *
 * <p>This type can be declared in a template and referenced in the
 * <code>DBParameterGroupName</code> property of an <code><a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-database-instance.html">AWS::RDS::DBInstance</a></code>
 * resource.
 *
 * <p>For information about configuring parameters for Amazon RDS DB instances, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithParamGroups.html">Working
 * with parameter groups</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>For information about configuring parameters for Amazon Aurora DB instances, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithParamGroups.html">Working
 * with parameter groups</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>Applying a parameter group to a DB instance may require the DB instance to reboot, resulting
 * in a database outage for the duration of the reboot.
 *
 * <p>CloudFormation type {@code AWS::RDS::DBParameterGroup}.
 */
public final class DBParameterGroup extends Resource<DBParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBParameterGroup")
      .required("Description", "Family")
      .constrain("DBParameterGroupName", Constraint.of().pattern("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9])*$"))
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("DBParameterGroupName")
      .attributes("DBParameterGroupArn", "DBParameterGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the DB parameter group.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 255 letters, numbers, or hyphens. <li>First character must be a letter
   * <li>Can't end with a hyphen or contain two consecutive hyphens </ul>
   *
   * <p>If you don't specify a value for <code>DBParameterGroupName</code> property, a name is
   * automatically created for the DB parameter group.
   *
   * <p>This value is stored as a lowercase string.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z]{1}(?:-?[a-zA-Z0-9])*$}.
   * CloudFormation property {@code DBParameterGroupName}.
   */
  public DBParameterGroup dbParameterGroupName(String value) {
    return set("DBParameterGroupName", Value.of(value));
  }

  /** Sets {@code DBParameterGroupName} to this value; see {@link #dbParameterGroupName(String)}. */
  public DBParameterGroup dbParameterGroupName(Value<String> value) {
    return set("DBParameterGroupName", value);
  }

  /**
   * Provides the customer-specified description for this DB parameter group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public DBParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DBParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The DB parameter group family name. A DB parameter group can be associated with one and only
   * one DB parameter group family, and can be applied only to a DB instance running a database
   * engine and engine version compatible with that DB parameter group family.
   *
   * <p>To list all of the available parameter group families for a DB engine, use the following
   * command:
   *
   * <p><code>aws rds describe-db-engine-versions --query
   * "DBEngineVersions[].DBParameterGroupFamily" --engine &lt;engine&gt;</code>
   *
   * <p>For example, to list all of the available parameter group families for the MySQL DB engine,
   * use the following command:
   *
   * <p><code>aws rds describe-db-engine-versions --query
   * "DBEngineVersions[].DBParameterGroupFamily" --engine mysql</code>
   *
   * <p>The output contains duplicates.
   *
   * <p>The following are the valid DB engine values:
   *
   * <ul> <li><code>aurora-mysql</code> <li><code>aurora-postgresql</code> <li><code>db2-ae</code>
   * <li><code>db2-se</code> <li><code>mysql</code> <li><code>oracle-ee</code>
   * <li><code>oracle-ee-cdb</code> <li><code>oracle-se2</code> <li><code>oracle-se2-cdb</code>
   * <li><code>postgres</code> <li><code>sqlserver-ee</code> <li><code>sqlserver-se</code>
   * <li><code>sqlserver-ex</code> <li><code>sqlserver-web</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Family}.
   */
  public DBParameterGroup family(String value) {
    return set("Family", Value.of(value));
  }

  /** Sets {@code Family} to this value; see {@link #family(String)}. */
  public DBParameterGroup family(Value<String> value) {
    return set("Family", value);
  }

  /**
   * A mapping of parameter names and values for the parameter update. You must specify at least one
   * parameter name and value.
   *
   * <p>For more information about parameter groups, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithParamGroups.html">Working
   * with parameter groups</a> in the <em>Amazon RDS User Guide</em> , or <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithParamGroups.html">Working
   * with parameter groups</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>AWS CloudFormation doesn't support specifying an apply method for each individual parameter.
   * The default apply method for each parameter is used.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public DBParameterGroup parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /**
   * Tags to assign to the DB parameter group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBParameterGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBParameterGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBParameterGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code DBParameterGroupArn}. */
  public Value<String> dbParameterGroupArn() {
    return getAtt("DBParameterGroupArn");
  }

  /**
   * The name of the DB parameter group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBParameterGroupName}.
   */
  public Value<String> dbParameterGroupName() {
    return getAtt("DBParameterGroupName");
  }
}
