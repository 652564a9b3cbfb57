// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Application Transformation Service (prefix {@code application-transformation}), as the service authorization reference lists them.
 */
public final class ApplicationTransformation {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "application-transformation";

  /** {@code application-transformation:GetContainerization}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINERIZATION = Action.of(PREFIX, "GetContainerization");

  /** {@code application-transformation:GetDeployment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code application-transformation:GetGroupingAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GROUPING_ASSESSMENT = Action.of(PREFIX, "GetGroupingAssessment");

  /** {@code application-transformation:GetPortingCompatibilityAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PORTING_COMPATIBILITY_ASSESSMENT = Action.of(PREFIX, "GetPortingCompatibilityAssessment");

  /** {@code application-transformation:GetPortingRecommendationAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PORTING_RECOMMENDATION_ASSESSMENT = Action.of(PREFIX, "GetPortingRecommendationAssessment");

  /** {@code application-transformation:GetRuntimeAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RUNTIME_ASSESSMENT = Action.of(PREFIX, "GetRuntimeAssessment");

  /** {@code application-transformation:PutLogData}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LOG_DATA = Action.of(PREFIX, "PutLogData");

  /** {@code application-transformation:PutMetricData}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_METRIC_DATA = Action.of(PREFIX, "PutMetricData");

  /** {@code application-transformation:StartContainerization}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONTAINERIZATION = Action.of(PREFIX, "StartContainerization");

  /** {@code application-transformation:StartDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action START_DEPLOYMENT = Action.of(PREFIX, "StartDeployment");

  /** {@code application-transformation:StartGroupingAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action START_GROUPING_ASSESSMENT = Action.of(PREFIX, "StartGroupingAssessment");

  /** {@code application-transformation:StartPortingCompatibilityAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action START_PORTING_COMPATIBILITY_ASSESSMENT = Action.of(PREFIX, "StartPortingCompatibilityAssessment");

  /** {@code application-transformation:StartPortingRecommendationAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action START_PORTING_RECOMMENDATION_ASSESSMENT = Action.of(PREFIX, "StartPortingRecommendationAssessment");

  /** {@code application-transformation:StartRuntimeAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action START_RUNTIME_ASSESSMENT = Action.of(PREFIX, "StartRuntimeAssessment");

  private ApplicationTransformation() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
