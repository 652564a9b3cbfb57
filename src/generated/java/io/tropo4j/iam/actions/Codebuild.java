// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeBuild (prefix {@code codebuild}), as the service authorization reference lists them.
 */
public final class Codebuild {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codebuild";

  /** {@code codebuild:BatchDeleteBuilds}: Write; on project. */
  public static final Action BATCH_DELETE_BUILDS = Action.of(PREFIX, "BatchDeleteBuilds");

  /** {@code codebuild:BatchGetBuildBatches}: Read; on project. */
  public static final Action BATCH_GET_BUILD_BATCHES = Action.of(PREFIX, "BatchGetBuildBatches");

  /** {@code codebuild:BatchGetBuilds}: Read; on project. */
  public static final Action BATCH_GET_BUILDS = Action.of(PREFIX, "BatchGetBuilds");

  /** {@code codebuild:BatchGetCommandExecutions}: Read; on sandbox. */
  public static final Action BATCH_GET_COMMAND_EXECUTIONS = Action.of(PREFIX, "BatchGetCommandExecutions");

  /** {@code codebuild:BatchGetFleets}: Read; on fleet. */
  public static final Action BATCH_GET_FLEETS = Action.of(PREFIX, "BatchGetFleets");

  /** {@code codebuild:BatchGetProjects}: Read; on project. */
  public static final Action BATCH_GET_PROJECTS = Action.of(PREFIX, "BatchGetProjects");

  /** {@code codebuild:BatchGetReportGroups}: Read; on report-group. */
  public static final Action BATCH_GET_REPORT_GROUPS = Action.of(PREFIX, "BatchGetReportGroups");

  /** {@code codebuild:BatchGetReports}: Read; on report-group. */
  public static final Action BATCH_GET_REPORTS = Action.of(PREFIX, "BatchGetReports");

  /** {@code codebuild:BatchGetSandboxes}: Read; on project. */
  public static final Action BATCH_GET_SANDBOXES = Action.of(PREFIX, "BatchGetSandboxes");

  /** {@code codebuild:BatchPutCodeCoverages}: Write; on report-group. */
  public static final Action BATCH_PUT_CODE_COVERAGES = Action.of(PREFIX, "BatchPutCodeCoverages");

  /** {@code codebuild:BatchPutTestCases}: Write; on report-group. */
  public static final Action BATCH_PUT_TEST_CASES = Action.of(PREFIX, "BatchPutTestCases");

