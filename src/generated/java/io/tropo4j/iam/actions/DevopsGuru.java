// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon DevOps Guru (prefix {@code devops-guru}), as the service authorization reference lists them.
 */
public final class DevopsGuru {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "devops-guru";

  /** {@code devops-guru:AddNotificationChannel}: Write; on topic. */
  public static final Action ADD_NOTIFICATION_CHANNEL = Action.of(PREFIX, "AddNotificationChannel");

  /** {@code devops-guru:DeleteInsight}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INSIGHT = Action.of(PREFIX, "DeleteInsight");

  /** {@code devops-guru:DescribeAccountHealth}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_HEALTH = Action.of(PREFIX, "DescribeAccountHealth");

  /** {@code devops-guru:DescribeAccountOverview}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_OVERVIEW = Action.of(PREFIX, "DescribeAccountOverview");

  /** {@code devops-guru:DescribeAnomaly}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ANOMALY = Action.of(PREFIX, "DescribeAnomaly");

  /** {@code devops-guru:DescribeEventSourcesConfig}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_SOURCES_CONFIG = Action.of(PREFIX, "DescribeEventSourcesConfig");

  /** {@code devops-guru:DescribeFeedback}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FEEDBACK = Action.of(PREFIX, "DescribeFeedback");

  /** {@code devops-guru:DescribeInsight}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSIGHT = Action.of(PREFIX, "DescribeInsight");

  /** {@code devops-guru:DescribeOrganizationHealth}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_HEALTH = Action.of(PREFIX, "DescribeOrganizationHealth");

  /** {@code devops-guru:DescribeOrganizationOverview}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_OVERVIEW = Action.of(PREFIX, "DescribeOrganizationOverview");

  /** {@code devops-guru:DescribeOrganizationResourceCollectionHealth}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_RESOURCE_COLLECTION_HEALTH = Action.of(PREFIX, "DescribeOrganizationResourceCollectionHealth");

  /** {@code devops-guru:DescribeResourceCollectionHealth}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE_COLLECTION_HEALTH = Action.of(PREFIX, "DescribeResourceCollectionHealth");

  /** {@code devops-guru:DescribeServiceIntegration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_INTEGRATION = Action.of(PREFIX, "DescribeServiceIntegration");

  /** {@code devops-guru:GetCostEstimation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COST_ESTIMATION = Action.of(PREFIX, "GetCostEstimation");

  /** {@code devops-guru:GetResourceCollection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_COLLECTION = Action.of(PREFIX, "GetResourceCollection");

  /** {@code devops-guru:ListAnomaliesForInsight}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANOMALIES_FOR_INSIGHT = Action.of(PREFIX, "ListAnomaliesForInsight");

  /** {@code devops-guru:ListAnomalousLogGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANOMALOUS_LOG_GROUPS = Action.of(PREFIX, "ListAnomalousLogGroups");

  /** {@code devops-guru:ListEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENTS = Action.of(PREFIX, "ListEvents");

  /** {@code devops-guru:ListInsights}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSIGHTS = Action.of(PREFIX, "ListInsights");

  /** {@code devops-guru:ListMonitoredResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORED_RESOURCES = Action.of(PREFIX, "ListMonitoredResources");

  /** {@code devops-guru:ListNotificationChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATION_CHANNELS = Action.of(PREFIX, "ListNotificationChannels");

  /** {@code devops-guru:ListOrganizationInsights}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_INSIGHTS = Action.of(PREFIX, "ListOrganizationInsights");

  /** {@code devops-guru:ListRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code devops-guru:PutFeedback}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_FEEDBACK = Action.of(PREFIX, "PutFeedback");

  /** {@code devops-guru:RemoveNotificationChannel}: Write; on topic. */
  public static final Action REMOVE_NOTIFICATION_CHANNEL = Action.of(PREFIX, "RemoveNotificationChannel");

  /** {@code devops-guru:SearchInsights}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_INSIGHTS = Action.of(PREFIX, "SearchInsights");

  /** {@code devops-guru:SearchOrganizationInsights}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_ORGANIZATION_INSIGHTS = Action.of(PREFIX, "SearchOrganizationInsights");

  /** {@code devops-guru:StartCostEstimation}: Read; on no resource type (give {@code *}). */
  public static final Action START_COST_ESTIMATION = Action.of(PREFIX, "StartCostEstimation");

  /** {@code devops-guru:UpdateEventSourcesConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EVENT_SOURCES_CONFIG = Action.of(PREFIX, "UpdateEventSourcesConfig");

  /** {@code devops-guru:UpdateResourceCollection}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOURCE_COLLECTION = Action.of(PREFIX, "UpdateResourceCollection");

  /** {@code devops-guru:UpdateServiceIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_INTEGRATION = Action.of(PREFIX, "UpdateServiceIntegration");

  private DevopsGuru() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
