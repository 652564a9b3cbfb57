// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SageMaker with MLflow (prefix {@code sagemaker-mlflow}), as the service authorization reference lists them.
 */
public final class SagemakerMlflow {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sagemaker-mlflow";

  /** {@code sagemaker-mlflow:AccessUI}: Read; on no resource type (give {@code *}). */
  public static final Action ACCESS_UI = Action.of(PREFIX, "AccessUI");

  /** {@code sagemaker-mlflow:CreateExperiment}: Write; on mlflow-tracking-server. */
  public static final Action CREATE_EXPERIMENT = Action.of(PREFIX, "CreateExperiment");

  /** {@code sagemaker-mlflow:CreateModelVersion}: Write; on mlflow-tracking-server. */
  public static final Action CREATE_MODEL_VERSION = Action.of(PREFIX, "CreateModelVersion");

  /** {@code sagemaker-mlflow:CreateRegisteredModel}: Write; on mlflow-tracking-server. */
  public static final Action CREATE_REGISTERED_MODEL = Action.of(PREFIX, "CreateRegisteredModel");

  /** {@code sagemaker-mlflow:CreateRun}: Write; on mlflow-tracking-server. */
  public static final Action CREATE_RUN = Action.of(PREFIX, "CreateRun");

  /** {@code sagemaker-mlflow:DeleteExperiment}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_EXPERIMENT = Action.of(PREFIX, "DeleteExperiment");

  /** {@code sagemaker-mlflow:DeleteLoggedModel}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_LOGGED_MODEL = Action.of(PREFIX, "DeleteLoggedModel");

  /** {@code sagemaker-mlflow:DeleteLoggedModelTag}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_LOGGED_MODEL_TAG = Action.of(PREFIX, "DeleteLoggedModelTag");

  /** {@code sagemaker-mlflow:DeleteModelVersion}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_MODEL_VERSION = Action.of(PREFIX, "DeleteModelVersion");

  /** {@code sagemaker-mlflow:DeleteModelVersionTag}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_MODEL_VERSION_TAG = Action.of(PREFIX, "DeleteModelVersionTag");

  /** {@code sagemaker-mlflow:DeleteRegisteredModel}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_REGISTERED_MODEL = Action.of(PREFIX, "DeleteRegisteredModel");

  /** {@code sagemaker-mlflow:DeleteRegisteredModelAlias}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_REGISTERED_MODEL_ALIAS = Action.of(PREFIX, "DeleteRegisteredModelAlias");

  /** {@code sagemaker-mlflow:DeleteRegisteredModelTag}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_REGISTERED_MODEL_TAG = Action.of(PREFIX, "DeleteRegisteredModelTag");

  /** {@code sagemaker-mlflow:DeleteRun}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_RUN = Action.of(PREFIX, "DeleteRun");

  /** {@code sagemaker-mlflow:DeleteTag}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_TAG = Action.of(PREFIX, "DeleteTag");

  /** {@code sagemaker-mlflow:DeleteTraceTag}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_TRACE_TAG = Action.of(PREFIX, "DeleteTraceTag");

  /** {@code sagemaker-mlflow:DeleteTraces}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_TRACES = Action.of(PREFIX, "DeleteTraces");

  /** {@code sagemaker-mlflow:EndTrace}: Write; on mlflow-tracking-server. */
  public static final Action END_TRACE = Action.of(PREFIX, "EndTrace");

  /** {@code sagemaker-mlflow:FinalizeLoggedModel}: Write; on mlflow-tracking-server. */
  public static final Action FINALIZE_LOGGED_MODEL = Action.of(PREFIX, "FinalizeLoggedModel");

  /** {@code sagemaker-mlflow:GetDownloadURIForModelVersionArtifacts}: Read; on mlflow-tracking-server. */
  public static final Action GET_DOWNLOAD_URI_FOR_MODEL_VERSION_ARTIFACTS = Action.of(PREFIX, "GetDownloadURIForModelVersionArtifacts");

  /** {@code sagemaker-mlflow:GetExperiment}: Read; on mlflow-tracking-server. */
  public static final Action GET_EXPERIMENT = Action.of(PREFIX, "GetExperiment");

  /** {@code sagemaker-mlflow:GetExperimentByName}: Read; on mlflow-tracking-server. */
  public static final Action GET_EXPERIMENT_BY_NAME = Action.of(PREFIX, "GetExperimentByName");