  /** {@code codebuild:CreateFleet}: Write; on fleet. */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code codebuild:CreateProject}: Write; on project. */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code codebuild:CreateReport}: Write; on report-group. */
  public static final Action CREATE_REPORT = Action.of(PREFIX, "CreateReport");

  /** {@code codebuild:CreateReportGroup}: Write; on report-group. */
  public static final Action CREATE_REPORT_GROUP = Action.of(PREFIX, "CreateReportGroup");

  /** {@code codebuild:CreateWebhook}: Write; on project. */
  public static final Action CREATE_WEBHOOK = Action.of(PREFIX, "CreateWebhook");

  /** {@code codebuild:DeleteBuildBatch}: Write; on project. */
  public static final Action DELETE_BUILD_BATCH = Action.of(PREFIX, "DeleteBuildBatch");

  /** {@code codebuild:DeleteFleet}: Write; on fleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code codebuild:DeleteOAuthToken}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_O_AUTH_TOKEN = Action.of(PREFIX, "DeleteOAuthToken");

  /** {@code codebuild:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code codebuild:DeleteReport}: Write; on report-group. */
  public static final Action DELETE_REPORT = Action.of(PREFIX, "DeleteReport");

  /** {@code codebuild:DeleteReportGroup}: Write; on report-group. */
  public static final Action DELETE_REPORT_GROUP = Action.of(PREFIX, "DeleteReportGroup");

  /** {@code codebuild:DeleteResourcePolicy}: Permissions management; on project, report-group. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code codebuild:DeleteSourceCredentials}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_SOURCE_CREDENTIALS = Action.of(PREFIX, "DeleteSourceCredentials");

  /** {@code codebuild:DeleteWebhook}: Write; on project. */
  public static final Action DELETE_WEBHOOK = Action.of(PREFIX, "DeleteWebhook");

  /** {@code codebuild:DescribeCodeCoverages}: Read; on report-group. */
  public static final Action DESCRIBE_CODE_COVERAGES = Action.of(PREFIX, "DescribeCodeCoverages");

  /** {@code codebuild:DescribeTestCases}: Read; on report-group. */
  public static final Action DESCRIBE_TEST_CASES = Action.of(PREFIX, "DescribeTestCases");

  /** {@code codebuild:GetReportGroupTrend}: Read; on report-group. */
  public static final Action GET_REPORT_GROUP_TREND = Action.of(PREFIX, "GetReportGroupTrend");

  /** {@code codebuild:GetResourcePolicy}: Read; on project, report-group. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code codebuild:ImportSourceCredentials}: Permissions management; on no resource type (give {@code *}). */
  public static final Action IMPORT_SOURCE_CREDENTIALS = Action.of(PREFIX, "ImportSourceCredentials");

  /** {@code codebuild:InvalidateProjectCache}: Write; on project. */
  public static final Action INVALIDATE_PROJECT_CACHE = Action.of(PREFIX, "InvalidateProjectCache");

  /** {@code codebuild:ListBuildBatches}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUILD_BATCHES = Action.of(PREFIX, "ListBuildBatches");

  /** {@code codebuild:ListBuildBatchesForProject}: List; on project. */
  public static final Action LIST_BUILD_BATCHES_FOR_PROJECT = Action.of(PREFIX, "ListBuildBatchesForProject");

  /** {@code codebuild:ListBuilds}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUILDS = Action.of(PREFIX, "ListBuilds");

  /** {@code codebuild:ListBuildsForProject}: List; on project. */
  public static final Action LIST_BUILDS_FOR_PROJECT = Action.of(PREFIX, "ListBuildsForProject");

  /** {@code codebuild:ListCommandExecutionsForSandbox}: List; on sandbox. */
  public static final Action LIST_COMMAND_EXECUTIONS_FOR_SANDBOX = Action.of(PREFIX, "ListCommandExecutionsForSandbox");

  /** {@code codebuild:ListConnectedOAuthAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTED_O_AUTH_ACCOUNTS = Action.of(PREFIX, "ListConnectedOAuthAccounts");

  /** {@code codebuild:ListCuratedEnvironmentImages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CURATED_ENVIRONMENT_IMAGES = Action.of(PREFIX, "ListCuratedEnvironmentImages");

  /** {@code codebuild:ListFleets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLEETS = Action.of(PREFIX, "ListFleets");

  /** {@code codebuild:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code codebuild:ListReportGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPORT_GROUPS = Action.of(PREFIX, "ListReportGroups");

  /** {@code codebuild:ListReports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPORTS = Action.of(PREFIX, "ListReports");

  /** {@code codebuild:ListReportsForReportGroup}: List; on report-group. */
  public static final Action LIST_REPORTS_FOR_REPORT_GROUP = Action.of(PREFIX, "ListReportsForReportGroup");

  /** {@code codebuild:ListRepositories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORIES = Action.of(PREFIX, "ListRepositories");

  /** {@code codebuild:ListSandboxes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SANDBOXES = Action.of(PREFIX, "ListSandboxes");

  /** {@code codebuild:ListSandboxesForProject}: List; on project. */
  public static final Action LIST_SANDBOXES_FOR_PROJECT = Action.of(PREFIX, "ListSandboxesForProject");

  /** {@code codebuild:ListSharedProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARED_PROJECTS = Action.of(PREFIX, "ListSharedProjects");

  /** {@code codebuild:ListSharedReportGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARED_REPORT_GROUPS = Action.of(PREFIX, "ListSharedReportGroups");

  /** {@code codebuild:ListSourceCredentials}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOURCE_CREDENTIALS = Action.of(PREFIX, "ListSourceCredentials");

  /** {@code codebuild:PersistOAuthToken}: Write; on no resource type (give {@code *}). */
  public static final Action PERSIST_O_AUTH_TOKEN = Action.of(PREFIX, "PersistOAuthToken");

  /** {@code codebuild:PutResourcePolicy}: Permissions management; on project, report-group. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code codebuild:RetryBuild}: Write; on project. */
  public static final Action RETRY_BUILD = Action.of(PREFIX, "RetryBuild");

  /** {@code codebuild:RetryBuildBatch}: Write; on project. */
  public static final Action RETRY_BUILD_BATCH = Action.of(PREFIX, "RetryBuildBatch");

  /** {@code codebuild:StartBuild}: Write; on project. */
  public static final Action START_BUILD = Action.of(PREFIX, "StartBuild");

  /** {@code codebuild:StartBuildBatch}: Write; on project. */
  public static final Action START_BUILD_BATCH = Action.of(PREFIX, "StartBuildBatch");

  /** {@code codebuild:StartCommandExecution}: Write; on sandbox. */
  public static final Action START_COMMAND_EXECUTION = Action.of(PREFIX, "StartCommandExecution");

  /** {@code codebuild:StartSandbox}: Write; on project. */
  public static final Action START_SANDBOX = Action.of(PREFIX, "StartSandbox");

  /** {@code codebuild:StartSandboxConnection}: Write; on sandbox. */
  public static final Action START_SANDBOX_CONNECTION = Action.of(PREFIX, "StartSandboxConnection");

  /** {@code codebuild:StopBuild}: Write; on project. */
  public static final Action STOP_BUILD = Action.of(PREFIX, "StopBuild");

  /** {@code codebuild:StopBuildBatch}: Write; on project. */
  public static final Action STOP_BUILD_BATCH = Action.of(PREFIX, "StopBuildBatch");

  /** {@code codebuild:StopSandbox}: Write; on project. */
  public static final Action STOP_SANDBOX = Action.of(PREFIX, "StopSandbox");

  /** {@code codebuild:UpdateFleet}: Write; on fleet. */
  public static final Action UPDATE_FLEET = Action.of(PREFIX, "UpdateFleet");

  /** {@code codebuild:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code codebuild:UpdateProjectVisibility}: Write; on project. */
  public static final Action UPDATE_PROJECT_VISIBILITY = Action.of(PREFIX, "UpdateProjectVisibility");

  /** {@code codebuild:UpdateReport}: Write; on report-group. */
  public static final Action UPDATE_REPORT = Action.of(PREFIX, "UpdateReport");

  /** {@code codebuild:UpdateReportGroup}: Write; on report-group. */
  public static final Action UPDATE_REPORT_GROUP = Action.of(PREFIX, "UpdateReportGroup");

  /** {@code codebuild:UpdateWebhook}: Write; on project. */
  public static final Action UPDATE_WEBHOOK = Action.of(PREFIX, "UpdateWebhook");

  private Codebuild() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
