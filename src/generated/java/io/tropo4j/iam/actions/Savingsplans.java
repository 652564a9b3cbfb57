// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Savings Plans (prefix {@code savingsplans}), as the service authorization reference lists them.
 */
public final class Savingsplans {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "savingsplans";

  /** {@code savingsplans:CreateSavingsPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SAVINGS_PLAN = Action.of(PREFIX, "CreateSavingsPlan");

  /** {@code savingsplans:DeleteQueuedSavingsPlan}: Write; on savingsplan. */
  public static final Action DELETE_QUEUED_SAVINGS_PLAN = Action.of(PREFIX, "DeleteQueuedSavingsPlan");

  /** {@code savingsplans:DescribeSavingsPlanRates}: Read; on savingsplan. */
  public static final Action DESCRIBE_SAVINGS_PLAN_RATES = Action.of(PREFIX, "DescribeSavingsPlanRates");

  /** {@code savingsplans:DescribeSavingsPlans}: Read; on savingsplan. */
  public static final Action DESCRIBE_SAVINGS_PLANS = Action.of(PREFIX, "DescribeSavingsPlans");

  /** {@code savingsplans:DescribeSavingsPlansOfferingRates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SAVINGS_PLANS_OFFERING_RATES = Action.of(PREFIX, "DescribeSavingsPlansOfferingRates");

  /** {@code savingsplans:DescribeSavingsPlansOfferings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SAVINGS_PLANS_OFFERINGS = Action.of(PREFIX, "DescribeSavingsPlansOfferings");

  /** {@code savingsplans:ListTagsForResource}: List; on savingsplan. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code savingsplans:ReturnSavingsPlan}: Write; on savingsplan. */
  public static final Action RETURN_SAVINGS_PLAN = Action.of(PREFIX, "ReturnSavingsPlan");

  /** {@code savingsplans:TagResource}: Tagging; on savingsplan. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code savingsplans:UntagResource}: Tagging; on savingsplan. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Savingsplans() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
