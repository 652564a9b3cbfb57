// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Free Tier (prefix {@code freetier}), as the service authorization reference lists them.
 */
public final class Freetier {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "freetier";

  /** {@code freetier:GetAccountActivity}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_ACTIVITY = Action.of(PREFIX, "GetAccountActivity");

  /** {@code freetier:GetAccountPlanState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_PLAN_STATE = Action.of(PREFIX, "GetAccountPlanState");

  /** {@code freetier:GetFreeTierAlertPreference}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FREE_TIER_ALERT_PREFERENCE = Action.of(PREFIX, "GetFreeTierAlertPreference");

  /** {@code freetier:GetFreeTierUsage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FREE_TIER_USAGE = Action.of(PREFIX, "GetFreeTierUsage");

  /** {@code freetier:ListAccountActivities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_ACTIVITIES = Action.of(PREFIX, "ListAccountActivities");

  /** {@code freetier:PutFreeTierAlertPreference}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_FREE_TIER_ALERT_PREFERENCE = Action.of(PREFIX, "PutFreeTierAlertPreference");

  /** {@code freetier:UpgradeAccountPlan}: Write; on no resource type (give {@code *}). */
  public static final Action UPGRADE_ACCOUNT_PLAN = Action.of(PREFIX, "UpgradeAccountPlan");

  private Freetier() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
