// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch (prefix {@code cloudwatch}), as the service authorization reference lists them.
 */
public final class Cloudwatch {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudwatch";

  /** {@code cloudwatch:BatchGetServiceLevelIndicatorReport}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_SERVICE_LEVEL_INDICATOR_REPORT = Action.of(PREFIX, "BatchGetServiceLevelIndicatorReport");

  /** {@code cloudwatch:BatchGetServiceLevelObjectiveBudgetReport}: Read; on slo. */
  public static final Action BATCH_GET_SERVICE_LEVEL_OBJECTIVE_BUDGET_REPORT = Action.of(PREFIX, "BatchGetServiceLevelObjectiveBudgetReport");

  /** {@code cloudwatch:CreateServiceLevelObjective}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "CreateServiceLevelObjective");

  /** {@code cloudwatch:DeleteAlarmMuteRule}: Write; on alarm-mute-rule. */
  public static final Action DELETE_ALARM_MUTE_RULE = Action.of(PREFIX, "DeleteAlarmMuteRule");

  /** {@code cloudwatch:DeleteAlarms}: Write; on alarm. */
  public static final Action DELETE_ALARMS = Action.of(PREFIX, "DeleteAlarms");

  /** {@code cloudwatch:DeleteAnomalyDetector}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ANOMALY_DETECTOR = Action.of(PREFIX, "DeleteAnomalyDetector");

  /** {@code cloudwatch:DeleteDashboards}: Write; on dashboard. */
  public static final Action DELETE_DASHBOARDS = Action.of(PREFIX, "DeleteDashboards");

  /** {@code cloudwatch:DeleteInsightRules}: Write; on insight-rule. */
  public static final Action DELETE_INSIGHT_RULES = Action.of(PREFIX, "DeleteInsightRules");

  /** {@code cloudwatch:DeleteMetricStream}: Write; on metric-stream. */
  public static final Action DELETE_METRIC_STREAM = Action.of(PREFIX, "DeleteMetricStream");

