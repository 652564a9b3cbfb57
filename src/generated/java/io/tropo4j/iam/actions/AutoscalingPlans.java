// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Auto Scaling (prefix {@code autoscaling-plans}), as the service authorization reference lists them.
 */
public final class AutoscalingPlans {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "autoscaling-plans";

  /** {@code autoscaling-plans:CreateScalingPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCALING_PLAN = Action.of(PREFIX, "CreateScalingPlan");

  /** {@code autoscaling-plans:DeleteScalingPlan}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SCALING_PLAN = Action.of(PREFIX, "DeleteScalingPlan");

  /** {@code autoscaling-plans:DescribeScalingPlanResources}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALING_PLAN_RESOURCES = Action.of(PREFIX, "DescribeScalingPlanResources");

  /** {@code autoscaling-plans:DescribeScalingPlans}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALING_PLANS = Action.of(PREFIX, "DescribeScalingPlans");

  /** {@code autoscaling-plans:GetScalingPlanResourceForecastData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SCALING_PLAN_RESOURCE_FORECAST_DATA = Action.of(PREFIX, "GetScalingPlanResourceForecastData");

  /** {@code autoscaling-plans:UpdateScalingPlan}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SCALING_PLAN = Action.of(PREFIX, "UpdateScalingPlan");

  private AutoscalingPlans() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
