// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Lookout for Vision (prefix {@code lookoutvision}), as the service authorization reference lists them.
 */
public final class Lookoutvision {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lookoutvision";

  /** {@code lookoutvision:CreateDataset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code lookoutvision:CreateModel}: Write; on model. */
  public static final Action CREATE_MODEL = Action.of(PREFIX, "CreateModel");

  /** {@code lookoutvision:CreateProject}: Write; on project. */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code lookoutvision:DeleteDataset}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code lookoutvision:DeleteModel}: Write; on model. */
  public static final Action DELETE_MODEL = Action.of(PREFIX, "DeleteModel");

  /** {@code lookoutvision:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code lookoutvision:DescribeDataset}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code lookoutvision:DescribeModel}: Read; on model. */
  public static final Action DESCRIBE_MODEL = Action.of(PREFIX, "DescribeModel");

  /** {@code lookoutvision:DescribeModelPackagingJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MODEL_PACKAGING_JOB = Action.of(PREFIX, "DescribeModelPackagingJob");

  /** {@code lookoutvision:DescribeProject}: Read; on project. */
  public static final Action DESCRIBE_PROJECT = Action.of(PREFIX, "DescribeProject");

  /** {@code lookoutvision:DescribeTrialDetection}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRIAL_DETECTION = Action.of(PREFIX, "DescribeTrialDetection");

  /** {@code lookoutvision:DetectAnomalies}: Write; on model. */
  public static final Action DETECT_ANOMALIES = Action.of(PREFIX, "DetectAnomalies");

  /** {@code lookoutvision:ListDatasetEntries}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_ENTRIES = Action.of(PREFIX, "ListDatasetEntries");

  /** {@code lookoutvision:ListModelPackagingJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_PACKAGING_JOBS = Action.of(PREFIX, "ListModelPackagingJobs");

  /** {@code lookoutvision:ListModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODELS = Action.of(PREFIX, "ListModels");

  /** {@code lookoutvision:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code lookoutvision:ListTagsForResource}: Read; on model. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code lookoutvision:ListTrialDetections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRIAL_DETECTIONS = Action.of(PREFIX, "ListTrialDetections");

  /** {@code lookoutvision:StartModel}: Write; on model. */
  public static final Action START_MODEL = Action.of(PREFIX, "StartModel");

  /** {@code lookoutvision:StartModelPackagingJob}: Write; on model. */
  public static final Action START_MODEL_PACKAGING_JOB = Action.of(PREFIX, "StartModelPackagingJob");

  /** {@code lookoutvision:StartTrialDetection}: Write; on no resource type (give {@code *}). */
  public static final Action START_TRIAL_DETECTION = Action.of(PREFIX, "StartTrialDetection");

  /** {@code lookoutvision:StopModel}: Write; on model. */
  public static final Action STOP_MODEL = Action.of(PREFIX, "StopModel");

  /** {@code lookoutvision:TagResource}: Tagging; on model. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code lookoutvision:UntagResource}: Tagging; on model. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code lookoutvision:UpdateDatasetEntries}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DATASET_ENTRIES = Action.of(PREFIX, "UpdateDatasetEntries");

  private Lookoutvision() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
