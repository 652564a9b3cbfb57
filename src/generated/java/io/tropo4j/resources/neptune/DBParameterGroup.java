// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptune;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * <code>AWS::Neptune::DBParameterGroup</code> creates a new DB parameter group. This type can be
 * declared in a template and referenced in the <code>DBParameterGroupName</code> parameter of
 * <code>AWS::Neptune::DBInstance</code> .
 *
 * <p>Applying a parameter group to a DB instance might require the instance to reboot, resulting in
 * a database outage for the duration of the reboot. &gt; If you provide a custom
 * <code>DBParameterGroup</code> that you associate with <code>DBInstance</code> , it is best to
 * specify an <code>EngineVersion</code> property in <code>DBCluster</code> . That
 * <code>EngineVersion</code> needs to be compatible with the value of the <code>Family</code>
 * property in the <code>DBParameterGroup</code> .
 *
 * <p>A DB parameter group is initially created with the default parameters for the database engine
 * used by the DB instance. To provide custom values for any of the parameters, you must modify the
 * group after creating it using <em>ModifyDBParameterGroup</em> . Once you've created a DB
 * parameter group, you need to associate it with your DB instance using <em>ModifyDBInstance</em> .
 * When you associate a new DB parameter group with a running DB instance, you need to reboot the DB
 * instance without failover for the new DB parameter group and associated settings to take effect.
 *
 * <p>After you create a DB parameter group, you should wait at least 5 minutes before creating your
 * first DB instance that uses that DB parameter group as the default parameter group. This allows
 * Amazon Neptune to fully complete the create action before the parameter group is used as the
 * default for a new DB instance. This is especially important for parameters that are critical when
 * creating the default database for a DB instance, such as the character set for the default
 * database defined by the <code>character_set_database</code> parameter. You can use the
 * <em>Parameter Groups</em> option of the Amazon Neptune console or the
 * <em>DescribeDBParameters</em> command to verify that your DB parameter group has been created or
 * modified.
 *
 * <p>CloudFormation type {@code AWS::Neptune::DBParameterGroup}.
 */
public final class DBParameterGroup extends Resource<DBParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBParameterGroup")
      .required("Description", "Family", "Parameters")
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
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
   * Must be <code>neptune1</code> for engine versions prior to <a
   * href="https://docs.aws.amazon.com/neptune/latest/userguide/engine-releases-1.2.0.0.html">1.2.0.0</a>
   * , or <code>neptune1.2</code> for engine version <code>1.2.0.0</code> and higher.
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
   * Provides the name of the DB parameter group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public DBParameterGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DBParameterGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The parameters to set for this DB parameter group.
   *
   * <p>The parameters are expressed as a JSON object consisting of key-value pairs.
   *
   * <p>Changes to dynamic parameters are applied immediately. During an update, if you have static
   * parameters (whether they were changed or not), it triggers CloudFormation to reboot the
   * associated DB instance without failover.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public DBParameterGroup parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /**
   * The tags that you want to attach to this parameter group.
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
}
