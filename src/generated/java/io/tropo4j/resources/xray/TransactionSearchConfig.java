// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.xray;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * This schema provides construct and validation rules for AWS-XRay TransactionSearchConfig resource
 * parameters.
 *
 * <p>CloudFormation type {@code AWS::XRay::TransactionSearchConfig}.
 */
public final class TransactionSearchConfig extends Resource<TransactionSearchConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::XRay::TransactionSearchConfig")
      .constrain("IndexingPercentage", Constraint.of().minimum(0).maximum(100))
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public TransactionSearchConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Determines the percentage of traces indexed from CloudWatch Logs to X-Ray
   *
   * <p>Range: 0 to 100. CloudFormation property {@code IndexingPercentage}.
   */
  public TransactionSearchConfig indexingPercentage(double value) {
    return set("IndexingPercentage", Value.of(value));
  }

  /** Sets {@code IndexingPercentage} to this value; see {@link #indexingPercentage(double)}. */
  public TransactionSearchConfig indexingPercentage(Value<Double> value) {
    return set("IndexingPercentage", value);
  }

  /**
   * User account id, used as the primary identifier for the resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
