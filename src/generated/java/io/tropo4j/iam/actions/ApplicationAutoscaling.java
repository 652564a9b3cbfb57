// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Application Auto Scaling (prefix {@code application-autoscaling}), as the service authorization reference lists them.
 */
public final class ApplicationAutoscaling {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "application-autoscaling";

  /** {@code application-autoscaling:DeleteScalingPolicy}: Write; on ScalableTarget. */
  public static final Action DELETE_SCALING_POLICY = Action.of(PREFIX, "DeleteScalingPolicy");

  /** {@code application-autoscaling:DeleteScheduledAction}: Write; on ScalableTarget. */
  public static final Action DELETE_SCHEDULED_ACTION = Action.of(PREFIX, "DeleteScheduledAction");

  /** {@code application-autoscaling:DeregisterScalableTarget}: Write; on ScalableTarget. */
  public static final Action DEREGISTER_SCALABLE_TARGET = Action.of(PREFIX, "DeregisterScalableTarget");

  /** {@code application-autoscaling:DescribeScalableTargets}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALABLE_TARGETS = Action.of(PREFIX, "DescribeScalableTargets");

  /** {@code application-autoscaling:DescribeScalingActivities}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALING_ACTIVITIES = Action.of(PREFIX, "DescribeScalingActivities");

  /** {@code application-autoscaling:DescribeScalingPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALING_POLICIES = Action.of(PREFIX, "DescribeScalingPolicies");

  /** {@code application-autoscaling:DescribeScheduledActions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCHEDULED_ACTIONS = Action.of(PREFIX, "DescribeScheduledActions");

  /** {@code application-autoscaling:GetPredictiveScalingForecast}: List; on no resource type (give {@code *}). */
  public static final Action GET_PREDICTIVE_SCALING_FORECAST = Action.of(PREFIX, "GetPredictiveScalingForecast");

  /** {@code application-autoscaling:ListTagsForResource}: Read; on ScalableTarget. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code application-autoscaling:PutScalingPolicy}: Write; on ScalableTarget. */
  public static final Action PUT_SCALING_POLICY = Action.of(PREFIX, "PutScalingPolicy");

  /** {@code application-autoscaling:PutScheduledAction}: Write; on ScalableTarget. */
  public static final Action PUT_SCHEDULED_ACTION = Action.of(PREFIX, "PutScheduledAction");

  /** {@code application-autoscaling:RegisterScalableTarget}: Write; on ScalableTarget. */
  public static final Action REGISTER_SCALABLE_TARGET = Action.of(PREFIX, "RegisterScalableTarget");

  /** {@code application-autoscaling:TagResource}: Tagging; on ScalableTarget. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code application-autoscaling:UntagResource}: Tagging; on ScalableTarget. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private ApplicationAutoscaling() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
