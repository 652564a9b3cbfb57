// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Systems Manager GUI Connect (prefix {@code ssm-guiconnect}), as the service authorization reference lists them.
 */
public final class SsmGuiconnect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssm-guiconnect";

  /** {@code ssm-guiconnect:CancelConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_CONNECTION = Action.of(PREFIX, "CancelConnection");

  /** {@code ssm-guiconnect:DeleteConnectionRecordingPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONNECTION_RECORDING_PREFERENCES = Action.of(PREFIX, "DeleteConnectionRecordingPreferences");

  /** {@code ssm-guiconnect:GetConnection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code ssm-guiconnect:GetConnectionRecordingPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTION_RECORDING_PREFERENCES = Action.of(PREFIX, "GetConnectionRecordingPreferences");

  /** {@code ssm-guiconnect:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code ssm-guiconnect:StartConnection}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONNECTION = Action.of(PREFIX, "StartConnection");

  /** {@code ssm-guiconnect:UpdateConnectionRecordingPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONNECTION_RECORDING_PREFERENCES = Action.of(PREFIX, "UpdateConnectionRecordingPreferences");

  private SsmGuiconnect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
