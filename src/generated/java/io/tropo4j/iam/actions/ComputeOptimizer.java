// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Compute Optimizer (prefix {@code compute-optimizer}), as the service authorization reference lists them.
 */
public final class ComputeOptimizer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "compute-optimizer";

  /** {@code compute-optimizer:DeleteRecommendationPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RECOMMENDATION_PREFERENCES = Action.of(PREFIX, "DeleteRecommendationPreferences");

  /** {@code compute-optimizer:DescribeRecommendationExportJobs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECOMMENDATION_EXPORT_JOBS = Action.of(PREFIX, "DescribeRecommendationExportJobs");

  /** {@code compute-optimizer:ExportAutoScalingGroupRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_AUTO_SCALING_GROUP_RECOMMENDATIONS = Action.of(PREFIX, "ExportAutoScalingGroupRecommendations");

  /** {@code compute-optimizer:ExportEBSVolumeRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_EBS_VOLUME_RECOMMENDATIONS = Action.of(PREFIX, "ExportEBSVolumeRecommendations");

  /** {@code compute-optimizer:ExportEC2InstanceRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_EC2_INSTANCE_RECOMMENDATIONS = Action.of(PREFIX, "ExportEC2InstanceRecommendations");

  /** {@code compute-optimizer:ExportECSServiceRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_ECS_SERVICE_RECOMMENDATIONS = Action.of(PREFIX, "ExportECSServiceRecommendations");

  /** {@code compute-optimizer:ExportIdleRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_IDLE_RECOMMENDATIONS = Action.of(PREFIX, "ExportIdleRecommendations");

  /** {@code compute-optimizer:ExportLambdaFunctionRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_LAMBDA_FUNCTION_RECOMMENDATIONS = Action.of(PREFIX, "ExportLambdaFunctionRecommendations");

  /** {@code compute-optimizer:ExportLicenseRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_LICENSE_RECOMMENDATIONS = Action.of(PREFIX, "ExportLicenseRecommendations");

  /** {@code compute-optimizer:ExportRDSDatabaseRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_RDS_DATABASE_RECOMMENDATIONS = Action.of(PREFIX, "ExportRDSDatabaseRecommendations");

  /** {@code compute-optimizer:GetAutoScalingGroupRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_AUTO_SCALING_GROUP_RECOMMENDATIONS = Action.of(PREFIX, "GetAutoScalingGroupRecommendations");

  /** {@code compute-optimizer:GetEBSVolumeRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_EBS_VOLUME_RECOMMENDATIONS = Action.of(PREFIX, "GetEBSVolumeRecommendations");

  /** {@code compute-optimizer:GetEC2InstanceRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_EC2_INSTANCE_RECOMMENDATIONS = Action.of(PREFIX, "GetEC2InstanceRecommendations");

  /** {@code compute-optimizer:GetEC2RecommendationProjectedMetrics}: List; on no resource type (give {@code *}). */
  public static final Action GET_EC2_RECOMMENDATION_PROJECTED_METRICS = Action.of(PREFIX, "GetEC2RecommendationProjectedMetrics");

  /** {@code compute-optimizer:GetECSServiceRecommendationProjectedMetrics}: List; on no resource type (give {@code *}). */
  public static final Action GET_ECS_SERVICE_RECOMMENDATION_PROJECTED_METRICS = Action.of(PREFIX, "GetECSServiceRecommendationProjectedMetrics");

  /** {@code compute-optimizer:GetECSServiceRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_ECS_SERVICE_RECOMMENDATIONS = Action.of(PREFIX, "GetECSServiceRecommendations");

  /** {@code compute-optimizer:GetEffectiveRecommendationPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EFFECTIVE_RECOMMENDATION_PREFERENCES = Action.of(PREFIX, "GetEffectiveRecommendationPreferences");

  /** {@code compute-optimizer:GetEnrollmentStatus}: List; on no resource type (give {@code *}). */
  public static final Action GET_ENROLLMENT_STATUS = Action.of(PREFIX, "GetEnrollmentStatus");

  /** {@code compute-optimizer:GetEnrollmentStatusesForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action GET_ENROLLMENT_STATUSES_FOR_ORGANIZATION = Action.of(PREFIX, "GetEnrollmentStatusesForOrganization");

  /** {@code compute-optimizer:GetIdleRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_IDLE_RECOMMENDATIONS = Action.of(PREFIX, "GetIdleRecommendations");

  /** {@code compute-optimizer:GetLambdaFunctionRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_LAMBDA_FUNCTION_RECOMMENDATIONS = Action.of(PREFIX, "GetLambdaFunctionRecommendations");

  /** {@code compute-optimizer:GetLicenseRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_LICENSE_RECOMMENDATIONS = Action.of(PREFIX, "GetLicenseRecommendations");

  /** {@code compute-optimizer:GetRDSDatabaseRecommendationProjectedMetrics}: List; on no resource type (give {@code *}). */
  public static final Action GET_RDS_DATABASE_RECOMMENDATION_PROJECTED_METRICS = Action.of(PREFIX, "GetRDSDatabaseRecommendationProjectedMetrics");

  /** {@code compute-optimizer:GetRDSDatabaseRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action GET_RDS_DATABASE_RECOMMENDATIONS = Action.of(PREFIX, "GetRDSDatabaseRecommendations");

  /** {@code compute-optimizer:GetRecommendationPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RECOMMENDATION_PREFERENCES = Action.of(PREFIX, "GetRecommendationPreferences");

  /** {@code compute-optimizer:GetRecommendationSummaries}: List; on no resource type (give {@code *}). */
  public static final Action GET_RECOMMENDATION_SUMMARIES = Action.of(PREFIX, "GetRecommendationSummaries");

  /** {@code compute-optimizer:PutRecommendationPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RECOMMENDATION_PREFERENCES = Action.of(PREFIX, "PutRecommendationPreferences");

  /** {@code compute-optimizer:UpdateEnrollmentStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENROLLMENT_STATUS = Action.of(PREFIX, "UpdateEnrollmentStatus");

  private ComputeOptimizer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
