// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS User Experience Customization (prefix {@code uxc}), as the service authorization reference lists them.
 */
public final class Uxc {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "uxc";

  /** {@code uxc:DeleteAccountColor}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_COLOR = Action.of(PREFIX, "DeleteAccountColor");

  /** {@code uxc:GetAccountColor}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_COLOR = Action.of(PREFIX, "GetAccountColor");

  /** {@code uxc:GetAccountCustomizations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_CUSTOMIZATIONS = Action.of(PREFIX, "GetAccountCustomizations");

  /** {@code uxc:ListServices}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code uxc:PutAccountColor}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_COLOR = Action.of(PREFIX, "PutAccountColor");

  /** {@code uxc:UpdateAccountCustomizations}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_CUSTOMIZATIONS = Action.of(PREFIX, "UpdateAccountCustomizations");

  private Uxc() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
