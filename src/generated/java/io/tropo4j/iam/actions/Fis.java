// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Fault Injection Service (prefix {@code fis}), as the service authorization reference lists them.
 */
public final class Fis {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "fis";

  /** {@code fis:CreateExperimentTemplate}: Write; on action, experiment-template. */
  public static final Action CREATE_EXPERIMENT_TEMPLATE = Action.of(PREFIX, "CreateExperimentTemplate");

  /** {@code fis:CreateTargetAccountConfiguration}: Write; on experiment-template. */
  public static final Action CREATE_TARGET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "CreateTargetAccountConfiguration");

  /** {@code fis:DeleteExperimentTemplate}: Write; on experiment-template. */
  public static final Action DELETE_EXPERIMENT_TEMPLATE = Action.of(PREFIX, "DeleteExperimentTemplate");

  /** {@code fis:DeleteTargetAccountConfiguration}: Write; on experiment-template. */
  public static final Action DELETE_TARGET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "DeleteTargetAccountConfiguration");

  /** {@code fis:GetAction}: Read; on action. */
  public static final Action GET_ACTION = Action.of(PREFIX, "GetAction");

  /** {@code fis:GetExperiment}: Read; on experiment. */
  public static final Action GET_EXPERIMENT = Action.of(PREFIX, "GetExperiment");

  /** {@code fis:GetExperimentTargetAccountConfiguration}: Read; on experiment. */
  public static final Action GET_EXPERIMENT_TARGET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "GetExperimentTargetAccountConfiguration");

  /** {@code fis:GetExperimentTemplate}: Read; on experiment-template. */
  public static final Action GET_EXPERIMENT_TEMPLATE = Action.of(PREFIX, "GetExperimentTemplate");

  /** {@code fis:GetSafetyLever}: Read; on safety-lever. */
  public static final Action GET_SAFETY_LEVER = Action.of(PREFIX, "GetSafetyLever");

  /** {@code fis:GetTargetAccountConfiguration}: Read; on experiment-template. */
  public static final Action GET_TARGET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "GetTargetAccountConfiguration");

  /** {@code fis:GetTargetResourceType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TARGET_RESOURCE_TYPE = Action.of(PREFIX, "GetTargetResourceType");

  /** {@code fis:InjectApiInternalError}: Write; on experiment. */
  public static final Action INJECT_API_INTERNAL_ERROR = Action.of(PREFIX, "InjectApiInternalError");

  /** {@code fis:InjectApiThrottleError}: Write; on experiment. */
  public static final Action INJECT_API_THROTTLE_ERROR = Action.of(PREFIX, "InjectApiThrottleError");

  /** {@code fis:InjectApiUnavailableError}: Write; on experiment. */
  public static final Action INJECT_API_UNAVAILABLE_ERROR = Action.of(PREFIX, "InjectApiUnavailableError");

  /** {@code fis:ListActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACTIONS = Action.of(PREFIX, "ListActions");

  /** {@code fis:ListExperimentResolvedTargets}: List; on experiment. */
  public static final Action LIST_EXPERIMENT_RESOLVED_TARGETS = Action.of(PREFIX, "ListExperimentResolvedTargets");

  /** {@code fis:ListExperimentTargetAccountConfigurations}: List; on experiment. */
  public static final Action LIST_EXPERIMENT_TARGET_ACCOUNT_CONFIGURATIONS = Action.of(PREFIX, "ListExperimentTargetAccountConfigurations");

  /** {@code fis:ListExperimentTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPERIMENT_TEMPLATES = Action.of(PREFIX, "ListExperimentTemplates");

  /** {@code fis:ListExperiments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPERIMENTS = Action.of(PREFIX, "ListExperiments");

  /** {@code fis:ListTagsForResource}: Read; on action, experiment, experiment-template. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code fis:ListTargetAccountConfigurations}: List; on experiment-template. */
  public static final Action LIST_TARGET_ACCOUNT_CONFIGURATIONS = Action.of(PREFIX, "ListTargetAccountConfigurations");

  /** {@code fis:ListTargetResourceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TARGET_RESOURCE_TYPES = Action.of(PREFIX, "ListTargetResourceTypes");

  /** {@code fis:StartExperiment}: Write; on experiment, experiment-template. */
  public static final Action START_EXPERIMENT = Action.of(PREFIX, "StartExperiment");

  /** {@code fis:StopExperiment}: Write; on experiment. */
  public static final Action STOP_EXPERIMENT = Action.of(PREFIX, "StopExperiment");

  /** {@code fis:TagResource}: Tagging; on action, experiment, experiment-template. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code fis:UntagResource}: Tagging; on action, experiment, experiment-template. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code fis:UpdateExperimentTemplate}: Write; on action, experiment-template. */
  public static final Action UPDATE_EXPERIMENT_TEMPLATE = Action.of(PREFIX, "UpdateExperimentTemplate");

  /** {@code fis:UpdateSafetyLeverState}: Write; on safety-lever. */
  public static final Action UPDATE_SAFETY_LEVER_STATE = Action.of(PREFIX, "UpdateSafetyLeverState");

  /** {@code fis:UpdateTargetAccountConfiguration}: Write; on experiment-template. */
  public static final Action UPDATE_TARGET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "UpdateTargetAccountConfiguration");

  private Fis() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
