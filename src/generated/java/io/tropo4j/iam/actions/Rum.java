// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CloudWatch RUM (prefix {@code rum}), as the service authorization reference lists them.
 */
public final class Rum {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rum";

  /** {@code rum:BatchCreateRumMetricDefinitions}: Write; on AppMonitorResource. */
  public static final Action BATCH_CREATE_RUM_METRIC_DEFINITIONS = Action.of(PREFIX, "BatchCreateRumMetricDefinitions");

  /** {@code rum:BatchDeleteRumMetricDefinitions}: Write; on AppMonitorResource. */
  public static final Action BATCH_DELETE_RUM_METRIC_DEFINITIONS = Action.of(PREFIX, "BatchDeleteRumMetricDefinitions");

  /** {@code rum:BatchGetRumMetricDefinitions}: Read; on AppMonitorResource. */
  public static final Action BATCH_GET_RUM_METRIC_DEFINITIONS = Action.of(PREFIX, "BatchGetRumMetricDefinitions");

  /** {@code rum:CreateAppMonitor}: Write; on AppMonitorResource. */
  public static final Action CREATE_APP_MONITOR = Action.of(PREFIX, "CreateAppMonitor");

  /** {@code rum:DeleteAppMonitor}: Write; on AppMonitorResource. */
  public static final Action DELETE_APP_MONITOR = Action.of(PREFIX, "DeleteAppMonitor");

  /** {@code rum:DeleteResourcePolicy}: Write; on AppMonitorResource. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code rum:DeleteRumMetricsDestination}: Write; on AppMonitorResource. */
  public static final Action DELETE_RUM_METRICS_DESTINATION = Action.of(PREFIX, "DeleteRumMetricsDestination");

  /** {@code rum:GetAppMonitor}: Read; on AppMonitorResource. */
  public static final Action GET_APP_MONITOR = Action.of(PREFIX, "GetAppMonitor");

  /** {@code rum:GetAppMonitorData}: Read; on AppMonitorResource. */
  public static final Action GET_APP_MONITOR_DATA = Action.of(PREFIX, "GetAppMonitorData");

  /** {@code rum:GetResourcePolicy}: Read; on AppMonitorResource. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code rum:ListAppMonitors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APP_MONITORS = Action.of(PREFIX, "ListAppMonitors");

  /** {@code rum:ListRumMetricsDestinations}: Read; on AppMonitorResource. */
  public static final Action LIST_RUM_METRICS_DESTINATIONS = Action.of(PREFIX, "ListRumMetricsDestinations");

  /** {@code rum:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code rum:PutResourcePolicy}: Write; on AppMonitorResource. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code rum:PutRumEvents}: Write; on AppMonitorResource. */
  public static final Action PUT_RUM_EVENTS = Action.of(PREFIX, "PutRumEvents");

  /** {@code rum:PutRumMetricsDestination}: Write; on AppMonitorResource. */
  public static final Action PUT_RUM_METRICS_DESTINATION = Action.of(PREFIX, "PutRumMetricsDestination");

  /** {@code rum:TagResource}: Tagging; on AppMonitorResource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code rum:UntagResource}: Tagging; on AppMonitorResource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code rum:UpdateAppMonitor}: Write; on AppMonitorResource. */
  public static final Action UPDATE_APP_MONITOR = Action.of(PREFIX, "UpdateAppMonitor");

  /** {@code rum:UpdateRumMetricDefinition}: Write; on AppMonitorResource. */
  public static final Action UPDATE_RUM_METRIC_DEFINITION = Action.of(PREFIX, "UpdateRumMetricDefinition");

  private Rum() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
