// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EMR Serverless (prefix {@code emr-serverless}), as the service authorization reference lists them.
 */
public final class EmrServerless {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "emr-serverless";

  /** {@code emr-serverless:AccessInteractiveEndpoints}: Write; on application. */
  public static final Action ACCESS_INTERACTIVE_ENDPOINTS = Action.of(PREFIX, "AccessInteractiveEndpoints");

  /** {@code emr-serverless:AccessLivyEndpoints}: Write; on application. */
  public static final Action ACCESS_LIVY_ENDPOINTS = Action.of(PREFIX, "AccessLivyEndpoints");

  /** {@code emr-serverless:AccessSystemProfileLogs}: Write; on jobRun. */
  public static final Action ACCESS_SYSTEM_PROFILE_LOGS = Action.of(PREFIX, "AccessSystemProfileLogs");

  /** {@code emr-serverless:CancelJobRun}: Write; on jobRun. */
  public static final Action CANCEL_JOB_RUN = Action.of(PREFIX, "CancelJobRun");

  /** {@code emr-serverless:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code emr-serverless:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code emr-serverless:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code emr-serverless:GetDashboardForJobRun}: Read; on jobRun. */
  public static final Action GET_DASHBOARD_FOR_JOB_RUN = Action.of(PREFIX, "GetDashboardForJobRun");

  /** {@code emr-serverless:GetJobRun}: Read; on jobRun. */
  public static final Action GET_JOB_RUN = Action.of(PREFIX, "GetJobRun");

  /** {@code emr-serverless:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code emr-serverless:ListJobRunAttempts}: List; on jobRun. */
  public static final Action LIST_JOB_RUN_ATTEMPTS = Action.of(PREFIX, "ListJobRunAttempts");

  /** {@code emr-serverless:ListJobRuns}: List; on application. */
  public static final Action LIST_JOB_RUNS = Action.of(PREFIX, "ListJobRuns");

  /** {@code emr-serverless:ListTagsForResource}: Read; on application, jobRun. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code emr-serverless:StartApplication}: Write; on application. */
  public static final Action START_APPLICATION = Action.of(PREFIX, "StartApplication");

  /** {@code emr-serverless:StartJobRun}: Write; on application. */
  public static final Action START_JOB_RUN = Action.of(PREFIX, "StartJobRun");

  /** {@code emr-serverless:StopApplication}: Write; on application. */
  public static final Action STOP_APPLICATION = Action.of(PREFIX, "StopApplication");

  /** {@code emr-serverless:TagResource}: Tagging; on application, jobRun. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code emr-serverless:UntagResource}: Tagging; on application, jobRun. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code emr-serverless:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  private EmrServerless() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
