// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dax;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * A named set of parameters that are applied to all of the nodes in a DAX cluster.
 *
 * <p>CloudFormation type {@code AWS::DAX::ParameterGroup}.
 */
public final class ParameterGroup extends Resource<ParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::DAX::ParameterGroup")
      .constrain("ParameterNameValues", Constraint.of().format("json"))
      .refYields("ParameterGroupName")
      .build();

  public ParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the parameter group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public ParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the parameter group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ParameterGroupName}.
   */
  public ParameterGroup parameterGroupName(String value) {
    return set("ParameterGroupName", Value.of(value));
  }

  /** Sets {@code ParameterGroupName} to this value; see {@link #parameterGroupName(String)}. */
  public ParameterGroup parameterGroupName(Value<String> value) {
    return set("ParameterGroupName", value);
  }

  /**
   * An array of name-value pairs for the parameters in the group. Each element in the array
   * represents a single parameter.
   *
   * <p><code>record-ttl-millis</code> and <code>query-ttl-millis</code> are the only supported
   * parameter names. For more details, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.cluster-management.html#DAX.cluster-management.custom-settings.ttl">Configuring
   * TTL Settings</a> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code ParameterNameValues}.
   */
  public ParameterGroup parameterNameValues(Value<Json> value) {
    return set("ParameterNameValues", value);
  }
}
