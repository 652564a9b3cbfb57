// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Machine Learning (prefix {@code machinelearning}), as the service authorization reference lists them.
 */
public final class Machinelearning {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "machinelearning";

  /** {@code machinelearning:AddTags}: Tagging; on batchprediction, datasource, evaluation, mlmodel. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code machinelearning:CreateBatchPrediction}: Write; on batchprediction, datasource, mlmodel. */
  public static final Action CREATE_BATCH_PREDICTION = Action.of(PREFIX, "CreateBatchPrediction");

  /** {@code machinelearning:CreateDataSourceFromRDS}: Write; on datasource. */
  public static final Action CREATE_DATA_SOURCE_FROM_RDS = Action.of(PREFIX, "CreateDataSourceFromRDS");

  /** {@code machinelearning:CreateDataSourceFromRedshift}: Write; on datasource. */
  public static final Action CREATE_DATA_SOURCE_FROM_REDSHIFT = Action.of(PREFIX, "CreateDataSourceFromRedshift");

  /** {@code machinelearning:CreateDataSourceFromS3}: Write; on datasource. */
  public static final Action CREATE_DATA_SOURCE_FROM_S3 = Action.of(PREFIX, "CreateDataSourceFromS3");

  /** {@code machinelearning:CreateEvaluation}: Write; on datasource, evaluation, mlmodel. */
  public static final Action CREATE_EVALUATION = Action.of(PREFIX, "CreateEvaluation");

  /** {@code machinelearning:CreateMLModel}: Write; on datasource, mlmodel. */
  public static final Action CREATE_ML_MODEL = Action.of(PREFIX, "CreateMLModel");

  /** {@code machinelearning:CreateRealtimeEndpoint}: Write; on mlmodel. */
  public static final Action CREATE_REALTIME_ENDPOINT = Action.of(PREFIX, "CreateRealtimeEndpoint");

  /** {@code machinelearning:DeleteBatchPrediction}: Write; on batchprediction. */
  public static final Action DELETE_BATCH_PREDICTION = Action.of(PREFIX, "DeleteBatchPrediction");

  /** {@code machinelearning:DeleteDataSource}: Write; on datasource. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code machinelearning:DeleteEvaluation}: Write; on evaluation. */
  public static final Action DELETE_EVALUATION = Action.of(PREFIX, "DeleteEvaluation");

  /** {@code machinelearning:DeleteMLModel}: Write; on mlmodel. */
  public static final Action DELETE_ML_MODEL = Action.of(PREFIX, "DeleteMLModel");

  /** {@code machinelearning:DeleteRealtimeEndpoint}: Write; on mlmodel. */
  public static final Action DELETE_REALTIME_ENDPOINT = Action.of(PREFIX, "DeleteRealtimeEndpoint");

  /** {@code machinelearning:DeleteTags}: Tagging; on batchprediction, datasource, evaluation, mlmodel. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code machinelearning:DescribeBatchPredictions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BATCH_PREDICTIONS = Action.of(PREFIX, "DescribeBatchPredictions");

  /** {@code machinelearning:DescribeDataSources}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_SOURCES = Action.of(PREFIX, "DescribeDataSources");

  /** {@code machinelearning:DescribeEvaluations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVALUATIONS = Action.of(PREFIX, "DescribeEvaluations");

  /** {@code machinelearning:DescribeMLModels}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ML_MODELS = Action.of(PREFIX, "DescribeMLModels");

  /** {@code machinelearning:DescribeTags}: List; on batchprediction, datasource, evaluation, mlmodel. */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code machinelearning:GetBatchPrediction}: Read; on batchprediction. */
  public static final Action GET_BATCH_PREDICTION = Action.of(PREFIX, "GetBatchPrediction");

  /** {@code machinelearning:GetDataSource}: Read; on datasource. */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code machinelearning:GetEvaluation}: Read; on datasource. */
  public static final Action GET_EVALUATION = Action.of(PREFIX, "GetEvaluation");

  /** {@code machinelearning:GetMLModel}: Read; on mlmodel. */
  public static final Action GET_ML_MODEL = Action.of(PREFIX, "GetMLModel");

  /** {@code machinelearning:Predict}: Write; on mlmodel. */
  public static final Action PREDICT = Action.of(PREFIX, "Predict");

  /** {@code machinelearning:UpdateBatchPrediction}: Write; on batchprediction. */
  public static final Action UPDATE_BATCH_PREDICTION = Action.of(PREFIX, "UpdateBatchPrediction");

  /** {@code machinelearning:UpdateDataSource}: Write; on datasource. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code machinelearning:UpdateEvaluation}: Write; on evaluation. */
  public static final Action UPDATE_EVALUATION = Action.of(PREFIX, "UpdateEvaluation");

  /** {@code machinelearning:UpdateMLModel}: Write; on mlmodel. */
  public static final Action UPDATE_ML_MODEL = Action.of(PREFIX, "UpdateMLModel");

  private Machinelearning() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
