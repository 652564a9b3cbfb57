// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeStar Notifications (prefix {@code codestar-notifications}), as the service authorization reference lists them.
 */
public final class CodestarNotifications {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codestar-notifications";

  /** {@code codestar-notifications:CreateNotificationRule}: Write; on notificationrule. */
  public static final Action CREATE_NOTIFICATION_RULE = Action.of(PREFIX, "CreateNotificationRule");

  /** {@code codestar-notifications:DeleteNotificationRule}: Write; on notificationrule. */
  public static final Action DELETE_NOTIFICATION_RULE = Action.of(PREFIX, "DeleteNotificationRule");

  /** {@code codestar-notifications:DeleteTarget}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TARGET = Action.of(PREFIX, "DeleteTarget");

  /** {@code codestar-notifications:DescribeNotificationRule}: Read; on notificationrule. */
  public static final Action DESCRIBE_NOTIFICATION_RULE = Action.of(PREFIX, "DescribeNotificationRule");

  /** {@code codestar-notifications:ListEventTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_TYPES = Action.of(PREFIX, "ListEventTypes");

  /** {@code codestar-notifications:ListNotificationRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATION_RULES = Action.of(PREFIX, "ListNotificationRules");

  /** {@code codestar-notifications:ListTagsForResource}: List; on notificationrule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codestar-notifications:ListTargets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TARGETS = Action.of(PREFIX, "ListTargets");

  /** {@code codestar-notifications:Subscribe}: Write; on notificationrule. */
  public static final Action SUBSCRIBE = Action.of(PREFIX, "Subscribe");

  /** {@code codestar-notifications:TagResource}: Tagging; on notificationrule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codestar-notifications:Unsubscribe}: Write; on notificationrule. */
  public static final Action UNSUBSCRIBE = Action.of(PREFIX, "Unsubscribe");

  /** {@code codestar-notifications:UntagResource}: Tagging; on notificationrule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codestar-notifications:UpdateNotificationRule}: Write; on notificationrule. */
  public static final Action UPDATE_NOTIFICATION_RULE = Action.of(PREFIX, "UpdateNotificationRule");

  private CodestarNotifications() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
