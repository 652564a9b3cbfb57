// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SQS (prefix {@code sqs}), as the service authorization reference lists them.
 */
public final class Sqs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sqs";

  /** {@code sqs:AddPermission}: Permissions management; on queue. */
  public static final Action ADD_PERMISSION = Action.of(PREFIX, "AddPermission");

  /** {@code sqs:CancelMessageMoveTask}: Write; on queue. */
  public static final Action CANCEL_MESSAGE_MOVE_TASK = Action.of(PREFIX, "CancelMessageMoveTask");

  /** {@code sqs:ChangeMessageVisibility}: Write; on queue. */
  public static final Action CHANGE_MESSAGE_VISIBILITY = Action.of(PREFIX, "ChangeMessageVisibility");

  /** {@code sqs:CreateQueue}: Permissions management; on queue. */
  public static final Action CREATE_QUEUE = Action.of(PREFIX, "CreateQueue");

  /** {@code sqs:DeleteMessage}: Write; on queue. */
  public static final Action DELETE_MESSAGE = Action.of(PREFIX, "DeleteMessage");

  /** {@code sqs:DeleteQueue}: Write; on queue. */
  public static final Action DELETE_QUEUE = Action.of(PREFIX, "DeleteQueue");

  /** {@code sqs:GetQueueAttributes}: Read; on queue. */
  public static final Action GET_QUEUE_ATTRIBUTES = Action.of(PREFIX, "GetQueueAttributes");

  /** {@code sqs:GetQueueUrl}: Read; on queue. */
  public static final Action GET_QUEUE_URL = Action.of(PREFIX, "GetQueueUrl");

  /** {@code sqs:ListDeadLetterSourceQueues}: Read; on queue. */
  public static final Action LIST_DEAD_LETTER_SOURCE_QUEUES = Action.of(PREFIX, "ListDeadLetterSourceQueues");

  /** {@code sqs:ListMessageMoveTasks}: Read; on queue. */
  public static final Action LIST_MESSAGE_MOVE_TASKS = Action.of(PREFIX, "ListMessageMoveTasks");

  /** {@code sqs:ListQueueTags}: Read; on queue. */
  public static final Action LIST_QUEUE_TAGS = Action.of(PREFIX, "ListQueueTags");

  /** {@code sqs:ListQueues}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_QUEUES = Action.of(PREFIX, "ListQueues");

  /** {@code sqs:PurgeQueue}: Write; on queue. */
  public static final Action PURGE_QUEUE = Action.of(PREFIX, "PurgeQueue");

  /** {@code sqs:ReceiveMessage}: Read; on queue. */
  public static final Action RECEIVE_MESSAGE = Action.of(PREFIX, "ReceiveMessage");

  /** {@code sqs:RemovePermission}: Permissions management; on queue. */
  public static final Action REMOVE_PERMISSION = Action.of(PREFIX, "RemovePermission");

  /** {@code sqs:SendMessage}: Write; on queue. */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code sqs:SetQueueAttributes}: Permissions management; on queue. */
  public static final Action SET_QUEUE_ATTRIBUTES = Action.of(PREFIX, "SetQueueAttributes");

  /** {@code sqs:StartMessageMoveTask}: Write; on queue. */
  public static final Action START_MESSAGE_MOVE_TASK = Action.of(PREFIX, "StartMessageMoveTask");

  /** {@code sqs:TagQueue}: Tagging; on queue. */
  public static final Action TAG_QUEUE = Action.of(PREFIX, "TagQueue");

  /** {@code sqs:UntagQueue}: Tagging; on queue. */
  public static final Action UNTAG_QUEUE = Action.of(PREFIX, "UntagQueue");

  private Sqs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
