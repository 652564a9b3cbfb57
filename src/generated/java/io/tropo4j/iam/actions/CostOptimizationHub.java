// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Cost Optimization Hub (prefix {@code cost-optimization-hub}), as the service authorization reference lists them.
 */
public final class CostOptimizationHub {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cost-optimization-hub";

  /** {@code cost-optimization-hub:GetPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PREFERENCES = Action.of(PREFIX, "GetPreferences");

  /** {@code cost-optimization-hub:GetRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RECOMMENDATION = Action.of(PREFIX, "GetRecommendation");

  /** {@code cost-optimization-hub:ListEfficiencyMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EFFICIENCY_METRICS = Action.of(PREFIX, "ListEfficiencyMetrics");

  /** {@code cost-optimization-hub:ListEnrollmentStatuses}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENROLLMENT_STATUSES = Action.of(PREFIX, "ListEnrollmentStatuses");

  /** {@code cost-optimization-hub:ListRecommendationSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDATION_SUMMARIES = Action.of(PREFIX, "ListRecommendationSummaries");

  /** {@code cost-optimization-hub:ListRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code cost-optimization-hub:UpdateEnrollmentStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENROLLMENT_STATUS = Action.of(PREFIX, "UpdateEnrollmentStatus");

  /** {@code cost-optimization-hub:UpdatePreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PREFERENCES = Action.of(PREFIX, "UpdatePreferences");

  private CostOptimizationHub() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
