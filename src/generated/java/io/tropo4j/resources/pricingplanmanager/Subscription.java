// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pricingplanmanager;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::PricingPlanManager::Subscription. Deleting an activated
 * subscription does not terminate it immediately; it schedules a cancellation that takes effect at
 * the end of the current billing period. Until that date the subscription remains active and
 * billing continues. Deleting a subscription that has not yet been activated (PENDING_APPROVAL
 * status) removes it immediately with no further charges.
 *
 * <p>CloudFormation type {@code AWS::PricingPlanManager::Subscription}.
 */
public final class Subscription extends Resource<Subscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::PricingPlanManager::Subscription")
      .required("PlanFamily", "PlanTier", "ResourceArns")
      .allowed("PlanFamily", "CloudFront")
      .allowed("UsageLevel", "DEFAULT", "CF_PREMIUM_L2", "CF_PREMIUM_L3", "CF_PREMIUM_L4",
          "CF_PREMIUM_L5", "CF_PREMIUM_L6", "CF_PREMIUM_L7")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CurrentPlanTier", "Status", "StatusReason", "UpdatedAt")
      .build();

  public Subscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the pricing plan family.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CloudFront}.
   * CloudFormation property {@code PlanFamily}.
   */
  public Subscription planFamily(String value) {
    return set("PlanFamily", Value.of(value));
  }

  /** Sets {@code PlanFamily} to this value; see {@link #planFamily(String)}. */
  public Subscription planFamily(Value<String> value) {
    return set("PlanFamily", value);
  }

  /**
   * The tier of the pricing plan. CloudFormation does not change the tier of an existing
   * subscription; a stack update that changes the tier, upgrading or downgrading it, is rejected.
   *
   * <p>Required. CloudFormation property {@code PlanTier}.
   */
  public Subscription planTier(String value) {
    return set("PlanTier", Value.of(value));
  }

  /** Sets {@code PlanTier} to this value; see {@link #planTier(String)}. */
  public Subscription planTier(Value<String> value) {
    return set("PlanTier", value);
  }

  /**
   * The ARNs of resources associated with the subscription.
   *
   * <p>Required. CloudFormation property {@code ResourceArns}.
   */
  public Subscription resourceArns(List<String> value) {
    return set("ResourceArns", Value.listOf(value));
  }

  /** Sets {@code ResourceArns} to this value; see {@link #resourceArns(List)}. */
  public Subscription resourceArns(Value<List<String>> value) {
    return set("ResourceArns", value);
  }

  /**
   * Allowed values: {@code DEFAULT}, {@code CF_PREMIUM_L2}, {@code CF_PREMIUM_L3}, {@code
   * CF_PREMIUM_L4}, {@code CF_PREMIUM_L5}, {@code CF_PREMIUM_L6}, {@code CF_PREMIUM_L7}.
   * CloudFormation property {@code UsageLevel}.
   */
  public Subscription usageLevel(String value) {
    return set("UsageLevel", Value.of(value));
  }

  /** Sets {@code UsageLevel} to this value; see {@link #usageLevel(String)}. */
  public Subscription usageLevel(Value<String> value) {
    return set("UsageLevel", value);
  }

  /**
   * The ARN of the subscription.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the subscription was created, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The plan tier currently active on the subscription as reported by the API. Populated by the
   * Read handler. Diverges from PlanTier after a non-reversible CloudFormation rollback; surface
   * via drift detection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentPlanTier}.
   */
  public Value<String> currentPlanTier() {
    return getAtt("CurrentPlanTier");
  }

  /**
   * The status of the subscription. PENDING_APPROVAL means a paid-tier subscription has been
   * created but is not yet active and incurs no charges until it is approved out of band via a
   * separate ApprovePaidSubscription call; CloudFormation never approves it. Free-tier
   * subscriptions are activated immediately and do not use this status. ACTIVE means the
   * subscription is in effect and, for paid tiers, billing has started. SYNC_IN_PROGRESS means a
   * change is being applied. FAILED means provisioning did not complete; see StatusReason.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A human-readable explanation of why the subscription is in its current status. Populated only
   * when Status is FAILED, where it carries the reason the subscription could not be provisioned.
   * Empty for all other statuses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * The time the subscription was last modified, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
