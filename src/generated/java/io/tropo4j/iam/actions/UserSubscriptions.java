// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS User Subscriptions (prefix {@code user-subscriptions}), as the service authorization reference lists them.
 */
public final class UserSubscriptions {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "user-subscriptions";

  /** {@code user-subscriptions:CreateClaim}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLAIM = Action.of(PREFIX, "CreateClaim");

  /** {@code user-subscriptions:DeleteClaim}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CLAIM = Action.of(PREFIX, "DeleteClaim");

  /** {@code user-subscriptions:ListApplicationClaims}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_CLAIMS = Action.of(PREFIX, "ListApplicationClaims");

  /** {@code user-subscriptions:ListClaims}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLAIMS = Action.of(PREFIX, "ListClaims");

  /** {@code user-subscriptions:ListUserSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USER_SUBSCRIPTIONS = Action.of(PREFIX, "ListUserSubscriptions");

  /** {@code user-subscriptions:SetOverageConfig}: Write; on no resource type (give {@code *}). */
  public static final Action SET_OVERAGE_CONFIG = Action.of(PREFIX, "SetOverageConfig");

  /** {@code user-subscriptions:UpdateClaim}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CLAIM = Action.of(PREFIX, "UpdateClaim");

  private UserSubscriptions() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
