// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.athena;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a prepared statement for use with SQL queries in Athena.
 *
 * <p>CloudFormation type {@code AWS::Athena::PreparedStatement}.
 */
public final class PreparedStatement extends Resource<PreparedStatement> {
  private static final Schema SCHEMA = Schema.builder("AWS::Athena::PreparedStatement")
      .required("QueryStatement", "StatementName", "WorkGroup")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("QueryStatement", Constraint.of().minLength(1).maxLength(262144))
      .constrain("StatementName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z0-9_@:]{1,256}$").minLength(1).maxLength(256))
      .constrain("WorkGroup", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,128}$").minLength(1).maxLength(128))
      .references("WorkGroup", "AWS::Athena::WorkGroup.Ref")
      .build();

  public PreparedStatement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the prepared statement.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public PreparedStatement description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PreparedStatement description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The query string for the prepared statement.
   *
   * <p>Required. Length: 1 to 262144 characters. CloudFormation property {@code QueryStatement}.
   */
  public PreparedStatement queryStatement(String value) {
    return set("QueryStatement", Value.of(value));
  }

  /** Sets {@code QueryStatement} to this value; see {@link #queryStatement(String)}. */
  public PreparedStatement queryStatement(Value<String> value) {
    return set("QueryStatement", value);
  }

  /**
   * The name of the prepared statement.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z_][a-zA-Z0-9_&#64;:]{1,256}$}. CloudFormation property {@code StatementName}.
   */
  public PreparedStatement statementName(String value) {
    return set("StatementName", Value.of(value));
  }

  /** Sets {@code StatementName} to this value; see {@link #statementName(String)}. */
  public PreparedStatement statementName(Value<String> value) {
    return set("StatementName", value);
  }

  /**
   * The workgroup to which the prepared statement belongs.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9._-]{1,128}$}. CloudFormation property {@code WorkGroup}.
   */
  public PreparedStatement workGroup(String value) {
    return set("WorkGroup", Value.of(value));
  }

  /** Sets {@code WorkGroup} to this value; see {@link #workGroup(String)}. */
  public PreparedStatement workGroup(Value<String> value) {
    return set("WorkGroup", value);
  }

  /**
   * Sets {@code WorkGroup} to the Ref of {@code AWS::Athena::WorkGroup}; see {@link
   * #workGroup(String)}.
   */
  public PreparedStatement workGroup(WorkGroup resource) {
    return set("WorkGroup", resource.ref());
  }
}
