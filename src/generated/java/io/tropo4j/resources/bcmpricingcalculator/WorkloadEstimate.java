// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bcmpricingcalculator;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BcmPricingCalculator::WorkloadEstimate
 *
 * <p>CloudFormation type {@code AWS::BcmPricingCalculator::WorkloadEstimate}.
 */
public final class WorkloadEstimate extends Resource<WorkloadEstimate> {
  private static final Schema SCHEMA = Schema.builder("AWS::BcmPricingCalculator::WorkloadEstimate")
      .required("Name")
      .constrain("ExpiresAt", Constraint.of().format("date-time"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-]+$").maxLength(64))
      .allowed("RateType", "BEFORE_DISCOUNTS", "AFTER_DISCOUNTS", "AFTER_DISCOUNTS_AND_COMMITMENTS")
      .refYields("Arn")
      .attributes("Arn", "CostCurrency", "CreatedAt", "FailureMessage", "Id", "RateTimestamp",
          "Status", "TotalCost")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkloadEstimate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The timestamp when the workload estimate will expire.
   *
   * <p>Format: {@code date-time}. CloudFormation property {@code ExpiresAt}.
   */
  public WorkloadEstimate expiresAt(String value) {
    return set("ExpiresAt", Value.of(value));
  }

  /** Sets {@code ExpiresAt} to this value; see {@link #expiresAt(String)}. */
  public WorkloadEstimate expiresAt(Value<String> value) {
    return set("ExpiresAt", value);
  }

  /**
   * The name of the workload estimate.
   *
   * <p>Required. Length: at most 64 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
   * property {@code Name}.
   */
  public WorkloadEstimate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WorkloadEstimate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code BEFORE_DISCOUNTS}, {@code
   * AFTER_DISCOUNTS}, {@code AFTER_DISCOUNTS_AND_COMMITMENTS}. CloudFormation property {@code
   * RateType}.
   */
  public WorkloadEstimate rateType(String value) {
    return set("RateType", Value.of(value));
  }

  /** Sets {@code RateType} to this value; see {@link #rateType(String)}. */
  public WorkloadEstimate rateType(Value<String> value) {
    return set("RateType", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WorkloadEstimate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WorkloadEstimate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WorkloadEstimate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the workload estimate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CostCurrency}. */
  public Value<String> costCurrency() {
    return getAtt("CostCurrency");
  }

  /**
   * The timestamp when the workload estimate was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * An error message if the workload estimate failed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureMessage}.
   */
  public Value<String> failureMessage() {
    return getAtt("FailureMessage");
  }

  /**
   * The unique identifier of the workload estimate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The timestamp of the pricing rates used for the estimate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RateTimestamp}.
   */
  public Value<String> rateTimestamp() {
    return getAtt("RateTimestamp");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The total estimated cost for the workload.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalCost}.
   */
  public Value<Double> totalCost() {
    return getAtt("TotalCost");
  }
}
