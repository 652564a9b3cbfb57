// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Network Synthetic Monitor (prefix {@code networkmonitor}), as the service authorization reference lists them.
 */
public final class Networkmonitor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "networkmonitor";

  /** {@code networkmonitor:CreateMonitor}: Write; on monitor. */
  public static final Action CREATE_MONITOR = Action.of(PREFIX, "CreateMonitor");

  /** {@code networkmonitor:CreateProbe}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROBE = Action.of(PREFIX, "CreateProbe");

  /** {@code networkmonitor:DeleteMonitor}: Write; on monitor. */
  public static final Action DELETE_MONITOR = Action.of(PREFIX, "DeleteMonitor");

  /** {@code networkmonitor:DeleteProbe}: Write; on probe. */
  public static final Action DELETE_PROBE = Action.of(PREFIX, "DeleteProbe");

  /** {@code networkmonitor:GetMonitor}: Read; on monitor. */
  public static final Action GET_MONITOR = Action.of(PREFIX, "GetMonitor");

  /** {@code networkmonitor:GetProbe}: Read; on probe. */
  public static final Action GET_PROBE = Action.of(PREFIX, "GetProbe");

  /** {@code networkmonitor:ListMonitors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORS = Action.of(PREFIX, "ListMonitors");

  /** {@code networkmonitor:ListTagsForResource}: Read; on monitor, probe. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code networkmonitor:TagResource}: Tagging; on monitor, probe. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code networkmonitor:UntagResource}: Tagging; on monitor, probe. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code networkmonitor:UpdateMonitor}: Write; on monitor. */
  public static final Action UPDATE_MONITOR = Action.of(PREFIX, "UpdateMonitor");

  /** {@code networkmonitor:UpdateProbe}: Write; on probe. */
  public static final Action UPDATE_PROBE = Action.of(PREFIX, "UpdateProbe");

  private Networkmonitor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
