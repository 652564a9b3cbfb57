// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Network Flow Monitor (prefix {@code networkflowmonitor}), as the service authorization reference lists them.
 */
public final class Networkflowmonitor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "networkflowmonitor";

  /** {@code networkflowmonitor:CreateMonitor}: Write; on monitor. */
  public static final Action CREATE_MONITOR = Action.of(PREFIX, "CreateMonitor");

  /** {@code networkflowmonitor:CreateScope}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCOPE = Action.of(PREFIX, "CreateScope");

  /** {@code networkflowmonitor:DeleteMonitor}: Write; on monitor. */
  public static final Action DELETE_MONITOR = Action.of(PREFIX, "DeleteMonitor");

  /** {@code networkflowmonitor:DeleteScope}: Write; on scope. */
  public static final Action DELETE_SCOPE = Action.of(PREFIX, "DeleteScope");

  /** {@code networkflowmonitor:GetMonitor}: Read; on monitor. */
  public static final Action GET_MONITOR = Action.of(PREFIX, "GetMonitor");

  /** {@code networkflowmonitor:GetQueryResultsMonitorTopContributors}: Read; on monitor. */
  public static final Action GET_QUERY_RESULTS_MONITOR_TOP_CONTRIBUTORS = Action.of(PREFIX, "GetQueryResultsMonitorTopContributors");

  /** {@code networkflowmonitor:GetQueryResultsWorkloadInsightsTopContributors}: Read; on scope. */
  public static final Action GET_QUERY_RESULTS_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS = Action.of(PREFIX, "GetQueryResultsWorkloadInsightsTopContributors");

  /** {@code networkflowmonitor:GetQueryResultsWorkloadInsightsTopContributorsData}: Read; on scope. */
  public static final Action GET_QUERY_RESULTS_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS_DATA = Action.of(PREFIX, "GetQueryResultsWorkloadInsightsTopContributorsData");

  /** {@code networkflowmonitor:GetQueryStatusMonitorTopContributors}: Read; on monitor. */
  public static final Action GET_QUERY_STATUS_MONITOR_TOP_CONTRIBUTORS = Action.of(PREFIX, "GetQueryStatusMonitorTopContributors");

  /** {@code networkflowmonitor:GetQueryStatusWorkloadInsightsTopContributors}: Read; on scope. */
  public static final Action GET_QUERY_STATUS_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS = Action.of(PREFIX, "GetQueryStatusWorkloadInsightsTopContributors");

  /** {@code networkflowmonitor:GetQueryStatusWorkloadInsightsTopContributorsData}: Read; on scope. */
  public static final Action GET_QUERY_STATUS_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS_DATA = Action.of(PREFIX, "GetQueryStatusWorkloadInsightsTopContributorsData");

  /** {@code networkflowmonitor:GetScope}: Read; on scope. */
  public static final Action GET_SCOPE = Action.of(PREFIX, "GetScope");

  /** {@code networkflowmonitor:ListMonitors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORS = Action.of(PREFIX, "ListMonitors");

  /** {@code networkflowmonitor:ListScopes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCOPES = Action.of(PREFIX, "ListScopes");

  /** {@code networkflowmonitor:ListTagsForResource}: Read; on monitor, scope. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code networkflowmonitor:Publish}: Write; on no resource type (give {@code *}). */
  public static final Action PUBLISH = Action.of(PREFIX, "Publish");

  /** {@code networkflowmonitor:StartQueryMonitorTopContributors}: Write; on monitor. */
  public static final Action START_QUERY_MONITOR_TOP_CONTRIBUTORS = Action.of(PREFIX, "StartQueryMonitorTopContributors");

  /** {@code networkflowmonitor:StartQueryWorkloadInsightsTopContributors}: Write; on scope. */
  public static final Action START_QUERY_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS = Action.of(PREFIX, "StartQueryWorkloadInsightsTopContributors");

  /** {@code networkflowmonitor:StartQueryWorkloadInsightsTopContributorsData}: Write; on scope. */
  public static final Action START_QUERY_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS_DATA = Action.of(PREFIX, "StartQueryWorkloadInsightsTopContributorsData");

  /** {@code networkflowmonitor:StopQueryMonitorTopContributors}: Write; on monitor. */
  public static final Action STOP_QUERY_MONITOR_TOP_CONTRIBUTORS = Action.of(PREFIX, "StopQueryMonitorTopContributors");

  /** {@code networkflowmonitor:StopQueryWorkloadInsightsTopContributors}: Write; on scope. */
  public static final Action STOP_QUERY_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS = Action.of(PREFIX, "StopQueryWorkloadInsightsTopContributors");

  /** {@code networkflowmonitor:StopQueryWorkloadInsightsTopContributorsData}: Write; on scope. */
  public static final Action STOP_QUERY_WORKLOAD_INSIGHTS_TOP_CONTRIBUTORS_DATA = Action.of(PREFIX, "StopQueryWorkloadInsightsTopContributorsData");

  /** {@code networkflowmonitor:TagResource}: Tagging; on monitor, scope. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code networkflowmonitor:UntagResource}: Tagging; on monitor, scope. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code networkflowmonitor:UpdateMonitor}: Write; on monitor. */
  public static final Action UPDATE_MONITOR = Action.of(PREFIX, "UpdateMonitor");

  /** {@code networkflowmonitor:UpdateScope}: Write; on scope. */
  public static final Action UPDATE_SCOPE = Action.of(PREFIX, "UpdateScope");

  private Networkflowmonitor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
