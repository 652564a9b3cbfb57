// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Resilience Hub (prefix {@code resiliencehub}), as the service authorization reference lists them.
 */
public final class Resiliencehub {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "resiliencehub";

  /** {@code resiliencehub:AcceptResourceGroupingRecommendations}: Write; on application. */
  public static final Action ACCEPT_RESOURCE_GROUPING_RECOMMENDATIONS = Action.of(PREFIX, "AcceptResourceGroupingRecommendations");

  /** {@code resiliencehub:AddDraftAppVersionResourceMappings}: Write; on application. */
  public static final Action ADD_DRAFT_APP_VERSION_RESOURCE_MAPPINGS = Action.of(PREFIX, "AddDraftAppVersionResourceMappings");

  /** {@code resiliencehub:BatchUpdateRecommendationStatus}: Write; on application. */
  public static final Action BATCH_UPDATE_RECOMMENDATION_STATUS = Action.of(PREFIX, "BatchUpdateRecommendationStatus");

  /** {@code resiliencehub:CreateApp}: Write; on application. */
  public static final Action CREATE_APP = Action.of(PREFIX, "CreateApp");

  /** {@code resiliencehub:CreateAppVersionAppComponent}: Write; on application. */
  public static final Action CREATE_APP_VERSION_APP_COMPONENT = Action.of(PREFIX, "CreateAppVersionAppComponent");

  /** {@code resiliencehub:CreateAppVersionResource}: Write; on application. */
  public static final Action CREATE_APP_VERSION_RESOURCE = Action.of(PREFIX, "CreateAppVersionResource");

  /** {@code resiliencehub:CreateRecommendationTemplate}: Write; on application. */
  public static final Action CREATE_RECOMMENDATION_TEMPLATE = Action.of(PREFIX, "CreateRecommendationTemplate");

  /** {@code resiliencehub:CreateResiliencyPolicy}: Write; on resiliency-policy. */
  public static final Action CREATE_RESILIENCY_POLICY = Action.of(PREFIX, "CreateResiliencyPolicy");

