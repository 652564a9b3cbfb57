// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS X-Ray (prefix {@code xray}), as the service authorization reference lists them.
 */
public final class Xray {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "xray";

  /** {@code xray:BatchGetTraceSummaryById}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_TRACE_SUMMARY_BY_ID = Action.of(PREFIX, "BatchGetTraceSummaryById");

  /** {@code xray:BatchGetTraces}: List; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_TRACES = Action.of(PREFIX, "BatchGetTraces");

  /** {@code xray:CancelTraceRetrieval}: Read; on no resource type (give {@code *}). */
  public static final Action CANCEL_TRACE_RETRIEVAL = Action.of(PREFIX, "CancelTraceRetrieval");

  /** {@code xray:CreateGroup}: Write; on group. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code xray:CreateSamplingRule}: Write; on sampling-rule. */
  public static final Action CREATE_SAMPLING_RULE = Action.of(PREFIX, "CreateSamplingRule");

  /** {@code xray:DeleteGroup}: Write; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code xray:DeleteResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code xray:DeleteSamplingRule}: Write; on sampling-rule. */
  public static final Action DELETE_SAMPLING_RULE = Action.of(PREFIX, "DeleteSamplingRule");

  /** {@code xray:GetDistinctTraceGraphs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISTINCT_TRACE_GRAPHS = Action.of(PREFIX, "GetDistinctTraceGraphs");

  /** {@code xray:GetEncryptionConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENCRYPTION_CONFIG = Action.of(PREFIX, "GetEncryptionConfig");

  /** {@code xray:GetGroup}: Read; on group. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code xray:GetGroups}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GROUPS = Action.of(PREFIX, "GetGroups");

  /** {@code xray:GetIndexingRules}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INDEXING_RULES = Action.of(PREFIX, "GetIndexingRules");

  /** {@code xray:GetInsight}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSIGHT = Action.of(PREFIX, "GetInsight");

  /** {@code xray:GetInsightEvents}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSIGHT_EVENTS = Action.of(PREFIX, "GetInsightEvents");

  /** {@code xray:GetInsightImpactGraph}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSIGHT_IMPACT_GRAPH = Action.of(PREFIX, "GetInsightImpactGraph");

  /** {@code xray:GetInsightSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSIGHT_SUMMARIES = Action.of(PREFIX, "GetInsightSummaries");

  /** {@code xray:GetRetrievedTracesGraph}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RETRIEVED_TRACES_GRAPH = Action.of(PREFIX, "GetRetrievedTracesGraph");

  /** {@code xray:GetSamplingRules}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAMPLING_RULES = Action.of(PREFIX, "GetSamplingRules");

  /** {@code xray:GetSamplingStatisticSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAMPLING_STATISTIC_SUMMARIES = Action.of(PREFIX, "GetSamplingStatisticSummaries");

  /** {@code xray:GetSamplingTargets}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAMPLING_TARGETS = Action.of(PREFIX, "GetSamplingTargets");

  /** {@code xray:GetServiceGraph}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_GRAPH = Action.of(PREFIX, "GetServiceGraph");

  /** {@code xray:GetTimeSeriesServiceStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TIME_SERIES_SERVICE_STATISTICS = Action.of(PREFIX, "GetTimeSeriesServiceStatistics");

  /** {@code xray:GetTraceGraph}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRACE_GRAPH = Action.of(PREFIX, "GetTraceGraph");

  /** {@code xray:GetTraceSegmentDestination}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRACE_SEGMENT_DESTINATION = Action.of(PREFIX, "GetTraceSegmentDestination");

  /** {@code xray:GetTraceSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRACE_SUMMARIES = Action.of(PREFIX, "GetTraceSummaries");

  /** {@code xray:Link}: Write; on no resource type (give {@code *}). */
  public static final Action LINK = Action.of(PREFIX, "Link");

  /** {@code xray:ListResourcePolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_POLICIES = Action.of(PREFIX, "ListResourcePolicies");

  /** {@code xray:ListRetrievedTraces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RETRIEVED_TRACES = Action.of(PREFIX, "ListRetrievedTraces");

  /** {@code xray:ListTagsForResource}: List; on group, sampling-rule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code xray:PutEncryptionConfig}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_ENCRYPTION_CONFIG = Action.of(PREFIX, "PutEncryptionConfig");

  /** {@code xray:PutResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code xray:PutSpans}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SPANS = Action.of(PREFIX, "PutSpans");

  /** {@code xray:PutSpansForIndexing}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SPANS_FOR_INDEXING = Action.of(PREFIX, "PutSpansForIndexing");

  /** {@code xray:PutTelemetryRecords}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_TELEMETRY_RECORDS = Action.of(PREFIX, "PutTelemetryRecords");

  /** {@code xray:PutTraceSegments}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_TRACE_SEGMENTS = Action.of(PREFIX, "PutTraceSegments");

  /** {@code xray:StartTraceRetrieval}: Read; on no resource type (give {@code *}). */
  public static final Action START_TRACE_RETRIEVAL = Action.of(PREFIX, "StartTraceRetrieval");

  /** {@code xray:TagResource}: Tagging; on group, sampling-rule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code xray:UntagResource}: Tagging; on group, sampling-rule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code xray:UpdateGroup}: Write; on group. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code xray:UpdateIndexingRule}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_INDEXING_RULE = Action.of(PREFIX, "UpdateIndexingRule");

  /** {@code xray:UpdateSamplingRule}: Write; on sampling-rule. */
  public static final Action UPDATE_SAMPLING_RULE = Action.of(PREFIX, "UpdateSamplingRule");

  /** {@code xray:UpdateTraceSegmentDestination}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TRACE_SEGMENT_DESTINATION = Action.of(PREFIX, "UpdateTraceSegmentDestination");

  private Xray() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
