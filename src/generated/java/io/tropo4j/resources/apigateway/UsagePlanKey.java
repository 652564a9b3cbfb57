// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::UsagePlanKey</code> resource associates an API key with a usage plan.
 * This association determines which users the usage plan is applied to.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::UsagePlanKey}.
 */
public final class UsagePlanKey extends Resource<UsagePlanKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::UsagePlanKey")
      .required("KeyId", "KeyType", "UsagePlanId")
      .references("KeyId", "AWS::ApiGateway::ApiKey.Ref")
      .allowed("KeyType", "API_KEY")
      .references("UsagePlanId", "AWS::ApiGateway::UsagePlan.Ref")
      .refYields("Id")
      .attributes("Id")
      .build();

  public UsagePlanKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Id of the UsagePlanKey resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KeyId}.
   */
  public UsagePlanKey keyId(String value) {
    return set("KeyId", Value.of(value));
  }

  /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
  public UsagePlanKey keyId(Value<String> value) {
    return set("KeyId", value);
  }

  /**
   * Sets {@code KeyId} to the Ref of {@code AWS::ApiGateway::ApiKey}; see {@link #keyId(String)}.
   */
  public UsagePlanKey keyId(ApiKey resource) {
    return set("KeyId", resource.ref());
  }

  /**
   * The type of a UsagePlanKey resource for a plan customer.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code API_KEY}. CloudFormation
   * property {@code KeyType}.
   */
  public UsagePlanKey keyType(String value) {
    return set("KeyType", Value.of(value));
  }

  /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
  public UsagePlanKey keyType(Value<String> value) {
    return set("KeyType", value);
  }

  /**
   * The Id of the UsagePlan resource representing the usage plan containing the UsagePlanKey
   * resource representing a plan customer.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UsagePlanId}.
   */
  public UsagePlanKey usagePlanId(String value) {
    return set("UsagePlanId", Value.of(value));
  }

  /** Sets {@code UsagePlanId} to this value; see {@link #usagePlanId(String)}. */
  public UsagePlanKey usagePlanId(Value<String> value) {
    return set("UsagePlanId", value);
  }

  /**
   * Sets {@code UsagePlanId} to the Ref of {@code AWS::ApiGateway::UsagePlan}; see {@link
   * #usagePlanId(String)}.
   */
  public UsagePlanKey usagePlanId(UsagePlan resource) {
    return set("UsagePlanId", resource.ref());
  }

  /**
   * The ID for the usage plan key. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
