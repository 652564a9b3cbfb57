// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Service for Prometheus (prefix {@code aps}), as the service authorization reference lists them.
 */
public final class Aps {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aps";

  /** {@code aps:CreateAlertManagerAlerts}: Write; on workspace. */
  public static final Action CREATE_ALERT_MANAGER_ALERTS = Action.of(PREFIX, "CreateAlertManagerAlerts");

  /** {@code aps:CreateAlertManagerDefinition}: Write; on workspace. */
  public static final Action CREATE_ALERT_MANAGER_DEFINITION = Action.of(PREFIX, "CreateAlertManagerDefinition");

  /** {@code aps:CreateAnomalyDetector}: Write; on workspace. */
  public static final Action CREATE_ANOMALY_DETECTOR = Action.of(PREFIX, "CreateAnomalyDetector");

  /** {@code aps:CreateLoggingConfiguration}: Write; on workspace. */
  public static final Action CREATE_LOGGING_CONFIGURATION = Action.of(PREFIX, "CreateLoggingConfiguration");

  /** {@code aps:CreateQueryLoggingConfiguration}: Write; on workspace. */
  public static final Action CREATE_QUERY_LOGGING_CONFIGURATION = Action.of(PREFIX, "CreateQueryLoggingConfiguration");

  /** {@code aps:CreateRuleGroupsNamespace}: Write; on rulegroupsnamespace. */
  public static final Action CREATE_RULE_GROUPS_NAMESPACE = Action.of(PREFIX, "CreateRuleGroupsNamespace");

  /** {@code aps:CreateScraper}: Write; on cluster, workspace. */
  public static final Action CREATE_SCRAPER = Action.of(PREFIX, "CreateScraper");

  /** {@code aps:CreateWorkspace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKSPACE = Action.of(PREFIX, "CreateWorkspace");

  /** {@code aps:DeleteAlertManagerDefinition}: Write; on workspace. */
  public static final Action DELETE_ALERT_MANAGER_DEFINITION = Action.of(PREFIX, "DeleteAlertManagerDefinition");

  /** {@code aps:DeleteAlertManagerSilence}: Write; on workspace. */
  public static final Action DELETE_ALERT_MANAGER_SILENCE = Action.of(PREFIX, "DeleteAlertManagerSilence");

  /** {@code aps:DeleteAnomalyDetector}: Write; on anomalydetector, workspace. */
  public static final Action DELETE_ANOMALY_DETECTOR = Action.of(PREFIX, "DeleteAnomalyDetector");

  /** {@code aps:DeleteLoggingConfiguration}: Write; on workspace. */
  public static final Action DELETE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteLoggingConfiguration");

  /** {@code aps:DeleteQueryLoggingConfiguration}: Write; on workspace. */
  public static final Action DELETE_QUERY_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteQueryLoggingConfiguration");

  /** {@code aps:DeleteResourcePolicy}: Write; on workspace. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code aps:DeleteRuleGroupsNamespace}: Write; on rulegroupsnamespace. */
  public static final Action DELETE_RULE_GROUPS_NAMESPACE = Action.of(PREFIX, "DeleteRuleGroupsNamespace");

  /** {@code aps:DeleteScraper}: Write; on scraper. */
  public static final Action DELETE_SCRAPER = Action.of(PREFIX, "DeleteScraper");

  /** {@code aps:DeleteScraperLoggingConfiguration}: Write; on scraper. */
  public static final Action DELETE_SCRAPER_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteScraperLoggingConfiguration");

  /** {@code aps:DeleteWorkspace}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE = Action.of(PREFIX, "DeleteWorkspace");

  /** {@code aps:DescribeAlertManagerDefinition}: Read; on workspace. */
  public static final Action DESCRIBE_ALERT_MANAGER_DEFINITION = Action.of(PREFIX, "DescribeAlertManagerDefinition");

