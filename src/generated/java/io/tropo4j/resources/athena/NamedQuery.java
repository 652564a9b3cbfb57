// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.athena;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Athena::NamedQuery</code> resource specifies an Amazon Athena saved query, where
 * <code>QueryString</code> contains the SQL query statements that make up the query.
 *
 * <p>CloudFormation type {@code AWS::Athena::NamedQuery}.
 */
public final class NamedQuery extends Resource<NamedQuery> {
  private static final Schema SCHEMA = Schema.builder("AWS::Athena::NamedQuery")
      .required("Database", "QueryString")
      .constrain("Database", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .constrain("QueryString", Constraint.of().minLength(1).maxLength(262144))
      .constrain("WorkGroup", Constraint.of().pattern("^[a-zA-Z0-9._-]{1,128}$").minLength(1).maxLength(128))
      .references("WorkGroup", "AWS::Athena::WorkGroup.Ref")
      .refYields("NamedQueryId")
      .attributes("NamedQueryId")
      .build();

  public NamedQuery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The database to which the query belongs.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Database}.
   */
  public NamedQuery database(String value) {
    return set("Database", Value.of(value));
  }

  /** Sets {@code Database} to this value; see {@link #database(String)}. */
  public NamedQuery database(Value<String> value) {
    return set("Database", value);
  }

  /**
   * The query description.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public NamedQuery description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public NamedQuery description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The query name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
   * {@code Name}.
   */
  public NamedQuery name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NamedQuery name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The SQL statements that make up the query.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 262144 characters. CloudFormation
   * property {@code QueryString}.
   */
  public NamedQuery queryString(String value) {
    return set("QueryString", Value.of(value));
  }

  /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
  public NamedQuery queryString(Value<String> value) {
    return set("QueryString", value);
  }

  /**
   * The name of the workgroup that contains the named query.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9._-]{1,128}$}. CloudFormation property {@code WorkGroup}.
   */
  public NamedQuery workGroup(String value) {
    return set("WorkGroup", Value.of(value));
  }

  /** Sets {@code WorkGroup} to this value; see {@link #workGroup(String)}. */
  public NamedQuery workGroup(Value<String> value) {
    return set("WorkGroup", value);
  }

  /**
   * Sets {@code WorkGroup} to the Ref of {@code AWS::Athena::WorkGroup}; see {@link
   * #workGroup(String)}.
   */
  public NamedQuery workGroup(WorkGroup resource) {
    return set("WorkGroup", resource.ref());
  }

  /**
   * The unique ID of the query.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NamedQueryId}.
   */
  public Value<String> namedQueryId() {
    return getAtt("NamedQueryId");
  }
}
