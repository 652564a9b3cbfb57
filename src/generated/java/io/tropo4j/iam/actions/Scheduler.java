// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EventBridge Scheduler (prefix {@code scheduler}), as the service authorization reference lists them.
 */
public final class Scheduler {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "scheduler";

  /** {@code scheduler:CreateSchedule}: Write; on schedule. */
  public static final Action CREATE_SCHEDULE = Action.of(PREFIX, "CreateSchedule");

  /** {@code scheduler:CreateScheduleGroup}: Write; on schedule-group. */
  public static final Action CREATE_SCHEDULE_GROUP = Action.of(PREFIX, "CreateScheduleGroup");

  /** {@code scheduler:DeleteSchedule}: Write; on schedule. */
  public static final Action DELETE_SCHEDULE = Action.of(PREFIX, "DeleteSchedule");

  /** {@code scheduler:DeleteScheduleGroup}: Write; on schedule-group. */
  public static final Action DELETE_SCHEDULE_GROUP = Action.of(PREFIX, "DeleteScheduleGroup");

  /** {@code scheduler:GetSchedule}: Read; on schedule. */
  public static final Action GET_SCHEDULE = Action.of(PREFIX, "GetSchedule");

  /** {@code scheduler:GetScheduleGroup}: Read; on schedule-group. */
  public static final Action GET_SCHEDULE_GROUP = Action.of(PREFIX, "GetScheduleGroup");

  /** {@code scheduler:ListScheduleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULE_GROUPS = Action.of(PREFIX, "ListScheduleGroups");

  /** {@code scheduler:ListSchedules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULES = Action.of(PREFIX, "ListSchedules");

  /** {@code scheduler:ListTagsForResource}: Read; on schedule-group. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code scheduler:TagResource}: Tagging; on schedule-group. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code scheduler:UntagResource}: Tagging; on schedule-group. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code scheduler:UpdateSchedule}: Write; on schedule. */
  public static final Action UPDATE_SCHEDULE = Action.of(PREFIX, "UpdateSchedule");

  private Scheduler() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
