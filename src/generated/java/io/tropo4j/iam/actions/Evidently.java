// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Evidently (prefix {@code evidently}), as the service authorization reference lists them.
 */
public final class Evidently {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "evidently";

  /** {@code evidently:BatchEvaluateFeature}: Write; on Feature. */
  public static final Action BATCH_EVALUATE_FEATURE = Action.of(PREFIX, "BatchEvaluateFeature");

  /** {@code evidently:CreateExperiment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXPERIMENT = Action.of(PREFIX, "CreateExperiment");

  /** {@code evidently:CreateFeature}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FEATURE = Action.of(PREFIX, "CreateFeature");

  /** {@code evidently:CreateLaunch}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LAUNCH = Action.of(PREFIX, "CreateLaunch");

  /** {@code evidently:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code evidently:CreateSegment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SEGMENT = Action.of(PREFIX, "CreateSegment");

  /** {@code evidently:DeleteExperiment}: Write; on Experiment. */
  public static final Action DELETE_EXPERIMENT = Action.of(PREFIX, "DeleteExperiment");

  /** {@code evidently:DeleteFeature}: Write; on Feature. */
  public static final Action DELETE_FEATURE = Action.of(PREFIX, "DeleteFeature");

  /** {@code evidently:DeleteLaunch}: Write; on Launch. */
  public static final Action DELETE_LAUNCH = Action.of(PREFIX, "DeleteLaunch");

  /** {@code evidently:DeleteProject}: Write; on Project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code evidently:DeleteSegment}: Write; on Segment. */
  public static final Action DELETE_SEGMENT = Action.of(PREFIX, "DeleteSegment");

  /** {@code evidently:EvaluateFeature}: Write; on Feature. */
  public static final Action EVALUATE_FEATURE = Action.of(PREFIX, "EvaluateFeature");

  /** {@code evidently:GetExperiment}: Read; on Experiment. */
  public static final Action GET_EXPERIMENT = Action.of(PREFIX, "GetExperiment");

  /** {@code evidently:GetExperimentResults}: Read; on Experiment. */
  public static final Action GET_EXPERIMENT_RESULTS = Action.of(PREFIX, "GetExperimentResults");

  /** {@code evidently:GetFeature}: Read; on Feature. */
  public static final Action GET_FEATURE = Action.of(PREFIX, "GetFeature");

  /** {@code evidently:GetLaunch}: Read; on Launch. */
  public static final Action GET_LAUNCH = Action.of(PREFIX, "GetLaunch");

  /** {@code evidently:GetProject}: Read; on Project. */
  public static final Action GET_PROJECT = Action.of(PREFIX, "GetProject");

  /** {@code evidently:GetSegment}: Read; on Segment. */
  public static final Action GET_SEGMENT = Action.of(PREFIX, "GetSegment");

  /** {@code evidently:ListExperiments}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXPERIMENTS = Action.of(PREFIX, "ListExperiments");

  /** {@code evidently:ListFeatures}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_FEATURES = Action.of(PREFIX, "ListFeatures");

  /** {@code evidently:ListLaunches}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LAUNCHES = Action.of(PREFIX, "ListLaunches");

  /** {@code evidently:ListProjects}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code evidently:ListSegmentReferences}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SEGMENT_REFERENCES = Action.of(PREFIX, "ListSegmentReferences");

  /** {@code evidently:ListSegments}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SEGMENTS = Action.of(PREFIX, "ListSegments");

  /** {@code evidently:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code evidently:PutProjectEvents}: Write; on Project. */
  public static final Action PUT_PROJECT_EVENTS = Action.of(PREFIX, "PutProjectEvents");

  /** {@code evidently:StartExperiment}: Write; on Experiment. */
  public static final Action START_EXPERIMENT = Action.of(PREFIX, "StartExperiment");

  /** {@code evidently:StartLaunch}: Write; on Launch. */
  public static final Action START_LAUNCH = Action.of(PREFIX, "StartLaunch");

  /** {@code evidently:StopExperiment}: Write; on Experiment. */
  public static final Action STOP_EXPERIMENT = Action.of(PREFIX, "StopExperiment");

  /** {@code evidently:StopLaunch}: Write; on Launch. */
  public static final Action STOP_LAUNCH = Action.of(PREFIX, "StopLaunch");

  /** {@code evidently:TagResource}: Tagging; on Experiment, Feature, Launch, Project, Segment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code evidently:TestSegmentPattern}: Read; on no resource type (give {@code *}). */
  public static final Action TEST_SEGMENT_PATTERN = Action.of(PREFIX, "TestSegmentPattern");

  /** {@code evidently:UntagResource}: Tagging; on Experiment, Feature, Launch, Project, Segment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code evidently:UpdateExperiment}: Write; on Experiment. */
  public static final Action UPDATE_EXPERIMENT = Action.of(PREFIX, "UpdateExperiment");

  /** {@code evidently:UpdateFeature}: Write; on Feature. */
  public static final Action UPDATE_FEATURE = Action.of(PREFIX, "UpdateFeature");

  /** {@code evidently:UpdateLaunch}: Write; on Launch. */
  public static final Action UPDATE_LAUNCH = Action.of(PREFIX, "UpdateLaunch");

  /** {@code evidently:UpdateProject}: Write; on Project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code evidently:UpdateProjectDataDelivery}: Write; on Project. */
  public static final Action UPDATE_PROJECT_DATA_DELIVERY = Action.of(PREFIX, "UpdateProjectDataDelivery");

  private Evidently() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
