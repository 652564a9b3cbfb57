// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Application Recovery Controller - Zonal Shift (prefix {@code arc-zonal-shift}), as the service authorization reference lists them.
 */
public final class ArcZonalShift {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "arc-zonal-shift";

  /** {@code arc-zonal-shift:CancelPracticeRun}: Write; on ALB, NLB. */
  public static final Action CANCEL_PRACTICE_RUN = Action.of(PREFIX, "CancelPracticeRun");

  /** {@code arc-zonal-shift:CancelZonalShift}: Write; on ALB, NLB. */
  public static final Action CANCEL_ZONAL_SHIFT = Action.of(PREFIX, "CancelZonalShift");

  /** {@code arc-zonal-shift:CreatePracticeRunConfiguration}: Write; on ALB, NLB. */
  public static final Action CREATE_PRACTICE_RUN_CONFIGURATION = Action.of(PREFIX, "CreatePracticeRunConfiguration");

  /** {@code arc-zonal-shift:DeletePracticeRunConfiguration}: Write; on ALB, NLB. */
  public static final Action DELETE_PRACTICE_RUN_CONFIGURATION = Action.of(PREFIX, "DeletePracticeRunConfiguration");

  /** {@code arc-zonal-shift:GetAutoshiftObserverNotificationStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTOSHIFT_OBSERVER_NOTIFICATION_STATUS = Action.of(PREFIX, "GetAutoshiftObserverNotificationStatus");

  /** {@code arc-zonal-shift:GetManagedResource}: Read; on ALB, NLB. */
  public static final Action GET_MANAGED_RESOURCE = Action.of(PREFIX, "GetManagedResource");

  /** {@code arc-zonal-shift:ListAutoshifts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOSHIFTS = Action.of(PREFIX, "ListAutoshifts");

  /** {@code arc-zonal-shift:ListManagedResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_RESOURCES = Action.of(PREFIX, "ListManagedResources");

  /** {@code arc-zonal-shift:ListZonalShifts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ZONAL_SHIFTS = Action.of(PREFIX, "ListZonalShifts");

  /** {@code arc-zonal-shift:StartPracticeRun}: Write; on ALB, NLB. */
  public static final Action START_PRACTICE_RUN = Action.of(PREFIX, "StartPracticeRun");

  /** {@code arc-zonal-shift:StartZonalShift}: Write; on ALB, NLB. */
  public static final Action START_ZONAL_SHIFT = Action.of(PREFIX, "StartZonalShift");

  /** {@code arc-zonal-shift:UpdateAutoshiftObserverNotificationStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AUTOSHIFT_OBSERVER_NOTIFICATION_STATUS = Action.of(PREFIX, "UpdateAutoshiftObserverNotificationStatus");

  /** {@code arc-zonal-shift:UpdatePracticeRunConfiguration}: Write; on ALB, NLB. */
  public static final Action UPDATE_PRACTICE_RUN_CONFIGURATION = Action.of(PREFIX, "UpdatePracticeRunConfiguration");

  /** {@code arc-zonal-shift:UpdateZonalAutoshiftConfiguration}: Write; on ALB, NLB. */
  public static final Action UPDATE_ZONAL_AUTOSHIFT_CONFIGURATION = Action.of(PREFIX, "UpdateZonalAutoshiftConfiguration");

  /** {@code arc-zonal-shift:UpdateZonalShift}: Write; on ALB, NLB. */
  public static final Action UPDATE_ZONAL_SHIFT = Action.of(PREFIX, "UpdateZonalShift");

  private ArcZonalShift() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
