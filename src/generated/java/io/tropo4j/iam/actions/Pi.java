// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Performance Insights (prefix {@code pi}), as the service authorization reference lists them.
 */
public final class Pi {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pi";

  /** {@code pi:CreatePerformanceAnalysisReport}: Write; on perf-reports-resource. */
  public static final Action CREATE_PERFORMANCE_ANALYSIS_REPORT = Action.of(PREFIX, "CreatePerformanceAnalysisReport");

  /** {@code pi:DeletePerformanceAnalysisReport}: Write; on perf-reports-resource. */
  public static final Action DELETE_PERFORMANCE_ANALYSIS_REPORT = Action.of(PREFIX, "DeletePerformanceAnalysisReport");

  /** {@code pi:DescribeDimensionKeys}: Read; on metric-resource. */
  public static final Action DESCRIBE_DIMENSION_KEYS = Action.of(PREFIX, "DescribeDimensionKeys");

  /** {@code pi:GetDimensionKeyDetails}: Read; on metric-resource. */
  public static final Action GET_DIMENSION_KEY_DETAILS = Action.of(PREFIX, "GetDimensionKeyDetails");

  /** {@code pi:GetPerformanceAnalysisReport}: Read; on perf-reports-resource. */
  public static final Action GET_PERFORMANCE_ANALYSIS_REPORT = Action.of(PREFIX, "GetPerformanceAnalysisReport");

  /** {@code pi:GetResourceMetadata}: Read; on metric-resource. */
  public static final Action GET_RESOURCE_METADATA = Action.of(PREFIX, "GetResourceMetadata");

  /** {@code pi:GetResourceMetrics}: Read; on metric-resource. */
  public static final Action GET_RESOURCE_METRICS = Action.of(PREFIX, "GetResourceMetrics");

  /** {@code pi:ListAvailableResourceDimensions}: Read; on metric-resource. */
  public static final Action LIST_AVAILABLE_RESOURCE_DIMENSIONS = Action.of(PREFIX, "ListAvailableResourceDimensions");

  /** {@code pi:ListAvailableResourceMetrics}: Read; on metric-resource. */
  public static final Action LIST_AVAILABLE_RESOURCE_METRICS = Action.of(PREFIX, "ListAvailableResourceMetrics");

  /** {@code pi:ListPerformanceAnalysisReports}: List; on perf-reports-resource. */
  public static final Action LIST_PERFORMANCE_ANALYSIS_REPORTS = Action.of(PREFIX, "ListPerformanceAnalysisReports");

  /** {@code pi:ListTagsForResource}: List; on metric-resource, perf-reports-resource. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code pi:TagResource}: Tagging; on perf-reports-resource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code pi:UntagResource}: Tagging; on perf-reports-resource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Pi() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
