// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Cost Explorer Service (prefix {@code ce}), as the service authorization reference lists them.
 */
public final class Ce {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ce";

  /** {@code ce:CreateAnomalyMonitor}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ANOMALY_MONITOR = Action.of(PREFIX, "CreateAnomalyMonitor");

  /** {@code ce:CreateAnomalySubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ANOMALY_SUBSCRIPTION = Action.of(PREFIX, "CreateAnomalySubscription");

  /** {@code ce:CreateCostCategoryDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COST_CATEGORY_DEFINITION = Action.of(PREFIX, "CreateCostCategoryDefinition");

  /** {@code ce:CreateNotificationSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NOTIFICATION_SUBSCRIPTION = Action.of(PREFIX, "CreateNotificationSubscription");

  /** {@code ce:CreateReport}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPORT = Action.of(PREFIX, "CreateReport");

  /** {@code ce:DeleteAnomalyMonitor}: Write; on anomalymonitor. */
  public static final Action DELETE_ANOMALY_MONITOR = Action.of(PREFIX, "DeleteAnomalyMonitor");

  /** {@code ce:DeleteAnomalySubscription}: Write; on anomalysubscription. */
  public static final Action DELETE_ANOMALY_SUBSCRIPTION = Action.of(PREFIX, "DeleteAnomalySubscription");

  /** {@code ce:DeleteCostCategoryDefinition}: Write; on costcategory. */
  public static final Action DELETE_COST_CATEGORY_DEFINITION = Action.of(PREFIX, "DeleteCostCategoryDefinition");

  /** {@code ce:DeleteNotificationSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTIFICATION_SUBSCRIPTION = Action.of(PREFIX, "DeleteNotificationSubscription");

  /** {@code ce:DeleteReport}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_REPORT = Action.of(PREFIX, "DeleteReport");

  /** {@code ce:DescribeCostCategoryDefinition}: Read; on costcategory. */
  public static final Action DESCRIBE_COST_CATEGORY_DEFINITION = Action.of(PREFIX, "DescribeCostCategoryDefinition");

  /** {@code ce:DescribeNotificationSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NOTIFICATION_SUBSCRIPTION = Action.of(PREFIX, "DescribeNotificationSubscription");

  /** {@code ce:DescribeReport}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPORT = Action.of(PREFIX, "DescribeReport");

  /** {@code ce:GetAnomalies}: Read; on anomalymonitor. */
  public static final Action GET_ANOMALIES = Action.of(PREFIX, "GetAnomalies");

  /** {@code ce:GetAnomalyMonitors}: Read; on anomalymonitor. */
  public static final Action GET_ANOMALY_MONITORS = Action.of(PREFIX, "GetAnomalyMonitors");

  /** {@code ce:GetAnomalySubscriptions}: Read; on anomalysubscription. */
  public static final Action GET_ANOMALY_SUBSCRIPTIONS = Action.of(PREFIX, "GetAnomalySubscriptions");

  /** {@code ce:GetApproximateUsageRecords}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPROXIMATE_USAGE_RECORDS = Action.of(PREFIX, "GetApproximateUsageRecords");

  /** {@code ce:GetCommitmentPurchaseAnalysis}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COMMITMENT_PURCHASE_ANALYSIS = Action.of(PREFIX, "GetCommitmentPurchaseAnalysis");

  /** {@code ce:GetConsoleActionSetEnforced}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONSOLE_ACTION_SET_ENFORCED = Action.of(PREFIX, "GetConsoleActionSetEnforced");

  /** {@code ce:GetCostAndUsage}: Read; on billingview. */
  public static final Action GET_COST_AND_USAGE = Action.of(PREFIX, "GetCostAndUsage");

  /** {@code ce:GetCostAndUsageComparisons}: Read; on billingview. */
  public static final Action GET_COST_AND_USAGE_COMPARISONS = Action.of(PREFIX, "GetCostAndUsageComparisons");

  /** {@code ce:GetCostAndUsageWithResources}: Read; on billingview. */
  public static final Action GET_COST_AND_USAGE_WITH_RESOURCES = Action.of(PREFIX, "GetCostAndUsageWithResources");

  /** {@code ce:GetCostCategories}: Read; on billingview. */
  public static final Action GET_COST_CATEGORIES = Action.of(PREFIX, "GetCostCategories");

  /** {@code ce:GetCostComparisonDrivers}: Read; on billingview. */
  public static final Action GET_COST_COMPARISON_DRIVERS = Action.of(PREFIX, "GetCostComparisonDrivers");

  /** {@code ce:GetCostForecast}: Read; on billingview. */
  public static final Action GET_COST_FORECAST = Action.of(PREFIX, "GetCostForecast");

  /** {@code ce:GetDimensionValues}: Read; on billingview. */
  public static final Action GET_DIMENSION_VALUES = Action.of(PREFIX, "GetDimensionValues");

