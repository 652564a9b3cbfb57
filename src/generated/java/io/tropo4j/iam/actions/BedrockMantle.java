// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Bedrock Powered by AWS Mantle (prefix {@code bedrock-mantle}), as the service authorization reference lists them.
 */
public final class BedrockMantle {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bedrock-mantle";

  /** {@code bedrock-mantle:ArchiveProject}: Write; on project. */
  public static final Action ARCHIVE_PROJECT = Action.of(PREFIX, "ArchiveProject");

  /** {@code bedrock-mantle:CallWithBearerToken}: List; on no resource type (give {@code *}). */
  public static final Action CALL_WITH_BEARER_TOKEN = Action.of(PREFIX, "CallWithBearerToken");

  /** {@code bedrock-mantle:CancelFineTuningJob}: Write; on project. */
  public static final Action CANCEL_FINE_TUNING_JOB = Action.of(PREFIX, "CancelFineTuningJob");

  /** {@code bedrock-mantle:CancelInference}: Write; on project. */
  public static final Action CANCEL_INFERENCE = Action.of(PREFIX, "CancelInference");

  /** {@code bedrock-mantle:CreateFile}: Write; on project. */
  public static final Action CREATE_FILE = Action.of(PREFIX, "CreateFile");

  /** {@code bedrock-mantle:CreateFineTuningJob}: Write; on project. */
  public static final Action CREATE_FINE_TUNING_JOB = Action.of(PREFIX, "CreateFineTuningJob");

  /** {@code bedrock-mantle:CreateInference}: Write; on project. */
  public static final Action CREATE_INFERENCE = Action.of(PREFIX, "CreateInference");

  /** {@code bedrock-mantle:CreateProject}: Write; on project. */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code bedrock-mantle:DeleteFile}: Write; on project. */
  public static final Action DELETE_FILE = Action.of(PREFIX, "DeleteFile");

  /** {@code bedrock-mantle:DeleteInference}: Write; on project. */
  public static final Action DELETE_INFERENCE = Action.of(PREFIX, "DeleteInference");

  /** {@code bedrock-mantle:GetFile}: Read; on project. */
  public static final Action GET_FILE = Action.of(PREFIX, "GetFile");

  /** {@code bedrock-mantle:GetFineTuningJob}: Read; on project. */
  public static final Action GET_FINE_TUNING_JOB = Action.of(PREFIX, "GetFineTuningJob");

  /** {@code bedrock-mantle:GetInference}: Read; on project. */
  public static final Action GET_INFERENCE = Action.of(PREFIX, "GetInference");

  /** {@code bedrock-mantle:GetModel}: Read; on project. */
  public static final Action GET_MODEL = Action.of(PREFIX, "GetModel");

  /** {@code bedrock-mantle:GetProject}: Read; on project. */
  public static final Action GET_PROJECT = Action.of(PREFIX, "GetProject");

  /** {@code bedrock-mantle:ListFiles}: List; on project. */
  public static final Action LIST_FILES = Action.of(PREFIX, "ListFiles");

  /** {@code bedrock-mantle:ListFineTuningJobs}: List; on project. */
  public static final Action LIST_FINE_TUNING_JOBS = Action.of(PREFIX, "ListFineTuningJobs");

  /** {@code bedrock-mantle:ListModels}: List; on project. */
  public static final Action LIST_MODELS = Action.of(PREFIX, "ListModels");

  /** {@code bedrock-mantle:ListProjects}: List; on project. */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code bedrock-mantle:ListTagsForResource}: Read; on project. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bedrock-mantle:TagResource}: Tagging; on project. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bedrock-mantle:UntagResource}: Tagging; on project. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bedrock-mantle:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  private BedrockMantle() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
