// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Neptune (prefix {@code neptune-db}), as the service authorization reference lists them.
 */
public final class NeptuneDb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "neptune-db";

  /** {@code neptune-db:CancelLoaderJob}: Write; on database. */
  public static final Action CANCEL_LOADER_JOB = Action.of(PREFIX, "CancelLoaderJob");

  /** {@code neptune-db:CancelMLDataProcessingJob}: Write; on database. */
  public static final Action CANCEL_ML_DATA_PROCESSING_JOB = Action.of(PREFIX, "CancelMLDataProcessingJob");

  /** {@code neptune-db:CancelMLModelTrainingJob}: Write; on database. */
  public static final Action CANCEL_ML_MODEL_TRAINING_JOB = Action.of(PREFIX, "CancelMLModelTrainingJob");

  /** {@code neptune-db:CancelMLModelTransformJob}: Write; on database. */
  public static final Action CANCEL_ML_MODEL_TRANSFORM_JOB = Action.of(PREFIX, "CancelMLModelTransformJob");

  /** {@code neptune-db:CancelQuery}: Write; on database. */
  public static final Action CANCEL_QUERY = Action.of(PREFIX, "CancelQuery");

  /** {@code neptune-db:CreateMLEndpoint}: Write; on database. */
  public static final Action CREATE_ML_ENDPOINT = Action.of(PREFIX, "CreateMLEndpoint");

  /** {@code neptune-db:DeleteDataViaQuery}: Write; on database. */
  public static final Action DELETE_DATA_VIA_QUERY = Action.of(PREFIX, "DeleteDataViaQuery");

  /** {@code neptune-db:DeleteMLEndpoint}: Write; on database. */
  public static final Action DELETE_ML_ENDPOINT = Action.of(PREFIX, "DeleteMLEndpoint");

  /** {@code neptune-db:DeleteStatistics}: Write; on database. */
  public static final Action DELETE_STATISTICS = Action.of(PREFIX, "DeleteStatistics");

  /** {@code neptune-db:GetEngineStatus}: Read; on database. */
  public static final Action GET_ENGINE_STATUS = Action.of(PREFIX, "GetEngineStatus");

  /** {@code neptune-db:GetGraphSummary}: Read; on database. */
  public static final Action GET_GRAPH_SUMMARY = Action.of(PREFIX, "GetGraphSummary");

  /** {@code neptune-db:GetLoaderJobStatus}: Read; on database. */
  public static final Action GET_LOADER_JOB_STATUS = Action.of(PREFIX, "GetLoaderJobStatus");

  /** {@code neptune-db:GetMLDataProcessingJobStatus}: Read; on database. */
  public static final Action GET_ML_DATA_PROCESSING_JOB_STATUS = Action.of(PREFIX, "GetMLDataProcessingJobStatus");

  /** {@code neptune-db:GetMLEndpointStatus}: Read; on database. */
  public static final Action GET_ML_ENDPOINT_STATUS = Action.of(PREFIX, "GetMLEndpointStatus");

  /** {@code neptune-db:GetMLModelTrainingJobStatus}: Read; on database. */
  public static final Action GET_ML_MODEL_TRAINING_JOB_STATUS = Action.of(PREFIX, "GetMLModelTrainingJobStatus");

  /** {@code neptune-db:GetMLModelTransformJobStatus}: Read; on database. */
  public static final Action GET_ML_MODEL_TRANSFORM_JOB_STATUS = Action.of(PREFIX, "GetMLModelTransformJobStatus");

  /** {@code neptune-db:GetQueryStatus}: Read; on database. */
  public static final Action GET_QUERY_STATUS = Action.of(PREFIX, "GetQueryStatus");

  /** {@code neptune-db:GetStatisticsStatus}: Read; on database. */
  public static final Action GET_STATISTICS_STATUS = Action.of(PREFIX, "GetStatisticsStatus");

  /** {@code neptune-db:GetStreamRecords}: Read; on database. */
  public static final Action GET_STREAM_RECORDS = Action.of(PREFIX, "GetStreamRecords");

  /** {@code neptune-db:ListLoaderJobs}: List; on database. */
  public static final Action LIST_LOADER_JOBS = Action.of(PREFIX, "ListLoaderJobs");

  /** {@code neptune-db:ListMLDataProcessingJobs}: List; on database. */
  public static final Action LIST_ML_DATA_PROCESSING_JOBS = Action.of(PREFIX, "ListMLDataProcessingJobs");

  /** {@code neptune-db:ListMLEndpoints}: List; on database. */
  public static final Action LIST_ML_ENDPOINTS = Action.of(PREFIX, "ListMLEndpoints");

  /** {@code neptune-db:ListMLModelTrainingJobs}: List; on database. */
  public static final Action LIST_ML_MODEL_TRAINING_JOBS = Action.of(PREFIX, "ListMLModelTrainingJobs");

  /** {@code neptune-db:ListMLModelTransformJobs}: List; on database. */
  public static final Action LIST_ML_MODEL_TRANSFORM_JOBS = Action.of(PREFIX, "ListMLModelTransformJobs");

  /** {@code neptune-db:ManageStatistics}: Write; on database. */
  public static final Action MANAGE_STATISTICS = Action.of(PREFIX, "ManageStatistics");

  /** {@code neptune-db:ReadDataViaQuery}: Read; on database. */
  public static final Action READ_DATA_VIA_QUERY = Action.of(PREFIX, "ReadDataViaQuery");

  /** {@code neptune-db:ResetDatabase}: Write; on database. */
  public static final Action RESET_DATABASE = Action.of(PREFIX, "ResetDatabase");

  /** {@code neptune-db:StartLoaderJob}: Write; on database. */
  public static final Action START_LOADER_JOB = Action.of(PREFIX, "StartLoaderJob");

  /** {@code neptune-db:StartMLDataProcessingJob}: Write; on database. */
  public static final Action START_ML_DATA_PROCESSING_JOB = Action.of(PREFIX, "StartMLDataProcessingJob");

  /** {@code neptune-db:StartMLModelTrainingJob}: Write; on database. */
  public static final Action START_ML_MODEL_TRAINING_JOB = Action.of(PREFIX, "StartMLModelTrainingJob");

  /** {@code neptune-db:StartMLModelTransformJob}: Write; on database. */
  public static final Action START_ML_MODEL_TRANSFORM_JOB = Action.of(PREFIX, "StartMLModelTransformJob");

  /** {@code neptune-db:WriteDataViaQuery}: Write; on database. */
  public static final Action WRITE_DATA_VIA_QUERY = Action.of(PREFIX, "WriteDataViaQuery");

  /** {@code neptune-db:connect}: Write; on database. */
  public static final Action CONNECT = Action.of(PREFIX, "connect");

  private NeptuneDb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
