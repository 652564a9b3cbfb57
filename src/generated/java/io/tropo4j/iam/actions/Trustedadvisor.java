// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Trusted Advisor (prefix {@code trustedadvisor}), as the service authorization reference lists them.
 */
public final class Trustedadvisor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "trustedadvisor";

  /** {@code trustedadvisor:BatchUpdateRecommendationResourceExclusion}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_RECOMMENDATION_RESOURCE_EXCLUSION = Action.of(PREFIX, "BatchUpdateRecommendationResourceExclusion");

  /** {@code trustedadvisor:CreateEngagement}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENGAGEMENT = Action.of(PREFIX, "CreateEngagement");

  /** {@code trustedadvisor:CreateEngagementAttachment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENGAGEMENT_ATTACHMENT = Action.of(PREFIX, "CreateEngagementAttachment");

  /** {@code trustedadvisor:CreateEngagementCommunication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENGAGEMENT_COMMUNICATION = Action.of(PREFIX, "CreateEngagementCommunication");

  /** {@code trustedadvisor:DeleteNotificationConfigurationForDelegatedAdmin}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTIFICATION_CONFIGURATION_FOR_DELEGATED_ADMIN = Action.of(PREFIX, "DeleteNotificationConfigurationForDelegatedAdmin");

  /** {@code trustedadvisor:DescribeAccount}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT = Action.of(PREFIX, "DescribeAccount");

  /** {@code trustedadvisor:DescribeAccountAccess}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ACCESS = Action.of(PREFIX, "DescribeAccountAccess");

  /** {@code trustedadvisor:DescribeCheckItems}: Read; on checks. */
  public static final Action DESCRIBE_CHECK_ITEMS = Action.of(PREFIX, "DescribeCheckItems");

  /** {@code trustedadvisor:DescribeCheckRefreshStatuses}: Read; on checks. */
  public static final Action DESCRIBE_CHECK_REFRESH_STATUSES = Action.of(PREFIX, "DescribeCheckRefreshStatuses");

  /** {@code trustedadvisor:DescribeCheckStatusHistoryChanges}: Read; on checks. */
  public static final Action DESCRIBE_CHECK_STATUS_HISTORY_CHANGES = Action.of(PREFIX, "DescribeCheckStatusHistoryChanges");

  /** {@code trustedadvisor:DescribeCheckSummaries}: Read; on checks. */
  public static final Action DESCRIBE_CHECK_SUMMARIES = Action.of(PREFIX, "DescribeCheckSummaries");

  /** {@code trustedadvisor:DescribeChecks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CHECKS = Action.of(PREFIX, "DescribeChecks");

  /** {@code trustedadvisor:DescribeNotificationConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NOTIFICATION_CONFIGURATIONS = Action.of(PREFIX, "DescribeNotificationConfigurations");

  /** {@code trustedadvisor:DescribeNotificationPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NOTIFICATION_PREFERENCES = Action.of(PREFIX, "DescribeNotificationPreferences");

  /** {@code trustedadvisor:DescribeOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION = Action.of(PREFIX, "DescribeOrganization");

  /** {@code trustedadvisor:DescribeOrganizationAccounts}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_ACCOUNTS = Action.of(PREFIX, "DescribeOrganizationAccounts");

  /** {@code trustedadvisor:DescribeReports}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPORTS = Action.of(PREFIX, "DescribeReports");

  /** {@code trustedadvisor:DescribeRisk}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RISK = Action.of(PREFIX, "DescribeRisk");

  /** {@code trustedadvisor:DescribeRiskResources}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RISK_RESOURCES = Action.of(PREFIX, "DescribeRiskResources");

  /** {@code trustedadvisor:DescribeRisks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RISKS = Action.of(PREFIX, "DescribeRisks");

  /** {@code trustedadvisor:DescribeServiceMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_METADATA = Action.of(PREFIX, "DescribeServiceMetadata");

  /** {@code trustedadvisor:DownloadRisk}: Read; on no resource type (give {@code *}). */
  public static final Action DOWNLOAD_RISK = Action.of(PREFIX, "DownloadRisk");

  /** {@code trustedadvisor:ExcludeCheckItems}: Write; on checks. */
  public static final Action EXCLUDE_CHECK_ITEMS = Action.of(PREFIX, "ExcludeCheckItems");

  /** {@code trustedadvisor:GenerateReport}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_REPORT = Action.of(PREFIX, "GenerateReport");

  /** {@code trustedadvisor:GetEngagement}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENGAGEMENT = Action.of(PREFIX, "GetEngagement");

  /** {@code trustedadvisor:GetEngagementAttachment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENGAGEMENT_ATTACHMENT = Action.of(PREFIX, "GetEngagementAttachment");

  /** {@code trustedadvisor:GetEngagementType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENGAGEMENT_TYPE = Action.of(PREFIX, "GetEngagementType");

  /** {@code trustedadvisor:GetOrganizationRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORGANIZATION_RECOMMENDATION = Action.of(PREFIX, "GetOrganizationRecommendation");

  /** {@code trustedadvisor:GetRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RECOMMENDATION = Action.of(PREFIX, "GetRecommendation");

  /** {@code trustedadvisor:IncludeCheckItems}: Write; on checks. */
  public static final Action INCLUDE_CHECK_ITEMS = Action.of(PREFIX, "IncludeCheckItems");

  /** {@code trustedadvisor:ListAccountsForParent}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNTS_FOR_PARENT = Action.of(PREFIX, "ListAccountsForParent");

  /** {@code trustedadvisor:ListChecks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHECKS = Action.of(PREFIX, "ListChecks");

  /** {@code trustedadvisor:ListEngagementCommunications}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENT_COMMUNICATIONS = Action.of(PREFIX, "ListEngagementCommunications");

  /** {@code trustedadvisor:ListEngagementTypes}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENT_TYPES = Action.of(PREFIX, "ListEngagementTypes");

  /** {@code trustedadvisor:ListEngagements}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENTS = Action.of(PREFIX, "ListEngagements");

  /** {@code trustedadvisor:ListOrganizationRecommendationAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_RECOMMENDATION_ACCOUNTS = Action.of(PREFIX, "ListOrganizationRecommendationAccounts");

  /** {@code trustedadvisor:ListOrganizationRecommendationResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_RECOMMENDATION_RESOURCES = Action.of(PREFIX, "ListOrganizationRecommendationResources");

  /** {@code trustedadvisor:ListOrganizationRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_RECOMMENDATIONS = Action.of(PREFIX, "ListOrganizationRecommendations");

  /** {@code trustedadvisor:ListOrganizationalUnitsForParent}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATIONAL_UNITS_FOR_PARENT = Action.of(PREFIX, "ListOrganizationalUnitsForParent");

  /** {@code trustedadvisor:ListRecommendationResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDATION_RESOURCES = Action.of(PREFIX, "ListRecommendationResources");

  /** {@code trustedadvisor:ListRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code trustedadvisor:ListRoots}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ROOTS = Action.of(PREFIX, "ListRoots");

  /** {@code trustedadvisor:RefreshCheck}: Write; on checks. */
  public static final Action REFRESH_CHECK = Action.of(PREFIX, "RefreshCheck");

  /** {@code trustedadvisor:SetAccountAccess}: Write; on no resource type (give {@code *}). */
  public static final Action SET_ACCOUNT_ACCESS = Action.of(PREFIX, "SetAccountAccess");

  /** {@code trustedadvisor:SetOrganizationAccess}: Write; on no resource type (give {@code *}). */
  public static final Action SET_ORGANIZATION_ACCESS = Action.of(PREFIX, "SetOrganizationAccess");

  /** {@code trustedadvisor:UpdateEngagement}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENGAGEMENT = Action.of(PREFIX, "UpdateEngagement");

  /** {@code trustedadvisor:UpdateEngagementStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENGAGEMENT_STATUS = Action.of(PREFIX, "UpdateEngagementStatus");

  /** {@code trustedadvisor:UpdateNotificationConfigurations}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_NOTIFICATION_CONFIGURATIONS = Action.of(PREFIX, "UpdateNotificationConfigurations");

  /** {@code trustedadvisor:UpdateNotificationPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_NOTIFICATION_PREFERENCES = Action.of(PREFIX, "UpdateNotificationPreferences");

  /** {@code trustedadvisor:UpdateOrganizationRecommendationLifecycle}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ORGANIZATION_RECOMMENDATION_LIFECYCLE = Action.of(PREFIX, "UpdateOrganizationRecommendationLifecycle");

  /** {@code trustedadvisor:UpdateRecommendationLifecycle}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RECOMMENDATION_LIFECYCLE = Action.of(PREFIX, "UpdateRecommendationLifecycle");

  /** {@code trustedadvisor:UpdateRiskStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RISK_STATUS = Action.of(PREFIX, "UpdateRiskStatus");

  private Trustedadvisor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
