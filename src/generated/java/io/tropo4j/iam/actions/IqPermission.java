// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IQ Permissions (prefix {@code iq-permission}), as the service authorization reference lists them.
 */
public final class IqPermission {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iq-permission";

  /** {@code iq-permission:ApproveAccessGrant}: Write; on permission. */
  public static final Action APPROVE_ACCESS_GRANT = Action.of(PREFIX, "ApproveAccessGrant");

  /** {@code iq-permission:ApprovePermissionRequest}: Write; on permission. */
  public static final Action APPROVE_PERMISSION_REQUEST = Action.of(PREFIX, "ApprovePermissionRequest");

  /** {@code iq-permission:AssumePermissionRole}: Write; on permission. */
  public static final Action ASSUME_PERMISSION_ROLE = Action.of(PREFIX, "AssumePermissionRole");

  /** {@code iq-permission:CreatePermissionRequest}: Write; on permission. */
  public static final Action CREATE_PERMISSION_REQUEST = Action.of(PREFIX, "CreatePermissionRequest");

  /** {@code iq-permission:GetPermissionRequest}: Read; on permission. */
  public static final Action GET_PERMISSION_REQUEST = Action.of(PREFIX, "GetPermissionRequest");

  /** {@code iq-permission:ListPermissionRequests}: Read; on permission. */
  public static final Action LIST_PERMISSION_REQUESTS = Action.of(PREFIX, "ListPermissionRequests");

  /** {@code iq-permission:RejectPermissionRequest}: Write; on permission. */
  public static final Action REJECT_PERMISSION_REQUEST = Action.of(PREFIX, "RejectPermissionRequest");

  /** {@code iq-permission:RevokePermissionRequest}: Write; on permission. */
  public static final Action REVOKE_PERMISSION_REQUEST = Action.of(PREFIX, "RevokePermissionRequest");

  /** {@code iq-permission:WithdrawPermissionRequest}: Write; on permission. */
  public static final Action WITHDRAW_PERMISSION_REQUEST = Action.of(PREFIX, "WithdrawPermissionRequest");

  private IqPermission() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
