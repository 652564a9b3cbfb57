// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EventBridge Pipes (prefix {@code pipes}), as the service authorization reference lists them.
 */
public final class Pipes {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pipes";

  /** {@code pipes:CreatePipe}: Write; on pipe. */
  public static final Action CREATE_PIPE = Action.of(PREFIX, "CreatePipe");

  /** {@code pipes:DeletePipe}: Write; on pipe. */
  public static final Action DELETE_PIPE = Action.of(PREFIX, "DeletePipe");

  /** {@code pipes:DescribePipe}: Read; on pipe. */
  public static final Action DESCRIBE_PIPE = Action.of(PREFIX, "DescribePipe");

  /** {@code pipes:ListPipes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPES = Action.of(PREFIX, "ListPipes");

  /** {@code pipes:ListTagsForResource}: Read; on pipe. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code pipes:StartPipe}: Write; on pipe. */
  public static final Action START_PIPE = Action.of(PREFIX, "StartPipe");

  /** {@code pipes:StopPipe}: Write; on pipe. */
  public static final Action STOP_PIPE = Action.of(PREFIX, "StopPipe");

  /** {@code pipes:TagResource}: Tagging; on pipe. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code pipes:UntagResource}: Tagging; on pipe. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code pipes:UpdatePipe}: Write; on pipe. */
  public static final Action UPDATE_PIPE = Action.of(PREFIX, "UpdatePipe");

  private Pipes() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
