// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Message Gateway Service (prefix {@code ssmmessages}), as the service authorization reference lists them.
 */
public final class Ssmmessages {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssmmessages";

  /** {@code ssmmessages:CreateControlChannel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTROL_CHANNEL = Action.of(PREFIX, "CreateControlChannel");

  /** {@code ssmmessages:CreateDataChannel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_CHANNEL = Action.of(PREFIX, "CreateDataChannel");

  /** {@code ssmmessages:OpenControlChannel}: Write; on no resource type (give {@code *}). */
  public static final Action OPEN_CONTROL_CHANNEL = Action.of(PREFIX, "OpenControlChannel");

  /** {@code ssmmessages:OpenDataChannel}: Write; on no resource type (give {@code *}). */
  public static final Action OPEN_DATA_CHANNEL = Action.of(PREFIX, "OpenDataChannel");

  private Ssmmessages() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
