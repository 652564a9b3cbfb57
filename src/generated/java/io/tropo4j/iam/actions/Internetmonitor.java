// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Internet Monitor (prefix {@code internetmonitor}), as the service authorization reference lists them.
 */
public final class Internetmonitor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "internetmonitor";

  /** {@code internetmonitor:CreateMonitor}: Write; on Monitor. */
  public static final Action CREATE_MONITOR = Action.of(PREFIX, "CreateMonitor");

  /** {@code internetmonitor:DeleteMonitor}: Write; on Monitor. */
  public static final Action DELETE_MONITOR = Action.of(PREFIX, "DeleteMonitor");

  /** {@code internetmonitor:GetHealthEvent}: Read; on Monitor. */
  public static final Action GET_HEALTH_EVENT = Action.of(PREFIX, "GetHealthEvent");

  /** {@code internetmonitor:GetInternetEvent}: Read; on InternetEvent. */
  public static final Action GET_INTERNET_EVENT = Action.of(PREFIX, "GetInternetEvent");

  /** {@code internetmonitor:GetMonitor}: Read; on Monitor. */
  public static final Action GET_MONITOR = Action.of(PREFIX, "GetMonitor");

  /** {@code internetmonitor:GetQueryResults}: Read; on Monitor. */
  public static final Action GET_QUERY_RESULTS = Action.of(PREFIX, "GetQueryResults");

  /** {@code internetmonitor:GetQueryStatus}: Read; on Monitor. */
  public static final Action GET_QUERY_STATUS = Action.of(PREFIX, "GetQueryStatus");

  /** {@code internetmonitor:Link}: Write; on no resource type (give {@code *}). */
  public static final Action LINK = Action.of(PREFIX, "Link");

  /** {@code internetmonitor:ListHealthEvents}: List; on Monitor. */
  public static final Action LIST_HEALTH_EVENTS = Action.of(PREFIX, "ListHealthEvents");

  /** {@code internetmonitor:ListInternetEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INTERNET_EVENTS = Action.of(PREFIX, "ListInternetEvents");

  /** {@code internetmonitor:ListMonitors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORS = Action.of(PREFIX, "ListMonitors");

  /** {@code internetmonitor:ListTagsForResource}: Read; on Monitor. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code internetmonitor:StartQuery}: Read; on Monitor. */
  public static final Action START_QUERY = Action.of(PREFIX, "StartQuery");

  /** {@code internetmonitor:StopQuery}: Read; on Monitor. */
  public static final Action STOP_QUERY = Action.of(PREFIX, "StopQuery");

  /** {@code internetmonitor:TagResource}: Tagging; on Monitor. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code internetmonitor:UntagResource}: Tagging; on Monitor. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code internetmonitor:UpdateMonitor}: Write; on Monitor. */
  public static final Action UPDATE_MONITOR = Action.of(PREFIX, "UpdateMonitor");

  private Internetmonitor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