  /** {@code sagemaker-mlflow:GetLatestModelVersions}: List; on mlflow-tracking-server. */
  public static final Action GET_LATEST_MODEL_VERSIONS = Action.of(PREFIX, "GetLatestModelVersions");

  /** {@code sagemaker-mlflow:GetLoggedModel}: Read; on mlflow-tracking-server. */
  public static final Action GET_LOGGED_MODEL = Action.of(PREFIX, "GetLoggedModel");

  /** {@code sagemaker-mlflow:GetMetricHistory}: Read; on mlflow-tracking-server. */
  public static final Action GET_METRIC_HISTORY = Action.of(PREFIX, "GetMetricHistory");

  /** {@code sagemaker-mlflow:GetModelVersion}: Read; on mlflow-tracking-server. */
  public static final Action GET_MODEL_VERSION = Action.of(PREFIX, "GetModelVersion");

  /** {@code sagemaker-mlflow:GetModelVersionByAlias}: Read; on mlflow-tracking-server. */
  public static final Action GET_MODEL_VERSION_BY_ALIAS = Action.of(PREFIX, "GetModelVersionByAlias");

  /** {@code sagemaker-mlflow:GetRegisteredModel}: Read; on mlflow-tracking-server. */
  public static final Action GET_REGISTERED_MODEL = Action.of(PREFIX, "GetRegisteredModel");

  /** {@code sagemaker-mlflow:GetRun}: Read; on mlflow-tracking-server. */
  public static final Action GET_RUN = Action.of(PREFIX, "GetRun");

  /** {@code sagemaker-mlflow:GetTraceInfo}: Read; on mlflow-tracking-server. */
  public static final Action GET_TRACE_INFO = Action.of(PREFIX, "GetTraceInfo");

  /** {@code sagemaker-mlflow:ListArtifacts}: List; on mlflow-tracking-server. */
  public static final Action LIST_ARTIFACTS = Action.of(PREFIX, "ListArtifacts");

  /** {@code sagemaker-mlflow:ListLoggedModelArtifacts}: List; on mlflow-tracking-server. */
  public static final Action LIST_LOGGED_MODEL_ARTIFACTS = Action.of(PREFIX, "ListLoggedModelArtifacts");

  /** {@code sagemaker-mlflow:LogBatch}: Write; on mlflow-tracking-server. */
  public static final Action LOG_BATCH = Action.of(PREFIX, "LogBatch");

  /** {@code sagemaker-mlflow:LogInputs}: Write; on mlflow-tracking-server. */
  public static final Action LOG_INPUTS = Action.of(PREFIX, "LogInputs");

  /** {@code sagemaker-mlflow:LogLoggedModelParams}: Write; on mlflow-tracking-server. */
  public static final Action LOG_LOGGED_MODEL_PARAMS = Action.of(PREFIX, "LogLoggedModelParams");

  /** {@code sagemaker-mlflow:LogMetric}: Write; on mlflow-tracking-server. */
  public static final Action LOG_METRIC = Action.of(PREFIX, "LogMetric");

  /** {@code sagemaker-mlflow:LogModel}: Write; on mlflow-tracking-server. */
  public static final Action LOG_MODEL = Action.of(PREFIX, "LogModel");

  /** {@code sagemaker-mlflow:LogOutputs}: Write; on mlflow-tracking-server. */
  public static final Action LOG_OUTPUTS = Action.of(PREFIX, "LogOutputs");

  /** {@code sagemaker-mlflow:LogParam}: Write; on mlflow-tracking-server. */
  public static final Action LOG_PARAM = Action.of(PREFIX, "LogParam");

  /** {@code sagemaker-mlflow:RenameRegisteredModel}: Write; on mlflow-tracking-server. */
  public static final Action RENAME_REGISTERED_MODEL = Action.of(PREFIX, "RenameRegisteredModel");

  /** {@code sagemaker-mlflow:RestoreExperiment}: Write; on mlflow-tracking-server. */
  public static final Action RESTORE_EXPERIMENT = Action.of(PREFIX, "RestoreExperiment");

  /** {@code sagemaker-mlflow:RestoreRun}: Write; on mlflow-tracking-server. */
  public static final Action RESTORE_RUN = Action.of(PREFIX, "RestoreRun");

