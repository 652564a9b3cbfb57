// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CodeGuru Profiler (prefix {@code codeguru-profiler}), as the service authorization reference lists them.
 */
public final class CodeguruProfiler {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codeguru-profiler";

  /** {@code codeguru-profiler:AddNotificationChannels}: Write; on ProfilingGroup. */
  public static final Action ADD_NOTIFICATION_CHANNELS = Action.of(PREFIX, "AddNotificationChannels");

  /** {@code codeguru-profiler:BatchGetFrameMetricData}: List; on ProfilingGroup. */
  public static final Action BATCH_GET_FRAME_METRIC_DATA = Action.of(PREFIX, "BatchGetFrameMetricData");

  /** {@code codeguru-profiler:ConfigureAgent}: Write; on ProfilingGroup. */
  public static final Action CONFIGURE_AGENT = Action.of(PREFIX, "ConfigureAgent");

  /** {@code codeguru-profiler:CreateProfilingGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILING_GROUP = Action.of(PREFIX, "CreateProfilingGroup");

  /** {@code codeguru-profiler:DeleteProfilingGroup}: Write; on ProfilingGroup. */
  public static final Action DELETE_PROFILING_GROUP = Action.of(PREFIX, "DeleteProfilingGroup");

  /** {@code codeguru-profiler:DescribeProfilingGroup}: Read; on ProfilingGroup. */
  public static final Action DESCRIBE_PROFILING_GROUP = Action.of(PREFIX, "DescribeProfilingGroup");

  /** {@code codeguru-profiler:GetFindingsReportAccountSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDINGS_REPORT_ACCOUNT_SUMMARY = Action.of(PREFIX, "GetFindingsReportAccountSummary");

  /** {@code codeguru-profiler:GetNotificationConfiguration}: Read; on ProfilingGroup. */
  public static final Action GET_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "GetNotificationConfiguration");

  /** {@code codeguru-profiler:GetPolicy}: Read; on ProfilingGroup. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code codeguru-profiler:GetProfile}: Read; on ProfilingGroup. */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code codeguru-profiler:GetRecommendations}: Read; on ProfilingGroup. */
  public static final Action GET_RECOMMENDATIONS = Action.of(PREFIX, "GetRecommendations");

  /** {@code codeguru-profiler:ListFindingsReports}: List; on ProfilingGroup. */
  public static final Action LIST_FINDINGS_REPORTS = Action.of(PREFIX, "ListFindingsReports");

  /** {@code codeguru-profiler:ListProfileTimes}: List; on ProfilingGroup. */
  public static final Action LIST_PROFILE_TIMES = Action.of(PREFIX, "ListProfileTimes");

  /** {@code codeguru-profiler:ListProfilingGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILING_GROUPS = Action.of(PREFIX, "ListProfilingGroups");

  /** {@code codeguru-profiler:ListTagsForResource}: List; on ProfilingGroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codeguru-profiler:PostAgentProfile}: Write; on ProfilingGroup. */
  public static final Action POST_AGENT_PROFILE = Action.of(PREFIX, "PostAgentProfile");

  /** {@code codeguru-profiler:PutPermission}: Permissions management; on ProfilingGroup. */
  public static final Action PUT_PERMISSION = Action.of(PREFIX, "PutPermission");

  /** {@code codeguru-profiler:RemoveNotificationChannel}: Write; on ProfilingGroup. */
  public static final Action REMOVE_NOTIFICATION_CHANNEL = Action.of(PREFIX, "RemoveNotificationChannel");

  /** {@code codeguru-profiler:RemovePermission}: Permissions management; on ProfilingGroup. */
  public static final Action REMOVE_PERMISSION = Action.of(PREFIX, "RemovePermission");

  /** {@code codeguru-profiler:SubmitFeedback}: Write; on ProfilingGroup. */
  public static final Action SUBMIT_FEEDBACK = Action.of(PREFIX, "SubmitFeedback");

  /** {@code codeguru-profiler:TagResource}: Tagging; on ProfilingGroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codeguru-profiler:UntagResource}: Tagging; on ProfilingGroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codeguru-profiler:UpdateProfilingGroup}: Write; on ProfilingGroup. */
  public static final Action UPDATE_PROFILING_GROUP = Action.of(PREFIX, "UpdateProfilingGroup");

  private CodeguruProfiler() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
