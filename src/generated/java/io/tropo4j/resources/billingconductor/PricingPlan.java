// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.billingconductor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a pricing plan that is used for computing AWS charges for billing groups.
 *
 * <p>CloudFormation type {@code AWS::BillingConductor::PricingPlan}.
 */
public final class PricingPlan extends Resource<PricingPlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::PricingPlan")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\+=\\.\\-@]+").minLength(1).maxLength(128))
      .constrain("PricingRuleArns", Constraint.of().pattern("arn:aws(-cn)?:billingconductor::[0-9]{12}:pricingrule/[a-zA-Z0-9]{10}"))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime", "Size")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PricingPlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The pricing plan description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public PricingPlan description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PricingPlan description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of a pricing plan.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;]+}. CloudFormation property {@code Name}.
   */
  public PricingPlan name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PricingPlan name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The <code>PricingRuleArns</code> that are associated with the Pricing Plan.
   *
   * <p>Pattern: {@code arn:aws(-cn)?:billingconductor::[0-9]{12}:pricingrule/[a-zA-Z0-9]{10}}.
   * CloudFormation property {@code PricingRuleArns}.
   */
  public PricingPlan pricingRuleArns(List<String> value) {
    return set("PricingRuleArns", Value.listOf(value));
  }

  /** Sets {@code PricingRuleArns} to this value; see {@link #pricingRuleArns(List)}. */
  public PricingPlan pricingRuleArns(Value<List<String>> value) {
    return set("PricingRuleArns", value);
  }

  /**
   * A map that contains tag keys and tag values that are attached to a pricing plan.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PricingPlan tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PricingPlan tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PricingPlan tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the created pricing plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the pricing plan was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<Integer> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The most recent time the pricing plan was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Integer> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The pricing rules count currently associated with this pricing plan list element.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Size}.
   */
  public Value<Integer> size() {
    return getAtt("Size");
  }
}
