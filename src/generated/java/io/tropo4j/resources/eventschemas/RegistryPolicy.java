// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventschemas;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::EventSchemas::RegistryPolicy</code> resource to specify resource-based
 * policies for an EventBridge Schema Registry.
 *
 * <p>CloudFormation type {@code AWS::EventSchemas::RegistryPolicy}.
 */
public final class RegistryPolicy extends Resource<RegistryPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::EventSchemas::RegistryPolicy")
      .required("Policy", "RegistryName")
      .constrain("Policy", Constraint.of().format("json"))
      .refYields("RegistryName")
      .attributes("Id")
      .build();

  public RegistryPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A resource-based policy.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public RegistryPolicy policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The name of the registry.
   *
   * <p>Required. CloudFormation property {@code RegistryName}.
   */
  public RegistryPolicy registryName(String value) {
    return set("RegistryName", Value.of(value));
  }

  /** Sets {@code RegistryName} to this value; see {@link #registryName(String)}. */
  public RegistryPolicy registryName(Value<String> value) {
    return set("RegistryName", value);
  }

  /**
   * The revision ID of the policy.
   *
   * <p>CloudFormation property {@code RevisionId}.
   */
  public RegistryPolicy revisionId(String value) {
    return set("RevisionId", Value.of(value));
  }

  /** Sets {@code RevisionId} to this value; see {@link #revisionId(String)}. */
  public RegistryPolicy revisionId(Value<String> value) {
    return set("RevisionId", value);
  }

  /**
   * The ID of the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
