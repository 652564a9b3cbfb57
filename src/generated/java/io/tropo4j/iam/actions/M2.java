// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Mainframe Modernization Service (prefix {@code m2}), as the service authorization reference lists them.
 */
public final class M2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "m2";

  /** {@code m2:CancelBatchJobExecution}: Write; on Application. */
  public static final Action CANCEL_BATCH_JOB_EXECUTION = Action.of(PREFIX, "CancelBatchJobExecution");

  /** {@code m2:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code m2:CreateDataSetExportTask}: Write; on Application. */
  public static final Action CREATE_DATA_SET_EXPORT_TASK = Action.of(PREFIX, "CreateDataSetExportTask");

  /** {@code m2:CreateDataSetImportTask}: Write; on Application. */
  public static final Action CREATE_DATA_SET_IMPORT_TASK = Action.of(PREFIX, "CreateDataSetImportTask");

  /** {@code m2:CreateDeployment}: Write; on Application, Environment. */
  public static final Action CREATE_DEPLOYMENT = Action.of(PREFIX, "CreateDeployment");

  /** {@code m2:CreateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code m2:DeleteApplication}: Write; on Application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code m2:DeleteApplicationFromEnvironment}: Write; on Application. */
  public static final Action DELETE_APPLICATION_FROM_ENVIRONMENT = Action.of(PREFIX, "DeleteApplicationFromEnvironment");

  /** {@code m2:DeleteEnvironment}: Write; on Environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code m2:GetApplication}: Read; on Application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code m2:GetApplicationVersion}: Read; on Application. */
  public static final Action GET_APPLICATION_VERSION = Action.of(PREFIX, "GetApplicationVersion");

  /** {@code m2:GetBatchJobExecution}: Read; on Application. */
  public static final Action GET_BATCH_JOB_EXECUTION = Action.of(PREFIX, "GetBatchJobExecution");

  /** {@code m2:GetDataSetDetails}: Read; on Application. */
  public static final Action GET_DATA_SET_DETAILS = Action.of(PREFIX, "GetDataSetDetails");

  /** {@code m2:GetDataSetExportTask}: Read; on Application. */
  public static final Action GET_DATA_SET_EXPORT_TASK = Action.of(PREFIX, "GetDataSetExportTask");

  /** {@code m2:GetDataSetImportTask}: Read; on Application. */
  public static final Action GET_DATA_SET_IMPORT_TASK = Action.of(PREFIX, "GetDataSetImportTask");

  /** {@code m2:GetDeployment}: Read; on Application. */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code m2:GetEnvironment}: Read; on Environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code m2:GetSignedBluinsightsUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SIGNED_BLUINSIGHTS_URL = Action.of(PREFIX, "GetSignedBluinsightsUrl");

  /** {@code m2:ListApplicationVersions}: Read; on Application. */
  public static final Action LIST_APPLICATION_VERSIONS = Action.of(PREFIX, "ListApplicationVersions");

  /** {@code m2:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code m2:ListBatchJobDefinitions}: Read; on Application. */
  public static final Action LIST_BATCH_JOB_DEFINITIONS = Action.of(PREFIX, "ListBatchJobDefinitions");

  /** {@code m2:ListBatchJobExecutions}: Read; on Application. */
  public static final Action LIST_BATCH_JOB_EXECUTIONS = Action.of(PREFIX, "ListBatchJobExecutions");

  /** {@code m2:ListBatchJobRestartPoints}: Read; on Application. */
  public static final Action LIST_BATCH_JOB_RESTART_POINTS = Action.of(PREFIX, "ListBatchJobRestartPoints");

  /** {@code m2:ListDataSetExportHistory}: Read; on Application. */
  public static final Action LIST_DATA_SET_EXPORT_HISTORY = Action.of(PREFIX, "ListDataSetExportHistory");

  /** {@code m2:ListDataSetImportHistory}: Read; on Application. */
  public static final Action LIST_DATA_SET_IMPORT_HISTORY = Action.of(PREFIX, "ListDataSetImportHistory");

  /** {@code m2:ListDataSets}: Read; on Application. */
  public static final Action LIST_DATA_SETS = Action.of(PREFIX, "ListDataSets");

  /** {@code m2:ListDeployments}: Read; on Application. */
  public static final Action LIST_DEPLOYMENTS = Action.of(PREFIX, "ListDeployments");

  /** {@code m2:ListEngineVersions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENGINE_VERSIONS = Action.of(PREFIX, "ListEngineVersions");

  /** {@code m2:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code m2:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code m2:StartApplication}: Write; on Application. */
  public static final Action START_APPLICATION = Action.of(PREFIX, "StartApplication");

  /** {@code m2:StartBatchJob}: Write; on Application. */
  public static final Action START_BATCH_JOB = Action.of(PREFIX, "StartBatchJob");

  /** {@code m2:StopApplication}: Write; on Application. */
  public static final Action STOP_APPLICATION = Action.of(PREFIX, "StopApplication");

  /** {@code m2:TagResource}: Tagging; on Application, Environment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code m2:UntagResource}: Tagging; on Application, Environment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code m2:UpdateApplication}: Write; on Application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code m2:UpdateEnvironment}: Write; on Environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  private M2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
