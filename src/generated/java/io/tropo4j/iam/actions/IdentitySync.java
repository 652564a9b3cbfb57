// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Identity Sync (prefix {@code identity-sync}), as the service authorization reference lists them.
 */
public final class IdentitySync {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "identity-sync";

  /** {@code identity-sync:AllowVendedLogDeliveryForResource}: Permissions management; on SyncProfileResource. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code identity-sync:CreateSyncFilter}: Write; on SyncProfileResource. */
  public static final Action CREATE_SYNC_FILTER = Action.of(PREFIX, "CreateSyncFilter");

  /** {@code identity-sync:CreateSyncProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SYNC_PROFILE = Action.of(PREFIX, "CreateSyncProfile");

  /** {@code identity-sync:CreateSyncTarget}: Write; on SyncProfileResource. */
  public static final Action CREATE_SYNC_TARGET = Action.of(PREFIX, "CreateSyncTarget");

  /** {@code identity-sync:DeleteSyncFilter}: Write; on SyncProfileResource. */
  public static final Action DELETE_SYNC_FILTER = Action.of(PREFIX, "DeleteSyncFilter");

  /** {@code identity-sync:DeleteSyncProfile}: Write; on SyncProfileResource. */
  public static final Action DELETE_SYNC_PROFILE = Action.of(PREFIX, "DeleteSyncProfile");

  /** {@code identity-sync:DeleteSyncTarget}: Write; on SyncProfileResource, SyncTargetResource. */
  public static final Action DELETE_SYNC_TARGET = Action.of(PREFIX, "DeleteSyncTarget");

  /** {@code identity-sync:GetSyncProfile}: Read; on SyncProfileResource. */
  public static final Action GET_SYNC_PROFILE = Action.of(PREFIX, "GetSyncProfile");

  /** {@code identity-sync:GetSyncTarget}: Read; on SyncProfileResource, SyncTargetResource. */
  public static final Action GET_SYNC_TARGET = Action.of(PREFIX, "GetSyncTarget");

  /** {@code identity-sync:ListSyncFilters}: List; on SyncProfileResource. */
  public static final Action LIST_SYNC_FILTERS = Action.of(PREFIX, "ListSyncFilters");

  /** {@code identity-sync:StartSync}: Write; on SyncProfileResource. */
  public static final Action START_SYNC = Action.of(PREFIX, "StartSync");

  /** {@code identity-sync:StopSync}: Write; on SyncProfileResource. */
  public static final Action STOP_SYNC = Action.of(PREFIX, "StopSync");

  /** {@code identity-sync:UpdateSyncTarget}: Write; on SyncProfileResource, SyncTargetResource. */
  public static final Action UPDATE_SYNC_TARGET = Action.of(PREFIX, "UpdateSyncTarget");

  private IdentitySync() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
