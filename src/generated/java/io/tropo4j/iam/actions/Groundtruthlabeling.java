// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon GroundTruth Labeling (prefix {@code groundtruthlabeling}), as the service authorization reference lists them.
 */
public final class Groundtruthlabeling {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "groundtruthlabeling";

  /** {@code groundtruthlabeling:AssociatePatchToManifestJob}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PATCH_TO_MANIFEST_JOB = Action.of(PREFIX, "AssociatePatchToManifestJob");

  /** {@code groundtruthlabeling:CreateBatch}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BATCH = Action.of(PREFIX, "CreateBatch");

  /** {@code groundtruthlabeling:CreateIntakeForm}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INTAKE_FORM = Action.of(PREFIX, "CreateIntakeForm");

  /** {@code groundtruthlabeling:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code groundtruthlabeling:CreateWorkflowDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKFLOW_DEFINITION = Action.of(PREFIX, "CreateWorkflowDefinition");

  /** {@code groundtruthlabeling:DescribeConsoleJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONSOLE_JOB = Action.of(PREFIX, "DescribeConsoleJob");

  /** {@code groundtruthlabeling:GenerateLIDARPreviewTaskConfigJob}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_LIDAR_PREVIEW_TASK_CONFIG_JOB = Action.of(PREFIX, "GenerateLIDARPreviewTaskConfigJob");

  /** {@code groundtruthlabeling:GetBatch}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BATCH = Action.of(PREFIX, "GetBatch");

  /** {@code groundtruthlabeling:GetIntakeFormStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INTAKE_FORM_STATUS = Action.of(PREFIX, "GetIntakeFormStatus");

  /** {@code groundtruthlabeling:ListBatches}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BATCHES = Action.of(PREFIX, "ListBatches");

  /** {@code groundtruthlabeling:ListDatasetObjects}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_OBJECTS = Action.of(PREFIX, "ListDatasetObjects");

  /** {@code groundtruthlabeling:ListProjects}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code groundtruthlabeling:RunFilterOrSampleDatasetJob}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_FILTER_OR_SAMPLE_DATASET_JOB = Action.of(PREFIX, "RunFilterOrSampleDatasetJob");

  /** {@code groundtruthlabeling:RunGenerateManifestByCrawlingJob}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_GENERATE_MANIFEST_BY_CRAWLING_JOB = Action.of(PREFIX, "RunGenerateManifestByCrawlingJob");

  /** {@code groundtruthlabeling:RunGenerateManifestMetricsJob}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_GENERATE_MANIFEST_METRICS_JOB = Action.of(PREFIX, "RunGenerateManifestMetricsJob");

  /** {@code groundtruthlabeling:UpdateBatch}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_BATCH = Action.of(PREFIX, "UpdateBatch");

  private Groundtruthlabeling() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
