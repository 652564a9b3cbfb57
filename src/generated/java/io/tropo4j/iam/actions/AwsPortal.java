// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing Console (prefix {@code aws-portal}), as the service authorization reference lists them.
 */
public final class AwsPortal {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aws-portal";

  /** {@code aws-portal:GetConsoleActionSetEnforced}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONSOLE_ACTION_SET_ENFORCED = Action.of(PREFIX, "GetConsoleActionSetEnforced");

  /** {@code aws-portal:ModifyAccount}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_ACCOUNT = Action.of(PREFIX, "ModifyAccount");

  /** {@code aws-portal:ModifyBilling}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_BILLING = Action.of(PREFIX, "ModifyBilling");

  /** {@code aws-portal:ModifyPaymentMethods}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_PAYMENT_METHODS = Action.of(PREFIX, "ModifyPaymentMethods");

  /** {@code aws-portal:UpdateConsoleActionSetEnforced}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONSOLE_ACTION_SET_ENFORCED = Action.of(PREFIX, "UpdateConsoleActionSetEnforced");

  /** {@code aws-portal:ViewAccount}: Read; on no resource type (give {@code *}). */
  public static final Action VIEW_ACCOUNT = Action.of(PREFIX, "ViewAccount");

  /** {@code aws-portal:ViewBilling}: Read; on no resource type (give {@code *}). */
  public static final Action VIEW_BILLING = Action.of(PREFIX, "ViewBilling");

  /** {@code aws-portal:ViewPaymentMethods}: Read; on no resource type (give {@code *}). */
  public static final Action VIEW_PAYMENT_METHODS = Action.of(PREFIX, "ViewPaymentMethods");

  /** {@code aws-portal:ViewUsage}: Read; on no resource type (give {@code *}). */
  public static final Action VIEW_USAGE = Action.of(PREFIX, "ViewUsage");

  private AwsPortal() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