  /** {@code resiliencehub:DeleteApp}: Write; on application. */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code resiliencehub:DeleteAppAssessment}: Write; on application. */
  public static final Action DELETE_APP_ASSESSMENT = Action.of(PREFIX, "DeleteAppAssessment");

  /** {@code resiliencehub:DeleteAppInputSource}: Write; on application. */
  public static final Action DELETE_APP_INPUT_SOURCE = Action.of(PREFIX, "DeleteAppInputSource");

  /** {@code resiliencehub:DeleteAppVersionAppComponent}: Write; on application. */
  public static final Action DELETE_APP_VERSION_APP_COMPONENT = Action.of(PREFIX, "DeleteAppVersionAppComponent");

  /** {@code resiliencehub:DeleteAppVersionResource}: Write; on application. */
  public static final Action DELETE_APP_VERSION_RESOURCE = Action.of(PREFIX, "DeleteAppVersionResource");

  /** {@code resiliencehub:DeleteRecommendationTemplate}: Write; on application. */
  public static final Action DELETE_RECOMMENDATION_TEMPLATE = Action.of(PREFIX, "DeleteRecommendationTemplate");

  /** {@code resiliencehub:DeleteResiliencyPolicy}: Write; on resiliency-policy. */
  public static final Action DELETE_RESILIENCY_POLICY = Action.of(PREFIX, "DeleteResiliencyPolicy");

  /** {@code resiliencehub:DescribeApp}: Read; on application. */
  public static final Action DESCRIBE_APP = Action.of(PREFIX, "DescribeApp");

  /** {@code resiliencehub:DescribeAppAssessment}: Read; on application. */
  public static final Action DESCRIBE_APP_ASSESSMENT = Action.of(PREFIX, "DescribeAppAssessment");

  /** {@code resiliencehub:DescribeAppVersion}: Read; on application. */
  public static final Action DESCRIBE_APP_VERSION = Action.of(PREFIX, "DescribeAppVersion");

  /** {@code resiliencehub:DescribeAppVersionAppComponent}: Read; on application. */
  public static final Action DESCRIBE_APP_VERSION_APP_COMPONENT = Action.of(PREFIX, "DescribeAppVersionAppComponent");

  /** {@code resiliencehub:DescribeAppVersionResource}: Read; on application. */
  public static final Action DESCRIBE_APP_VERSION_RESOURCE = Action.of(PREFIX, "DescribeAppVersionResource");

  /** {@code resiliencehub:DescribeAppVersionResourcesResolutionStatus}: Read; on application. */
  public static final Action DESCRIBE_APP_VERSION_RESOURCES_RESOLUTION_STATUS = Action.of(PREFIX, "DescribeAppVersionResourcesResolutionStatus");

  /** {@code resiliencehub:DescribeAppVersionTemplate}: Read; on application. */
  public static final Action DESCRIBE_APP_VERSION_TEMPLATE = Action.of(PREFIX, "DescribeAppVersionTemplate");

  /** {@code resiliencehub:DescribeDraftAppVersionResourcesImportStatus}: Read; on application. */
  public static final Action DESCRIBE_DRAFT_APP_VERSION_RESOURCES_IMPORT_STATUS = Action.of(PREFIX, "DescribeDraftAppVersionResourcesImportStatus");

  /** {@code resiliencehub:DescribeMetricsExport}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_METRICS_EXPORT = Action.of(PREFIX, "DescribeMetricsExport");

  /** {@code resiliencehub:DescribeResiliencyPolicy}: Read; on resiliency-policy. */
  public static final Action DESCRIBE_RESILIENCY_POLICY = Action.of(PREFIX, "DescribeResiliencyPolicy");

  /** {@code resiliencehub:DescribeResourceGroupingRecommendationTask}: Read; on application. */
  public static final Action DESCRIBE_RESOURCE_GROUPING_RECOMMENDATION_TASK = Action.of(PREFIX, "DescribeResourceGroupingRecommendationTask");

  /** {@code resiliencehub:ImportResourcesToDraftAppVersion}: Write; on application. */
  public static final Action IMPORT_RESOURCES_TO_DRAFT_APP_VERSION = Action.of(PREFIX, "ImportResourcesToDraftAppVersion");

  /** {@code resiliencehub:ListAlarmRecommendations}: List; on application. */
  public static final Action LIST_ALARM_RECOMMENDATIONS = Action.of(PREFIX, "ListAlarmRecommendations");

  /** {@code resiliencehub:ListAppAssessmentComplianceDrifts}: List; on application. */
  public static final Action LIST_APP_ASSESSMENT_COMPLIANCE_DRIFTS = Action.of(PREFIX, "ListAppAssessmentComplianceDrifts");

  /** {@code resiliencehub:ListAppAssessmentResourceDrifts}: List; on application. */
  public static final Action LIST_APP_ASSESSMENT_RESOURCE_DRIFTS = Action.of(PREFIX, "ListAppAssessmentResourceDrifts");

  /** {@code resiliencehub:ListAppAssessments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APP_ASSESSMENTS = Action.of(PREFIX, "ListAppAssessments");

  /** {@code resiliencehub:ListAppComponentCompliances}: List; on application. */
  public static final Action LIST_APP_COMPONENT_COMPLIANCES = Action.of(PREFIX, "ListAppComponentCompliances");

  /** {@code resiliencehub:ListAppComponentRecommendations}: List; on application. */
  public static final Action LIST_APP_COMPONENT_RECOMMENDATIONS = Action.of(PREFIX, "ListAppComponentRecommendations");

  /** {@code resiliencehub:ListAppInputSources}: List; on application. */
  public static final Action LIST_APP_INPUT_SOURCES = Action.of(PREFIX, "ListAppInputSources");

  /** {@code resiliencehub:ListAppVersionAppComponents}: List; on application. */
  public static final Action LIST_APP_VERSION_APP_COMPONENTS = Action.of(PREFIX, "ListAppVersionAppComponents");

  /** {@code resiliencehub:ListAppVersionResourceMappings}: List; on application. */
  public static final Action LIST_APP_VERSION_RESOURCE_MAPPINGS = Action.of(PREFIX, "ListAppVersionResourceMappings");

  /** {@code resiliencehub:ListAppVersionResources}: List; on application. */
  public static final Action LIST_APP_VERSION_RESOURCES = Action.of(PREFIX, "ListAppVersionResources");

  /** {@code resiliencehub:ListAppVersions}: List; on application. */
  public static final Action LIST_APP_VERSIONS = Action.of(PREFIX, "ListAppVersions");

  /** {@code resiliencehub:ListApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPS = Action.of(PREFIX, "ListApps");

  /** {@code resiliencehub:ListMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METRICS = Action.of(PREFIX, "ListMetrics");

  /** {@code resiliencehub:ListRecommendationTemplates}: List; on application. */
  public static final Action LIST_RECOMMENDATION_TEMPLATES = Action.of(PREFIX, "ListRecommendationTemplates");

  /** {@code resiliencehub:ListResiliencyPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESILIENCY_POLICIES = Action.of(PREFIX, "ListResiliencyPolicies");

  /** {@code resiliencehub:ListResourceGroupingRecommendations}: List; on application. */
  public static final Action LIST_RESOURCE_GROUPING_RECOMMENDATIONS = Action.of(PREFIX, "ListResourceGroupingRecommendations");

  /** {@code resiliencehub:ListSopRecommendations}: List; on application. */
  public static final Action LIST_SOP_RECOMMENDATIONS = Action.of(PREFIX, "ListSopRecommendations");

  /** {@code resiliencehub:ListSuggestedResiliencyPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUGGESTED_RESILIENCY_POLICIES = Action.of(PREFIX, "ListSuggestedResiliencyPolicies");

  /** {@code resiliencehub:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code resiliencehub:ListTestRecommendations}: List; on application. */
  public static final Action LIST_TEST_RECOMMENDATIONS = Action.of(PREFIX, "ListTestRecommendations");

  /** {@code resiliencehub:ListUnsupportedAppVersionResources}: List; on application. */
  public static final Action LIST_UNSUPPORTED_APP_VERSION_RESOURCES = Action.of(PREFIX, "ListUnsupportedAppVersionResources");

  /** {@code resiliencehub:PublishAppVersion}: Write; on application. */
  public static final Action PUBLISH_APP_VERSION = Action.of(PREFIX, "PublishAppVersion");

  /** {@code resiliencehub:PutDraftAppVersionTemplate}: Write; on application. */
  public static final Action PUT_DRAFT_APP_VERSION_TEMPLATE = Action.of(PREFIX, "PutDraftAppVersionTemplate");

  /** {@code resiliencehub:RejectResourceGroupingRecommendations}: Write; on application. */
  public static final Action REJECT_RESOURCE_GROUPING_RECOMMENDATIONS = Action.of(PREFIX, "RejectResourceGroupingRecommendations");

  /** {@code resiliencehub:RemoveDraftAppVersionResourceMappings}: Write; on application. */
  public static final Action REMOVE_DRAFT_APP_VERSION_RESOURCE_MAPPINGS = Action.of(PREFIX, "RemoveDraftAppVersionResourceMappings");

  /** {@code resiliencehub:ResolveAppVersionResources}: Write; on application. */
  public static final Action RESOLVE_APP_VERSION_RESOURCES = Action.of(PREFIX, "ResolveAppVersionResources");

  /** {@code resiliencehub:StartAppAssessment}: Write; on application. */
  public static final Action START_APP_ASSESSMENT = Action.of(PREFIX, "StartAppAssessment");

  /** {@code resiliencehub:StartMetricsExport}: Write; on no resource type (give {@code *}). */
  public static final Action START_METRICS_EXPORT = Action.of(PREFIX, "StartMetricsExport");

  /** {@code resiliencehub:StartResourceGroupingRecommendationTask}: Write; on application. */
  public static final Action START_RESOURCE_GROUPING_RECOMMENDATION_TASK = Action.of(PREFIX, "StartResourceGroupingRecommendationTask");

  /** {@code resiliencehub:TagResource}: Tagging; on app-assessment, application, recommendation-template, resiliency-policy. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code resiliencehub:UntagResource}: Tagging; on app-assessment, application, recommendation-template, resiliency-policy. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code resiliencehub:UpdateApp}: Write; on application. */
  public static final Action UPDATE_APP = Action.of(PREFIX, "UpdateApp");

  /** {@code resiliencehub:UpdateAppVersion}: Write; on application. */
  public static final Action UPDATE_APP_VERSION = Action.of(PREFIX, "UpdateAppVersion");

  /** {@code resiliencehub:UpdateAppVersionAppComponent}: Write; on application. */
  public static final Action UPDATE_APP_VERSION_APP_COMPONENT = Action.of(PREFIX, "UpdateAppVersionAppComponent");

  /** {@code resiliencehub:UpdateAppVersionResource}: Write; on application. */
  public static final Action UPDATE_APP_VERSION_RESOURCE = Action.of(PREFIX, "UpdateAppVersionResource");

  /** {@code resiliencehub:UpdateResiliencyPolicy}: Write; on resiliency-policy. */
  public static final Action UPDATE_RESILIENCY_POLICY = Action.of(PREFIX, "UpdateResiliencyPolicy");

  private Resiliencehub() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