  /** {@code sagemaker-mlflow:SearchExperiments}: Read; on mlflow-tracking-server. */
  public static final Action SEARCH_EXPERIMENTS = Action.of(PREFIX, "SearchExperiments");

  /** {@code sagemaker-mlflow:SearchLoggedModels}: Read; on mlflow-tracking-server. */
  public static final Action SEARCH_LOGGED_MODELS = Action.of(PREFIX, "SearchLoggedModels");

  /** {@code sagemaker-mlflow:SearchModelVersions}: Read; on mlflow-tracking-server. */
  public static final Action SEARCH_MODEL_VERSIONS = Action.of(PREFIX, "SearchModelVersions");

  /** {@code sagemaker-mlflow:SearchRegisteredModels}: Read; on mlflow-tracking-server. */
  public static final Action SEARCH_REGISTERED_MODELS = Action.of(PREFIX, "SearchRegisteredModels");

  /** {@code sagemaker-mlflow:SearchRuns}: Read; on mlflow-tracking-server. */
  public static final Action SEARCH_RUNS = Action.of(PREFIX, "SearchRuns");

  /** {@code sagemaker-mlflow:SearchTraces}: Read; on mlflow-tracking-server. */
  public static final Action SEARCH_TRACES = Action.of(PREFIX, "SearchTraces");

  /** {@code sagemaker-mlflow:SetExperimentTag}: Write; on mlflow-tracking-server. */
  public static final Action SET_EXPERIMENT_TAG = Action.of(PREFIX, "SetExperimentTag");

  /** {@code sagemaker-mlflow:SetLoggedModelTags}: Write; on mlflow-tracking-server. */
  public static final Action SET_LOGGED_MODEL_TAGS = Action.of(PREFIX, "SetLoggedModelTags");

  /** {@code sagemaker-mlflow:SetModelVersionTag}: Write; on mlflow-tracking-server. */
  public static final Action SET_MODEL_VERSION_TAG = Action.of(PREFIX, "SetModelVersionTag");

  /** {@code sagemaker-mlflow:SetRegisteredModelAlias}: Write; on mlflow-tracking-server. */
  public static final Action SET_REGISTERED_MODEL_ALIAS = Action.of(PREFIX, "SetRegisteredModelAlias");

  /** {@code sagemaker-mlflow:SetRegisteredModelTag}: Write; on mlflow-tracking-server. */
  public static final Action SET_REGISTERED_MODEL_TAG = Action.of(PREFIX, "SetRegisteredModelTag");

  /** {@code sagemaker-mlflow:SetTag}: Write; on mlflow-tracking-server. */
  public static final Action SET_TAG = Action.of(PREFIX, "SetTag");

  /** {@code sagemaker-mlflow:SetTraceTag}: Write; on mlflow-tracking-server. */
  public static final Action SET_TRACE_TAG = Action.of(PREFIX, "SetTraceTag");

  /** {@code sagemaker-mlflow:StartTrace}: Write; on mlflow-tracking-server. */
  public static final Action START_TRACE = Action.of(PREFIX, "StartTrace");

  /** {@code sagemaker-mlflow:TransitionModelVersionStage}: Write; on mlflow-tracking-server. */
  public static final Action TRANSITION_MODEL_VERSION_STAGE = Action.of(PREFIX, "TransitionModelVersionStage");

  /** {@code sagemaker-mlflow:UpdateExperiment}: Write; on mlflow-tracking-server. */
  public static final Action UPDATE_EXPERIMENT = Action.of(PREFIX, "UpdateExperiment");

  /** {@code sagemaker-mlflow:UpdateModelVersion}: Write; on mlflow-tracking-server. */
  public static final Action UPDATE_MODEL_VERSION = Action.of(PREFIX, "UpdateModelVersion");

  /** {@code sagemaker-mlflow:UpdateRegisteredModel}: Write; on mlflow-tracking-server. */
  public static final Action UPDATE_REGISTERED_MODEL = Action.of(PREFIX, "UpdateRegisteredModel");

  /** {@code sagemaker-mlflow:UpdateRun}: Write; on mlflow-tracking-server. */
  public static final Action UPDATE_RUN = Action.of(PREFIX, "UpdateRun");

  private SagemakerMlflow() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
