// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sdb;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::SDB::Domain</code> resource to declare a SimpleDB domain. When you specify
 * <code>AWS::SDB::Domain</code> as an argument in a <code>Ref</code> function, AWS CloudFormation
 * returns the value of the <code>DomainName</code> .
 *
 * <p>The <code>AWS::SDB::Domain</code> resource does not allow any updates, including metadata
 * updates.
 *
 * <p>CloudFormation type {@code AWS::SDB::Domain}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::SDB::Domain")
      .refYields("Id")
      .attributes("Id")
      .stateful()
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about the SimpleDB domain.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Domain description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Domain description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the domain to create.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
