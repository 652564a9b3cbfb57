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
 * The <code>AWS::Neptune::DBClusterParameterGroup</code> resource creates a new Amazon Neptune DB
 * cluster parameter group.
 *
 * <p>Applying a parameter group to a DB cluster might require instances to reboot, resulting in a
 * database outage while the instances reboot. &gt; If you provide a custom
 * <code>DBClusterParameterGroup</code> that you associate with the <code>DBCluster</code> , it is
 * best to specify an <code>EngineVersion</code> property in the <code>DBCluster</code> . That
 * <code>EngineVersion</code> needs to be compatible with the value of the <code>Family</code>
 * property in the <code>DBClusterParameterGroup</code> .
 *
 * <p>CloudFormation type {@code AWS::Neptune::DBClusterParameterGroup}.
 */
public final class DBClusterParameterGroup extends Resource<DBClusterParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBClusterParameterGroup")
      .required("Description", "Family", "Parameters")
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBClusterParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Provides the customer-specified description for this DB cluster parameter group.
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
   * Must be <code>neptune1</code> for engine versions prior to <a
   * href="https://docs.aws.amazon.com/neptune/latest/userguide/engine-releases-1.2.0.0.html">1.2.0.0</a>
   * , or <code>neptune1.2</code> for engine version <code>1.2.0.0</code> and higher.
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
   * Provides the name of the DB cluster parameter group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public DBClusterParameterGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DBClusterParameterGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The parameters to set for this DB cluster parameter group.
   *
   * <p>The parameters are expressed as a JSON object consisting of key-value pairs.
   *
   * <p>If you update the parameters, some interruption may occur depending on which parameters you
   * update.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public DBClusterParameterGroup parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /**
   * The tags that you want to attach to this parameter group.
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