  /** {@code cloudwatch:DeleteServiceLevelObjective}: Write; on slo. */
  public static final Action DELETE_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "DeleteServiceLevelObjective");

  /** {@code cloudwatch:DescribeAlarmHistory}: Read; on alarm. */
  public static final Action DESCRIBE_ALARM_HISTORY = Action.of(PREFIX, "DescribeAlarmHistory");

  /** {@code cloudwatch:DescribeAlarms}: Read; on alarm. */
  public static final Action DESCRIBE_ALARMS = Action.of(PREFIX, "DescribeAlarms");

  /** {@code cloudwatch:DescribeAlarmsForMetric}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ALARMS_FOR_METRIC = Action.of(PREFIX, "DescribeAlarmsForMetric");

  /** {@code cloudwatch:DescribeAnomalyDetectors}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ANOMALY_DETECTORS = Action.of(PREFIX, "DescribeAnomalyDetectors");

  /** {@code cloudwatch:DescribeInsightRules}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSIGHT_RULES = Action.of(PREFIX, "DescribeInsightRules");

  /** {@code cloudwatch:DisableAlarmActions}: Write; on alarm. */
  public static final Action DISABLE_ALARM_ACTIONS = Action.of(PREFIX, "DisableAlarmActions");

  /** {@code cloudwatch:DisableInsightRules}: Write; on insight-rule. */
  public static final Action DISABLE_INSIGHT_RULES = Action.of(PREFIX, "DisableInsightRules");

  /** {@code cloudwatch:EnableAlarmActions}: Write; on alarm. */
  public static final Action ENABLE_ALARM_ACTIONS = Action.of(PREFIX, "EnableAlarmActions");

  /** {@code cloudwatch:EnableInsightRules}: Write; on insight-rule. */
  public static final Action ENABLE_INSIGHT_RULES = Action.of(PREFIX, "EnableInsightRules");

  /** {@code cloudwatch:EnableTopologyDiscovery}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_TOPOLOGY_DISCOVERY = Action.of(PREFIX, "EnableTopologyDiscovery");

  /** {@code cloudwatch:GenerateQuery}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_QUERY = Action.of(PREFIX, "GenerateQuery");

  /** {@code cloudwatch:GenerateQueryResultsSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_QUERY_RESULTS_SUMMARY = Action.of(PREFIX, "GenerateQueryResultsSummary");

  /** {@code cloudwatch:GetAlarmMuteRule}: Read; on alarm-mute-rule. */
  public static final Action GET_ALARM_MUTE_RULE = Action.of(PREFIX, "GetAlarmMuteRule");

  /** {@code cloudwatch:GetDashboard}: Read; on dashboard. */
  public static final Action GET_DASHBOARD = Action.of(PREFIX, "GetDashboard");

  /** {@code cloudwatch:GetInsightRuleReport}: Read; on insight-rule. */
  public static final Action GET_INSIGHT_RULE_REPORT = Action.of(PREFIX, "GetInsightRuleReport");

  /** {@code cloudwatch:GetMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRIC_DATA = Action.of(PREFIX, "GetMetricData");

  /** {@code cloudwatch:GetMetricStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRIC_STATISTICS = Action.of(PREFIX, "GetMetricStatistics");

  /** {@code cloudwatch:GetMetricStream}: Read; on metric-stream. */
  public static final Action GET_METRIC_STREAM = Action.of(PREFIX, "GetMetricStream");

  /** {@code cloudwatch:GetMetricWidgetImage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRIC_WIDGET_IMAGE = Action.of(PREFIX, "GetMetricWidgetImage");

  /** {@code cloudwatch:GetService}: Read; on service. */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code cloudwatch:GetServiceData}: Read; on service. */
  public static final Action GET_SERVICE_DATA = Action.of(PREFIX, "GetServiceData");

  /** {@code cloudwatch:GetServiceLevelObjective}: Read; on slo. */
  public static final Action GET_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "GetServiceLevelObjective");

  /** {@code cloudwatch:GetTopologyDiscoveryStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TOPOLOGY_DISCOVERY_STATUS = Action.of(PREFIX, "GetTopologyDiscoveryStatus");

  /** {@code cloudwatch:GetTopologyMap}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TOPOLOGY_MAP = Action.of(PREFIX, "GetTopologyMap");

  /** {@code cloudwatch:Link}: Write; on no resource type (give {@code *}). */
  public static final Action LINK = Action.of(PREFIX, "Link");

  /** {@code cloudwatch:ListAlarmMuteRules}: List; on alarm-mute-rule. */
  public static final Action LIST_ALARM_MUTE_RULES = Action.of(PREFIX, "ListAlarmMuteRules");

  /** {@code cloudwatch:ListDashboards}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DASHBOARDS = Action.of(PREFIX, "ListDashboards");

  /** {@code cloudwatch:ListEntitiesForMetric}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITIES_FOR_METRIC = Action.of(PREFIX, "ListEntitiesForMetric");

  /** {@code cloudwatch:ListManagedInsightRules}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_INSIGHT_RULES = Action.of(PREFIX, "ListManagedInsightRules");

  /** {@code cloudwatch:ListMetricStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METRIC_STREAMS = Action.of(PREFIX, "ListMetricStreams");

  /** {@code cloudwatch:ListMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METRICS = Action.of(PREFIX, "ListMetrics");

  /** {@code cloudwatch:ListServiceLevelObjectives}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_LEVEL_OBJECTIVES = Action.of(PREFIX, "ListServiceLevelObjectives");

  /** {@code cloudwatch:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code cloudwatch:ListTagsForResource}: List; on alarm, alarm-mute-rule, insight-rule, slo. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cloudwatch:PutAlarmMuteRule}: Write; on alarm, alarm-mute-rule. */
  public static final Action PUT_ALARM_MUTE_RULE = Action.of(PREFIX, "PutAlarmMuteRule");

  /** {@code cloudwatch:PutAnomalyDetector}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ANOMALY_DETECTOR = Action.of(PREFIX, "PutAnomalyDetector");

  /** {@code cloudwatch:PutCompositeAlarm}: Write; on alarm. */
  public static final Action PUT_COMPOSITE_ALARM = Action.of(PREFIX, "PutCompositeAlarm");

  /** {@code cloudwatch:PutDashboard}: Write; on dashboard. */
  public static final Action PUT_DASHBOARD = Action.of(PREFIX, "PutDashboard");

  /** {@code cloudwatch:PutInsightRule}: Write; on insight-rule. */
  public static final Action PUT_INSIGHT_RULE = Action.of(PREFIX, "PutInsightRule");

  /** {@code cloudwatch:PutManagedInsightRules}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_MANAGED_INSIGHT_RULES = Action.of(PREFIX, "PutManagedInsightRules");

  /** {@code cloudwatch:PutMetricAlarm}: Write; on alarm. */
  public static final Action PUT_METRIC_ALARM = Action.of(PREFIX, "PutMetricAlarm");

  /** {@code cloudwatch:PutMetricData}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_METRIC_DATA = Action.of(PREFIX, "PutMetricData");

  /** {@code cloudwatch:PutMetricStream}: Write; on metric-stream. */
  public static final Action PUT_METRIC_STREAM = Action.of(PREFIX, "PutMetricStream");

  /** {@code cloudwatch:SetAlarmState}: Write; on alarm. */
  public static final Action SET_ALARM_STATE = Action.of(PREFIX, "SetAlarmState");

  /** {@code cloudwatch:StartMetricStreams}: Write; on metric-stream. */
  public static final Action START_METRIC_STREAMS = Action.of(PREFIX, "StartMetricStreams");

  /** {@code cloudwatch:StopMetricStreams}: Write; on metric-stream. */
  public static final Action STOP_METRIC_STREAMS = Action.of(PREFIX, "StopMetricStreams");

  /** {@code cloudwatch:TagResource}: Tagging; on alarm, alarm-mute-rule, insight-rule, slo. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cloudwatch:UntagResource}: Tagging; on alarm, alarm-mute-rule, insight-rule, slo. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cloudwatch:UpdateServiceLevelObjective}: Write; on slo. */
  public static final Action UPDATE_SERVICE_LEVEL_OBJECTIVE = Action.of(PREFIX, "UpdateServiceLevelObjective");

  private Cloudwatch() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