  /** {@code ce:GetPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PREFERENCES = Action.of(PREFIX, "GetPreferences");

  /** {@code ce:GetReservationCoverage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVATION_COVERAGE = Action.of(PREFIX, "GetReservationCoverage");

  /** {@code ce:GetReservationPurchaseRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVATION_PURCHASE_RECOMMENDATION = Action.of(PREFIX, "GetReservationPurchaseRecommendation");

  /** {@code ce:GetReservationUtilization}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVATION_UTILIZATION = Action.of(PREFIX, "GetReservationUtilization");

  /** {@code ce:GetRightsizingRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RIGHTSIZING_RECOMMENDATION = Action.of(PREFIX, "GetRightsizingRecommendation");

  /** {@code ce:GetSavingsPlanPurchaseRecommendationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAVINGS_PLAN_PURCHASE_RECOMMENDATION_DETAILS = Action.of(PREFIX, "GetSavingsPlanPurchaseRecommendationDetails");

  /** {@code ce:GetSavingsPlansCoverage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAVINGS_PLANS_COVERAGE = Action.of(PREFIX, "GetSavingsPlansCoverage");

  /** {@code ce:GetSavingsPlansPurchaseRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAVINGS_PLANS_PURCHASE_RECOMMENDATION = Action.of(PREFIX, "GetSavingsPlansPurchaseRecommendation");

  /** {@code ce:GetSavingsPlansUtilization}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAVINGS_PLANS_UTILIZATION = Action.of(PREFIX, "GetSavingsPlansUtilization");

  /** {@code ce:GetSavingsPlansUtilizationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAVINGS_PLANS_UTILIZATION_DETAILS = Action.of(PREFIX, "GetSavingsPlansUtilizationDetails");

  /** {@code ce:GetTags}: Read; on billingview. */
  public static final Action GET_TAGS = Action.of(PREFIX, "GetTags");

  /** {@code ce:GetUsageForecast}: Read; on billingview. */
  public static final Action GET_USAGE_FORECAST = Action.of(PREFIX, "GetUsageForecast");

  /** {@code ce:ListCommitmentPurchaseAnalyses}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMMITMENT_PURCHASE_ANALYSES = Action.of(PREFIX, "ListCommitmentPurchaseAnalyses");

  /** {@code ce:ListCostAllocationTagBackfillHistory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COST_ALLOCATION_TAG_BACKFILL_HISTORY = Action.of(PREFIX, "ListCostAllocationTagBackfillHistory");

  /** {@code ce:ListCostAllocationTags}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COST_ALLOCATION_TAGS = Action.of(PREFIX, "ListCostAllocationTags");

  /** {@code ce:ListCostCategoryDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COST_CATEGORY_DEFINITIONS = Action.of(PREFIX, "ListCostCategoryDefinitions");

  /** {@code ce:ListCostCategoryResourceAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COST_CATEGORY_RESOURCE_ASSOCIATIONS = Action.of(PREFIX, "ListCostCategoryResourceAssociations");

  /** {@code ce:ListSavingsPlansPurchaseRecommendationGeneration}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SAVINGS_PLANS_PURCHASE_RECOMMENDATION_GENERATION = Action.of(PREFIX, "ListSavingsPlansPurchaseRecommendationGeneration");

  /** {@code ce:ListTagsForResource}: Read; on anomalymonitor, anomalysubscription, costcategory. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ce:ProvideAnomalyFeedback}: Write; on no resource type (give {@code *}). */
  public static final Action PROVIDE_ANOMALY_FEEDBACK = Action.of(PREFIX, "ProvideAnomalyFeedback");

  /** {@code ce:StartCommitmentPurchaseAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action START_COMMITMENT_PURCHASE_ANALYSIS = Action.of(PREFIX, "StartCommitmentPurchaseAnalysis");

  /** {@code ce:StartCostAllocationTagBackfill}: Write; on no resource type (give {@code *}). */
  public static final Action START_COST_ALLOCATION_TAG_BACKFILL = Action.of(PREFIX, "StartCostAllocationTagBackfill");

  /** {@code ce:StartSavingsPlansPurchaseRecommendationGeneration}: Write; on no resource type (give {@code *}). */
  public static final Action START_SAVINGS_PLANS_PURCHASE_RECOMMENDATION_GENERATION = Action.of(PREFIX, "StartSavingsPlansPurchaseRecommendationGeneration");

  /** {@code ce:TagResource}: Tagging; on anomalymonitor, anomalysubscription, costcategory. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ce:UntagResource}: Tagging; on anomalymonitor, anomalysubscription, costcategory. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ce:UpdateAnomalyMonitor}: Write; on anomalymonitor. */
  public static final Action UPDATE_ANOMALY_MONITOR = Action.of(PREFIX, "UpdateAnomalyMonitor");

  /** {@code ce:UpdateAnomalySubscription}: Write; on anomalysubscription. */
  public static final Action UPDATE_ANOMALY_SUBSCRIPTION = Action.of(PREFIX, "UpdateAnomalySubscription");

  /** {@code ce:UpdateConsoleActionSetEnforced}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONSOLE_ACTION_SET_ENFORCED = Action.of(PREFIX, "UpdateConsoleActionSetEnforced");

  /** {@code ce:UpdateCostAllocationTagsStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_COST_ALLOCATION_TAGS_STATUS = Action.of(PREFIX, "UpdateCostAllocationTagsStatus");

  /** {@code ce:UpdateCostCategoryDefinition}: Write; on costcategory. */
  public static final Action UPDATE_COST_CATEGORY_DEFINITION = Action.of(PREFIX, "UpdateCostCategoryDefinition");

  /** {@code ce:UpdateNotificationSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_NOTIFICATION_SUBSCRIPTION = Action.of(PREFIX, "UpdateNotificationSubscription");

  /** {@code ce:UpdatePreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PREFERENCES = Action.of(PREFIX, "UpdatePreferences");

  /** {@code ce:UpdateReport}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_REPORT = Action.of(PREFIX, "UpdateReport");

  private Ce() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
