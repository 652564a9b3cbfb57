// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Identity Store Auth (prefix {@code identitystore-auth}), as the service authorization reference lists them.
 */
public final class IdentitystoreAuth {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "identitystore-auth";

  /** {@code identitystore-auth:BatchDeleteSession}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_SESSION = Action.of(PREFIX, "BatchDeleteSession");

  /** {@code identitystore-auth:BatchGetSession}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_SESSION = Action.of(PREFIX, "BatchGetSession");

  /** {@code identitystore-auth:ListSessions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  private IdentitystoreAuth() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