  /** {@code aps:DescribeAnomalyDetector}: Read; on anomalydetector, workspace. */
  public static final Action DESCRIBE_ANOMALY_DETECTOR = Action.of(PREFIX, "DescribeAnomalyDetector");

  /** {@code aps:DescribeLoggingConfiguration}: Read; on workspace. */
  public static final Action DESCRIBE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DescribeLoggingConfiguration");

  /** {@code aps:DescribeQueryLoggingConfiguration}: Read; on workspace. */
  public static final Action DESCRIBE_QUERY_LOGGING_CONFIGURATION = Action.of(PREFIX, "DescribeQueryLoggingConfiguration");

  /** {@code aps:DescribeResourcePolicy}: Read; on workspace. */
  public static final Action DESCRIBE_RESOURCE_POLICY = Action.of(PREFIX, "DescribeResourcePolicy");

  /** {@code aps:DescribeRuleGroupsNamespace}: Read; on rulegroupsnamespace. */
  public static final Action DESCRIBE_RULE_GROUPS_NAMESPACE = Action.of(PREFIX, "DescribeRuleGroupsNamespace");

  /** {@code aps:DescribeScraper}: Read; on scraper. */
  public static final Action DESCRIBE_SCRAPER = Action.of(PREFIX, "DescribeScraper");

  /** {@code aps:DescribeScraperLoggingConfiguration}: Read; on scraper. */
  public static final Action DESCRIBE_SCRAPER_LOGGING_CONFIGURATION = Action.of(PREFIX, "DescribeScraperLoggingConfiguration");

  /** {@code aps:DescribeWorkspace}: Read; on workspace. */
  public static final Action DESCRIBE_WORKSPACE = Action.of(PREFIX, "DescribeWorkspace");

  /** {@code aps:DescribeWorkspaceConfiguration}: Read; on workspace. */
  public static final Action DESCRIBE_WORKSPACE_CONFIGURATION = Action.of(PREFIX, "DescribeWorkspaceConfiguration");

  /** {@code aps:GetAlertManagerSilence}: Read; on workspace. */
  public static final Action GET_ALERT_MANAGER_SILENCE = Action.of(PREFIX, "GetAlertManagerSilence");

  /** {@code aps:GetAlertManagerStatus}: Read; on workspace. */
  public static final Action GET_ALERT_MANAGER_STATUS = Action.of(PREFIX, "GetAlertManagerStatus");

  /** {@code aps:GetDefaultScraperConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEFAULT_SCRAPER_CONFIGURATION = Action.of(PREFIX, "GetDefaultScraperConfiguration");

  /** {@code aps:GetLabels}: Read; on workspace. */
  public static final Action GET_LABELS = Action.of(PREFIX, "GetLabels");

  /** {@code aps:GetMetricMetadata}: Read; on workspace. */
  public static final Action GET_METRIC_METADATA = Action.of(PREFIX, "GetMetricMetadata");

  /** {@code aps:GetSeries}: Read; on workspace. */
  public static final Action GET_SERIES = Action.of(PREFIX, "GetSeries");

  /** {@code aps:ListAlertManagerAlertGroups}: Read; on workspace. */
  public static final Action LIST_ALERT_MANAGER_ALERT_GROUPS = Action.of(PREFIX, "ListAlertManagerAlertGroups");

  /** {@code aps:ListAlertManagerAlerts}: Read; on workspace. */
  public static final Action LIST_ALERT_MANAGER_ALERTS = Action.of(PREFIX, "ListAlertManagerAlerts");

  /** {@code aps:ListAlertManagerReceivers}: Read; on workspace. */
  public static final Action LIST_ALERT_MANAGER_RECEIVERS = Action.of(PREFIX, "ListAlertManagerReceivers");

  /** {@code aps:ListAlertManagerSilences}: Read; on workspace. */
  public static final Action LIST_ALERT_MANAGER_SILENCES = Action.of(PREFIX, "ListAlertManagerSilences");

