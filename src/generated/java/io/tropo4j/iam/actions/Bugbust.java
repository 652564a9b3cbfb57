// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS BugBust (prefix {@code bugbust}), as the service authorization reference lists them.
 */
public final class Bugbust {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bugbust";

  /** {@code bugbust:CreateEvent}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EVENT = Action.of(PREFIX, "CreateEvent");

  /** {@code bugbust:EvaluateProfilingGroups}: Write; on Event. */
  public static final Action EVALUATE_PROFILING_GROUPS = Action.of(PREFIX, "EvaluateProfilingGroups");

  /** {@code bugbust:GetEvent}: Read; on Event. */
  public static final Action GET_EVENT = Action.of(PREFIX, "GetEvent");

  /** {@code bugbust:GetJoinEventStatus}: Read; on Event. */
  public static final Action GET_JOIN_EVENT_STATUS = Action.of(PREFIX, "GetJoinEventStatus");

  /** {@code bugbust:JoinEvent}: Write; on Event. */
  public static final Action JOIN_EVENT = Action.of(PREFIX, "JoinEvent");

  /** {@code bugbust:ListBugs}: Read; on Event. */
  public static final Action LIST_BUGS = Action.of(PREFIX, "ListBugs");

  /** {@code bugbust:ListEventParticipants}: Read; on Event. */
  public static final Action LIST_EVENT_PARTICIPANTS = Action.of(PREFIX, "ListEventParticipants");

  /** {@code bugbust:ListEventScores}: Read; on Event. */
  public static final Action LIST_EVENT_SCORES = Action.of(PREFIX, "ListEventScores");

  /** {@code bugbust:ListEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENTS = Action.of(PREFIX, "ListEvents");

  /** {@code bugbust:ListProfilingGroups}: Read; on Event. */
  public static final Action LIST_PROFILING_GROUPS = Action.of(PREFIX, "ListProfilingGroups");

  /** {@code bugbust:ListPullRequests}: Read; on Event. */
  public static final Action LIST_PULL_REQUESTS = Action.of(PREFIX, "ListPullRequests");

  /** {@code bugbust:ListTagsForResource}: Read; on Event. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bugbust:TagResource}: Tagging; on Event. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bugbust:UntagResource}: Tagging; on Event. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bugbust:UpdateEvent}: Write; on Event. */
  public static final Action UPDATE_EVENT = Action.of(PREFIX, "UpdateEvent");

  /** {@code bugbust:UpdateWorkItem}: Write; on Event. */
  public static final Action UPDATE_WORK_ITEM = Action.of(PREFIX, "UpdateWorkItem");

  /** {@code bugbust:UpdateWorkItemAdmin}: Write; on Event. */
  public static final Action UPDATE_WORK_ITEM_ADMIN = Action.of(PREFIX, "UpdateWorkItemAdmin");

  private Bugbust() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
