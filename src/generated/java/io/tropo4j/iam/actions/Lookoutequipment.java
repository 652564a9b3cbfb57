// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Lookout for Equipment (prefix {@code lookoutequipment}), as the service authorization reference lists them.
 */
public final class Lookoutequipment {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lookoutequipment";

  /** {@code lookoutequipment:CreateDataset}: Write; on dataset. */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code lookoutequipment:CreateInferenceScheduler}: Write; on inference-scheduler, model. */
  public static final Action CREATE_INFERENCE_SCHEDULER = Action.of(PREFIX, "CreateInferenceScheduler");

  /** {@code lookoutequipment:CreateLabel}: Write; on label-group. */
  public static final Action CREATE_LABEL = Action.of(PREFIX, "CreateLabel");

  /** {@code lookoutequipment:CreateLabelGroup}: Write; on label-group. */
  public static final Action CREATE_LABEL_GROUP = Action.of(PREFIX, "CreateLabelGroup");

  /** {@code lookoutequipment:CreateModel}: Write; on dataset, label-group, model. */
  public static final Action CREATE_MODEL = Action.of(PREFIX, "CreateModel");

  /** {@code lookoutequipment:CreateRetrainingScheduler}: Write; on model. */
  public static final Action CREATE_RETRAINING_SCHEDULER = Action.of(PREFIX, "CreateRetrainingScheduler");

  /** {@code lookoutequipment:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code lookoutequipment:DeleteInferenceScheduler}: Write; on inference-scheduler. */
  public static final Action DELETE_INFERENCE_SCHEDULER = Action.of(PREFIX, "DeleteInferenceScheduler");

  /** {@code lookoutequipment:DeleteLabel}: Write; on label-group. */
  public static final Action DELETE_LABEL = Action.of(PREFIX, "DeleteLabel");

  /** {@code lookoutequipment:DeleteLabelGroup}: Write; on label-group. */
  public static final Action DELETE_LABEL_GROUP = Action.of(PREFIX, "DeleteLabelGroup");

  /** {@code lookoutequipment:DeleteModel}: Write; on model. */
  public static final Action DELETE_MODEL = Action.of(PREFIX, "DeleteModel");

  /** {@code lookoutequipment:DeleteResourcePolicy}: Write; on dataset, model, model-version. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code lookoutequipment:DeleteRetrainingScheduler}: Write; on model. */
  public static final Action DELETE_RETRAINING_SCHEDULER = Action.of(PREFIX, "DeleteRetrainingScheduler");

  /** {@code lookoutequipment:DescribeDataIngestionJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_INGESTION_JOB = Action.of(PREFIX, "DescribeDataIngestionJob");

  /** {@code lookoutequipment:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code lookoutequipment:DescribeInferenceScheduler}: Read; on inference-scheduler. */
  public static final Action DESCRIBE_INFERENCE_SCHEDULER = Action.of(PREFIX, "DescribeInferenceScheduler");

  /** {@code lookoutequipment:DescribeLabelGroup}: Read; on label-group. */
  public static final Action DESCRIBE_LABEL_GROUP = Action.of(PREFIX, "DescribeLabelGroup");

  /** {@code lookoutequipment:DescribeModel}: Read; on model. */
  public static final Action DESCRIBE_MODEL = Action.of(PREFIX, "DescribeModel");

  /** {@code lookoutequipment:DescribeModelVersion}: Read; on model-version. */
  public static final Action DESCRIBE_MODEL_VERSION = Action.of(PREFIX, "DescribeModelVersion");

  /** {@code lookoutequipment:DescribeResourcePolicy}: Read; on dataset, model, model-version. */
  public static final Action DESCRIBE_RESOURCE_POLICY = Action.of(PREFIX, "DescribeResourcePolicy");

  /** {@code lookoutequipment:DescribeRetrainingScheduler}: Read; on model. */
  public static final Action DESCRIBE_RETRAINING_SCHEDULER = Action.of(PREFIX, "DescribeRetrainingScheduler");

  /** {@code lookoutequipment:Describelabel}: Read; on label-group. */
  public static final Action DESCRIBELABEL = Action.of(PREFIX, "Describelabel");

  /** {@code lookoutequipment:ImportDataset}: Write; on dataset. */
  public static final Action IMPORT_DATASET = Action.of(PREFIX, "ImportDataset");

  /** {@code lookoutequipment:ImportModelVersion}: Write; on dataset, label-group, model. */
  public static final Action IMPORT_MODEL_VERSION = Action.of(PREFIX, "ImportModelVersion");

  /** {@code lookoutequipment:ListDataIngestionJobs}: List; on dataset. */
  public static final Action LIST_DATA_INGESTION_JOBS = Action.of(PREFIX, "ListDataIngestionJobs");

  /** {@code lookoutequipment:ListDatasets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code lookoutequipment:ListInferenceEvents}: Read; on inference-scheduler. */
  public static final Action LIST_INFERENCE_EVENTS = Action.of(PREFIX, "ListInferenceEvents");

  /** {@code lookoutequipment:ListInferenceExecutions}: Read; on inference-scheduler. */
  public static final Action LIST_INFERENCE_EXECUTIONS = Action.of(PREFIX, "ListInferenceExecutions");

  /** {@code lookoutequipment:ListInferenceSchedulers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFERENCE_SCHEDULERS = Action.of(PREFIX, "ListInferenceSchedulers");

  /** {@code lookoutequipment:ListLabelGroups}: List; on label-group. */
  public static final Action LIST_LABEL_GROUPS = Action.of(PREFIX, "ListLabelGroups");

  /** {@code lookoutequipment:ListLabels}: List; on label-group. */
  public static final Action LIST_LABELS = Action.of(PREFIX, "ListLabels");

  /** {@code lookoutequipment:ListModelVersions}: List; on model. */
  public static final Action LIST_MODEL_VERSIONS = Action.of(PREFIX, "ListModelVersions");

  /** {@code lookoutequipment:ListModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODELS = Action.of(PREFIX, "ListModels");

  /** {@code lookoutequipment:ListRetrainingSchedulers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RETRAINING_SCHEDULERS = Action.of(PREFIX, "ListRetrainingSchedulers");

  /** {@code lookoutequipment:ListSensorStatistics}: List; on dataset. */
  public static final Action LIST_SENSOR_STATISTICS = Action.of(PREFIX, "ListSensorStatistics");

  /** {@code lookoutequipment:ListTagsForResource}: Read; on dataset, inference-scheduler, label-group, model, model-version. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code lookoutequipment:PutResourcePolicy}: Write; on dataset, model, model-version. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code lookoutequipment:StartDataIngestionJob}: Write; on dataset. */
  public static final Action START_DATA_INGESTION_JOB = Action.of(PREFIX, "StartDataIngestionJob");

  /** {@code lookoutequipment:StartInferenceScheduler}: Write; on inference-scheduler. */
  public static final Action START_INFERENCE_SCHEDULER = Action.of(PREFIX, "StartInferenceScheduler");

  /** {@code lookoutequipment:StartRetrainingScheduler}: Write; on model. */
  public static final Action START_RETRAINING_SCHEDULER = Action.of(PREFIX, "StartRetrainingScheduler");

  /** {@code lookoutequipment:StopInferenceScheduler}: Write; on inference-scheduler. */
  public static final Action STOP_INFERENCE_SCHEDULER = Action.of(PREFIX, "StopInferenceScheduler");

  /** {@code lookoutequipment:StopRetrainingScheduler}: Write; on model. */
  public static final Action STOP_RETRAINING_SCHEDULER = Action.of(PREFIX, "StopRetrainingScheduler");

  /** {@code lookoutequipment:TagResource}: Tagging; on dataset, inference-scheduler, label-group, model, model-version. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code lookoutequipment:UntagResource}: Tagging; on dataset, inference-scheduler, label-group, model, model-version. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code lookoutequipment:UpdateActiveModelVersion}: Write; on model, model-version. */
  public static final Action UPDATE_ACTIVE_MODEL_VERSION = Action.of(PREFIX, "UpdateActiveModelVersion");

  /** {@code lookoutequipment:UpdateInferenceScheduler}: Write; on inference-scheduler. */
  public static final Action UPDATE_INFERENCE_SCHEDULER = Action.of(PREFIX, "UpdateInferenceScheduler");

  /** {@code lookoutequipment:UpdateLabelGroup}: Write; on label-group. */
  public static final Action UPDATE_LABEL_GROUP = Action.of(PREFIX, "UpdateLabelGroup");

  /** {@code lookoutequipment:UpdateModel}: Write; on model. */
  public static final Action UPDATE_MODEL = Action.of(PREFIX, "UpdateModel");

  /** {@code lookoutequipment:UpdateRetrainingScheduler}: Write; on model. */
  public static final Action UPDATE_RETRAINING_SCHEDULER = Action.of(PREFIX, "UpdateRetrainingScheduler");

  private Lookoutequipment() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