  /** {@code aps:ListAlerts}: Read; on workspace. */
  public static final Action LIST_ALERTS = Action.of(PREFIX, "ListAlerts");

  /** {@code aps:ListAnomalyDetectors}: List; on workspace. */
  public static final Action LIST_ANOMALY_DETECTORS = Action.of(PREFIX, "ListAnomalyDetectors");

  /** {@code aps:ListRuleGroupsNamespaces}: List; on workspace. */
  public static final Action LIST_RULE_GROUPS_NAMESPACES = Action.of(PREFIX, "ListRuleGroupsNamespaces");

  /** {@code aps:ListRules}: Read; on workspace. */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code aps:ListScrapers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCRAPERS = Action.of(PREFIX, "ListScrapers");

  /** {@code aps:ListTagsForResource}: Read; on anomalydetector, rulegroupsnamespace, scraper, workspace. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code aps:ListWorkspaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKSPACES = Action.of(PREFIX, "ListWorkspaces");

  /** {@code aps:PreviewAnomalyDetector}: Read; on workspace. */
  public static final Action PREVIEW_ANOMALY_DETECTOR = Action.of(PREFIX, "PreviewAnomalyDetector");

  /** {@code aps:PutAlertManagerDefinition}: Write; on workspace. */
  public static final Action PUT_ALERT_MANAGER_DEFINITION = Action.of(PREFIX, "PutAlertManagerDefinition");

  /** {@code aps:PutAlertManagerSilences}: Write; on workspace. */
  public static final Action PUT_ALERT_MANAGER_SILENCES = Action.of(PREFIX, "PutAlertManagerSilences");

  /** {@code aps:PutAnomalyDetector}: Write; on anomalydetector, workspace. */
  public static final Action PUT_ANOMALY_DETECTOR = Action.of(PREFIX, "PutAnomalyDetector");

  /** {@code aps:PutResourcePolicy}: Write; on workspace. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code aps:PutRuleGroupsNamespace}: Write; on rulegroupsnamespace. */
  public static final Action PUT_RULE_GROUPS_NAMESPACE = Action.of(PREFIX, "PutRuleGroupsNamespace");

  /** {@code aps:QueryMetrics}: Read; on workspace. */
  public static final Action QUERY_METRICS = Action.of(PREFIX, "QueryMetrics");

  /** {@code aps:RemoteWrite}: Write; on workspace. */
  public static final Action REMOTE_WRITE = Action.of(PREFIX, "RemoteWrite");

  /** {@code aps:TagResource}: Tagging; on anomalydetector, rulegroupsnamespace, scraper, workspace. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code aps:UntagResource}: Tagging; on anomalydetector, rulegroupsnamespace, scraper, workspace. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code aps:UpdateLoggingConfiguration}: Write; on workspace. */
  public static final Action UPDATE_LOGGING_CONFIGURATION = Action.of(PREFIX, "UpdateLoggingConfiguration");

  /** {@code aps:UpdateQueryLoggingConfiguration}: Write; on workspace. */
  public static final Action UPDATE_QUERY_LOGGING_CONFIGURATION = Action.of(PREFIX, "UpdateQueryLoggingConfiguration");

  /** {@code aps:UpdateScraper}: Write; on scraper, workspace. */
  public static final Action UPDATE_SCRAPER = Action.of(PREFIX, "UpdateScraper");

  /** {@code aps:UpdateScraperLoggingConfiguration}: Write; on scraper. */
  public static final Action UPDATE_SCRAPER_LOGGING_CONFIGURATION = Action.of(PREFIX, "UpdateScraperLoggingConfiguration");

  /** {@code aps:UpdateWorkspaceAlias}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_ALIAS = Action.of(PREFIX, "UpdateWorkspaceAlias");

  /** {@code aps:UpdateWorkspaceConfiguration}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_CONFIGURATION = Action.of(PREFIX, "UpdateWorkspaceConfiguration");

  private Aps() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
