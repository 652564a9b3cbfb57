// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Forecast (prefix {@code forecast}), as the service authorization reference lists them.
 */
public final class Forecast {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "forecast";

  /** {@code forecast:CreateAutoPredictor}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTO_PREDICTOR = Action.of(PREFIX, "CreateAutoPredictor");

  /** {@code forecast:CreateDataset}: Write; on dataset. */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code forecast:CreateDatasetGroup}: Write; on datasetGroup. */
  public static final Action CREATE_DATASET_GROUP = Action.of(PREFIX, "CreateDatasetGroup");

  /** {@code forecast:CreateDatasetImportJob}: Write; on datasetImportJob. */
  public static final Action CREATE_DATASET_IMPORT_JOB = Action.of(PREFIX, "CreateDatasetImportJob");

  /** {@code forecast:CreateExplainability}: Write; on forecast. */
  public static final Action CREATE_EXPLAINABILITY = Action.of(PREFIX, "CreateExplainability");

  /** {@code forecast:CreateExplainabilityExport}: Write; on explainability. */
  public static final Action CREATE_EXPLAINABILITY_EXPORT = Action.of(PREFIX, "CreateExplainabilityExport");

  /** {@code forecast:CreateForecast}: Write; on predictor. */
  public static final Action CREATE_FORECAST = Action.of(PREFIX, "CreateForecast");

  /** {@code forecast:CreateForecastEndpoint}: Write; on predictor. */
  public static final Action CREATE_FORECAST_ENDPOINT = Action.of(PREFIX, "CreateForecastEndpoint");

  /** {@code forecast:CreateForecastExportJob}: Write; on forecast. */
  public static final Action CREATE_FORECAST_EXPORT_JOB = Action.of(PREFIX, "CreateForecastExportJob");

  /** {@code forecast:CreateMonitor}: Write; on predictor. */
  public static final Action CREATE_MONITOR = Action.of(PREFIX, "CreateMonitor");

  /** {@code forecast:CreatePredictor}: Write; on datasetGroup. */
  public static final Action CREATE_PREDICTOR = Action.of(PREFIX, "CreatePredictor");

  /** {@code forecast:CreatePredictorBacktestExportJob}: Write; on predictor. */
  public static final Action CREATE_PREDICTOR_BACKTEST_EXPORT_JOB = Action.of(PREFIX, "CreatePredictorBacktestExportJob");

  /** {@code forecast:CreateWhatIfAnalysis}: Write; on forecast. */
  public static final Action CREATE_WHAT_IF_ANALYSIS = Action.of(PREFIX, "CreateWhatIfAnalysis");

  /** {@code forecast:CreateWhatIfForecast}: Write; on whatIfAnalysis. */
  public static final Action CREATE_WHAT_IF_FORECAST = Action.of(PREFIX, "CreateWhatIfForecast");

  /** {@code forecast:CreateWhatIfForecastExport}: Write; on whatIfForecast. */
  public static final Action CREATE_WHAT_IF_FORECAST_EXPORT = Action.of(PREFIX, "CreateWhatIfForecastExport");

  /** {@code forecast:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code forecast:DeleteDatasetGroup}: Write; on datasetGroup. */
  public static final Action DELETE_DATASET_GROUP = Action.of(PREFIX, "DeleteDatasetGroup");

  /** {@code forecast:DeleteDatasetImportJob}: Write; on datasetImportJob. */
  public static final Action DELETE_DATASET_IMPORT_JOB = Action.of(PREFIX, "DeleteDatasetImportJob");

  /** {@code forecast:DeleteExplainability}: Write; on explainability. */
  public static final Action DELETE_EXPLAINABILITY = Action.of(PREFIX, "DeleteExplainability");

  /** {@code forecast:DeleteExplainabilityExport}: Write; on explainabilityExport. */
  public static final Action DELETE_EXPLAINABILITY_EXPORT = Action.of(PREFIX, "DeleteExplainabilityExport");

  /** {@code forecast:DeleteForecast}: Write; on forecast. */
  public static final Action DELETE_FORECAST = Action.of(PREFIX, "DeleteForecast");

  /** {@code forecast:DeleteForecastEndpoint}: Write; on endpoint. */
  public static final Action DELETE_FORECAST_ENDPOINT = Action.of(PREFIX, "DeleteForecastEndpoint");

  /** {@code forecast:DeleteForecastExportJob}: Write; on forecastExport. */
  public static final Action DELETE_FORECAST_EXPORT_JOB = Action.of(PREFIX, "DeleteForecastExportJob");

  /** {@code forecast:DeleteMonitor}: Write; on monitor. */
  public static final Action DELETE_MONITOR = Action.of(PREFIX, "DeleteMonitor");

  /** {@code forecast:DeletePredictor}: Write; on predictor. */
  public static final Action DELETE_PREDICTOR = Action.of(PREFIX, "DeletePredictor");

  /** {@code forecast:DeletePredictorBacktestExportJob}: Write; on predictorBacktestExportJob. */
  public static final Action DELETE_PREDICTOR_BACKTEST_EXPORT_JOB = Action.of(PREFIX, "DeletePredictorBacktestExportJob");

  /** {@code forecast:DeleteResourceTree}: Write; on dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. */
  public static final Action DELETE_RESOURCE_TREE = Action.of(PREFIX, "DeleteResourceTree");

  /** {@code forecast:DeleteWhatIfAnalysis}: Write; on whatIfAnalysis. */
  public static final Action DELETE_WHAT_IF_ANALYSIS = Action.of(PREFIX, "DeleteWhatIfAnalysis");

  /** {@code forecast:DeleteWhatIfForecast}: Write; on whatIfForecast. */
  public static final Action DELETE_WHAT_IF_FORECAST = Action.of(PREFIX, "DeleteWhatIfForecast");

  /** {@code forecast:DeleteWhatIfForecastExport}: Write; on whatIfForecastExport. */
  public static final Action DELETE_WHAT_IF_FORECAST_EXPORT = Action.of(PREFIX, "DeleteWhatIfForecastExport");

  /** {@code forecast:DescribeAutoPredictor}: Read; on predictor. */
  public static final Action DESCRIBE_AUTO_PREDICTOR = Action.of(PREFIX, "DescribeAutoPredictor");

  /** {@code forecast:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code forecast:DescribeDatasetGroup}: Read; on datasetGroup. */
  public static final Action DESCRIBE_DATASET_GROUP = Action.of(PREFIX, "DescribeDatasetGroup");

  /** {@code forecast:DescribeDatasetImportJob}: Read; on datasetImportJob. */
  public static final Action DESCRIBE_DATASET_IMPORT_JOB = Action.of(PREFIX, "DescribeDatasetImportJob");

  /** {@code forecast:DescribeExplainability}: Read; on explainability. */
  public static final Action DESCRIBE_EXPLAINABILITY = Action.of(PREFIX, "DescribeExplainability");

  /** {@code forecast:DescribeExplainabilityExport}: Read; on explainabilityExport. */
  public static final Action DESCRIBE_EXPLAINABILITY_EXPORT = Action.of(PREFIX, "DescribeExplainabilityExport");

  /** {@code forecast:DescribeForecast}: Read; on forecast. */
  public static final Action DESCRIBE_FORECAST = Action.of(PREFIX, "DescribeForecast");

  /** {@code forecast:DescribeForecastEndpoint}: Read; on endpoint. */
  public static final Action DESCRIBE_FORECAST_ENDPOINT = Action.of(PREFIX, "DescribeForecastEndpoint");

  /** {@code forecast:DescribeForecastExportJob}: Read; on forecastExport. */
  public static final Action DESCRIBE_FORECAST_EXPORT_JOB = Action.of(PREFIX, "DescribeForecastExportJob");

  /** {@code forecast:DescribeMonitor}: Read; on monitor. */
  public static final Action DESCRIBE_MONITOR = Action.of(PREFIX, "DescribeMonitor");

  /** {@code forecast:DescribePredictor}: Read; on predictor. */
  public static final Action DESCRIBE_PREDICTOR = Action.of(PREFIX, "DescribePredictor");

  /** {@code forecast:DescribePredictorBacktestExportJob}: Read; on predictorBacktestExportJob. */
  public static final Action DESCRIBE_PREDICTOR_BACKTEST_EXPORT_JOB = Action.of(PREFIX, "DescribePredictorBacktestExportJob");

  /** {@code forecast:DescribeWhatIfAnalysis}: Read; on whatIfAnalysis. */
  public static final Action DESCRIBE_WHAT_IF_ANALYSIS = Action.of(PREFIX, "DescribeWhatIfAnalysis");

  /** {@code forecast:DescribeWhatIfForecast}: Read; on whatIfForecast. */
  public static final Action DESCRIBE_WHAT_IF_FORECAST = Action.of(PREFIX, "DescribeWhatIfForecast");

  /** {@code forecast:DescribeWhatIfForecastExport}: Read; on whatIfForecastExport. */
  public static final Action DESCRIBE_WHAT_IF_FORECAST_EXPORT = Action.of(PREFIX, "DescribeWhatIfForecastExport");

  /** {@code forecast:GetAccuracyMetrics}: Read; on predictor. */
  public static final Action GET_ACCURACY_METRICS = Action.of(PREFIX, "GetAccuracyMetrics");

  /** {@code forecast:GetRecentForecastContext}: Read; on endpoint. */
  public static final Action GET_RECENT_FORECAST_CONTEXT = Action.of(PREFIX, "GetRecentForecastContext");

  /** {@code forecast:InvokeForecastEndpoint}: Read; on endpoint. */
  public static final Action INVOKE_FORECAST_ENDPOINT = Action.of(PREFIX, "InvokeForecastEndpoint");

  /** {@code forecast:ListDatasetGroups}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_GROUPS = Action.of(PREFIX, "ListDatasetGroups");

  /** {@code forecast:ListDatasetImportJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_IMPORT_JOBS = Action.of(PREFIX, "ListDatasetImportJobs");

  /** {@code forecast:ListDatasets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code forecast:ListExplainabilities}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXPLAINABILITIES = Action.of(PREFIX, "ListExplainabilities");

  /** {@code forecast:ListExplainabilityExports}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXPLAINABILITY_EXPORTS = Action.of(PREFIX, "ListExplainabilityExports");

  /** {@code forecast:ListForecastExportJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_FORECAST_EXPORT_JOBS = Action.of(PREFIX, "ListForecastExportJobs");

  /** {@code forecast:ListForecasts}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_FORECASTS = Action.of(PREFIX, "ListForecasts");

  /** {@code forecast:ListMonitorEvaluations}: Read; on monitor. */
  public static final Action LIST_MONITOR_EVALUATIONS = Action.of(PREFIX, "ListMonitorEvaluations");

  /** {@code forecast:ListMonitors}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORS = Action.of(PREFIX, "ListMonitors");

  /** {@code forecast:ListPredictorBacktestExportJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PREDICTOR_BACKTEST_EXPORT_JOBS = Action.of(PREFIX, "ListPredictorBacktestExportJobs");

  /** {@code forecast:ListPredictors}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PREDICTORS = Action.of(PREFIX, "ListPredictors");

  /** {@code forecast:ListTagsForResource}: Read; on dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code forecast:ListWhatIfAnalyses}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WHAT_IF_ANALYSES = Action.of(PREFIX, "ListWhatIfAnalyses");

  /** {@code forecast:ListWhatIfForecastExports}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WHAT_IF_FORECAST_EXPORTS = Action.of(PREFIX, "ListWhatIfForecastExports");

  /** {@code forecast:ListWhatIfForecasts}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WHAT_IF_FORECASTS = Action.of(PREFIX, "ListWhatIfForecasts");

  /** {@code forecast:QueryForecast}: Read; on forecast. */
  public static final Action QUERY_FORECAST = Action.of(PREFIX, "QueryForecast");

  /** {@code forecast:QueryWhatIfForecast}: Read; on whatIfForecast. */
  public static final Action QUERY_WHAT_IF_FORECAST = Action.of(PREFIX, "QueryWhatIfForecast");

  /** {@code forecast:ResumeResource}: Write; on monitor. */
  public static final Action RESUME_RESOURCE = Action.of(PREFIX, "ResumeResource");

  /** {@code forecast:StopResource}: Write; on datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. */
  public static final Action STOP_RESOURCE = Action.of(PREFIX, "StopResource");

  /** {@code forecast:TagResource}: Tagging; on dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code forecast:UntagResource}: Tagging; on dataset, datasetGroup, datasetImportJob, endpoint, explainability, explainabilityExport, forecast, forecastExport, monitor, predictor, predictorBacktestExportJob, whatIfAnalysis, whatIfForecast, whatIfForecastExport. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code forecast:UpdateDatasetGroup}: Write; on dataset, datasetGroup. */
  public static final Action UPDATE_DATASET_GROUP = Action.of(PREFIX, "UpdateDatasetGroup");

  private Forecast() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
