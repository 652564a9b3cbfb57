// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Diagnostic tools (prefix {@code ts}), as the service authorization reference lists them.
 */
public final class Ts {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ts";

  /** {@code ts:GetExecution}: Read; on execution. */
  public static final Action GET_EXECUTION = Action.of(PREFIX, "GetExecution");

  /** {@code ts:GetExecutionOutput}: Read; on execution. */
  public static final Action GET_EXECUTION_OUTPUT = Action.of(PREFIX, "GetExecutionOutput");

  /** {@code ts:GetTool}: Read; on tool. */
  public static final Action GET_TOOL = Action.of(PREFIX, "GetTool");

  /** {@code ts:ListExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code ts:ListTagsForResource}: Read; on execution. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ts:ListTools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOOLS = Action.of(PREFIX, "ListTools");

  /** {@code ts:StartExecution}: Write; on no resource type (give {@code *}). */
  public static final Action START_EXECUTION = Action.of(PREFIX, "StartExecution");

  /** {@code ts:TagResource}: Tagging; on execution. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ts:UntagResource}: Tagging; on execution. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Ts() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
