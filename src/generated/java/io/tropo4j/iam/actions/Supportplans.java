// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Support Plans (prefix {@code supportplans}), as the service authorization reference lists them.
 */
public final class Supportplans {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "supportplans";

  /** {@code supportplans:CreateSupportPlanSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUPPORT_PLAN_SCHEDULE = Action.of(PREFIX, "CreateSupportPlanSchedule");

  /** {@code supportplans:GetSupportPlan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUPPORT_PLAN = Action.of(PREFIX, "GetSupportPlan");

  /** {@code supportplans:GetSupportPlanUpdateStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUPPORT_PLAN_UPDATE_STATUS = Action.of(PREFIX, "GetSupportPlanUpdateStatus");

  /** {@code supportplans:ListSupportPlanModifiers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPORT_PLAN_MODIFIERS = Action.of(PREFIX, "ListSupportPlanModifiers");

  /** {@code supportplans:StartSupportPlanUpdate}: Write; on no resource type (give {@code *}). */
  public static final Action START_SUPPORT_PLAN_UPDATE = Action.of(PREFIX, "StartSupportPlanUpdate");

  private Supportplans() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
