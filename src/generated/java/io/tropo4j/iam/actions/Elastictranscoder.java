// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic Transcoder (prefix {@code elastictranscoder}), as the service authorization reference lists them.
 */
public final class Elastictranscoder {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elastictranscoder";

  /** {@code elastictranscoder:CancelJob}: Write; on job. */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code elastictranscoder:CreateJob}: Write; on pipeline, preset. */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code elastictranscoder:CreatePipeline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PIPELINE = Action.of(PREFIX, "CreatePipeline");

  /** {@code elastictranscoder:CreatePreset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PRESET = Action.of(PREFIX, "CreatePreset");

  /** {@code elastictranscoder:DeletePipeline}: Write; on pipeline. */
  public static final Action DELETE_PIPELINE = Action.of(PREFIX, "DeletePipeline");

  /** {@code elastictranscoder:DeletePreset}: Write; on preset. */
  public static final Action DELETE_PRESET = Action.of(PREFIX, "DeletePreset");

  /** {@code elastictranscoder:ListJobsByPipeline}: List; on pipeline. */
  public static final Action LIST_JOBS_BY_PIPELINE = Action.of(PREFIX, "ListJobsByPipeline");

  /** {@code elastictranscoder:ListJobsByStatus}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS_BY_STATUS = Action.of(PREFIX, "ListJobsByStatus");

  /** {@code elastictranscoder:ListPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINES = Action.of(PREFIX, "ListPipelines");

  /** {@code elastictranscoder:ListPresets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRESETS = Action.of(PREFIX, "ListPresets");

  /** {@code elastictranscoder:ReadJob}: Read; on job. */
  public static final Action READ_JOB = Action.of(PREFIX, "ReadJob");

  /** {@code elastictranscoder:ReadPipeline}: Read; on pipeline. */
  public static final Action READ_PIPELINE = Action.of(PREFIX, "ReadPipeline");

  /** {@code elastictranscoder:ReadPreset}: Read; on preset. */
  public static final Action READ_PRESET = Action.of(PREFIX, "ReadPreset");

  /** {@code elastictranscoder:TestRole}: Write; on no resource type (give {@code *}). */
  public static final Action TEST_ROLE = Action.of(PREFIX, "TestRole");

  /** {@code elastictranscoder:UpdatePipeline}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE = Action.of(PREFIX, "UpdatePipeline");

  /** {@code elastictranscoder:UpdatePipelineNotifications}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE_NOTIFICATIONS = Action.of(PREFIX, "UpdatePipelineNotifications");

  /** {@code elastictranscoder:UpdatePipelineStatus}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE_STATUS = Action.of(PREFIX, "UpdatePipelineStatus");

  private Elastictranscoder() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
